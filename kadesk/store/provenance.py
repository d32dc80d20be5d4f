"""Provenance in the database: attesting our own changes, which unit proves each
slot, and what a unit needs to prove a row later (kadesk/sync/provenance.py).

A *slot* is a row's creation stamp (the groups not edited since; its unit in the
row's ``prov``) or one edited group (its unit in ``field_clock.prov``). A unit
keeps its members in ``sync_unit.members``: a row held here (whose slots point
to the unit, or whose covered groups ``sync_cover`` holds) or a G leaf a sender
supplied. Invariant: every group a unit covers in a member row held here is
either in a slot pointing to the unit or in ``sync_cover``; so the unit's G leaf
of that row can be rebuilt from the database whenever a package needs it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from kadesk.domain.syncspec import GENESIS_DEVICE, RowState, Stamp, TableSpec
from kadesk.store.sync_schema import bool_columns, select_list, table_specs, to_package
from kadesk.sync import jsonstrict, rows
from kadesk.sync.crypto import DeviceKeys
from kadesk.sync.proofcheck import Verified
from kadesk.sync.provenance import (
    UNIT,
    current_g_leaf,
    encode_refs,
    f_form,
    f_leaf,
    full_mask,
    g_leaf,
    group_hash,
    groups_of,
    mask_of,
    pack_members,
    root,
    statement,
    unit_id,
    unpack_members,
)

BATCH = 2000
Cover = tuple[str, str, str, int, int, str, bytes]  # tbl, row_id, grp, unit, hlc, device, hash


def _values(spec: TableSpec, stored: Iterable[Any]) -> dict[str, Any]:
    flags = bool_columns(spec)
    return {c: to_package(flags, c, v) for c, v in zip(spec.columns, stored, strict=True)}


def _marks(items: list[Any] | tuple[Any, ...]) -> str:
    return ", ".join("?" * len(items))


def add_covers(conn: Connection | sqlite3.Connection, covers: list[Cover]) -> None:
    if covers:
        sql = ("INSERT OR IGNORE INTO sync_cover (tbl, row_id, grp, unit, hlc, device, hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
        if isinstance(conn, sqlite3.Connection):
            conn.executemany(sql, covers)
        else:
            conn.exec_driver_sql(sql, covers)


def cover_edited(conn: Connection, edits: list[tuple[str, str, list[str]]]) -> None:
    """Before a local edit overwrites groups: each one a unit proves goes to sync_cover
    (its stamp and the hash of its old value), so that unit still proves the rest."""
    if not edits or conn.exec_driver_sql("SELECT 1 FROM sync_unit LIMIT 1").first() is None:
        return
    specs = table_specs()
    covers: list[Cover] = []
    for table, row_id, groups in edits:
        spec = specs[table]
        row = conn.exec_driver_sql(f"SELECT row_hlc, row_device, prov, {select_list(spec)} "
                                   f"FROM {table} WHERE id = ?", (row_id,)).first()
        if row is None:
            continue
        clocks = {g: (h, d, p) for g, h, d, p in conn.exec_driver_sql(
            "SELECT grp, hlc, device, prov FROM field_clock WHERE tbl = ? AND row_id = ?",
            (table, row_id))}
        values = _values(spec, row[3:])
        for group in groups:
            hlc, device, unit = clocks.get(group, (row[0], row[1], row[2]))
            if unit is not None:
                covers.append((table, row_id, group, unit, hlc, device,
                               group_hash(values, spec.groups[group])))
    add_covers(conn, covers)


# -- attesting: signing units over slots no unit proves yet -----------------------------

@dataclass
class _Member:
    rank: int
    row_id: str
    rowid: int
    f: bytes
    g: bytes
    creation: bool  # the creation slot is attested
    groups: list[str]  # edited groups attested
    devices: set[str]


class _Signer:
    """Collects attested rows, signs a unit of every UNIT of them and points their
    slots at it."""

    def __init__(self, conn: Connection, keys: DeviceKeys, kind: str,
                 nonces: dict[str, str | None]) -> None:
        self.conn, self.keys, self.kind, self.nonces = conn, keys, kind, nonces
        self.tables = list(table_specs())
        self.pending: list[_Member] = []
        self.rows = 0

    def add(self, member: _Member) -> None:
        self.pending.append(member)
        self.rows += 1
        if len(self.pending) == UNIT:
            self.flush()

    def flush(self) -> None:
        members = sorted(self.pending, key=lambda m: (m.rank, m.row_id))
        self.pending = []
        if not members:
            return
        root_f, root_g = root(m.f for m in members), root(m.g for m in members)
        sig = self.keys.signature(statement(self.kind, self.keys.key, len(members), root_f,
                                            root_g))
        devices = sorted(set().union(*(m.devices for m in members)))
        unit = {"kind": self.kind, "key": self.keys.key, "count": len(members),
                "f": root_f.hex(), "g": root_g.hex(), "sig": sig,
                "ids": {} if self.kind == "vouch" else {d: self.nonces[d] for d in devices}}
        number = store_unit(self.conn, unit, pack_members((m.rank, m.row_id) for m in members))
        by_table: dict[int, list[int]] = defaultdict(list)
        edited: list[tuple[int, str, str, str]] = []
        for m in members:
            if m.creation:
                by_table[m.rank].append(m.rowid)
            edited += [(number, self.tables[m.rank], m.row_id, g) for g in m.groups]
        for rank, rowids in by_table.items():
            self.conn.exec_driver_sql(f"UPDATE {self.tables[rank]} SET prov = ? WHERE rowid "
                                      f"IN ({_marks(rowids)})", (number, *rowids))
        if edited:
            self.conn.exec_driver_sql("UPDATE field_clock SET prov = ? WHERE tbl = ? AND "
                                      "row_id = ? AND grp = ?", edited)


def store_unit(conn: Connection, unit: dict[str, Any], members: bytes) -> int:
    """The unit's local id; stored with ``members`` unless held already (a unit is a
    signed fact: its first members blob stays valid)."""
    uid = unit_id(unit)
    conn.exec_driver_sql("INSERT OR IGNORE INTO sync_unit (uid, unit, members) VALUES (?, ?, ?)",
                         (uid, json.dumps(unit, sort_keys=True), members))
    (number,) = conn.exec_driver_sql("SELECT id FROM sync_unit WHERE uid = ?", (uid,)).one()
    return int(number)


def attest(conn: Connection, keys: DeviceKeys, kind: str, since: int, *,
           eligible: Callable[[str], bool], nonces: dict[str, str | None]) -> int:
    """Sign units over every slot of a row changed after ``since`` that no unit proves
    and whose stamp ``eligible`` accepts (our own ids; anyone's for the founder's
    vouch). Rows are taken in table and rowid order, so a full package lists a unit's
    rows close together. Returns how many rows were attested."""
    signer = _Signer(conn, keys, kind, nonces)
    for rank, (table, spec) in enumerate(table_specs().items()):
        cursor = conn.exec_driver_sql(
            f"SELECT rowid, id, row_hlc, row_device, prov, {select_list(spec)} FROM {table} "
            "WHERE row_seq > ? AND row_device != '' ORDER BY rowid", (since,))
        while batch := cursor.fetchmany(BATCH):
            clocks: dict[str, dict[str, tuple[int, str, int | None]]] = defaultdict(dict)
            ids = tuple(r[1] for r in batch)
            for row_id, grp, hlc, device, unit in conn.exec_driver_sql(
                    "SELECT row_id, grp, hlc, device, prov FROM field_clock WHERE tbl = ? "
                    f"AND row_id IN ({_marks(ids)})", (table, *ids)):
                clocks[row_id][grp] = (hlc, device, unit)
            for rowid, row_id, hlc, device, unit, *stored in batch:
                edited = clocks.get(row_id, {})
                creation = unit is None and device != GENESIS_DEVICE and eligible(device) \
                    and any(g not in edited for g in spec.groups)
                groups = [g for g, (_h, d, u) in edited.items() if u is None and eligible(d)]
                if not creation and not groups:
                    continue
                row = RowState(table, row_id, (hlc, device),
                               {g: edited[g][:2] if g in edited else (hlc, device)
                                for g in spec.groups}, _values(spec, stored))
                covered = [g for g in spec.groups
                           if g in groups or (creation and g not in edited)]
                form = (jsonstrict.dumps(rows.encode(row)) if len(covered) == len(spec.groups)
                        else f_form(row, covered, spec))
                signer.add(_Member(rank, row_id, rowid, f_leaf(form),
                                   current_g_leaf(row, covered, spec), creation, groups,
                                   {row.stamps[g][1] for g in covered}))
    signer.flush()
    return signer.rows


# -- exporting: which units prove each row, and what the receiver needs of them -----

@dataclass
class Slots:
    """Where a row's proofs are: its creation slot's unit, each edited group's."""

    creation: int | None
    edited: dict[str, int | None]
    covers: list[tuple[str, int, Stamp, bytes]] = field(default_factory=list)


