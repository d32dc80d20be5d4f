"""The exported workbooks as another spreadsheet program reads them: LibreOffice,
headless, converts them to CSV (as shown on screen) with the same content as
kadesk's own CSV of the same table. One soffice run for the module: it costs seconds."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from kadesk.domain.queries import Period
from kadesk.services.app import Kadesk
from kadesk.store.db import Database
from tests.interchange.conftest import TODAY

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
MARCH = Period(start=date(2026, 3, 1), end=date(2026, 3, 31))
EXPORTS = {"客户列表": ("accounts", "zh_CN"), "accounts": ("accounts", "en_US"),
           "拜访记录": ("visits", "zh_CN"), "visits": ("visits", "en_US")}


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory,
              book_template: tuple[Path, dict[str, str]]) -> Path:
    """Each export as .xlsx and .csv, and LibreOffice's CSV of each .xlsx in out/."""
    folder = tmp_path_factory.mktemp("libreoffice")
    database = folder / "kadesk.db"
    shutil.copyfile(book_template[0], database)
    with Kadesk(Database(database), today=lambda: TODAY) as app:
        exports = app.exports
        for stem, (what, language) in EXPORTS.items():
            for suffix in (".xlsx", ".csv"):
                if what == "accounts":
                    exports.export_accounts(folder / f"{stem}{suffix}", language=language)
                else:
                    exports.export_visits(folder / f"{stem}{suffix}", MARCH, language=language)
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{folder}/profile", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir",
         str(folder / "out"), *(str(folder / f"{stem}.xlsx") for stem in EXPORTS)],
        check=True, capture_output=True, timeout=120)
    return folder


def _rows(path: Path, encoding: str) -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f))


def _as_plain(cell: str) -> str:
    """LibreOffice writes money as shown (¥12,345,678.90); kadesk's CSV a plain decimal."""
    return re.sub(r"^¥(-?[\d,]+\.\d\d)$", lambda m: m.group(1).replace(",", ""), cell)


@pytest.mark.parametrize("stem", list(EXPORTS))
def test_libreoffice_reads_what_kadesk_wrote(converted: Path, stem: str) -> None:
    shown = _rows(converted / "out" / f"{stem}.csv", "utf-8")
    ours = _rows(converted / f"{stem}.csv", "utf-8-sig")
    assert len(shown) > 2
    assert [[_as_plain(cell) for cell in row] for row in shown] == ours


def test_what_a_user_sees(converted: Path) -> None:
    header, first, _second = _rows(converted / "out" / "客户列表.csv", "utf-8")
    assert header[0] == "客户名称" and first[0] == "华为技术有限公司"
    assert "¥12,345,678.90" in first  # money formatted as money
    assert "2026-01-10" in first  # a date, shown as one
    visits = _rows(converted / "out" / "拜访记录.csv", "utf-8")
    assert "=确认账期" in visits[2]  # text that looks like a formula stays text
