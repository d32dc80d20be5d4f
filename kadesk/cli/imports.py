"""Importing from the command line: ``kadesk import-table``, ``import-vcard``,
``import-history`` and ``import-undo``. A problem with the file prints why and
exits 2 with nothing written; rows with errors are listed (exit 1), the rest
imported."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from kadesk.cli.common import fail, find_account, progress_printer
from kadesk.domain.text import compact
from kadesk.interchange.fields import BY_KEY, allowed, suggest_one
from kadesk.interchange.table_reader import ENCODINGS, column_letter
from kadesk.services.app import Kadesk
from kadesk.services.imports import ImportRequest, ImportSummary, Policy, Target

SHOWN = 50  # messages listed before "... and N more"








def _column(text: str, headers: list[str]) -> int | None:
    """A column by its header, its letter (C) or its number (3)."""
    folded = [compact(h) for h in headers]
    if compact(text) in folded:
        return folded.index(compact(text))
    if re.fullmatch(r"[A-Za-z]{1,3}", text):
        letters = [column_letter(i) for i in range(len(headers))]
        if text.upper() in letters:
            return letters.index(text.upper())
    if text.isdigit() and 1 <= int(text) <= len(headers):
        return int(text) - 1
    return None


def _field(text: str, target: Target) -> str | None:
    """A field by its key (contact.mobile), its label or a synonym (手机)."""
    if text in BY_KEY:
        return text
    return suggest_one(text, target)


def _mapping(app: Kadesk, request: ImportRequest, pairs: list[str]) -> dict[int, str] | int:
    info = app.imports.inspect(request, sample=0)
    mapping = {i: k for i, k in enumerate(info.suggested) if k}
    keys = ", ".join(f.key for f in allowed(request.target))
    for pair in pairs:
        column_text, sep, field_text = pair.partition("=")
        column = _column(column_text.strip(), info.headers)
        if not sep or column is None:
            names = ", ".join(h or column_letter(i) for i, h in enumerate(info.headers))
            return fail(f"--map {pair}: give COLUMN=FIELD with a column of the file ({names}).")
        if not field_text.strip():
            mapping.pop(column, None)  # COLUMN= leaves the column out
            continue
        key = _field(field_text.strip(), request.target)
        if key is None:
            return fail(f"--map {pair}: '{field_text}' is not a field; the fields are: {keys}.")
        mapping = {i: k for i, k in mapping.items() if k != key}
        mapping[column] = key
    if request.encoding is None and info.encoding:
        print(f"Read {request.path.name} as {info.encoding} (--encoding to change).")
    for index, header in enumerate(info.headers):
        key = mapping.get(index)
        target = f"{BY_KEY[key].zh} {BY_KEY[key].en} ({key})" if key else "(not imported)"
        print(f"  {header or column_letter(index)} → {target}")
    return mapping


def _counts(name: str, counts: Any, dry: bool) -> str:
    verb = "would be " if dry else ""
    return (f"{name}: {counts.created:,} {verb}created, {counts.updated:,} {verb}updated, "
            f"{counts.unchanged:,} unchanged, {counts.skipped:,} skipped")


def _report(summary: ImportSummary) -> int:
    if summary.cancelled:
        print("Import cancelled; nothing changed.")
        return 1
    head = "Dry run, nothing written" if summary.dry_run else f"Imported {summary.file_name}"
    print(f"{head}: {summary.rows:,} rows, {summary.rejected_rows:,} left out.")
    print("  " + _counts("Accounts", summary.accounts, summary.dry_run))
    print("  " + _counts("Contacts", summary.contacts, summary.dry_run))
    for title, problems in (("Rows left out", summary.rejected),
                            ("Values left out", summary.warnings)):
        if problems:
            print(f"{title}:")
        for p in problems[:SHOWN]:
            print(f"  row {p.row}, {p.column}: {p.message()}")
        if len(problems) > SHOWN:
            print(f"  ... and {len(problems) - SHOWN:,} more")
    if summary.import_id:
        print(f"Undo it with: kadesk import-undo {summary.import_id[:8]}")
    return 1 if summary.rejected_rows else 0


def _import_table(app: Kadesk, args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    target = Target(args.kind)
    account_id = None
    if args.account:
        account_id = find_account(app, args.account)
        if account_id is None:
            return 2
    request = ImportRequest(path, target, sheet=args.sheet, encoding=args.encoding,
                            policy=Policy(args.duplicates), account_id=account_id)
    mapping = _mapping(app, request, args.map or [])
    if isinstance(mapping, int):
        return mapping
    return _run(app, ImportRequest(path, target, sheet=args.sheet, encoding=args.encoding,
                                   mapping=mapping, policy=Policy(args.duplicates),
                                   account_id=account_id), args)


def _run(app: Kadesk, request: ImportRequest, args: argparse.Namespace) -> int:
    progress = progress_printer(args.quiet)
    summary = app.imports.run(request, progress, dry_run=args.dry_run)
    if progress:
        print(file=sys.stderr)
    return _report(summary)


def _import_vcard(app: Kadesk, args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    account_id = None
    if args.account:
        account_id = find_account(app, args.account)
        if account_id is None:
            return 2
    if path.suffix.lower() not in (".vcf", ".vcard"):
        return fail(f"{path.name} is not a .vcf file.")
    return _run(app, ImportRequest(path, Target.CONTACTS, policy=Policy(args.duplicates),
                                   account_id=account_id), args)


def _history(app: Kadesk, _args: argparse.Namespace) -> int:
    runs = app.imports.history()
    if not runs:
        print("Nothing has been imported into this database yet.")
    for run in runs:
        when = run.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
        accounts, contacts = run.counts.get("accounts", {}), run.counts.get("contacts", {})
        state = f"  undone {run.undone_at.astimezone():%Y-%m-%d %H:%M}" if run.undone_at else ""
        print(f"{run.id[:8]}  {when}  {run.file_name}  ({run.policy.value}): "
              f"accounts +{accounts.get('created', 0)} ~{accounts.get('updated', 0)}, "
              f"contacts +{contacts.get('created', 0)} ~{contacts.get('updated', 0)}{state}")
    return 0


def _undo(app: Kadesk, args: argparse.Namespace) -> int:
    done = app.imports.undo(args.id)
    print(f"Undid the import of {done.file_name}: {done.trashed:,} records moved to the trash, "
          f"{done.restored:,} given back their earlier values.")
    if done.kept:
        print(f"{done.kept:,} records changed since the import were kept as they are.")
    return 0


def register(commands: Any) -> None:
    policies = [p.value for p in Policy]
    table = commands.add_parser(
        "import-table", help="import accounts or contacts from an .xlsx or .csv file",
        description="Columns are matched to fields by their headers (Chinese or English); "
        "--map changes that. Rows with errors are listed and left out; a problem with the "
        "file imports nothing.")
    table.add_argument("file", metavar="FILE")
    table.add_argument("--sheet", metavar="NAME", help="the sheet (default: the first)")
    table.add_argument("--kind", choices=[t.value for t in Target], default="accounts",
                       help="accounts (each row may carry a contact of the account) or "
                       "contacts of accounts already here (default: accounts)")
    table.add_argument("--map", action="append", metavar="COLUMN=FIELD",
                       help="map a column (header, letter or number) to a field (e.g. "
                       "单位=客户名称, D=contact.mobile); COLUMN= leaves it out")
    table.add_argument("--encoding", choices=ENCODINGS, metavar="ENCODING",
                       help=f"of a CSV file (default: detected; one of {', '.join(ENCODINGS)})")
    table.add_argument("--duplicates", choices=policies, default="skip",
                       help="for rows matching a record already here: skip, fill (its empty "
                       "fields), update (all fields), create (a new one anyway); default skip")
    table.add_argument("--account", metavar="NAME", help="contacts: put every row under this "
                       "account")
    table.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    table.add_argument("--quiet", action="store_true", help="no progress output")
    table.set_defaults(handler=_import_table)
    vcard = commands.add_parser("import-vcard", help="import contacts from a vCard (.vcf) file")
    vcard.add_argument("file", metavar="FILE")
    vcard.add_argument("--account", metavar="NAME",
                       help="put every contact under this account (default: by ORG)")
    vcard.add_argument("--duplicates", choices=policies, default="skip")
    vcard.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    vcard.add_argument("--quiet", action="store_true", help="no progress output")
    vcard.set_defaults(handler=_import_vcard)
    commands.add_parser("import-history", help="imports done here, newest first"
                        ).set_defaults(handler=_history)
    undo = commands.add_parser("import-undo", help="undo an import (default: the latest)")
    undo.add_argument("id", nargs="?", metavar="ID", help="from import-history (first digits)")
    undo.set_defaults(handler=_undo)
