"""Every case of SYNC.md's bad-input list: a specific message, and the database as it was."""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kadesk.domain.errors import SyncError
from kadesk.domain.hierarchy import cycles
from kadesk.domain.hlc import from_ms
from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.services.sync import SyncService
from kadesk.sync import jsonstrict
from tests.helpers import snapshot
from tests.sync.conftest import Pair
from tests.sync.helpers import integrity_ok, line, read_package, write_package


def refused(pair: Pair, path: Path, code: str, words: str, **kwargs: Any) -> SyncError:
    """Importing ``path`` into B fails with ``code`` and leaves B exactly as it was."""
    before = snapshot(pair.b.db)
    with pytest.raises(SyncError) as caught:
        pair.b.sync.import_package(path, **kwargs)
    assert caught.value.code == code, caught.value.message()
    assert words in caught.value.message()
    assert snapshot(pair.b.db) == before
    assert integrity_ok(pair.b)
    return caught.value


def crafted(pair: Pair, name: str, edit: Callable[[dict[str, Any], list[dict[str, Any]]],
                                                    list[bytes] | None] | None = None,
            **manifest_changes: Any) -> Path:
    manifest, rows = pair.manifest_and_rows()
    manifest.update(manifest_changes)
    lines = edit(manifest, rows) if edit else None
    return write_package(pair.folder / name, manifest,
                         lines if lines is not None else [line(r) for r in rows])


# -- the file ---------------------------------------------------------------------

def test_zero_byte_file(pair: Pair) -> None:
    empty = pair.folder / "空.kadesk-sync"
    empty.write_bytes(b"")
    refused(pair, empty, "sync_empty", "0 bytes")


