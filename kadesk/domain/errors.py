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
    "too_many": "{field}: more than {max}; keep the ones people use.",
    "not_in_list": "{field}: '{value}' is not one of the allowed values.",
    "out_of_range": "{field} must be between {min} and {max}.",
    "negative": "{field} cannot be negative.",
    "bad_currency": "{field}: '{value}' is not a three-letter currency code such as CNY.",
    "bad_email": "{field}: '{value}' is not an e-mail address.",
    "bad_phone": "{field}: '{value}' is not a phone number; write it as on a card, e.g. "
    "0755-2665 6677 转 8001, +852 2345 6789, or two as 137 0013 7000 / 136 0013 6000.",
    "date_order": "{field} cannot be before {other}.",
    "unknown_rep": "No rep named '{rep}' has logged a visit. Reps: {reps}.",
    "bad_credit_code": "{field}: '{value}' is not a unified social credit code (18 characters, "
    "the last a check digit).",
    "bad_colour": "{field}: '{value}' is not a colour such as #1f4e79.",
    "bad_logo": "{field} is not a PNG or JPEG image.",
    "too_large": "{field} is larger than {max} KB.",
    "unknown_contact": "{field}: that contact does not exist or is in the trash.",
    "bad_date": "{field}: '{value}' is not a date; type 2026-12-14, 12-14, +7 or 下周一.",
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
    "sync_bad_value": "{path}, change {line}: the {table} '{id}' holds a value kadesk's editor "
    "refuses: {problem} Ask {sender} to correct it and export again. Nothing was imported.",
    "sync_duplicate_record": "{path}, change {line}: the {table} '{id}' appears twice. "
    "kadesk never writes that; the file was altered. Nothing was imported.",
    "sync_count_mismatch": "{path}: the manifest announces {expected} changes to {table} "
    "but the package holds {found}: it is incomplete. Nothing was imported.",
    "sync_future": "{path} carries changes stamped {minutes} minutes ahead of this "
    "computer's clock. Check the date and time on both computers, then import again. "
    "Nothing was imported.",
    "sync_impossible_counter": "{path}: the manifest's {field} ({value}) is beyond anything "
    "kadesk can have counted: the package was altered or is damaged. Nothing was imported.",
    "sync_tampered": "{path} does not check out against its team key: it was altered or "
    "damaged after it was written. Ask the sender to export it again. Nothing was imported.",
    "sync_not_admitted": "{path} is sealed for the members of this team, and this computer is "
    "not one of them (not admitted yet, or revoked). Send an admin an admission request "
    "('kadesk sync request'). Nothing was imported.",
    "sync_other_team_sealed": "{path} is sealed for the members of another team; this computer "
    "cannot read it. To join that team, send its admin an admission request ('kadesk sync "
    "request'). Nothing was imported.",
    "sync_old_team_key": "{path} is sealed with a team key that a revocation replaced before "
    "this computer had it: it comes from a revoked computer, or is older than this "
    "computer's membership. Ask the sender for a new package. Nothing was imported.",
    "sync_unsigned": "{path} claims to come from {sender} but is not signed (an older kadesk, "
    "or a forged file), and this team takes signed packages only. If it is {sender}'s, ask "
    "them to update kadesk and send an admin an admission request. Nothing was imported.",
    "sync_bad_signature": "{path} claims to come from {sender}, but its signature does not "
    "match its contents: it was forged or altered. Nothing was imported.",
    "sync_not_member": "{path} claims to come from {sender}, whose computer is not admitted to "
    "this team's roster here, so it is not trusted. If {sender} belongs to the team, an admin "
    "admits their request first. Nothing was imported.",
    "sync_revoked": "{path} comes from {sender}, whose computer {by} revoked from the team: "
    "its packages are no longer taken (what it sent before stays). Nothing was imported.",
    "sync_proof_mismatch": "{path}, sent by {sender}: the change to the {table} '{id}' "
    "attributed to {origin} does not match what {origin} signed: it was altered after "
    "{origin} made it. Nothing was imported.",
    "sync_proof_missing": "{path}, sent by {sender}: the change to the {table} '{id}' "
    "({field}) is attributed to {origin} but carries no signature of {origin}'s: it was "
    "forged or altered on the way. Nothing was imported.",
    "sync_proof_signer": "{path}, sent by {sender}: the change to the {table} '{id}' "
    "({field}) is attributed to {origin} but signed by {signer}: nobody may sign a change "
    "in another computer's name. Nothing was imported.",
    "sync_proof_untrusted": "{path}, sent by {sender}: the change to the {table} '{id}' "
    "({field}) is signed by {signer}, whose computer is not admitted to this team's roster "
    "here. Nothing was imported.",
    "sync_proof_revoked": "{path}, sent by {sender}: the change to the {table} '{id}' "
    "({field}) was made by {origin} after that computer was revoked from the team: it is "
    "not taken (what it made before stays). Nothing was imported.",
    "sync_proof_vouch": "{path}, sent by {sender}: the {table} '{id}' ({field}, attributed "
    "to {origin}) is vouched for by {signer}, who did not secure this team: only the "
    "computer that secured it vouches for what came before. Nothing was imported.",
    "sync_proof_builtin": "{path}, sent by {sender}: the {table} '{id}' claims to be one of "
    "kadesk's built-in entries, and is not: it was forged. Nothing was imported.",
    "sync_team_secured": "This team is secured already; 'kadesk sync roster' lists its members.",
    "sync_team_open": "This team is not secured yet: 'kadesk sync secure' on head office's "
    "computer makes it so.",
    "sync_not_admin": "Only an admin of the team (head office, or whom it made admin) admits "
    "and revokes computers.",
    "sync_bad_request": "{path} is not a kadesk admission request, or its signature does not "
    "match: nobody was admitted.",
    "sync_request_claims": "{path} lists the device id {device} as its own, and that id is "
    "{name}'s: nobody was admitted. If the request is genuine, the laptop was copied from "
    "{name}'s: make a new database on it and send a new request.",
    "sync_revoked_request": "{path} comes from {name}'s computer, which was revoked: it cannot "
    "be admitted again. Make a new database on it (a new key) and send a new request.",
    "sync_unknown_member": "No other member of the roster is '{who}'; members: {known}.",
    "sync_no_team_key": "This computer holds no current team key yet (a member was revoked and "
    "the new key has not reached it): import a package from an admin first, then export again.",
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
    # Exports (issue 8). An empty selection writes no file.
    "export_no_accounts": "No account matches the current filters; nothing was exported.",
    "export_no_visits": "No visit was logged from {start} to {end} (with these filters); "
    "nothing was exported.",
    "export_no_contacts": "There is no contact to export (none chosen, or only ones in the "
    "trash); nothing was exported.",
    "export_no_events": "There are no follow-ups from {since} on and no planned visits; "
    "nothing was exported.",
    "export_bad_format": "{path}: kadesk writes tables as {formats}; choose one of those "
    "endings. Nothing was exported.",
    # Importing tables and vCards (issue 8). A file-level problem imports nothing.
    "import_empty_file": "{path} is empty (0 bytes). Nothing was imported.",
    "import_protected": "{path} is protected by a password or is an old .xls workbook. "
    "Open it in Excel or WPS, save it as .xlsx without a password, and import that. "
    "Nothing was imported.",
    "import_not_xlsx": "{path} is not an Excel workbook (.xlsx), or it is damaged. Open it "
    "in Excel or WPS and save it as .xlsx, or save it as CSV. Nothing was imported.",
    "import_unknown_type": "{path}: kadesk imports tables from .xlsx and .csv files and "
    "contacts from .vcf files. Nothing was imported.",
    "import_no_sheet": "{path} has no sheet named '{sheet}'; its sheets are: {sheets}.",
    "import_no_rows": "{path}{where} holds no data: the sheet is empty or has a header only. "
    "Nothing was imported.",
    "import_too_many_rows": "{path} has {rows} rows; kadesk imports at most {limit} at a "
    "time. Split the file and import the parts. Nothing was imported.",
    "import_merged_header": "{path} ({sheet}): the header row has merged cells ({cells}). "
    "Unmerge them so that every column has a header of its own, then import again. "
    "Nothing was imported.",
    "import_bad_encoding": "{path} is not {encoding} text (line {line} cannot be read that "
    "way). Choose another encoding: Excel in mainland China writes GB18030 (GBK), in Taiwan "
    "and Hong Kong Big5. Nothing was imported.",
    "import_unknown_encoding": "'{encoding}' is not an encoding kadesk knows; use utf-8, "
    "gb18030, big5 or utf-16.",
    "import_bad_csv": "{path} cannot be read as CSV ({detail}). Nothing was imported.",
    "import_no_name_column": "No column is mapped to {field}, which every row needs. "
    "Map the column holding it. Nothing was imported.",
    "import_mapped_twice": "{field} is mapped from more than one column ({columns}); map it "
    "from one. Nothing was imported.",
    "import_unknown_target": "'{field}' is not a field kadesk imports; the fields are: "
    "{fields}.",
    "import_no_account": "Contacts need their account: map the column naming it, or choose "
    "one account for every row. Nothing was imported.",
    "import_nothing_to_undo": "There is no import to undo.",
    "import_not_found": "There is no import {id}; 'kadesk import-history' lists them.",
    "import_already_undone": "The import of {file} ({when}) was already undone on {undone}.",
    "vcard_broken": "{path}, line {line}: {detail}. The file is damaged or is not a vCard; "
    "nothing was imported.",
    # Messages on one cell of a table being imported (the row is left out).
    "cell_formula": "the cell holds a formula with no saved result; open the file in "
    "Excel or WPS, save it, and import again (or type the value).",
    "cell_error": "the cell shows the error {value}; correct it in the file and import "
    "again.",
    "cell_bad_date": "'{value}' is not a date; write it as 2024-03-05, 2024/3/5 or "
    "2024年3月5日.",
    "cell_bad_number": "'{value}' is not a whole number.",
    "cell_bad_amount": "'{value}' is not an amount; write it as 12500, ¥12,500.00 or 1.25万.",
    "cell_not_in_list": "'{value}' is not one of: {choices}.",
    "cell_unknown_industry": "'{value}' is not in the industry list, so the industry is "
    "left empty. Add it to the list and import again with 'update empty fields'.",
    "cell_differs": "differs from row {row} of this file, which names the same account; "
    "the value there is kept.",
    "cell_no_account": "there is no account '{value}'; import the accounts first, or "
    "choose the account for every row.",
    "row_sounds_like": "sounds like the existing '{name}' (same pinyin) but is not the same "
    "name: created, and listed under Sync conflicts as a possible duplicate to merge.",
    "row_same_in_file": "the same {entity} as row {row} of this file.",
    "row_charset_unknown": "left out: its {property} (line {line}) is in the character "
    "set '{charset}', which kadesk does not know.",
    "row_charset_unsaid": "left out: its {property} (line {line}) is neither UTF-8 nor GBK "
    "and the card does not say which character set it is in (CHARSET=); export it again "
    "as vCard 3.0.",
    "row_charset_wrong": "left out: its {property} (line {line}) is not valid {charset} "
    "although the card says it is.",
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


class ImportFileError(KadeskError):
    """A file cannot be imported as it is; nothing was written."""


class SyncError(KadeskError):
    """A package cannot be exported, imported or settled; the database is unchanged."""
