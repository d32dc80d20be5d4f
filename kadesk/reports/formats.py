"""Dates and money as the reports print them, per language."""

from __future__ import annotations

from datetime import date, datetime

from kadesk.domain.language import is_chinese
from kadesk.domain.money import CURRENCY_SYMBOLS, Money


def money(value: Money | None, empty: str = "—") -> str:
    """``¥1,234,567.89``; a currency without a common symbol keeps its code."""
    if value is None:
        return empty
    symbol = CURRENCY_SYMBOLS.get(value.currency)
    amount = f"{value.amount():,.2f}"
    return f"{symbol}{amount}" if symbol else f"{value.currency} {amount}"


def day(value: date | datetime | None, language: str, empty: str = "—") -> str:
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = value.astimezone().date()
    if is_chinese(language):
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()
