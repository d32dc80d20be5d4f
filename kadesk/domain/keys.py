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


# Short forms people use for banks and airlines: the first character of the name (past a
# leading 中国 or city) and the trade's own character (招商银行 招行, 厦门航空 厦航). A city's
# bank keeps its name (长沙银行 is not 长行); a city's airline does not (厦航, 深航).
_TRADES = {"银行": "行", "航空": "航"}
_PLACE_PREFIXES = ("中国", "上海", "北京", "天津", "重庆")
_CITY_NAMES = """北京 上海 天津 重庆 长沙 广州 深圳 杭州 南京 苏州 宁波 成都 武汉 西安 郑州
厦门 青岛 大连 沈阳 昆明 兰州 东莞 合肥 南昌 福州 济南 贵阳 南宁 长春 太原 海口 温州 无锡
佛山 泉州 徽商"""
_CITIES = frozenset(_CITY_NAMES.split())
# A province goes by its own one-character name (四川航空 is 川航): not derived here.
_PROVINCE_NAMES = "江苏 浙江 广东 四川 湖南 湖北 河南 河北 山东 山西 福建 江西 安徽 云南 海南"
_PROVINCES = frozenset(_PROVINCE_NAMES.split())


def derived_aliases(name: str) -> list[str]:
    """Abbreviations of ``name`` people commonly use, when they can be derived: a bank's
    or airline's (招商银行 招行, 中国工商银行 工行, 东方航空 东航, 厦门航空 厦航), and
    for a bank of four characters the two words' first characters (上海浦东发展银行 浦发)."""
    stem = compact(pinyin_stem(name))
    for trade, short in _TRADES.items():
        if not stem.endswith(trade) or len(stem) < len(trade) + 2:
            continue
        brand = stem[: -len(trade)]
        for prefix in _PLACE_PREFIXES:
            if brand.startswith(prefix) and len(brand) > len(prefix) + 1:
                brand = brand[len(prefix):]
                break
        if trade == "银行" and len(brand) == 4:
            return [brand[0] + brand[2]]
        if len(brand) == 2 and brand not in _PROVINCES and (
                trade != "银行" or brand not in _CITIES):
            return [brand[0] + short]
    return []
