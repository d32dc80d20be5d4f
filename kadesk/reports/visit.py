"""The visit summary (拜访纪要): one visit written up for the file or the manager."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Table

from kadesk.domain.enums import ListKind
from kadesk.domain.records import Account, Contact, Visit
from kadesk.files import default_name
from kadesk.reports import formats
from kadesk.reports.strings import texts
from kadesk.reports.style import (
    Letterhead,
    Styles,
    build_pdf,
    facts,
    frame_width,
    heading,
    section,
    styles,
    text,
)

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk


@dataclass(frozen=True)
class VisitData:
    visit: Visit
    account: Account
    site: str
    met: tuple[Contact, ...]  # in the order the visit lists them
    objection_labels: dict[str, str]  # list item id -> label
    letterhead: Letterhead
    today: date


def gather(app: Kadesk, visit_id: str, *, language: str = "zh_CN") -> VisitData:
    """Everything the summary shows; raises NotFoundError for an unknown visit."""
    visit = app.visits.get(visit_id)
    # Trashed contacts too: the write-up names who was there, whatever happened since.
    people = {c.id: c for trashed in (False, True)
              for c in app.contacts.of_account(visit.account_id, deleted=trashed)}
    sites = {s.id: s.name for s in app.accounts.sites(visit.account_id)}
    return VisitData(
        visit=visit,
        account=app.accounts.get(visit.account_id),
        site=sites.get(visit.site_id or "", ""),
        met=tuple(people[i] for i in visit.contact_ids if i in people),
        objection_labels={i.id: i.label(language)
                          for i in app.lists.items(ListKind.OBJECTION, hidden=True)},
        letterhead=Letterhead.of(app),
        today=app.today(),
    )


def title(data: VisitData, language: str) -> str:
    name = data.account.short_name or data.account.name
    return f"{texts(language)['visit_summary']} · {name}"


def file_name(data: VisitData, language: str) -> str:
    when = data.letterhead.formats(language).local(data.visit.occurred_at).date()
    return default_name(data.account.short_name or data.account.name,
                        texts(language)["visit_summary"], when)


def render(data: VisitData, target: Path, *, language: str = "zh_CN",
           page_size: str = "A4") -> None:
    build_pdf(target, story(data, language, page_size), title=title(data, language),
              letterhead=data.letterhead, language=language, page_size=page_size)


def story(data: VisitData, language: str, page_size: str = "A4") -> list[Flowable]:
    s = styles()
    t = texts(language)
    f = data.letterhead.formats(language)
    width = frame_width(page_size)
    v = data.visit
    out: list[Flowable] = [
        text(data.account.name, s.title),
        text(f"{t['visit_summary']}  ·  {f.moment(v.occurred_at)}", s.muted),
        _facts(data, f, s, width),
    ]
    people = [[c.name, c.title, c.buying_role.label(language) if c.buying_role else "",
               c.attitude.label(language)] for c in data.met]
    out += section(t["people_met"], [t["name"], t["job_title"], t["buying_role"],
                                     t["attitude"]],
                   people, [0, 0.6, 0.4, 0], s=s, empty=t["nobody_met"], width=width)
    for title_text, body in ((t["purpose"], v.purpose), (t["summary"], v.summary),
                             (t["outcome"], v.outcome)):
        out += [*heading(title_text, s), text(body or "—", s.body)]
    objections = [[data.objection_labels.get(o.objection_id, "—"), o.details, o.response,
                   t["yes"] if o.resolved else t["no"]] for o in v.objections]
    out += section(t["objections_raised"], [t["objection"], t["details"], t["response"],
                                            t["resolved"]],
                   objections, [0.2, 0.4, 0.4, 0], s=s, empty=t["none"], width=width)
    follow_up = f.day(v.follow_up_date)
    if v.follow_up_date and v.follow_up_done:
        follow_up += t["bracketed"].format(value=t["done"])
    out += [*heading(t["next"], s), text(v.next_steps or "—", s.body),
            text(t["labelled"].format(label=t["follow_up"], value=follow_up), s.body)]
    return out


def _facts(data: VisitData, f: formats.Formats, s: Styles, width: float) -> Table:
    """When, how long, where and who."""
    language = f.language
    t = texts(language)
    v = data.visit
    return facts([
        (t["when"], f.moment(v.occurred_at)), (t["kind"], v.kind.label(language)),
        (t["duration"], t["minutes"].format(minutes=v.duration_minutes)
         if v.duration_minutes else ""),
        (t["site"], data.site), (t["rep"], v.owner), (t["colleagues"], v.colleagues),
        (t["satisfaction"], f"{v.satisfaction} / 5" if v.satisfaction else ""),
    ], s=s, width=width)
