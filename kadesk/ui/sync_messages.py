"""Sync errors in the user's language (Qt Linguist): one template per code of
kadesk/domain/errors.py, worded for the window rather than the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Errors", ...) calls


def sync_templates() -> dict[str, str]:
    nothing = translate("Errors", "Nothing was imported.")
    damaged = translate("Errors", "Ask the sender to export it again.")
    unchanged = translate("Errors", "Nothing was changed.")
    return {
        "sync_empty": translate(
            "Errors", "{path} is empty (0 bytes): the copy was interrupted. Copy the package "
            "again.") + " " + nothing,
        "sync_not_a_package": translate(
            "Errors", "{path} is not a kadesk sync package (not a zip file, or cut short "
            "while copying).") + " " + damaged + " " + nothing,
        "sync_bad_member": translate(
            "Errors", "{path} holds '{name}', which a kadesk package never holds ({why}): "
            "the file was altered or is not from kadesk.") + " " + nothing,
        "sync_missing_member": translate(
            "Errors", "{path} lacks its {name}: the file is damaged or is not a kadesk "
            "package.") + " " + damaged + " " + nothing,
        "sync_duplicate_member": translate(
            "Errors", "{path} holds {name} more than once, which kadesk never writes: the "
            "file was altered.") + " " + nothing,
        "sync_too_big": translate(
            "Errors", "{path}: {name} would unpack to more than {limit} bytes (a damaged or "
            "malicious file).") + " " + nothing,
        "sync_size_mismatch": translate(
            "Errors", "{path}: {name} is not the size its manifest states ({expected} "
            "bytes): the file is damaged.") + " " + damaged + " " + nothing,
        "sync_hash_mismatch": translate(
            "Errors", "{path}: {name} does not match its checksum: the file was damaged in "
            "transit.") + " " + damaged + " " + nothing,
        "sync_not_kadesk": translate(
            "Errors", "{path} is a zip file but not a kadesk sync package.") + " " + nothing,
        "sync_format_newer": translate(
            "Errors", "{path} was written by a newer kadesk (package format {found}, this one "
            "reads {supported}). Update kadesk, then import it again.") + " " + nothing,
        "sync_schema_newer": translate(
            "Errors", "{path} comes from a newer kadesk (schema {found}, this one has {ours}). "
            "Update kadesk, then import it again.") + " " + nothing,
        "sync_schema_older": translate(
            "Errors", "{path} comes from an older kadesk (schema {found}, this one has "
            "{ours}). Ask the sender to update kadesk and export again.") + " " + nothing,
        # Which field of the file is wrong (the CLI says, in kadesk's English) helps
        # whoever investigates a damaged file, not the rep: the window leaves it out.
        "sync_bad_manifest": translate(
            "Errors", "{path}: the package's manifest is damaged.") + " " + damaged
        + " " + nothing,
        "sync_bad_record": translate(
            "Errors", "{path}, change {line}: the package is damaged or was not written by "
            "kadesk.") + " " + nothing,
        "sync_bad_value": translate(
            "Errors", "{path}, change {line}: the {table} '{id}' holds a value kadesk's editor "
            "refuses ({field}: {problem}). Ask {sender} to correct it and export again.")
        + " " + nothing,
        "sync_duplicate_record": translate(
            "Errors", "{path}, change {line}: the {table} '{id}' appears twice; kadesk never "
            "writes that, so the file was altered.") + " " + nothing,
        "sync_count_mismatch": translate(
            "Errors", "{path}: the manifest announces {expected} changes to {table} but the "
            "package holds {found}: it is incomplete.") + " " + nothing,
        "sync_future": translate(
            "Errors", "{path} carries changes stamped {minutes} minutes ahead of this "
            "computer's clock. Check the date and time on both computers, then import "
            "again.") + " " + nothing,
        "sync_impossible_counter": translate(
            "Errors", "{path}: the package states a counter ({field} = {value}) that no "
            "kadesk can have reached: it was altered or is damaged.") + " " + nothing,
        "sync_tampered": translate(
            "Errors", "{path} does not check out against its team key: it was altered or "
            "damaged after it was written.") + " " + damaged + " " + nothing,
        "sync_not_admitted": translate(
            "Errors", "{path} is sealed for the members of this team, and this computer is not "
            "one of them (not admitted yet, or revoked). Send head office an admission request "
            "(kadesk sync request).") + " " + nothing,
        "sync_other_team_sealed": translate(
            "Errors", "{path} is sealed for the members of another team; this computer cannot "
            "read it. To join that team, send its head office an admission request."
        ) + " " + nothing,
        "sync_old_team_key": translate(
            "Errors", "{path} is sealed with a team key that a revocation replaced before this "
            "computer had it: it comes from a revoked computer, or is older than this "
            "computer's membership. Ask the sender for a new package.") + " " + nothing,
        "sync_unsigned": translate(
            "Errors", "{path} claims to come from {sender} but is not signed (an older kadesk, "
            "or a forged file), and this team takes signed packages only. If it is {sender}'s, "
            "ask them to update kadesk and to send head office an admission request."
        ) + " " + nothing,
        "sync_bad_signature": translate(
            "Errors", "{path} claims to come from {sender}, but its signature does not match "
            "its contents: it was forged or altered.") + " " + nothing,
        "sync_not_member": translate(
            "Errors", "{path} claims to come from {sender}, whose computer is not admitted to "
            "this team's roster here, so it is not trusted. If {sender} belongs to the team, "
            "head office admits their admission request first.") + " " + nothing,
        "sync_revoked": translate(
            "Errors", "{path} comes from {sender}, whose computer {by} revoked from the team: "
            "its packages are no longer taken (what it sent before stays).") + " " + nothing,
        "sync_proof_mismatch": translate(
            "Errors", "{path}, sent by {sender}: the change to the {table} '{id}' attributed "
            "to {origin} does not match what {origin} signed: it was altered after {origin} "
            "made it.") + " " + nothing,
        "sync_proof_missing": translate(
            "Errors", "{path}, sent by {sender}: the change to the {table} '{id}' ({field}) is "
            "attributed to {origin} but carries no signature of {origin}'s: it was forged or "
            "altered on the way.") + " " + nothing,
        "sync_proof_signer": translate(
            "Errors", "{path}, sent by {sender}: the change to the {table} '{id}' ({field}) is "
            "attributed to {origin} but signed by {signer}: nobody may sign a change in "
            "another computer's name.") + " " + nothing,
        "sync_proof_untrusted": translate(
            "Errors", "{path}, sent by {sender}: the change to the {table} '{id}' ({field}) is "
            "signed by {signer}, whose computer is not admitted to this team's roster here."
        ) + " " + nothing,
        "sync_proof_revoked": translate(
            "Errors", "{path}, sent by {sender}: the change to the {table} '{id}' ({field}) was "
            "made by {origin} after that computer was revoked from the team: it is not taken "
            "(what it made before stays).") + " " + nothing,
        "sync_proof_vouch": translate(
            "Errors", "{path}, sent by {sender}: the {table} '{id}' ({field}, attributed to "
            "{origin}) is vouched for by {signer}, who did not secure this team: only the "
            "computer that secured it vouches for what came before.") + " " + nothing,
        "sync_proof_builtin": translate(
            "Errors", "{path}, sent by {sender}: the {table} '{id}' claims to be one of "
            "kadesk's built-in entries, and is not: it was forged.") + " " + nothing,
        "sync_team_secured": translate(
            "Errors", 'This team is secured already.'),
        "sync_team_open": translate(
            "Errors", 'This team is not secured yet: head office secures it first.'),
        "sync_not_admin": translate(
            "Errors", "Only an admin of the team (head office, or whom it made admin) admits "
            "and revokes computers."),
        "sync_bad_request": translate(
            "Errors", "{path} is not a kadesk admission request, or its signature does not "
            "match: nobody was admitted."),
        "sync_request_claims": translate(
            "Errors", "{path} lists the device id {device} as its own, and that id is "
            "{name}'s: nobody was admitted. If the request is genuine, the laptop was copied "
            "from {name}'s: make a new database on it and send a new request."),
        "sync_revoked_request": translate(
            "Errors", "{path} comes from {name}'s computer, which was revoked: it cannot be "
            "admitted again."),
        "sync_unknown_member": translate(
            "Errors", "No other member of the roster is '{who}'; members: {known}."),
        "sync_no_team_key": translate(
            "Errors", "This computer holds no current team key yet: import a package from head "
            "office first, then export again."),
        "sync_own_package": translate(
            "Errors", "{path} was exported by this computer; import it on another one.")
        + " " + nothing,
        "sync_other_team": translate(
            "Errors", "{path} belongs to another team ({team}).") + " " + nothing,
        "sync_same_stamp": translate(
            "Errors", "{path}: the {table} '{id}' carries the same change stamp as here but a "
            "different value: the package comes from a copied kadesk installation or was "
            "forged.") + " " + nothing,
        "sync_unknown_peer": translate(
            "Errors", "No colleague '{peer}' has sent this computer a package yet; use "
            "Export everything instead."),
        "sync_not_fresh": translate(
            "Errors", "Setting up from a package needs an empty database, and {path} already "
            "holds data. Use Import package instead."),
        "sync_setup_needs_full": translate(
            "Errors", "{path} holds only recent changes; setting up needs a full package "
            "(Export everything on the colleague's computer)."),
        "sync_disk_full": translate(
            "Errors", "The disk holding {path} is full. Free some space and try again. "
            "Nothing was changed."),
        "sync_verify_failed": translate(
            "Errors", "The package written to {path} failed its check when read back (the "
            "disk or the copy is faulty). It was removed; export again to another place."),
        "sync_cancelled_export": translate(
            "Errors", "Export cancelled; no package was written to {path}."),
        "sync_conflict_unknown": translate(
            "Errors", "That conflict is no longer open; it may have been settled already."),
        "sync_merge_mismatch": translate(
            "Errors", "Only two live records of the same kind can be merged; these two "
            "cannot (a different kind, the same record, or one is in the trash)."),
        "sync_undo_nothing": translate(
            "Errors", "There is no package import to undo: none since the last undo, or "
            "its undo record was removed."),
        "sync_undo_unknown": translate(
            "Errors", "The import of package {package} cannot be undone: it was not imported "
            "here, was undone already, or its undo record was removed."),
        "sync_undo_changed": translate(
            "Errors", "The import of package {package} from {source} can no longer be undone: "
            "this database changed since (an edit or another import). Only the most recent "
            "import can be undone, before anything else changes.") + " " + unchanged,
        "sync_undo_exported": translate(
            "Errors", "The import of package {package} from {source} can no longer be undone: "
            "a package exported since tells colleagues that this computer holds its changes, "
            "so they would not send them again.") + " " + unchanged,
    }

