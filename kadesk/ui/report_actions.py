"""The Reports menu: print the brief, the proposal, a visit summary or the week."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from kadesk.domain.queries import Period
from kadesk.ui.printing import Report, ReportDialog

if TYPE_CHECKING:
    from kadesk.ui.main_window import MainWindow


class ReportActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.brief = window.action(self.tr("Print &brief…"), self.print_brief, "Ctrl+P",
                                  self.tr("The pre-visit brief of the selected account"))
        self.proposal = window.action(self.tr("Print pro&posal…"), self.print_proposal, None,
                                     self.tr("The selected (else the newest) proposal"))
        self.visit = window.action(self.tr("&Visit summary…"), self.visit_summary, None,
                                  self.tr("The selected (else the latest) visit, written up"))
        self.week = window.action(self.tr("&Weekly report…"), self.weekly_report, None,
                                 self.tr("A week of visits, for one rep or all"))
        self.by_account = (self.brief, self.proposal, self.visit)

    def actions(self) -> list[QAction]:
        return [*self.by_account, self.week]

    def set_account_open(self, open_: bool) -> None:
        for action in self.by_account:
            action.setEnabled(open_)

    # -- the four reports ------------------------------------------------------
    def print_brief(self) -> ReportDialog | None:
        from kadesk.reports import brief

        account = self.window.workspace.account
        if account is None:
            return None
        return self._open(Report(
            brief, self.tr("Pre-visit brief · {name}").format(name=account.name),
            lambda language, _period, _rep: brief.gather(self.app, account.id,
                                                        language=language)))

    def print_proposal(self) -> ReportDialog | None:
        from kadesk.reports import proposal

        account = self.window.workspace.account
        if account is None:
            return None
        chosen = self.window.workspace.proposals.selected()
        if chosen is None:
            newest = self.app.proposals.of_account(account.id)
            if not newest:
                self._nothing(self.tr("{name} has no proposal yet: write one on the "
                                      "Proposals tab first.").format(name=account.name))
                return None
            chosen = newest[0]
        proposal_id = chosen.id
        return self._open(Report(
            proposal, self.tr("Proposal · {title}").format(title=chosen.title),
            lambda _language, _period, _rep: proposal.gather(self.app, proposal_id)))

    def visit_summary(self) -> ReportDialog | None:
        from kadesk.reports import visit

        account = self.window.workspace.account
        if account is None:
            return None
        chosen = self.window.workspace.visits.selected()
        if chosen is None:
            latest = self.app.visits.of_account(account.id, limit=1)
            if not latest:
                self._nothing(self.tr("No visit to {name} is logged yet.").format(
                    name=account.name))
                return None
            chosen = latest[0]
        visit_id = chosen.id
        day = self.window.fmt.date(chosen.occurred_at.astimezone().date())
        return self._open(Report(
            visit, self.tr("Visit summary · {name} · {day}").format(name=account.name, day=day),
            lambda language, _period, _rep: visit.gather(self.app, visit_id, language=language)))

    def weekly_report(self) -> ReportDialog:
        from kadesk.reports import week

        today = self.app.today()
        return self._open(Report(
            week, self.tr("Weekly report"),
            lambda language, period, rep: week.gather(self.app, period, rep, language=language),
            week_of=Period.week_of(today).start))

    def _open(self, report: Report) -> ReportDialog:
        # The rep list is a scan of every visit: only the weekly report offers it.
        reps = self.app.visits.owners() if report.week_of else []
        dialog = ReportDialog(report, self.window.fmt.language, reps, self.window)
        dialog.open()
        return dialog

    def _nothing(self, text: str) -> None:
        QMessageBox.information(self.window, "kadesk", text)
