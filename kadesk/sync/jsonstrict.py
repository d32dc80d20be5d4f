"""Canonical JSON out, strict JSON in (orjson: a tenth of the json module's time).

Out: sorted keys, no spaces, UTF-8 as is: one byte sequence per value, so the
same row always hashes the same. In: refuse NaN and infinities, invalid UTF-8
and lone surrogates (orjson's own checks), and any line that is not exactly
orjson writes back from what it read (keys in their order). That last check
catches what orjson accepts but a package must never hold: a repeated key
(orjson keeps the last) and an integer beyond 64 bits (read as a float).
"""

from __future__ import annotations

from typing import Any

import orjson

MAX_INT = (1 << 63) - 1
_SORTED = orjson.OPT_SORT_KEYS


def dumps(value: Any) -> bytes:
    """The canonical form. Stored floats are finite (SQLite keeps no NaN), so orjson's
    writing of a non-finite float as null never applies."""
    return orjson.dumps(value, option=_SORTED)


def _reason(bad: orjson.JSONDecodeError) -> str:
    if "UTF-8" in bad.msg:  # raw bytes; orjson's message also says "surrogates"
        return "it is not valid UTF-8"
    if "surrogate" in bad.msg:  # an escape such as \\ud800 alone
        return "a text holds a lone surrogate (not valid Unicode)"
    if "infinity" in bad.msg:
        return "a number is too large"
    return f"not valid JSON ({bad.msg} at column {bad.colno})"


def loads(data: bytes) -> Any:
    """Parse one JSON document; ValueError (with a readable reason) if it is not strict."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as bad:
        raise ValueError(_reason(bad)) from None
    if orjson.dumps(value) != data:
        raise ValueError("it is not written as kadesk writes it: a key appears twice, a "
                         "number is too large, or spaces or escapes were added")
    return value
