"""The one write path for synced rows: every change is stamped in its own transaction.

``before_flush`` stamps ORM writes; ``insert_rows`` stamps bulk inserts (demo
data, imports). Nothing else may write a synced table: a session without a
clock refuses to flush synced rows, and hard deletes are refused outright.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Dialect, Table, event, inspect, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, attributes
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from kadesk.domain.changes import Change, ChangeKind
from kadesk.domain.hlc import HybridClock
from kadesk.store.models import FieldClock, LocalState, Synced, new_id
from kadesk.store.types import utcnow


class HardDeleteError(RuntimeError):
    """A synced row was deleted outright; set ``deleted`` instead (a tombstone)."""


class UnclockedWriteError(RuntimeError):
    """A synced row was written through a session that carries no clock."""


@dataclass
class ClockState:
    """This installation's device id, hybrid clock and change counter."""

    device_id: str
    clock: HybridClock
    seq: int

    def allocate(self, session: Session) -> tuple[int, int]:
        """A fresh (stamp, seq) for one flush, persisted in the same transaction."""
        stamp = self.clock.tick()
        self.seq += 1
        session.connection().execute(
            update(LocalState).where(LocalState.id == 1).values(hlc=stamp, seq=self.seq)
        )
        return stamp, self.seq


TRASH_CHUNK = 500  # ids a statement (SQLite allows 32,766 parameters)
_GROUPS: dict[type[Synced], dict[str, tuple[str, ...]]] = {}


def clock_groups(model: type[Synced]) -> dict[str, tuple[str, ...]]:
    """Clock group -> columns for a synced model; ungrouped columns clock alone."""
    if model not in _GROUPS:
        grouped = {col: grp for grp, cols in model.__clock_groups__.items() for col in cols}
        groups: dict[str, list[str]] = {}
        for column in inspect(model).columns:
            if column.info.get("sync", True):
                groups.setdefault(grouped.get(column.key, column.key), []).append(column.key)
        _GROUPS[model] = {g: tuple(cols) for g, cols in groups.items()}
    return _GROUPS[model]


def synced_columns(model: type[Synced]) -> tuple[str, ...]:
    return tuple(c for cols in clock_groups(model).values() for c in cols)


def _values(obj: Synced) -> dict[str, Any]:
    return {c: getattr(obj, c) for c in synced_columns(type(obj))}


def _changed_groups(obj: Synced) -> list[str]:
    # Only attributes set since loading can have changed (a value set to itself has
    # not): asking each column's history cost 7 s when undoing a 29,000-row import.
    unmodified = inspect(obj).unmodified
    return [
        grp
        for grp, cols in clock_groups(type(obj)).items()
        if any(c not in unmodified and attributes.get_history(obj, c).has_changes()
               for c in cols)
    ]


def _changes(session: Session) -> list[Change]:
    return session.info.setdefault("changes", [])


@event.listens_for(Session, "before_flush")
def _stamp_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if any(isinstance(o, Synced) for o in session.deleted):
        raise HardDeleteError("synced rows are never deleted; set deleted=True")
    new = [o for o in session.new if isinstance(o, Synced)]
    dirty = [(o, _changed_groups(o)) for o in session.dirty if isinstance(o, Synced)]
    dirty = [(o, groups) for o, groups in dirty if groups]
    if not new and not dirty:
        return
    state: ClockState | None = session.info.get("clock")
    if state is None:
        raise UnclockedWriteError("synced rows can only be written through Database sessions")
    stamp, seq = state.allocate(session)
    now = utcnow()
    changes = _changes(session)
    for obj in new:
        obj.id = obj.id or new_id()
        obj.deleted = bool(obj.deleted)
        obj.created_at = obj.updated_at = now
        obj.row_hlc, obj.row_device, obj.row_seq = stamp, state.device_id, seq
        for key, value in type(obj).derive(_values(obj)).items():
            setattr(obj, key, value)
        changes.append(Change(obj.__tablename__, obj.id, ChangeKind.CREATED))
    clocks: list[dict[str, Any]] = []
    for obj, groups in dirty:
        obj.updated_at, obj.row_seq = now, seq
        if groups != ["deleted"]:  # derived keys follow the fields, not the trash flag:
            # recomputing the pinyin of 29,000 names made undoing an import take 9 s
            for key, value in type(obj).derive(_values(obj)).items():
                setattr(obj, key, value)
        clocks.extend(
            {"tbl": obj.__tablename__, "row_id": obj.id, "grp": g, "hlc": stamp,
             "device": state.device_id, "seq": seq}
            for g in groups
        )
        kind = ChangeKind.UPDATED
        if "deleted" in groups:
            kind = ChangeKind.DELETED if obj.deleted else ChangeKind.RESTORED
        changes.append(Change(obj.__tablename__, obj.id, kind, frozenset(groups)))
    if clocks:
        from kadesk.store.provenance import cover_edited  # it reads the synced tables' specs

        cover_edited(session.connection(), [(o.__tablename__, o.id, g) for o, g in dirty])
        _upsert_clocks(session, clocks)


