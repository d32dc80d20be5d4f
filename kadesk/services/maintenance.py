"""Database care: integrity check and backup, for the CLI and the File menu."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from kadesk.store import maintenance
from kadesk.store import models as m

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

COUNTED: dict[str, Any] = {"accounts": m.Account, "contacts": m.Contact, "visits": m.Visit,
           "proposals": m.Proposal}


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return not self.problems


class MaintenanceService:
    def __init__(self, app: Kadesk) -> None:
        self.app = app

    def counts(self) -> dict[str, int]:
        """Live (not trashed) rows per kind of record."""
        with self.app.db.read() as session:
            return {
                name: session.scalar(select(func.count()).select_from(model)
                                     .where(model.deleted.is_(False))) or 0
                for name, model in COUNTED.items()
            }

    def check(self) -> CheckReport:
        return CheckReport(tuple(maintenance.integrity_problems(self.app.db)), self.counts())

    def backup(self, target: Path) -> None:
        maintenance.backup_to(self.app.db, target)
