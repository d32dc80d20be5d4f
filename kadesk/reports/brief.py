"""The pre-visit brief (拜访前简报): what a rep reads in the car park, one or two pages.

``gather`` reads everything through the services into a ``BriefData``; ``render``
draws only from that, so the layout can be tested and timed without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table

from kadesk.domain.contact_map import MapEdge
from kadesk.domain.enums import OPEN_PROPOSALS, ListKind, RelationKind
from kadesk.domain.language import is_chinese
from kadesk.domain.records import Account, Contact, ContactRelation, Proposal, Visit
from kadesk.files import default_name
from kadesk.reports import fonts, formats
from kadesk.reports.breaking import Text
from kadesk.reports.contact_map import MapPart, printed_map
from kadesk.reports.strings import texts
from kadesk.reports.style import (
    FRAME_PADDING,
    Letterhead,
    Styles,
    build_pdf,
    facts,
    frame_size,
    frame_width,
    heading,
    section,
    sideways,
    styles,
    text,
)

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

LAST_VISITS = 5


@dataclass(frozen=True)
class OpenObjection:
    met_on: datetime
    label: str
    details: str
    response: str


@dataclass(frozen=True)
class BriefData:
    account: Account
    industry: str
    contacts: tuple[Contact, ...]
    relations: tuple[ContactRelation, ...]
    visits: tuple[Visit, ...]  # the last few, newest first
    objections: tuple[OpenObjection, ...]
    follow_ups: tuple[Visit, ...]  # open ones, earliest due first
    proposals: tuple[Proposal, ...]
    letterhead: Letterhead
    today: date
    now: datetime


def gather(app: Kadesk, account_id: str, *, language: str = "zh_CN",
           last_visits: int = LAST_VISITS) -> BriefData:
    """Everything the brief shows; raises NotFoundError for an unknown account."""
    account = app.accounts.get(account_id)
    industries = {i.id: i.label(language) for i in app.lists.items(ListKind.INDUSTRY, hidden=True)}
    objection_names = {i.id: i.label(language)
                       for i in app.lists.items(ListKind.OBJECTION, hidden=True)}
    visits = app.visits.of_account(account_id)
    objections = [OpenObjection(v.occurred_at, objection_names.get(o.objection_id, "—"),
                                o.details, o.response)
                  for v in visits for o in v.objections if not o.resolved]
    follow_ups = sorted((v for v in visits if v.follow_up_date and not v.follow_up_done),
                        key=lambda v: v.follow_up_date or date.max)
    return BriefData(
        account=account,
        industry=industries.get(account.industry_id or "", ""),
        contacts=tuple(app.contacts.as_drawn(account_id, app.contacts.of_account(account_id))),
        relations=tuple(app.relations.of_account(account_id)),
        visits=tuple(visits[:last_visits]),
        objections=tuple(objections),
        follow_ups=tuple(follow_ups),
        proposals=tuple(p for p in app.proposals.of_account(account_id)
                        if p.status in OPEN_PROPOSALS),
        letterhead=Letterhead.of(app),
        today=app.today(),
        now=datetime.now(UTC),
    )


def title(data: BriefData, language: str) -> str:
    return f"{texts(language)['brief']} · {data.account.short_name or data.account.name}"


def file_name(data: BriefData, language: str) -> str:
    return default_name(data.account.short_name or data.account.name,
                        texts(language)["brief"], data.today)


def render(data: BriefData, target: Path, *, language: str = "zh_CN",
           page_size: str = "A4") -> None:
    build_pdf(target, story(data, language, page_size), title=title(data, language),
              letterhead=data.letterhead, language=language, page_size=page_size)


def story(data: BriefData, language: str, page_size: str = "A4") -> list[Flowable]:
    s = styles()
    t = texts(language)
    f = data.letterhead.formats(language)
    width = frame_width(page_size)
    a = data.account
    names = {c.id: c.name for c in data.contacts}
    english = (f"  <font size=10>{fonts.markup(a.english_name)}</font>" if a.english_name
               else "")
    out: list[Flowable] = [
        Text(fonts.markup(a.name, s.title.fontName) + english, s.title),
        text(f"{t['brief']}  ·  {t['printed'].format(day=f.day(data.today))}", s.muted),
        *heading(t["profile"], s), _profile(data, f, s, width),
    ]

    if data.contacts:
        out += _map(data, language, t, s, page_size)
    else:
        out += [*heading(t["contact_map"], s), text(t["no_contacts"], s.body)]

    sep = "、" if is_chinese(language) else ", "
    visit_rows = [[f.day(v.occurred_at), v.kind.label(language),
                   sep.join(names[i] for i in v.contact_ids if i in names),
                   v.purpose, v.outcome or v.summary] for v in data.visits]
    out += section(t["last_visits"], [t["date"], t["kind"], t["met"], t["purpose"], t["outcome"]],
                   visit_rows, [0, 0, 0.25, 0.3, 0.45], s=s, empty=t["none"], width=width)

    objection_rows = [[f.day(o.met_on), o.label, o.details, o.response]
                      for o in data.objections]
    out += section(t["open_objections"], [t["date"], t["objection"], t["details"], t["response"]],
                   objection_rows, [0, 0.2, 0.4, 0.4], s=s, empty=t["none"], width=width)

    follow_rows = [[f.day(v.follow_up_date)
                    + (t["overdue"] if v.follow_up_date and v.follow_up_date < data.today
                       else ""),
                    v.next_steps or v.purpose, f.day(v.occurred_at)]
                   for v in data.follow_ups]
    out += section(t["follow_ups"], [t["due"], t["next_steps"], t["set_at_visit"]], follow_rows,
                   [0, 1, 0], s=s, empty=t["none"], width=width)

    proposal_rows = [[p.title + (t["bracketed"].format(value=p.number) if p.number else ""),
                      f"v{p.version}", p.status.label(language), f.day(p.valid_until),
                      formats.money(p.total)] for p in data.proposals]
    out += section(t["open_proposals"],
                   [t["proposal"], t["version"], t["status"], t["valid_until"], t["total"]],
                   proposal_rows, [1, 0, 0, 0, 0], s=s, empty=t["none"], width=width)
    return out


def _map(data: BriefData, language: str, t: dict[str, str], s: Styles, page_size: str
         ) -> list[Flowable]:
    """The contact map under its heading, laid out for the page, its text never below
    7 pt: after the profile when it fits there, else on a page of its own; a map too
    large for one page goes on pages of its own, landscape or upright, whichever takes
    fewer."""
    head = s.heading.leading + s.heading.spaceBefore + s.heading.spaceAfter

    def cut(turned: bool) -> tuple[list[MapPart], list[MapEdge]]:
        w, h = frame_size(page_size, turned=turned)
        # The frame's padding too: the map may use it.
        return printed_map(list(data.contacts), list(data.relations), now=data.now,
                           language=language, width=w + 2 * FRAME_PADDING, height=h - head)

    upright = cut(turned=False)
    if len(upright[0]) == 1:
        [whole] = upright[0]
        return [*heading(t["contact_map"], s, room=whole.least_height + head), whole,
                *_untold(data, upright[1], language, t, s)]
    turned = cut(turned=True)
    parts, untold = turned if len(turned[0]) < len(upright[0]) else upright
    pages: list[Flowable] = [KeepTogether([text(t["contact_map"], s.heading), parts[0]])]
    pages += [KeepTogether([text(t["map_continued"].format(n=n, of=len(parts)), s.muted),
                            part]) for n, part in enumerate(parts[1:], start=2)]
    after = _untold(data, untold, language, t, s)
    if parts is turned[0]:
        return sideways(pages, after=after)
    return [PageBreak(), *(item for page in pages[:-1] for item in (page, PageBreak())),
            pages[-1], *after, PageBreak()]


def _untold(data: BriefData, ties: list[MapEdge], language: str, t: dict[str, str],
            s: Styles) -> list[Flowable]:
    """The ties the map could not draw (no clear route, or people on different pages),
    in words under it."""
    if not ties:
        return []
    names = {c.id: c.name for c in data.contacts}
    lines = [t["map_tie"].format(a=names[e.source], b=names[e.target], kind=e.kind.label(language),
                                 sign=" → " if e.kind == RelationKind.INFLUENCES else " — ")
             for e in ties if e.kind is not None]
    return [text(t["map_ties"], s.muted), *(text(line, s.body) for line in lines)]


def _profile(data: BriefData, f: formats.Formats, s: Styles, width: float) -> Table:
    language = f.language
    t = texts(language)
    a = data.account
    short = [
        (t["tier"], a.tier.label(language)), (t["type"], a.account_type.label(language)),
        (t["stage"], a.relationship_stage.label(language)), (t["industry"], data.industry),
        (t["city"], a.hq_city), (t["revenue"], f.big_money(a.annual_revenue)),
        (t["payment_terms"], t["days"].format(days=a.payment_terms_days)
         if a.payment_terms_days is not None else ""),
        (t["last_visit"], f.day(data.visits[0].occurred_at) if data.visits else ""),
        (t["next_follow_up"], f.day(a.next_follow_up)),
    ]
    long = [(t["special_operations"], a.special_operations), (t["unmet_needs"], a.unmet_needs),
            (t["competitors"], a.competitors)]
    return facts(short, long, s=s, width=width)
