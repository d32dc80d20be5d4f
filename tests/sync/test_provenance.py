"""Issue 15, G8: every change in a secured team's package proves who made it, however
many laptops it passed through. A colleague who forwards a package can neither alter a
change another computer made nor make one in its name; a revoked computer's later
changes are refused wherever the revocation has arrived, its earlier ones stay."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from kadesk.domain.errors import SyncError
from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from tests.sync.helpers import Numbered, package_content, refused


@dataclass
class Team(Numbered):
    hq: Kadesk
    a: Kadesk  # 李娜
    b: Kadesk  # 王芳, who forwards
    c: Kadesk  # 刘洋, who receives
    folder: Path
    account_id: str

    def send(self, source: Kadesk, target: Kadesk, name: str) -> Path:
        """A full package from ``source`` read by ``target``."""
        path = source.sync.export_full(self.path(name)).path
        target.sync.import_package(path)
        return path


def _device(app: Kadesk) -> str:
    return app.sync.status().device_id


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    """Head office secures the team and admits three laptops, each set up from it."""
    with ExitStack() as stack:
        hq, a, b, c = (stack.enter_context(Kadesk.open(tmp_path / n / "kadesk.db"))
                       for n in ("hq", "a", "b", "c"))
        hq.settings.set(rep_name="总部")
        account = hq.accounts.create(AccountFields(name="华为技术有限公司", notes="账期90天"))
        hq.team.secure()
        for app, name in ((a, "李娜"), (b, "王芳"), (c, "刘洋")):
            app.settings.set(rep_name=name)
            hq.team.admit(app.team.write_request(tmp_path / f"{name}.kadesk-admission"))
        setup = hq.sync.export_full(tmp_path / "setup.kadesk-sync").path
        for app in (a, b, c):
            app.sync.set_up_from(setup)
        yield Team(hq, a, b, c, tmp_path, account.record.id)


def _prover(app: Kadesk, account_id: str, device: str) -> str:
    """The key of the unit that proves, here, the account's field written by ``device``."""
    with closing(sqlite3.connect(app.db.path)) as con:
        (unit,) = con.execute(
            "SELECT u.unit FROM field_clock f JOIN sync_unit u ON u.id = f.prov "
            "WHERE f.tbl = 'account' AND f.row_id = ? AND f.device = ?",
            (account_id, device)).fetchone()
    return str(json.loads(unit)["key"])


def _raw(app: Kadesk, sql: str, *params: object) -> None:
    """What a modified kadesk on that laptop could write, bypassing every rule."""
    with closing(sqlite3.connect(app.db.path)) as con, con:
        con.execute(sql, params)


def test_a_forwarded_change_proves_its_origin(team: Team) -> None:
    team.a.accounts.update(team.account_id, notes="李娜：下周拜访")
    team.send(team.a, team.b, "a-b")
    # B forwards it, incrementally too: C never heard from A.
    team.send(team.c, team.b, "c-b")
    path = team.b.sync.export_for(_device(team.c), team.path("b-c")).path
    team.c.sync.import_package(path)
    assert team.c.accounts.get(team.account_id).notes == "李娜：下周拜访"
    # C took it on A's signature, not B's: the unit proving it is signed by A's key.
    assert _prover(team.c, team.account_id, _device(team.a)) == team.a.team.roster().me
    # And C forwards it on to head office, which verifies A the same way.
    team.send(team.c, team.hq, "c-hq")
    assert _prover(team.hq, team.account_id, _device(team.a)) == team.a.team.roster().me
    assert team.hq.accounts.get(team.account_id).notes == "李娜：下周拜访"


def test_a_colleague_cannot_alter_a_forwarded_change(team: Team) -> None:
    team.a.accounts.update(team.account_id, notes="李娜：账期60天")
    team.send(team.a, team.b, "a-b")
    # B rewrites A's value under A's stamp (a modified kadesk) and forwards it.
    _raw(team.b, "UPDATE account SET notes = '账期365天' WHERE id = ?", team.account_id)
    altered = team.b.sync.export_full(team.path("b-c")).path
    error = refused(team.c, altered, "sync_proof_mismatch", "李娜", "王芳", "altered")
    assert error.params["origin"] == "李娜" and error.params["sender"] == "王芳"
    assert team.c.accounts.get(team.account_id).notes == "账期90天"


def test_a_colleague_cannot_make_a_change_in_anothers_name(team: Team) -> None:
    team.a.accounts.update(team.account_id, notes="李娜：下周拜访")
    team.send(team.a, team.b, "a-b")  # B knows A's device id
    team.b.accounts.update(team.account_id, name="被改名的客户")
    team.send(team.b, team.hq, "b-hq")  # B's own edit, signed by B: fine
    # B now claims that edit was A's (a stamp of A's device) and sends it on.
    _raw(team.b, "UPDATE field_clock SET device = ? WHERE tbl = 'account' AND row_id = ? "
         "AND device = ?", _device(team.a), team.account_id, _device(team.b))
    forged = team.b.sync.export_full(team.path("b-c")).path
    error = refused(team.c, forged, "sync_proof_signer", "李娜", "王芳")
    assert error.params["origin"] == "李娜" and error.params["signer"] == "王芳"


