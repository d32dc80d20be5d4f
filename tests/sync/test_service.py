"""SyncService beyond bad input: settling conflicts, progress and cancel, export to an
unknown colleague, set-up refusals, a package that fails its check after writing, and
merging duplicate contacts."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kadesk.domain.errors import SyncError
from kadesk.domain.records import AccountFields, ContactFields, ContactRelationFields, VisitFields
from kadesk.domain.syncspec import ConflictKind
from kadesk.services import sync as sync_service
from kadesk.services.app import Kadesk
from kadesk.services.demo import DemoSize, generate
from kadesk.store.merge import Merger
from kadesk.sync import package as sync_package
from tests.helpers import snapshot
from tests.sync.conftest import Pair
from tests.sync.helpers import integrity_ok, line, read_package, write_package


@pytest.fixture
def third(pair: Pair) -> Iterator[Kadesk]:
    """丙 (C): a third laptop of the team, set up from A's first full package."""
    with Kadesk.open(pair.folder / "丙" / "kadesk.db") as c:
        c.sync.set_up_from(pair.base)
        yield c


def _device(app: Kadesk) -> str:
    return app.sync.status().device_id


def _stamp(app: Kadesk, table: str, row_id: str, group: str) -> tuple[int, str]:
    with app.db.engine.connect() as connection:
        found = connection.execute(text(
            "SELECT hlc, device FROM field_clock WHERE tbl = :t AND row_id = :r AND grp = :g"),
            {"t": table, "r": row_id, "g": group}).one()
    return found[0], found[1]


# -- resolve ------------------------------------------------------------------------

@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_keeping_a_side_is_a_new_edit_that_reaches_a_third_replica(
        pair: Pair, third: Kadesk, keep: str) -> None:
    pair.a.accounts.update(pair.account_id, notes="甲：账期60天")
    pair.b.accounts.update(pair.account_id, notes="乙：账期90天")  # later: B's wins
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "a1.kadesk-sync").path)
    (conflict,) = pair.b.sync.conflicts()
    assert conflict.kind is ConflictKind.CONCURRENT_EDIT and conflict.group == "notes"
    assert conflict.mine["values"] == {"notes": "乙：账期90天"} and conflict.mine["won"]
    assert conflict.theirs["values"] == {"notes": "甲：账期60天"}
    beaten = max(tuple(conflict.mine["stamp"]), tuple(conflict.theirs["stamp"]))

    settled = pair.b.sync.resolve(conflict.id, keep)
    kept = "乙：账期90天" if keep == "mine" else "甲：账期60天"
    assert settled.resolution == keep and not pair.b.sync.conflicts()
    assert pair.b.accounts.get(pair.account_id).notes == kept
    # A new stamp of B's, above both sides: it wins wherever it goes, even keeping
    # the value that had won already.
    stamp = _stamp(pair.b, "account", pair.account_id, "notes")
    assert stamp > beaten and stamp[1] == _device(pair.b)

    to_a = pair.b.sync.export_for(_device(pair.a), pair.folder / "b-a.kadesk-sync")
    assert to_a.counts.get("account") == 1
    pair.a.sync.import_package(to_a.path)
    to_c = pair.b.sync.export_full(pair.folder / "b-full.kadesk-sync").path
    third.sync.import_package(to_c)
    for app in (pair.a, pair.b, third):
        assert app.accounts.get(pair.account_id).notes == kept
        assert _stamp(app, "account", pair.account_id, "notes") == stamp
    assert not pair.a.sync.conflicts()  # A had seen both values: nothing concurrent


def test_settling_an_unknown_or_settled_conflict_is_refused(pair: Pair) -> None:
    with pytest.raises(SyncError) as caught:
        pair.b.sync.resolve(404, "mine")
    assert caught.value.code == "sync_conflict_unknown" and "404" in caught.value.message()
    with pytest.raises(ValueError, match="both"):
        pair.b.sync.resolve(1, "both")


# -- progress and cancel -------------------------------------------------------------

