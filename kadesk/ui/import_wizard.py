"""The import wizard: file → sheet or encoding → columns → preview → duplicates →
import with progress → summary, with an undo for the whole import.

Every page asks the import service (services/imports.py); reading the file runs
off the GUI thread (a 50,000-row sheet takes seconds) and the import itself runs
with a progress dialog whose Cancel rolls everything back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kadesk.domain.errors import KadeskError
from kadesk.domain.language import is_chinese
from kadesk.domain.queries import AccountFilter
from kadesk.domain.text import compact
from kadesk.interchange.fields import BY_KEY, ImportField, allowed
from kadesk.interchange.rows import Problem, column_label
from kadesk.interchange.table_reader import ENCODINGS
from kadesk.services.app import Kadesk
from kadesk.services.imports import (
    Action,
    ImportRequest,
    ImportSummary,
    Policy,
    TableInfo,
    Target,
    UndoSummary,
)
from kadesk.ui.forms import ERROR_STYLE
from kadesk.ui.import_messages import problem_message
from kadesk.ui.labels import Formatter
from kadesk.ui.messages import error_message
from kadesk.ui.worker import Cancel, Progress, run_with_progress, wait_for

PREVIEW_ROWS = 200
ERROR_COLOUR = QColor("#fde2e1")
WARNING_COLOUR = QColor("#fff4d6")
FILE, SOURCE, MAPPING, PREVIEW, DUPLICATES, RESULT = range(6)
translate = QCoreApplication.translate  # lupdate reads translate("ImportWizard", ...) calls


def _message_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ImportWizard(QWizard):
    def __init__(self, app: Kadesk, fmt: Formatter, parent: QWidget | None = None, *,
                 vcard: bool = False) -> None:
        super().__init__(parent)
        self.app, self.fmt, self.vcard = app, fmt, vcard
        self.setWindowTitle(self.tr("Import contacts from vCard") if vcard
                            else self.tr("Import accounts and contacts"))
        self.path: Path | None = None
        self.target = Target.CONTACTS if vcard else Target.ACCOUNTS
        self.account_id: str | None = None
        self.sheet: str | None = None
        self.encoding: str | None = None
        self.mapping: dict[int, str] = {}
        self.policy = Policy.SKIP
        self.info: TableInfo | None = None
        self.preview: ImportSummary | None = None
        self.summary: ImportSummary | None = None
        self.file_page = FilePage(self)
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.result_page = ResultPage(self)
        for index, page in enumerate((self.file_page, self.source_page, self.mapping_page,
                                      self.preview_page, self.duplicates_page,
                                      self.result_page)):
            self.setPage(index, page)
        self.resize(900, 620)

    def nextId(self) -> int:  # noqa: N802
        if self.vcard and self.currentId() == FILE:
            return PREVIEW  # a vCard has no sheet, encoding choice or column mapping
        return super().nextId()

    def request(self) -> ImportRequest:
        assert self.path is not None
        return ImportRequest(self.path, self.target, sheet=self.sheet, encoding=self.encoding,
                             mapping=None if self.vcard else dict(self.mapping),
                             policy=self.policy, account_id=self.account_id)

    def load(self) -> None:
        """Read the file as the pages stand (off the GUI thread); raise its problem."""
        request = self.request()
        self.info = wait_for(self.tr("Reading the file…"),
                             lambda: self.app.imports.inspect(request), self)
        self.sheet, self.encoding = self.info.sheet, self.info.encoding
        self.mapping = {i: k for i, k in enumerate(self.info.suggested) if k}

    def field_label(self, f: ImportField) -> str:
        return f.zh if is_chinese(self.fmt.language) else f.en

    def error_text(self, error: KadeskError) -> str:
        """The window's message for ``error``, naming an import field as this window does
        (the service names it in English, for the command line)."""
        key = error.params.get("field_key")
        if key in BY_KEY:
            error = type(error)(error.code, **{**error.params,
                                               "field": self.field_label(BY_KEY[key])})
        return error_message(error)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A vCard file (.vcf) from a phone or e-mail program.")
                         if wizard.vcard else self.tr(
                             "An Excel workbook (.xlsx) or a CSV file, with a header row."))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.accounts = QRadioButton(self.tr("Accounts (a row may also hold one contact of "
                                             "the account)"))
        self.contacts = QRadioButton(self.tr("Contacts of accounts already in kadesk"))
        self.accounts.setChecked(True)
        self.account = QLineEdit()
        self.account.setPlaceholderText(
            self.tr("Optional: the account every contact goes to (else by the company on "
                    "each card)") if wizard.vcard else
            self.tr("Optional: the account every contact goes to"))
        self.message = _message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        if not wizard.vcard:
            layout.addWidget(self.accounts)
            layout.addWidget(self.contacts)
        layout.addWidget(self.account)
        layout.addWidget(self.message)
        layout.addStretch()
        self.path.textChanged.connect(self.completeChanged)
        # Only contacts go under one chosen account; accounts files name their own.
        self.account.setVisible(wizard.vcard)
        self.contacts.toggled.connect(lambda on: self.account.setVisible(on or wizard.vcard))

    def choose(self) -> None:
        settings = QSettings()
        folder = str(settings.value("import/folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        pattern = self.tr("vCard (*.vcf *.vcard)") if self.w.vcard else self.tr(
            "Tables (*.xlsx *.xlsm *.csv *.txt)")
        chosen, _ = QFileDialog.getOpenFileName(self, self.title(), folder, pattern)
        if chosen:
            settings.setValue("import/folder", str(Path(chosen).parent))
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = Path(self.path.text().strip()).expanduser()
        if not path.is_file():
            _show(self.message, self.tr("There is no file {path}.").format(path=path))
            return False
        self.w.path, self.w.sheet, self.w.encoding = path, None, None
        if not self.w.vcard:
            self.w.target = Target.CONTACTS if self.contacts.isChecked() else Target.ACCOUNTS
        self.w.account_id = None
        if self.w.target is Target.CONTACTS and self.account.text().strip():
            self.w.account_id = self._find(self.account.text().strip())
            if self.w.account_id is None:
                return False
        try:
            self.w.load()
        except KadeskError as error:
            _show(self.message, self.w.error_text(error))
            return False
        except OSError as error:
            _show(self.message, str(error.strerror or error))
            return False
        _show(self.message, "")
        return True

    def _find(self, text: str) -> str | None:
        matches = self.w.app.accounts.page(AccountFilter(text=text), limit=20)
        exact = [a for a in matches if compact(text) in (compact(a.name), compact(a.short_name))]
        if len(exact) == 1 or len(matches) == 1:
            return (exact or matches)[0].id
        _show(self.message, self.tr("No account matches '{text}'.").format(text=text)
              if not matches else self.tr("'{text}' matches several accounts: {names}. Type "
                                          "more of the name.").format(
                  text=text, names="、".join(a.name for a in matches[:5])))
        return None


class SourcePage(QWizardPage):
    """The sheet of a workbook or the encoding of a CSV file, with the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the data"))
        self.sheet = QComboBox()
        self.encoding = QComboBox()
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.rows = QStandardItemModel(self)
        view = QTableView()
        view.setModel(self.rows)
        self.message = _message_label()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Sheet:"), self.sheet)
        self.form.addRow(self.tr("Encoding:"), self.encoding)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(view)
        self.csv = False
        self.sheet.activated.connect(self.reload)
        self.encoding.activated.connect(self.reload)

    def initializePage(self) -> None:  # noqa: N802
        info = self.w.info
        assert info is not None
        self.sheet.clear()
        self.sheet.addItems(info.sheets)
        if info.sheet:
            self.sheet.setCurrentText(info.sheet)
        self.csv = info.encoding is not None  # kept while a chosen encoding fails
        self.form.setRowVisible(self.sheet, bool(info.sheets))
        self.form.setRowVisible(self.encoding, self.csv)
        if info.encoding:
            self.encoding.setCurrentIndex(max(0, self.encoding.findData(info.encoding)))
            self.hint.setText(self.tr(
                "Read as {encoding}. If the Chinese below looks garbled, choose another "
                "encoding: Excel in mainland China writes GB18030, in Taiwan and Hong Kong "
                "Big5.").format(encoding=info.encoding))
        else:
            self.hint.setText(self.tr("{rows} rows in sheet {sheet}.").format(
                rows=info.rows, sheet=info.sheet))
        self._fill(info)

    def reload(self) -> None:
        self.w.sheet = self.sheet.currentText() or None
        self.w.encoding = self.encoding.currentData() if self.csv else None
        try:
            self.w.load()
        except KadeskError as error:
            _show(self.message, self.w.error_text(error))
            self.w.info = None
            self.rows.clear()
            self.completeChanged.emit()
            return
        _show(self.message, "")
        self.initializePage()
        self.completeChanged.emit()

    def _fill(self, info: TableInfo) -> None:
        self.rows.clear()
        self.rows.setHorizontalHeaderLabels(
            [column_label(info.headers, i) for i in range(len(info.headers))])
        for line, cells in info.sample:
            self.rows.appendRow([QStandardItem(c) for c in cells])
            self.rows.setVerticalHeaderItem(self.rows.rowCount() - 1,
                                            QStandardItem(str(line)))

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.info is not None


