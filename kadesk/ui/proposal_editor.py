"""Writing a proposal (方案): the offer's header, its line items with live totals, the prose.

Totals come from integer cents (ProposalItemFields.amount_cents, money.tax_cents),
exactly as the services and the printed proposal compute them.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.enums import ListKind, ProposalStatus
from kadesk.domain.errors import ValidationError
from kadesk.domain.money import Money
from kadesk.domain.records import Proposal, ProposalFields, taxes
from kadesk.services.app import Kadesk
from kadesk.ui.dialogs import EditorDialog
from kadesk.ui.forms import (
    CURRENCIES,
    ERROR_STYLE,
    DateField,
    EnumCombo,
    IntField,
    ListCombo,
    text_box,
)
from kadesk.ui.labels import Formatter
from kadesk.ui.line_items import CellDelegate, Col, LineItemsModel
from kadesk.ui.split_form import SplitForm

PROSE = ("needs", "solution", "value_added", "benefits", "terms")


class PercentField(QDoubleSpinBox):
    """A percentage with two decimals, or none (the minimum, shown as "—")."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(-0.01, 100)
        self.setDecimals(2)
        self.setSuffix(" %")
        self.setSpecialValueText("—")
        self.set_bp(None)

    def bp(self) -> int | None:
        """In basis points; str() of the two-decimal double gives them back exactly."""
        value = self.value()
        return None if value < 0 else round(Decimal(str(value)) * 100)

    def set_bp(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value / 100)


