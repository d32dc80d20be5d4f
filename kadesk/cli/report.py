"""Reports to PDF, headless: ``kadesk report brief|visit|week|proposal``."""

from __future__ import annotations

import argparse
import locale
import sys
from pathlib import Path
from typing import Any

from kadesk.domain.language import LANGUAGES, resolve
from kadesk.reports.strings import PAGE_SIZE_NAMES
from kadesk.services.app import Kadesk


def _find_account(app: Kadesk, text: str) -> str | None:
    """The id of the one live account ``text`` names (an id, or search text), else None
    with the reason printed."""
    from kadesk.domain.queries import AccountFilter

    if app.accounts.summaries([text]):
        return text
    matches = app.accounts.page(AccountFilter(text=text), limit=21)
    exact = [a for a in matches if text in (a.name, a.short_name)]
    if len(exact) == 1:
        return exact[0].id
    if not matches:
        print(f"kadesk: no account matches '{text}'.", file=sys.stderr)
        return None
    if len(matches) == 1:
        return matches[0].id
    print(f"kadesk: '{text}' matches several accounts; give more of the name or an id:",
          file=sys.stderr)
    for a in matches[:20]:
        print(f"  {a.id}  {a.name}", file=sys.stderr)
    if len(matches) > 20:
        print("  ...", file=sys.stderr)
    return None


def _report(app: Kadesk, args: argparse.Namespace) -> int:
    from kadesk.reports import brief
    from kadesk.reports.output import default_name, write_atomically

    account_id = _find_account(app, args.account)
    if account_id is None:
        return 2
    # Default: the language chosen in Preferences, else the system's (as the window does).
    language = args.lang or resolve(app.settings.get("language"), locale.getlocale()[0] or "")
    data = brief.gather(app, account_id, language=language)
    target = Path(args.output or default_name(
        data.account.short_name or data.account.name,
        "拜访前简报" if language == "zh_CN" else "brief", data.today)).expanduser()
    write_atomically(target, lambda temp: brief.render(data, temp, language=language,
                                                       page_size=args.page_size))
    print(f"Brief for {data.account.name} written to {target}.")
    return 0


def register(commands: Any) -> None:
    report = commands.add_parser("report", help="print a report to PDF").add_subparsers(
        dest="report_command", metavar="KIND", required=True)
    brief = report.add_parser("brief", help="the pre-visit brief of one account")
    brief.add_argument("account", metavar="ACCOUNT",
                       help="an account id, or a name that matches one account")
    brief.add_argument("-o", "--output", metavar="FILE.pdf",
                       help="where to write (default: short name, kind and date, here)")
    brief.add_argument("--lang", choices=LANGUAGES,
                       help="language of the report (default: the app's language)")
    brief.add_argument("--page-size", choices=PAGE_SIZE_NAMES, default="A4")
    brief.set_defaults(handler=_report)
