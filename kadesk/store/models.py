"""Typed ORM models of everything kadesk keeps.

Synced tables carry a UUID id, stamps, a tombstone flag and the stamp of the
row's creation; later edits are clocked per field group in ``field_clock``
(see clock.py). Columns with ``info=LOCAL`` are bookkeeping or derived and are
never clocked or synced.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kadesk.domain import enums as e
from kadesk.domain.keys import search_key, search_units, sort_key
from kadesk.domain.phones import phone_digits
from kadesk.domain.records import split_aliases
from kadesk.store.types import Base, EnumCode, UtcDateTime

LOCAL = {"sync": False}


def new_id() -> str:
    return str(uuid.uuid4())


class Synced:
    """A row that sync carries. Never hard-deleted: ``deleted`` is its tombstone."""

    # Columns that must change together share one clock (SYNC.md): group -> columns.
    __clock_groups__: ClassVar[dict[str, tuple[str, ...]]] = {}
    __tablename__: str

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id, info=LOCAL)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, info=LOCAL)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, info=LOCAL)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Stamp of the row's creation: the clock of every field not edited since.
    row_hlc: Mapped[int] = mapped_column(Integer, info=LOCAL)
    row_device: Mapped[str] = mapped_column(String(32), info=LOCAL)
    # Local sequence number of the last change to this row: the export cursor.
    row_seq: Mapped[int] = mapped_column(Integer, index=True, info=LOCAL)
    # The signed unit (sync_unit) proving the groups still at the creation stamp.
    prov: Mapped[int | None] = mapped_column(Integer, info=LOCAL)

    @classmethod
    def derive(cls, values: dict[str, Any]) -> dict[str, Any]:
        """Derived local columns (search keys) from field values; {} if none."""
        return {}


def _text() -> Mapped[str]:
    return mapped_column(Text, default="")


class ListItem(Synced, Base):
    """An entry of a user-extensible list: industries, objections, value-added services."""

    __tablename__ = "list_item"
    kind: Mapped[e.ListKind] = mapped_column(EnumCode(e.ListKind), index=True)
    code: Mapped[str] = mapped_column(String(64))
    label_zh: Mapped[str] = _text()
    label_en: Mapped[str] = _text()
    guidance_zh: Mapped[str] = _text()
    guidance_en: Mapped[str] = _text()
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Account(Synced, Base):
    __tablename__ = "account"
    __clock_groups__: ClassVar[dict[str, tuple[str, ...]]] = {
        "annual_revenue": ("annual_revenue_cents", "annual_revenue_currency"),
        "monthly_contribution": ("monthly_contribution_cents", "monthly_contribution_currency"),
    }
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str] = _text()
    english_name: Mapped[str] = _text()
    # Other names it goes by (招行, CMB, a former name), "; "-separated: all searchable.
    aliases: Mapped[str] = _text()
    industry_id: Mapped[str | None] = mapped_column(ForeignKey("list_item.id"), index=True)
    hq_city: Mapped[str] = _text()
    region: Mapped[e.Region | None] = mapped_column(EnumCode(e.Region), index=True)
    account_type: Mapped[e.AccountType] = mapped_column(EnumCode(e.AccountType), index=True)
    tier: Mapped[e.Tier] = mapped_column(EnumCode(e.Tier), index=True)
    relationship_stage: Mapped[e.RelationshipStage] = mapped_column(
        EnumCode(e.RelationshipStage)
    )
    buying_stage: Mapped[e.BuyingStage | None] = mapped_column(EnumCode(e.BuyingStage))
    annual_revenue_cents: Mapped[int | None] = mapped_column(Integer)
    annual_revenue_currency: Mapped[str | None] = mapped_column(String(3))
    monthly_contribution_cents: Mapped[int | None] = mapped_column(Integer)
    monthly_contribution_currency: Mapped[str | None] = mapped_column(String(3))
    volume: Mapped[str] = _text()
    cooperation_start: Mapped[date | None]
    business_model: Mapped[e.BusinessModel | None] = mapped_column(EnumCode(e.BusinessModel))
    purchases: Mapped[str] = _text()
    special_operations: Mapped[str] = _text()
    financial_needs: Mapped[str] = _text()
    payment_terms_days: Mapped[int | None] = mapped_column(Integer)
    unmet_needs: Mapped[str] = _text()
    competitors: Mapped[str] = _text()
    owner: Mapped[str] = mapped_column(Text, default="", index=True)
    service_model: Mapped[e.ServiceModel | None] = mapped_column(EnumCode(e.ServiceModel))
    notes: Mapped[str] = _text()
    # Set when this account was merged into another as a duplicate (a synced edit).
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    search_key: Mapped[str] = mapped_column(Text, default="", info=LOCAL)
    # The names' units and readings: what a match is decided and ranked by (matching.py).
    search_units: Mapped[str] = mapped_column(Text, default="", info=LOCAL)
    # Pinyin of the name: Chinese users expect lists in pinyin order, not code points.
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True, info=LOCAL)

    @classmethod
    def derive(cls, values: dict[str, Any]) -> dict[str, Any]:
        names = (values.get("name") or "", values.get("short_name") or "",
                 values.get("english_name") or "", *split_aliases(values.get("aliases") or ""))
        return {"search_key": search_key(*names), "search_units": search_units(*names),
                "sort_key": sort_key(names[0])}


class AccountActivity(Base):
    """Derived, local: last visit and next open follow-up per account (kept by triggers)."""

    __tablename__ = "account_activity"
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), primary_key=True)
    last_visit_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    next_follow_up: Mapped[date | None] = mapped_column(index=True)


class Site(Synced, Base):
    __tablename__ = "site"
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[e.SiteKind] = mapped_column(EnumCode(e.SiteKind))
    city: Mapped[str] = _text()
    address: Mapped[str] = _text()
    notes: Mapped[str] = _text()


class Contact(Synced, Base):
    __tablename__ = "contact"
    # A position on the contact map is one value: both halves merge together.
    __clock_groups__: ClassVar[dict[str, tuple[str, ...]]] = {
        "map_position": ("map_x", "map_y"),
    }
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"))
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = _text()
    department: Mapped[str] = _text()
    mobile: Mapped[str] = _text()
    phone: Mapped[str] = _text()
    email: Mapped[str] = _text()
    wechat: Mapped[str] = _text()
    birthday: Mapped[date | None]
    personal_notes: Mapped[str] = _text()
    buying_role: Mapped[e.BuyingRole | None] = mapped_column(EnumCode(e.BuyingRole))
    attitude: Mapped[e.Attitude] = mapped_column(EnumCode(e.Attitude))
    influence: Mapped[e.Influence] = mapped_column(EnumCode(e.Influence))
    strength: Mapped[int] = mapped_column(Integer, default=3)
    reports_to_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    # Placed by hand on the contact map (points); NULL = the automatic layout.
    map_x: Mapped[float | None] = mapped_column(Float)
    map_y: Mapped[float | None] = mapped_column(Float)
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    search_key: Mapped[str] = mapped_column(Text, default="", info=LOCAL)
    search_units: Mapped[str] = mapped_column(Text, default="", info=LOCAL)
    # Pinyin of the name, stored like the account's: reading a contact list in
    # pinyin order must not load pypinyin's dictionaries (~0.4 s the first time).
    sort_key: Mapped[str] = mapped_column(Text, default="", info=LOCAL)
    # The mobile and phone numbers as digits (contact_phone_fts indexes them).
    phone_digits: Mapped[str] = mapped_column(Text, default="", info=LOCAL)

    @classmethod
    def derive(cls, values: dict[str, Any]) -> dict[str, Any]:
        name = values.get("name") or ""
        return {"search_key": search_key(name, person=True),
                "search_units": search_units(name, person=True),
                "sort_key": sort_key(name, person=True),
                "phone_digits": phone_digits(values.get("mobile") or "",
                                             values.get("phone") or "")}


class ContactRelation(Synced, Base):
    """A tie between two contacts other than reports-to (influences, friend of...)."""

    __tablename__ = "contact_relation"
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    from_contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"))
    to_contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"))
    kind: Mapped[e.RelationKind] = mapped_column(EnumCode(e.RelationKind))


class Visit(Synced, Base):
    __tablename__ = "visit"
    # A visit's write-up is one piece of prose: it merges as a whole.
    __clock_groups__: ClassVar[dict[str, tuple[str, ...]]] = {
        "report": ("purpose", "summary", "outcome", "next_steps"),
        "follow_up": ("follow_up_date", "follow_up_done"),
    }
    __table_args__ = (
        Index("ix_visit_account_when", "account_id", "occurred_at"),
        # The agenda's open follow-ups: a small slice of a long history.
        Index("ix_visit_open_follow_up", "follow_up_date", "account_id",
              sqlite_where=text("follow_up_done IS 0 AND deleted IS 0")),
        # ... and by rep: the agenda is the rep's own by default.
        Index("ix_visit_open_follow_up_owner", "owner", "follow_up_date",
              sqlite_where=text("follow_up_done IS 0 AND deleted IS 0")),
    )
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"))
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[e.VisitKind] = mapped_column(EnumCode(e.VisitKind))
    colleagues: Mapped[str] = _text()
    purpose: Mapped[str] = _text()
    summary: Mapped[str] = _text()
    outcome: Mapped[str] = _text()
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    next_steps: Mapped[str] = _text()
    follow_up_date: Mapped[date | None] = mapped_column(index=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    owner: Mapped[str] = mapped_column(Text, default="", index=True)


class VisitContact(Synced, Base):
    """A contact met at a visit. The id is derived from the pair, so two devices
    ticking the same person converge on one row."""

    __tablename__ = "visit_contact"
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)


def visit_contact_id(visit_id: str, contact_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(visit_id), contact_id))


class VisitObjection(Synced, Base):
    __tablename__ = "visit_objection"
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    objection_id: Mapped[str] = mapped_column(ForeignKey("list_item.id"))
    details: Mapped[str] = _text()
    response: Mapped[str] = _text()
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class Proposal(Synced, Base):
    __tablename__ = "proposal"
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    number: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[e.ProposalStatus] = mapped_column(EnumCode(e.ProposalStatus))
    currency: Mapped[str] = mapped_column(String(3))
    tax_bp: Mapped[int] = mapped_column(Integer, default=0)
    issued_on: Mapped[date]
    valid_until: Mapped[date | None]
    # Not "contact_id": a trashed contact must not make the proposal an orphan in sync.
    addressee_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))
    needs: Mapped[str] = _text()
    solution: Mapped[str] = _text()
    value_added: Mapped[str] = _text()
    benefits: Mapped[str] = _text()
    terms: Mapped[str] = _text()
    sla_on_time_bp: Mapped[int | None] = mapped_column(Integer)
    sla_damage_bp: Mapped[int | None] = mapped_column(Integer)
    sla_claim_days: Mapped[int | None] = mapped_column(Integer)
    sla_response_hours: Mapped[int | None] = mapped_column(Integer)
    sla_claims: Mapped[str] = _text()
    previous_version_id: Mapped[str | None] = mapped_column(ForeignKey("proposal.id"))


class ProposalItem(Synced, Base):
    __tablename__ = "proposal_item"
    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    quantity_milli: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = _text()
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    discount_bp: Mapped[int] = mapped_column(Integer, default=0)
    tax_bp: Mapped[int] = mapped_column(Integer, default=600)


class Letterhead(Synced, Base):
    """The team's letterhead and company profile: one row (LETTERHEAD_ID) that every
    replica seeds with a genesis stamp and sync carries like any other; an edit on
    one laptop reaches the team's."""

    __tablename__ = "letterhead"
    company_name: Mapped[str] = _text()
    company_name_en: Mapped[str] = _text()
    address: Mapped[str] = _text()
    phone: Mapped[str] = _text()
    website: Mapped[str] = _text()
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    bank_name: Mapped[str] = _text()
    bank_account: Mapped[str] = _text()
    profile: Mapped[str] = _text()
    network: Mapped[str] = _text()
    qualifications: Mapped[str] = _text()
    closing: Mapped[str] = _text()
    colour: Mapped[str] = mapped_column(String(7), default="#1f4e79")
    accent: Mapped[str] = mapped_column(String(7), default="#c8102e")
    cover_style: Mapped[e.CoverStyle] = mapped_column(EnumCode(e.CoverStyle),
                                                      default=e.CoverStyle.BAND)
    # Base64 of at most LOGO_MAX_BYTES: sync refuses a longer text.
    logo: Mapped[str] = mapped_column(String(350_000), default="")


