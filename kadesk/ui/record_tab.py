"""A workspace tab listing one account's records (contacts, visits, proposals):
a row of buttons over a read-only table, kept to the account shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from kadesk.domain.records import Stamps
from kadesk.services.app import Kadesk
from kadesk.ui.labels import Formatter
from kadesk.ui.record_model import RecordTableModel, record_table

R = TypeVar("R", bound=Stamps)
E = TypeVar("E", bound=QDialog)


class RecordTab(QWidget, Generic[R, E]):
    """``R`` the record listed, ``E`` its editor dialog."""

    def __init__(self, app: Kadesk, fmt: Formatter, stack: QUndoStack) -> None:
        super().__init__()
        self.app, self.fmt, self.stack = app, fmt, stack
        self.account_id: str | None = None
        self.editor: E | None = None  # the one open, if any

    def build(self, model: RecordTableModel[R], buttons: Sequence[QWidget],
              trailing: Sequence[QWidget] = (), *, stretch: int | None = None,
              multi: bool = False, detail: QWidget | None = None) -> None:
        """Lay out ``buttons`` (left) and ``trailing`` (right) over the table, and
        ``detail`` (the selected record, read-only) under it."""
        self.model = model
        self.view = record_table(model, stretch=stretch, multi=multi)
        row = QHBoxLayout()
        for widget in buttons:
            row.addWidget(widget)
        row.addStretch(1)
        for widget in trailing:
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        if detail is None:
            layout.addWidget(self.view)
            return
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split)

    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.setEnabled(account_id is not None)
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def selected(self) -> R | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, record_id: str) -> None:
        """Select and show the record with ``record_id``, if it is listed."""
        for row, record in enumerate(self.model.records):
            if record.id == record_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return

    def open_editor(self, editor: E) -> None:
        """Window-modal but not blocking: the window keeps following the change bus."""
        self.editor = editor
        editor.finished.connect(lambda _r: self._closed(editor))
        editor.open()

    def _closed(self, editor: E) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
