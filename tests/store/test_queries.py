"""The account list: filters, sorts and paging done in SQL, checked against plain Python
over the same rows; the text filter agrees with the matcher tried on every row."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import lazy_pinyin
from sqlalchemy import select

from kadesk.domain.builtins import INDUSTRIES, builtin_id
from kadesk.domain.enums import (
    CADENCE_DAYS,
    AccountType,
    ListKind,
    Region,
    RelationshipStage,
    Tier,
)
from kadesk.domain.keys import search_key, search_units
from kadesk.domain.matching import query
from kadesk.domain.money import Money
from kadesk.domain.queries import AccountFilter, AccountSort
from kadesk.domain.records import AccountFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.store import models as m
from kadesk.store.db import Database
from tests.helpers import at_noon

TODAY = date(2026, 3, 16)
E, S, N, SW = Region.EAST, Region.SOUTH, Region.NORTH, Region.SOUTHWEST
ST, EC, IM, GR, PR = (AccountType.STRATEGIC, AccountType.ECONOMIC, AccountType.IMPORTANT,
                      AccountType.GROUP, AccountType.PROSPECT)
RS = RelationshipStage


@dataclass(frozen=True)
class Spec:
    name: str
    tier: Tier
    type: AccountType
    region: Region | None
    industry: str | None  # built-in code
    stage: RelationshipStage
    owner: str
    revenue: int | None  # yuan
    visited: int | None  # days before TODAY of the last live visit
    follow_up: int | None = None  # days from TODAY of the open follow-up
    short: str = ""


SPECS = [
    Spec("阿里巴巴", Tier.A, ST, E, "ecommerce", RS.COOPERATIVE, "王", 5_000_000, 31, short="阿里"),
    Spec("华为技术有限公司", Tier.A, EC, S, "telecom", RS.INTEGRATED, "李", 9_000_000, 30, 0,
         short="华为"),
    Spec("中国银行", Tier.B, IM, N, "banking", RS.BASIC, "王", None, 90, 3),
    Spec("重庆银行", Tier.C, GR, SW, "banking", RS.EXPLORATORY, "张", 100_000, 180),
    Spec("长安汽车", Tier.B, PR, None, "manufacturing", RS.AT_RISK, "", None, 91),
    Spec("比亚迪", Tier.C, EC, S, None, RS.COOPERATIVE, "李", 300_000, 181, -10),
    Spec("腾讯控股", Tier.A, ST, S, "it", RS.BASIC, "张", 7_000_000, None),
    Spec("乐视网", Tier.C, PR, N, "it", RS.AT_RISK, "", None, None),
    Spec("朝阳医院", Tier.B, IM, N, "government", RS.COOPERATIVE, "王", 2_000_000, None),
    Spec("招商银行", Tier.A, GR, S, "banking", RS.INTERDEPENDENT, "李", 8_000_000, 5, 12),
    Spec("TCL科技", Tier.B, EC, S, "electronics", RS.BASIC, "张", 600_000, 60, -1),
]
TRASHED = Spec("已删除公司", Tier.A, ST, E, "it", RS.BASIC, "王", 1, None)


def pinyin_of(name: str) -> str:
    return "".join(lazy_pinyin(name)).casefold()


@dataclass
class Listing:
    app: Kadesk
    ids: dict[str, str]  # name -> id
    trashed: str


def _visit(app: Kadesk, account: str, days_ago: int, follow: int | None = None,
           done: bool = False) -> str:
    day = TODAY - timedelta(days=days_ago)
    return app.visits.create(VisitFields(
        account_id=account, occurred_at=at_noon(day),
        follow_up_date=None if follow is None else TODAY + timedelta(days=follow),
        follow_up_done=done)).record.id


@pytest.fixture(scope="module")
def listing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Listing]:
    path = tmp_path_factory.mktemp("queries") / "kadesk.db"
    with Kadesk(Database(path), today=lambda: TODAY) as app:
        ids = {}
        for s in [*SPECS, TRASHED]:
            account = app.accounts.create(AccountFields(
                name=s.name, short_name=s.short, tier=s.tier, account_type=s.type,
                region=s.region, relationship_stage=s.stage, owner=s.owner,
                industry_id=None if s.industry is None else builtin_id(ListKind.INDUSTRY,
                                                                       s.industry),
                annual_revenue=None if s.revenue is None else Money(s.revenue * 100),
            )).record.id
            ids[s.name] = account
            if s.visited is not None:
                # An older visit with a follow-up already done, then the latest one.
                _visit(app, account, s.visited + 40, follow=-5 if s.visited < 400 else None,
                       done=True)
                _visit(app, account, s.visited, s.follow_up)
        # A trashed recent visit counts for nothing.
        trashed_visit = _visit(app, ids["腾讯控股"], 1, follow=-1)
        app.visits.delete(trashed_visit)
        app.accounts.delete(ids[TRASHED.name])
        yield Listing(app, ids, ids[TRASHED.name])


def names(listing: Listing, ids: list[str]) -> list[str]:
    by_id = {v: k for k, v in listing.ids.items()}
    return [by_id[i] for i in ids]


def overdue(s: Spec) -> bool:
    return s.visited is None or s.visited > CADENCE_DAYS[s.tier]


def follow_up_due(s: Spec) -> bool:
    return s.follow_up is not None and s.follow_up <= 0


FILTERS: list[tuple[str, AccountFilter, Callable[[Spec], bool]]] = [
    ("all", AccountFilter(), lambda s: True),
    ("tiers", AccountFilter(tiers=frozenset({Tier.A, Tier.C})), lambda s: s.tier != Tier.B),
    ("types", AccountFilter(types=frozenset({EC})), lambda s: s.type == EC),
    ("regions", AccountFilter(regions=frozenset({N, SW})), lambda s: s.region in (N, SW)),
    ("industries", AccountFilter(industry_ids=frozenset(
        {builtin_id(ListKind.INDUSTRY, "banking"), builtin_id(ListKind.INDUSTRY, "it")})),
     lambda s: s.industry in ("banking", "it")),
    ("stages", AccountFilter(stages=frozenset({RS.AT_RISK, RS.BASIC})),
     lambda s: s.stage in (RS.AT_RISK, RS.BASIC)),
    ("owners", AccountFilter(owners=frozenset({"王", ""})), lambda s: s.owner in ("王", "")),
    ("overdue", AccountFilter(overdue=True), overdue),
    ("follow_up_due", AccountFilter(follow_up_due=True), follow_up_due),
    ("combined", AccountFilter(tiers=frozenset({Tier.A, Tier.B}), overdue=True,
                               regions=frozenset({E, N, S})),
     lambda s: s.tier != Tier.C and overdue(s) and s.region in (E, N, S)),
    ("text+tier", AccountFilter(text="银行", tiers=frozenset({Tier.B, Tier.C})),
     lambda s: "银行" in s.name and s.tier != Tier.A),
    ("initials+owner", AccountFilter(text="zsyh", owners=frozenset({"李"})),
     lambda s: s.name == "招商银行"),
    ("pinyin+overdue", AccountFilter(text="yinhang", overdue=True), lambda s: False),
    ("short name", AccountFilter(text="阿里"), lambda s: s.name == "阿里巴巴"),
]


@pytest.mark.parametrize(("label", "f", "wanted"), FILTERS, ids=[x[0] for x in FILTERS])
def test_each_filter_selects_exactly_the_matching_accounts(
    listing: Listing, label: str, f: AccountFilter, wanted: Callable[[Spec], bool]
) -> None:
    accounts = listing.app.accounts
    expected = {s.name for s in SPECS if wanted(s)}
    assert set(names(listing, accounts.ids(f))) == expected, label
    assert accounts.count(f) == len(expected)
    page = accounts.page(f, limit=100)
    assert {a.name for a in page} == expected
    for row in page:
        spec = next(s for s in SPECS if s.name == row.name)
        assert row.overdue == overdue(spec)
        assert row.tier == spec.tier and row.region == spec.region


def test_overdue_boundaries_per_tier(listing: Listing) -> None:
    flagged = set(names(listing, listing.app.accounts.ids(AccountFilter(overdue=True))))
    # Exactly at the cadence is on time; one day more is overdue.
    assert {"华为技术有限公司", "中国银行", "重庆银行"}.isdisjoint(flagged)
    assert {"阿里巴巴", "长安汽车", "比亚迪"} <= flagged
    # Never visited is overdue; a visit in the trash does not count.
    assert {"腾讯控股", "乐视网", "朝阳医院"} <= flagged


def test_trash_is_listed_apart(listing: Listing) -> None:
    accounts = listing.app.accounts
    assert accounts.ids(AccountFilter(deleted=True)) == [listing.trashed]
    assert accounts.ids(AccountFilter(deleted=True, text="已删除")) == [listing.trashed]
    assert accounts.ids(AccountFilter(text="已删除")) == []
    assert listing.trashed not in accounts.ids()
    assert accounts.count(AccountFilter(deleted=True)) == 1


def test_name_sorts_by_pinyin(listing: Listing) -> None:
    ordered = names(listing, listing.app.accounts.ids(sort=AccountSort.NAME))
    assert ordered.index("阿里巴巴") < ordered.index("华为技术有限公司") < ordered.index("中国银行")
    assert ordered == sorted((s.name for s in SPECS), key=pinyin_of)


INDUSTRY_ORDER = {code: i for i, (code, _, _) in enumerate(INDUSTRIES)}


def _last_visit(s: Spec) -> Any:
    return None if s.visited is None else -s.visited


SORT_KEYS: dict[AccountSort, Callable[[Spec], Any]] = {
    AccountSort.NAME: lambda s: pinyin_of(s.name),
    AccountSort.TIER: lambda s: s.tier.value,
    AccountSort.TYPE: lambda s: s.type.value,
    AccountSort.REGION: lambda s: None if s.region is None else s.region.value,
    AccountSort.INDUSTRY: lambda s: None if s.industry is None else INDUSTRY_ORDER[s.industry],
    AccountSort.LAST_VISIT: _last_visit,
    AccountSort.NEXT_FOLLOW_UP: lambda s: s.follow_up,
    AccountSort.REVENUE: lambda s: s.revenue,
    AccountSort.OWNER: lambda s: s.owner,  # no rep ("") first, as any text that sorts low
}


def test_every_sort_has_a_reference() -> None:
    assert set(SORT_KEYS) == set(AccountSort)


@pytest.mark.parametrize("sort", list(AccountSort), ids=[s.value for s in AccountSort])
@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_sorts_with_nulls_last(listing: Listing, sort: AccountSort, descending: bool) -> None:
    key = SORT_KEYS[sort]
    filled = [s for s in SPECS if key(s) is not None]
    empty = [s for s in SPECS if key(s) is None]
    by_value = sorted(filled, key=lambda s: (key(s), pinyin_of(s.name)), reverse=descending)
    by_name = sorted(empty, key=lambda s: pinyin_of(s.name), reverse=descending)
    expected = [s.name for s in by_value + by_name]
    got = names(listing, listing.app.accounts.ids(sort=sort, descending=descending))
    assert got == expected
    page = listing.app.accounts.page(sort=sort, descending=descending, limit=100)
    assert [a.name for a in page] == expected


@pytest.mark.parametrize("sort", [AccountSort.NAME, AccountSort.TIER, AccountSort.LAST_VISIT])
@pytest.mark.parametrize("size", [1, 3, 4])
def test_pages_concatenate_to_the_full_list(listing: Listing, sort: AccountSort,
                                            size: int) -> None:
    accounts = listing.app.accounts
    for f in (AccountFilter(), AccountFilter(overdue=True), AccountFilter(text="zgyh")):
        full = accounts.ids(f, sort=sort, descending=True)
        pages = []
        for offset in range(0, len(full) + size, size):
            pages += [a.id for a in accounts.page(f, sort, True, offset=offset, limit=size)]
        assert pages == full
        assert len(set(pages)) == len(pages)
        assert accounts.summaries(list(reversed(full))) == list(reversed(
            accounts.page(f, sort, True, limit=len(full) + 1)))


def test_summaries_skip_unknown_ids_and_keep_order(listing: Listing) -> None:
    ids = [listing.ids["比亚迪"], "no-such-id", listing.ids["阿里巴巴"]]
    assert [s.name for s in listing.app.accounts.summaries(ids)] == ["比亚迪", "阿里巴巴"]


def test_text_search_ranks_best_first_then_by_the_sort(listing: Listing) -> None:
    units = stored_units(listing)
    for text in ("zh", "zhong", "yinhang", "银行", "hua"):
        q = query(text)
        assert q is not None
        got = listing.app.accounts.ids(AccountFilter(text=text))
        ranks = [q.rank(units[i]) for i in got]
        assert got and None not in ranks, "the case must not be vacuous"
        assert ranks == sorted(ranks)  # type: ignore[type-var]
        for a, b in itertools.pairwise(got):
            if q.rank(units[a]) == q.rank(units[b]):
                assert pinyin_of(names(listing, [a])[0]) <= pinyin_of(names(listing, [b])[0])


# -- the text filter against a brute-force scan ----------------------------------------


def stored_units(listing: Listing) -> dict[str, str]:
    with listing.app.db.read() as session:
        rows = session.execute(select(m.Account.id, m.Account.search_key,
                                      m.Account.search_units, m.Account.name,
                                      m.Account.short_name, m.Account.english_name)
                               .where(m.Account.deleted.is_(False))).all()
    for _, key, units, name, short, english in rows:
        assert key == search_key(name, short, english), "stored key is the derived key"
        assert units == search_units(name, short, english)
    return {row_id: units for row_id, _, units, *_ in rows}


ALL_KEYS_TEXT = "".join(
    search_key(s.name, s.short) for s in SPECS).replace("|", "").replace("'", "")
queries = st.one_of(
    st.text(alphabet=sorted(set(ALL_KEYS_TEXT)), min_size=1, max_size=6),
    st.text(alphabet="银行华为汽车重庆zhongqingyhHUAWEI長華為 -", min_size=1, max_size=5),
    st.sampled_from(["yh", "h", "银", "银行", "yinhang", "hw", "华", "華為", "tcl", "TCL科", "長安",
                     "zaqc", "cqyh", "xing", "国银", "zhongguoyh", "zgyinhang", "中国yh",
                     "cq银行", "hua2wei2", "huá wéi"]),
)


@settings(max_examples=100, deadline=None)
@given(text=queries)
def test_text_filter_equals_brute_force(listing: Listing, text: str) -> None:
    """The trigram index never loses a match: the list holds exactly the rows the
    matcher accepts when every row is tried."""
    units = stored_units(listing)
    q = query(text)
    # Nothing searchable (spaces, punctuation) filters nothing.
    expected = {i for i, u in units.items() if q is None or q.rank(u) is not None}
    got = listing.app.accounts.ids(AccountFilter(text=text))
    assert set(got) == expected, (text, q.fts() if q else None)
    assert len(got) == len(set(got))
    assert listing.app.accounts.count(AccountFilter(text=text)) == len(expected)


def test_short_and_long_queries(listing: Listing) -> None:
    # 'yinhang' and its characters find every 银行; initials find a name from its start,
    # and two letters of them only there.
    banks = {listing.ids[n] for n in ("中国银行", "重庆银行", "招商银行")}
    assert set(listing.app.accounts.ids(AccountFilter(text="yinhang"))) == banks
    assert set(listing.app.accounts.ids(AccountFilter(text="銀行"))) == banks
    assert set(listing.app.accounts.ids(AccountFilter(text="zgyh"))) == {listing.ids["中国银行"]}
    assert listing.ids["中国银行"] not in listing.app.accounts.ids(AccountFilter(text="yh"))
    assert listing.ids["中国银行"] in listing.app.accounts.ids(AccountFilter(text="zg"))


# -- account activity: last visit and next follow-up -----------------------------------


@pytest.fixture
def activity_app(data_dir: Path) -> Iterator[Kadesk]:
    with Kadesk(Database(data_dir / "kadesk.db"), today=lambda: TODAY) as app:
        yield app


def activity(app: Kadesk, account: str) -> tuple[Any, Any]:
    record = app.accounts.get(account)
    (summary,) = app.accounts.summaries([account])
    assert (summary.last_visit_at, summary.next_follow_up) == (
        record.last_visit_at, record.next_follow_up)
    return record.last_visit_at, record.next_follow_up


def test_activity_follows_visits(activity_app: Kadesk) -> None:
    app = activity_app
    account = app.accounts.create(AccountFields(name="华为")).record.id
    other = app.accounts.create(AccountFields(name="中兴")).record.id
    assert activity(app, account) == (None, None)

    d = timedelta
    v1 = app.visits.create(VisitFields(account_id=account, occurred_at=at_noon(TODAY - d(10)),
                                       follow_up_date=TODAY + d(5))).record
    assert activity(app, account) == (v1.occurred_at, TODAY + d(5))

    v2 = app.visits.create(VisitFields(account_id=account, occurred_at=at_noon(TODAY - d(3)),
                                       follow_up_date=TODAY + d(2))).record
    assert activity(app, account) == (v2.occurred_at, TODAY + d(2))

    # Older visit entered later: the last visit stays; the earlier follow-up wins.
    v0 = app.visits.create(VisitFields(account_id=account, occurred_at=at_noon(TODAY - d(40)),
                                       follow_up_date=TODAY - d(35))).record
    assert activity(app, account) == (v2.occurred_at, TODAY - d(35))
    app.visits.update(v0.id, follow_up_done=True)
    assert activity(app, account) == (v2.occurred_at, TODAY + d(2))

    moved = app.visits.update(v2.id, occurred_at=at_noon(TODAY - d(20))).record
    assert activity(app, account) == (v1.occurred_at, TODAY + d(2))
    app.visits.update(v2.id, follow_up_done=True)
    assert activity(app, account) == (v1.occurred_at, TODAY + d(5))
    app.visits.update(v1.id, follow_up_date=TODAY + d(1))
    assert activity(app, account) == (v1.occurred_at, TODAY + d(1))

    app.visits.delete(v1.id)
    assert activity(app, account) == (moved.occurred_at, None)
    app.visits.restore(v1.id)
    assert activity(app, account) == (v1.occurred_at, TODAY + d(1))

    # Moving a visit to another account updates both.
    app.visits.update(v1.id, account_id=other)
    assert activity(app, account) == (moved.occurred_at, None)
    assert activity(app, other) == (v1.occurred_at, TODAY + d(1))
    for visit in (v0.id, v2.id):
        app.visits.delete(visit)
    assert activity(app, account) == (None, None)
    # And the list filters agree with it.
    assert app.accounts.ids(AccountFilter(follow_up_due=True)) == []
    assert set(app.accounts.ids(AccountFilter(overdue=True))) == {account}
