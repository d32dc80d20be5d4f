"""Phone numbers as business cards print them, read with ``phonenumbers`` (Google's
libphonenumber): 0755-26656677转8001, 分机 8001, ext. 8001, +86 755 2878 0808,8001, and
two numbers in one field (13700137000 / 13600136000).

A field holds one or more numbers separated by " / ", each stored in one written
form: China's (the default region) in its national form, 0755 2665 6677 or 137 0013
7000, others in the international one, +852 2345 6789; an extension as " ext. 8001"
(which reads back the same). The editor, the importers and sync packages accept
exactly what ``format_phones`` accepts (domain/validation.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers

REGION = "CN"
MAX_LENGTH = 120  # a few numbers with extensions; far beyond that it is not a phone field
_SEPARATORS = re.compile(r"\s*(?:/|／|、|;|；|\bor\b|或)\s*")
# Chinese and English words for an extension; phonenumbers reads "ext." itself.
_EXTENSION = re.compile(r"\s*(?:转|轉|分机|分機|内线|內線|分机号|extension|ext\.?|x)\s*[:：]?\s*",
                        re.IGNORECASE)


# phonenumbers takes ~0.3 ms to parse, check and format one number: a sync package or
# a sheet of 100,000 people would wait seconds. A Chinese number written with digits
# and separators only is checked here against the same metadata's patterns (the
# check is_valid_number makes), and a mobile formatted here as it formats them;
# tests/domain/test_phones.py holds both to phonenumbers' own answers.
_CN = phonenumbers.PhoneMetadata.metadata_for_region(REGION)
assert _CN is not None


def _pattern(desc: phonenumbers.PhoneNumberDesc | None) -> re.Pattern[str]:
    assert desc is not None and desc.national_number_pattern
    return re.compile(desc.national_number_pattern)


_GENERAL = _pattern(_CN.general_desc)
_MOBILE = _pattern(_CN.mobile)
_TYPES = tuple(_pattern(d) for d in (  # the commonest first
    _CN.mobile, _CN.fixed_line, _CN.toll_free, _CN.premium_rate, _CN.shared_cost,
    _CN.personal_number, _CN.voip, _CN.pager, _CN.uan, _CN.voicemail)
    if d is not None and d.national_number_pattern)
_PLAIN = re.compile(r"^(\+86|0086)?[\s\-()]*(\d[\d\s\-()]*)$")
_NOT_DIGIT = re.compile(r"\D")


def _national(part: str) -> str | None:
    """The national number of a Chinese number written with digits and separators
    only (None for anything else: an extension, another country, words)."""
    found = _PLAIN.match(part.strip())
    if found is None:
        return None
    digits = _NOT_DIGIT.sub("", found[2])
    return digits[1:] if digits.startswith("0") else digits


def _valid_national(national: str) -> bool:
    return any(t.fullmatch(national) for t in _TYPES) and _GENERAL.fullmatch(
        national) is not None


class PhoneError(ValueError):
    """``part`` of a field is not a phone number."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part


@lru_cache(maxsize=65536)
def _one(part: str) -> str:
    national = _national(part)
    if national is not None:
        if not _valid_national(national):
            raise PhoneError(part)
        if len(national) == 11 and _MOBILE.fullmatch(national):
            return f"{national[:3]} {national[3:7]} {national[7:]}"
    typed = _EXTENSION.sub(" ext. ", part).strip()
    try:
        number = phonenumbers.parse(typed, REGION)
    except phonenumbers.NumberParseException as bad:
        raise PhoneError(part) from bad
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(part)
    domestic = phonenumbers.region_code_for_number(number) == REGION
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL
                                      if domestic else
                                      phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def format_phones(text: str) -> str:
    """The field in its stored form ("" stays ""); PhoneError names the first part that
    is not a phone number."""
    typed = unicodedata.normalize("NFKC", text).strip()
    if not typed:
        return ""
    parts = [p for p in _SEPARATORS.split(typed) if p.strip()]
    return " / ".join(_one(p) for p in parts)


@lru_cache(maxsize=65536)
def phone_key(text: str) -> str:
    """The first number of a field as E.164 without extension, to match people by
    phone ("" when there is none that reads)."""
    typed = unicodedata.normalize("NFKC", text).strip()
    for part in _SEPARATORS.split(typed):
        national = _national(part)
        if national is not None:
            if _valid_national(national):
                return "+86" + national
            continue
        try:
            number = phonenumbers.parse(_EXTENSION.sub(" ext. ", part).strip(), REGION)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return ""


def phone_digits(*fields: str) -> str:
    """The numbers in phone fields as digits alone, a word each (an extension a word of
    its own): what the search box finds a person by, however the number is spaced."""
    words = []
    for field in fields:
        for part in _SEPARATORS.split(unicodedata.normalize("NFKC", field)):
            words += [_NOT_DIGIT.sub("", piece) for piece in _EXTENSION.split(part)]
    return " ".join(w for w in words if w)


def phone_problem(text: str) -> str | None:
    """The part of ``text`` that is not a phone number, or None when all of it is."""
    if len(text) > MAX_LENGTH:
        return text
    typed = unicodedata.normalize("NFKC", text).strip()
    for part in (p for p in _SEPARATORS.split(typed) if p.strip()):
        national = _national(part)
        if national is not None:  # the common case, without phonenumbers' parse
            if not _valid_national(national):
                return part
            continue
        try:
            _one(part)
        except PhoneError:
            return part
    return None
