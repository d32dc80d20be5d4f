"""How values read on screen: vocabulary labels, dates, times and money per locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kadesk.domain.enums import Labelled
from kadesk.domain.language import is_chinese
from kadesk.domain.money import CURRENCY_SYMBOLS, Money

DATE_SAMPLE, DATETIME_SAMPLE = "2026-12-31", "2026-12-31 23:59"  # widths of the formats below


class Formatter:
    """Everything language-dependent about showing a value, in one place."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = (QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if is_chinese(language)
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    def enum(self, value: Labelled | None) -> str:
        return value.label(self.language) if value is not None else ""

    def account_name(self, name: str, english: str) -> str:
        """An account as the UI names it: its English name in the English UI, where
        there is one; its Chinese name otherwise."""
        return name if is_chinese(self.language) or not english else english

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), "yyyy-MM-dd")

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone()
        return self.locale.toString(QDateTime(QDate(local.year, local.month, local.day),
                                 QTime(local.hour, local.minute, local.second)), "yyyy-MM-dd HH:mm")

    def widest(self, enum: type[Labelled]) -> str:
        """The longest label of ``enum`` in this language: what a column must fit."""
        return max((self.enum(member) for member in enum), key=len)

    def money(self, value: Money | None) -> str:
        if value is None:
            return ""
        symbol = CURRENCY_SYMBOLS.get(value.currency, value.currency + " ")
        return self.locale.toCurrencyString(float(value.amount()), symbol, 2)

    def number(self, value: int) -> str:
        return self.locale.toString(value)
