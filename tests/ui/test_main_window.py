"""The minimal main window: the account list from the store, searched as you type."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from kadesk.domain.enums import Tier
from kadesk.domain.records import AccountFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.ui.account_model import PAGE, AccountListModel
from kadesk.ui.main_window import MainWindow
from tests.ui.typing import type_text

pytestmark = pytest.mark.gui

NAMES = ["华为技术有限公司", "招商银行股份有限公司", "重庆长安汽车股份有限公司", "阿里巴巴集团"]


@pytest.fixture
def filled(app: Kadesk) -> Kadesk:
    for name in NAMES:
        app.accounts.create(AccountFields(name=name, tier=Tier.A))
    return app


def names_shown(model: AccountListModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_list_shows_accounts_in_pinyin_order(qtbot, filled: Kadesk) -> None:
    window = MainWindow(filled, "zh_CN")
    qtbot.addWidget(window)
    assert names_shown(window.model) == [
        "阿里巴巴集团", "重庆长安汽车股份有限公司", "华为技术有限公司", "招商银行股份有限公司"]
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "名称"


@pytest.mark.parametrize("typed", ["hw", "華為", "huawei"])
def test_search_as_you_type_narrows_the_list(qtbot, filled: Kadesk, typed: str) -> None:
    window = MainWindow(filled, "en_US")
    qtbot.addWidget(window)
    type_text(qtbot, window.search, typed)
    qtbot.waitUntil(lambda: names_shown(window.model) == ["华为技术有限公司"])
    assert window.count_label.text() == "1 accounts"
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(NAMES))


def test_overdue_accounts_stand_out_and_a_visit_clears_it(qtbot, filled: Kadesk) -> None:
    window = MainWindow(filled, "en_US")
    qtbot.addWidget(window)
    row = names_shown(window.model).index("华为技术有限公司")
    assert window.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    account_id = window.model.account_id(row)
    filled.visits.create(VisitFields(account_id=account_id,
                                     occurred_at=datetime.now(UTC) - timedelta(days=1)))
    row = names_shown(window.model).index("华为技术有限公司")
    assert window.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert window.model.index(row, 5).data() != ""


def test_model_passes_the_item_model_tester_across_pages(qtbot, app: Kadesk) -> None:
    for i in range(PAGE + 30):
        app.accounts.create(AccountFields(name=f"测试客户{i:03d}"))
    model = AccountListModel(app, "zh_CN")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == PAGE + 30
    assert model.index(PAGE + 29, 0).data() == "测试客户129"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "测试客户129"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
