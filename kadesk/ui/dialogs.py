"""The editor-dialog pattern: the form is saved through a callback; refusals stay inline;
closing with unsaved input asks first (a call report is a rep's livelihood). Ctrl+Return
saves; Enter alone moves to the next field (or presses the button that has the focus),
so a stray Enter never saves a half-written form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.errors import KadeskError, ValidationError
from kadesk.ui.forms import ERROR_STYLE
from kadesk.ui.messages import error_message


class EditorDialog(QDialog):
    """Subclasses call ``set_body`` and implement ``fields()`` and ``show_errors()``."""

    def __init__(self, save: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._opened_with: object = None  # what the form held when shown
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.try_save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.try_save)  # the keypad's
        for button in (buttons.button(QDialogButtonBox.StandardButton.Save),
                       buttons.button(QDialogButtonBox.StandardButton.Cancel)):
            assert button is not None
            button.setAutoDefault(False)  # Enter presses no button it has not focused
            button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._opened_with is None:  # by now the subclass has filled the form
            self._opened_with = self._state()
        super().showEvent(event)

    def _state(self) -> object:
        try:
            return self.fields()
        except KadeskError as unreadable:  # input that cannot even be read is an edit too
            return unreadable.message()

    def has_changes(self) -> bool:
        return self._opened_with is not None and self._state() != self._opened_with

    def reject(self) -> None:
        """Escape, Cancel or the close button: ask before throwing input away."""
        if self.has_changes():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Save what you have typed here?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Save:
                self.try_save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def set_body(self, body: QWidget) -> None:
        self._layout.insertWidget(0, body)

    def fields(self) -> Any:
        raise NotImplementedError

    def show_errors(self, error: ValidationError) -> list[str]:
        """Place each error under its field; return messages no field owns."""
        raise NotImplementedError

    def try_save(self) -> None:
        try:
            self._save(self.fields())
        except ValidationError as error:
            self._show_message(" ".join(self.show_errors(error)))
            return
        except KadeskError as error:
            self._show_message(error_message(error))
            return
        self.accept()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
