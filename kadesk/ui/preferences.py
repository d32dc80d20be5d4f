"""Preferences: language, time zone, the rep as printed on reports, and the way to the
team letterhead."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kadesk.services.app import Kadesk
from kadesk.ui.i18n import LANGUAGES
from kadesk.ui.labels import Formatter
from kadesk.ui.letterhead_dialog import LetterheadDialog
from kadesk.ui.who_am_i import rep_picker


class PreferencesDialog(QDialog):
    def __init__(self, app: Kadesk, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.fmt = fmt
        self.setWindowTitle(self.tr("Preferences"))
        settings = app.settings.all()
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings["language"])))
        # Visit times print in this zone: the rep's, wherever the laptop's clock is set.
        self.time_zone = QComboBox()
        self.time_zone.addItem(self.tr("Follow the system"), "")
        for name in sorted(available_timezones()):
            self.time_zone.addItem(name, name)
        self.time_zone.setCurrentIndex(max(0, self.time_zone.findData(settings["time_zone"])))
        self.lines = {key: QLineEdit(str(settings[key])) for key in
                      ("rep_phone", "rep_email")}
        self.rep = rep_picker(app, str(settings["rep_name"]))
        self.letterhead_button = QPushButton(self.tr("Team letterhead…"))
        self.letterhead_button.clicked.connect(self.edit_letterhead)
        form = QFormLayout(self)
        form.addRow(self.tr("Language (applies after restart)"), self.language)
        form.addRow(self.tr("Time zone of visit times"), self.time_zone)
        form.addRow(self.tr("Company, logo, colours"), self.letterhead_button)
        form.addRow(self.tr("Rep name"), self.rep)
        form.addRow(self.tr("Rep phone"), self.lines["rep_phone"])
        form.addRow(self.tr("Rep e-mail"), self.lines["rep_email"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def edit_letterhead(self) -> LetterheadDialog:
        dialog = LetterheadDialog(self.app, self.fmt, self)
        dialog.open()
        return dialog

    def accept(self) -> None:
        self.app.settings.set(language=self.language.currentData(),
                              time_zone=self.time_zone.currentData(),
                              rep_name=self.rep.currentText().strip(),
                              **{k: w.text().strip() for k, w in self.lines.items()})
        super().accept()
