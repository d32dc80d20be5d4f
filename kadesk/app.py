"""Starting the GUI: the Qt application, the window's shell at once, then the database and
the main window (loaded off the GUI thread)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kadesk import __version__
from kadesk.paths import resources_dir

if TYPE_CHECKING:  # imported off the GUI thread at start (run_gui): it brings the ORM
    from kadesk.services.app import Kadesk


def run_gui(path: Path) -> int:
    """Show the window's shell at once (Qt alone), load the database and the window's
    code off the GUI thread, then put the main window where the shell stands."""
    qt_app = QApplication.instance() or QApplication(sys.argv)
    QApplication.setOrganizationName("kadesk")
    QApplication.setApplicationName("kadesk")
    QApplication.setApplicationVersion(__version__)
    QApplication.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kadesk.svg")))
    from kadesk.ui import i18n
    from kadesk.ui.shell import Shell

    system = i18n.resolve("")  # until the database says which language the rep chose
    translators = i18n.install(system)
    shell = Shell(path)
    shell.show()
    loading = _Loading(path)
    outcome: list[int] = []
    opened: list[Kadesk] = []

    def ready(app: Kadesk) -> None:
        opened.append(app)
        from kadesk.ui.main_window import MainWindow  # imported by the loader already

        language = i18n.resolve(app.settings.get("language"))
        if language != system:
            i18n.uninstall(translators)
            i18n.install(language)
        window = MainWindow(app, language)
        window.setGeometry(shell.geometry())
        window.show()
        shell.close()
        QTimer.singleShot(0, window.ask_who_am_i)

    def failed(error: BaseException) -> None:
        from kadesk.domain.errors import KadeskError
        from kadesk.ui.messages import error_message

        text = error_message(error) if isinstance(error, KadeskError) else \
            QCoreApplication.translate("Startup", "Could not open {path}: {error}").format(
                path=path, error=error)  # e.g. not a database, no permission: no traceback
        QMessageBox.critical(shell, "kadesk", text)
        outcome.append(2)
        shell.close()

    loading.ready.connect(ready)
    loading.failed.connect(failed)
    loading.start()
    code = int(qt_app.exec())
    loading.wait()
    for app in opened:
        app.close()
    return outcome[0] if outcome else code


class _Loading(QThread):
    """Opens the database (migrating it if need be) and imports the window's code, the
    ORM's and the search keys' (pypinyin, OpenCC): seconds the GUI thread never waits."""

    ready = Signal(object)  # the open Kadesk
    failed = Signal(object)  # the exception

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def run(self) -> None:
        try:
            from kadesk.services.app import Kadesk

            app = Kadesk.open(self.path)
            import kadesk.ui.main_window  # noqa: F401  (its import chain, here)
            from kadesk.domain.readings import spell

            spell("华为")  # loads pypinyin's dictionaries: not at the first save
        except Exception as error:  # reported by the GUI thread
            self.failed.emit(error)
        else:
            self.ready.emit(app)


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
