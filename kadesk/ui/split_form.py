"""An editor form laid out in columns, each an ErrorForm, with errors routed to their field.

The visit and proposal editors are too tall for one column on a laptop screen;
this keeps the inline-error behaviour of ErrorForm across the columns.
"""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kadesk.domain.errors import FieldError
from kadesk.ui.forms import ErrorForm
from kadesk.ui.messages import field_message

W = TypeVar("W", bound=QWidget)
# "items[2].quantity" -> ("items", 2): an error inside a list of rows.
_INDEXED = re.compile(r"^(\w+)\[(\d+)\]")


class SplitForm(QWidget):
    def __init__(self, widths: tuple[int, ...] = (1, 1)) -> None:
        """One column per entry of ``widths``, sharing the width in those proportions."""
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.columns: list[ErrorForm] = []
        for width in widths:
            fields = QWidget()
            self.columns.append(ErrorForm(fields))
            # Rows keep their natural height; a shorter column leaves its spare room below.
            column = QVBoxLayout()
            column.addWidget(fields)
            column.addStretch(1)
            row.addLayout(column, width)
        self._owner: dict[str, ErrorForm] = {}

    def add(self, column: int, field: str, label: str, widget: W) -> W:
        form = self.columns[column]
        self._owner[field] = form
        form.add(field, label, widget)
        return widget

    def show_errors(self, errors: list[FieldError], row_labels: dict[str, str]) -> list[str]:
        """Show each error under its field; return the messages no field owns.

        ``row_labels`` words a row of a list field, e.g. {"items": "Line {n}:"}.
        """
        messages = {e.field: message(e, row_labels) for e in errors}
        for form in self.columns:
            form.show_errors([e for e in errors if self._owner.get(_base(e.field)) is form],
                             messages)
        return [messages[e.field] for e in errors if _base(e.field) not in self._owner]

    def error_text(self, field: str) -> str:
        form = self._owner.get(field)
        return form.error_text(field) if form is not None else ""


def _base(field: str) -> str:
    return field.split("[", maxsplit=1)[0]


def message(error: FieldError, row_labels: dict[str, str]) -> str:
    text = field_message(error)
    match = _INDEXED.match(error.field)
    if match and match.group(1) in row_labels:
        return f"{row_labels[match.group(1)].format(n=int(match.group(2)) + 1)} {text}"
    return text
