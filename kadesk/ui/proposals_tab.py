"""The Proposals tab: the account's proposals and their versions; write, copy, trash."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QPushButton,
)

from kadesk.domain.changes import ChangeSet
from kadesk.domain.enums import OPEN_PROPOSALS
from kadesk.domain.records import Proposal, ProposalFields
from kadesk.services.app import Kadesk
from kadesk.ui import undo
from kadesk.ui.bus import ChangeBus
from kadesk.ui.labels import Formatter
from kadesk.ui.proposal_editor import ProposalEditor
from kadesk.ui.record_model import Column, RecordTableModel
from kadesk.ui.record_tab import RecordTab


class ProposalsTab(RecordTab[Proposal, ProposalEditor]):
    def __init__(self, app: Kadesk, fmt: Formatter, bus: ChangeBus, stack: QUndoStack) -> None:
        super().__init__(app, fmt, stack)
        model = RecordTableModel[Proposal]([
            Column(self.tr("Number"), lambda p: p.number, sample="P20261231-0000"),
            Column(self.tr("Version"), lambda p: str(p.version)),
            Column(self.tr("Title"), lambda p: p.title),
            Column(self.tr("Status"), lambda p: fmt.enum(p.status)),
            Column(self.tr("Total incl. tax"), lambda p: fmt.money(p.total)),
            Column(self.tr("Valid until"), lambda p: fmt.date(p.valid_until),
                   warn=self._lapsed),
        ])
        self.new_button = QPushButton(self.tr("New proposal…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.version_button = QPushButton(self.tr("Duplicate as new version"))
        self.delete_button = QPushButton(self.tr("Move to trash"))
        self.build(model, (self.new_button, self.edit_button, self.version_button,
                           self.delete_button), stretch=2)  # the title takes the spare width

        self.new_button.clicked.connect(self.new_proposal)
        self.edit_button.clicked.connect(self.edit_proposal)
        self.version_button.clicked.connect(self.new_version)
        self.delete_button.clicked.connect(self.delete_proposal)
        self.view.doubleClicked.connect(lambda _i: self.edit_proposal())
        self.view.selectionModel().selectionChanged.connect(self._sync_buttons)
        bus.changed.connect(self._on_changes)
        self.set_account(None)

    # -- what is shown -------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        self.model.set_records(self.app.proposals.of_account(self.account_id)
                               if self.account_id else [])
        if selected is not None:
            self.select(selected.id)
        self._sync_buttons()

    def _lapsed(self, p: Proposal) -> bool:
        return (p.valid_until is not None and p.status in OPEN_PROPOSALS
                and p.valid_until < self.app.today())

    def _sync_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.edit_button, self.version_button, self.delete_button):
            button.setEnabled(chosen)

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        # An account has a handful of proposals: re-reading them is cheaper than
        # working out whose line items changed.
        if self.account_id and (changes.touches("proposal") or changes.touches("proposal_item")):
            self.reload()

    # -- commands ------------------------------------------------------------
    def new_proposal(self) -> None:
        if self.account_id is None:
            return

        def save(fields: ProposalFields) -> None:
            saved = undo.create(self.stack,
                                self.tr("New proposal {title}").format(title=fields.title),
                                self.app.proposals, lambda: self.app.proposals.create(fields))
            self.select(saved.record.id)

        self.open_editor(ProposalEditor(self.app, self.fmt, self.account_id, None, save, self))

    def edit_proposal(self) -> None:
        chosen = self.selected()
        if chosen is None or self.account_id is None:
            return
        before = self.app.proposals.get(chosen.id)

        def save(fields: ProposalFields) -> None:
            undo.update(self.stack,
                        self.tr("Edit proposal {number}").format(number=before.number),
                        self.app.proposals, before, undo.changed_fields(before, fields))

        self.open_editor(ProposalEditor(self.app, self.fmt, self.account_id, before, save, self))

    def new_version(self) -> None:
        """Copy the selected proposal, items and all, as a draft with the next version."""
        chosen = self.selected()
        if chosen is None:
            return
        saved = undo.create(self.stack,
                            self.tr("New version of {number}").format(number=chosen.number),
                            self.app.proposals, lambda: self.app.proposals.new_version(chosen.id))
        self.select(saved.record.id)

    def delete_proposal(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        undo.trash(self.stack, self.tr("Move proposal {number} to trash").format(
            number=chosen.number), self.app.proposals, chosen.id)