class MappingPage(QWizardPage):
    """One field per column, suggested from the headers."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column goes to one field, or is left out. The "
                                 "suggestions come from the column headers."))
        self.boxes: list[QComboBox] = []
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.message = _message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802
        info = self.w.info
        assert info is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = []
        fields = allowed(self.w.target)
        for index in range(len(info.headers)):
            box = QComboBox()
            box.addItem(self.tr("— not imported —"), None)
            for f in fields:
                box.addItem(self.w.field_label(f), f.key)
            box.setCurrentIndex(max(0, box.findData(self.w.mapping.get(index))))
            sample = next((cells[index] for _, cells in info.sample
                           if index < len(cells) and cells[index]), "")
            label = column_label(info.headers, index)
            self.form.addRow(f"{label}  ({sample[:20]})" if sample else label, box)
            self.boxes.append(box)

    def validatePage(self) -> bool:  # noqa: N802
        assert self.w.info is not None
        self.w.mapping = {i: box.currentData() for i, box in enumerate(self.boxes)
                          if box.currentData()}
        try:
            self.w.app.imports.mapping_of(self.w.request(), self.w.info.headers)
        except KadeskError as error:
            _show(self.message, self.w.error_text(error))
            return False
        _show(self.message, "")
        return True


class PreviewPage(QWizardPage):
    """The first rows as they would import: what happens to each, and each cell's
    message (red: the row is left out; yellow: the value is)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.rows = QStandardItemModel(self)
        self.view = QTableView()
        self.view.setModel(self.rows)
        self.view.verticalHeader().hide()  # the first column numbers rows as the file does
        self.messages = QPlainTextEdit()
        self.messages.setReadOnly(True)
        self.messages.setMaximumHeight(140)
        self.message = _message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.messages, 1)

    def initializePage(self) -> None:  # noqa: N802
        request = self.w.request()
        try:
            self.w.preview = wait_for(self.tr("Checking the rows…"), lambda: (
                self.w.app.imports.preview(request, PREVIEW_ROWS)), self)
        except KadeskError as error:
            _show(self.message, self.w.error_text(error))
            self.w.preview = None
            self.rows.clear()
            return
        _show(self.message, "")
        self._fill(self.w.preview)

    def _words(self) -> dict[Action | None, str]:
        return {Action.CREATE: self.tr("new"), Action.UPDATE: self.tr("update"),
                Action.UNCHANGED: self.tr("no change"), Action.SKIP: self.tr("exists"),
                Action.SAME: self.tr("as above"), Action.REJECT: self.tr("left out"),
                None: ""}

    def _fill(self, preview: ImportSummary) -> None:
        info = self.w.info
        headers = info.headers if info else []
        words = self._words()
        self.rows.clear()
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Account"), self.tr("Contact"), self.tr("Matches")]
            + [column_label(headers, i) for i in range(len(headers))])
        outcomes = {o.line: o for o in preview.outcomes}
        lines: list[str] = []
        for line, cells in preview.sample:
            outcome = outcomes[line]
            by_column: dict[str, list[Problem]] = {}
            for problem in outcome.problems:
                by_column.setdefault(problem.column, []).append(problem)
                lines.append(self.tr("Row {row}, {column}: {message}").format(
                    row=line, column=problem.column, message=problem_message(problem)))
            items = [QStandardItem(str(line)), QStandardItem(words[outcome.account]),
                     QStandardItem(words[outcome.contact]), QStandardItem(outcome.matched)]
            for index, text in enumerate(cells):
                item = QStandardItem(text)
                found = by_column.get(column_label(headers, index), [])
                if found:
                    item.setBackground(QBrush(ERROR_COLOUR if any(p.error for p in found)
                                              else WARNING_COLOUR))
                    item.setToolTip("\n".join(problem_message(p) for p in found))
                items.append(item)
            if outcome.account is Action.REJECT:
                items[0].setBackground(QBrush(ERROR_COLOUR))
            self.rows.appendRow(items)
        self.messages.setPlainText("\n".join(lines))
        self.messages.setVisible(bool(lines))
        self.counts.setText(self.tr(
            "The first {rows} rows: {accounts} new accounts, {contacts} new contacts, "
            "{matched} matching records already here, {rejected} rows left out (red). "
            "Yellow cells are left empty.").format(
            rows=len(preview.sample), accounts=preview.accounts.created,
            contacts=preview.contacts.created,
            matched=_matched(preview), rejected=preview.rejected_rows))

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.preview is not None


