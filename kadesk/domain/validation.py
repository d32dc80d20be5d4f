"""Field rules that need no database: each returns the list of what is wrong."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import math
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from kadesk.domain.errors import FieldError
from kadesk.domain.money import BASIS_POINTS, Money
from kadesk.domain.phones import PhoneError, format_phones, phone_problem
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    LetterheadFields,
    ListItemFields,
    ProposalFields,
    ProposalItemFields,
    SiteFields,
    VisitFields,
    VisitObjectionFields,
    split_aliases,
)

NAME_MAX = 200
SHORT_MAX = 60
ALIASES_MAX = 20
TEXT_MAX = 20_000
MAP_LIMIT = 100_000.0  # points from the contact map's centre
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_FIELDS = ("mobile", "phone")


def _required(name: str, value: str, limit: int = NAME_MAX) -> list[FieldError]:
    if not value.strip():
        return [FieldError(name, "required")]
    return _length(name, value, limit)


def _length(name: str, value: str, limit: int) -> list[FieldError]:
    return [FieldError(name, "too_long", {"max": limit})] if len(value) > limit else []


def _range(name: str, value: int | None, low: int, high: int) -> list[FieldError]:
    if value is None or low <= value <= high:
        return []
    return [FieldError(name, "out_of_range", {"min": low, "max": high})]


def _money(name: str, value: Money | None) -> list[FieldError]:
    if value is None:
        return []
    errors = [FieldError(name, "negative")] if value.cents < 0 else []
    if not _CURRENCY.match(value.currency):
        errors.append(FieldError(name, "bad_currency", {"value": value.currency}))
    return errors


def _texts(obj: object, names: Iterable[str], limit: int = TEXT_MAX) -> list[FieldError]:
    return [e for n in names for e in _length(n, getattr(obj, n), limit)]


def _aliases(text: str) -> list[FieldError]:
    """Each alias is a name (NAME_MAX); ALIASES_MAX of them at most."""
    aliases = split_aliases(text)
    if len(aliases) > ALIASES_MAX:
        return [FieldError("aliases", "too_many", {"max": ALIASES_MAX})]
    return next(([FieldError("aliases", "too_long", {"max": NAME_MAX})]
                 for a in aliases if len(a) > NAME_MAX), [])


def account_errors(a: AccountFields) -> list[FieldError]:
    return [
        *_required("name", a.name),
        *_length("short_name", a.short_name, SHORT_MAX),
        *_length("english_name", a.english_name, NAME_MAX),
        *_aliases(a.aliases),
        *_length("hq_city", a.hq_city, SHORT_MAX),
        *_length("owner", a.owner, SHORT_MAX),
        *_money("annual_revenue", a.annual_revenue),
        *_money("monthly_contribution", a.monthly_contribution),
        *_range("payment_terms_days", a.payment_terms_days, 0, 720),
        *_texts(a, ("volume", "purchases", "special_operations", "financial_needs",
                    "unmet_needs", "competitors", "notes")),
    ]


def site_errors(s: SiteFields) -> list[FieldError]:
    return [*_required("name", s.name), *_length("city", s.city, SHORT_MAX),
            *_texts(s, ("address", "notes"))]


def contact_errors(c: ContactFields, today: date) -> list[FieldError]:
    errors = [
        *_required("name", c.name, SHORT_MAX),
        *_length("title", c.title, SHORT_MAX),
        *_length("department", c.department, SHORT_MAX),
        *_length("wechat", c.wechat, SHORT_MAX),
        *_range("strength", c.strength, 1, 5),
        *_texts(c, ("personal_notes",)),
    ]
    for name in PHONE_FIELDS:
        value = getattr(c, name)
        if value and phone_problem(value) is not None:
            errors.append(FieldError(name, "bad_phone", {"value": phone_problem(value)}))
    if c.email and not _EMAIL.match(c.email):
        errors.append(FieldError("email", "bad_email", {"value": c.email}))
    if c.birthday and c.birthday > today:
        errors.append(FieldError("birthday", "date_order", {"other": "today"}))
    return errors


def normalized_contact(c: ContactFields) -> ContactFields:
    """The phone numbers in their stored form (those that read; the rest are left for
    ``contact_errors`` to refuse)."""
    formatted: dict[str, Any] = {}
    for name in PHONE_FIELDS:
        try:
            formatted[name] = format_phones(getattr(c, name))
        except PhoneError:
            continue
    return dataclasses.replace(c, **formatted)


def visit_errors(v: VisitFields) -> list[FieldError]:
    errors = [
        *_range("satisfaction", v.satisfaction, 1, 5),
        *_range("duration_minutes", v.duration_minutes, 0, 24 * 60),
        *_texts(v, ("purpose", "summary", "outcome", "next_steps", "colleagues")),
    ]
    if v.occurred_at.tzinfo is None:
        raise ValueError("visit times must be timezone-aware")
    if v.follow_up_date and v.follow_up_date < v.occurred_at.date():
        errors.append(FieldError("follow_up_date", "date_order", {"other": "the visit date"}))
    if len(set(v.contact_ids)) != len(v.contact_ids):
        errors.append(FieldError("contact_ids", "duplicate_contact_met"))
    for i, o in enumerate(v.objections):
        errors += objection_errors(o, f"objections[{i}].")
    return errors


def objection_errors(o: VisitObjectionFields, where: str = "") -> list[FieldError]:
    errors = _texts(o, ("details", "response"))
    if not o.objection_id:
        errors.append(FieldError(f"{where}objection_id", "required"))
    return errors


def list_item_errors(i: ListItemFields) -> list[FieldError]:
    """A list entry needs a label in one language and a code (unique per kind: the list
    service checks that against the database)."""
    errors = [] if i.label_zh.strip() or i.label_en.strip() else [
        FieldError("label_zh", "required")]
    if not i.code.strip():
        errors.append(FieldError("code", "required"))
    return errors


def map_errors(x: float | None, y: float | None) -> list[FieldError]:
    """A place on the contact map: both halves finite and on the map, or none."""
    if x is None and y is None:
        return []
    if x is None or y is None or not all(math.isfinite(v) and abs(v) <= MAP_LIMIT
                                         for v in (x, y)):
        return [FieldError("map_x", "out_of_range", {"min": -MAP_LIMIT, "max": MAP_LIMIT})]
    return []


def proposal_errors(p: ProposalFields) -> list[FieldError]:
    errors = [
        *_required("title", p.title),
        *_range("version", p.version, 1, 999),
        *_range("tax_bp", p.tax_bp, 0, BASIS_POINTS),
        *_range("sla_on_time_bp", p.sla_on_time_bp, 0, BASIS_POINTS),
        *_range("sla_damage_bp", p.sla_damage_bp, 0, BASIS_POINTS),
        *_range("sla_claim_days", p.sla_claim_days, 1, 365),
        *_range("sla_response_hours", p.sla_response_hours, 1, 720),
        *_texts(p, ("needs", "solution", "value_added", "benefits", "terms")),
        *_length("sla_claims", p.sla_claims, 500),
    ]
    if p.issued_on and p.valid_until and p.valid_until < p.issued_on:
        errors.append(FieldError("valid_until", "date_order", {"other": "the proposal date"}))
    if not _CURRENCY.match(p.currency):
        errors.append(FieldError("currency", "bad_currency", {"value": p.currency}))
    for i, item in enumerate(p.items):
        errors += item_errors(item, f"items[{i}].")
    return errors


def item_errors(item: ProposalItemFields, where: str = "") -> list[FieldError]:
    errors = [*_required(f"{where}description", item.description, 500),
              *_range(f"{where}discount_bp", item.discount_bp, 0, BASIS_POINTS),
              *_range(f"{where}tax_bp", item.tax_bp, 0, BASIS_POINTS)]
    if item.quantity_milli < 0:
        errors.append(FieldError(f"{where}quantity", "negative"))
    if item.unit_price_cents < 0:
        errors.append(FieldError(f"{where}unit_price", "negative"))
    return errors


_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# 统一社会信用代码 (GB 32100-2015): 18 characters of this alphabet, the last a check.
_CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LOGO_MAX_BYTES = 256 * 1024  # it travels in every full sync package
_LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def credit_code_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in _CREDIT_ALPHABET for c in code):
        return False
    total = sum(_CREDIT_ALPHABET.index(c) * w for c, w in zip(code, _CREDIT_WEIGHTS,
                                                              strict=False))
    return _CREDIT_ALPHABET[(31 - total % 31) % 31] == code[-1]


def logo_bytes(logo: str) -> bytes | None:
    """The image in a letterhead's logo field, or None if it is not a PNG or JPEG."""
    try:
        data = base64.b64decode(logo, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith(_LOGO_MAGIC) else None


def letterhead_errors(h: LetterheadFields) -> list[FieldError]:
    errors = [
        *_length("company_name", h.company_name, NAME_MAX),
        *_length("company_name_en", h.company_name_en, NAME_MAX),
        *_length("address", h.address, 300),
        *_length("phone", h.phone, SHORT_MAX),
        *_length("website", h.website, SHORT_MAX),
        *_length("bank_name", h.bank_name, NAME_MAX),
        *_length("bank_account", h.bank_account, SHORT_MAX),
        *_texts(h, ("profile", "network", "qualifications", "closing"), 4000),
    ]
    if h.credit_code and not credit_code_ok(h.credit_code):
        errors.append(FieldError("credit_code", "bad_credit_code", {"value": h.credit_code}))
    for name in ("colour", "accent"):
        if not _COLOUR.match(getattr(h, name)):
            errors.append(FieldError(name, "bad_colour", {"value": getattr(h, name)}))
    if h.logo:
        data = logo_bytes(h.logo)
        if data is None:
            errors.append(FieldError("logo", "bad_logo"))
        elif len(data) > LOGO_MAX_BYTES:
            errors.append(FieldError("logo", "too_large", {"max": LOGO_MAX_BYTES // 1024}))
    return errors
