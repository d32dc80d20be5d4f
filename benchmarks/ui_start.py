"""Child process of the start-up benchmark: show a window, say "shown", quit.

    python -m benchmarks.ui_start bare
    python -m benchmarks.ui_start kadesk DATA_DIR

``kadesk`` goes through the app's own start (kadesk.app.run_gui): imports,
opening and migrating the database, translations, the main window with its
first page of accounts and the agenda. ``bare`` is an empty QMainWindow, the
floor any PySide6 app pays. A 1 ms timer watches for the main window to be
visible (run_gui runs event loops of its own before it shows one); a zero
timer then fires once its show and first paint have been processed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def _say_shown_and_quit() -> None:
    print("shown", flush=True)
    QApplication.quit()


def _watch(watcher: QTimer) -> None:
    if any(isinstance(w, QMainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()):
        watcher.stop()
        QTimer.singleShot(0, _say_shown_and_quit)


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
