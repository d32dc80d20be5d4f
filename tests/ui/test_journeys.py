"""A rep's day through the real main window: find the account by initials, log the
call report with objections and a follow-up, meet it again in the agenda; and
switching the window to Chinese."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from kadesk.domain.enums import BuyingRole, Tier
from kadesk.domain.records import AccountFields, ContactFields
from kadesk.services.app import Kadesk
from kadesk.ui import i18n
from kadesk.ui.main_window import MainWindow
from kadesk.ui.preferences import PreferencesDialog
from tests.ui.dialogs import answer_dialog
from tests.ui.editing import INCUMBENT, LEFT, PRICE, add_objection, tick
from tests.ui.typing import type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, app: Kadesk) -> MainWindow:
    app.settings.set(rep_name="王强")
    for name in ("华为技术有限公司", "招商银行股份有限公司", "海尔集团"):
        account = app.accounts.create(AccountFields(name=name, tier=Tier.A)).record
        for person, role in (("张伟", BuyingRole.PURCHASER), ("李娜", BuyingRole.DECISION_MAKER)):
            app.contacts.create(ContactFields(account_id=account.id, name=person,
                                              buying_role=role))
    shown = MainWindow(app, "en_US")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_find_log_a_visit_and_meet_the_follow_up_in_the_agenda(qtbot: QtBot,
                                                                window: MainWindow,
                                                                app: Kadesk) -> None:
    QTest.keySequence(window, "Ctrl+F")
    assert window.filters.search.hasFocus()
    type_text(qtbot, window.filters.search, "hw")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    assert window.workspace.title.text() == "华为技术有限公司"

    window.act_new_visit.trigger()
    editor = window.workspace.visits.editor
    assert editor is not None and editor.isVisible()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    tick(qtbot, editor, "张伟")
    tick(qtbot, editor, "李娜")
    type_text(qtbot, editor.purpose, "季度业务回顾")
    add_objection(qtbot, editor, PRICE, "太贵", "算总成本", resolved=True)
    add_objection(qtbot, editor, INCUMBENT, "和现在的供应商很好", "先做补充", resolved=False)
    qtbot.mouseClick(editor.follow_up_in["two_weeks"], LEFT)
    qtbot.keyClick(editor.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()

    [visit] = app.visits.of_account(window.workspace.account.id)
    assert len(visit.objections) == 2 and visit.follow_up_date is not None
    assert window.workspace.visits.model.rowCount() == 1
    assert window.model.index(0, 6).data() == window.fmt.date(visit.follow_up_date)

    # Two weeks later the follow-up is due today; double-click opens the visit.
    due: date = visit.follow_up_date
    app.today = lambda: due  # type: ignore[method-assign]
    window.act_today.trigger()
    assert window.right.currentWidget() is window.agenda
    window.agenda.refresh()
    assert [r.visit.id for r in window.agenda.due_model.records] == [visit.id]
    window.open_visit(visit.account_id, visit.id)
    assert window.workspace.tabs.currentWidget() is window.workspace.visits
    assert window.workspace.visits.selected() == visit

    # Undo takes the visit back out, everywhere; redo brings it back.
    window.act_undo.trigger()
    assert window.workspace.visits.model.rowCount() == 0
    assert window.model.index(0, 6).data() == ""
    window.act_redo.trigger()
    assert window.workspace.visits.model.rowCount() == 1


def test_choose_chinese_in_preferences_and_it_applies_on_restart(qtbot: QtBot,
                                                                 window: MainWindow,
                                                                 app: Kadesk) -> None:
    def choose_chinese(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.accept()

    answer_dialog(window.open_preferences, choose_chinese)
    assert app.settings.get("language") == "zh_CN"

    language = i18n.resolve(app.settings.get("language"))
    installed = i18n.install(language)
    try:
        assert installed, "no kadesk_zh_CN.qm: build the catalogues (make translations)"
        restarted = MainWindow(app, language)
        qtbot.addWidget(restarted)
        menus = [a.text() for a in restarted.menuBar().actions()]
        assert menus and all(re.fullmatch(r"[\u4e00-\u9fff]+\(&[A-Z]\)", m) for m in menus), menus
        assert restarted.count_label.text() != "3 accounts"
        assert re.search(r"[\u4e00-\u9fff]", restarted.count_label.text())
        # Qt's own strings (standard buttons) come in Chinese too.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)


def test_the_system_locale_decides_when_nothing_is_chosen() -> None:
    assert i18n.resolve("") in i18n.LANGUAGES
    assert i18n.resolve("zh_TW") == "zh_CN"
    assert i18n.resolve("en_GB") == "en_US"
    assert i18n.resolve("zh_CN") == "zh_CN"

