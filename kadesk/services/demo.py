"""Realistic demo data: deterministic for a seed, and scalable to tens of thousands of accounts.

Every row goes through the clocked bulk path (``insert_rows``) in transactions
of about ``ROWS_PER_COMMIT`` rows, account by account, so memory stays bounded
and each row is stamped like any other write. The same seed, size and
``app.today()`` give the same content, ids included; only the stamps
(created_at, row_hlc, row_device...) differ between runs.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from random import Random
from time import perf_counter
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import opencc

from kadesk.domain.builtins import OBJECTIONS, VALUE_ADDED, builtin_id
from kadesk.domain.enums import (
    CADENCE_DAYS,
    AccountType,
    Attitude,
    BusinessModel,
    BuyingRole,
    ListKind,
    RelationKind,
    RelationshipStage,
    SiteKind,
    Tier,
    VisitKind,
)
from kadesk.domain.phones import phone_problem
from kadesk.services import demo_vocab as v
from kadesk.store import models as m
from kadesk.store.clock import insert_rows

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

T = TypeVar("T")
Progress = Callable[[str, int, int], None]

HISTORY_DAYS = 730
# Bigger transactions rewrite fewer index pages (ids are random): 100k rows took
# 20% less time than 20k at 20k accounts, for ~70 MB more memory.
ROWS_PER_COMMIT = 100_000
# Asia/Shanghai has kept UTC+8 without DST since 1991; a fixed offset needs no
# time-zone database (Windows has none without the tzdata package).
CHINA_OFFSET = timedelta(hours=8)
TIER_SHARES = {Tier.A: 0.05, Tier.B: 0.15}
OVERDUE_SHARE = 0.15
TRADITIONAL_SHARE = 0.10
# Parents before children: SQLite checks each foreign key as the row goes in.
TABLES: tuple[type[m.Synced], ...] = (
    m.Account, m.Site, m.Contact, m.ContactRelation, m.Visit, m.VisitContact, m.VisitObjection,
    m.Proposal, m.ProposalItem,
)


@dataclass(frozen=True)
class DemoSize:
    accounts: int = 120
    contacts: int | None = None  # total; None = 3..15 per account at random
    visits: int | None = None  # total; None = by tier cadence over the last two years
    proposals: int | None = None  # total; None = 0..3 per account


@dataclass(frozen=True)
class DemoStats:
    """Rows written per table, and how long it took."""

    accounts: int = 0
    sites: int = 0
    contacts: int = 0
    contact_relations: int = 0
    visits: int = 0
    visit_contacts: int = 0
    visit_objections: int = 0
    proposals: int = 0
    proposal_items: int = 0
    seconds: float = 0.0
    # Of which inside insert_rows and commits: search keys, SQL, triggers.
    write_seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self) if not f.name.endswith("seconds"))

    def __str__(self) -> str:
        counts = ", ".join(f"{getattr(self, f.name):,} {f.name.replace('_', ' ')}"
                           for f in fields(self) if not f.name.endswith("seconds"))
        return f"{counts} in {self.seconds:.1f} s"


def generate(app: Kadesk, size: DemoSize = DemoSize(), seed: int = 1,
             progress: Progress | None = None) -> DemoStats:
    """Write a demo data set of ``size`` into ``app``'s database (best into an empty one)."""
    _check(size)
    start = perf_counter()
    rng = Random(seed)
    plans = _plan(rng, size)
    writer = _Writer(app)
    maker = _Maker(rng, app.today(), writer.pending)
    every = max(1, len(plans) // 100)  # report each percent, not only each commit
    for index, plan in enumerate(plans):
        maker.account(index, plan)
        last = index == len(plans) - 1
        if writer.pending_rows() >= ROWS_PER_COMMIT or last:
            writer.flush()
        if progress is not None and ((index + 1) % every == 0 or last):
            progress("accounts", index + 1, len(plans))
    counts = {f"{model.__tablename__}s": n for model, n in writer.written.items()}
    return DemoStats(**counts, seconds=perf_counter() - start, write_seconds=writer.seconds)


def _check(size: DemoSize) -> None:
    totals = (size.contacts, size.visits, size.proposals)
    if size.accounts < 0 or any(t is not None and t < 0 for t in totals):
        raise ValueError(f"demo sizes cannot be negative: {size}")
    if size.accounts == 0 and any(totals):
        raise ValueError("contacts, visits and proposals need at least one account")


class _Writer:
    """Rows waiting per table, written together in one transaction."""

    def __init__(self, app: Kadesk) -> None:
        self.app = app
        self.pending: dict[type[m.Synced], list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.written = dict.fromkeys(TABLES, 0)
        self.seconds = 0.0

    def pending_rows(self) -> int:
        return sum(len(rows) for rows in self.pending.values())

    def flush(self) -> None:
        start = perf_counter()
        with self.app.db.write() as session:
            for model, rows in self.pending.items():
                if rows:
                    self.written[model] += insert_rows(session, model, rows)
                    rows.clear()
        self.seconds += perf_counter() - start


# -- the plan: how many of what per account, drawn before any row --------------

class _Plan(NamedTuple):
    tier: Tier
    account_type: AccountType
    lag: int  # days from the last visit to today
    contacts: int
    visits: int
    proposals: int


def _plan(rng: Random, size: DemoSize) -> list[_Plan]:
    plans: list[_Plan] = []
    visit_weights: list[int] = []
    proposal_weights: list[int] = []
    for tier in _tiers(rng, size.accounts):
        account_type = rng.choice(v.TYPES_BY_TIER[tier])
        cadence = CADENCE_DAYS[tier]
        if rng.random() < OVERDUE_SHARE:
            lag = rng.randint(int(cadence * 1.1) + 1, int(cadence * 1.8))
        else:
            lag = rng.randint(1, int(cadence * 0.85))
        never = account_type == AccountType.PROSPECT and rng.random() < 0.5
        visits = 0 if never else 1 + int((HISTORY_DAYS - lag) / (cadence * rng.uniform(0.75, 1.15)))
        plans.append(_Plan(tier, account_type, lag, rng.randint(3, 15), visits, rng.randint(0, 3)))
        visit_weights.append(0 if never else v.VISIT_WEIGHT[tier] * rng.randint(50, 150))
        proposal_weights.append(v.PROPOSAL_WEIGHT[tier] * rng.randint(50, 150))
    # Explicit totals are shared out in proportion to what each account would get.
    if size.contacts is not None:
        counts = _apportion(rng, size.contacts, [p.contacts for p in plans])
        plans = [p._replace(contacts=n) for p, n in zip(plans, counts, strict=True)]
    if size.visits is not None:
        counts = _apportion(rng, size.visits, visit_weights)
        plans = [p._replace(visits=n) for p, n in zip(plans, counts, strict=True)]
    if size.proposals is not None:
        counts = _apportion(rng, size.proposals, proposal_weights)
        plans = [p._replace(proposals=n) for p, n in zip(plans, counts, strict=True)]
    return plans


def _tiers(rng: Random, n: int) -> list[Tier]:
    """~5% A, 15% B, the rest C; the recognisable accounts get the best tiers."""
    a = round(n * TIER_SHARES[Tier.A])
    b = round(n * TIER_SHARES[Tier.B])
    tiers = [Tier.A] * a + [Tier.B] * b + [Tier.C] * (n - a - b)
    fixed = min(n, len(v.FIXED_ACCOUNTS))
    rest = tiers[fixed:]
    rng.shuffle(rest)
    return tiers[:fixed] + rest


def _apportion(rng: Random, total: int, weights: list[int]) -> list[int]:
    """Split ``total`` in proportion to integer ``weights``; the sum is exact."""
    if not weights:
        return []
    if sum(weights) <= 0:
        weights = [1] * len(weights)
    whole = sum(weights)
    counts = [total * w // whole for w in weights]
    for i in rng.choices(range(len(weights)), weights=weights, k=total - sum(counts)):
        counts[i] += 1
    return counts


# -- the rows ---------------------------------------------------------------------

def _landline(rng: Random, area_code: str) -> str:
    """A number the city's plan allows (8 digits in most, 7 in some): as a rep would type
    it, valid by the editor's rule; "" in the rare case none of a few draws is."""
    sep = " " if area_code.startswith("+") else "-"
    for digits in (8, 7, 8, 7, 8, 7):
        number = f"{area_code}{sep}{rng.randrange(2 * 10 ** (digits - 1), 9 * 10 ** (digits - 1))}"
        if phone_problem(number) is None:
            return number
    return ""


class _Account(NamedTuple):
    """What an account's sites, contacts, visits and proposals need to know of it."""

    id: str
    short: str
    city: str
    area_code: str
    domain: str
    owner: str
    industry: str
    needs: str
    payment_terms: int | None
    convert: Callable[[str], str]  # to the account's script: traditional or as is


CITY_INFO: dict[str, tuple[Any, str, str]] = {
    **{city: (region, roman, area) for region, cities in v.CITIES.items()
       for city, roman, area in cities},
    **{city: (region, roman, area) for city, roman, area, region, _, _ in v.TRADITIONAL_CITIES},
}
MAINLAND = tuple(city for cities in v.CITIES.values() for city, _, _ in cities)
REGIONS = v.weighted(list(v.REGION_WEIGHTS.items()))
INDUSTRIES = v.weighted(list(v.INDUSTRY_WEIGHTS.items()))
INDUSTRY_IDS = {code: builtin_id(ListKind.INDUSTRY, code) for code in v.INDUSTRY_WORDS}
OBJECTION_IDS = {code: builtin_id(ListKind.OBJECTION, code) for code, *_ in OBJECTIONS}
OBJECTION_CODES = v.weighted([(code, talk[2]) for code, talk in v.OBJECTION_TALK.items()])
VALUE_ADDED_LABELS = tuple(zh for _, zh, _ in VALUE_ADDED)
SURNAMES = v.weighted(list(zip(v.SURNAMES, v.SURNAME_WEIGHTS, strict=True)))
SCRIPT_OF = {city: config for city, _, _, _, config, _ in v.TRADITIONAL_CITIES}


def _as_is(text: str) -> str:
    return text


class _Maker:
    """Builds the rows of one account after another into ``out`` (table -> rows)."""

    def __init__(self, rng: Random, today: date,
                 out: dict[type[m.Synced], list[dict[str, Any]]]) -> None:
        self.rng = rng
        self.today = today
        self.weekday = today.weekday()
        # Midnight today in China, as a UTC time: visits are placed from it.
        self.midnight = datetime(today.year, today.month, today.day, tzinfo=UTC) - CHINA_OFFSET
        self.out = out
        self.names: set[str] = set()
        self.numbers: dict[date, int] = {}
        self.scripts: dict[str, Callable[[str], str]] = {
            cfg: opencc.OpenCC(cfg).convert for cfg in ("s2hk", "s2tw")}

    def new_id(self) -> str:
        """A version-4 UUID from the seeded generator; same as uuid.UUID(int=..., version=4)."""
        bits = self.rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC000 << 48)
        h = f"{bits | 0x4000 << 64 | 0x8000 << 48:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # These two stand in for rng.choice and rng.randint, which cost 3-5x more per call:
    # the demo makes millions of picks.
    def pick(self, table: Sequence[T]) -> T:
        return table[int(self.rng.random() * len(table))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.rng.random() * (high - low + 1))

    def account(self, index: int, plan: _Plan) -> None:
        account = self._account_row(index, plan)
        site_ids = self._sites(account)
        contact_ids = self._contacts(account, plan.contacts, site_ids)
        self._visits(account, plan, contact_ids, site_ids)
        self._proposals(account, plan.proposals)

    def _account_row(self, index: int, plan: _Plan) -> _Account:
        rng, pick, between, tier = self.rng, self.pick, self.between, plan.tier
        if index < len(v.FIXED_ACCOUNTS):
            name, short, english, city, industry, domain = v.FIXED_ACCOUNTS[index]
            convert = self.scripts[SCRIPT_OF[city]] if city in SCRIPT_OF else _as_is
        else:
            name, short, english, city, industry, domain, convert = self._names()
        self.names.add(name)
        region, _, area_code = CITY_INFO[city]
        prospect = plan.account_type == AccountType.PROSPECT
        revenue = None
        if not prospect or rng.random() < 0.5:
            low, high = v.REVENUE[Tier.C if prospect else tier]
            revenue = between(low, high) * 100
        terms = None if prospect else pick(v.TERMS[tier])
        special, unmet = pick(v.SPECIAL_OPERATIONS), pick(v.UNMET_NEEDS)
        extra_need = pick(v.FINANCIAL_NEEDS)
        low, high = v.DAILY_PARCELS[tier]
        row = {
            "id": self.new_id(), "name": name, "short_name": short, "english_name": english,
            "industry_id": INDUSTRY_IDS[industry], "hq_city": city, "region": region,
            "account_type": plan.account_type, "tier": tier,
            "relationship_stage": RelationshipStage.EXPLORATORY if prospect
            else RelationshipStage.AT_RISK if rng.random() < 0.06
            else pick(v.STAGES_BY_TIER[tier]),
            "buying_stage": pick(v.EARLY_STAGES) if prospect else pick(v.LATE_STAGES),
            "annual_revenue_cents": revenue,
            "annual_revenue_currency": None if revenue is None else "CNY",
            "monthly_contribution_cents": None if revenue is None
            else revenue * between(8, 20) // 1200,
            "monthly_contribution_currency": None if revenue is None else "CNY",
            "volume": f"日均 {between(low, high):,} 票",
            "cooperation_start": None if prospect
            else self.today - timedelta(days=between(200, 4000)),
            "business_model": BusinessModel.B2C if industry == "ecommerce"
            else BusinessModel.BOTH if industry == "apparel" or rng.random() < 0.15
            else BusinessModel.B2B,
            "purchases": "、".join(v.PURCHASES[industry][: between(1, 2)]),
            "special_operations": special,
            "financial_needs": "；".join(p for p in (f"{terms} 天账期" if terms else "",
                                                    extra_need) if p),
            "payment_terms_days": terms,
            "unmet_needs": unmet,
            "competitors": "；".join(rng.sample(v.COMPETITORS, between(0, 2))),
            "owner": pick(v.REPS),
            "service_model": pick(v.SERVICE_BY_TIER[tier]),
            "notes": pick(v.NOTES),
        }
        self.out[m.Account].append(row)
        return _Account(row["id"], short, city, area_code, domain, row["owner"], industry,
                        "；".join(p for p in (special, unmet) if p), terms, convert)

    def _names(self) -> tuple[str, str, str, str, str, str, Callable[[str], str]]:
        """A legal name not used yet, with short and English names, city, industry, domain."""
        rng, pick = self.rng, self.pick
        for attempt in itertools.count():
            industry = pick(INDUSTRIES)
            word, short_word, word_en = pick(v.INDUSTRY_WORDS[industry])
            brand, brand_en = pick(v.BRANDS)
            if attempt > 3:  # a very big data set runs short of names: 华信 + 天瑞
                second, second_en = pick(v.BRANDS)
                brand, brand_en = brand + second, brand_en + second_en.lower()
            suffix, suffix_en = (v.JOINT_STOCK if industry in ("banking", "insurance")
                                 else pick(v.SUFFIXES))
            domain = brand_en.lower() + pick((".com", ".com.cn", ".cn"))
            if rng.random() < TRADITIONAL_SHARE:
                city, city_en, _, _, config, marker = pick(v.TRADITIONAL_CITIES)
                convert = self.scripts[config]
                if marker:  # a Hong Kong or Macau company: (香港) and Limited
                    name = convert(f"{brand}{word}{marker}有限公司")
                    english = f"{brand_en} {word_en} ({city_en}) Limited"
                else:
                    name = convert(f"{brand}{word}{suffix}")
                    english = f"{brand_en} {word_en} {suffix_en}"
                short = convert(brand + short_word)
            else:
                convert = _as_is
                city, city_en, _ = pick(v.CITIES[pick(REGIONS)])
                with_city = industry in ("banking", "government") or rng.random() < 0.7
                prefix, prefix_en = (city, city_en + " ") if with_city else ("", "")
                name = f"{prefix}{brand}{word}{suffix}"
                short = (prefix + brand if with_city and rng.random() < 0.3
                         else brand + short_word)
                english = (f"{prefix_en}{brand_en} {word_en} {suffix_en}"
                           if rng.random() < 0.35 else "")
            if name not in self.names:
                break
        return name, short, english, city, industry, domain, convert

    def _address(self, city: str) -> str:
        return f"{city}{self.pick(v.DISTRICTS)}{self.pick(v.ROADS)}{self.between(1, 999)}号"

    def _sites(self, account: _Account) -> list[str]:
        rows = self.out[m.Site]
        hq = self.new_id()
        rows.append({"id": hq, "account_id": account.id, "name": f"{account.short}总部",
                     "kind": SiteKind.HEADQUARTERS, "city": account.city,
                     "address": self._address(account.city), "notes": ""})
        ids = [hq]
        kinds = v.SITE_KINDS.get(account.industry, v.OTHER_SITE_KINDS)
        for city in self.rng.sample(MAINLAND, self.between(0, 3)):
            if city == account.city:
                continue
            kind = self.pick(kinds)
            ids.append(self.new_id())
            rows.append({"id": ids[-1], "account_id": account.id,
                         "name": f"{account.short}{city}{v.SITE_SUFFIX[kind]}", "kind": kind,
                         "city": city, "address": self._address(city), "notes": ""})
        return ids

    def _contacts(self, account: _Account, n: int, site_ids: list[str]) -> list[str]:
        """The buying centre as a tree: the decision maker, department heads, their staff."""
        rng, pick, between, random = self.rng, self.pick, self.between, self.rng.random
        rows = self.out[m.Contact]
        first = len(rows)
        ids: list[str] = []
        heads: dict[str, str] = {}
        middle = rng.sample(v.TITLES_MIDDLE, max(0, min(len(v.TITLES_MIDDLE), n - 1, 1 + n // 5)))
        taken: set[str] = set()
        for i in range(n):
            if i == 0:
                (title, department), role, level, manager = (
                    pick(v.TITLES_TOP), BuyingRole.DECISION_MAKER, 0, None)
            elif i <= len(middle):
                title, department, role = middle[i - 1]
                level, manager = 1, ids[0]
            else:
                title, department, role = pick(v.TITLES_STAFF)
                level = 2
                manager = heads.get(department) or (pick(list(heads.values())) if heads
                                                    else ids[0])
            for _ in range(5):  # two people of one name at one account confuse everyone
                (surname, surname_en), (given, given_en) = pick(SURNAMES), pick(v.GIVEN_NAMES)
                if surname + given not in taken:
                    break
            taken.add(surname + given)
            ids.append(self.new_id())
            if level == 1:
                heads[department] = ids[-1]
            email = pick((f"{given_en}.{surname_en}", f"{surname_en}{given_en}",
                          f"{given_en[0]}{surname_en}"))
            phone = _landline(rng, account.area_code) if random() < 0.3 else ""
            wechat = ""
            if random() < 0.6:
                wechat = (f"{surname_en}{given_en}{between(1, 999)}" if random() < 0.5
                          else f"wxid_{rng.getrandbits(40):010x}")
            birthday = None
            if random() < 0.4:
                birthday = date(between(1965, 1998), between(1, 12), between(1, 28))
            rows.append({
                "id": ids[-1], "account_id": account.id,
                "site_id": site_ids[0] if random() < 0.7 else pick(site_ids),
                "name": account.convert(surname + given), "title": account.convert(title),
                "department": account.convert(department),
                "mobile": f"{pick(v.MOBILE_PREFIXES)}{rng.randrange(100_000_000):08d}",
                "phone": phone, "email": f"{email}@{account.domain}", "wechat": wechat,
                "birthday": birthday,
                "personal_notes": pick(v.PERSONAL_NOTES) if random() < 0.2 else "",
                "buying_role": role, "attitude": pick(v.ATTITUDES),
                "influence": pick(v.INFLUENCE_BY_LEVEL[level]), "strength": pick(v.STRENGTHS),
                "reports_to_id": manager,
            })
        if n >= 3 and random() < 0.35:  # an insider who coaches us
            rows[first + between(1, n - 1)].update(
                buying_role=BuyingRole.COACH, attitude=Attitude.SUPPORTER,
                strength=between(4, 5))
        self._relations(account, ids)
        return ids

    def _relations(self, account: _Account, ids: list[str]) -> None:
        """A few ties besides reports-to for the contact map. Drawn from a generator of
        their own, so adding them left every other demo row as it was."""
        if len(ids) < 4:
            return
        rng = Random(account.id)
        kinds = list(RelationKind)
        count = rng.randint(1, min(3, len(ids) // 3))
        pairs = sorted({tuple(sorted(rng.sample(ids, 2))) for _ in range(count)})
        self.out[m.ContactRelation] += [
            {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
             "account_id": account.id, "from_contact_id": a, "to_contact_id": b,
             "kind": rng.choice(kinds)} for a, b in pairs]

    def _visits(self, account: _Account, plan: _Plan, contact_ids: list[str],
                site_ids: list[str]) -> None:
        """``plan.visits`` visits, the last ``plan.lag`` days ago, spread evenly before it."""
        if not plan.visits:
            return
        rng, pick, between, random = self.rng, self.pick, self.between, self.rng.random
        today = self.today
        visits, links = self.out[m.Visit], self.out[m.VisitContact]
        objections = self.out[m.VisitObjection]
        step = (HISTORY_DAYS - plan.lag) / (plan.visits - 1) if plan.visits > 1 else 0.0
        for j in range(plan.visits - 1, -1, -1):  # oldest first
            days = plan.lag if j == 0 else min(
                HISTORY_DAYS, plan.lag + int(step * (j + (random() - 0.5) * 0.6)))
            weekday = (self.weekday - days) % 7
            if weekday >= 5:  # nobody visits on a weekend: move it back to Friday
                days += weekday - 4
            kind = pick(v.KINDS)
            shortest, longest, most_met, asked = v.KIND_SHAPE[kind]
            if kind == VisitKind.PHONE:
                minutes = 540 + int(random() * 540)
            else:
                minutes = 540 + 30 * int(random() * 16)  # on the half hour, 9:00-16:30
            visit_id = self.new_id()
            follow_up, done, next_steps = None, False, ""
            if random() < 0.6:
                due = between(3, 30) - days  # days from today
                follow_up = today + timedelta(days=due)
                # Past follow-ups are mostly done; some of the last visit's are left open.
                done = due <= 0 and random() < (0.5 if j == 0 else 0.97)
                next_steps = pick(v.NEXT_STEPS)
            summary = pick(v.SUMMARIES)
            if random() < 0.5:
                summary += pick(v.SUMMARIES)
            visits.append({
                "id": visit_id, "account_id": account.id,
                "site_id": pick(site_ids) if kind == VisitKind.ONSITE else None,
                "occurred_at": self.midnight + timedelta(days=-days, minutes=minutes),
                "duration_minutes": between(shortest // 5, longest // 5) * 5, "kind": kind,
                "colleagues": pick(v.COLLEAGUES) if random() < 0.25 else "",
                "purpose": pick(v.PURPOSES[kind.value]),
                "summary": summary.format(p=pick(v.PRODUCTS), n=between(5, 40),
                                          c=pick(MAINLAND)),
                "outcome": pick(v.OUTCOMES),
                "satisfaction": pick(v.SATISFACTION) if asked or random() < 0.5 else None,
                "next_steps": next_steps, "follow_up_date": follow_up, "follow_up_done": done,
                "owner": account.owner,
            })
            met = min(len(contact_ids), between(0 if kind == VisitKind.EVENT else 1, most_met))
            # One person met is the common case, and sample() is slow for it.
            for contact_id in [pick(contact_ids)] if met == 1 else rng.sample(contact_ids, met):
                links.append({"id": m.visit_contact_id(visit_id, contact_id),
                              "visit_id": visit_id, "contact_id": contact_id})
            if kind in (VisitKind.ONSITE, VisitKind.MEETING, VisitKind.PHONE) and random() < 0.18:
                codes = {pick(OBJECTION_CODES) for _ in range(1 if random() < 0.85 else 2)}
                for code in sorted(codes):
                    details, response, _ = v.OBJECTION_TALK[code]
                    objections.append({
                        "id": self.new_id(), "visit_id": visit_id,
                        "objection_id": OBJECTION_IDS[code], "details": details,
                        "response": response if random() < 0.9 else "",
                        "resolved": random() < (0.7 if days > 90 else 0.35),
                    })

    def _number(self, day: date) -> str:
        """P + date + the day's running number, as reps number them by hand."""
        self.numbers[day] = self.numbers.get(day, 0) + 1
        return f"P{day:%Y%m%d}-{self.numbers[day]:04d}"

    def _proposals(self, account: _Account, n: int) -> None:
        rng, pick, between, today = self.rng, self.pick, self.between, self.today
        proposals, items = self.out[m.Proposal], self.out[m.ProposalItem]
        previous: dict[str, Any] | None = None
        for days in sorted((between(0, 540) for _ in range(n)), reverse=True):
            day = today - timedelta(days=days)
            row: dict[str, Any] = {"id": self.new_id(), "account_id": account.id}
            if previous is not None and rng.random() < 0.3:  # a revised version
                row.update(title=previous["title"], number=previous["number"],
                           version=previous["version"] + 1, previous_version_id=previous["id"])
            else:
                row.update(title=account.short + pick(v.PROPOSAL_TITLES),
                           number=self._number(day), version=1, previous_version_id=None)
            valid_until = day + timedelta(days=pick((30, 60, 90)))
            terms = account.payment_terms or 30
            row.update(
                status=pick(v.CLOSED_STATUSES if valid_until < today else v.OPEN_STATUSES),
                currency="CNY", tax_bp=600, issued_on=day, valid_until=valid_until,
                needs=account.needs,
                solution=pick(v.SOLUTIONS).format(c=account.city),
                value_added="、".join(rng.sample(VALUE_ADDED_LABELS, between(2, 4))),
                benefits="；".join(rng.sample(v.BENEFITS, 2)),
                terms=f"账期 {terms} 天；按月对账，次月 {between(5, 15)} 日前开票；"
                      f"时效达成率不低于 {between(95, 99)}%",
            )
            proposals.append(row)
            previous = row
            specs = rng.sample(v.PROPOSAL_ITEMS, min(pick(v.ITEM_COUNTS), len(v.PROPOSAL_ITEMS)))
            for position, spec in enumerate(specs):
                description, unit, low_price, high_price, low, high, fractional = spec
                items.append({
                    "id": self.new_id(), "proposal_id": row["id"], "position": position,
                    "description": description,
                    "quantity_milli": between(low * 1000, high * 1000) if fractional
                    else between(low, high) * 1000,
                    "unit": unit, "unit_price_cents": between(low_price, high_price),
                    "discount_bp": pick(v.DISCOUNTS_BP),
                    # VAT: 9% on carriage, 6% on the services around it.
                    "tax_bp": 900 if "运输" in description or "配送" in description else 600,
                })
