"""The window as Qt alone can draw it, shown the moment kadesk starts: its title, its
place and size from last time, and "Opening kadesk.db…". The database, the ORM and
the window's own code load off the GUI thread meanwhile (kadesk/app.py), and the
main window takes its place, where it stands, when they are ready.

Imports PySide6 only: anything of kadesk's beyond that would load the ORM first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QLabel, QMainWindow


class Shell(QMainWindow):
    def __init__(self, path: Path) -> None:
        super().__init__()
        translate = QCoreApplication.translate  # lupdate reads translate("Startup", ...)
        # The main window's title, in its own words (the same catalogue entry).
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "kadesk — key accounts"))
        label = QLabel(translate("Startup", "Opening {path}…").format(path=path.name))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #5f6368;")
        self.setCentralWidget(label)
        self.statusBar().showMessage(str(path))
        geometry = QSettings().value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
