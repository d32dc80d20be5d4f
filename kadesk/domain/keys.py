"""The keys stored with a row when it is written: what search matches and lists sort by.

``search_key`` is what the FTS5 trigram index holds: segments joined by SEP, each a
form of one of the row's names. ``search_units`` is the names' units and readings,
which matching.py reads back to decide and rank a match (see docs/decisions.md,
Search). A query never loads pypinyin: everything it needs is in these two columns.
"""

from __future__ import annotations

import unicodedata

import orjson

from kadesk.domain.readings import LEGAL_SUFFIX, Spelling, Unit, spell
from kadesk.domain.text import T2S, compact, has_han

# Separates the segments of a stored key; compact() removes it from every query.
SEP = "|"
# Separates the units within a segment, so a query's syllables can be matched where
# a unit starts ('hua'wei), never across (xian+g is not xiang). compact() removes it too.
UNIT = "'"
# Alternative readings past this many segments add little recall and bloat the index.
MAX_VARIANTS = 24


def pinyin_stem(text: str) -> str:
    """``text`` without a legal-form suffix (有限公司, 集团, （香港）…), when a name is left."""
    normal = unicodedata.normalize("NFKC", text)
    folded = T2S.convert(normal.casefold())
    found = LEGAL_SUFFIX.search(folded)
    if found is None or found.start() < 2 or len(folded) != len(normal):
        return text
    return normal[: found.start()]


def _initial(unit: Unit, reading: str, latin_text: bool) -> str:
    """A unit's letter in the initials form: a Chinese character's first letter; a
    Latin word's first letter in an English name (CMB), whole in a Chinese one (TCL科技)."""
    if unit.han or latin_text:
        return reading[:1]
    return unit.chars


def _separated(parts: list[str], legal: int) -> str:
    """'a'b'c' with the legal form as one part: a syllable inside 有限公司 (xian) is no
    place for a match to start, and would make every company match."""
    return UNIT + UNIT.join([*parts[:legal], "".join(parts[legal:])] if legal < len(parts)
                            else parts) + UNIT


def _forms(spelling: Spelling, readings: list[str]) -> list[str]:
    """The full form with unit separators, the plain full form and the initials."""
    latin = spelling.latin
    return [
        _separated(readings, spelling.legal),
        "".join(readings),
        "".join(_initial(u, r, latin) for u, r in zip(spelling.units, readings, strict=True)),
    ]


def _segments(text: str, person: bool) -> list[str]:
    spelling = spell(text, person)
    best = [u.readings[0] for u in spelling.units]
    segments = [compact(text)]
    if not spelling.latin:
        segments.append("".join(best[: spelling.legal]))  # import_plan reads this one
        # Characters all apart, legal form too: a character found there is no risk.
        segments.append(_separated([u.chars for u in spelling.units], len(spelling.units)))
    segments += _forms(spelling, best)
    # One unit read otherwise at a time, common readings before rare ones.
    variants = sorted(((k >= u.common, i, r) for i, u in enumerate(spelling.units[
        : spelling.legal]) for k, r in enumerate(u.readings) if k > 0))
    for _, i, reading in variants[:MAX_VARIANTS]:
        forms = _forms(spelling, [*best[:i], reading, *best[i + 1:]])
        segments += [forms[0], forms[2]]
    return segments


def search_key(*texts: str, person: bool = False) -> str:
    """The stored key of a row named ``texts`` (name first; ``person``: a person's name).

    The first segment is always the folded name and, when it is Chinese, the second
    the pinyin of its stem (imports match names on these two). Segments are wrapped
    in SEP, so ``"|q"`` matches where a segment starts.
    """
    segments: list[str] = []
    for text in texts:
        if compact(text):
            segments += _segments(text, person)
    unique = [s for s in dict.fromkeys(segments) if s]
    return SEP + SEP.join(unique) + SEP if unique else ""


def search_units(*texts: str, person: bool = False) -> str:
    """The units and readings of ``texts`` as JSON (matching.decode reads it): a list
    of [legal start, [[chars, number of common readings, reading, reading…], …]]."""
    names = []
    for text in dict.fromkeys(texts):
        if compact(text):
            spelling = spell(text, person)
            names.append([spelling.legal, [[u.chars, u.common, *u.readings]
                                           for u in spelling.units]])
    return orjson.dumps(names).decode() if names else ""


def pinyin_keys(text: str) -> tuple[str, ...]:
    """The likely full pinyin and initials of ``text`` (empty for a text with no Chinese)."""
    if not has_han(text):
        return ()
    spelling = spell(text)
    return tuple(_forms(spelling, [u.readings[0] for u in spelling.units])[1:])


def sort_key(name: str, person: bool = False) -> str:
    """Where ``name`` goes in a list: its likely pinyin (Chinese users expect pinyin
    order, not code points, which put 周 before 阿), else the name case-folded."""
    if not has_han(name):
        return name.casefold()
    return "".join(u.readings[0] for u in spell(name, person).units)
