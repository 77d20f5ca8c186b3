"""The indicator catalogue: its entries are valid and backed by real phrases, every name finds its
entry through the filler reports put around it, extraction names figures by it, pairing meets one
entry's aliases and keeps related entries apart, and a user file extends it."""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from itertools import permutations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ykcheck
from ykcheck import Commitment, Outcome, Target
from ykcheck._catalogue import FAMILIES, _trie, normalize, read, shipped
from ykcheck._text import fold

from .conftest import ROOT, TESTDATA

SHIPPED_FILE = ROOT / "src" / "ykcheck" / "catalogue" / "indicators.toml"
TABLES = tomllib.loads(SHIPPED_FILE.read_text(encoding="utf-8"))["indicator"]
PHRASES = tomllib.loads((TESTDATA / "indicator_phrases.toml").read_text(encoding="utf-8"))["phrase"]
CAT = ykcheck.load_catalogue()
ENTRIES = list(CAT)
NAMES = [(ind, name) for ind in ENTRIES for name in ind.names]

# the fields of an [[indicator]] table and the areas, as catalogue/README.md documents them
FIELDS = {"name", "en", "aliases", "measure", "family", "lower_is_better", "area", "related"}
OPTIONAL = {"related"}
AREAS = {
    "economy", "industry", "investment", "consumption", "trade", "finance", "innovation",
    "agriculture", "employment", "income", "prices", "environment", "energy", "social",
    "housing", "transport", "safety", "population",
}  # fmt: skip
CJK_RE = re.compile("[\u4e00-\u9fff]")


def _entry(name: str) -> ykcheck.Indicator:
    """The shipped entry of canonical name ``name`` (not through get: by its name field)."""
    (found,) = [ind for ind in ENTRIES if ind.name == name]
    return found


# -- the shipped entries -------------------------------------------------------------------------


def test_shipped_catalogue_has_every_entry_of_its_file():
    """The catalogue holds at least 80 entries, one for each [[indicator]] table of the file
    (none dropped by the reader), and load_catalogue() without a path is the shipped one."""
    assert len(TABLES) >= 80
    assert len(CAT) == len(TABLES)
    assert [ind.name for ind in CAT] == [t["name"] for t in TABLES]
    assert ykcheck.load_catalogue() is shipped()
    assert isinstance(CAT, ykcheck.Catalogue)
    assert all(isinstance(ind, ykcheck.Indicator) for ind in CAT)


@pytest.mark.parametrize("table", TABLES, ids=[t["name"] for t in TABLES])
def test_every_table_has_the_documented_fields(table):
    """Each table has the fields the README documents, and no other (the reader ignores an
    unknown key, so a misspelt ``alias`` or ``relate`` would be lost in silence), each of the
    documented type."""
    assert FIELDS - OPTIONAL <= set(table) <= FIELDS
    assert isinstance(table["name"], str) and table["name"].strip() == table["name"] != ""
    assert isinstance(table["aliases"], list)
    assert all(isinstance(a, str) and a.strip() == a != "" for a in table["aliases"])
    assert isinstance(table["lower_is_better"], bool)
    assert isinstance(table.get("related", []), list)


@pytest.mark.parametrize("ind", ENTRIES, ids=[ind.name for ind in ENTRIES])
def test_every_entry_is_valid(ind):
    """measure is level or growth, the family and area are documented ones, the English name is
    non-empty English, the names of an entry are distinct, and no name is a growth word's
    phrase (地区生产总值, not 地区生产总值增长) or starts with an area's filler (全市, 全县)."""
    assert ind.measure in ("level", "growth")
    assert ind.family in FAMILIES
    assert ind.area in AREAS
    assert ind.en.strip() and CJK_RE.search(ind.en) is None
    assert re.search("[A-Za-z]", ind.en)
    assert len(set(ind.names)) == len(ind.names)
    for name in ind.names:
        assert not name.endswith(("增长", "增速", "增幅", "下降", "降低", "提高")), name
        assert not name.startswith(("全市", "全县", "全区", "全省", "我市", "我县", "本市")), name


def test_no_name_is_shared_between_entries():
    """No alias is shared by two entries, and no alias is another entry's canonical name."""
    owner: dict[str, str] = {}
    for ind in ENTRIES:
        for name in ind.names:
            assert owner.setdefault(name, ind.name) == ind.name, (name, owner[name], ind.name)
    canonical = {ind.name for ind in ENTRIES}
    for ind in ENTRIES:
        assert not set(ind.aliases) & (canonical - {ind.name}), ind.name


def test_related_names_are_entries():
    """Every ``related`` name is another entry of the catalogue (never the entry itself), and
    the relations the README gives as examples are there."""
    canonical = {ind.name for ind in ENTRIES}
    for ind in ENTRIES:
        assert set(ind.related) <= canonical - {ind.name}, ind.name
    assert set(_entry("居民人均可支配收入").related) >= {
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    }
    assert "城镇登记失业率" in _entry("城镇调查失业率").related


@pytest.mark.parametrize(
    ("name", "measure", "family", "lower"),
    [
        ("地区生产总值", "growth", "money", False),
        ("城镇调查失业率", "level", "rate", True),
        ("城镇登记失业率", "level", "rate", True),
        ("居民消费价格涨幅", "level", "rate", True),
        ("单位GDP能耗", "growth", "rate", True),
        ("PM2.5平均浓度", "level", "concentration", True),
        ("不良贷款率", "level", "rate", True),
        ("城镇新增就业", "level", "persons", False),
        ("粮食产量", "level", "mass", False),
        ("森林覆盖率", "level", "rate", False),
        ("研发投入强度", "level", "rate", False),
    ],
)
def test_entries_say_what_their_indicator_is(name, measure, family, lower):
    """Hand-checked entries: unemployment, prices, energy intensity, pollution and bad loans are
    better lower; GDP is set as growth, unemployment and R&D intensity as levels."""
    ind = _entry(name)
    assert (ind.measure, ind.family, ind.lower_is_better) == (measure, family, lower)


