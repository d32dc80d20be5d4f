"""The team's letterhead and company profile (one synced row, store.models.Letterhead):
what every rep of a team prints as "us", set once and carried to the others by sync."""

from __future__ import annotations

import base64
import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kadesk.domain.errors import FieldError
from kadesk.domain.records import Letterhead, LetterheadFields
from kadesk.domain.validation import LOGO_MAX_BYTES, letterhead_errors, logo_bytes
from kadesk.services.base import Saved, check, to_record
from kadesk.store import models as m

# Before the team letterhead, each laptop kept these two settings (0007).
LEGACY_SETTINGS = ("company_name", "company_logo")

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk


class LetterheadService:
    def __init__(self, app: Kadesk) -> None:
        self.app = app

    def get(self) -> Letterhead:
        with self.app.db.read() as session:
            return to_record(Letterhead, session.get(m.Letterhead, m.LETTERHEAD_ID))

    def update(self, **changes: Any) -> Saved[Letterhead]:
        """Change some fields; refuses (ValidationError) and changes nothing if any is
        wrong."""
        names = {f.name for f in dataclasses.fields(LetterheadFields)}
        check([FieldError(name, "unknown_field") for name in sorted(set(changes) - names)])

        def work(session: Session) -> Letterhead:
            row = session.get(m.Letterhead, m.LETTERHEAD_ID)
            current = to_record(LetterheadFields, row)
            check(letterhead_errors(dataclasses.replace(current, **changes)))
            for key, value in changes.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
            session.flush()
            return to_record(Letterhead, row)

        return self.app.commit(work)

    def adopt_legacy_settings(self) -> None:
        """Move this laptop's old company name and logo (a file path) into the team
        letterhead, unless the team has set its own; then forget the old settings."""
        with self.app.db.read() as session:
            old = {s.key: json.loads(s.value) for s in session.scalars(
                select(m.Setting).where(m.Setting.key.in_(LEGACY_SETTINGS)))}
        if not old:
            return
        current = self.get()
        changes: dict[str, Any] = {}
        if old.get("company_name") and not current.company_name:
            changes["company_name"] = str(old["company_name"])[:200]
        logo = _read_logo(str(old.get("company_logo") or ""))
        if logo and not current.logo:
            changes["logo"] = logo

        def work(session: Session) -> None:
            row = session.get(m.Letterhead, m.LETTERHEAD_ID)
            for key, value in changes.items():
                setattr(row, key, value)
            session.execute(delete(m.Setting).where(m.Setting.key.in_(LEGACY_SETTINGS)))

        self.app.commit(work)


def _read_logo(path: str) -> str:
    """A logo file as the letterhead keeps it (base64), or "" if it cannot be used."""
    try:
        data = Path(path).read_bytes() if path else b""
    except OSError:
        return ""
    encoded = base64.b64encode(data).decode("ascii")
    return encoded if len(data) <= LOGO_MAX_BYTES and logo_bytes(encoded) else ""
