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
    Figure,
    Letterhead,
    RowTable,
    Styles,
    build_pdf,
    facts,
    fitted_widths,
    frame_width,
    heading,
    styles,
    table_style,
    text,
)

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

# The description takes the width the figures leave; every other column is a figure.
ITEM_FLEX = (0, 1, 0, 0, 0, 0, 0)


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
    out = _cover(data, language, s, width)
    # Only the proposal's own words: the account's notes are ours (its unmet needs are
    # a private CRM note), and its current terms would make a reprint differ from what
    # was proposed.
    for title_text, body in ((t["needs"], p.needs), (t["solution"], p.solution)):
        if body:
            out += [*heading(title_text, s), text(body, s.body)]
    out += heading(t["items"], s)
    out.append(_items(p, language, s, width) if p.items else text(t["no_items"], s.body))
    for title_text, body in ((t["value_added"], p.value_added), (t["benefits"], p.benefits),
                             (t["terms"], p.terms)):
        if body:
            out += [*heading(title_text, s), text(body, s.body)]
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
    """Line items, then subtotal, tax and total under the amount column. The header row
    repeats on every page of a long table; figures never wrap; the totals stay on one
    page with the last line item above them."""
    t = texts(language)
    head = [t["item_no"], t["description"], t["quantity"], t["unit"], t["unit_price"],
            t["discount"], t["amount"]]
    lines = [[str(n), item.description, formats.quantity(item.quantity_milli), item.unit,
              formats.money(Money(item.unit_price_cents, p.currency)),
              formats.percent(item.discount_bp) if item.discount_bp else "",
              formats.money(Money(item.amount_cents, p.currency))]
             for n, item in enumerate(p.items, start=1)]
    totals = [(t["subtotal"], formats.money(p.subtotal)),
              (t["tax"].format(rate=formats.percent(p.tax_bp)), formats.money(p.tax)),
              (t["total"], formats.money(p.total))]
    columns = [[h, *(line[i] for line in lines)] for i, h in enumerate(head)]
    columns[-1] += [amount for _label, amount in totals]
    widths = fitted_widths(columns, ITEM_FLEX, width, s.cell_number, s.cell_head)
    rows: list[list[Flowable | str]] = [[text(c, s.cell_head_number if ITEM_FLEX[i] == 0
                                              else s.cell_head) for i, c in enumerate(head)]]
    for line in lines:
        rows.append([Figure(v, s.cell_number) if ITEM_FLEX[i] == 0 else text(v, s.cell)
                     for i, v in enumerate(line)])
    first_total = len(rows)
    for label, amount in totals:
        style = s.cell_number_bold if label == t["total"] else s.cell_number
        rows.append(["", text(label, style), "", "", "", "", Figure(amount, style)])
    # Whole rows only: a line item is a few lines at most, and a split one would part
    # the last line from the totals that NOSPLIT keeps with it.
    table = RowTable(rows, colWidths=widths, repeatRows=1, splitInRow=0)
    style = table_style()
    for r in range(first_total, len(rows)):
        style.add("SPAN", (1, r), (5, r))
        style.add("BACKGROUND", (0, r), (-1, r), LABEL)
    style.add("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), SHADE)
    style.add("NOSPLIT", (0, first_total - 1), (-1, -1))
    table.setStyle(style)
    return table
