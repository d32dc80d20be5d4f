"""Field widgets for the editors, each with value()/set_value(), and inline errors.

Every editor (profile, contact, visit, proposal) builds on these, so lists,
dates and money behave the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.dates import parse_day
from kadesk.domain.enums import Labelled
from kadesk.domain.errors import FieldError
from kadesk.domain.money import DEFAULT_CURRENCY, Money
from kadesk.domain.records import ListItem
from kadesk.ui.labels import Formatter

CURRENCIES = ("CNY", "HKD", "TWD", "USD", "EUR")
ERROR_STYLE = "color: #b3261e;"
W = TypeVar("W", bound=QWidget)


class EnumCombo(QComboBox):
    def __init__(self, enum: type[Labelled], fmt: Formatter, *, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if optional:
            self.addItem("—", None)
        for member in enum:
            self.addItem(fmt.enum(member), member)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Labelled | None) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))


class ListCombo(QComboBox):
    """An entry of an extensible list (industry...), or none."""

    def __init__(self, items: list[ListItem], language: str, *, optional: bool = True) -> None:
        super().__init__()
        if optional:
            self.addItem("—", None)
        for item in items:
            self.addItem(item.label(language), item.id)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))


class DateField(QDateEdit):
    """A date that may be empty: the minimum date stands for 'not set'."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, *, optional: bool = True) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        if optional:
            self.setMinimumDate(self.EMPTY)
            self.setSpecialValueText("—")
        self.set_value(None)

    def value(self) -> date | None:
        picked = self.date()
        if picked == self.minimumDate() and self.specialValueText():
            return None
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(self.minimumDate() if value is None else QDate(value.year, value.month,
                                                                     value.day))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        """Tab goes on to the next field, not to the next part of the date."""
        return QWidget.focusNextPrevChild(self, next)


class DateEntry(QLineEdit):
    """A date typed as a rep writes it: 2026-12-14, 12-14, +7, +2w, 下周一, 明天. Relative
    forms count from ``base()``. Once typed, the field shows the date it read, so
    what is saved is what is seen; what cannot be read stays as typed and
    ``value()`` refuses it (never a silent "none")."""

    def __init__(self, base: Callable[[], date], *, ahead: bool = True) -> None:
        super().__init__()
        self._base = base
        self._ahead = ahead
        self.setPlaceholderText(self.tr("e.g. 2026-12-14, 12-14, +7, 下周一"))
        self.setClearButtonEnabled(True)
        # Room for a whole date beside the clear button: "26-12-14" reads as another day.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-12-31") * 3 // 2 + 24)
        self.editingFinished.connect(self._show_read)

    def value(self) -> date | None:
        """The date typed, None when empty; ValueError when it cannot be read."""
        text = self.text().strip()
        return parse_day(text, self._base(), ahead=self._ahead) if text else None

    def set_value(self, value: date | None) -> None:
        self.setText("" if value is None else value.isoformat())

    def _show_read(self) -> None:
        try:
            read = self.value()
        except ValueError:
            return
        if read is not None and self.text() != read.isoformat():
            self.set_value(read)


class IntField(QSpinBox):
    """A whole number in a range; the minimum stands for 'not set' when optional."""

    def __init__(self, low: int, high: int, *, optional: bool = True, suffix: str = "") -> None:
        super().__init__()
        self._optional = optional
        self.setRange(low - 1 if optional else low, high)
        if optional:
            self.setSpecialValueText("—")
        self.setSuffix(suffix)

    def value_or_none(self) -> int | None:
        number = self.value()
        return None if self._optional and number == self.minimum() else number

    def set_value(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class MoneyField(QWidget):
    """An amount typed in yuan (commas and ¥ allowed) and a currency: exact cents."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(self.currency)
        self.amount.textEdited.connect(self.edited)
        self.currency.currentIndexChanged.connect(self.edited)

    def value(self) -> Money | None:
        """The money typed, or None when empty; raises ValueError when unreadable."""
        text = self.amount.text().strip().replace(",", "").replace("，", "").lstrip("¥￥$")
        if not text:
            return None
        try:
            cents = Decimal(text) * 100
        except InvalidOperation as bad:
            raise ValueError(self.amount.text()) from bad
        if cents != cents.to_integral_value():
            raise ValueError(self.amount.text())
        return Money(int(cents), self.currency.currentText())

    def set_value(self, value: Money | None) -> None:
        self.amount.setText("" if value is None else f"{value.amount():,.2f}")
        self.currency.setCurrentText(value.currency if value else DEFAULT_CURRENCY)


def text_box(height: int) -> QPlainTextEdit:
    """Several lines of prose; Tab moves on to the next field instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class ErrorForm(QFormLayout):
    """A form layout whose fields can show a message underneath saying what is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}

    def add(self, field: str, label: str, widget: W) -> W:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = QLabel()
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        column.addWidget(message)
        self._errors[field] = message
        self.addRow(label, box)
        return widget

    def show_errors(self, errors: list[FieldError], messages: dict[str, str]) -> list[str]:
        """Show each error under its field; return the ones no field here owns."""
        self.clear_errors()
        unplaced = []
        for error in errors:
            label = self._errors.get(error.field.split("[")[0])
            text = messages.get(error.field, error.message())
            if label is None:
                unplaced.append(text)
            else:
                label.setText(text)
                label.show()
        return unplaced

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def add_button(box: QDialogButtonBox, text: str, slot: Callable[[], object]) -> QPushButton:
    """A button of the dialog's own (beside OK or Close) that runs ``slot``."""
    button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
    button.clicked.connect(slot)
    return button
