"""Sync by file: export a package, import one, set up from one, settle conflicts.

Export reads one snapshot and writes the package atomically (sync/package.py).
Import checks the whole package first, then merges it in one transaction
(store/merge.py) while recording the state before it of everything it changes
(store/journal.py); any error or a cancel leaves the database exactly as it
was. The most recent import can be undone from that record while nothing else
has changed; joining another team also takes a full copy of the database first.
"""

from __future__ import annotations

import errno
import getpass
import json
import platform
import sqlite3
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kadesk.domain.changes import Change, ChangeKind, ChangeSet
from kadesk.domain.errors import SyncError
from kadesk.domain.hierarchy import displayed_reports_to
from kadesk.domain.hlc import from_ms, physical_ms
from kadesk.domain.syncspec import ConflictKind, RowState
from kadesk.services.duplicates import merge_duplicates
from kadesk.services.team import Opened, TeamService
from kadesk.store import maintenance, sync_state
from kadesk.store import models as m
from kadesk.store.journal import PREFIX, Journal, Recorded
from kadesk.store.merge import Merger, MergeResult
from kadesk.store.migrate import HEAD
from kadesk.store.provenance import ImportProofs, holds
from kadesk.store.snapshot import Snapshot
from kadesk.store.sync_schema import SYNC_SCHEMA, table_specs
from kadesk.sync.manifest import clean_name
from kadesk.sync.package import EXTENSION, Package, PackageWriter
from kadesk.sync.proofcheck import ProofChecker
from kadesk.sync.values import value_errors

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]

KEEP_BACKUPS = 5  # undo records of the last imports
KEEP_FULL_COPIES = 2  # full copies before joining another team: rare, and large
JOIN_PREFIX = "before-join-"
# Stamps this far ahead of our clock are refused; a few minutes ahead are logged.
FUTURE_LIMIT_MS = 24 * 3600 * 1000
SUSPECT_MS = 5 * 60 * 1000
_EVERY = 1000  # rows between progress reports and cancel checks


class _CancelledError(Exception):
    """Raised inside the import transaction so that it rolls back."""


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    package_id: str
    kind: str
    rows: int
    counts: dict[str, int]
    seq_from: int
    seq_to: int
    # Records left out of a secured team's package: changes from before the team was
    # secured that no admitted computer can prove (the founder had not seen them).
    withheld: int = 0


class _Withheld:
    """Rows an export leaves out for want of proof, and the claims the package then
    must not make: that we hold everything up to our seq, and every write of their
    stamps' devices up to our known vector (a reader would never receive them)."""

    def __init__(self, seq: int, known: dict[str, int]) -> None:
        self.seq, self.known, self.rows = seq, known, 0

    def add(self, row: Any, seq: int) -> None:
        self.rows += 1
        self.seq = min(self.seq, seq - 1)
        for hlc, device in row.stamps.values():
            if device in self.known:
                self.known[device] = min(self.known[device], hlc - 1)


@dataclass(frozen=True)
class ImportSummary:
    path: Path
    package_id: str
    source_device: str
    source_name: str
    kind: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    placeholders: int = 0
    conflicts: dict[str, int] = field(default_factory=dict)
    already_imported_at: datetime | None = None
    cancelled: bool = False
    joined_team: bool = False
    backup: Path | None = None  # the undo record (journal) of the import
    full_backup: Path | None = None  # the full copy taken before joining another team

    @property
    def changed(self) -> bool:
        return not self.cancelled and self.already_imported_at is None


@dataclass(frozen=True)
class PeerInfo:
    device_id: str
    name: str
    acked_seq: int
    sent_seq: int
    received_seq: int
    last_import_at: datetime | None
    last_export_at: datetime | None


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    package_id: str
    logged_at: datetime
    table: str
    row_id: str
    group: str
    kind: ConflictKind
    mine: Any
    theirs: Any
    resolution: str | None


