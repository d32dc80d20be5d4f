"""A table of typed columns written as .xlsx or .csv, as a spreadsheet user expects.

xlsx: real date cells, money as numbers with a currency format, text always as
text (a phone number or an id never turns into a number, a note starting with
"=" never into a formula), widths fitted to the content with CJK characters
counted double, a frozen bold header row and an autofilter. Written with
xlsxwriter in constant-memory mode: each row goes to disk as it is written, a
year of visits (116,000 rows) in a few times CSV's time; openpyxl's write-only
mode took 20 times as long. (openpyxl still reads workbooks: import.)

csv: UTF-8 with a BOM by default (Excel in China reads BOM-less UTF-8 as GBK and
garbles it), GB18030 on request; dates ISO, money plain decimals.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from kadesk.domain.errors import KadeskError
from kadesk.domain.money import CURRENCY_SYMBOLS, DEFAULT_CURRENCY, Money
from kadesk.files import write_atomically

Cell = str | int | date | datetime | Money | None

ENCODINGS = {"utf-8": "utf-8-sig", "gb18030": "gb18030"}  # name offered -> Python codec
FORMATS = (".xlsx", ".csv")

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MAX_WIDTH = 60  # characters; longer text is cut off on screen, not in the cell
MIN_WIDTH = 6
EXCEL_MAX_TEXT = 32_767  # Excel refuses longer cells
# Sheet names: at most 31 characters, none of these.
_SHEET_ILLEGAL = str.maketrans({c: "_" for c in "[]:*?/\\"})


class Kind(Enum):
    TEXT = "text"
    INTEGER = "integer"
    DATE = "date"
    DATETIME = "datetime"  # aware; written in the local time zone, as the window shows it
    MONEY = "money"


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Table:
    title: str  # the sheet's name
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Cell]]


def table_format(path: Path) -> str:
    """'.xlsx' or '.csv' from the file name; anything else is refused."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise KadeskError("export_bad_format", path=str(path), formats=", ".join(FORMATS))
    return suffix


def write_table(table: Table, path: Path, *, encoding: str = "utf-8") -> Path:
    """Write ``table`` whole or not at all, as the suffix of ``path`` says."""
    suffix = table_format(path)
    if suffix == ".xlsx":
        return write_atomically(path, lambda temp: write_xlsx(table, temp))
    codec = ENCODINGS[encoding]
    return write_atomically(path, lambda temp: write_csv(table, temp, codec))


# -- values ------------------------------------------------------------------------
def _local(value: datetime) -> datetime:
    """Spreadsheets know no time zones: the local wall-clock time, naive."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def money_format(currency: str) -> str:
    symbol = CURRENCY_SYMBOLS.get(currency, currency + " ")
    return f'"{symbol}"#,##0.00'


def plain(value: Cell) -> str:
    """A cell as CSV text: ISO dates, local times to the minute, plain decimals."""
    if value is None:
        return ""
    if isinstance(value, Money):
        amount = f"{value.amount():.2f}"
        return amount if value.currency == DEFAULT_CURRENCY else f"{amount} {value.currency}"
    if isinstance(value, datetime):
        return f"{_local(value):%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a spreadsheet: wide (CJK) characters count two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _shown(value: Cell) -> str:
    """Roughly what the spreadsheet shows, to size the column."""
    if isinstance(value, Money):
        return f"¥{value.amount():,.2f}"
    if isinstance(value, str):
        return max(value.splitlines() or [""], key=display_width)
    return plain(value)


def column_widths(table: Table) -> list[float]:
    widths = []
    for i, column in enumerate(table.columns):
        longest = max((display_width(_shown(row[i])) for row in table.rows),
                      default=0)
        # Header: bold, plus the autofilter's drop-down button.
        wanted = max(longest, display_width(column.header) + 3)
        widths.append(float(min(max(wanted, MIN_WIDTH), MAX_WIDTH) + 2))
    return widths


# -- writers -----------------------------------------------------------------------
# Characters XML 1.0 cannot hold (controls other than tab and line breaks): dropped.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_xlsx(table: Table, path: Path) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {
        "constant_memory": True,  # rows go to disk in order: no cell tree in memory
        "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
        "remove_timezone": True})
    workbook.set_properties({"title": table.title, "author": "kadesk"})
    sheet = workbook.add_worksheet(table.title.translate(_SHEET_ILLEGAL)[:31] or "Sheet1")
    for i, width in enumerate(column_widths(table)):
        sheet.set_column(i, i, width)
    sheet.freeze_panes(1, 0)
    bold = workbook.add_format({"bold": True})
    for i, column in enumerate(table.columns):
        sheet.write_string(0, i, column.header, bold)
    dates = workbook.add_format({"num_format": DATE_FORMAT})
    times = workbook.add_format({"num_format": DATETIME_FORMAT})
    money: dict[str, Any] = {}

    def write(r: int, c: int, value: Cell, kind: Kind) -> None:
        if value is None:
            return
        if isinstance(value, Money):
            if value.currency not in money:
                money[value.currency] = workbook.add_format(
                    {"num_format": money_format(value.currency)})
            sheet.write_number(r, c, float(value.amount()), money[value.currency])
        elif isinstance(value, datetime):
            sheet.write_datetime(r, c, _local(value), times)
        elif isinstance(value, date):
            sheet.write_datetime(r, c, value, dates)
        elif isinstance(value, int) and kind is not Kind.TEXT:
            sheet.write_number(r, c, value)
        else:  # text stays text: a phone number, an id, "=..." or "#N/A" alike
            sheet.write_string(r, c, _ILLEGAL.sub("", str(value))[:EXCEL_MAX_TEXT])

    kinds = [c.kind for c in table.columns]
    for r, row in enumerate(table.rows, start=1):
        for c, (value, kind) in enumerate(zip(row, kinds, strict=True)):
            write(r, c, value, kind)
    sheet.autofilter(0, 0, len(table.rows), len(table.columns) - 1)
    workbook.close()


def write_csv(table: Table, path: Path, codec: str = "utf-8-sig") -> None:
    # newline="": the csv module writes its own \r\n, as Excel expects.
    with open(path, "w", encoding=codec, newline="") as out:
        writer = csv.writer(out)
        writer.writerow([c.header for c in table.columns])
        for row in table.rows:
            writer.writerow([plain(value) for value in row])
