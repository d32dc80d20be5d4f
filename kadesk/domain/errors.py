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
