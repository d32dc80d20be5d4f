"""A row of a table into an account part and a contact part, each cell parsed and
each part checked by the same rules the editors use (domain/validation.py), with
a message per cell that is wrong. A cell that is wrong leaves its field empty with a
warning, the rest of the row is imported; only a wrong or missing name (the key
that says whose row it is) leaves the row out."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kadesk.domain.errors import MESSAGES, FieldError
from kadesk.domain.records import AccountFields, ContactFields
from kadesk.domain.validation import account_errors, contact_errors
from kadesk.interchange import cells
from kadesk.interchange.fields import BY_KEY, Kind, Target, money_scale
from kadesk.interchange.table_reader import Refusal, column_letter
from kadesk.interchange.xlsx_reader import ExcelError

# Messages that keep the row whatever the field.
WARNINGS = frozenset({"cell_unknown_industry", "cell_differs", "row_sounds_like",
                      "row_same_in_file"})
# The fields that say whose row it is: wrong or missing, the row cannot be placed.
KEYS = frozenset({"account.name", "contact.name"})


@dataclass(frozen=True)
class Problem:
    """What is wrong with one cell (``column`` = its header) or a whole row."""

    row: int
    column: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    left_empty: bool = False  # the field's value was left out, the row kept

    @property
    def error(self) -> bool:
        return not self.left_empty and self.code not in WARNINGS

    def message(self) -> str:
        params = {"field": self.column, **self.params}
        text = MESSAGES[self.code].format(**params)
        return text + (" The field is left empty." if self.left_empty and self.code not in
                       WARNINGS else "")


@dataclass
class ParsedRow:
    line: int
    account: dict[str, Any]  # field name -> value, for the cells mapped and filled
    contact: dict[str, Any]
    problems: list[Problem]
    # The column header per field key, to put a later message on its cell.
    columns: dict[str, str]

    @property
    def rejected(self) -> bool:
        return any(p.error for p in self.problems)

    def problem(self, key: str, code: str, **params: Any) -> None:
        column = self.columns.get(key) or (BY_KEY[key].en if key in BY_KEY else "")
        self.problems.append(Problem(self.line, column, code, params))

    def leave_empty(self, key: str, code: str, **params: Any) -> None:
        """A wrong value in a field that is not a key: out it goes, the row stays."""
        column = self.columns.get(key) or (BY_KEY[key].en if key in BY_KEY else "")
        entity, name = key.split(".", 1)
        (self.account if entity == "account" else self.contact).pop(name, None)
        self.problems.append(Problem(self.line, column, code, params, left_empty=True))


def column_label(headers: Sequence[str], index: int) -> str:
    header = headers[index] if index < len(headers) else ""
    return header or f"{column_letter(index)}"


class RowReader:
    """Reads rows of one table with one mapping (column index -> field key)."""

    def __init__(self, headers: Sequence[str], mapping: Mapping[int, str], target: Target,
                 *, industries: dict[str, str], today: date,
                 formulas: set[tuple[int, int]] | None = None,
                 refused: dict[int, Refusal] | None = None) -> None:
        self.target = target
        self.mapping = {i: BY_KEY[k] for i, k in mapping.items()}
        self.cells = [(i, f, f.entity, f.name) for i, f in self.mapping.items()]
        self.columns = {k: column_label(headers, i) for i, k in mapping.items()}
        self.scales = {i: money_scale(headers[i]) for i, f in self.mapping.items()
                       if f.kind is Kind.MONEY and i < len(headers)}
        self.industries = industries
        self.today = today
        self.formulas = formulas or set()
        self.refused = refused or {}

    def read(self, line: int, values: Sequence[Any]) -> ParsedRow:
        row = ParsedRow(line, {}, {}, [], self.columns)
        if line in self.refused:  # read from the file without certainty: not at all
            key = "contact.name" if self.target is Target.CONTACTS else "account.name"
            code, params = self.refused[line]
            row.problem(key, code, **params)
            return row
        for index, f, entity, name in self.cells:
            value = values[index] if index < len(values) else None
            report = row.problem if f.key in KEYS else row.leave_empty
            if (line, index) in self.formulas:
                report(f.key, "cell_formula")
                continue
            if isinstance(value, ExcelError):
                report(f.key, "cell_error", value=str(value))
                continue
            if cells.is_blank(value):
                continue
            try:
                parsed = cells.parse(f, value, scale=self.scales.get(index, 1),
                                     industries=self.industries)
            except cells.CellError as bad:
                report(f.key, bad.code, **bad.params)
                continue
            (row.account if entity == "account" else row.contact)[name] = parsed
        self._check(row)
        return row

    def _check(self, row: ParsedRow) -> None:
        if self.target is Target.ACCOUNTS and (row.account or not row.contact):
            self._errors(row, "account", account_errors(AccountFields(
                **{"name": "", **row.account})))
        elif self.target is Target.ACCOUNTS:  # a contact without the account it belongs to
            row.problem("account.name", "required")
        if row.contact or self.target is Target.CONTACTS:
            fields = ContactFields(**{"account_id": "", "name": "", **row.contact})
            self._errors(row, "contact", contact_errors(fields, self.today))

    def _errors(self, row: ParsedRow, entity: str, errors: list[FieldError]) -> None:
        seen = {p.column for p in row.problems}
        for error in errors:
            key = f"{entity}.{error.field}"
            if key in self.columns and self.columns[key] in seen:
                continue
            if key in KEYS or key not in self.columns:
                row.problem(key, error.code, **error.params)
            else:
                row.leave_empty(key, error.code, **error.params)


def fields_of(cls: type, values: dict[str, Any], **fixed: Any) -> Any:
    """``cls`` (AccountFields, ContactFields) from parsed values: defaults elsewhere."""
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in values.items() if k in names}, **fixed)
