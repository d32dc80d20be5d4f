"""Sync by file: ``kadesk sync export|import|setup|undo|status|peers``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kadesk.cli.common import progress_printer
from kadesk.services.app import Kadesk
from kadesk.services.sync import ImportSummary, UndoInfo


def _export(app: Kadesk, args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser()
    progress = progress_printer(args.quiet)
    if args.peer:
        done = app.sync.export_for(args.peer, target, progress)
    else:
        done = app.sync.export_full(target, progress)
    if progress:
        print(file=sys.stderr)
    counts = ", ".join(f"{n:,} {table}" for table, n in done.counts.items()) or "no changes"
    print(f"Wrote {done.kind} package {done.path} ({done.rows:,} rows: {counts}).")
    return 0


def _report(summary: ImportSummary) -> int:
    if summary.already_imported_at is not None:
        when = summary.already_imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{summary.path} was already imported on {when}; nothing changed.")
        return 0
    if summary.cancelled:
        print("Import cancelled; nothing changed.")
        return 1
    conflicts = sum(summary.conflicts.values())
    print(f"Imported {summary.path}: {summary.created:,} new, {summary.updated:,} updated, "
          f"{summary.unchanged:,} unchanged, {conflicts:,} conflict(s) to review "
          f"('kadesk sync status'). Undo with 'kadesk sync undo' while nothing else "
          "changes.")
    if summary.joined_team:
        print("This database now belongs to the sender's team. Its state before is kept "
              f"in full in {summary.full_backup}.")
    return 0


def _import(app: Kadesk, args: argparse.Namespace) -> int:
    progress = progress_printer(args.quiet)
    summary = app.sync.import_package(Path(args.file).expanduser(), progress,
                                      join_team=args.join_team)
    if progress:
        print(file=sys.stderr)
    return _report(summary)


def _setup(app: Kadesk, args: argparse.Namespace) -> int:
    progress = progress_printer(args.quiet)
    summary = app.sync.set_up_from(Path(args.file).expanduser(), progress)
    if progress:
        print(file=sys.stderr)
    return _report(summary)


def _describe(info: UndoInfo) -> str:
    when = info.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return (f"package {info.package_id} from {info.source_name or info.source_device}, "
            f"imported {when}: {info.counts.get('created', 0):,} new, "
            f"{info.counts.get('updated', 0):,} updated")


def _undo(app: Kadesk, args: argparse.Namespace) -> int:
    done = app.sync.undo_import(args.package)
    print(f"Undid the import of {_describe(done)}. The database is as it was before; "
          "the package can be imported again.")
    return 0


def _status(app: Kadesk, _args: argparse.Namespace) -> int:
    status = app.sync.status()
    print(f"Device {status.device_id}, team {status.team_id}.")
    print(f"{status.changes_since_last_export:,} changed rows not yet sent to any colleague; "
          f"{status.packages_imported:,} packages imported from {status.peers} colleague(s).")
    print(f"{status.open_conflicts:,} open conflict(s).")
    for conflict in app.sync.conflicts()[:20]:
        print(f"  #{conflict.id} {conflict.kind.value}: {conflict.table} {conflict.row_id} "
              f"{conflict.group}")
    if status.undoable is not None:
        print(f"The last import can be undone ('kadesk sync undo'): "
              f"{_describe(status.undoable)}.")
    for path in status.full_backups:
        print(f"Full copy before joining a team: {path}")
    return 0


def _peers(app: Kadesk, _args: argparse.Namespace) -> int:
    peers = app.sync.peers()
    if not peers:
        print("No colleague has sent this computer a package yet.")
    for peer in peers:
        seen = peer.last_import_at.astimezone().strftime("%Y-%m-%d %H:%M") \
            if peer.last_import_at else "never"
        print(f"{peer.device_id}  {peer.name or '-'}  last package {seen}; "
              f"they hold our changes up to {peer.acked_seq}, we sent up to {peer.sent_seq}")
    return 0


def register(commands: Any) -> None:
    sync = commands.add_parser("sync", help="exchange changes with colleagues by file")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a package of changes")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--peer", metavar="NAME",
                       help="only what this colleague (name or device id) lacks")
    which.add_argument("--full", action="store_true", help="everything, deletions included")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--quiet", action="store_true", help="no progress output")
    export.set_defaults(handler=_export)
    imp = actions.add_parser("import", help="merge a colleague's package into this database")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--join-team", action="store_true",
                     help="accept a package of another team and join that team")
    imp.add_argument("--quiet", action="store_true", help="no progress output")
    imp.set_defaults(handler=_import)
    setup = actions.add_parser("setup", help="start an empty database from a full package")
    setup.add_argument("file", metavar="FILE")
    setup.add_argument("--quiet", action="store_true", help="no progress output")
    setup.set_defaults(handler=_setup)
    undo = actions.add_parser("undo", help="put the database back as it was before the "
                              "last import, while nothing else has changed")
    undo.add_argument("package", metavar="PACKAGE_ID", nargs="?",
                      help="refuse unless the last import is this package (id or its start)")
    undo.set_defaults(handler=_undo)
    actions.add_parser("status", help="this device, team, pending changes, conflicts"
                       ).set_defaults(handler=_status)
    actions.add_parser("peers", help="colleagues this computer exchanges with"
                       ).set_defaults(handler=_peers)
