"""Contacts: the people of the buying centre, and who reports to whom."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kadesk.domain.errors import FieldError
from kadesk.domain.records import Contact, ContactFields
from kadesk.domain.validation import contact_errors, map_errors, normalized_contact
from kadesk.services.base import EntityService, Saved, check, to_record
from kadesk.store import models as m
from kadesk.store import queries

# Positions beyond this are a bug or a damaged file, not a user's drag (points).


class ContactService(EntityService[ContactFields, Contact]):
    model = m.Contact
    fields_cls = ContactFields
    entity = "contact"

    def _parent(self, fields: ContactFields) -> tuple[type[m.Synced], str]:
        return m.Account, fields.account_id

    def _normalized(self, fields: ContactFields) -> ContactFields:
        return normalized_contact(fields)

    def _errors(self, session: Session, fields: ContactFields, row_id: str | None
                ) -> list[FieldError]:
        errors = contact_errors(fields, self.app.today())
        if row_id is not None:
            current = session.get(m.Contact, row_id)
            # A number stored before today's rule must not block other edits.
            errors = [e for e in errors if not (
                e.code == "bad_phone" and current is not None
                and getattr(current, e.field) == getattr(fields, e.field))]
            if current is not None and current.account_id != fields.account_id:
                errors.append(FieldError("account_id", "other_account"))
        if fields.site_id is not None:
            site = session.get(m.Site, fields.site_id)
            if site is None or site.account_id != fields.account_id:
                errors.append(FieldError("site_id", "other_account"))
        return errors + self._reports_to_errors(session, fields, row_id)

    def _reports_to_errors(self, session: Session, fields: ContactFields, row_id: str | None
                           ) -> list[FieldError]:
        manager_id = fields.reports_to_id
        if manager_id is None:
            return []
        if manager_id == row_id:
            return [FieldError("reports_to_id", "self_reference")]
        current = session.get(m.Contact, row_id) if row_id is not None else None
        if current is not None and current.reports_to_id == manager_id:
            return []  # unchanged: a manager trashed later must not block other edits
        manager = session.get(m.Contact, manager_id)
        if manager is None or manager.deleted or manager.account_id != fields.account_id:
            return [FieldError("reports_to_id", "other_account")]
        # Walk up from the proposed manager: meeting this contact means a loop.
        seen: set[str] = set()
        cursor: m.Contact | None = manager
        while cursor is not None and cursor.id not in seen:
            if cursor.id == row_id:
                return [FieldError("reports_to_id", "reports_to_cycle", {"name": manager.name})]
            seen.add(cursor.id)
            cursor = session.get(m.Contact, cursor.reports_to_id) if cursor.reports_to_id else None
        return []

    def _record(self, session: Session, obj: Any) -> Contact:
        return to_record(Contact, obj, last_met_at=queries.last_met(session, [obj.id]).get(obj.id))

    def of_account(self, account_id: str, *, deleted: bool = False) -> list[Contact]:
        """The account's contacts (or those in its trash), by name."""
        return self._listed(m.Contact.account_id == account_id,
                            m.Contact.deleted.is_(deleted))

    def every(self) -> list[Contact]:
        """Every live contact of a live account, by name: a whole address book."""
        return self._listed(m.Contact.deleted.is_(False), m.Contact.account_id.in_(
            select(m.Account.id).where(m.Account.deleted.is_(False))))

    def _listed(self, *where: Any) -> list[Contact]:
        with self.app.db.read() as session:
            rows = list(session.scalars(
                select(m.Contact).where(*where)
                # Pinyin order, as the account list: code points would put 周 before 阿.
                .order_by(m.Contact.sort_key, m.Contact.id)))
            met = queries.last_met(session, [c.id for c in rows])
            return [to_record(Contact, c, last_met_at=met.get(c.id)) for c in rows]

    def as_drawn(self, account_id: str, contacts: Sequence[Contact]) -> list[Contact]:
        """The account's contacts as the map draws them: where two concurrent edits made
        a reports-to loop, its newest link is left out (every replica draws the same)."""
        shown = self.app.sync.displayed_reports_to(account_id)
        return [c if shown.get(c.id, c.reports_to_id) == c.reports_to_id
                else dataclasses.replace(c, reports_to_id=shown[c.id]) for c in contacts]

    def place(self, positions: Mapping[str, tuple[float, float] | None]) -> Saved[list[Contact]]:
        """Pin contacts to points on the contact map, or (None) hand them back to the
        automatic layout; one transaction, so a re-layout is one change to undo."""
        check([e for spot in positions.values() if spot is not None
               for e in map_errors(*spot)])

        def work(session: Session) -> list[Contact]:
            rows = [self.load(session, contact_id) for contact_id in positions]
            for obj in rows:
                spot = positions[obj.id]
                x, y = (None, None) if spot is None else (round(spot[0], 1), round(spot[1], 1))
                if (obj.map_x, obj.map_y) != (x, y):
                    obj.map_x, obj.map_y = x, y
            session.flush()
            return [self._record(session, obj) for obj in rows]

        return self.app.commit(work)
