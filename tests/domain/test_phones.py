"""Phone numbers as business cards print them: read, written one way, or refused."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kadesk.domain.phones import PhoneError, format_phones, phone_key, phone_problem


@pytest.mark.parametrize(("typed", "stored"), [
    ("0755-26656677转8001", "0755 2665 6677 ext. 8001"),
    ("0755-26656677 分机 8001", "0755 2665 6677 ext. 8001"),
    ("0755 26656677 ext. 8001", "0755 2665 6677 ext. 8001"),
    ("+86 755 2878 0808,8001", "0755 2878 0808 ext. 8001"),
    ("13700137000 / 13600136000", "137 0013 7000 / 136 0013 6000"),
    ("13700137000、13600136000", "137 0013 7000 / 136 0013 6000"),
    ("+86 138-0013-8000", "138 0013 8000"),
    ("１３８００１３８０００", "138 0013 8000"),  # full-width, from an input method
    ("(021)6234 5678", "021 6234 5678"),
    ("+852 2345 6789", "+852 2345 6789"),
    ("+1 650 253 0000", "+1 650-253-0000"),
    ("", ""),
])
def test_card_forms_are_read_and_written_one_way(typed: str, stored: str) -> None:
    assert format_phones(typed) == stored
    assert format_phones(stored) == stored  # the stored form reads back as itself
    assert phone_problem(typed) is None


@pytest.mark.parametrize(("typed", "bad"), [
    ("123", "123"), ("not a number", "not a number"), ("1380013800", "1380013800"),
    ("13800138000 / 12", "12"),
])
def test_what_is_not_a_phone_number_is_named(typed: str, bad: str) -> None:
    with pytest.raises(PhoneError) as refused:
        format_phones(typed)
    assert refused.value.part == bad
    assert phone_problem(typed) == bad


def test_the_key_matches_a_number_however_written() -> None:
    assert phone_key("138 0013 8000") == phone_key("+86 13800138000") == "+8613800138000"
    assert phone_key("0755-26656677转8001") == phone_key("0755 2665 6677") == "+8675526656677"
    assert phone_key("no number") == ""


def _phonenumbers(typed: str) -> str | None:
    """phonenumbers' own answer: the national form of a valid number, else None."""
    try:
        number = phonenumbers.parse(typed, "CN")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


@given(st.one_of(
    st.from_regex(r"\A1[0-9]{10}\Z"),
    st.from_regex(r"\A0[1-9][0-9]{1,2}-[1-9][0-9]{6,7}\Z"),
    st.from_regex(r"\A\+86 ?[0-9]{8,12}\Z")))
def test_the_quick_path_answers_as_phonenumbers_does(typed: str) -> None:
    """Chinese numbers are checked (and mobiles written) without phonenumbers' slow
    parse: the answers must be its own."""
    expected = _phonenumbers(typed)
    try:
        got: str | None = format_phones(typed)
    except PhoneError:
        got = None
    assert got == expected
    assert (phone_problem(typed) is None) == (expected is not None)
