"""Merging duplicates: two records of one company or person, made offline by two reps.

Every step is an ordinary clocked edit (children re-pointed, the other record
trashed with a merged-into pointer), so the merge syncs like any change.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kadesk.domain.errors import SyncError
from kadesk.domain.syncspec import ConflictKind
from kadesk.store import models as m
from kadesk.store.sync_state import settle

_ACCOUNT_CHILDREN: tuple[type[m.Synced], ...] = (m.Site, m.Contact, m.ContactRelation,
                                                 m.Visit, m.Proposal)


def merge_duplicates(session: Session, keep_id: str, other_id: str) -> None:
    keep: m.Account | m.Contact | None = session.get(m.Account, keep_id)
    other: m.Account | m.Contact | None = session.get(m.Account, other_id)
    if keep is None and other is None:
        keep, other = session.get(m.Contact, keep_id), session.get(m.Contact, other_id)
    if keep is None or other is None or keep_id == other_id or keep.deleted or other.deleted:
        raise SyncError("sync_merge_mismatch", keep=keep_id, other=other_id)
    if isinstance(other, m.Account):
        for child in _ACCOUNT_CHILDREN:
            for row in session.scalars(select(child).where(
                    child.account_id == other_id)):  # type: ignore[attr-defined]
                row.account_id = keep_id  # type: ignore[attr-defined]
    else:
        _move_contact(session, keep_id, other_id)
    other.merged_into_id = keep_id
    other.deleted = True
    session.flush()
    for conflict in session.scalars(select(m.SyncConflict).where(
            m.SyncConflict.kind == ConflictKind.POSSIBLE_DUPLICATE.value,
            m.SyncConflict.resolution.is_(None),
            m.SyncConflict.row_id.in_((keep_id, other_id)),
            m.SyncConflict.grp.in_((keep_id, other_id)))):
        settle(session, conflict, "merged")


def _move_contact(session: Session, keep_id: str, other_id: str) -> None:
    for report in session.scalars(select(m.Contact).where(m.Contact.reports_to_id == other_id)):
        report.reports_to_id = keep_id if report.id != keep_id else None
    for relation in session.scalars(select(m.ContactRelation).where(
            (m.ContactRelation.from_contact_id == other_id)
            | (m.ContactRelation.to_contact_id == other_id))):
        if relation.from_contact_id == other_id:
            relation.from_contact_id = keep_id
        if relation.to_contact_id == other_id:
            relation.to_contact_id = keep_id
        if relation.from_contact_id == relation.to_contact_id:
            relation.deleted = True
    # Contacts met: the row id is derived from (visit, contact), so move by re-creating.
    for met in session.scalars(select(m.VisitContact).where(
            m.VisitContact.contact_id == other_id, m.VisitContact.deleted.is_(False))):
        met.deleted = True
        new_id = m.visit_contact_id(met.visit_id, keep_id)
        existing = session.get(m.VisitContact, new_id)
        if existing is None:
            session.add(m.VisitContact(id=new_id, visit_id=met.visit_id, contact_id=keep_id))
        elif existing.deleted:
            existing.deleted = False