@dataclass
class _Used:
    """A unit some exported row names: how many of its rows travel, and which (kept
    only while the unit may still need its other rows' leaves)."""

    unit: int  # local id
    text: str  # the unit as stored
    members: list[tuple[int, str] | bytes]
    held: int  # members that are rows held here
    count: int = 0
    present: set[int] | None = field(default_factory=set)
    changed: bool = False  # a row no longer holds every group the unit covers


def _key(rank: int, row_id: str) -> int:
    return rank << 128 | int(row_id.replace("-", ""), 16)


class ProofBrokenError(RuntimeError):
    """A unit this database holds cannot be rebuilt (a bug: the invariant broke)."""


class ExportProofs:
    """The references of each exported row, then the units they name (proofs.jsonl)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con
        self._specs = table_specs()
        self._tables = list(self._specs)
        self._ranks = {t: i for i, t in enumerate(self._specs)}
        self._numbers: dict[int, int] = {}
        self._used: list[_Used] = []

    def covers(self, table: str, ids: list[str]) -> dict[str, list[tuple[str, int, Stamp,
                                                                         bytes]]]:
        out: dict[str, list[tuple[str, int, Stamp, bytes]]] = defaultdict(list)
        for row_id, grp, unit, hlc, device, digest in self._con.execute(
                "SELECT row_id, grp, unit, hlc, device, hash FROM sync_cover WHERE tbl = ? "
                f"AND row_id IN ({_marks(ids)})", (table, *ids)):
            out[row_id].append((grp, unit, (hlc, device), digest))
        return out

    def refs(self, row: RowState, slots: Slots, held: Mapping[str, int] | None
             ) -> list[Any] | None:
        """The row's "z", or None when a group of it has no proof here (it predates the
        team's securing and nobody vouched for it) and the reader may not hold it (its
        stamp beyond the reader's known vector ``held``): the row is held back."""
        spec = self._specs[row.table]
        if slots.creation is not None and not slots.edited and not slots.covers \
                and row.created[1] != GENESIS_DEVICE:  # most rows: one unit proves all
            return [[self._travels(slots.creation, row, changed=False), full_mask(spec)]]
        current: dict[int, list[str]] = defaultdict(list)
        for group, (hlc, device) in row.stamps.items():
            if device == GENESIS_DEVICE:
                continue
            unit = slots.edited.get(group, slots.creation)
            if unit is not None:
                current[unit].append(group)
            elif held is None or hlc > held.get(device, -1):
                return None
        order = list(spec.groups)
        refs = []
        for unit, groups in current.items():
            superseded = sorted(((g, s, h) for g, u, s, h in slots.covers
                                 if u == unit and g not in groups),
                                key=lambda c: order.index(c[0]))
            refs.append((self._travels(unit, row, changed=bool(superseded)),
                         mask_of([*groups, *(g for g, _s, _h in superseded)], spec), superseded))
        refs.sort()
        return encode_refs(refs, spec)

    def _travels(self, unit: int, row: RowState, *, changed: bool) -> int:
        """Note that ``row`` travels under ``unit``; the unit's number in the package."""
        used = self._use(unit)
        used.count += 1
        used.changed = used.changed or changed
        if used.present is not None:
            used.present.add(_key(self._ranks[row.table], row.id))
            if used.count == used.held == len(used.members) and not used.changed:
                used.present = None  # every row of it travels whole: its F root will do
        return self._numbers[unit]

    def _use(self, unit: int) -> _Used:
        number = self._numbers.get(unit)
        if number is None:
            text, blob = self._con.execute("SELECT unit, members FROM sync_unit WHERE id = ?",
                                           (unit,)).fetchone()
            members = list(unpack_members(blob))
            number = self._numbers[unit] = len(self._used)
            self._used.append(_Used(unit, text, members,
                                    sum(not isinstance(m, bytes) for m in members)))
        return self._used[number]

    def units(self) -> Iterator[dict[str, Any]]:
        """proofs.jsonl, in number order: each unit checked whole (F root) when every
        row of it travels unchanged, else by its G root with the others' leaves."""
        for number, used in enumerate(self._used):
            unit = json.loads(used.text)
            whole = used.present is None
            leaves: list[list[Any]] = []
            if not whole:
                present = used.present or set()
                found = self.g_leaves(used.unit, used.members)
                if root(found) != bytes.fromhex(unit["g"]):
                    raise ProofBrokenError(f"unit {used.unit} no longer proves its rows")
                leaves = [[p, leaf.hex()] for p, (m, leaf) in enumerate(
                    zip(used.members, found, strict=True))
                    if isinstance(m, bytes) or _key(*m) not in present]
            yield {**unit, "n": number, "route": "f" if whole else "g", "leaves": leaves}

    def g_leaves(self, unit: int, members: list[tuple[int, str] | bytes]) -> list[bytes]:
        """The unit's G leaves: those a sender supplied as they are, those of member rows
        held here rebuilt from their slots and covers (three queries per table)."""
        by_rank: dict[int, list[str]] = defaultdict(list)
        for member in members:
            if not isinstance(member, bytes):
                by_rank[member[0]].append(member[1])
        built: dict[tuple[int, str], bytes] = {}
        for rank, ids in by_rank.items():
            table = self._tables[rank]
            spec = self._specs[table]
            marks = _marks(ids)
            clocks: dict[str, list[tuple[str, Stamp, int | None]]] = defaultdict(list)
            for row_id, grp, hlc, device, prov in self._con.execute(
                    "SELECT row_id, grp, hlc, device, prov FROM field_clock WHERE tbl = ? "
                    f"AND row_id IN ({marks})", (table, *ids)):
                clocks[row_id].append((grp, (hlc, device), prov))
            old: dict[str, dict[str, tuple[Stamp, bytes]]] = defaultdict(dict)
            for row_id, grp, hlc, device, digest in self._con.execute(
                    "SELECT row_id, grp, hlc, device, hash FROM sync_cover WHERE tbl = ? "
                    f"AND unit = ? AND row_id IN ({marks})", (table, unit, *ids)):
                old[row_id][grp] = ((hlc, device), digest)
            for row_id, hlc, device, prov, *stored in self._con.execute(
                    f"SELECT id, row_hlc, row_device, prov, {select_list(spec)} FROM {table} "
                    f"WHERE id IN ({marks})", ids):
                built[rank, row_id] = self._rebuilt(
                    spec, RowState(table, row_id, (hlc, device), {}, _values(spec, stored)),
                    prov == unit, unit, clocks=clocks[row_id], old=old[row_id])
        try:
            return [m if isinstance(m, bytes) else built[m] for m in members]
        except KeyError as gone:
            raise ProofBrokenError(f"unit {unit} names a row this database lacks") from gone

    @staticmethod
    def _rebuilt(spec: TableSpec, row: RowState, creation: bool, unit: int, *,
                 clocks: list[tuple[str, Stamp, int | None]],
                 old: dict[str, tuple[Stamp, bytes]]) -> bytes:
        """The G leaf of one member row: the groups the unit proves here, and those it
        covered that the row no longer holds under it (their stamps and hashes)."""
        stamps = dict.fromkeys(spec.groups, row.created)
        mine = set(spec.groups) if creation else set()
        for grp, stamp, prov in clocks:
            stamps[grp] = stamp
            if prov == unit:
                mine.add(grp)
            else:
                mine.discard(grp)
        return g_leaf(row, [(g, *old[g]) if g in old and g not in mine
                            else (g, stamps[g], group_hash(row.values, cols))
                            for g, cols in spec.groups.items() if g in mine or g in old])


