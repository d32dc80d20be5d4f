"""The selected account's workspace: a header line and the tabs."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kadesk.domain.changes import ChangeSet
from kadesk.domain.records import Account
from kadesk.services.app import Kadesk
from kadesk.ui.bus import ChangeBus
from kadesk.ui.contacts_tab import ContactsTab
from kadesk.ui.labels import Formatter
from kadesk.ui.map_tab import ContactMapTab
from kadesk.ui.profile_tab import ProfileTab
from kadesk.ui.proposals_tab import ProposalsTab
from kadesk.ui.visits_tab import VisitsTab


class AccountWorkspace(QWidget):
    def __init__(self, app: Kadesk, fmt: Formatter, bus: ChangeBus, stack: QUndoStack) -> None:
        super().__init__()
        self.app, self.fmt = app, fmt
        self.account: Account | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)  # an overdue follow-up in red
        self.profile = ProfileTab(app, fmt, bus, stack)
        self.contacts = ContactsTab(app, fmt, bus, stack)
        self.contact_map = ContactMapTab(app, fmt, bus, stack)
        self.visits = VisitsTab(app, fmt, bus, stack)
        self.proposals = ProposalsTab(app, fmt, bus, stack)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.contact_map, self.tr("Contact map"))
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.tabs.addTab(self.proposals, self.tr("Proposals"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        bus.changed.connect(self._on_changes)

    def set_account(self, account_id: str | None) -> None:
        self.account = self.app.accounts.get(account_id) if account_id else None
        self._show_header()
        self.profile.set_account(self.account)
        for tab in (self.contacts, self.contact_map, self.visits, self.proposals):
            tab.set_account(account_id)

    def show_visit(self, visit_id: str) -> None:
        self.tabs.setCurrentWidget(self.visits)
        self.visits.select(visit_id)

    def has_unsaved(self) -> bool:
        return self.profile.has_unsaved()

    def _show_header(self) -> None:
        a, fmt = self.account, self.fmt
        if a is None:
            self.title.clear()
            self.subtitle.clear()
            return
        self.title.setText(a.name if not a.deleted else self.tr("{name} (in trash)").format(
            name=a.name))
        parts = [html.escape(p) for p in (a.tier.value, fmt.enum(a.account_type),
                                          fmt.enum(a.relationship_stage), fmt.enum(a.region),
                                          a.hq_city, a.owner)]
        if a.last_visit_at:
            parts.append(html.escape(self.tr("last visit {date}").format(date=fmt.date(
                a.last_visit_at.astimezone().date()))))
        if a.next_follow_up:
            text = html.escape(self.tr("follow-up {date}").format(
                date=fmt.date(a.next_follow_up)))
            overdue = a.next_follow_up < self.app.today()
            parts.append(f'<span style="color: #b3261e;">{text}</span>' if overdue else text)
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.account is None:
            return
        if changes.affects("account", self.account.id) or changes.touches("visit"):
            self.account = self.app.accounts.get(self.account.id)
            self._show_header()