LETTERHEAD_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "kadesk:letterhead"))


class FieldClock(Base):
    """Clock of a field group edited after its row was created (SYNC.md)."""

    __tablename__ = "field_clock"
    tbl: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    grp: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer)
    device: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer, index=True)
    prov: Mapped[int | None] = mapped_column(Integer)  # the sync_unit proving this group


class LocalState(Base):
    """This installation's identity and clocks: one row, never synced."""

    __tablename__ = "local_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32))
    # Where the file lives and on which machine; a mismatch means a copy or restore.
    fingerprint: Mapped[str] = mapped_column(String(64))
    database_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    # The team this database syncs with; a fresh database is a team of its own.
    team_id: Mapped[str] = mapped_column(String(36), default="")
    # This installation's private keys (raw): Ed25519 signs its packages and roster
    # entries, X25519 receives the team key. Made when the database is opened.
    sign_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    box_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Our changes up to this seq are attested (signed units); later ones are signed at
    # the next export of a secured team.
    attested_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SyncPeer(Base):
    """Another device we exchange packages with (local bookkeeping, never synced)."""

    __tablename__ = "sync_peer"
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    # Our highest seq the peer holds all of (its acks): where incremental exports start.
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    # Our highest seq put in a package for the peer (sent, perhaps not yet received).
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    # The peer's highest seq we hold all of: what our packages acknowledge to it.
    received_seq: Mapped[int] = mapped_column(Integer, default=0)
    # The peer's "known" vector (origin device -> highest stamp), as JSON.
    known: Mapped[str] = mapped_column(Text, default="{}")
    last_import_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_export_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SyncKnown(Base):
    """Our "known" vector: the highest stamp of each origin device we hold all of."""

    __tablename__ = "sync_known"
    device: Mapped[str] = mapped_column(String(32), primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer)