# -- importing: units a package brought, and the slots its rows fill ----------------

def holds(conn: Connection, row: RowState, groups: list[str], known: Mapping[str, int]
          ) -> bool:
    """This database holds ``row`` and, for each of ``groups``, that very stamp, or a newer
    one while our known vector covers theirs: an unproven group then changes nothing."""
    found = conn.exec_driver_sql(f"SELECT row_hlc, row_device FROM {row.table} WHERE id = ? "
                                 "AND row_device != ''", (row.id,)).first()
    if found is None:
        return False
    clocks = {g: (h, d) for g, h, d in conn.exec_driver_sql(
        "SELECT grp, hlc, device FROM field_clock WHERE tbl = ? AND row_id = ?",
        (row.table, row.id))}
    for group in groups:
        theirs, mine = row.stamps[group], clocks.get(group, (found[0], found[1]))
        if theirs != mine and not (theirs < mine and theirs[0] <= known.get(theirs[1], -1)):
            return False
    return True


@dataclass
class RowProof:
    """One incoming row's proofs, in local unit ids."""

    by_group: dict[str, int]  # current group -> the unit proving it
    superseded: list[tuple[str, int, Stamp, bytes]]  # (group, unit, stamp, hash)

    def creation(self, row: RowState) -> int | None:
        """The unit of the groups still at the row's creation stamp (one, by the check)."""
        return next((u for g, u in self.by_group.items() if row.stamps[g] == row.created),
                    None)


