"""One validation for every way in (G10): an imported row passes the editor's checks.

rows.py checks a line's shape (types, kinds, lengths a column can hold); this
checks what the editor checks (domain/validation.py): a name not empty, a
strength from 1 to 5, money not negative, a discount at most 100 %, a place
on the contact map, ... A value the editor refuses is refused here too, so it
is never stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from kadesk.domain import validation as v
from kadesk.domain.errors import FieldError
from kadesk.domain.money import Money
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    LetterheadFields,
    ListItemFields,
    ProposalFields,
    ProposalItemFields,
    SiteFields,
    VisitFields,
    VisitObjectionFields,
)
from kadesk.domain.syncspec import Kind, RowState, TableSpec

Check = Callable[[Any, dict[str, Any], date], list[FieldError]]

# The editor's record and rules for each table it edits; tables it has no rules for
# (visit contacts, relations) pass on their shape alone.
_RULES: dict[str, tuple[type, Check]] = {
    "account": (AccountFields, lambda f, _v, _t: v.account_errors(f)),
    "site": (SiteFields, lambda f, _v, _t: v.site_errors(f)),
    "contact": (ContactFields, lambda f, values, today: [
        *v.contact_errors(f, today), *v.map_errors(values["map_x"], values["map_y"])]),
    "visit": (VisitFields, lambda f, _v, _t: v.visit_errors(f)),
    "visit_objection": (VisitObjectionFields, lambda f, _v, _t: v.objection_errors(f)),
    "proposal": (ProposalFields, lambda f, _v, _t: v.proposal_errors(f)),
    "proposal_item": (ProposalItemFields, lambda f, _v, _t: v.item_errors(f)),
    "letterhead": (LetterheadFields, lambda f, _v, _t: v.letterhead_errors(f)),
    "list_item": (ListItemFields, lambda f, _v, _t: v.list_item_errors(f)),
}


@cache
def _fields_of(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _python(spec: TableSpec, name: str, value: Any) -> Any:
    """A package value as the editor's record holds it (dates and times as such)."""
    if value is None or name not in spec.columns:
        return value
    kind = spec.columns[name].kind
    if kind is Kind.DATE:
        return date.fromisoformat(value)
    if kind is Kind.DATETIME:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return value


def value_errors(row: RowState, spec: TableSpec, today: date) -> list[FieldError]:
    """What the editor would refuse in ``row`` (checked by rows.decode already). A
    birthday may be a day ahead of ``today``: the sender's day may have begun."""
    rules = _RULES.get(row.table)
    if rules is None:
        return []
    cls, check = rules
    values = row.values
    given: dict[str, Any] = {}
    for name in _fields_of(cls):
        if f"{name}_cents" in values:
            cents = values[f"{name}_cents"]
            given[name] = None if cents is None else Money(
                cents, values[f"{name}_currency"] or "")
        elif name in values:
            given[name] = _python(spec, name, values[name])
    return check(cls(**given), values, today + timedelta(days=1))