# -- the phrases that back the names -------------------------------------------------------------


@pytest.mark.parametrize(("ind", "name"), NAMES, ids=[name for _, name in NAMES])
def test_every_name_is_backed_by_a_real_phrase(ind, name):
    """Each canonical name and alias has a phrase of a public page that writes it, recorded
    for the entry."""
    backing = [p for p in PHRASES if p["alias"] == name and p["indicator"] == ind.name]
    assert backing, f"no phrase backs {name!r} of {ind.name}"
    for p in backing:
        assert name in p["text"]
        assert p["url"].startswith(("http://", "https://"))


@pytest.mark.parametrize(
    "phrase", PHRASES, ids=[f"{i}-{p['alias']}" for i, p in enumerate(PHRASES)]
)
def test_every_phrase_refers_to_an_entry(phrase):
    """A phrase's indicator is an entry, its alias one of that entry's names, written in the
    phrase, and its url a web address."""
    assert set(phrase) == {"text", "url", "indicator", "alias"}
    assert phrase["alias"] in _entry(phrase["indicator"]).names
    assert phrase["alias"] in phrase["text"]
    assert re.match(r"https?://[^\s/]+\.[^\s/]+", phrase["url"]) or re.match(
        r"https?://[0-9.]+(:[0-9]+)?/", phrase["url"]
    )


@pytest.mark.parametrize(
    "phrase", PHRASES, ids=[f"{i}-{p['alias']}" for i, p in enumerate(PHRASES)]
)
def test_every_phrase_names_its_entry_in_the_catalogue(phrase):
    """Where a phrase writes its alias, the catalogue finds that entry there: the alias is not
    only part of a longer name of another entry (学位 of 义务教育学位)."""
    found = {f.indicator.name for f in CAT.find(fold(phrase["text"]))}
    assert phrase["indicator"] in found


# -- get: a name and its spellings ---------------------------------------------------------------


@pytest.mark.parametrize(("ind", "name"), NAMES, ids=[name for _, name in NAMES])
def test_get_maps_every_name_to_its_entry(ind, name):
    """get gives each name's own entry, written bare, with the filler of a report around it
    (全市…, 2024年全年…增长) and with white space inside."""
    assert CAT.get(name) is ind
    assert CAT.get(f"全市{name}") is ind
    assert CAT.get(f"2024年全县实现{name}增长") is ind
    assert CAT.get(f"我区{name}(初步核算)同比增长") is ind
    assert CAT.get(" ".join(name)) is ind


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("地區生產總值", "地区生产总值"),
        ("全縣地區生產總值", "地区生产总值"),
        ("規模以上工業增加值", "规上工业增加值"),
        ("社會消費品零售總額", "社会消费品零售总额"),
        ("城鎮調查失業率", "城镇调查失业率"),
        ("一般公共預算收入", "一般公共预算收入"),
        ("ＧＤＰ", "地区生产总值"),
        ("人均ＧＤＰ", "人均地区生产总值"),
        ("ＣＰＩ", "居民消费价格涨幅"),
        ("ＰＭ２．５", "PM2.5平均浓度"),
        ("５Ｇ基站", "5G基站"),
        ("全市\u3000地区生产总值", "地区生产总值"),
        ("地区生产总值（GDP）", "地区生产总值"),
        ("Ｒ＆Ｄ经费投入强度", "研发投入强度"),
    ],
)
def test_get_folds_traditional_and_full_width_spellings(spelling, name):
    """Names are compared after folding traditional characters and full-width forms (the
    module's docstring), and a remark in brackets is left out."""
    assert CAT.get(spelling) is _entry(name)


ASCII_NAMES = [(ind, n) for ind, n in NAMES if re.search("[0-9A-Za-z]", n)]


def _full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@pytest.mark.parametrize(
    ("ind", "name"),
    [(ind, n) for ind, n in ASCII_NAMES],
    ids=[n for _, n in ASCII_NAMES],
)
def test_get_finds_every_name_in_full_width(ind, name):
    """Every name with Latin letters or digits (GDP, PM2.5, 5G, R&D) is found written in
    full-width forms, as PDF extractions give them."""
    assert CAT.get(_full_width(name)) is ind


@pytest.mark.parametrize(
    "name",
    [
        "小蓝经开区地区生产总值",
        "高新区规上工业增加值",
        "城区常住人口",
        "地区",
        "增长",
        "",
        "新增海外仓",
    ],
)
def test_get_gives_none_for_what_is_not_an_entry(name):
    """get gives None for a name narrowed to a part (某某区…), a fragment of a name, nothing,
    or an indicator the catalogue lacks."""
    assert CAT.get(name) is None


def test_get_tells_apart_the_entries_a_name_narrows():
    """A narrower name names its own entry, not the wider one it contains."""
    pairs = {
        "城镇居民人均可支配收入": "城镇居民人均可支配收入",
        "农村居民人均收入": "农村居民人均可支配收入",
        "全体居民人均可支配收入": "居民人均可支配收入",
        "规模以上工业增加值": "规上工业增加值",
        "工业增加值": "工业增加值",
        "工业固定资产投资": "工业投资",
        "全社会固定资产投资": "固定资产投资",
        "民间固定资产投资": "民间投资",
        "人均GDP": "人均地区生产总值",
        "单位GDP能耗": "单位GDP能耗",
        "外贸出口": "出口",
        "外贸进出口总额": "进出口总额",
    }
    assert {n: CAT.get(n).name for n in pairs} == pairs


# -- find, related, nearest ----------------------------------------------------------------------


