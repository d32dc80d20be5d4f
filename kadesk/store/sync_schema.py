"""The synced tables described for sync (domain/syncspec.py), and values between
their stored form and their package (JSON) form.

Stored and package forms differ only for flags (0/1 in SQLite, true/false in a
package): dates, times, enum codes and money already sit in SQLite as the text
and integers a package carries, so export and import skip the ORM's types.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, inspect

from kadesk.domain.syncspec import ColumnSpec, Kind, TableSpec
from kadesk.store.clock import clock_groups, synced_columns
from kadesk.store.models import SYNCED_MODELS, Synced
from kadesk.store.types import EnumCode, UtcDateTime

# The shape of what packages carry, named after the migration that set it. A migration
# that changes a synced table (columns, kinds, enum choices, clock groups) sets it to its
# own revision; one of local tables or columns (0006, the contact sort key) leaves it, so
# colleagues on either side of that update keep syncing. Packages written while this was
# still the Alembic head carry "0005". 0007 added the proposal's date, addressee,
# service commitment and per-line tax, and the team letterhead. tests/sync/test_schema.py
# holds it to the shape.
# 0009 added account aliases.
SYNC_SCHEMA = "0009"

# A child whose parent by one of these is gone or in the trash is an orphan
# (SYNC.md); other links (site, industry, manager, previous version) are optional.
OWNER_COLUMNS = frozenset({"account_id", "visit_id", "proposal_id", "contact_id",
                           "from_contact_id", "to_contact_id"})


def _kind(column: Any) -> tuple[Kind, frozenset[str]]:
    kind = column.type
    if column.foreign_keys or column.key.endswith("_id"):
        return Kind.ID, frozenset()
    if isinstance(kind, EnumCode):
        return Kind.ENUM, frozenset(v.value for v in kind.enum)
    if isinstance(kind, UtcDateTime):
        return Kind.DATETIME, frozenset()
    if isinstance(kind, Date):
        return Kind.DATE, frozenset()
    if isinstance(kind, Boolean):
        return Kind.BOOL, frozenset()
    if isinstance(kind, Integer):
        return Kind.INT, frozenset()
    if isinstance(kind, Float):
        return Kind.FLOAT, frozenset()
    assert isinstance(kind, String | Text), (column, kind)
    return Kind.TEXT, frozenset()


def _spec(model: type[Synced]) -> TableSpec:
    table = inspect(model).local_table
    columns: dict[str, ColumnSpec] = {}
    for name in synced_columns(model):
        column = table.c[name]
        kind, choices = _kind(column)
        parent = next(iter(column.foreign_keys)).column.table.name if column.foreign_keys else None
        length = getattr(column.type, "length", None) if kind is Kind.TEXT else None
        columns[name] = ColumnSpec(name, kind, bool(column.nullable), choices, length, parent)
    return TableSpec(model.__tablename__, clock_groups(model), columns)


@lru_cache(maxsize=1)
def table_specs() -> dict[str, TableSpec]:
    """Every synced table, parents before children (the order packages are written in)."""
    return {model.__tablename__: _spec(model) for model in SYNCED_MODELS}


MODELS: dict[str, type[Synced]] = {model.__tablename__: model for model in SYNCED_MODELS}


def select_list(spec: TableSpec) -> str:
    """The synced columns for a SELECT, times in the one form a package carries. Bulk
    writes (demo data) used to store whole seconds as 'YYYY-MM-DD HH:MM:SS' (sqlite3's
    own adapter) where the ORM writes '.000000'; such databases exist, so both export and
    the merge's comparison read them in the ORM's form."""
    return ", ".join(
        f"CASE WHEN length({n}) = 19 THEN {n} || '.000000' ELSE {n} END"
        if c.kind is Kind.DATETIME else n for n, c in spec.columns.items())


def bool_columns(spec: TableSpec) -> frozenset[str]:
    return frozenset(n for n, c in spec.columns.items() if c.kind is Kind.BOOL)


def to_package(flags: frozenset[str], name: str, value: Any) -> Any:
    return bool(value) if name in flags and value is not None else value


def to_stored(flags: frozenset[str], name: str, value: Any) -> Any:
    return int(value) if name in flags and value is not None else value
