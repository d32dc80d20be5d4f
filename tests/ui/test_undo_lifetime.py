"""Undo commands are freed by Qt, never by the garbage collector (docs/decisions.md,
Testing): left to the GC with their stack, PySide can delete them twice and crash a
later, unrelated test."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
# Where a QUndoStack may be made: each of these empties it before it is dropped.
MAKERS = {"kadesk/ui/main_window.py",  # closeEvent
          "tests/ui/conftest.py",  # the undo_stack fixture's teardown
          "tests/ui/undo_gc.py"}  # the reproducer


def undo_gc(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tests.ui.undo_gc", mode], check=False,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=120)


def test_a_stack_left_to_the_gc_with_commands_crashes() -> None:
    """The hazard, reproduced: if PySide ever frees these cleanly, the rule can go."""
    left = undo_gc("leave")
    assert left.returncode == -signal.SIGSEGV, left.stdout + left.stderr


def test_a_stack_emptied_first_is_freed_cleanly() -> None:
    emptied = undo_gc("clear")
    assert (emptied.returncode, emptied.stdout.startswith("freed cleanly")) == (0, True), \
        emptied.stderr


def test_undo_stacks_are_made_only_where_they_are_emptied() -> None:
    makers = {path.relative_to(ROOT).as_posix()
              for folder in ("kadesk", "tests") for path in (ROOT / folder).rglob("*.py")
              if re.search(r"\bQUndoStack\(", path.read_text(encoding="utf-8"))}
    assert makers == MAKERS