@dataclass(frozen=True)
class UndoInfo:
    """An import that can be undone (or was): what it brought, and its undo record."""

    package_id: str
    source_device: str
    source_name: str
    kind: str
    imported_at: datetime
    counts: dict[str, Any]
    journal: Path


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    database_id: str
    team_id: str
    seq: int
    changes_since_last_export: int
    open_conflicts: int
    peers: int
    packages_imported: int
    backups: tuple[Path, ...]  # undo records of imports still recorded as imported
    full_backups: tuple[Path, ...]  # full copies taken before joining another team
    undoable: UndoInfo | None  # what 'undo last import' would undo now


def _disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC
    orig = getattr(error, "orig", error)  # SQLAlchemy's wrapper, or the journal's own
    return isinstance(orig, sqlite3.OperationalError) and "full" in str(orig)


class SyncService:
    def __init__(self, app: Kadesk) -> None:
        self.app = app

    # -- export ----------------------------------------------------------------
    def export_full(self, path: Path, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> ExportSummary:
        """Everything, tombstones included: a first exchange, recovery, head office."""
        return self._export(Path(path), None, progress, cancel)

    def export_for(self, peer: str, path: Path, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> ExportSummary:
        """What ``peer`` (a name or device id) has not acknowledged holding yet."""
        with self.app.db.read() as session:
            found = sync_state.find_peer(session, peer)
            if found is None:
                names = [p.name or p.device_id for p in sync_state.peers(session)]
                raise SyncError("sync_unknown_peer", peer=peer,
                                known=", ".join(names) or "none")
            device = found.device_id
        return self._export(Path(path), device, progress, cancel)

    def _export(self, target: Path, peer: str | None, progress: Progress | None,
                cancel: Cancel | None) -> ExportSummary:
        package_id = str(uuid.uuid4())
        sealing = self.app.team.sealing()
        if sealing is not None:  # our changes since the last export get their signatures
            self.app.team.attest_own()
        with Snapshot(self.app.db.path) as snap:
            since, held = 0, None
            if peer is not None:
                with self.app.db.read() as session:
                    found = sync_state.peer(session, peer)
                    since, held = found.acked_seq, json.loads(found.known)
            me = snap.identity
            total = snap.count_since(since)  # an upper bound: rows the peer holds are left out
            # Sealed: the plain zip is written on local disk, never beside the target.
            plain = target if sealing is None else self._work(package_id)
            writer = PackageWriter(plain)
            proofs = None if sealing is None else snap.proofs()
            withheld = _Withheld(me.seq, snap.known())
            try:
                for done, (row, refs, seq) in enumerate(snap.rows(since, held, proofs), 1):
                    if proofs is not None and refs is None:
                        withheld.add(row, seq)
                    else:
                        writer.add(row, refs)
                    if done % _EVERY == 0:
                        self._tick(progress, cancel, "exporting", done, total)
                # Before the package exists: how far colleagues may now know us (G7).
                self.app.db.note_exported(me.device_id, me.seq, me.hlc)
                signed = {} if sealing is None else {"signer": sealing.keys.key,
                                                     "roster": sealing.entries}
                manifest = writer.finish({
                    "schema": SYNC_SCHEMA, "package_id": package_id, "team_id": me.team_id,
                    "database_id": me.database_id, "source_device": me.device_id,
                    "source_name": self.own_name(),
                    "for_device": peer, "created_hlc": me.hlc,
                    "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "kind": "full" if peer is None else "incremental",
                    "seq_from": since, "seq_to": withheld.seq, "known": withheld.known,
                    "acks": snap.acks(), **signed},
                    sign=None if sealing is None else sealing.keys.signature,
                    units=() if proofs is None else proofs.units())
                if sealing is not None:
                    self.app.team.seal(sealing, plain, target, me.team_id)
            except _CancelledError:
                writer.abort()
                raise SyncError("sync_cancelled_export", path=str(target)) from None
            except BaseException as error:
                writer.abort()
                if _disk_full(error):
                    raise SyncError("sync_disk_full", path=str(target.parent)) from error
                raise
            finally:
                if plain != target:
                    plain.unlink(missing_ok=True)
        self._verify(target, manifest)
        self._mark_exported(me.seq)
        if peer is not None:
            self.app.db.apply(lambda s: sync_state.record_sent(s, peer, me.seq))
        counts = manifest["counts"]
        return ExportSummary(target, package_id, manifest["kind"], sum(counts.values()),
                             counts, since, me.seq, withheld.rows)

    def own_name(self) -> str:
        """How colleagues see this computer: the rep's name (Preferences), else the
        computer account's, so no colleague is ever shown a bare device id."""
        chosen = str(self.app.settings.get("rep_name") or "")
        if chosen:
            return chosen[:200]
        try:
            login = getpass.getuser()
        except (OSError, KeyError):  # no user name in the environment or the user table
            login = ""
        return clean_name(f"{login} ({platform.node()})" if login else platform.node())[:200]

    def _work(self, package_id: str) -> Path:
        """A hidden file on local disk for a package's plain zip while it is sealed or
        opened; removed right after."""
        self._folder().mkdir(parents=True, exist_ok=True)
        return self._folder() / f".package-{package_id}-{uuid.uuid4().hex[:8]}.partial"

    def _verify(self, target: Path, manifest: dict[str, Any]) -> None:
        try:
            with self.app.team.opened(target, self._work(manifest["package_id"])) as (
                    package, _opened):
                package.verify()
                ok = package.manifest == manifest
        except SyncError:
            ok = False
        if not ok:
            target.unlink(missing_ok=True)
            raise SyncError("sync_verify_failed", path=str(target))

    @staticmethod
    def _tick(progress: Progress | None, cancel: Cancel | None, stage: str, done: int,
              total: int) -> None:
        if progress is not None:
            progress(stage, done, total)
        if cancel is not None and cancel():
            raise _CancelledError

    # -- import ----------------------------------------------------------------
    def import_package(self, path: Path, progress: Progress | None = None,
                       cancel: Cancel | None = None, *, join_team: bool = False
                       ) -> ImportSummary:
        """Check, back up, merge in one transaction. ``join_team`` merges a package of
        another team and makes this database part of that team."""
        return self._import(Path(path), progress, cancel, join_team=join_team, setup=False)

    def set_up_from(self, path: Path, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> ImportSummary:
        """Start an empty database from a colleague's or head office's full package:
        it joins that team and holds everything the package holds."""
        return self._import(Path(path), progress, cancel, join_team=True, setup=True)

    def _import(self, path: Path, progress: Progress | None, cancel: Cancel | None, *,
                join_team: bool, setup: bool) -> ImportSummary:
        where = str(path)
        try:
            with self.app.team.opened(path, self._work("import")) as (package, opened):
                return self._import_checked(package, where, progress, cancel, opened,
                                            join_team=join_team, setup=setup)
        except FileNotFoundError:
            raise
        except (OSError, sa_exc.OperationalError, sqlite3.OperationalError) as error:
            if _disk_full(error):
                raise SyncError("sync_disk_full", path=str(self.app.db.path.parent)) from error
            raise

    def _import_checked(self, package: Package, where: str, progress: Progress | None,
                        cancel: Cancel | None, opened: Opened | None, *, join_team: bool,
                        setup: bool) -> ImportSummary:
        man = package.manifest
        entries, roster = self.app.team.check_sender(man, opened, where)
        with self.app.db.read() as session:
            me = sync_state.local_state(session)
            previous = sync_state.imported(session, man["package_id"])
            fresh = sync_state.is_fresh(session) if setup else False
            known_as = session.get(m.SyncPeer, man["source_device"])
        # Named as the sender names itself, else as it did before (older kadesk sent no
        # name when the rep had set none).
        name = clean_name(man["source_name"]) or (clean_name(known_as.name) if known_as
                                                  else "")
        got = sync_state.Received(man["source_device"], name, man["kind"], man["seq_from"],
                                  man["seq_to"], man["known"], man["acks"], man["for_device"])
        summary = ImportSummary(package.path, man["package_id"], got.device, got.name,
                                got.kind)
        if man["schema"] != SYNC_SCHEMA:
            newer = man["schema"] > SYNC_SCHEMA
            raise SyncError("sync_schema_newer" if newer else "sync_schema_older",
                            path=where, found=man["schema"], ours=SYNC_SCHEMA)
        if got.device == me.device_id:
            raise SyncError("sync_own_package", path=where)
        if setup and not fresh:
            raise SyncError("sync_not_fresh", path=str(self.app.db.path))
        if setup and got.kind != "full":
            raise SyncError("sync_setup_needs_full", path=where)
        other_team = man["team_id"] != me.team_id
        if other_team and not join_team:
            raise SyncError("sync_other_team", path=where, team=man["team_id"])
        self._check_counters(man, where)
        checker = None
        if package.proven:
            with self.app.db.read() as session:
                names = {p.device_id: clean_name(p.name) for p in sync_state.peers(session)}
                known = {**sync_state.known(session), me.device_id: me.hlc}

            def held(row: RowState, groups: list[str]) -> bool:
                with self.app.db.read() as session:
                    return holds(session.connection(), row, groups, known)

            checker = ProofChecker(
                package.units(), table_specs(), TeamService.trust(roster), where=where,
                sender=clean_name(man["source_name"]) or man["source_device"],
                name_of=lambda device: names.get(device) or device, holds=held)
        try:
            highest = self._scan(package, where, progress, cancel, checker)
        except _CancelledError:
            return replace(summary, cancelled=True)
        proofs = None if checker is None else ImportProofs(checker.finish())
        if previous is not None:  # checked first all the same: a damaged copy says so
            return replace(summary, already_imported_at=previous.imported_at)
        if man["acks"].get(me.device_id, 0) > me.seq or man["known"].get(
                me.device_id, 0) > me.hlc:
            # The sender holds more of this device than this database does: it was
            # restored from an older copy or cloned with its disk (G7). Continue as a
            # new device, so no (device, seq) pair is issued twice and what colleagues
            # hold of the old identity comes back.
            self.app.db.renew_identity()
        if other_team:  # a journal undoes it only until the next change; keep the old team
            summary = replace(summary, full_backup=self._backup(man["package_id"]))
        try:
            return self._merge(package, where, got, highest=highest, summary=summary,
                               progress=progress, cancel=cancel, other_team=other_team,
                               journal=self._journal(man["package_id"]), proofs=proofs,
                               keep=lambda session: TeamService.keep(session, entries, opened))
        except _CancelledError:
            return replace(summary, cancelled=True)

    def _check_counters(self, man: dict[str, Any], where: str) -> None:
        """Counters no kadesk can have reached refused (G9): stamps and change counters
        never exceed a clock stamp, and no clock runs a day ahead of ours. Accepted, such
        a counter would stop every later exchange with the sender."""
        limit = from_ms(self.app.db.clock.clock.now_ms() + FUTURE_LIMIT_MS)
        counters = [("created_hlc", man["created_hlc"]), ("seq_from", man["seq_from"]),
                    ("seq_to", man["seq_to"]),
                    *((f"acks[{d}]", v) for d, v in sorted(man["acks"].items())),
                    *((f"known[{d}]", v) for d, v in sorted(man["known"].items()))]
        for name, value in counters:
            if value > limit:
                raise SyncError("sync_impossible_counter", path=where, field=name,
                                value=value)
        if man["seq_to"] > man["created_hlc"]:
            raise SyncError("sync_impossible_counter", path=where, field="seq_to",
                            value=man["seq_to"])

    def _scan(self, package: Package, where: str, progress: Progress | None,
              cancel: Cancel | None, checker: ProofChecker | None) -> int:
        """The checking pass: every row valid, none twice, counts as announced, no
        stamp from the future, every value proven by its origin (a secured team's
        package). Returns the highest stamp."""
        man = package.manifest
        total = sum(man["counts"].values())
        seen: set[tuple[str, bytes]] = set()
        counts: Counter[str] = Counter()
        highest = man["created_hlc"]
        today = self.app.today()
        specs = table_specs()
        sender = clean_name(man["source_name"]) or man["source_device"]
        for number, row, line, refs in package.rows(specs):
            problems = value_errors(row, specs[row.table], today)
            if problems:
                raise SyncError("sync_bad_value", path=where, line=number, table=row.table,
                                id=row.id, sender=sender,
                                field=problems[0].field, problem=problems[0].message(),
                                field_code=problems[0].code, field_params=problems[0].params)
            key = (row.table, bytes.fromhex(row.id.replace("-", "")))  # 16 bytes, not 36
            if key in seen:
                raise SyncError("sync_duplicate_record", path=where, line=number,
                                table=row.table, id=row.id)
            seen.add(key)
            if checker is not None:
                checker.add(number, row, line, refs)
            counts[row.table] += 1
            highest = max(highest, *(s[0] for s in row.stamps.values()))
            if number % _EVERY == 0:
                self._tick(progress, cancel, "checking", number, total)
        for table in sorted(set(counts) | set(man["counts"])):
            if counts[table] != man["counts"].get(table, 0):
                raise SyncError("sync_count_mismatch", path=where, table=table,
                                expected=man["counts"].get(table, 0), found=counts[table])
        ahead = physical_ms(highest) - self.app.db.clock.clock.now_ms()
        if ahead > FUTURE_LIMIT_MS:
            raise SyncError("sync_future", path=where, minutes=ahead // 60_000)
        return int(highest)

    def _folder(self) -> Path:
        return self.app.db.path.parent / "backups"

    def _name(self, prefix: str, package_id: str) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        return self._folder() / f"{prefix}{stamp}-{package_id[:8]}.db"

    def _backup(self, package_id: str) -> Path:
        """A full copy of the database, before it joins another team."""
        target = self._name(JOIN_PREFIX, package_id)
        # A page copy of a consistent database: the quick check catches a torn copy
        # (1.2 s on 590 MB where integrity_check takes 7.8 s).
        maintenance.backup_to(self.app.db, target, check="quick_check")
        for old in sorted(self._folder().glob(f"{JOIN_PREFIX}*.db"))[:-KEEP_FULL_COPIES]:
            old.unlink(missing_ok=True)
        return target

    def _journal(self, package_id: str) -> Journal | None:
        """A new undo journal for this import, once the leftovers of imports that did
        not commit (a killed process) are gone."""
        for partial in self._folder().glob(f".{PREFIX}*.partial"):
            partial.unlink(missing_ok=True)
        with self.app.db.read() as session:
            for found in self._journals(session, usable=False):
                if sync_state.imported(session, found.package_id) is None:
                    found.path.unlink(missing_ok=True)
        return Journal(self._name(PREFIX, package_id))

    def _journals(self, session: Session, *, usable: bool = True) -> list[Recorded]:
        """Sealed journals, oldest first; ``usable``: only those of imports recorded here
        (a journal of an import that did not commit, or was undone, undoes nothing)."""
        found = []
        for path in sorted(self._folder().glob(f"{PREFIX}*.db")):
            record = Recorded.read(path)
            if record is None:
                continue
            if usable and sync_state.imported(session, record.package_id) is None:
                continue
            found.append(record)
        return found

    def _mark_exported(self, seq: int) -> None:
        with self.app.db.read() as session:
            for found in self._journals(session):
                if found.seq == seq and not found.exported:
                    found.mark_exported()

    def _merge(self, package: Package, where: str, got: sync_state.Received, *,
               highest: int, summary: ImportSummary, progress: Progress | None,
               cancel: Cancel | None, other_team: bool, journal: Journal | None,
               proofs: ImportProofs | None, keep: Callable[[Session], None]) -> ImportSummary:
        try:
            result = self._merge_journalled(package, where, got, highest=highest,
                                            progress=progress, cancel=cancel,
                                            other_team=other_team, journal=journal,
                                            proofs=proofs, keep=keep)
        except BaseException:
            if journal is not None:
                journal.discard()
            raise
        with self.app.db.read() as session:
            kept = self._journals(session, usable=False)
        for old in kept[:-KEEP_BACKUPS]:
            old.path.unlink(missing_ok=True)
        return replace(summary, created=result.created, updated=result.updated,
                       unchanged=result.unchanged, placeholders=result.placeholders,
                       conflicts=dict(result.conflicts), joined_team=other_team,
                       backup=journal.path if journal is not None else None)

    def _merge_journalled(self, package: Package, where: str, got: sync_state.Received, *,
                          highest: int, progress: Progress | None, cancel: Cancel | None,
                          other_team: bool, journal: Journal | None,
                          proofs: ImportProofs | None,
                          keep: Callable[[Session], None]) -> MergeResult:
        man = package.manifest
        total = sum(man["counts"].values())
        db = self.app.db
        with db.write() as session:
            me = sync_state.local_state(session)
            merger = Merger(session, man["package_id"], where, man["known"],
                            {**sync_state.known(session), me.device_id: me.hlc}, journal=journal,
                            proofs=proofs)
            merger.begin(highest)
            for number, row, refs in package.rows_again(table_specs()):  # _scan checked them
                merger.add(row, refs)
                if number % _EVERY == 0:
                    self._tick(progress, cancel, "importing", number, total)
            ahead = physical_ms(highest) - db.clock.clock.now_ms()
            if ahead > SUSPECT_MS:
                merger.log(ConflictKind.SUSPECT_CLOCK, "", got.device,
                           theirs={"device": got.device, "name": got.name, "stamp": highest,
                                   "minutes_ahead": ahead // 60_000})
            result = merger.finish()
            if sync_state.record_received(session, got, me.device_id):
                sync_state.raise_known(session, man["known"], me.device_id)
            if other_team:
                sync_state.set_team(session, man["team_id"])
            counts = {"created": result.created, "updated": result.updated,
                      "unchanged": result.unchanged, "placeholders": result.placeholders,
                      "conflicts": dict(result.conflicts)}
            sync_state.record_package(session, man["package_id"], got, counts)
            keep(session)  # the roster entries and team key the package brought
            changes = tuple(session.info.get("changes", ()))
            session.flush()
            if journal is not None:  # durable before the import commits, never after
                journal.seal(man["package_id"], merger.seq, HEAD)
        self.app.broadcast(ChangeSet(changes))
        return result

    # -- state -----------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self.app.db.read() as session:
            me = sync_state.local_state(session)
            peers = sync_state.peers(session)
            last_sent = max((p.sent_seq for p in peers), default=0)
            open_conflicts = sync_state.count_open(session)
            packages = session.scalar(select(func.count()).select_from(m.SyncPackage)) or 0
            journals = tuple(j.path for j in self._journals(session))
            try:
                undoable: UndoInfo | None = self._undoable(session, None)[1]
            except SyncError:
                undoable = None
        with Snapshot(self.app.db.path) as snap:
            pending = snap.count_since(last_sent)
        return SyncStatus(me.device_id, me.database_id, me.team_id, me.seq, pending,
                          open_conflicts, len(peers), packages, journals,
                          tuple(sorted(self._folder().glob(f"{JOIN_PREFIX}*.db"))), undoable)

    # -- undo ------------------------------------------------------------------
    def undoable(self, package_id: str | None = None) -> UndoInfo:
        """The import ``undo_import`` would undo; a SyncError saying why if none can be."""
        with self.app.db.read() as session:
            return self._undoable(session, package_id)[1]

    def undo_import(self, package_id: str | None = None) -> UndoInfo:
        """Put the database back as it was before the most recent import (or check that
        ``package_id``, an id or its start, is that one), in one transaction. Refused
        once anything changed since: an edit, another import, an export. Our clock is
        not moved back; the package can be imported again."""
        with self.app.db.write() as session:
            sync_state.hold_write_lock(session)  # no change between the checks and the restore
            found, info = self._undoable(session, package_id)
            touched = found.restore(session.connection())
            sync_state.forget_package(session, found.package_id)
        found.path.unlink(missing_ok=True)  # used; left behind it names no recorded import
        self.app.broadcast(ChangeSet(tuple(Change(t, None, ChangeKind.BULK)
                                           for t in sorted(touched))))
        return info

    def _undoable(self, session: Session, package_id: str | None
                  ) -> tuple[Recorded, UndoInfo]:
        journals = [j for j in self._journals(session)
                    if package_id is None or j.package_id.startswith(package_id)]
        if not journals:
            if package_id is None:
                raise SyncError("sync_undo_nothing")
            raise SyncError("sync_undo_unknown", package=package_id)
        found = max(journals, key=lambda j: (j.seq, j.path.name))
        record = sync_state.imported(session, found.package_id)
        assert record is not None  # _journals keeps only recorded imports
        info = UndoInfo(found.package_id, record.source_device, record.source_name,
                        record.kind, record.imported_at, json.loads(record.counts),
                        found.path)
        source = record.source_name or record.source_device
        if found.seq != sync_state.local_state(session).seq or found.schema != HEAD:
            raise SyncError("sync_undo_changed", package=found.package_id[:8], source=source)
        if found.exported:
            raise SyncError("sync_undo_exported", package=found.package_id[:8], source=source)
        return found, info

    def peers(self) -> list[PeerInfo]:
        with self.app.db.read() as session:
            return [PeerInfo(p.device_id, clean_name(p.name), p.acked_seq, p.sent_seq,
                             p.received_seq, p.last_import_at, p.last_export_at)
                    for p in sync_state.peers(session)]

    def conflicts(self, open_only: bool = True) -> list[ConflictInfo]:
        with self.app.db.read() as session:
            return [ConflictInfo(c.id, c.package_id, c.logged_at, c.tbl, c.row_id, c.grp,
                                 ConflictKind(c.kind), json.loads(c.mine),
                                 json.loads(c.theirs), c.resolution)
                    for c in sync_state.conflicts(session, open_only)]

    def count_open_conflicts(self) -> int:
        """For the status-bar badge, refreshed after every change: a count, not the rows."""
        with self.app.db.read() as session:
            return sync_state.count_open(session)

    def resolve(self, conflict_id: int, keep: str = "mine") -> ConflictInfo:
        """Settle a conflict. For a beaten value, keeping either side is a new local
        edit (it syncs and wins over both); other kinds are only marked settled."""
        if keep not in ("mine", "theirs"):
            raise ValueError(keep)

        def work(session: Session) -> None:
            conflict = session.get(m.SyncConflict, conflict_id)
            if conflict is None or conflict.resolution is not None:
                raise SyncError("sync_conflict_unknown", id=conflict_id)
            if conflict.kind in (ConflictKind.CONCURRENT_EDIT,
                                 ConflictKind.EDITED_WHILE_DELETED):
                side = json.loads(conflict.mine if keep == "mine" else conflict.theirs)
                sync_state.write_values(session, conflict.tbl, conflict.row_id,
                                        side["values"])
            sync_state.settle(session, conflict, keep)

        self.app.commit(work)
        return next(c for c in self.conflicts(open_only=False) if c.id == conflict_id)

    def merge_duplicates(self, keep_id: str, other_id: str) -> None:
        """Merge two records of one company or person: ``other`` moves into ``keep``."""
        self.app.commit(lambda session: merge_duplicates(session, keep_id, other_id))

    def displayed_reports_to(self, account_id: str) -> dict[str, str | None]:
        """Who each contact of the account is shown reporting to: loops made by
        concurrent edits lose their newest link (every replica shows the same)."""
        with self.app.db.read() as session:
            return displayed_reports_to(sync_state.reports_to_links(session, account_id))


__all__ = ["EXTENSION", "ConflictInfo", "ExportSummary", "ImportSummary", "PeerInfo",
           "SyncService", "SyncStatus", "UndoInfo"]
