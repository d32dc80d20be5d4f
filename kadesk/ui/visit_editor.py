"""Logging or editing a visit: who was met, what was said, objections, the follow-up.

Built to be filled in two minutes in the customer's lobby: on-site and now are
the defaults, people are ticked from the account's contacts, objections come
from the library with their handling guidance, Ctrl+Return saves.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.builtins import HANDLING_GUIDANCE
from kadesk.domain.enums import ListKind, VisitKind
from kadesk.domain.errors import ValidationError
from kadesk.domain.language import is_chinese
from kadesk.domain.records import Contact, ListItem, Visit, VisitFields, VisitObjectionFields
from kadesk.services.app import Kadesk
from kadesk.ui.dialogs import EditorDialog
from kadesk.ui.forms import DateField, EnumCombo, IntField, ListCombo, text_box
from kadesk.ui.labels import Formatter
from kadesk.ui.split_form import SplitForm

Index = QModelIndex | QPersistentModelIndex
HINT_STYLE = "color: #5f6368;"


def to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime) -> datetime:
    """The local time edited, made aware; the store keeps it in UTC.

    Kept in the local zone here so "follow-up before the visit date" is judged
    by the rep's calendar day, not UTC's.
    """
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                    clock.second()).astimezone()


def guidance(item: ListItem, language: str) -> str:
    if is_chinese(language) or not item.guidance_en:
        return item.guidance_zh
    return item.guidance_en


class ContactsMetModel(QAbstractListModel):
    """The account's live contacts, each ticked when met at this visit."""

    def __init__(self, contacts: list[Contact], fmt: Formatter, met: tuple[str, ...]) -> None:
        super().__init__()
        self.contacts = contacts
        self.fmt = fmt
        self._met = set(met)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.contacts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(p for p in (c.name, c.title, self.fmt.enum(c.buying_role)) if p)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if c.id in self._met else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (c.department, self.fmt.enum(c.attitude)) if p)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        contact_id = self.contacts[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._met.add(contact_id)
        else:
            self._met.discard(contact_id)
        self.dataChanged.emit(index, index, [role])
        return True

    def met_ids(self) -> tuple[str, ...]:
        # Someone met and moved to the trash since is not listed, yet was met: keep them.
        listed = {c.id for c in self.contacts}
        return (tuple(c.id for c in self.contacts if c.id in self._met)
                + tuple(sorted(self._met - listed)))


class ObjectionCard(QGroupBox):
    """One objection raised: the library entry's guidance, their words, our answer."""

    remove_requested = Signal(object)  # the card

    def __init__(self, item: ListItem | None, objection: VisitObjectionFields,
                 language: str) -> None:
        super().__init__()
        self.objection_id = objection.objection_id
        self.row_id = objection.id
        self.setTitle(item.label(language) if item else self.tr("(removed from the library)"))
        hint = QLabel(guidance(item, language) if item else "")
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.details = QLineEdit(objection.details)
        self.details.setPlaceholderText(self.tr("What they said, in their words"))
        self.response = text_box(48)
        self.response.setPlainText(objection.response)
        self.response.setPlaceholderText(self.tr("Our response"))
        self.resolved = QCheckBox(self.tr("Resolved"))
        self.resolved.setChecked(objection.resolved)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        bottom = QHBoxLayout()
        bottom.addWidget(self.resolved)
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.details)
        layout.addWidget(self.response)
        layout.addLayout(bottom)

    def value(self) -> VisitObjectionFields:
        return VisitObjectionFields(
            objection_id=self.objection_id, details=self.details.text().strip(),
            response=self.response.toPlainText().strip(), resolved=self.resolved.isChecked(),
            id=self.row_id)

    def focus_chain(self) -> list[QWidget]:
        return [self.details, self.response, self.resolved, self.remove_button]


