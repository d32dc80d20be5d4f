"""``python -m tests.ui.undo_gc leave|clear``: kadesk's undo commands on a stack that the
garbage collector frees in the order that crashes PySide (docs/decisions.md, Testing).

The stack survives a young collection before the commands are pushed, so at the full
collection that finds them all unreachable the commands are one generation younger and
come first (CPython merges the generations as 2, 0, 1). Clearing a command hands its C++
object to Python, which deletes it while the stack still lists it; the stack's destructor
then deletes it again. With ``clear`` the stack is emptied before it is dropped, as the
tests' ``undo_stack`` fixture and the main window's closeEvent do.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from kadesk.ui import undo


class Owner:
    """Holds a stack in a reference cycle, as a fixture, tab or lambda does: only the
    garbage collector frees it."""

    def __init__(self) -> None:
        self.stack = QUndoStack()
        self.me = self


def main(mode: str) -> None:
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    gc.disable()  # collections only where this script makes them
    owner = Owner()
    gc.collect(0)
    for n in range(3):
        undo.run(owner.stack, f"edit {n}", lambda n=n: n, lambda _n: None)
    if mode == "clear":
        owner.stack.clear()
    del owner
    gc.collect()
    print(f"freed cleanly ({qt.platformName()})")


if __name__ == "__main__":
    main(sys.argv[1])
