"""Starting the GUI: the Qt application, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
    from kadesk.ui import i18n
    from kadesk.ui.messages import error_message
    from kadesk.ui.worker import wait_for

    system = i18n.resolve("")  # until the database says which language the rep chose
    translators = i18n.install(system)
    try:
        # Off the GUI thread: migrating a large database can take a while.
        app = wait_for(QCoreApplication.translate("Startup", "Opening {path}…").format(
            path=path), lambda: Kadesk.open(path))
    except KadeskError as error:
        QMessageBox.critical(None, "kadesk", error_message(error))
        return 2
    except Exception as error:  # e.g. not a database, no permission: say so, no traceback
        QMessageBox.critical(None, "kadesk", QCoreApplication.translate(
            "Startup", "Could not open {path}: {error}").format(path=path, error=error))
        return 2
    from kadesk.ui.main_window import MainWindow

    with app:
        language = i18n.resolve(app.settings.get("language"))
        if language != system:
            i18n.uninstall(translators)
            i18n.install(language)
        window = MainWindow(app, language)
        window.show()
        return int(qt_app.exec())
