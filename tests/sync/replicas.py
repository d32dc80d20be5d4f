"""The rule-based state machine behind test_properties.py: 2-5 replicas of one team
edit offline, export full and incremental packages, lose, duplicate and reorder
them, fail imports half-way, and must still converge without losing anything.
Half the runs are a secured team (issue 15): the first replica secures it and
admits the others, so every package is sealed, signed and proves each value by
the replica that wrote it, through any number of hands; no import may be refused.

Each replica has its own fake wall clock (skewed by up to ±10 minutes, moved
by the ``tick`` rule). Writes are tracked here, with what their author had seen,
so the final check can tell a value overwritten knowingly from one beaten by a
concurrent edit (which must be in some replica's conflict log).
"""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
import uuid
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import text

from kadesk.domain.builtins import OBJECTIONS, builtin_id
from kadesk.domain.enums import ListKind, Tier
from kadesk.domain.errors import KadeskError
from kadesk.domain.hierarchy import cycles
from kadesk.domain.hlc import HybridClock
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    ProposalFields,
    ProposalItemFields,
    VisitFields,
    VisitObjectionFields,
)
from kadesk.services.app import Kadesk
from kadesk.store import merge as store_merge
from kadesk.sync.crypto import DeviceKeys
from tests.helpers import snapshot
from tests.sync.helpers import SYNC_TABLES, package_content

NAMES = ["华为技术", "中兴通讯", "長安汽車", "招商银行", "比亚迪", "海尔集团"]
PEOPLE = ["张伟", "李娜", "王芳", "刘洋", "陈静"]
NOTES = ["", "按成本中心对账", "账期90天", "需要发票", "客户很满意"]
BASE_MS = 1_780_000_000_000
Key = tuple[str, str, str]  # (table, row id, clock group)
StampT = tuple[int, str]


class InjectedFailureError(Exception):
    pass


class Ids:
    """Row, package and device ids from a generator reset when each example starts.
    Stamps that tie on the clock are ordered by device id and rules pick rows in id
    order, so random ids would make hypothesis's replay of a failure a different run."""

    rng = random.Random(0)

    @classmethod
    def uuid4(cls) -> uuid.UUID:
        return uuid.UUID(int=cls.rng.getrandbits(128), version=4)

    @classmethod
    def nonce(cls) -> str:
        return f"{cls.rng.getrandbits(64):016x}"

    @classmethod
    def keys(cls) -> DeviceKeys:
        return DeviceKeys(cls.rng.randbytes(32), cls.rng.randbytes(32))


@dataclass
class Replica:
    app: Kadesk
    skew: int
    seen: dict[Key, set[StampT]] = field(default_factory=lambda: defaultdict(set))
    # Copies of its file taken earlier (a backup), with what it had seen then.
    copies: list[tuple[Path, dict[Key, set[StampT]]]] = field(default_factory=list)


def canonical(app: Kadesk) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced row (placeholders aside): id, synced values, each group's stamp."""
    from kadesk.store.sync_schema import table_specs

    out: dict[str, list[tuple[Any, ...]]] = {}
    with app.db.engine.connect() as connection:
        clocks: dict[tuple[str, str], dict[str, StampT]] = defaultdict(dict)
        for tbl, row_id, grp, hlc, device in connection.execute(text(
                "SELECT tbl, row_id, grp, hlc, device FROM field_clock")):
            clocks[(tbl, row_id)][grp] = (hlc, device)
        for table in SYNC_TABLES:
            spec = table_specs()[table]
            cols = list(spec.columns)
            rows = connection.execute(text(
                f"SELECT id, row_hlc, row_device, {', '.join(cols)} FROM {table} "
                "WHERE row_device != '' AND row_seq > 0")).all()
            out[table] = sorted(
                (r[0], tuple(r[3:]), tuple(sorted(
                    (g, clocks[(table, r[0])].get(g, (r[1], r[2]))) for g in spec.groups)))
                for r in rows)
    return out


def stamps_of(app: Kadesk) -> dict[Key, StampT]:
    out: dict[Key, StampT] = {}
    for table, rows in canonical(app).items():
        for row_id, _values, groups in rows:
            for grp, stamp in groups:
                out[(table, row_id, grp)] = stamp
    return out


