"""Spreadsheets out: the account list and the visit log as .xlsx and .csv, read back."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kadesk.domain.enums import Tier
from kadesk.domain.errors import KadeskError
from kadesk.domain.money import Money
from kadesk.domain.queries import AccountFilter, AccountSort, Period
from kadesk.interchange.table_writer import (
    Column,
    Kind,
    Table,
    display_width,
    write_table,
)
from tests.interchange.conftest import Book

MARCH = Period(start=date(2026, 3, 1), end=date(2026, 3, 31))


def sheet_rows(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    return [[c.value for c in row] for row in sheet.iter_rows()]


def csv_rows(path: Path, encoding: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode(encoding), newline="")))


def test_cells_keep_their_types(tmp_path: Path) -> None:
    table = Table("样例", (Column("电话"), Column("日期", Kind.DATE),
                          Column("时间", Kind.DATETIME), Column("金额", Kind.MONEY),
                          Column("分钟", Kind.INTEGER), Column("备注")),
                  [("013800138000", date(2026, 3, 16), datetime(2026, 3, 16, 2, 30, tzinfo=UTC),
                    Money(1_234_567_890), 45, "=SUM(A1:A9)\x07 铃"),
                   ("+86 138 0013 8000", None, None, Money(5000, "USD"), None, "#N/A")])
    target = write_table(table, tmp_path / "样例.xlsx")
    sheet = load_workbook(target).active
    phone, day, when, money, minutes, note = sheet[2]
    assert (phone.value, phone.data_type) == ("013800138000", "s")  # the leading 0 survives
    assert sheet["A3"].value == "+86 138 0013 8000"
    assert day.value == datetime(2026, 3, 16) and day.number_format == "yyyy-mm-dd"
    local = datetime(2026, 3, 16, 2, 30, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert when.value == local and when.number_format == "yyyy-mm-dd hh:mm"
    assert money.value == pytest.approx(12_345_678.90) and money.data_type == "n"
    assert money.number_format == '"¥"#,##0.00'
    assert sheet["D3"].number_format == '"$"#,##0.00'
    assert minutes.value == 45
    # Text is never a formula, and characters Excel refuses are dropped, not fatal.
    assert (note.value, note.data_type) == ("=SUM(A1:A9) 铃", "s")
    assert (sheet["F3"].value, sheet["F3"].data_type) == ("#N/A", "s")


def test_sheet_is_set_up_for_reading(tmp_path: Path) -> None:
    long_cjk = "华为技术有限公司深圳坂田基地"
    table = Table("客户/列表", (Column("名称"), Column("简称"), Column("Notes")),
                  [(long_cjk, "华为", "x" * 500)])
    sheet = load_workbook(write_table(table, tmp_path / "t.xlsx")).active
    assert sheet.title == "客户_列表"  # '/' is not allowed in a sheet name
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C2"
    assert all(cell.font.b for cell in sheet[1])
    widths = {c: sheet.column_dimensions[c].width for c in "ABC"}
    # 14 Chinese characters take 28 columns; a short one still fits its header and button.
    assert widths["A"] >= display_width(long_cjk) == 28
    assert widths["B"] >= display_width("简称") + 3
    assert widths["C"] < 63  # a long note does not make a screen-wide column (62 + padding)


def test_csv_utf8_bom_and_gb18030_hold_the_same_rows(tmp_path: Path) -> None:
    table = Table("t", (Column("客户"), Column("金额", Kind.MONEY), Column("日期", Kind.DATE)),
                  [("华为技术有限公司", Money(123_450), date(2026, 3, 16)),
                   ("多行\n备注, 带逗号", Money(1, "USD"), None)])
    utf8 = write_table(table, tmp_path / "u.csv")
    gbk = write_table(table, tmp_path / "g.csv", encoding="gb18030")
    assert utf8.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not gbk.read_bytes().startswith(b"\xef\xbb\xbf")
    expected = [["客户", "金额", "日期"], ["华为技术有限公司", "1234.50", "2026-03-16"],
                ["多行\n备注, 带逗号", "0.01 USD", ""]]
    assert csv_rows(utf8, "utf-8-sig") == csv_rows(gbk, "gb18030") == expected


def test_an_unknown_ending_writes_nothing(tmp_path: Path) -> None:
    table = Table("t", (Column("a"),), [("x",)])
    with pytest.raises(KadeskError) as refused:
        write_table(table, tmp_path / "list.xls")
    assert refused.value.code == "export_bad_format"
    assert list(tmp_path.iterdir()) == []


# -- the account list ------------------------------------------------------------------
def test_account_list_in_chinese(book: Book, tmp_path: Path) -> None:
    book.exports.export_accounts(tmp_path / "客户.xlsx", language="zh_CN")
    header, *rows = sheet_rows(tmp_path / "客户.xlsx")
    assert header[:4] == ["客户名称", "简称", "分级", "客户类型"]
    assert "年收入" in header and "下次跟进" in header
    # Pinyin order, as the list shows it; the account in the trash is left out.
    assert [r[0] for r in rows] == ["华为技术有限公司", "招商银行股份有限公司"]
    huawei = dict(zip(header, rows[0], strict=True))
    assert huawei["客户类型"] == "战略客户" and huawei["区域"] == "华南"
    assert huawei["行业"] == "电子" and huawei["负责人"] == "张伟"
    assert huawei["年收入"] == pytest.approx(12_345_678.90)
    assert huawei["下次跟进"] == datetime(2026, 1, 10)  # the earliest open one
    assert dict(zip(header, rows[1], strict=True))["年收入"] is None


def test_account_list_follows_filters_and_sort_in_english(book: Book, tmp_path: Path) -> None:
    only_a = AccountFilter(tiers=frozenset({Tier.A}))
    book.exports.export_accounts(tmp_path / "a.csv", only_a, language="en_US")
    header, *rows = csv_rows(tmp_path / "a.csv", "utf-8-sig")
    assert header[:3] == ["Account", "Short name", "Tier"]
    assert [r[0] for r in rows] == ["华为技术有限公司"]
    assert rows[0][header.index("Annual revenue")] == "12345678.90"
    assert rows[0][header.index("Type")] == "Strategic"
    book.exports.export_accounts(tmp_path / "b.csv", sort=AccountSort.TIER, descending=True)
    assert [r[0] for r in csv_rows(tmp_path / "b.csv", "utf-8-sig")[1:]] == [
        "招商银行股份有限公司", "华为技术有限公司"]


def test_no_matching_account_writes_no_file(book: Book, tmp_path: Path) -> None:
    with pytest.raises(KadeskError) as refused:
        book.exports.export_accounts(tmp_path / "x.xlsx", AccountFilter(text="不存在的公司"))
    assert refused.value.code == "export_no_accounts"
    assert "nothing was exported" in refused.value.message()
    assert not (tmp_path / "x.xlsx").exists()


# -- the visit log ---------------------------------------------------------------------
def test_visit_log_of_a_period(book: Book, tmp_path: Path) -> None:
    book.exports.export_visits(tmp_path / "v.xlsx", MARCH, language="zh_CN")
    header, *rows = sheet_rows(tmp_path / "v.xlsx")
    assert header[:4] == ["拜访时间", "客户", "方式", "拜访人"]
    # Oldest first; the visit in the trash and the one of the trashed account are left out,
    # and so is January's.
    assert [r[1] for r in rows] == ["华为技术有限公司", "招商银行股份有限公司",
                                    "华为技术有限公司"]
    first = dict(zip(header, rows[0], strict=True))
    assert first["拜访时间"] == datetime(2026, 3, 10, 10, 0)  # local time, as entered
    assert first["地点"] == "坂田基地" and first["会见人员"] == "欧阳娜娜"
    assert first["异议"] == "价格太高" and first["时长（分钟）"] == 45
    assert first["跟进日期"] == datetime(2026, 3, 20) and first["跟进已完成"] == "否"
    second = dict(zip(header, rows[1], strict=True))
    assert second["方式"] == "电话" and second["目的"] == "=确认账期"
    assert second["跟进已完成"] == "是"


def test_visit_log_narrowed_by_rep_in_english(book: Book, tmp_path: Path) -> None:
    book.exports.export_visits(tmp_path / "v.csv", MARCH, "李娜", language="en_US",
                               encoding="gb18030")
    header, *rows = csv_rows(tmp_path / "v.csv", "gb18030")
    assert header[:2] == ["When", "Account"]
    assert [(r[1], r[2]) for r in rows] == [("招商银行股份有限公司", "Phone call")]
    assert rows[0][0] == f"{datetime(2026, 3, 12, 15, 30):%Y-%m-%d %H:%M}"
    assert rows[0][header.index("Follow-up done")] == "Yes"


def test_visit_log_refuses_an_empty_or_reversed_period(book: Book, tmp_path: Path) -> None:
    empty = Period(start=date(2025, 1, 1), end=date(2025, 1, 31))
    with pytest.raises(KadeskError) as refused:
        book.exports.export_visits(tmp_path / "v.xlsx", empty)
    assert refused.value.code == "export_no_visits"
    with pytest.raises(KadeskError) as reversed_:
        book.exports.export_visits(tmp_path / "v.xlsx",
                                   Period(start=date(2026, 3, 31), end=date(2026, 3, 1)))
    assert reversed_.value.code == "period_reversed"
    assert not (tmp_path / "v.xlsx").exists()


def test_a_long_period_is_fine(book: Book, tmp_path: Path) -> None:
    year = Period(start=date(2026, 1, 1), end=date(2026, 12, 31))
    done = book.exports.export_visits(tmp_path / "year.xlsx", year)
    assert done.count == 4  # January's and the planned one too: no 92-day cap as on paper
