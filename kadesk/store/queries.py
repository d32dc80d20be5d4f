"""Read queries: paged, filtered and sorted in SQL, never by loading a whole table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
from kadesk.domain.keys import SEP, UNIT
from kadesk.domain.matching import Query, Rank, phrase, query
from kadesk.domain.money import Money
from kadesk.domain.queries import AccountFilter, AccountSort, day_start
from kadesk.domain.records import AccountSummary
from kadesk.store.models import (
    Account,
    AccountActivity,
    Contact,
    ListItem,
    Proposal,
    Visit,
    VisitContact,
)
from kadesk.store.types import UtcDateTime


def candidates(model: type[Account] | type[Contact], q: Query) -> ColumnElement[bool]:
    """Rows that may match ``q``: those its FTS5 expression finds in the trigram index
    (matching.Query.fts), every row when it has none; q.rank decides."""
    expression = q.fts()
    if expression is None:
        return literal(True)
    fts = f"{model.__tablename__}_fts"
    return literal_column(f"{model.__tablename__}.rowid").in_(
        select(literal_column("rowid")).select_from(text(fts)).where(
            text(f"{fts} MATCH :expression").bindparams(expression=expression)))


# The search box ranks at most this many candidates: those where a name starts with the
# query first (SQL can tell), then by tier and name. A broad query (zhang: 3,000 people)
# would otherwise cost a ranking of each; the list ranks all of its rows.
BOX_CANDIDATES = 200


def starts_first(model: type[Account] | type[Contact], q: Query) -> ColumnElement[int]:
    """0 where one of the row's names starts with the query as typed, else 1."""
    return case((or_(*(func.instr(model.search_key, start) > 0 for form in q.forms
                       for start in (SEP + form, SEP + UNIT + form))), 0), else_=1)


def ranked(q: Query, rows: Iterable[Sequence[Any]]) -> list[tuple[Rank, Sequence[Any]]]:
    """The rows ``(id, search_units, ...)`` that match ``q``, best first; rows that rank
    alike keep the order they came in (the list's sort)."""
    found = [(r, row) for row in rows if (r := q.rank(row[1])) is not None]
    found.sort(key=lambda pair: pair[0])
    return found


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


def _filtered(f: AccountFilter, today: date, q: Query | None) -> Select[str, str]:
    query = select(Account.id, Account.search_units).outerjoin(AccountActivity).where(
        Account.deleted == f.deleted)
    conditions: list[ColumnElement[bool]] = []
    if q is not None:
        conditions.append(candidates(Account, q))
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
    """Ids of the accounts matching ``f``, in order; a page of them with ``limit``. With
    search text, the best matches come first (matching.rank), then the sort."""
    order = [column.desc().nulls_last() if descending else column.asc().nulls_last()
             for column in _sort_columns(sort)]
    q = query(f.text)
    stmt = _filtered(f, today, q).order_by(*order, Account.id)
    if q is not None:
        ids = [row[0] for _, row in ranked(q, session.execute(stmt))]
        return ids[offset:] if limit is None else ids[offset:offset + limit]
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def account_count(session: Session, f: AccountFilter, today: date) -> int:
    if query(f.text) is not None:
        return len(account_ids(session, f, today))
    return session.scalar(select(func.count()).select_from(
        _filtered(f, today, None).subquery())) or 0


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
            id=a.id, name=a.name, short_name=a.short_name, english_name=a.english_name,
            tier=a.tier,
            account_type=a.account_type, region=a.region, industry_id=a.industry_id,
            hq_city=a.hq_city, relationship_stage=a.relationship_stage, owner=a.owner,
            annual_revenue=None if a.annual_revenue_cents is None
            else Money(a.annual_revenue_cents, a.annual_revenue_currency or "CNY"),
            last_visit_at=last, next_follow_up=follow, overdue=bool(overdue),
        )
        for a, last, follow, overdue in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def search_accounts(session: Session, q: Query, today: date, limit: int
                    ) -> list[tuple[Rank, AccountSummary]]:
    """Live accounts that match ``q``, best first; among equals tier A first, then the
    most recently visited."""
    rows = session.execute(
        select(Account.id, Account.search_units).outerjoin(AccountActivity)
        .where(Account.deleted.is_(False), candidates(Account, q))
        .order_by(starts_first(Account, q), Account.tier,
                  AccountActivity.last_visit_at.desc().nulls_last(), Account.sort_key,
                  Account.id).limit(BOX_CANDIDATES))
    best = ranked(q, rows)[:limit]
    summaries = account_summaries(session, [row[0] for _, row in best], today)
    return list(zip([r for r, _ in best], summaries, strict=True))


def search_contacts(session: Session, q: Query, limit: int) -> list[tuple[Rank, Contact]]:
    """Live contacts of live accounts that match ``q``, best first; among equals those
    of tier A accounts first, then by name."""
    rows = session.execute(
        select(Contact.id, Contact.search_units).join(Account, Account.id == Contact.account_id)
        .where(Contact.deleted.is_(False), Account.deleted.is_(False), candidates(Contact, q))
        .order_by(starts_first(Contact, q), Account.tier, Contact.sort_key, Contact.id)
        .limit(BOX_CANDIDATES))
    best = ranked(q, rows)[:limit]
    return list(zip([r for r, _ in best], _contacts(session, [row[0] for _, row in best]),
                    strict=True))


def _contacts(session: Session, ids: Sequence[str]) -> list[Contact]:
    found = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(ids)))}
    return [found[i] for i in ids]


def _number_match(fts: str, digits: str) -> ColumnElement[bool]:
    """Rows whose indexed numbers hold ``digits`` (three or more) anywhere."""
    table = fts.split("_", 1)[0]
    return literal_column(f"{table}.rowid").in_(
        select(literal_column("rowid")).select_from(text(fts)).where(
            text(f"{fts} MATCH :number").bindparams(number=phrase(digits))))


def contacts_by_phone(session: Session, digits: str, limit: int) -> list[Contact]:
    """Live contacts of live accounts with ``digits`` in their mobile or phone number."""
    return list(session.scalars(
        select(Contact).join(Account, Account.id == Contact.account_id)
        .where(Contact.deleted.is_(False), Account.deleted.is_(False),
               _number_match("contact_phone_fts", digits))
        .order_by(Account.tier, Contact.sort_key, Contact.id).limit(limit)))


def proposals_by_number(session: Session, number: str, limit: int) -> list[Proposal]:
    """Live proposals of live accounts whose number holds ``number`` (case aside)."""
    return list(session.scalars(
        select(Proposal).join(Account, Account.id == Proposal.account_id)
        .where(Proposal.deleted.is_(False), Account.deleted.is_(False),
               _number_match("proposal_number_fts", number))
        .order_by(Proposal.number.desc(), Proposal.version.desc()).limit(limit)))


def account_names(session: Session, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """id -> (name, English name) of the accounts ``ids``."""
    return {i: (name, english) for i, name, english in session.execute(
        select(Account.id, Account.name, Account.english_name).where(
            Account.id.in_(list(ids))))}


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
