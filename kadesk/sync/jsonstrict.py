"""Canonical JSON out, strict JSON in.

Out: sorted keys, no spaces, UTF-8 as is (one byte sequence per value, so the
same row always hashes the same). In: refuse what Python's json accepts but a
package must never hold: duplicate keys, NaN and infinities, numbers beyond
64 bits, invalid UTF-8 and lone surrogates.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_INT = (1 << 63) - 1
_LONE_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


# One encoder for every row: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                            allow_nan=False)


def dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key '{key}' appears twice")
        out[key] = value
    return out


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _int(text: str) -> int:
    if len(text) > 20 or abs(value := int(text)) > MAX_INT:
        raise ValueError(f"the number {text[:24]} is too large")
    return value


def _float(text: str) -> float:
    value = float(text) if len(text) <= 40 else math.inf
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:24]} is too large")
    return value


_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_constant=_constant,
                            parse_int=_int, parse_float=_float)


def _check_strings(value: Any) -> None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("a text holds a lone surrogate (not valid Unicode)") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(key)
            _check_strings(item)
    elif isinstance(value, list):
        for item in value:
            _check_strings(item)


def loads(data: bytes) -> Any:
    """Parse one JSON document; ValueError (with a readable reason) if it is not strict."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as bad:
        raise ValueError(f"invalid UTF-8 at byte {bad.start}") from None
    try:
        value = _DECODER.decode(text)
    except json.JSONDecodeError as bad:
        raise ValueError(f"not valid JSON ({bad.msg} at column {bad.colno})") from None
    # Raw UTF-8 cannot encode a surrogate: only an escape can make one, so look
    # at the strings only when the text holds such an escape.
    if _LONE_SURROGATE_ESCAPE.search(data):
        _check_strings(value)
    return value
