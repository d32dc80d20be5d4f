"""Exports from the window: File → Export ▸ Account list… (the list's filters and
order), Visit log… (a period dialog), Calendar… (the open account or all), and
contacts as vCards from the contacts tab."""

from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from kadesk.domain.enums import Tier
from kadesk.domain.records import AccountFields, ContactFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.ui.export_actions import VisitLogDialog
from kadesk.ui.main_window import MainWindow
from tests.ui.dialogs import answer_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, app: Kadesk) -> MainWindow:
    today = date.today()
    for name, tier in (("华为技术有限公司", Tier.A), ("招商银行股份有限公司", Tier.B),
                       ("海尔集团", Tier.A)):
        account = app.accounts.create(AccountFields(name=name, tier=tier, owner="张伟")).record
        for person, mobile in (("欧阳娜娜", "13800138000"), ("李明", "013912345678")):
            app.contacts.create(ContactFields(account_id=account.id, name=person,
                                              mobile=mobile))
        app.visits.create(VisitFields(
            account_id=account.id, occurred_at=datetime.combine(today, time(9)).astimezone(),
            follow_up_date=today + timedelta(days=2), next_steps="发报价", owner="张伟"))
    shown = MainWindow(app, "zh_CN")
    qtbot.addWidget(shown)
    return shown


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, pick: int = 0) -> list[str]:
    """Answer the save dialog with ``path`` and its filter number ``pick``; returns the
    file names offered."""
    offered: list[str] = []

    def choose(_parent, _title, suggested, filters, *_rest):
        offered.append(Path(suggested).name)
        return str(path), filters.split(";;")[pick]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return offered


def wait_done(qtbot, window: MainWindow) -> str:
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=20_000)
    return window.statusBar().currentMessage()


def test_the_file_menu_offers_the_exports(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    export = next(a.menu() for a in file_menu.actions()
                  if a.menu() is not None and window.exports.accounts in a.menu().actions())
    assert export.title() == "E&xport"
    assert [a.text() for a in export.actions()] == [
        window.exports.accounts.text(), window.exports.visits.text(),
        window.exports.calendar.text()]


def test_account_list_as_the_list_shows_it(qtbot, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window.filters.tier.setCurrentIndex(window.filters.tier.findData(Tier.A))
    assert window.model.rowCount() == 2
    offered = save_as(monkeypatch, tmp_path / "A级客户", pick=2)  # CSV, GB18030; no suffix
    window.exports.accounts.trigger()
    assert wait_done(qtbot, window).startswith("2 accounts exported to ")
    assert offered[0].startswith("客户列表-") and offered[0].endswith(".xlsx")
    with open(tmp_path / "A级客户.csv", encoding="gb18030", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert header[0] == "客户名称"
    assert [r[0] for r in rows] == ["海尔集团", "华为技术有限公司"]  # pinyin: hai < hua


def test_an_empty_list_is_not_exported(window: MainWindow, said: list[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window.filters.search.setText("不存在的公司")
    window.filters.flush()
    asked = save_as(monkeypatch, Path("never.xlsx"))
    window.exports.accounts.trigger()
    assert asked == [] and "nothing to export" in said[0]


def test_visit_log_of_a_chosen_period(qtbot, window: MainWindow, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    save_as(monkeypatch, tmp_path / "拜访.xlsx")
    dialog = window.exports.export_visits()
    assert isinstance(dialog, VisitLogDialog) and dialog.isVisible()
    today = date.today()
    dialog.start.set_value(today - timedelta(days=400))
    dialog.end.set_value(today)
    dialog.accept()
    wait_done(qtbot, window)
    rows = list(load_workbook(tmp_path / "拜访.xlsx").active.values)
    assert rows[0][:2] == ("拜访时间", "客户") and len(rows) == 4
    assert {r[1] for r in rows[1:]} == {"华为技术有限公司", "招商银行股份有限公司", "海尔集团"}


def test_an_empty_period_says_so(window: MainWindow, said: list[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    asked = save_as(monkeypatch, Path("never.xlsx"))
    dialog = window.exports.export_visits()
    dialog.start.set_value(date(2020, 1, 1))
    dialog.end.set_value(date(2020, 1, 31))
    dialog.accept()
    assert asked == [] and "nothing to export" in said[0]


def test_a_refused_file_name_is_explained(qtbot, window: MainWindow, tmp_path: Path,
                                          said: list[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    save_as(monkeypatch, tmp_path / "客户.txt")
    window.exports.accounts.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert ".xlsx, .csv" in said[0]
    assert list(tmp_path.glob("客户*")) == []


def test_calendar_of_the_open_account(qtbot, window: MainWindow, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window.table.selectRow(1)  # 华为 (pinyin order: 海尔, 华为, 招商)
    offered = save_as(monkeypatch, tmp_path / "日历.ics")

    def only_this(box: QDialog) -> None:
        assert "华为技术有限公司" in box.text()
        next(b for b in box.findChildren(QPushButton) if "华为" in b.text()).click()

    answer_dialog(window.exports.calendar.trigger, only_this)
    wait_done(qtbot, window)
    assert offered == ["华为技术有限公司-跟进与拜访.ics"]
    calendar = icalendar.Calendar.from_ical((tmp_path / "日历.ics").read_bytes())
    assert {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")} == {
        "跟进：华为技术有限公司", "拜访：华为技术有限公司（上门拜访）"}


def test_contacts_as_vcards(qtbot, window: MainWindow, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    window.table.selectRow(1)
    tab = window.workspace.contacts
    window.workspace.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 2
    save_as(monkeypatch, tmp_path / "一位.vcf", pick=1)  # vCard 4.0
    tab.view.selectionModel().select(tab.model.index(1, 0), QItemSelectionModel.SelectionFlag(
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows))
    tab.export_button.click()
    wait_done(qtbot, window)
    (card,) = vobject.readComponents((tmp_path / "一位.vcf").read_text(encoding="utf-8"))
    assert (card.version.value, card.fn.value, card.n.value.family) == ("4.0", "欧阳娜娜", "欧阳")
    window.statusBar().clearMessage()
    save_as(monkeypatch, tmp_path / "全部.vcf")
    tab.export_all.trigger()
    wait_done(qtbot, window)
    cards = list(vobject.readComponents((tmp_path / "全部.vcf").read_text(encoding="utf-8")))
    assert [(c.fn.value, c.tel.value) for c in cards] == [
        ("李明", "139 1234 5678"), ("欧阳娜娜", "138 0013 8000")]  # as stored
    assert {c.org.value[0] for c in cards} == {"华为技术有限公司"}
