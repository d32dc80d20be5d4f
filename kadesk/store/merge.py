"""The one path by which another device's changes enter the synced tables.

clock.py stamps local edits; this module writes imported rows, keeping the
REMOTE stamp and device in ``field_clock`` so every replica holds the same
clocks. Both run inside the caller's transaction, so data, clocks, conflict
log and bookkeeping commit or roll back together. Nothing else writes synced
tables (tests/sync/test_write_path.py holds that).

Per clock group the highest (hlc, device) wins (domain/merge.py). Rows are
never hard-deleted, except placeholders: local stand-ins for a parent that
has not arrived, never exported, dropped once nothing points to them.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from kadesk.domain import merge as rule
from kadesk.domain.changes import Change, ChangeKind
from kadesk.domain.errors import SyncError
from kadesk.domain.hierarchy import cycles
from kadesk.domain.syncspec import (
    GENESIS_DEVICE,
    PLACEHOLDER_DEVICE,
    ConflictKind,
    Kind,
    RowState,
    Stamp,
    TableSpec,
)
from kadesk.store import sync_state
from kadesk.store.clock import ClockState, UnclockedWriteError
from kadesk.store.journal import Journal
from kadesk.store.provenance import Cover, ImportProofs, RowProof, add_covers
from kadesk.store.sync_schema import (
    MODELS,
    OWNER_COLUMNS,
    bool_columns,
    select_list,
    table_specs,
    to_package,
    to_stored,
)
from kadesk.store.types import utcnow
from kadesk.sync.provenance import group_hash

BATCH = 1000
_PLACEHOLDER_NS = uuid.UUID("6f1d4c1e-2b7a-4a51-9a39-2f6c3f0f5d11")
_PLACEHOLDER_VALUES = {Kind.TEXT: "", Kind.INT: 0, Kind.FLOAT: 0.0, Kind.BOOL: 0,
                       Kind.DATE: "1970-01-01", Kind.DATETIME: "1970-01-01 00:00:00.000000"}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def stored_time() -> str:
    """Now, as SQLAlchemy's SQLite DateTime stores it (naive UTC text)."""
    return utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass
class MergeResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    placeholders: int = 0
    conflicts: Counter[str] = field(default_factory=Counter)


def _unit(proof: RowProof | None, group: str) -> int | None:
    return proof.by_group.get(group) if proof is not None else None


@dataclass
class _Slots:
    """Provenance bookkeeping of one batch of existing rows (store/provenance.py keeps
    the invariant): units adopted by slots that had none, and covers."""

    covers: list[Cover] = field(default_factory=list)
    creation: list[tuple[int, str]] = field(default_factory=list)  # (unit, row id)
    edited: list[tuple[int, str, str]] = field(default_factory=list)  # (unit, row id, grp)

    def note(self, spec: TableSpec, row: RowState, proof: RowProof | None,
             local: tuple[dict[str, Any], dict[str, Stamp], dict[str, int | None], int | None],
             taken: list[str]) -> None:
        """``local``: the row here (values, stamps, each edited group's unit, the creation
        slot's unit)."""
        mine, mine_stamps, provs, creation = local
        for group in taken:  # our value goes: a unit that proved it keeps its hash
            here = provs.get(group, creation)
            if here is not None:
                self.covers.append((spec.name, row.id, group, here, *mine_stamps[group],
                                    group_hash(mine, spec.groups[group])))
        for group, unit in (proof.by_group.items() if proof is not None else ()):
            here = provs.get(group, creation)
            if group in taken:
                continue
            if row.stamps[group] != mine_stamps[group] or here not in (None, unit):
                # The unit covers a value this row does not hold under it.
                self.covers.append((spec.name, row.id, group, unit, *row.stamps[group],
                                    group_hash(row.values, spec.groups[group])))
            elif here is None and group in provs:
                self.edited.append((unit, row.id, group))
            elif here is None:
                self.creation.append((unit, row.id))

    def adopted_rows(self) -> set[str]:
        return {r for _u, r in self.creation} | {r for _u, r, _g in self.edited}

    def write(self, conn: Connection, table: str) -> None:
        if self.creation:
            conn.exec_driver_sql(f"UPDATE {table} SET prov = ? WHERE id = ?",
                                 sorted(set(self.creation)))
        if self.edited:
            conn.exec_driver_sql("UPDATE field_clock SET prov = ? WHERE tbl = ? AND "
                                 "row_id = ? AND grp = ?",
                                 [(u, table, r, g) for u, r, g in self.edited])
        add_covers(conn, self.covers)


