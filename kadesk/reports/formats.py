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


def moment(value: datetime, language: str) -> str:
    """Date and local time of day: when a visit took place."""
    return f"{day(value, language)} {value.astimezone():%H:%M}"


def quantity(milli: int) -> str:
    """Thousandths as a person writes them: 2, 2.5, 1,200."""
    return f"{milli / 1000:,.3f}".rstrip("0").rstrip(".")


def percent(basis_points: int) -> str:
    """600 -> 6%, 650 -> 6.5%."""
    return f"{basis_points / 100:g}%"


_WEEKDAYS_ZH = "一二三四五六日"


def weekday(value: datetime, language: str) -> str:
    """Month, day and weekday, short: a row of a week's visit list."""
    value = value.astimezone()
    if is_chinese(language):
        return f"{value.month}月{value.day}日 周{_WEEKDAYS_ZH[value.weekday()]}"
    return f"{value:%a %d %b}"