@pytest.fixture
def busy(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package of A's with a few dozen rows, reported on every second row."""
    monkeypatch.setattr(sync_service, "_EVERY", 2)
    for n in range(12):
        account = pair.a.accounts.create(AccountFields(name=f"进度测试{n}号商贸有限公司")).record
        pair.a.contacts.create(ContactFields(account_id=account.id, name=f"王{n}"))
    return pair.a.sync.export_full(pair.folder / "busy.kadesk-sync").path


Seen = list[tuple[str, int, int]]


def _watch(stop_at: str | None = None) -> tuple[Seen, Any, Callable[[], bool]]:
    seen: list[tuple[str, int, int]] = []

    def progress(stage: str, done: int, total: int) -> None:
        seen.append((stage, done, total))

    def cancel() -> bool:
        return stop_at is not None and bool(seen) and seen[-1][0] == stop_at

    return seen, progress, cancel


def test_progress_of_an_export_and_an_import(pair: Pair, busy: Path) -> None:
    rows = sum(read_package(busy)[0]["counts"].values())
    seen, progress, cancel = _watch()
    pair.a.sync.export_full(pair.folder / "again.kadesk-sync", progress, cancel)
    assert [s for s in seen if s[0] == "exporting"][-1] == ("exporting", rows - rows % 2, rows)
    seen.clear()
    summary = pair.b.sync.import_package(busy, progress, cancel)
    assert summary.changed and summary.created == 24
    stages = [s[0] for s in seen]
    assert stages == sorted(stages, key=["checking", "importing"].index)
    for stage in ("checking", "importing"):
        done = [d for s, d, t in seen if s == stage and t == rows]
        assert done == list(range(2, rows + 1, 2))


@pytest.mark.parametrize("stage", ["checking", "importing"])
def test_cancelled_import_changes_nothing(pair: Pair, busy: Path, stage: str) -> None:
    before = snapshot(pair.b.db)
    seen, progress, cancel = _watch(stop_at=stage)
    summary = pair.b.sync.import_package(busy, progress, cancel)
    assert summary.cancelled and not summary.changed
    assert summary.created == summary.updated == 0 and not summary.conflicts
    assert seen[-1][0] == stage
    assert snapshot(pair.b.db) == before and integrity_ok(pair.b)
    assert summary.backup is None  # no undo journal: the import did not commit
    assert not list(pair.b.db.path.parent.glob("backups/.*"))
    again = pair.b.sync.import_package(busy)  # not recorded as imported
    assert again.changed and again.created == 24


def test_cancelled_export_writes_nothing(pair: Pair, busy: Path) -> None:
    _, progress, cancel = _watch(stop_at="exporting")
    target = pair.folder / "导出" / "cancel.kadesk-sync"
    target.parent.mkdir()
    with pytest.raises(SyncError) as caught:
        pair.a.sync.export_full(target, progress, cancel)
    assert caught.value.code == "sync_cancelled_export"
    assert "no package was written" in caught.value.message()
    assert list(target.parent.iterdir()) == []


# -- export, set-up --------------------------------------------------------------------

def test_export_for_an_unknown_colleague(pair: Pair) -> None:
    target = pair.folder / "王五.kadesk-sync"
    with pytest.raises(SyncError) as caught:
        pair.b.sync.export_for("王五", target)
    assert caught.value.code == "sync_unknown_peer"
    message = caught.value.message()
    (known,) = pair.b.sync.peers()
    assert "王五" in message and known.name in message  # names who is known
    assert not target.exists()
    with pytest.raises(SyncError) as caught:
        pair.a.sync.export_for("王五", target)  # A has heard from nobody
    assert "none" in caught.value.message()


def test_set_up_refuses_a_database_with_data(pair: Pair, tmp_path: Path) -> None:
    with Kadesk.open(tmp_path / "丁" / "kadesk.db") as own:
        own.accounts.create(AccountFields(name="自己的客户有限公司"))
        for app in (pair.b, own):  # set up already; holding accounts of its own
            before = snapshot(app.db)
            with pytest.raises(SyncError) as caught:
                app.sync.set_up_from(pair.base)
            assert caught.value.code == "sync_not_fresh"
            assert "empty database" in caught.value.message()
            assert snapshot(app.db) == before


def test_set_up_refuses_an_incremental_package(pair: Pair, tmp_path: Path) -> None:
    pair.a.sync.import_package(pair.b.sync.export_full(pair.folder / "b.kadesk-sync").path)
    pair.a.accounts.update(pair.account_id, notes="只有最近的修改")
    recent = pair.a.sync.export_for(_device(pair.b), pair.folder / "recent.kadesk-sync")
    assert recent.kind == "incremental"
    with Kadesk.open(tmp_path / "新电脑" / "kadesk.db") as fresh:
        before = snapshot(fresh.db)
        with pytest.raises(SyncError) as caught:
            fresh.sync.set_up_from(recent.path)
        assert caught.value.code == "sync_setup_needs_full"
        assert "full" in caught.value.message()
        assert snapshot(fresh.db) == before
        assert fresh.sync.set_up_from(pair.base).created > 0  # a full one is taken


# -- a package that fails its check after writing --------------------------------------

def _flip_compressed_byte(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(sync_package.CHANGES)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-40])