def test_find_gives_the_longest_names_in_text_order():
    """find gives every name in a (folded) text, the longest where names overlap (规模以上
    工业增加值, not 工业增加值 in it), with where each stands."""
    text = "全市规模以上工业增加值增长6%，工业投资增长10%，城镇居民人均可支配收入增长5%"
    got = [(f.indicator.name, f.start, f.end) for f in CAT.find(text)]
    assert got == [
        ("规上工业增加值", 2, 11),
        ("工业投资", 16, 20),
        ("城镇居民人均可支配收入", 26, 37),
    ]
    assert [f.indicator.name for f in CAT.find(text, 16)] == ["工业投资", "城镇居民人均可支配收入"]
    assert [f.indicator.name for f in CAT.find(text, 0, 20)] == ["规上工业增加值", "工业投资"]
    assert CAT.find("新增海外仓10个") == []


def test_ending_names_the_name_before_the_gap_words_that_end_a_text():
    """ending finds the catalogue name a clause ends with, with only the given words after it
    (增长, 达到 …), the longest there, and where it stands; none when other words follow."""
    gap = ("增长", "达到", "了")
    text = "全市规模以上工业增加值增长"
    found = CAT.ending(text, gap)
    assert found is not None
    assert (found.indicator.name, found.start, found.end) == ("规上工业增加值", 2, 11)
    found = CAT.ending("工业投资增长10%，城镇居民人均可支配收入达到", gap)
    assert found is not None and found.indicator.name == "城镇居民人均可支配收入"
    assert CAT.ending("地区生产总值占比", gap) is None  # 占比 is no gap word here
    assert CAT.ending("新增海外仓", gap) is None
    assert CAT.ending("", gap) is None


_WORDS = st.lists(st.text(alphabet="甲乙丙丁a+.", min_size=1, max_size=4), min_size=1, max_size=8)


@given(words=_WORDS, text=st.text(alphabet="甲乙丙丁a+.", max_size=8))
def test_a_trie_matches_as_the_longest_first_alternation(words, text):
    """The trie of a set of words matches, at any place of any text, exactly what the plain
    alternation of the words (the longest first) matches there."""
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(_trie(words))
    for at in range(len(text) + 1):
        a, b = plain.match(text, at), trie.match(text, at)
        assert (a and a.span()) == (b and b.span())


def test_related_is_both_ways():
    """related gives the entries either one names in ``related``: the parts of 居民人均可支配
    收入 and, from a part, the whole; an entry related to none gives []."""
    whole = _entry("居民人均可支配收入")
    names = {r.name for r in CAT.related(whole)}
    assert names >= {"城镇居民人均可支配收入", "农村居民人均可支配收入"}
    assert whole not in CAT.related(whole)
    assert whole in CAT.related(_entry("城镇居民人均可支配收入"))
    assert _entry("城镇调查失业率") in CAT.related(_entry("城镇登记失业率"))
    assert CAT.related(_entry("粮食播种面积")) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("规模以上工业增加", "规上工业增加值"),
        ("城镇调查失业", "城镇调查失业率"),
        ("社会消费品零售额", "社会消费品零售总额"),
        ("一般公共预算收人", "一般公共预算收入"),  # a typo: 人 for 入
    ],
)
def test_nearest_suggests_the_entry_meant(name, expected):
    """nearest puts first the entry a misspelt or cut name meant, and gives at most n distinct
    entries."""
    near = CAT.nearest(name)
    assert near and near[0] is _entry(expected)
    assert len(near) <= 3 and len(set(map(id, near))) == len(near)
    assert len(CAT.nearest(name, 1)) == 1


# -- extraction names figures by the catalogue ---------------------------------------------------

