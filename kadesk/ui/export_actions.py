"""File → Export ▸ Account list…, Visit log…, Calendar…; and contacts as vCards (from
the contacts tab). Files are written off the GUI thread, whole or not at all."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from kadesk.domain.enums import VisitKind
from kadesk.domain.errors import KadeskError
from kadesk.domain.queries import Period
from kadesk.services.app import Kadesk
from kadesk.services.exports import Exported
from kadesk.ui.forms import DateField
from kadesk.ui.labels import Formatter
from kadesk.ui.messages import error_message
from kadesk.ui.worker import run_in_background

if TYPE_CHECKING:
    from kadesk.ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Export", ...) calls


def _tables() -> dict[str, tuple[str, str]]:
    """File-dialog filter -> (suffix, CSV encoding)."""
    return {translate("Export", "Excel workbook (*.xlsx)"): (".xlsx", "utf-8"),
            translate("Export", "CSV, UTF-8 (*.csv)"): (".csv", "utf-8"),
            translate("Export", "CSV, GB18030 for older Excel and WPS (*.csv)"):
                (".csv", "gb18030")}


def ask_path(parent: QWidget, title: str, name: str, filters: Sequence[str]
             ) -> tuple[Path, str] | None:
    """The file the user chose (with the suffix of the chosen filter if they typed
    none) and that filter; None if they cancelled. The folder is remembered."""
    settings = QSettings()
    folder = str(settings.value("export/folder") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name),
                                               ";;".join(filters), filters[0])
    if not path:
        return None
    target = Path(path)
    wanted = (chosen or filters[0]).rsplit("*", 1)[-1].rstrip(")")  # '(*.xlsx)' -> '.xlsx'
    if not target.suffix:
        target = target.with_name(target.name + wanted)
    settings.setValue("export/folder", str(target.parent))
    return target, chosen or filters[0]


def run_export(parent: QWidget, work: Callable[[], Exported],
               done: Callable[[Exported], None]) -> None:
    """Write in the background; a refusal or a disk error is shown, no file is left."""
    def failed(error: Exception) -> None:
        if isinstance(error, KadeskError):
            text = error_message(error)
        else:
            text = translate("Export", "{reason}. Nothing was exported.").format(
                reason=getattr(error, "strerror", None) or str(error))
        QMessageBox.warning(parent, "kadesk", text)

    run_in_background(parent, translate("Export", "Exporting…"), work, done, failed)


def notify(parent: QWidget, text: str) -> None:
    """Say an export is done: in the status bar of the window, where it does not stop work."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10000)
    else:
        QMessageBox.information(parent, "kadesk", text)


def export_contacts(parent: QWidget, app: Kadesk, fmt: Formatter, *,
                    account_id: str | None = None, contact_ids: tuple[str, ...] = ()) -> None:
    """Ask where, then write the account's contacts (or those chosen) as vCards."""
    exports = app.exports
    if not account_id and not contact_ids:
        QMessageBox.information(parent, "kadesk", translate(
            "Export", "Select the contacts to export first."))
        return
    versions = {translate("Export", "vCard 3.0, for phones and most address books (*.vcf)"):
                "3.0",
                translate("Export", "vCard 4.0 (*.vcf)"): "4.0"}
    name = exports.contacts_file_name(account_id=account_id, contact_ids=contact_ids,
                                      language=fmt.language)
    chosen = ask_path(parent, translate("Export", "Export contacts as vCard"), name,
                      list(versions))
    if chosen is None:
        return
    path, picked = chosen
    run_export(parent, lambda: exports.export_contacts(
        path, account_id=account_id, contact_ids=contact_ids, version=versions[picked],
        language=fmt.language),
        lambda done: notify(parent, translate("Export", "{n} contact(s) exported to {path}")
                            .format(n=fmt.number(done.count), path=done.path)))


