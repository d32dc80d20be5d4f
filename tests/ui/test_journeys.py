"""A rep's day through the real main window: find the account by initials, log the
call report with objections and a follow-up, meet it again in the agenda; and
switching the window to Chinese."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from kadesk.domain.enums import BuyingRole, Tier
from kadesk.domain.records import AccountFields, ContactFields
from kadesk.interchange.rows import Problem
from kadesk.services.app import Kadesk
from kadesk.ui import i18n
from kadesk.ui.import_messages import problem_message
from kadesk.ui.main_window import MainWindow
from kadesk.ui.preferences import PreferencesDialog
from kadesk.ui.visit_editor import VisitEditor
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
    assert window.model.index(0, 2).data() == window.fmt.date(visit.follow_up_date)

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
    assert window.model.index(0, 2).data() == ""
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



class Keys:
    """Presses keys on whatever has the focus, counting them (typing is not counted)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot, self.count = qtbot, 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
              ) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None
        self.count += 1
        self.qtbot.keyClick(focused, key, modifier)

    def type(self, text: str) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None
        type_text(self.qtbot, focused, text)


def test_a_visit_logged_from_the_keyboard_in_15_keys(qtbot: QtBot, window: MainWindow,
                                                     app: Kadesk) -> None:
    """Journey 4 keyboard only: two people met, a summary, two objections from the
    library with our answers, next steps and a follow-up typed as +14."""
    window.table.selectRow(window.model.row_of(next(
        a.id for a in app.accounts.page() if a.name == "华为技术有限公司")))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.workspace.visits.editor
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.contacts_view.hasFocus()  # straight into the form
    for person in ("张", "李"):  # typing a name's start finds the person; Space ticks
        keys.type(person)
        keys.press(Qt.Key.Key_Space)
        # Typed within this interval, letters add up to one search ("张李"): a hand is slower.
        qtbot.wait(QApplication.keyboardInputInterval() + 50)
    assert len(editor.contacts.met_ids()) == 2
    keys.press(Qt.Key.Key_Tab)
    assert editor.summary.hasFocus()
    keys.type("Quarterly review; they want a cheaper rate")
    keys.press(Qt.Key.Key_Tab)
    for objection, words, answer in (("价格", "too expensive", "total cost is lower"),
                                     ("现有", "happy with SF", "start with one warehouse")):
        keys.type(objection)
        keys.press(Qt.Key.Key_Return)  # adds it; the focus goes to their words
        keys.type(words)
        keys.press(Qt.Key.Key_Tab)
        keys.type(answer)
        keys.press(Qt.Key.Key_Tab)  # on to the picker for the next one
    assert editor.objection_picker.hasFocus(), QApplication.focusWidget()
    keys.press(Qt.Key.Key_Tab)
    assert editor.next_steps.hasFocus()
    keys.type("send the quote")
    keys.press(Qt.Key.Key_Tab)
    keys.type("+14")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    assert keys.count <= 15, keys.count

    [visit] = app.visits.of_account(window.workspace.account.id)
    names = app.contacts.names(list(visit.contact_ids))
    assert sorted(names.values()) == ["张伟", "李娜"]
    assert visit.summary == "Quarterly review; they want a cheaper rate"
    assert [(o.details, o.response) for o in visit.objections] == [
        ("too expensive", "total cost is lower"), ("happy with SF", "start with one warehouse")]
    assert visit.next_steps == "send the quote"
    assert visit.follow_up_date == visit.occurred_at.astimezone().date() + timedelta(days=14)
    assert visit.owner == "王强"


def new_visit(qtbot: QtBot, window: MainWindow) -> VisitEditor:
    """The visit editor for the first account, active."""
    window.table.selectRow(0)
    window.act_new_visit.trigger()
    editor = window.workspace.visits.editor
    assert editor is not None
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_enter_never_saves_a_half_written_visit(qtbot: QtBot, window: MainWindow,
                                                app: Kadesk) -> None:
    editor = new_visit(qtbot, window)
    editor.purpose.setFocus()
    type_text(qtbot, editor.purpose, "Review")
    qtbot.keyClick(editor.purpose, Qt.Key.Key_Return)
    assert editor.isVisible() and app.visits.of_account(window.workspace.account.id) == []
    assert editor.contacts_view.hasFocus()  # Enter went on to the next field


def test_a_follow_up_typed_by_hand_is_read_or_refused(qtbot: QtBot, window: MainWindow,
                                                      app: Kadesk) -> None:
    editor = new_visit(qtbot, window)
    visit_day = editor.fields().occurred_at.astimezone().date()
    editor.follow_up.setFocus()
    type_text(qtbot, editor.follow_up, "0261214")
    editor.try_save()
    assert editor.isVisible()
    assert "'0261214' is not a date" in editor.form.error_text("follow_up_date")
    assert editor.follow_up.text() == "0261214"  # kept as typed, never silently dropped
    editor.follow_up.clear()
    type_text(qtbot, editor.follow_up, "下周一")
    editor.follow_up.editingFinished.emit()
    monday = visit_day + timedelta(days=7 - visit_day.weekday())
    assert editor.follow_up.text() == monday.isoformat()
    editor.try_save()
    [visit] = app.visits.of_account(window.workspace.account.id)
    assert visit.follow_up_date == monday


def test_qts_own_file_dialog_speaks_chinese(qtbot: QtBot) -> None:
    installed = i18n.install("zh_CN")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
    finally:
        i18n.uninstall(installed)
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels, labels
    assert not any(text.isascii() for text in labels if text)


def test_allowed_values_are_listed_in_the_windows_language(qapp) -> None:
    problem = Problem(2, "等级", "cell_not_in_list", {
        "value": "D", "choices": "Tier A / Tier B / Tier C", "choices_zh": "A 级 / B 级 / C 级"},
        left_empty=True)
    assert "Tier A / Tier B / Tier C" in problem_message(problem)
    installed = i18n.install("zh_CN")
    try:
        assert "A 级 / B 级 / C 级" in problem_message(problem)
    finally:
        i18n.uninstall(installed)
    assert "Tier A" in problem_message(problem)


def test_a_refused_vcard_says_why_in_the_windows_language(qapp) -> None:
    problem = Problem(1, "姓名", "row_charset_wrong",
                      {"property": "FN", "line": "3", "charset": "BIG5"})
    assert problem_message(problem) == (
        "Left out: its FN (line 3) is not valid BIG5 although the card says it is.")
    installed = i18n.install("zh_CN")
    try:
        assert problem_message(problem) == (
            "未导入：其 FN（第 3 行）注明为 BIG5，但内容不是有效的 BIG5 文本。")
    finally:
        i18n.uninstall(installed)
