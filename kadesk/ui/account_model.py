"""The account list model: holds ids only and loads rows a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kadesk.domain.enums import ListKind
from kadesk.domain.queries import AccountFilter, AccountSort
from kadesk.domain.records import AccountSummary
from kadesk.services.app import Kadesk

PAGE = 100
Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#b3261e")


class AccountListModel(QAbstractTableModel):
    COLUMNS = (AccountSort.NAME, AccountSort.TIER, AccountSort.TYPE, AccountSort.REGION,
               AccountSort.INDUSTRY, AccountSort.LAST_VISIT, AccountSort.NEXT_FOLLOW_UP)

    def __init__(self, app: Kadesk, language: str) -> None:
        super().__init__()
        self.app = app
        self.language = language
        self.filter = AccountFilter()
        self.sort_by = AccountSort.NAME
        self.descending = False
        self._ids: list[str] = []
        self._rows: dict[int, list[AccountSummary]] = {}
        self._industries = {i.id: i.label(language) for i in app.lists.items(ListKind.INDUSTRY)}
        self.reload()

    def reload(self) -> None:
        """Re-run the query (filter or sort changed, or many rows did)."""
        self.beginResetModel()
        self._ids = self.app.accounts.ids(self.filter, self.sort_by, self.descending)
        self._rows.clear()
        self.endResetModel()

    def set_filter(self, account_filter: AccountFilter) -> None:
        self.filter = account_filter
        self.reload()

    def account_id(self, row: int) -> str:
        return self._ids[row]

    def _summary(self, row: int) -> AccountSummary | None:
        page = row // PAGE
        if page not in self._rows:
            self._rows[page] = self.app.accounts.summaries(self._ids[page * PAGE:(page + 1) * PAGE])
        rows = self._rows[page]
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section].label(self.language)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole and summary.overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return summary.short_name or summary.name
        return None

    def _text(self, s: AccountSummary, column: AccountSort) -> str:
        lang = self.language
        match column:
            case AccountSort.NAME:
                return s.name
            case AccountSort.TIER:
                return s.tier.value
            case AccountSort.TYPE:
                return s.account_type.label(lang)
            case AccountSort.REGION:
                return s.region.label(lang) if s.region else ""
            case AccountSort.INDUSTRY:
                return self._industries.get(s.industry_id or "", "")
            case AccountSort.LAST_VISIT:
                return s.last_visit_at.astimezone().strftime("%Y-%m-%d") if s.last_visit_at else ""
            case AccountSort.NEXT_FOLLOW_UP:
                return s.next_follow_up.isoformat() if s.next_follow_up else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_by = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
