"""Read queries: paged, filtered and sorted in SQL, never by loading a whole table."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from kadesk.domain.enums import CADENCE_DAYS, ListKind
from kadesk.domain.money import Money
from kadesk.domain.queries import AccountFilter, AccountSort, day_start
from kadesk.domain.records import AccountSummary
from kadesk.domain.text import SEP, compact
from kadesk.store.models import (
    Account,
    AccountActivity,
    Contact,
    ListItem,
    Visit,
    VisitContact,
)
from kadesk.store.types import UtcDateTime

# Trigram FTS cannot match fewer than three characters; shorter queries scan.
FTS_MIN = 3


def fts_phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def _text_match(model: type[Account] | type[Contact], query: str) -> ColumnElement[bool]:
    key = compact(query)
    if len(key) >= FTS_MIN:
        fts = f"{model.__tablename__}_fts"
        return literal_column(f"{model.__tablename__}.rowid").in_(
            select(literal_column("rowid")).select_from(text(fts)).where(
                text(f"{fts} MATCH :phrase").bindparams(phrase=fts_phrase(key))
            )
        )
    return model.search_key.contains(key, autoescape=True)


def prefix_rank(model: type[Account] | type[Contact], query: str) -> ColumnElement[int]:
    """0 where some segment of the key starts with the query, else 1: best first."""
    return case((func.instr(model.search_key, SEP + compact(query)) > 0, 0), else_=1)


def overdue_condition(today: date) -> ColumnElement[bool]:
    """No visit within the account's tier cadence (A 30, B 90, C 180 days)."""
    cutoff = case(
        *[(Account.tier == tier.value,
           literal(day_start(today - timedelta(days=days)), UtcDateTime))
          for tier, days in CADENCE_DAYS.items()],
    )
    return or_(AccountActivity.last_visit_at.is_(None), AccountActivity.last_visit_at < cutoff)


def follow_up_due_condition(today: date) -> ColumnElement[bool]:
    return AccountActivity.next_follow_up <= today


def _filtered(f: AccountFilter, today: date) -> Select[Any]:
    query = select(Account.id).outerjoin(AccountActivity).where(Account.deleted == f.deleted)
    conditions: list[ColumnElement[bool]] = []
    if f.text.strip():
        conditions.append(_text_match(Account, f.text))
    for column, chosen in (
        (Account.tier, f.tiers), (Account.account_type, f.types), (Account.region, f.regions),
        (Account.industry_id, f.industry_ids), (Account.relationship_stage, f.stages),
        (Account.owner, f.owners),
    ):
        if chosen:
            conditions.append(column.in_([str(v) for v in chosen]))
    if f.overdue:
        conditions.append(overdue_condition(today))
    if f.follow_up_due:
        conditions.append(follow_up_due_condition(today))
    return query.where(and_(*conditions)) if conditions else query


def _sort_columns(sort: AccountSort) -> list[ColumnElement[object]]:
    industry_order = (
        select(ListItem.sort_order).where(ListItem.id == Account.industry_id).scalar_subquery()
    )
    return {
        AccountSort.NAME: [Account.sort_key],
        AccountSort.TIER: [Account.tier, Account.sort_key],
        AccountSort.TYPE: [Account.account_type, Account.sort_key],
        AccountSort.REGION: [Account.region, Account.sort_key],
        AccountSort.INDUSTRY: [industry_order, Account.sort_key],
        AccountSort.LAST_VISIT: [AccountActivity.last_visit_at, Account.sort_key],
        AccountSort.NEXT_FOLLOW_UP: [AccountActivity.next_follow_up, Account.sort_key],
        AccountSort.REVENUE: [Account.annual_revenue_cents, Account.sort_key],
        AccountSort.OWNER: [Account.owner, Account.sort_key],
    }[sort]  # type: ignore[return-value]


def account_ids(
    session: Session, f: AccountFilter, today: date, *,
    sort: AccountSort = AccountSort.NAME, descending: bool = False,
    offset: int = 0, limit: int | None = None,
) -> list[str]:
    """Ids of the accounts matching ``f``, in order; a page of them with ``limit``."""
    order: list[Any] = []
    if f.text.strip():
        order.append(prefix_rank(Account, f.text))
    for column in _sort_columns(sort):
        order.append(column.desc().nulls_last() if descending else column.asc().nulls_last())
    query = _filtered(f, today).order_by(*order, Account.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def account_count(session: Session, f: AccountFilter, today: date) -> int:
    return session.scalar(select(func.count()).select_from(_filtered(f, today).subquery())) or 0


def account_summaries(session: Session, ids: Sequence[str], today: date) -> list[AccountSummary]:
    """The list rows for ``ids``, in the order given (missing ids are skipped)."""
    rows = session.execute(
        select(Account, AccountActivity.last_visit_at, AccountActivity.next_follow_up,
               overdue_condition(today))
        .outerjoin(AccountActivity)
        .where(Account.id.in_(list(ids)))
    ).all()
    by_id = {
        a.id: AccountSummary(
            id=a.id, name=a.name, short_name=a.short_name, tier=a.tier,
            account_type=a.account_type, region=a.region, industry_id=a.industry_id,
            hq_city=a.hq_city, relationship_stage=a.relationship_stage, owner=a.owner,
            annual_revenue=None if a.annual_revenue_cents is None
            else Money(a.annual_revenue_cents, a.annual_revenue_currency or "CNY"),
            last_visit_at=last, next_follow_up=follow, overdue=bool(overdue),
        )
        for a, last, follow, overdue in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def search_contacts(session: Session, query: str, limit: int) -> list[Contact]:
    """Live contacts of live accounts whose name matches ``query``, best first."""
    stmt = (
        select(Contact).join(Account, Account.id == Contact.account_id)
        .where(Contact.deleted.is_(False), Account.deleted.is_(False),
               _text_match(Contact, query))
        .order_by(prefix_rank(Contact, query), Contact.name).limit(limit)
    )
    return list(session.scalars(stmt))


def last_met(session: Session, contact_ids: Sequence[str]) -> dict[str, datetime]:
    """When each contact was last met at a (live) visit."""
    rows = session.execute(
        select(VisitContact.contact_id, func.max(Visit.occurred_at))
        .join(Visit, Visit.id == VisitContact.visit_id)
        .where(VisitContact.contact_id.in_(list(contact_ids)),
               VisitContact.deleted.is_(False), Visit.deleted.is_(False))
        .group_by(VisitContact.contact_id)
    ).all()
    return {cid: when for cid, when in rows}


def list_items(session: Session, kind: ListKind, *, hidden: bool = False) -> list[ListItem]:
    query = select(ListItem).where(ListItem.kind == kind.value, ListItem.deleted.is_(False))
    if not hidden:
        query = query.where(ListItem.hidden.is_(False))
    return list(session.scalars(query.order_by(ListItem.sort_order, ListItem.label_zh)))