def values_of(app: Kadesk) -> dict[Key, Any]:
    from kadesk.store.sync_schema import table_specs

    out: dict[Key, Any] = {}
    for table, rows in canonical(app).items():
        spec = table_specs()[table]
        cols = list(spec.columns)
        for row_id, values, _groups in rows:
            named = dict(zip(cols, values, strict=True))
            for grp, members in spec.groups.items():
                out[(table, row_id, grp)] = tuple(named[c] for c in members)
    return out


class Replicas(RuleBasedStateMachine):
    template: Path  # an empty, migrated database every replica starts as a copy of
    folder: Path
    counter = 0

    def __init__(self) -> None:
        super().__init__()
        self.replicas: list[Replica] = []
        self.packages: list[Path] = []
        # Every write ever made: stamp -> value, and the writes its author had seen.
        self.writes: dict[Key, dict[StampT, Any]] = defaultdict(dict)
        self.past: dict[tuple[Key, StampT], frozenset[StampT]] = {}
        self.now = 0
        self._contents: dict[Path, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
        self.secured = False

    # -- set-up ----------------------------------------------------------------
    @initialize(n=st.integers(2, 5), skews=st.lists(st.integers(-600_000, 600_000),
                                                    min_size=5, max_size=5),
                secured=st.booleans())
    def start(self, n: int, skews: list[int], secured: bool) -> None:
        type(self).counter += 1
        Ids.rng.seed(0)
        root = self.folder / f"run{type(self).counter}"
        self.root = root
        for i in range(n):
            path = root / f"r{i}" / "kadesk.db"
            path.parent.mkdir(parents=True)
            shutil.copyfile(self.template, path)
            with closing(sqlite3.connect(path)) as con, con:  # a laptop of its own: its keys
                con.execute("UPDATE local_state SET sign_key = NULL, box_key = NULL")
            self.replicas.append(Replica(self._open(path, skews[i]), skews[i]))
        if secured:
            self._secure()

    def _secure(self) -> None:
        """The first replica secures the team and admits the others; each reads its first
        sealed package (the team key, the roster) before any edit."""
        self.secured = True
        founder, others = self.replicas[0], self.replicas[1:]
        founder.app.team.secure()
        for i, other in enumerate(others):
            founder.app.team.admit(other.app.team.write_request(self.root / f"r{i}.request"))
        path = self.root / "secured.kadesk-sync"
        founder.app.sync.export_full(path)
        for other in others:
            other.app.sync.import_package(path)

    def _open(self, path: Path, skew: int) -> Kadesk:
        app = Kadesk.open(path)
        app.db.clock.clock = HybridClock(
            app.db.clock.clock.last, now_ms=lambda s=skew: BASE_MS + s + self.now)
        return app

    def teardown(self) -> None:
        for replica in self.replicas:
            replica.app.close()
        shutil.rmtree(getattr(self, "root", self.folder / "none"), ignore_errors=True)

    # -- bookkeeping of writes -------------------------------------------------
    def _record_writes(self, replica: Replica, before: dict[Key, StampT]) -> None:
        after = stamps_of(replica.app)
        values = values_of(replica.app)
        for key, stamp in after.items():
            if before.get(key) == stamp:
                continue
            # A local edit: newer than everything this replica held for the field.
            assert all(stamp > s for s in replica.seen[key]), (key, stamp)
            seen = frozenset(replica.seen[key])
            closure = set(seen)
            for s in seen:
                closure |= self.past.get((key, s), frozenset())
            self.writes[key][stamp] = values[key]
            self.past[(key, stamp)] = frozenset(closure)
            replica.seen[key].add(stamp)

    def _edit(self, replica: Replica, action: Any) -> None:
        before = stamps_of(replica.app)
        with contextlib.suppress(KadeskError):  # refused locally: a trashed row, a loop ...
            action(replica.app)
        self._record_writes(replica, before)

    def _ids(self, replica: Replica, table: str) -> list[str]:
        with replica.app.db.engine.connect() as connection:
            return [r[0] for r in connection.execute(text(
                f"SELECT id FROM {table} WHERE row_device != '' AND row_seq > 0 ORDER BY id"))]

    # -- local edits -------------------------------------------------------------
    @rule(r=st.integers(0, 4), name=st.sampled_from(NAMES))
    def create_account(self, r: int, name: str) -> None:
        replica = self.replicas[r % len(self.replicas)]
        self._edit(replica, lambda app: app.accounts.create(AccountFields(name=name)))

    @rule(r=st.integers(0, 4), pick=st.integers(0, 50), notes=st.sampled_from(NOTES),
          tier=st.sampled_from(list(Tier)))
    def edit_account(self, r: int, pick: int, notes: str, tier: Tier) -> None:
        replica = self.replicas[r % len(self.replicas)]
        ids = self._ids(replica, "account")
        if ids:
            target = ids[pick % len(ids)]
            self._edit(replica, lambda app: app.accounts.update(target, notes=notes, tier=tier))

    @rule(r=st.integers(0, 4), pick=st.integers(0, 50),
          table=st.sampled_from(["account", "contact", "visit"]), restore=st.booleans())
    def delete_or_restore(self, r: int, pick: int, table: str, restore: bool) -> None:
        replica = self.replicas[r % len(self.replicas)]
        ids = self._ids(replica, table)
        if not ids:
            return
        target = ids[pick % len(ids)]
        service = {"account": "accounts", "contact": "contacts", "visit": "visits"}[table]
        self._edit(replica, lambda app: getattr(getattr(app, service),
                                                "restore" if restore else "delete")(target))

    @rule(r=st.integers(0, 4), pick=st.integers(0, 50), name=st.sampled_from(PEOPLE))
    def create_contact(self, r: int, pick: int, name: str) -> None:
        replica = self.replicas[r % len(self.replicas)]
        ids = self._ids(replica, "account")
        if ids:
            account = ids[pick % len(ids)]
            self._edit(replica, lambda app: app.contacts.create(
                ContactFields(account_id=account, name=name)))

    @rule(r=st.integers(0, 4), pick=st.integers(0, 50), boss=st.integers(-1, 50))
    def set_reports_to(self, r: int, pick: int, boss: int) -> None:
        replica = self.replicas[r % len(self.replicas)]
        ids = self._ids(replica, "contact")
        if ids:
            target = ids[pick % len(ids)]
            manager = None if boss < 0 else ids[boss % len(ids)]
            self._edit(replica, lambda app: app.contacts.update(target, reports_to_id=manager))

    @rule(r=st.integers(0, 4), pick=st.integers(0, 50), objections=st.integers(0, 2),
          summary=st.sampled_from(NOTES))
    def create_visit(self, r: int, pick: int, objections: int, summary: str) -> None:
        replica = self.replicas[r % len(self.replicas)]
        ids = self._ids(replica, "account")
        if not ids:
            return
        fields = VisitFields(
            account_id=ids[pick % len(ids)], occurred_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
            summary=summary, objections=tuple(
                VisitObjectionFields(objection_id=builtin_id(ListKind.OBJECTION,
                                                             OBJECTIONS[k][0]), details="太贵")
                for k in range(objections)))
        self._edit(replica, lambda app: app.visits.create(fields))

    @rule(r=st.integers(0, 4), pick=st.integers(0, 50), items=st.integers(1, 3))
    def create_proposal(self, r: int, pick: int, items: int) -> None:
        replica = self.replicas[r % len(self.replicas)]
        ids = self._ids(replica, "account")
        if ids:
            fields = ProposalFields(account_id=ids[pick % len(ids)], title="物流方案", items=tuple(
                ProposalItemFields(description=f"运输{k}", unit_price_cents=100 * k)
                for k in range(items)))
            self._edit(replica, lambda app: app.proposals.create(fields))

    @rule(ms=st.integers(0, 120_000))
    def tick(self, ms: int) -> None:
        self.now += ms

    # -- files copied and restored (G7) -------------------------------------------
    @rule(r=st.integers(0, 4))
    def copy_file(self, r: int) -> None:
        """A backup of the file as it is now (a copy tool, not kadesk's own backup)."""
        replica = self.replicas[r % len(self.replicas)]
        copy = self.root / f"copy{sum(len(x.copies) for x in self.replicas)}.db"
        with closing(sqlite3.connect(replica.app.db.path)) as source, \
                closing(sqlite3.connect(copy)) as target:
            source.backup(target)
        replica.copies.append((copy, {k: set(v) for k, v in replica.seen.items()}))

    @rule(r=st.integers(0, 4), pick=st.integers(0, 20))
    def restore_older_copy(self, r: int, pick: int) -> None:
        """The laptop's file is replaced by an older copy of itself, in place. Its edits
        since the copy that nobody else holds are gone (that is what a restore does);
        everything else must keep flowing."""
        replica = self.replicas[r % len(self.replicas)]
        if not replica.copies:
            return
        copy, seen = replica.copies[pick % len(replica.copies)]
        path = replica.app.db.path
        replica.app.close()
        for leftover in (path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(copy, path)
        replica.app = self._open(path, replica.skew)
        replica.seen = defaultdict(set, {k: set(v) for k, v in seen.items()})
        self._forget_lost()

    @precondition(lambda self: len(self.replicas) < 6)
    @rule(r=st.integers(0, 4), skew=st.integers(-600_000, 600_000))
    def clone_file(self, r: int, skew: int) -> None:
        """The file copied to a new laptop, which goes on working with it."""
        source = self.replicas[r % len(self.replicas)]
        path = self.root / f"clone{len(self.replicas)}" / "kadesk.db"
        path.parent.mkdir(parents=True)
        with closing(sqlite3.connect(source.app.db.path)) as db, \
                closing(sqlite3.connect(path)) as target:
            db.backup(target)
        self.replicas.append(Replica(self._open(path, skew), skew,
                                     defaultdict(set, {k: set(v)
                                                       for k, v in source.seen.items()})))

    def _forget_lost(self, *, packages: bool = True) -> None:
        """Writes no replica and no package holds any more are lost for good: the model
        stops expecting them. ``packages=False`` when no package will be read again: a
        write only a package nobody imported holds (exported, then the file restored
        from an older copy) is lost as well."""
        held: set[tuple[Key, StampT]] = set()
        for replica in self.replicas:
            held.update((key, s) for key, stamps in replica.seen.items() for s in stamps)
        for path in self.packages if packages else ():
            for row in self._content(path)[1]:
                created = (row["c"][0], row["c"][1])
                from kadesk.store.sync_schema import table_specs

                for grp in table_specs()[row["t"]].groups:
                    stamp = tuple(row["g"].get(grp, created))
                    held.add(((row["t"], row["id"], grp), stamp))  # type: ignore[arg-type]
        for key, written in self.writes.items():
            for stamp in [s for s in written if (key, s) not in held]:
                del written[stamp]

    # -- packages ---------------------------------------------------------------
    def _content(self, path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """A package's manifest and rows (a sealed one opened with a member's key)."""
        if path not in self._contents:
            self._contents[path] = package_content(self.replicas[0].app, path)
        return self._contents[path]

    @rule(r=st.integers(0, 4), peer=st.integers(0, 4), full=st.booleans())
    def export(self, r: int, peer: int, full: bool) -> None:
        replica = self.replicas[r % len(self.replicas)]
        other = self.replicas[peer % len(self.replicas)]
        path = self.root / f"p{len(self.packages)}.kadesk-sync"
        if full or other is replica:
            done = replica.app.sync.export_full(path)
        else:
            try:
                done = replica.app.sync.export_for(other.app.db.device_id, path)
            except KadeskError:  # never heard from that peer: a full export instead
                done = replica.app.sync.export_full(path)
        assert done.withheld == 0, "a secured team's own changes always carry their proof"
        self.packages.append(path)

    def _import(self, replica: Replica, path: Path) -> None:
        manifest, rows = self._content(path)
        if manifest["source_device"] == replica.app.db.device_id:
            return
        replica.app.sync.import_package(path)
        self._note_seen(replica, rows)

    @staticmethod
    def _note_seen(replica: Replica, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            created = (row["c"][0], row["c"][1])
            from kadesk.store.sync_schema import table_specs

            for grp in table_specs()[row["t"]].groups:
                stamp = tuple(row["g"].get(grp, created))
                replica.seen[(row["t"], row["id"], grp)].add(stamp)  # type: ignore[arg-type]

    @precondition(lambda self: self.packages)
    @rule(r=st.integers(0, 4), pick=st.integers(0, 100))
    def import_one(self, r: int, pick: int) -> None:
        """Any package, any number of times, in any order; the others may be lost."""
        replica = self.replicas[r % len(self.replicas)]
        self._import(replica, self.packages[pick % len(self.packages)])

    @precondition(lambda self: self.packages)
    @rule(r=st.integers(0, 4), pick=st.integers(0, 100), after=st.integers(0, 40))
    def import_fails_half_way(self, r: int, pick: int, after: int) -> None:
        replica = self.replicas[r % len(self.replicas)]
        path = self.packages[pick % len(self.packages)]
        if self._content(path)[0]["source_device"] == replica.app.db.device_id:
            return
        before = snapshot(replica.app.db)
        original = store_merge.Merger.add
        calls = [0]

        def failing(merger: store_merge.Merger, row: Any, refs: Any = None) -> None:
            calls[0] += 1
            if calls[0] > after:
                raise InjectedFailureError
            original(merger, row, refs)

        store_merge.Merger.add = failing  # type: ignore[method-assign]
        try:
            replica.app.sync.import_package(path)
        except InjectedFailureError:
            assert snapshot(replica.app.db) == before, "a failed import changed the database"
            return
        finally:
            store_merge.Merger.add = original  # type: ignore[method-assign]
        # The package had no more rows than ``after``: it was imported whole, and its
        # writes were seen (left out, a later edit looked like a silent loss).
        self._note_seen(replica, self._content(path)[1])

    # -- properties ----------------------------------------------------------------
    @invariant()
    def hierarchy_shown_is_acyclic(self) -> None:
        for replica in self.replicas:
            for account in self._ids(replica, "account"):
                shown = replica.app.sync.displayed_reports_to(account)
                assert cycles({c: (m, (0, "")) for c, m in shown.items()}) == []

    def exchange_everything(self) -> None:
        """Everyone sends everything to the first replica, which sends it all back:
        every replica has then imported every change, so they must agree."""
        first, others = self.replicas[0], self.replicas[1:]
        for sender, receivers in [*((o, [first]) for o in others), (first, others)]:
            path = self.root / f"p{len(self.packages)}.kadesk-sync"
            sender.app.sync.export_full(path)
            self.packages.append(path)
            for receiver in receivers:
                self._import(receiver, path)

    def check_converged(self) -> None:
        self.exchange_everything()
        self._forget_lost(packages=False)
        first = canonical(self.replicas[0].app)
        for replica in self.replicas[1:]:
            assert canonical(replica.app) == first, "replicas diverged"
        # Idempotence: everything again changes nothing.
        again = self.packages[-1]
        for replica in self.replicas:
            if self._content(again)[0]["source_device"] != replica.app.db.device_id:
                assert replica.app.sync.import_package(again).already_imported_at
        # Causality and last-writer-wins: each field holds its newest write.
        final = stamps_of(self.replicas[0].app)
        values = values_of(self.replicas[0].app)
        for key, stamp in final.items():
            if self.writes.get(key):
                assert stamp == max(self.writes[key]), ("not the newest write", key)
        # Nothing lost silently: a write beaten without being seen is in a conflict log.
        logged: set[tuple[str, str, str, StampT]] = set()
        for replica in self.replicas:
            for conflict in replica.app.sync.conflicts(open_only=False):
                for side in (conflict.mine, conflict.theirs):
                    if isinstance(side, dict) and isinstance(side.get("stamp"), list):
                        logged.add((conflict.table, conflict.row_id, conflict.group,
                                    tuple(side["stamp"])))  # type: ignore[arg-type]
        for key, written in self.writes.items():
            winner = final.get(key)
            if winner is None:
                continue
            known = set(self.past.get((key, winner), frozenset()))
            # A write its own author (or whoever saw it) replaced before that later write
            # lost in a logged conflict is accounted for by that entry: the rep sees the
            # value that replaced it, as they left it.
            for t, row, group, stamp in logged:
                if (t, row, group) == key:
                    known |= self.past.get((key, stamp), frozenset())
            for stamp, value in written.items():
                if stamp != winner and stamp not in known and value != values[key]:
                    assert (*key, stamp) in logged, ("silently lost", key, stamp, value)
        # Round trip: a fresh database set up from a full export holds the same.
        path = self.root / "roundtrip.kadesk-sync"
        self.replicas[0].app.sync.export_full(path)
        fresh = self.root / "fresh" / "kadesk.db"
        fresh.parent.mkdir()
        shutil.copyfile(self.template, fresh)
        with Kadesk.open(fresh) as app:
            if self.secured:  # a new laptop of the team: admitted first
                self.replicas[0].app.team.admit(app.team.write_request(self.root / "fresh.req"))
                self.replicas[0].app.sync.export_full(path)
            app.sync.set_up_from(path)
            assert canonical(app) == first, "export then import lost something"
