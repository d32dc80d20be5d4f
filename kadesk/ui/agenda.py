"""The agenda across all accounts: what is due today, and the log of visits.

Every list is capped (with the full count beside it) and loaded
with a constant number of queries, so it stays quick on 20,000 accounts and
300,000 visits. A page reloads only while shown; hidden, it notes it is stale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
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

# Rows shown at most; the full count stands beside them. Today's lists are for
# acting on, so they stop sooner than the log, which a manager may scroll.
TODAY_LIMIT = 200
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_done_button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for label, view in ((self.due_label, self.due_view),
                            (self.overdue_label, self.overdue_view),
                            (self.accounts_label, self.accounts_view)):
            section = QWidget()
            column = QVBoxLayout(section)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(view)
            splitter.addWidget(section)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

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

    def refresh_today(self) -> None:
        self._stale.discard(TODAY_PAGE)
        visits, today = self.app.visits, self.app.today()
        due = visits.follow_ups_due(today, since=today, limit=TODAY_LIMIT)
        late = visits.follow_ups_due(today - timedelta(days=1), limit=TODAY_LIMIT)
        names = self._account_names(due + late)
        self.due_model.set_records([VisitRow(v, names.get(v.account_id, "")) for v in due])
        self.overdue_model.set_records([VisitRow(v, names.get(v.account_id, "")) for v in late])
        overdue = AccountFilter(overdue=True)
        accounts = self.app.accounts.page(overdue, AccountSort.TIER, limit=TODAY_LIMIT)
        self.accounts_model.set_records(accounts)
        self.due_label.setText(self._caption(
            self.tr("Follow-ups due today"), len(due),
            lambda: visits.count_follow_ups_due(today, since=today)))
        self.overdue_label.setText(self._caption(
            self.tr("Overdue follow-ups"), len(late),
            lambda: visits.count_follow_ups_due(today - timedelta(days=1))))
        self.accounts_label.setText(self._caption(
            self.tr("Accounts past their visit cadence ({cadence} days)").format(
                cadence=" · ".join(f"{tier.value} {days}" for tier, days in CADENCE_DAYS.items())),
            len(accounts), lambda: self.app.accounts.count(overdue)))
        self.mark_done_button.setEnabled(False)

    def refresh_log(self) -> None:
        self._stale.discard(LOG_PAGE)
        if self._reps_stale:
            self._fill_reps()
        today = self.app.today()  # a stand-in only: neither field can be left empty
        period = Period(start=self.log_from.value() or today, end=self.log_to.value() or today)
        query = {"owner": self.log_rep.currentData(), "kind": self.log_kind.currentData(),
                 "account_text": self.log_account.text()}
        visits = self.app.visits.in_period(period, limit=LOG_LIMIT, newest_first=True, **query)
        names = self._account_names(visits)
        self.log_model.set_records([VisitRow(v, names.get(v.account_id, "")) for v in visits])
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

    def _caption(self, title: str, shown: int, count: Callable[[], int]) -> str:
        """'Title (12)', or 'Title (500 of 1,234)' when the list is capped."""
        total = shown if shown < TODAY_LIMIT else count()
        if total == shown:
            return self.tr("{title} ({n})").format(title=title, n=self.fmt.number(total))
        return self.tr("{title} ({shown} of {n})").format(
            title=title, shown=self.fmt.number(shown), n=self.fmt.number(total))

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
