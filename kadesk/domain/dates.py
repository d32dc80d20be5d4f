"""Dates as a rep types them: 2026-12-14, 12-14, 12月14日, +7, +2w, 下周一, 明天, tomorrow.

Relative forms count from a base day (the visit's day for its follow-up). A month
and day without a year is the next such day on or after the base when ``ahead``
(a follow-up lies ahead), else the one in the base's year. Anything else raises
ValueError: a date is never guessed, and never silently dropped.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime, time, timedelta

_FULL = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_STEP = re.compile(r"^([+-])\s*(\d{1,4})\s*(d|day|days|天|日|w|wk|week|weeks|周|星期|个?礼拜"
                   r"|m|mo|month|months|个?月)?$")
_CLOCK = re.compile(r"^(.*?)\s*(\d{1,2})[:：](\d{2})$")
_WORDS = {"今天": 0, "今日": 0, "today": 0, "明天": 1, "明日": 1, "tomorrow": 1, "后天": 2,
          "昨天": -1, "昨日": -1, "yesterday": -1, "前天": -2}
_WEEKDAYS = {**{c: i for i, c in enumerate("一二三四五六日")}, "天": 6,
             **{n: i for i, n in enumerate(("monday", "tuesday", "wednesday", "thursday",
                                            "friday", "saturday", "sunday"))},
             **{n: i for i, n in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}}
_WEEKDAY = re.compile(r"^(下下|下|本|这|上)?\s*(?:个)?(?:周|星期|礼拜)([一二三四五六日天])$")
_EN_WEEKDAY = re.compile(r"^(next\s+|this\s+|last\s+)?([a-z]+)$")


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, on the month's last day when it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def parse_day(text: str, base: date, *, ahead: bool = True) -> date:
    typed = unicodedata.normalize("NFKC", text).strip().lower()
    found = _FULL.match(typed) or _COMPACT.match(typed)
    if found:
        return date(int(found[1]), int(found[2]), int(found[3]))
    found = _MONTH_DAY.match(typed)
    if found:
        day = date(base.year, int(found[1]), int(found[2]))
        return date(base.year + 1, day.month, day.day) if ahead and day < base else day
    if typed in _WORDS:
        return base + timedelta(days=_WORDS[typed])
    found = _STEP.match(typed)
    if found:
        n = int(found[2]) * (1 if found[1] == "+" else -1)
        unit = found[3] or "d"
        if unit[0] in "m" or unit.endswith("月"):
            return add_months(base, n)
        if unit[0] == "w" or unit in ("周", "星期") or unit.endswith("礼拜"):
            return base + timedelta(weeks=n)
        return base + timedelta(days=n)
    weekday = _weekday(typed, base, ahead)
    if weekday is not None:
        return weekday
    raise ValueError(text)


def _weekday(typed: str, base: date, ahead: bool) -> date | None:
    """周五 / 下周一 / next monday: a day of this week, the next or the one before."""
    found = _WEEKDAY.match(typed)
    if found:
        weeks = {"下下": 2, "下": 1, "上": -1}.get(found[1] or "", 0)
        target, explicit = _WEEKDAYS[found[2]], bool(found[1])
    else:
        english = _EN_WEEKDAY.match(typed)
        if english is None or english[2] not in _WEEKDAYS:
            return None
        word = (english[1] or "").strip()
        weeks = {"next": 1, "last": -1}.get(word, 0)
        target, explicit = _WEEKDAYS[english[2]], bool(word)
    monday = base - timedelta(days=base.weekday())
    day = monday + timedelta(weeks=weeks, days=target)
    if not explicit and ahead and day < base:  # a bare 周一 ahead of us is next week's
        day += timedelta(weeks=1)
    return day


def parse_moment(text: str, base: datetime) -> datetime:
    """A day as parse_day reads it (counted from ``base``'s day, the most recent when
    no year is given), with an optional HH:MM; without one, ``base``'s time of day.
    The result is aware, in the local zone."""
    typed = unicodedata.normalize("NFKC", text).strip()
    clock: time | None = None
    found = _CLOCK.match(typed)
    if found:
        clock = time(int(found[2]), int(found[3]))
        typed = found[1]
    local = base.astimezone()
    day = parse_day(typed, local.date(), ahead=False) if typed else local.date()
    return datetime.combine(day, clock or local.time().replace(tzinfo=None)).astimezone()
