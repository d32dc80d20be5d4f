"""File → Team: secure the team, request admission, admit or revoke a colleague's
computer (issue 15). The services do the work (services/team.py); refusals come
back as messages in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from kadesk.domain.errors import KadeskError
from kadesk.ui.messages import error_message

if TYPE_CHECKING:
    from kadesk.ui.main_window import MainWindow

SUFFIX = ".kadesk-admission"


class TeamActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.app
        act = window.action
        self.secure = act(self.tr("&Secure this team…"), self.secure_team, None,
                          self.tr("Seal and sign this team's packages, with this computer "
                                  "as its admin"))
        self.request = act(self.tr("&Request admission…"), self.request_admission, None,
                           self.tr("Write this computer's admission request for head office"))
        self.admit = act(self.tr("&Admit a colleague…"), self.admit_colleague, None,
                         self.tr("Admit the computer of an admission request"))
        self.revoke = act(self.tr("Re&voke a colleague…"), self.revoke_colleague, None,
                          self.tr("Refuse a departed colleague's packages from now on"))

    def menu(self) -> QMenu:
        menu = QMenu(self.tr("&Team"), self.window)
        for action in (self.secure, self.request, self.admit, self.revoke):
            menu.addAction(action)
        return menu

    def secure_team(self) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Secure this team"), self.tr(
                "From now on this computer's packages are sealed for the team's members and "
                "signed, and it admits and revokes computers. Each colleague sends you an "
                "admission request once; until you admit it, their packages are refused "
                "(their edits wait, nothing is lost).\n\nSecure this team?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes and self._do(self.app.team.secure):
            self._say(self.tr("This team is secured. Admit each colleague's admission "
                              "request with Team → Admit a colleague…."))

    def request_admission(self) -> None:
        path = self._ask(self.tr("Request admission"), save=True)
        if path is not None and self._do(lambda: self.app.team.write_request(path)):
            self._say(self.tr("Wrote {file}. Send it to head office: it holds this "
                              "computer's public keys and name, nothing else.").format(
                file=path.name))

    def admit_colleague(self) -> None:
        path = self._ask(self.tr("Admit a colleague"), save=False)
        if path is None:
            return
        admitted: list[str] = []
        if self._do(lambda: admitted.append(self.app.team.admit(path))):
            self._say(self.tr("Admitted {name}. Your next package for them carries their "
                              "copy of the team key.").format(name=admitted[0]))

    def revoke_colleague(self) -> None:
        roster = self.app.team.roster()
        names = [m.name for m in roster.members if m.key != roster.me]
        if not names:
            self._say(self.tr("There is no other member of this team to revoke."))
            return
        name, ok = QInputDialog.getItem(self.window, self.tr("Revoke a colleague"),
                                        self.tr("Computer to revoke:"), names, 0, False)
        if not ok:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Revoke a colleague"), self.tr(
                "Revoke {name}? Their packages are refused from now on wherever your "
                "packages arrive, and the team key changes. What they sent before stays."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes and self._do(
                lambda: self.app.team.revoke(name)):
            self._say(self.tr("{name} is revoked.").format(name=name))

    # -- helpers ---------------------------------------------------------------------
    def _ask(self, title: str, *, save: bool) -> Path | None:
        settings = QSettings()
        folder = str(settings.value("sync/folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        pattern = self.tr("kadesk admission request (*{ext})").format(ext=SUFFIX)
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        name = (self.app.sync.own_name() + SUFFIX) if save else ""
        path, _ = ask(self.window, title, str(Path(folder) / name), pattern)
        if not path:
            return None
        chosen = Path(path)
        if save and not chosen.name.endswith(SUFFIX):
            chosen = chosen.with_name(chosen.name + SUFFIX)
        return chosen

    def _do(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except KadeskError as error:
            QMessageBox.warning(self.window, "kadesk", error_message(error))
            return False
        except OSError as error:
            QMessageBox.warning(self.window, "kadesk", self.tr(
                "{reason}. Nothing was changed.").format(reason=error.strerror or error))
            return False
        return True

    def _say(self, text: str) -> None:
        QMessageBox.information(self.window, "kadesk", text)
