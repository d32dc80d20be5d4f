"""A sheet of thousands of rows: streamed with progress, duplicates found, cancel leaves
nothing. (Its cost at 20k accounts and more is measured by benchmarks/import_table.py.)"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.services.imports import ImportRequest, Policy
from tests.helpers import snapshot

pytestmark = pytest.mark.slow
ROWS = 6_000  # twelve progress steps (imports._STEP); cancelled after the fourth
EXISTING = range(0, ROWS // 2, 1000)  # every 1,000th account is already in the database


def big_workbook(path: Path) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["客户名称", "总部城市", "年营收", "联系人", "手机"])
    for i in range(ROWS):
        # Two contacts per account.
        sheet.append([f"测试客户{i // 2:05d}有限公司", "上海", f"￥{i:,}", f"联系人{i}",
                      f"139{i:08d}"])
    book.save(path)
    return path


def test_thousands_of_rows(fixed_app: Kadesk, tmp_path: Path) -> None:
    for i in EXISTING:
        fixed_app.accounts.create(AccountFields(name=f"测试客户{i:05d}有限公司"))
    path = big_workbook(tmp_path / "大表.xlsx")
    before = snapshot(fixed_app.db)
    seen: list[tuple[str, int, int]] = []
    cancelled = fixed_app.imports.run(ImportRequest(path), lambda *a: seen.append(a),
                                      lambda: len(seen) > 3)
    assert cancelled.cancelled
    assert {k: v for k, v in snapshot(fixed_app.db).items() if k != "local_state"} == {
        k: v for k, v in before.items() if k != "local_state"}
    summary = fixed_app.imports.run(ImportRequest(path, policy=Policy.FILL))
    assert summary.rejected_rows == 0
    assert summary.accounts.created == ROWS // 2 - len(EXISTING)
    assert summary.accounts.updated == len(EXISTING)
    assert summary.contacts.created == ROWS
    assert fixed_app.accounts.count() == ROWS // 2