def _upsert_clocks(session: Session, clocks: list[dict[str, Any]]) -> None:
    upsert = sqlite_insert(FieldClock)
    session.connection().execute(
        upsert.on_conflict_do_update(
            index_elements=["tbl", "row_id", "grp"],
            # A new stamp: no unit proves it until we attest it (store/provenance.py).
            set_={**{k: upsert.excluded[k] for k in ("hlc", "device", "seq")}, "prov": None},
        ),
        clocks,
    )


def insert_rows(session: Session, model: type[Synced], rows: Iterable[dict[str, Any]]) -> int:
    """Bulk-insert new rows of ``model``, stamped like any ORM insert. Returns the count.

    Rows must all carry the same keys. Goes to the driver's ``executemany`` with
    tuples, each value through its column type's bind processor and missing
    columns filled from their scalar defaults: the ORM's per-object path costs
    ~15x more for the demo data and imports, Core's per-row parameter handling
    about a third more again.
    """
    state: ClockState | None = session.info.get("clock")
    if state is None:
        raise UnclockedWriteError("synced rows can only be written through Database sessions")
    stamp, seq = state.allocate(session)
    now = utcnow()
    batch = []
    for given in rows:
        row = {"deleted": False, **given}
        if not row.get("id"):  # most bulk rows bring their id; uuid4 costs µs a row
            row["id"] = new_id()
        row.update(created_at=now, updated_at=now, row_hlc=stamp,
                   row_device=state.device_id, row_seq=seq)
        row.update(model.derive(row))
        batch.append(row)
    if batch:
        connection = session.connection()
        sql, convert = _driver_insert(inspect(model).local_table, list(batch[0]),
                                      connection.dialect)
        connection.exec_driver_sql(sql, [convert(row) for row in batch])
        _changes(session).append(Change(model.__tablename__, None, ChangeKind.BULK))
    return len(batch)


def trash_rows(session: Session, model: type[Synced], ids: Sequence[str]) -> int:
    """Move the live rows ``ids`` of ``model`` to the trash in bulk, stamped as an edit of
    their ``deleted`` group would be; returns how many moved. The ORM's flush of one
    object at a time took ~0.4 ms a row: 9 s to undo an import of 29,000 records."""
    state: ClockState | None = session.info.get("clock")
    if state is None:
        raise UnclockedWriteError("synced rows can only be written through Database sessions")
    from kadesk.store.provenance import cover_edited  # it reads the synced tables' specs

    trashed: list[str] = []
    for start in range(0, len(ids), TRASH_CHUNK):
        trashed += session.scalars(select(model.id).where(
            model.id.in_(ids[start:start + TRASH_CHUNK]), model.deleted.is_(False)))
    if trashed:
        stamp, seq = state.allocate(session)
        now = utcnow()
        cover_edited(session.connection(), [(model.__tablename__, i, ["deleted"])
                                            for i in trashed])
        for start in range(0, len(trashed), TRASH_CHUNK):
            session.execute(update(model).where(model.id.in_(trashed[start:start + TRASH_CHUNK]))
                            .values(deleted=True, updated_at=now, row_seq=seq)
                            .execution_options(synchronize_session=False))
        _upsert_clocks(session, [
            {"tbl": model.__tablename__, "row_id": row_id, "grp": "deleted", "hlc": stamp,
             "device": state.device_id, "seq": seq} for row_id in trashed])
        _changes(session).append(Change(model.__tablename__, None, ChangeKind.BULK))
    return len(trashed)


def _driver_insert(table: Table, keys: list[str], dialect: Dialect
                   ) -> tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]]]:
    """The INSERT for rows with ``keys``, and a function making a row its tuple."""
    fixed: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.name in keys or default is None:
            continue
        if not isinstance(default, ScalarElementColumnDefault):
            raise ValueError(f"bulk rows of {table.name} must give {column.name}")
        fixed[column.name] = _bound(column, default.arg, dialect)
    steps = [(key, _processor(table.c[key], dialect)) for key in keys]
    tail = tuple(fixed.values())

    def convert(row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(p(row[k]) if p else row[k] for k, p in steps) + tail

    names = [*keys, *fixed]
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    return sql, convert


def _processor(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column's bind processor for this dialect, as Core uses it. A TypeDecorator's
    own ``bind_processor`` wraps its generic impl (DateTime: none), which left sqlite3 to
    store whole seconds as 'YYYY-MM-DD HH:MM:SS' where the ORM writes '.000000'."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _bound(column: Column[Any], value: Any, dialect: Dialect) -> Any:
    processor = _processor(column, dialect)
    return processor(value) if processor else value
