"""One changed row as a line of changes.jsonl, and the checks every incoming line passes.

A line: {"t": table, "id": uuid, "c": creation stamp, "g": {group: stamp} for the
groups edited since creation, "v": {column: value} for every synced column}.
Stamps are [hlc, device]. Values keep their stored form: dates 'YYYY-MM-DD',
times 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC), flags true/false, money integer cents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
_KEYS = {"t", "id", "c", "g", "v"}  # compared with dict.keys(): a set view


class RowError(ValueError):
    """A line that is not a valid row; the message says what is wrong, in plain words."""


def encode(row: RowState) -> dict[str, Any]:
    """The line's object; stamps stay tuples (orjson writes them as arrays)."""
    created = row.created
    edited = {g: s for g, s in row.stamps.items() if s != created}
    return {"t": row.table, "id": row.id, "c": created, "g": edited, "v": row.values}


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
    if type(obj) is not dict or obj.keys() != _KEYS:
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
    stamps = dict.fromkeys(spec.groups, created)
    for group, value in edited.items():
        if group not in spec.groups:
            raise RowError(f"{table} has no field group '{group[:40]}'")
        stamps[group] = stamp(value, f"the stamp of {group}")
    values = obj["v"]
    if not isinstance(values, dict):
        raise RowError("the values are not a set of fields")
    if values.keys() != spec.columns.keys():
        unknown = sorted(set(values) - set(spec.columns))
        if unknown:
            raise RowError(f"{table} has no field '{unknown[0][:40]}'")
        missing = sorted(set(spec.columns) - set(values))
        raise RowError(f"the field {table}.{missing[0]} is missing")
    for name, column, valid in _checks(spec):
        value = values[name]
        # The common case by a check made for the column (a million rows in a large
        # import); anything else, and every message, by value_problem.
        if (value is None and column.nullable) or (value is not None and valid(value)):
            continue
        problem = value_problem(column, value)
        if problem:
            raise RowError(f"{table}.{name} {problem}")
    return RowState(table, obj["id"], created, stamps, values)


def trusted(obj: dict[str, Any], specs: dict[str, TableSpec]) -> RowState:
    """A line ``decode`` accepted before, rebuilt without its checks."""
    created = tuple(obj["c"])
    stamps = dict.fromkeys(specs[obj["t"]].groups, created)
    for group, value in obj["g"].items():
        stamps[group] = tuple(value)
    return RowState(obj["t"], obj["id"], created, stamps, obj["v"])


Check = Callable[[Any], bool]
_CHECKS: dict[int, tuple[tuple[str, ColumnSpec, Check], ...]] = {}


def _checks(spec: TableSpec) -> tuple[tuple[str, ColumnSpec, Check], ...]:
    found = _CHECKS.get(id(spec))
    if found is None:
        found = _CHECKS[id(spec)] = tuple(
            (name, column, _valid(column)) for name, column in spec.columns.items())
    return found


def _valid(column: ColumnSpec) -> Check:
    """A fast yes for a value ``column`` accepts (no for anything it might not)."""
    kind = column.kind
    if kind is Kind.TEXT:
        limit = column.max_length or TEXT_LIMIT
        return lambda v: type(v) is str and len(v) <= limit
    if kind is Kind.ENUM:
        choices = column.choices
        return lambda v: type(v) is str and v in choices
    if kind is Kind.ID:
        return lambda v: type(v) is str and _UUID.fullmatch(v) is not None
    if kind is Kind.BOOL:
        return lambda v: type(v) is bool
    if kind is Kind.INT:
        return lambda v: type(v) is int and -MAX_INT <= v <= MAX_INT
    return lambda v: value_problem(column, v) is None


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
        if type(value) is not int:
            return "is not a whole number"
        return None if abs(value) <= MAX_INT else "is too large"
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
