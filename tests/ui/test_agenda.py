"""Journey 1: the morning agenda; journey 5: the week's visit log."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from kadesk.domain.enums import Tier, VisitKind
from kadesk.domain.records import AccountFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.ui import agenda as agenda_module
from kadesk.ui.agenda import AgendaView
from kadesk.ui.bus import ChangeBus
from kadesk.ui.labels import Formatter
from tests.ui.typing import type_text

pytestmark = pytest.mark.gui

TODAY = date.today()


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


@dataclass
class Setup:
    app: Kadesk
    agenda: AgendaView
    stack: QUndoStack
    ids: dict[str, str]  # account name -> id


@pytest.fixture
def setup(qtbot: QtBot, app: Kadesk, undo_stack: QUndoStack) -> Iterator[Setup]:
    ids = {}
    for name, tier in (("华为技术有限公司", Tier.A), ("招商银行", Tier.B), ("顺丰控股", Tier.C),
                       ("阿里巴巴", Tier.A)):
        ids[name] = app.accounts.create(AccountFields(name=name, tier=tier)).record.id
    bus = ChangeBus(app)
    agenda = AgendaView(app, Formatter("en_US"), bus, stack=undo_stack)
    qtbot.addWidget(agenda)
    yield Setup(app, agenda, undo_stack, ids)
    bus.close()


def visit(s: Setup, account: str, day: date, **fields: object) -> str:
    return s.app.visits.create(VisitFields(account_id=s.ids[account], occurred_at=at(day),
                                           **fields)).record.id  # type: ignore[arg-type]


def double_click(qtbot: QtBot, view: QTableView, row: int) -> None:
    # QTest's double-click is the second click only: press once first, as a hand does.
    center = view.visualRect(view.model().index(row, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def shown(view: QTableView, column: int = 1) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_today_lists_follow_ups_and_overdue_accounts(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    week_ago = TODAY - timedelta(days=7)
    visit(s, "华为技术有限公司", week_ago, follow_up_date=TODAY, next_steps="寄送报价\n再约")
    visit(s, "招商银行", week_ago, follow_up_date=TODAY - timedelta(days=2))
    visit(s, "招商银行", week_ago, follow_up_date=TODAY - timedelta(days=1), follow_up_done=True)
    visit(s, "顺丰控股", week_ago, follow_up_date=TODAY + timedelta(days=1))
    s.agenda.show()

    assert shown(s.agenda.due_view) == ["华为技术有限公司"]
    assert shown(s.agenda.due_view, 2) == ["寄送报价"]
    assert s.agenda.due_label.text() == "Follow-ups due today (1)"
    assert shown(s.agenda.overdue_view) == ["招商银行"]
    red = s.agenda.overdue_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None
    # Visited a week ago: only the never-visited A account is past its cadence.
    assert shown(s.agenda.accounts_view, 0) == ["阿里巴巴"]
    assert shown(s.agenda.accounts_view, 2) == ["never"]


def test_overdue_accounts_a_tier_first(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    visit(s, "顺丰控股", TODAY - timedelta(days=200))
    visit(s, "招商银行", TODAY - timedelta(days=100))
    visit(s, "华为技术有限公司", TODAY - timedelta(days=31))
    s.agenda.show()
    assert shown(s.agenda.accounts_view, 0) == [
        "阿里巴巴", "华为技术有限公司", "招商银行", "顺丰控股"]
    assert shown(s.agenda.accounts_view, 1) == ["A", "A", "B", "C"]
    assert shown(s.agenda.accounts_view, 3) == ["", "31", "100", "200"]
    assert s.agenda.accounts_label.text() == (
        "Accounts past their visit cadence (A 30 · B 90 · C 180 days) (4)")


def test_mark_done_is_undoable(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    visit_id = visit(s, "招商银行", TODAY - timedelta(days=3),
                     follow_up_date=TODAY - timedelta(days=1))
    s.agenda.show()
    assert not s.agenda.mark_done_button.isEnabled()
    s.agenda.overdue_view.selectRow(0)
    assert s.agenda.mark_done_button.isEnabled()
    qtbot.mouseClick(s.agenda.mark_done_button, Qt.MouseButton.LeftButton)

    assert s.app.visits.get(visit_id).follow_up_done
    assert s.agenda.overdue_model.rowCount() == 0
    s.stack.undo()
    assert not s.app.visits.get(visit_id).follow_up_done
    assert s.agenda.overdue_model.rowCount() == 1


def test_double_click_opens_the_visit_or_the_account(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    visit_id = visit(s, "华为技术有限公司", TODAY, follow_up_date=TODAY)
    s.agenda.show()
    with qtbot.waitSignal(s.agenda.open_visit) as opened:
        double_click(qtbot, s.agenda.due_view, 0)
    assert opened.args == [s.ids["华为技术有限公司"], visit_id]

    with qtbot.waitSignal(s.agenda.open_account) as opened:
        double_click(qtbot, s.agenda.accounts_view, 0)
    assert opened.args == [s.agenda.accounts_model.record(0).id]

    s.agenda.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(s.agenda.open_visit) as opened:
        double_click(qtbot, s.agenda.log_view, 0)
    assert opened.args == [s.ids["华为技术有限公司"], visit_id]


def test_visit_log_filters_by_rep_kind_and_account(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    monday = TODAY - timedelta(days=TODAY.weekday())
    for account, day, owner, kind in (
            ("华为技术有限公司", monday, "王强", VisitKind.ONSITE),
            ("华为技术有限公司", monday + timedelta(days=1), "李明", VisitKind.PHONE),
            ("招商银行", monday + timedelta(days=2), "王强", VisitKind.PHONE),
            ("顺丰控股", monday - timedelta(days=1), "王强", VisitKind.ONSITE)):  # last week
        visit(s, account, day, owner=owner, kind=kind)
    s.agenda.show()
    s.agenda.tabs.setCurrentIndex(1)
    log = s.agenda.log_view
    assert shown(log) == ["招商银行", "华为技术有限公司", "华为技术有限公司"]  # newest first
    assert s.agenda.log_count.text() == "3 visits"

    rep = s.agenda.log_rep
    rep.setCurrentIndex(rep.findText("王强"))
    assert shown(log) == ["招商银行", "华为技术有限公司"]
    kind = s.agenda.log_kind
    kind.setCurrentIndex(kind.findData(VisitKind.PHONE))
    assert shown(log) == ["招商银行"]
    rep.setCurrentIndex(0)
    assert shown(log) == ["招商银行", "华为技术有限公司"]
    assert shown(log, 3) == ["王强", "李明"]

    type_text(qtbot, s.agenda.log_account, "hw")
    qtbot.waitUntil(lambda: shown(log) == ["华为技术有限公司"])
    s.agenda.log_account.clear()
    kind.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(shown(log)) == 3)

    s.agenda.log_from.set_value(monday - timedelta(days=7))
    assert shown(log)[-1] == "顺丰控股"


def test_long_lists_load_page_by_page_to_the_end(qtbot: QtBot, setup: Setup,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is cut off: scrolling to the end of a list loads the next page."""
    s = setup
    monkeypatch.setattr(agenda_module, "TODAY_PAGE_ROWS", 2)
    monkeypatch.setattr(agenda_module, "LOG_LIMIT", 2)
    for hour in range(9, 14):
        s.app.visits.create(VisitFields(account_id=s.ids["招商银行"], occurred_at=at(TODAY, hour),
                                        follow_up_date=TODAY))
    s.agenda.show()
    assert s.agenda.due_label.text() == "Follow-ups due today (5)"
    assert s.agenda.due_model.rowCount() == 2
    view = s.agenda.due_view
    for _ in range(3):
        view.scrollToBottom()
        qtbot.wait(1)
        while s.agenda.due_model.canFetchMore():
            s.agenda.due_model.fetchMore()
    assert s.agenda.due_model.rowCount() == 5
    assert len({r.visit.id for r in s.agenda.due_model.records}) == 5
    assert s.agenda.accounts_label.text().endswith("(3)")
    s.agenda.tabs.setCurrentIndex(1)
    assert s.agenda.log_count.text() == "Showing the latest 2 of 5 visits"
    assert s.agenda.log_model.rowCount() == 2


