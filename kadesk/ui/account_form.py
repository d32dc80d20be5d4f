"""Every profile field of an account (DOMAIN.md) in one form, with inline errors."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QScrollArea, QStyle, QWidget

from kadesk.domain.enums import (
    AccountType,
    BusinessModel,
    BuyingStage,
    ListKind,
    Region,
    RelationshipStage,
    ServiceModel,
    Tier,
)
from kadesk.domain.errors import FieldError, ValidationError
from kadesk.domain.keys import derived_aliases
from kadesk.domain.money import Money
from kadesk.domain.records import AccountFields, join_aliases, split_aliases
from kadesk.services.app import Kadesk
from kadesk.ui.forms import (
    DateField,
    EnumCombo,
    ErrorForm,
    IntField,
    ListCombo,
    MoneyField,
    text_box,
)
from kadesk.ui.labels import Formatter
from kadesk.ui.messages import field_message

TEXT_FIELDS = ("volume", "purchases", "special_operations", "financial_needs",
               "unmet_needs", "competitors", "notes")


class AccountForm(QScrollArea):
    edited = Signal()

    def __init__(self, app: Kadesk, fmt: Formatter) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        body = QWidget()
        self.form = form = ErrorForm(body)
        self.setWidget(body)
        self.name = form.add("name", self.tr("Legal name"), QLineEdit())
        self.short_name = form.add("short_name", self.tr("Short name"), QLineEdit())
        self.english_name = form.add("english_name", self.tr("English name"), QLineEdit())
        self.aliases = form.add("aliases", self.tr("Also known as"), QLineEdit())
        self.aliases.setPlaceholderText(self.tr("招行; CMB; a former name (separate with ;)"))
        # An abbreviation derived from the name, offered at the end of the field.
        self.suggest = self.aliases.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
            QLineEdit.ActionPosition.TrailingPosition)
        self.suggest.triggered.connect(self._add_suggested)
        self.name.textChanged.connect(self._offer)
        self.aliases.textChanged.connect(self._offer)
        self.industry = form.add("industry_id", self.tr("Industry"),
                                 ListCombo(app.lists.items(ListKind.INDUSTRY), fmt.language))
        self.hq_city = form.add("hq_city", self.tr("Headquarters city"), QLineEdit())
        self.region = form.add("region", self.tr("Region"), EnumCombo(Region, fmt, optional=True))
        self.account_type = form.add("account_type", self.tr("Account type"),
                                     EnumCombo(AccountType, fmt))
        self.tier = form.add("tier", self.tr("Tier"), EnumCombo(Tier, fmt))
        self.relationship_stage = form.add("relationship_stage", self.tr("Relationship stage"),
                                           EnumCombo(RelationshipStage, fmt))
        self.buying_stage = form.add("buying_stage", self.tr("Buying stage"),
                                     EnumCombo(BuyingStage, fmt, optional=True))
        self.annual_revenue = form.add("annual_revenue", self.tr("Annual revenue with us"),
                                       MoneyField())
        self.monthly_contribution = form.add("monthly_contribution",
                                             self.tr("Monthly contribution"), MoneyField())
        self.cooperation_start = form.add("cooperation_start", self.tr("Cooperation since"),
                                          DateField())
        self.business_model = form.add("business_model", self.tr("Business model"),
                                       EnumCombo(BusinessModel, fmt, optional=True))
        self.payment_terms_days = form.add("payment_terms_days", self.tr("Payment terms"),
                                           IntField(0, 720, suffix=self.tr(" days")))
        self.owner = form.add("owner", self.tr("Owner (rep)"), QLineEdit())
        self.service_model = form.add("service_model", self.tr("Service model"),
                                      EnumCombo(ServiceModel, fmt, optional=True))
        labels = {
            "volume": self.tr("Volume"), "purchases": self.tr("What they buy"),
            "special_operations": self.tr("Special operations"),
            "financial_needs": self.tr("Financial needs"), "unmet_needs": self.tr("Unmet needs"),
            "competitors": self.tr("Competitors"), "notes": self.tr("Notes"),
        }
        self.texts = {name: form.add(name, labels[name], text_box(56)) for name in TEXT_FIELDS}
        for line in (self.name, self.short_name, self.english_name, self.aliases, self.hq_city,
                     self.owner):
            line.textEdited.connect(self.edited)
        for combo in (self.industry, self.region, self.account_type, self.tier,
                      self.relationship_stage, self.buying_stage, self.business_model,
                      self.service_model):
            combo.currentIndexChanged.connect(self.edited)
        for money in (self.annual_revenue, self.monthly_contribution):
            money.edited.connect(self.edited)
        self.cooperation_start.dateChanged.connect(self.edited)
        self.payment_terms_days.valueChanged.connect(self.edited)
        for box in self.texts.values():
            box.textChanged.connect(self.edited)

    def _suggested(self) -> list[str]:
        have = set(split_aliases(self.aliases.text()))
        return [a for a in derived_aliases(self.name.text()) if a not in have]

    def _offer(self) -> None:
        suggested = self._suggested()
        self.suggest.setVisible(bool(suggested))
        self.suggest.setToolTip(self.tr("Add {aliases}, as people often call it").format(
            aliases="; ".join(suggested)))

    def _add_suggested(self) -> None:
        self.aliases.setText(join_aliases([*split_aliases(self.aliases.text()),
                                           *self._suggested()]))
        self.edited.emit()

    def set_fields(self, a: AccountFields) -> None:
        self.blockSignals(True)
        self.name.setText(a.name)
        self.short_name.setText(a.short_name)
        self.english_name.setText(a.english_name)
        self.aliases.setText(a.aliases)
        self.industry.set_value(a.industry_id)
        self.hq_city.setText(a.hq_city)
        self.region.set_value(a.region)
        self.account_type.set_value(a.account_type)
        self.tier.set_value(a.tier)
        self.relationship_stage.set_value(a.relationship_stage)
        self.buying_stage.set_value(a.buying_stage)
        self.annual_revenue.set_value(a.annual_revenue)
        self.monthly_contribution.set_value(a.monthly_contribution)
        self.cooperation_start.set_value(a.cooperation_start)
        self.business_model.set_value(a.business_model)
        self.payment_terms_days.set_value(a.payment_terms_days)
        self.owner.setText(a.owner)
        self.service_model.set_value(a.service_model)
        for name, box in self.texts.items():
            box.setPlainText(getattr(a, name))
        self.form.clear_errors()
        self.blockSignals(False)

    def fields(self) -> AccountFields:
        """What the form holds; raises ValidationError for what cannot even be read."""
        money: dict[str, Money | None] = {}
        unreadable = []
        for name, widget in (("annual_revenue", self.annual_revenue),
                             ("monthly_contribution", self.monthly_contribution)):
            try:
                money[name] = widget.value()
            except ValueError as bad:
                unreadable.append(FieldError(name, "unreadable_money", {"value": str(bad)}))
        if unreadable:
            raise ValidationError(unreadable)
        texts = {name: box.toPlainText() for name, box in self.texts.items()}
        return AccountFields(
            name=self.name.text().strip(), short_name=self.short_name.text().strip(),
            english_name=self.english_name.text().strip(),
            aliases=join_aliases(split_aliases(self.aliases.text())),
            industry_id=self.industry.value(),
            hq_city=self.hq_city.text().strip(), region=self.region.value(),
            account_type=self.account_type.value(), tier=self.tier.value(),
            relationship_stage=self.relationship_stage.value(),
            buying_stage=self.buying_stage.value(),
            cooperation_start=self.cooperation_start.value(),
            business_model=self.business_model.value(),
            payment_terms_days=self.payment_terms_days.value_or_none(),
            owner=self.owner.text().strip(), service_model=self.service_model.value(),
            annual_revenue=money["annual_revenue"],
            monthly_contribution=money["monthly_contribution"],
            **texts,
        )

    def show_errors(self, error: ValidationError) -> list[str]:
        messages = {e.field: field_message(e) for e in error.errors}
        return self.form.show_errors(list(error.errors), messages)
