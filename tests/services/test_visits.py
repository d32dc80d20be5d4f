"""Visits: contacts met and objections kept as rows of their own, periods, follow-ups."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from kadesk.domain.builtins import builtin_id
from kadesk.domain.changes import ChangeKind
from kadesk.domain.enums import ListKind, VisitKind
from kadesk.domain.queries import Period
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    ListItemFields,
    VisitFields,
    VisitObjectionFields,
)
from kadesk.services.app import Kadesk
from kadesk.store import models as m
from tests.helpers import at_noon
from tests.services.conftest import TODAY, Scene

PRICE = builtin_id(ListKind.OBJECTION, "price_too_high")
CONTRACT = builtin_id(ListKind.OBJECTION, "contract_running")
NO_AUTHORITY = builtin_id(ListKind.OBJECTION, "no_authority")


def links(app: Kadesk, visit_id: str) -> dict[str, tuple[str, bool]]:
    """contact id -> (link row id, deleted) for every row ever written for the visit."""
    with app.db.read() as session:
        rows = session.scalars(select(m.VisitContact).where(m.VisitContact.visit_id == visit_id))
        return {r.contact_id: (r.id, r.deleted) for r in rows}


def objection_rows(app: Kadesk, visit_id: str) -> dict[str, tuple[str, bool]]:
    with app.db.read() as session:
        rows = session.scalars(
            select(m.VisitObjection).where(m.VisitObjection.visit_id == visit_id))
        return {r.id: (r.objection_id, r.deleted) for r in rows}


def test_create_visit_with_contacts_and_objections(scene: Scene) -> None:
    app = scene.app
    fields = VisitFields(
        account_id=scene.account, occurred_at=at_noon(TODAY), kind=VisitKind.MEETING,
        duration_minutes=90, contact_ids=(scene.boss, scene.staff), purpose="介绍方案",
        summary="客户认为价格偏高", satisfaction=4, follow_up_date=TODAY + timedelta(days=7),
        objections=(VisitObjectionFields(objection_id=PRICE, details="比竞品贵5%"),),
        owner="王经理",
    )
    saved = app.visits.create(fields)
    visit = saved.record
    assert saved.changes.kinds("visit", visit.id) == {ChangeKind.CREATED}
    assert saved.changes.touches("visit_contact") and saved.changes.touches("visit_objection")
    assert set(visit.contact_ids) == {scene.boss, scene.staff}
    assert [(o.objection_id, o.details) for o in visit.objections] == [(PRICE, "比竞品贵5%")]
    assert visit.occurred_at == fields.occurred_at
    for name in ("kind", "duration_minutes", "purpose", "summary", "satisfaction",
                 "follow_up_date", "owner"):
        assert getattr(visit, name) == getattr(fields, name)
    assert app.visits.get(visit.id) == visit


def test_contacts_met_replaced_with_tombstones_and_stable_ids(scene: Scene) -> None:
    app = scene.app
    extra = app.contacts.create(ContactFields(account_id=scene.account, name="赵敏")).record.id
    visit = scene.visit  # met the boss
    first = links(app, visit)
    assert first == {scene.boss: (m.visit_contact_id(visit, scene.boss), False)}

    saved = app.visits.update(visit, contact_ids=(scene.staff, extra))
    assert set(saved.record.contact_ids) == {scene.staff, extra}
    now = links(app, visit)
    assert now[scene.boss] == (first[scene.boss][0], True), "removed: kept as a tombstone"
    assert not now[scene.staff][1] and not now[extra][1]
    assert saved.changes.kinds("visit_contact", first[scene.boss][0]) == {ChangeKind.DELETED}

    saved = app.visits.update(visit, contact_ids=(scene.boss,))
    again = links(app, visit)
    assert again[scene.boss] == (first[scene.boss][0], False), "re-added: the same row"
    assert again[scene.staff][1] and again[extra][1]
    assert saved.changes.kinds("visit_contact", first[scene.boss][0]) == {ChangeKind.RESTORED}
    assert len(again) == 3, "no row is ever duplicated"
    # The link id depends on the pair only, so two laptops ticking the same person agree.
    ids = {row_id for row_id, _ in again.values()}
    assert ids == {m.visit_contact_id(visit, c) for c in (scene.boss, scene.staff, extra)}
    assert m.visit_contact_id(visit, scene.boss) == m.visit_contact_id(visit, scene.boss)
    assert m.visit_contact_id(visit, scene.boss) != m.visit_contact_id(scene.visit, extra)


def test_objections_replaced_by_id(scene: Scene) -> None:
    app = scene.app
    visit = app.visits.update(scene.visit, objections=(
        VisitObjectionFields(objection_id=PRICE, details="太贵"),
        VisitObjectionFields(objection_id=CONTRACT, details="合同到年底"),
    )).record
    # Objections saved together come back in no guaranteed order (no position column).
    by_item = {o.objection_id: o for o in visit.objections}
    price, contract = by_item[PRICE], by_item[CONTRACT]
    assert price.id and contract.id and price.id != contract.id

    resolved = dataclasses.replace(price, response="拆分总成本", resolved=True)
    new = VisitObjectionFields(objection_id=NO_AUTHORITY)
    saved = app.visits.update(scene.visit, objections=(resolved, new))
    after = saved.record.objections
    assert [o.objection_id for o in after] == [PRICE, NO_AUTHORITY], "older rows first"
    assert after[0].id == price.id and after[0].resolved and after[0].response == "拆分总成本"
    assert after[1].id not in (price.id, contract.id)
    rows = objection_rows(app, scene.visit)
    assert rows[contract.id] == (CONTRACT, True), "dropped objection is a tombstone"
    assert rows[price.id] == (PRICE, False)
    assert saved.changes.kinds("visit_objection", contract.id) == {ChangeKind.DELETED}
    assert saved.changes.kinds("visit_objection", price.id) == {ChangeKind.UPDATED}

    # Bringing the dropped one back by id undeletes that row rather than adding one.
    app.visits.update(scene.visit, objections=(*after, contract))
    rows = objection_rows(app, scene.visit)
    assert rows[contract.id] == (CONTRACT, False)
    assert len(rows) == 3


def test_editing_a_visit_whose_contact_was_trashed(scene: Scene) -> None:
    """The write-up of a past visit stays editable after a contact met there is trashed."""
    app = scene.app
    app.contacts.delete(scene.boss)
    saved = app.visits.update(scene.visit, summary="补充：客户要求月结")
    assert saved.record.summary == "补充：客户要求月结"
    assert scene.boss in saved.record.contact_ids, "history keeps whom we met"
    # Adding a trashed contact anew is still refused.
    app.visits.update(scene.visit, contact_ids=())
    with pytest.raises(Exception, match="same account"):
        app.visits.update(scene.visit, contact_ids=(scene.boss,))


def test_editing_a_visit_whose_custom_objection_was_trashed(scene: Scene) -> None:
    app = scene.app
    custom = app.lists.create(ListItemFields(kind=ListKind.OBJECTION, code="too_slow",
                                             label_zh="交付太慢")).record.id
    app.visits.update(scene.visit, objections=(VisitObjectionFields(objection_id=custom),))
    app.lists.delete(custom)
    saved = app.visits.update(scene.visit, summary="跟进交付问题")
    assert [o.objection_id for o in saved.record.objections] == [custom]


def test_of_account_newest_first(fixed_app: Kadesk) -> None:
    app = fixed_app
    account = app.accounts.create(AccountFields(name="客户")).record.id
    days = [TODAY - timedelta(days=d) for d in (5, 1, 30, 2)]
    ids = {d: app.visits.create(VisitFields(account_id=account, occurred_at=at_noon(d))).record.id
           for d in days}
    app.visits.delete(ids[days[3]])
    listed = app.visits.of_account(account)
    assert [v.occurred_at.date() for v in listed] == sorted(
        (d for d in days if d != days[3]), reverse=True)
    assert [v.id for v in app.visits.of_account(account, limit=2)] == [v.id for v in listed[:2]]


def test_in_period_counts_local_days_and_skips_trash(fixed_app: Kadesk) -> None:
    app = fixed_app
    live = app.accounts.create(AccountFields(name="在用客户")).record.id
    gone = app.accounts.create(AccountFields(name="删除客户")).record.id
    monday, sunday = TODAY, TODAY + timedelta(days=6)

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        """A wall-clock time on ``day`` where the rep lives."""
        return datetime.combine(day, time(hour, minute)).astimezone()

    inside = [
        app.visits.create(VisitFields(account_id=live, occurred_at=at(monday, 0, 0),
                                      owner="王")).record.id,
        app.visits.create(VisitFields(account_id=live, occurred_at=at(sunday, 23, 59),
                                      owner="李")).record.id,
        app.visits.create(VisitFields(account_id=live, occurred_at=at(monday + timedelta(2), 9),
                                      owner="王")).record.id,
    ]
    app.visits.create(VisitFields(account_id=live, occurred_at=at(monday, 0) - timedelta(
        minutes=1)))
    app.visits.create(VisitFields(account_id=live, occurred_at=at(sunday + timedelta(1), 0)))
    trashed = app.visits.create(VisitFields(account_id=live, occurred_at=at(monday, 10))).record
    app.visits.delete(trashed.id)
    app.visits.create(VisitFields(account_id=gone, occurred_at=at(monday, 10)))
    app.accounts.delete(gone)

    week = Period(start=monday, end=sunday)
    found = app.visits.in_period(week)
    assert [v.id for v in found] == [inside[0], inside[2], inside[1]], "oldest first"
    assert [v.id for v in app.visits.in_period(week, owner="王")] == [inside[0], inside[2]]
    assert app.visits.in_period(Period(start=sunday + timedelta(2), end=sunday + timedelta(9))
                                ) == []


def test_follow_ups_due(fixed_app: Kadesk) -> None:
    app = fixed_app
    account = app.accounts.create(AccountFields(name="客户")).record.id
    base = at_noon(TODAY - timedelta(days=20))

    def visit(days: int | None, done: bool = False) -> str:
        follow = None if days is None else TODAY + timedelta(days=days)
        return app.visits.create(VisitFields(account_id=account, occurred_at=base,
                                             follow_up_date=follow,
                                             follow_up_done=done)).record.id

    overdue, due_today, later, done, none = visit(-3), visit(0), visit(4), visit(-5, True), visit(
        None)
    trashed = visit(-10)
    app.visits.delete(trashed)
    assert [v.id for v in app.visits.follow_ups_due()] == [overdue, due_today]
    assert [v.id for v in app.visits.follow_ups_due(TODAY + timedelta(days=4))] == [
        overdue, due_today, later]
    app.visits.update(overdue, follow_up_done=True)
    assert [v.id for v in app.visits.follow_ups_due()] == [due_today]
    assert done and none


def test_visit_times_must_be_aware(scene: Scene) -> None:
    with pytest.raises(ValueError, match="timezone"):
        scene.app.visits.create(VisitFields(account_id=scene.account,
                                            occurred_at=datetime(2026, 3, 1, 9)))


def test_visit_times_come_back_in_utc_equal_to_what_was_given(scene: Scene) -> None:
    given = datetime(2026, 3, 1, 23, 30, tzinfo=UTC).astimezone()
    visit = scene.app.visits.update(scene.visit, occurred_at=given).record
    assert visit.occurred_at == given
    assert visit.occurred_at.utcoffset() is not None


def test_follow_ups_of_a_rep_newest_first_by_page(fixed_app: Kadesk) -> None:
    app = fixed_app
    mine = app.accounts.create(AccountFields(name="我的客户", owner="王强")).record.id
    theirs = app.accounts.create(AccountFields(name="别人的客户", owner="李明")).record.id
    base = at_noon(TODAY - timedelta(days=400))

    def visit(account: str, days: int, owner: str) -> str:
        return app.visits.create(VisitFields(
            account_id=account, occurred_at=base, owner=owner,
            follow_up_date=TODAY - timedelta(days=days))).record.id

    old, recent = visit(mine, 300, "王强"), visit(theirs, 2, "王强")
    unsigned, other = visit(mine, 10, ""), visit(mine, 5, "李明")
    yesterday = TODAY - timedelta(days=1)
    assert [v.id for v in app.visits.follow_ups_due(yesterday, rep="王强", newest_first=True)
            ] == [recent, unsigned, old]
    assert app.visits.count_follow_ups_due(yesterday, rep="王强") == 3
    assert [v.id for v in app.visits.follow_ups_due(yesterday, newest_first=True, offset=1,
                                                    limit=2)] == [other, unsigned]
    assert app.visits.count_follow_ups_due(yesterday) == 4
    assert [v.id for v in app.visits.open_follow_ups(mine)] == [old, unsigned, other]
