"""Issue 15: packages read where they were not addressed, databases restored from an
older copy or cloned, impossible counters, and values the editor refuses."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kadesk.domain.enums import ListKind
from kadesk.domain.errors import SyncError
from kadesk.domain.money import Money
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    ListItemFields,
    ProposalFields,
    ProposalItemFields,
    VisitFields,
)
from kadesk.reports import brief
from kadesk.services.app import Kadesk
from kadesk.store.db import exported_mark, fingerprint
from kadesk.store.sync_schema import table_specs
from kadesk.sync.jsonstrict import MAX_INT
from tests.helpers import snapshot
from tests.sync.conftest import Pair
from tests.sync.helpers import Numbered, line, read_package, write_package


@dataclass
class Team(Numbered):
    hq: Kadesk
    a: Kadesk
    c: Kadesk
    folder: Path
    account_id: str

    @staticmethod
    def device(app: Kadesk) -> str:
        return app.sync.status().device_id


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    """Head office (HQ) and two laptops (A, C), both set up from HQ's full package."""
    hq, a, c = (Kadesk.open(tmp_path / name / "kadesk.db") for name in ("hq", "a", "c"))
    account = hq.accounts.create(AccountFields(name="华为技术有限公司")).record
    base = hq.sync.export_full(tmp_path / "base.kadesk-sync").path
    a.sync.set_up_from(base)
    c.sync.set_up_from(base)
    found = Team(hq, a, c, tmp_path, account.id)
    yield found
    for app in (found.hq, found.a, found.c):  # a test may have restarted one
        app.close()


def test_a_package_read_by_a_replica_it_was_not_made_for_claims_nothing_more(
        team: Team) -> None:
    """Issue 15, item 1: A's package for HQ, also imported by C, must not make C claim
    HQ's edit that the package left out (HQ held it)."""
    hq, a, c = team.hq, team.a, team.c
    a.accounts.update(team.account_id, tier="A")
    hq.sync.import_package(a.sync.export_for(team.device(hq), team.path("a-hq")).path)
    c.sync.import_package(a.sync.export_full(team.path("a-full-c")).path)
    hq.accounts.update(team.account_id, notes="总部：按成本中心对账")
    a.sync.import_package(hq.sync.export_for(team.device(a), team.path("hq-a")).path)
    shared = a.sync.export_for(team.device(hq), team.path("a-hq-shared")).path
    hq.sync.import_package(shared)
    c.sync.import_package(shared)  # a shared folder: C reads it too

    # C edits the same field without having seen HQ's edit: a real conflict at HQ.
    c.accounts.update(team.account_id, notes="丙：账期90天")
    summary = hq.sync.import_package(c.sync.export_for(team.device(hq), team.path("c-hq")).path)
    assert summary.conflicts.get("concurrent_edit") == 1
    (conflict,) = hq.sync.conflicts()
    assert conflict.group == "notes"
    assert conflict.mine["values"] == {"notes": "总部：按成本中心对账"}

    # And an incremental exchange delivers HQ's edit to C (before the fix it never did).
    hq.accounts.update(team.account_id, notes="总部：最终版")
    c.sync.import_package(hq.sync.export_for(team.device(c), team.path("hq-c")).path)
    assert c.accounts.get(team.account_id).notes == "总部：最终版"


def test_c_holds_hq_edit_after_incremental_exchanges(team: Team) -> None:
    """The same start; C never edits: plain incremental exchanges bring HQ's edit."""
    hq, a, c = team.hq, team.a, team.c
    hq.sync.import_package(a.sync.export_for(team.device(hq), team.path("a-hq")).path)
    c.sync.import_package(a.sync.export_full(team.path("a-full-c")).path)
    hq.accounts.update(team.account_id, notes="总部：按成本中心对账")
    a.sync.import_package(hq.sync.export_for(team.device(a), team.path("hq-a")).path)
    shared = a.sync.export_for(team.device(hq), team.path("a-hq-shared")).path
    hq.sync.import_package(shared)
    c.sync.import_package(shared)
    hq.sync.import_package(c.sync.export_for(team.device(hq), team.path("c-hq")).path)
    c.sync.import_package(hq.sync.export_for(team.device(c), team.path("hq-c")).path)
    assert c.accounts.get(team.account_id).notes == "总部：按成本中心对账"