class ImportProofs:
    """The units of one package, stored as the import begins; each row's references
    resolved to them."""

    def __init__(self, verified: list[Verified]) -> None:
        self._verified = verified
        self._local: dict[int, int] = {}
        self._specs = table_specs()

    def store(self, conn: Connection) -> None:
        for found in self._verified:
            self._local[found.number] = store_unit(conn, found.unit, found.members)

    def resolve(self, row: RowState, refs: list[Any]) -> RowProof:
        spec = self._specs[row.table]
        if len(refs) == 1 and len(refs[0]) == 2:  # most rows: one unit proves every group
            return RowProof(dict.fromkeys(groups_of(refs[0][1], spec), self._local[refs[0][0]]),
                            [])
        order = list(spec.groups)
        by_group: dict[str, int] = {}
        superseded: list[tuple[str, int, Stamp, bytes]] = []
        for ref in refs:
            unit = self._local[ref[0]]
            gone = {}
            for index, hlc, device, digest in ref[2] if len(ref) == 3 else ():
                gone[order[index]] = ((hlc, device), bytes.fromhex(digest))
            for group in groups_of(ref[1], spec):
                if group in gone:
                    superseded.append((group, unit, *gone[group]))
                else:
                    by_group[group] = unit
        return RowProof(by_group, superseded)