class SyncPackage(Base):
    """A package imported here: re-importing it is a no-op that says when."""

    __tablename__ = "sync_package"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    source_device: Mapped[str] = mapped_column(String(32))
    source_name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16))
    seq_from: Mapped[int] = mapped_column(Integer)
    seq_to: Mapped[int] = mapped_column(Integer)
    # The import's summary (created, updated, conflicts ...), as JSON.
    counts: Mapped[str] = mapped_column(Text, default="{}")


class SyncRosterEntry(Base):
    """One signed entry of the team roster (team secured, device admitted or revoked),
    as canonical JSON; merged by union, read by kadesk/sync/roster.py."""

    __tablename__ = "sync_roster"
    entry_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    entry: Mapped[str] = mapped_column(Text)


class SyncTeamKey(Base):
    """A team key this device holds, named by the roster entry that made it."""

    __tablename__ = "sync_team_key"
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary)


class SyncUnit(Base):
    """A signed unit of provenance (kadesk/sync/provenance.py): its statement as a
    package carries it (JSON), and its members in position order."""

    __tablename__ = "sync_unit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    unit: Mapped[str] = mapped_column(Text)
    members: Mapped[bytes] = mapped_column(LargeBinary)


class SyncCover(Base):
    """A group ``unit`` covers in a row that no longer holds it under that unit
    (edited since, or proven here by another unit): the stamp and hash it covered."""

    __tablename__ = "sync_cover"
    tbl: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    grp: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit: Mapped[int] = mapped_column(Integer, primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer)
    device: Mapped[str] = mapped_column(String(32))
    hash: Mapped[bytes] = mapped_column(LargeBinary)


