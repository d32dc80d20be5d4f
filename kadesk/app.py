"""Starting the GUI: the Qt application, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
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
        QTimer.singleShot(0, window.ask_who_am_i)
        return int(qt_app.exec())


def selftest_window(app: Kadesk, language: str, settings_dir: Path, picture: Path) -> str:
    """Open the main window on ``app`` as a rep would, save a picture of it, close it.

    For ``kadesk --selftest``: checks the platform plugin, fonts, icon and catalogues of
    an installed bundle. Window layout goes to ``settings_dir``, not the rep's settings.
    Returns the window title; raises RuntimeError naming what is missing.
    """
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setOrganizationName("kadesk")
    QApplication.setApplicationName("kadesk")
    icon = QIcon(str(resources_dir() / "icons" / "kadesk.svg"))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise RuntimeError("the application icon does not load (SVG icon engine missing?)")
    QApplication.setWindowIcon(icon)
    from kadesk.ui import i18n
    from kadesk.ui.main_window import MainWindow

    translators = i18n.install(language)
    try:
        # Ours and Qt's own (button texts): a bundle that lost either shows English.
        catalogues = [t for t in translators if not isinstance(t, i18n.QtGaps)]
        if language != "en_US" and len(catalogues) < 2:
            raise RuntimeError(f"the {language} translations did not load "
                               f"({len(catalogues)} of 2 catalogues)")
        window = MainWindow(app, language)
        window.show()
        qt_app.processEvents()
        if not window.grab().save(str(picture)):
            raise RuntimeError(f"could not save the window picture to {picture}")
        title = window.windowTitle()
        window.close()
        qt_app.processEvents()
        return title
    finally:
        i18n.uninstall(translators)