def test_truncated_file(pair: Pair) -> None:
    cut = pair.folder / "cut.kadesk-sync"
    cut.write_bytes(pair.base.read_bytes()[: pair.base.stat().st_size // 2])
    refused(pair, cut, "sync_not_a_package", "not a kadesk sync package")


def test_not_a_zip(pair: Pair) -> None:
    other = pair.folder / "客户名单.kadesk-sync"
    other.write_text("名称,电话\n华为,123\n", encoding="utf-8")
    refused(pair, other, "sync_not_a_package", "not a zip file")


def test_wrong_hash(pair: Pair) -> None:
    manifest, rows = pair.manifest_and_rows()
    data = b"".join(line(r) + b"\n" for r in rows)
    tampered = data.replace("张伟".encode(), "李伟".encode())
    assert len(tampered) == len(data)
    path = write_package(pair.folder / "hash.kadesk-sync", manifest, [], members=[
        ("changes.jsonl", tampered), ("manifest.json", jsonstrict.dumps(manifest))])
    refused(pair, path, "sync_hash_mismatch", "checksum")


def test_missing_manifest(pair: Pair) -> None:
    path = write_package(pair.folder / "m.kadesk-sync", {}, [], members=[
        ("changes.jsonl", b"")])
    refused(pair, path, "sync_missing_member", "manifest.json")


def test_duplicated_manifest(pair: Pair) -> None:
    manifest, _ = pair.manifest_and_rows()
    data = jsonstrict.dumps(manifest)
    with pytest.warns(UserWarning, match="Duplicate name"):
        path = write_package(pair.folder / "d.kadesk-sync", manifest, [], members=[
            ("changes.jsonl", b""), ("manifest.json", data), ("manifest.json", data)])
    refused(pair, path, "sync_duplicate_member", "more than once")


def test_damaged_manifest(pair: Pair) -> None:
    path = write_package(pair.folder / "m.kadesk-sync", {}, [], members=[
        ("changes.jsonl", b""), ("manifest.json", b'{"format": "kadesk-sync", ')])
    refused(pair, path, "sync_bad_manifest", "manifest is damaged")


def test_future_format_version(pair: Pair) -> None:
    refused(pair, crafted(pair, "f.kadesk-sync", format_version=3, new_field="x"),
            "sync_format_newer", "Update kadesk")


@pytest.mark.parametrize(("schema", "code"), [("9999", "sync_schema_newer"),
                                              ("0001", "sync_schema_older")])
def test_other_schema_versions(pair: Pair, schema: str, code: str) -> None:
    refused(pair, crafted(pair, "s.kadesk-sync", schema=schema), code, schema)


def test_zip_bomb(pair: Pair) -> None:
    manifest, _ = pair.manifest_and_rows()
    bomb = b" " * (64 << 20)
    path = write_package(pair.folder / "bomb.kadesk-sync", manifest, [], members=[
        ("changes.jsonl", bomb), ("manifest.json", jsonstrict.dumps(manifest))])
    assert path.stat().st_size < 1 << 20
    refused(pair, path, "sync_too_big", "more than")


def test_lying_size_header(pair: Pair) -> None:
    """The zip's headers claim fewer bytes than the member holds: caught, not trusted."""
    manifest, rows = pair.manifest_and_rows()
    data = b"".join(line(r) + b"\n" for r in rows)
    path = write_package(pair.folder / "lie.kadesk-sync", manifest, [line(r) for r in rows])
    manifest, _ = read_package(path)
    raw = bytearray(path.read_bytes())
    claimed = len(data) - 10
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = raw.find(signature)  # changes.jsonl is the first member
        raw[at + offset: at + offset + 4] = struct.pack("<I", claimed)
    path.write_bytes(bytes(raw))
    refused(pair, path, "sync_size_mismatch", "not the size")


@pytest.mark.parametrize("name", ["../../kadesk.db", "/etc/passwd", "C:\\Windows\\evil.dll",
                                  "blobs/../../x", "changes.jsonl/"])
def test_hostile_member_names(pair: Pair, name: str) -> None:
    manifest, _ = pair.manifest_and_rows()
    path = write_package(pair.folder / "h.kadesk-sync", manifest, [], members=[
        ("changes.jsonl", b""), ("manifest.json", jsonstrict.dumps(manifest)),
        (name, b"x")])
    refused(pair, path, "sync_bad_member", "never holds")


def test_symlink_member(pair: Pair) -> None:
    manifest, _ = pair.manifest_and_rows()
    path = pair.folder / "link.kadesk-sync"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("changes.jsonl")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/home/rep/.ssh/id_rsa")
        zf.writestr("manifest.json", jsonstrict.dumps(manifest))
    refused(pair, path, "sync_bad_member", "symbolic link")


# -- the rows ---------------------------------------------------------------------

def _with_account_line(pair: Pair, name: str, text: bytes) -> Path:
    manifest, rows = pair.manifest_and_rows()
    lines = [line(r) for r in rows]
    lines[0] = text
    return write_package(pair.folder / name, manifest, lines)


def _account_json(pair: Pair) -> bytes:
    return line(pair.manifest_and_rows()[1][0])


@pytest.mark.parametrize(("label", "mangle", "words"), [
    ("invalid utf-8", lambda s: s.replace("华为".encode(), b"\xff\xfe"), "not valid UTF-8"),
    ("lone surrogate", lambda s: s.replace("华为".encode(), b"\\ud800"), "lone surrogate"),
    ("duplicate key", lambda s: s.replace(b'"t":', b'"t":"account","t":'), "appears twice"),
    ("NaN", lambda s: s.replace(b'"payment_terms_days":null', b'"payment_terms_days":NaN'),
     "not valid JSON"),
    ("huge int", lambda s: s.replace(b'"payment_terms_days":null',
                                     b'"payment_terms_days":' + b"9" * 30), "too large"),
    ("huge float", lambda s: s.replace(b'"payment_terms_days":null',
                                       b'"payment_terms_days":1e999'), "too large"),
    ("unknown table", lambda s: s.replace(b'"t":"account"', b'"t":"sqlite_master"'),
     "unknown table 'sqlite_master'"),
    ("unknown field", lambda s: s.replace(b'"notes":""', b'"notes":"","salary":1'),
     "has no field 'salary'"),
    ("missing field", lambda s: s.replace(b'"notes":"",', b""), "account.notes is missing"),
    ("wrong type", lambda s: s.replace(b'"payment_terms_days":null',
                                       b'"payment_terms_days":"30"'), "not a whole number"),
    ("unknown enum", lambda s: s.replace(b'"tier":"C"', b'"tier":"platinum"'),
     "unknown value 'platinum'"),
    ("bad id", lambda s: s.replace(b'"id":"', b'"id":"../', 1), "not a valid id"),
    ("bad stamp", lambda s: s.replace(b'"c":[', b'"c":[-', 1), "out of range"),
    ("not an object", lambda s: b"[1,2,3]", "not a changed row"),
])
def test_bad_rows(pair: Pair, label: str, mangle: Callable[[bytes], bytes], words: str) -> None:
    original = _account_json(pair)
    mangled = mangle(original)
    assert mangled != original, label
    path = _with_account_line(pair, "row.kadesk-sync", mangled)
    error = refused(pair, path, "sync_bad_record", words)
    assert "change 1" in error.message()


def test_count_mismatch(pair: Pair) -> None:
    manifest, rows = pair.manifest_and_rows()
    path = write_package(pair.folder / "c.kadesk-sync", manifest, [line(r) for r in rows])
    manifest, _ = read_package(path)
    manifest["counts"]["visit"] = 5
    data = b"".join(line(r) + b"\n" for r in rows)
    write_package(path, manifest, [], members=[
        ("changes.jsonl", data), ("manifest.json", jsonstrict.dumps(manifest))])
    refused(pair, path, "sync_count_mismatch", "announces 5 changes to visit")


def test_duplicated_records(pair: Pair) -> None:
    def twice(_m: dict[str, Any], rows: list[dict[str, Any]]) -> list[bytes]:
        return [line(r) for r in rows] + [line(rows[0])]

    refused(pair, crafted(pair, "dup.kadesk-sync", twice), "sync_duplicate_record",
            "appears twice")


def test_same_stamp_different_value_is_a_forgery(pair: Pair) -> None:
    def forged(_m: dict[str, Any], rows: list[dict[str, Any]]) -> list[bytes]:
        rows[0]["v"]["name"] = "华为（伪造）"
        return [line(r) for r in rows]

    refused(pair, crafted(pair, "forged.kadesk-sync", forged), "sync_same_stamp",
            "copied kadesk installation or was forged")


def test_sql_looking_strings_are_plain_text(pair: Pair) -> None:
    hostile = "华为'); DROP TABLE account; -- \" OR 1=1; /* */"

    def renamed(_m: dict[str, Any], rows: list[dict[str, Any]]) -> list[bytes]:
        rows[0]["v"]["name"] = hostile
        rows[0]["g"]["name"] = [rows[0]["c"][0] + 1, rows[0]["c"][1]]
        return [line(r) for r in rows]

    summary = pair.b.sync.import_package(crafted(pair, "sql.kadesk-sync", renamed))
    assert summary.updated == 1
    assert pair.b.accounts.get(pair.account_id).name == hostile
    assert integrity_ok(pair.b)


def test_stamps_from_the_future(pair: Pair) -> None:
    def future(_m: dict[str, Any], rows: list[dict[str, Any]]) -> list[bytes]:
        ahead = from_ms(pair.b.db.clock.clock.now_ms() + 3 * 24 * 3600 * 1000)
        rows[0]["g"]["notes"] = [ahead, rows[0]["c"][1]]
        return [line(r) for r in rows]

    refused(pair, crafted(pair, "future.kadesk-sync", future), "sync_future",
            "ahead of this computer's clock")


def test_own_export(pair: Pair) -> None:
    own = pair.b.sync.export_full(pair.folder / "own.kadesk-sync").path
    refused(pair, own, "sync_own_package", "exported by this computer")


def test_other_team_is_refused_unless_joining(pair: Pair, tmp_path: Path) -> None:
    with Kadesk.open(tmp_path / "丙" / "kadesk.db") as c:
        from kadesk.domain.records import AccountFields

        c.accounts.create(AccountFields(name="中国银行"))
        package = c.sync.export_full(tmp_path / "丙.kadesk-sync").path
        team = c.sync.status().team_id
    refused(pair, package, "sync_other_team", "belongs to another team")
    summary = pair.b.sync.import_package(package, join_team=True)
    assert summary.joined_team and summary.created == 1
    assert pair.b.sync.status().team_id == team


def test_re_import_says_when(pair: Pair) -> None:
    before = snapshot(pair.b.db)
    again = pair.b.sync.import_package(pair.base)
    assert again.already_imported_at is not None and not again.changed
    assert snapshot(pair.b.db) == before


def test_missing_parent_gets_a_placeholder_that_the_real_one_replaces(pair: Pair) -> None:
    from kadesk.domain.records import ContactFields, VisitFields

    new = pair.a.accounts.create(
        __import__("kadesk.domain.records", fromlist=["AccountFields"]).AccountFields(
            name="招商银行股份有限公司")).record
    pair.a.contacts.create(ContactFields(account_id=new.id, name="王芳"))
    full = pair.a.sync.export_full(pair.folder / "all.kadesk-sync").path
    manifest, rows = read_package(full)
    children = [r for r in rows if r["t"] != "account" or r["id"] != new.id]
    orphaned = write_package(pair.folder / "orphan.kadesk-sync", manifest,
                             [line(r) for r in children])
    summary = pair.b.sync.import_package(orphaned)
    assert summary.placeholders == 1 and summary.conflicts.get("orphan") == 1
    assert integrity_ok(pair.b)
    assert pair.b.accounts.get(new.id).deleted  # hidden until the real one arrives
    summary = pair.b.sync.import_package(full)
    assert not pair.b.accounts.get(new.id).deleted
    assert pair.b.accounts.get(new.id).name == "招商银行股份有限公司"
    assert integrity_ok(pair.b)
    del VisitFields


def test_reports_to_cycle_is_logged_and_not_displayed(pair: Pair) -> None:
    from kadesk.domain.records import ContactFields

    boss = pair.a.contacts.create(ContactFields(account_id=pair.account_id, name="李娜")).record
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "1.kadesk-sync").path)
    # Concurrently: on A 张伟 reports to 李娜, on B 李娜 reports to 张伟.
    pair.a.contacts.update(pair.contact_id, reports_to_id=boss.id)
    pair.b.contacts.update(boss.id, reports_to_id=pair.contact_id)
    summary = pair.b.sync.import_package(
        pair.a.sync.export_full(pair.folder / "2.kadesk-sync").path)
    assert summary.conflicts.get("cycle") == 1
    shown = pair.b.sync.displayed_reports_to(pair.account_id)
    links = {c: (m, (0, "")) for c, m in shown.items()}
    assert cycles(links) == []
    # The newest link (B's, made after A's) is the one not shown.
    assert shown[boss.id] is None and shown[pair.contact_id] == boss.id