# -- item 2: a database restored from an older copy, or cloned with its disk -----------

def _file_copy(app: Kadesk, target: Path) -> Path:
    """A plain copy of the file as it is now (what a backup tool or a disk image keeps)."""
    with closing(sqlite3.connect(app.db.path)) as source, \
            closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target


def _restore(app: Kadesk, copy: Path, *, with_mark: Path | None = None) -> Kadesk:
    """Quit, put ``copy`` back over the database (and ``with_mark`` over its exported
    mark: a disk image brings both back), start again."""
    path = app.db.path
    app.close()
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(copy, path)
    if with_mark is not None:
        shutil.copyfile(with_mark, exported_mark(path))
    return Kadesk.open(path)


@pytest.mark.parametrize("disk_image", [False, True], ids=["file-copy", "disk-image"])
def test_a_restored_database_keeps_every_edit_flowing(team: Team, disk_image: bool) -> None:
    """Issue 15, item 2: A is restored from a copy older than what HQ holds of it. Edits
    made after the restore reach HQ, and the edit lost with the restore comes back."""
    a, hq = team.a, team.hq
    a.sync.import_package(hq.sync.export_full(team.path("hq-a")).path)
    hq.sync.import_package(a.sync.export_for(team.device(hq), team.path("a-hq")).path)
    copy = _file_copy(a, team.folder / "a-copy.db")
    mark = team.folder / "a-copy.exported"
    shutil.copyfile(exported_mark(a.db.path), mark)
    old_device = team.device(a)
    before = a.sync.status().seq

    a.accounts.update(team.account_id, notes="甲：恢复前的修改")  # lost with the restore
    hq.sync.import_package(a.sync.export_for(team.device(hq), team.path("a-hq2")).path)
    a.sync.import_package(hq.sync.export_for(old_device, team.path("hq-a2")).path)
    a = team.a = _restore(a, copy, with_mark=mark if disk_image else None)
    assert a.sync.status().seq == before  # the counter went back
    if not disk_image:  # the mark beside the file knows better
        assert team.device(a) != old_device
    else:  # the mark came back too: HQ's next package shows it
        assert team.device(a) == old_device
        a.sync.import_package(hq.sync.export_for(old_device, team.path("hq-a3")).path)
        assert team.device(a) != old_device

    a.accounts.update(team.account_id, tier="A")  # made after the restore
    hq.sync.import_package(a.sync.export_for(team.device(hq), team.path("a-hq3")).path)
    assert hq.accounts.get(team.account_id).tier == "A"
    a.sync.import_package(hq.sync.export_for(team.device(a), team.path("hq-a4")).path)
    assert a.accounts.get(team.account_id).notes == "甲：恢复前的修改"
    assert a.accounts.get(team.account_id).tier == "A"


def test_a_cloned_database_becomes_a_device_of_its_own(team: Team, tmp_path: Path) -> None:
    """Two laptops running copies of one file: the one behind notices on its next import
    and continues as a new device; both laptops' edits reach HQ."""
    a, hq = team.a, team.hq
    hq.sync.import_package(a.sync.export_for(team.device(hq), team.path("a-hq")).path)
    twin_path = tmp_path / "twin" / "kadesk.db"
    twin_path.parent.mkdir()
    _file_copy(a, twin_path)
    with closing(sqlite3.connect(twin_path)) as con:  # a disk image: same machine id, place
        con.execute("UPDATE local_state SET fingerprint = ?", (fingerprint(twin_path),))
        con.commit()
    with Kadesk.open(twin_path) as twin:
        assert team.device(twin) == team.device(a)
        a.accounts.update(team.account_id, notes="甲：原机")
        a.accounts.update(team.account_id, tier="B")
        hq.sync.import_package(a.sync.export_for(team.device(hq), team.path("a-hq2")).path)
        twin.sync.import_package(hq.sync.export_full(team.path("hq-full")).path)
        assert team.device(twin) != team.device(a)
        twin.accounts.update(team.account_id, short_name="华为")
        hq.sync.import_package(twin.sync.export_for(team.device(hq), team.path("t-hq")).path)
    got = hq.accounts.get(team.account_id)
    assert (got.notes, got.tier, got.short_name) == ("甲：原机", "B", "华为")


# -- item 4: counters no kadesk can have reached --------------------------------------

