"""How a name is read: its units (Chinese characters, Latin words, digit runs), each
with its readings, the likely one first. Used when a row is written (search and sort
keys); queries never load this module's dictionaries.

- The likely reading is pypinyin's phrase-aware guess, corrected for place names
  (PLACES, loaded into pypinyin as phrases) and, in a person's name, for the surname
  (SURNAMES: 单 is shan, 曾 zeng, 区 ou as surnames, dan, ceng, qu elsewhere).
- The other readings are split into common ones, those of the 通用规范汉字字典 (2013)
  as pypinyin-dict ships them (长 chang/zhang, 重 zhong/chong), and rare ones, every other
  reading pypinyin lists (浩 ge, 技 qi, 有 wei): search ranks a rare reading last.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from kadesk.domain.text import T2S, compact, has_han, without_tones

# Surnames read otherwise than the character usually is (the list pypinyin's issue #297
# gathers from overtrue/pinyin; pypinyin itself has no surname mode). Two-character
# surnames first: 尉迟 is yuchi, though 尉 alone is the surname wei.
SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"), "单于": ("chan", "yu"),
    "长孙": ("zhang", "sun"), "澹台": ("tan", "tai"), "令狐": ("ling", "hu"),
    "欧阳": ("ou", "yang"), "诸葛": ("zhu", "ge"), "上官": ("shang", "guan"),
    "单": ("shan",), "曾": ("zeng",), "解": ("xie",), "区": ("ou",), "朴": ("piao",),
    "翟": ("zhai",), "缪": ("miao",), "查": ("zha",), "仇": ("qiu",), "盖": ("ge",),
    "尉": ("wei",), "覃": ("qin",), "秘": ("bi",), "繁": ("po",), "种": ("chong",),
    "宿": ("su",), "员": ("yun",), "折": ("she",), "那": ("na",), "乐": ("yue",),
    "召": ("shao",), "阚": ("kan",), "都": ("du",), "柏": ("bai",), "过": ("guo",),
    "华": ("hua",), "任": ("ren",), "沈": ("shen",), "冼": ("xian",), "纪": ("ji",),
    "重": ("chong",), "能": ("nai",), "句": ("gou",), "隗": ("wei",), "祭": ("zhai",),
}
# Places reps meet daily that pypinyin reads otherwise (朝阳 as the morning sun, zhao;
# 长治 as zhang): phrase readings it is given before the first name is read.
PLACES: dict[str, tuple[str, ...]] = {
    "朝阳": ("chao", "yang"), "长治": ("chang", "zhi"), "长沙": ("chang", "sha"),
    "重庆": ("chong", "qing"), "厦门": ("xia", "men"), "蚌埠": ("beng", "bu"),
    "六安": ("lu", "an"), "乐清": ("yue", "qing"), "丽水": ("li", "shui"),
    "番禺": ("pan", "yu"), "铅山": ("yan", "shan"), "亳州": ("bo", "zhou"),
    "台州": ("tai", "zhou"), "长春": ("chang", "chun"), "长安": ("chang", "an"),
    "大厦": ("da", "sha"), "银行": ("yin", "hang"), "行长": ("hang", "zhang"),
    "招行": ("zhao", "hang"), "中行": ("zhong", "hang"), "农行": ("nong", "hang"),
    "建行": ("jian", "hang"), "工行": ("gong", "hang"), "交行": ("jiao", "hang"),
    "商行": ("shang", "hang"), "农商行": ("nong", "shang", "hang"),
    "厦航": ("xia", "hang"), "重工": ("zhong", "gong"), "单县": ("shan", "xian"),
    "曾都": ("zeng", "du"), "乐山": ("le", "shan"), "朝鲜": ("chao", "xian"),
}
# Legal forms at the end of a company name (folded): the start of this region is where
# search ranks a match lowest and stops offering starting points inside it.
LEGAL_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|股份公司|集团|公司|控股"
                          r"|\([^()]*\))+$")
LEGAL_WORDS = frozenset({"co", "ltd", "limited", "inc", "corp", "corporation", "company",
                         "llc", "plc", "gmbh", "ag", "sa"})
_RUN = re.compile(r"[a-z]+|[0-9]+|[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Unit:
    """A character, or a Latin or digit run; ``readings[:common]`` are common readings,
    the first the likely one; the rest are rare. Latin and digit runs read as themselves."""

    chars: str
    readings: tuple[str, ...]
    common: int = 1
    han: bool = False  # a Chinese character (else a Latin or digit run)


@dataclass(frozen=True)
class Spelling:
    """A text as units; units from ``legal`` on are its legal form (有限公司, Co., Ltd.)."""

    units: tuple[Unit, ...]
    legal: int

    @property
    def latin(self) -> bool:
        return not any(u.han for u in self.units)


@lru_cache(maxsize=1)
def _pypinyin() -> ModuleType:
    """pypinyin with kadesk's place readings, imported on first use: its dictionaries
    take ~0.3 s to load, and only writing a row needs them."""
    import pypinyin

    pypinyin.load_phrases_dict({word: [[r] for r in readings]
                                for word, readings in PLACES.items()})
    return pypinyin


@lru_cache(maxsize=1)
def _standard() -> dict[int, str]:
    from pypinyin_dict.pinyin_data import ktghz2013

    return ktghz2013.pinyin_dict


@lru_cache(maxsize=16384)
def _char_readings(char: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Every reading pypinyin lists for ``char``, and the common (standard) ones."""
    pp = _pypinyin()
    every = tuple(dict.fromkeys(without_tones(r) for r in pp.pinyin(
        char, style=pp.Style.NORMAL, heteronym=True)[0]))
    standard = frozenset(without_tones(r) for r in _standard().get(ord(char), "").split(",") if r)
    return every, standard


