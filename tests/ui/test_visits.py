"""Journey 4: log a visit in the lobby, then edit it, undo, trash and restore it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kadesk.domain.enums import Attitude, BuyingRole, VisitKind
from kadesk.domain.records import Account, AccountFields, ContactFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.ui.agenda import AgendaView
from kadesk.ui.bus import ChangeBus
from kadesk.ui.labels import Formatter
from kadesk.ui.visit_editor import VisitEditor
from kadesk.ui.visits_tab import VisitsTab
from tests.ui.dialogs import close_answering
from tests.ui.editing import INCUMBENT, PRICE, add_objection, press_space, tick
from tests.ui.typing import type_text

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


@dataclass
class Setup:
    app: Kadesk
    account: Account
    contacts: dict[str, str]  # name -> id
    tab: VisitsTab
    stack: QUndoStack
    bus: ChangeBus


@pytest.fixture
def setup(qtbot: QtBot, app: Kadesk, undo_stack: QUndoStack) -> Iterator[Setup]:
    app.settings.set(rep_name="王强")
    account = app.accounts.create(AccountFields(name="华为技术有限公司")).record
    contacts = {}
    for name, title, role in (("张伟", "采购经理", BuyingRole.PURCHASER),
                              ("李娜", "IT 总监", BuyingRole.DECISION_MAKER),
                              ("陈静", "前台", BuyingRole.GATEKEEPER)):
        contacts[name] = app.contacts.create(ContactFields(
            account_id=account.id, name=name, title=title, buying_role=role)).record.id
    bus = ChangeBus(app)
    tab = VisitsTab(app, Formatter("en_US"), bus, undo_stack)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_account(account.id)
    yield Setup(app, account, contacts, tab, undo_stack, bus)
    bus.close()


def open_editor(qtbot: QtBot, button: object, tab: VisitsTab) -> VisitEditor:
    qtbot.mouseClick(button, LEFT)
    editor = tab.editor
    assert editor is not None and editor.isVisible()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def after_tab(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next widget in the chain that takes it."""
    step = widget.nextInFocusChain()
    while not (step.focusPolicy() & Qt.FocusPolicy.TabFocus and step.isVisible()
               and step.isEnabled()) or widget.isAncestorOf(step):  # its own line edit
        step = step.nextInFocusChain()
    return step


def log_visit(qtbot: QtBot, s: Setup) -> VisitEditor:
    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    tick(qtbot, editor, "张伟")
    tick(qtbot, editor, "李娜")
    type_text(qtbot, editor.purpose, "季度业务回顾")
    type_text(qtbot, editor.summary, "讨论了明年的仓储合同")
    editor.satisfaction.setValue(4)
    add_objection(qtbot, editor, PRICE, "比现在的供应商贵一成", "算了总成本，运输和破损更低",
                  resolved=True)
    add_objection(qtbot, editor, INCUMBENT, "和顺丰合作很好", "先做华南仓的补充", resolved=False)
    type_text(qtbot, editor.next_steps, "寄送报价")
    qtbot.mouseClick(editor.follow_up_in["two_weeks"], LEFT)
    return editor