@pytest.mark.parametrize("field", ["acks", "known", "seq_to"])
def test_an_impossible_counter_is_refused_and_breaks_nothing(pair: Pair, field: str) -> None:
    manifest, rows = pair.manifest_and_rows()
    huge = MAX_INT
    if field == "seq_to":
        manifest["seq_to"] = huge
    else:
        manifest[field] = {**manifest[field], pair.b.sync.status().device_id: huge}
    poisoned = write_package(pair.folder / "poison.kadesk-sync", manifest,
                             [line(r) for r in rows])
    before = snapshot(pair.b.db)
    with pytest.raises(SyncError) as caught:
        pair.b.sync.import_package(poisoned)
    assert caught.value.code == "sync_impossible_counter"
    assert str(huge) in caught.value.message()
    assert snapshot(pair.b.db) == before
    # Later exchanges both ways still work.
    b_device, a_device = pair.b.sync.status().device_id, pair.a.sync.status().device_id
    pair.b.accounts.update(pair.account_id, notes="乙")
    pair.a.sync.import_package(pair.b.sync.export_for(a_device, pair.folder / "1.kadesk-sync").path)
    pair.a.accounts.update(pair.account_id, tier="A")
    pair.b.sync.import_package(pair.a.sync.export_for(b_device, pair.folder / "2.kadesk-sync").path)
    pair.b.sync.import_package(pair.a.sync.export_for(b_device, pair.folder / "3.kadesk-sync").path)
    assert pair.a.accounts.get(pair.account_id).notes == "乙"
    assert pair.b.accounts.get(pair.account_id).tier == "A"


# -- item 5: values the editor refuses are refused from packages too -----------------

@pytest.mark.parametrize(("table", "column", "value", "field"), [
    ("contact", "map_x", 1e308, "map_x"),
    ("contact", "strength", 99, "strength"),
    ("account", "name", "", "name"),
    ("account", "annual_revenue_cents", -5, "annual_revenue"),
    ("proposal_item", "discount_bp", 50_000, "discount_bp"),
    ("letterhead", "colour", "red", "colour"),
    ("list_item", "code", " ", "code"),
])
def test_a_value_the_editor_refuses_is_refused_from_a_package(
        pair: Pair, table: str, column: str, value: Any, field: str) -> None:
    pair.a.proposals.create(ProposalFields(account_id=pair.account_id, title="物流方案", items=(
        ProposalItemFields(description="运输", unit_price_cents=100),)))
    pair.a.accounts.update(pair.account_id, annual_revenue=Money(100, "CNY"))
    pair.a.contacts.place({pair.contact_id: (10.0, 20.0)})
    pair.a.letterhead.update(company_name="顺达物流")
    pair.a.lists.create(ListItemFields(kind=ListKind.INDUSTRY, code="new_energy",
                                       label_zh="新能源"))
    manifest, rows = read_package(pair.a.sync.export_full(pair.folder / "a.kadesk-sync").path)
    spec = table_specs()[table]
    group = spec.group_of()[column]
    for row in rows:
        if row["t"] == table:
            row["v"][column] = value
            row["g"][group] = [row["c"][0] + 1, row["c"][1]]  # a newer edit: it would win
            break
    bad = write_package(pair.folder / "bad.kadesk-sync", manifest, [line(r) for r in rows])
    before = snapshot(pair.b.db)
    with pytest.raises(SyncError) as caught:
        pair.b.sync.import_package(bad)
    error = caught.value
    assert error.code == "sync_bad_value" and error.params["table"] == table
    assert error.params["field"] == field
    assert "Nothing was imported" in error.message()
    assert snapshot(pair.b.db) == before
    # The brief of the account (what crashed on a map position of 1e308) still prints.
    assert brief.gather(pair.b, pair.account_id).account.name == "华为技术有限公司"


# -- item 7: the conflict list does not flood ------------------------------------------

def test_trashing_an_account_logs_no_orphans_its_deleter_saw(pair: Pair) -> None:
    for n in range(5):
        pair.a.contacts.create(ContactFields(account_id=pair.account_id, name=f"联系人{n}"))
        pair.a.visits.create(VisitFields(account_id=pair.account_id,
                                         occurred_at=datetime(2026, 3, n + 3, 9, tzinfo=UTC)))
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "1.kadesk-sync").path)
    pair.a.accounts.delete(pair.account_id)
    summary = pair.b.sync.import_package(
        pair.a.sync.export_full(pair.folder / "2.kadesk-sync").path)
    assert summary.conflicts.get("orphan") is None and not pair.b.sync.conflicts()
    assert pair.b.accounts.get(pair.account_id).deleted


