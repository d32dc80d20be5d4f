"""Creating an account: the whole profile form in a dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kadesk.domain.errors import ValidationError
from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.ui.account_form import AccountForm
from kadesk.ui.dialogs import EditorDialog
from kadesk.ui.labels import Formatter


class NewAccountDialog(EditorDialog):
    def __init__(self, app: Kadesk, fmt: Formatter, save: Callable[[AccountFields], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("New account"))
        self.form = AccountForm(app, fmt)
        self.form.set_fields(AccountFields(name="", owner=app.settings.get("rep_name")))
        self.set_body(self.form)
        self.resize(560, 640)

    def fields(self) -> AccountFields:
        return self.form.fields()

    def show_errors(self, error: ValidationError) -> list[str]:
        return self.form.show_errors(error)
