"""The search box's results: accounts, contacts (by name or phone number) and proposals
(by number) under the box as the rep types. Down or Enter in the box moves here; Up,
Down and Enter choose and open; Esc goes back to the box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kadesk.domain.records import SearchHit
from kadesk.services.app import Kadesk
from kadesk.ui.labels import Formatter

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_ROWS = 10  # rows shown before the list scrolls


class HitModel(QAbstractListModel):
    def __init__(self, fmt: Formatter) -> None:
        super().__init__()
        self.fmt = fmt
        self.hits: list[SearchHit] = []
        self.empty_text = ""

    def set_hits(self, hits: list[SearchHit], empty_text: str) -> None:
        self.beginResetModel()
        self.hits, self.empty_text = hits, empty_text
        self.endResetModel()

    def kind(self, hit: SearchHit) -> str:
        return {"account": self.tr("Account"), "contact": self.tr("Contact"),
                "proposal": self.tr("Proposal")}[hit.kind]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else max(len(self.hits), 1 if self.empty_text else 0)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.hits:
            return Qt.ItemFlag.NoItemFlags  # the "nothing found" line cannot be chosen
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if not self.hits:
            return self.empty_text if role == Qt.ItemDataRole.DisplayRole else None
        hit = self.hits[index.row()]
        language = self.fmt.language
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title_in(language)
        if role == SUBTITLE_ROLE:
            return " · ".join(p for p in (self.kind(hit), hit.subtitle_in(language)) if p)
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.kind(hit)} {hit.title_in(language)} {hit.subtitle_in(language)}"
        return None


class HitDelegate(QStyledItemDelegate):
    """Two lines a hit: the name, then its kind and 'title · account' in grey."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        height = option.fontMetrics.height()
        lines = 2 if index.data(SUBTITLE_ROLE) else 1
        return QSize(option.rect.width(), lines * height + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.highlight())
        text = palette.highlightedText() if selected else palette.text()
        rect = option.rect.adjusted(8, 4, -8, -4)
        height = option.fontMetrics.height()
        title_font = QFont(option.font)
        subtitle = index.data(SUBTITLE_ROLE)
        title_font.setBold(bool(subtitle))
        painter.setFont(title_font)
        painter.setPen(text.color())
        painter.drawText(QRect(rect.topLeft(), QSize(rect.width(), height)),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         option.fontMetrics.elidedText(index.data() or "",
                                                       Qt.TextElideMode.ElideRight, rect.width()))
        if subtitle:
            painter.setFont(option.font)
            grey = QColor(text.color()) if selected else palette.color(
                QPalette.ColorRole.PlaceholderText)
            painter.setPen(grey)
            painter.drawText(QRect(rect.topLeft() + QPoint(0, height), QSize(rect.width(), height)),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             option.fontMetrics.elidedText(subtitle, Qt.TextElideMode.ElideRight,
                                                           rect.width()))
        painter.restore()


class SearchPopup(QListView):
    """Floats over the window under ``box``; ``chosen`` carries the hit to open."""

    chosen = Signal(object)  # SearchHit

    def __init__(self, app: Kadesk, fmt: Formatter, box: QLineEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self.box = box
        self.window_ = parent
        self.hits = HitModel(fmt)
        self.setModel(self.hits)
        self.setItemDelegate(HitDelegate(self))
        self.setObjectName("search_results")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListView.Shape.Box)
        self.hide()
        self.activated.connect(self._open)
        self.clicked.connect(self._open)
        box.installEventFilter(self)

    def search(self, text: str) -> None:
        """Show the best hits for ``text`` (nothing for an empty box)."""
        if not text.strip():
            self.hits.set_hits([], "")
            self.hide()
            return
        hits = self.app.search(text, limit=20)
        self.hits.set_hits(hits, "" if hits else self.tr(
            "Nothing found for “{text}”: try pinyin, initials or a phone number").format(
                text=text.strip()))
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        parent = self.window_
        corner = self.box.mapTo(parent, QPoint(0, self.box.height()))
        rows = max(1, min(MAX_ROWS, self.hits.rowCount()))
        height = sum(self.sizeHintForRow(r) for r in range(rows)) + 2 * self.frameWidth()
        width = max(self.box.width(), 440)
        self.setGeometry(corner.x(), corner.y() + 2, min(width, parent.width() - corner.x()),
                         min(height, parent.height() - corner.y() - 4))

    def enter(self) -> bool:
        """Move from the box to the first hit; False when there is none."""
        if not self.isVisible() or not self.hits.hits:
            return False
        self.setFocus()
        self.setCurrentIndex(self.hits.index(0))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.box and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                return self.enter()
            if event.key() == Qt.Key.Key_Escape and self.isVisible():
                self.hide()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.back()
        elif key == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.back(hide=False)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.currentIndex())
        else:
            super().keyPressEvent(event)

    def back(self, hide: bool = True) -> None:
        """Back to the box, the text kept."""
        if hide:
            self.hide()
        self.box.setFocus()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if not self.box.hasFocus():
            self.hide()

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            self.hide()
            self.chosen.emit(hit)