# (phrase text verbatim from tests/data/indicator_phrases.toml, the figure, the entry a reader
# sees it name, an entry it must not be taken for, the page)
NAMING = [
    ("全市生产总值增长6%-6.5%", "6%", "地区生产总值", "人均地区生产总值",
     "http://dzb.whb.cn/html/2019-01/28/content_750741.html"),
    ("一季度,全县实现地区生产总值56.82亿元,增长4.6%", "56.82", "地区生产总值", None,
     "https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html"),
    ("一季度,全县实现地区生产总值56.82亿元,增长4.6%", "4.6", "地区生产总值", None,
     "https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html"),
    ("生产总值达到4.72万亿元,增长5%", "4.72", "地区生产总值", None,
     "https://www.antpedia.com/news/13/n-3124913.html"),
    ("全年实现地区生产总值(GDP)439.19亿元", "439.19", "地区生产总值", None,
     "https://tjgb.hongheiku.com/xjtjgb/xj2020/41104.html"),
    ("国内生产总值增长5%左右", "5%", "地区生产总值", None,
     "https://x56846.com/news/HVQLPUGV0530NLC9"),
    ("人均地区生产总值为19967元", "19967", "人均地区生产总值", "地区生产总值",
     "https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html"),
    ("人均生产总值达到17万元", "17", "人均地区生产总值", "地区生产总值",
     "https://xwsj.org/toutiao/19034.html"),
    ("规上工业增加值增长6.5%", "6.5", "规上工业增加值", "工业增加值",
     "https://news.fznews.com.cn/fzyw/20260121/KV7VbdD6Yy.shtml"),
    ("其中规模以上工业增加值增长7.2%", "7.2", "规上工业增加值", "工业增加值",
     "https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html"),
    ("1-10月份完成规模工业增加值10764万元", "10764", "规上工业增加值", "工业增加值",
     "http://www.ahqy.gov.cn/OpennessContent/show/962092.html"),
    ("全县工业增加值增长6.0%", "6.0", "工业增加值", "规上工业增加值",
     "https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html"),
    ("全县实现规上工业总产值1564.97亿元", "1564.97", "规上工业总产值", "规上工业增加值",
     "http://dsnews.zjol.com.cn/dsnews/system/2025/08/01/035018506.shtml"),
    ("全年社会消费品零售总额9205.55亿元,比上年增长12.9%", "9205.55", "社会消费品零售总额", None,
     "http://cn.chinagate.cn/reports/2015-03/09/content_34999611_13.htm"),
    ("全年社会消费品零售总额9205.55亿元,比上年增长12.9%", "12.9", "社会消费品零售总额", None,
     "http://cn.chinagate.cn/reports/2015-03/09/content_34999611_13.htm"),
    ("限额以上社会消费品零售额完成4.99亿元,增速16.1%", "4.99", "限额以上社会消费品零售额",
     "社会消费品零售总额", "https://www.jiaxian.gov.cn/contents/53925/438435.html"),
    ("城镇居民人均可支配收入69410元,增长3.2%", "69410", "城镇居民人均可支配收入",
     "居民人均可支配收入", "http://www.tonglu.gov.cn/art/2025/6/26/art_1535183_59028907.html"),
    ("城镇居民人均可支配收入增长 13%", "13", "城镇居民人均可支配收入", "居民人均可支配收入",
     "https://www.xiaomilidoc.com/p-13484186.html"),
    ("城镇常住居民人均可支配收入10063元,增长5.2%", "10063", "城镇居民人均可支配收入",
     "居民人均可支配收入",
     "https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html"),
    ("农村常住居民人均可支配收入4974元,增长6.6%", "4974", "农村居民人均可支配收入",
     "居民人均可支配收入",
     "https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html"),
    ("农村居民人均可支配收入45071元,增长5.2%", "45071", "农村居民人均可支配收入",
     "居民人均可支配收入", "http://www.tonglu.gov.cn/art/2025/6/26/art_1535183_59028907.html"),
    ("农村居民人均收入完成19437元,增幅7.5%", "19437", "农村居民人均可支配收入",
     "居民人均可支配收入",
     "https://changzhi.gov.cn/xxgkml/zfxxgkml/szfgzbm/snywyh/czsrmzf/ndjh_3413/202304/t20230403_2730931.shtml"),
    ("全年全体居民人均可支配收入60925元", "60925", "居民人均可支配收入",
     "城镇居民人均可支配收入", "http://www.tonglu.gov.cn/art/2025/6/26/art_1535183_59028907.html"),
    ("全省居民人均可支配收入12372元", "12372", "居民人均可支配收入", "城镇居民人均可支配收入",
     "http://gzxc.todcy.cn/xwfbt/system/2022/07/18/018184732.shtml"),
    ("城镇调查失业率5.5%左右,城镇新增就业70万人以上", "5.5", "城镇调查失业率",
     "城镇登记失业率", "https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm"),
    ("城镇调查失业率5.5%左右,城镇新增就业70万人以上", "70", "城镇新增就业", None,
     "https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm"),
    ("城镇登记失业率控制在4%以内", "4%", "城镇登记失业率", "城镇调查失业率",
     "https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2013-01/25/content_189109.htm?div=-1"),
    ("新增城镇就业 91.6 万人", "91.6", "城镇新增就业", None,
     "http://baijiadoc.com/doc/a31odjvnxs"),
    ("全市一般公共预算收入1144.4亿元,同比增长6.3%", "1144.4", "一般公共预算收入",
     "一般公共预算支出",
     "https://cz.tj.gov.cn/zwgk_53713/zfxxgk/fdzdgknr_x/tjxx/202408/t20240801_6689272.html"),
    ("地方一般公共预算收入增长5%", "5%", "一般公共预算收入", None,
     "http://dzb.whb.cn/html/2019-01/28/content_750741.html"),
    ("全市一般公共预算支出1025.5亿元", "1025.5", "一般公共预算支出", "一般公共预算收入",
     "https://czj.gz.gov.cn/zzzs/zdlyxxgk/content/post_9663016.html"),
    ("其中:地方税收收入865.4亿元,同比增长2.8%", "865.4", "税收收入", "一般公共预算收入",
     "https://cz.tj.gov.cn/zwgk_53713/zfxxgk/fdzdgknr_x/tjxx/202408/t20240801_6689272.html"),
    ("全县固定资产投资增长9.7%", "9.7", "固定资产投资", None,
     "https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html"),
    ("全社会固定资产投资增长8%左右", "8%", "固定资产投资", None,
     "http://m.86917.com/baoji/4214.html"),
    ("其中:工业投资同比增长55.9%", "55.9", "工业投资", "固定资产投资",
     "http://www.ruyuan.gov.cn/zwgk/tjxx/content/post_2243237.html"),
    ("工业固定资产投资同比增长9%", "9%", "工业投资", "固定资产投资",
     "http://m.yun.jxntv.cn/c/ZXVLUUE2UXZhVnFaYTBPbUl2K1dTUT09.html"),
    ("其中,民间固定资产投资281027亿元,同比增长7.7%", "281027", "民间投资", "固定资产投资",
     "https://dedicated.wallstreetcn.com/flipboard/articles/3647341"),
    ("实现进出口总额8794.9亿元,增长14.3%", "8794.9", "进出口总额", "出口",
     "https://epaper.jhnews.com.cn/jhrb//jhrbpaper/pc/con/202501/27/content_495972.html"),
    ("预计进出口增长13%,其中出口增长13.9%", "13%", "进出口总额", "出口",
     "https://xwsj.org/toutiao/19034.html"),
    ("预计进出口增长13%,其中出口增长13.9%", "13.9", "出口", "进出口总额",
     "https://xwsj.org/toutiao/19034.html"),
    ("其中外贸出口7719.2亿元、增长16.4%", "7719.2", "出口", "进出口总额",
     "https://epaper.jhnews.com.cn/jhrb//jhrbpaper/pc/con/202501/27/content_495972.html"),
    ("外贸进出口总额增长12%左右", "12%", "进出口总额", "出口",
     "http://www.ycqclp.cn/peizichaoguwang/325698.html"),
    ("跨境电商进出口1.22万亿元,增长10.5%", "1.22", "跨境电商进出口", "进出口总额",
     "http://www.cnnewsinfo.com/202409/9o5453.html"),
    ("实际使用外资增长60.1%", "60.1", "实际利用外资", None,
     "http://www.rarb.cn/html/2025-02/24/content_489148.htm"),
    ("全市万元GDP能耗降低率6.07%", "6.07", "单位GDP能耗", "地区生产总值",
     "http://www.cs0799.com/forum.php?goto=lastpost&mod=redirect&tid=864"),
    ("全市居民消费价格总水平(CPI)同比上涨1.2%", "1.2", "居民消费价格涨幅", None,
     "http://wfwb.wfnews.com.cn/content/20170315/Articel07005EL.htm"),
    ("全年居民消费价格指数(CPI)上涨0.2%", "0.2", "居民消费价格涨幅", None,
     "http://duomi32.cn/_domi@/index_body.php?qZ=QI.html"),
    ("2022年,我国研发经费投入强度达到2.55%", "2.55", "研发投入强度", "研发经费投入",
     "http://hafop.siujk-suratijinusahajasakonstruksi.com/news/09a799981.html"),
    ("初步测算,2022年我国研发经费投入达30870亿元", "30870", "研发经费投入", "研发投入强度",
     "http://hafop.siujk-suratijinusahajasakonstruksi.com/news/09a799981.html"),
    ("全社会研发投入占地区生产总值比重达到2.1%以上", "2.1", "研发投入强度", "地区生产总值",
     "http://www.dayuanhong.com/a/henanzixun/2020/0820/198530.html"),
    ("全年粮食总产量46695吨", "46695", "粮食产量", None,
     "https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html"),
]  # fmt: skip