def test_a_visit_logged_while_its_account_was_trashed_is_an_orphan(pair: Pair) -> None:
    """Concurrent: B logs a visit while A trashes the account. Wherever the two meet
    first, the visit is flagged once; a replica told by one that had seen both is not."""
    visit = pair.b.visits.create(VisitFields(
        account_id=pair.account_id, occurred_at=datetime(2026, 3, 9, 9, tzinfo=UTC))).record
    pair.a.accounts.delete(pair.account_id)
    summary = pair.b.sync.import_package(
        pair.a.sync.export_full(pair.folder / "1.kadesk-sync").path)
    assert summary.conflicts.get("orphan") == 1
    (orphan,) = pair.b.sync.conflicts()
    assert (orphan.table, orphan.row_id) == ("visit", visit.id)
    summary = pair.a.sync.import_package(
        pair.b.sync.export_full(pair.folder / "2.kadesk-sync").path)
    assert summary.conflicts.get("orphan") is None  # B had seen both: it logged it


# -- item 8: names and words ---------------------------------------------------------

def _kadesk(data: Path, *args: str, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "",
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kadesk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, check=False)


def test_sync_speaks_the_users_language_and_names_colleagues(pair: Pair) -> None:
    """The CLI follows LANG (and the language chosen in Preferences); a sender's name
    with terminal escapes or a right-to-left override is shown without them."""
    pair.a.settings.set(rep_name="张伟\x1b[2J\x1b]0;pwned\x07\u202e伟张")
    package = pair.a.sync.export_full(pair.folder / "a.kadesk-sync").path
    data = pair.b.db.path.parent
    pair.b.close()
    done = _kadesk(data, "sync", "import", "--quiet", str(package), lang="zh_CN.UTF-8")
    assert done.returncode == 0, done.stderr
    assert "已导入 张伟[2J]0;pwned伟张 的" in done.stdout
    peers = _kadesk(data, "sync", "peers", lang="zh_CN.UTF-8")
    assert "最近同步包" in peers.stdout and "张伟" in peers.stdout
    assert "\x1b" not in peers.stdout + done.stdout and "\u202e" not in peers.stdout
    refused = _kadesk(data, "sync", "import", str(pair.folder / "无.kadesk-sync"),
                      lang="zh_CN.UTF-8")
    assert refused.returncode == 2
    english = _kadesk(data, "sync", "status")
    assert "open conflict(s)" in english.stdout
    with Kadesk.open(data / "kadesk.db") as b:
        b.settings.set(language="zh_CN")
    assert "个未处理的冲突" in _kadesk(data, "sync", "status").stdout
    pair.b = Kadesk.open(data / "kadesk.db")  # the fixture closes it


def test_a_colleague_without_a_name_is_named_after_their_computer(pair: Pair) -> None:
    summary = pair.b.sync.import_package(
        pair.a.sync.export_full(pair.folder / "a.kadesk-sync").path)
    assert summary.source_name and summary.source_device not in summary.source_name
    (peer,) = pair.b.sync.peers()
    assert peer.name == summary.source_name


def test_notes_of_one_repeated_character_are_no_zip_bomb(pair: Pair) -> None:
    """Notes of one repeated character at the editor's limit (20,000) import; a 999k one,
    deflated past the bomb ratio, is refused for its length as the editor refuses it,
    not as a zip bomb."""
    for n in range(40):
        pair.a.accounts.create(AccountFields(name=f"重复备注{n}", notes="啊" * 20_000))
    path = pair.a.sync.export_full(pair.folder / "long.kadesk-sync").path
    assert pair.b.sync.import_package(path).created == 40
    manifest, rows = read_package(path)
    rows[0]["v"]["notes"] = "啊" * 999_000
    rows[0]["g"]["notes"] = [rows[0]["c"][0] + 1, rows[0]["c"][1]]
    long = write_package(pair.folder / "999k.kadesk-sync", manifest, [line(r) for r in rows])
    with pytest.raises(SyncError) as caught:
        pair.b.sync.import_package(long)
    assert caught.value.code == "sync_bad_value" and "20000" in caught.value.message()
