"""Export refusals in the user's language (Qt Linguist), from the services' codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Errors", ...) calls


def export_templates() -> dict[str, str]:
    return {
        "export_no_accounts": translate(
            "Errors", "No account matches the current filters; nothing was exported."),
        "export_no_visits": translate(
            "Errors", "No visit was logged from {start} to {end} (with these filters); "
                      "nothing was exported."),
        "export_no_contacts": translate(
            "Errors", "There is no contact to export (none chosen, or only ones in the "
                      "trash); nothing was exported."),
        "export_no_events": translate(
            "Errors", "There are no follow-ups from {since} on and no planned visits; "
                      "nothing was exported."),
        "export_bad_format": translate(
            "Errors", "{path}: kadesk writes tables as {formats}; choose one of those "
                      "endings. Nothing was exported."),
    }
