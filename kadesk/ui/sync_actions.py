"""Sync → Export changes for…, Export everything…, Import package…, Undo last
package import…, Set up from package…, Sync conflicts…; and the status-bar badge
counting open conflicts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QToolButton

from kadesk.domain.errors import KadeskError
from kadesk.services.sync import EXTENSION, ExportSummary, ImportSummary, UndoInfo
from kadesk.ui.conflicts import ConflictsDialog
from kadesk.ui.messages import error_message
from kadesk.ui.worker import Cancel, Progress, run_in_background, run_with_progress

if TYPE_CHECKING:
    from kadesk.ui.main_window import MainWindow


class SyncActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.app
        act = window.action
        self.export_changes = act(self.tr("Export &changes for…"), self.export_for, None,
                                  self.tr("What a colleague has not received yet"))
        self.export_all = act(self.tr("Export &everything…"), self.export_full, None,
                              self.tr("A full package: a first exchange, head office"))
        self.import_ = act(self.tr("&Import package…"), self.import_package, None,
                           self.tr("Merge a colleague's or head office's package"))
        self.undo = act(self.tr("&Undo last package import…"), self.undo_import, None,
                        self.tr("Put the database back as it was before the last package import"))
        self.set_up = act(self.tr("&Set up from package…"), self.set_up_from, None,
                          self.tr("Start this empty database from a full package"))
        self.conflicts = act(self.tr("Sync co&nflicts…"), self.show_conflicts, None,
                             self.tr("Values beaten by a colleague's edit, and more"))
        self.badge = QToolButton()
        self.badge.setAutoRaise(True)
        self.badge.setStyleSheet("color: #b54708; font-weight: bold;")
        self.badge.clicked.connect(self.show_conflicts)
        window.statusBar().addPermanentWidget(self.badge)
        window.bus.changed.connect(lambda *_args: self.update_badge())
        self.update_badge()

    def actions(self) -> list[QAction]:
        return [self.export_changes, self.export_all, self.import_, self.undo, self.set_up,
                self.conflicts]

    def update_badge(self) -> None:
        n = self.app.sync.count_open_conflicts()
        self.badge.setText(self.tr("⚠ 1 sync conflict") if n == 1 else self.tr(
            "⚠ {n} sync conflicts").format(n=n))
        self.badge.setVisible(n > 0)

    # -- export ----------------------------------------------------------------------
    def export_for(self) -> None:
        peers = {p.name or p.device_id[:8]: p.device_id for p in self.app.sync.peers()}
        if not peers:
            answer = QMessageBox.question(
                self.window, self.tr("Export changes for"), self.tr(
                    "Changes are exported for a colleague whose package this computer has "
                    "imported: it then knows what they already have. Nobody has sent one "
                    "yet.\n\nExport everything instead? A full package is what a first "
                    "exchange or a new colleague needs."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self.export_full()
            return
        name, ok = QInputDialog.getItem(self.window, self.tr("Export changes for"),
                                        self.tr("Colleague or head office:"), list(peers),
                                        0, False)
        if ok:
            self._export(f"{name}-{date.today().isoformat()}",
                         lambda path, progress, cancel: self.app.sync.export_for(
                             peers[name], path, progress, cancel))

    def export_full(self) -> None:
        self._export(self.tr("everything") + f"-{date.today().isoformat()}",
                     self.app.sync.export_full)

    def _export(self, name: str, export: Any) -> None:
        path = self._ask_path(self.tr("Export package"), f"kadesk-{name}{EXTENSION}", save=True)
        if path is None:
            return

        def done(summary: ExportSummary) -> None:
            text = self.tr("{n} changes exported to {path}").format(n=summary.rows,
                                                                   path=summary.path)
            if summary.withheld:
                text += " " + self.tr("({n} records left out: they date from before the "
                                      "team was secured, and no member can sign for them)"
                                      ).format(n=summary.withheld)
            self.window.statusBar().showMessage(text, 10000)

        run_with_progress(self.window, self.tr("Exporting…"),
                          lambda progress, cancel: export(path, progress, cancel),
                          done, self._failed, stages=self._stages())

    # -- import ----------------------------------------------------------------------
    def import_package(self) -> None:
        path = self._ask_path(self.tr("Import package"), "", save=False)
        if path is not None:
            self._import(path, join_team=False)

    def _import(self, chosen: Path, *, join_team: bool) -> None:
        def work(progress: Progress, cancel: Cancel) -> ImportSummary:
            return self.app.sync.import_package(chosen, progress, cancel, join_team=join_team)

        def failed(error: Exception) -> None:
            if isinstance(error, KadeskError) and error.code == "sync_other_team":
                if self._confirm_join(chosen, error):
                    self._import(chosen, join_team=True)
                return
            self._failed(error)

        run_with_progress(self.window, self.tr("Importing…"), work, self._imported, failed,
                          stages=self._stages())

    def set_up_from(self) -> None:
        path = self._ask_path(self.tr("Set up from package"), "", save=False)
        if path is not None:
            run_with_progress(self.window, self.tr("Setting up…"),
                              lambda progress, cancel: self.app.sync.set_up_from(
                                  path, progress, cancel),
                              self._set_up, self._failed, stages=self._stages())

    def _set_up(self, summary: ImportSummary) -> None:
        self._imported(summary)
        if not summary.cancelled:
            self.window.ask_who_am_i()  # the team's reps have just arrived

    def _confirm_join(self, path: Path, error: KadeskError) -> bool:
        answer = QMessageBox.question(
            self.window, self.tr("Another team's package"), self.tr(
                "{file} comes from another team ({team}).\n\nJoin that team and merge its "
                "data into this database? From then on this computer exchanges packages "
                "with that team only.").format(file=path.name, team=error.params.get("team")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _imported(self, summary: ImportSummary) -> None:
        self.update_badge()
        if summary.cancelled:
            text = self.tr("Import cancelled. Nothing was changed.")
        elif summary.already_imported_at is not None:
            text = self.tr("{file} was already imported on {when}. Nothing was changed.").format(
                file=summary.path.name,
                when=self.window.fmt.datetime(summary.already_imported_at))
        else:
            conflicts = sum(summary.conflicts.values())
            text = self.tr("Imported {file} from {sender}: {created} new, {updated} updated."
                           ).format(file=summary.path.name,
                                    sender=self._sender(summary.source_name,
                                                       summary.source_device),
                                    created=summary.created, updated=summary.updated)
            if conflicts == 1:
                text += "\n\n" + self.tr(
                    "1 conflict needs a look: Sync conflicts… (or the badge in the status "
                    "bar) shows it.")
            elif conflicts:
                text += "\n\n" + self.tr(
                    "{n} conflicts need a look: Sync conflicts… (or the badge in the status "
                    "bar) lists them.").format(n=conflicts)
        QMessageBox.information(self.window, "kadesk", text)

    # -- undo ------------------------------------------------------------------------
    def undo_import(self) -> None:
        try:
            info = self.app.sync.undoable()
        except KadeskError as error:  # nothing to undo, or changed since: say why
            self._failed(error)
            return
        conflicts = sum(info.counts.get("conflicts", {}).values())
        answer = QMessageBox.question(
            self.window, self.tr("Undo last package import"), self.tr(
                "Undo the import of {when} from {sender}: {created} new and {updated} "
                "updated records, {conflicts} conflicts?\n\nThe database goes back to how "
                "it was before that import. The package can be imported again later.").format(
                when=self.window.fmt.datetime(info.imported_at),
                sender=self._sender(info.source_name, info.source_device),
                created=info.counts.get("created", 0), updated=info.counts.get("updated", 0),
                conflicts=conflicts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            run_in_background(self.window, self.tr("Undoing the import…"),
                              lambda: self.app.sync.undo_import(info.package_id),
                              self._undone, self._failed)

    def _undone(self, info: UndoInfo) -> None:
        self.update_badge()
        self.window.statusBar().showMessage(self.tr(
            "The import from {sender} was undone.").format(
            sender=self._sender(info.source_name, info.source_device)), 10000)

    # -- conflicts -------------------------------------------------------------------
    def show_conflicts(self) -> None:
        ConflictsDialog(self.app, self.window.fmt, self.window).exec()
        self.update_badge()

    # -- helpers ---------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, *, save: bool) -> Path | None:
        settings = QSettings()
        folder = str(settings.value("sync/folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        pattern = self.tr("kadesk package (*{ext})").format(ext=EXTENSION)
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _ = ask(self.window, title, str(Path(folder) / name), pattern)
        if not path:
            return None
        chosen = Path(path)
        if save and not chosen.name.endswith(EXTENSION):
            chosen = chosen.with_name(chosen.name + EXTENSION)
        settings.setValue("sync/folder", str(chosen.parent))
        return chosen

    def _sender(self, name: str, device: str) -> str:
        """A colleague by name; a package of an older kadesk may carry none."""
        return name or self.tr("a colleague's computer ({device})").format(device=device)

    def _stages(self) -> dict[str, str]:
        return {"exporting": self.tr("Writing the package…"),
                "checking": self.tr("Checking the package…"),
                "importing": self.tr("Merging…")}

    def _failed(self, error: Exception) -> None:
        if isinstance(error, KadeskError):
            text = error_message(error)
        else:
            text = self.tr("{reason}. Nothing was changed.").format(
                reason=getattr(error, "strerror", None) or str(error))
        QMessageBox.warning(self.window, "kadesk", text)
