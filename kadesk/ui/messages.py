"""Error messages in the user's language (Qt Linguist), from the services' codes.

The services raise a code plus parameters (kadesk/domain/errors.py); this is
where the UI words them. A field error shown under its field leaves the field
name out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kadesk.domain.errors import FieldError, KadeskError, ValidationError
from kadesk.ui.export_messages import export_templates
from kadesk.ui.field_labels import field_labels
from kadesk.ui.import_messages import import_templates
from kadesk.ui.sync_messages import sync_templates

translate = QCoreApplication.translate  # lupdate reads translate("Errors", ...) calls


def _field_templates() -> dict[str, str]:
    return {
        "required": translate("Errors", "Required."),
        "too_long": translate("Errors", "Longer than {max} characters."),
        "too_many": translate("Errors", "More than {max}; keep the ones people use."),
        "not_in_list": translate("Errors", "'{value}' is not one of the allowed values."),
        "out_of_range": translate("Errors", "Must be between {min} and {max}."),
        "negative": translate("Errors", "Cannot be negative."),
        "bad_currency": translate(
            "Errors", "'{value}' is not a three-letter currency code such as CNY."),
        "bad_email": translate("Errors", "'{value}' is not an e-mail address."),
        "bad_phone": translate(
            "Errors", "'{value}' is not a phone number; write it as on a card, e.g. "
            "0755-2665 6677 转 8001, +852 2345 6789, or two as 137 0013 7000 / 136 0013 6000."),
        "date_order": translate("Errors", "Cannot be before {other}."),
        "bad_credit_code": translate(
            "Errors", "'{value}' is not a unified social credit code (18 characters, the last "
            "a check digit)."),
        "bad_colour": translate("Errors", "'{value}' is not a colour such as #1f4e79."),
        "bad_logo": translate("Errors", "Not a PNG or JPEG image."),
        "too_large": translate("Errors", "Larger than {max} KB."),
        "unknown_contact": translate("Errors", "That contact does not exist or is in the trash."),
        "bad_date": translate(
            "Errors", "'{value}' is not a date; type 2026-12-14, 12-14, +7 or 下周一."),
        "unknown_field": translate("Errors", "This field cannot be edited here."),
        "unknown_list_item": translate("Errors", "That list entry no longer exists."),
        "other_account": translate("Errors", "Must belong to the same account."),
        "self_reference": translate("Errors", "A contact cannot report to themselves."),
        "reports_to_cycle": translate(
            "Errors", "{name} already reports to this contact; that would make a loop."),
        "self_relation": translate("Errors", "A contact cannot be related to themselves."),
        "duplicate_relation": translate(
            "Errors", "These two contacts are already linked this way."),
        "duplicate_contact_met": translate("Errors", "The same contact is listed twice."),
        "duplicate_code": translate("Errors", "An entry with the code '{value}' already exists."),
        "unreadable_money": translate(
            "Errors", "'{value}' is not an amount; type digits, e.g. 12,500.00."),
    }


def _date_words() -> dict[str, str]:
    return {"today": translate("Errors", "today"),
            "the visit date": translate("Errors", "the visit date"),
            "the proposal date": translate("Errors", "the proposal date")}


def _entity_words() -> dict[str, str]:
    """The services name entities by their English name (table name for parents)."""
    return {"account": translate("Errors", "account"), "site": translate("Errors", "site"),
            "contact": translate("Errors", "contact"), "visit": translate("Errors", "visit"),
            "proposal": translate("Errors", "proposal"),
            "relation": translate("Errors", "relation"),
            "list entry": translate("Errors", "list entry"),
            "list_item": translate("Errors", "list entry"),
            "contact_relation": translate("Errors", "relation"),
            "visit_contact": translate("Errors", "contact met at a visit"),
            "visit_objection": translate("Errors", "objection raised at a visit"),
            "proposal_item": translate("Errors", "proposal line item")}


def field_message(error: FieldError) -> str:
    params = dict(error.params)
    if "other" in params:
        params["other"] = _date_words().get(params["other"], params["other"])
    return _field_templates()[error.code].format(**params)


def error_message(error: KadeskError) -> str:
    """A whole-sentence message for a dialog or the status bar."""
    if isinstance(error, ValidationError):
        return " ".join(field_message(e) for e in error.errors)
    templates = {
        "not_found": translate(
            "Errors", "This {entity} no longer exists (it may have been deleted)."),
        "deleted": translate("Errors", "This {entity} is in the trash; restore it before editing."),
        "parent_deleted": translate(
            "Errors", "The {entity} it belongs to is in the trash; restore it first."),
        "builtin_entry": translate(
            "Errors", "Built-in list entries cannot be deleted; hide them instead."),
        "period_reversed": translate(
            "Errors", "The period ends ({end}) before it starts ({start}); swap the dates."),
        "period_too_long": translate(
            "Errors", "A visit report covers at most {days} days; choose a shorter period."),
        "unknown_rep": translate(
            "Errors", "No rep named '{rep}' has logged a visit. Reps: {reps}."),
        "locked": translate(
            "Errors", "kadesk is already open on {path}. Close the other window first."),
        "not_a_database": translate(
            "Errors", "{path} is not a kadesk database, or it is damaged. Open another "
                      "folder with --data-dir, or restore a backup."),
        "db_newer": translate(
            "Errors", "This database was written by a newer kadesk (schema {found}); "
                       "install the newer version to open it."),
    } | sync_templates() | export_templates() | import_templates()
    template = templates.get(error.code)
    if template is None:
        return error.message()
    params = dict(error.params)
    if "entity" in params:
        params["entity"] = _entity_words().get(params["entity"], params["entity"])
    if "field_code" in params:  # a field rule broken in a sync package: the editor's words
        params["problem"] = field_message(FieldError(params["field"], params["field_code"],
                                                     params["field_params"]))
        params["field"] = field_labels().get(params["field"], params["field"])
    elif error.code.startswith("sync_proof_") and "field" in params:  # a field group
        params["field"] = field_labels().get(params["field"], params["field"])
    if "table" in params:  # sync names records by their table
        params["table"] = _entity_words().get(params["table"], params["table"])
    return template.format(**params)
