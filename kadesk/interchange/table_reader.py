"""Reading a table: a sheet of an .xlsx workbook or a CSV file, as a header row and
data rows of raw cell values. Problems with the file as a whole raise
``ImportFileError`` before anything is imported.

Workbooks are read with openpyxl in read-only, values-only mode (a 50,000-row
sheet streams in seconds). That mode sees neither merged cells nor formulas, so
one streaming pass over the sheet's XML (xlsx.py) reads the cells and finds
both: merged header cells are refused, and a formula without a saved result is
a message on its cell.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.parsers import expat

from kadesk.domain.errors import ImportFileError
from kadesk.interchange.xlsx_reader import open_book, read_book_sheet

# Files beyond this many data rows are refused: split them (memory and undo stay bounded).
MAX_ROWS = 200_000
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Excel in mainland China writes CSV as GBK (GB18030 is its superset); Taiwan and
# Hong Kong as Big5. UTF-8 is tried first and strictly: GB18030 decodes almost any bytes.
ENCODINGS = ("utf-8-sig", "utf-8", "gb18030", "big5", "utf-16")
TABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
VCARD_SUFFIXES = (".vcf", ".vcard")


# Why a row was not read: a message code of domain/errors.py and its parameters.
Refusal = tuple[str, dict[str, str]]


@dataclass
class Table:
    """One table to import: its header, its data rows and how it was read."""

    path: Path
    headers: list[str]
    header_line: int  # 1-based row (workbook) or line (CSV) of the header
    rows: list[tuple[int, tuple[Any, ...]]]  # (row number as the user sees it, cells)
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    # (row, column index) of formulas that have no saved result.
    formulas: set[tuple[int, int]] = field(default_factory=set)
    # Rows that could not be read for sure (a vCard in an unreadable character set):
    # row -> why; each is left out with that reason.
    refused: dict[int, Refusal] = field(default_factory=dict)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how Excel names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_table(path: Path, *, sheet: str | None = None, encoding: str | None = None) -> Table:
    """The table in ``path`` (.xlsx: ``sheet`` or the first; .csv: ``encoding`` or
    detected). Raises ImportFileError naming what is wrong with the file."""
    data = _head(path)
    if data.startswith(OLE2_MAGIC):
        raise ImportFileError("import_protected", path=path.name)
    if data.startswith(b"PK"):
        return _read_workbook(path, sheet)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportFileError("import_not_xlsx", path=path.name)
    if path.suffix.lower() in (*VCARD_SUFFIXES, ".xls"):
        raise ImportFileError("import_unknown_type", path=path.name)
    return _read_csv(path, path.read_bytes(), encoding)


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(8)
    if not data:
        raise ImportFileError("import_empty_file", path=path.name)
    return data


# -- workbooks -------------------------------------------------------------------

def _read_workbook(path: Path, sheet: str | None) -> Table:
    # A handle, not the name: a workbook saved with a .csv ending still reads.
    with path.open("rb") as handle:
        try:
            book = open_book(handle)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as bad:
            raise ImportFileError("import_not_xlsx", path=path.name) from bad
        try:
            names = list(book.sheets)
            if not names:
                raise ImportFileError("import_no_rows", path=path.name, where="")
            chosen = sheet or names[0]
            if chosen not in names:
                raise ImportFileError("import_no_sheet", path=path.name, sheet=chosen,
                                      sheets=", ".join(names))
            data = read_book_sheet(book, chosen)
        except (expat.ExpatError, KeyError, IndexError, ValueError) as bad:
            raise ImportFileError("import_not_xlsx", path=path.name) from bad
        finally:
            book.archive.close()
    values, merged, formulas = data.rows, data.merged, data.formulas
    table = _split(path, values, f" ({chosen})")
    table.sheet, table.sheets, table.formulas = chosen, names, formulas
    spans = [f"{column_letter(c1)}{r1}:{column_letter(c2)}{r2}"
             for c1, r1, c2, r2 in merged if r1 <= table.header_line <= r2 and c2 > c1]
    if spans:
        raise ImportFileError("import_merged_header", path=path.name, sheet=chosen,
                              cells=", ".join(spans))
    return table


# -- CSV ---------------------------------------------------------------------------

def detect_encoding(data: bytes) -> str:
    """The encoding a CSV file was most likely written in (the user confirms it)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for candidate in ("utf-8", "gb18030"):
        try:
            data.decode(candidate)
        except UnicodeDecodeError:
            continue
        return candidate
    return "big5"


def decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as bad:
        line = data[: bad.start].count(b"\n") + 1
        raise ImportFileError("import_bad_encoding", path=name, encoding=encoding,
                              line=line) from bad
    except LookupError as unknown:
        raise ImportFileError("import_unknown_encoding", encoding=encoding) from unknown


def _read_csv(path: Path, data: bytes, encoding: str | None) -> Table:
    chosen = encoding or detect_encoding(data)
    text = decode(data, chosen, path.name)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as bad:
        raise ImportFileError("import_bad_csv", path=path.name, detail=str(bad)) from bad
    table = _split(path, [(n, tuple(cells)) for n, cells in enumerate(lines, start=1)], "")
    table.encoding = chosen
    return table


# -- shared ------------------------------------------------------------------------

def _filled(cells: tuple[Any, ...]) -> int:
    return sum(1 for c in cells if c is not None and str(c).strip())


def _split(path: Path, values: list[tuple[int, tuple[Any, ...]]], where: str) -> Table:
    """Header and data rows. The header is the first row with two or more filled cells
    (a title line above it, often merged across, is skipped); blank rows are dropped."""
    rows = [(n, cells) for n, cells in values if _filled(cells)]
    if not rows:
        raise ImportFileError("import_no_rows", path=path.name, where=where)
    header_at = next((i for i, (_, cells) in enumerate(rows) if _filled(cells) >= 2), 0)
    header_line, header_cells = rows[header_at]
    data = rows[header_at + 1:]
    if not data:
        raise ImportFileError("import_no_rows", path=path.name, where=where)
    if len(data) > MAX_ROWS:
        raise ImportFileError("import_too_many_rows", path=path.name, rows=len(data),
                              limit=MAX_ROWS)
    width = max(len(header_cells), *(len(cells) for _, cells in data))
    headers = [str(c).strip() if c is not None else "" for c in header_cells]
    headers += [""] * (width - len(headers))
    return Table(path=path, headers=headers, header_line=header_line, rows=data)
