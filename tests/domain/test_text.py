"""Search keys: whatever form of a name the rep types (traditional, pinyin, initials,
a fragment, full-width or upper case), the stored key of that name contains it."""

from __future__ import annotations

from collections.abc import Iterator

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin, pinyin

from kadesk.domain.keys import SEP, UNIT, pinyin_keys, pinyin_stem
from kadesk.domain.matching import START_INITIALS
from kadesk.domain.readings import spell
from kadesk.domain.records import AccountFields, ContactFields
from kadesk.domain.text import compact, fold, has_han
from kadesk.services.app import Kadesk
from tests.domain.matcher import finds
from tests.domain.matcher import keyed as search_key

S2T = opencc.OpenCC("s2t")
T2S = opencc.OpenCC("t2s")

# Characters seen in company and person names, including ones whose traditional form
# is ambiguous (干 发 后 里 面 台 只 沈 钟 系 松 准...).
HAN = (
    "中国华为技术有限公司银行长安汽车重庆乐朝阳发展后面里台只干着系统计算机电子通信服装"
    "医药广告设计电商制造业政府公共事业保险金融贸易货运北京上海广州深圳天津南京杭州武汉"
    "成都西安沈阳大连青岛厦门集团股份总部分工厂门店仓库张王李赵刘陈杨黄吴周徐孙马朱胡郭"
    "何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏吕丁任姚卢姜崔钟谭陆汪"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤"
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂乾松准历签须制适"
)
LATIN = "ABCXYZabcxyz0123456789"
PUNCT = " -·&（）()，,。./、"
POOL = HAN + LATIN + PUNCT

names = st.text(alphabet=POOL, min_size=1, max_size=14).filter(lambda s: compact(s) != "")
han_names = st.text(alphabet=HAN, min_size=1, max_size=10)

FAST = settings(max_examples=80, deadline=None)


def segments(key: str) -> list[str]:
    assert key.startswith(SEP) and key.endswith(SEP)
    return key[1:-1].split(SEP)


def findable(key: str, query: str) -> bool:
    """How the store matches (tests/domain/matcher.py): the query's FTS expression finds
    the key in a trigram index, and ranking the name's units accepts it."""
    return finds(key, query)


# -- folding -------------------------------------------------------------------


@FAST
@given(names)
def test_traditional_and_simplified_fold_alike(simplified: str) -> None:
    assert compact(S2T.convert(simplified)) == compact(simplified)


@FAST
@given(names)
def test_compact_is_idempotent_on_names(name: str) -> None:
    # A fragment copied out of a key must fold to itself, or typing it finds nothing.
    assert compact(compact(name)) == compact(name)


def test_case_and_width_fold() -> None:
    assert compact("ＡＢＣ") == compact("ABC") == compact("abc") == "abc"
    assert compact("ＴＣＬ 科技") == compact("tcl科技")
    assert fold("華為") == "华为"


def test_characters_that_are_also_traditional_keep_their_own_reading() -> None:
    # t2s turns a lone 乾 into 干 (gan); the name 张乾 is still zhangqian.
    key = search_key("张乾")
    assert findable(key, "zhangqian") and findable(key, "zq") and findable(key, "乾")
    assert findable(search_key("乾隆酒业"), "qianlong")
    assert findable(search_key("乾隆酒业"), "乾")


def test_surname_shen_survives_traditional_input() -> None:
    # 沈 is a surname, not the old form of 沉: 沈靜 must find the contact 沈静.
    assert findable(search_key("沈静"), "沈靜")
    assert findable(search_key("沈靜"), "沈静")
    assert findable(search_key("瀋陽機場"), "沈阳")


# -- what a key contains --------------------------------------------------------


@FAST
@given(names)
def test_key_contains_name_and_its_traditional_form(name: str) -> None:
    key = search_key(name)
    assert findable(key, name)
    assert findable(key, S2T.convert(name))
    assert findable(key, name.upper())


@FAST
@given(names, st.data())
def test_key_contains_every_fragment_of_the_name(name: str, data: st.DataObject) -> None:
    """Any run of the name that starts where a character or a Latin word starts (before
    its legal form; one or two letters only at the start)."""
    key = search_key(name)
    spelling = spell(name)
    starts = [0]
    for unit in spelling.units[: spelling.legal - 1]:
        starts.append(starts[-1] + len(unit.chars))
    folded = "".join(u.chars for u in spelling.units)
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.integers(start + 1, len(folded)))
    fragment = folded[start:end]
    if start > 0 and len(fragment) <= 2 and not has_han(fragment):
        return  # one or two letters find a name's start only
    if len(spelling.units[starts.index(start)].chars) >= end - start or has_han(fragment) \
            or start == 0:
        assert findable(key, fragment), fragment


