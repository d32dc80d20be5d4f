"""Adding or editing a site (网点) of an account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from kadesk.domain.enums import SiteKind
from kadesk.domain.errors import ValidationError
from kadesk.domain.records import Site, SiteFields
from kadesk.ui.dialogs import EditorDialog
from kadesk.ui.forms import EnumCombo, ErrorForm, text_box
from kadesk.ui.labels import Formatter
from kadesk.ui.messages import field_message


class SiteDialog(EditorDialog):
    def __init__(self, fmt: Formatter, account_id: str, site: Site | None,
                 save: Callable[[SiteFields], object], parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Site"))
        body = QWidget()
        self.form = form = ErrorForm(body)
        self.name = form.add("name", self.tr("Name"), QLineEdit())
        self.kind = form.add("kind", self.tr("Kind"), EnumCombo(SiteKind, fmt))
        self.city = form.add("city", self.tr("City"), QLineEdit())
        self.address = form.add("address", self.tr("Address"), text_box(56))
        self.notes = form.add("notes", self.tr("Notes"), text_box(84))
        self.account_id = account_id
        if site is not None:
            self.name.setText(site.name)
            self.kind.set_value(site.kind)
            self.city.setText(site.city)
            self.address.setPlainText(site.address)
            self.notes.setPlainText(site.notes)
        self.set_body(body)

    def fields(self) -> SiteFields:
        return SiteFields(account_id=self.account_id, name=self.name.text().strip(),
                          kind=self.kind.value(), city=self.city.text().strip(),
                          address=self.address.toPlainText(), notes=self.notes.toPlainText())

    def show_errors(self, error: ValidationError) -> list[str]:
        return self.form.show_errors(list(error.errors),
                                     {e.field: field_message(e) for e in error.errors})
