"""A news round-up of many places' targets beside one place's review: each target is the
places' it names, of the indicator its paragraph compares; the review's place's targets are
judged, the others' listed apart.

The phrases are from a 河南 round-up of the 2023 targets of its cities
(http://news.he-nan.com.cn/tt/2023/0111/2443.html) and from 漯河's 2024 work report
(https://edutainingadventures.com/bhuazhong/10627.html) and 南阳日报 (29 March 2024).
"""

from __future__ import annotations

import json

import ykcheck
from ykcheck._extract.area import place_of, prefecture_named

CAT = ykcheck.load_catalogue()

ROUNDUP = (
    "眼下,随着河南各地市两会落幕,今年的GDP增长目标也纷纷出炉。\n"
    "生产总值增长,哪个地方目标最高?\n"
    "单从GDP增长目标来看,目标相对较高的是南阳市,其预期目标为“保8%、争9%”。其次,是周口市、"
    "新乡市,预期目标为“增长7.5%以上”,而商丘市的目标是“增长7.5%左右”。\n"
    "濮阳、漯河、三门峡、信阳的预期目标是“增长7%以上”;郑州、开封、洛阳以及平顶山、鹤壁、焦作、"
    "许昌、济源的目标一致,均是“增长7%”。\n"
    "而如果从“规模以上工业增加值”方面来比较,南阳市的目标比较靠前,为“增长11%左右”,新乡市的目标"
    "为“增长9%以上”。\n"
    "“增长8%以上”的地市有郑州、周口、信阳。而洛阳、开封、焦作、漯河、三门峡、商丘、许昌、济源等地"
    "的目标是“增长8%”。\n"
    "此外,从固定资产投资增长目标对比来看,南阳的目标依然不低,为“增长17%左右”,其次是新乡市,"
    "为“增长15%以上”。\n"
    "漯河市的目标为“增长11%以上”,洛阳、开封、焦作、濮阳、许昌的目标是“增长11%”。\n"
)
LUOHE_REVIEW = (
    "政 府 工 作 报 告\n——二〇二四年二月二十一日在漯河市第八届人民代表大会第三次会议上\n"
    "一、2023年工作回顾\n过去一年,高质量发展扎实推进,中国式现代化建设漯河实践迈出坚实步伐。\n"
    "(一)经济发展态势良好。全年生产总值增长5.4%、居全省第2位,规上工业"
    "增加值、固定资产投资、社会消费品零售总额分别增长7%、7.2%、7%,居全省第4、第5、第5位。\n"
)


EIGHT, GOAL_8 = "而洛阳、开封、焦作、漯河、三门峡、商丘、许昌、济源等地", "的目标是“增长8%”"


def _held(text: str) -> dict[str, list[tuple[str, str]]]:
    """The targets extracted from ``text``, by indicator: (value, comparator) each."""
    out: dict[str, list[tuple[str, str]]] = {}
    for c in ykcheck.extract(text):
        if c.role == "target":
            out.setdefault(c.indicator, []).append((str(c.value), c.comparator))
    return out


def test_each_figure_of_a_roundup_is_the_target_of_the_places_named_with_it():
    held = _held(ROUNDUP)
    # the places before it in its sentence, since the figure before
    assert held["漯河地区生产总值"] == [("7", ">=")]
    assert held["商丘地区生产总值"] == [("7.5", "~")]
    assert held["平顶山地区生产总值"] == [("7", ">=")]  # (以及平顶山)
    # of the indicator named last before it: the paragraph's
    assert held["漯河规上工业增加值"] == [("8", ">=")]
    assert held["漯河固定资产投资"] == [("11", ">=")]
    assert held["南阳固定资产投资"] == [("17", "~")]  # (南阳的目标依然不低,为“增长17%左右”)
    # the places listed after it (“增长8%以上”的地市有郑州、周口、信阳)
    assert held["周口规上工业增加值"] == [("8", ">=")]
    # a figure joined to the one before it holds for the same places (保8%、争9%)
    assert held["南阳地区生产总值"] == [("8", ">="), ("9", ">=")]
    # each as a growth (a rate of an amount)
    growth = {c.measure for c in ykcheck.extract(ROUNDUP) if c.role == "target"}
    assert growth == {"growth"}


