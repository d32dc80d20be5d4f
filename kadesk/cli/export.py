"""Data out, headless: ``kadesk export accounts|visits|vcard|calendar``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TypeVar

from kadesk.cli.common import day, fail, find_account, report_language
from kadesk.domain.enums import (
    AccountType,
    Labelled,
    ListKind,
    Region,
    RelationshipStage,
    Tier,
    VisitKind,
)
from kadesk.domain.language import LANGUAGES
from kadesk.domain.queries import AccountFilter, AccountSort, Period
from kadesk.interchange.table_writer import ENCODINGS, table_format
from kadesk.interchange.vcard_writer import VERSIONS
from kadesk.services.app import Kadesk

L = TypeVar("L", bound=Labelled)


def _members(enum: type[L], codes: list[str] | None) -> frozenset[L]:
    """Members of ``enum`` by code (argparse has checked the codes)."""
    by_code = {member.value: member for member in enum}
    return frozenset(by_code[code] for code in codes or [])


def _one(enum: type[L], code: str | None) -> L | None:
    return next(iter(_members(enum, [code]))) if code else None


def _target(args: argparse.Namespace, default: str) -> Path:
    return Path(args.output or default).expanduser()


def _industries(app: Kadesk, wanted: list[str]) -> frozenset[str] | None:
    """Industry ids from labels (either language) or codes; None (reason printed) if one
    is unknown."""
    items = app.lists.items(ListKind.INDUSTRY, hidden=True)
    found = set()
    for name in wanted:
        ids = {i.id for i in items if name.casefold() in
               (i.code.casefold(), i.label_zh.casefold(), i.label_en.casefold())}
        if not ids:
            known = "、".join(i.label_zh for i in items)
            fail(f"'{name}' is not an industry; the industries are: {known}.")
            return None
        found |= ids
    return frozenset(found)


def _accounts(app: Kadesk, args: argparse.Namespace) -> int:
    language = report_language(app, args)
    exports = app.exports
    target = _target(args, exports.accounts_file_name(language))
    table_format(target)  # refuse a wrong ending before any work
    industries = _industries(app, args.industry or [])
    if industries is None:
        return 2
    account_filter = AccountFilter(
        text=args.search or "", tiers=_members(Tier, args.tier),
        types=_members(AccountType, args.type), regions=_members(Region, args.region),
        industry_ids=industries, stages=_members(RelationshipStage, args.stage),
        owners=frozenset(args.owner or []), overdue=args.overdue,
        follow_up_due=args.follow_up_due)
    sort = _one(AccountSort, args.sort) or AccountSort.NAME
    done = exports.export_accounts(target, account_filter, sort, args.descending,
                                   language=language, encoding=args.encoding)
    print(f"{done.count:,} accounts written to {done.path}.")
    return 0


def _visits(app: Kadesk, args: argparse.Namespace) -> int:
    if args.end and not args.start:
        return fail("give --from as well as --to.")
    if args.start:
        period = Period(start=args.start, end=args.end or app.today())
    else:
        period = Period.week_of(app.today())
    language = report_language(app, args)
    exports = app.exports
    target = _target(args, exports.visits_file_name(period, language))
    table_format(target)
    done = exports.export_visits(
        target, period, args.rep, kind=_one(VisitKind, args.kind),
        account_text=args.account or "", language=language, encoding=args.encoding)
    print(f"{done.count:,} visits ({period.start.isoformat()} to {period.end.isoformat()}) "
          f"written to {done.path}.")
    return 0


def _vcard(app: Kadesk, args: argparse.Namespace) -> int:
    if args.account and args.contact:
        return fail("give --account or --contact, not both (neither: every contact).")
    account_id = None
    if args.account:
        account_id = find_account(app, args.account)
        if account_id is None:
            return 2
    contacts = tuple(args.contact or ())
    language = report_language(app, args)
    exports = app.exports
    target = _target(args, exports.contacts_file_name(
        account_id=account_id, contact_ids=contacts, language=language))
    done = exports.export_contacts(target, account_id=account_id, contact_ids=contacts,
                                   version=args.version, language=language)
    print(f"{done.count:,} contact(s) written to {done.path} (vCard {args.version}).")
    return 0


def _calendar(app: Kadesk, args: argparse.Namespace) -> int:
    account_id = None
    if args.account:
        account_id = find_account(app, args.account)
        if account_id is None:
            return 2
    language = report_language(app, args)
    exports = app.exports
    target = _target(args, exports.calendar_file_name(account_id, language))
    done = exports.export_calendar(target, account_id=account_id, language=language)
    print(f"{done.count:,} calendar entries written to {done.path}. Import the file into "
          f"your calendar; importing a newer export updates the same events.")
    return 0


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export", help="write accounts, visits, contacts or the calendar to a file"
    ).add_subparsers(dest="export_command", metavar="WHAT", required=True)

    def sub(name: str, help_text: str, handler: Any, output: str) -> argparse.ArgumentParser:
        parser = export.add_parser(name, help=help_text)
        parser.add_argument("-o", "--output", metavar=output,
                            help="where to write (default: a name from the export, here)")
        parser.add_argument("--lang", choices=LANGUAGES,
                            help="language of headers and titles (default: the app's)")
        parser.set_defaults(handler=handler)
        return parser

    def table_options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--encoding", choices=tuple(ENCODINGS), default="utf-8",
                            help="for .csv: utf-8 (with a BOM, so Excel reads Chinese right; "
                            "the default) or gb18030 (older Chinese Excel and WPS)")

    accounts = sub("accounts", "the account list, filtered as the window filters it",
                   _accounts, "FILE.xlsx|FILE.csv")
    table_options(accounts)
    accounts.add_argument("--search", metavar="TEXT", help="name, pinyin or initials")
    for flag, enum in (("--tier", Tier), ("--type", AccountType), ("--region", Region),
                       ("--stage", RelationshipStage)):
        accounts.add_argument(flag, action="append", choices=[m.value for m in enum],
                              help="repeat for several")
    accounts.add_argument("--industry", action="append", metavar="NAME",
                          help="an industry's name or code; repeat for several")
    accounts.add_argument("--owner", action="append", metavar="REP", help="the account's rep")
    accounts.add_argument("--overdue", action="store_true", help="only those overdue for a visit")
    accounts.add_argument("--follow-up-due", action="store_true",
                          help="only those with a follow-up due")
    accounts.add_argument("--sort", choices=[s.value for s in AccountSort], default="name")
    accounts.add_argument("--descending", action="store_true")

    visits = sub("visits", "the visit log of a period (default: this week)", _visits,
                 "FILE.xlsx|FILE.csv")
    table_options(visits)
    visits.add_argument("--from", dest="start", type=day, metavar="DATE", help="first day")
    visits.add_argument("--to", dest="end", type=day, metavar="DATE",
                        help="last day (default: today)")
    visits.add_argument("--rep", metavar="NAME", help="one rep's visits")
    visits.add_argument("--kind", choices=[k.value for k in VisitKind])
    visits.add_argument("--account", metavar="TEXT",
                        help="accounts matching this name, pinyin or initials")

    cards = sub("vcard", "contacts as vCards, for a phone or an address book (every live "
                "contact unless --account or --contact says which)", _vcard, "FILE.vcf")
    cards.add_argument("--account", metavar="ACCOUNT", help="every contact of this account")
    cards.add_argument("--contact", action="append", metavar="ID",
                       help="a contact's id; repeat for several")
    cards.add_argument("--version", choices=VERSIONS, default="3.0",
                       help="3.0 (the default: every phone reads it) or 4.0")

    calendar = sub("calendar", "follow-ups and planned visits, for a calendar app",
                   _calendar, "FILE.ics")
    calendar.add_argument("--account", metavar="ACCOUNT", help="only this account's")
