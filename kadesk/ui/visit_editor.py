"""Logging or editing a visit: who was met, what was said, objections, the follow-up.

Built to be filled in two minutes in the customer's lobby, keyboard first: on-site,
now and the rep are the defaults; the focus starts on the account's people (Space
ticks whom they met, and their attitude can be changed beside them); Tab walks
summary, objections (type a few characters of one, Enter adds it), next steps and
the follow-up, typed as 12-14, +7 or 下周一. Ctrl+Return saves; Enter alone never does.
A new visit settles the account's open follow-up unless the rep unticks it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.builtins import HANDLING_GUIDANCE
from kadesk.domain.dates import add_months, parse_moment
from kadesk.domain.enums import Attitude, ListKind, VisitKind
from kadesk.domain.errors import FieldError, ValidationError
from kadesk.domain.language import is_chinese
from kadesk.domain.records import ListItem, Visit, VisitFields, VisitObjectionFields
from kadesk.services.app import Kadesk
from kadesk.ui.contacts_met import ContactsMetModel, contacts_met_view
from kadesk.ui.dialogs import EditorDialog
from kadesk.ui.forms import DateEntry, EnumCombo, IntField, ListCombo, text_box
from kadesk.ui.labels import Formatter
from kadesk.ui.split_form import SplitForm
from kadesk.ui.who_am_i import rep_picker

HINT_STYLE = "color: #5f6368;"
MOMENT = "%Y-%m-%d %H:%M"


def guidance(item: ListItem, language: str) -> str:
    if is_chinese(language) or not item.guidance_en:
        return item.guidance_zh
    return item.guidance_en


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
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays on the writing
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        # Resolved sits above the words: Tab goes from our response on to the next field.
        top = QHBoxLayout()
        top.addWidget(self.resolved)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.details)
        layout.addWidget(self.response)

    def value(self) -> VisitObjectionFields:
        return VisitObjectionFields(
            objection_id=self.objection_id, details=self.details.text().strip(),
            response=self.response.toPlainText().strip(), resolved=self.resolved.isChecked(),
            id=self.row_id)

    def focus_chain(self) -> list[QWidget]:
        return [self.resolved, self.details, self.response]


class VisitEditor(EditorDialog):
    # The save-callback signature every editor dialog shares (see dialogs.py).
    def __init__(self, app: Kadesk, fmt: Formatter, account_id: str,  # noqa: PLR0917
                 visit: Visit | None, save: Callable[[VisitFields], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.account_id = account_id
        self.language = fmt.language
        self.fmt = fmt
        account = app.accounts.get(account_id)
        self.setWindowTitle((self.tr("Edit visit — {account}") if visit
                             else self.tr("Log a visit — {account}")).format(account=account.name))
        # Hidden entries too: an old visit may cite one no longer offered for new ones.
        self._library = {i.id: i for i in app.lists.items(ListKind.OBJECTION, hidden=True)}
        self.cards: list[ObjectionCard] = []
        # The open follow-ups a new visit settles (unless unticked).
        self._open = [] if visit else app.visits.open_follow_ups(account_id)

        self.form = form = SplitForm()
        self.kind = form.add(0, "kind", self.tr("Kind"), EnumCombo(VisitKind, fmt))
        self.when = form.add(0, "occurred_at", self.tr("Date and time"), QLineEdit())
        self.when.setToolTip(self.tr("e.g. 2026-12-07 14:30, 12-05 9:30 or 昨天"))
        self.purpose = form.add(0, "purpose", self.tr("Purpose"), QLineEdit())
        self.contacts = ContactsMetModel(app.contacts.of_account(account_id), fmt,
                                         visit.contact_ids if visit else ())
        self.contacts_view = form.add(0, "contact_ids", self.tr("Contacts met"),
                                      contacts_met_view(self.contacts, fmt))
        self.contacts_view.setMinimumHeight(200)  # the heart of the form: room for a dozen
        self.summary = form.add(0, "summary", self.tr("Summary"), text_box(120))
        form.add(1, "objections", self.tr("Objections"), self._objections_box(app))
        self.next_steps = form.add(1, "next_steps", self.tr("Next steps"), text_box(52))
        form.add(1, "follow_up_date", self.tr("Follow-up"), self._follow_up_row())
        self.outcome = form.add(1, "outcome", self.tr("Outcome"), QLineEdit())
        self.satisfaction = form.add(1, "satisfaction", self.tr("Satisfaction (1–5)"),
                                     IntField(1, 5))
        self.duration = form.add(1, "duration_minutes", self.tr("Duration"),
                                 IntField(0, 24 * 60, suffix=self.tr(" min")))
        self.site = form.add(1, "site_id", self.tr("Site"), QComboBox())
        self.site.addItem("—", None)
        for site in app.accounts.sites(account_id):
            self.site.addItem(f"{site.name} · {fmt.enum(site.kind)}", site.id)
        self.colleagues = form.add(1, "colleagues", self.tr("Colleagues who came"), QLineEdit())
        self.owner = form.add(1, "owner", self.tr("Owner (rep)"), rep_picker(
            app, visit.owner if visit else str(app.settings.get("rep_name") or account.owner)))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.set_body(scroll)
        self.resize(1000, 720)
        if visit is None:
            self._moment = datetime.now().astimezone().replace(second=0, microsecond=0)
            self.when.setText(self._moment.strftime(MOMENT))
            self.kind.set_value(VisitKind.ONSITE)
            self.duration.set_value(None)
        else:
            self._load(visit)
        self.when.editingFinished.connect(self._show_moment)
        self._order_tabs()
        self.contacts_view.setFocus()  # whom they met is the first thing to fill

    def _objections_box(self, app: Kadesk) -> QWidget:
        """The cards of the objections raised, then the library picker to add another."""
        self.objection_picker = ListCombo(app.lists.items(ListKind.OBJECTION), self.language,
                                          optional=False)
        # Type a few characters of an objection (anywhere in it), Enter adds it.
        self.objection_picker.setEditable(True)
        self.objection_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.completer = QCompleter(self.objection_picker.model(), self)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.objection_picker.setCompleter(self.completer)
        self.picker_line = self.objection_picker.lineEdit()
        assert self.picker_line is not None  # editable
        self.picker_line.setPlaceholderText(self.tr("Type to find an objection, Enter adds it"))
        self.objection_picker.installEventFilter(self)  # keys reach the combo, not its line
        self.objection_picker.setCurrentIndex(-1)
        self.add_objection_button = QPushButton(self.tr("Add objection"))
        self.add_objection_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter in the picker
        self.picker_guidance = QLabel()
        self.picker_guidance.setWordWrap(True)
        self.picker_guidance.setTextFormat(Qt.TextFormat.RichText)
        self.objection_message = QLabel()
        self.objection_message.setStyleSheet("color: #b3261e;")
        self.objection_message.hide()
        picker = QHBoxLayout()
        picker.addWidget(self.objection_picker, 1)
        picker.addWidget(self.add_objection_button)
        self._cards_layout = QVBoxLayout()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._cards_layout)
        column.addLayout(picker)
        column.addWidget(self.objection_message)
        column.addWidget(self.picker_guidance)
        self.objection_picker.currentIndexChanged.connect(self._show_picker_guidance)
        self.add_objection_button.clicked.connect(self._add_picked)
        self._show_picker_guidance()
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter in the objection picker adds the objection typed or chosen."""
        if (watched is self.objection_picker and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            popup = self.completer.popup()
            if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
                self.objection_picker.setCurrentText(popup.currentIndex().data())
                popup.hide()
            self._add_picked()
            return True
        return super().eventFilter(watched, event)

    def _picked(self) -> str | None:
        """The library entry the picker names: the one chosen, or the only one whose
        label (Chinese or English, whatever the window's language) holds the text typed."""
        text = self.objection_picker.currentText().strip()
        if not text:
            return None
        exact = self.objection_picker.findText(text)
        if exact >= 0:
            return self.objection_picker.itemData(exact)
        offered = [self.objection_picker.itemData(i) for i in range(self.objection_picker.count())]
        found = [i for i in offered if any(text.casefold() in label.casefold() for label in (
            self._library[i].label_zh, self._library[i].label_en))]
        return found[0] if len(found) == 1 else None

    def _add_picked(self) -> None:
        picked = self._picked()
        text = self.objection_picker.currentText().strip()
        if picked is None:
            self.objection_message.setText(self.tr(
                "No single objection in the library matches '{text}': type more of it, or "
                "pick one from the list.").format(text=text) if text else self.tr(
                "Type or pick an objection from the list first."))
            self.objection_message.show()
            return
        self.objection_message.hide()
        self.add_objection(picked)
        self.objection_picker.setCurrentIndex(-1)
        self.objection_picker.setEditText("")

    def _show_picker_guidance(self) -> None:
        item = self._library.get(self.objection_picker.value() or "")
        general = HANDLING_GUIDANCE["zh" if is_chinese(self.language) else "en"]
        specific = (f"<b>{html.escape(item.label(self.language))}</b>: "
                    f"{html.escape(guidance(item, self.language))}<br>" if item else "")
        self.picker_guidance.setText(
            f'{specific}<span style="{HINT_STYLE}">{html.escape(general)}</span>')

    def _follow_up_row(self) -> QWidget:
        self.follow_up = DateEntry(self._visit_day)
        self.follow_up.setToolTip(self.tr("Counted from the visit: +7 is a week after it"))
        self.follow_up_day = QLabel()  # the weekday of the date read, to check at a glance
        self.follow_up_day.setStyleSheet(HINT_STYLE)
        self.follow_up_done = QCheckBox(self.tr("Done"))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.follow_up, 1)
        row.addWidget(self.follow_up_day)
        self.follow_up_in: dict[str, QToolButton] = {}
        for key, text, step in (("week", self.tr("+1 week"), lambda d: d + timedelta(days=7)),
                                ("two_weeks", self.tr("+2 weeks"),
                                 lambda d: d + timedelta(days=14)),
                                ("month", self.tr("+1 month"), lambda d: add_months(d, 1))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(self.tr("Follow up this long after the visit"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a mouse shortcut; keys type +7
            button.clicked.connect(lambda _c=False, s=step: self._set_follow_up(
                s(self._visit_day())))
            self.follow_up_in[key] = button
            row.addWidget(button)
        row.addWidget(self.follow_up_done)
        column.addLayout(row)
        self.settle = QCheckBox()
        self.settle.setVisible(bool(self._open))
        if self._open:
            first = self._open[0]
            steps = (first.next_steps or first.purpose).strip().splitlines()
            self.settle.setText((self.tr(
                "This visit settles the open follow-up of {date}{what}") if len(self._open) == 1
                else self.tr("This visit settles the {n} open follow-ups (the first of {date})"
                             )).format(date=self.fmt.date(first.follow_up_date), n=len(self._open),
                                       what=f": {steps[0]}" if steps else ""))
            self.settle.setChecked(True)
        column.addWidget(self.settle)
        self.follow_up.textChanged.connect(self._show_follow_up_day)
        return box

    def _visit_day(self) -> date:
        try:
            return self._read_moment().date()
        except ValueError:
            return date.today()

    def _set_follow_up(self, day: date) -> None:
        self.follow_up.set_value(day)

    def _show_follow_up_day(self) -> None:
        try:
            day = self.follow_up.value()
        except ValueError:
            day = None
        self.follow_up_day.setText(self.fmt.locale.toString(
            QDate(day.year, day.month, day.day), "ddd") if day else "")

    def _read_moment(self) -> datetime:
        return parse_moment(self.when.text(), self._moment)

    def _show_moment(self) -> None:
        try:
            self._moment = self._read_moment()
        except ValueError:
            return
        self.when.setText(self._moment.strftime(MOMENT))

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
        self.objection_picker.setFocus()

    def _order_tabs(self) -> None:
        """The order of the form, the fields a visit always needs first."""
        chain: list[QWidget] = [self.kind, self.when, self.purpose, self.contacts_view,
                                self.summary]
        for card in self.cards:
            chain += card.focus_chain()
        chain += [self.objection_picker, self.next_steps, self.follow_up, self.follow_up_done,
                  self.settle, self.outcome, self.satisfaction, self.duration, self.site,
                  self.colleagues, self.owner]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _load(self, v: Visit) -> None:
        self.kind.set_value(v.kind)
        self._moment = v.occurred_at.astimezone()
        self.when.setText(self._moment.strftime(MOMENT))
        self.duration.set_value(v.duration_minutes)
        self.site.setCurrentIndex(max(0, self.site.findData(v.site_id)))
        self.colleagues.setText(v.colleagues)
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
        """The visit as typed; a date or time that cannot be read is refused at its field."""
        unreadable: list[FieldError] = []
        try:
            occurred_at = self._read_moment()
        except ValueError:
            occurred_at = self._moment
            unreadable.append(FieldError("occurred_at", "bad_date",
                                         {"value": self.when.text()}))
        try:
            follow_up = self.follow_up.value()
        except ValueError:
            follow_up = None
            unreadable.append(FieldError("follow_up_date", "bad_date",
                                         {"value": self.follow_up.text()}))
        if unreadable:
            raise ValidationError(unreadable)
        return VisitFields(
            account_id=self.account_id, occurred_at=occurred_at,
            kind=self.kind.value(), site_id=self.site.currentData(),
            duration_minutes=self.duration.value_or_none(), contact_ids=self.contacts.met_ids(),
            colleagues=self.colleagues.text().strip(), purpose=self.purpose.text().strip(),
            summary=self.summary.toPlainText().strip(), outcome=self.outcome.text().strip(),
            satisfaction=self.satisfaction.value_or_none(),
            objections=tuple(card.value() for card in self.cards),
            next_steps=self.next_steps.toPlainText().strip(),
            follow_up_date=follow_up,
            follow_up_done=self.follow_up_done.isChecked(),
            owner=self.owner.currentText().strip())

    def attitude_changes(self) -> dict[str, Attitude]:
        """Contact id -> the attitude the rep set here, for those changed."""
        return self.contacts.attitude_changes()

    def settles(self) -> list[Visit]:
        """The earlier visits whose open follow-up this new one settles."""
        return list(self._open) if self.settle.isChecked() else []

    def _state(self) -> object:
        return (super()._state(), self.attitude_changes())

    def show_errors(self, error: ValidationError) -> list[str]:
        return self.form.show_errors(list(error.errors), {"objections": self.tr("Objection {n}:")})
