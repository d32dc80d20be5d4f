"""The import wizard, walked like a rep would: choose a file, confirm the encoding,
check the columns, read the preview, choose what to do with duplicates, import,
read the summary, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.services.imports import ImportRequest
from kadesk.ui.import_wizard import (
    DUPLICATES,
    MAPPING,
    PREVIEW,
    SOURCE,
    WARNING_COLOUR,
    ImportWizard,
)
from kadesk.ui.main_window import MainWindow
from tests.imports import files
from tests.ui.dialogs import script_questions

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, app: Kadesk) -> MainWindow:
    app.accounts.create(AccountFields(name="華為技術有限公司", hq_city="东莞"))
    shown = MainWindow(app, "en_US")
    qtbot.addWidget(shown)
    return shown


def go_next(qtbot, wizard: QWizard, page: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=20_000)


def test_a_gbk_csv_from_file_to_undo(qtbot, window: MainWindow, tmp_path: Path) -> None:
    rows = [*files.ROWS, ["腾讯", "IT", "深圳", "A", "很多", "", "", "", "", "", ""]]
    path = files.csv_file(tmp_path / "客户清单.csv", rows, files.HEADERS, "gbk")
    wizard = window.imports.import_table()
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.path.setText(str(path))
    go_next(qtbot, wizard, SOURCE)

    source = wizard.source_page
    assert source.encoding.currentData() == "gb18030"
    assert "gb18030" in source.hint.text()
    assert source.rows.item(0, 0).text() == "华为技术有限公司"  # legible: the right encoding
    source.encoding.setCurrentIndex(source.encoding.findData("utf-8"))
    source.reload()
    assert "not utf-8 text" in source.message.text()
    assert not source.isComplete()
    source.encoding.setCurrentIndex(source.encoding.findData("big5"))  # still the user's pick
    source.reload()
    assert "not big5 text" in source.message.text()
    source.encoding.setCurrentIndex(source.encoding.findData("gb18030"))
    source.reload()
    assert source.rows.item(0, 0).text() == "华为技术有限公司"
    go_next(qtbot, wizard, MAPPING)

    boxes = wizard.mapping_page.boxes
    assert [b.currentData() for b in boxes[:3]] == ["account.name", "account.industry_id",
                                                   "account.hq_city"]
    boxes[5].setCurrentIndex(0)  # 账期: not imported
    go_next(qtbot, wizard, PREVIEW)

    preview = wizard.preview_page
    assert preview.rows.rowCount() == 5
    assert preview.rows.item(0, 3).text() == "華為技術有限公司"  # matches the one here
    revenue = preview.rows.item(4, 4 + 4)  # 腾讯's 年营收 cell: left empty, the row comes in
    assert revenue.background().color() == WARNING_COLOUR
    assert "'很多' is not an amount" in revenue.toolTip()
    assert "The field is left empty." in revenue.toolTip()
    assert "Row 6, 年营收（万元）" in preview.messages.toPlainText()
    go_next(qtbot, wizard, DUPLICATES)

    wizard.duplicates_page.buttons[wizard.policy.FILL].setChecked(True)
    wizard.next()
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.done, timeout=30_000)
    assert "Accounts: 3 created, 1 updated" in result.text.text()
    assert "Rows left out: 0" in result.text.text()
    assert "Row 6, 年营收（万元）" in result.problems.toPlainText()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=10_000)  # the list refreshed
    huawei = window.app.accounts.page()[0]
    assert window.app.accounts.get(huawei.id).hq_city == "东莞"  # filled, not replaced

    result.undo.click()
    assert "was undone" in result.text.text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)


def test_a_vcard_skips_the_mapping_and_goes_by_company(qtbot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    cards = tmp_path / "名片.vcf"
    cards.write_text(files.VCARD_30, encoding="utf-8")
    wizard = window.imports.import_vcard()
    wizard.file_page.path.setText(str(cards))
    go_next(qtbot, wizard, PREVIEW)
    assert wizard.preview_page.rows.rowCount() == 2
    go_next(qtbot, wizard, DUPLICATES)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=30_000)
    [huawei] = window.app.accounts.page()
    assert {c.name for c in window.app.contacts.of_account(huawei.id)} == {"张伟", "李娜"}


def test_a_protected_workbook_is_refused_on_the_first_page(qtbot, window: MainWindow,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "加密.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    wizard = window.imports.import_table()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == 0
    assert "protected by a password" in wizard.file_page.message.text()


def test_undo_last_import_from_the_menu(qtbot, window: MainWindow, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window.app.imports.run(ImportRequest(files.workbook(tmp_path / "a.xlsx", files.ROWS[2:])))
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    asked = script_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window.imports.undo.trigger()
    assert "Undo the import of a.xlsx" in asked[0] and "The 2 accounts and 1 contacts" in asked[0]
    assert "3 records moved to the trash" in said[0]
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.imports.undo.trigger()
    assert said[-1] == "There is no import to undo."


def test_a_missing_name_column_is_named_in_the_window_language(qtbot, app: Kadesk,
                                                               tmp_path: Path) -> None:
    window = MainWindow(app, "zh_CN")
    qtbot.addWidget(window)
    path = files.workbook(tmp_path / "客户.xlsx")
    wizard = window.imports.import_table()
    wizard.file_page.path.setText(str(path))
    go_next(qtbot, wizard, SOURCE)
    go_next(qtbot, wizard, MAPPING)
    wizard.mapping_page.boxes[0].setCurrentIndex(0)  # 客户名称: not imported
    wizard.next()
    assert wizard.currentId() == MAPPING
    message = wizard.mapping_page.message.text()
    assert "客户名称" in message and "Account name" not in message
