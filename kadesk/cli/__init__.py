"""The ``kadesk`` command: no sub-command opens the window; the rest work headless.

Each sub-module adds its commands to the parser (``register``); every handler
takes the open ``Kadesk`` and the parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kadesk import __version__
from kadesk.cli import data, export, imports, report, selftest, sync, words
from kadesk.cli.common import report_language
from kadesk.domain.errors import KadeskError
from kadesk.paths import db_path
from kadesk.services.app import Kadesk


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kadesk", description="Key account management for field reps. "
        "With no command, opens the main window.")
    parser.add_argument("--version", action="version", version=f"kadesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding kadesk.db (default: $KADESK_DATA_DIR, "
                        "else the user data folder)")
    selftest.add_arguments(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (data, report, sync, export, imports):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.selftest:
        return selftest.run(args)
    path = db_path(args.data_dir)
    try:
        if args.command is None:
            from kadesk.app import run_gui

            return run_gui(path)
        with Kadesk.open(path) as app:
            if args.command == "sync":  # its messages are translated; the rest will follow
                words.use(report_language(app, argparse.Namespace(lang=None)))
            return int(args.handler(app, args))
    except KadeskError as error:
        print(f"kadesk: {words.error_text(error)}", file=sys.stderr)
        return 2
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"kadesk: {error.strerror or error}{where}. Nothing was changed.", file=sys.stderr)
        return 2