class ProposalEditor(EditorDialog):
    # The save-callback signature every editor dialog shares (see dialogs.py).
    def __init__(self, app: Kadesk, fmt: Formatter, account_id: str,  # noqa: PLR0917
                 proposal: Proposal | None, save: Callable[[ProposalFields], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.fmt = fmt
        self.account_id = account_id
        self.previous_version_id = proposal.previous_version_id if proposal else None
        self.setWindowTitle(self.tr("Edit proposal") if proposal else self.tr("New proposal"))

        self.form = form = SplitForm((3, 2))  # the line items need the width
        self.title = form.add(0, "title", self.tr("Title"), QLineEdit())
        self.number = form.add(0, "number", self.tr("Number"), QLineEdit())
        self.number.setPlaceholderText(self.tr("Assigned when saved"))
        self.version = form.add(0, "version", self.tr("Version"), IntField(1, 999,
                                                                          optional=False))
        self.status = form.add(0, "status", self.tr("Status"), EnumCombo(ProposalStatus, fmt))
        self.currency = form.add(0, "currency", self.tr("Currency"), QComboBox())
        self.currency.addItems(CURRENCIES)
        self.tax = form.add(0, "tax_bp", self.tr("Tax rate of new lines"), QDoubleSpinBox())
        self.tax.setRange(0, 100)
        self.tax.setDecimals(2)
        self.tax.setSuffix(" %")
        self.issued_on = form.add(0, "issued_on", self.tr("Date"), DateField(optional=False))
        self.issued_on.set_value(app.today())
        self.valid_until = form.add(0, "valid_until", self.tr("Valid until"), DateField())
        self.addressee = form.add(0, "addressee_id", self.tr("Addressed to"), QComboBox())
        self.addressee.addItem("—", None)
        for contact in app.contacts.of_account(account_id):
            self.addressee.addItem(f"{contact.name} {contact.title}".strip(), contact.id)
        currency = proposal.currency if proposal else app.settings.get("currency")
        self.items = LineItemsModel(fmt, proposal.items if proposal else (), currency)
        form.add(0, "items", self.tr("Line items"), self._items_box())
        form.add(0, "totals", self.tr("Totals"), self._totals_box())
        labels = {"needs": self.tr("Needs as we understood them"),
                  "solution": self.tr("Proposed solution"),
                  "value_added": self.tr("Value-added services"),
                  "benefits": self.tr("Expected benefits"), "terms": self.tr("Terms")}
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in PROSE:
            if name == "value_added":
                form.add(1, name, labels[name], self._value_added_box(app))
                self.texts[name] = self.value_added
            else:
                self.texts[name] = form.add(1, name, labels[name], text_box(84))

        self._commitment(form)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.set_body(scroll)
        self.resize(1200, 720)
        self._load(proposal)
        self.items.refused.connect(self._refused)
        self.items.dataChanged.connect(self._edited_items)
        for signal in (self.items.rowsInserted, self.items.rowsRemoved, self.items.modelReset):
            signal.connect(self.update_totals)
        self.tax.valueChanged.connect(self._default_tax)
        self.currency.currentTextChanged.connect(self.items.set_currency)
        self.currency.currentTextChanged.connect(self.update_totals)
        self.update_totals()

    # -- building ------------------------------------------------------------
    def _commitment(self, form: SplitForm) -> None:
        """The service commitment (服务承诺) the proposal prints as a table."""
        self.on_time = form.add(1, "sla_on_time_bp", self.tr("On-time rate, at least"),
                                PercentField())
        self.damage = form.add(1, "sla_damage_bp", self.tr("Damage rate, at most"),
                               PercentField())
        self.claim_days = form.add(1, "sla_claim_days", self.tr("Claims settled within"),
                                   IntField(1, 365, suffix=self.tr(" working days")))
        self.claims = form.add(1, "sla_claims", self.tr("Claims paid how"), QLineEdit())
        self.response_hours = form.add(1, "sla_response_hours",
                                       self.tr("Complaints answered within"),
                                       IntField(1, 720, suffix=self.tr(" hours")))

    def _items_box(self) -> QWidget:
        self.items_view = QTableView()
        self.items_view.setModel(self.items)
        self.items_view.setItemDelegate(CellDelegate(self.items_view))
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.items_view.setMinimumHeight(160)
        self.add_item_button = QPushButton(self.tr("Add line"))
        self.remove_item_button = QPushButton(self.tr("Remove line"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.items_message = QLabel()
        self.items_message.setStyleSheet(ERROR_STYLE)
        self.items_message.setWordWrap(True)
        self.items_message.hide()
        buttons = QHBoxLayout()
        for button in (self.add_item_button, self.remove_item_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.items_view)
        column.addWidget(self.items_message)
        column.addLayout(buttons)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        return box

    def _totals_box(self) -> QWidget:
        self.subtotal_label, self.tax_label, self.total_label = QLabel(), QLabel(), QLabel()
        self.total_label.setStyleSheet("font-weight: 600;")
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.tax_caption = QLabel()
        form.addRow(self.tr("Subtotal"), self.subtotal_label)
        form.addRow(self.tax_caption, self.tax_label)
        form.addRow(self.tr("Total"), self.total_label)
        return box

    def _value_added_box(self, app: Kadesk) -> QWidget:
        self.value_added = text_box(84)
        self.value_added.setPlaceholderText(self.tr("One service per line"))
        self.service_picker = ListCombo(app.lists.items(ListKind.VALUE_ADDED),
                                        self.fmt.language, optional=False)
        self.add_service_button = QPushButton(self.tr("Add service"))
        self.add_service_button.clicked.connect(self.add_service)
        picker = QHBoxLayout()
        picker.addWidget(self.service_picker, 1)
        picker.addWidget(self.add_service_button)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(picker)
        column.addWidget(self.value_added)
        return box

    def _load(self, p: Proposal | None) -> None:
        if self.currency.findText(self.items.currency) < 0:  # a code beyond the usual few
            self.currency.addItem(self.items.currency)
        self.currency.setCurrentText(self.items.currency)
        if p is None:
            self.status.set_value(ProposalStatus.DRAFT)
            self.tax.setValue(ProposalFields.tax_bp / 100)  # the dataclass default
            return
        self.title.setText(p.title)
        self.number.setText(p.number)
        self.number.setReadOnly(bool(p.number))  # numbers are printed and quoted: fixed
        self.version.setValue(p.version)
        self.status.set_value(p.status)
        self.tax.setValue(p.tax_bp / 100)
        self.issued_on.set_value(p.issued_on)
        self.valid_until.set_value(p.valid_until)
        self.addressee.setCurrentIndex(max(0, self.addressee.findData(p.addressee_id)))
        for name, box in self.texts.items():
            box.setPlainText(getattr(p, name))
        self.on_time.set_bp(p.sla_on_time_bp)
        self.damage.set_bp(p.sla_damage_bp)
        self.claim_days.set_value(p.sla_claim_days)
        self.claims.setText(p.sla_claims)
        self.response_hours.set_value(p.sla_response_hours)

    # -- line items ----------------------------------------------------------
    def add_item(self) -> None:
        row = self.items.add_item()
        index = self.items.index(row, Col.DESCRIPTION)
        self.items_view.setCurrentIndex(index)
        self.items_view.setFocus()
        self.items_view.edit(index)

    def _current_row(self) -> int:
        rows = self.items_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_item(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.items.remove_item(row)

    def move_item(self, delta: int) -> None:
        row = self._current_row()
        if row >= 0 and self.items.move_item(row, delta):
            self.items_view.selectRow(row + delta)

    def _refused(self, message: str) -> None:
        self.items_message.setText(message)
        self.items_message.show()

    def _edited_items(self) -> None:
        self.items_message.hide()
        self.update_totals()

    def update_totals(self) -> None:
        currency = self.currency.currentText()
        subtotal = self.items.subtotal_cents()
        by_rate = taxes(self.items.items, currency)
        tax = sum(amount.cents for _rate, _base, amount in by_rate)
        self.tax_caption.setText(self.tr("Tax"))
        self.subtotal_label.setText(self.fmt.money(Money(subtotal, currency)))
        self.tax_label.setText("\n".join(
            self.tr("{rate}%: {amount}").format(rate=f"{Decimal(rate) / 100:g}",
                                               amount=self.fmt.money(amount))
            for rate, _base, amount in by_rate) or self.fmt.money(Money(0, currency)))
        self.total_label.setText(self.fmt.money(Money(subtotal + tax, currency)))

    def _default_tax(self) -> None:
        self.items.default_tax_bp = self.tax_bp()

    def tax_bp(self) -> int:
        # The box keeps two decimals; str() of that double gives them back exactly.
        return round(Decimal(str(self.tax.value())) * 100)

    def add_service(self) -> None:
        label = self.service_picker.currentText()
        lines = [line for line in self.value_added.toPlainText().splitlines() if line.strip()]
        if label and label not in (line.strip() for line in lines):
            self.value_added.setPlainText("\n".join([*lines, label]))

    # -- saving --------------------------------------------------------------
    def _commit_open_cell(self) -> None:
        """A cell still being typed into (Ctrl+Return pressed in it) counts too."""
        if self.items_view.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.items_view.indexWidget(self.items_view.currentIndex())
        if editor is not None:
            self.items_view.commitData(editor)

    def fields(self) -> ProposalFields:
        self._commit_open_cell()
        prose = {name: box.toPlainText().strip() for name, box in self.texts.items()}
        return ProposalFields(
            account_id=self.account_id, title=self.title.text().strip(),
            number=self.number.text().strip(), version=self.version.value(),
            status=self.status.value(), currency=self.currency.currentText(),
            tax_bp=self.tax_bp(), valid_until=self.valid_until.value(),
            items=tuple(self.items.items), previous_version_id=self.previous_version_id,
            needs=prose["needs"], solution=prose["solution"], value_added=prose["value_added"],
            benefits=prose["benefits"], terms=prose["terms"],
            issued_on=self.issued_on.value(), addressee_id=self.addressee.currentData(),
            sla_on_time_bp=self.on_time.bp(), sla_damage_bp=self.damage.bp(),
            sla_claim_days=self.claim_days.value_or_none(), sla_claims=self.claims.text().strip(),
            sla_response_hours=self.response_hours.value_or_none())

    def show_errors(self, error: ValidationError) -> list[str]:
        return self.form.show_errors(list(error.errors), {"items": self.tr("Line {n}:")})
