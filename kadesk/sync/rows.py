"""One changed row as a line of changes.jsonl, and the checks every incoming line passes.

A line: {"t": table, "id": uuid, "c": creation stamp, "g": {group: stamp} for the
groups edited since creation, "v": {column: value} for every synced column}.
Stamps are [hlc, device]. Values keep their stored form: dates 'YYYY-MM-DD',
times 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC), flags true/false, money integer cents.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from kadesk.domain.syncspec import GENESIS_DEVICE, ColumnSpec, Kind, RowState, Stamp, TableSpec
from kadesk.sync.jsonstrict import MAX_INT

DEVICE = re.compile(r"[0-9A-F]{16}")
# A regular expression: uuid.UUID() and str() per id were a sixth of an import's time.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")
TEXT_LIMIT = 1_000_000  # characters in one field: far beyond any note a rep writes
_KEYS = {"t", "id", "c", "g", "v"}


class RowError(ValueError):
    """A line that is not a valid row; the message says what is wrong, in plain words."""


def encode(row: RowState) -> dict[str, Any]:
    edited = {g: list(s) for g, s in row.stamps.items() if s != row.created}
    return {"t": row.table, "id": row.id, "c": list(row.created), "g": edited, "v": row.values}


def is_uuid(value: object) -> bool:
    """The canonical form only (what str(uuid.UUID(...)) gives): one spelling per id."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def stamp(value: object, what: str) -> Stamp:
    if (not isinstance(value, list) or len(value) != 2 or type(value[0]) is not int
            or not isinstance(value[1], str)):
        raise RowError(f"{what} is not a change stamp")
    hlc, device = value
    if not 0 <= hlc <= MAX_INT:
        raise RowError(f"{what} is out of range")
    if device != GENESIS_DEVICE and not DEVICE.fullmatch(device):
        raise RowError(f"{what} names no valid device")
    return hlc, device


def decode(obj: object, specs: dict[str, TableSpec]) -> RowState:
    """A parsed line -> a checked RowState; RowError says what is wrong."""
    if not isinstance(obj, dict) or set(obj) != _KEYS:
        raise RowError("it is not a changed row (t, id, c, g, v)")
    table = obj["t"]
    spec = specs.get(table) if isinstance(table, str) else None
    if spec is None:
        raise RowError(f"unknown table '{str(table)[:40]}'")
    if not is_uuid(obj["id"]):
        raise RowError(f"'{str(obj['id'])[:40]}' is not a valid id")
    created = stamp(obj["c"], "the creation stamp")
    edited = obj["g"]
    if not isinstance(edited, dict):
        raise RowError("the group stamps are not a list of groups")
    for group in edited:
        if group not in spec.groups:
            raise RowError(f"{table} has no field group '{group[:40]}'")
    stamps = {g: stamp(edited[g], f"the stamp of {g}") if g in edited else created
              for g in spec.groups}
    values = obj["v"]
    if not isinstance(values, dict):
        raise RowError("the values are not a set of fields")
    unknown = sorted(set(values) - set(spec.columns))
    if unknown:
        raise RowError(f"{table} has no field '{unknown[0][:40]}'")
    missing = sorted(set(spec.columns) - set(values))
    if missing:
        raise RowError(f"the field {table}.{missing[0]} is missing")
    for name, column in spec.columns.items():
        value = values[name]
        # The common cases inline (a million calls in a large import); the rest,
        # and every message, in value_problem.
        if (value is None and column.nullable) or (
                column.kind is Kind.TEXT and type(value) is str
                and len(value) <= (column.max_length or TEXT_LIMIT)):
            continue
        problem = value_problem(column, value)
        if problem:
            raise RowError(f"{table}.{name} {problem}")
    return RowState(table, obj["id"], created, stamps, values)


def value_problem(column: ColumnSpec, value: Any) -> str | None:
    """Why ``value`` cannot be stored in ``column``, or None if it can."""
    if value is None:
        return None if column.nullable else "cannot be empty"
    kind = column.kind
    if kind in (Kind.TEXT, Kind.ENUM, Kind.DATE, Kind.DATETIME, Kind.ID):
        if not isinstance(value, str):
            return "is not a text"
        if kind is Kind.TEXT:
            limit = column.max_length or TEXT_LIMIT
            return f"is longer than {limit} characters" if len(value) > limit else None
        if kind is Kind.ENUM:
            return None if value in column.choices else f"has an unknown value '{value[:40]}'"
        if kind is Kind.ID:
            return None if is_uuid(value) else "is not a valid id"
        return _time_problem(kind, value)
    if kind is Kind.BOOL:
        return None if isinstance(value, bool) else "is not true or false"
    if kind is Kind.INT:
        return None if type(value) is int else "is not a whole number"
    if kind is Kind.FLOAT:
        return None if type(value) in (int, float) else "is not a number"
    raise AssertionError(kind)


def _time_problem(kind: Kind, value: str) -> str | None:
    pattern = _DATE if kind is Kind.DATE else _DATETIME
    try:
        if pattern.fullmatch(value):
            (date if kind is Kind.DATE else datetime).fromisoformat(value)
            return None
    except ValueError:
        pass
    return f"is not a valid {'date' if kind is Kind.DATE else 'time'}"
