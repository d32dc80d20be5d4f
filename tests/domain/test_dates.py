"""Dates as reps type them, for follow-ups and visit times."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kadesk.domain.dates import add_months, parse_day, parse_moment

BASE = date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize(("typed", "expected"), [
    ("2026-12-14", date(2026, 12, 14)), ("2026/1/5", date(2026, 1, 5)),
    ("2027年1月5日", date(2027, 1, 5)), ("20261214", date(2026, 12, 14)),
    ("12-14", date(2026, 12, 14)), ("12月14日", date(2026, 12, 14)),
    ("１２－１４", date(2026, 12, 14)),  # full-width, from an input method
    ("1-5", date(2027, 1, 5)),  # passed this year: a follow-up lies ahead
    ("+7", date(2026, 12, 14)), ("+2w", date(2026, 12, 21)), ("+1m", date(2027, 1, 7)),
    ("+3天", date(2026, 12, 10)), ("+2周", date(2026, 12, 21)), ("+1个月", date(2027, 1, 7)),
    ("明天", date(2026, 12, 8)), ("后天", date(2026, 12, 9)), ("tomorrow", date(2026, 12, 8)),
    ("下周一", date(2026, 12, 14)), ("下星期五", date(2026, 12, 18)),
    ("周五", date(2026, 12, 11)), ("周一", date(2026, 12, 7)), ("next monday", date(2026, 12, 14)),
    ("friday", date(2026, 12, 11)),
])
def test_follow_up_dates_as_typed(typed: str, expected: date) -> None:
    assert parse_day(typed, BASE) == expected


def test_a_bare_weekday_already_past_is_next_weeks() -> None:
    assert parse_day("周一", date(2026, 12, 9)) == date(2026, 12, 14)
    assert parse_day("周一", date(2026, 12, 9), ahead=False) == date(2026, 12, 7)


@pytest.mark.parametrize("typed", ["0261214", "13-40", "2026-02-30", "next week", "soon", "+",
                                   "下周八"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_day(typed, BASE)


def test_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_visit_moments() -> None:
    base = datetime(2026, 12, 7, 18, 45).astimezone()
    assert parse_moment("12-05 9:30", base) == datetime(2026, 12, 5, 9, 30).astimezone()
    assert parse_moment("昨天", base) == datetime(2026, 12, 6, 18, 45).astimezone()
    assert parse_moment("2026-12-01 14:00", base) == datetime(2026, 12, 1, 14).astimezone()
    assert parse_moment("14：00", base) == datetime(2026, 12, 7, 14).astimezone()
    with pytest.raises(ValueError):
        parse_moment("12-05 25:00", base)
