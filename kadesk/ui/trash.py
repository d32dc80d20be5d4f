"""The trash: accounts moved there, ready to be restored. Nothing in it is ever erased."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.queries import AccountFilter
from kadesk.domain.records import AccountSummary
from kadesk.services.app import Kadesk
from kadesk.ui import undo
from kadesk.ui.labels import Formatter
from kadesk.ui.record_model import Column, RecordTableModel, record_table

TRASH_SHOWN = 1000


class TrashDialog(QDialog):
    def __init__(self, app: Kadesk, fmt: Formatter, stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.stack = app, stack
        self.setWindowTitle(self.tr("Trash"))
        self.model = RecordTableModel[AccountSummary]([
            Column(self.tr("Account"), lambda a: a.name, width=16),
            Column(self.tr("Tier"), lambda a: a.tier.value, width=3),
            Column(self.tr("City"), lambda a: a.hq_city),
        ])
        self.view = record_table(self.model, multi=True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(520, 400)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(self.app.accounts.page(AccountFilter(deleted=True),
                                                      limit=TRASH_SHOWN))

    def restore_selected(self) -> None:
        for index in self.view.selectionModel().selectedRows():
            account = self.model.record(index.row())
            undo.trash(self.stack, self.tr("Restore {name}").format(name=account.name),
                       self.app.accounts, account.id, restore=True)
        self.reload()
