"""What every entity service shares: load, validate, create, update, trash, restore."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kadesk.domain.changes import ChangeSet
from kadesk.domain.errors import DeletedError, FieldError, NotFoundError, ValidationError
from kadesk.domain.money import Money
from kadesk.store import models as m

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

# Ids per IN (...) list: far below SQLite's bound-parameter limit.
CHUNK = 500

F = TypeVar("F")
R = TypeVar("R")


@dataclass(frozen=True)
class Saved(Generic[R]):
    """A write's result: the record as stored, and what changed."""

    record: R
    changes: ChangeSet


def to_columns(model: type, fields: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Field values -> column values (Money splits into cents and currency)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(fields):
        if f.name in skip:
            continue
        value = getattr(fields, f.name)
        if hasattr(model, f"{f.name}_cents"):
            out[f"{f.name}_cents"] = value.cents if value else None
            out[f"{f.name}_currency"] = value.currency if value else None
        else:
            out[f.name] = value
    return out


def to_record(cls: type[R], obj: Any, **extra: Any) -> R:
    """ORM row -> record of ``cls``; ``extra`` supplies what is not a column."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in extra:
            continue
        if hasattr(obj, f"{f.name}_cents"):
            cents = getattr(obj, f"{f.name}_cents")
            currency = getattr(obj, f"{f.name}_currency")
            values[f.name] = None if cents is None else Money(cents, currency)
        elif hasattr(obj, f.name):
            values[f.name] = getattr(obj, f.name)
    return cls(**values, **extra)


def check(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


class EntityService(Generic[F, R]):
    """Create, read, update, trash and restore one synced entity."""

    model: ClassVar[type[m.Synced]]
    fields_cls: ClassVar[type]
    entity: ClassVar[str]
    # Fields handled by _write_children rather than as columns.
    children: ClassVar[tuple[str, ...]] = ()

    def __init__(self, app: Kadesk) -> None:
        self.app = app

    # -- hooks ---------------------------------------------------------
    def _errors(self, session: Session, fields: F, row_id: str | None) -> list[FieldError]:
        """Every rule broken by ``fields`` (those that need the database too)."""
        raise NotImplementedError

    def _record(self, session: Session, obj: Any) -> R:
        raise NotImplementedError

    def _write_children(self, session: Session, obj: Any, fields: F) -> None:
        """Write child rows (contacts met, line items...) for a saved ``obj``."""

    def _parent(self, fields: F) -> tuple[type[m.Synced], str] | None:
        """The row this one belongs to, which must exist and not be in the trash."""
        return None

    def _normalized(self, fields: F) -> F:
        """``fields`` in their stored form (e.g. phone numbers written one way)."""
        return fields

    # -- shared --------------------------------------------------------
    def load(self, session: Session, row_id: str, *, editable: bool = True) -> Any:
        obj = session.get(self.model, row_id)
        if obj is None:
            raise NotFoundError(self.entity, row_id)
        if editable and obj.deleted:
            raise DeletedError(self.entity, row_id)
        return obj

    def names(self, ids: Sequence[str]) -> dict[str, str]:
        """Id -> name (trashed rows included), for lists that show rows of many parents."""
        column = self.model.name  # type: ignore[attr-defined]
        names: dict[str, str] = {}
        with self.app.db.read() as session:
            for start in range(0, len(ids), CHUNK):
                rows = session.execute(select(self.model.id, column).where(
                    self.model.id.in_(ids[start:start + CHUNK])))
                names.update((row_id, name) for row_id, name in rows)
        return names

    def get(self, row_id: str) -> R:
        with self.app.db.read() as session:
            return self._record(session, self.load(session, row_id, editable=False))

    def _validate(self, session: Session, fields: F, row_id: str | None) -> None:
        parent = self._parent(fields)
        if parent is not None:
            model, parent_id = parent
            obj = session.get(model, parent_id)
            if obj is None:
                raise NotFoundError(model.__tablename__, parent_id)
            if obj.deleted:
                raise DeletedError(model.__tablename__, parent_id, parent=True)
        check(self._errors(session, fields, row_id))

    def create(self, fields: F) -> Saved[R]:
        fields = self._normalized(fields)

        def work(session: Session) -> R:
            self._validate(session, fields, None)
            obj = self.model(**to_columns(self.model, fields, self.children))
            session.add(obj)
            session.flush()
            self._write_children(session, obj, fields)
            return self._record(session, obj)

        return self.app.commit(work)

    def update(self, row_id: str, **changes: Any) -> Saved[R]:
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(self.fields_cls)})
        check([FieldError(name, "unknown_field") for name in unknown])

        def work(session: Session) -> R:
            obj = self.load(session, row_id)
            current = self._record(session, obj)
            base = {f.name: getattr(current, f.name) for f in dataclasses.fields(self.fields_cls)}
            fields = self._normalized(self.fields_cls(**{**base, **changes}))
            self._validate(session, fields, row_id)
            for key, value in to_columns(self.model, fields, self.children).items():
                if getattr(obj, key) != value:
                    setattr(obj, key, value)
            self._write_children(session, obj, fields)
            session.flush()
            return self._record(session, obj)

        return self.app.commit(work)

    def delete(self, row_id: str) -> Saved[R]:
        """Move to the trash (a tombstone that sync carries); ``restore`` undoes it."""
        return self._set_deleted(row_id, True)

    def restore(self, row_id: str) -> Saved[R]:
        return self._set_deleted(row_id, False)

    def _set_deleted(self, row_id: str, deleted: bool) -> Saved[R]:
        def work(session: Session) -> R:
            obj = self.load(session, row_id, editable=False)
            obj.deleted = deleted
            session.flush()
            return self._record(session, obj)

        return self.app.commit(work)
