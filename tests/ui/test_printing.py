"""Reports from the window: the Reports menu opens a dialog that saves the PDF and
opens it, previews it and prints it through Qt's print dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from kadesk.services.app import Kadesk
from kadesk.ui.main_window import MainWindow
from kadesk.ui.printing import ReportDialog, paint_pdf
from tests.reports.helpers import make_account, pdf_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, app: Kadesk) -> MainWindow:
    make_account(app)
    shown = MainWindow(app, "zh_CN")
    qtbot.addWidget(shown)
    shown.table.selectRow(0)
    return shown


def wait_output(qtbot, dialog: ReportDialog, click) -> Path:
    with qtbot.waitSignal(dialog.finished_output, timeout=20_000) as written:
        click()
    return Path(written.args[0])


def test_report_actions_need_an_open_account(qtbot, app: Kadesk) -> None:
    make_account(app)
    window = MainWindow(app, "zh_CN")
    qtbot.addWidget(window)
    assert not window.reports.brief.isEnabled()
    assert window.reports.week.isEnabled()
    window.table.selectRow(0)
    assert window.reports.brief.isEnabled() and window.reports.visit.isEnabled()


def test_save_the_brief_and_open_it(qtbot, window: MainWindow, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[str] = []
    opened: list[QUrl] = []

    def choose(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / "简报"), "PDF (*.pdf)"  # no suffix typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    def open_url(url: object) -> bool:  # a viewer opens it, as on a rep's laptop
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog = window.reports.print_brief()
    assert dialog is not None and dialog.language.currentData() == "zh_CN"  # the UI language
    pdf = wait_output(qtbot, dialog, dialog.save_button.click)
    assert pdf == tmp_path / "简报.pdf"
    assert Path(offered[0]).name.startswith("鴻海精密-拜访前简报-")
    assert "客户概况" in pdf_text(pdf)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].toLocalFile() == str(pdf)


def test_english_visit_summary_on_letter(qtbot, window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(tmp_path / "visit.pdf"), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    dialog = window.reports.visit_summary()  # nothing selected: the latest visit
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("en_US"))
    dialog.page_size.setCurrentText("Letter")
    pdf = wait_output(qtbot, dialog, dialog.save_button.click)
    assert "Visit summary" in pdf_text(pdf) and "季度业务回顾" in pdf_text(pdf)
    assert round(float(PdfReader(pdf).pages[0].mediabox.width)) == 612


def test_print_the_proposal_through_the_print_dialog(qtbot, window: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = window.reports.print_proposal()
    assert dialog is not None
    printed = tmp_path / "printed.pdf"
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" we can read
    dialog.printer.setOutputFileName(str(printed))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    report = wait_output(qtbot, dialog, dialog.print_button.click)
    qtbot.waitUntil(printed.exists)
    assert len(PdfReader(printed).pages) == len(PdfReader(report).pages) == 2  # cover + body


def test_preview_shows_every_page(qtbot, window: MainWindow,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pages: list[int] = []

    def show(preview: QPrintPreviewDialog) -> int:
        preview.show()
        widget = preview.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        pages.append(widget.pageCount())
        preview.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    dialog = window.reports.print_brief()
    assert dialog is not None
    wait_output(qtbot, dialog, dialog.preview_button.click)
    qtbot.waitUntil(lambda: bool(pages))
    assert pages[0] >= 1


def test_weekly_report_for_one_rep(qtbot, window: MainWindow, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch, said: list[str]) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(tmp_path / "week.pdf"), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    dialog = window.reports.weekly_report()
    dialog.open_after.setChecked(False)
    assert dialog.rep.itemData(0) == ""  # all reps first
    pdf = wait_output(qtbot, dialog, dialog.save_button.click)
    assert "周报" in pdf_text(pdf) and "全体销售" in pdf_text(pdf)
    assert said == [f"Saved to {pdf}."]  # said on screen, not only by the file appearing


def test_saved_pdf_with_no_viewer_says_so_on_screen(qtbot, window: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    said: list[str]) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(tmp_path / "week.pdf"), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # nothing opens PDFs
    dialog = window.reports.weekly_report()
    dialog.open_after.setChecked(True)
    pdf = wait_output(qtbot, dialog, dialog.save_button.click)
    assert len(said) == 1 and str(pdf) in said[0] and "No program to show PDFs" in said[0]


def test_nothing_to_print_says_so(qtbot, app: Kadesk, monkeypatch: pytest.MonkeyPatch) -> None:
    from kadesk.domain.records import AccountFields

    app.accounts.create(AccountFields(name="新客户"))
    window = MainWindow(app, "en_US")
    qtbot.addWidget(window)
    window.table.selectRow(0)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    assert window.reports.print_proposal() is None
    assert window.reports.visit_summary() is None
    assert "新客户 has no proposal yet" in said[0] and "No visit to 新客户" in said[1]


def test_paint_pdf_honours_the_page_range(app: Kadesk, tmp_path: Path) -> None:
    from kadesk.reports import proposal

    [chosen] = app.proposals.of_account(make_account(app))
    report = tmp_path / "proposal.pdf"
    proposal.render(proposal.gather(app, chosen.id), report)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer.setFromTo(2, 2)
    assert paint_pdf(report, printer) == 1
    assert len(PdfReader(tmp_path / "page2.pdf").pages) == 1
