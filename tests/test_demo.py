"""Demo data: sized as asked, reproducible, coherent, and useful to the screens that show it."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kadesk.domain.enums import CADENCE_DAYS, BuyingRole, ListKind
from kadesk.domain.queries import AccountFilter
from kadesk.domain.text import fold
from kadesk.domain.validation import (
    account_errors,
    contact_errors,
    proposal_errors,
    site_errors,
    visit_errors,
)
from kadesk.services.app import Kadesk
from kadesk.services.demo import DemoSize, generate
from kadesk.store import models as m

TODAY = date(2026, 11, 20)
SMALL = DemoSize(accounts=30)
STAMPS = {"created_at", "updated_at", "row_hlc", "row_device", "row_seq"}
TABLES = ("account", "site", "contact", "contact_relation", "visit", "visit_contact",
          "visit_objection", "proposal", "proposal_item", "account_activity")


@pytest.fixture
def demo(app: Kadesk) -> Kadesk:
    app.today = lambda: TODAY
    generate(app, SMALL)
    return app


def rows(app: Kadesk, sql: str, **params: Any) -> list[Any]:
    with app.db.read() as session:
        return list(session.execute(text(sql), params))


def content(app: Kadesk) -> dict[str, list[tuple[Any, ...]]]:
    """Every generated table in insertion order, without the per-run stamps."""
    out = {}
    for table in TABLES:
        columns = [c.name for c in m.Base.metadata.tables[table].columns if c.name not in STAMPS]
        out[table] = [tuple(r) for r in
                      rows(app, f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")]
    return out


def count(app: Kadesk, table: str) -> int:
    return rows(app, f"SELECT count(*) FROM {table}")[0][0]


def test_default_size_writes_what_stats_report(app: Kadesk) -> None:
    app.today = lambda: TODAY
    seen: list[tuple[str, int, int]] = []
    stats = generate(app, SMALL, progress=lambda *args: seen.append(args))
    assert stats.accounts == count(app, "account") == 30
    for name in ("sites", "contacts", "contact_relations", "visits", "visit_contacts",
                 "visit_objections", "proposals", "proposal_items"):
        assert getattr(stats, name) == count(app, name[:-1]) > 0, name
    assert stats.rows == sum(count(app, t) for t in TABLES[:-1])
    assert seen[-1] == ("accounts", 30, 30)
    assert "30 accounts" in str(stats)
    per_account = rows(app, "SELECT count(*) FROM contact GROUP BY account_id")
    assert len(per_account) == 30
    assert all(3 <= n <= 15 for (n,) in per_account)
    # Proposals: 0-3 an account, 1-12 lines each.
    assert all(n <= 3 for (n,) in rows(app, "SELECT count(*) FROM proposal GROUP BY account_id"))
    lines = rows(app, "SELECT count(*) FROM proposal_item GROUP BY proposal_id")
    assert len(lines) == stats.proposals
    assert all(1 <= n <= 12 for (n,) in lines)


def test_explicit_sizes_are_honoured_exactly(app: Kadesk) -> None:
    stats = generate(app, DemoSize(accounts=25, contacts=61, visits=97, proposals=13))
    assert (stats.accounts, stats.contacts, stats.visits, stats.proposals) == (25, 61, 97, 13)
    assert [count(app, t) for t in ("account", "contact", "visit", "proposal")] == [25, 61, 97, 13]


def test_sizes_must_make_sense(app: Kadesk) -> None:
    with pytest.raises(ValueError):
        generate(app, DemoSize(accounts=-1))
    with pytest.raises(ValueError):
        generate(app, DemoSize(accounts=0, visits=5))
    assert generate(app, DemoSize(accounts=0)).rows == 0
    assert count(app, "account") == 0


def test_same_seed_same_content_other_seed_other_content(demo: Kadesk, tmp_path: Path) -> None:
    def other(name: str, seed: int) -> dict[str, list[tuple[Any, ...]]]:
        with Kadesk.open(tmp_path / name / "kadesk.db", today=lambda: TODAY) as app:
            generate(app, SMALL, seed=seed)
            return content(app)

    first = content(demo)
    assert other("again", 1) == first
    different = other("seed2", 2)
    assert different["account"] != first["account"]
    assert different["visit"] != first["visit"]


def test_every_account_has_a_headquarters_and_a_single_rooted_contact_tree(demo: Kadesk) -> None:
    kinds = Counter(a for a, k in rows(demo, "SELECT account_id, kind FROM site")
                    if k == "headquarters")
    assert len(kinds) == 30
    assert set(kinds.values()) == {1}
    contacts = rows(demo, "SELECT id, account_id, reports_to_id, buying_role FROM contact")
    by_id = {c.id: c for c in contacts}
    roots = Counter(c.account_id for c in contacts if c.reports_to_id is None)
    assert len(roots) == 30
    assert set(roots.values()) == {1}
    for c in contacts:
        assert (c.reports_to_id is None) == (c.buying_role == BuyingRole.DECISION_MAKER)
        seen, cursor = set(), c
        while cursor.reports_to_id is not None:
            assert cursor.id not in seen, "reports-to cycle"
            seen.add(cursor.id)
            cursor = by_id[cursor.reports_to_id]
            assert cursor.account_id == c.account_id, "manager at another account"


def test_visits_meet_their_own_accounts_people_and_raise_builtin_objections(
        demo: Kadesk) -> None:
    foreign = rows(demo, """
        SELECT count(*) FROM visit_contact vc JOIN visit v ON v.id = vc.visit_id
        JOIN contact c ON c.id = vc.contact_id WHERE c.account_id != v.account_id""")
    assert foreign[0][0] == 0
    assert rows(demo, """SELECT count(*) FROM visit v JOIN site s ON s.id = v.site_id
                         WHERE s.account_id != v.account_id""")[0][0] == 0
    kinds = rows(demo, """SELECT DISTINCT li.kind, li.builtin FROM visit_objection vo
                          LEFT JOIN list_item li ON li.id = vo.objection_id""")
    assert kinds == [(ListKind.OBJECTION.value, 1)]
    ids = [r.id for r in rows(demo, "SELECT id FROM visit_contact")]
    assert len(ids) == len(set(ids))


def test_times_are_in_the_past_two_years_during_office_hours(demo: Kadesk) -> None:
    china = timedelta(hours=8)
    start = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC) - china
    account = rows(demo, "SELECT id FROM account WHERE name = '华为技术有限公司'")[0].id
    visits = demo.visits.of_account(account)
    assert len(visits) > 12  # tier A: about monthly
    for visit in visits:
        assert visit.occurred_at.tzinfo is not None
        assert start - timedelta(days=733) <= visit.occurred_at < start
        local = visit.occurred_at + china
        assert 9 <= local.hour < 18
        assert local.weekday() < 5


def test_tiers_revenue_and_cadence_follow_the_20_80_rule(demo: Kadesk) -> None:
    tiers = Counter(t for (t,) in rows(demo, "SELECT tier FROM account"))
    assert 0 < tiers["A"] < tiers["B"] < tiers["C"]
    revenue = {t: [r for (r,) in rows(demo, "SELECT annual_revenue_cents FROM account "
                                             "WHERE tier = :t AND annual_revenue_cents", t=t)]
               for t in "ABC"}
    assert min(revenue["A"]) > max(revenue["C"])
    visits = {t: n / tiers[t] for t, n in rows(demo, """SELECT a.tier, count(*) FROM visit v
              JOIN account a ON a.id = v.account_id GROUP BY a.tier""")}
    assert visits["A"] > visits["B"] > visits["C"]


def test_agenda_has_overdue_accounts_and_due_and_upcoming_follow_ups(demo: Kadesk) -> None:
    overdue = demo.accounts.count(AccountFilter(overdue=True))
    assert 0 < overdue < 30
    for summary in demo.accounts.page(AccountFilter(overdue=True)):
        cadence = CADENCE_DAYS[summary.tier]
        assert summary.last_visit_at is None or (
            TODAY - summary.last_visit_at.date()).days >= cadence
    assert demo.accounts.count(AccountFilter(follow_up_due=True)) > 0
    due = demo.visits.follow_ups_due()
    assert due
    assert all(v.follow_up_date <= TODAY and not v.follow_up_done for v in due)
    upcoming = rows(demo, "SELECT count(*) FROM visit WHERE follow_up_date > :d "
                          "AND NOT follow_up_done", d=TODAY.isoformat())[0][0]
    assert upcoming > 0


def test_records_pass_the_same_validation_as_user_input(demo: Kadesk) -> None:
    number = re.compile(r"^P\d{8}-\d{4}$")
    for summary in demo.accounts.page(limit=30):
        account = demo.accounts.get(summary.id)
        assert account_errors(account) == []
        assert all(site_errors(s) == [] for s in demo.accounts.sites(account.id))
        assert all(contact_errors(c, TODAY) == [] for c in demo.contacts.of_account(account.id))
        assert all(visit_errors(v) == [] for v in demo.visits.of_account(account.id))
        for proposal in demo.proposals.of_account(account.id):
            assert proposal_errors(proposal) == []
            assert number.match(proposal.number)
            assert proposal.total.cents > 0


def test_search_finds_demo_data_by_chinese_traditional_and_pinyin(demo: Kadesk) -> None:
    def titles(query: str) -> set[str]:
        return {hit.title for hit in demo.search(query) if hit.kind == "account"}

    assert "华为技术有限公司" in titles("hw")
    assert "华为技术有限公司" in titles("華為")
    assert "华为技术有限公司" in titles("huawei")
    # Polyphonic: 重庆 reads chongqing, 长安 chang'an, 重工 zhonggong.
    assert "重庆长安汽车股份有限公司" in titles("chongqing")
    assert "重庆长安汽车股份有限公司" in titles("changan")
    assert "三一重工股份有限公司" in titles("zhonggong")
    assert "鴻海精密工業股份有限公司" in titles("鸿海")
    traditional = rows(demo, "SELECT name, short_name FROM account WHERE hq_city "
                             "IN ('香港', '澳门', '台北', '新竹')")
    assert len(traditional) >= 2
    for name, short in traditional:
        assert name in titles(fold(short))
    person = rows(demo, """SELECT c.name FROM contact c JOIN account a ON a.id = c.account_id
                           WHERE a.name = '鴻海精密工業股份有限公司' LIMIT 1""")[0].name
    assert any(h.kind == "contact" and h.title == person for h in demo.search(fold(person)))

