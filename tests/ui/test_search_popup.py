"""The search box finds people, phone numbers and proposals too (issue 17): results under
the box, Down or Enter to reach them, Enter to open, Esc back to the box."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from kadesk.domain.enums import AccountType, Tier
from kadesk.domain.records import AccountFields, ContactFields, ProposalFields
from kadesk.services.app import Kadesk
from kadesk.ui.main_window import MainWindow
from kadesk.ui.search_popup import HIT_ROLE, SUBTITLE_ROLE
from tests.ui.typing import type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def people(app: Kadesk) -> dict[str, str]:
    ids = {}
    for name, english, aliases in (
            ("华为技术有限公司", "Huawei Technologies Co., Ltd.", ""),
            ("招商银行股份有限公司", "China Merchants Bank Co., Ltd.", "招行; CMB"),
            ("上海立信服饰有限公司", "", "")):
        ids[name] = app.accounts.create(AccountFields(
            name=name, english_name=english, aliases=aliases, tier=Tier.A,
            account_type=AccountType.STRATEGIC)).record.id
    for name, title, mobile in (("张敏", "采购经理", "13812345678"), ("单田芳", "总经理", "")):
        ids[name] = app.contacts.create(ContactFields(
            account_id=ids["华为技术有限公司"], name=name, title=title, mobile=mobile)).record.id
    ids["proposal"] = app.proposals.create(ProposalFields(
        account_id=ids["招商银行股份有限公司"], title="年度物流服务方案", number="P20260301-0007",
        valid_until=date(2026, 12, 31))).record.id
    return ids


def window_in(qtbot, app: Kadesk, language: str) -> MainWindow:
    shown = MainWindow(app, language)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def titles(window: MainWindow) -> list[str]:
    model = window.results.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def search(qtbot, window: MainWindow, text: str) -> None:
    """Type ``text`` into the box and wait for its results (typing pauses, then search)."""
    window.filters.search.clear()
    with qtbot.waitSignal(window.filters.searched, timeout=3000,
                          check_params_cb=lambda searched: searched == text):
        type_text(qtbot, window.filters.search, text)
    assert window.results.isVisible() and window.results.model().rowCount() > 0


def test_a_person_is_found_and_opened_with_the_keyboard(qtbot, app: Kadesk,
                                                        people: dict[str, str]) -> None:
    window = window_in(qtbot, app, "zh_CN")
    search(qtbot, window, "张敏")
    assert titles(window) == ["张敏"]
    assert window.model.rowCount() == 0  # no account is named so; the popup still finds her
    subtitle = window.results.model().index(0, 0).data(SUBTITLE_ROLE)
    assert subtitle.endswith(" · 采购经理 · 华为技术有限公司")  # kind · title · account
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Down)
    assert window.results.hasFocus() and window.results.currentIndex().row() == 0
    qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert not window.results.isVisible()
    assert window.workspace.account is not None
    assert window.workspace.account.id == people["华为技术有限公司"]
    assert window.workspace.tabs.currentWidget() is window.workspace.contacts
    assert window.workspace.contacts.selected().id == people["张敏"]


def test_enter_moves_to_the_results_and_esc_goes_back(qtbot, app: Kadesk,
                                                      people: dict[str, str]) -> None:
    window = window_in(qtbot, app, "zh_CN")
    search(qtbot, window, "shantf")
    assert titles(window) == ["单田芳"]
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    assert window.results.hasFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Escape)
    assert window.filters.search.hasFocus() and not window.results.isVisible()
    assert window.filters.search.text() == "shantf"
    assert window.workspace.account is None


@pytest.mark.parametrize(("text", "found"), [
    ("13812", ("contact", "张敏")), ("5678", ("contact", "张敏")),
    ("P20260301-0007", ("proposal", "P20260301-0007")),
    ("20260301", ("proposal", "P20260301-0007")),
    ("招行", ("account", "招商银行股份有限公司")), ("cmb", ("account", "招商银行股份有限公司")),
    ("hw技术", ("account", "华为技术有限公司")),
])
def test_phone_numbers_proposal_numbers_and_aliases(qtbot, app: Kadesk, people: dict[str, str],
                                                    text: str, found: tuple[str, str]) -> None:
    window = window_in(qtbot, app, "zh_CN")
    search(qtbot, window, text)
    hit = window.results.model().index(0, 0).data(HIT_ROLE)
    assert (hit.kind, hit.title) == found


def test_english_names_in_the_english_ui(qtbot, app: Kadesk, people: dict[str, str]) -> None:
    window = window_in(qtbot, app, "en_US")
    listed = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert "Huawei Technologies Co., Ltd." in listed and "上海立信服饰有限公司" in listed
    search(qtbot, window, "zhangmin")
    assert window.results.model().index(0, 0).data(SUBTITLE_ROLE) == (
        "Contact · 采购经理 · Huawei Technologies Co., Ltd.")
    search(qtbot, window, "hw")
    assert titles(window)[0] == "Huawei Technologies Co., Ltd."


def test_nothing_found_says_so(qtbot, app: Kadesk, people: dict[str, str]) -> None:
    window = window_in(qtbot, app, "en_US")
    search(qtbot, window, "xyzxyz")
    assert "Nothing found" in titles(window)[0]
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Down)
    assert window.filters.search.hasFocus(), "the message is no result to move to"
    QAbstractItemModelTester(window.results.model(),
                             QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_ctrl_k_goes_to_the_box(qtbot, app: Kadesk, people: dict[str, str]) -> None:
    window = window_in(qtbot, app, "en_US")
    assert window.act_quick_search.shortcut().toString() == "Ctrl+K"
    window.filters.search.setText("cmb")
    window.table.setFocus()
    window.act_quick_search.trigger()
    qtbot.waitUntil(window.filters.search.hasFocus)
    assert window.results.isVisible() and titles(window) == ["China Merchants Bank Co., Ltd."]


def test_the_profile_offers_a_derived_abbreviation(qtbot, app: Kadesk) -> None:
    from kadesk.ui.account_form import AccountForm
    from kadesk.ui.labels import Formatter

    form = AccountForm(app, Formatter("zh_CN"))
    qtbot.addWidget(form)
    form.name.setText("招商银行股份有限公司")
    assert form.suggest.isVisible() and form.suggest.toolTip().startswith("Add 招行")
    with qtbot.waitSignal(form.edited):
        form.suggest.trigger()
    assert form.aliases.text() == "招行"
    assert not form.suggest.isVisible()
    assert form.fields().aliases == "招行"
    form.name.setText("华为技术有限公司")
    assert not form.suggest.isVisible()
