"""The proposal (方案书) a rep prints and hands to the customer: a cover, who we are,
what we understood they need, priced line items with tax per line, what else we offer,
our service commitment, terms, and a block for both parties to sign and seal.

It prints only what was proposed: the proposal's own fields and the team's letterhead,
never the account's notes or current terms, so a reprint is the same document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Spacer, Table

from kadesk.domain.enums import (
    OPEN_PROPOSALS,
    WATERMARKED_PROPOSALS,
    CoverStyle,
    ProposalStatus,
)
from kadesk.domain.money import Money
from kadesk.domain.records import Account, Contact, Proposal
from kadesk.files import default_name
from kadesk.reports import formats
from kadesk.reports.formats import Formats
from kadesk.reports.strings import texts
from kadesk.reports.style import (
    LABEL,
    SHADE,
    Figure,
    Letterhead,
    RowTable,
    Styles,
    build_pdf,
    colour,
    facts,
    fitted_widths,
    frame_width,
    heading,
    logo,
    styles,
    table_style,
    text,
)

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

# The description takes the width the figures leave; every other column is a figure.
ITEM_FLEX = (0, 1, 0, 0, 0, 0, 0, 0)


@dataclass(frozen=True)
class ProposalData:
    proposal: Proposal
    account: Account
    addressee: Contact | None  # the customer's contact named on the cover
    letterhead: Letterhead
    today: date


def gather(app: Kadesk, proposal_id: str) -> ProposalData:
    """The proposal and its account; raises NotFoundError for an unknown proposal."""
    proposal = app.proposals.get(proposal_id)
    # Trashed contacts too: the proposal was addressed to them, whatever happened since.
    people = {c.id: c for trashed in (False, True)
              for c in app.contacts.of_account(proposal.account_id, deleted=trashed)}
    return ProposalData(proposal=proposal, account=app.accounts.get(proposal.account_id),
                        addressee=people.get(proposal.addressee_id or ""),
                        letterhead=Letterhead.of(app), today=app.today())


def title(data: ProposalData, language: str) -> str:
    return f"{texts(language)['proposal_doc']} · {data.proposal.title}"


def file_name(data: ProposalData, language: str) -> str:
    p = data.proposal
    name = data.account.short_name or data.account.name
    return default_name(f"{name}-{p.number or p.title}-v{p.version}",
                        texts(language)["proposal_doc"], p.issued_on or data.today)


def status(data: ProposalData) -> ProposalStatus:
    """The status as printed: an open proposal past its validity date has expired."""
    p = data.proposal
    if p.status in OPEN_PROPOSALS and p.valid_until and p.valid_until < data.today:
        return ProposalStatus.EXPIRED
    return p.status


def watermark(data: ProposalData, language: str) -> str:
    """Across every page of a proposal the customer cannot take as it stands."""
    shown = status(data)
    return shown.label(language).upper() if shown in WATERMARKED_PROPOSALS else ""


def render(data: ProposalData, target: Path, *, language: str = "zh_CN",
           page_size: str = "A4") -> None:
    build_pdf(target, story(data, language, page_size), title=title(data, language),
              letterhead=data.letterhead, language=language, page_size=page_size,
              watermark=watermark(data, language))


def story(data: ProposalData, language: str, page_size: str = "A4") -> list[Flowable]:
    team = data.letterhead.team
    s = styles(team.colour)
    t = texts(language)
    f = data.letterhead.formats(language)
    width = frame_width(page_size)
    p = data.proposal
    out = _cover(data, f, s, width)
    out += _about_us(data, f, s, width)
    # Only the proposal's own words: the account's notes are ours (its unmet needs are
    # a private CRM note), and its current terms would make a reprint differ.
    for title_text, body in ((t["needs"], p.needs), (t["solution"], p.solution)):
        if body:
            out += [*heading(title_text, s), text(body, s.body)]
    out += heading(t["items"], s)
    out.append(_items(p, f, s, width) if p.items else text(t["no_items"], s.body))
    if p.value_added:
        out += [*heading(t["value_added"], s), text(p.value_added, s.body)]
    out += _commitment(p, f, s, width)
    for title_text, body in ((t["benefits"], p.benefits), (t["terms"], p.terms)):
        if body:
            out += [*heading(title_text, s), text(body, s.body)]
    validity = (t["valid_until_day"].format(day=f.day(p.valid_until)) if p.valid_until
                else t["no_validity"])
    out += [*heading(t["validity"], s), text(validity, s.body)]
    out += _signatures(data, f, s, width)
    return out


def _cover(data: ProposalData, f: Formats, s: Styles, width: float) -> list[Flowable]:
    """Page one: what it is, for whom, from whom, which version, dated and until when."""
    t = texts(f.language)
    p = data.proposal
    us = data.letterhead
    ours = "\n".join(part for part in (us.company_name, us.rep_name, us.rep_phone, us.rep_email)
                     if part)
    addressee = data.addressee
    short = [(t["number"], p.number), (t["version"], f"v{p.version}"),
             (t["issued"], f.day(p.issued_on)), (t["valid_until"], f.day(p.valid_until)),
             (t["status"], status(data).label(f.language))]
    details = facts(short, [(t["prepared_by"], ours)], s=s, width=width)
    details.spaceBefore = 24 * mm
    out: list[Flowable] = [_band(data, s, width)] if us.team.cover_style == CoverStyle.BAND else []
    out += [text(t["proposal_doc"], s.muted), text(p.title, s.cover),
            text(t["labelled"].format(label=t["prepared_for"], value=data.account.name),
                 s.title)]
    if addressee is not None:
        name = addressee.name + (t["bracketed"].format(value=addressee.title)
                                 if addressee.title else "")
        out.append(text(t["labelled"].format(label=t["attention"], value=name), s.body))
    return [*out, details, PageBreak()]


def _band(data: ProposalData, s: Styles, width: float) -> Table:
    """The cover's colour band: the team's logo and name on its colour."""
    team = data.letterhead.team
    image = logo(team)
    name = text(team.company_name or " ", s.band)
    cells: list[Flowable | str] = [name]
    widths = [width]
    if image is not None:
        w, h = image.getSize()
        height = 14 * mm
        cells = [Image(image, width=min(40 * mm, height * w / h), height=height,
                       kind="proportional"), name]
        widths = [44 * mm, width - 44 * mm]
    band = Table([cells], colWidths=widths, rowHeights=[22 * mm])
    band.setStyle(table_style(header=False))
    band.setStyle([("BACKGROUND", (0, 0), (-1, -1), colour(team.colour)),
                   ("GRID", (0, 0), (-1, -1), 0, colour(team.colour)),
                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                   ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm)])
    band.spaceAfter = 18 * mm
    return band


def _about_us(data: ProposalData, f: Formats, s: Styles, width: float) -> list[Flowable]:
    """Who we are: the team's boilerplate and the company's registered details."""
    t = texts(f.language)
    team = data.letterhead.team
    out: list[Flowable] = []
    for label, body in ((t["profile_us"], team.profile), (t["network"], team.network),
                        (t["qualifications"], team.qualifications)):
        if body:
            out += [*heading(label, s), text(body, s.body)]
    registered = [(label, value) for label, value in (
        (t["company"], team.company_name), (t["credit_code"], team.credit_code),
        (t["address"], team.address), (t["phone"], team.phone), (t["website"], team.website),
        (t["bank"], team.bank_name), (t["bank_account"], team.bank_account)) if value]
    if registered:
        out += [*heading(t["company_details"], s), facts([], registered, s=s, width=width)]
    return out


def _items(p: Proposal, f: Formats, s: Styles, width: float) -> Table:
    """Line items, then subtotal, the tax of each rate and the total (in Chinese capitals
    too, for renminbi in Chinese). The header row repeats on every page of a long table;
    figures never wrap; the totals stay on one page with the last line item above them."""
    t = texts(f.language)
    head = [t["item_no"], t["description"], t["quantity"], t["unit"], t["unit_price"],
            t["discount"], t["tax_rate"], t["amount"]]
    lines = [[str(n), item.description, formats.quantity(item.quantity_milli), item.unit,
              formats.money(Money(item.unit_price_cents, p.currency)),
              f.discount(item.discount_bp), formats.percent(item.tax_bp),
              formats.money(Money(item.amount_cents, p.currency))]
             for n, item in enumerate(p.items, start=1)]
    totals = [(t["subtotal"], formats.money(p.subtotal))]
    totals += [(t["tax"].format(rate=formats.percent(rate)), formats.money(tax))
               for rate, _base, tax in p.taxes()]
    totals.append((t["total"], formats.money(p.total)))
    columns = [[h, *(line[i] for line in lines)] for i, h in enumerate(head)]
    columns[-1] += [amount for _label, amount in totals]
    widths = fitted_widths(columns, ITEM_FLEX, width, s.cell_number, s.cell_head)
    rows: list[list[Flowable | str]] = [[text(c, s.cell_head if i in (1, 3)
                                              else s.cell_head_number) for i, c in enumerate(head)]]
    for line in lines:
        rows.append([text(v, s.cell) if i == 1 else Figure(v, s.cell if i == 3 else s.cell_number)
                     for i, v in enumerate(line)])
    first_total = len(rows)
    last = len(head) - 1
    for label, amount in totals:
        style = s.cell_number_bold if label == t["total"] else s.cell_number
        rows.append(["", text(label, style), *[""] * (last - 2), Figure(amount, style)])
    if p.currency == "CNY" and f.chinese:
        rows.append(["", text(t["in_capitals"].format(amount=formats.capitals(p.total.cents)),
                              s.cell_number_bold), *[""] * (last - 1)])
    # Whole rows only: a line item is a few lines at most, and a split one would part
    # the last line from the totals that NOSPLIT keeps with it.
    table = RowTable(rows, colWidths=widths, repeatRows=1, splitInRow=0)
    style = table_style()
    for r in range(first_total, len(rows)):
        style.add("SPAN", (1, r), (last - 1 if r < first_total + len(totals) else last, r))
        style.add("BACKGROUND", (0, r), (-1, r), LABEL)
    style.add("BACKGROUND", (0, first_total + len(totals) - 1),
              (-1, first_total + len(totals) - 1), SHADE)
    style.add("NOSPLIT", (0, first_total - 1), (-1, -1))
    table.setStyle(style)
    return table


def _commitment(p: Proposal, f: Formats, s: Styles, width: float) -> list[Flowable]:
    """The service commitment (服务承诺) as a table: what we promise, measured how."""
    t = texts(f.language)
    rows = [(label, value) for label, value in (
        (t["sla_on_time"], t["at_least"].format(value=formats.percent(p.sla_on_time_bp))
         if p.sla_on_time_bp is not None else ""),
        (t["sla_damage"], t["at_most"].format(value=formats.percent(p.sla_damage_bp))
         if p.sla_damage_bp is not None else ""),
        (t["sla_claims"], " ".join(part for part in (
            t["within_days"].format(days=p.sla_claim_days) if p.sla_claim_days else "",
            p.sla_claims) if part)),
        (t["sla_response"], t["within_hours"].format(hours=p.sla_response_hours)
         if p.sla_response_hours else "")) if value]
    if not rows:
        return []
    cells = [[text(t["sla_measure"], s.cell_head), text(t["sla_promise"], s.cell_head)]]
    cells += [[text(label, s.cell), text(value, s.cell)] for label, value in rows]
    table = RowTable(cells, colWidths=[width * 0.3, width * 0.7], repeatRows=1)
    table.setStyle(table_style())
    return [*heading(t["commitment"], s), table]


def _signatures(data: ProposalData, f: Formats, s: Styles, width: float) -> list[Flowable]:
    """Both parties sign and seal (双方签字盖章): the customer's confirmation and ours."""
    t = texts(f.language)
    team = data.letterhead.team
    out: list[Flowable] = [text(team.closing, s.body)] if team.closing else []

    def party(role: str, company: str) -> list[Flowable]:
        cell: list[Flowable] = [text(role, s.cell_head), text(company or "—", s.cell)]
        for label in (t["signature"], t["seal"], t["date"]):  # room to sign and to seal
            cell += [Spacer(1, 12 * mm), text(t["labelled"].format(label=label, value=""),
                                              s.cell)]
        return cell

    rows = [[party(t["party_customer"], data.account.name),
             party(t["party_us"], team.company_name)]]
    table = Table(rows, colWidths=[width / 2] * 2)
    table.setStyle(table_style(header=False))
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm)])
    return [KeepTogether([*heading(t["acceptance"], s), *out, text(t["acceptance_note"],
                                                                    s.muted), table])]
