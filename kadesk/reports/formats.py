"""Dates, times, money and discounts as a report prints them: one format per language,
times in the rep's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal

from kadesk.domain.language import is_chinese
from kadesk.domain.money import BASIS_POINTS, CURRENCY_SYMBOLS, Money

_WEEKDAYS_ZH = "一二三四五六日"
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
WAN, YI = 10_000, 100_000_000


def money(value: Money | None, empty: str = "—") -> str:
    """``¥1,234,567.89``; a currency without a common symbol keeps its code."""
    if value is None:
        return empty
    symbol = CURRENCY_SYMBOLS.get(value.currency)
    amount = f"{value.amount():,.2f}"
    return f"{symbol}{amount}" if symbol else f"{value.currency} {amount}"


def quantity(milli: int) -> str:
    """Thousandths as a person writes them: 2, 2.5, 1,200."""
    return f"{milli / 1000:,.3f}".rstrip("0").rstrip(".")


def percent(basis_points: int) -> str:
    """600 -> 6%, 650 -> 6.5%."""
    return f"{basis_points / 100:g}%"


def capitals(cents: int) -> str:
    """An amount in Chinese financial capitals (大写), as on a contract or an invoice:
    123456.78 -> 壹拾贰万叁仟肆佰伍拾陆元柒角捌分; 100 -> 壹元整."""
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    out = _capital_yuan(yuan) + "元" if yuan or not rest else ""
    if jiao:
        out += _DIGITS[jiao] + "角"
    if fen:
        out += ("零" if yuan and not jiao else "") + _DIGITS[fen] + "分"
    return out if rest else out + "整"


def _capital_yuan(n: int) -> str:
    """Whole yuan: 亿 above 万 (1,0000,0000,0000 is 壹万亿), one 零 for each gap."""
    if n >= YI:
        high, low = divmod(n, YI)
        out = _capital_yuan(high) + "亿"
        return out + (("零" if low < YI // 10 else "") + _capital_yuan(low) if low else "")
    high, low = divmod(n, WAN)
    if not high:
        return _capital_group(low) or _DIGITS[0]
    out = _capital_group(high) + "万"
    return out + (("零" if low < 1000 else "") + _capital_group(low) if low else "")


def _capital_group(group: int) -> str:
    out, zero = "", False
    for place in range(3, -1, -1):
        digit = group // 10 ** place % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += _DIGITS[0]
            zero = False
        out += _DIGITS[digit] + _PLACES[place]
    return out


@dataclass(frozen=True)
class Formats:
    """The formats of one report: its language and the rep's time zone (None: the
    system's)."""

    language: str
    tz: tzinfo | None = None

    @property
    def chinese(self) -> bool:
        return is_chinese(self.language)

    def local(self, value: datetime) -> datetime:
        return value.astimezone(self.tz)

    def day(self, value: date | datetime | None, empty: str = "—") -> str:
        """2026年3月2日 / Mar 2, 2026: the one date format of a report."""
        if value is None:
            return empty
        if isinstance(value, datetime):
            value = self.local(value).date()
        if self.chinese:
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value:%b} {value.day}, {value.year}"

    def short_day(self, value: date) -> str:
        """The same without the year, where the year is plain (a chart's weeks)."""
        return f"{value.month}月{value.day}日" if self.chinese else f"{value:%b} {value.day}"

    def weekday(self, value: datetime) -> str:
        """The day with its weekday: 2026年3月2日 周一 / Mon, Mar 2, 2026."""
        local = self.local(value)
        if self.chinese:
            return f"{self.day(local)} 周{_WEEKDAYS_ZH[local.weekday()]}"
        return f"{local:%a}, {self.day(local)}"

    def time(self, value: datetime) -> str:
        return f"{self.local(value):%H:%M}"

    def moment(self, value: datetime) -> str:
        """Date and time of day in the rep's zone: when a visit took place."""
        return f"{self.day(value)} {self.time(value)}"

    def big_money(self, value: Money | None, empty: str = "—") -> str:
        """A large sum as its reader counts it: ¥12.35亿 and ¥123.46万 in Chinese (where
        the exact figure is not the point: a profile, a pipeline), exact in English."""
        if value is None or not self.chinese or abs(value.cents) < WAN * 100:
            return money(value, empty)
        unit, scale = ("亿", YI) if abs(value.cents) >= YI * 100 else ("万", WAN)
        symbol = CURRENCY_SYMBOLS.get(value.currency)
        amount = f"{value.amount() / scale:,.2f}{unit}"
        return f"{symbol}{amount}" if symbol else f"{value.currency} {amount}"

    def discount(self, basis_points: int) -> str:
        """A discount in the buyer's terms: 85折 (pay 85%) in Chinese, 15% off in English."""
        if not basis_points:
            return ""
        if not self.chinese:
            return f"{percent(basis_points)} off"
        paid = Decimal(BASIS_POINTS - basis_points) / 100  # percent of the price paid
        if paid % 10 == 0:
            paid /= 10  # 80 -> 8折
        return f"{paid.normalize():f}折"
