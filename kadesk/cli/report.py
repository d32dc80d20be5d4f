"""Reports to PDF, headless: ``kadesk report brief|visit|week|proposal``.

ReportLab is imported only when a report is asked for: it costs start-up time.
"""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path
from typing import Any

from kadesk.cli.common import day, fail, find_account, report_language
from kadesk.domain.errors import NotFoundError
from kadesk.domain.language import LANGUAGES
from kadesk.domain.queries import REPORT_MAX_DAYS
from kadesk.reports.strings import PAGE_SIZE_NAMES
from kadesk.services.app import Kadesk


def _write(args: argparse.Namespace, language: str, module: Any, data: Any,
           what: str) -> int:
    from kadesk.files import write_atomically

    target = Path(args.output or module.file_name(data, language)).expanduser()
    write_atomically(target, partial(module.render, data, language=language,
                                     page_size=args.page_size))
    print(f"{what} written to {target}.")
    return 0


def _brief(app: Kadesk, args: argparse.Namespace) -> int:
    from kadesk.reports import brief

    account_id = find_account(app, args.account)
    if account_id is None:
        return 2
    language = report_language(app, args)
    data = brief.gather(app, account_id, language=language)
    return _write(args, language, brief, data, f"Brief for {data.account.name}")


def _visit(app: Kadesk, args: argparse.Namespace) -> int:
    from kadesk.reports import visit

    visit_id = args.visit
    if visit_id is None:
        if not args.account:
            return fail("name the visit: its id, or --account (and --on DATE).")
        account_id = find_account(app, args.account)
        if account_id is None:
            return 2
        visits = [v for v in app.visits.of_account(account_id)
                  if args.on is None or v.occurred_at.astimezone().date() == args.on]
        if not visits:
            when = f" on {args.on.isoformat()}" if args.on else ""
            return fail(f"that account has no visit{when}; check the date, or pass a visit id.")
        visit_id = visits[0].id  # the latest
    language = report_language(app, args)
    data = visit.gather(app, visit_id, language=language)
    return _write(args, language, visit, data, f"Visit summary for {data.account.name}")


def _week(app: Kadesk, args: argparse.Namespace) -> int:
    from kadesk.domain.queries import Period
    from kadesk.reports import week

    if args.week and (args.start or args.end):
        return fail("give either --week or --from/--to, not both.")
    if args.start or args.end:
        start = args.start or args.end
        period = Period(start=start, end=args.end or start)
    else:
        period = Period.week_of(args.week or app.today())
    language = report_language(app, args)
    data = week.gather(app, period, args.rep or "", language=language)
    return _write(args, language, week, data,
                  f"{week.kind_name(period, 'en_US')} ({len(data.visits)} visits)")


def _proposal(app: Kadesk, args: argparse.Namespace) -> int:
    from kadesk.reports import proposal

    proposal_id = args.proposal
    versions = app.proposals.by_number(args.proposal)
    if versions:
        chosen = [p for p in versions if args.version in (None, p.version)]
        if not chosen:
            found = ", ".join(f"v{p.version}" for p in versions)
            return fail(f"proposal {args.proposal} has no version {args.version} "
                         f"(it has {found}).")
        proposal_id = chosen[0].id  # the newest version unless one was asked for
    language = report_language(app, args)
    try:
        data = proposal.gather(app, proposal_id)
    except NotFoundError:
        return fail(f"no proposal has the number or id {args.proposal!r}; the Proposals "
                    "tab shows each proposal's number.")
    return _write(args, language, proposal, data, f"Proposal '{data.proposal.title}'")


def register(commands: Any) -> None:
    report = commands.add_parser("report", help="print a report to PDF").add_subparsers(
        dest="report_command", metavar="KIND", required=True)
    kinds = {
        "brief": ("the pre-visit brief of one account", _brief),
        "visit": ("the summary of one visit", _visit),
        "week": ("the visits of a week (default: this week, every rep)", _week),
        "proposal": ("a proposal, ready for the customer", _proposal),
    }
    parsers = {}
    for name, (help_text, handler) in kinds.items():
        sub = report.add_parser(name, help=help_text)
        sub.add_argument("-o", "--output", metavar="FILE.pdf",
                         help="where to write (default: a name from the report, here)")
        sub.add_argument("--lang", choices=LANGUAGES,
                         help="language of the report (default: the app's language)")
        sub.add_argument("--page-size", choices=PAGE_SIZE_NAMES, default="A4")
        sub.set_defaults(handler=handler)
        parsers[name] = sub
    parsers["brief"].add_argument("account", metavar="ACCOUNT",
                                  help="an account id, or a name that matches one account")
    visit = parsers["visit"]
    visit.add_argument("visit", metavar="VISIT", nargs="?", help="the visit's id")
    visit.add_argument("--account", metavar="ACCOUNT",
                       help="instead of an id: the latest visit of this account")
    visit.add_argument("--on", type=day, metavar="DATE", help="with --account: on this day")
    week = parsers["week"]
    week.add_argument("--week", type=day, metavar="DATE", help="the week (Monday to Sunday) "
                      "holding DATE")
    week.add_argument("--from", dest="start", type=day, metavar="DATE",
                      help=f"first day of another period (up to {REPORT_MAX_DAYS} days)")
    week.add_argument("--to", dest="end", type=day, metavar="DATE", help="last day")
    week.add_argument("--rep", metavar="NAME", help="one rep's visits (default: every rep)")
    proposal = parsers["proposal"]
    proposal.add_argument("proposal", metavar="PROPOSAL", help="the proposal's number or id")
    proposal.add_argument("--version", type=int, metavar="N",
                          help="with a number: this version (default: the newest)")
