"""The Contacts tab: the account's buying centre as a table; add, edit, trash, restore."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from kadesk.domain import contact_map
from kadesk.domain.changes import ChangeSet
from kadesk.domain.enums import Attitude, BuyingRole
from kadesk.domain.records import Contact, ContactFields
from kadesk.services.app import Kadesk
from kadesk.ui import undo
from kadesk.ui.bus import ChangeBus
from kadesk.ui.contact_dialog import ContactDialog
from kadesk.ui.export_actions import export_contacts
from kadesk.ui.labels import Formatter
from kadesk.ui.record_model import Column, RecordTableModel
from kadesk.ui.record_tab import RecordTab

translate = QCoreApplication.translate  # lupdate reads translate("ContactsTab", ...) calls


def not_met_lately(contact: Contact) -> bool:
    return contact_map.not_met_lately(contact, datetime.now(UTC))


def edit_contact(parent: QWidget, app: Kadesk, fmt: Formatter, stack: QUndoStack, *,
                 account_id: str, contact: Contact | None) -> None:
    """Open the contact editor (a new contact if ``contact`` is None); saving is undoable.
    Shared by the contacts table and the contact map."""
    colleagues = app.contacts.of_account(account_id)
    sites = app.accounts.sites(account_id)

    def save(fields: ContactFields) -> None:
        if contact is None:
            undo.create(stack, translate("ContactsTab", "Add contact {name}").format(
                name=fields.name), app.contacts, lambda: app.contacts.create(fields))
            return
        undo.update(stack, translate("ContactsTab", "Edit {name}").format(name=fields.name),
                    app.contacts, contact, undo.changed_fields(contact, fields))

    ContactDialog(fmt, account_id, contact, colleagues, sites, save=save, parent=parent).exec()


class ContactsTab(RecordTab[Contact, ContactDialog]):
    def __init__(self, app: Kadesk, fmt: Formatter, bus: ChangeBus, stack: QUndoStack) -> None:
        super().__init__(app, fmt, stack)
        self._names: dict[str, str] = {}
        model = RecordTableModel[Contact]([
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Title"), lambda c: c.title, width=8),
            Column(self.tr("Role"), lambda c: fmt.enum(c.buying_role), width=5,
                   sample=fmt.widest(BuyingRole)),
            Column(self.tr("Attitude"), lambda c: fmt.enum(c.attitude),
                   warn=lambda c: c.attitude == Attitude.OPPONENT, width=4),
            Column(self.tr("Influence"), lambda c: fmt.enum(c.influence), width=4),
            Column(self.tr("Strength"), lambda c: "●" * c.strength, width=4),
            Column(self.tr("Mobile"), lambda c: c.mobile, width=7),
            Column(self.tr("Phone"), lambda c: c.phone, width=7),
            Column(self.tr("WeChat"), lambda c: c.wechat, width=6),
            Column(self.tr("Reports to"), lambda c: self._names.get(c.reports_to_id or "", "")),
            Column(self.tr("Last met"), lambda c: fmt.date(c.last_met_at.date())
                   if c.last_met_at else self.tr("never"), warn=not_met_lately),
        ])
        self.add_button = QPushButton(self.tr("&Add contact…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Move to trash"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.export_button = QPushButton(self.tr("Export &vCard…"))
        self.export_button.setToolTip(self.tr("The selected contacts, else all of them, "
                                              "for a phone or an address book"))
        self.show_trash = QCheckBox(self.tr("Show trash"))
        # The contact map gets its own tab; this table stays the list view of the same people.
        self.build(model, (self.add_button, self.edit_button, self.delete_button,
                           self.restore_button, self.export_button), (self.show_trash,),
                   multi=True)
        self.export_selected = QAction(self.tr("Export selected as vCard…"), self)
        self.export_all = QAction(self.tr("Export all contacts of the account as vCard…"), self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.export_selected, self.export_all])

        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.view.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.show_trash.toggled.connect(self.reload)
        self.export_button.clicked.connect(lambda: self.export_vcards(everyone=False))
        self.export_selected.triggered.connect(lambda: self.export_vcards(everyone=False))
        self.export_all.triggered.connect(lambda: self.export_vcards(everyone=True))
        bus.changed.connect(self._on_changes)
        self._sync_buttons()

    def reload(self) -> None:
        if self.account_id is None:
            self.model.set_records([])
            return
        live = self.app.contacts.of_account(self.account_id)
        self._names = {c.id: c.name for c in live}
        shown = (self.app.contacts.of_account(self.account_id, deleted=True)
                 if self.show_trash.isChecked() else live)
        self.model.set_records(shown)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        trash = self.show_trash.isChecked()
        self.add_button.setEnabled(not trash)
        self.edit_button.setEnabled(not trash)
        self.delete_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        for widget in (self.export_button, self.export_selected, self.export_all):
            widget.setEnabled(not trash)

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.account_id and (changes.touches("contact") or changes.touches("visit")):
            self.reload()

    def edit(self, contact: Contact | None) -> None:
        if self.account_id is None or self.show_trash.isChecked():
            return
        edit_contact(self, self.app, self.fmt, self.stack, account_id=self.account_id,
                     contact=contact)

    def export_vcards(self, *, everyone: bool) -> None:
        """The selected contacts as vCards; all of the account's if none is selected."""
        if self.account_id is None or self.show_trash.isChecked():
            return
        if not self.model.records:
            QMessageBox.information(self, "kadesk", self.tr(
                "This account has no contacts yet, so there is nothing to export."))
            return
        chosen = tuple(self.model.record(index.row()).id
                       for index in self.view.selectionModel().selectedRows())
        if everyone or not chosen:
            export_contacts(self, self.app, self.fmt, account_id=self.account_id)
        else:
            export_contacts(self, self.app, self.fmt, contact_ids=chosen)

    def delete_selected(self) -> None:
        contact = self.selected()
        if contact is not None:
            undo.trash(self.stack, self.tr("Move {name} to trash").format(name=contact.name),
                       self.app.contacts, contact.id)

    def restore_selected(self) -> None:
        contact = self.selected()
        if contact is not None:
            undo.trash(self.stack, self.tr("Restore {name}").format(name=contact.name),
                       self.app.contacts, contact.id, restore=True)
