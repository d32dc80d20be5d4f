"""A read-only table over a short list of records (sites, contacts...), column by function."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
WARN = QBrush(QColor("#b3261e"))


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    warn: Callable[[R], bool] | None = None  # red text when true
    width: int = 6  # starting width, in Chinese characters
    sample: str = ""  # typical widest text (a date, the longest label); the start fits it


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.records: list[R] = []
        self._more: Callable[[int], Sequence[R]] | None = None
        self._total = 0

    def set_records(self, records: Sequence[R], *, total: int | None = None,
                    more: Callable[[int], Sequence[R]] | None = None) -> None:
        """Show ``records``; with ``more`` (offset -> the next page) they are the first
        page of ``total``, and the view loads the next as it scrolls to the end."""
        self.beginResetModel()
        self.records = list(records)
        self._more = more
        self._total = len(self.records) if total is None else total
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more is not None \
            and len(self.records) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        assert self._more is not None
        page = list(self._more(len(self.records)))
        if not page:  # fewer than counted (changed meanwhile): stop asking
            self._total = len(self.records)
            return
        self.beginInsertRows(QModelIndex(), len(self.records), len(self.records) + len(page) - 1)
        self.records += page
        self.endInsertRows()

    def record(self, row: int) -> R:
        return self.records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.warn and column.warn(record):
            return WARN
        return None


def starting_width(view: QTableView, header: str, chars: int, sample: str = "") -> int:
    """Room for ``chars`` Chinese characters or ``sample``, and never less than the
    header needs (English headers and labels run longer than Chinese ones)."""
    metrics = view.fontMetrics()
    em = metrics.horizontalAdvance("中")
    return max(em * (chars + 1), metrics.horizontalAdvance(header) + 2 * em,
               metrics.horizontalAdvance(sample) + em)


def record_table(model: RecordTableModel[Any], *, stretch: int | None = None,
                 multi: bool = False) -> QTableView:
    """A read-only table of one-line rows. Columns start at their ``width`` (fixed:
    sizing to contents would measure every row on every reload); ``stretch`` takes
    the spare width (default: the last column)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    for section, column in enumerate(model.columns):
        header.resizeSection(section, starting_width(view, column.header, column.width,
                                                     column.sample))
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