class VisitLogDialog(QDialog):
    """Which visits to export: a period of any length, one rep or all, one kind or all."""

    def __init__(self, fmt: Formatter, period: Period, reps: list[str], *, rep: str | None,
                 kind: VisitKind | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the visit log"))
        self.start, self.end = DateField(optional=False), DateField(optional=False)
        self.start.set_value(period.start)
        self.end.set_value(period.end)
        self.rep = QComboBox()
        self.rep.addItem(self.tr("All reps"), None)
        for name in reps:
            self.rep.addItem(name, name)
        self.rep.setCurrentIndex(max(0, self.rep.findData(rep)))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for member in VisitKind:
            self.kind.addItem(fmt.enum(member), member)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Rep"), self.rep)
        form.addRow(self.tr("Kind"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> Period:
        today = date.today()  # a stand-in only: neither field can be left empty
        return Period(start=self.start.value() or today, end=self.end.value() or today)


class ExportActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.exports = window.app.exports
        self.accounts = window.action(
            self.tr("&Account list…"), self.export_accounts, None,
            self.tr("The accounts the list shows, with its filters and order, as .xlsx or .csv"))
        self.visits = window.action(self.tr("&Visit log…"), self.export_visits, None,
                                    self.tr("The visits of a period, as .xlsx or .csv"))
        self.calendar = window.action(
            self.tr("&Calendar…"), self.export_calendar, None,
            self.tr("Follow-ups and planned visits, for your calendar app (.ics)"))

    def menu(self) -> QMenu:
        menu = QMenu(self.tr("E&xport"), self.window)
        for action in self.actions():
            menu.addAction(action)
        return menu

    def actions(self) -> list[QAction]:
        return [self.accounts, self.visits, self.calendar]

    @property
    def language(self) -> str:
        return self.window.fmt.language

    def _exported(self, text: str) -> None:
        notify(self.window, text)

    # -- the three exports -----------------------------------------------------------
    def export_accounts(self) -> None:
        model = self.window.model
        if model.rowCount() == 0:
            QMessageBox.information(self.window, "kadesk", self.tr(
                "No account matches the current filters, so there is nothing to export."))
            return
        formats = _tables()
        chosen = ask_path(self.window, self.tr("Export the account list"),
                          self.exports.accounts_file_name(self.language), list(formats))
        if chosen is None:
            return
        path, picked = chosen
        account_filter, sort, descending = model.filter, model.sort_by, model.descending
        language, encoding = self.language, formats[picked][1]
        run_export(self.window, lambda: self.exports.export_accounts(
            path, account_filter, sort, descending, language=language, encoding=encoding),
            lambda done: self._exported(self.tr("{n} accounts exported to {path}").format(
                n=self.window.fmt.number(done.count), path=done.path)))

    def export_visits(self) -> VisitLogDialog:
        agenda = self.window.agenda
        today = self.app.today()
        period = Period(start=agenda.log_from.value() or today, end=agenda.log_to.value() or today)
        dialog = VisitLogDialog(self.window.fmt, period, self.app.visits.owners(),
                                rep=agenda.log_rep.currentData(),
                                kind=agenda.log_kind.currentData(), parent=self.window)
        dialog.accepted.connect(lambda: self._visits_chosen(dialog))
        dialog.open()
        return dialog

    def _visits_chosen(self, dialog: VisitLogDialog) -> None:
        period, rep, kind = dialog.period(), dialog.rep.currentData(), dialog.kind.currentData()
        if period.end < period.start:
            QMessageBox.information(self.window, "kadesk", self.tr(
                "The period ends before it starts; swap the dates."))
            return
        if self.app.visits.count_in_period(period, rep, kind=kind) == 0:
            QMessageBox.information(self.window, "kadesk", self.tr(
                "No visit was logged in that period, so there is nothing to export."))
            return
        formats = _tables()
        chosen = ask_path(self.window, self.tr("Export the visit log"),
                          self.exports.visits_file_name(period, self.language), list(formats))
        if chosen is None:
            return
        path, picked = chosen
        language, encoding = self.language, formats[picked][1]
        run_export(self.window, lambda: self.exports.export_visits(
            path, period, rep, kind=kind, language=language, encoding=encoding),
            lambda done: self._exported(self.tr("{n} visits exported to {path}").format(
                n=self.window.fmt.number(done.count), path=done.path)))

    def export_calendar(self) -> None:
        account = self.window.workspace.account
        account_id = None
        if account is not None and self.window.right.currentWidget() is self.window.workspace:
            account_id = self._which_calendar(account.name, account.id)
            if account_id == "":
                return  # cancelled
        ics = self.tr("iCalendar (*.ics)")
        chosen = ask_path(self.window, self.tr("Export to your calendar"),
                          self.exports.calendar_file_name(account_id, self.language), [ics])
        if chosen is None:
            return
        path, language = chosen[0], self.language
        run_export(self.window, lambda: self.exports.export_calendar(
            path, account_id=account_id, language=language),
            lambda done: self._exported(self.tr(
                "{n} follow-ups and visits exported to {path}; import the file into your "
                "calendar").format(n=self.window.fmt.number(done.count), path=done.path)))

    def _which_calendar(self, name: str, account_id: str) -> str | None:
        """The open account's id, None for every account, "" if the user cancelled."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export to your calendar"),
                          self.tr("Export the follow-ups and planned visits of {name} only, "
                                  "or of every account?").format(name=name),
                          QMessageBox.StandardButton.Cancel, self.window)
        only: Any = box.addButton(self.tr("Only {name}").format(name=name),
                                  QMessageBox.ButtonRole.AcceptRole)
        every: Any = box.addButton(self.tr("Every account"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(only)
        box.exec()
        clicked = box.clickedButton()
        return account_id if clicked is only else None if clicked is every else ""