def test_overdue_follow_ups_newest_first(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    for days in (400, 3, 60):
        visit(s, "招商银行", TODAY - timedelta(days=days + 1),
              follow_up_date=TODAY - timedelta(days=days))
    s.agenda.show()
    assert shown(s.agenda.overdue_view, 0) == [
        s.agenda.fmt.date(TODAY - timedelta(days=d)) for d in (3, 60, 400)]


def test_the_agenda_is_mine_with_a_switch_to_the_team(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    s.app.accounts.update(s.ids["阿里巴巴"], owner="李明")
    s.app.accounts.update(s.ids["华为技术有限公司"], owner="王强")
    week_ago = TODAY - timedelta(days=7)
    visit(s, "华为技术有限公司", week_ago, follow_up_date=TODAY, owner="王强")
    visit(s, "招商银行", week_ago, follow_up_date=TODAY, owner="李明")
    visit(s, "华为技术有限公司", week_ago, follow_up_date=TODAY - timedelta(days=1), owner="")
    s.app.settings.set(rep_name="王强")
    s.agenda.show()
    assert not s.agenda.team.isChecked()
    assert shown(s.agenda.due_view) == ["华为技术有限公司"]
    # Nobody signed it, but it is on my account: mine.
    assert shown(s.agenda.overdue_view) == ["华为技术有限公司"]
    assert not s.agenda.sections[2].isVisibleTo(s.agenda)  # none of mine past cadence
    s.agenda.team.click()
    assert sorted(shown(s.agenda.due_view)) == ["华为技术有限公司", "招商银行"]
    assert shown(s.agenda.accounts_view, 0) == ["阿里巴巴", "顺丰控股"]  # never visited
    assert s.agenda.sections[2].isVisibleTo(s.agenda)


def test_without_a_name_the_agenda_is_the_teams(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    s.agenda.show()
    assert not s.agenda.team.isEnabled()
    assert "Preferences" in s.agenda.team.text()
    assert len(shown(s.agenda.accounts_view, 0)) == 4


def test_empty_lists_take_no_room(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    for name in s.ids:
        visit(s, name, TODAY)
    s.agenda.show()
    assert not any(section.isVisibleTo(s.agenda) for section in s.agenda.sections)
    assert s.agenda.nothing.isVisibleTo(s.agenda)


def test_only_the_page_shown_reloads(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    s.agenda.show()
    s.agenda.hide()
    with qtbot.assertNotEmitted(s.agenda.due_model.modelReset):
        visit(s, "招商银行", TODAY, follow_up_date=TODAY, owner="王强")
    s.agenda.show()
    assert shown(s.agenda.due_view) == ["招商银行"]
    with qtbot.assertNotEmitted(s.agenda.log_model.modelReset):
        visit(s, "顺丰控股", TODAY, owner="李明")
    assert shown(s.agenda.due_view) == ["招商银行"]
    s.agenda.tabs.setCurrentIndex(1)  # the log catches up, new rep included
    assert sorted(shown(s.agenda.log_view)) == sorted(["招商银行", "顺丰控股"])
    assert [s.agenda.log_rep.itemText(i) for i in range(1, s.agenda.log_rep.count())] == [
        "李明", "王强"]


def test_models_pass_the_item_model_tester(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    visit(s, "招商银行", TODAY - timedelta(days=2), follow_up_date=TODAY - timedelta(days=1))
    visit(s, "华为技术有限公司", TODAY, follow_up_date=TODAY)
    s.agenda.refresh()
    fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
    for model in (s.agenda.due_model, s.agenda.overdue_model, s.agenda.accounts_model,
                  s.agenda.log_model):
        QAbstractItemModelTester(model, fatal)
        assert model.rowCount() > 0
    s.agenda.show()
    visit(s, "招商银行", TODAY, follow_up_date=TODAY)  # reloads under the testers
    assert s.agenda.due_model.rowCount() == 2
