"""The account list model: holds ids only and loads rows a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kadesk.domain.changes import ChangeKind, ChangeSet
from kadesk.domain.enums import AccountType, ListKind, Region
from kadesk.domain.language import is_chinese
from kadesk.domain.money import Money
from kadesk.domain.queries import AccountFilter, AccountSort
from kadesk.domain.records import AccountSummary
from kadesk.services.app import Kadesk
from kadesk.ui.labels import DATE_SAMPLE, Formatter

PAGE = 100
Index = QModelIndex | QPersistentModelIndex
OVERDUE = QBrush(QColor("#b3261e"))
# Sorts and filters that depend on visits: a visit change can reorder the list.
ACTIVITY_SORTS = {AccountSort.LAST_VISIT, AccountSort.NEXT_FOLLOW_UP}


class AccountListModel(QAbstractTableModel):
    # What a rep acts on first, so it shows without scrolling at 1280×800.
    COLUMNS = (AccountSort.NAME, AccountSort.TIER, AccountSort.NEXT_FOLLOW_UP,
               AccountSort.LAST_VISIT, AccountSort.REVENUE, AccountSort.OWNER,
               AccountSort.TYPE, AccountSort.REGION, AccountSort.INDUSTRY)
    WIDTHS = (10, 2, 6, 6, 7, 3, 5, 5, 6)  # starting widths, in Chinese characters

    def __init__(self, app: Kadesk, fmt: Formatter) -> None:
        super().__init__()
        self.app = app
        self.fmt = fmt
        self.filter = AccountFilter()
        self.sort_by = AccountSort.NAME
        self.descending = False
        self._ids: list[str] = []
        self._rows_by_id: dict[str, int] | None = None
        self._pages: dict[int, list[AccountSummary]] = {}
        self._industries = {i.id: i.label(fmt.language)
                            for i in app.lists.items(ListKind.INDUSTRY, hidden=True)}
        self.reload()

    def reload(self) -> None:
        """Re-run the query (filter or sort changed, or rows came or went)."""
        self.beginResetModel()
        self._ids = self.app.accounts.ids(self.filter, self.sort_by, self.descending)
        self._rows_by_id = None
        self._pages.clear()
        self.endResetModel()

    def refresh(self, changes: ChangeSet) -> None:
        """Bring the list up to date with ``changes`` at the least cost."""
        membership = {ChangeKind.CREATED, ChangeKind.DELETED, ChangeKind.RESTORED,
                      ChangeKind.BULK}
        activity = changes.touches("visit") and (
            self.filter.overdue or self.filter.follow_up_due or self.sort_by in ACTIVITY_SORTS)
        if activity or any(c.entity == "account" and c.kind in membership
                           for c in changes.changes):
            self.reload()
            return
        rows = ([self.row_of(i) for i in changes.ids("account")]
                if not changes.touches("visit") else list(range(len(self._ids))))
        rows = [r for r in rows if r is not None]
        for row in rows:
            self._pages.pop(row // PAGE, None)
        if rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def set_filter(self, account_filter: AccountFilter) -> None:
        if account_filter == self.filter:
            return  # a widget re-emitting the same choice costs a query on 20k rows
        self.filter = account_filter
        self.reload()

    def account_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, account_id: str) -> int | None:
        if self._rows_by_id is None:
            self._rows_by_id = {account_id: row for row, account_id in enumerate(self._ids)}
        return self._rows_by_id.get(account_id)

    def summary(self, row: int) -> AccountSummary | None:
        page = row // PAGE
        if page not in self._pages:
            self._pages[page] = self.app.accounts.summaries(
                self._ids[page * PAGE:(page + 1) * PAGE])
        rows = self._pages[page]
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.fmt.enum(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == Qt.ItemDataRole.ForegroundRole and (summary.overdue or (
                column == AccountSort.NEXT_FOLLOW_UP and summary.next_follow_up is not None
                and summary.next_follow_up < self.app.today())):
            return OVERDUE  # past its visit cadence (the row), a follow-up overdue (the date)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AccountSort.REVENUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == AccountSort.NAME:
            return " · ".join(dict.fromkeys(n for n in (summary.name, summary.short_name,
                                                        summary.english_name) if n))
        return None

    def _text(self, s: AccountSummary, column: AccountSort) -> str:
        fmt = self.fmt
        match column:
            case AccountSort.NAME:  # the English name in the English UI, where there is one
                return s.name if is_chinese(fmt.language) or not s.english_name \
                    else s.english_name
            case AccountSort.TIER:
                return s.tier.value
            case AccountSort.TYPE:
                return fmt.enum(s.account_type)
            case AccountSort.REGION:
                return fmt.enum(s.region)
            case AccountSort.INDUSTRY:
                return self._industries.get(s.industry_id or "", "")
            case AccountSort.LAST_VISIT:
                return fmt.date(s.last_visit_at.astimezone().date()) if s.last_visit_at else ""
            case AccountSort.NEXT_FOLLOW_UP:
                return fmt.date(s.next_follow_up)
            case AccountSort.REVENUE:
                return fmt.money(s.annual_revenue)
            case AccountSort.OWNER:
                return s.owner
        return ""

    def samples(self) -> dict[AccountSort, str]:
        """Typical widest texts of the columns whose width depends on the language (English
        labels run longer: "Manufacturing", "Interdependent")."""
        fmt = self.fmt
        return {AccountSort.LAST_VISIT: DATE_SAMPLE, AccountSort.NEXT_FOLLOW_UP: DATE_SAMPLE,
                AccountSort.TYPE: fmt.widest(AccountType), AccountSort.REGION: fmt.widest(Region),
                AccountSort.INDUSTRY: max(self._industries.values(), key=len, default=""),
                AccountSort.REVENUE: fmt.money(Money(1_234_567_800))}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_by, descending = self.COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if (sort_by, descending) == (self.sort_by, self.descending):
            return  # the view re-applies its sort indicator on start and on restoreState
        self.sort_by, self.descending = sort_by, descending
        self.reload()