@pytest.mark.parametrize("damage", [_flip_compressed_byte, _truncate])
def test_export_that_fails_verification_leaves_no_file(
        pair: Pair, monkeypatch: pytest.MonkeyPatch, damage: Callable[[Path], None]) -> None:
    finish = sync_package.PackageWriter.finish

    def finish_then_damage(writer: sync_package.PackageWriter, manifest: dict[str, Any],
                           sign: Any = None, units: Any = ()) -> dict[str, Any]:
        done = finish(writer, manifest, sign, units)
        damage(writer.target)  # as a failing USB stick would, between write and read-back
        return done

    monkeypatch.setattr(sync_package.PackageWriter, "finish", finish_then_damage)
    for n in range(30):
        pair.a.accounts.create(AccountFields(name=f"校验失败测试{n}有限公司"))
    target = pair.folder / "坏U盘" / "out.kadesk-sync"
    target.parent.mkdir()
    with pytest.raises(SyncError) as caught:
        pair.a.sync.export_full(target)
    assert caught.value.code == "sync_verify_failed"
    assert str(target) in caught.value.message()
    assert list(target.parent.iterdir()) == []


def test_import_of_damaged_compressed_data(pair: Pair) -> None:
    """A flipped bit inside the deflate stream: a clear message, not a zlib error."""
    for n in range(30):
        pair.a.accounts.create(AccountFields(name=f"压缩损坏测试{n}有限公司"))
    path = pair.a.sync.export_full(pair.folder / "flip.kadesk-sync").path
    _flip_compressed_byte(path)
    before = snapshot(pair.b.db)
    with pytest.raises(SyncError) as caught:
        pair.b.sync.import_package(path)
    assert caught.value.code == "sync_hash_mismatch"
    assert snapshot(pair.b.db) == before


# -- duplicates ---------------------------------------------------------------------------

def test_merging_duplicate_contacts_moves_everything_and_syncs(pair: Pair) -> None:
    """Both reps entered 李娜 offline; B merges A's into its own."""
    ours = pair.b.contacts.create(ContactFields(account_id=pair.account_id, name="李娜")).record
    theirs = pair.a.contacts.create(ContactFields(account_id=pair.account_id, name="李娜",
                                                  title="采购总监")).record
    pair.a.contacts.update(pair.contact_id, reports_to_id=theirs.id)
    pair.a.relations.create(ContactRelationFields(account_id=pair.account_id,
                                                  from_contact_id=theirs.id,
                                                  to_contact_id=pair.contact_id))
    visit = pair.a.visits.create(VisitFields(
        account_id=pair.account_id, occurred_at=datetime(2026, 3, 9, 10, tzinfo=UTC),
        contact_ids=(theirs.id, pair.contact_id))).record
    summary = pair.b.sync.import_package(
        pair.a.sync.export_full(pair.folder / "a.kadesk-sync").path)
    assert summary.conflicts.get("possible_duplicate") == 1
    (duplicate,) = pair.b.sync.conflicts()
    assert duplicate.table == "contact" and {duplicate.row_id, duplicate.group} == {
        ours.id, theirs.id}

    pair.b.sync.merge_duplicates(ours.id, theirs.id)
    assert not pair.b.sync.conflicts()
    assert pair.b.sync.conflicts(open_only=False)[0].resolution == "merged"

    def merged(app: Kadesk) -> None:
        gone = app.contacts.get(theirs.id)
        assert gone.deleted
        assert [c.name for c in app.contacts.of_account(pair.account_id)].count("李娜") == 1
        assert app.contacts.get(pair.contact_id).reports_to_id == ours.id
        (relation,) = app.relations.of_account(pair.account_id)
        assert (relation.from_contact_id, relation.to_contact_id) == (ours.id, pair.contact_id)
        assert set(app.visits.get(visit.id).contact_ids) == {ours.id, pair.contact_id}
        assert integrity_ok(app)

    merged(pair.b)
    back = pair.b.sync.export_for(_device(pair.a), pair.folder / "merged.kadesk-sync")
    pair.a.sync.import_package(back.path)
    merged(pair.a)  # the merge is ordinary edits: it syncs like any change


