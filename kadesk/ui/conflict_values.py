"""A sync conflict's two sides as the forms show them: each field's label in the UI
language, each value formatted (money in yuan, list entries and vocabulary by their
label, dates, names of linked people), and who changed it when.

A side arrives in its package form ({"values": {column: value}, "stamp": [hlc,
device], "won": bool}): cents and codes, which no rep should have to read.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from kadesk.domain import records as r
from kadesk.domain.enums import Labelled, ListKind
from kadesk.domain.hlc import physical_ms
from kadesk.domain.money import Money
from kadesk.services.app import Kadesk
from kadesk.ui.labels import Formatter

# The fields of each synced table whose values a conflict can hold.
_FIELDS: dict[str, type] = {
    "account": r.AccountFields, "site": r.SiteFields, "contact": r.ContactFields,
    "contact_relation": r.ContactRelationFields, "visit": r.VisitFields,
    "visit_objection": r.VisitObjectionFields, "proposal": r.ProposalFields,
    "proposal_item": r.ProposalItemFields}
_LISTS = {"industry_id": ListKind.INDUSTRY, "objection_id": ListKind.OBJECTION}
_PEOPLE = ("reports_to_id", "contact_id", "from_contact_id", "to_contact_id")


translate = QCoreApplication.translate  # lupdate reads translate("Fields", ...) calls


def field_labels() -> dict[str, str]:
    """Field group -> its label as the editors word it (one group may hold two columns)."""
    return {
        "name": translate("Fields", "Name"),
        "short_name": translate("Fields", "Short name"),
        "english_name": translate("Fields", "English name"),
        "industry_id": translate("Fields", "Industry"),
        "hq_city": translate("Fields", "Headquarters city"),
        "region": translate("Fields", "Region"),
        "account_type": translate("Fields", "Account type"),
        "tier": translate("Fields", "Tier"),
        "relationship_stage": translate("Fields", "Relationship stage"),
        "buying_stage": translate("Fields", "Buying stage"),
        "annual_revenue": translate("Fields", "Annual revenue with us"),
        "monthly_contribution": translate("Fields", "Monthly contribution"),
        "volume": translate("Fields", "Volume"),
        "cooperation_start": translate("Fields", "Cooperation since"),
        "business_model": translate("Fields", "Business model"),
        "purchases": translate("Fields", "What they buy"),
        "special_operations": translate("Fields", "Special operations"),
        "financial_needs": translate("Fields", "Financial needs"),
        "payment_terms_days": translate("Fields", "Payment terms"),
        "unmet_needs": translate("Fields", "Unmet needs"),
        "competitors": translate("Fields", "Competitors"),
        "owner": translate("Fields", "Owner (rep)"),
        "service_model": translate("Fields", "Service model"),
        "notes": translate("Fields", "Notes"),
        "deleted": translate("Fields", "In the trash"),
        "merged_into_id": translate("Fields", "Merged into"),
        "account_id": translate("Fields", "Account"),
        "site_id": translate("Fields", "Site"),
        "kind": translate("Fields", "Kind"),
        "city": translate("Fields", "City"),
        "address": translate("Fields", "Address"),
        "title": translate("Fields", "Title"),
        "department": translate("Fields", "Department"),
        "mobile": translate("Fields", "Mobile"),
        "phone": translate("Fields", "Phone"),
        "email": translate("Fields", "E-mail"),
        "wechat": translate("Fields", "WeChat"),
        "birthday": translate("Fields", "Birthday"),
        "personal_notes": translate("Fields", "Personal notes"),
        "buying_role": translate("Fields", "Buying role"),
        "attitude": translate("Fields", "Attitude to us"),
        "influence": translate("Fields", "Influence"),
        "strength": translate("Fields", "Relationship strength"),
        "reports_to_id": translate("Fields", "Reports to"),
        "map_position": translate("Fields", "Place on the contact map"),
        "from_contact_id": translate("Fields", "From"),
        "to_contact_id": translate("Fields", "To"),
        "occurred_at": translate("Fields", "Date and time"),
        "duration_minutes": translate("Fields", "Duration"),
        "colleagues": translate("Fields", "Colleagues who came"),
        "report": translate("Fields", "Purpose, summary, outcome and next steps"),
        "satisfaction": translate("Fields", "Satisfaction"),
        "follow_up": translate("Fields", "Follow-up"),
        "visit_id": translate("Fields", "Visit"),
        "objection_id": translate("Fields", "Objection"),
        "details": translate("Fields", "Their words"),
        "response": translate("Fields", "Our response"),
        "resolved": translate("Fields", "Resolved"),
        "number": translate("Fields", "Number"),
        "version": translate("Fields", "Version"),
        "status": translate("Fields", "Status"),
        "currency": translate("Fields", "Currency"),
        "tax_bp": translate("Fields", "Tax rate"),
        "valid_until": translate("Fields", "Valid until"),
        "needs": translate("Fields", "Needs as we understood them"),
        "solution": translate("Fields", "Proposed solution"),
        "value_added": translate("Fields", "Value-added services"),
        "benefits": translate("Fields", "Expected benefits"),
        "terms": translate("Fields", "Terms"),
        "previous_version_id": translate("Fields", "Previous version"),
        "proposal_id": translate("Fields", "Proposal"),
        "position": translate("Fields", "Position"),
        "description": translate("Fields", "Description"),
        "quantity_milli": translate("Fields", "Quantity"),
        "unit": translate("Fields", "Unit"),
        "unit_price_cents": translate("Fields", "Unit price"),
        "discount_bp": translate("Fields", "Discount"),
    }


class ConflictValues:
    """Formats conflict sides for one dialog: reads the names and lists it needs once."""

    def __init__(self, app: Kadesk, fmt: Formatter, people: Mapping[str, str]) -> None:
        self.fmt = fmt
        self.labels = field_labels()
        self.people = people  # contact and account id -> name
        self.items = {i.id: i.label(fmt.language) for kind in _LISTS.values()
                      for i in app.lists.items(kind, hidden=True)}
        me = app.db.device_id
        rep = app.settings.get("rep_name")
        self.devices = {p.device_id: p.name for p in app.sync.peers() if p.name}
        self.devices[me] = rep or translate("Fields", "this computer")

    def field(self, groups: str) -> str:
        """'tier' -> 'Tier'; an edit made while deleted may name several: 'a,b'."""
        return translate("Fields", ", ").join(self.labels.get(g, g.replace("_", " "))
                             for g in groups.split(",") if g)

    def side(self, table: str, side: Any) -> str:
        """'¥12,500,000.00 · 李娜 · 2026-11-20 17:04' (and 'kept' on the winning side)."""
        if not isinstance(side, dict):
            return ""
        values = side.get("values", {})
        text = self.values(table, values) if isinstance(values, dict) else ""
        parts = [text or "—", *self.who_when(side.get("stamp"))]
        if side.get("won"):
            parts.append(translate("Fields", "kept"))
        return " · ".join(parts)

    def who_when(self, stamp: Any) -> list[str]:
        if not (isinstance(stamp, list) and len(stamp) == 2 and isinstance(stamp[0], int)):
            return []
        hlc, device = stamp
        who = (self.devices.get(device)
               or translate("Fields", "device {id}").format(id=str(device)[:4]))
        when = datetime.fromtimestamp(physical_ms(hlc) / 1000, UTC)
        return [who, self.fmt.datetime(when)] if hlc else [who]

    def values(self, table: str, values: dict[str, Any]) -> str:
        hints = _hints(table)
        shown: list[str] = []
        columns = dict(values)
        for column in list(columns):
            if column.endswith("_cents") and column[:-6] + "_currency" in columns:
                cents, currency = columns.pop(column), columns.pop(column[:-6] + "_currency")
                if cents is not None:
                    shown.append(self.fmt.money(Money(int(cents), currency or "CNY")))
        if "follow_up_date" in columns:
            day, done = columns.pop("follow_up_date"), columns.pop("follow_up_done", False)
            if day:
                shown.append(self.fmt.date(date.fromisoformat(day)) + (" ✓" if done else ""))
        for column, value in columns.items():
            text = self.value(column, value, hints.get(column))
            if text:
                shown.append(text)
        return "; ".join(shown)

    def value(self, column: str, value: Any, hint: Any) -> str:
        if value is None or value == "":
            return ""
        if column in _LISTS:
            return self.items.get(value, "?")
        if column in _PEOPLE or column in ("account_id", "merged_into_id"):
            return self.people.get(value, "?")
        if isinstance(value, bool):
            return translate("Fields", "yes") if value else translate("Fields", "no")
        if isinstance(hint, type) and issubclass(hint, Labelled):
            member = next((m for m in hint if m.value == value), None)
            return self.fmt.enum(member) if member is not None else str(value)
        if hint is date:
            return self.fmt.date(date.fromisoformat(value))
        if hint is datetime:
            return self.fmt.datetime(datetime.fromisoformat(value).replace(tzinfo=UTC))
        if column == "payment_terms_days":
            return translate("Fields", "{n} days").format(n=value)
        if column.endswith("_bp"):
            return f"{value / 100:g}%"
        if column == "quantity_milli":
            return f"{value / 1000:g}"
        if isinstance(value, float):
            return f"{value:.0f}"
        return str(value)


def _hints(table: str) -> dict[str, Any]:
    """Column -> the type the editors use for it (the enum, date...), None unknown."""
    cls = _FIELDS.get(table)
    if cls is None:
        return {}
    hints = typing.get_type_hints(cls)
    return {f.name: _plain(hints[f.name]) for f in dataclasses.fields(cls)}


def _plain(hint: Any) -> Any:
    """``Tier | None`` -> Tier."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return args[0] if len(args) == 1 else hint
