"""Relays the services' change broadcasts as a Qt signal, on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kadesk.domain.changes import ChangeSet
from kadesk.services.app import Kadesk


class ChangeBus(QObject):
    # (ChangeSet, initiator): every view that shows a record listens here.
    changed = Signal(object, object)

    def __init__(self, app: Kadesk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        app.subscribe(self._relay)

    def _relay(self, changes: ChangeSet, initiator: object) -> None:
        self.changed.emit(changes, initiator)

    def close(self) -> None:
        self._app.unsubscribe(self._relay)
