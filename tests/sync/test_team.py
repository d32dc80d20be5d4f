"""Issue 15, G8: a secured team's packages are sealed for its members and signed; the
roster admits and revokes computers; forged, tampered, unsigned or revoked packages
are refused with the database byte for byte as it was; an open team upgrades."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kadesk.domain.errors import SyncError
from kadesk.domain.records import AccountFields, ContactFields
from kadesk.services.app import Kadesk
from kadesk.sync import jsonstrict
from kadesk.sync.manifest import signed_part
from kadesk.sync.sealed import MAGIC
from tests.sync.helpers import Numbered, read_package, write_package
from tests.sync.helpers import refused as _refused


@dataclass
class Team(Numbered):
    hq: Kadesk
    rep: Kadesk
    folder: Path
    account_id: str


def _device(app: Kadesk) -> str:
    return app.sync.status().device_id


def _admit(admin: Kadesk, joiner: Kadesk, folder: Path, name: str) -> None:
    joiner.settings.set(rep_name=name)
    admin.team.admit(joiner.team.write_request(folder / f"{name}.kadesk-admission"))


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    """Head office secures its team, admits a rep's new laptop, which sets up from it."""
    with Kadesk.open(tmp_path / "hq" / "kadesk.db") as hq, \
            Kadesk.open(tmp_path / "rep" / "kadesk.db") as rep:
        hq.settings.set(rep_name="总部")
        account = hq.accounts.create(AccountFields(name="华为技术有限公司", notes="账期90天"))
        hq.contacts.create(ContactFields(account_id=account.record.id, name="张伟",
                                         mobile="13800138000"))
        hq.team.secure()
        # The laptop's request travels before it holds any data of the team.
        rep.settings.set(rep_name="李娜")
        request = rep.team.write_request(tmp_path / "李娜.kadesk-admission")
        with pytest.raises(SyncError) as caught:  # not yet admitted: it cannot read
            rep.sync.set_up_from(hq.sync.export_full(tmp_path / "early.kadesk-sync").path)
        assert caught.value.code in ("sync_not_admitted", "sync_other_team_sealed")
        assert hq.team.admit(request) == "李娜"
        rep.sync.set_up_from(hq.sync.export_full(tmp_path / "setup.kadesk-sync").path)
        hq.sync.import_package(rep.sync.export_for(_device(hq), tmp_path / "hello.kadesk-sync")
                               .path)
        yield Team(hq, rep, tmp_path, account.record.id)


def test_a_lost_package_reveals_nothing(team: Team) -> None:
    path = team.hq.sync.export_full(team.path("lost")).path
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    assert not zipfile.is_zipfile(path)
    for secret in ("华为", "张伟", "13800138000", "账期", "总部", "李娜", "manifest.json",
                   "changes.jsonl"):
        for encoding in ("utf-8", "utf-16-le", "gb18030"):
            assert secret.encode(encoding) not in data, secret
    # And the admitted laptop reads it.
    team.hq.accounts.update(team.account_id, notes="只给团队看")
    team.rep.sync.import_package(team.hq.sync.export_for(_device(team.rep),
                                                         team.path("to-rep")).path)
    assert team.rep.accounts.get(team.account_id).notes == "只给团队看"


def test_edits_flow_both_ways_and_name_the_sender(team: Team) -> None:
    team.rep.accounts.update(team.account_id, tier="A")
    summary = team.hq.sync.import_package(
        team.rep.sync.export_for(_device(team.hq), team.path("rep-hq")).path)
    assert summary.source_name == "李娜" and summary.updated == 1
    assert team.hq.accounts.get(team.account_id).tier == "A"


def test_an_unsigned_package_is_refused(team: Team) -> None:
    """An outsider holding an old package knows the team and device ids: a plain,
    unsigned package "from head office" that renames an account is refused."""
    plain = team.folder / "plain.kadesk-sync"
    with Kadesk.open(team.folder / "outsider" / "kadesk.db") as outsider:
        outsider.accounts.create(AccountFields(name="伪造"))
        manifest, rows = read_package(outsider.sync.export_full(plain).path)
    manifest.update(team_id=team.hq.sync.status().team_id, source_device=_device(team.hq),
                    source_name="总部")
    forged = write_package(team.folder / "forged.kadesk-sync", manifest,
                           [jsonstrict.dumps(r) for r in rows])
    error = _refused(team.rep, forged, "sync_unsigned", "总部", "not signed")
    assert error.params["sender"] == "总部"


def test_a_tampered_package_is_refused(team: Team) -> None:
    path = team.hq.sync.export_full(team.path("tamper")).path
    data = bytearray(path.read_bytes())
    data[-100] ^= 0x01
    path.write_bytes(bytes(data))
    _refused(team.rep, path, "sync_tampered", "altered")
    cut = team.hq.sync.export_full(team.path("cut")).path
    cut.write_bytes(cut.read_bytes()[:-20])
    _refused(team.rep, cut, "sync_tampered")


