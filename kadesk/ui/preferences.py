"""Preferences: language, our company and the rep, as printed on reports."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from kadesk.services.app import Kadesk
from kadesk.ui.i18n import LANGUAGES


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
                      ("company_name", "rep_name", "rep_phone", "rep_email")}
        form = QFormLayout(self)
        form.addRow(self.tr("Language (applies after restart)"), self.language)
        form.addRow(self.tr("Our company"), self.lines["company_name"])
        form.addRow(self.tr("Rep name"), self.lines["rep_name"])
        form.addRow(self.tr("Rep phone"), self.lines["rep_phone"])
        form.addRow(self.tr("Rep e-mail"), self.lines["rep_email"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.app.settings.set(language=self.language.currentData(),
                              **{k: w.text().strip() for k, w in self.lines.items()})
        super().accept()
