"""Adding or editing a contact: who they are, their role in the buying centre, their manager."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from kadesk.domain.enums import Attitude, BuyingRole, Influence
from kadesk.domain.errors import ValidationError
from kadesk.domain.records import Contact, ContactFields, Site
from kadesk.ui.dialogs import EditorDialog
from kadesk.ui.forms import DateField, EnumCombo, ErrorForm, text_box
from kadesk.ui.labels import Formatter
from kadesk.ui.messages import field_message


class ContactDialog(EditorDialog):
    def __init__(self, fmt: Formatter, account_id: str, contact: Contact | None,
                 colleagues: list[Contact], sites: list[Site], *,
                 save: Callable[[ContactFields], object], parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Contact"))
        self.account_id = account_id
        body = QWidget()
        self.form = form = ErrorForm(body)
        self.name = form.add("name", self.tr("Name"), QLineEdit())
        self.title = form.add("title", self.tr("Title"), QLineEdit())
        self.department = form.add("department", self.tr("Department"), QLineEdit())
        self.role = form.add("buying_role", self.tr("Buying role"),
                             EnumCombo(BuyingRole, fmt, optional=True))
        self.attitude = form.add("attitude", self.tr("Attitude to us"), EnumCombo(Attitude, fmt))
        self.influence = form.add("influence", self.tr("Influence"), EnumCombo(Influence, fmt))
        self.strength = form.add("strength", self.tr("Relationship strength (1–5)"), QSpinBox())
        self.strength.setRange(1, 5)
        self.reports_to = form.add("reports_to_id", self.tr("Reports to"), QComboBox())
        self.reports_to.addItem("—", None)
        for other in colleagues:
            if contact is None or other.id != contact.id:
                self.reports_to.addItem(f"{other.name} · {other.title}".strip(" ·"), other.id)
        self.site = form.add("site_id", self.tr("Site"), QComboBox())
        self.site.addItem("—", None)
        for site in sites:
            self.site.addItem(site.name, site.id)
        self.mobile = form.add("mobile", self.tr("Mobile"), QLineEdit())
        self.phone = form.add("phone", self.tr("Phone"), QLineEdit())
        self.email = form.add("email", self.tr("E-mail"), QLineEdit())
        self.wechat = form.add("wechat", self.tr("WeChat"), QLineEdit())
        self.birthday = form.add("birthday", self.tr("Birthday"), DateField())
        self.notes = form.add("personal_notes", self.tr("Personal notes"), text_box(84))
        if contact is not None:
            self._load(contact)
        self.set_body(body)

    def _load(self, c: Contact) -> None:
        for widget, value in ((self.name, c.name), (self.title, c.title),
                              (self.department, c.department), (self.mobile, c.mobile),
                              (self.phone, c.phone), (self.email, c.email),
                              (self.wechat, c.wechat)):
            widget.setText(value)
        self.role.set_value(c.buying_role)
        self.attitude.set_value(c.attitude)
        self.influence.set_value(c.influence)
        self.strength.setValue(c.strength)
        self.reports_to.setCurrentIndex(max(0, self.reports_to.findData(c.reports_to_id)))
        self.site.setCurrentIndex(max(0, self.site.findData(c.site_id)))
        self.birthday.set_value(c.birthday)
        self.notes.setPlainText(c.personal_notes)

    def fields(self) -> ContactFields:
        return ContactFields(
            account_id=self.account_id, name=self.name.text().strip(),
            title=self.title.text().strip(), department=self.department.text().strip(),
            site_id=self.site.currentData(), mobile=self.mobile.text().strip(),
            phone=self.phone.text().strip(), email=self.email.text().strip(),
            wechat=self.wechat.text().strip(), birthday=self.birthday.value(),
            personal_notes=self.notes.toPlainText(), buying_role=self.role.value(),
            attitude=self.attitude.value(), influence=self.influence.value(),
            strength=self.strength.value(), reports_to_id=self.reports_to.currentData())

    def show_errors(self, error: ValidationError) -> list[str]:
        return self.form.show_errors(list(error.errors),
                                     {e.field: field_message(e) for e in error.errors})
