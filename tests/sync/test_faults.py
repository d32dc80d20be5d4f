"""A full disk during an import or an export: a clear message and nothing changed."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from kadesk.domain.errors import SyncError
from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.store import journal, maintenance
from kadesk.store import merge as store_merge
from tests.helpers import snapshot
from tests.sync.conftest import Pair
from tests.sync.helpers import integrity_ok


def _full(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _journal_full(*_args: object, **_kwargs: object) -> None:
    raise sqlite3.OperationalError("database or disk is full")


@pytest.mark.parametrize("where", ["journal", "seal", "merge"])
def test_disk_full_during_import(pair: Pair, monkeypatch: pytest.MonkeyPatch,
                                 where: str) -> None:
    pair.a.accounts.update(pair.account_id, notes="磁盘满了也不能丢")
    package = pair.a.sync.export_full(pair.folder / "p.kadesk-sync").path
    before = snapshot(pair.b.db)
    backups = pair.b.db.path.parent / "backups"
    files = sorted(backups.iterdir())  # the set-up's
    if where == "journal":
        monkeypatch.setattr(journal.Journal, "keep", _journal_full)
    elif where == "seal":
        monkeypatch.setattr(journal.os, "fsync", _full)
    else:
        monkeypatch.setattr(store_merge.Merger, "finish", _full)
    with pytest.raises(SyncError) as caught:
        pair.b.sync.import_package(package)
    assert caught.value.code == "sync_disk_full"
    assert "disk" in caught.value.message() and "Nothing was changed" in caught.value.message()
    assert snapshot(pair.b.db) == before
    assert integrity_ok(pair.b)
    assert sorted(backups.iterdir()) == files  # no journal, not even a partial one
    monkeypatch.undo()
    assert pair.b.sync.import_package(package).updated == 1


def test_disk_full_before_joining_a_team(pair: Pair, monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    with Kadesk.open(tmp_path / "丙" / "kadesk.db") as other:
        other.accounts.create(AccountFields(name="别的团队的客户"))
        package = other.sync.export_full(tmp_path / "other.kadesk-sync").path
    before = snapshot(pair.b.db)
    monkeypatch.setattr(maintenance, "backup_to", _full)
    with pytest.raises(SyncError) as caught:
        pair.b.sync.import_package(package, join_team=True)
    assert caught.value.code == "sync_disk_full"
    assert snapshot(pair.b.db) == before


def test_disk_full_during_export_leaves_no_file(pair: Pair, monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    from kadesk.sync import package

    monkeypatch.setattr(package.PackageWriter, "finish", _full)
    target = tmp_path / "out.kadesk-sync"
    with pytest.raises(SyncError) as caught:
        pair.a.sync.export_full(target)
    assert caught.value.code == "sync_disk_full"
    assert not target.exists() and not list(tmp_path.glob(".*partial"))
