"""What several command groups share: messages, progress, naming an account, dates,
the report language."""

from __future__ import annotations

import argparse
import locale
import os
import sys
from collections.abc import Callable
from datetime import date

from kadesk.domain.language import resolve
from kadesk.domain.queries import AccountFilter
from kadesk.domain.text import compact
from kadesk.services.app import Kadesk

LISTED = 20  # accounts listed when a name matches several


def fail(message: str) -> int:
    """Print why a command stops; the exit code for bad input."""
    print(f"kadesk: {message}", file=sys.stderr)
    return 2


def progress_printer(quiet: bool) -> Callable[[str, int, int], None] | None:
    if quiet:
        return None

    def show(stage: str, done: int, total: int) -> None:
        print(f"\r  {stage}: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    return show


def find_account(app: Kadesk, text: str) -> str | None:
    """The id of the one live account ``text`` names (an id, its name or short name with
    spaces and punctuation aside, or search text only it matches), else None with the
    reason printed."""
    if app.accounts.summaries([text]):
        return text
    matches = app.accounts.page(AccountFilter(text=text), limit=LISTED + 1)
    exact = [a for a in matches if compact(text) in (compact(a.name), compact(a.short_name))]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0].id
    if not matches:
        fail(f"no account matches '{text}'.")
        return None
    fail(f"'{text}' matches several accounts; give more of the name or an id:")
    for a in matches[:LISTED]:
        print(f"  {a.id}  {a.name}", file=sys.stderr)
    if len(matches) > LISTED:
        print("  ...", file=sys.stderr)
    return None


def system_language() -> str:
    """The system's language as Qt reads it on Unix (LC_ALL, LC_MESSAGES, LANG), else
    Python's locale: a zh_CN that is not installed as a C locale still counts."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return os.environ[name]
    return locale.getlocale()[0] or ""


def report_language(app: Kadesk, args: argparse.Namespace) -> str:
    # Default: the language chosen in Preferences, else the system's (as the window does).
    return str(args.lang or resolve(app.settings.get("language"), system_language()))


def day(text: str) -> date:
    """An argparse type: a date as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-16") from None
