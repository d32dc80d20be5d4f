"""The main window, minimal for now: the account list with search-as-you-type.

The full workspace (profile, contacts, map, visits, proposals) is its own issue.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QMainWindow, QTableView

from kadesk.domain.changes import ChangeSet
from kadesk.domain.queries import AccountFilter
from kadesk.services.app import Kadesk
from kadesk.ui.account_model import AccountListModel

# Typing pauses shorter than this are one search: keeps the list calm while typing.
SEARCH_DELAY_MS = 120


class MainWindow(QMainWindow):
    def __init__(self, app: Kadesk, language: str) -> None:
        super().__init__()
        self.app = app
        self.setWindowTitle(self.tr("kadesk — key accounts"))
        self.model = AccountListModel(app, language)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts: name, pinyin, initials…"))
        self.search.setClearButtonEnabled(True)
        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.addWidget(self.search)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.table)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(
            self.tr("{path} · device {device}").format(
                path=app.db.path.name, device=app.db.device_id[:4]))

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        app.subscribe(self._on_changes)
        self._update_count()
        self._restore_layout()

    def _apply_search(self) -> None:
        self.model.set_filter(AccountFilter(text=self.search.text()))
        self._update_count()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if changes.touches("account") or changes.touches("visit"):
            self.model.reload()
            self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{n} accounts").format(n=f"{self.model.rowCount():,}"))

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        self.app.unsubscribe(self._on_changes)
        super().closeEvent(event)
