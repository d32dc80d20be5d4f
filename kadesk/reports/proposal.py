"""The proposal (方案书) a rep prints and brings to the customer: a cover, what we
understood they need, priced line items with tax, what else we offer, and terms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table

from kadesk.domain.money import Money
from kadesk.domain.records import Account, Proposal
from kadesk.files import default_name
from kadesk.reports import formats
from kadesk.reports.strings import texts
from kadesk.reports.style import (
    LABEL,
    SHADE,
    Letterhead,
    RowTable,
    Styles,
    build_pdf,
    facts,
    frame_width,
    heading,
    styles,
    table_style,
    text,
)

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

ITEM_COLUMNS = (0.06, 0.36, 0.11, 0.08, 0.14, 0.09, 0.16)  # of the frame width


@dataclass(frozen=True)
class ProposalData:
    proposal: Proposal
    account: Account
    letterhead: Letterhead
    today: date


def gather(app: Kadesk, proposal_id: str) -> ProposalData:
    """The proposal and its account; raises NotFoundError for an unknown proposal."""
    proposal = app.proposals.get(proposal_id)
    return ProposalData(proposal=proposal, account=app.accounts.get(proposal.account_id),
                        letterhead=Letterhead.from_settings(app.settings.all()),
                        today=app.today())


def title(data: ProposalData, language: str) -> str:
    return f"{texts(language)['proposal_doc']} · {data.proposal.title}"


def file_name(data: ProposalData, language: str) -> str:
    p = data.proposal
    name = data.account.short_name or data.account.name
    return default_name(f"{name}-{p.number or p.title}-v{p.version}",
                        texts(language)["proposal_doc"], data.today)


def render(data: ProposalData, target: Path, *, language: str = "zh_CN",
           page_size: str = "A4") -> None:
    build_pdf(target, story(data, language, page_size), title=title(data, language),
              letterhead=data.letterhead, language=language, page_size=page_size)


def story(data: ProposalData, language: str, page_size: str = "A4") -> list[Flowable]:
    s = styles()
    t = texts(language)
    width = frame_width(page_size)
    p = data.proposal
    a = data.account
    out = _cover(data, language, s, width)
    # What we understood they need: the proposal's own words, else the profile's.
    out += [*heading(t["needs"], s), text(p.needs or a.unmet_needs or "—", s.body)]
    if p.solution:
        out += [*heading(t["solution"], s), text(p.solution, s.body)]
    out += heading(t["items"], s)
    out.append(_items(p, language, s, width) if p.items else text(t["no_items"], s.body))
    for title_text, body in ((t["value_added"], p.value_added), (t["benefits"], p.benefits)):
        if body:
            out += [*heading(title_text, s), text(body, s.body)]
    terms = [p.terms] if p.terms else []
    if a.payment_terms_days is not None:
        terms.append(t["labelled"].format(label=t["payment_terms"],
                                          value=t["days"].format(days=a.payment_terms_days)))
    if terms:
        out += [*heading(t["terms"], s), text("\n".join(terms), s.body)]
    validity = (t["valid_until_day"].format(day=formats.day(p.valid_until, language))
                if p.valid_until else t["no_validity"])
    out += [*heading(t["validity"], s), text(validity, s.body)]
    return out


def _cover(data: ProposalData, language: str, s: Styles, width: float) -> list[Flowable]:
    """Page one: what it is, for whom, from whom, which version and until when."""
    t = texts(language)
    p = data.proposal
    us = data.letterhead
    ours = "\n".join(part for part in (us.company_name, us.rep_name, us.rep_phone, us.rep_email)
                     if part)
    details = facts([(t["number"], p.number), (t["version"], f"v{p.version}"),
                     (t["issued"], formats.day(data.today, language)),
                     (t["valid_until"], formats.day(p.valid_until, language))],
                    [(t["prepared_by"], ours)], s=s, width=width)
    details.spaceBefore = 30 * mm
    return [text(t["proposal_doc"], s.muted), text(p.title, s.cover),
            text(t["labelled"].format(label=t["prepared_for"], value=data.account.name),
                 s.title),
            details, PageBreak()]


def _items(p: Proposal, language: str, s: Styles, width: float) -> Table:
    """Line items, then subtotal, tax and total under the amount column; the header
    row repeats on every page of a long table."""
    t = texts(language)
    head = [t["item_no"], t["description"], t["quantity"], t["unit"], t["unit_price"],
            t["discount"], t["amount"]]
    rows: list[list[Flowable | str]] = [[text(c, s.cell_head) for c in head]]
    for n, item in enumerate(p.items, start=1):
        rows.append([
            text(str(n), s.cell_number), text(item.description, s.cell),
            text(formats.quantity(item.quantity_milli), s.cell_number), text(item.unit, s.cell),
            text(formats.money(Money(item.unit_price_cents, p.currency)), s.cell_number),
            text(formats.percent(item.discount_bp) if item.discount_bp else "", s.cell_number),
            text(formats.money(Money(item.amount_cents, p.currency)), s.cell_number),
        ])
    first_total = len(rows)
    for label, amount in ((t["subtotal"], p.subtotal),
                          (t["tax"].format(rate=formats.percent(p.tax_bp)), p.tax),
                          (t["total"], p.total)):
        style = s.cell_number_bold if label == t["total"] else s.cell_number
        rows.append(["", text(label, style), "", "", "", "", text(formats.money(amount), style)])
    table = RowTable(rows, colWidths=[width * f for f in ITEM_COLUMNS], repeatRows=1)
    style = table_style()
    for r in range(first_total, len(rows)):
        style.add("SPAN", (1, r), (5, r))
        style.add("BACKGROUND", (0, r), (-1, r), LABEL)
    style.add("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), SHADE)
    table.setStyle(style)
    return table