def _naming_id(row: tuple[str, str, str, str | None, str]) -> str:
    return f"{row[2]}-{row[1]}-{row[0][:10]}"


def test_naming_phrases_are_phrases_of_the_data_file():
    """Each phrase named below is a phrase of indicator_phrases.toml, at its url, recorded there
    for the entry expected of it (a phrase with two figures has a record for each)."""
    records = {(p["text"], p["url"], p["indicator"]) for p in PHRASES}
    for text, figure, expected, _, url in NAMING:
        assert text.count(figure) == 1, (text, figure)
        assert (text, url, expected) in records, text
    assert len({row[0] for row in NAMING}) >= 15


# rows the code names otherwise: (text, figure) -> why
# a period before the name narrows it: a figure of 1-10月 is not the year's, and is not named
# as the annual indicator (it must not answer a target for the year)
PERIOD_ROWS = {("1-10月份完成规模工业增加值10764万元", "10764")}


@pytest.mark.parametrize(
    ("text", "figure", "expected", "other", "url"),
    [pytest.param(*row, id=_naming_id(row)) for row in NAMING],
)
def test_extract_names_the_figure_of_a_real_phrase(text, figure, expected, other, url):
    """The figure of a real phrase is named as the catalogue names what the phrase measures,
    filler (全市, 全年实现, 其中) and aliases (生产总值, 规模工业增加值, 实际使用外资) brought
    to the canonical name, and not as a neighbouring entry (城镇 not 居民人均可支配收入, 工业投资
    not 固定资产投资, 出口 not 进出口总额)."""
    at = text.index(figure)
    found = [c for c in ykcheck.extract(text) if c.span[0] <= at < c.span[1]]
    assert found, f"no candidate for {figure} in {text} ({url})"
    if (text, figure) in PERIOD_ROWS:
        assert expected not in {c.indicator for c in found}
        return
    assert {c.indicator for c in found} == {expected}
    if other is not None:
        assert CAT.get(other) is not None and other != expected


def test_extract_with_the_shipped_catalogue_given_is_the_default():
    """extract(text, catalogue=the shipped one) names as extract(text) does."""
    text = "全市生产总值增长6%-6.5%，实际使用外资增长60.1%，城镇居民人均可支配收入69410元"
    assert ykcheck.extract(text, catalogue=CAT) == ykcheck.extract(text)
    assert [c.indicator for c in ykcheck.extract(text)] == [
        "地区生产总值",
        "实际利用外资",
        "城镇居民人均可支配收入",
    ]


# -- pairing by the catalogue --------------------------------------------------------------------


def _commitment(indicator: str, year: int = 2024) -> Commitment:
    target = Target("threshold", ">=", Decimal(6), "percent", "growth")
    return Commitment("c1", year, "area", indicator, f"{indicator}增长6%", "plan", target)


def _outcome(indicator: str, value: str = "6.5", year: int = 2024) -> Outcome:
    return Outcome(
        indicator, year, f"{indicator}增长{value}%", "review", Decimal(value), "percent", "growth"
    )


