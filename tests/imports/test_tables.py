"""Reading files, suggesting the mapping and parsing cells: the pure half of import."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from kadesk.domain.enums import AccountType, Region, Tier
from kadesk.domain.errors import ImportFileError
from kadesk.domain.money import Money
from kadesk.interchange import cells
from kadesk.interchange.fields import BY_KEY, Target, suggest
from kadesk.interchange.table_reader import detect_encoding, read_table
from kadesk.interchange.vcard_reader import read_vcard
from tests.imports import files

# -- mapping suggestions --------------------------------------------------------------

def test_chinese_headers_are_mapped_to_their_fields() -> None:
    assert suggest(files.HEADERS) == [
        "account.name", "account.industry_id", "account.hq_city", "account.tier",
        "account.annual_revenue", "account.payment_terms_days", "account.cooperation_start",
        "contact.name", "contact.title", "contact.mobile", "contact.email"]


def test_traditional_english_and_decorated_headers() -> None:
    headers = ["單位名稱", "Industry", "City", "E-mail", "Mobile phone", "联系人电话",
               "年营收(元)", "客户联系人", "微信号", "备注", "不相干的列"]
    assert suggest(headers) == [
        "account.name", "account.industry_id", "account.hq_city", "contact.email",
        "contact.mobile", "contact.phone", "account.annual_revenue", "contact.name",
        "contact.wechat", "account.notes", None]


def test_a_field_goes_to_the_first_column_only() -> None:
    assert suggest(["客户名称", "公司名称", "联系人"]) == ["account.name", None, "contact.name"]


def test_a_contacts_file_maps_notes_to_the_person_and_never_account_details() -> None:
    assert suggest(["公司", "姓名", "备注", "行业"], Target.CONTACTS) == [
        "account.name", "contact.name", "contact.personal_notes", None]


# -- cells ----------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["2024-03-05", "2024/3/5", "2024年3月5日", "2024.3.5",
                                   "20240305", "２０２４-03-05", "2024-03-05 00:00:00",
                                   datetime(2024, 3, 5, 0, 0), date(2024, 3, 5), 45356])
def test_dates_as_people_type_them(typed: object) -> None:
    assert cells.parse_date(typed) == date(2024, 3, 5)


@pytest.mark.parametrize("typed", ["5/3/2024", "明年", "2024-13-01"])
def test_unreadable_dates_say_how_to_write_them(typed: str) -> None:
    with pytest.raises(cells.CellError) as bad:
        cells.parse_date(typed)
    assert bad.value.code == "cell_bad_date"


@pytest.mark.parametrize(("typed", "scale", "cents"), [
    ("¥1,200", 1, 120_000), ("￥1,200.50", 1, 120_050), ("1.5万", 1, 1_500_000),
    ("12,500元", 1, 1_250_000), (120, 10_000, 120_000_000), ("RMB 3,000", 1, 300_000),
    (99.99, 1, 9_999), ("2亿", 1, 200_000_000_00)])
def test_amounts_with_currency_signs_commas_and_wan(typed: object, scale: int,
                                                    cents: int) -> None:
    assert cells.money(typed, scale) == Money(cents, "CNY")


def test_other_currencies_keep_their_code() -> None:
    assert cells.money("US$1,000") == Money(100_000, "USD")
    with pytest.raises(cells.CellError) as bad:
        cells.money("一千")
    assert bad.value.code == "cell_bad_amount"
    with pytest.raises(cells.CellError) as bad:
        cells.whole("九十")
    assert bad.value.code == "cell_bad_number"


@pytest.mark.parametrize(("enum", "typed", "member"), [
    (Tier, "A", Tier.A), (Tier, "B级", Tier.B), (Tier, "Tier C", Tier.C),
    (Region, "华东区", Region.EAST), (Region, "South", Region.SOUTH),
    (AccountType, "战略", AccountType.STRATEGIC), (AccountType, "重要客户", AccountType.IMPORTANT)])
def test_list_values_by_chinese_or_english_label(enum: type, typed: str, member: object) -> None:
    assert cells.choice(enum, typed) == member


def test_an_unknown_list_value_names_the_choices() -> None:
    with pytest.raises(cells.CellError) as bad:
        cells.choice(Tier, "D")
    assert bad.value.code == "cell_not_in_list"
    assert bad.value.params["choices"] == "Tier A / Tier B / Tier C"  # English messages
    assert bad.value.params["choices_zh"] == "A 级 / B 级 / C 级"  # the Chinese one


def test_industries_by_label_or_half_of_one() -> None:
    index = cells.industry_index([("b", "banking", "金融/银行", "Banking"),
                                  ("i", "insurance", "金融/保险", "Insurance")])
    assert cells.industry("银行", index) == "b"
    assert cells.industry("Insurance", index) == "i"
    with pytest.raises(cells.CellError):
        cells.industry("金融", index)  # both are 金融: neither is guessed


def test_phones_and_numbers_excel_made_into_numbers() -> None:
    assert cells.phone(13800138000) == "138 0013 8000"
    assert cells.phone(13800138000.0) == "138 0013 8000"
    with pytest.raises(cells.CellError):
        cells.phone(12345)
    assert cells.whole("90天") == 90
    assert cells.text(3.0) == "3"


# -- workbooks and CSV ------------------------------------------------------------------

def test_a_title_line_above_the_header_is_skipped(tmp_path: Path) -> None:
    table = read_table(files.workbook(tmp_path / "a.xlsx", title="2024 客户清单"))
    assert table.headers[:2] == ["客户名称", "行业"]
    assert table.header_line == 2
    assert [n for n, _ in table.rows] == [3, 4, 5, 6]
    assert table.sheets == ["客户"]


def test_merged_header_cells_are_named(tmp_path: Path) -> None:
    path = files.workbook(tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("J1:K1")
    book.save(path)
    with pytest.raises(ImportFileError) as bad:
        read_table(path)
    assert bad.value.code == "import_merged_header"
    assert "J1:K1" in bad.value.message()


def test_formulas_without_a_saved_result_are_found(tmp_path: Path) -> None:
    path = files.workbook(tmp_path / "f.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["E2"] = "=100*12"
    book.save(path)
    assert read_table(path).formulas == {(2, 4)}


@pytest.mark.parametrize(("content", "code"), [
    (b"", "import_empty_file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "import_protected"),
    (b"PK\x03\x04 cut short", "import_not_xlsx")])
def test_unreadable_workbooks(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "坏.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as bad:
        read_table(path)
    assert bad.value.code == code
    assert "坏.xlsx" in bad.value.message()


def test_an_empty_workbook_and_a_header_only(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    header_only = files.workbook(tmp_path / "header.xlsx", rows=[])
    for path in (empty, header_only):
        with pytest.raises(ImportFileError) as bad:
            read_table(path)
        assert bad.value.code == "import_no_rows"


def test_a_missing_sheet_lists_the_sheets(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as bad:
        read_table(files.workbook(tmp_path / "a.xlsx"), sheet="联系人")
    assert "客户" in bad.value.message()


def test_a_workbook_is_a_zip_whatever_its_name(tmp_path: Path) -> None:
    path = files.workbook(tmp_path / "a.xlsx")
    assert zipfile.is_zipfile(path)
    renamed = path.rename(tmp_path / "客户.csv")
    assert read_table(renamed).headers[0] == "客户名称"


@pytest.mark.parametrize(("encoding", "detected"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("big5", None)])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str, detected: str | None) -> None:
    big5 = encoding == "big5"
    path = files.csv_file(tmp_path / "a.csv", [["華為技術" if big5 else "华为技术", "深圳"]],
                          ["客戶名稱" if big5 else "客户名称", "城市"], encoding)
    data = path.read_bytes()
    if detected is None:  # Big5 bytes also decode as GB18030: the user confirms or changes it
        assert detect_encoding(data) == "gb18030"
        table = read_table(path, encoding="big5")
        assert table.rows[0][1][0] == "華為技術"
        return
    table = read_table(path)
    assert (detect_encoding(data), table.encoding) == (detected, detected)
    assert table.headers == ["客户名称", "城市"]
    assert table.rows[0][1] == ("华为技术", "深圳")


def test_a_csv_in_the_wrong_encoding_names_the_line(tmp_path: Path) -> None:
    path = files.csv_file(tmp_path / "a.csv", [["华为", "深圳"], ["中兴", "深圳"]],
                          ["客户名称", "城市"], "gbk")
    with pytest.raises(ImportFileError) as bad:
        read_table(path, encoding="utf-8")
    assert bad.value.code == "import_bad_encoding"
    assert bad.value.params["line"] == 1


def test_semicolon_separated_csv(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("客户名称;城市\n华为;深圳\n", encoding="utf-8")
    assert read_table(path).rows == [(2, ("华为", "深圳"))]


# -- vCards -----------------------------------------------------------------------------

def test_vcard_30_with_folded_lines_and_several_numbers(tmp_path: Path) -> None:
    path = tmp_path / "联系人.vcf"
    path.write_text(files.VCARD_30, encoding="utf-8")
    table = read_vcard(path)
    assert [n for n, _ in table.rows] == [1, 15]
    first = dict(zip(table.headers, table.rows[0][1], strict=True))
    assert first["FN"] == "张伟"
    assert (first["ORG"], first["ORG unit"], first["TITLE"]) == ("华为技术有限公司", "采购部",
                                                                 "采购总监")
    assert (first["TEL cell"], first["TEL"]) == ("+86 138 0013 8000", "0755-28780808")
    assert first["EMAIL"] == "zhangwei@huawei.com"
    assert "喜欢打羽毛球, 周末常去深圳湾。这是一段很长的备注，被折成了两行。" in first["NOTE"]
    assert "139 0000 0001" in first["NOTE"] and "zw@example.com" in first["NOTE"]


def test_vcard_40_and_21_quoted_printable(tmp_path: Path) -> None:
    v4 = tmp_path / "v4.vcf"
    v4.write_text(files.VCARD_40, encoding="utf-8")
    row = dict(zip(read_vcard(v4).headers, read_vcard(v4).rows[0][1], strict=True))
    assert (row["FN"], row["ORG"], row["TEL cell"]) == ("陳美玲", "招商銀行股份有限公司",
                                                       "+86-139-1234-5678")
    assert (row["EMAIL"], row["BDAY"]) == ("chen@cmbchina.com", "19850412")
    v21 = tmp_path / "v21.vcf"
    v21.write_text(files.VCARD_21, encoding="ascii")
    row = dict(zip(read_vcard(v21).headers, read_vcard(v21).rows[0][1], strict=True))
    assert (row["FN"], row["ORG"], row["TEL cell"]) == ("王芳", "招商银行股份有限公司",
                                                       "13700137000")


@pytest.mark.parametrize(("text", "line", "words"), [
    ("BEGIN:VCARD\nVERSION:3.0\nFN:张伟\nthis line is broken\nEND:VCARD\n", 4, "property"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:张伟\n", 1, "END:VCARD"),
    ("FN:张伟\n", 1, "outside")])
def test_a_broken_vcard_names_its_line(tmp_path: Path, text: str, line: int,
                                       words: str) -> None:
    path = tmp_path / "坏.vcf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as bad:
        read_vcard(path)
    assert (bad.value.code, bad.value.params["line"]) == ("vcard_broken", line)
    assert words in bad.value.message()


def test_a_file_without_cards(tmp_path: Path) -> None:
    path = tmp_path / "空.vcf"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as bad:
        read_vcard(path)
    assert bad.value.code == "import_empty_file"


def test_every_field_has_chinese_and_english_names() -> None:
    assert all(f.zh and f.en for f in BY_KEY.values())
