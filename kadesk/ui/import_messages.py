"""Import errors and cell messages in the user's language (Qt Linguist): one template
per import code of kadesk/domain/errors.py, worded for the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kadesk.domain.errors import FieldError
from kadesk.interchange.rows import WARNINGS, Problem

translate = QCoreApplication.translate  # lupdate reads translate("Errors", ...) calls


def import_templates() -> dict[str, str]:
    nothing = translate("Errors", "Nothing was imported.")
    return {
        "import_empty_file": translate("Errors", "{path} is empty (0 bytes).") + " " + nothing,
        "import_protected": translate(
            "Errors", "{path} is protected by a password or is an old .xls workbook. Open it "
            "in Excel or WPS, save it as .xlsx without a password, and import that.")
        + " " + nothing,
        "import_not_xlsx": translate(
            "Errors", "{path} is not an Excel workbook (.xlsx), or it is damaged. Save it as "
            ".xlsx or as CSV in Excel or WPS.") + " " + nothing,
        "import_unknown_type": translate(
            "Errors", "{path}: kadesk imports tables from .xlsx and .csv files and contacts "
            "from .vcf files.") + " " + nothing,
        "import_no_sheet": translate(
            "Errors", "{path} has no sheet named '{sheet}'; its sheets are: {sheets}."),
        "import_no_rows": translate(
            "Errors", "{path}{where} holds no data: the sheet is empty or has a header only.")
        + " " + nothing,
        "import_too_many_rows": translate(
            "Errors", "{path} has {rows} rows; kadesk imports at most {limit} at a time. "
            "Split the file and import the parts.") + " " + nothing,
        "import_merged_header": translate(
            "Errors", "{path} ({sheet}): the header row has merged cells ({cells}). Unmerge "
            "them so that every column has a header of its own.") + " " + nothing,
        "import_bad_encoding": translate(
            "Errors", "{path} is not {encoding} text (line {line}). Choose another encoding: "
            "Excel in mainland China writes GB18030 (GBK), in Taiwan and Hong Kong Big5.")
        + " " + nothing,
        "import_unknown_encoding": translate(
            "Errors", "'{encoding}' is not an encoding kadesk knows."),
        "import_bad_csv": translate(
            "Errors", "{path} cannot be read as CSV ({detail}).") + " " + nothing,
        "import_no_name_column": translate(
            "Errors", "No column is mapped to {field}, which every row needs. Map the column "
            "holding it."),
        "import_mapped_twice": translate(
            "Errors", "{field} is mapped from more than one column ({columns}); map it from "
            "one."),
        "import_no_account": translate(
            "Errors", "Contacts need their account: map the column naming it, or choose one "
            "account for every row."),
        "import_nothing_to_undo": translate("Errors", "There is no import to undo."),
        "import_already_undone": translate(
            "Errors", "The import of {file} ({when}) was already undone on {undone}."),
        "vcard_broken": translate(
            "Errors", "{path}, line {line}: {detail}. The file is damaged or is not a vCard.")
        + " " + nothing,
    }


def _cell_templates() -> dict[str, str]:
    return {
        "cell_formula": translate(
            "Errors", "A formula with no saved result: open the file in Excel or WPS, save "
            "it, and import again (or type the value)."),
        "cell_error": translate(
            "Errors", "The cell shows the error {value}; correct it in the file."),
        "cell_bad_date": translate(
            "Errors", "'{value}' is not a date; write it as 2024-03-05, 2024/3/5 or "
            "2024年3月5日."),
        "cell_bad_number": translate("Errors", "'{value}' is not a whole number."),
        "cell_bad_amount": translate(
            "Errors", "'{value}' is not an amount; write it as 12500, ¥12,500.00 or 1.25万."),
        "cell_not_in_list": translate("Errors", "'{value}' is not one of: {choices}."),
        "cell_unknown_industry": translate(
            "Errors", "'{value}' is not in the industry list, so the industry is left empty."),
        "cell_differs": translate(
            "Errors", "Differs from row {row}, which names the same account; the value there "
            "is kept."),
        "cell_no_account": translate("Errors", "There is no account '{value}'."),
        "row_sounds_like": translate(
            "Errors", "Sounds like the existing '{name}' but is not the same name: created, "
            "and listed under Sync conflicts as a possible duplicate."),
        "row_same_in_file": translate("Errors", "The same person as row {row}."),
        "row_charset_unknown": translate(
            "Errors", "Left out: its {property} (line {line}) is in the character set "
            "'{charset}', which kadesk does not know."),
        "row_charset_unsaid": translate(
            "Errors", "Left out: its {property} (line {line}) is neither UTF-8 nor GBK and "
            "the card does not say which character set it is in (CHARSET=); export it "
            "again as vCard 3.0."),
        "row_charset_wrong": translate(
            "Errors", "Left out: its {property} (line {line}) is not valid {charset} "
            "although the card says it is."),
    }


def problem_message(problem: Problem) -> str:
    """The message on one cell, without the column (the view shows where it is)."""
    template = _cell_templates().get(problem.code)
    params = dict(problem.params)
    # List labels in the window's language: the catalogue in use names the parameter.
    labels = translate("Errors", "choices", "the parameter holding list labels in this "
                       "language: choices (English) or choices_zh")
    params["choices"] = params.get(labels, params.get("choices"))
    if template is not None:
        text = template.format(**params)
    else:
        from kadesk.ui.messages import field_message  # here: messages imports this module

        text = field_message(FieldError(problem.column, problem.code, problem.params))
    if problem.left_empty and problem.code not in WARNINGS:  # those say what happens
        text += " " + translate("Errors", "The field is left empty.")
    return text
