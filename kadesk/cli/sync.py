"""Sync by file: ``kadesk sync export|import|setup|undo|status|peers``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kadesk.cli.common import progress_printer
from kadesk.cli.words import translate
from kadesk.services.app import Kadesk
from kadesk.services.sync import ImportSummary, UndoInfo


def _sender(name: str, device: str) -> str:
    return name or translate("Cli", "a colleague's computer ({device})").format(device=device)


def _export(app: Kadesk, args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser()
    progress = progress_printer(args.quiet)
    if args.peer:
        done = app.sync.export_for(args.peer, target, progress)
    else:
        done = app.sync.export_full(target, progress)
    if progress:
        print(file=sys.stderr)
    counts = ", ".join(f"{n:,} {table}" for table, n in done.counts.items()) or translate(
        "Cli", "no changes")
    text = (translate("Cli", "Wrote a full package {path} ({rows} rows: {counts}).")
            if done.kind == "full" else
            translate("Cli", "Wrote a package of changes {path} ({rows} rows: {counts})."))
    print(text.format(path=done.path, rows=f"{done.rows:,}", counts=counts))
    if done.withheld:
        print(translate("Cli", "{n} records were left out: they date from before the team "
                        "was secured, and no member can sign for them.")
              .format(n=f"{done.withheld:,}"))
    return 0


def _report(summary: ImportSummary) -> int:
    if summary.already_imported_at is not None:
        when = summary.already_imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(translate("Cli", "{path} was already imported on {when}; nothing changed.")
              .format(path=summary.path, when=when))
        return 0
    if summary.cancelled:
        print(translate("Cli", "Import cancelled; nothing changed."))
        return 1
    conflicts = sum(summary.conflicts.values())
    print(translate("Cli", "Imported {path} from {sender}: {created} new, {updated} updated, "
                    "{unchanged} unchanged, {conflicts} conflict(s) to review ('kadesk sync "
                    "status'). Undo with 'kadesk sync undo' while nothing else changes.").format(
        path=summary.path, sender=_sender(summary.source_name, summary.source_device),
        created=f"{summary.created:,}", updated=f"{summary.updated:,}",
        unchanged=f"{summary.unchanged:,}", conflicts=f"{conflicts:,}"))
    if summary.joined_team:
        print(translate("Cli", "This database now belongs to the sender's team. Its state "
                        "before is kept in full in {path}.").format(path=summary.full_backup))
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
    return translate("Cli", "package {package} from {sender}, imported {when}: {created} new, "
                     "{updated} updated").format(
        package=info.package_id, sender=_sender(info.source_name, info.source_device),
        when=when, created=f"{info.counts.get('created', 0):,}",
        updated=f"{info.counts.get('updated', 0):,}")


def _undo(app: Kadesk, args: argparse.Namespace) -> int:
    done = app.sync.undo_import(args.package)
    print(translate("Cli", "Undid the import of {what}. The database is as it was before; the "
                    "package can be imported again.").format(what=_describe(done)))
    return 0


def _status(app: Kadesk, _args: argparse.Namespace) -> int:
    status = app.sync.status()
    print(translate("Cli", "Device {device}, team {team}.").format(device=status.device_id,
                                                                   team=status.team_id))
    print(translate("Cli", "{pending} changed rows not yet sent to any colleague; {packages} "
                    "packages imported from {peers} colleague(s).").format(
        pending=f"{status.changes_since_last_export:,}",
        packages=f"{status.packages_imported:,}", peers=status.peers))
    print(translate("Cli", "{n} open conflict(s).").format(n=f"{status.open_conflicts:,}"))
    for conflict in app.sync.conflicts()[:20]:
        print(f"  #{conflict.id} {conflict.kind.value}: {conflict.table} {conflict.row_id} "
              f"{conflict.group}")
    if status.undoable is not None:
        print(translate("Cli", "The last import can be undone ('kadesk sync undo'): {what}.")
              .format(what=_describe(status.undoable)))
    for path in status.full_backups:
        print(translate("Cli", "Full copy before joining a team: {path}").format(path=path))
    return 0


def _peers(app: Kadesk, _args: argparse.Namespace) -> int:
    peers = app.sync.peers()
    if not peers:
        print(translate("Cli", "No colleague has sent this computer a package yet."))
    for peer in peers:
        seen = peer.last_import_at.astimezone().strftime("%Y-%m-%d %H:%M") \
            if peer.last_import_at else translate("Cli", "never")
        print(translate("Cli", "{device}  {name}  last package {seen}; they hold our changes "
                        "up to {acked}, we sent up to {sent}").format(
            device=peer.device_id, name=peer.name or "-", seen=seen, acked=peer.acked_seq,
            sent=peer.sent_seq))
    return 0


def _secure(app: Kadesk, _args: argparse.Namespace) -> int:
    app.team.secure()
    print(translate("Cli", "This team is now secured, with this computer as its admin: "
                    "packages are sealed for its members and signed. Each colleague sends "
                    "an admission request ('kadesk sync request'); admit it with 'kadesk sync "
                    "admit FILE', then send them a package."))
    return 0


def _request(app: Kadesk, args: argparse.Namespace) -> int:
    path = app.team.write_request(Path(args.output).expanduser())
    print(translate("Cli", "Wrote the admission request {path}: send it to an admin (head "
                    "office). It holds this computer's public keys and name, nothing else.")
          .format(path=path))
    return 0


def _admit(app: Kadesk, args: argparse.Namespace) -> int:
    name = app.team.admit(Path(args.file).expanduser(), admin=args.admin)
    print(translate("Cli", "Admitted {name}. Your next package for them carries their copy "
                    "of the team key.").format(name=name))
    return 0


def _revoke(app: Kadesk, args: argparse.Namespace) -> int:
    name = app.team.revoke(args.who)
    print(translate("Cli", "Revoked {name}: their packages are refused wherever your next "
                    "packages arrive, and the team key changes.").format(name=name))
    return 0


def _roster(app: Kadesk, _args: argparse.Namespace) -> int:
    roster = app.team.roster()
    if not roster.team_secured:
        print(translate("Cli", "This team is not secured: packages are plain and unsigned."))
        return 0
    for member in roster.members:
        role = translate("Cli", "admin") if member.admin else ""
        me = translate("Cli", "(this computer)") if member.key == roster.me else ""
        print(f"{member.key[:16]}  {member.name}  {role} {me}".rstrip())
    for name, key, by in roster.revoked:
        print(translate("Cli", "{key}  {name}  revoked by {by}").format(key=key[:16],
                                                                       name=name, by=by))
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
    actions.add_parser("secure", help="seal and sign this team's packages from now on, with "
                       "this computer as admin").set_defaults(handler=_secure)
    request = actions.add_parser("request", help="write this computer's admission request")
    request.add_argument("-o", "--output", required=True, metavar="FILE")
    request.set_defaults(handler=_request)
    admit = actions.add_parser("admit", help="admit the computer of an admission request")
    admit.add_argument("file", metavar="FILE")
    admit.add_argument("--admin", action="store_true", help="it may admit and revoke too")
    admit.set_defaults(handler=_admit)
    revoke = actions.add_parser("revoke", help="refuse a member's packages from now on")
    revoke.add_argument("who", metavar="NAME", help="a member's name or the start of its key")
    revoke.set_defaults(handler=_revoke)
    actions.add_parser("roster", help="the computers admitted to this team"
                       ).set_defaults(handler=_roster)
