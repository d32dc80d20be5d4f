"""``kadesk import-table``, ``import-vcard``, ``import-history`` and ``import-undo``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kadesk.cli import main
from kadesk.domain.records import AccountFields
from kadesk.paths import db_path
from kadesk.services.app import Kadesk
from tests.helpers import snapshot
from tests.imports import files


def accounts() -> list[str]:
    with Kadesk.open(db_path()) as app:
        return [a.name for a in app.accounts.page()]


def test_import_a_gbk_csv_then_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = files.csv_file(tmp_path / "客户.csv", files.ROWS, files.HEADERS, "gbk")
    assert main(["import-table", str(path), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Read 客户.csv as gb18030" in out
    assert "手机 → 手机 Mobile (contact.mobile)" in out
    assert "Accounts: 3 created" in out and "Contacts: 3 created" in out
    assert accounts() == ["华为技术有限公司", "美的集团", "招商银行股份有限公司"]
    assert main(["import-history"]) == 0
    assert "客户.csv  (skip): accounts +3" in capsys.readouterr().out
    assert main(["import-undo"]) == 0
    assert "6 records moved to the trash" in capsys.readouterr().out
    assert accounts() == []
    assert main(["import-undo"]) == 2
    assert "no import to undo" in capsys.readouterr().err


def test_map_dry_run_and_left_out_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["华为", "深圳", "x"], ["中兴", "南京", "60"]]
    path = files.workbook(tmp_path / "a.xlsx", rows, ["单位", "备注", "账期"])
    assert main(["import-table", str(path), "--map", "备注=城市", "--dry-run", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "备注 → 总部城市 City (account.hq_city)" in out
    assert "Dry run, nothing written" in out and "2 would be created" in out
    assert "row 2, 账期: 'x' is not a whole number. The field is left empty." in out
    assert accounts() == []
    assert main(["import-table", str(path), "--map", "B=account.hq_city", "--map", "账期=",
                 "--quiet"]) == 0
    with Kadesk.open(db_path()) as app:
        assert {a.name: a.hq_city for a in app.accounts.page()} == {"华为": "深圳",
                                                                    "中兴": "南京"}


def test_bad_input_exits_2_and_writes_nothing(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()) as app:
        app.accounts.create(AccountFields(name="华为"))
        before = snapshot(app.db)
    protected = tmp_path / "密码.xlsx"
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    assert main(["import-table", str(protected)]) == 2
    assert "protected by a password" in capsys.readouterr().err
    good = files.workbook(tmp_path / "a.xlsx")
    assert main(["import-table", str(good), "--map", "行业=不存在"]) == 2
    assert "'不存在' is not a field" in capsys.readouterr().err
    assert main(["import-table", str(good), "--map", "Z=contact.name"]) == 2
    assert main(["import-vcard", str(good)]) == 2
    with Kadesk.open(db_path()) as app:
        assert snapshot(app.db) == before


def test_import_vcard_into_a_chosen_account(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()) as app:
        app.accounts.create(AccountFields(name="深圳市腾讯计算机系统有限公司"))
    cards = tmp_path / "名片.vcf"
    cards.write_text(files.VCARD_30, encoding="utf-8")
    assert main(["import-vcard", str(cards), "--account", "腾讯", "--quiet"]) == 0
    assert "Contacts: 2 created" in capsys.readouterr().out
    with Kadesk.open(db_path()) as app:
        [tencent] = app.accounts.page()
        assert {c.name for c in app.contacts.of_account(tencent.id)} == {"张伟", "李娜"}
