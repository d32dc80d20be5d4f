"""Starting the GUI: the Qt application, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kadesk import __version__
from kadesk.domain.errors import KadeskError
from kadesk.paths import resources_dir
from kadesk.services.app import Kadesk


def run_gui(path: Path) -> int:
    qt_app = QApplication.instance() or QApplication(sys.argv)
    QApplication.setOrganizationName("kadesk")
    QApplication.setApplicationName("kadesk")
    QApplication.setApplicationVersion(__version__)
    QApplication.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kadesk.svg")))
    try:
        app = Kadesk.open(path)
    except KadeskError as error:
        QMessageBox.critical(None, "kadesk", error.message())
        return 2
    from kadesk.ui import i18n
    from kadesk.ui.main_window import MainWindow

    with app:
        language = i18n.resolve(app.settings.get("language"))
        i18n.install(language)
        window = MainWindow(app, language)
        window.show()
        return int(qt_app.exec())
