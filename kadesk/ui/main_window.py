"""The main window: filters and the account list on the left; today's agenda or the
selected account's workspace on the right; menus, toolbar, undo and the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kadesk import __version__
from kadesk.domain.changes import ChangeSet
from kadesk.domain.errors import KadeskError
from kadesk.domain.queries import AccountFilter
from kadesk.domain.records import AccountFields, SearchHit
from kadesk.services.app import Kadesk
from kadesk.ui import undo
from kadesk.ui.account_dialog import NewAccountDialog
from kadesk.ui.account_model import AccountListModel
from kadesk.ui.agenda import AgendaView
from kadesk.ui.bus import ChangeBus
from kadesk.ui.export_actions import ExportActions
from kadesk.ui.filters import FilterBar
from kadesk.ui.import_actions import ImportActions
from kadesk.ui.labels import Formatter
from kadesk.ui.messages import error_message
from kadesk.ui.preferences import PreferencesDialog
from kadesk.ui.record_model import starting_width
from kadesk.ui.report_actions import ReportActions
from kadesk.ui.search_popup import SearchPopup
from kadesk.ui.sync_actions import SyncActions
from kadesk.ui.team_actions import TeamActions
from kadesk.ui.trash import TrashDialog
from kadesk.ui.who_am_i import WhoAmIDialog
from kadesk.ui.worker import run_in_background
from kadesk.ui.workspace import AccountWorkspace


class MainWindow(QMainWindow):
    def __init__(self, app: Kadesk, language: str) -> None:
        super().__init__()
        self.app = app
        self.fmt = Formatter(language)
        self.bus = ChangeBus(app, self)
        self.stack = QUndoStack(self)
        self.setWindowTitle(self.tr("kadesk — key accounts"))

        self.filters = FilterBar(app, self.fmt)
        self.model = AccountListModel(app, self.fmt)
        self.table = QTableView()
        self.table.setModel(self.model)
        # Indicator first: enabling sorting re-sorts by it (Qt's default is descending).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._build_header()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)

        self.agenda = AgendaView(app, self.fmt, self.bus, stack=self.stack)
        self.workspace = AccountWorkspace(app, self.fmt, self.bus, self.stack)
        self.right = QStackedWidget()
        self.right.addWidget(self.agenda)
        self.right.addWidget(self.workspace)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addWidget(QLabel(self.tr("{file} · device {device}").format(
            file=app.db.path.name, device=app.db.device_id[:4])))

        self.results = SearchPopup(app, self.fmt, self.filters.search, self)
        self._build_actions()
        self.filters.changed.connect(self._apply_filter)
        self.filters.searched.connect(self.results.search)
        self.filters.entered.connect(self.results.enter)
        self.results.chosen.connect(self.open_hit)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.agenda.open_account.connect(self.open_account)
        self.agenda.open_visit.connect(self.open_visit)
        self.bus.changed.connect(self._on_changes)
        self._update_count()
        self._restore_layout()

    def _build_header(self) -> None:
        """Starting column widths, and a context menu on the header to hide columns."""
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        samples = self.model.samples()  # the widest value, in this language, of each column
        for section, width in enumerate(self.model.WIDTHS):
            title = self.model.headerData(section, Qt.Orientation.Horizontal)
            header.resizeSection(section, starting_width(
                self.table, title, width, samples.get(self.model.COLUMNS[section], "")))
            if section == 0:
                continue  # the name always shows
            toggle = QAction(title, header)
            toggle.setCheckable(True)
            toggle.setChecked(True)
            toggle.toggled.connect(lambda shown, s=section: header.setSectionHidden(s, not shown))
            header.addAction(toggle)

    # -- actions -------------------------------------------------------------
    def action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.act_today = self.action(self.tr("&Today"), self.show_agenda, "Ctrl+T",
                                      self.tr("Follow-ups due and accounts overdue for a visit"))
        self.act_new_account = self.action(self.tr("New &account…"), self.new_account,
                                            "Ctrl+Shift+N")
        self.act_new_visit = self.action(self.tr("New &visit…"), self.new_visit, "Ctrl+N",
                                          self.tr("Log a visit to the selected account"))
        self.act_delete_account = self.action(self.tr("Move account to &trash"),
                                               self.delete_account)
        self.act_next = self.action(self.tr("&Next account"), lambda: self._step(1), "Alt+Down")
        self.act_previous = self.action(self.tr("&Previous account"), lambda: self._step(-1),
                                         "Alt+Up")
        self.act_search = self.action(self.tr("&Find account"), self.focus_search,
                                       QKeySequence.StandardKey.Find)
        self.act_quick_search = self.action(
            self.tr("&Search everything…"), self.focus_search, "Ctrl+K",
            self.tr("Accounts, contacts, phone numbers and proposal numbers"))
        self.act_save = self.action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        # Fixed texts (the toolbar keeps its width); what they would undo is in the tip.
        self.act_undo = self.action(self.tr("&Undo"), self.stack.undo,
                                    QKeySequence.StandardKey.Undo)
        self.act_redo = self.action(self.tr("&Redo"), self.stack.redo,
                                    QKeySequence.StandardKey.Redo)
        for act, can, text in ((self.act_undo, self.stack.canUndoChanged,
                                self.stack.undoTextChanged),
                               (self.act_redo, self.stack.canRedoChanged,
                                self.stack.redoTextChanged)):
            act.setEnabled(False)
            can.connect(act.setEnabled)
            text.connect(lambda what, a=act: (a.setToolTip(what), a.setStatusTip(what)))
        self.act_trash = self.action(self.tr("&Trash…"), self.open_trash)
        self.act_preferences = self.action(self.tr("&Preferences…"), self.open_preferences,
                                            QKeySequence.StandardKey.Preferences)
        self.act_backup = self.action(self.tr("&Back up database…"), self.backup)
        self.act_check = self.action(self.tr("&Check database"), self.check_database)
        self.act_quit = self.action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_about = self.action(self.tr("&About kadesk"), self.about)
        self.reports = ReportActions(self)
        self.sync = SyncActions(self)
        self.team = TeamActions(self)
        self.exports = ExportActions(self)
        self.imports = ImportActions(self)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addMenu(self.imports.menu())
        file_menu.addMenu(self.exports.menu())
        for action in (self.act_backup, self.act_check, self.act_preferences):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        for action in (self.act_undo, self.act_redo, self.act_save, self.act_trash):
            edit_menu.addAction(action)
        view_menu = menus.addMenu(self.tr("&View"))
        for action in (self.act_today, self.act_search, self.act_quick_search, self.act_next,
                       self.act_previous):
            view_menu.addAction(action)
        account_menu = menus.addMenu(self.tr("&Account"))
        for action in (self.act_new_account, self.act_new_visit, self.act_delete_account):
            account_menu.addAction(action)
        report_menu = menus.addMenu(self.tr("&Reports"))
        for action in self.reports.actions():
            report_menu.addAction(action)
        sync_menu = menus.addMenu(self.tr("&Sync"))
        for action in self.sync.actions():
            sync_menu.addAction(action)
        sync_menu.addSeparator()
        sync_menu.addMenu(self.team.menu())
        menus.addMenu(self.tr("&Help")).addAction(self.act_about)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        for action in (self.act_today, self.act_new_visit, self.act_new_account,
                       self.reports.brief, self.sync.export_changes, self.sync.import_,
                       self.act_undo, self.act_redo):
            toolbar.addAction(action)
        self._sync_actions()

    def _sync_actions(self) -> None:
        has_account = self.workspace.account is not None and self.right.currentWidget() is \
            self.workspace
        self.act_new_visit.setEnabled(has_account)
        self.act_delete_account.setEnabled(has_account)
        self.reports.set_account_open(has_account)

    # -- the list ------------------------------------------------------------
    def _apply_filter(self, account_filter: AccountFilter) -> None:
        current = self.workspace.account.id if self.workspace.account else None
        self.model.set_filter(account_filter)
        self._update_count()
        self._select(current)

    def _select(self, account_id: str | None) -> None:
        row = self.model.row_of(account_id) if account_id else None
        if row is not None:
            self.table.selectRow(row)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        account_id = self.model.account_id(rows[0].row())
        if self.workspace.account and self.workspace.account.id == account_id:
            self.right.setCurrentWidget(self.workspace)
            return
        if not self.confirm_leave():
            self._select(self.workspace.account.id if self.workspace.account else None)
            return
        self.open_account(account_id)

    def open_account(self, account_id: str) -> None:
        self.workspace.set_account(account_id)
        self.right.setCurrentWidget(self.workspace)
        self._select(account_id)
        self._sync_actions()

    def open_visit(self, account_id: str, visit_id: str) -> None:
        self.open_account(account_id)
        self.workspace.show_visit(visit_id)

    def show_agenda(self) -> None:
        if self.confirm_leave():
            self.right.setCurrentWidget(self.agenda)
            self._sync_actions()

    def _step(self, delta: int) -> None:
        current = self.table.currentIndex().row()
        row = min(max(current + delta, 0), self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()
        self.results.search(self.filters.search.text())

    def open_hit(self, hit: SearchHit) -> None:
        """Open what the search box found: the account, and there the contact or proposal."""
        if not self.confirm_leave():
            return
        self.open_account(hit.account_id)
        tabs = self.workspace.tabs
        if hit.kind == "contact":
            tabs.setCurrentWidget(self.workspace.contacts)
            self.workspace.contacts.select(hit.id)
        elif hit.kind == "proposal":
            tabs.setCurrentWidget(self.workspace.proposals)
            self.workspace.proposals.select(hit.id)

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if changes.touches("account") or changes.touches("visit"):
            self.model.refresh(changes)
            self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("1 account") if n == 1 else self.tr(
            "{n} accounts").format(n=self.fmt.number(n)))

    # -- commands ------------------------------------------------------------
    def new_account(self) -> None:
        def save(fields: AccountFields) -> None:
            saved = undo.create(self.stack,
                                self.tr("New account {name}").format(name=fields.name),
                                self.app.accounts, lambda: self.app.accounts.create(fields))
            self.open_account(saved.record.id)

        if self.confirm_leave():
            NewAccountDialog(self.app, self.fmt, save, self).exec()

    def new_visit(self) -> None:
        if self.workspace.account is not None:
            self.workspace.tabs.setCurrentWidget(self.workspace.visits)
            self.workspace.visits.new_visit()

    def delete_account(self) -> None:
        account = self.workspace.account
        if account is None:
            return
        undo.trash(self.stack, self.tr("Move {name} to trash").format(name=account.name),
                   self.app.accounts, account.id)
        self.workspace.set_account(None)
        self.right.setCurrentWidget(self.agenda)
        self._sync_actions()

    def open_trash(self) -> None:
        TrashDialog(self.app, self.fmt, self.stack, self).exec()

    def save(self) -> None:
        self.workspace.profile.save()

    def open_preferences(self) -> None:
        if PreferencesDialog(self.app, self.fmt, self).exec():
            self.agenda.refresh_today()  # the rep's name decides whose agenda it is

    def ask_who_am_i(self) -> None:
        """At first start and after a set-up: whose agenda, who signs new visits."""
        if not self.app.settings.get("rep_name") and WhoAmIDialog(self.app, self).exec():
            self.agenda.refresh_today()

    def backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up database"),
                                              "kadesk-backup.db", self.tr("Database (*.db)"))
        if not path:
            return
        from pathlib import Path

        run_in_background(
            self, self.tr("Backing up…"), lambda: self.app.maintenance.backup(Path(path)),
            lambda _r: self.statusBar().showMessage(self.tr("Backed up to {path}").format(
                path=path), 8000),
            self._warn)

    def check_database(self) -> None:
        def done(report: object) -> None:
            problems = getattr(report, "problems", ())
            text = (self.tr("The database is healthy.") if not problems
                    else self.tr("Problems found:") + "\n" + "\n".join(problems))
            QMessageBox.information(self, "kadesk", text)

        run_in_background(self, self.tr("Checking the database…"), self.app.maintenance.check,
                          done, self._warn)

    def _warn(self, error: Exception) -> None:
        QMessageBox.warning(self, "kadesk", str(error))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About kadesk"), self.tr(
            "kadesk {version}\nKey account management for field reps.").format(
                version=__version__))

    def report_error(self, error: KadeskError) -> None:
        self.statusBar().showMessage(error_message(error), 10000)

    # -- leaving -------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """Unsaved profile edits: save, discard or stay. True when it is fine to go on."""
        if not self.workspace.has_unsaved():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The profile of {name} has unsaved changes.").format(
                name=self.workspace.account.name if self.workspace.account else ""),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.workspace.profile.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.workspace.profile.revert()
            return True
        return False

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, restore in (("main/state", self.restoreState),
                             ("main/splitter", self.splitter.restoreState),
                             ("main/columns", self.table.horizontalHeader().restoreState)):
            value = settings.value(key)
            if value is not None:
                restore(value)
        if settings.value("main/splitter") is None:
            self.splitter.setSizes([560, 720])
        header = self.table.horizontalHeader()
        for section, toggle in enumerate(header.actions(), start=1):
            toggle.setChecked(not header.isSectionHidden(section))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.confirm_leave():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/columns", self.table.horizontalHeader().saveState())
        self.bus.close()
        # The commands go now, by Qt. Left on the stack until the garbage collector frees
        # the window, they may be freed before the stack, which then deletes them again
        # (docs/decisions.md, Testing).
        self.stack.clear()
        super().closeEvent(event)
