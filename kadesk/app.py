"""Starting the GUI: the Qt application, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from kadesk import __version__
from kadesk.domain.errors import KadeskError
from kadesk.services.app import Kadesk


def ui_language(app: Kadesk) -> str:
    """The chosen language, else the system's: 'zh...' or 'en'."""
    chosen = app.settings.get("language")
    return chosen or QLocale.system().name()


def run_gui(path: Path) -> int:
    qt_app = QApplication.instance() or QApplication(sys.argv)
    QApplication.setOrganizationName("kadesk")
    QApplication.setApplicationName("kadesk")
    QApplication.setApplicationVersion(__version__)
    try:
        app = Kadesk.open(path)
    except KadeskError as error:
        QMessageBox.critical(None, "kadesk", error.message())
        return 2
    from kadesk.ui.main_window import MainWindow

    with app:
        window = MainWindow(app, ui_language(app))
        window.show()
        return int(qt_app.exec())
