"""Reports from the window: choose language and paper, then preview, print or save.

ReportLab writes the PDF (off the GUI thread); printing and the preview draw its
pages through Qt (QPrinter, QPrintDialog, QPrintPreviewDialog), rasterised by
PDFium at up to 300 dpi: PySide6-Essentials has no Qt PDF module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSettings, QStandardPaths, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from kadesk.domain.errors import KadeskError
from kadesk.domain.queries import Period
from kadesk.ui.forms import DateField, add_button
from kadesk.ui.i18n import LANGUAGES
from kadesk.ui.messages import error_message
from kadesk.ui.worker import run_in_background

MAX_DPI = 300  # enough for text on paper; 1200 dpi A4 would be a 400 MB image a page
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def paint_pdf(pdf: Path, printer: QPrinter) -> int:
    """Draw the pages of ``pdf`` (those the print dialog chose) on ``printer``; the count."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        first, last = printer.fromPage(), printer.toPage()  # 1-based; 0 means all
        pages = range(max(first, 1) - 1, min(last or len(document), len(document)))
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(f"the printer {printer.printerName() or ''} could not start")
        try:
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                _paint_page(document[index], painter, printer)
        finally:
            painter.end()
        return len(pages)
    finally:
        document.close()


def _paint_page(page: Any, painter: QPainter, printer: QPrinter) -> None:
    dpi = min(printer.resolution(), MAX_DPI)
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB bytes, as QImage wants
    # copy(): the QImage must own its pixels. The preview records the image to paint
    # it later, long after PDFium has freed the bitmap it was made over.
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGB888).copy()
    area = printer.pageLayout().fullRectPixels(printer.resolution())
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    # Scaled by the device, not here: at 1200 dpi a scaled copy is 140 million pixels.
    painter.drawImage(QRectF(area.x() + (area.width() - width) / 2,
                             area.y() + (area.height() - height) / 2, width, height), image)


@dataclass(frozen=True)
class Report:
    """What the dialog prints: the report module and how to read its data."""

    module: Any  # kadesk.reports.brief, visit, week or proposal
    subject: str  # shown in the title: the account, the visit, the proposal
    gather: Callable[[str, Period | None, str], Any]  # (language, period, rep) -> data
    week_of: date | None = None  # a period report: the week it starts on


class ReportDialog(QDialog):
    """Options for one report, and its three ways out: preview, print, save as PDF."""

    finished_output = Signal(object)  # the PDF path, once written (tests and callers wait)

    def __init__(self, report: Report, language: str, reps: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(report.subject)
        self.temp = QTemporaryDir()
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(str(QSettings().value("reports/page_size", "A4")))
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.page_size)
        self.week = DateField(optional=False)
        self.week.set_value(report.week_of or date.today())
        self.rep = QComboBox()
        self.rep.addItem(self.tr("All reps"), "")
        for rep in reps:
            self.rep.addItem(rep, rep)
        if report.week_of:
            form.addRow(self.tr("Week of"), self.week)
            form.addRow(self.tr("Rep"), self.rep)
        self.open_after = QCheckBox(self.tr("Open the PDF after saving"))
        self.open_after.setChecked(True)
        form.addRow(self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = add_button(buttons, self.tr("Pre&view…"), self.preview)
        self.print_button = add_button(buttons, self.tr("&Print…"), self.print_)
        self.save_button = add_button(buttons, self.tr("&Save as PDF…"), self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    # -- the three ways out ------------------------------------------------------
    def preview(self) -> None:
        def show(pdf: Path) -> None:
            dialog = QPrintPreviewDialog(self._printer(), self)
            dialog.paintRequested.connect(partial(self._paint, pdf))
            dialog.exec()

        self._render(self._temp_file(), show)

    def print_(self) -> None:
        def ask(pdf: Path) -> None:
            dialog = QPrintDialog(self._printer(), self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._paint(pdf, self.printer)

        self._render(self._temp_file(), ask)

    def save(self) -> None:
        settings = QSettings()
        folder = str(settings.value("reports/folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        data = self._data()
        if data is None:
            return
        name = self.report.module.file_name(data, self._language())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              str(Path(folder) / name), self.tr("PDF (*.pdf)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        settings.setValue("reports/folder", str(target.parent))

        def saved(pdf: Path) -> None:
            opened = self.open_after.isChecked() and QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(pdf)))
            if self.open_after.isChecked() and not opened:  # no PDF viewer on this computer
                QMessageBox.information(self, self.tr("Save as PDF"), self.tr(
                    "Saved to {path}. No program to show PDFs is set up on this computer: "
                    "open the file from its folder, or install a PDF viewer.").format(
                    path=pdf))
            elif not opened:  # the viewer, when it opens, is the confirmation
                QMessageBox.information(self, self.tr("Save as PDF"),
                                        self.tr("Saved to {path}.").format(path=pdf))

        self._render(target, saved, data)

    # -- helpers --------------------------------------------------------------------
    def _language(self) -> str:
        return str(self.language.currentData())

    def _period(self) -> Period | None:
        day = self.week.value()
        return Period.week_of(day) if self.report.week_of and day else None

    def _data(self) -> Any:
        """The report's data read now, or None (with the reason shown)."""
        try:
            return self.report.gather(self._language(), self._period(), self.rep.currentData())
        except KadeskError as error:
            QMessageBox.warning(self, "kadesk", error_message(error))
            return None

    def _temp_file(self) -> Path:
        return Path(self.temp.path()) / "report.pdf"

    def _printer(self) -> QPrinter:
        self.printer.setPageSize(QPageSize(PAGE_SIZES[self.page_size.currentText()]))
        self.printer.setFullPage(True)  # the PDF brings its own margins
        self.printer.setDocName(self.report.subject)
        return self.printer

    def _render(self, target: Path, then: Callable[[Path], None], data: Any = None) -> None:
        from kadesk.files import write_atomically

        data = data if data is not None else self._data()
        if data is None:
            return
        QSettings().setValue("reports/page_size", self.page_size.currentText())
        render = partial(self.report.module.render, data, language=self._language(),
                         page_size=self.page_size.currentText())

        def done(pdf: Path) -> None:
            self.finished_output.emit(pdf)
            then(pdf)

        run_in_background(self, self.tr("Preparing the report…"),
                          partial(write_atomically, target, render), done, self._failed)

    def _paint(self, pdf: Path, printer: QPrinter) -> None:
        try:
            paint_pdf(pdf, printer)
        except OSError as error:
            self._failed(error)

    def _failed(self, error: Exception) -> None:
        text = error_message(error) if isinstance(error, KadeskError) else self.tr(
            "The report could not be written: {reason}. Nothing was saved.").format(
                reason=getattr(error, "strerror", None) or str(error))
        QMessageBox.warning(self, "kadesk", text)

