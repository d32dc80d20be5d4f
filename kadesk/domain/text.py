"""Search keys: how a name is folded so that 'hw', 'huawei', '華為' and '华为' all find 华为.

Keys are computed when a row is written (pypinyin costs ~100 µs a name) and
stored; a query is folded the same way and matched as a substring.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from types import ModuleType
from typing import Any

import opencc

_T2S = opencc.OpenCC("t2s")
_NOT_WORD = re.compile(r"[\W_]+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Separates the segments of a stored key; compact() removes it from every query.
SEP = "|"
# More readings than this per name add little recall and bloat the index.
MAX_VARIANTS = 24
# Legal forms at the end of a company name (folded): nobody types them in pinyin,
# and their rare readings (有限 youxian, 司 ci) made short queries match every account.
_LEGAL_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|股份公司|集团|公司|\([^()]*\))+$")


@lru_cache(maxsize=1)
def _pypinyin() -> ModuleType:
    """pypinyin, imported on first use: its dictionaries take ~0.2 s to load, and
    only writing a row needs them (queries match stored keys), so start-up skips it."""
    import pypinyin

    return pypinyin


@lru_cache(maxsize=16384)
def _simplified_char(char: str) -> str:
    return _T2S.convert(char)


def fold(text: str) -> str:
    """Unicode-normalise, turn traditional characters into simplified, case-fold.

    Character by character, not phrase by phrase: a fragment of a name must fold
    to a fragment of the folded name (phrase rules turn 沈靜 into 沉静 but leave
    沈静 alone, so a traditional query would miss the contact 沈静).
    """
    normal = unicodedata.normalize("NFKC", text)
    return "".join(_simplified_char(c) for c in normal).casefold()


def compact(text: str) -> str:
    """Fold and drop spaces and punctuation: the form both keys and queries take."""
    return _NOT_WORD.sub("", fold(text))


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


@lru_cache(maxsize=8192)
def _char_readings(char: str) -> tuple[str, ...]:
    pp = _pypinyin()
    return tuple(pp.pinyin(char, style=pp.Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=65536)
def pinyin_keys(text: str) -> tuple[str, ...]:
    """Full pinyin and initials of ``text``, plus variants for polyphonic characters.

    The first reading of each character is pypinyin's phrase-aware guess
    (重庆 → chongqing, 银行 → yinhang); every other reading of a polyphonic
    character gives one more variant, so 长 is found as chang and zhang.
    One character is varied at a time: that keeps keys linear in length.
    """
    # Phrase-aware conversion gives pypinyin the phrases it knows (乾隆 stays 乾隆);
    # the characters as typed add their own readings (a lone 乾 is also qian, not only gan).
    typed = unicodedata.normalize("NFKC", text).casefold()
    simplified = _T2S.convert(typed)
    if not has_han(simplified):
        return ()
    # The same position in both when the conversion kept the length (it nearly always does).
    aligned = typed if len(typed) == len(simplified) else simplified
    best: list[str] = []
    firsts: list[str] = []
    alternatives: list[tuple[int, str]] = []
    pos = 0
    for reading, char in _align(simplified):
        if char is None:  # a Latin or digit run stays whole: TCL科技 -> tclkj
            run = compact(reading)
            best.append(run)
            firsts.append(run)
            pos += len(reading)
            continue
        readings = _char_readings(char)
        typed_char = aligned[pos : pos + 1]
        if typed_char not in ("", char) and has_han(typed_char):
            readings += _char_readings(typed_char)
        pos += 1
        alternatives.extend((len(best), r) for r in dict.fromkeys(readings) if r != reading)
        best.append(reading)
        firsts.append(reading[:1])
    keys = ["".join(best), "".join(firsts)]
    for i, alt in alternatives:
        if len(keys) >= MAX_VARIANTS:
            break
        keys.append("".join(best[:i]) + alt + "".join(best[i + 1 :]))
        if alt[:1] != firsts[i]:
            keys.append("".join(firsts[:i]) + alt[:1] + "".join(firsts[i + 1 :]))
    return tuple(dict.fromkeys(k for k in keys if k))


def _keep(run: str) -> Any:
    """pypinyin callback: keep a non-Chinese run whole, as one item."""
    return [run]


def _align(simplified: str) -> list[tuple[str, str | None]]:
    """pypinyin's reading per Chinese character; other runs come back as they are."""
    pp = _pypinyin()
    guessed = pp.pinyin(simplified, style=pp.Style.NORMAL, errors=_keep)
    out: list[tuple[str, str | None]] = []
    pos = 0
    for item in guessed:
        reading = item[0]
        char = simplified[pos : pos + 1]
        if has_han(char) and not simplified.startswith(reading, pos):
            out.append((reading, char))
            pos += 1
        else:
            out.append((reading, None))
            pos += len(reading)
    return out


def pinyin_stem(text: str) -> str:
    """``text`` without a legal-form suffix (有限公司, 集团, （香港）…), when a name is left."""
    normal = unicodedata.normalize("NFKC", text)
    folded = _T2S.convert(normal.casefold())
    found = _LEGAL_SUFFIX.search(folded)
    if found is None or found.start() < 2 or len(folded) != len(normal):
        return text
    return normal[: found.start()]


def sort_key(name: str) -> str:
    """Where ``name`` goes in a list: its pinyin (Chinese users expect pinyin order,
    not code points, which put 周 before 阿), else the name case-folded."""
    keys = pinyin_keys(name)
    return keys[0] if keys else name.casefold()


def search_key(*texts: str) -> str:
    """The stored key for a row: its names folded, and the pinyin forms of their stems
    (pinyin_stem: 华为技术有限公司 is found by huawei, hwjs, 有限公司, not youxiangongsi).

    Segments are joined by SEP and the key starts and ends with it, so
    ``LIKE '%|q%'`` (or FTS ``"|q"``) is a prefix match on any segment.
    """
    segments: list[str] = []
    for text in texts:
        if not text:
            continue
        segments.append(compact(text))
        segments.extend(pinyin_keys(pinyin_stem(text)))
    unique = [s for s in dict.fromkeys(segments) if s]
    return SEP + SEP.join(unique) + SEP if unique else ""