def _matched(summary: ImportSummary) -> int:
    return sum(c.updated + c.unchanged + c.skipped for c in (summary.accounts, summary.contacts))


class DuplicatesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Records already here"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        texts = {
            Policy.SKIP: self.tr("Skip them: leave the records here as they are"),
            Policy.FILL: self.tr("Update empty fields: fill in only what is missing here"),
            Policy.UPDATE: self.tr("Update all: the file's values replace those here"),
            Policy.CREATE: self.tr("Create anyway: a new record even if the name matches"),
        }
        self.buttons: dict[Policy, QRadioButton] = {}
        for policy, text in texts.items():
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[policy] = button
            layout.addWidget(button)
        self.buttons[Policy.SKIP].setChecked(True)
        explain = QLabel(self.tr(
            "A row matches an account with the same name (simplified or traditional, spaces "
            "and punctuation aside), and a contact of that account with the same name or "
            "phone number. A name that only sounds the same is never updated: it is created "
            "and listed under Sync conflicts to merge. Every import can be undone."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802
        preview = self.w.preview
        matched = _matched(preview) if preview else 0
        self.note.setText(self.tr(
            "In the first {rows} rows, {n} match a record already in kadesk. What should "
            "happen to those?").format(rows=len(preview.sample) if preview else 0, n=matched))

    def validatePage(self) -> bool:  # noqa: N802
        self.w.policy = next(p for p, b in self.buttons.items() if b.isChecked())
        return True


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.done = False
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.undo = QPushButton(self.tr("&Undo this import"))
        self.undo.clicked.connect(self.undo_import)
        self.undo.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.problems)
        layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:  # noqa: N802
        self.done = False
        request = self.w.request()

        def work(progress: Progress, cancel: Cancel) -> ImportSummary:
            return self.w.app.imports.run(request, progress, cancel)

        self.text.setText(self.tr("Importing…"))
        run_with_progress(self, self.tr("Importing…"), work, self.finished, self.failed,
                          stages={"checking": self.tr("Checking the rows…"),
                                  "writing": self.tr("Writing…")})

    def finished(self, summary: ImportSummary) -> None:
        self.w.summary = summary
        if summary.cancelled:
            self.text.setText(self.tr("Import cancelled. Nothing was changed."))
        else:
            self.text.setText(summary_text(summary))
        lines = [self.tr("Row {row}, {column}: {message}").format(
            row=p.row, column=p.column, message=problem_message(p))
            for p in (*summary.rejected, *summary.warnings)]
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self.undo.setVisible(summary.import_id is not None)
        self._finish()

    def failed(self, error: Exception) -> None:
        self.text.setText(error_message(error) if isinstance(error, KadeskError) else self.tr(
            "{reason}. Nothing was imported.").format(reason=error))
        self.problems.hide()
        self._finish()

    def _finish(self) -> None:
        self.done = True
        self.completeChanged.emit()

    def undo_import(self) -> None:
        summary = self.w.summary
        if summary is None or summary.import_id is None:
            return
        import_id = summary.import_id
        try:
            undone = wait_for(self.tr("Undoing the import…"),
                              lambda: self.w.app.imports.undo(import_id), self)
        except KadeskError as error:
            self.text.setText(error_message(error))
            return
        self.undo.setEnabled(False)
        self.text.setText(undo_text(undone))

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


def summary_text(summary: ImportSummary) -> str:
    a, c = summary.accounts, summary.contacts
    return translate(
        "ImportWizard", "Imported {file}: {rows} rows.\nAccounts: {a_new} created, {a_upd} "
        "updated, {a_same} unchanged, {a_skip} skipped.\nContacts: {c_new} created, {c_upd} "
        "updated, {c_same} unchanged, {c_skip} skipped.\nRows left out: {rejected}.").format(
        file=summary.file_name, rows=summary.rows, a_new=a.created, a_upd=a.updated,
        a_same=a.unchanged, a_skip=a.skipped, c_new=c.created, c_upd=c.updated,
        c_same=c.unchanged, c_skip=c.skipped, rejected=summary.rejected_rows)


def undo_text(undone: UndoSummary) -> str:
    text = translate("ImportWizard", "The import of {file} was undone: {trashed} records moved "
                     "to the trash, {restored} given back their earlier values.").format(
        file=undone.file_name, trashed=undone.trashed, restored=undone.restored)
    if undone.kept:
        text += " " + translate(
            "ImportWizard", "{n} records changed since the import were kept.").format(
            n=undone.kept)
    return text