def test_log_a_visit_in_two_minutes(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    editor = log_visit(qtbot, s)
    # Defaults that make it quick: on-site, now, the rep, no follow-up until asked.
    assert editor.kind.value() == VisitKind.ONSITE
    assert editor.owner.currentText() == "王强"
    assert editor.windowTitle() == "Log a visit — 华为技术有限公司"
    assert abs(editor.fields().occurred_at - datetime.now(UTC)) < timedelta(minutes=2)
    # Tab walks the summary, the objections in order, the picker, then the next steps.
    assert after_tab(editor.summary) is editor.cards[0].resolved
    assert after_tab(editor.cards[0].response) is editor.cards[1].resolved
    assert after_tab(editor.cards[1].response) is editor.objection_picker
    assert after_tab(editor.objection_picker) is editor.next_steps
    assert "Welcome it" in editor.picker_guidance.text()
    assert "total cost" in editor.cards[0].findChildren(type(editor.picker_guidance))[0].text()

    qtbot.keyClick(editor.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()

    [visit] = s.app.visits.of_account(s.account.id)
    assert set(visit.contact_ids) == {s.contacts["张伟"], s.contacts["李娜"]}
    assert (visit.purpose, visit.summary, visit.satisfaction) == (
        "季度业务回顾", "讨论了明年的仓储合同", 4)
    assert [(o.objection_id, o.details, o.response, o.resolved) for o in visit.objections] == [
        (PRICE, "比现在的供应商贵一成", "算了总成本，运输和破损更低", True),
        (INCUMBENT, "和顺丰合作很好", "先做华南仓的补充", False)]
    visit_day = visit.occurred_at.astimezone().date()
    assert visit.next_steps == "寄送报价"
    assert visit.follow_up_date == visit_day + timedelta(days=14)
    assert visit.owner == "王强"
    assert visit.duration_minutes is None

    model = s.tab.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "On-site visit"
    assert model.index(0, 2).data() == "李娜, 张伟"  # pinyin order, as the contacts tab
    assert s.tab.selected() == visit

    # The follow-up is on the agenda the day it falls due.
    s.app.today = lambda: visit.follow_up_date  # type: ignore[method-assign]
    agenda = AgendaView(s.app, Formatter("en_US"), s.bus, stack=s.stack)
    qtbot.addWidget(agenda)
    agenda.show()
    assert [r.visit.id for r in agenda.due_model.records] == [visit.id]
    assert agenda.due_model.index(0, 1).data() == "华为技术有限公司"


def test_edit_then_undo_restores_the_old_values(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    log_visit(qtbot, s).try_save()
    [before] = s.app.visits.of_account(s.account.id)

    s.tab.view.selectRow(0)
    editor = open_editor(qtbot, s.tab.edit_button, s.tab)
    assert editor.purpose.text() == "季度业务回顾"
    assert len(editor.cards) == 2
    assert set(editor.contacts.met_ids()) == set(before.contact_ids)
    editor.purpose.selectAll()
    type_text(qtbot, editor.purpose, "续约谈判")
    tick(qtbot, editor, "李娜")  # untick: she left early
    qtbot.mouseClick(editor.cards[1].remove_button, LEFT)
    press_space(qtbot, editor.follow_up_done)
    editor.try_save()
    assert not editor.isVisible()

    after = s.app.visits.get(before.id)
    assert after.purpose == "续约谈判"
    assert after.contact_ids == (s.contacts["张伟"],)
    assert [o.objection_id for o in after.objections] == [PRICE]
    assert after.follow_up_done
    assert s.tab.model.index(0, 3).data() == "续约谈判"

    s.stack.undo()
    restored = s.app.visits.get(before.id)
    assert (restored.purpose, restored.contact_ids, restored.follow_up_done) == (
        before.purpose, before.contact_ids, before.follow_up_done)
    assert restored.objections == before.objections
    assert s.tab.model.index(0, 3).data() == "季度业务回顾"

    s.stack.redo()
    assert s.app.visits.get(before.id).purpose == "续约谈判"


def test_move_to_trash_and_undo(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    log_visit(qtbot, s).try_save()
    [visit] = s.app.visits.of_account(s.account.id)
    s.tab.select(visit.id)
    qtbot.mouseClick(s.tab.delete_button, LEFT)
    assert s.app.visits.of_account(s.account.id) == []
    assert s.app.visits.get(visit.id).deleted
    assert s.tab.model.rowCount() == 0
    s.stack.undo()
    assert [v.id for v in s.app.visits.of_account(s.account.id)] == [visit.id]
    assert s.tab.model.rowCount() == 1
    s.stack.undo()  # and logging it in the first place
    assert s.tab.model.rowCount() == 0


def test_follow_up_before_the_visit_is_refused_at_the_field(qtbot: QtBot,
                                                            setup: Setup) -> None:
    s = setup
    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    type_text(qtbot, editor.purpose, "回访")
    visit_day = editor.fields().occurred_at.astimezone().date()
    editor.follow_up.set_value(visit_day - timedelta(days=1))
    press_space(qtbot, editor.follow_up_done)
    editor.try_save()

    assert editor.isVisible()
    assert editor.form.error_text("follow_up_date") == "Cannot be before the visit date."
    assert editor.purpose.text() == "回访"  # the rep's input is still there
    assert s.app.visits.of_account(s.account.id) == []
    assert s.stack.count() == 0

    qtbot.mouseClick(editor.follow_up_in["week"], LEFT)
    editor.try_save()
    assert not editor.isVisible()
    [visit] = s.app.visits.of_account(s.account.id)
    assert visit.follow_up_date == visit_day + timedelta(days=7)


def test_overdue_open_follow_ups_show_in_red(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    long_ago = datetime.now(UTC) - timedelta(days=20)
    for done in (False, True):
        s.app.visits.create(VisitFields(account_id=s.account.id, occurred_at=long_ago,
                                        follow_up_date=long_ago.date() + timedelta(days=1),
                                        follow_up_done=done))
    colours = sorted(s.tab.model.index(r, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
                     for r in range(2))
    assert colours == [False, True]


def test_reloads_for_its_own_account_only(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    other = s.app.accounts.create(AccountFields(name="招商银行")).record
    with qtbot.assertNotEmitted(s.tab.model.modelReset):
        s.app.visits.create(VisitFields(account_id=other.id, occurred_at=datetime.now(UTC)))
    with qtbot.waitSignal(s.tab.model.modelReset, timeout=1000):
        s.app.visits.create(VisitFields(account_id=s.account.id, occurred_at=datetime.now(UTC)))
    assert s.tab.model.rowCount() == 1
    # Changing only whom a visit met still refreshes the row.
    [visit] = s.tab.model.records
    s.app.visits.update(visit.id, contact_ids=(s.contacts["陈静"],))
    assert s.tab.model.index(0, 2).data() == "陈静"
    # A contact renamed: the names met follow.
    s.app.contacts.update(s.contacts["陈静"], name="陈晶")
    assert s.tab.model.index(0, 2).data() == "陈晶"


def test_editing_keeps_a_contact_met_who_is_now_in_the_trash(qtbot: QtBot,
                                                             setup: Setup) -> None:
    s = setup
    met = (s.contacts["张伟"], s.contacts["陈静"])
    visit = s.app.visits.create(VisitFields(account_id=s.account.id,
                                            occurred_at=datetime.now(UTC),
                                            contact_ids=met)).record
    s.app.contacts.delete(s.contacts["陈静"])
    assert s.tab.model.index(0, 2).data() == "陈静, 张伟"  # still named in the list (pinyin order)
    s.tab.select(visit.id)
    editor = open_editor(qtbot, s.tab.edit_button, s.tab)
    assert "陈静" not in [c.name for c in editor.contacts.contacts]
    type_text(qtbot, editor.outcome, "签约")
    editor.try_save()
    assert not editor.isVisible()
    assert set(s.app.visits.get(visit.id).contact_ids) == set(met)


def test_closing_with_a_written_report_asks_first(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    untouched = open_editor(qtbot, s.tab.new_button, s.tab)
    untouched.reject()  # nothing typed: closes without a question
    assert not untouched.isVisible()

    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    type_text(qtbot, editor.summary, "客户同意试单")
    asked = close_answering(editor, QMessageBox.StandardButton.Cancel)
    assert asked == "Save what you have typed here?"
    assert editor.isVisible() and editor.summary.toPlainText() == "客户同意试单"
    close_answering(editor, QMessageBox.StandardButton.Discard)
    assert not editor.isVisible()
    assert s.app.visits.of_account(s.account.id) == []

    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    type_text(qtbot, editor.summary, "客户同意试单")
    close_answering(editor, QMessageBox.StandardButton.Save)
    assert not editor.isVisible()
    [visit] = s.app.visits.of_account(s.account.id)
    assert visit.summary == "客户同意试单"


def test_new_visit_needs_an_account(qtbot: QtBot, setup: Setup) -> None:
    setup.tab.set_account(None)
    setup.tab.new_visit()
    assert setup.tab.editor is None
    assert not setup.tab.isEnabled()


def test_models_pass_the_item_model_tester(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    s.app.visits.create(VisitFields(account_id=s.account.id, occurred_at=datetime.now(UTC),
                                    contact_ids=(s.contacts["张伟"],), satisfaction=5,
                                    follow_up_date=date.today()))
    fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
    QAbstractItemModelTester(s.tab.model, fatal)
    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    QAbstractItemModelTester(editor.contacts, fatal)
    tick(qtbot, editor, "陈静")
    assert editor.contacts.met_ids() == (s.contacts["陈静"],)
    s.tab.reload()
    assert s.tab.model.index(0, 4).data() == "★★★★★"


def test_a_new_visit_settles_the_open_follow_up(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    earlier = s.app.visits.create(VisitFields(
        account_id=s.account.id, occurred_at=datetime.now(UTC) - timedelta(days=40),
        next_steps="寄送报价", follow_up_date=date.today() - timedelta(days=10))).record
    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    assert editor.settle.isChecked() and editor.settle.isVisible()
    assert "寄送报价" in editor.settle.text()
    editor.try_save()
    assert not editor.isVisible()
    assert s.app.visits.get(earlier.id).follow_up_done
    assert s.app.visits.follow_ups_due() == []
    s.stack.undo()  # one step: the visit and the settled follow-up
    assert not s.app.visits.get(earlier.id).follow_up_done
    assert len(s.app.visits.of_account(s.account.id)) == 1
    s.stack.redo()
    assert s.app.visits.get(earlier.id).follow_up_done


def test_unticked_the_follow_up_stays_open(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    earlier = s.app.visits.create(VisitFields(
        account_id=s.account.id, occurred_at=datetime.now(UTC) - timedelta(days=40),
        follow_up_date=date.today() + timedelta(days=10))).record
    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    press_space(qtbot, editor.settle)
    editor.try_save()
    assert not s.app.visits.get(earlier.id).follow_up_done


def test_the_attitude_of_someone_met_changes_from_the_keyboard(qtbot: QtBot,
                                                                setup: Setup) -> None:
    s = setup
    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    tick(qtbot, editor, "张伟")
    view = editor.contacts_view
    qtbot.keyClick(view, Qt.Key.Key_Right)  # to the attitude beside him
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.indexWidget(view.currentIndex()) or QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Attitude.SUPPORTER))
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the view commits it on its next turn
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert editor.contacts.attitude_changes() == {s.contacts["张伟"]: Attitude.SUPPORTER}
    editor.try_save()
    assert not editor.isVisible()
    assert s.app.contacts.get(s.contacts["张伟"]).attitude == Attitude.SUPPORTER
    s.stack.undo()
    assert s.app.contacts.get(s.contacts["张伟"]).attitude == Attitude.NEUTRAL


def test_a_past_visit_reads_in_the_pane_below_the_list(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    log_visit(qtbot, s).try_save()
    s.tab.view.selectRow(0)
    shown = s.tab.detail.toPlainText()
    for text in ("季度业务回顾", "讨论了明年的仓储合同", "李娜, 张伟", "Our price is too high",
                 "算了总成本，运输和破损更低", "寄送报价"):
        assert text in shown, text
    assert s.tab.editor is None  # read without opening the editor
    s.tab.view.clearSelection()
    assert s.tab.detail.toPlainText() == ""
