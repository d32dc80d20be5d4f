"""What a write changed: returned by every service call and broadcast once to views."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    RESTORED = "restored"
    # Many rows of a table at once (demo data, import): views reload that table.
    BULK = "bulk"


@dataclass(frozen=True, slots=True)
class Change:
    entity: str  # table name: "account", "contact", ...
    id: str | None  # None with BULK
    kind: ChangeKind
    fields: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ChangeSet:
    changes: tuple[Change, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.changes)

    def ids(self, entity: str) -> set[str]:
        return {c.id for c in self.changes if c.entity == entity and c.id is not None}

    def affects(self, entity: str, id: str) -> bool:
        """Whether the row ``id`` of ``entity`` may have changed: named, or in a table
        changed in bulk (an import names no rows)."""
        return any(c.entity == entity and c.id in (id, None) for c in self.changes)

    def touches(self, entity: str) -> bool:
        return any(c.entity == entity for c in self.changes)

    def kinds(self, entity: str, id: str) -> set[ChangeKind]:
        return {c.kind for c in self.changes if c.entity == entity and c.id == id}
