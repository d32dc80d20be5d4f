"""The application facade: one open database and every use case over it.

UI, CLI, reports and sync hold one ``Kadesk`` and call its services; each
write returns what changed and is broadcast once to subscribers as
(changes, initiator), so every view showing a record can refresh it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from kadesk.domain.changes import ChangeSet
from kadesk.services.accounts import AccountService, SiteService
from kadesk.services.base import Saved
from kadesk.services.contacts import ContactService
from kadesk.services.exports import ExportService
from kadesk.services.imports import ImportService
from kadesk.services.letterhead import LetterheadService
from kadesk.services.lists import ListService
from kadesk.services.maintenance import MaintenanceService
from kadesk.services.proposals import ProposalService
from kadesk.services.relations import RelationService
from kadesk.services.search import SearchService
from kadesk.services.settings import SettingsService
from kadesk.services.sync import SyncService
from kadesk.services.team import TeamService
from kadesk.services.visits import VisitService
from kadesk.store.db import Database

T = TypeVar("T")
Listener = Callable[[ChangeSet, object], None]


class Kadesk:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.today = today
        self._listeners: list[Listener] = []
        self.accounts = AccountService(self)
        self.sites = SiteService(self)
        self.contacts = ContactService(self)
        self.relations = RelationService(self)
        self.visits = VisitService(self)
        self.proposals = ProposalService(self)
        self.lists = ListService(self)
        self.search = SearchService(self)
        self.settings = SettingsService(self)
        self.letterhead = LetterheadService(self)
        self.maintenance = MaintenanceService(self)
        self.sync = SyncService(self)
        self.team = TeamService(self)
        self.imports = ImportService(self)
        self.exports = ExportService(self)
        self.letterhead.adopt_legacy_settings()

    @classmethod
    def open(cls, path: Path, **kwargs: Any) -> Kadesk:
        return cls(Database(path), **kwargs)

    def close(self) -> None:
        self._listeners.clear()
        self.db.close()

    def __enter__(self) -> Kadesk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop telling ``listener``; twice is harmless (a window closed twice)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def commit(self, work: Callable[[Session], T], initiator: object = None) -> Saved[T]:
        """Run ``work`` in one transaction, then tell every subscriber what changed."""
        result, changes = self.db.apply(work)
        self.broadcast(changes, initiator)
        return Saved(result, changes)

    def broadcast(self, changes: ChangeSet, initiator: object = None) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes, initiator)
