"""Writing a proposal: line items with exact totals, versions, refusals, undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kadesk.domain.builtins import builtin_id
from kadesk.domain.enums import ListKind, ProposalStatus
from kadesk.domain.money import Money
from kadesk.domain.records import (
    Account,
    AccountFields,
    ContactFields,
    ProposalFields,
    ProposalItemFields,
)
from kadesk.services.app import Kadesk
from kadesk.ui.bus import ChangeBus
from kadesk.ui.labels import Formatter
from kadesk.ui.line_items import Col, LineItemsModel
from kadesk.ui.proposal_editor import ProposalEditor
from kadesk.ui.proposals_tab import ProposalsTab
from tests.ui.typing import type_text

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
# description, quantity, unit, unit price, discount %: 225.00 + 99.99 + 12.50 (12.49875 rounded)
LINES = [("仓储服务", "2.5", "天", "100", "10"),
         ("同城配送", "3", "次", "33.33", ""),
         ("包装材料", "0.125", "吨", "99.99", "0")]


@dataclass
class Setup:
    app: Kadesk
    account: Account
    tab: ProposalsTab
    stack: QUndoStack


@pytest.fixture
def setup(qtbot: QtBot, app: Kadesk, undo_stack: QUndoStack) -> Iterator[Setup]:
    account = app.accounts.create(AccountFields(name="招商银行股份有限公司")).record
    bus = ChangeBus(app)
    tab = ProposalsTab(app, Formatter("en_US"), bus, undo_stack)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_account(account.id)
    yield Setup(app, account, tab, undo_stack)
    bus.close()


def open_editor(qtbot: QtBot, button: object, tab: ProposalsTab) -> ProposalEditor:
    qtbot.mouseClick(button, LEFT)
    editor = tab.editor
    assert editor is not None and editor.isVisible()
    return editor


def type_cell(qtbot: QtBot, editor: ProposalEditor, row: int, col: Col, text: str) -> None:
    """Open the cell's editor as a double-click would, type, press Enter."""
    index = editor.items.index(row, col)
    editor.items_view.setCurrentIndex(index)
    if editor.items_view.indexWidget(index) is None:  # "Add line" opens the first cell itself
        editor.items_view.edit(index)
    line = editor.items_view.indexWidget(index)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def fill_lines(qtbot: QtBot, editor: ProposalEditor) -> None:
    for description, quantity, unit, price, discount in LINES:
        qtbot.mouseClick(editor.add_item_button, LEFT)
        row = editor.items.rowCount() - 1
        for col, text in ((Col.DESCRIPTION, description), (Col.QUANTITY, quantity),
                          (Col.UNIT, unit), (Col.UNIT_PRICE, price), (Col.DISCOUNT, discount)):
            type_cell(qtbot, editor, row, col, text)


def write_proposal(qtbot: QtBot, s: Setup) -> ProposalEditor:
    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    type_text(qtbot, editor.title, "华南仓储与配送方案")
    fill_lines(qtbot, editor)
    type_text(qtbot, editor.texts["needs"], "门店补货要快")
    return editor


