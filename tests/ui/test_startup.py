"""Starting the GUI: the database opens off the GUI thread (a long migration never
freezes the screen), and a database that cannot be opened gets a message, not a
traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from kadesk.app import run_gui
from kadesk.paths import db_path
from kadesk.services.app import Kadesk
from kadesk.ui.worker import wait_for

pytestmark = pytest.mark.gui


def test_the_event_loop_runs_while_waiting(qtbot: QtBot) -> None:
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    def slow() -> str:
        time.sleep(0.3)
        return "opened"

    assert wait_for("Opening…", slow) == "opened"
    timer.stop()
    assert len(ticks) >= 5  # the GUI thread kept serving events meanwhile


def test_errors_of_the_work_reach_the_caller(qtbot: QtBot) -> None:
    def broken() -> None:
        raise ValueError("disk on fire")

    with pytest.raises(ValueError, match="disk on fire"):
        wait_for("Opening…", broken)


def messages_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    return shown


def test_a_file_that_is_not_a_database_gets_a_message(qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown = messages_shown(monkeypatch)
    path = tmp_path / "kadesk.db"
    content = b"these are not the pages of a SQLite file" * 100
    path.write_bytes(content)
    assert run_gui(path) == 2
    assert shown == [f"{path} is not a kadesk database, or it is damaged. Open another "
                     "folder with --data-dir, or restore a backup."]
    assert path.read_bytes() == content  # left exactly as it was


def test_a_database_in_use_is_refused_with_a_message(qtbot: QtBot, data_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shown = messages_shown(monkeypatch)
    with Kadesk.open(db_path()):
        assert run_gui(db_path()) == 2
    assert len(shown) == 1 and "already open" in shown[0]


def test_long_work_shows_progress_and_stops_on_cancel(qtbot) -> None:
    from kadesk.ui.worker import run_with_progress

    outcome: list[object] = []

    def work(progress, cancelled) -> str:
        for step in range(10_000):
            progress("importing", step, 10_000)
            if cancelled():
                return f"stopped at {step}"
            time.sleep(0.001)
        return "finished"

    dialog = run_with_progress(None, "Importing…", work, outcome.append, outcome.append,
                               stages={"importing": "Merging…"})
    qtbot.waitUntil(lambda: dialog.value() > 10)
    assert dialog.labelText() == "Merging…" and dialog.maximum() == 10_000
    dialog.findChild(QPushButton).click()  # the Cancel button
    qtbot.waitUntil(lambda: bool(outcome))
    assert str(outcome[0]).startswith("stopped at")


def test_the_shell_shows_first_then_the_main_window_takes_its_place(qtbot: QtBot,
                                                                    data_dir: Path) -> None:
    """Qt alone draws the window at once; the database and the ORM load off the GUI
    thread, and the main window replaces the shell where it stands."""
    with Kadesk.open(db_path()) as app:
        app.settings.set(rep_name="王强")  # known: no "who are you?" question
    seen: list[list[str]] = []

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMainWindow) and w.isVisible()]
        seen.append([type(w).__name__ for w in shown])
        if any(type(w).__name__ == "MainWindow" for w in shown):
            for window in shown:
                window.close()
        else:
            QTimer.singleShot(2, look)

    QTimer.singleShot(0, look)
    assert run_gui(db_path()) == 0
    assert seen[0] == ["Shell"] and seen[-1] == ["MainWindow"]
