"""Relations between contacts other than reports-to: influences, friend of, former colleague."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from kadesk.domain.enums import RelationKind
from kadesk.domain.errors import FieldError
from kadesk.domain.records import ContactRelation, ContactRelationFields
from kadesk.services.base import EntityService, to_record
from kadesk.store import models as m

# Ties that read the same both ways: A friend of B is B friend of A.
SYMMETRIC = frozenset({RelationKind.FRIEND, RelationKind.FORMER_COLLEAGUE})


class RelationService(EntityService[ContactRelationFields, ContactRelation]):
    model = m.ContactRelation
    fields_cls = ContactRelationFields
    entity = "relation"

    def _parent(self, fields: ContactRelationFields) -> tuple[type[m.Synced], str]:
        return m.Account, fields.account_id

    def _errors(self, session: Session, fields: ContactRelationFields, row_id: str | None
                ) -> list[FieldError]:
        if fields.from_contact_id == fields.to_contact_id:
            return [FieldError("to_contact_id", "self_relation")]
        errors = []
        for name in ("from_contact_id", "to_contact_id"):
            contact = session.get(m.Contact, getattr(fields, name))
            if contact is None or contact.deleted or contact.account_id != fields.account_id:
                errors.append(FieldError(name, "other_account"))
        if not errors and self._duplicate(session, fields, row_id):
            errors.append(FieldError("to_contact_id", "duplicate_relation"))
        return errors

    def _duplicate(self, session: Session, fields: ContactRelationFields,
                   row_id: str | None) -> bool:
        r = m.ContactRelation
        pairs = [(fields.from_contact_id, fields.to_contact_id)]
        if fields.kind in SYMMETRIC:
            pairs.append((fields.to_contact_id, fields.from_contact_id))
        query = select(r.id).where(
            r.kind == fields.kind, r.deleted.is_(False), r.id != (row_id or ""),
            or_(*[(r.from_contact_id == a) & (r.to_contact_id == b) for a, b in pairs]))
        return session.scalar(query.limit(1)) is not None

    def _record(self, session: Session, obj: Any) -> ContactRelation:
        return to_record(ContactRelation, obj)

    def of_account(self, account_id: str) -> list[ContactRelation]:
        """The account's live relations between live contacts, oldest first."""
        r, a, b = m.ContactRelation, aliased(m.Contact), aliased(m.Contact)
        with self.app.db.read() as session:
            rows = session.scalars(
                select(r).join(a, a.id == r.from_contact_id).join(b, b.id == r.to_contact_id)
                .where(r.account_id == account_id, r.deleted.is_(False),
                       a.deleted.is_(False), b.deleted.is_(False))
                .order_by(r.created_at, r.id))
            return [to_record(ContactRelation, row) for row in rows]
