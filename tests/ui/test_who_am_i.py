"""Who am I: asked at first start from the team's reps; it decides whose agenda shows."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from pytestqt.qtbot import QtBot

from kadesk.domain.records import AccountFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.ui.main_window import MainWindow
from kadesk.ui.who_am_i import WhoAmIDialog
from tests.ui.dialogs import answer_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, app: Kadesk) -> MainWindow:
    for name, owner in (("华为技术有限公司", "王强"), ("招商银行", "李明")):
        account = app.accounts.create(AccountFields(name=name, owner=owner)).record.id
        app.visits.create(VisitFields(
            account_id=account, owner=owner, follow_up_date=date.today(),
            occurred_at=datetime.combine(date.today(), time(9)).astimezone()))
    shown = MainWindow(app, "en_US")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_first_start_asks_who_i_am_from_the_teams_reps(qtbot: QtBot, window: MainWindow,
                                                        app: Kadesk) -> None:
    offered: list[str] = []

    def pick(dialog: WhoAmIDialog) -> None:
        offered.extend(dialog.rep.itemText(i) for i in range(dialog.rep.count()))
        dialog.rep.setCurrentText("王强")
        dialog.accept()

    assert window.agenda.due_model.rowCount() == 2  # nobody known yet: the team's
    answer_dialog(window.ask_who_am_i, pick)
    assert offered == ["李明", "王强"]
    assert app.settings.get("rep_name") == "王强"
    assert [r.account for r in window.agenda.due_model.records] == ["华为技术有限公司"]
    window.ask_who_am_i()  # known now: not asked again (a modal would hang this test)


def test_cancelled_leaves_the_name_unset(qtbot: QtBot, window: MainWindow,
                                         app: Kadesk) -> None:
    answer_dialog(window.ask_who_am_i, lambda dialog: dialog.reject())
    assert app.settings.get("rep_name") == ""
