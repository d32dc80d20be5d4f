"""Child process of the start-up benchmark: show a window, say "shown", quit.

    python -m benchmarks.ui_start bare
    python -m benchmarks.ui_start kadesk DATA_DIR

``kadesk`` goes through the app's own start (kadesk.app.run_gui): the window's
shell drawn by Qt alone ("shown"), then, loaded off the GUI thread, the database
and the main window with its first page of accounts and the agenda ("filled").
``bare`` is an empty QMainWindow, the floor any PySide6 app pays ("shown" and
"filled" at once). A 1 ms timer watches for the windows to be visible; a zero
timer then fires once their show and first paint have been processed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

_said: list[str] = []


def _say(what: str) -> None:
    if what not in _said:
        _said.append(what)
        print(what, flush=True)
    if what == "filled":
        QApplication.quit()


def _watch(watcher: QTimer) -> None:
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMainWindow) and w.isVisible()]
    if shown:
        QTimer.singleShot(0, lambda: _say("shown"))
    if any(type(w).__name__ in ("MainWindow", "QMainWindow") for w in shown):
        watcher.stop()
        QTimer.singleShot(0, lambda: (_say("shown"), _say("filled")))


def main() -> int:
    qt_app = QApplication(sys.argv[:1])
    watcher = QTimer(interval=1)
    watcher.timeout.connect(lambda: _watch(watcher))
    watcher.start()
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return int(qt_app.exec())
    from pathlib import Path

    from kadesk.app import run_gui
    from kadesk.paths import db_path

    return run_gui(db_path(Path(sys.argv[2])))


if __name__ == "__main__":
    raise SystemExit(main())