class VisitEditor(EditorDialog):
    # The save-callback signature every editor dialog shares (see dialogs.py).
    def __init__(self, app: Kadesk, fmt: Formatter, account_id: str,  # noqa: PLR0917
                 visit: Visit | None, save: Callable[[VisitFields], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.account_id = account_id
        self.language = fmt.language
        self.setWindowTitle(self.tr("Edit visit") if visit else self.tr("Log a visit"))
        # Hidden entries too: an old visit may cite one no longer offered for new ones.
        self._library = {i.id: i for i in app.lists.items(ListKind.OBJECTION, hidden=True)}
        self.cards: list[ObjectionCard] = []

        self.form = form = SplitForm()
        self.kind = form.add(0, "kind", self.tr("Kind"), EnumCombo(VisitKind, fmt))
        self.when = form.add(0, "occurred_at", self.tr("Date and time"), QDateTimeEdit())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = form.add(0, "duration_minutes", self.tr("Duration"),
                                 IntField(0, 24 * 60, suffix=self.tr(" min")))
        self.site = form.add(0, "site_id", self.tr("Site"), QComboBox())
        self.site.addItem("—", None)
        for site in app.accounts.sites(account_id):
            self.site.addItem(f"{site.name} · {fmt.enum(site.kind)}", site.id)
        self.contacts = ContactsMetModel(app.contacts.of_account(account_id), fmt,
                                         visit.contact_ids if visit else ())
        self.contacts_view = form.add(0, "contact_ids", self.tr("Contacts met"), QListView())
        self.contacts_view.setModel(self.contacts)
        self.contacts_view.setMinimumHeight(240)  # the heart of the form: room for a dozen
        self.colleagues = form.add(0, "colleagues", self.tr("Colleagues who came"), QLineEdit())
        self.owner = form.add(0, "owner", self.tr("Owner (rep)"), QLineEdit())
        self.purpose = form.add(1, "purpose", self.tr("Purpose"), QLineEdit())
        self.summary = form.add(1, "summary", self.tr("Summary"), text_box(96))
        self.outcome = form.add(1, "outcome", self.tr("Outcome"), QLineEdit())
        self.satisfaction = form.add(1, "satisfaction", self.tr("Satisfaction (1–5)"),
                                     IntField(1, 5))
        form.add(1, "objections", self.tr("Objections"), self._objections_box(app))
        self.next_steps = form.add(1, "next_steps", self.tr("Next steps"), text_box(52))
        form.add(1, "follow_up_date", self.tr("Follow-up"), self._follow_up_row())

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.set_body(scroll)
        self.resize(1000, 720)
        if visit is None:
            self.when.setDateTime(to_qdatetime(datetime.now().replace(second=0, microsecond=0)))
            self.kind.set_value(VisitKind.ONSITE)
            self.duration.set_value(None)
            self.owner.setText(app.settings.get("rep_name"))
        else:
            self._load(visit)
        self._order_tabs()

    def _objections_box(self, app: Kadesk) -> QWidget:
        self.objection_picker = ListCombo(app.lists.items(ListKind.OBJECTION), self.language,
                                          optional=False)
        self.add_objection_button = QPushButton(self.tr("Add objection"))
        self.picker_guidance = QLabel()
        self.picker_guidance.setWordWrap(True)
        self.picker_guidance.setTextFormat(Qt.TextFormat.RichText)
        picker = QHBoxLayout()
        picker.addWidget(self.objection_picker, 1)
        picker.addWidget(self.add_objection_button)
        self._cards_layout = QVBoxLayout()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(picker)
        column.addWidget(self.picker_guidance)
        column.addLayout(self._cards_layout)
        self.objection_picker.currentIndexChanged.connect(self._show_picker_guidance)
        self.add_objection_button.clicked.connect(
            lambda: self.add_objection(self.objection_picker.value()))
        self._show_picker_guidance()
        return box

    def _show_picker_guidance(self) -> None:
        item = self._library.get(self.objection_picker.value() or "")
        general = HANDLING_GUIDANCE["zh" if is_chinese(self.language) else "en"]
        specific = (f"<b>{html.escape(item.label(self.language))}</b>: "
                    f"{html.escape(guidance(item, self.language))}<br>" if item else "")
        self.picker_guidance.setText(
            f'{specific}<span style="{HINT_STYLE}">{html.escape(general)}</span>')

    def _follow_up_row(self) -> QWidget:
        self.follow_up = DateField()
        self.follow_up_done = QCheckBox(self.tr("Done"))
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.follow_up)
        self.follow_up_in: dict[str, QToolButton] = {}
        for key, text, step in (("week", self.tr("+1 week"), lambda d: d.addDays(7)),
                                ("two_weeks", self.tr("+2 weeks"), lambda d: d.addDays(14)),
                                ("month", self.tr("+1 month"), lambda d: d.addMonths(1))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(self.tr("Follow up this long after the visit"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a mouse shortcut; keys type the date
            button.clicked.connect(lambda _c=False, s=step: self.follow_up.setDate(
                s(self.when.date())))
            self.follow_up_in[key] = button
            row.addWidget(button)
        row.addWidget(self.follow_up_done)
        row.addStretch(1)
        return row_widget

    def add_objection(self, objection_id: str | None,
                      objection: VisitObjectionFields | None = None) -> ObjectionCard | None:
        if objection_id is None:
            return None
        card = ObjectionCard(self._library.get(objection_id),
                             objection or VisitObjectionFields(objection_id=objection_id),
                             self.language)
        card.remove_requested.connect(self.remove_objection)
        self.cards.append(card)
        self._cards_layout.addWidget(card)
        card.show()  # now, not on the next event loop turn: it is about to take the focus
        self._order_tabs()
        if objection is None:  # added by the rep: write their words next
            card.details.setFocus()
        return card

    def remove_objection(self, card: ObjectionCard) -> None:
        self.cards.remove(card)
        self._cards_layout.removeWidget(card)
        card.deleteLater()
        self._order_tabs()
        self.add_objection_button.setFocus()

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [
            self.kind, self.when, self.duration, self.site, self.contacts_view,
            self.colleagues, self.owner, self.purpose, self.summary, self.outcome,
            self.satisfaction, self.objection_picker, self.add_objection_button]
        for card in self.cards:
            chain += card.focus_chain()
        chain += [self.next_steps, self.follow_up, self.follow_up_done]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _load(self, v: Visit) -> None:
        self.kind.set_value(v.kind)
        self.when.setDateTime(to_qdatetime(v.occurred_at))
        self.duration.set_value(v.duration_minutes)
        self.site.setCurrentIndex(max(0, self.site.findData(v.site_id)))
        self.colleagues.setText(v.colleagues)
        self.owner.setText(v.owner)
        self.purpose.setText(v.purpose)
        self.summary.setPlainText(v.summary)
        self.outcome.setText(v.outcome)
        self.satisfaction.set_value(v.satisfaction)
        for objection in v.objections:
            self.add_objection(objection.objection_id, objection)
        self.next_steps.setPlainText(v.next_steps)
        self.follow_up.set_value(v.follow_up_date)
        self.follow_up_done.setChecked(v.follow_up_done)

    def fields(self) -> VisitFields:
        return VisitFields(
            account_id=self.account_id, occurred_at=from_qdatetime(self.when.dateTime()),
            kind=self.kind.value(), site_id=self.site.currentData(),
            duration_minutes=self.duration.value_or_none(), contact_ids=self.contacts.met_ids(),
            colleagues=self.colleagues.text().strip(), purpose=self.purpose.text().strip(),
            summary=self.summary.toPlainText().strip(), outcome=self.outcome.text().strip(),
            satisfaction=self.satisfaction.value_or_none(),
            objections=tuple(card.value() for card in self.cards),
            next_steps=self.next_steps.toPlainText().strip(),
            follow_up_date=self.follow_up.value(),
            follow_up_done=self.follow_up_done.isChecked(), owner=self.owner.text().strip())

    def show_errors(self, error: ValidationError) -> list[str]:
        return self.form.show_errors(list(error.errors), {"objections": self.tr("Objection {n}:")})
