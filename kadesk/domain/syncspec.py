"""What sync carries, as plain data: tables, columns, clock groups, stamps, row states.

The store describes its synced tables in these terms (store/sync_schema.py), so
the package format (kadesk/sync) can check every value without an ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# (hybrid logical clock, device id): compared as a tuple, highest wins.
Stamp = tuple[int, str]

# Stamps of the built-in list entries (identical everywhere) and of placeholder
# rows (a parent that has not arrived yet: its real fields beat it).
GENESIS_DEVICE = "builtin"
PLACEHOLDER_DEVICE = ""


class ConflictKind(StrEnum):
    CONCURRENT_EDIT = "concurrent_edit"  # a value beaten by an edit made without seeing it
    EDITED_WHILE_DELETED = "edited_while_deleted"
    ORPHAN = "orphan"  # a live row whose parent is missing or in the trash
    CYCLE = "cycle"  # reports-to links that loop
    POSSIBLE_DUPLICATE = "possible_duplicate"  # same normalised name or pinyin
    SUSPECT_CLOCK = "suspect_clock"  # a sender's clock well ahead of ours


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"
    ID = "id"  # a UUID: another row's id


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: Kind
    nullable: bool
    choices: frozenset[str] = frozenset()
    max_length: int | None = None
    parent: str | None = None  # the table an ID column points to


@dataclass(frozen=True)
class TableSpec:
    name: str
    groups: dict[str, tuple[str, ...]]
    columns: dict[str, ColumnSpec]

    def group_of(self) -> dict[str, str]:
        return {c: g for g, cols in self.groups.items() for c in cols}


@dataclass
class RowState:
    """One row as a package carries it: values in their JSON form, a stamp per group."""

    table: str
    id: str
    created: Stamp
    stamps: dict[str, Stamp]  # every clock group of the table
    values: dict[str, Any] = field(default_factory=dict)  # every synced column
