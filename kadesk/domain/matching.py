"""Matching a query against stored keys, and ranking what matched (docs/decisions.md, Search).

A query is what a rep types on a phone keyboard: Chinese characters, full pinyin,
initials and syllable prefixes, freely mixed (hw技术, huaweijs, zhaosyh), tones or
not (huá wéi, hua2wei2). It matches a name where its pieces, in order, consume the
name's units from one unit on: a character matches itself; letters match a whole
reading, the initial (h, or zh/ch/sh) of one, or, at the very end, any prefix of one.

``Query.fts`` is the FTS5 expression that finds every row that can match (a superset:
SQL narrows 20,000 rows to a few); ``rank`` decides and ranks each of those from
its ``search_units``. No pypinyin here: the syllable list below is all a query needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import orjson

from kadesk.domain.keys import SEP, UNIT
from kadesk.domain.text import compact, has_han, without_tones

# Every syllable of standard Mandarin (the readings of the 通用规范汉字字典, tones
# dropped, ü as v; tests/domain/test_matching.py holds it to that list).
_SYLLABLE_TEXT = """
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can
cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan
chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di
dia dian diao die ding diu dong dou du duan dui dun duo e en er fa fan fang fei fen feng fo
fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha
hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong
kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang
liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng
mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang
niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi
pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que
qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun
shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong
tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin
xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za
zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu
zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
"""
SYLLABLES = frozenset(_SYLLABLE_TEXT.split())
PREFIXES = frozenset(s[:i] for s in SYLLABLES for i in range(1, len(s) + 1))
# Fewer initials than this find a name only where it starts: 'zsh' inside a name is
# noise (and in 20,000 names, thousands of it).
START_INITIALS = 4
# Initials typed for a whole syllable besides its first letter (zhaosh = 招商).
DOUBLE_INITIALS = ("zh", "ch", "sh")
# Tone numbers after a syllable (hua2wei2); a digit elsewhere (P2024, 138…) stays.
_TONE_DIGIT = re.compile(r"(?<=[a-z])[1-5](?=[a-z]|$)")
_PIECE = re.compile(r"[a-z]+|[0-9]+|.")
# More ways to read a query than this add nothing but time.
MAX_PARSES = 16
FTS_MIN = 3  # the trigram index cannot look up fewer characters
# A phrase's every trigram costs a walk of its postings ("ng'" is in nearly every key):
# the first this many characters select well enough, and rank() decides the rest.
PHRASE_MAX = 10


# How a piece was matched: the likely reading, another common one, a rare one.
BEST, COMMON, RARE = 0, 1, 2
# Where a match is: the whole name (or its stem), its start, inside it, in its legal form.
EXACT, START, INSIDE, LEGAL = 0, 1, 2, 3


@dataclass(frozen=True)
class Piece:
    """Part of a parsed query: a character, a whole reading, an initial, or the last,
    possibly unfinished, syllable."""

    text: str
    kind: str  # "han", "full", "initial", "last"


@dataclass(frozen=True)
class Query:
    forms: tuple[str, ...]  # the query folded; and without tone numbers, if it had any

    @property
    def text(self) -> str:
        return self.forms[0]

    @property
    def short(self) -> bool:
        """One or two letters: matched at the start of a name only (as initials, 'hw' at
        the start of 华为; anywhere, they would match most of the list)."""
        return len(self.text) <= 2 and not has_han(self.text)

    def fts(self) -> str | None:
        """An FTS5 MATCH expression every possible match satisfies; None when the query
        is too short for the trigram index in some reading (then rows are scanned)."""
        alternatives: list[str] = []
        for form in self.forms:
            if self.short:
                phrases = [p for p in (SEP + UNIT + form, SEP + form) if len(p) >= FTS_MIN]
                alternatives += [_lookup(p) for p in phrases]
                continue
            # Typed as it is stored, from where a name or a unit starts: a Latin word
            # (merchants), the pinyin on into the legal form (huaweijishuyouxian).
            alternatives += [_lookup(p) for p in (SEP + form, UNIT + form) if len(p) > FTS_MIN]
            for pieces in parses(form):
                needed = _needed(pieces)
                if not needed:
                    return None
                alternatives.append("(" + " AND ".join(dict.fromkeys(
                    _lookup(p) for p in needed)) + ")")
        return " OR ".join(dict.fromkeys(alternatives)) or None

    def rank(self, units: str) -> Rank | None:
        """How well this query matches the row whose names are ``units`` (best of its
        forms), or None if it does not."""
        found = [r for r in (rank(units, form, self.short) for form in self.forms) if r]
        return min(found) if found else None


def phrase(text: str) -> str:
    """``text`` as an FTS5 phrase (matched as a substring by the trigram index)."""
    return '"' + text.replace('"', '""') + '"'


def _lookup(text: str) -> str:
    """A candidate phrase, its first PHRASE_MAX characters (see there)."""
    return phrase(text[:PHRASE_MAX])


def query(text: str) -> Query | None:
    """``text`` as a query, or None if nothing searchable is left (spaces, punctuation)."""
    folded = compact(without_tones(text))
    if not folded:
        return None
    forms = [folded]
    plain = _TONE_DIGIT.sub("", folded)
    if plain != folded and plain:
        forms.append(plain)
    return Query(tuple(forms))


@lru_cache(maxsize=256)
def parses(form: str) -> tuple[tuple[Piece, ...], ...]:
    """The ways ``form`` splits into pieces (at most MAX_PARSES, fewest pieces first)."""
    tokens = _PIECE.findall(form)
    done: list[tuple[Piece, ...]] = [()]
    for t, token in enumerate(tokens):
        last = t == len(tokens) - 1
        if not token.isalpha() or not token.isascii():
            ways: list[tuple[Piece, ...]] = [
                (Piece(token, "han" if has_han(token) else "last" if last else "full"),)]
        else:
            ways = list(_split(token, last))
        done = sorted((d + w for d in done for w in ways), key=len)[:MAX_PARSES]
    return tuple(done)


@lru_cache(maxsize=1024)
def _split(letters: str, last: bool) -> tuple[tuple[Piece, ...], ...]:
    """Ways to read a run of letters as syllables and initials; the end of the query
    may stop inside a syllable."""
    if not letters:
        return ((),)
    out: list[tuple[Piece, ...]] = []
    for size in range(min(6, len(letters)), 0, -1):
        head, rest = letters[:size], letters[size:]
        if not rest and last and head in PREFIXES:
            out.append((Piece(head, "last"),))
            continue
        kinds = (["full"] if head in SYLLABLES else []) + (
            ["initial"] if (size == 1 or head in DOUBLE_INITIALS) and head in PREFIXES else [])
        out += [(Piece(head, kind), *tail) for kind in kinds for tail in _split(rest, last)]
    return tuple(sorted(out, key=len)[:MAX_PARSES])


def start_only(initials: int, units: int, letters: int) -> bool:
    """Whether a match with ``initials`` of its ``units`` read from initials, for a query
    of ``letters`` letters and no character, may only start where a name starts: three
    letters with an initial among them, or fewer than START_INITIALS initials alone
    ('zsh' and 'z'+'sh' inside a name are noise, and in 20,000 names thousands of it)."""
    return initials > 0 and (letters <= 3 or initials == units < START_INITIALS)


def _needed(pieces: tuple[Piece, ...]) -> list[str]:
    """Phrases a match read as ``pieces`` must have in its key (FTS_MIN long or more):
    each run of characters and of whole syllables in separated form, and the initials
    (where a name starts, when the match must start there)."""
    initials = sum(p.kind == "initial" or (p.kind == "last" and len(p.text) == 1)
                   for p in pieces)
    if start_only(initials, len(pieces), sum(len(p.text) for p in pieces)) \
            and not any(p.kind == "han" for p in pieces):
        return [SEP + "".join(p.text[0] for p in pieces)]
    phrases: list[str] = []
    run: list[Piece] = []

    def close(closed: bool) -> None:
        if run:
            phrases.append(UNIT + UNIT.join(p.text for p in run) + (UNIT if closed else ""))
            run.clear()

    for piece in pieces:
        if run and (piece.kind == "han") != (run[-1].kind == "han"):
            close(True)
        if piece.kind == "initial":
            close(True)
            continue
        run.append(piece)
    close(pieces[-1].kind in ("han", "full"))
    stretch: list[str] = []
    for piece in [*pieces, Piece("", "han")]:
        if piece.kind == "han":
            if len(stretch) >= FTS_MIN:
                phrases.append("".join(stretch))
            stretch = []
        else:  # a run of digits is one unit, kept whole in the key's initials too
            stretch.append(piece.text if piece.text.isdigit() else piece.text[0])
    return [p for p in phrases if len(p) >= FTS_MIN]


# -- deciding and ranking ----------------------------------------------------------------

# A unit as stored: [chars, number of common readings, reading, reading…]; a name:
# [legal start, units] (keys.search_units).
StoredUnit = list[Any]


@dataclass(frozen=True)
class Name:
    """One name of a row, read back from ``search_units``: its units, where its legal
    form starts, the first letters each unit can start with, and ``room[i]``: the
    most letters units i… can take (a longer rest of a query cannot match there)."""

    legal: int
    units: list[StoredUnit]
    firsts: list[frozenset[str]]
    room: list[int]


@lru_cache(maxsize=65536)
def decode(units: str) -> tuple[Name, ...]:
    """``search_units`` read back, one Name a name."""
    names = []
    for legal, text in (orjson.loads(units) if units else []):
        room = [0] * (len(text) + 1)
        for i in range(len(text) - 1, -1, -1):
            room[i] = room[i + 1] + max(len(r) for r in (text[i][0], *text[i][2:]))
        firsts = [frozenset(r[:1] for r in (u[0], *u[2:])) for u in text]
        names.append(Name(legal, text, firsts, room))
    return tuple(names)


# Lower is better: (rare reading used, where, reading, initials used, -share of the name).
Rank = tuple[int, int, int, int, float]


@lru_cache(maxsize=65536)
def rank(units: str, form: str, short: bool = False) -> Rank | None:
    """How well ``form`` (a folded query) matches the row with ``units``; None if not.

    Best first: a match by common readings before one that needs a rare one; then the
    whole name (or its stem, or its initials) before its start, before inside it,
    before its legal form; the likely reading before another; whole syllables before
    initials; and a match covering more of its name first (hua: 华为 before 华美电子).
    """
    best: Rank | None = None
    first = form[:1]
    letters_only = not has_han(form)  # with a character in it, a query is specific enough
    for name in decode(units):
        legal, text = name.legal, name.units
        for start in range(1 if short else min(legal + 1, len(text))):
            if first not in name.firsts[start] or len(form) > name.room[start]:
                continue
            inside = start > 0 and letters_only
            found = _match(name, form, start, inside)
            if found is None:
                continue
            reading, initials, end, complete = found
            if inside and start_only(initials, end - start, len(form)):
                continue
            stem = legal if end <= legal else len(text)
            where = (EXACT if start == 0 and complete and end in (legal, len(text))
                     else START if start == 0 else INSIDE if start < legal else LEGAL)
            score = (int(reading >= RARE), where, reading, initials,
                     -round((end - start) / max(stem, 1), 3))
            if best is None or score < best:
                best = score
    return best


Way = tuple[int, int, int, bool]  # worst reading class, initials used, units up to, whole


def _match(name: Name, form: str, start: int, inside: bool) -> Way | None:
    """The best way ``form`` consumes units from ``start``, or None. ``inside`` a name a
    way start_only() refuses is worthless, so ways it may refuse come last: any with an
    initial (three letters or fewer), else those all of initials, the longest first
    ('sssh' in 乐乐上上上行 is s·s·s·h(ang), not s·s·sh(ang))."""
    memo: dict[tuple[int, int], Way | None] = {}
    text, room = name.units, name.room

    def order(o: Way, u: int) -> tuple[Any, ...]:
        plain = (o[0], o[1], -o[2])
        if not inside:
            return plain
        if len(form) <= 3:
            return (o[1] > 0, *plain)
        initials_only = o[1] == o[2] - u
        return (initials_only, -o[2] if initials_only else 0, *plain)

    def go(u: int, p: int) -> tuple[int, int, int, bool] | None:
        if (u, p) in memo:
            return memo[(u, p)]
        memo[(u, p)] = None
        if u >= len(text) or len(form) - p > room[u]:
            return None
        chars, common, *readings = text[u]
        rest = form[p:]
        options: list[Way] = []

        def then(q: int, cls: int, initial: int, whole: bool) -> None:
            if q == len(form):
                options.append((cls, initial, u + 1, whole))
                return
            found = go(u + 1, q)
            if found is not None:
                options.append((max(cls, found[0]), initial + found[1], found[2], found[3]))

        if rest.startswith(chars):
            then(p + len(chars), BEST, 0, True)
        for k, reading in enumerate(readings if not has_han(rest[:1]) else ()):
            cls = BEST if k == 0 else COMMON if k < common else RARE
            if rest.startswith(reading) and reading != chars:
                then(p + len(reading), cls, 0, True)  # and below: 'mad' is m·a·d too
            initials = {reading[:1], reading[:2] if reading[:2] in DOUBLE_INITIALS else ""}
            for initial in initials - {"", reading}:
                if rest == initial:
                    options.append((cls, 1, u + 1, True))
                elif rest.startswith(initial):
                    then(p + len(initial), cls, 1, True)
            if reading.startswith(rest) and rest not in initials and rest != reading:
                options.append((cls, 0, u + 1, False))
        found = min(options, key=lambda o: order(o, u), default=None)
        memo[(u, p)] = found
        return found

    return go(start, 0)
