"""The ``kadesk`` command: no sub-command opens the window; the rest work headless.

Each sub-module adds its commands to the parser (``register``); every handler
takes the open ``Kadesk`` and the parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kadesk import __version__
from kadesk.domain.errors import KadeskError
from kadesk.paths import db_path


def build_parser() -> argparse.ArgumentParser:
    # Here, not at the top: opening the window needs none of them (nor their ORM).
    from kadesk.cli import data, export, imports, report, selftest, sync

    parser = argparse.ArgumentParser(
        prog="kadesk", description="Key account management for field reps. "
        "With no command, opens the main window.")
    parser.add_argument("--version", action="version", version=f"kadesk {__version__}")
    _data_dir(parser, None)
    selftest.add_arguments(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (data, report, sync, export, imports):
        module.register(commands)
    _data_dir_everywhere(parser)
    return parser


def _data_dir(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="folder holding kadesk.db (default: $KADESK_DATA_DIR, "
                        "else the user data folder)")


def _data_dir_everywhere(parser: argparse.ArgumentParser) -> None:
    """--data-dir after a command too (kadesk demo --data-dir X): each command accepts
    it, and leaves the value given before the command alone when not given again."""
    for action in parser._actions:  # argparse lists its sub-commands nowhere else
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                if not any("--data-dir" in a.option_strings for a in command._actions):
                    _data_dir(command, argparse.SUPPRESS)
                _data_dir_everywhere(command)


def _window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, data dir) when the arguments only open the window: no command to parse,
    so none of the command modules (and the ORM they bring) load before it shows."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir="):
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window, folder = _window_only(arguments)
    if window:
        from kadesk.app import run_gui

        return run_gui(db_path(folder))
    args = build_parser().parse_args(arguments)
    from kadesk.cli import selftest, words
    from kadesk.cli.common import report_language
    from kadesk.services.app import Kadesk

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
