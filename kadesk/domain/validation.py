"""Field rules that need no database: each returns the list of what is wrong."""

from __future__ import annotations

import dataclasses
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
    ProposalFields,
    SiteFields,
    VisitFields,
)

NAME_MAX = 200
SHORT_MAX = 60
TEXT_MAX = 20_000
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


def account_errors(a: AccountFields) -> list[FieldError]:
    return [
        *_required("name", a.name),
        *_length("short_name", a.short_name, SHORT_MAX),
        *_length("english_name", a.english_name, NAME_MAX),
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
        errors += _texts(o, ("details", "response"))
        if not o.objection_id:
            errors.append(FieldError(f"objections[{i}].objection_id", "required"))
    return errors


def proposal_errors(p: ProposalFields) -> list[FieldError]:
    errors = [
        *_required("title", p.title),
        *_range("version", p.version, 1, 999),
        *_range("tax_bp", p.tax_bp, 0, BASIS_POINTS),
        *_texts(p, ("needs", "solution", "value_added", "benefits", "terms")),
    ]
    if not _CURRENCY.match(p.currency):
        errors.append(FieldError("currency", "bad_currency", {"value": p.currency}))
    for i, item in enumerate(p.items):
        where = f"items[{i}]"
        errors += _required(f"{where}.description", item.description, 500)
        errors += _range(f"{where}.discount_bp", item.discount_bp, 0, BASIS_POINTS)
        if item.quantity_milli < 0:
            errors.append(FieldError(f"{where}.quantity", "negative"))
        if item.unit_price_cents < 0:
            errors.append(FieldError(f"{where}.unit_price", "negative"))
    return errors