def test_a_revoked_computers_later_change_is_refused_when_forwarded(team: Team) -> None:
    team.a.accounts.update(team.account_id, notes="离职前的修改")
    team.send(team.a, team.b, "a-b-before")
    assert team.hq.team.revoke("李娜") == "李娜"
    team.send(team.hq, team.c, "hq-c")  # C learns of the revocation; B has not yet
    # What A made before it was revoked still travels, forwarded by B.
    team.send(team.b, team.c, "b-c-before")
    assert team.c.accounts.get(team.account_id).notes == "离职前的修改"
    # A, revoked, edits; B (not told yet) takes it and forwards it to C.
    team.a.accounts.update(team.account_id, tier="A")
    team.send(team.a, team.b, "a-b-after")
    later = team.b.sync.export_full(team.path("b-c-after")).path
    error = refused(team.c, later, "sync_proof_revoked", "李娜", "王芳", "revoked")
    assert error.params["origin"] == "李娜"
    assert team.c.accounts.get(team.account_id).notes == "离职前的修改"
    assert team.c.accounts.get(team.account_id).tier != "A"


def _from_before_0013(path: Path, device: str) -> Kadesk:
    """A laptop whose device id predates ids derived from keys (upgraded by 0013)."""
    Kadesk.open(path).close()
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("UPDATE local_state SET device_id = ?", (device,))
        con.execute("DELETE FROM sync_own_id")
    return Kadesk.open(path)


def test_changes_made_under_an_old_device_id_stay_provable(tmp_path: Path) -> None:
    """An open team from before 0013 secures itself: a rep's edit under its old id, which
    head office never saw, reaches head office and, forwarded, a third laptop, proven
    as the rep's through its admission (the roster binds the old id to its key). A
    second laptop cannot have that id bound to itself."""
    with _from_before_0013(tmp_path / "hq" / "kadesk.db", "1111111111111111") as hq, \
            _from_before_0013(tmp_path / "rep" / "kadesk.db", "2222222222222222") as rep, \
            Kadesk.open(tmp_path / "c" / "kadesk.db") as c:
        hq.settings.set(rep_name="总部")
        rep.settings.set(rep_name="李娜")
        c.settings.set(rep_name="刘洋")
        account = hq.accounts.create(AccountFields(name="华为技术有限公司")).record
        rep.sync.set_up_from(hq.sync.export_full(tmp_path / "0.kadesk-sync").path)
        rep.accounts.update(account.id, notes="升级前的修改")  # head office never sees it
        hq.team.secure()
        for app, name in ((rep, "李娜"), (c, "刘洋")):
            hq.team.admit(app.team.write_request(tmp_path / f"{name}.kadesk-admission"))
        c.sync.set_up_from(hq.sync.export_full(tmp_path / "1.kadesk-sync").path)
        rep.sync.import_package(hq.sync.export_full(tmp_path / "2.kadesk-sync").path)
        hq.sync.import_package(rep.sync.export_full(tmp_path / "3.kadesk-sync").path)
        assert hq.accounts.get(account.id).notes == "升级前的修改"
        assert _prover(hq, account.id, "2222222222222222") == rep.team.roster().me
        c.sync.import_package(hq.sync.export_full(tmp_path / "4.kadesk-sync").path)
        assert c.accounts.get(account.id).notes == "升级前的修改"
        assert _prover(c, account.id, "2222222222222222") == rep.team.roster().me
        # A laptop whose request claims the rep's old id is not admitted.
        with _from_before_0013(tmp_path / "d" / "kadesk.db", "2222222222222222") as d:
            with pytest.raises(SyncError) as caught:
                hq.team.admit(d.team.write_request(tmp_path / "d.kadesk-admission"))
            assert caught.value.code == "sync_request_claims"
            assert "李娜" in caught.value.message()


def test_what_nobody_can_prove_is_left_out_and_said(tmp_path: Path) -> None:
    """A change that reached a rep before the team was secured, from a laptop never
    admitted and unseen by head office, has no signature anyone may give it: the rep's
    export leaves it out, says so, and claims nothing it left out."""
    with Kadesk.open(tmp_path / "hq" / "kadesk.db") as hq, \
            Kadesk.open(tmp_path / "rep" / "kadesk.db") as rep, \
            Kadesk.open(tmp_path / "x" / "kadesk.db") as stranger:
        hq.settings.set(rep_name="总部")
        rep.settings.set(rep_name="李娜")
        account = hq.accounts.create(AccountFields(name="华为技术有限公司")).record
        setup = hq.sync.export_full(tmp_path / "0.kadesk-sync").path
        rep.sync.set_up_from(setup)
        stranger.sync.set_up_from(setup)
        stranger.accounts.update(account.id, notes="未被接纳的电脑的修改")
        rep.sync.import_package(stranger.sync.export_full(tmp_path / "1.kadesk-sync").path)
        hq.team.secure()
        hq.team.admit(rep.team.write_request(tmp_path / "李娜.kadesk-admission"))
        rep.sync.import_package(hq.sync.export_full(tmp_path / "2.kadesk-sync").path)
        done = rep.sync.export_for(_device(hq), tmp_path / "3.kadesk-sync")
        assert done.withheld == 1 and done.rows == 0
        stranger_id = _device(stranger)
        with closing(sqlite3.connect(rep.db.path)) as con:
            (edit,) = con.execute("SELECT hlc FROM field_clock WHERE row_id = ? AND device = ?",
                                  (account.id, stranger_id)).fetchone()
        manifest, _rows = package_content(hq, done.path)
        assert manifest["known"].get(stranger_id, -1) < edit  # not claimed as sent
        hq.sync.import_package(done.path)
        assert hq.accounts.get(account.id).notes == ""
