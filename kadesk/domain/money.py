"""Money as integer cents plus an ISO currency code, and the arithmetic on it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# How amounts read on screen and in reports; other currencies show their code.
# (JPY keeps its code: its ¥ would read as renminbi.)
CURRENCY_SYMBOLS = {"CNY": "¥", "HKD": "HK$", "TWD": "NT$", "USD": "$", "EUR": "€"}
DEFAULT_CURRENCY = "CNY"
# Quantities are kept as integer thousandths so 2.5 days or 0.125 t stay exact.
QUANTITY_SCALE = 1000
BASIS_POINTS = 10_000
DEFAULT_TAX_BP = 600  # VAT on services; transport is 900


@dataclass(frozen=True, slots=True)
class Money:
    cents: int
    currency: str = DEFAULT_CURRENCY

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    def amount(self) -> Decimal:
        return Decimal(self.cents) / 100


def round_cents(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_amount_cents(quantity_milli: int, unit_price_cents: int, discount_bp: int) -> int:
    """quantity x unit price, less the discount, rounded half up to the cent."""
    gross = Decimal(quantity_milli) * unit_price_cents / QUANTITY_SCALE
    return round_cents(gross * (BASIS_POINTS - discount_bp) / BASIS_POINTS)


def tax_cents(subtotal_cents: int, tax_bp: int) -> int:
    return round_cents(Decimal(subtotal_cents) * tax_bp / BASIS_POINTS)