@FAST
@given(han_names, st.data())
def test_key_contains_pinyin_initials_and_prefixes(name: str, data: st.DataObject) -> None:
    key = search_key(name)
    # The best reading: pypinyin's phrase-aware guess for the simplified name, less
    # any legal form at its end (有限公司 is found in characters, not in pinyin).
    readings = lazy_pinyin(T2S.convert(pinyin_stem(name)))
    full = "".join(readings)
    initials = "".join(r[0] for r in readings)
    assert findable(key, full)
    assert findable(key, initials)
    assert findable(key, full.upper())
    cut = data.draw(st.integers(1, len(full)))
    assert findable(key, full[:cut])
    assert findable(key, S2T.convert(name))


@pytest.mark.parametrize(("name", "stem"), [
    ("华为技术有限公司", "华为技术"), ("招商银行股份有限公司", "招商银行"), ("海尔集团", "海尔"),
    ("誠達醫藥（香港）有限公司", "誠達醫藥"), ("TCL科技集团股份有限公司", "TCL科技"),
    ("公司", "公司"), ("张伟", "张伟")])
def test_legal_forms_are_found_from_their_start(name: str, stem: str) -> None:
    assert pinyin_stem(name) == stem
    key = search_key(name)
    legal = name[len(stem):] or name
    assert findable(key, name) and findable(key, legal)
    assert findable(key, "".join(lazy_pinyin(T2S.convert(name))))  # the whole name's pinyin


def test_a_syllable_inside_the_legal_form_matches_no_company() -> None:
    key = search_key("华为技术有限公司")
    assert findable(key, "huawei") and findable(key, "hwjs") and findable(key, "youxian")
    assert not findable(key, "xiang") and not findable(key, "xian") and not findable(key, "si")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=20), min_size=1, max_size=3))
def test_key_segments_never_hold_the_separator(texts: list[str]) -> None:
    key = search_key(*texts)
    if not key:
        assert all(compact(t) == "" for t in texts)
        return
    parts = segments(key)
    assert all(parts), "no empty segment"
    assert len(parts) == len(set(parts)), "no duplicate segment"
    assert all(SEP not in compact(t) for t in texts)
    for t in texts:
        if compact(t):
            assert compact(t) in parts


def test_query_does_not_match_across_segments() -> None:
    key = search_key("华为")
    assert segments(key)[:5] == ["华为", "huawei", "'华'为'", "'hua'wei'", "hw"]
    assert not findable(key, "为hu")
    assert not findable(key, "weihw")
    assert SEP not in compact("华为|hw") and UNIT not in compact("hua'wei")


# -- polyphonic characters ------------------------------------------------------

POLYPHONIC = {
    "长": ("chang", "zhang"),
    "重": ("zhong", "chong"),
    "行": ("xing", "hang"),
    "乐": ("le", "yue"),
    "朝": ("chao", "zhao"),
}


def _readings(char: str) -> list[str]:
    return pinyin(char, style=Style.NORMAL, heteronym=True)[0]


# Characters with a single reading: the pinyin of a window of them is certain.
MONOPHONIC = "".join(c for c in dict.fromkeys(HAN) if len(_readings(c)) == 1)


def test_the_filler_pool_is_big_enough() -> None:
    assert len(MONOPHONIC) > 60
    for char, wanted in POLYPHONIC.items():
        assert set(wanted) <= set(_readings(char))


@pytest.mark.parametrize(
    ("name", "queries"),
    [
        ("长安汽车", ["changan", "zhangan", "caqc", "zaqc", "长安"]),
        ("长城", ["changcheng", "zhangcheng"]),
        ("重庆银行", ["zhongqing", "chongqing", "zqyh", "cqyh", "yinhang", "yinxing", "重慶"]),
        ("银行大厦", ["yinhang", "yinxing"]),
        ("行者科技", ["xingzhe", "hangzhe"]),
        ("乐视", ["leshi", "yueshi", "ls", "ys", "樂視"]),
        ("朝阳医院", ["chaoyang", "zhaoyang", "cyyy", "zyyy"]),
    ],
)
def test_polyphonic_names_findable_by_each_reading(name: str, queries: list[str]) -> None:
    key = search_key(name)
    for query in queries:
        assert findable(key, query), query