def test_possible_duplicate_is_logged_and_merged(pair: Pair) -> None:
    from kadesk.domain.records import AccountFields

    ours = pair.b.accounts.create(AccountFields(name="中国平安")).record
    theirs = pair.a.accounts.create(AccountFields(name="中國平安")).record
    summary = pair.b.sync.import_package(
        pair.a.sync.export_full(pair.folder / "dup.kadesk-sync").path)
    assert summary.conflicts.get("possible_duplicate") == 1
    pair.b.sync.merge_duplicates(ours.id, theirs.id)
    assert pair.b.accounts.get(theirs.id).deleted
    assert not pair.b.sync.conflicts()


def test_message_names_the_file(pair: Pair) -> None:
    path = pair.folder / f"{uuid.uuid4()}.kadesk-sync"
    path.write_bytes(b"PK\x03\x04 not really")
    error = refused(pair, path, "sync_not_a_package", str(path))
    assert json.dumps(error.params)


def test_a_package_changed_on_disk_between_check_and_merge(pair: Pair,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """The merge reads the rows again without checking them again: the hash at the end
    must catch a file rewritten in place after the check, and nothing is kept."""
    pair.a.accounts.update(pair.account_id, notes="原来的备注")
    for n in range(300):  # a file far larger than a read buffer: the merge reads the disk
        pair.a.accounts.create(AccountFields(name=f"客户{n:03}", notes="备注" * 20))
    manifest, rows = read_package(pair.a.sync.export_full(pair.folder / "p.kadesk-sync").path)
    data = b"".join(line(r) + b"\n" for r in rows)
    tampered = data.replace("原来的备注".encode(), "篡改的备注".encode())
    assert tampered != data and len(tampered) == len(data)
    manifest["members"] = {"changes.jsonl": {"size": len(data),
                                             "sha256": hashlib.sha256(data).hexdigest()}}
    manifest["package_id"] = str(uuid.uuid4())

    def stored(changes: bytes) -> bytes:  # no compression: the same layout, other bytes
        path = pair.folder / "stored.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("changes.jsonl", changes)
            zf.writestr("manifest.json", jsonstrict.dumps(manifest))
        return path.read_bytes()

    package = pair.folder / "swapped.kadesk-sync"
    package.write_bytes(stored(data))
    swapped = stored(tampered)
    check = SyncService._scan

    def check_then_rewrite(self: SyncService, *args: Any) -> int:
        highest = check(self, *args)
        with open(package, "r+b") as rewrite:
            rewrite.write(swapped)
        return highest

    monkeypatch.setattr(SyncService, "_scan", check_then_rewrite)
    refused(pair, package, "sync_hash_mismatch", "checksum")
    assert pair.b.accounts.get(pair.account_id).notes == ""


def _contact_phone(pair: Pair, name: str, mobile: str) -> Path:
    def edited(_m: dict[str, Any], rows: list[dict[str, Any]]) -> list[bytes]:
        row = next(r for r in rows if r["t"] == "contact")
        row["v"]["mobile"] = mobile
        row["g"]["mobile"] = [row["c"][0] + 1, row["c"][1]]
        return [line(r) for r in rows]

    return crafted(pair, name, edited)


def test_a_phone_number_the_editor_refuses_is_refused(pair: Pair) -> None:
    """The editor's rule for phone numbers holds for packages too (domain/phones.py)."""
    error = refused(pair, _contact_phone(pair, "phone.kadesk-sync", "call me maybe"),
                    "sync_bad_value", "'call me maybe' is not a phone number")
    assert (error.params["field"], error.params["field_code"]) == ("mobile", "bad_phone")


def test_a_phone_number_as_a_card_prints_it_is_accepted(pair: Pair) -> None:
    pair.b.sync.import_package(_contact_phone(pair, "card.kadesk-sync", "0755-26656677转8001"))
    assert pair.b.contacts.get(pair.contact_id).mobile == "0755-26656677转8001"