def test_merging_refuses_mismatched_records(pair: Pair) -> None:
    with pytest.raises(SyncError) as caught:
        pair.b.sync.merge_duplicates(pair.account_id, pair.contact_id)
    assert caught.value.code == "sync_merge_mismatch"


def test_export_for_a_colleague_leaves_out_what_they_hold(pair: Pair) -> None:
    """B was set up from A's package: none of it goes back, nor what A sends later."""
    a_device = _device(pair.a)
    empty = pair.b.sync.export_for(a_device, pair.folder / "nothing.kadesk-sync")
    assert empty.kind == "incremental" and empty.rows == 0
    pair.b.contacts.update(pair.contact_id, title="乙改的职位")
    pair.a.accounts.update(pair.account_id, notes="甲改的备注")
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "a2.kadesk-sync").path)
    mine = pair.b.sync.export_for(a_device, pair.folder / "mine.kadesk-sync")
    assert mine.counts == {"contact": 1}
    pair.a.sync.import_package(mine.path)
    assert pair.a.contacts.get(pair.contact_id).title == "乙改的职位"


# -- stored times -------------------------------------------------------------------------

def test_demo_data_sets_up_a_new_laptop(pair: Pair, tmp_path: Path) -> None:
    """Bulk-written times are stored as the ORM stores them, so they pass import's checks."""
    with Kadesk.open(tmp_path / "演示" / "kadesk.db") as demo:
        generate(demo, DemoSize(accounts=6), seed=3)
        with demo.db.engine.connect() as connection:
            lengths = set(connection.execute(text(
                "SELECT DISTINCT length(occurred_at) FROM visit")).scalars())
        assert lengths == {26}
        package = demo.sync.export_full(tmp_path / "演示.kadesk-sync").path
    with Kadesk.open(tmp_path / "新" / "kadesk.db") as fresh:
        assert fresh.sync.set_up_from(package).created > 0


def test_whole_second_times_of_older_databases_export_in_one_form(pair: Pair) -> None:
    """Older bulk writes stored 'YYYY-MM-DD HH:MM:SS': exported as '.000000', and equal
    to the ORM's form on a replica holding the same value (not a forged stamp)."""
    with pair.a.db.engine.begin() as connection:
        connection.execute(text("UPDATE visit SET occurred_at = substr(occurred_at, 1, 19)"))
    path = pair.a.sync.export_full(pair.folder / "old.kadesk-sync").path
    (visit,) = [r for r in read_package(path)[1] if r["t"] == "visit"]
    assert visit["v"]["occurred_at"] == "2026-03-02 09:00:00.000000"
    summary = pair.b.sync.import_package(path)
    assert summary.updated == 0 and not summary.conflicts


def test_a_copied_database_knows_it_holds_its_old_devices_writes(pair: Pair,
                                                                 tmp_path: Path) -> None:
    """A copy mints a new device id, yet still holds all the old one wrote: a laptop set
    up from the copy has nothing to send back."""
    from kadesk.store import maintenance

    copy_path = tmp_path / "甲的副本" / "kadesk.db"
    maintenance.backup_to(pair.a.db, copy_path)
    with Kadesk.open(copy_path) as copy, Kadesk.open(tmp_path / "戊" / "kadesk.db") as fresh:
        assert _device(copy) != _device(pair.a)
        fresh.sync.set_up_from(copy.sync.export_full(tmp_path / "副本.kadesk-sync").path)
        back = fresh.sync.export_for(_device(copy), tmp_path / "回.kadesk-sync")
        assert back.rows == 0


def _keys_enforced(app: Kadesk) -> bool:
    with app.db.read() as session:
        return session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_set_up_checks_every_key_at_its_end(pair: Pair, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A set-up checks foreign keys once, at its end, not row by row: a row pointing
    nowhere (here the placeholder step is broken on purpose) rolls all of it back, and
    every connection enforces keys again afterwards."""
    manifest, rows = pair.manifest_and_rows()
    orphans = write_package(tmp_path / "orphans.kadesk-sync", manifest,
                            [line(r) for r in rows if r["t"] != "account"])
    with Kadesk.open(tmp_path / "丙" / "kadesk.db") as fresh:
        before = snapshot(fresh.db)
        monkeypatch.setattr(Merger, "_make_placeholders", lambda self: None)
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            fresh.sync.set_up_from(orphans)
        assert snapshot(fresh.db) == before
        assert _keys_enforced(fresh)
        monkeypatch.undo()
        fresh.sync.set_up_from(pair.base)
        assert _keys_enforced(fresh)
        assert fresh.accounts.get(pair.account_id).name == "华为技术有限公司"
