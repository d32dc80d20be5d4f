"""File → Import: Import table…, Import vCard…, Undo last import…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from kadesk.domain.errors import KadeskError
from kadesk.ui.import_wizard import ImportWizard, undo_text
from kadesk.ui.messages import error_message
from kadesk.ui.worker import wait_for

if TYPE_CHECKING:
    from kadesk.ui.main_window import MainWindow


class ImportActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.table = window.action(self.tr("Import &table…"), self.import_table, None,
                                   self.tr("Accounts and contacts from Excel or CSV"))
        self.vcard = window.action(self.tr("Import &vCard…"), self.import_vcard, None,
                                   self.tr("Contacts from a phone or e-mail program"))
        self.undo = window.action(self.tr("&Undo last import…"), self.undo_last, None,
                                  self.tr("Take back everything the last import did"))

    def actions(self) -> list[QAction]:
        return [self.table, self.vcard, self.undo]

    def menu(self) -> QMenu:
        menu = QMenu(self.tr("&Import"), self.window)
        for action in self.actions():
            menu.addAction(action)
        return menu

    def import_table(self) -> ImportWizard:
        return self._open(vcard=False)

    def import_vcard(self) -> ImportWizard:
        return self._open(vcard=True)

    def _open(self, *, vcard: bool) -> ImportWizard:
        wizard = ImportWizard(self.app, self.window.fmt, self.window, vcard=vcard)
        wizard.open()
        return wizard

    def undo_last(self) -> None:
        latest = next((r for r in self.app.imports.history() if r.undone_at is None), None)
        if latest is None:
            QMessageBox.information(self.window, "kadesk", self.tr("There is no import to undo."))
            return
        accounts = latest.counts.get("accounts", {})
        contacts = latest.counts.get("contacts", {})
        answer = QMessageBox.question(
            self.window, self.tr("Undo import"), self.tr(
                "Undo the import of {file} ({when})? The {accounts} accounts and {contacts} "
                "contacts it created go to the trash; the {updated} records it updated get "
                "their earlier values back. Records changed since are kept.").format(
                file=latest.file_name, when=self.window.fmt.datetime(latest.imported_at),
                accounts=accounts.get("created", 0), contacts=contacts.get("created", 0),
                updated=accounts.get("updated", 0) + contacts.get("updated", 0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undone = wait_for(self.tr("Undoing the import…"),
                              lambda: self.app.imports.undo(latest.id), self.window)
        except KadeskError as error:
            QMessageBox.warning(self.window, "kadesk", error_message(error))
            return
        QMessageBox.information(self.window, "kadesk", undo_text(undone))
