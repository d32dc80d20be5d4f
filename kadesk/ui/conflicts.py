"""Sync conflicts: what an import could not settle alone, with both sides shown and
the user's choice (keeping a value is a new edit that syncs to everyone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.errors import KadeskError
from kadesk.domain.syncspec import ConflictKind
from kadesk.services.app import Kadesk
from kadesk.services.sync import ConflictInfo
from kadesk.ui.conflict_values import ConflictValues
from kadesk.ui.forms import add_button
from kadesk.ui.labels import Formatter
from kadesk.ui.messages import error_message

EDITS = (ConflictKind.CONCURRENT_EDIT, ConflictKind.EDITED_WHILE_DELETED)


class ConflictsDialog(QDialog):
    def __init__(self, app: Kadesk, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.fmt = fmt
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(980, 460)
        self.kinds = {
            ConflictKind.CONCURRENT_EDIT: self.tr("Edited on both sides"),
            ConflictKind.EDITED_WHILE_DELETED: self.tr("Edited while deleted"),
            ConflictKind.ORPHAN: self.tr("Its account is gone"),
            ConflictKind.CYCLE: self.tr("Reports-to loop"),
            ConflictKind.POSSIBLE_DUPLICATE: self.tr("Possible duplicate"),
            ConflictKind.SUSPECT_CLOCK: self.tr("Clock ahead"),
        }
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Logged"), self.tr("What"), self.tr("Record"), self.tr("Field"),
            self.tr("This computer"), self.tr("Incoming")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.help = QLabel()
        self.help.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.keep_mine = add_button(buttons, self.tr("Keep this computer's"),
                                      lambda: self._resolve("mine"))
        self.keep_theirs = add_button(buttons, self.tr("Keep incoming"),
                                        lambda: self._resolve("theirs"))
        self.merge = add_button(buttons, self.tr("Merge the two"), self._merge)
        self.settle = add_button(buttons, self.tr("Mark as settled"),
                                   lambda: self._resolve("mine"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.help)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.reload()

    def reload(self) -> None:
        self.rows = self.app.sync.conflicts()
        ids: dict[str, list[str]] = {"account": [], "contact": []}
        for c in self.rows:
            if c.table in ids:
                ids[c.table] += [c.row_id, *self._other(c)]
        # A cycle names contacts; duplicates name the older record too.
        ids["contact"] += [i for c in self.rows if c.kind == ConflictKind.CYCLE
                           for i in (c.theirs or {}).get("cycle", [])]
        # Values may name people too (reports to, met at a visit).
        ids["contact"] += [v for c in self.rows for side in (c.mine, c.theirs)
                           if isinstance(side, dict) and isinstance(side.get("values"), dict)
                           for k, v in side["values"].items()
                           if k.endswith("contact_id") or k == "reports_to_id"
                           if isinstance(v, str)]
        names = self.app.accounts.names(ids["account"]) | self.app.contacts.names(ids["contact"])
        self.values = ConflictValues(self.app, self.fmt, names)
        self.table.setRowCount(len(self.rows))
        for r, conflict in enumerate(self.rows):
            mine, theirs = self._sides(conflict, names)
            for col, text in enumerate((
                    self.fmt.datetime(conflict.logged_at), self.kinds[conflict.kind],
                    names.get(conflict.row_id, f"{conflict.table} {conflict.row_id[:8]}"),
                    self._field(conflict), mine, theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        else:
            self.help.setText(self.tr("No open conflicts: every import merged cleanly."))
        self._sync_buttons()

    @staticmethod
    def _other(conflict: ConflictInfo) -> list[str]:
        """The older record a possible duplicate looks like."""
        if conflict.kind == ConflictKind.POSSIBLE_DUPLICATE and isinstance(conflict.mine, dict):
            return [str(conflict.mine.get("id", ""))]
        return []

    def _field(self, conflict: ConflictInfo) -> str:
        """The fields in question (a duplicate or a clock concerns the whole record)."""
        if conflict.kind in (ConflictKind.POSSIBLE_DUPLICATE, ConflictKind.SUSPECT_CLOCK):
            return ""
        return self.values.field(conflict.group)

    def _sides(self, conflict: ConflictInfo, names: dict[str, str]) -> tuple[str, str]:
        """Both sides as a person reads them: as the form shows the value, by whom, when."""
        if conflict.kind == ConflictKind.POSSIBLE_DUPLICATE:
            [other] = self._other(conflict)
            return names.get(other, other[:8]), names.get(conflict.row_id, "")
        if conflict.kind == ConflictKind.CYCLE:
            loop = (conflict.theirs or {}).get("cycle", [])
            return "", " → ".join(names.get(c, c[:8]) for c in loop)
        if conflict.kind in EDITS:
            return (self.values.side(conflict.table, conflict.mine),
                    self.values.side(conflict.table, conflict.theirs))
        return "", self._detail(conflict)

    def _detail(self, conflict: ConflictInfo) -> str:
        """An orphan's missing parent, a clock's lead: in words, not JSON."""
        theirs = conflict.theirs if isinstance(conflict.theirs, dict) else {}
        if conflict.kind == ConflictKind.SUSPECT_CLOCK:
            return self.tr("{who}: {minutes} minutes ahead").format(
                who=theirs.get("name") or str(theirs.get("device", ""))[:4],
                minutes=self.fmt.number(int(theirs.get("minutes_ahead", 0))))
        if conflict.kind == ConflictKind.ORPHAN:
            return (self.tr("what it belongs to is in the trash")
                    if theirs.get("state") == "deleted"
                    else self.tr("what it belongs to has not arrived yet"))
        return ""

    def _selected(self) -> ConflictInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _sync_buttons(self) -> None:
        chosen = self._selected()
        kind = chosen.kind if chosen else None
        self.keep_mine.setEnabled(kind in EDITS)
        self.keep_theirs.setEnabled(kind in EDITS)
        self.merge.setEnabled(kind == ConflictKind.POSSIBLE_DUPLICATE)
        self.settle.setEnabled(chosen is not None and kind not in EDITS)
        if chosen is not None:
            self.help.setText(self._advice(chosen.kind))

    def _advice(self, kind: ConflictKind) -> str:
        return {
            ConflictKind.CONCURRENT_EDIT: self.tr(
                "Two computers changed this without seeing each other's change; the newer one "
                "is kept. Keeping either value makes it a new change that reaches everyone."),
            ConflictKind.EDITED_WHILE_DELETED: self.tr(
                "Someone changed a record another computer had moved to the trash. It stays "
                "in the trash (restore it from Edit → Trash); the change is kept in it."),
            ConflictKind.ORPHAN: self.tr(
                "This record's account is in the trash or has not arrived yet. Restore the "
                "account from the trash, or move the record; then mark this settled."),
            ConflictKind.CYCLE: self.tr(
                "Two changes made these people report to each other in a loop. The newest link "
                "is not drawn; edit one of them to fix it, then mark this settled."),
            ConflictKind.POSSIBLE_DUPLICATE: self.tr(
                "Two computers created what looks like the same record. Merge the two keeps the "
                "older one and moves everything of the newer one into it."),
            ConflictKind.SUSPECT_CLOCK: self.tr(
                "The sender's clock was well ahead of this computer's. Check the date and time "
                "on both computers."),
        }[kind]

    def _resolve(self, keep: str) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._do(lambda: self.app.sync.resolve(chosen.id, keep))

    def _merge(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return

        def merge_and_settle() -> None:
            self.app.sync.merge_duplicates(chosen.mine["id"], chosen.row_id)
            self.app.sync.resolve(chosen.id, "mine")

        self._do(merge_and_settle)

    def _do(self, work: Any) -> None:
        try:
            work()
        except KadeskError as error:
            QMessageBox.warning(self, "kadesk", error_message(error))
        self.reload()
