"""The ``kadesk`` command: no sub-command opens the window; the rest work headless."""

from __future__ import annotations

import argparse
import locale
import sys
from collections.abc import Sequence
from pathlib import Path

from kadesk import __version__
from kadesk.domain.errors import KadeskError
from kadesk.domain.language import LANGUAGES, resolve
from kadesk.paths import db_path
from kadesk.reports.strings import PAGE_SIZE_NAMES
from kadesk.services.app import Kadesk


def _demo(app: Kadesk, args: argparse.Namespace) -> int:
    from kadesk.services.demo import DemoSize, generate

    existing = app.maintenance.counts()["accounts"]
    if existing:
        print(f"kadesk: {app.db.path} already holds {existing} accounts; demo data only goes "
              "into an empty database. Choose another folder with --data-dir.", file=sys.stderr)
        return 2

    def progress(stage: str, done: int, total: int) -> None:
        print(f"\r  {stage}: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    size = DemoSize(accounts=args.accounts, contacts=args.contacts, visits=args.visits,
                    proposals=args.proposals)
    stats = generate(app, size, seed=args.seed, progress=None if args.quiet else progress)
    if not args.quiet:
        print(file=sys.stderr)
    print(f"Demo data written to {app.db.path}: {stats}")
    return 0


def _check(app: Kadesk, _args: argparse.Namespace) -> int:
    report = app.maintenance.check()
    counts = ", ".join(f"{n:,} {name}" for name, n in report.counts.items())
    if report.ok:
        print(f"{app.db.path}: ok ({counts}).")
        return 0
    print(f"{app.db.path}: {len(report.problems)} problem(s) found:", file=sys.stderr)
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)
    print("Make a backup of the folder before anything else, then restore the last good "
          "backup.", file=sys.stderr)
    return 1


def _backup(app: Kadesk, args: argparse.Namespace) -> int:
    target = Path(args.path).expanduser().resolve()
    if target == app.db.path.resolve():
        print("kadesk: the backup cannot overwrite the database itself.", file=sys.stderr)
        return 2
    if target.exists() and not args.force:
        print(f"kadesk: {target} already exists; pass --force to replace it.", file=sys.stderr)
        return 2
    app.maintenance.backup(target)
    print(f"Backed up {app.db.path} to {target}.")
    return 0


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


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kadesk", description="Key account management for field reps. "
        "With no command, opens the main window.")
    parser.add_argument("--version", action="version", version=f"kadesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding kadesk.db (default: $KADESK_DATA_DIR, "
                        "else the user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    demo.add_argument("--accounts", type=_count, default=120, metavar="N")
    demo.add_argument("--contacts", type=_count, metavar="N",
                      help="total (default 3-15 an account)")
    demo.add_argument("--visits", type=_count, metavar="N",
                      help="total (default: by tier cadence over two years)")
    demo.add_argument("--proposals", type=_count, metavar="N",
                      help="total (default 0-3 an account)")
    demo.add_argument("--quiet", action="store_true", help="no progress output")
    demo.set_defaults(handler=_demo)

    db = commands.add_parser("db", help="database care").add_subparsers(
        dest="db_command", metavar="ACTION", required=True)
    check = db.add_parser("check", help="check the file, its links and its search indexes")
    check.set_defaults(handler=_check)
    backup = db.add_parser("backup", help="copy the live database to PATH (safe while open)")
    backup.add_argument("path", metavar="PATH")
    backup.add_argument("--force", action="store_true", help="replace PATH if it exists")
    backup.set_defaults(handler=_backup)

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    path = db_path(args.data_dir)
    try:
        if args.command is None:
            from kadesk.app import run_gui

            return run_gui(path)
        with Kadesk.open(path) as app:
            return int(args.handler(app, args))
    except KadeskError as error:
        print(f"kadesk: {error.message()}", file=sys.stderr)
        return 2
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"kadesk: {error.strerror or error}{where}. Nothing was changed.", file=sys.stderr)
        return 2