@FAST
@given(
    st.lists(st.text(alphabet=MONOPHONIC, max_size=4), min_size=2, max_size=4),
    st.lists(st.sampled_from(sorted(POLYPHONIC)), min_size=1, max_size=3),
)
def test_each_reading_of_a_polyphonic_char_is_findable(
    fillers: list[str], chars: list[str]
) -> None:
    """Every polyphonic character of a company-sized name, read either way, with its
    neighbours up to the next polyphonic character, is in the key (pinyin and initials)."""
    chars = chars[: len(fillers) - 1]
    name = fillers[0] + "".join(c + f for c, f in zip(chars, fillers[1:], strict=False))
    key = search_key(name)
    for i, char in enumerate(chars):
        before, after = fillers[i], fillers[i + 1]
        for reading in POLYPHONIC[char]:
            full = "".join(lazy_pinyin(before)) + reading + "".join(lazy_pinyin(after))
            initials = "".join(r[0] for r in lazy_pinyin(before)) + reading[0] + "".join(
                r[0] for r in lazy_pinyin(after))
            # Two letters, or initials alone fewer than four, find a name's start only.
            at_start = i == 0 and fillers[0] == before
            if len(full) > 2 or at_start:
                assert findable(key, full), (name, full)
            if len(initials) >= START_INITIALS or at_start:
                assert findable(key, initials), (name, initials)


def test_pinyin_keys_of_latin_only_names_are_empty() -> None:
    assert pinyin_keys("IBM") == ()
    assert search_key("IBM") == "|ibm|'ibm'|i|"
    assert segments(search_key("TCL科技")) == ["tcl科技", "tclkeji", "'tcl'科'技'",
                                             "'tcl'ke'ji'", "tclkj", "'tcl'ke'qi'", "tclkq"]


# -- end to end through the services ---------------------------------------------


@pytest.fixture(scope="module")
def search_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kadesk]:
    with Kadesk.open(tmp_path_factory.mktemp("search") / "kadesk.db") as opened:
        yield opened


@pytest.fixture(scope="module")
def named(search_app: Kadesk) -> dict[str, str]:
    return _fill(search_app)


def _fill(app: Kadesk) -> dict[str, str]:
    ids = {}
    for name in ("华为技术有限公司", "阿里巴巴网络技术有限公司", "长安汽车", "重庆银行",
                 "乐视网", "朝阳医院", "ＡＢＣ商贸"):
        ids[name] = app.accounts.create(AccountFields(name=name)).record.id
    for name in ("張偉", "李娜", "沈静"):
        ids[name] = app.contacts.create(
            ContactFields(account_id=ids["华为技术有限公司"], name=name)).record.id
    return ids


@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("hw", "华为技术有限公司"), ("huawei", "华为技术有限公司"), ("華為", "华为技术有限公司"),
        ("华为", "华为技术有限公司"), ("HUAWEI", "华为技术有限公司"), ("技术", "华为技术有限公司"),
        ("albb", "阿里巴巴网络技术有限公司"), ("changan", "长安汽车"), ("zhangan", "长安汽车"),
        ("長安", "长安汽车"), ("zhongqing", "重庆银行"), ("chongqing", "重庆银行"),
        ("yinxing", "重庆银行"), ("yueshi", "乐视网"), ("leshi", "乐视网"),
        ("chaoyang", "朝阳医院"), ("zhaoyang", "朝阳医院"), ("abc", "ＡＢＣ商贸"),
        ("ＡＢＣ", "ＡＢＣ商贸"), ("Abc", "ＡＢＣ商贸"),
        ("zhangwei", "張偉"), ("zw", "張偉"), ("张伟", "張偉"), ("張偉", "張偉"),
        ("沈靜", "沈静"), ("shenjing", "沈静"), ("ln", "李娜"),
    ],
)
def test_search_finds_by_every_form(
    search_app: Kadesk, named: dict[str, str], query: str, target: str
) -> None:
    hits = search_app.search(query)
    assert named[target] in {h.id for h in hits}, [h.title for h in hits]


def test_search_misses_unrelated_rows_and_ranks_prefixes_first(
    search_app: Kadesk, named: dict[str, str]
) -> None:
    app = search_app
    hits = app.search("huawei")
    assert [h.title for h in hits] == ["华为技术有限公司"]
    # Both 华为 and 阿里巴巴 contain 技术; the kind and order of hits is accounts first.
    tech = app.search("技术")
    assert {h.id for h in tech} == {named["华为技术有限公司"], named["阿里巴巴网络技术有限公司"]}
    assert app.search("   ") == []
    contact_hit = next(h for h in app.search("zhangwei") if h.kind == "contact")
    assert contact_hit.account_id == named["华为技术有限公司"]
    assert "华为技术有限公司" in contact_hit.subtitle_in("zh_CN")


def test_search_skips_trashed_rows(app: Kadesk) -> None:
    named = _fill(app)
    app.contacts.delete(named["張偉"])
    assert named["張偉"] not in {h.id for h in app.search("zhangwei")}
    app.accounts.delete(named["华为技术有限公司"])
    hits = app.search("hw") + app.search("lina")
    assert named["华为技术有限公司"] not in {h.id for h in hits}
    assert named["李娜"] not in {h.id for h in hits}, "contacts of a trashed account are hidden"
