"""The editable line items of a proposal: exact integer arithmetic, refusals at the cell."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QStyledItemDelegate, QWidget

from kadesk.domain.money import DEFAULT_TAX_BP, QUANTITY_SCALE, Money
from kadesk.domain.records import ProposalItemFields
from kadesk.ui.labels import Formatter

Index = QModelIndex | QPersistentModelIndex
# Sanity bounds: keep every stored integer and every product far inside 64 bits.
MAX_QUANTITY = Decimal(10_000_000)
MAX_PRICE = Decimal(1_000_000_000)
NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Col(IntEnum):
    DESCRIPTION = 0
    QUANTITY = 1
    UNIT = 2
    UNIT_PRICE = 3
    DISCOUNT = 4
    TAX = 5
    AMOUNT = 6


def parse_scaled(text: str, scale: int, high: Decimal) -> int | None:
    """``text`` as a whole number of 1/``scale`` units in [0, high], or None if it is not."""
    cleaned = text.strip().replace(",", "").replace("，", "").lstrip("¥￥$").rstrip("%％")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value > high:
        return None
    scaled = value * scale
    return int(scaled) if scaled == scaled.to_integral_value() else None


def plain_decimal(units: int, scale: int) -> str:
    """Scaled integer -> shortest exact decimal text: 2500/1000 -> '2.5'."""
    value = Decimal(units) / scale
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class LineItemsModel(QAbstractTableModel):
    # A cell's input was refused: the message says why, nothing was changed.
    refused = Signal(str)

    def __init__(self, fmt: Formatter, items: tuple[ProposalItemFields, ...],
                 currency: str) -> None:
        super().__init__()
        self.fmt = fmt
        self.items = list(items)
        self.currency = currency
        self.default_tax_bp = DEFAULT_TAX_BP  # the rate a new line starts with
        self._headers = {
            Col.DESCRIPTION: self.tr("Description"), Col.QUANTITY: self.tr("Quantity"),
            Col.UNIT: self.tr("Unit"), Col.UNIT_PRICE: self.tr("Unit price"),
            Col.DISCOUNT: self.tr("Discount %"), Col.TAX: self.tr("Tax %"),
            Col.AMOUNT: self.tr("Amount"),
        }

    # -- reading -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[Col(section)]
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != Col.AMOUNT:
            base |= Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, col = self.items[index.row()], Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(item, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (Col.DESCRIPTION, Col.UNIT):
            return int(NUMERIC.value)
        return None

    def _display(self, item: ProposalItemFields, col: Col) -> str:
        match col:
            case Col.UNIT_PRICE:
                return self.fmt.money(Money(item.unit_price_cents, self.currency))
            case Col.DISCOUNT:
                return f"{plain_decimal(item.discount_bp, 100)}%" if item.discount_bp else ""
            case Col.TAX:
                return f"{plain_decimal(item.tax_bp, 100)}%"
            case Col.AMOUNT:
                return self.fmt.money(Money(item.amount_cents, self.currency))
        return self._edit_text(item, col)

    @staticmethod
    def _edit_text(item: ProposalItemFields, col: Col) -> str:
        match col:
            case Col.DESCRIPTION:
                return item.description
            case Col.QUANTITY:
                return plain_decimal(item.quantity_milli, QUANTITY_SCALE)
            case Col.UNIT:
                return item.unit
            case Col.UNIT_PRICE:
                return f"{Decimal(item.unit_price_cents) / 100:.2f}"
            case Col.DISCOUNT:
                return plain_decimal(item.discount_bp, 100)
            case Col.TAX:
                return plain_decimal(item.tax_bp, 100)
        return ""

    # -- editing -------------------------------------------------------------
    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, col, text = index.row(), Col(index.column()), str(value)
        change = self._parse(col, text)
        if change is None:
            self.refused.emit(self._refusal(row, col, text))
            return False
        self.items[row] = dataclasses.replace(self.items[row], **change)
        self.dataChanged.emit(index, index)
        amount = self.index(row, Col.AMOUNT)
        self.dataChanged.emit(amount, amount)
        return True

    @staticmethod
    def _parse(col: Col, text: str) -> dict[str, Any] | None:
        match col:
            case Col.DESCRIPTION:
                return {"description": text.strip()}
            case Col.UNIT:
                return {"unit": text.strip()}
            case Col.QUANTITY:
                milli = parse_scaled(text, QUANTITY_SCALE, MAX_QUANTITY)
                return None if milli is None else {"quantity_milli": milli}
            case Col.UNIT_PRICE:
                cents = parse_scaled(text, 100, MAX_PRICE)
                return None if cents is None else {"unit_price_cents": cents}
            case Col.DISCOUNT | Col.TAX:
                bp = parse_scaled(text or "0", 100, Decimal(100))
                key = "discount_bp" if col == Col.DISCOUNT else "tax_bp"
                return None if bp is None else {key: bp}
        return None

    def _refusal(self, row: int, col: Col, text: str) -> str:
        reason = {
            Col.QUANTITY: self.tr("'{value}' is not a quantity: type a number such as 2.5 "
                                  "(up to three decimals)."),
            Col.UNIT_PRICE: self.tr("'{value}' is not a price: type an amount such as "
                                    "1,200.00 (up to two decimals)."),
            Col.DISCOUNT: self.tr("'{value}' is not a discount: type a percentage from 0 "
                                  "to 100."),
            Col.TAX: self.tr("'{value}' is not a tax rate: type a percentage from 0 to 100, "
                             "such as 9 or 6."),
        }[col]
        return self.tr("Line {n}:").format(n=row + 1) + " " + reason.format(value=text)

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        if self.items:
            self.dataChanged.emit(self.index(0, Col.UNIT_PRICE),
                                  self.index(len(self.items) - 1, Col.AMOUNT))

    def add_item(self) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(ProposalItemFields(description="", tax_bp=self.default_tax_bp))
        self.endInsertRows()
        return row

    def remove_item(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def move_item(self, row: int, delta: int) -> bool:
        """Move a line up (-1) or down (+1); False at either end."""
        target = row + delta
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return False
        # Qt's destination is the row the item goes *before*, counted before the move.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(),
                           target + 1 if delta > 0 else target)
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        return True

    def subtotal_cents(self) -> int:
        return sum(item.amount_cents for item in self.items)


class CellDelegate(QStyledItemDelegate):
    """Enter commits the cell and stops there.

    Qt's delegate lets Enter travel on to the dialog, whose default button
    would then save the whole proposal in the middle of typing a line.
    """

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if (isinstance(editor, QWidget) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)
