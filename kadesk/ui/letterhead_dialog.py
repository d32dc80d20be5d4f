"""The team letterhead: our company as every rep of the team prints it (colours, cover,
logo, boilerplate, registered details). Saved once, it reaches the team by sync."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.enums import CoverStyle
from kadesk.domain.errors import ValidationError
from kadesk.services.app import Kadesk
from kadesk.ui.forms import EnumCombo, ErrorForm, text_box
from kadesk.ui.labels import Formatter
from kadesk.ui.messages import field_message

LINES = ("company_name", "company_name_en", "address", "phone", "website", "credit_code",
         "bank_name", "bank_account")
PARAGRAPHS = ("profile", "network", "qualifications", "closing")


class LetterheadDialog(QDialog):
    def __init__(self, app: Kadesk, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Team letterhead"))
        head = app.letterhead.get()
        labels = {
            "company_name": self.tr("Company name"), "company_name_en": self.tr("English name"),
            "address": self.tr("Address"), "phone": self.tr("Phone"),
            "website": self.tr("Website"), "credit_code": self.tr("Unified social credit code"),
            "bank_name": self.tr("Bank"), "bank_account": self.tr("Bank account"),
            "profile": self.tr("About us"), "network": self.tr("Our network"),
            "qualifications": self.tr("Qualifications"),
            "closing": self.tr("Closing paragraph"),
        }
        self.form = form = ErrorForm()
        note = QLabel(self.tr("Printed on every rep's proposals and reports; sync takes it "
                              "to the whole team."))
        note.setWordWrap(True)
        form.addRow(note)
        self.lines = {key: form.add(key, labels[key], QLineEdit(getattr(head, key)))
                      for key in LINES}
        self.colour = form.add("colour", self.tr("Colour"), self._colour_button(head.colour))
        self.accent = form.add("accent", self.tr("Accent colour"),
                               self._colour_button(head.accent))
        self.cover = form.add("cover_style", self.tr("Cover"), EnumCombo(CoverStyle, fmt))
        self.cover.set_value(head.cover_style)
        self.logo = head.logo
        self.logo_label = QLabel()
        form.add("logo", self.tr("Logo"), self._logo_row())
        self.paragraphs: dict[str, QPlainTextEdit] = {}
        for key in PARAGRAPHS:
            box = form.add(key, labels[key], text_box(60))
            box.setPlainText(getattr(head, key))
            self.paragraphs[key] = box
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(scroll)
        column.addWidget(buttons)
        self.resize(640, 720)
        self._show_logo()

    def _colour_button(self, value: str) -> QPushButton:
        button = QPushButton(value)
        button.clicked.connect(lambda: self._pick(button))
        return button

    def _pick(self, button: QPushButton) -> None:
        chosen = QColorDialog.getColor(QColor(button.text()), self)
        if chosen.isValid():
            button.setText(chosen.name())

    def _logo_row(self) -> QWidget:
        choose = QPushButton(self.tr("Choose…"))
        clear = QPushButton(self.tr("Remove"))
        choose.clicked.connect(self._choose_logo)
        clear.clicked.connect(lambda: self.set_logo(""))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logo_label, 1)
        layout.addWidget(choose)
        layout.addWidget(clear)
        return row

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(base64.b64encode(Path(path).read_bytes()).decode("ascii"))

    def set_logo(self, logo: str) -> None:
        self.logo = logo
        self._show_logo()

    def _show_logo(self) -> None:
        size = len(base64.b64decode(self.logo)) // 1024 if self.logo else 0
        self.logo_label.setText(self.tr("{size} KB image").format(size=size) if self.logo
                                else self.tr("None"))

    def accept(self) -> None:
        changes = {key: box.text().strip() for key, box in self.lines.items()}
        changes |= {key: box.toPlainText().strip() for key, box in self.paragraphs.items()}
        try:
            self.app.letterhead.update(**changes, colour=self.colour.text(),
                                       accent=self.accent.text(), logo=self.logo,
                                       cover_style=self.cover.value())
        except ValidationError as error:
            self.form.show_errors(list(error.errors), {e.field: field_message(e)
                                                       for e in error.errors})
            return
        super().accept()
