"""One cell of a table into a field value: dates typed as text, amounts with ¥ and
commas or in 万, enums by their Chinese or English label, phone numbers that
Excel turned into numbers. A cell that cannot be read raises ``CellError``."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from kadesk.domain import enums as e
from kadesk.domain.money import CURRENCY_SYMBOLS, DEFAULT_CURRENCY, Money, round_cents
from kadesk.domain.phones import PhoneError, format_phones
from kadesk.domain.text import compact
from kadesk.interchange.fields import ImportField, Kind


class CellError(Exception):
    """A cell that cannot be read as its field: a message code and its parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EXCEL_EPOCH = date(1899, 12, 30)
# Symbols and codes before or after an amount (upper case; ¥ and ￥ fold to ¥ by NFKC).
_CURRENCIES = {**{s.upper(): c for c, s in CURRENCY_SYMBOLS.items()}, "RMB": "CNY",
               "元": "CNY", "人民币": "CNY", "US$": "USD", "USD": "USD", "CNY": "CNY",
               "HKD": "HKD", "EUR": "EUR"}
_MARK = "|".join(re.escape(m) for m in sorted(_CURRENCIES, key=len, reverse=True))
_SCALES = {"万元": 10_000, "万": 10_000, "亿元": 100_000_000, "亿": 100_000_000}
_AMOUNT = re.compile(rf"^(?P<before>{_MARK})?(?P<number>[-+]?(?:\d+\.?\d*|\.\d+))"
                     rf"(?P<unit>万元|万|亿元|亿)?(?P<after>{_MARK})?$", re.IGNORECASE)
_INT = re.compile(r"^([+-]?\d+)(?:\.0+)?\s*(?:天|日|days?|d)?$", re.IGNORECASE)
# Suffixes people add to a list value: 华东区, A级, 战略客户.
_LABEL_SUFFIX = re.compile(r"(地区|区|级|类|客户)$")


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """A cell as text: whole numbers without '.0', dates as ISO dates."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def parse(f: ImportField, value: Any, *, scale: int = 1,
          industries: dict[str, str] | None = None) -> Any:
    """The field value of a non-blank cell. ``industries`` maps folded labels to ids."""
    if f.kind is Kind.TEXT:
        return unicodedata.normalize("NFKC", text(value)) if f.name == "email" else text(value)
    if f.kind is Kind.PHONE:
        return phone(value)
    if f.kind is Kind.DATE:
        return parse_date(value)
    if f.kind is Kind.MONEY:
        return money(value, scale)
    if f.kind is Kind.INT:
        return whole(value)
    if f.kind is Kind.ENUM:
        assert f.enum is not None
        return choice(f.enum, value)
    return industry(value, industries or {})


def phone(value: Any) -> str:
    """One or more numbers as a card prints them (domain/phones.py), in their stored
    form. Excel stores 13800138000 as a number; full-width digits come from some IMEs."""
    typed = unicodedata.normalize("NFKC", text(value))
    try:
        return format_phones(typed)
    except PhoneError as bad:
        raise CellError("bad_phone", value=bad.part) from bad


def parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and 1 <= value < 2_958_466:  # an Excel day number
        return _EXCEL_EPOCH + timedelta(days=int(value))
    typed = unicodedata.normalize("NFKC", text(value))
    found = _DATE.match(typed) or _COMPACT_DATE.match(typed)
    if found:
        try:
            return date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            pass
    raise CellError("cell_bad_date", value=typed)


def money(value: Any, scale: int = 1) -> Money:
    if isinstance(value, bool):
        raise CellError("cell_bad_amount", value=text(value))
    if isinstance(value, int | float):
        return Money(round_cents(Decimal(str(value)) * scale * 100))
    typed = unicodedata.normalize("NFKC", text(value))
    found = _AMOUNT.match(typed.replace(",", "").replace("，", "").replace(" ", ""))
    try:
        amount = Decimal(found["number"]) if found else None
    except InvalidOperation:
        amount = None
    if found is None or amount is None or not amount.is_finite():
        raise CellError("cell_bad_amount", value=typed)
    mark = (found["before"] or found["after"] or "").upper()
    if found["unit"]:
        scale = _SCALES[found["unit"]]
    return Money(round_cents(amount * scale * 100), _CURRENCIES.get(mark, DEFAULT_CURRENCY))


def whole(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    typed = unicodedata.normalize("NFKC", text(value))
    found = _INT.match(typed.replace(",", ""))
    if not found:
        raise CellError("cell_bad_number", value=typed)
    return int(found[1])


def choice(enum: type[e.Labelled], value: Any) -> e.Labelled:
    """A member by its code, Chinese or English label, with or without 级/区/客户."""
    typed = text(value)
    found = _choice(enum, typed)
    if found is None:
        raise CellError("cell_not_in_list", value=typed,  # each language's message its own
                        choices=" / ".join(m.en for m in enum),
                        choices_zh=" / ".join(m.zh for m in enum))
    return found


@lru_cache(maxsize=4096)  # a column holds few distinct values: fold each once
def _choice(enum: type[e.Labelled], typed: str) -> e.Labelled | None:
    word = compact(typed)
    stem = _LABEL_SUFFIX.sub("", word) or word
    for member in enum:
        names = {compact(member.value), compact(member.zh), compact(member.en)}
        names |= {_LABEL_SUFFIX.sub("", n) for n in names if _LABEL_SUFFIX.sub("", n)}
        names |= {n.removeprefix("tier") for n in names}
        if word in names or stem in names:
            return member
    return None


def industry(value: Any, industries: dict[str, str]) -> str:
    """The id of the industry list entry named ``value`` (a whole label or one half of
    金融/银行), when exactly one matches."""
    typed = text(value)
    found = industries.get(typed) or industries.get(compact(typed))
    if found is None:
        raise CellError("cell_unknown_industry", value=typed)
    return found


def industry_index(entries: list[tuple[str, str, str, str]]) -> dict[str, str]:
    """Folded label -> id for (id, code, label_zh, label_en) entries: whole labels, codes
    and the halves of 金融/银行; a half shared by two entries (金融) names neither."""
    index: dict[str, str] = {}
    halves: dict[str, set[str]] = {}
    for item_id, code, zh, en in entries:
        for name in (code, zh, en):
            if compact(name):
                index.setdefault(compact(name), item_id)
            for part in re.split(r"[/／&]", name):
                if compact(part):
                    halves.setdefault(compact(part), set()).add(item_id)
    for part, ids in halves.items():
        if len(ids) == 1:
            index.setdefault(part, next(iter(ids)))
    return index | {name: index[compact(name)] for _, code, zh, en in entries
                    for name in (code, zh, en) if compact(name) in index}
