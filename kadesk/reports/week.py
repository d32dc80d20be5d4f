"""The period report (周报): a rep's or the team's visits over a week (or any period
up to a quarter) for the manager: counts against the previous period, each rep's
share, two charts, the visits themselves, overdue follow-ups and the open-proposal
pipeline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Table

from kadesk.domain.enums import ListKind
from kadesk.domain.errors import KadeskError
from kadesk.domain.language import is_chinese
from kadesk.domain.money import Money
from kadesk.domain.queries import REPORT_MAX_DAYS, Period
from kadesk.domain.records import Proposal, Visit
from kadesk.files import default_name
from kadesk.reports import formats
from kadesk.reports.charts import ranked_bars, weekly_bars
from kadesk.reports.strings import texts
from kadesk.reports.style import (
    Letterhead,
    Styles,
    build_pdf,
    frame_width,
    heading,
    section,
    styles,
    table_style,
    text,
)

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

TREND_WEEKS = 8  # at least: a longer period charts all its weeks
LISTED = 500  # visits listed one by one; the counts and charts cover them all
TOP_OBJECTIONS = 10
LISTED_OVERDUE = 100
LISTED_PROPOSALS = 50


@dataclass(frozen=True)
class WeekData:
    period: Period
    rep: str  # "" = every rep
    visits: tuple[Visit, ...]  # oldest first
    accounts: dict[str, str]  # id -> name of every account visited
    contacts: dict[str, str]  # id -> name of every contact met
    objection_labels: dict[str, str]
    weekly: tuple[tuple[date, int], ...]  # week's Monday, visits: the trend up to the period
    previous: tuple[Visit, ...]  # the period of the same length just before
    overdue: tuple[Visit, ...]  # open follow-ups due before today, earliest first
    pipeline: tuple[Proposal, ...]  # open proposals, largest first
    letterhead: Letterhead
    today: date


def gather(app: Kadesk, period: Period | None = None, rep: str = "", *,
           language: str = "zh_CN") -> WeekData:
    """The period's visits (default: this week, every rep); refuses an impossible period."""
    period = period or Period.week_of(app.today())
    if period.end < period.start:
        raise KadeskError("period_reversed", start=period.start.isoformat(),
                          end=period.end.isoformat())
    if (period.end - period.start).days >= REPORT_MAX_DAYS:
        raise KadeskError("period_too_long", days=REPORT_MAX_DAYS)
    reps = app.visits.owners()
    if rep and rep not in reps:
        raise KadeskError("unknown_rep", rep=rep, reps=", ".join(reps[:12]) or "—")
    visits = app.visits.in_period(period, rep or None)
    length = period.end - period.start + timedelta(days=1)
    before = Period(start=period.start - length, end=period.start - timedelta(days=1))
    previous = app.visits.in_period(before, rep or None)
    last_monday = Period.week_of(period.end).start
    weeks = max(TREND_WEEKS, (last_monday - Period.week_of(period.start).start).days // 7 + 1)
    mondays = [last_monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    weekly = tuple((monday, app.visits.count_in_period(Period.week_of(monday), rep or None))
                   for monday in mondays)
    today = app.today()
    overdue = [v for v in app.visits.follow_ups_due(today - timedelta(days=1))
               if not rep or v.owner == rep]
    pipeline = app.proposals.pipeline(rep or None)
    named = {v.account_id for v in (*visits, *overdue)} | {p.account_id for p in pipeline}
    return WeekData(
        period=period, rep=rep, visits=tuple(visits), previous=tuple(previous),
        overdue=tuple(overdue), pipeline=tuple(pipeline),
        accounts=app.accounts.names(list(named)),
        contacts=app.contacts.names(list({c for v in visits for c in v.contact_ids})),
        objection_labels={i.id: i.label(language)
                          for i in app.lists.items(ListKind.OBJECTION, hidden=True)},
        weekly=weekly,
        letterhead=Letterhead.of(app),
        today=today,
    )


def kind_name(period: Period, language: str) -> str:
    t = texts(language)
    return t["week_report"] if period.is_week else t["period_report"]


def title(data: WeekData, language: str) -> str:
    t = texts(language)
    f = data.letterhead.formats(language)
    span = t["period"].format(start=f.day(data.period.start), end=f.day(data.period.end))
    return f"{kind_name(data.period, language)} · {span}"


def file_name(data: WeekData, language: str) -> str:
    who = data.rep or texts(language)["all_reps"]
    return default_name(who, kind_name(data.period, language), data.period.start)


def render(data: WeekData, target: Path, *, language: str = "zh_CN",
           page_size: str = "A4") -> None:
    build_pdf(target, story(data, language, page_size), title=title(data, language),
              letterhead=data.letterhead, language=language, page_size=page_size)


def story(data: WeekData, language: str, page_size: str = "A4") -> list[Flowable]:
    s = styles()
    t = texts(language)
    f = data.letterhead.formats(language)
    width = frame_width(page_size)
    visits = data.visits
    who = t["rep_of"].format(rep=data.rep) if data.rep else t["all_reps"]
    met = Counter(data.objection_labels.get(o.objection_id, "—")
                  for v in visits for o in v.objections)
    follow_ups = [v for v in visits if v.follow_up_date]
    out: list[Flowable] = [
        text(title(data, language), s.title),
        text(f"{who}  ·  {t['printed'].format(day=f.day(data.today))}", s.muted),
        *heading(t["overview"], s),
        _overview(t, [(t["visits"], _figures(visits)[0], _figures(data.previous)[0]),
                      (t["accounts_covered"], _figures(visits)[1], _figures(data.previous)[1]),
                      (t["objections_met"], _figures(visits)[2], _figures(data.previous)[2]),
                      (t["follow_ups_created"], _figures(visits)[3],
                       _figures(data.previous)[3])], s, width),
    ]
    if not data.rep:
        out += _per_rep(data, t, s, width)
    out += _charts(data, met, f, s, width)
    sep = "、" if is_chinese(language) else ", "
    rows = [[f.weekday(v.occurred_at), f.time(v.occurred_at),
             data.accounts.get(v.account_id, "—"), v.kind.label(language),
             sep.join(data.contacts[c] for c in v.contact_ids if c in data.contacts),
             v.outcome or v.purpose or v.summary, v.owner] for v in visits[:LISTED]]
    columns = [t["date"], t["time"], t["account"], t["kind"], t["met"], t["outcome"], t["rep"]]
    out += section(t["visits_by_day"], columns, rows, [0, 0, 0.3, 0, 0.25, 0.45, 0], s=s,
                   empty=t["no_visits"], width=width)
    if len(visits) > LISTED:
        out.append(text(t["more_visits"].format(shown=LISTED, total=len(visits)), s.muted))

    per_account = Counter(v.account_id for v in visits)
    account_rows = [[data.accounts.get(a, "—"), str(n)] for a, n in per_account.most_common()]
    out += section(t["accounts_covered"], [t["account"], t["visits"]], account_rows,
                   [1, 0], s=s, empty=t["none"], width=width)
    follow_rows = [[f.day(v.follow_up_date), data.accounts.get(v.account_id, "—"),
                    v.next_steps or v.purpose, v.owner]
                   for v in sorted(follow_ups, key=lambda v: (v.follow_up_date, v.occurred_at))]
    out += section(t["follow_ups_created"], [t["due"], t["account"], t["next_steps"], t["rep"]],
                   follow_rows, [0, 0.4, 0.6, 0], s=s, empty=t["none"], width=width)
    overdue_rows = [[f.day(v.follow_up_date),
                     t["days"].format(days=(data.today - v.follow_up_date).days)
                     if v.follow_up_date else "",
                     data.accounts.get(v.account_id, "—"), v.next_steps or v.purpose, v.owner]
                    for v in data.overdue[:LISTED_OVERDUE]]
    out += section(t["overdue_follow_ups"], [t["due"], t["late_by"], t["account"],
                                             t["next_steps"], t["rep"]],
                   overdue_rows, [0, 0, 0.4, 0.6, 0], s=s, empty=t["none"], width=width)
    if len(data.overdue) > LISTED_OVERDUE:
        out.append(text(t["more_rows"].format(shown=LISTED_OVERDUE, total=len(data.overdue)),
                        s.muted))
    return out + _pipeline(data, f, s, width)


def _figures(visits: tuple[Visit, ...]) -> tuple[int, int, int, int]:
    """Visits, accounts covered, objections met, follow-ups created."""
    return (len(visits), len({v.account_id for v in visits}),
            sum(len(v.objections) for v in visits),
            sum(1 for v in visits if v.follow_up_date))


def _overview(t: dict[str, str], figures: list[tuple[str, int, int]], s: Styles,
              width: float) -> Table:
    """The period in four numbers, side by side, each against the period before."""
    cells = [[text(label, s.cell_head) for label, _n, _before in figures],
             [text(str(n), s.title) for _label, n, _before in figures],
             [text(t["previous_period"].format(n=before, change=f"{n - before:+d}"), s.muted)
              for _label, n, before in figures]]
    table = Table(cells, colWidths=[width / len(figures)] * len(figures))
    table.setStyle(table_style())
    return table


def _per_rep(data: WeekData, t: dict[str, str], s: Styles, width: float) -> list[Flowable]:
    """Each rep's share of the period, busiest first."""
    by_rep: dict[str, list[Visit]] = {}
    for v in data.visits:
        by_rep.setdefault(v.owner or "—", []).append(v)
    before = Counter(v.owner or "—" for v in data.previous)
    rows = [[rep, *(str(n) for n in _figures(tuple(visits))), str(before[rep])]
            for rep, visits in sorted(by_rep.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    return section(t["per_rep"], [t["rep"], t["visits"], t["accounts_covered"],
                                  t["objections_met"], t["follow_ups_created"],
                                  t["previous_visits"]],
                   rows, [1, 0, 0, 0, 0, 0], s=s, empty=t["none"], width=width)


def _pipeline(data: WeekData, f: formats.Formats, s: Styles, width: float) -> list[Flowable]:
    """Open proposals: how many, worth how much, the largest first."""
    t = texts(f.language)
    totals: dict[str, int] = {}
    for p in data.pipeline:
        totals[p.currency] = totals.get(p.currency, 0) + p.total.cents
    worth = ("；" if f.chinese else "; ").join(f.big_money(Money(cents, currency))
                                             for currency, cents in totals.items())
    rows = [[data.accounts.get(p.account_id, "—"), p.title, p.status.label(f.language),
             f.day(p.valid_until), formats.money(p.total)]
            for p in data.pipeline[:LISTED_PROPOSALS]]
    out = section(t["pipeline"], [t["account"], t["proposal"], t["status"], t["valid_until"],
                                  t["total"]],
                  rows, [0.45, 0.55, 0, 0, 0], s=s, empty=t["none"], width=width)
    if data.pipeline:
        out.insert(-1, text(t["pipeline_summary"].format(n=len(data.pipeline), worth=worth),
                            s.body))
    return out


def _charts(data: WeekData, met: Counter[str], f: formats.Formats, s: Styles,
            width: float) -> list[Flowable]:
    """Visits per week, then objections by type, each across the page."""
    t = texts(f.language)
    weeks = weekly_bars([f.short_day(monday) for monday, _n in data.weekly],
                        [n for _monday, n in data.weekly], width)
    out = [*heading(t["visits_per_week"].format(weeks=len(data.weekly)), s,
                    room=weeks.height + 40), weeks]
    common = met.most_common(TOP_OBJECTIONS)
    if not common:
        return [*out, *heading(t["objections_by_type"], s), text(t["no_objections"], s.body)]
    objections = ranked_bars([label for label, _n in common], [n for _label, n in common], width)
    return [*out, *heading(t["objections_by_type"], s, room=objections.height + 40), objections]