def test_a_quoted_rate_is_a_figure_and_a_quoted_name_is_not():
    assert _held("南阳市的目标比较靠前,为“增长11%左右”。") != {}
    assert [c.value for c in ykcheck.extract("实施“8+4”工程,打造“141”城镇体系。")] == []


def test_a_report_of_one_place_that_names_another_places_figures_is_read_as_ever():
    text = "2023年主要预期目标:地区生产总值增长6%左右,郑州市GDP增长7%。"
    assert "郑州地区生产总值" not in _held(text)
    assert "地区生产总值" in _held(text)


def test_the_reviews_place_is_judged_and_the_others_listed_apart():
    report = ykcheck.compare(ROUNDUP, LUOHE_REVIEW, year=2023)
    got = {v.commitment.indicator: (v.status, v.commitment.quote) for v in report.verdicts}
    assert got == {
        "地区生产总值": ("missed", "濮阳、漯河、三门峡、信阳的预期目标是“增长7%以上”"),
        "规上工业增加值": ("missed", EIGHT + GOAL_8),
        "固定资产投资": ("missed", "漯河市的目标为“增长11%以上”"),
    }
    others = {c.indicator for c in report.elsewhere}
    assert "郑州地区生产总值" in others and "南阳固定资产投资" in others
    assert not any(c.indicator.startswith("漯河") for c in report.elsewhere)
    md = report.to_markdown()
    assert "## Targets of other places 其他地方的目标" in md
    assert "郑州地区生产总值" in md
    doc = json.loads(report.to_json())
    assert {"indicator": "郑州地区生产总值", "year": 2023} in [
        {k: t[k] for k in ("indicator", "year")} for t in doc["other_places_targets"]
    ]


def test_a_review_that_names_its_city_short_only_is_that_citys():
    review = (
        "当前的南阳,正高举习近平新时代中国特色社会主义思想伟大旗帜,认真践行习近平总书记视察河南"
        "视察南阳殷殷嘱托,紧扣省委省政府赋予南阳“三区一中心一高地”的战略定位。2023年,经济社会"
        "发展稳中有进,生产总值增长4.8%,高于全省0.7个百分点。"
    )
    assert prefecture_named(review) == "南阳市"
    plan = "单从GDP增长目标来看,目标相对较高的是南阳市,其预期目标为“保8%、争9%”。"
    statuses = [v.status for v in ykcheck.compare(plan, review, year=2023).verdicts]
    assert statuses == ["missed", "missed"]
    # a district's text that names its city twice is not the city's
    assert prefecture_named("广州各区2023年目标。广州11区区委书记定下目标。") is None


def test_a_word_of_location_is_no_place():
    """战略区位 (a 霞山区 news item's 霞山的战略区位优势) names no 战略区."""
    text = "海珠区两会召开。海珠区区长作报告,海珠的战略区位优势明显,战略区位优势突出。"
    assert place_of(text) == "海珠区"


def test_places_given_their_targets_respectively():
    """澎湃新闻 (thepaper.cn/newsDetail_forward_25085569): 宿迁和连云港两市提出的今年GDP增速预期
    目标分别是6.5%和7%: 6.5% is 宿迁's, 7% 连云港's."""
    text = "今年初,宿迁和连云港两市提出的今年GDP增速预期目标分别是6.5%和7%。"
    held = _held(text)
    assert held == {"宿迁地区生产总值": [("6.5", ">=")], "连云港地区生产总值": [("7", ">=")]}
    # (not places: 城镇和农村 keep their reading)
    text = "城镇和农村居民人均可支配收入目标分别增长6%和7%。"
    named = {c.indicator for c in ykcheck.extract(text)}
    assert named == {"城镇居民人均可支配收入", "农村居民人均可支配收入"}


