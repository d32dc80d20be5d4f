"""Preferences: language, our company and the rep, as printed on reports."""

from __future__ import annotations

from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kadesk.services.app import Kadesk
from kadesk.ui.i18n import LANGUAGES
from kadesk.ui.who_am_i import rep_picker


class PreferencesDialog(QDialog):
    def __init__(self, app: Kadesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Preferences"))
        settings = app.settings.all()
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings["language"])))
        self.lines = {key: QLineEdit(str(settings[key])) for key in
                      ("company_name", "rep_phone", "rep_email")}
        self.rep = rep_picker(app, str(settings["rep_name"]))
        form = QFormLayout(self)
        form.addRow(self.tr("Language (applies after restart)"), self.language)
        form.addRow(self.tr("Our company"), self.lines["company_name"])
        form.addRow(self.tr("Logo on reports"), self._logo_row(str(settings["company_logo"])))
        form.addRow(self.tr("Rep name"), self.rep)
        form.addRow(self.tr("Rep phone"), self.lines["rep_phone"])
        form.addRow(self.tr("Rep e-mail"), self.lines["rep_email"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _logo_row(self, path: str) -> QWidget:
        self.logo = QLineEdit(path)
        self.logo.setPlaceholderText(self.tr("PNG or JPEG; none leaves the header plain"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_logo)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logo, 1)
        layout.addWidget(browse)
        return row

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo on reports"), self.logo.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def accept(self) -> None:
        logo = self.logo.text().strip()
        if logo and QImageReader(logo).size().isEmpty():
            QMessageBox.warning(self, self.tr("Logo on reports"), self.tr(
                "{path} is not an image kadesk can read. Choose a PNG or JPEG file, or "
                "clear the field.").format(path=logo))
            return
        self.app.settings.set(language=self.language.currentData(), company_logo=logo,
                              rep_name=self.rep.currentText().strip(),
                              **{k: w.text().strip() for k, w in self.lines.items()})
        super().accept()
