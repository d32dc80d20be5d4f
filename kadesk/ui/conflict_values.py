"""A sync conflict's two sides as the forms show them: each field's label in the UI
language, each value formatted (money in yuan, list entries and vocabulary by their
label, dates, names of linked people), and who changed it when.

A side arrives in its package form ({"values": {column: value}, "stamp": [hlc,
device], "won": bool}): cents and codes, which no rep should have to read.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from kadesk.domain import records as r
from kadesk.domain.enums import Labelled, ListKind
from kadesk.domain.hlc import physical_ms
from kadesk.domain.money import Money
from kadesk.services.app import Kadesk
from kadesk.ui.field_labels import field_labels
from kadesk.ui.labels import Formatter

# The fields of each synced table whose values a conflict can hold.
_FIELDS: dict[str, type] = {
    "account": r.AccountFields, "site": r.SiteFields, "contact": r.ContactFields,
    "contact_relation": r.ContactRelationFields, "visit": r.VisitFields,
    "visit_objection": r.VisitObjectionFields, "proposal": r.ProposalFields,
    "proposal_item": r.ProposalItemFields}
_LISTS = {"industry_id": ListKind.INDUSTRY, "objection_id": ListKind.OBJECTION}
_PEOPLE = ("reports_to_id", "contact_id", "from_contact_id", "to_contact_id")


translate = QCoreApplication.translate  # lupdate reads translate("Fields", ...) calls


class ConflictValues:
    """Formats conflict sides for one dialog: reads the names and lists it needs once."""

    def __init__(self, app: Kadesk, fmt: Formatter, people: Mapping[str, str]) -> None:
        self.fmt = fmt
        self.labels = field_labels()
        self.people = people  # contact and account id -> name
        self.items = {i.id: i.label(fmt.language) for kind in _LISTS.values()
                      for i in app.lists.items(kind, hidden=True)}
        me = app.db.device_id
        rep = app.settings.get("rep_name")
        self.devices = {p.device_id: p.name for p in app.sync.peers() if p.name}
        self.devices[me] = rep or translate("Fields", "this computer")

    def field(self, groups: str) -> str:
        """'tier' -> 'Tier'; an edit made while deleted may name several: 'a,b'."""
        return translate("Fields", ", ").join(self.labels.get(g, g.replace("_", " "))
                             for g in groups.split(",") if g)

    def side(self, table: str, side: Any) -> str:
        """'¥12,500,000.00 · 李娜 · 2026-11-20 17:04' (and 'kept' on the winning side)."""
        if not isinstance(side, dict):
            return ""
        values = side.get("values", {})
        text = self.values(table, values) if isinstance(values, dict) else ""
        parts = [text or "—", *self.who_when(side.get("stamp"))]
        if side.get("won"):
            parts.append(translate("Fields", "kept"))
        return " · ".join(parts)

    def who_when(self, stamp: Any) -> list[str]:
        if not (isinstance(stamp, list) and len(stamp) == 2 and isinstance(stamp[0], int)):
            return []
        hlc, device = stamp
        who = (self.devices.get(device)
               or translate("Fields", "device {id}").format(id=str(device)[:4]))
        when = datetime.fromtimestamp(physical_ms(hlc) / 1000, UTC)
        return [who, self.fmt.datetime(when)] if hlc else [who]

    def values(self, table: str, values: dict[str, Any]) -> str:
        hints = _hints(table)
        shown: list[str] = []
        columns = dict(values)
        for column in list(columns):
            if column.endswith("_cents") and column[:-6] + "_currency" in columns:
                cents, currency = columns.pop(column), columns.pop(column[:-6] + "_currency")
                if cents is not None:
                    shown.append(self.fmt.money(Money(int(cents), currency or "CNY")))
        if "follow_up_date" in columns:
            day, done = columns.pop("follow_up_date"), columns.pop("follow_up_done", False)
            if day:
                shown.append(self.fmt.date(date.fromisoformat(day)) + (" ✓" if done else ""))
        for column, value in columns.items():
            text = self.value(column, value, hints.get(column))
            if text:
                shown.append(text)
        return "; ".join(shown)

    def value(self, column: str, value: Any, hint: Any) -> str:
        if value is None or value == "":
            return ""
        if column in _LISTS:
            return self.items.get(value, "?")
        if column in _PEOPLE or column in ("account_id", "merged_into_id"):
            return self.people.get(value, "?")
        if isinstance(value, bool):
            return translate("Fields", "yes") if value else translate("Fields", "no")
        if isinstance(hint, type) and issubclass(hint, Labelled):
            member = next((m for m in hint if m.value == value), None)
            return self.fmt.enum(member) if member is not None else str(value)
        if hint is date:
            return self.fmt.date(date.fromisoformat(value))
        if hint is datetime:
            return self.fmt.datetime(datetime.fromisoformat(value).replace(tzinfo=UTC))
        if column == "payment_terms_days":
            return translate("Fields", "{n} days").format(n=value)
        if column.endswith("_bp"):
            return f"{value / 100:g}%"
        if column == "quantity_milli":
            return f"{value / 1000:g}"
        if isinstance(value, float):
            return f"{value:.0f}"
        return str(value)


def _hints(table: str) -> dict[str, Any]:
    """Column -> the type the editors use for it (the enum, date...), None unknown."""
    cls = _FIELDS.get(table)
    if cls is None:
        return {}
    hints = typing.get_type_hints(cls)
    return {f.name: _plain(hints[f.name]) for f in dataclasses.fields(cls)}


def _plain(hint: Any) -> Any:
    """``Tier | None`` -> Tier."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return args[0] if len(args) == 1 else hint