class SyncOwnId(Base):
    """A device id this installation has spoken as; ``nonce`` derives it from our key
    (None: an id from before derived ids, bound to the key by the roster)."""

    __tablename__ = "sync_own_id"
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    nonce: Mapped[str | None] = mapped_column(String(16))


class SyncPlaceholder(Base):
    """A row made up for a parent that has not arrived yet (never exported); the real
    row's fields replace it, and it is removed once nothing points to it."""

    __tablename__ = "sync_placeholder"
    tbl: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class SyncConflict(Base):
    """Something an import could not settle silently, kept for the user to act on."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    logged_at: Mapped[datetime] = mapped_column(UtcDateTime)
    tbl: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    grp: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(32), index=True)
    # Values and stamps of both sides as JSON: {"values": {...}, "stamp": [hlc, device]}.
    mine: Mapped[str] = mapped_column(Text, default="null")
    theirs: Mapped[str] = mapped_column(Text, default="null")
    # NULL while open; then "mine", "theirs", "merged" or "dismissed".
    resolution: Mapped[str | None] = mapped_column(String(16), index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Setting(Base):
    """Per-installation settings (the rep, language, time zone): JSON values."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    ListItem,
    Account,
    Site,
    Contact,
    ContactRelation,
    Visit,
    VisitContact,
    VisitObjection,
    Proposal,
    ProposalItem,
    Letterhead,
)


class ImportRun(Base):
    """A table or vCard import done here, kept so that it can be undone (local, never
    synced: the rows it wrote sync as ordinary edits, and so does their undo)."""

    __tablename__ = "import_run"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    file_name: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(String(16))
    policy: Mapped[str] = mapped_column(String(16))
    # The local change counter after the import: a row whose row_seq is higher was
    # edited (here or by a colleague's package) since.
    seq: Mapped[int] = mapped_column(Integer)
    # The summary (created, updated, skipped, rejected ...), as JSON.
    counts: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ImportItem(Base):
    """A row an import created or updated; for an update, the columns' values before
    and after (JSON), so undo restores only what nobody changed since."""

    __tablename__ = "import_item"
    import_id: Mapped[str] = mapped_column(ForeignKey("import_run.id"), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    action: Mapped[str] = mapped_column(String(8))
    before: Mapped[str] = mapped_column(Text, default="{}")
    after: Mapped[str] = mapped_column(Text, default="{}")
