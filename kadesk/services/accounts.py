"""Accounts and their sites."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kadesk.domain.enums import ListKind
from kadesk.domain.errors import FieldError
from kadesk.domain.queries import AccountFilter, AccountSort
from kadesk.domain.records import Account, AccountFields, AccountSummary, Site, SiteFields
from kadesk.domain.validation import account_errors, site_errors
from kadesk.services.base import EntityService, to_record
from kadesk.store import models as m
from kadesk.store import queries


def list_item_errors(session: Session, field: str, item_id: str | None,
                     kind: ListKind) -> list[FieldError]:
    if item_id is None:
        return []
    item = session.get(m.ListItem, item_id)
    if item is None or item.deleted or item.kind != kind:
        return [FieldError(field, "unknown_list_item", {"kind": kind.en.lower(), "value": item_id})]
    return []


class AccountService(EntityService[AccountFields, Account]):
    model = m.Account
    fields_cls = AccountFields
    entity = "account"

    def _errors(self, session: Session, fields: AccountFields, row_id: str | None
                ) -> list[FieldError]:
        industry = fields.industry_id
        current = session.get(m.Account, row_id) if row_id is not None else None
        if current is not None and current.industry_id == industry:
            industry = None  # a custom industry trashed later must not block other edits
        return [*account_errors(fields),
                *list_item_errors(session, "industry_id", industry, ListKind.INDUSTRY)]

    def _record(self, session: Session, obj: Any) -> Account:
        activity = session.get(m.AccountActivity, obj.id)
        return to_record(
            Account, obj,
            last_visit_at=activity.last_visit_at if activity else None,
            next_follow_up=activity.next_follow_up if activity else None,
        )

    def ids(self, f: AccountFilter = AccountFilter(), sort: AccountSort = AccountSort.NAME,
            descending: bool = False) -> list[str]:
        """All matching ids in order: what the list model holds (rows load by page)."""
        with self.app.db.read() as session:
            return queries.account_ids(session, f, self.app.today(), sort=sort,
                                       descending=descending)

    def page(self, f: AccountFilter = AccountFilter(), sort: AccountSort = AccountSort.NAME,
             descending: bool = False, offset: int = 0, limit: int = 100
             ) -> list[AccountSummary]:
        today = self.app.today()
        with self.app.db.read() as session:
            ids = queries.account_ids(session, f, today, sort=sort, descending=descending,
                                      offset=offset, limit=limit)
            return queries.account_summaries(session, ids, today)

    def summaries(self, ids: list[str]) -> list[AccountSummary]:
        with self.app.db.read() as session:
            return queries.account_summaries(session, ids, self.app.today())

    def count(self, f: AccountFilter = AccountFilter()) -> int:
        with self.app.db.read() as session:
            return queries.account_count(session, f, self.app.today())

    def sites(self, account_id: str) -> list[Site]:
        with self.app.db.read() as session:
            rows = session.scalars(
                select(m.Site).where(m.Site.account_id == account_id, m.Site.deleted.is_(False))
                .order_by(m.Site.kind, m.Site.name)
            )
            return [to_record(Site, s) for s in rows]

    def owners(self) -> list[str]:
        with self.app.db.read() as session:
            return list(session.scalars(
                select(m.Account.owner).where(m.Account.owner != "").distinct()
                .order_by(m.Account.owner)))


class SiteService(EntityService[SiteFields, Site]):
    model = m.Site
    fields_cls = SiteFields
    entity = "site"

    def _parent(self, fields: SiteFields) -> tuple[type[m.Synced], str]:
        return m.Account, fields.account_id

    def _errors(self, session: Session, fields: SiteFields, row_id: str | None
                ) -> list[FieldError]:
        return site_errors(fields)

    def _record(self, session: Session, obj: Any) -> Site:
        return to_record(Site, obj)
