"""Visits (call reports): contacts met, objections raised, follow-ups."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kadesk.domain.enums import ListKind
from kadesk.domain.errors import FieldError
from kadesk.domain.queries import Period
from kadesk.domain.records import Visit, VisitFields, VisitObjection
from kadesk.domain.validation import visit_errors
from kadesk.services.accounts import list_item_errors
from kadesk.services.base import EntityService, to_record
from kadesk.store import models as m


class VisitService(EntityService[VisitFields, Visit]):
    model = m.Visit
    fields_cls = VisitFields
    entity = "visit"
    children = ("contact_ids", "objections")

    def _parent(self, fields: VisitFields) -> tuple[type[m.Synced], str]:
        return m.Account, fields.account_id

    def _errors(self, session: Session, fields: VisitFields, row_id: str | None
                ) -> list[FieldError]:
        errors = visit_errors(fields)
        if fields.site_id is not None:
            site = session.get(m.Site, fields.site_id)
            if site is None or site.account_id != fields.account_id:
                errors.append(FieldError("site_id", "other_account"))
        for contact_id in fields.contact_ids:
            contact = session.get(m.Contact, contact_id)
            if contact is None or contact.deleted or contact.account_id != fields.account_id:
                errors.append(FieldError("contact_ids", "other_account"))
                break
        for i, objection in enumerate(fields.objections):
            errors += list_item_errors(session, f"objections[{i}].objection_id",
                                       objection.objection_id, ListKind.OBJECTION)
        return errors

    def _write_children(self, session: Session, obj: Any, fields: VisitFields) -> None:
        self._write_contacts(session, obj.id, fields.contact_ids)
        self._write_objections(session, obj.id, fields)

    @staticmethod
    def _write_contacts(session: Session, visit_id: str, contact_ids: tuple[str, ...]) -> None:
        existing = {
            link.contact_id: link for link in
            session.scalars(select(m.VisitContact).where(m.VisitContact.visit_id == visit_id))
        }
        wanted = set(contact_ids)
        for contact_id, link in existing.items():
            if link.deleted == (contact_id in wanted):
                link.deleted = contact_id not in wanted
        for contact_id in wanted - existing.keys():
            session.add(m.VisitContact(id=m.visit_contact_id(visit_id, contact_id),
                                       visit_id=visit_id, contact_id=contact_id))

    @staticmethod
    def _write_objections(session: Session, visit_id: str, fields: VisitFields) -> None:
        existing = {
            o.id: o for o in
            session.scalars(select(m.VisitObjection).where(m.VisitObjection.visit_id == visit_id))
        }
        kept: set[str] = set()
        for o in fields.objections:
            values = {"objection_id": o.objection_id, "details": o.details,
                      "response": o.response, "resolved": o.resolved}
            row = existing.get(o.id) if o.id else None
            if row is None:
                session.add(m.VisitObjection(visit_id=visit_id, **values))
                continue
            kept.add(row.id)
            for key, value in {**values, "deleted": False}.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
        for row_id, row in existing.items():
            if row_id not in kept and not row.deleted:
                row.deleted = True

    def _record(self, session: Session, obj: Any) -> Visit:
        session.flush()
        contacts = session.scalars(
            select(m.VisitContact.contact_id)
            .join(m.Contact, m.Contact.id == m.VisitContact.contact_id)
            .where(m.VisitContact.visit_id == obj.id, m.VisitContact.deleted.is_(False))
            .order_by(m.Contact.search_key))
        objections = session.scalars(
            select(m.VisitObjection)
            .where(m.VisitObjection.visit_id == obj.id, m.VisitObjection.deleted.is_(False))
            .order_by(m.VisitObjection.created_at, m.VisitObjection.id))
        return to_record(
            Visit, obj, contact_ids=tuple(contacts),
            objections=tuple(to_record(VisitObjection, o) for o in objections),
        )

    def of_account(self, account_id: str, limit: int | None = None) -> list[Visit]:
        """The account's visits, newest first."""
        query = (select(m.Visit)
                 .where(m.Visit.account_id == account_id, m.Visit.deleted.is_(False))
                 .order_by(m.Visit.occurred_at.desc()).limit(limit))
        with self.app.db.read() as session:
            return [self._record(session, v) for v in session.scalars(query)]

    def in_period(self, period: Period, owner: str | None = None) -> list[Visit]:
        """Visits of live accounts within the period, oldest first."""
        start, end = period.bounds()
        query = (select(m.Visit).join(m.Account, m.Account.id == m.Visit.account_id)
                 .where(m.Visit.deleted.is_(False), m.Account.deleted.is_(False),
                        m.Visit.occurred_at >= start, m.Visit.occurred_at < end)
                 .order_by(m.Visit.occurred_at))
        if owner:
            query = query.where(m.Visit.owner == owner)
        with self.app.db.read() as session:
            return [self._record(session, v) for v in session.scalars(query)]

    def follow_ups_due(self, on: date | None = None) -> list[Visit]:
        """Open follow-ups due on or before ``on`` (today by default), earliest first."""
        day = on or self.app.today()
        query = (select(m.Visit).join(m.Account, m.Account.id == m.Visit.account_id)
                 .where(m.Visit.deleted.is_(False), m.Account.deleted.is_(False),
                        m.Visit.follow_up_done.is_(False), m.Visit.follow_up_date <= day)
                 .order_by(m.Visit.follow_up_date))
        with self.app.db.read() as session:
            return [self._record(session, v) for v in session.scalars(query)]