def test_three_lines_give_exact_totals(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    editor = write_proposal(qtbot, s)
    assert editor.items.index(0, Col.AMOUNT).data() == "¥225.00"
    assert editor.items.index(1, Col.AMOUNT).data() == "¥99.99"
    assert editor.items.index(2, Col.AMOUNT).data() == "¥12.50"
    assert editor.items.index(0, Col.DISCOUNT).data() == "10%"
    assert editor.subtotal_label.text() == "¥337.49"
    assert editor.tax_caption.text() == "Tax"
    assert editor.tax_label.text() == "6%: ¥20.25"  # 20.2494 rounded half up
    assert editor.total_label.text() == "¥357.74"

    type_cell(qtbot, editor, 0, Col.TAX, "9")  # storage at 9%, the rest still at 6%
    assert editor.tax_label.text() == "9%: ¥20.25\n6%: ¥6.75"  # 6.7494
    assert editor.total_label.text() == "¥364.49"
    type_cell(qtbot, editor, 0, Col.TAX, "6")
    editor.tax.setValue(13)  # the rate new lines start with: old lines keep theirs
    assert editor.tax_label.text() == "6%: ¥20.25"
    qtbot.mouseClick(editor.add_item_button, LEFT)
    assert editor.items.index(3, Col.TAX).data() == "13%"
    qtbot.keyClick(editor.items_view.focusWidget(), Qt.Key.Key_Escape)
    qtbot.mouseClick(editor.remove_item_button, LEFT)
    editor.tax.setValue(6)
    editor.try_save()
    assert not editor.isVisible()

    [proposal] = s.app.proposals.of_account(s.account.id)
    assert proposal.title == "华南仓储与配送方案"
    assert proposal.number.startswith("P")
    assert (proposal.version, proposal.status, proposal.tax_bp) == (1, ProposalStatus.DRAFT, 600)
    assert [(i.description, i.quantity_milli, i.unit, i.unit_price_cents, i.discount_bp)
            for i in proposal.items] == [("仓储服务", 2500, "天", 10000, 1000),
                                         ("同城配送", 3000, "次", 3333, 0),
                                         ("包装材料", 125, "吨", 9999, 0)]
    assert proposal.total == Money(35774)
    assert proposal.needs == "门店补货要快"
    assert s.tab.model.index(0, 4).data() == "¥357.74"
    assert s.tab.selected() == proposal


def test_duplicate_makes_version_two_with_the_items(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    write_proposal(qtbot, s).try_save()
    [first] = s.app.proposals.of_account(s.account.id)
    qtbot.mouseClick(s.tab.version_button, LEFT)

    second = s.tab.selected()
    assert second is not None and second.id != first.id
    assert (second.number, second.version, second.previous_version_id) == (
        first.number, 2, first.id)
    assert [(i.description, i.amount_cents) for i in second.items] == [
        (i.description, i.amount_cents) for i in first.items]
    assert {i.id for i in second.items}.isdisjoint({i.id for i in first.items})
    assert s.tab.model.rowCount() == 2

    s.stack.undo()
    assert [p.id for p in s.app.proposals.of_account(s.account.id)] == [first.id]
    s.stack.redo()
    assert s.app.proposals.of_account(s.account.id)[0].version == 2


def test_bad_quantity_and_price_are_refused_at_the_cell(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    editor = write_proposal(qtbot, s)
    for col, text, words in ((Col.QUANTITY, "abc", "is not a quantity"),
                             (Col.QUANTITY, "-1", "is not a quantity"),
                             (Col.QUANTITY, "1.0005", "is not a quantity"),
                             (Col.UNIT_PRICE, "12.345", "is not a price"),
                             (Col.DISCOUNT, "120", "is not a discount")):
        type_cell(qtbot, editor, 1, col, text)
        assert editor.items_message.isVisibleTo(editor)
        assert editor.items_message.text().startswith("Line 2:")
        assert words in editor.items_message.text()
        assert f"'{text}'" in editor.items_message.text()
    assert editor.items.items[1] == ProposalItemFields(
        description="同城配送", quantity_milli=3000, unit="次", unit_price_cents=3333)
    assert editor.total_label.text() == "¥357.74"

    type_cell(qtbot, editor, 1, Col.QUANTITY, "4")  # a good value clears the message
    assert not editor.items_message.isVisibleTo(editor)
    assert editor.items.index(1, Col.AMOUNT).data() == "¥133.32"


def test_refused_save_stays_open_with_the_input(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    editor = write_proposal(qtbot, s)
    editor.title.clear()
    qtbot.mouseClick(editor.add_item_button, LEFT)  # a fourth line, left without a description
    qtbot.keyClick(editor.items_view.focusWidget(), Qt.Key.Key_Escape)
    editor.try_save()

    assert editor.isVisible()
    assert editor.form.error_text("title") == "Required."
    assert editor.form.error_text("items") == "Line 4: Required."
    assert editor.items.rowCount() == 4
    assert editor.texts["needs"].toPlainText() == "门店补货要快"
    assert s.app.proposals.of_account(s.account.id) == []
    assert s.stack.count() == 0


def test_edit_then_undo(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    write_proposal(qtbot, s).try_save()
    [before] = s.app.proposals.of_account(s.account.id)

    editor = open_editor(qtbot, s.tab.edit_button, s.tab)
    assert editor.number.isReadOnly() and editor.number.text() == before.number
    editor.title.selectAll()
    type_text(qtbot, editor.title, "华南仓储方案（修订）")
    editor.items_view.selectRow(2)
    qtbot.mouseClick(editor.up_button, LEFT)  # packaging before delivery
    editor.items_view.selectRow(0)
    qtbot.mouseClick(editor.remove_item_button, LEFT)
    editor.status.set_value(ProposalStatus.SENT)
    editor.try_save()
    assert not editor.isVisible()

    after = s.app.proposals.get(before.id)
    assert after.title == "华南仓储方案（修订）"
    assert [i.description for i in after.items] == ["包装材料", "同城配送"]
    assert after.status == ProposalStatus.SENT
    assert s.tab.model.index(0, 4).data() == s.tab.fmt.money(after.total)

    s.stack.undo()
    restored = s.app.proposals.get(before.id)
    assert (restored.title, restored.status, restored.items) == (
        before.title, before.status, before.items)
    assert s.tab.model.index(0, 4).data() == "¥357.74"


def test_move_to_trash_and_undo(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    write_proposal(qtbot, s).try_save()
    [proposal] = s.app.proposals.of_account(s.account.id)
    qtbot.mouseClick(s.tab.delete_button, LEFT)
    assert s.app.proposals.get(proposal.id).deleted
    assert s.tab.model.rowCount() == 0
    s.stack.undo()
    assert s.tab.model.rowCount() == 1
    assert not s.app.proposals.get(proposal.id).deleted


def test_value_added_services_come_from_the_list(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    editor = open_editor(qtbot, s.tab.new_button, s.tab)
    for code in ("warehousing", "cod", "warehousing"):
        picker = editor.service_picker
        picker.setCurrentIndex(picker.findData(builtin_id(ListKind.VALUE_ADDED, code)))
        qtbot.mouseClick(editor.add_service_button, LEFT)
    assert editor.value_added.toPlainText() == "Warehousing\nCash on delivery"


def test_line_items_model_passes_the_tester(qtbot: QtBot, app: Kadesk) -> None:
    items = tuple(ProposalItemFields(description=d, quantity_milli=1000, unit_price_cents=100)
                  for d in ("a", "b", "c"))
    model = LineItemsModel(Formatter("zh_CN"), items, "CNY")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.add_item()
    assert model.move_item(0, 1) and model.move_item(3, -1)
    assert not model.move_item(0, -1)
    assert [i.description for i in model.items] == ["b", "a", "", "c"]
    model.remove_item(2)
    assert model.setData(model.index(0, Col.QUANTITY), "1,000")
    assert model.index(0, Col.AMOUNT).data() == "¥1,000.00"
    model.set_currency("USD")
    assert model.index(0, Col.AMOUNT).data() == "$1,000.00"
    assert not model.flags(model.index(0, Col.AMOUNT)) & Qt.ItemFlag.ItemIsEditable


def test_an_unusual_currency_is_kept(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    s.app.proposals.create(ProposalFields(
        account_id=s.account.id, title="London office", currency="GBP",
        items=(ProposalItemFields(description="Courier", unit_price_cents=1250),)))
    s.tab.view.selectRow(0)
    editor = open_editor(qtbot, s.tab.edit_button, s.tab)
    assert editor.currency.currentText() == "GBP"
    assert editor.total_label.text() == "GBP 13.25"
    type_text(qtbot, editor.texts["terms"], "30 days")
    editor.try_save()
    assert s.app.proposals.of_account(s.account.id)[0].currency == "GBP"


def test_tab_model_passes_the_tester(qtbot: QtBot, setup: Setup) -> None:
    s = setup
    s.app.proposals.create(ProposalFields(account_id=s.account.id, title="方案",
                                          items=(ProposalItemFields(description="x"),)))
    QAbstractItemModelTester(s.tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert s.tab.model.rowCount() == 1
    assert s.tab.model.index(0, 3).data() == "Draft"


def test_date_addressee_and_commitment_are_saved_and_shown_again(qtbot: QtBot,
                                                                  setup: Setup) -> None:
    s = setup
    buyer = s.app.contacts.create(ContactFields(account_id=s.account.id, name="王建国",
                                                title="采购总监")).record.id
    editor = write_proposal(qtbot, s)
    editor.issued_on.set_value(date(2026, 3, 2))
    editor.addressee.setCurrentIndex(editor.addressee.findData(buyer))
    editor.on_time.setValue(98.5)
    editor.damage.setValue(0.01)
    editor.claim_days.set_value(7)
    type_text(qtbot, editor.claims, "按申报价值赔付")
    editor.try_save()
    [saved] = s.app.proposals.of_account(s.account.id)
    assert (saved.issued_on, saved.addressee_id, saved.sla_on_time_bp, saved.sla_damage_bp,
            saved.sla_claim_days, saved.sla_claims, saved.sla_response_hours) == (
        date(2026, 3, 2), buyer, 9850, 1, 7, "按申报价值赔付", None)

    again = open_editor(qtbot, s.tab.edit_button, s.tab)
    assert again.addressee.currentData() == buyer
    assert again.on_time.bp() == 9850 and again.damage.bp() == 1
    assert again.fields().issued_on == date(2026, 3, 2)
    again.reject()