@lru_cache(maxsize=65536)
def spell(text: str, person: bool = False) -> Spelling:
    """``text`` as units with their readings; ``person``: a person's name (surname first)."""
    typed = unicodedata.normalize("NFKC", text).casefold()
    simplified = T2S.convert(typed)
    aligned = typed if len(typed) == len(simplified) else simplified
    runs = [(m.group(), m.start()) for m in _RUN.finditer(simplified)]
    if not any(has_han(r) for r, _ in runs):
        words = [w for w in re.split(r"[^a-z0-9]+", compact(text)
                                     if not simplified.isascii() else simplified) if w]
        legal = len(words)
        while legal > 0 and words[legal - 1] in LEGAL_WORDS:
            legal -= 1
        return Spelling(tuple(Unit(w, (w,)) for w in words), legal or len(words))
    guesses = iter(_han_readings(simplified))
    surname = _surname(simplified) if person else ()
    units: list[Unit] = []
    han_index = 0
    for run, at in runs:
        if not has_han(run):
            units.append(Unit(run, (run,)))
            continue
        guess = next(guesses, run)
        every, standard = _char_readings(run)
        typed_char = aligned[at:at + 1]
        if typed_char not in ("", run) and has_han(typed_char):
            more, more_standard = _char_readings(typed_char)  # 乾 is qian, not only gan
            every, standard = every + more, standard | more_standard
        best = surname[han_index] if han_index < len(surname) else guess
        han_index += 1
        common = [best, *(r for r in every if r in standard and r != best)]
        rare = [r for r in every if r not in common]
        # The character as a query folds it, one at a time (沈 stays 沈; 沈靜 is not 沉静).
        chars = compact(typed_char) if typed_char else run
        units.append(Unit(chars, tuple(dict.fromkeys(common + rare)),
                          len(dict.fromkeys(common)), han=True))
    return Spelling(tuple(units), _legal_start(simplified, [at for _, at in runs]))


def _han_readings(simplified: str) -> list[str]:
    """pypinyin's phrase-aware reading of each Chinese character, in order; a character
    it does not know reads as itself. pypinyin reads a text word by word as its
    segmenter cuts it, so each word's reading is kept: names share most of their words
    (北京, 科技, 有限公司), and reading them was half the cost of writing a row."""
    from pypinyin.seg.simpleseg import seg

    _pypinyin()  # the place readings are loaded before the first cut
    han = "".join(c for c in simplified if has_han(c))
    return [reading for word in seg(han) for reading in _word_readings(word)]


@lru_cache(maxsize=16384)
def _word_readings(word: str) -> tuple[str, ...]:
    pp = _pypinyin()
    readings = pp.pinyin(word, style=pp.Style.NORMAL, errors=lambda chars: [[c] for c in chars])
    return tuple(without_tones(item[0]) for item in readings)


def _surname(simplified: str) -> tuple[str, ...]:
    for length in (2, 1):
        found = SURNAMES.get(simplified[:length])
        if found is not None and len(simplified) > length:
            return found
    return ()


def _legal_start(simplified: str, starts: list[int]) -> int:
    """The index of the first unit of the legal form (units start at ``starts`` in
    ``simplified``), or len(starts) when there is none or nothing would be left before it."""
    found = LEGAL_SUFFIX.search(simplified.strip())
    if found is None:
        return len(starts)
    first = next(i for i, at in enumerate([*starts, found.start()]) if at >= found.start())
    return first if 2 <= first < len(starts) else len(starts)
