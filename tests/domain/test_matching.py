"""Typing as a rep does on a phone (issue 17): whole-name pinyin, mixed input, tones,
readings of surnames and places, and the order results come in."""

from __future__ import annotations

import pytest
from pypinyin_dict.pinyin_data import ktghz2013

from kadesk.domain.keys import derived_aliases, sort_key
from kadesk.domain.matching import SYLLABLES, query
from kadesk.domain.text import without_tones
from tests.domain.matcher import finds, keyed

COMPANIES = ("华为技术有限公司", "招商银行股份有限公司", "中兴通讯股份有限公司",
             "重庆长安汽车股份有限公司", "海尔集团公司", "北京朝阳医院", "长沙益华电子有限公司",
             "上海立信服饰有限公司", "招商银行")


def test_the_syllable_list_is_the_standard_readings() -> None:
    plain = {without_tones(r) for v in ktghz2013.pinyin_dict.values() for r in v.split(",")}
    assert plain - {"m", "n", "ng", "hng", "hm"} == SYLLABLES
    assert without_tones("lǜ") == "lv" and without_tones("huá") == "hua"


@pytest.mark.parametrize(("name", "text"), [
    # 1. the whole name's pinyin and initials, legal form included, and key by key
    ("华为技术有限公司", "huaweijishuyouxiangongsi"), ("华为技术有限公司", "huaweijishuy"),
    ("华为技术有限公司", "huaweijishuyouxia"), ("华为技术有限公司", "hwjsyxgs"),
    ("华为技术有限公司", "hwjsy"), ("海尔集团公司", "jituan"), ("海尔集团公司", "haierjituan"),
    # 2. characters, syllables, initials and prefixes mixed
    ("华为技术有限公司", "hw技术"), ("华为技术有限公司", "华为js"),
    ("华为技术有限公司", "huaweijs"), ("华为技术有限公司", "hwjishu"),
    ("中兴通讯股份有限公司", "zx通讯"),
    ("招商银行股份有限公司", "zhaosyh"), ("招商银行股份有限公司", "招商yh"),
    ("重庆长安汽车股份有限公司", "cqchangan"), ("招商银行股份有限公司", "zhaoshyh"),
    ("招商银行股份有限公司", "zhaoshangy"),
    # 3. tones
    ("华为技术有限公司", "huá wéi"), ("华为技术有限公司", "hua2wei2"),
    ("华为技术有限公司", "HUÁWÉI"),
])
def test_company_found(name: str, text: str) -> None:
    assert finds(keyed(name), text)


@pytest.mark.parametrize(("name", "text"), [
    ("单田芳", "shantf"), ("单田芳", "shantianfang"), ("欧阳娜娜", "ouyangnn"),
    ("曾国藩", "zengguofan"),
    ("解晓东", "xiexiaodong"), ("区志航", "ouzhihang"), ("朴树", "piaoshu"), ("翟天临", "zhaitl"),
    ("缪杰", "miaojie"), ("查良镛", "zhaly"), ("仇英", "qiuying"), ("盖叫天", "gejiaotian"),
    ("尉迟恭", "yuchigong"), ("诸葛明远", "zgmy"), ("張偉", "zhangw"),
])
def test_person_found_by_the_surname_reading(name: str, text: str) -> None:
    assert finds(keyed(name, person=True), text)


@pytest.mark.parametrize(("name", "text"), [
    ("华为技术有限公司", "xiang"), ("华为技术有限公司", "xian"), ("华为技术有限公司", "si"),
    ("上海立信服饰有限公司", "hw"), ("华为技术有限公司", "js"), ("华为技术有限公司", "weihw"),
    ("华为技术有限公司", "uawei"),
])
def test_no_match_inside_a_syllable_legal_form_or_by_two_initials_inside(
        name: str, text: str) -> None:
    assert not finds(keyed(name), text)


@pytest.mark.parametrize(("name", "person", "reading"), [
    ("北京朝阳医院", False, "beijingchaoyangyiyuan"),
    ("长沙乐天服饰", False, "changshaletianfushi"),
    ("重庆银行", False, "chongqingyinhang"), ("厦门航空", False, "xiamenhangkong"),
    ("蚌埠", False, "bengbu"), ("长治", False, "changzhi"), ("单田芳", True, "shantianfang"),
    ("曾国藩", True, "zengguofan"), ("解晓东", True, "xiexiaodong"), ("区志航", True, "ouzhihang"),
    ("朴树", True, "piaoshu"), ("翟天临", True, "zhaitianlin"), ("缪杰", True, "miaojie"),
    ("查良镛", True, "zhaliangyong"), ("仇英", True, "qiuying"), ("盖叫天", True, "gejiaotian"),
    ("尉迟恭", True, "yuchigong"), ("单位", False, "danwei"),
])
def test_sort_keys_read_surnames_and_places_right(name: str, person: bool, reading: str) -> None:
    assert sort_key(name, person=person) == reading


def order(text: str, names: tuple[str, ...], person: bool = False) -> list[str]:
    from kadesk.domain.keys import search_units

    q = query(text)
    assert q is not None
    ranked = sorted((r, n) for n in names if (r := q.rank(search_units(n, person=person))))
    return [n for _, n in ranked]


def test_ranking_puts_the_whole_name_and_its_start_first() -> None:
    assert order("hua", ("华美电子科技有限公司", "益华服饰有限公司", "华为"))[0] == "华为"
    assert order("北京", ("上海北京路商贸有限公司", "北京华信电子科技有限公司", "北京朝阳医院"))[
        :2] == ["北京朝阳医院", "北京华信电子科技有限公司"]
    assert order("zsyh", COMPANIES)[:2] == ["招商银行", "招商银行股份有限公司"]
    assert order("xiang", ("华为技术有限公司", "相宜本草化妆品股份有限公司")) == [
        "相宜本草化妆品股份有限公司"]


def test_rare_readings_rank_last() -> None:
    assert order("zhuge", ("朱浩然", "诸葛明远"), person=True) == ["诸葛明远", "朱浩然"]
    # 长 read zhang is a common reading, but not this name's: 招商银行 first.
    assert order("zsyh", ("长沙益华电子有限公司", "招商银行股份有限公司")) == [
        "招商银行股份有限公司", "长沙益华电子有限公司"]
    assert order("zhang", ("单刚", "张敏", "長江"), person=True)[0] == "张敏"


@pytest.mark.parametrize(("name", "offered"), [
    ("招商银行股份有限公司", ["招行"]), ("中国银行股份有限公司", ["中行"]),
    ("中国工商银行股份有限公司", ["工行"]), ("上海浦东发展银行股份有限公司", ["浦发"]),
    ("厦门航空有限公司", ["厦航"]), ("中国东方航空股份有限公司", ["东航"]),
    ("长沙银行股份有限公司", []), ("四川航空股份有限公司", []), ("华为技术有限公司", []),
])
def test_abbreviations_offered_for_banks_and_airlines(name: str, offered: list[str]) -> None:
    assert derived_aliases(name) == offered
