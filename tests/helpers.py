"""Helpers shared by the tests: database snapshots and local times."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import text

from kadesk.store.db import Database
from kadesk.store.models import Base


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (and the local clock state), for 'nothing changed' checks."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(text(f'SELECT * FROM "{table.name}"')).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def at_noon(day: date) -> datetime:
    """Midday of ``day`` in the local time zone, as an aware datetime."""
    return datetime.combine(day, time(12)).astimezone()
