"""Proposals (方案) with line items, numbered and versioned."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kadesk.domain.enums import OPEN_PROPOSALS, ProposalStatus
from kadesk.domain.errors import FieldError
from kadesk.domain.records import Proposal, ProposalFields, ProposalItemFields
from kadesk.domain.validation import proposal_errors
from kadesk.services.base import EntityService, Saved, to_record
from kadesk.store import models as m

ITEM_COLUMNS = ("description", "quantity_milli", "unit", "unit_price_cents", "discount_bp",
                "tax_bp")


class ProposalService(EntityService[ProposalFields, Proposal]):
    model = m.Proposal
    fields_cls = ProposalFields
    entity = "proposal"
    children = ("items",)

    def _parent(self, fields: ProposalFields) -> tuple[type[m.Synced], str]:
        return m.Account, fields.account_id

    def _errors(self, session: Session, fields: ProposalFields, row_id: str | None
                ) -> list[FieldError]:
        errors = proposal_errors(fields)
        if row_id is not None and fields.issued_on is None:  # create fills in today
            errors.append(FieldError("issued_on", "required"))
        if fields.addressee_id:
            contact = session.get(m.Contact, fields.addressee_id)
            if contact is None or contact.deleted:
                errors.append(FieldError("addressee_id", "unknown_contact"))
            elif contact.account_id != fields.account_id:
                errors.append(FieldError("addressee_id", "other_account"))
        return errors

    def create(self, fields: ProposalFields) -> Saved[Proposal]:
        if fields.issued_on is None:
            fields = dataclasses.replace(fields, issued_on=self.app.today())
        if not fields.number:
            # Date plus a device-unique suffix: numbers never clash between laptops.
            seq = self.app.db.clock.seq + 1
            number = f"P{self.app.today():%Y%m%d}-{self.app.db.device_id[:4]}{seq % 1000:03d}"
            fields = dataclasses.replace(fields, number=number)
        return super().create(fields)

    def new_version(self, proposal_id: str) -> Saved[Proposal]:
        """A draft copy with the next version number; the old one is kept as it was."""
        old = self.get(proposal_id)
        base = {f.name: getattr(old, f.name) for f in dataclasses.fields(ProposalFields)}
        items = tuple(dataclasses.replace(i, id=None) for i in old.items)
        return self.create(ProposalFields(**{
            **base, "version": old.version + 1, "status": ProposalStatus.DRAFT,
            "previous_version_id": old.id, "items": items, "issued_on": self.app.today(),
        }))

    def _write_children(self, session: Session, obj: Any, fields: ProposalFields) -> None:
        existing = {
            i.id: i for i in
            session.scalars(select(m.ProposalItem).where(m.ProposalItem.proposal_id == obj.id))
        }
        kept: set[str] = set()
        for position, item in enumerate(fields.items):
            values = {c: getattr(item, c) for c in ITEM_COLUMNS} | {"position": position}
            row = existing.get(item.id) if item.id else None
            if row is None:
                session.add(m.ProposalItem(proposal_id=obj.id, **values))
                continue
            kept.add(row.id)
            for key, value in {**values, "deleted": False}.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
        for row_id, row in existing.items():
            if row_id not in kept and not row.deleted:
                row.deleted = True

    def _record(self, session: Session, obj: Any) -> Proposal:
        session.flush()
        items = session.scalars(
            select(m.ProposalItem)
            .where(m.ProposalItem.proposal_id == obj.id, m.ProposalItem.deleted.is_(False))
            .order_by(m.ProposalItem.position, m.ProposalItem.id))
        return to_record(Proposal, obj,
                         items=tuple(to_record(ProposalItemFields, i) for i in items))

    def of_account(self, account_id: str) -> list[Proposal]:
        """The account's proposals, newest first."""
        with self.app.db.read() as session:
            rows = session.scalars(
                select(m.Proposal)
                .where(m.Proposal.account_id == account_id, m.Proposal.deleted.is_(False))
                .order_by(m.Proposal.created_at.desc()))
            return [self._record(session, p) for p in rows]

    def by_number(self, number: str) -> list[Proposal]:
        """The live proposals numbered ``number``: its versions, newest first."""
        with self.app.db.read() as session:
            rows = session.scalars(
                select(m.Proposal)
                .where(m.Proposal.number == number.strip(), m.Proposal.deleted.is_(False))
                .order_by(m.Proposal.version.desc()))
            return [self._record(session, p) for p in rows]

    def pipeline(self, owner: str | None = None) -> list[Proposal]:
        """Open proposals (draft or sent, not past their validity) of every account, or
        of the accounts ``owner`` owns: the pipeline a manager reads, largest first."""
        today = self.app.today()
        query = (select(m.Proposal).join(m.Account, m.Account.id == m.Proposal.account_id)
                 .where(m.Proposal.deleted.is_(False), m.Account.deleted.is_(False),
                        m.Proposal.status.in_(list(OPEN_PROPOSALS)),
                        or_(m.Proposal.valid_until.is_(None), m.Proposal.valid_until >= today)))
        if owner:
            query = query.where(m.Account.owner == owner)
        with self.app.db.read() as session:
            found = [self._record(session, p) for p in session.scalars(query)]
        return sorted(found, key=lambda p: (-p.total.cents, p.number))
