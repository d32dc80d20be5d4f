"""Visits (call reports): contacts met, objections raised, follow-ups."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from kadesk.domain.changes import ChangeSet
from kadesk.domain.enums import ListKind, VisitKind
from kadesk.domain.errors import FieldError
from kadesk.domain.queries import AccountFilter, Period
from kadesk.domain.records import Visit, VisitFields, VisitObjection
from kadesk.domain.validation import visit_errors
from kadesk.services.accounts import list_item_errors
from kadesk.services.base import CHUNK, EntityService
from kadesk.store import models as m
from kadesk.store import queries

# Record fields read straight off the row: on lists of hundreds of visits,
# base.to_record's per-field probing costs more than the queries themselves.
VISIT_COLUMNS = tuple(f.name for f in dataclasses.fields(Visit)
                      if f.name not in ("contact_ids", "objections"))
OBJECTION_COLUMNS = tuple(f.name for f in dataclasses.fields(VisitObjection))


def _select_visits() -> Select[Any]:
    # Plain rows, not ORM objects: a list has no use for identity or change tracking.
    return select(*(getattr(m.Visit, c) for c in VISIT_COLUMNS))


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
        # What the visit already records stays valid when a contact or a custom
        # objection is trashed later: only new references are checked.
        current = session.get(m.Visit, row_id) if row_id is not None else None
        met: set[str] = set()
        recorded: dict[str, str] = {}
        if current is not None:
            if current.account_id == fields.account_id:
                met = set(session.scalars(select(m.VisitContact.contact_id).where(
                    m.VisitContact.visit_id == row_id, m.VisitContact.deleted.is_(False))))
            recorded = {
                row_id_: item_id for row_id_, item_id in session.execute(
                    select(m.VisitObjection.id, m.VisitObjection.objection_id).where(
                        m.VisitObjection.visit_id == row_id,
                        m.VisitObjection.deleted.is_(False)))}
        for contact_id in fields.contact_ids:
            if contact_id in met:
                continue
            contact = session.get(m.Contact, contact_id)
            if contact is None or contact.deleted or contact.account_id != fields.account_id:
                errors.append(FieldError("contact_ids", "other_account"))
                break
        for i, objection in enumerate(fields.objections):
            if objection.id is not None and recorded.get(objection.id) == objection.objection_id:
                continue
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
        return self._records(session, [obj])[0]

    @staticmethod
    def _records(session: Session, rows: Sequence[Any]) -> list[Visit]:
        """Records of ``rows`` (ORM objects or _select_visits rows) with their children:
        a constant number of queries per chunk of visits."""
        contacts: dict[str, list[str]] = defaultdict(list)
        objections: dict[str, list[VisitObjection]] = defaultdict(list)
        ids = [v.id for v in rows]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            for visit_id, contact_id in session.execute(
                    select(m.VisitContact.visit_id, m.VisitContact.contact_id)
                    .join(m.Contact, m.Contact.id == m.VisitContact.contact_id)
                    .where(m.VisitContact.visit_id.in_(chunk), m.VisitContact.deleted.is_(False))
                    .order_by(m.Contact.sort_key, m.Contact.id)):
                contacts[visit_id].append(contact_id)
            for o in session.scalars(
                    select(m.VisitObjection)
                    .where(m.VisitObjection.visit_id.in_(chunk),
                           m.VisitObjection.deleted.is_(False))
                    # Rows written together share created_at: rowid keeps the order entered.
                    .order_by(m.VisitObjection.created_at,
                              literal_column("visit_objection.rowid"))):
                objections[o.visit_id].append(
                    VisitObjection(**{c: getattr(o, c) for c in OBJECTION_COLUMNS}))
        return [Visit(**{c: getattr(v, c) for c in VISIT_COLUMNS},
                      contact_ids=tuple(contacts[v.id]), objections=tuple(objections[v.id]))
                for v in rows]

    def of_account(self, account_id: str, limit: int | None = None) -> list[Visit]:
        """The account's visits, newest first."""
        query = (_select_visits()
                 .where(m.Visit.account_id == account_id, m.Visit.deleted.is_(False))
                 .order_by(m.Visit.occurred_at.desc()).limit(limit))
        with self.app.db.read() as session:
            return self._records(session, session.execute(query).all())

    def in_period(self, period: Period, owner: str | None = None, *,
                  kind: VisitKind | None = None, account_text: str = "",
                  limit: int | None = None, newest_first: bool = False) -> list[Visit]:
        """Visits of live accounts within the period, oldest first (or newest first).

        ``account_text`` matches account names as the account search does;
        ``limit`` caps the rows for views (count_in_period gives the total).
        """
        when = m.Visit.occurred_at.desc() if newest_first else m.Visit.occurred_at
        with self.app.db.read() as session:
            query = (self._period_query(session, _select_visits(), period, owner=owner,
                                        kind=kind, account_text=account_text, counting=False)
                     .order_by(when, m.Visit.id).limit(limit))
            return self._records(session, session.execute(query).all())

    def count_in_period(self, period: Period, owner: str | None = None, *,
                        kind: VisitKind | None = None, account_text: str = "") -> int:
        with self.app.db.read() as session:
            return session.scalar(self._period_query(
                session, select(func.count()), period, owner=owner, kind=kind,
                account_text=account_text, counting=True)) or 0

    @staticmethod
    def _live(query: Select[Any], counting: bool) -> Select[Any]:
        """Visits not in the trash, of accounts not in the trash.

        A capped list reads few rows, so a join (one lookup a row) is cheapest;
        a count reads them all, so testing against the short list of trashed
        accounts is, at 300,000 visits, two to three times faster.
        """
        query = query.select_from(m.Visit).where(m.Visit.deleted.is_(False))
        if counting:
            return query.where(m.Visit.account_id.not_in(
                select(m.Account.id).where(m.Account.deleted.is_(True))))
        return (query.join(m.Account, m.Account.id == m.Visit.account_id)
                .where(m.Account.deleted.is_(False)))

    def _period_query(self, session: Session, query: Select[Any], period: Period, *,
                      owner: str | None, kind: VisitKind | None, account_text: str,
                      counting: bool) -> Select[Any]:
        start, end = period.bounds()
        query = self._live(query, counting).where(m.Visit.occurred_at >= start,
                                                  m.Visit.occurred_at < end)
        if owner:
            query = query.where(m.Visit.owner == owner)
        if kind:
            query = query.where(m.Visit.kind == kind)
        if account_text.strip():
            # The account list's own matcher: pinyin, initials, traditional forms.
            query = query.where(m.Visit.account_id.in_(queries.account_ids(
                session, AccountFilter(text=account_text), self.app.today())))
        return query

    def follow_ups_due(self, on: date | None = None, *, since: date | None = None,
                       rep: str | None = None, newest_first: bool = False,
                       offset: int = 0, limit: int | None = None) -> list[Visit]:
        """Open follow-ups due on or before ``on`` (today by default), earliest first
        (or, for the overdue list, newest first: last week's before last year's).

        ``since`` keeps only those due on or after it (``since=on``: due that day);
        ``rep`` only that rep's (see ``_follow_up_query``); ``offset`` and ``limit`` page.
        """
        when = m.Visit.follow_up_date.desc() if newest_first else m.Visit.follow_up_date
        query = (self._follow_up_query(_select_visits(), False, on, since, rep)
                 .order_by(when, m.Visit.id).offset(offset).limit(limit))
        with self.app.db.read() as session:
            return self._records(session, session.execute(query).all())

    def count_follow_ups_due(self, on: date | None = None, *, since: date | None = None,
                             rep: str | None = None) -> int:
        with self.app.db.read() as session:
            return session.scalar(
                self._follow_up_query(select(func.count()), True, on, since, rep)) or 0

    def open_follow_ups(self, account_id: str) -> list[Visit]:
        """The account's follow-ups not yet done, whatever their date, earliest first:
        what a new visit may settle."""
        query = (_select_visits().where(
            m.Visit.account_id == account_id, m.Visit.deleted.is_(False),
            m.Visit.follow_up_done.is_(False), m.Visit.follow_up_date.is_not(None))
            .order_by(m.Visit.follow_up_date, m.Visit.id))
        with self.app.db.read() as session:
            return self._records(session, session.execute(query).all())

    def _follow_up_query(self, query: Select[Any], counting: bool, on: date | None,
                         since: date | None, rep: str | None = None) -> Select[Any]:
        # With _live's "not deleted", these match the partial index ix_visit_open_follow_up.
        day = on or self.app.today()
        query = self._live(query, counting).where(m.Visit.follow_up_done.is_(False),
                                                  m.Visit.follow_up_date <= day)
        if rep:
            # The rep's own visits, and visits nobody signed on the rep's accounts.
            query = query.where(or_(m.Visit.owner == rep, and_(
                m.Visit.owner == "", m.Visit.account_id.in_(
                    select(m.Account.id).where(m.Account.owner == rep)))))
        return query if since is None else query.where(m.Visit.follow_up_date >= since)

    def owners(self) -> list[str]:
        """Every rep who has logged a visit, for the visit log's filter."""
        with self.app.db.read() as session:
            return list(session.scalars(
                select(m.Visit.owner).where(m.Visit.owner != "").distinct()
                .order_by(m.Visit.owner)))

    def accounts_touched(self, changes: ChangeSet) -> set[str] | None:
        """Accounts whose visits (or contacts met, objections) ``changes`` touched.

        None when a bulk change makes that unknowable: views then reload.
        """
        tables = ("visit", "visit_contact", "visit_objection")
        if any(c.entity in tables and c.id is None for c in changes.changes):
            return None
        visit_ids = changes.ids("visit")
        with self.app.db.read() as session:
            for model, ids in ((m.VisitContact, changes.ids("visit_contact")),
                               (m.VisitObjection, changes.ids("visit_objection"))):
                if ids:
                    visit_ids |= set(session.scalars(
                        select(model.visit_id).where(model.id.in_(list(ids)))))
            if not visit_ids:
                return set()
            return set(session.scalars(
                select(m.Visit.account_id).where(m.Visit.id.in_(list(visit_ids))).distinct()))
