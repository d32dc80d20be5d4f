"""What the services take in (``*Fields``) and hand out (records): plain frozen data.

A ``*Fields`` class holds exactly the editable fields of an entity; the record
adds identity, stamps and derived facts. The UI, CLI, reports and sync only
ever see these, never an ORM object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from kadesk.domain.enums import (
    AccountType,
    Attitude,
    BusinessModel,
    BuyingRole,
    BuyingStage,
    CoverStyle,
    Influence,
    ListKind,
    ProposalStatus,
    Region,
    RelationKind,
    RelationshipStage,
    ServiceModel,
    SiteKind,
    Tier,
    VisitKind,
)
from kadesk.domain.language import is_chinese
from kadesk.domain.money import (
    DEFAULT_CURRENCY,
    DEFAULT_TAX_BP,
    Money,
    line_amount_cents,
    tax_cents,
)


@dataclass(frozen=True, kw_only=True)  # no slots: records inherit two field groups
class Stamps:
    id: str
    created_at: datetime
    updated_at: datetime
    deleted: bool = False


@dataclass(frozen=True, kw_only=True)
class AccountFields:
    name: str
    short_name: str = ""
    english_name: str = ""
    aliases: str = ""  # other names, "; "-separated (split_aliases)
    industry_id: str | None = None
    hq_city: str = ""
    region: Region | None = None
    account_type: AccountType = AccountType.PROSPECT
    tier: Tier = Tier.C
    relationship_stage: RelationshipStage = RelationshipStage.EXPLORATORY
    buying_stage: BuyingStage | None = None
    annual_revenue: Money | None = None
    monthly_contribution: Money | None = None
    volume: str = ""
    cooperation_start: date | None = None
    business_model: BusinessModel | None = None
    purchases: str = ""
    special_operations: str = ""
    financial_needs: str = ""
    payment_terms_days: int | None = None
    unmet_needs: str = ""
    competitors: str = ""
    owner: str = ""
    service_model: ServiceModel | None = None
    notes: str = ""


# What separates a record's aliases: a semicolon (either width), 、 or a new line. Not a
# comma: English names hold them (China Merchants Bank Co., Ltd.).
_ALIAS_SEPARATORS = re.compile(r"[;；、\n]+")
ALIAS_SEPARATOR = "; "


def split_aliases(text: str) -> list[str]:
    """The aliases in ``text``, stripped, each once, in the order written."""
    return list(dict.fromkeys(a.strip() for a in _ALIAS_SEPARATORS.split(text) if a.strip()))


def join_aliases(aliases: list[str]) -> str:
    return ALIAS_SEPARATOR.join(dict.fromkeys(a.strip() for a in aliases if a.strip()))


@dataclass(frozen=True, kw_only=True)
class Account(AccountFields, Stamps):
    last_visit_at: datetime | None = None
    next_follow_up: date | None = None


@dataclass(frozen=True, kw_only=True)
class AccountSummary:
    """One row of the account list: what the list shows, nothing more."""

    id: str
    name: str
    short_name: str
    english_name: str
    tier: Tier
    account_type: AccountType
    region: Region | None
    industry_id: str | None
    hq_city: str
    relationship_stage: RelationshipStage
    owner: str
    annual_revenue: Money | None
    last_visit_at: datetime | None
    next_follow_up: date | None
    overdue: bool


@dataclass(frozen=True, kw_only=True)
class SiteFields:
    account_id: str
    name: str
    kind: SiteKind = SiteKind.BRANCH
    city: str = ""
    address: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Site(SiteFields, Stamps):
    pass


@dataclass(frozen=True, kw_only=True)
class ContactFields:
    account_id: str
    name: str
    title: str = ""
    department: str = ""
    site_id: str | None = None
    mobile: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    birthday: date | None = None
    personal_notes: str = ""
    buying_role: BuyingRole | None = None
    attitude: Attitude = Attitude.NEUTRAL
    influence: Influence = Influence.MEDIUM
    strength: int = 3
    reports_to_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class Contact(ContactFields, Stamps):
    last_met_at: datetime | None = None
    # Where the user placed them on the contact map (points); None = automatic layout.
    # Not a ContactFields field: ContactService.place() sets it, editors never touch it.
    map_x: float | None = None
    map_y: float | None = None


@dataclass(frozen=True, kw_only=True)
class ContactRelationFields:
    """A tie between two contacts of one account other than reports-to."""

    account_id: str
    from_contact_id: str
    to_contact_id: str
    kind: RelationKind = RelationKind.INFLUENCES


@dataclass(frozen=True, kw_only=True)
class ContactRelation(ContactRelationFields, Stamps):
    pass


@dataclass(frozen=True, kw_only=True)
class VisitObjectionFields:
    objection_id: str
    details: str = ""
    response: str = ""
    resolved: bool = False
    # Set when editing an objection already recorded on the visit.
    id: str | None = None


@dataclass(frozen=True, kw_only=True)
class VisitObjection(VisitObjectionFields):
    pass


@dataclass(frozen=True, kw_only=True)
class VisitFields:
    account_id: str
    occurred_at: datetime
    kind: VisitKind = VisitKind.ONSITE
    site_id: str | None = None
    duration_minutes: int | None = None
    contact_ids: tuple[str, ...] = ()
    colleagues: str = ""
    purpose: str = ""
    summary: str = ""
    outcome: str = ""
    satisfaction: int | None = None
    objections: tuple[VisitObjectionFields, ...] = ()
    next_steps: str = ""
    follow_up_date: date | None = None
    follow_up_done: bool = False
    owner: str = ""


@dataclass(frozen=True, kw_only=True)
class Visit(VisitFields, Stamps):
    pass


@dataclass(frozen=True, kw_only=True)
class ProposalItemFields:
    description: str
    quantity_milli: int = 1000
    unit: str = ""
    unit_price_cents: int = 0
    discount_bp: int = 0
    # VAT on this line: transport 9% and services 6% can sit in one quote.
    tax_bp: int = DEFAULT_TAX_BP
    id: str | None = None

    @property
    def amount_cents(self) -> int:
        return line_amount_cents(self.quantity_milli, self.unit_price_cents, self.discount_bp)


@dataclass(frozen=True, kw_only=True)
class ProposalFields:
    account_id: str
    title: str
    number: str = ""
    version: int = 1
    status: ProposalStatus = ProposalStatus.DRAFT
    currency: str = DEFAULT_CURRENCY
    tax_bp: int = DEFAULT_TAX_BP  # the rate a new line starts with
    issued_on: date | None = None  # the proposal's date; None: today, when created
    valid_until: date | None = None
    addressee_id: str | None = None  # the customer's contact named on the cover
    needs: str = ""
    solution: str = ""
    value_added: str = ""
    benefits: str = ""
    terms: str = ""
    # The service commitment (服务承诺), each None where nothing is promised.
    sla_on_time_bp: int | None = None  # on-time delivery rate, at least
    sla_damage_bp: int | None = None  # damage rate, at most
    sla_claim_days: int | None = None  # claims settled within, working days
    sla_response_hours: int | None = None  # complaints answered within
    sla_claims: str = ""  # how claims are paid
    items: tuple[ProposalItemFields, ...] = ()
    previous_version_id: str | None = None


def taxes(items: tuple[ProposalItemFields, ...] | list[ProposalItemFields], currency: str
          ) -> list[tuple[int, Money, Money]]:
    """Per tax rate, highest first: (rate, the lines' amount, the tax on it). Tax is
    rounded once per rate, as a VAT invoice totals it."""
    by_rate: dict[int, int] = {}
    for item in items:
        by_rate[item.tax_bp] = by_rate.get(item.tax_bp, 0) + item.amount_cents
    return [(rate, Money(base, currency), Money(tax_cents(base, rate), currency))
            for rate, base in sorted(by_rate.items(), reverse=True)]


@dataclass(frozen=True, kw_only=True)
class Proposal(ProposalFields, Stamps):
    @property
    def subtotal(self) -> Money:
        return Money(sum(i.amount_cents for i in self.items), self.currency)

    def taxes(self) -> list[tuple[int, Money, Money]]:
        return taxes(self.items, self.currency)

    @property
    def tax(self) -> Money:
        return Money(sum(tax.cents for _rate, _base, tax in self.taxes()), self.currency)

    @property
    def total(self) -> Money:
        return self.subtotal + self.tax


@dataclass(frozen=True, kw_only=True)
class LetterheadFields:
    """Our company as every rep of the team prints it: set once, shared by sync."""

    company_name: str = ""
    company_name_en: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    credit_code: str = ""  # 统一社会信用代码, 18 characters
    bank_name: str = ""
    bank_account: str = ""
    profile: str = ""  # who we are: the boilerplate paragraph of every proposal
    network: str = ""  # branches, hubs, coverage
    qualifications: str = ""  # licences and certificates
    closing: str = ""  # the closing paragraph above the signatures
    colour: str = "#1f4e79"  # headings, rules and the cover band
    accent: str = "#c8102e"
    cover_style: CoverStyle = CoverStyle.BAND
    logo: str = ""  # PNG or JPEG, base64: it travels with the row


@dataclass(frozen=True, kw_only=True)
class Letterhead(LetterheadFields):
    updated_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class ListItemFields:
    kind: ListKind
    code: str
    label_zh: str
    label_en: str = ""
    guidance_zh: str = ""
    guidance_en: str = ""
    hidden: bool = False
    sort_order: int = 0


@dataclass(frozen=True, kw_only=True)
class ListItem(ListItemFields, Stamps):
    builtin: bool = False

    def label(self, language: str) -> str:
        return self.label_zh if is_chinese(language) or not self.label_en else self.label_en


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    """One result of the search box: an account, a contact (found by name or phone
    number) or a proposal (by number)."""

    kind: str  # "account", "contact" or "proposal"
    id: str
    account_id: str
    title: str
    title_en: str = ""  # an account's English name, when it has one
    detail: str = ""  # a contact's job title or the number that matched, a short name
    account: str = ""  # the account's name (contacts, proposals)
    account_en: str = ""

    def title_in(self, language: str) -> str:
        return self.title if is_chinese(language) or not self.title_en else self.title_en

    def subtitle_in(self, language: str) -> str:
        """'detail · account', the account named in ``language`` where it can be."""
        account = self.account if is_chinese(language) or not self.account_en \
            else self.account_en
        return " · ".join(p for p in (self.detail, account) if p)