def _statuses(plan: str, review: str) -> dict[str, str]:
    return {
        v.commitment.indicator: v.status for v in ykcheck.compare(plan, review, year=2023).verdicts
    }


COUNTY_PLAN = "2023年全县主要预期目标：地区生产总值增长7%，规模以上工业增加值增长8%。"


def test_what_a_review_of_the_roundup_rules_found():
    """A review of the change (old against new on realistic texts) found these read wrong."""
    # a county's review that names a nearby city three times is still the county's (the short
    # name of a prefecture is asked only beside a round-up)
    review = (
        "2023年，我县地区生产总值增长6.3%，规模以上工业增加值增长9.1%。主动融入郑州都市圈，"
        "承接郑州产业转移项目23个，郑州至我县城际公交开通运营。"
    )
    assert _statuses(COUNTY_PLAN, review) == {
        "地区生产总值": "missed",
        "规上工业增加值": "exceeded",
    }
    # a plan's own target whose name starts with a prefecture's word is judged, not set apart
    report = ykcheck.compare(
        "松原市2023年主要目标：吉林油田原油产量稳定在400万吨以上。",
        "松原市2023年工作回顾：吉林油田原油产量达到405万吨。",
        year=2023,
    )
    assert [v.status for v in report.verdicts] == ["met"] and report.elsewhere == ()
    # a rate quoted in a report's own words is no round-up's target (nor a false level)
    plan = "2023年全市主要预期目标：地区生产总值增长“6%左右”，一般公共预算收入增长5%。"
    assert [c.indicator for c in ykcheck.extract(plan)] == ["一般公共预算收入"]
    assert ykcheck.extract("我们提出“保6%、争7%”的奋斗目标") == []
    # the whole area's figure after the places is not theirs; nor a share of it
    text = (
        "从GDP增长目标看,郑州市的目标是“增长7%”,洛阳市的目标是“增长7%”,南阳市的目标是“增长8%”。"
        "支持郑州、洛阳、南阳加快发展,全省地区生产总值增长目标为6%左右。"
        "郑州、洛阳、南阳三市地区生产总值占全省比重目标达到40%。"
    )
    found = ykcheck.extract(text)
    assert [c.place for c in found] == ["郑州", "洛阳", "南阳", None, None]
    assert found[3].indicator == "地区生产总值"
    # a round-up's place is found in its paragraph's target words (其次是新乡市,为“…”)
    more = "从社会消费品零售总额增长目标看,郑州的目标为“增长8%”;其次是新乡市,为“增长7.5%”。"
    text = ROUNDUP + more
    assert _held(text)["新乡社会消费品零售总额"] == [("7.5", ">=")]
    # a year between the places and 分别
    text = "淄博、潍坊、烟台三市提出的2023年GDP增长预期目标分别是6%、6.5%和6%。"
    assert _held(text)["潍坊地区生产总值"] == [("6.5", ">=")]
    # done as planned is done
    for done in ("120个市重点项目按照计划完成投资152亿元", "市重点项目按年度计划完成投资152亿元"):
        assert {c.role for c in ykcheck.extract(done)} == {"outcome"}


def test_a_places_figure_named_by_the_place_alone_is_of_the_indicator_compared():
    """A news item on 广州's districts (compare/tune/yuexiu-2023): 天河区2023年GDP为6551.26亿 …
    越秀区则增长4.5%: 越秀区's growth of GDP, which answers 越秀区's plan (力争2023年GDP实现4.5%的
    增长, met); 开发区, 全县 are no places."""
    text = "天河区2023年GDP为6551.26亿,增长4.8%;越秀区则增长4.5%。"
    last = ykcheck.extract(text)[-1]
    assert (last.indicator, last.measure) == ("越秀区地区生产总值", "growth")
    text = "全市GDP增长5.1%,开发区则增长6.2%,全县增长5%。"
    assert not any(c.indicator.endswith("区地区生产总值") for c in ykcheck.extract(text))
