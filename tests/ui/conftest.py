"""Fixtures the window tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window told the user in information and warning boxes, in order."""
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    return messages


@pytest.fixture
def undo_stack() -> Iterator[QUndoStack]:
    """An undo stack of the test's own, emptied at teardown. Left to the garbage collector
    with commands on it, PySide may free a command before its stack, whose destructor
    then deletes it again: a segfault in a later test (docs/decisions.md, Testing)."""
    stack = QUndoStack()
    yield stack
    stack.clear()
