"""The main window, driven as a rep would: find, filter, create, edit, undo, trash, restore."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from kadesk.domain.enums import AccountType, Attitude, BuyingRole, Tier
from kadesk.domain.queries import AccountFilter
from kadesk.domain.records import AccountFields, ContactFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.ui.account_model import PAGE, AccountListModel
from kadesk.ui.contact_dialog import ContactDialog
from kadesk.ui.labels import Formatter
from kadesk.ui.main_window import MainWindow
from kadesk.ui.trash import TrashDialog
from tests.ui.dialogs import answer_dialog, close_answering
from tests.ui.typing import type_text

pytestmark = pytest.mark.gui

NAMES = ["华为技术有限公司", "招商银行股份有限公司", "重庆长安汽车股份有限公司", "阿里巴巴集团"]


@pytest.fixture
def filled(app: Kadesk) -> Kadesk:
    for name in NAMES:
        app.accounts.create(AccountFields(name=name, tier=Tier.A,
                                          account_type=AccountType.STRATEGIC))
    return app


@pytest.fixture
def window(qtbot, filled: Kadesk) -> MainWindow:
    shown = MainWindow(filled, "en_US")
    qtbot.addWidget(shown)
    return shown


def names_shown(model: AccountListModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def select(window: MainWindow, name: str) -> None:
    window.table.selectRow(names_shown(window.model).index(name))


def test_list_shows_accounts_in_pinyin_order(window: MainWindow) -> None:
    assert names_shown(window.model) == [
        "阿里巴巴集团", "重庆长安汽车股份有限公司", "华为技术有限公司", "招商银行股份有限公司"]
    assert window.count_label.text() == "4 accounts"


@pytest.mark.parametrize("typed", ["hw", "華為", "huawei", "HW"])
def test_search_as_you_type_narrows_the_list(qtbot, window: MainWindow, typed: str) -> None:
    type_text(qtbot, window.filters.search, typed)
    qtbot.waitUntil(lambda: names_shown(window.model) == ["华为技术有限公司"])
    assert window.count_label.text() == "1 account"
    window.filters.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(NAMES))


def test_overdue_filter_and_a_visit_clears_the_mark(qtbot, window: MainWindow,
                                                    filled: Kadesk) -> None:
    row = names_shown(window.model).index("华为技术有限公司")
    assert window.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    account_id = window.model.account_id(row)
    filled.visits.create(VisitFields(account_id=account_id,
                                     occurred_at=datetime.now(UTC) - timedelta(days=1)))
    row = names_shown(window.model).index("华为技术有限公司")
    assert window.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert window.model.index(row, 3).data() != ""  # last visit
    window.filters.overdue.click()
    assert "华为技术有限公司" not in names_shown(window.model)
    assert len(names_shown(window.model)) == 3


def test_selecting_an_account_opens_its_workspace(window: MainWindow) -> None:
    select(window, "招商银行股份有限公司")
    assert window.right.currentWidget() is window.workspace
    assert window.workspace.title.text() == "招商银行股份有限公司"
    assert "Strategic" in window.workspace.subtitle.text()
    assert window.workspace.profile.form.name.text() == "招商银行股份有限公司"


def test_create_an_account_from_the_dialog(qtbot, window: MainWindow, filled: Kadesk) -> None:
    def fill(dialog) -> None:
        dialog.form.name.setText("腾讯科技（深圳）有限公司")
        dialog.form.tier.set_value(Tier.B)
        dialog.try_save()

    answer_dialog(window.new_account, fill)
    assert "腾讯科技（深圳）有限公司" in names_shown(window.model)
    assert window.workspace.title.text() == "腾讯科技（深圳）有限公司"
    assert filled.accounts.count() == 5


def test_new_account_refuses_an_empty_name_at_the_field(qtbot, window: MainWindow,
                                                        filled: Kadesk) -> None:
    seen: list[str] = []

    def fill(dialog) -> None:
        dialog.form.annual_revenue.amount.setText("12,3x")
        dialog.try_save()
        seen.append(dialog.form.form.error_text("annual_revenue"))
        dialog.form.annual_revenue.amount.setText("¥12,500.50")
        dialog.try_save()
        seen.append(dialog.form.form.error_text("name"))
        assert dialog.isVisible()
        close_answering(dialog, QMessageBox.StandardButton.Discard)

    answer_dialog(window.new_account, fill)
    assert "is not an amount" in seen[0]
    assert seen[1] == "Required."
    assert filled.accounts.count() == 4


def test_edit_profile_save_undo_redo(qtbot, window: MainWindow, filled: Kadesk) -> None:
    select(window, "华为技术有限公司")
    profile = window.workspace.profile
    account_id = window.workspace.account.id
    profile.form.short_name.setText("华为")
    profile.form.short_name.textEdited.emit("华为")
    profile.form.annual_revenue.amount.setText("5,000,000")
    profile.form.annual_revenue.edited.emit()
    assert profile.has_unsaved()
    window.act_save.trigger()
    assert not profile.has_unsaved()
    stored = filled.accounts.get(account_id)
    assert stored.short_name == "华为"
    assert stored.annual_revenue is not None and stored.annual_revenue.cents == 500_000_000
    window.stack.undo()
    assert filled.accounts.get(account_id).short_name == ""
    assert filled.accounts.get(account_id).annual_revenue is None
    assert profile.form.short_name.text() == ""
    window.stack.redo()
    assert filled.accounts.get(account_id).short_name == "华为"


def test_unsaved_edits_ask_before_leaving(qtbot, window: MainWindow, filled: Kadesk,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    select(window, "华为技术有限公司")
    window.workspace.profile.form.english_name.setText("Huawei")
    window.workspace.profile.form.english_name.textEdited.emit("Huawei")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    select(window, "阿里巴巴集团")
    assert window.workspace.title.text() == "华为技术有限公司"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Save)
    select(window, "阿里巴巴集团")
    assert window.workspace.title.text() == "阿里巴巴集团"
    huawei = filled.accounts.page(AccountFilter(text="华为"))[0]
    assert filled.accounts.get(huawei.id).english_name == "Huawei"


def test_add_contacts_and_refuse_a_reporting_loop(qtbot, window: MainWindow,
                                                  filled: Kadesk) -> None:
    select(window, "华为技术有限公司")
    tab = window.workspace.contacts

    def add(name: str, role: BuyingRole, manager: str | None = None):
        def fill(dialog: ContactDialog) -> None:
            dialog.name.setText(name)
            dialog.role.set_value(role)
            if manager:
                dialog.reports_to.setCurrentIndex(
                    dialog.reports_to.findText(manager, Qt.MatchFlag.MatchStartsWith))
            dialog.try_save()
        answer_dialog(lambda: tab.edit(None), fill)

    add("任总", BuyingRole.DECISION_MAKER)
    add("张经理", BuyingRole.PURCHASER, manager="任总")
    assert [c.name for c in tab.model.records] == ["任总", "张经理"]
    assert tab.model.index(1, 9).data() == "任总"  # reports to

    boss = tab.model.records[0]
    messages: list[str] = []

    def make_loop(dialog: ContactDialog) -> None:
        dialog.reports_to.setCurrentIndex(dialog.reports_to.findText("张经理",
                                                                     Qt.MatchFlag.MatchStartsWith))
        dialog.try_save()
        messages.append(dialog.form.error_text("reports_to_id"))
        close_answering(dialog, QMessageBox.StandardButton.Discard)

    answer_dialog(lambda: tab.edit(boss), make_loop)
    assert "loop" in messages[0]
    assert filled.contacts.get(boss.id).reports_to_id is None


def test_contact_to_trash_and_back(qtbot, window: MainWindow, filled: Kadesk) -> None:
    select(window, "华为技术有限公司")
    account_id = window.workspace.account.id
    filled.contacts.create(ContactFields(account_id=account_id, name="李四",
                                         attitude=Attitude.OPPONENT))
    tab = window.workspace.contacts
    assert tab.model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    tab.view.selectRow(0)
    tab.delete_button.click()
    assert tab.model.rowCount() == 0
    tab.show_trash.setChecked(True)
    assert [c.name for c in tab.model.records] == ["李四"]
    tab.view.selectRow(0)
    tab.restore_button.click()
    tab.show_trash.setChecked(False)
    assert [c.name for c in tab.model.records] == ["李四"]


def test_account_to_trash_undo_and_restore_from_trash(qtbot, window: MainWindow,
                                                      filled: Kadesk) -> None:
    select(window, "阿里巴巴集团")
    assert not window.act_undo.isEnabled()
    window.act_delete_account.trigger()
    assert "阿里巴巴集团" not in names_shown(window.model)
    assert window.right.currentWidget() is window.agenda
    # The button keeps its text (and the toolbar its width); the tip says what it undoes.
    assert window.act_undo.text() == "&Undo" and window.act_undo.isEnabled()
    assert window.act_undo.toolTip() == "Move 阿里巴巴集团 to trash"
    window.act_undo.trigger()
    assert "阿里巴巴集团" in names_shown(window.model)
    select(window, "阿里巴巴集团")
    window.act_delete_account.trigger()

    def restore(dialog: TrashDialog) -> None:
        assert [a.name for a in dialog.model.records] == ["阿里巴巴集团"]
        dialog.view.selectRow(0)
        dialog.restore_button.click()
        assert dialog.model.rowCount() == 0
        dialog.reject()

    answer_dialog(window.open_trash, restore)
    assert "阿里巴巴集团" in names_shown(window.model)


def test_closing_the_window_empties_its_undo_stack(window: MainWindow) -> None:
    """Its commands go with the window, freed by Qt, not later by the garbage collector
    (tests/ui/test_undo_lifetime.py). Closed again, it neither raises nor crashes."""
    select(window, "阿里巴巴集团")
    window.act_delete_account.trigger()
    assert window.stack.count() == 1
    window.close()
    assert window.stack.count() == 0
    window.close()

def test_next_and_previous_account_keys(qtbot, window: MainWindow) -> None:
    select(window, "阿里巴巴集团")
    window.act_next.trigger()
    assert window.workspace.title.text() == "重庆长安汽车股份有限公司"
    window.act_previous.trigger()
    assert window.workspace.title.text() == "阿里巴巴集团"
    assert window.act_new_visit.shortcut().toString() == "Ctrl+N"
    assert window.act_search.shortcut().toString() == "Ctrl+F"


def test_model_passes_the_item_model_tester_across_pages(qtbot, app: Kadesk) -> None:
    for i in range(PAGE + 30):
        app.accounts.create(AccountFields(name=f"测试客户{i:03d}"))
    model = AccountListModel(app, Formatter("zh_CN"))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == PAGE + 30
    assert model.index(PAGE + 29, 0).data() == "测试客户129"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "名称"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "测试客户129"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None



def test_every_sync_error_has_a_translatable_message() -> None:
    from kadesk.domain.errors import MESSAGES
    from kadesk.ui.sync_messages import sync_templates

    assert set(sync_templates()) == {code for code in MESSAGES if code.startswith("sync_")}


def test_an_overdue_follow_up_is_red_in_the_list_and_the_header(qtbot, window: MainWindow,
                                                                filled: Kadesk) -> None:
    row = names_shown(window.model).index("华为技术有限公司")
    account_id = window.model.account_id(row)
    filled.accounts.update(account_id, owner="王强")
    filled.visits.create(VisitFields(account_id=account_id,
                                     occurred_at=datetime.now(UTC) - timedelta(days=10),
                                     follow_up_date=date.today() - timedelta(days=3)))
    row = names_shown(window.model).index("华为技术有限公司")
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(window.model.columnCount())]
    assert headers[:6] == ["Name", "Tier", "Next follow-up", "Last visit", "Annual revenue",
                           "Rep"]  # what a rep acts on, visible without scrolling
    follow_up = window.model.index(row, 2)
    assert follow_up.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert window.model.index(row, 5).data() == "王强"
    window.open_account(account_id)
    assert '<span style="color: #b3261e;">follow-up' in window.workspace.subtitle.text()
    assert "王强" in window.workspace.subtitle.text()