@pytest.mark.parametrize(
    ("plan", "review", "entry"),
    [
        ("地区生产总值", "GDP", "地区生产总值"),
        ("全市生产总值", "国内生产总值", "地区生产总值"),
        ("GDP", "经济总量", "地区生产总值"),
        ("规模以上工业增加值", "规模工业增加值", "规上工业增加值"),
        ("社零总额", "社会消费品零售总额", "社会消费品零售总额"),
        ("城镇常住居民人均可支配收入", "城市居民人均可支配收入", "城镇居民人均可支配收入"),
        ("全体居民人均可支配收入", "居民收入", "居民人均可支配收入"),
        ("全社会固定资产投资", "固定资产投资", "固定资产投资"),
        ("实际使用外资", "实际利用外资", "实际利用外资"),
        ("外贸进出口总额", "进出口", "进出口总额"),
        ("地方一般公共预算收入", "一般公共预算收入", "一般公共预算收入"),
        ("研发经费投入强度", "R&D经费投入强度", "研发投入强度"),
    ],
)
def test_match_pairs_two_aliases_of_one_entry(plan, review, entry):
    """A commitment named by one alias is paired with an outcome named by another alias of the
    same entry, and the pairing says it was the catalogue's entry."""
    c, o = _commitment(plan), _outcome(review)
    (m,) = ykcheck.match([c], [o])
    assert m.situation == "paired" and m.outcome == o
    assert m.pairing is not None
    assert (m.pairing.method, m.pairing.entry) == ("catalogue", entry)


@pytest.mark.parametrize(
    "ind", [ind for ind in ENTRIES if ind.aliases], ids=[i.name for i in ENTRIES if i.aliases]
)
def test_match_pairs_every_two_names_of_an_entry(ind):
    """For every entry, any of its names in a plan meets any other in a review."""
    for a, b in permutations(ind.names, 2):
        (m,) = ykcheck.match([_commitment(a)], [_outcome(b)])
        assert m.situation == "paired", (a, b)
        assert m.pairing is not None and m.pairing.entry == ind.name, (a, b)


@pytest.mark.parametrize(
    ("plan", "review"),
    [
        ("居民人均可支配收入", "城镇居民人均可支配收入"),
        ("全体居民人均可支配收入", "农村常住居民人均可支配收入"),
        ("城镇调查失业率", "城镇登记失业率"),
        ("城镇登记失业率", "城镇调查失业率"),
        ("固定资产投资", "工业投资"),  # a part of the whole (湖南 2023: gold incomparable)
        ("进出口总额", "出口"),  # (陕西 2018)
    ],
)
def test_match_never_pairs_related_entries(plan, review):
    """Related entries (a whole and its parts, one rate measured two ways) never pair: where
    the review reports only the related figure, the commitment is incomparable with that figure
    named, not paired with it."""
    o = _outcome(review)
    (m,) = ykcheck.match([_commitment(plan)], [o])
    assert m.outcome is None and m.pairing is None
    assert m.situation == "incompatible"
    assert m.alternatives == (o,)


def test_match_no_related_entry_pairs_in_the_whole_catalogue():
    """For every entry and each entry it names related, no pair is made: incomparable."""
    pairs = [(ind, CAT.get(name)) for ind in ENTRIES for name in ind.related]
    assert len(pairs) >= 4
    for ind, r in pairs:
        assert r is not None, ind.name
        (m,) = ykcheck.match([_commitment(ind.name)], [_outcome(r.name)])
        assert m.outcome is None, (ind.name, r.name)
        assert m.situation == "incompatible", (ind.name, r.name)


def test_match_takes_the_entry_over_a_related_one():
    """With both the part and the whole reported, 城镇居民人均可支配收入 is paired with its own
    figure (written by an alias), never with the whole's."""
    own, whole = (
        _outcome("城镇常住居民人均可支配收入", "5.1"),
        _outcome("居民人均可支配收入", "6.3"),
    )
    (m,) = ykcheck.match([_commitment("城镇居民人均可支配收入")], [whole, own])
    assert m.situation == "paired" and m.outcome == own


@pytest.mark.parametrize(
    ("plan", "review"),
    [
        ("工业增加值", "规上工业增加值"),
        ("工业投资", "固定资产投资"),  # the whole does not answer a part's target
        ("民间固定资产投资", "固定资产投资"),
        ("出口", "进出口总额"),
        ("城镇居民人均可支配收入", "居民人均可支配收入"),
        ("出口", "进口"),
        ("一般公共预算收入", "一般公共预算支出"),
        ("地区生产总值", "人均地区生产总值"),
        ("研发投入强度", "研发经费投入"),
        ("社会消费品零售总额", "限额以上社会消费品零售额"),
        ("进出口总额", "跨境电商进出口"),
    ],
)
def test_match_never_pairs_two_entries(plan, review):
    """Two entries with alike names (收入 and 支出, 进出口 and 出口, a whole and a narrower
    quantity) are not one indicator: unreported, not paired."""
    (m,) = ykcheck.match([_commitment(plan)], [_outcome(review)])
    assert (m.situation, m.outcome, m.pairing) == ("unreported", None, None)


# -- a user's catalogue --------------------------------------------------------------------------

USER = """
[[indicator]]
name = "海外仓"
en = "Overseas warehouses"
aliases = ["境外仓", "海外仓库"]
measure = "level"
family = "count"
lower_is_better = false
area = "trade"
"""


