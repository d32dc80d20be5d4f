"""Money is integer cents: line amounts and tax round half up, totals add exactly."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kadesk.domain.enums import ProposalStatus
from kadesk.domain.money import Money, line_amount_cents, round_cents, tax_cents
from kadesk.domain.records import Proposal, ProposalItemFields


def half_up(value: Fraction) -> int:
    """Reference rounding for non-negative exact values: x.5 goes up."""
    whole = value.numerator // value.denominator
    return whole + (1 if value - whole >= Fraction(1, 2) else 0)


@pytest.mark.parametrize(
    ("quantity_milli", "unit_price_cents", "discount_bp", "expected"),
    [
        (1000, 1999, 0, 1999),  # 1 x 19.99
        (1500, 333, 0, 500),  # 1.5 x 3.33 = 4.995 -> 5.00 (half up)
        (2500, 101, 0, 253),  # 2.5 x 1.01 = 2.525 -> 2.53
        (1000, 1005, 1000, 905),  # 10.05 less 10% = 9.045 -> 9.05
        (3000, 1000, 10_000, 0),  # 100% discount
        (0, 99_999, 0, 0),
        (125, 100, 0, 13),  # 0.125 x 1.00 = 0.125 -> 0.13
        (1000, 1, 5000, 1),  # 0.005 -> 0.01
        (1000, 1, 5001, 0),  # 0.004999 -> 0.00
    ],
)
def test_line_amount_rounds_half_up(
    quantity_milli: int, unit_price_cents: int, discount_bp: int, expected: int
) -> None:
    assert line_amount_cents(quantity_milli, unit_price_cents, discount_bp) == expected


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 10_000))
def test_line_amount_matches_exact_arithmetic(q: int, price: int, discount: int) -> None:
    exact = Fraction(q * price, 1000) * Fraction(10_000 - discount, 10_000)
    assert line_amount_cents(q, price, discount) == half_up(exact)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**12), st.integers(0, 10_000))
def test_tax_matches_exact_arithmetic(subtotal: int, tax_bp: int) -> None:
    assert tax_cents(subtotal, tax_bp) == half_up(Fraction(subtotal * tax_bp, 10_000))


def test_tax_examples() -> None:
    assert tax_cents(10_000, 600) == 600  # 6% of 100.00
    assert tax_cents(1_234, 1300) == 160  # 13% of 12.34 = 1.6042
    assert tax_cents(50, 1000) == 5
    assert tax_cents(25, 1000) == 3  # 0.025 -> 0.03
    assert round_cents(Decimal("2.5")) == 3
    assert round_cents(Decimal("-2.5")) == -3  # away from zero, symmetric


def test_money_adds_only_the_same_currency() -> None:
    assert Money(150) + Money(250) == Money(400, "CNY")
    assert (Money(1, "USD") + Money(2, "USD")).currency == "USD"
    with pytest.raises(ValueError, match="USD"):
        Money(1, "CNY") + Money(1, "USD")
    assert Money(12_345).amount() == Decimal("123.45")


def _proposal(items: tuple[ProposalItemFields, ...], tax_bp: int) -> Proposal:
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Proposal(id="p", created_at=now, updated_at=now, account_id="a", title="t",
                    status=ProposalStatus.DRAFT, tax_bp=tax_bp, items=items)


def test_proposal_totals_sum_rounded_lines_then_tax() -> None:
    items = (
        ProposalItemFields(description="干线运输", quantity_milli=1500, unit_price_cents=333),
        ProposalItemFields(description="仓储", quantity_milli=2000, unit_price_cents=10_050,
                           discount_bp=500),
        ProposalItemFields(description="包装", quantity_milli=125, unit_price_cents=100),
    )
    proposal = _proposal(items, tax_bp=600)
    # 500 + round(20100 x 0.95 = 19095) + 13 = 19608; tax 6% = 1176.48 -> 1176
    assert [i.amount_cents for i in items] == [500, 19_095, 13]
    assert proposal.subtotal == Money(19_608)
    assert proposal.tax == Money(1_176)
    assert proposal.total == Money(20_784)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**7), st.integers(0, 10_000),
                          st.sampled_from([0, 300, 600, 900, 1300])), max_size=8))
def test_proposal_tax_is_rounded_once_per_rate(lines: list[tuple[int, int, int, int]]) -> None:
    """VAT as an invoice totals it: the lines of one rate summed, then taxed and rounded."""
    items = tuple(ProposalItemFields(description="x", quantity_milli=q, unit_price_cents=p,
                                     discount_bp=d, tax_bp=r) for q, p, d, r in lines)
    proposal = _proposal(items, tax_bp=600)
    subtotal = sum(line_amount_cents(q, p, d) for q, p, d, _r in lines)
    by_rate: dict[int, int] = {}
    for q, p, d, r in lines:
        by_rate[r] = by_rate.get(r, 0) + line_amount_cents(q, p, d)
    assert proposal.subtotal.cents == subtotal
    assert proposal.tax.cents == sum(half_up(Fraction(base * rate, 10_000))
                                     for rate, base in by_rate.items())
    assert [rate for rate, _base, _tax in proposal.taxes()] == sorted(by_rate, reverse=True)
    assert proposal.total.cents == proposal.subtotal.cents + proposal.tax.cents
