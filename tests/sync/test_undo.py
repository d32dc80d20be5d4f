"""Undoing the last import from its journal: the database as it was, by content."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kadesk.cli import main
from kadesk.domain.errors import SyncError
from kadesk.domain.queries import AccountFilter
from kadesk.domain.records import AccountFields, ContactFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.services.sync import KEEP_BACKUPS
from kadesk.store import journal
from kadesk.store import models as m
from kadesk.store.sync_schema import table_specs
from tests.helpers import snapshot
from tests.sync.conftest import Pair
from tests.sync.helpers import integrity_ok, line, read_package, write_package


def content(app: Kadesk) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table; of local_state all but the clock and the change counter,
    which never go back."""
    rows = snapshot(app.db)
    rows["local_state"] = [r[:4] + r[6:] for r in rows["local_state"]]
    with app.db.engine.connect() as connection:
        columns = [c[1] for c in connection.execute(text("PRAGMA table_info(local_state)"))]
    assert columns[4:6] == ["hlc", "seq"]
    return rows


def outcome(app: Kadesk) -> dict[str, list[tuple[Any, ...]]]:
    """What an import leaves, without what differs between two runs of it (its seq,
    times, conflict ids)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with app.db.engine.connect() as connection:
        for table, spec in table_specs().items():
            out[table] = connection.execute(text(
                f"SELECT id, row_hlc, row_device, {', '.join(spec.columns)} FROM {table} "
                "ORDER BY id")).all()
        for sql in ("SELECT tbl, row_id, grp, hlc, device FROM field_clock",
                    "SELECT * FROM sync_placeholder", "SELECT * FROM account_activity",
                    "SELECT package_id, tbl, row_id, grp, kind, mine, theirs, resolution "
                    "FROM sync_conflict",
                    "SELECT device_id, name, acked_seq, received_seq, known FROM sync_peer",
                    "SELECT * FROM sync_known", "SELECT team_id FROM local_state"):
            out[sql] = sorted(connection.execute(text(sql)).all(), key=repr)
    return out


def placeholders(app: Kadesk) -> set[str]:
    with app.db.engine.connect() as connection:
        return {r[0] for r in connection.execute(text("SELECT row_id FROM sync_placeholder"))}


def found(app: Kadesk, words: str) -> list[str]:
    return [a.name for a in app.accounts.page(AccountFilter(text=words))]


def activity(app: Kadesk, account_id: str) -> tuple[Any, Any]:
    (summary,) = app.accounts.summaries([account_id])
    return summary.last_visit_at, summary.next_follow_up


def _without(path: Path, target: Path, leave_out: set[str]) -> Path:
    manifest, rows = read_package(path)
    return write_package(target, manifest, [line(r) for r in rows if r["id"] not in leave_out])


def busy_import(pair: Pair) -> Path:
    """B holds two placeholders (accounts P and R, sent without them); then a package
    of A's with creates, updates, a concurrent edit, tombstones, a reports-to change,
    the real P (replacing its placeholder), a contact moved off R (dropping it) and a
    contact of an account it leaves out (a new placeholder Q)."""
    a, b = pair.a, pair.b
    p = a.accounts.create(AccountFields(name="招商银行股份有限公司")).record
    r = a.accounts.create(AccountFields(name="平安保险集团")).record
    a.contacts.create(ContactFields(account_id=p.id, name="王芳"))
    moved = a.contacts.create(ContactFields(account_id=r.id, name="刘洋")).record
    gone = a.contacts.create(ContactFields(account_id=pair.account_id, name="赵敏")).record
    old_visit = a.visits.create(VisitFields(account_id=pair.account_id,
                                            occurred_at=datetime(2026, 5, 6, 9, tzinfo=UTC)))
    first = a.sync.export_full(pair.folder / "p1.kadesk-sync").path
    b.sync.import_package(_without(first, pair.folder / "p1-.kadesk-sync", {p.id, r.id}))
    assert b.sync.status().undoable is not None

    b.contacts.update(pair.contact_id, title="采购经理")  # B's edit, unseen by A
    a.contacts.update(pair.contact_id, title="销售总监")
    a.accounts.update(pair.account_id, name="华为终端有限公司", notes="账期60天")
    boss = a.contacts.create(ContactFields(account_id=pair.account_id, name="李娜")).record
    a.contacts.update(pair.contact_id, reports_to_id=boss.id)
    a.contacts.delete(gone.id)
    a.visits.delete(old_visit.record.id)
    a.visits.create(VisitFields(account_id=pair.account_id,
                                occurred_at=datetime(2026, 6, 1, 9, tzinfo=UTC)))
    a.visits.create(VisitFields(account_id=p.id,  # the only visit there: no trigger undoes it
                                occurred_at=datetime(2026, 6, 2, 9, tzinfo=UTC)))
    q = a.accounts.create(AccountFields(name="中国移动通信")).record
    a.contacts.create(ContactFields(account_id=q.id, name="陈静"))
    a.db.apply(lambda session: setattr(  # a move the services refuse; sync carries it
        session.get(m.Contact, moved.id), "account_id", pair.account_id))
    second = a.sync.export_full(pair.folder / "p2.kadesk-sync").path
    return _without(second, pair.folder / "p2-.kadesk-sync", {q.id, r.id})


def test_undo_puts_back_everything_an_import_changed(pair: Pair) -> None:
    package = busy_import(pair)
    b = pair.b
    before, searched = content(b), (found(b, "技术"), found(b, "终端"), found(b, "招商"))
    shown = activity(b, pair.account_id)
    held = placeholders(b)
    summary = b.sync.import_package(package)
    assert summary.created and summary.updated
    assert len(held) == 2 and placeholders(b).isdisjoint(held) and len(placeholders(b)) == 1
    assert summary.conflicts.get("concurrent_edit")
    assert found(b, "终端") and not found(b, "技术") and found(b, "招商")
    assert activity(b, pair.account_id) != shown
    imported = outcome(b)

    undone = b.sync.undo_import()
    assert undone.package_id == summary.package_id and undone.journal == summary.backup
    assert content(b) == before
    assert (found(b, "技术"), found(b, "终端"), found(b, "招商")) == searched
    assert activity(b, pair.account_id) == shown
    assert integrity_ok(b) and not summary.backup.exists()
    with b.db.engine.connect() as connection:  # the search indexes match their tables
        for fts in ("account_fts", "contact_fts"):
            connection.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"))

    again = b.sync.import_package(package)  # as if for the first time
    assert again.changed and (again.created, again.updated, again.conflicts) == (
        summary.created, summary.updated, summary.conflicts)
    assert outcome(b) == imported


def test_undo_of_a_join_puts_the_team_back(pair: Pair, tmp_path: Path) -> None:
    with Kadesk.open(tmp_path / "丙" / "kadesk.db") as other:
        other.accounts.create(AccountFields(name="别的团队的客户"))
        package = other.sync.export_full(tmp_path / "other.kadesk-sync").path
    before = content(pair.b)
    summary = pair.b.sync.import_package(package, join_team=True)
    assert summary.joined_team and summary.full_backup is not None
    assert summary.full_backup.exists()
    pair.b.sync.undo_import()
    assert content(pair.b) == before
    assert summary.full_backup in pair.b.sync.status().full_backups


def test_undo_is_refused_after_a_local_edit(pair: Pair) -> None:
    pair.a.accounts.update(pair.account_id, notes="新")
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "1.kadesk-sync").path)
    pair.b.contacts.update(pair.contact_id, title="经理")
    edited = content(pair.b)
    with pytest.raises(SyncError) as caught:
        pair.b.sync.undo_import()
    assert caught.value.code == "sync_undo_changed" and "changed since" in str(caught.value)
    assert content(pair.b) == edited
    assert pair.b.sync.status().undoable is None


def test_undo_is_refused_after_another_import_and_after_an_export(pair: Pair) -> None:
    pair.a.accounts.update(pair.account_id, notes="一")
    one = pair.b.sync.import_package(
        pair.a.sync.export_full(pair.folder / "1.kadesk-sync").path)
    pair.a.accounts.update(pair.account_id, notes="二")
    two = pair.b.sync.import_package(
        pair.a.sync.export_full(pair.folder / "2.kadesk-sync").path)
    with pytest.raises(SyncError) as caught:
        pair.b.sync.undo_import(one.package_id)
    assert caught.value.code == "sync_undo_changed"
    assert pair.b.sync.undoable().package_id == two.package_id
    pair.b.sync.export_full(pair.folder / "b.kadesk-sync")
    with pytest.raises(SyncError) as caught:
        pair.b.sync.undo_import()
    assert caught.value.code == "sync_undo_exported"


def test_nothing_to_undo(pair: Pair) -> None:
    pair.b.sync.undo_import()  # the set-up from the base package
    with pytest.raises(SyncError) as caught:
        pair.b.sync.undo_import()
    assert caught.value.code == "sync_undo_nothing"
    with pytest.raises(SyncError) as caught:
        pair.b.sync.undo_import("0123abcd")
    assert caught.value.code == "sync_undo_unknown"


def test_a_failed_import_leaves_no_usable_journal(pair: Pair,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pair.a.accounts.update(pair.account_id, notes="失败")
    package = pair.a.sync.export_full(pair.folder / "1.kadesk-sync").path
    journals = sorted(pair.b.db.path.parent.glob("backups/*"))

    def commit_fails(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("kadesk.store.sync_state.record_package", commit_fails)
    with pytest.raises(sqlite3.OperationalError):
        pair.b.sync.import_package(package)
    assert sorted(pair.b.db.path.parent.glob("backups/*")) == journals


def test_a_journal_sealed_for_an_import_that_did_not_commit_is_ignored(
        pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed between the seal and the commit: the journal names a package the database
    does not hold as imported; undo passes it over and the next import removes it."""
    pair.a.accounts.update(pair.account_id, notes="崩溃")
    package = pair.a.sync.export_full(pair.folder / "1.kadesk-sync").path
    kept: list[Path] = []
    seal = journal.Journal.seal

    def seal_then_die(self: journal.Journal, *args: Any) -> None:
        seal(self, *args)
        kept.append(self.path)
        raise sqlite3.OperationalError("disk I/O error")  # the commit never happens

    monkeypatch.setattr(journal.Journal, "seal", seal_then_die)
    monkeypatch.setattr(journal.Journal, "discard", lambda self: None)  # killed: no cleanup
    before = content(pair.b)
    with pytest.raises(sqlite3.OperationalError):
        pair.b.sync.import_package(package)
    monkeypatch.undo()
    assert kept[0].exists() and content(pair.b) == before
    assert kept[0] not in pair.b.sync.status().backups
    assert pair.b.sync.undoable().package_id != read_package(package)[0]["package_id"]
    pair.b.sync.import_package(package)
    assert not kept[0].exists()
    pair.b.sync.undo_import()
    assert content(pair.b) == before


def test_the_last_five_journals_are_kept(pair: Pair) -> None:
    for n in range(KEEP_BACKUPS + 2):
        pair.a.accounts.update(pair.account_id, notes=f"第{n}次")
        pair.b.sync.import_package(
            pair.a.sync.export_full(pair.folder / f"{n}.kadesk-sync").path)
    backups = sorted(pair.b.db.path.parent.glob("backups/before-import-*.db"))
    assert len(backups) == KEEP_BACKUPS and pair.b.sync.status().backups == tuple(backups)


def test_undo_from_the_command_line(pair: Pair, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "丙"
    with Kadesk.open(folder / "kadesk.db") as c:
        summary = c.sync.set_up_from(pair.base)
    path = str(folder)
    assert main(["--data-dir", path, "sync", "status"]) == 0
    assert "can be undone" in capsys.readouterr().out
    assert main(["--data-dir", path, "sync", "undo", summary.package_id[:8]]) == 0
    assert f"Undid the import of package {summary.package_id}" in capsys.readouterr().out
    assert main(["--data-dir", path, "sync", "undo", summary.package_id[:8]]) == 2
    assert f"No import of package {summary.package_id[:8]}" in capsys.readouterr().err
