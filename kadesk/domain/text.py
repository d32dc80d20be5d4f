"""Folding: the one form names and queries take, whatever script, width or case
they were typed in. Readings are in readings.py, stored keys in keys.py."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

T2S = opencc.OpenCC("t2s")
_NOT_WORD = re.compile(r"[\W_]+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIAERESIS = "\u0308"


@lru_cache(maxsize=16384)
def _simplified_char(char: str) -> str:
    return T2S.convert(char)


def fold(text: str) -> str:
    """Unicode-normalise, turn traditional characters into simplified, case-fold.

    Character by character, not phrase by phrase: a fragment of a name must fold
    to a fragment of the folded name (phrase rules turn 沈靜 into 沉静 but leave
    沈静 alone, so a traditional query would miss the contact 沈静).
    """
    normal = unicodedata.normalize("NFKC", text)
    return "".join(_simplified_char(c) for c in normal).casefold()


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """Fold and drop spaces and punctuation: the form both keys and queries take.
    Kept: writing a row folds each of its names' characters, and they repeat."""
    return _NOT_WORD.sub("", fold(text))


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def without_tones(text: str) -> str:
    """Tone marks dropped (huá wéi -> hua wei, lǜ -> lv: ü is typed v); other accents too."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == _DIAERESIS)
    return unicodedata.normalize("NFC", kept).replace("ü", "v").replace("Ü", "v")
