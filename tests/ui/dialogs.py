"""Answering modal dialogs in tests: the dialog opens with exec(), so act from a timer;
message-box questions are answered from a script."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


def answer_dialog(trigger: Callable[[], object], interact: Callable[[QDialog], object]) -> None:
    """Call ``trigger`` (which opens a modal dialog) and let ``interact`` work it.

    ``interact`` gets the dialog once it is shown; it must close it (save, accept
    or reject) or the test hangs, so anything it raises rejects the dialog first.
    """
    failures: list[BaseException] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        try:
            interact(dialog)  # type: ignore[arg-type]
        except BaseException as error:
            failures.append(error)
            dialog.close()

    QTimer.singleShot(0, act)
    trigger()
    if failures:
        raise failures[0]


def close_answering(dialog: QDialog, button: QMessageBox.StandardButton) -> str:
    """Close an editor with unsaved input (as Escape does) and answer its question
    with ``button``; returns the question asked."""
    asked: list[str] = []

    def answer(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(button).click()

    answer_dialog(dialog.reject, answer)
    return asked[0]


def script_questions(monkeypatch: pytest.MonkeyPatch,
                     *answers: QMessageBox.StandardButton) -> list[str]:
    """Answer the next QMessageBox.question calls with ``answers``, in turn; returns
    the list the questions asked are added to."""
    asked: list[str] = []
    pending = list(answers)

    def question(_parent: object, _title: str, text: str, *_args: object
                 ) -> QMessageBox.StandardButton:
        asked.append(text)
        return pending.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
