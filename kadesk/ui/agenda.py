"""The agenda: what is due today (the rep's own by default, or the whole team's), and
the log of visits across all accounts.

Today's lists load a page at a time as they are scrolled (with the full count
beside each), so every item can be reached and the first page stays quick on
20,000 accounts and 300,000 visits. The log is capped, with its count. A page
reloads only while shown; hidden, it notes it is stale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.changes import ChangeKind, ChangeSet
from kadesk.domain.enums import CADENCE_DAYS, VisitKind
from kadesk.domain.queries import AccountFilter, AccountSort, Period
from kadesk.domain.records import AccountSummary, Visit
from kadesk.services.app import Kadesk
from kadesk.ui import undo
from kadesk.ui.bus import ChangeBus
from kadesk.ui.forms import DateField
from kadesk.ui.labels import DATE_SAMPLE, DATETIME_SAMPLE, Formatter
from kadesk.ui.record_model import Column, RecordTableModel, record_table

# Today's lists load this many rows at a time; the log shows at most LOG_LIMIT.
TODAY_PAGE_ROWS = 100
LOG_LIMIT = 500
TODAY_PAGE, LOG_PAGE = 0, 1
SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class VisitRow:
    visit: Visit
    account: str  # the account's name


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class AgendaView(QWidget):
    open_account = Signal(str)  # account id
    open_visit = Signal(str, str)  # account id, visit id

    def __init__(self, app: Kadesk, fmt: Formatter, bus: ChangeBus,
                 parent: QWidget | None = None, *, stack: QUndoStack) -> None:
        super().__init__(parent)
        self.app, self.fmt = app, fmt
        self.stack = stack  # the window's: "mark done" joins Edit > Undo
        # Pages to reload before they are next seen: nothing loads while hidden.
        self._stale = {TODAY_PAGE, LOG_PAGE}
        self._reps_stale = True
        self.tabs = QTabWidget()
        self.tabs.insertTab(TODAY_PAGE, self._today_page(), self.tr("Today"))
        self.tabs.insertTab(LOG_PAGE, self._log_page(), self.tr("Visit log"))
        self.tabs.currentChanged.connect(self._refresh_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        bus.changed.connect(self._on_changes)

    # -- building ------------------------------------------------------------
    def _follow_up_model(self, *, overdue: bool) -> RecordTableModel[VisitRow]:
        fmt = self.fmt
        return RecordTableModel[VisitRow]([
            Column(self.tr("Follow-up"), lambda r: fmt.date(r.visit.follow_up_date),
                   warn=(lambda _r: True) if overdue else None, sample=DATE_SAMPLE),
            Column(self.tr("Account"), lambda r: r.account, width=14),
            Column(self.tr("Next steps"),
                   lambda r: _first_line(r.visit.next_steps) or _first_line(r.visit.purpose)),
            Column(self.tr("Visited"), lambda r: fmt.date(r.visit.occurred_at.astimezone()
                                                          .date())),
            Column(self.tr("Kind"), lambda r: fmt.enum(r.visit.kind), width=4,
                   sample=fmt.widest(VisitKind)),
            Column(self.tr("Rep"), lambda r: r.visit.owner),
        ])

    def _today_page(self) -> QWidget:
        fmt = self.fmt
        self.due_model = self._follow_up_model(overdue=False)
        self.overdue_model = self._follow_up_model(overdue=True)
        self.accounts_model = RecordTableModel[AccountSummary]([
            Column(self.tr("Account"), lambda a: a.name, width=14),
            Column(self.tr("Tier"), lambda a: a.tier.value, width=3),
            Column(self.tr("Last visit"), lambda a: fmt.date(a.last_visit_at.astimezone().date())
                   if a.last_visit_at else self.tr("never"), warn=lambda _a: True),
            Column(self.tr("Days since"), self._days_since),
            Column(self.tr("Rep"), lambda a: a.owner),
        ])
        self.due_view = record_table(self.due_model, stretch=2)
        self.overdue_view = record_table(self.overdue_model, stretch=2)
        self.accounts_view = record_table(self.accounts_model, stretch=0)
        self.due_label, self.overdue_label, self.accounts_label = QLabel(), QLabel(), QLabel()
        self.mark_done_button = QPushButton(self.tr("Mark follow-up done"))
        self.mark_done_button.setEnabled(False)
        self.team = QCheckBox(self.tr("Whole team"))
        self.team.setToolTip(self.tr("Everyone's follow-ups and accounts, not only yours"))
        self.nothing = QLabel(self.tr("Nothing due: no follow-up and no account past its "
                                      "visit cadence."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.team)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.sections: list[QWidget] = []
        for label, view in ((self.due_label, self.due_view),
                            (self.overdue_label, self.overdue_view),
                            (self.accounts_label, self.accounts_view)):
            section = QWidget()
            column = QVBoxLayout(section)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(view)
            splitter.addWidget(section)
            self.sections.append(section)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.nothing)
        layout.addWidget(splitter, 1)
        self.team.toggled.connect(self.refresh_today)

        self.mark_done_button.clicked.connect(self.mark_done)
        for view, model, other in ((self.due_view, self.due_model, self.overdue_view),
                                   (self.overdue_view, self.overdue_model, self.due_view)):
            view.doubleClicked.connect(lambda i, m=model: self._open_row(m, i.row()))
            view.selectionModel().selectionChanged.connect(
                lambda chosen, _old, o=other: self._follow_up_selected(bool(chosen), o))
        self.accounts_view.doubleClicked.connect(
            lambda i: self.open_account.emit(self.accounts_model.record(i.row()).id))
        return page

    def _log_page(self) -> QWidget:
        fmt = self.fmt
        self.log_model = RecordTableModel[VisitRow]([
            Column(self.tr("When"), lambda r: fmt.datetime(r.visit.occurred_at),
                   sample=DATETIME_SAMPLE),
            Column(self.tr("Account"), lambda r: r.account, width=14),
            Column(self.tr("Kind"), lambda r: fmt.enum(r.visit.kind), width=4,
                   sample=fmt.widest(VisitKind)),
            Column(self.tr("Rep"), lambda r: r.visit.owner),
            Column(self.tr("Purpose"), lambda r: r.visit.purpose),
            Column(self.tr("Follow-up"), lambda r: fmt.date(r.visit.follow_up_date),
                   sample=DATE_SAMPLE),
        ])
        self.log_view = record_table(self.log_model, stretch=4)
        today = self.app.today()
        monday = today - timedelta(days=today.weekday())
        self.log_from, self.log_to = DateField(optional=False), DateField(optional=False)
        self.log_from.set_value(monday)
        self.log_to.set_value(monday + timedelta(days=6))
        self.log_rep = QComboBox()
        self.log_rep.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.log_rep.addItem(self.tr("All reps"), None)
        self.log_kind = QComboBox()
        self.log_kind.addItem(self.tr("All kinds"), None)
        for kind in VisitKind:
            self.log_kind.addItem(fmt.enum(kind), kind)
        self.log_account = QLineEdit()
        self.log_account.setPlaceholderText(self.tr("Account: name, pinyin, initials…"))
        self.log_account.setClearButtonEnabled(True)
        self.log_count = QLabel()
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.log_from, QLabel(self.tr("to")),
                       self.log_to, self.log_rep, self.log_kind):
            filters.addWidget(widget)
        filters.addWidget(self.log_account, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.log_count)
        layout.addWidget(self.log_view, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_log)
        self.log_account.textChanged.connect(self._debounce.start)
        for field in (self.log_from, self.log_to):
            field.dateChanged.connect(self.refresh_log)
        for combo in (self.log_rep, self.log_kind):
            combo.currentIndexChanged.connect(self.refresh_log)
        self.log_view.doubleClicked.connect(lambda i: self._open_row(self.log_model, i.row()))
        return page

    # -- loading -------------------------------------------------------------
    def refresh(self) -> None:
        """Reload both pages now."""
        self.refresh_today()
        self.refresh_log()

    def _refresh_shown(self) -> None:
        page = self.tabs.currentIndex()
        if self.isVisible() and page in self._stale:
            (self.refresh_today if page == TODAY_PAGE else self.refresh_log)()

    def rep(self) -> str | None:
        """Whose agenda this is: the rep's own (who they said they are), else the team's."""
        me = str(self.app.settings.get("rep_name") or "")
        self.team.setEnabled(bool(me))
        self.team.setText(self.tr("Whole team") if me else self.tr(
            "Whole team (say who you are in File → Preferences to see only yours)"))
        return None if self.team.isChecked() or not me else me

    def refresh_today(self) -> None:
        self._stale.discard(TODAY_PAGE)
        visits, today, rep = self.app.visits, self.app.today(), self.rep()
        yesterday = today - timedelta(days=1)
        due = self._fill(self.due_model, self.due_label, self.tr("Follow-ups due today"),
                         visits.count_follow_ups_due(today, since=today, rep=rep),
                         lambda offset: self._rows(visits.follow_ups_due(
                             today, since=today, rep=rep, offset=offset,
                             limit=TODAY_PAGE_ROWS)))
        late = self._fill(self.overdue_model, self.overdue_label, self.tr("Overdue follow-ups"),
                          visits.count_follow_ups_due(yesterday, rep=rep),
                          lambda offset: self._rows(visits.follow_ups_due(
                              yesterday, rep=rep, newest_first=True, offset=offset,
                              limit=TODAY_PAGE_ROWS)))
        overdue = AccountFilter(overdue=True, owners=frozenset({rep} if rep else ()))
        cadence = " · ".join(f"{tier.value} {days}" for tier, days in CADENCE_DAYS.items())
        accounts = self._fill(
            self.accounts_model, self.accounts_label,
            self.tr("Accounts past their visit cadence ({cadence} days)").format(
                cadence=cadence), self.app.accounts.count(overdue),
            lambda offset: self.app.accounts.page(overdue, AccountSort.TIER, offset=offset,
                                                  limit=TODAY_PAGE_ROWS))
        for section, shown in zip(self.sections, (due, late, accounts), strict=True):
            section.setVisible(shown > 0)  # an empty list takes no room
        self.nothing.setVisible(not (due or late or accounts))
        self.mark_done_button.setEnabled(False)

    def _fill(self, model: RecordTableModel[Any], label: QLabel, title: str, total: int,
              page: Callable[[int], list[Any]]) -> int:
        """The first page of a list of ``total`` rows; the rest load as it scrolls."""
        model.set_records(page(0) if total else [], total=total, more=page)
        label.setText(self.tr("{title} ({n})").format(title=title, n=self.fmt.number(total)))
        return total

    def _rows(self, visits: list[Visit]) -> list[VisitRow]:
        names = self._account_names(visits)
        return [VisitRow(v, names.get(v.account_id, "")) for v in visits]

    def refresh_log(self) -> None:
        self._stale.discard(LOG_PAGE)
        if self._reps_stale:
            self._fill_reps()
        today = self.app.today()  # a stand-in only: neither field can be left empty
        period = Period(start=self.log_from.value() or today, end=self.log_to.value() or today)
        query = {"owner": self.log_rep.currentData(), "kind": self.log_kind.currentData(),
                 "account_text": self.log_account.text()}
        visits = self.app.visits.in_period(period, limit=LOG_LIMIT, newest_first=True, **query)
        self.log_model.set_records(self._rows(visits))
        total = (len(visits) if len(visits) < LOG_LIMIT
                 else self.app.visits.count_in_period(period, **query))
        self.log_count.setText(
            (self.tr("1 visit") if total == 1 else self.tr("{n} visits").format(
                n=self.fmt.number(total))) if total == len(visits)
            else self.tr("Showing the latest {shown} of {n} visits").format(
                shown=self.fmt.number(len(visits)), n=self.fmt.number(total)))

    def _fill_reps(self) -> None:
        self._reps_stale = False
        owners = self.app.visits.owners()
        current = self.log_rep.currentData()
        if owners == [self.log_rep.itemData(i) for i in range(1, self.log_rep.count())]:
            return
        self.log_rep.blockSignals(True)  # refilling is not the rep choosing
        while self.log_rep.count() > 1:
            self.log_rep.removeItem(1)
        for owner in owners:
            self.log_rep.addItem(owner, owner)
        self.log_rep.setCurrentIndex(max(0, self.log_rep.findData(current)))
        self.log_rep.blockSignals(False)

    def _account_names(self, visits: list[Visit]) -> dict[str, str]:
        return self.app.accounts.names(list({v.account_id for v in visits}))

    def _days_since(self, a: AccountSummary) -> str:
        if a.last_visit_at is None:
            return ""
        return self.fmt.number((self.app.today() - a.last_visit_at.astimezone().date()).days)

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if not (changes.touches("visit") or changes.touches("account")):
            return
        self._stale = {TODAY_PAGE, LOG_PAGE}
        # Listing the reps reads every visit's owner: only when a new one may have come.
        if any(c.entity == "visit" and (c.id is None or "owner" in c.fields
                                        or c.kind in (ChangeKind.CREATED, ChangeKind.RESTORED))
               for c in changes.changes):
            self._reps_stale = True
        self._refresh_shown()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._refresh_shown()

    # -- commands ------------------------------------------------------------
    def _open_row(self, model: RecordTableModel[VisitRow], row: int) -> None:
        visit = model.record(row).visit
        self.open_visit.emit(visit.account_id, visit.id)

    def _follow_up_selected(self, chosen: bool, other: QTableView) -> None:
        if chosen:  # one follow-up at a time across both lists
            other.clearSelection()
        self.mark_done_button.setEnabled(self.selected_follow_up() is not None)

    def selected_follow_up(self) -> VisitRow | None:
        for view, model in ((self.due_view, self.due_model),
                            (self.overdue_view, self.overdue_model)):
            rows = view.selectionModel().selectedRows()
            if rows:
                return model.record(rows[0].row())
        return None

    def mark_done(self) -> None:
        row = self.selected_follow_up()
        if row is None:
            return
        visit_id = row.visit.id
        undo.run(self.stack, self.tr("Mark follow-up with {account} done").format(
                     account=row.account),
                 lambda: self.app.visits.update(visit_id, follow_up_done=True),
                 lambda _r: self.app.visits.update(visit_id, follow_up_done=False))
