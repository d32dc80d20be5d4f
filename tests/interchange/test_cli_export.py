"""``kadesk export ...`` from the command line: files written, refusals with exit code 2
and no file."""

from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject
from openpyxl import load_workbook

from kadesk.cli import main
from kadesk.domain.enums import Tier
from kadesk.domain.records import AccountFields, ContactFields, VisitFields
from kadesk.paths import db_path
from kadesk.services.app import Kadesk


@pytest.fixture
def accounts() -> dict[str, str]:
    """Two accounts with a contact, a logged visit and a follow-up in three days."""
    today = date.today()
    with Kadesk.open(db_path()) as app:
        huawei = app.accounts.create(AccountFields(name="华为技术有限公司", tier=Tier.A)).record
        bank = app.accounts.create(AccountFields(name="招商银行股份有限公司", tier=Tier.B,
                                                 owner="李娜")).record
        contact = app.contacts.create(ContactFields(account_id=huawei.id, name="张伟",
                                                    mobile="13800138000")).record
        gone = app.accounts.create(AccountFields(name="已删除客户")).record.id
        app.contacts.create(ContactFields(account_id=gone, name="不导出"))
        app.accounts.delete(gone)  # its people are not in "every contact"
        app.visits.create(VisitFields(
            account_id=huawei.id, occurred_at=datetime.combine(today, time(9)).astimezone(),
            follow_up_date=today + timedelta(days=3), next_steps="发报价", owner="张伟"))
    return {"huawei": huawei.id, "bank": bank.id, "contact": contact.id}


def test_account_list_with_filters(accounts: dict[str, str], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "A级客户.xlsx"
    assert main(["export", "accounts", "--tier", "A", "--lang", "zh_CN", "-o", str(target)]) == 0
    assert "1 accounts written" in capsys.readouterr().out
    rows = list(load_workbook(target).active.values)
    assert rows[0][0] == "客户名称" and [r[0] for r in rows[1:]] == ["华为技术有限公司"]
    csv_target = tmp_path / "reps.csv"
    assert main(["export", "accounts", "--owner", "李娜", "--encoding", "gb18030",
                 "--lang", "en_US", "-o", str(csv_target)]) == 0
    with open(csv_target, encoding="gb18030", newline="") as f:
        assert [r[0] for r in csv.reader(f)] == ["Account", "招商银行股份有限公司"]


@pytest.mark.parametrize(("args", "message"), [
    (["accounts", "--search", "不存在"], "No account matches"),
    (["accounts", "--industry", "火星采矿"], "is not an industry"),
    (["visits", "--from", "2020-01-01", "--to", "2020-01-31"], "No visit was logged"),
    (["visits", "--to", "2020-01-31"], "give --from"),
    (["vcard", "--account", "华为", "--contact", "x"], "not both"),
    (["vcard", "--account", "没有这个客户"], "no account matches"),
    (["calendar", "--account", "招商银行"], "no follow-ups"),
])
def test_refusals_write_nothing(accounts: dict[str, str], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str], args: list[str],
                                message: str) -> None:
    target = tmp_path / ("out.xlsx" if args[0] in ("accounts", "visits") else "out.bin")
    assert main(["export", *args, "-o", str(target)]) == 2
    assert message.lower() in capsys.readouterr().err.lower()
    assert not target.exists()


def test_a_table_needs_a_known_ending(accounts: dict[str, str], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").mkdir()
    assert main(["export", "accounts", "-o", str(tmp_path / "out" / "list.xls")]) == 2
    assert ".xlsx, .csv" in capsys.readouterr().err
    assert list((tmp_path / "out").iterdir()) == []


def test_visits_contacts_and_calendar(accounts: dict[str, str], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    today = date.today().isoformat()
    assert main(["export", "visits", "--from", today, "-o", str(tmp_path / "v.csv")]) == 0
    with open(tmp_path / "v.csv", encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) == 2
    assert main(["export", "vcard", "--account", "华为", "--version", "4.0",
                 "-o", str(tmp_path / "c.vcf")]) == 0
    card = vobject.readOne((tmp_path / "c.vcf").read_text(encoding="utf-8"))
    assert (card.version.value, card.fn.value, card.tel.value) == ("4.0", "张伟", "138 0013 8000")
    assert main(["export", "vcard", "--contact", accounts["contact"],
                 "-o", str(tmp_path / "one.vcf")]) == 0
    assert main(["export", "vcard", "-o", str(tmp_path / "all.vcf")]) == 0  # every contact
    every = list(vobject.readComponents((tmp_path / "all.vcf").read_text(encoding="utf-8")))
    assert [c.fn.value for c in every] == ["张伟"]  # the one live contact of all accounts
    monkeypatch.chdir(tmp_path)  # the default name lands in the current folder
    assert main(["export", "calendar", "--lang", "zh_CN"]) == 0
    calendar = icalendar.Calendar.from_ical((tmp_path / "kadesk-跟进与拜访.ics").read_bytes())
    # Today's visit (planned or just made) and the follow-up in three days.
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [
        "拜访：华为技术有限公司（上门拜访）", "跟进：华为技术有限公司"]