def test_a_member_cannot_forge_a_package_in_another_members_name(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rep holds the team key, so can seal; it cannot sign as head office."""
    import kadesk.services.sync as service

    real_finish = service.PackageWriter.finish

    def as_hq(writer: service.PackageWriter, manifest: dict, sign: object = None,
              units: object = ()) -> dict:
        manifest = {**manifest, "source_device": _device(team.hq), "source_name": "总部",
                    "signer": team.hq.team.roster().me}
        return real_finish(writer, manifest, sign, units)  # type: ignore[arg-type]

    monkeypatch.setattr(service.PackageWriter, "finish", as_hq)
    monkeypatch.setattr(service.SyncService, "_verify", lambda self, target, manifest: None)
    team.rep.accounts.update(team.account_id, name="被改名的客户")
    forged = team.rep.sync.export_full(team.path("forged")).path
    monkeypatch.undo()
    _refused(team.hq, forged, "sync_bad_signature", "总部", "forged")


def test_a_revoked_laptop_is_refused_and_its_earlier_edits_stay(team: Team) -> None:
    team.rep.accounts.update(team.account_id, notes="离职前的修改")
    earlier = team.rep.sync.export_for(_device(team.hq), team.path("before")).path
    team.hq.sync.import_package(earlier)
    assert team.hq.team.revoke("李娜") == "李娜"
    team.rep.accounts.update(team.account_id, notes="离职后的修改")
    later = team.rep.sync.export_for(_device(team.hq), team.path("after")).path
    _refused(team.hq, later, "sync_revoked", "李娜", "总部")
    assert team.hq.accounts.get(team.account_id).notes == "离职前的修改"
    # Head office's packages from now on use a new team key the laptop never gets.
    new = team.hq.sync.export_full(team.path("new-key")).path
    _refused(team.rep, new, "sync_not_admitted")
    # A colleague admitted since never held the key the departed rep still seals with.
    with Kadesk.open(team.folder / "c" / "kadesk.db") as c:
        _admit(team.hq, c, team.folder, "王芳")
        c.sync.set_up_from(team.hq.sync.export_full(team.path("c-setup")).path)
        _refused(c, later, "sync_old_team_key", "revoked")
        assert [m.name for m in c.team.roster().members] == ["总部", "王芳"]


def test_only_an_admin_admits(team: Team) -> None:
    with Kadesk.open(team.folder / "d" / "kadesk.db") as d:
        request = d.team.write_request(team.folder / "d.kadesk-admission")
        with pytest.raises(SyncError) as caught:
            team.rep.team.admit(request)
        assert caught.value.code == "sync_not_admin"


def test_an_open_team_upgrades_without_a_flag_day(tmp_path: Path) -> None:
    """Two laptops on today's format (plain packages) keep syncing after both update;
    once head office secures the team, the rep's plain package is refused with advice,
    the rep sends a request, and from the admission on everything flows, sealed."""
    with Kadesk.open(tmp_path / "hq" / "kadesk.db") as hq, \
            Kadesk.open(tmp_path / "rep" / "kadesk.db") as rep:
        hq.settings.set(rep_name="总部")
        rep.settings.set(rep_name="李娜")
        account = hq.accounts.create(AccountFields(name="华为技术有限公司")).record
        rep.sync.set_up_from(hq.sync.export_full(tmp_path / "0.kadesk-sync").path)
        rep.accounts.update(account.id, notes="升级前的修改")
        plain = rep.sync.export_for(_device(hq), tmp_path / "1.kadesk-sync").path
        assert zipfile.is_zipfile(plain)  # an open team writes today's format
        assert read_package(plain)[0]["format_version"] == 1
        hq.sync.import_package(plain)
        assert hq.accounts.get(account.id).notes == "升级前的修改"

        hq.team.secure()
        rep.accounts.update(account.id, tier="A")  # made while waiting for admission
        waiting = rep.sync.export_for(_device(hq), tmp_path / "2.kadesk-sync").path
        with pytest.raises(SyncError) as caught:
            hq.sync.import_package(waiting)
        assert caught.value.code == "sync_unsigned" and "李娜" in caught.value.message()
        hq.team.admit(rep.team.write_request(tmp_path / "李娜.kadesk-admission"))
        rep.sync.import_package(hq.sync.export_for(_device(rep), tmp_path / "3.kadesk-sync").path)
        assert rep.team.roster().team_secured
        sealed = rep.sync.export_for(_device(hq), tmp_path / "4.kadesk-sync").path
        assert sealed.read_bytes().startswith(MAGIC)
        hq.sync.import_package(sealed)
        assert hq.accounts.get(account.id).tier == "A"  # the edit made while waiting


def test_the_signature_covers_every_row(team: Team) -> None:
    """The manifest the sender signs names the size and hash of the rows."""
    manifest = {"members": {"changes.jsonl": {"sha256": "a" * 64, "size": 1}},
                "signature": "b" * 128}
    assert b"a" * 64 in signed_part(manifest) and b"b" * 128 not in signed_part(manifest)
