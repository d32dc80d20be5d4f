"""Per-installation settings: the rep, the language, the time zone. Kept in the database,
never synced; the company as printed is the team's (services/letterhead.py)."""

from __future__ import annotations

import json
from datetime import tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from kadesk.store.models import Setting

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

DEFAULTS: dict[str, Any] = {
    "rep_name": "",
    "rep_phone": "",
    "rep_email": "",
    "language": "",  # "" follows the system
    "currency": "CNY",
    "time_zone": "",  # an IANA name such as Asia/Shanghai; "" follows the system
}


class SettingsService:
    def __init__(self, app: Kadesk) -> None:
        self.app = app

    def all(self) -> dict[str, Any]:
        with self.app.db.read() as session:
            stored = {s.key: json.loads(s.value) for s in session.scalars(select(Setting))}
        return {**DEFAULTS, **stored}

    def get(self, key: str) -> Any:
        return self.all()[key]

    def zone(self) -> tzinfo | None:
        """The rep's time zone (Preferences); None, the system's, if unset or unknown."""
        return zone_named(str(self.get("time_zone")))

    def set(self, **values: Any) -> None:
        unknown = set(values) - DEFAULTS.keys()
        if unknown:
            raise KeyError(f"unknown settings: {sorted(unknown)}")
        with self.app.db.write() as session:
            for key, value in values.items():
                session.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))


def zone_named(name: str) -> tzinfo | None:
    """An IANA time zone (Asia/Shanghai); None for "" or a name this system lacks."""
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None
