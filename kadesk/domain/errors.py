"""Errors the services raise: a stable code plus parameters, never raw SQL text.

The English templates here are the source strings; the UI translates them
(Qt Linguist) and the CLI prints them. Codes are what tests and callers match.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

MESSAGES: dict[str, str] = {
    "required": "{field} is required.",
    "too_long": "{field} is longer than {max} characters.",
    "not_in_list": "{field}: '{value}' is not one of the allowed values.",
    "out_of_range": "{field} must be between {min} and {max}.",
    "negative": "{field} cannot be negative.",
    "bad_currency": "{field}: '{value}' is not a three-letter currency code such as CNY.",
    "bad_email": "{field}: '{value}' is not an e-mail address.",
    "bad_phone": "{field}: '{value}' is not a phone number (digits, spaces, + - and parentheses).",
    "date_order": "{field} cannot be before {other}.",
    "unknown_field": "{field} is not a field that can be edited here.",
    "unknown_list_item": "{field}: there is no {kind} entry with id '{value}'.",
    "other_account": "{field} must be a contact of the same account.",
    "self_reference": "A contact cannot report to themselves.",
    "reports_to_cycle": "{name} already reports (directly or indirectly) to this contact; "
    "choosing them as manager would make a loop.",
    "self_relation": "A contact cannot be related to themselves.",
    "duplicate_relation": "These two contacts are already linked this way.",
    "not_found": "No {entity} with id '{id}' exists (it may have been deleted).",
    "deleted": "The {entity} '{id}' is in the trash; restore it before editing.",
    "parent_deleted": "The {entity} '{id}' is in the trash; restore it first.",
    "duplicate_contact_met": "The same contact is listed twice among the contacts met.",
    "duplicate_code": "{field}: a {kind} entry with the code '{value}' already exists.",
    "unreadable_money": "{field}: '{value}' is not an amount; type digits, e.g. 12,500.00.",
    "builtin_entry": "Built-in list entries cannot be deleted; hide them instead.",
    "period_reversed": "The period ends ({end}) before it starts ({start}); swap the dates.",
    "period_too_long": "A visit report covers at most {days} days; choose a shorter period "
    "(export the visit log for longer ones).",
    "locked": "kadesk is already open on {path} (another window or process holds it). "
    "Close it first, or open another database with --data-dir.",
    "not_a_database": "{path} is not a kadesk database, or it is damaged. Open another "
    "folder with --data-dir, or restore a backup.",
    "db_newer": "This database was written by a newer kadesk (schema {found}); "
    "install the newer version to open it.",
    # Sync by file. Every import error leaves the database exactly as it was.
    "sync_empty": "{path} is empty (0 bytes): the copy was interrupted. Copy the package "
    "again, or ask the sender to export it again. Nothing was imported.",
    "sync_not_a_package": "{path} is not a kadesk sync package (not a zip file, or cut "
    "short while copying). Ask the sender to export it again. Nothing was imported.",
    "sync_bad_member": "{path} holds '{name}', which a kadesk package never holds ({why}). "
    "The file was altered or is not from kadesk; nothing was imported.",
    "sync_missing_member": "{path} lacks its {name}: the file is damaged or is not a kadesk "
    "package. Ask the sender to export it again. Nothing was imported.",
    "sync_duplicate_member": "{path} holds {name} more than once, which kadesk never writes: "
    "the file was altered. Nothing was imported.",
    "sync_too_big": "{path}: {name} would unpack to more than {limit} bytes (a damaged or "
    "malicious file). Nothing was imported.",
    "sync_size_mismatch": "{path}: {name} is not the size its manifest states ({expected} "
    "bytes): the file is damaged. Ask the sender to export it again. Nothing was imported.",
    "sync_hash_mismatch": "{path}: {name} does not match its checksum: the file was damaged "
    "in transit. Ask the sender to export it again. Nothing was imported.",
    "sync_not_kadesk": "{path} is a zip file but not a kadesk sync package. Nothing was "
    "imported.",
    "sync_format_newer": "{path} was written by a newer kadesk (package format {found}, this "
    "one reads {supported}). Update kadesk, then import it again. Nothing was imported.",
    "sync_schema_newer": "{path} comes from a newer kadesk (schema {found}, this one has "
    "{ours}). Update kadesk, then import it again. Nothing was imported.",
    "sync_schema_older": "{path} comes from an older kadesk (schema {found}, this one has "
    "{ours}). Ask the sender to update kadesk and export again. Nothing was imported.",
    "sync_bad_manifest": "{path}: the package's manifest is damaged ({detail}). Ask the "
    "sender to export it again. Nothing was imported.",
    "sync_bad_record": "{path}, change {line}: {detail}. The package is damaged or was not "
    "written by kadesk; nothing was imported.",
    "sync_duplicate_record": "{path}, change {line}: the {table} '{id}' appears twice. "
    "kadesk never writes that; the file was altered. Nothing was imported.",
    "sync_count_mismatch": "{path}: the manifest announces {expected} changes to {table} "
    "but the package holds {found}: it is incomplete. Nothing was imported.",
    "sync_future": "{path} carries changes stamped {minutes} minutes ahead of this "
    "computer's clock. Check the date and time on both computers, then import again. "
    "Nothing was imported.",
    "sync_own_package": "{path} was exported by this computer; import it on another one. "
    "Nothing was imported.",
    "sync_other_team": "{path} belongs to another team ({team}). To merge that team's data "
    "into this database, import it with 'join team' (--join-team); to start this computer "
    "from it, use 'Set up from package' on an empty database. Nothing was imported.",
    "sync_same_stamp": "{path}: the {table} '{id}' carries the same change stamp as here but "
    "a different value: the package comes from a copied kadesk installation or was forged. "
    "Nothing was imported.",
    "sync_unknown_peer": "No colleague '{peer}' has sent this computer a package yet; known: "
    "{known}. Export everything instead (--full).",
    "sync_not_fresh": "Setting up from a package needs an empty database, and {path} already "
    "holds data. Import the package instead, or choose an empty folder with --data-dir.",
    "sync_setup_needs_full": "{path} holds only recent changes; setting up needs a full "
    "package ('Export everything' on the colleague's computer).",
    "sync_disk_full": "The disk holding {path} is full. Free some space and try again. "
    "Nothing was changed.",
    "sync_verify_failed": "The package written to {path} failed its check when read back "
    "(the disk or the copy is faulty). It was removed; export again to another place.",
    "sync_cancelled_export": "Export cancelled; no package was written to {path}.",
    "sync_conflict_unknown": "There is no open sync conflict {id}; it may have been settled "
    "already.",
    "sync_merge_mismatch": "Only two live records of the same kind can be merged, and "
    "{keep} and {other} are not (a different kind, the same record, or in the trash).",
    "sync_undo_nothing": "There is no sync import to undo: none is recorded since the last "
    "undo, or its undo record was removed. Nothing was changed.",
    "sync_undo_unknown": "No import of package {package} can be undone: it was not imported "
    "here, was undone already, or its undo record was removed. Nothing was changed.",
    "sync_undo_changed": "The import of package {package} from {source} can no longer be "
    "undone: this database changed since (an edit or another import). Only the most recent "
    "import can be undone, before anything else changes. Nothing was changed.",
    "sync_undo_exported": "The import of package {package} from {source} can no longer be "
    "undone: a package exported since tells colleagues that this computer holds its "
    "changes, so they would not send them again. Nothing was changed.",
}


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    code: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    def message(self) -> str:
        return MESSAGES[self.code].format(field=self.field, **self.params)


class KadeskError(Exception):
    """Base of every error the services raise on purpose."""

    code = "error"

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self) -> str:
        return MESSAGES[self.code].format(**self.params)


class NotFoundError(KadeskError):
    def __init__(self, entity: str, id: str) -> None:
        super().__init__("not_found", entity=entity, id=id)


class DeletedError(KadeskError):
    def __init__(self, entity: str, id: str, *, parent: bool = False) -> None:
        super().__init__("parent_deleted" if parent else "deleted", entity=entity, id=id)


class ValidationError(KadeskError):
    """One or more fields are wrong; ``errors`` names each field and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = tuple(errors)
        self.code = "validation"
        self.params = {}
        Exception.__init__(self, self.message())

    def message(self) -> str:
        return " ".join(e.message() for e in self.errors)

    def codes(self) -> dict[str, str]:
        """Field name -> error code, for callers that mark fields in a form."""
        return {e.field: e.code for e in self.errors}


class DatabaseLockedError(KadeskError):
    def __init__(self, path: str) -> None:
        super().__init__("locked", path=path)


class DatabaseTooNewError(KadeskError):
    def __init__(self, found: str) -> None:
        super().__init__("db_newer", found=found)


class NotADatabaseError(KadeskError):
    def __init__(self, path: str) -> None:
        super().__init__("not_a_database", path=path)


class SyncError(KadeskError):
    """A package cannot be exported, imported or settled; the database is unchanged."""
