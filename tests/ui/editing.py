"""Filling in the visit editor as a rep does: ticking contacts met, adding objections."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kadesk.domain.builtins import builtin_id
from kadesk.domain.enums import ListKind
from kadesk.ui.visit_editor import VisitEditor
from tests.ui.typing import type_text

LEFT = Qt.MouseButton.LeftButton
PRICE = builtin_id(ListKind.OBJECTION, "price_too_high")
INCUMBENT = builtin_id(ListKind.OBJECTION, "happy_current")


def tick(qtbot: QtBot, editor: VisitEditor, name: str) -> None:
    row = next(i for i, c in enumerate(editor.contacts.contacts) if c.name == name)
    editor.contacts_view.setCurrentIndex(editor.contacts.index(row, 0))
    qtbot.keyClick(editor.contacts_view, Qt.Key.Key_Space)


def add_objection(qtbot: QtBot, editor: VisitEditor, objection_id: str, words: str,
                  response: str, *, resolved: bool) -> None:
    editor.objection_picker.setCurrentIndex(editor.objection_picker.findData(objection_id))
    qtbot.mouseClick(editor.add_objection_button, LEFT)
    card = editor.cards[-1]
    assert card.details.hasFocus()  # straight on to their words
    type_text(qtbot, card.details, words)
    type_text(qtbot, card.response, response)
    if resolved:
        press_space(qtbot, card.resolved)


def press_space(qtbot: QtBot, widget: QWidget) -> None:
    """Toggle a check box from the keyboard: a click lands wherever layout has put it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)
