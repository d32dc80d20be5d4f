"""Demo data and database care: ``kadesk demo``, ``kadesk db check|backup``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

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


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 0 or more")
    return value


def register(commands: Any) -> None:
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