@pytest.fixture
def user_file(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(USER, encoding="utf-8")
    return path


def test_a_user_file_extends_the_shipped_catalogue(user_file):
    """load_catalogue(path) is the shipped catalogue and the file's entries: the new names are
    found by get, the shipped ones still are, and the shipped catalogue is left as it was."""
    cat = ykcheck.load_catalogue(user_file)
    assert len(cat) == len(CAT) + 1
    new = cat.get("全市境外仓")
    assert new is not None and (new.name, new.measure, new.family) == ("海外仓", "level", "count")
    assert cat.get("海外仓库") is new and cat.get("海外仓") is new
    assert cat.get("GDP").name == "地区生产总值"
    assert CAT.get("境外仓") is None and len(CAT) == len(TABLES)
    assert ykcheck.load_catalogue(str(user_file)).get("境外仓").name == "海外仓"


def test_extract_and_match_use_the_catalogue_given(user_file):
    """extract(..., catalogue=) names a figure by the user's entry, and match(..., catalogue=)
    pairs two of its aliases; the shipped catalogue does neither."""
    cat = ykcheck.load_catalogue(user_file)
    text = "全市境外仓达到12个"
    (mine,) = ykcheck.extract(text, catalogue=cat)
    assert mine.indicator == "海外仓"
    assert all(c.indicator != "海外仓" for c in ykcheck.extract(text))
    c = Commitment(
        "c1", 2024, "trade", "境外仓", "境外仓10个", "plan",
        Target("threshold", ">=", Decimal(10), "个"),
    )  # fmt: skip
    o = Outcome("海外仓库", 2024, "海外仓库12个", "review", Decimal(12), "个")
    (m,) = ykcheck.match([c], [o], catalogue=cat)
    assert m.outcome == o and m.pairing.method == "catalogue" and m.pairing.entry == "海外仓"
    (m,) = ykcheck.match([c], [o])
    assert m.outcome is None


def test_compare_uses_the_catalogue_given(user_file):
    """compare(..., catalogue=) pairs a plan's 境外仓 with a review's 海外仓库 by the user's
    entry."""
    cat = ykcheck.load_catalogue(user_file)
    plan = "2024年主要目标：境外仓达到10个以上。"
    review = "2024年，全市海外仓库达到12个。"
    report = ykcheck.compare(plan, review, year=2024, catalogue=cat)
    (v,) = [v for v in report.verdicts if v.commitment.target.value == 10]
    assert v.outcome is not None and v.outcome.value == 12


def test_a_user_entry_of_a_shipped_name_replaces_it(tmp_path):
    """An entry of the same name as a shipped one replaces it (Catalogue.extended): its names
    are the user's, not merged with the shipped ones, and the count is unchanged."""
    path = tmp_path / "gdp.toml"
    path.write_text(
        '[[indicator]]\nname = "地区生产总值"\nen = "GDP, redefined"\n'
        'aliases = ["GDP", "地区GDP"]\nmeasure = "growth"\nfamily = "money"\n'
        'lower_is_better = false\narea = "economy"\n',
        encoding="utf-8",
    )
    cat = ykcheck.load_catalogue(path)
    assert len(cat) == len(CAT)
    new = cat.get("地区GDP")
    assert new is not None and new.en == "GDP, redefined"
    assert cat.get("GDP") is new and cat.get("全市地区生产总值") is new
    assert cat.get("经济总量") is None  # a shipped alias the user's entry does not keep
    assert [ind for ind in cat if ind.name == "地区生产总值"] == [new]
    assert CAT.get("GDP").en == "Gross regional product (GDP)"


def test_a_user_entry_reusing_a_shipped_alias_is_named_one_way(tmp_path):
    """A user entry of a new name that writes a shipped alias (GDP) is either refused or names
    that alias the same way in get and in find (extraction uses both)."""
    path = tmp_path / "clash.toml"
    path.write_text(
        '[[indicator]]\nname = "国民生产总值"\nen = "Gross national product"\n'
        'aliases = ["GDP"]\nmeasure = "growth"\nfamily = "money"\narea = "economy"\n',
        encoding="utf-8",
    )
    try:
        cat = ykcheck.load_catalogue(path)
    except ykcheck.DataError:
        return
    (found,) = cat.find("GDP")
    assert cat.get("GDP") is found.indicator


def test_a_user_entry_may_relate_to_a_shipped_one(tmp_path):
    """A user entry may name a shipped entry in ``related`` (the catalogue it extends has it)."""
    path = tmp_path / "related.toml"
    path.write_text(
        '[[indicator]]\nname = "城镇居民人均消费支出"\nen = "Urban per-capita spending"\n'
        'aliases = []\nmeasure = "growth"\nfamily = "money"\narea = "consumption"\n'
        'related = ["居民人均生活消费支出"]\n',
        encoding="utf-8",
    )
    cat = ykcheck.load_catalogue(path)
    assert cat.get("城镇居民人均消费支出") in cat.related(cat.get("居民人均生活消费支出"))


# -- a user's catalogue with problems ------------------------------------------------------------


BAD_ENTRIES = """
[[indicator]]
name = "海外仓"
en = "Overseas warehouses"
measure = "level"
family = "count"

[[indicator]]
name = "境外园区"
en = "Overseas parks"
measure = "level"
family = "count"
related = ["没有的指标"]

[[indicator]]
name = "境外投资"
en = "Outward investment"
measure = "rate"

[[indicator]]
name = "境外工程"
en = "Overseas projects"
family = "money2"

[[indicator]]
en = "An entry without a name"

[[indicator]]
name = "外贸企业"
aliases = "进出口企业"
"""


def test_every_problem_of_a_user_file_is_reported_at_once(tmp_path):
    """A catalogue file with several bad entries raises one DataError (a YkcheckError and a
    ValueError) listing each, with the file and the $.path of the table."""
    path = tmp_path / "bad.toml"
    path.write_text(BAD_ENTRIES, encoding="utf-8")
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load_catalogue(path)
    err = info.value
    assert isinstance(err, ykcheck.YkcheckError) and isinstance(err, ValueError)
    paths = {p.path: p for p in err.problems}
    assert set(paths) == {
        "$.indicator[1].related",
        "$.indicator[2].measure",
        "$.indicator[3].family",
        "$.indicator[4]",
        "$.indicator[5].aliases",
    }
    assert all(p.file == str(path) for p in err.problems)
    assert "没有的指标" in paths["$.indicator[1].related"].message
    assert "'rate'" in paths["$.indicator[2].measure"].message
    assert "money" in (paths["$.indicator[3].family"].hint or "")
    assert str(path) in str(err) and "5 problems" in str(err)


def test_a_related_problem_points_at_its_own_table(tmp_path):
    """The $.path of a bad ``related`` is its table's index in the file, after a bad entry too."""
    path = tmp_path / "bad.toml"
    path.write_text(
        '[[indicator]]\nname = "甲"\nmeasure = "rate"\n\n'
        '[[indicator]]\nname = "乙"\nrelated = ["丙"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load_catalogue(path)
    assert {p.path for p in info.value.problems} == {
        "$.indicator[0].measure",
        "$.indicator[1].related",
    }


def test_a_field_of_the_wrong_type_is_a_problem(tmp_path):
    """lower_is_better = "false" (a string, not a boolean) is reported, not read as true."""
    path = tmp_path / "typed.toml"
    path.write_text(
        '[[indicator]]\nname = "海外仓"\nen = "Overseas warehouses"\nmeasure = "level"\n'
        'family = "count"\nlower_is_better = "false"\n',
        encoding="utf-8",
    )
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load_catalogue(path)
    assert [p.path for p in info.value.problems] == ["$.indicator[0].lower_is_better"]


def test_malformed_toml_is_a_data_error_naming_the_file(tmp_path):
    """A catalogue that is not TOML raises DataError naming the file and what is wrong."""
    path = tmp_path / "broken.toml"
    path.write_text('[[indicator]]\nname = "海外仓\n', encoding="utf-8")
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load_catalogue(path)
    (p,) = info.value.problems
    assert p.file == str(path)
    assert "not valid TOML" in p.message
    assert str(path) in str(info.value)


def test_malformed_toml_is_located_by_line(tmp_path):
    """A TOML syntax error in a catalogue says its line, as a data file's does (Problem.line)."""
    path = tmp_path / "broken.toml"
    path.write_text('[[indicator]]\nname = "海外仓"\n[[indicator]\n', encoding="utf-8")
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load_catalogue(path)
    (p,) = info.value.problems
    assert (p.file, p.line) == (str(path), 3)
    assert str(p).startswith(f"{path}:3")


@pytest.mark.parametrize(
    "content",
    [None, b"\xff\xfe\x00name"],
    ids=["missing", "not-utf8"],
)
def test_an_unreadable_catalogue_is_a_data_error(tmp_path, content):
    """A catalogue file that does not exist, or is not UTF-8 text, raises DataError naming it."""
    path = tmp_path / "nowhere.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ykcheck.DataError, match="cannot read the catalogue") as info:
        ykcheck.load_catalogue(path)
    assert info.value.problems[0].file == str(path)


def test_read_and_a_catalogue_built_by_hand():
    """read gives the entries of a catalogue's text; a Catalogue of Indicators built by hand
    finds them by name, and extended leaves the catalogue it extends as it was."""
    (ind,) = read(USER)
    assert ind == ykcheck.Indicator(
        "海外仓", "Overseas warehouses", ("境外仓", "海外仓库"), "level", "count", False, "trade"
    )
    assert ind.names == ("海外仓", "境外仓", "海外仓库")
    cat = ykcheck.Catalogue([ind])
    assert len(cat) == 1 and list(cat) == [ind]
    assert cat.get("2024年全市境外仓") is ind and cat.get("GDP") is None
    more = cat.extended([ykcheck.Indicator("跨境电商进出口", "Cross-border e-commerce")])
    assert len(more) == 2 and len(cat) == 1
    assert ykcheck.Catalogue([]).find("地区生产总值") == []


# -- properties ----------------------------------------------------------------------------------

PREFIXES = ["全市", "全县", "全区", "全省", "我市", "本县", "全年", "2024年", "2023年度", "实现",
            "完成", "预计", "力争", "确保", "其中", "累计", "年末"]  # fmt: skip
GROWTH = ["增长", "增速", "增幅", "同比", "比上年", "较上年", "为", "达", "总量", "分别"]
REMARKS = ["", "(GDP)", "（初步核算）", "(%)", "（亿元）"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(NAMES),
    st.lists(st.sampled_from(PREFIXES), max_size=3),
    st.lists(st.sampled_from([" ", "\u3000", "\n", "\t"]), max_size=2),
    st.sampled_from(REMARKS),
    st.sampled_from(["", "的"]),
    st.lists(st.sampled_from(GROWTH), max_size=3),
    st.sampled_from(REMARKS),
)
def test_filler_around_a_name_leaves_its_entry(pair, prefixes, spaces, remark, of, growth, last):
    """Any run of the filler reports write before a name (全市, 2024年, 实现), with white space
    about, and after it a remark, growth words (的增长, 同比增长, 增速为) and a remark again
    (地区生产总值(GDP)同比增长(%)) leave get's entry as it is."""
    ind, name = pair
    after = remark + (of + "".join(growth) if growth else "") + last
    phrase = "".join(prefixes) + "".join(spaces) + name + after
    assert CAT.get(phrase) is ind


@pytest.mark.parametrize(
    "text", ["能源消费总量的增长(%)", "经济总量的增速(%)", "增长(%)", "为(GDP)", "(（注）)全市GDP"]
)
def test_normalize_is_idempotent(text):
    """normalize(normalize(s)) == normalize(s): a name normalized is normalized (a table's
    能源消费总量的增长(%), a label that is only noise, remarks nested)."""
    assert normalize(normalize(text)) == normalize(text)


@pytest.mark.parametrize(
    ("name", "filler"),
    [
        ("2024年预计", True), ("全年", True), ("", True), ("预计地区生产总值", False),
        ("增长", True), ("全省", False), ("全国", False), ("去年", False), ("年末", False),
    ],
)  # fmt: skip
def test_a_name_of_filler_says_nothing(name, filler):
    """A name of years and words of time or doing only names nothing: the figure takes the name
    before it; a name of another area or year (全省增长5.8%) says whose figure it is."""
    from ykcheck._catalogue import is_filler

    assert is_filler(name) is filler