@dataclass
class _Conflict:
    tbl: str
    row_id: str
    grp: str
    kind: ConflictKind
    mine: Any = None
    theirs: Any = None


def _side(values: dict[str, Any], stamp: Stamp, won: bool) -> dict[str, Any]:
    return {"values": values, "stamp": list(stamp), "won": won}


def _clock_join(table: str, row: str, alias: str) -> str:
    """The clock of one group of ``row`` (its group name a parameter), if it has one."""
    return (f"LEFT JOIN field_clock {alias} ON {alias}.tbl = '{table}' "
            f"AND {alias}.row_id = {row}.id AND {alias}.grp = ?")


def _stamp_of(row: str, alias: str) -> str:
    """That group's stamp: its clock, else the row's creation stamp."""
    return (f"coalesce({alias}.hlc, {row}.row_hlc), "
            f"coalesce({alias}.device, {row}.row_device)")


class Merger:
    """Merges one package's rows into the session's transaction. ``begin`` first,
    then ``add`` every row, then ``finish``. A ``journal`` is given the state before
    the merge of everything it changes, before it changes it."""

    def __init__(self, session: Session, package_id: str, where: str,
                 theirs_known: dict[str, int], mine_known: dict[str, int], *,
                 journal: Journal | None = None, proofs: ImportProofs | None = None) -> None:
        state: ClockState | None = session.info.get("clock")
        if state is None:
            raise UnclockedWriteError("imports can only be written through Database sessions")
        self._session = session
        self._state = state
        self._conn: Connection = session.connection()
        self.package_id, self.where = package_id, where
        self.theirs_known, self.mine_known = theirs_known, mine_known
        self.journal = journal
        self.proofs = proofs
        self.specs = table_specs()
        self.seq = 0
        self.now = stored_time()
        self.result = MergeResult()
        self._pending: dict[str, list[tuple[RowState, RowProof | None]]] = defaultdict(list)
        self._conflicts: list[_Conflict] = []
        self._manager_changed: set[str] = set()
        self._touched: set[str] = set()
        self._keys_at_end = False

    def begin(self, highest_stamp: int) -> None:
        """Advance our clock past every imported stamp, then take this import's seq:
        every row it changes gets that seq, so it is re-exported to third parties.
        Before any write of the session: it may turn key checks off (see below)."""
        # Into a database with no data yet (a set-up), the foreign keys are checked once,
        # in finish(), instead of on every row: a quarter of a large set-up's time. The
        # switch works only outside a transaction, so before the first write here;
        # store/db.py turns it back on whenever a connection returns to the pool.
        self._keys_at_end = sync_state.is_fresh(self._session)
        if self._keys_at_end:
            self._conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        self._state.clock.observe(highest_stamp)
        _, self.seq = self._state.allocate(self._session)
        # Rows arrive parents first, but a contact's manager or a placeholder may come later.
        self._conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        if self.journal is not None:
            self.journal.bookkeeping(self._conn)
        if self.proofs is not None:
            self.proofs.store(self._conn)

    def add(self, row: RowState, refs: list[Any] | None = None) -> None:
        """One row; ``refs``: its proof references (a secured team's package)."""
        pending = self._pending[row.table]
        proof = None
        if refs is not None:
            assert self.proofs is not None
            proof = self.proofs.resolve(row, refs)
        pending.append((row, proof))
        if len(pending) >= BATCH:
            self._flush(row.table)

    def finish(self) -> MergeResult:
        for table in list(self._pending):
            self._flush(table)
        self._make_placeholders()
        self._drop_unused_placeholders()
        self._log_orphans()
        self._log_cycles()
        self._log_duplicates()
        self._write_conflicts()
        if self._keys_at_end:
            self._check_keys()
        changes = self._session.info.setdefault("changes", [])
        changes.extend(Change(t, None, ChangeKind.BULK) for t in sorted(self._touched))
        return self.result

    def _check_keys(self) -> None:
        """What the per-row checks would have refused: a row pointing nowhere (never, as
        placeholders stand in for missing parents; a bug if so). Raises, so the caller's
        transaction rolls back, as a failed deferred check at commit would."""
        broken = self._conn.exec_driver_sql("PRAGMA foreign_key_check").first()
        if broken is not None:
            table, rowid, parent, _ = broken
            raise sqlite3.IntegrityError(
                f"FOREIGN KEY constraint failed: {table} row {rowid} points to no {parent}")

    # -- rows ------------------------------------------------------------------
    def _flush(self, table: str) -> None:
        pending, self._pending[table] = self._pending[table], []
        if not pending:
            return
        spec = self.specs[table]
        columns = list(spec.columns)
        flags = bool_columns(spec)
        local, clocks = self._held(spec, tuple(r.id for r, _p in pending))
        inserts: list[dict[str, Any]] = []
        replaced: list[tuple[RowState, dict[str, Any], int | None]] = []
        updates: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        stamps: list[tuple[str, str, int, str, int | None]] = []  # row, grp, hlc, device, unit
        slots = _Slots()
        for row, proof in pending:
            old = local.get(row.id)
            if proof is not None:
                slots.covers += [(table, row.id, g, u, *s, h) for g, u, s, h in proof.superseded]
            if old is None or old[2] == PLACEHOLDER_DEVICE:
                stored = {c: to_stored(flags, c, row.values[c]) for c in columns}
                creation = proof.creation(row) if proof is not None else None
                if old is None:
                    inserts.append(stored | {"id": row.id, "_created": row.created,
                                             "_prov": creation})
                else:
                    replaced.append((row, stored, creation))
                stamps.extend((row.id, g, *s, _unit(proof, g)) for g, s in row.stamps.items()
                              if s != row.created)
                self._note_manager(table, row.id, row.stamps)
                self.result.created += 1
                continue
            mine = {c: to_package(flags, c, v) for c, v in zip(columns, old[4:], strict=True)}
            mine_stamps = {g: clocks[row.id][g][0] if g in clocks[row.id] else (old[1], old[2])
                           for g in spec.groups}
            taken = self._merge_row(spec, row, mine, mine_stamps)
            slots.note(spec, row, proof, (mine, mine_stamps, {
                g: p for g, (_s, p) in clocks[row.id].items()}, old[3]), taken)
            if not taken:
                self.result.unchanged += 1
                continue
            stamps.extend((row.id, g, *row.stamps[g], _unit(proof, g)) for g in taken)
            changed = [c for g in taken for c in spec.groups[g]
                       if row.values[c] != mine[c]]
            merged = {**mine, **{c: row.values[c] for c in changed}}
            updates.append((row.id, {c: to_stored(flags, c, merged[c]) for c in changed},
                            {c: to_stored(flags, c, v) for c, v in merged.items()}))
            self._note_manager(table, row.id, {g: row.stamps[g] for g in taken})
            self.result.updated += 1
        if self.journal is not None:  # decided on the rows as they are: now keep them
            self.journal.keep(self._conn, table, [r.id for r, _s, _p in replaced]
                              + [u[0] for u in updates] + sorted(slots.adopted_rows()))
            if table == "visit":  # the activity triggers touch old and new accounts
                at = 4 + columns.index("account_id")
                self.journal.activity(self._conn, {r.values["account_id"] for r, _p in pending}
                                      | {old[at] for old in local.values()})
        for row, stored, creation in replaced:
            self._replace_placeholder(table, row, stored, creation)
        for row_id, changed_values, full in updates:
            self._update(table, row_id, changed_values, full)
        self._insert(table, inserts)
        if stamps:
            self._conn.exec_driver_sql(
                "INSERT INTO field_clock (tbl, row_id, grp, hlc, device, seq, prov) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_id, grp) DO UPDATE SET "
                "hlc = excluded.hlc, device = excluded.device, seq = excluded.seq, "
                "prov = excluded.prov",
                [(table, row_id, g, hlc, device, self.seq, unit)
                 for row_id, g, hlc, device, unit in stamps])
        slots.write(self._conn, table)
        self._touched.add(table)

    def _held(self, spec: TableSpec, ids: tuple[str, ...]) -> tuple[
            dict[str, Any], dict[str, dict[str, tuple[Stamp, int | None]]]]:
        """The rows of ``ids`` held here (id, creation stamp, creation unit, values) and
        their edited groups' stamps and units."""
        marks = ", ".join("?" * len(ids))
        local = {r[0]: r for r in self._conn.exec_driver_sql(
            f"SELECT id, row_hlc, row_device, prov, {select_list(spec)} FROM {spec.name} "
            f"WHERE id IN ({marks})", ids)}
        clocks: dict[str, dict[str, tuple[Stamp, int | None]]] = defaultdict(dict)
        for row_id, grp, hlc, device, prov in self._conn.exec_driver_sql(
                f"SELECT row_id, grp, hlc, device, prov FROM field_clock "
                f"WHERE tbl = ? AND row_id IN ({marks})", (spec.name, *ids)):
            clocks[row_id][grp] = ((hlc, device), prov)
        return local, clocks

    def _merge_row(self, spec: TableSpec, row: RowState, mine: dict[str, Any],
                   mine_stamps: dict[str, Stamp]) -> list[str]:
        """The groups whose incoming stamp wins (values or only the stamp change);
        logs every value beaten by an edit made without seeing it."""
        taken: list[str] = []
        for group, cols in spec.groups.items():
            theirs_stamp, mine_stamp = row.stamps[group], mine_stamps[group]
            theirs = {c: row.values[c] for c in cols}
            ours = {c: mine[c] for c in cols}
            if theirs_stamp == mine_stamp:
                if theirs != ours and mine_stamp[1] != GENESIS_DEVICE:
                    raise SyncError("sync_same_stamp", path=self.where, table=spec.name,
                                    id=row.id)
                continue
            if rule.wins(theirs_stamp, mine_stamp):
                taken.append(group)
                if theirs != ours and not rule.seen(mine_stamp, self.theirs_known):
                    self._conflicts.append(_Conflict(
                        spec.name, row.id, group, ConflictKind.CONCURRENT_EDIT,
                        _side(ours, mine_stamp, False), _side(theirs, theirs_stamp, True)))
            elif theirs != ours and not rule.seen(theirs_stamp, self.mine_known):
                self._conflicts.append(_Conflict(
                    spec.name, row.id, group, ConflictKind.CONCURRENT_EDIT,
                    _side(ours, mine_stamp, True), _side(theirs, theirs_stamp, False)))
        self._check_deleted(spec, row, mine, mine_stamps, taken)
        return taken

    def _check_deleted(self, spec: TableSpec, row: RowState, mine: dict[str, Any],
                       mine_stamps: dict[str, Stamp], taken: list[str]) -> None:
        """An edit never resurrects a row: it is merged into the tombstone and logged."""
        deleted = row.values["deleted"] if "deleted" in taken else mine["deleted"]
        if not deleted:
            return
        if "deleted" in taken and not mine["deleted"]:
            # Deleted there while edited here: our edits the deleter never saw.
            edits = [g for g in spec.groups if g != "deleted" and g not in taken
                     and mine_stamps[g] != mine_stamps["deleted"]
                     and not rule.seen(mine_stamps[g], self.theirs_known)]
        else:
            edits = [g for g in taken if g != "deleted"]
        if edits:
            self._conflicts.append(_Conflict(
                spec.name, row.id, ",".join(edits), ConflictKind.EDITED_WHILE_DELETED,
                {"values": {c: mine[c] for g in edits for c in spec.groups[g]}},
                {"values": {c: row.values[c] for g in edits for c in spec.groups[g]}}))

    def _note_manager(self, table: str, row_id: str, stamps: dict[str, Stamp]) -> None:
        if table == "contact" and "reports_to_id" in stamps:
            self._manager_changed.add(row_id)

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self.journal is not None:
            self.journal.created(table, (r["id"] for r in rows))
        model = MODELS[table]
        columns = list(self.specs[table].columns)
        derived = list(model.derive({}))
        names = ["id", "created_at", "updated_at", "row_hlc", "row_device", "row_seq", "prov",
                 *columns, *derived]
        params = []
        for row in rows:
            hlc, device = row["_created"]
            keys = model.derive(row) if derived else {}
            params.append((row["id"], self.now, self.now, hlc, device, self.seq,
                           row.get("_prov"), *(row[c] for c in columns),
                           *(keys[d] for d in derived)))
        self._conn.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            params)

    def _update(self, table: str, row_id: str, changed: dict[str, Any],
                full: dict[str, Any]) -> None:
        sets = {**changed, **MODELS[table].derive(full), "updated_at": self.now,
                "row_seq": self.seq}
        self._conn.exec_driver_sql(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in sets)} WHERE id = ?",
            (*sets.values(), row_id))

    # -- placeholders ------------------------------------------------------------
    def _replace_placeholder(self, table: str, row: RowState, stored: dict[str, Any],
                             creation: int | None) -> None:
        """The real row arrived: every field of it beats the made-up ones."""
        self._conn.exec_driver_sql("DELETE FROM field_clock WHERE tbl = ? AND row_id = ?",
                                   (table, row.id))
        self._conn.exec_driver_sql("DELETE FROM sync_placeholder WHERE tbl = ? AND row_id = ?",
                                   (table, row.id))
        self._update(table, row.id, {**stored, "row_hlc": row.created[0],
                                     "row_device": row.created[1], "prov": creation}, stored)

    def _links(self) -> Iterable[tuple[str, str, str]]:
        """(child table, column, parent table) for every foreign key between synced tables."""
        for table, spec in self.specs.items():
            for name, column in spec.columns.items():
                if column.parent:
                    yield table, name, column.parent

    def _make_placeholders(self) -> None:
        """Rows of this import that point to a row not here yet get a placeholder parent."""
        while True:
            missing: dict[str, set[str]] = defaultdict(set)
            for child, column, parent in self._links():
                for (parent_id,) in self._conn.exec_driver_sql(
                        f"SELECT DISTINCT c.{column} FROM {child} c "
                        f"LEFT JOIN {parent} p ON p.id = c.{column} "
                        f"WHERE c.row_seq = ? AND c.{column} IS NOT NULL AND p.id IS NULL",
                        (self.seq,)):
                    missing[parent].add(parent_id)
            if not missing:
                return
            for parent, ids in missing.items():
                self._insert_placeholders(parent, sorted(ids))

    def _insert_placeholders(self, table: str, ids: list[str]) -> None:
        spec = self.specs[table]
        rows = []
        for row_id in ids:
            stored: dict[str, Any] = {}
            for name, column in spec.columns.items():
                if column.nullable:
                    stored[name] = None
                elif column.kind is Kind.ID:  # its own parent: another placeholder
                    stored[name] = str(uuid.uuid5(_PLACEHOLDER_NS, f"{table}/{row_id}/{name}"))
                elif column.kind is Kind.ENUM:
                    stored[name] = min(column.choices)
                else:
                    stored[name] = _PLACEHOLDER_VALUES[column.kind]
            stored["deleted"] = 1  # hidden until the real row arrives
            rows.append(stored | {"id": row_id, "_created": (0, PLACEHOLDER_DEVICE)})
        self._insert(table, rows)
        self._conn.exec_driver_sql("INSERT INTO sync_placeholder (tbl, row_id) VALUES (?, ?)",
                                   [(table, i) for i in ids])
        self.result.placeholders += len(ids)

    def _drop_unused_placeholders(self) -> None:
        while True:
            unused = [(t, i) for t, i in self._conn.exec_driver_sql(
                "SELECT tbl, row_id FROM sync_placeholder").all() if not self._referenced(t, i)]
            if not unused:
                return
            for table, row_id in unused:
                if self.journal is not None:
                    self.journal.keep(self._conn, table, [row_id])
                    if table == "account":
                        self.journal.activity(self._conn, [row_id])
                if table == "account":
                    self._conn.exec_driver_sql(
                        "DELETE FROM account_activity WHERE account_id = ?", (row_id,))
                for sql in ("DELETE FROM sync_placeholder WHERE tbl = ? AND row_id = ?",
                            "DELETE FROM field_clock WHERE tbl = ? AND row_id = ?"):
                    self._conn.exec_driver_sql(sql, (table, row_id))
                self._conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))
                self.result.placeholders -= 1

    def _referenced(self, table: str, row_id: str) -> bool:
        return any(self._conn.exec_driver_sql(
            f"SELECT 1 FROM {child} WHERE {column} = ? LIMIT 1", (row_id,)).first()
            for child, column, parent in self._links() if parent == table)

    # -- what the log keeps ------------------------------------------------------
    def _log_orphans(self) -> None:
        """Live rows of this import whose parent is missing, and live rows whose parent
        is in the trash where trashing and the row were concurrent: the sender had not
        seen both (the trash of an account does not log every contact and visit its
        deleter saw on every other replica, only what the deleter could not know of).
        Nothing cascades: they stay, flagged."""
        found: dict[tuple[str, str, str], dict[str, Any]] = {}
        for child, column, parent in self._links():
            if column not in OWNER_COLUMNS:
                continue
            link = self.specs[child].group_of()[column]
            for side in ("c", "p"):
                for row_id, parent_id, device, *stamps in self._conn.exec_driver_sql(
                        f"SELECT c.id, p.id, p.row_device, {_stamp_of('p', 'pd')}, "
                        f"{_stamp_of('c', 'cl')}, {_stamp_of('c', 'cd')} FROM {child} c "
                        f"JOIN {parent} p ON p.id = c.{column} {_clock_join(parent, 'p', 'pd')} "
                        f"{_clock_join(child, 'c', 'cl')} {_clock_join(child, 'c', 'cd')} "
                        f"WHERE {side}.row_seq = ? AND NOT c.deleted "
                        f"AND (p.deleted OR p.row_device = ?)",
                        ("deleted", link, "deleted", self.seq, PLACEHOLDER_DEVICE)):
                    missing = device == PLACEHOLDER_DEVICE
                    pairs = zip(stamps[::2], stamps[1::2], strict=True)
                    if not missing and all(rule.seen((hlc, dev), self.theirs_known)
                                           for hlc, dev in pairs):
                        continue  # the sender held both: not news, or logged where it was
                    found[(child, row_id, column)] = {
                        "parent": parent, "id": parent_id,
                        "state": "missing" if missing else "deleted"}
        logged = self._open_conflicts(ConflictKind.ORPHAN)
        for (child, row_id, column), detail in sorted(found.items()):
            if (child, row_id, column) not in logged:
                self._conflicts.append(_Conflict(child, row_id, column, ConflictKind.ORPHAN,
                                                 None, detail))

    def _log_cycles(self) -> None:
        if not self._manager_changed:
            return
        changed = sorted(self._manager_changed)
        marks = ", ".join("?" * len(changed))
        links: dict[str, tuple[str | None, Stamp]] = {}
        for row_id, manager, hlc, device in self._conn.exec_driver_sql(
                "SELECT c.id, c.reports_to_id, coalesce(f.hlc, c.row_hlc), "
                "coalesce(f.device, c.row_device) FROM contact c LEFT JOIN field_clock f "
                "ON f.tbl = 'contact' AND f.row_id = c.id AND f.grp = 'reports_to_id' "
                "WHERE c.account_id IN (SELECT account_id FROM contact "
                f"WHERE id IN ({marks}))", tuple(changed)):
            links[row_id] = (manager, (hlc, device))
        for loop in cycles(links):
            if self._manager_changed.isdisjoint(loop):
                continue
            newest = max(loop, key=lambda c: (links[c][1], c))
            self._conflicts.append(_Conflict("contact", newest, "reports_to_id",
                                             ConflictKind.CYCLE, None, {"cycle": loop}))

    def _log_duplicates(self) -> None:
        """Rows of this import named like an older live row (same folded name or pinyin):
        two reps creating one company offline is a duplicate, for the user to merge."""
        queries = {
            "account": "SELECT n.id, o.id FROM account n JOIN account o "
                       "ON o.sort_key = n.sort_key AND o.id != n.id",
            "contact": "SELECT n.id, o.id FROM contact n JOIN contact o "
                       "ON o.account_id = n.account_id AND o.search_key = n.search_key "
                       "AND o.id != n.id",
        }
        for table, join in queries.items():
            logged = self._open_conflicts(ConflictKind.POSSIBLE_DUPLICATE)
            for new_id, old_id in self._conn.exec_driver_sql(
                    f"{join} WHERE n.row_seq = ? AND o.row_seq != ? AND NOT n.deleted "
                    "AND NOT o.deleted AND n.merged_into_id IS NULL "
                    "AND o.merged_into_id IS NULL AND n.search_key != ''",
                    (self.seq, self.seq)):
                if (table, new_id, old_id) not in logged:
                    logged.add((table, new_id, old_id))
                    self._conflicts.append(_Conflict(table, new_id, old_id,
                                                     ConflictKind.POSSIBLE_DUPLICATE,
                                                     {"id": old_id}, {"id": new_id}))

    def _open_conflicts(self, kind: ConflictKind) -> set[tuple[str, str, str]]:
        return {(r[0], r[1], r[2]) for r in self._conn.exec_driver_sql(
            "SELECT tbl, row_id, grp FROM sync_conflict WHERE kind = ? AND resolution IS NULL",
            (kind.value,))}

    def log(self, kind: ConflictKind, tbl: str, row_id: str, *, theirs: Any) -> None:
        """Log something the caller found (a sender's suspect clock)."""
        self._conflicts.append(_Conflict(tbl, row_id, "", kind, None, theirs))

    def _write_conflicts(self) -> None:
        for conflict in self._conflicts:
            self.result.conflicts[conflict.kind.value] += 1
        if not self._conflicts:
            return
        self._conn.exec_driver_sql(
            "INSERT INTO sync_conflict (package_id, logged_at, tbl, row_id, grp, kind, mine, "
            "theirs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(self.package_id, self.now, c.tbl, c.row_id, c.grp, c.kind.value, _json(c.mine),
              _json(c.theirs)) for c in self._conflicts])
