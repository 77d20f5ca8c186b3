"""The families of figures real reports write, read from real phrases of other places' public
reports (each with the URL it was read from): ranks, doubling and multiples, hedged and ranged
results as intervals, falls with a minus sign, figures shared by several indicators, relative
statements, page noise, roles in mixed texts, traditional characters, and units as people
write them. The expectations were written by hand from the meaning of each phrase."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ykcheck
from ykcheck import Commitment, Outcome
from ykcheck._text import squash

from .conftest import ROOT

TUNE = ROOT / "benchmarks" / "eval" / "extract" / "tune"

# (phrase, where it was read, [(value, unit, role, measure, hedge, upper, indicator or None)])
# `where` is a tune excerpt of the evaluation set (whose text holds the phrase verbatim) or a URL
Reading = tuple[str, str, str, str, str, str | None, str | None]
PHRASES: list[tuple[str, str, list[Reading]]] = [
    # ranks: a place in a league table is its own quantity, smaller is better
    (
        "上半年贵州完成生产总值3780亿元,同比增长10.8%,排名全国第2。",
        "guizhou_2014_midyear_ranks_news",
        [
            ("3780", "亿元", "outcome", "level", "exact", None, None),
            ("10.8", "percent", "outcome", "growth", "exact", None, None),
            ("2", "位次", "outcome", "level", "exact", None, None),
        ],
    ),
    (
        "入选“全国县域经济强县”,列全省第8位。",
        "jinxian_2019_review",
        [("8", "位次", "outcome", "level", "exact", None, None)],
    ),
    (
        "南昌县跃居第19名,较去年上升2名,",
        "nanchangxian_2021_ranks_news",
        [
            ("19", "位次", "outcome", "level", "exact", None, None),
            ("2", "位次", "outcome", "growth", "exact", None, None),  # a move of two places
        ],
    ),
    # a rank names what it ranks (its growth, 增速), never the indicator itself; one rank
    # given to a list of indicators is each one's; the league it is counted in is no figure
    (
        "2024年地区生产总值、第二产业增加值、社会消费品零售总额增速排名全市县区第一,",
        "huangyuan_2025_review_ranks",
        [
            ("1", "位次", "outcome", "level", "exact", None, "地区生产总值增速位次"),
            ("1", "位次", "outcome", "level", "exact", None, "第二产业增加值增速位次"),
            ("1", "位次", "outcome", "level", "exact", None, "社会消费品零售总额增速位次"),
        ],
    ),
    (
        "经济指标综合排名中,我县由二季度的第12位上升到第6位",
        "fangxian_2018_q3_ranks_news",
        [
            ("12", "位次", "outcome", "level", "exact", None, None),
            ("6", "位次", "outcome", "level", "exact", None, None),
        ],
    ),
    # 均 before a rank that names nothing: the rank of each figure listed before it, once each;
    # a rank after a growth is the rank of that growth
    (
        "社会消费品零售总额增长13.1%、公路运输总周转量增长28.4%,均排名全国第1;规模以上工业增加值增长"
        "11.6%,排名全国第6;",
        "guizhou_2014_midyear_ranks_news",
        [
            ("13.1", "percent", "outcome", "growth", "exact", None, "社会消费品零售总额"),
            ("28.4", "percent", "outcome", "growth", "exact", None, "公路运输总周转量"),
            ("1", "位次", "outcome", "level", "exact", None, "社会消费品零售总额增速位次"),
            ("1", "位次", "outcome", "level", "exact", None, "公路运输总周转量增速位次"),
            ("11.6", "percent", "outcome", "growth", "exact", None, "规上工业增加值"),
            ("6", "位次", "outcome", "level", "exact", None, "规上工业增加值增速位次"),
        ],
    ),
    # doubling and multiples
    (
        "到2017年,預期全省地區生產總值和城鄉居民人均收入比2010年翻一番以上。",
        "heilongjiang_2013_fiveyear_targets_trad",
        [("2", "倍", "target", "level", "at_least", None, None)],
    ),
    (
        "去年达到18278亿元,比2005年翻了一番多,升至全国第七位。",
        "liaoning_2011_review_multiples",
        [
            ("18278", "亿元", "outcome", "level", "exact", None, None),
            ("2", "倍", "outcome", "level", "over", None, None),
            ("7", "位次", "outcome", "level", "exact", None, None),
        ],
    ),
    (
        "累计达到5.1万亿元,是“十五”的4.2倍,名列全国前茅。",
        "liaoning_2011_review_multiples",
        [
            ("5100000000000", "元", "outcome", "level", "exact", None, None),
            ("4.2", "倍", "outcome", "level", "exact", None, None),
        ],
    ),
    # hedged and ranged results: intervals
    (
        "回引创业主体近1.5万家,带动就业2万余人。",
        "zhenxiong_2024_returnees_news",
        [
            ("15000", "家", "outcome", "level", "near", None, None),
            ("20000", "人", "outcome", "level", "over", "30000", None),
        ],
    ),
    (
        "带动就业4800余人,实现交易额10余亿元。",
        "zhenxiong_2024_returnees_news",
        [
            ("4800", "人", "outcome", "level", "over", "4900", None),
            ("10", "亿元", "outcome", "level", "over", "20", None),
        ],
    ),
    (
        "围绕“十四五”末回引返乡创业就业7万到10万人的目标,",
        "zhenxiong_2024_returnees_news",
        [("70000", "人", "target", "level", "range", None, None)],  # a target: its first end
    ),
    # falls written with a minus sign, and negative levels
    (
        "固定资产投资预计完成38.7亿元,增长-18.9%;",
        "beilin_2025_review_minus",
        [
            ("38.7", "亿元", "outcome", "level", "estimate", None, "固定资产投资"),
            ("-18.9", "percent", "outcome", "growth", "estimate", None, "固定资产投资"),
        ],
    ),
    (
        "死亡率为9.39‰;自然增长率为-3.93‰。",
        "songyuan_2024_communique",
        [
            ("9.39", "permille", "outcome", "level", "exact", None, None),
            ("-3.93", "permille", "outcome", "level", "exact", None, None),
        ],
    ),
    # an amount after the year before is named is a change, with its sign: not the level
    (
        "油料作物种植面积5.72万亩,比上年减少0.07万亩;",
        "xiangcheng_2021_communique_table",
        [
            ("57200", "亩", "outcome", "level", "exact", None, "油料作物种植面积"),
            ("-700", "亩", "outcome", "growth", "exact", None, "油料作物种植面积"),
        ],
    ),
    # and after the year's end (比上年末减少2.9万人): a change of a stock
    (
        "年末全市常住人口817.1万人,比上年末减少2.9万人;",
        "fuyang_2022_communique_cpi_table",
        [
            ("8171000", "人", "outcome", "level", "exact", None, "常住人口"),
            ("-29000", "人", "outcome", "growth", "exact", None, "常住人口"),
        ],
    ),
    # no change from the year before, in words: a growth of 0 (about 0 when 基本持平)
    (
        "夏粮种植面积67.63万亩,与上年基本持平;",
        "xiangcheng_2021_communique_table",
        [
            ("676300", "亩", "outcome", "level", "exact", None, "夏粮种植面积"),
            ("0", "percent", "outcome", "growth", "about", None, "夏粮种植面积"),
        ],
    ),
    (
        "居住价格与上年持平",
        "songyuan_2024_communique",
        [("0", "percent", "outcome", "growth", "exact", None, "居住价格")],
    ),
    # one figure for several indicators, several for several; a second 分别 clause that names
    # nothing gives its figures to the names of the first
    (
        "城镇和农村居民人均可支配收入分别达34525元、18352元,分别增长8.5%、9%",
        "jinxian_2019_review",
        [
            ("34525", "元", "outcome", "level", "exact", None, "城镇居民人均可支配收入"),
            ("18352", "元", "outcome", "level", "exact", None, "农村居民人均可支配收入"),
            ("8.5", "percent", "outcome", "growth", "exact", None, "城镇居民人均可支配收入"),
            ("9", "percent", "outcome", "growth", "exact", None, "农村居民人均可支配收入"),
        ],
    ),
    # the words before a list (预计, 全市) are none of its first name's
    (
        "预计城镇、农村居民人均可支配收入分别增长4.6%、5.8%",
        "https://chizhou.gov.cn/SpecialTopic/opennessShow/ghlt/1715113.html",
        [
            ("4.6", "percent", "outcome", "growth", "estimate", None, "城镇居民人均可支配收入"),
            ("5.8", "percent", "outcome", "growth", "estimate", None, "农村居民人均可支配收入"),
        ],
    ),
    # a 分别 clause with no list before it gives its figures to the two its sentence named
    (
        "财政总收入达到540.6亿元,其中地方财政收入316.1亿元,分别增长10.2%和10.1%",
        "http://bankipay.com/html/110144.html",
        [
            ("540.6", "亿元", "outcome", "level", "exact", None, "财政总收入"),
            ("316.1", "亿元", "outcome", "level", "exact", None, "地方财政收入"),
            ("10.2", "percent", "outcome", "growth", "exact", None, "财政总收入"),
            ("10.1", "percent", "outcome", "growth", "exact", None, "地方财政收入"),
        ],
    ),
    (
        "交通通信、食品烟酒、衣着价格分别下降3.8%、1.8%、0.5%,",
        "songyuan_2024_communique",
        [
            ("-3.8", "percent", "outcome", "growth", "exact", None, "交通通信"),
            ("-1.8", "percent", "outcome", "growth", "exact", None, "食品烟酒"),
            ("-0.5", "percent", "outcome", "growth", "exact", None, "衣着价格"),
        ],
    ),
    (
        "城鄉居民人均可支配收入分別增長6%左右、6%以上,實現預期目標。",
        "shanxi_2017_review_vs_targets_trad",
        [
            ("6", "percent", "outcome", "growth", "about", None, "城镇居民人均可支配收入"),
            ("6", "percent", "outcome", "growth", "at_least", None, "农村居民人均可支配收入"),
        ],
    ),
    # relative statements in text
    (
        "农村贫困人口减少130万,居民收入增长与经济增长基本同步,",
        "yunnan_2019_target_vs_result_news",
        [
            ("1300000", "", "outcome", "level", "exact", None, None),
            ("0", "percent", "outcome", "growth", "exact", None, "居民人均可支配收入"),
        ],
    ),
    # page furniture is no figure
    (
        "内容来源:辽宁日报 发布时间:2026年03月06日 浏览次数:79次",
        "liaoning_2026_highlights_news",
        [],
    ),
    # a scanned book's page numbers and its year (秀洲年鉴, compare/tune/xiuzhou-2022's plan)
    (
        "Page 226 - 秀洲年鉴2022\nP. 226",
        "https://dfz.zj.gov.cn/zlyz/ossfs/h5/NJ-Z-330411-2021-004-0101/files/basic-html/page226.html",
        [],
    ),
    # a communiqué's table printed a column at a time under a head of spaced columns: the
    # labels, then each column's figures, each in its column's unit
    (
        "指标 2023年(亿元) 比上年增长(%)\n地区生产总值\n\n第一产业\n\n第二产业\n\n第三产业\n\n"
        "684.10\n\n16.81\n\n187.79\n\n479.50\n\n5.4\n\n3.2\n\n1.0\n\n7.4",
        "qingbaijiang_2024_communique_opening_flattened_table",
        [
            ("684.10", "亿元", "outcome", "level", "exact", None, "地区生产总值"),
            ("16.81", "亿元", "outcome", "level", "exact", None, "第一产业"),
            ("187.79", "亿元", "outcome", "level", "exact", None, "第二产业"),
            ("479.50", "亿元", "outcome", "level", "exact", None, "第三产业"),
            ("5.4", "percent", "outcome", "growth", "exact", None, "地区生产总值"),
            ("3.2", "percent", "outcome", "growth", "exact", None, "第一产业"),
            ("1.0", "percent", "outcome", "growth", "exact", None, "第二产业"),
            ("7.4", "percent", "outcome", "growth", "exact", None, "第三产业"),
        ],
    ),
    # a change word that opens its clause after 分别 makes each figure of its list a change
    (
        "3个县(市)区人口减少,依次为:如东县、如皋市和启东市,分别减少115977人、28618人和5212人。",
        "nantong_2021_census_district_table",
        [
            ("3", "个", "outcome", "level", "exact", None, None),
            ("-115977", "人", "outcome", "growth", "exact", None, None),
            ("-28618", "人", "outcome", "growth", "exact", None, None),
            ("-5212", "人", "outcome", "growth", "exact", None, None),
        ],
    ),
    # a link to the next page, a session's number, the base of an index
    ("上一条:《政府工作报告》摘要(二):十七届", "mouding_2022_results_news_noise", []),
    ("上年同期=100 |", "xiangcheng_2021_communique_table", []),
    # a speed a line is built for, the time since: no figures of the year
    ("倍。长客公司时速\n400\n公里高速动车组即将下线", "jilin_2020_review_linebroken", []),
    ("克服国内汽车市场\n28\n年以来首次下滑", "jilin_2020_review_linebroken", []),
    # roles decided by the sentence: a promise beside what was done
    (
        "去年《政府工作報告》承諾了城鎮新增就業1100萬人以上的目標,實際全年城鎮新增就業1361萬人",
        "http://big5.taiwan.cn/xwzx/PoliticsNews/201903/t20190303_12143697.htm",
        [
            ("11000000", "人", "target", "level", "at_least", None, None),
            ("13610000", "人", "outcome", "level", "exact", None, None),
        ],
    ),
    # a sentence that opens a list of goals sets targets, whatever the results around it
    (
        "社会消费品零售总额2203.4亿元,增速居珠三角第一;外贸进出口总额3937.5亿元,增速居珠三角第二。\n"
        "今年,该市经济社会发展的主要预期目标是:地区生产总值增长6%左右;社会消费品零售总额增长6%;",
        "https://ex.chinadaily.com.cn/exchange/partners/82/rss/channel/cn/columns/j3u3t6/stories/"
        "WS67b7da18a310510f19ee8149.html",
        [
            ("2203.4", "亿元", "outcome", "level", "exact", None, "社会消费品零售总额"),
            ("1", "位次", "outcome", "level", "exact", None, None),
            ("3937.5", "亿元", "outcome", "level", "exact", None, None),
            ("2", "位次", "outcome", "level", "exact", None, None),
            ("6", "percent", "target", "growth", "about", None, "地区生产总值"),
            ("6", "percent", "target", "growth", "exact", None, "社会消费品零售总额"),
        ],
    ),
    # a list of the year's promises opened by its count (这十件民生实事分别是:): each a target,
    # whatever its verb (完成, 建成)
    (
        "這十件民生實(shí)事分別是:完成秦南路南小河橋至花船子3.4公里道路拓寬改造工程;"
        "完成城南片區(qū)棚戶區(qū)改造500套,建成公共租賃住房634套;",
        "qinan_2015_promises_news_trad",
        [
            ("3.4", "公里", "target", "level", "exact", None, None),
            ("500", "套", "target", "level", "exact", None, None),
            ("634", "套", "target", "level", "exact", None, None),
        ],
    ),
    # the figure before 的年度目标 is the goal's, whatever the words before it say
    (
        "全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务",
        "ningbo_2019_livelihood_done_vs_targets_news",
        [
            ("48", "所", "outcome", "level", "exact", None, None),
            ("40", "所", "target", "level", "exact", None, None),
        ],
    ),
    # a heading of what was done against the main targets is a review's (主要目标完成情况); 塌目标
    # is a gap below the goal, as 低于目标 is
    (
        "(一)主要目标完成情况\n2023年上半年,全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个"
        "百分点;规模以上工业增加值同比增长10.1%,高于目标2.1个百分点;",
        "guandu_2023_midyear_plan_execution_vs_target",
        [
            ("806", "亿元", "outcome", "level", "exact", None, "地区生产总值"),
            ("3.2", "percent", "outcome", "growth", "exact", None, "地区生产总值"),
            ("-1.8", "百分点", "outcome", "level", "exact", None, None),
            ("10.1", "percent", "outcome", "growth", "exact", None, "规上工业增加值"),
            ("2.1", "百分点", "outcome", "level", "exact", None, None),
        ],
    ),
    # a stretch figure after a target's floor is of the same growth (东莞 2023)
    (
        "GDP增长5.5%以上、争取达到6%",
        "http://www.rudangshu.cn/shenghuo/3039841.html",
        [
            ("5.5", "percent", "target", "growth", "at_least", None, "地区生产总值"),
            ("6", "percent", "target", "growth", "exact", None, "地区生产总值"),
        ],
    ),
    # a progress report's planned quantity: right after 年计划, or before what is done of it
    (
        "初步预计,荔城地区生产总值635亿元,完成年计划710亿元的89.4%",
        "licheng_2023_plan_execution",
        [
            ("635", "亿元", "outcome", "level", "estimate", None, None),
            ("710", "亿元", "target", "level", "exact", None, None),
            ("89.4", "percent", "outcome", "level", "estimate", None, None),
        ],
    ),
    (
        "1-12月份,完成投资77.57亿元,投资完成率122.6%。圆满完成年度目标任务。其中:\n"
        "省级6项,概算投资140.16亿元,当年计划投资19亿元。1-12月份完成投资28.78亿元,投资完成率151.47%。",
        "qinshui_2021_key_projects",
        [
            ("77.57", "亿元", "outcome", "level", "exact", None, None),
            ("122.6", "percent", "outcome", "level", "exact", None, None),
            ("6", "项", "outcome", "level", "exact", None, None),
            ("140.16", "亿元", "outcome", "level", "exact", None, None),
            ("19", "亿元", "target", "level", "exact", None, None),
            ("28.78", "亿元", "outcome", "level", "exact", None, None),
            ("151.47", "percent", "outcome", "level", "exact", None, None),
        ],
    ),
    (
        "计划总投资2.4亿元。",
        "chengzhong_2024_livelihood_lastyear_thisyear",
        [
            ("2.4", "亿元", "target", "level", "exact", None, None),
        ],
    ),
    (
        "126条农村黑臭水体治理已完成120条(95%),263场送戏进万村已送230场(87%)",
        "xiaoxian_2025_livelihood_progress_news",
        [
            ("126", "条", "target", "level", "exact", None, None),
            ("120", "条", "outcome", "level", "exact", None, None),
            ("95", "percent", "outcome", "level", "exact", None, None),
            ("263", "场", "target", "level", "exact", None, None),
            ("230", "场", "outcome", "level", "exact", None, None),
            ("87", "percent", "outcome", "level", "exact", None, None),
        ],
    ),
    # a rate to a tenth that is no half (8.3%) is measured, as results are: it outweighs one
    # word of a plan (奋力); 未达到预期目标 says a result fell short, no target is set
    (
        "认真落实“三大定位”新使命和“五个扎实”新要求,奋力完成各项目标任务。我区经济实现年均8.3%",
        "guangxi_2018_fiveyear_review_news",
        [("8.3", "percent", "outcome", "level", "exact", None, None)],
    ),
    (
        "建筑业产值未达到预期目标),下降2.0%;第三产业增加值294亿元,完成年计划330亿元的89.1%",
        "licheng_2023_plan_execution",
        [
            ("-2", "percent", "outcome", "growth", "exact", None, None),
            ("294", "亿元", "outcome", "level", "exact", None, "第三产业增加值"),
            ("330", "亿元", "target", "level", "exact", None, None),
            ("89.1", "percent", "outcome", "level", "exact", None, None),
        ],
    ),
    # 实际 in an indicator's name (实际利用外资) says nothing of the role
    (
        "实际利用外资增长6%左右;",
        "yichun_2020_targets",
        [("6", "percent", "target", "growth", "about", None, None)],
    ),
    # the statistician's words mark results; a chart's caption (图1) is no figure
    (
        "初步核算,全年全县地区生产总值1514976万元,按可比价格计算,比上年增长2.7%。",
        "hongdong_2019_communique",
        [
            ("1514976", "万元", "outcome", "level", "exact", None, "地区生产总值"),
            ("2.7", "percent", "outcome", "growth", "exact", None, None),
        ],
    ),
    (
        "图1 2015-2019年全县生产总值及其增长速度 图2 2015-2019年全县生产总值三次产业构成",
        "hongdong_2019_communique",
        [],
    ),
    # units as people write them: 亿斤 of grain is no money, μg/m3 a concentration
    (
        "粮食产量515.6亿斤",
        "liaoning_2026_highlights_news",
        [("51560000000", "斤", "outcome", "level", "exact", None, "粮食产量")],
    ),
    (
        "PM2.5平均浓度32μg/m3",
        "lianyungang_2024_plan_execution",
        [("32", "微克每立方米", "outcome", "level", "exact", None, None)],
    ),
    # tonnes of coal equivalent are energy, not tonnes; a 担 of tobacco leaf is 50 kg
    (
        "2022年全区能源能耗总量达540.8万吨标准煤",
        "panji_2023_communique_table",
        [("5408000", "吨标准煤", "outcome", "level", "exact", None, None)],
    ),
    (
        "收购烟叶21.43万担",
        "ningyuan_2024_communique_table",
        [("214300", "担", "outcome", "level", "exact", None, None)],
    ),
    # a goal named before the figure (增长目标确定为, 目标确定为增长); last year's results beside
    # this year's aim
    (
        "2021年地区生产总值目标确定为增长8.5%以上",
        "http://aqrd.gov.cn/plus/view.php?aid=12171",
        [("8.5", "percent", "target", "growth", "at_least", None, "地区生产总值")],
    ),
    (
        "今年GDP增长目标确定为7.5%",
        "http://www.yx.gov.cn/xwdt/rdgz/202201/t20220112_870653.html",
        [("7.5", "percent", "target", "growth", "exact", None, "地区生产总值")],
    ),
    (
        "去年全省地區(qū)生產(chǎn)總值48810億元,、增長8.0%,,今年全省地區(qū)生產(chǎn)總值預(yù)期增長6.5%。",
        "fujian_2022_review_targets_news_trad",
        [
            ("48810", "亿元", "outcome", "level", "exact", None, "地区生产总值"),
            ("8.0", "percent", "outcome", "growth", "exact", None, None),
            ("6.5", "percent", "target", "growth", "exact", None, "地区生产总值"),
        ],
    ),
    # a label's number (关键词1:) is no figure
    (
        "【关键词1:经济增长】新乡2022年实现地区生产总值增长10%以上",
        "https://xintukeji.cn/xintu/63398.html",
        [("10", "percent", "target", "growth", "at_least", None, None)],
    ),
    # 预计 governs its whole sentence: every figure of it is an estimated result, its 左右 and
    # 以上 hedges, not targets' words; 同口径 is filler; 城镇居民、农村居民… lists two names
    (
        "初步预计,2022年福建省地区生产总值突破5万亿元,一般公预算总收入5382.3亿元、同口径增长1.9%,"
        "地方一般公共预算收入3339亿元、同口径增长5.5%,固定资产投资增长7.5%,社会消费品零售总额增长3.2%,"
        "出口增长11%以上,城镇居民、农村居民人均可支配收入分别增长5.2%左右、7.6%左右",
        "https://gk889.com/n20111/c181466-40262291.html",
        [
            ("5000000000000", "元", "outcome", "level", "over", None, None),
            ("5382.3", "亿元", "outcome", "level", "estimate", None, "一般公预算总收入"),
            ("1.9", "percent", "outcome", "growth", "estimate", None, "一般公预算总收入"),
            ("3339", "亿元", "outcome", "level", "exact", None, "一般公共预算收入"),
            ("5.5", "percent", "outcome", "growth", "exact", None, "一般公共预算收入"),
            ("7.5", "percent", "outcome", "growth", "exact", None, "固定资产投资"),
            ("3.2", "percent", "outcome", "growth", "exact", None, "社会消费品零售总额"),
            ("11", "percent", "outcome", "growth", "at_least", None, "出口"),
            ("5.2", "percent", "outcome", "growth", "about", None, "城镇居民人均可支配收入"),
            ("7.6", "percent", "outcome", "growth", "about", None, "农村居民人均可支配收入"),
        ],
    ),
    # places written without 第 (位居65位, 排37位) are ranks, not persons; 前十 and 十强 are no
    # word of a target
    (
        "數(shù)據(jù)顯示,長(zhǎng)沙縣2004年位居65位、2008年排37位、躋身全國(guó)十強(qiáng)位列第九,"
        "今年再進(jìn)一步升至第八位,牢牢占據(jù)中西部第一的位置。",
        "changshaxian_2017_ranks_news_trad",
        [
            ("65", "位次", "outcome", "level", "exact", None, None),
            ("37", "位次", "outcome", "level", "exact", None, None),
            ("9", "位次", "outcome", "level", "exact", None, None),
            ("8", "位次", "outcome", "level", "exact", None, None),
            ("1", "位次", "outcome", "level", "exact", None, None),
        ],
    ),
    # a table's cells: the unit in the column's head, the row's first cell names the figure
    (
        "表1 2019年玉环市生产总值\n| 绝 对 数 (亿元) | 比上年增长 (%) |\n"
        "地区生产总值 | 617.50 | 5.2 |\n",
        "yuhuan_2019_communique_table",
        [
            ("617.50", "亿元", "outcome", "level", "exact", None, "地区生产总值"),
            ("5.2", "percent", "outcome", "growth", "exact", None, "地区生产总值"),
        ],
    ),
    # a gap below a reference named between 低于 and the figure is negative
    (
        "今年上半年,生产总值完成13640亿元,比上年同期增长5.8%,低于计划增速2.2个百分点",
        "hebei_2014_plan_execution_news",
        [
            ("13640", "亿元", "outcome", "level", "exact", None, None),
            ("5.8", "percent", "outcome", "growth", "exact", None, None),
            ("-2.2", "百分点", "outcome", "growth", "exact", None, None),
        ],
    ),
    # a rate's unit written once after a list, signs inside the list, and points of ‰
    (
        "三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点",
        "yunhe_2022_communique",
        [
            ("0.15", "百分点", "outcome", "level", "exact", None, None),
            ("-5.64", "百分点", "outcome", "level", "exact", None, None),
            ("1.34", "百分点", "outcome", "level", "exact", None, None),
        ],
    ),
    (
        "第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点",
        "danzhai_2015_communique",
        [
            ("-2.16", "百分点", "outcome", "growth", "exact", None, None),
            ("-1.66", "百分点", "outcome", "growth", "exact", None, None),
        ],
    ),
    (
        "人口自然增长率为-3.19‰,比上年下降3.18个千分点",
        "yunhe_2022_communique",
        [
            ("-3.19", "permille", "outcome", "level", "exact", None, None),
            ("-3.18", "千分点", "outcome", "growth", "exact", None, None),
        ],
    ),
    # a document's number, and 一批 with what qualifies it: no figures
    ("崇人大常发〔2017〕27号", "chongxin_2017_midyear_plan_execution", []),
    ("科達(dá)潔能新材料等一批10億元以上項", "maanshan_2015_review_trad", []),
    # the plan's figure of a progress report says 计划 in its own clause; the results of the
    # year to date (1-12月份), and a completion rate, are results
    (
        "当年计划投资19亿元。1-12月份完成投资28.78亿元,投资完成率151.47%。",
        "qinshui_2021_key_projects",
        [
            ("19", "亿元", "target", "level", "exact", None, None),
            ("28.78", "亿元", "outcome", "level", "exact", None, None),
            ("151.47", "percent", "outcome", "level", "exact", None, None),
        ],
    ),
    # pinyin some sites print after a character (預(yù)期) is not part of its word
    (
        "今年全省地區(qū)生產(chǎn)總值預(yù)期增長6.5%。",
        "fujian_2022_review_targets_news_trad",
        [("6.5", "percent", "target", "growth", "exact", None, "地区生产总值")],
    ),
    # traditional characters
    (
        "資源能源開發利用更加節約,循環經濟加快發展,單位GDP綜合能耗下降16%。",
        "heilongjiang_2013_fiveyear_targets_trad",
        [("-16", "percent", "outcome", "growth", "exact", None, "单位GDP综合能耗")],
    ),
    # a change in a clause of its own after the level it changes (减少0.23千公顷), and a fall of
    # a harvest (减产)
    (
        "其中,小麦种植面积63.49千公顷,增加0.03千公顷;玉米种植面积31.47千公顷,减少0.23千公顷。",
        "xiangfu_2024_communique_falls_permille",
        [
            ("63490", "公顷", "outcome", "level", "exact", None, "小麦种植面积"),
            ("30", "公顷", "outcome", "growth", "exact", None, "小麦种植面积"),
            ("31470", "公顷", "outcome", "level", "exact", None, "玉米种植面积"),
            ("-230", "公顷", "outcome", "growth", "exact", None, "玉米种植面积"),
        ],
    ),
    (
        "其中,夏粮产量38.89万吨,减少3.01万吨,减产7.2%;",
        "xiangfu_2024_communique_falls_permille",
        [
            ("388900", "吨", "outcome", "level", "exact", None, "夏粮产量"),
            ("-30100", "吨", "outcome", "growth", "exact", None, "夏粮产量"),
            ("-7.2", "percent", "outcome", "growth", "exact", None, "夏粮产量"),
        ],
    ),
    # a figure right after GDP written in letters is GDP's (no code such as S321, PM2.5); a
    # ratio of sectors written with spaces around its colons is no figure
    (
        "預計(下同)全年完成GDP890億元,增長5.5%;",
        "liling_2023_work_report_review_ranks_traditional",
        [
            ("890", "亿元", "outcome", "level", "estimate", None, "地区生产总值"),
            ("5.5", "percent", "outcome", "growth", "estimate", None, "地区生产总值"),
        ],
    ),
    (
        "第三产业增加值127.97亿元,下降0.1%。三次产业结构为23.5 : 33.4 : 43.1。",
        "xiangfu_2024_communique_falls_permille",
        [
            ("127.97", "亿元", "outcome", "level", "exact", None, "第三产业增加值"),
            ("-0.1", "percent", "outcome", "growth", "exact", None, "第三产业增加值"),
        ],
    ),
    # a natural change of the population is a change (自然減少1400人: -1400)
    (
        "自然減少1400人",
        "jinyun_2024_communique_traditional",
        [("-1400", "人", "outcome", "growth", "exact", None, None)],
    ),
    # a rank between a level and its growth: the growth is the level's, not the rank's
    (
        "全年实现地区生产总值2223.81亿元,总量居全省第三,增长3.5%,",
        "https://m.86917.com/baoji/7262.html",
        [
            ("2223.81", "亿元", "outcome", "level", "exact", None, "地区生产总值"),
            ("3", "位次", "outcome", "level", "exact", None, None),
            ("3.5", "percent", "outcome", "growth", "exact", None, "地区生产总值"),
        ],
    ),
    # a list of an industry's figures names the head alone after the first
    (
        "工业加快转型,规模以上工业总产值、增加值分别增长4%和0.5%,",
        "https://m.86917.com/baoji/7262.html",
        [
            ("4", "percent", "outcome", "growth", "exact", None, "规上工业总产值"),
            ("0.5", "percent", "outcome", "growth", "exact", None, "规上工业增加值"),
        ],
    ),
    # a goal set at a range (目标设在), and a growth named after the rate (4.5%的增长); 计划
    # before a name says whose the figure is, it names nothing
    (
        "2018年,無錫將GDP增幅目標設在7-7.5%之間。",
        "http://viuna.cn/article/3000075695",
        [("7", "percent", "target", "growth", "range", None, None)],
    ),
    (
        "力争2023年GDP实现4.5%的增长,计划固定资产投资总额115亿元、增长10%,",
        "https://www.liangdianhaofang.com/news-content/7641.html",
        [
            ("4.5", "percent", "target", "growth", "exact", None, "地区生产总值"),
            ("115", "亿元", "target", "level", "exact", None, "固定资产投资总额"),
            ("10", "percent", "target", "growth", "exact", None, "固定资产投资总额"),
        ],
    ),
]


def _source_text(where: str) -> str | None:
    if where.startswith("http"):
        return None
    with (TUNE / f"{where}.toml").open("rb") as f:
        return tomllib.load(f)["text"]


@pytest.mark.parametrize(("phrase", "where"), [(p, w) for p, w, _ in PHRASES])
def test_the_phrases_are_verbatim(phrase, where):
    """Every phrase stands word for word in the excerpt it is cited from."""
    text = _source_text(where)
    if text is None:
        assert where.startswith(("http://", "https://"))
    else:
        assert phrase in text


@pytest.mark.parametrize(
    ("phrase", "where", "expected"), PHRASES, ids=[p[:16] for p, _, _ in PHRASES]
)
def test_each_family_reads_as_written(phrase, where, expected):
    """Each figure of the phrase is read with its value (a fall is negative), unit, role,
    measure, hedge and upper end, and with its indicator where the phrase names one."""
    got = [
        (c.value, c.unit, c.role, c.measure, c.hedge, c.upper, c.indicator)
        for c in ykcheck.extract(phrase)
    ]
    assert len(got) == len(expected), got
    for g, (value, unit, role, measure, hedge, upper, name) in zip(got, expected, strict=True):
        assert g[:5] == (Decimal(value), unit, role, measure, hedge), (g, phrase)
        assert g[5] == (None if upper is None else Decimal(upper)), (g, phrase)
        if name is not None:
            assert g[6] == name, (g, phrase)


@pytest.mark.parametrize(
    ("target", "outcome", "status"),
    [
        # ranks: 前五 is at most 5; 第一 at most 1
        ("进入全省前五", "排名全省第3", "exceeded"),
        ("进入全省前五", "排名全省第5", "met"),
        ("进入全省前五", "排名全省第9", "missed"),
        ("保持全省第一", "居全省第一", "met"),
        ("力争进入前十", "排名第12位", "missed"),
        # doubling: 翻一番 is at least 2 times the base
        ("地区生产总值翻一番", "地区生产总值是上年的2.1倍", "met"),
        ("地区生产总值翻一番", "地区生产总值是上年的1.5倍", "missed"),
        # intervals: 9000余人 and 9千多人 lie in [9000, 10000), 近万人 just below 10000
        ("新增城镇就业1万人", "新增城镇就业9000余人", "nearly_met"),
        ("新增城镇就业1万人", "新增城镇就业9千多人", "nearly_met"),
        ("新增城镇就业1万人", "新增城镇就业近万人", "nearly_met"),
        ("新增城镇就业1万人", "新增城镇就业1.2万余人", "exceeded"),
        ("地区生产总值增长7%", "地区生产总值增长5%-6%", "missed"),
        ("地区生产总值增长5.5%", "地区生产总值增长5%-6%", "incomparable"),  # on both sides
        ("国内生产总值增长6.5%—7%", "国内生产总值增长6.7%", "met"),
        # falls written with a minus sign, half-width and full-width
        ("地区生产总值增长5%", "地区生产总值增长-2.3%", "missed"),
        ("地区生产总值增长5%", "地区生产总值增长－2.3%", "missed"),
        # the change from the year before beside the year's figure is no second result
        ("新增城镇就业1万人", "全年新增城镇就业1.2万人，比上年增加0.3万人", "exceeded"),
        # one figure for all residents is not the urban one
        (
            "居民人均可支配收入增长6%",
            "城镇、农村居民人均可支配收入分别增长4.5%和6.5%",
            "incomparable",
        ),
        ("农村居民人均可支配收入增长6%", "城镇、农村居民人均可支配收入分别增长4.5%和6.5%", "met"),
        ("工业投资增长10%", "固定资产投资、工业投资、服务业投资均增长12%左右", "exceeded"),
        # relative statements
        ("居民收入增长与经济增长同步", "居民人均可支配收入增长6.5%，地区生产总值增长6%", "met"),
        # traditional characters
        ("城鎮新增就業1100萬人以上", "實際全年城鎮新增就業1361萬人", "exceeded"),
        # units as people write them: 1公顷 is 15亩
        ("新增耕地1公顷", "新增耕地15亩", "met"),
    ],
)
def test_families_are_judged(target, outcome, status):
    """check judges each family on the verdict scale."""
    assert ykcheck.check(target, outcome).status == status


def test_a_rank_is_compared_in_places():
    """The margin of a rank is in places (第3 against 前五: two places better), not in points."""
    v = ykcheck.check("进入全省前五", "排名全省第3")
    assert (v.margin, "差距 margin -2位" in ykcheck.describe(v)) == (-2, True)


def test_a_rank_pairs_with_the_rank_of_the_same_thing():
    """compare pairs a rank target with the review's rank of the same indicator's growth, named
    by the figure before it (增速排名全省第3 after 地区生产总值增长6%), and not with a rank of the
    total, which is another thing."""
    plan = "2024年主要预期目标：地区生产总值增速力争进入全省前五。"
    v = ykcheck.compare(plan, "2024年，全市地区生产总值增长6%，增速排名全省第3。", year=2024)
    assert [(x.status, x.outcome and x.outcome.value) for x in v.verdicts] == [("exceeded", 3)]
    v = ykcheck.compare(plan, "2024年，全市地区生产总值1000亿元，总量居全省第3。", year=2024)
    assert [x.status for x in v.verdicts] == ["unreported"]


def test_the_league_of_a_rank_is_no_count():
    """房县: 在16个县市区(…)经济指标综合排名中 names the league; only the places are figures."""
    text = _source_text("fangxian_2018_q3_ranks_news")
    assert text is not None
    at = text.index("在16个县市区")
    got = [(c.value, c.unit) for c in ykcheck.extract(text[at : text.index("。", at)])]
    assert got == [(12, "位次"), (6, "位次")]


def test_plan_before_a_name_is_dropped_but_not_from_planned_investment():
    """计划固定资产投资总额115亿元 is 固定资产投资总额 (越秀 2023, compare/tune/yuexiu-2023);
    计划投资350亿元 of a list of projects stays 计划投资, and 计划的85个 names no 的 (found by a
    review)."""
    names = [c.indicator for c in ykcheck.extract("计划固定资产投资总额115亿元、增长10%。")]
    assert names == ["固定资产投资总额", "固定资产投资总额"]
    got = ykcheck.extract(
        "实施市级重点项目85个，计划投资350亿元。全年计划的85个重点项目完成投资120亿元。"
    )
    assert got[1].indicator == "计划投资"
    assert not any(c.indicator.startswith("的") for c in got)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("力争2023年GDP实现4.5%的增长。", "growth"),
        ("地区生产总值保持6%左右的增速。", "growth"),
        # (found by a review: a noun after 的, a share, a gap in points)
        ("外贸进出口总额占比达到45%的增长点。", "level"),
        ("一般公共预算收入占地区生产总值的8.5%的下降趋势得到扭转。", "level"),
        ("民营经济贡献了全区60%以上的税收、70%以上的增长。", "level"),
        ("城镇登记失业率下降在3.5%以内", "level"),
    ],
)
def test_a_change_named_after_the_rate_is_a_growth_only_so(text, measure):
    """实现4.5%的增长 is a growth of 4.5%; 45%的增长点, a share of 70%的增长 and a rate 下降在
    3.5%以内 are not."""
    assert [c.measure for c in ykcheck.extract(text)][-1] == measure


@pytest.mark.parametrize(
    ("text", "got"),
    [
        # 珙县 2016 (gongxian_2016_review_footnotes_trad): lists of firms, not the place's rank
        ("引進4家世界500強和1家中國500強", [(4, "家"), (1, "家")]),
        # 黄石港 2013 (huangshigang_2013_review): the first of its kind, not first place
        ("成功获批全省首个", []),
        ("总量稳居全省首位", [(1, "位次")]),
        ("力争进入全国百强县", [(100, "位次")]),
        # 涪陵 2025 (fuling_2025_q3_review_same_caliber_falls): a sector, and three quarters
        # after a heading whose last word holds 居 (居民收入)
        ("一、农业\n前三季度全区实现第一产业增加值72.61亿元", [(Decimal("72.61"), "亿元")]),
        ("八、居民收入\n前三季度全区居民人均可支配收入36591元", [(36591, "元")]),
        ("力争进入全省前三", [(3, "位次")]),
        # 丰城 2025 (fengcheng_2025_midyear_ranks_gaps): a second league after a comma, once
        ("列宜春第5,宜春一类县第2;", [(5, "位次"), (2, "位次")]),
        ("位居全省第2,全国第15位", [(2, "位次"), (15, "位次")]),
        ("居全省第3,第二产业增加值增长5%", [(3, "位次"), (5, "percent")]),
        # 宝鸡 2019 (https://m.86917.com/baoji/7262.html): the number of an exhibition, whole
        ("成功举办和承办了全国第十二届书法篆刻作品展", []),
    ],
)
def test_a_list_of_firms_or_a_first_is_no_rank(text, got):
    """世界500强 and 中国500强 name lists of firms; 全省首个 a first of its kind; 第一产业 a
    sector; 前三季度 a period: no ranks."""
    assert [(c.value, c.unit) for c in ykcheck.extract(text)] == got


def test_shared_figures_keep_their_unit():
    """0.8个、1.3个百分点: both figures are percentage points."""
    cs = ykcheck.extract("城镇、农村居民人均可支配收入增速分别高于全省平均0.8个、1.3个百分点")
    assert [(c.value, c.unit) for c in cs] == [
        (Decimal("0.8"), "百分点"),
        (Decimal("1.3"), "百分点"),
    ]


def test_a_list_writes_its_count_once_after_its_last_figure():
    """南通's census (nantong_2021_census_district_table): 分别增加230469、150169、120001、84184和
    7997人 are all persons; 2、3万人 leaves 2 bare (2万 or 2: the list does not say)."""
    text = "分别增加230469、150169、120001、84184和7997人"
    assert [(c.value, c.unit) for c in ykcheck.extract(text)] == [
        (Decimal(v), "人") for v in (230469, 150169, 120001, 84184, 7997)
    ]
    assert [c.unit for c in ykcheck.extract("分别为2、3万人")] == ["", "人"]


@pytest.mark.parametrize(
    ("phrase", "unit", "shown"),
    [
        ("新增装机10000千瓦", "万千瓦", "1"),
        ("PM2.5浓度控制在30微克/立方米以内", "微克/立方米", "30"),
        ("提高1.3个百分点", "个百分点", "1.3"),
        ("新增耕地1公顷", "亩", "15"),
    ],
)
def test_units_convert_as_people_write_them(phrase, unit, shown):
    """A target's quantity converts to the units reports write (万千瓦, 微克/立方米, 个百分点,
    亩) and is shown in them without noise digits."""
    q = ykcheck.parse_target(phrase).quantity.to(unit)
    assert ykcheck.format_quantity(q) == shown + unit


def test_amounts_are_shown_in_the_magnitude_reports_use():
    """9.01万亿元, not 9010000000000元; in CSV a plain number without E-notation."""
    t = ykcheck.parse_target("地区生产总值达到9.01万亿元")
    assert str(t) == "≥ 9.01万亿元"
    c = Commitment("c", 2025, "", "地区生产总值", "q", "s", t)
    o = Outcome("地区生产总值", 2025, "q", "s", Decimal("1.2E+12"), "元")
    row = ykcheck.evaluate([c], [o]).to_csv().splitlines()[1]
    assert "1200000000000" in row and "E+" not in row


_VALUES = st.decimals(min_value=1, max_value=1000, places=1)


@given(
    st.sampled_from([">=", ">", "<=", "<", "~"]),
    _VALUES,
    _VALUES,
    _VALUES,
    st.sampled_from(["个", "percent"]),
)
def test_an_interval_never_gets_a_verdict_its_ends_disagree_on(comparator, target, a, b, unit):
    """A result known only as an interval [lo, hi] gets the verdict its two ends agree on; where
    they are on one side of the target but in different bands (met and exceeded), one of the two
    or none; where they are on both sides, none (incomparable)."""
    lo, hi = min(a, b), max(a, b)
    if lo == hi:
        return
    t = ykcheck.Target("threshold", comparator, target, unit)
    c = Commitment("c", 2025, "", "仓", "q", "s", t)

    def status(value: Decimal, upper: Decimal | None = None) -> str:
        hedge = "range" if upper is not None else "exact"
        o = Outcome("仓", 2025, "q", "s", value, unit, hedge=hedge, upper=upper)
        return ykcheck.evaluate([c], [o]).verdicts[0].status

    ends = {status(lo), status(hi)}
    interval = status(lo, hi)
    if len(ends) == 1:  # the whole interval is one status
        assert interval in ends, (lo, hi, ends, interval)
    elif ends <= KEPT or ends <= {"missed", "nearly_met"}:  # one side of the target
        assert interval in ends | {"incomparable"}, (lo, hi, ends, interval)
    else:  # on both sides of the target: no verdict
        assert interval == "incomparable", (lo, hi, ends, interval)


KEPT = {"met", "exceeded"}


_PINYIN = st.sampled_from(["(yù)", "(qū)", "(chǎn)", "(zhǎng)", "（tǒng）"])


@given(data=st.data())
def test_pinyin_after_characters_changes_no_reading(data):
    """Pinyin printed after characters (預(yù)期, as some sites print traditional text) leaves
    every reading as it was, and every quote verbatim at its span in the text as given."""
    phrase = "今年經濟社會發展的主要預期目標是:全省地區生產總值增長6.5%,一般公共預算總收入增長5%。"
    chars = list(phrase)
    at = data.draw(st.sets(st.sampled_from([i for i, c in enumerate(chars) if c >= "\u4e00"])))
    text = "".join(c + (data.draw(_PINYIN) if i in at else "") for i, c in enumerate(chars))

    def readings(t: str) -> list[tuple[object, ...]]:
        return [(c.value, c.unit, c.role, c.indicator) for c in ykcheck.extract(t)]

    assert readings(text) == readings(phrase)
    for c in ykcheck.extract(text):
        assert text[c.span[0] : c.span[1]] == c.quote


def test_a_text_that_leans_one_way_decides_a_figure_with_one_cue():
    """A figure with one plan word near it (进一步优化) in a communiqué whose words all speak of
    results is a result: one word does not outvote a whole text."""
    text = _source_text("hongdong_2019_communique")
    assert text is not None
    (c,) = [c for c in ykcheck.extract(text) if c.quote.endswith("人均地区生产总值19763元")]
    assert c.role == "outcome"


def test_the_place_written_without_its_suffix_leaves_the_scope_whole():
    """In a text about 新乡市, 新乡2022年实现地区生产总值 names the city's own GDP (the 【】 of a
    keyword label before it ends the words that could narrow it)."""
    plan = ROOT / "benchmarks" / "eval" / "compare" / "tune" / "xinxiang-2022" / "plan.txt"
    (c, *_) = ykcheck.extract(plan.read_text(encoding="utf-8"))
    assert c.quote.endswith("新乡2022年实现地区生产总值增长10%以上")
    assert c.indicator == "地区生产总值"


def test_persons_counted_in_wei_are_no_rank():
    """位 after a number is a place only after words of ranking (位居65位, 排37位); 专家5位
    counts persons."""
    (c,) = ykcheck.extract("全县有省级专家5位")
    assert (c.value, c.unit) == (Decimal(5), "位")
    (c,) = ykcheck.extract("地区生产总值排全省5位")
    assert (c.value, c.unit) == (Decimal(5), "位次")


def test_a_place_moved_to_without_di_in_a_clause_of_a_ranking_is_a_rank():
    """排名上升至73位, 全国排名从46位跃升至28位 and 百强跃升至76位 are places (from 株洲's and
    芷江's reviews; they had been read as 73 persons, and 百强 before them as a bound of 100); 位
    after a move with no ranking in its clause (提升至3位数, 上升至5位专家) is none, and 百强,
    排名分别为… names the league it is followed by, a bound."""
    text = "醴陵市在全国百强县排名上升至73位,攸县保持全省十强"
    got = [(c.value, c.unit) for c in ykcheck.extract(text)]
    assert got == [(Decimal(73), "位次"), (Decimal(10), "位次")]
    got = [(c.value, c.unit) for c in ykcheck.extract("高新区全国排名从46位跃升至28位。")]
    assert got == [(Decimal(46), "位次"), (Decimal(28), "位次")]
    got = [(c.value, c.unit) for c in ykcheck.extract("縣域經濟百強躍升至76位;")]
    assert got == [(Decimal(76), "位次")]
    assert all(c.unit != "位次" for c in ykcheck.extract("院士专家工作站专家上升至5位。"))
    text = "共有6县(市)进入全国百强,排名分别为晋江市(第5位)"
    got = [(c.value, c.unit) for c in ykcheck.extract(text)]
    assert (Decimal(100), "位次") in got and (Decimal(5), "位次") in got
    # (a review of the change: 进入全国百强排名 is a place among the 100; 百强排名“十三连升” is
    # none; 居前3位 before another 前8位 is a bound still)
    got = [(c.value, c.unit) for c in ykcheck.extract("县域经济综合实力进入全国百强排名。")]
    assert got == [(Decimal(100), "位次")]
    assert not ykcheck.extract("实现全国县域经济百强排名“十三连升”。")
    for text in ("首次进入全国百强县排名,较上年前移5位。", "首次入选全国百强县(较上年提升12位)。"):
        assert (Decimal(100), "位次") in [(c.value, c.unit) for c in ykcheck.extract(text)], text
    got = [(c.value, c.unit) for c in ykcheck.extract("11项居前3位、20项居前8位。")]
    assert (Decimal(3), "位次") in got and (Decimal(8), "位次") in got


PROGRESS_TABLE = """2023年主要经济指标完成情况
| 指标 | 单位 | 年计划 | 完成 |
| 地区生产总值 | 亿元 | 300 | 320 |
| 城镇新增就业 | 万人 | 1.2 | 1.35 |
"""


def test_a_progress_table_reads_its_columns_and_its_unit_column():
    """In a 计划执行 table the 年计划 column holds targets and the 完成 column results, each in
    the unit its row's 单位 cell names (1.2 under 万人 is 12000 persons), named by the row; the
    quote is the row up to the figure, and a target and a result of one row pair."""
    got = [(c.value, c.unit, c.role, c.indicator, c.quote) for c in ykcheck.extract(PROGRESS_TABLE)]
    assert got == [
        (Decimal(300), "亿元", "target", "地区生产总值", "| 地区生产总值 | 亿元 | 300"),
        (Decimal(320), "亿元", "outcome", "地区生产总值", "| 地区生产总值 | 亿元 | 300 | 320"),
        (Decimal(12000), "人", "target", "城镇新增就业", "| 城镇新增就业 | 万人 | 1.2"),
        (Decimal(13500), "人", "outcome", "城镇新增就业", "| 城镇新增就业 | 万人 | 1.2 | 1.35"),
    ]
    report = ykcheck.compare(PROGRESS_TABLE, PROGRESS_TABLE, year=2023)
    assert sorted(v.status for v in report.verdicts) == ["exceeded", "met"]


def test_a_caption_names_the_unit_of_a_table_without_one():
    """单位:万元 in the caption holds for the cells of the table after it; a bare number
    outside any table keeps no unit."""
    text = "表2 主要指标 单位:万元\n| 指标 | 2023年 |\n| 财政总收入 | 222827 |\n\n另有12"
    got = [(c.value, c.unit, c.indicator) for c in ykcheck.extract(text)]
    assert got[0] == (Decimal(222827), "万元", "财政总收入")
    assert all(unit == "" for _, unit, _ in got[1:])


def _excerpt(where: str, first: str, last: str) -> str:
    text = _source_text(where)
    assert text is not None
    start = text.index(first)
    return text[start : text.index(last, start) + len(last)]


def test_a_head_broken_over_lines_names_its_columns():
    """宁远: the head 品 名 | 播种面积 / (亩﹚ | / 同比增减(%) | 产量﹙吨﹚ | … runs over three
    lines, and small-form brackets hold its units; a 计量单位 column names a row's unit."""
    table = _excerpt("ningyuan_2024_communique_table", "品 名 | 播种面积", "| 0.8 |")
    got = [(c.value, c.unit, c.measure, c.indicator) for c in ykcheck.extract(table)]
    assert got == [
        (Decimal(726760), "亩", "level", "粮食作物"),
        (Decimal("-1.78"), "percent", "growth", "粮食作物"),
        (Decimal(315690), "吨", "level", "粮食作物"),
        (Decimal("0.8"), "percent", "growth", "粮食作物"),
    ]
    table = _excerpt("ningyuan_2024_communique_table", "品 名 | 计量单位", "| 2.10 |")
    first = ykcheck.extract(table)[0]
    assert (first.value, first.unit) == (Decimal(942800), "头")


def test_a_table_printed_one_cell_per_line_is_read_as_a_table():
    """潘集: a table whose cells stand one per line, a bar between them; 单位:亿元 before the
    head holds for its level column, and 比上年增长% is a column of growth in %."""
    table = _excerpt("panji_2023_communique_table", "2022年全区生产总值及其增长速度", "3.3\n")
    got = [(c.value, c.unit, c.measure, c.indicator) for c in ykcheck.extract(table)]
    assert got == [
        (Decimal("295.4"), "亿元", "level", "地区生产总值"),
        (Decimal("7.7"), "percent", "growth", "地区生产总值"),
        (Decimal("24.4"), "亿元", "level", "第一产业"),
        (Decimal("3.3"), "percent", "growth", "第一产业"),
    ]


def test_a_table_of_columns_apart_by_spaces_is_read_as_a_table():
    """重庆: 指 标 年末数(万人) 比重(%) heads columns that stand apart by spaces; a row's label
    may hold a space (城 镇), a group's line (按城乡分) and a blank line stay in the table."""
    table = _excerpt("chongqing_2022_communique", "表1 2022年年末常住人口数及其构成", "70.96")
    got = [(c.value, c.unit, c.indicator) for c in ykcheck.extract(table)]
    assert got == [
        (Decimal(32133400), "人", "常住人口"),
        (Decimal(100), "percent", "常住人口"),
        (Decimal(22803200), "人", "城镇"),
        (Decimal("70.96"), "percent", "城镇"),
    ]


def test_a_table_of_one_cell_a_line_closed_by_bars_is_read_as_a_table():
    """义乌: each cell on a line of its own closed by a bar (指標 | / 單位 | / …), a bar's line
    between rows; the 單位 column names the unit, 同比增長% is growth in %, #女性 is 女性."""
    table = _excerpt("yiwu_2016_communique_table_trad", "表1: 2016年全社會", "-1.0 |")
    got = [(c.value, c.unit, c.measure, c.indicator) for c in ykcheck.extract(table)]
    assert got == [
        (Decimal(21675), "人", "level", "社会从业人员"),
        (Decimal(21537), "人", "level", "社会从业人员"),
        (Decimal("-0.6"), "percent", "growth", "社会从业人员"),
        (Decimal(8535), "人", "level", "女性"),
        (Decimal(8454), "人", "level", "女性"),
        (Decimal(-1), "percent", "growth", "女性"),
    ]


NANCHANG_REVIEW = "https://tt.jxnews.com.cn/papers/3/8718191?from=jxnews"


def test_a_count_of_indicators_is_not_the_indicators_figure():
    """南昌 (NANCHANG_REVIEW): 2项 after 一般公共预算收入 counts indicators; a figure in 项 is no
    figure of budget revenue, which is money. 同口径 between a name and its growth is filler."""
    (c,) = ykcheck.extract("其中,固定资产投资、一般公共预算收入2项指标完成全年目标任务")
    assert (c.value, c.unit) == (Decimal(2), "项")
    assert c.indicator != "一般公共预算收入"
    (c,) = ykcheck.extract("我市全年GDP增长4.1%,一般公共预算收入同口径增长5.1%")[1:]
    assert (c.value, c.indicator) == (Decimal("5.1"), "一般公共预算收入")


def test_a_list_of_targets_one_per_line_keeps_each_target():
    """松北 (http://district.ce.cn/newarea/roll/202301/18/t20230118_38354305.shtml): a target
    with 以上 at the end of its line is not a qualifier of a number lines below (the next
    line is another item), and a relative target has its own line as its quote."""
    text = (
        "进出口总额和实际利用外资增长30%以上\n城乡居民人均可支配收入与GDP增速同步\n1 聚焦制度创新"
    )
    got = [(c.quote, c.relation) for c in ykcheck.extract(text)]
    assert ("进出口总额和实际利用外资增长30%以上", None) in got
    assert ("城乡居民人均可支配收入与GDP增速同步", "sync") in got


def test_in_step_with_growth_may_be_written_coordinated():
    """新乡 (xinxiang_2022_targets_news): 与经济增长协调同步 is a target in step with GDP."""
    (c,) = ykcheck.extract("人均可支配收入与经济增长协调同步")
    assert c.relation == "sync"


def test_the_number_of_a_list_item_is_no_figure_and_no_word_of_its_clause():
    """贵州's 十件民生实事 (http://zuoy.net/19/183805.html) number their items (1), (2): no
    figure, and the clause of 建设100所 starts after the item's number."""
    got = [(c.value, c.quote) for c in ykcheck.extract("(1)建设100所公办幼儿园,在100所中小学实施")]
    assert got == [(Decimal(100), "建设100所"), (Decimal(100), "在100所")]
    (c,) = ykcheck.extract("（二）新增城镇就业5万人")
    assert (c.value, c.quote) == (Decimal(50000), "新增城镇就业5万人")
    (c,) = ykcheck.extract("地区生产总值(GDP)增长6%")  # a remark in brackets stays in
    assert c.quote == "地区生产总值(GDP)增长6%"


NANJING_PLAN = "http://tibet.cn/cn/Instant/local/202401/t20240117_7559216.html"


def test_positive_growth_is_a_floor_of_zero():
    """南京 (NANJING_PLAN): 外贸进出口力争正增长 is a target of growth above 0%; a review's
    实现正增长 is a result somewhere above 0%, which meets it, and 增长3.1% exceeds it."""
    (t,) = ykcheck.extract("外贸进出口力争正增长")
    assert (t.value, t.unit, t.measure, t.comparator, t.role) == (
        Decimal(0),
        "percent",
        "growth",
        ">",
        "target",
    )
    assert t.indicator == "进出口总额"
    (o,) = ykcheck.extract("外贸进出口实现正增长")
    assert (o.role, o.hedge, o.comparator) == ("outcome", "over", "==")
    plan = "2024年主要预期目标：外贸进出口力争正增长。"
    assert ykcheck.compare(plan, "2024年，外贸进出口实现正增长。", year=2024).verdicts[
        0
    ].status in (
        "met",
        "exceeded",
    )
    (v,) = ykcheck.compare(plan, "2024年，进出口总额增长3.1%。", year=2024).verdicts
    assert v.status == "exceeded"


def test_positive_growth_reads_the_same_in_a_phrase():
    """parse_target and check read 正增长 as extraction does: growth above 0%."""
    assert str(ykcheck.parse_target("外贸进出口力争正增长")) == "增速 > 0% (力争)"
    assert ykcheck.check("外贸进出口力争正增长", "进出口总额增长3.1%").status == "exceeded"


def test_crossing_a_mark_is_at_least_it():
    """广东's review (the guangdong-2024 case): 预计全省地区生产总值迈上14万亿元 names GDP and
    says at least 14万亿元; 站上, 跨上 and 跃上 say the same."""
    (c,) = ykcheck.extract("预计全省地区生产总值迈上14万亿元")
    assert (c.indicator, c.value, c.unit, c.hedge) == (
        "地区生产总值",
        Decimal(14 * 10**12),
        "元",
        "at_least",
    )
    assert str(ykcheck.parse_target("经济总量站上3000亿元台阶")) == "≥ 3000亿元"


def test_a_look_back_over_years_is_a_cue_of_results():
    """广西 2018: 陈武在报告中回顾过去五年工作时说,过去五年, holds three cues of a review (回顾,
    过去五年 twice), as 过去一年 is one; 力争 is one of a plan."""
    from ykcheck._extract.cues import cue_sums

    assert cue_sums("陈武在报告中回顾过去五年工作时说,过去五年,", [])[1][-1] == -3
    assert cue_sums("过去一年", [])[1][-1] == -1
    assert cue_sums("力争", [])[1][-1] == 1
    # 约 is no cue: results round with it (北京 2023: 约4.4万亿元) and plans too (总投资约1500亿元)
    assert cue_sums("约4.4万亿元", [])[1][-1] == 0
    # a floor before a figure is a plan's (梧州 2024: 开发公益性岗位不低于600个)
    assert cue_sums("不低于600个", [])[1][-1] == 1
    assert cue_sums("投资项目不少于3个", [])[1][-1] == 1
    # 获得 a prize is a result; 获得感 (岚皋 2020: 不断增强群众的获得感) is a plan's aim
    assert cue_sums("获得国家级荣誉", [])[1][-1] == -1
    assert cue_sums("不断增强群众的获得感", [])[1][-1] == 0


def test_an_enumerated_heading_opens_its_section_and_is_no_tables_caption():
    """海南 2024: the title's short lines stand above 一、2024年国民经济和社会发展计划执行情况,
    which governs what follows (results), not the short lines above it as a table's caption."""
    text = _source_text("hainan_2024_plan_execution")
    assert text is not None
    got = {c.quote: c.role for c in ykcheck.extract(text[: text.index("增速全国第一") + 6])}
    assert got["成功争取超长期特别国债支持94个"] == "outcome"
    assert got["商品房销售面积同比(下同)增长5%"] == "outcome"


def test_a_list_of_goals_goes_on_over_its_lines():
    """黄石 2022 (the huangshi-2022 case): a list of goals after 主要预期目标是： goes on over the
    lines that end in its separators; a line that ends a sentence ends it."""
    text = (
        "2022年,全市国民经济和社会发展的主要预期目标是:\n\n——地区生产总值增长8.5%左右;\n\n"
        "——规模以上工业增加值增长11%;\n\n——固定资产投资增长18%;\n\n——外贸出口总额增长12%;"
    )
    assert [c.role for c in ykcheck.extract(text)] == ["target"] * 4
    done = "\n2021年,全市地区生产总值增长12.1%。\n"
    got = [c.role for c in ykcheck.extract(text.replace("增长12%;", "增长12%。") + done)]
    assert got == ["target"] * 4 + ["outcome"]


def test_a_heads_first_row_may_span_the_columns_of_its_second():
    """浦北 2024 (extract/tune/pubei_2025_communique_table): 增长% and 结构% each stand over two
    columns of years; each column is of its year, in %, growth under 增长 (the cells had no
    unit: the head's last row, years only, had been read alone)."""
    text = (
        "表1 浦北县2024年GDP构成表 | ||||\n分行业 | 增长% | 结构% | |\n"
        "2024年 | 2023年 | 2024年 | 2023年 | \n工业 | 7.7 | -11.5 | 13.9 | 8.4\n"
    )
    got = [(c.value, c.unit, c.measure, c.year) for c in ykcheck.extract(text)]
    assert got == [
        (Decimal("7.7"), "percent", "growth", 2024),
        (Decimal("-11.5"), "percent", "growth", 2023),
        (Decimal("13.9"), "percent", "level", 2024),
        (Decimal("8.4"), "percent", "level", 2023),
    ]


def test_a_list_of_titles_above_a_heading_is_no_table():
    """哈尔滨 2021: “十四五”时期总体把握和主要目标 stands under the titles 1、…10、 of the review's
    parts (numbered, with no figure but their numbers and a year): it opens the targets of the
    next five years; it is no caption under a table."""
    text = _source_text("haerbin_2021_targets")
    assert text is not None
    got = {c.quote: c.role for c in ykcheck.extract(text)}
    assert got["地区生产总值年均增长5.5%-6%"] == "target"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "一、2024年工作回顾\n过去一年，我们较好完成了市十七届人大三次会议确定的主要目标：地区生产总值"
            "增长5.8%，一般公共预算收入增长6.3%，城镇新增就业1.2万人。",
            ["outcome"] * 3,
        ),
        ("主要预期目标为地区生产总值增长6%，实际增长5.8%", ["target", "outcome"]),
        # a margin over the year's goal is a result's (高出年初预期目标); over a goal someone
        # set (省定, 市定) its words alone do not say: a plan asks for one as often
        ("全年地区生产总值增长6.2%,高出年初预期目标0.2个百分点", ["outcome", "outcome"]),
        ("今年,全市地区生产总值增长6.5%左右,高于省定目标0.5个百分点。", ["target", "target"]),
    ],
)
def test_goals_met_open_no_list_of_targets(text, roles):
    """The goals a review says were met (完成了…确定的主要目标：) open a list of results, not of
    targets; 实际 in a figure's own clause keeps it a result after a list of goals."""
    assert [c.role for c in ykcheck.extract(text)] == roles


def test_the_cues_of_a_paragraph_before_do_not_decide_a_figure():
    """沅陵's third-quarter figures (yuanling_2020_q3_stats_trad): the plan-like words of the
    opening paragraph (扎实做好, 全力以赴, 做好稳增长) end with its 。 at the line's end and do
    not make the next section's results (（一）…三季度,全縣實現…) targets."""
    text = _source_text("yuanling_2020_q3_stats_trad")
    assert text is not None
    got = {c.quote: c.role for c in ykcheck.extract(text)}
    assert got["全縣實(shí)現(xiàn)地區(qū)生產(chǎn)總值125.95億元"] == "outcome"
    assert got["比上半年高1.5個(gè)百分點"] == "outcome"


def test_the_items_of_a_list_keep_its_lead_in():
    """贵州 2020 (the guizhou-2020 case): each numbered promise ends its line with 。; the next
    item, (2) or (3), goes on with the list its lead-in (着力办好以下“十件民生实事”) opened."""
    text = (
        "贵州将在2020年着力办好以下“十件民生实事”。\n"
        "(1)建设100所公办幼儿园,在100所中小学实施“阳光校园·智慧教育”工程。\n"
        "(2)为全省65岁以上老年人、4.5万名脱贫攻坚一线干部免费体检一次。\n"
        "(3)对40万贫困劳动力开展技能培训,公益性岗位安置就业困难人员6万人。"
    )
    assert {c.role for c in ykcheck.extract(text)} == {"target"}


@pytest.mark.parametrize(
    ("phrase", "how"),
    [
        ("成功争取超长期特别国债支持94个项目建设", "binding"),  # 海南 2024, what was won
        ("累计争取中央预算内资金12亿元", "binding"),
        ("争取到上级资金3.2亿元", "binding"),
        ("争取中央预算内资金12亿元", "strive"),
        ("力争增长6%", "strive"),
    ],
)
def test_what_was_won_is_no_striving(phrase, how):
    """争取 strives for a target; 成功争取, 累计争取 and 争取到 report what was won."""
    (c,) = ykcheck.extract(phrase)
    assert c.strength == how


def test_the_title_of_a_report_of_both_parts_governs_neither():
    """科右中旗's 计划执行 report (keyouzhongqi_2023_plan_execution): its title names the
    review and the plan on two lines joined by 及; it governs neither part, and the year 2023
    spaced as a PDF copy spaces it (——2023 年 1 月 1 日) is a date, no figure."""
    text = _source_text("keyouzhongqi_2023_plan_execution")
    assert text is not None
    got = {c.quote: c.role for c in ykcheck.extract(text)}
    assert got["全旗地区生产总值完成78亿元"] == "outcome"
    assert got["粮食产量达到 25 亿斤以上"] == "outcome"
    assert not any("2023 年" in quote for quote in got)


def test_a_title_of_both_parts_on_one_line_governs_neither():
    """海南's title (hainan_2024_plan_execution) on one line: 2024年…计划执行情况与2025年…计划
    草案 names both parts; the figures under it, before any section, are read by their words."""
    from ykcheck._extract.sections import markers

    title = "海南省2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案\n"
    assert markers(title + "全省地区生产总值增长4.2%。") == []
    assert [m.role for m in markers("2024年工作回顾\n增长4.2%。\n2025年工作安排\n")] == [
        "outcome",
        "target",
    ]


def test_the_numbers_of_a_tables_rows_printed_one_cell_a_line_are_no_figures():
    """岳阳楼区's table of promises (yueyanglou_2017_livelihood_table_trad) prints each cell on a
    line of its own closed by a bar; the rows' numbers (1 | / 2 | … before each promise's
    name) count up and are no figures; a value cell 1.0 before a label is one."""
    text = _source_text("yueyanglou_2017_livelihood_table_trad")
    assert text is not None
    found = ykcheck.extract(text)
    assert not {c.quote.strip() for c in found} & {str(n) for n in range(1, 10)}
    assert Decimal(1300) in {c.value for c in found}
    table = "布吉街道 |\n1.0 |\n南湾街道 |\n2 |\n"
    assert [c.value for c in ykcheck.extract(table)] == [Decimal("1.0"), Decimal(2)]


def test_a_row_that_says_flat_is_a_row_not_a_head():
    """阜阳's communiqué (fuyang_2022_communique_cpi_table): 其中:食品烟酒 | 持平 | is a row of
    the price table; the rows after it keep the head's unit, 涨跌幅度(%)."""
    table = "指 标 | 涨跌幅度(%) |\n居民消费价格 | 0.7 |\n其中:食品烟酒 | 持平 |\n衣着 | 2.1 |\n"
    got = {c.quote: (c.value, c.unit) for c in ykcheck.extract(table)}
    assert got["衣着 | 2.1"] == (Decimal("2.1"), "percent")


def test_a_table_of_promises_one_cell_a_line_reads_its_columns():
    """岳阳楼区's table (yueyanglou_2017_livelihood_table_trad): its rows, numbered from 1, give
    its width; a figure under 目标任务 is a target, one under 实际完成 a result in the unit its
    target writes (1300人 | 700: 700人), named by the row's promise; a row of several lines
    (9) is left to the words."""
    text = _source_text("yueyanglou_2017_livelihood_table_trad")
    assert text is not None
    got = [(c.value, c.unit, c.role, c.indicator) for c in ykcheck.extract(text)]
    name = "精准扶贫:农村饮用水安全巩固"  # (提升: a word of growth, no part of the name)
    assert (Decimal(1300), "人", "target", name) in got
    assert (Decimal(700), "人", "outcome", name) in got
    assert (Decimal(7356), "", "outcome", "城镇新增就业") in got


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 嘉鱼 2017 (the jiayu-2017 case): two figures after 城乡居民…, no verb between
        (
            "城鄉(xiāng)居民人均可支配收入28100元和16042元,分別增長(zhǎng)9%、8.82%。",
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2,
        ),
        # 霸州 2021 (the bazhou-2021 case): 预计 before and 同比 after 城乡居民…
        (
            "预计城乡居民人均可支配收入同比分别增长7%左右和9%左右",
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
        # and a growth 可比 (at comparable prices) names nothing: the figure before's
        (
            "全年預(yù)計(jì)完成地區(qū)生產(chǎn)總值230億元,可比增長(zhǎng)8.2%",
            ["地区生产总值"] * 2,
        ),
    ],
)
def test_two_figures_after_town_and_country_go_one_to_each(text, names):
    """城乡居民人均可支配收入28100元和16042元: the first figure is 城镇's, the second 农村's, and
    the growths after them follow; 可比增长 is the growth of the figure before."""
    assert [c.indicator for c in ykcheck.extract(text)] == names


def test_a_conversion_names_nothing_and_a_control_goal_is_a_target():
    """A county's 2021 communiqué (tjgb.hongheiku.com): the figure in brackets (按年平均汇率折算为
    9847美元) and the growth after it are per-capita GDP's, not a 按…折算's; 低于2.5%的控制目标
    is the goal the result is held against."""
    text = (
        "按户籍人口计算,人均GDP为63525元(按年平均汇率折算为9847美元),同比增长8.7%。"
        "年末城镇登记失业率1.89%,低于2.5%的控制目标。"
    )
    got = [(c.indicator, c.value, c.role) for c in ykcheck.extract(text)]
    assert got == [
        ("人均地区生产总值", Decimal(63525), "outcome"),
        ("人均地区生产总值", Decimal(9847), "outcome"),
        ("人均地区生产总值", Decimal("8.7"), "outcome"),
        ("城镇登记失业率", Decimal("1.89"), "outcome"),
        ("城镇登记失业率", Decimal("2.5"), "target"),
    ]


def test_a_price_fall_and_an_index_table_read_as_written():
    """A county's 2021 communiqué (edutainingadventures.com/thuadong/658.html): 下跌1.6% is a fall
    of 1.6%; the table captioned 居民消费价格指数 prints indices (上年=100) under 比上年涨跌(%):
    101.0 is an index level, not a growth of 101%."""
    text = (
        "全年居民消费价格累计上涨1.0%,其中食品烟酒价格下跌1.6%。\n"
        "表2 2021年居民消费价格指数\n指标 | 比上年涨跌(%) |\n"
        "居民消费价格总指数 | 101.0 |\n其中:食品烟酒 | 98.4 |\n"
    )
    got = [(c.value, c.unit, c.measure) for c in ykcheck.extract(text)]
    assert got == [
        (Decimal("1.0"), "percent", "growth"),
        (Decimal("-1.6"), "percent", "growth"),
        (Decimal("101.0"), "", "level"),
        (Decimal("98.4"), "", "level"),
    ]


def test_a_communiques_table_one_cell_a_line_reads_its_units():
    """宁夏's 2017 communiqué (ningxia_2018_communique_gdp_table_trad): 指標 / 絕對值(億元) /
    比上年增長(%) head a table one cell a line; its cells are 亿元 and growth in %, each read
    within its line."""
    text = _source_text("ningxia_2018_communique_gdp_table_trad")
    assert text is not None
    got = {(c.value, c.unit, c.measure) for c in ykcheck.extract(text)}
    assert {(Decimal("1096.30"), "亿元", "level"), (Decimal("-0.9"), "percent", "growth")} <= got
    # (a cell alone on its line takes no unit from the next line's label: 3.7 / 批發和零售業)
    assert {(Decimal("3.7"), "percent", "growth"), (Decimal("9.2"), "percent", "growth")} <= got


def test_a_communiques_table_under_a_years_head_one_cell_a_paragraph():
    """子洲's 2023 communiqué (zizhou_2024_communique_table): 主要产品产量 / 2023年 / 较上年增长(%)
    head a table one cell a paragraph whose label column has no head; a row's level writes its
    unit (162817吨), its growth is in % from the head, and the next table's caption (畜牧业生产
    情况) closes it."""
    text = _source_text("zizhou_2024_communique_table")
    assert text is not None
    got = {(c.indicator, c.value, c.unit, c.measure) for c in ykcheck.extract(text)}
    assert {
        ("粮食产量", Decimal("162817"), "吨", "level"),  # (the catalogue's name)
        ("粮食产量", Decimal("0.5"), "percent", "growth"),
        ("谷物", Decimal("-9.7"), "percent", "growth"),
        ("当年出栏猪", Decimal("4.4"), "percent", "growth"),
    } <= got


@pytest.mark.parametrize(
    ("text", "table"),
    [
        ("主要产品产量\n\n2023年\n\n较上年增长(%)\n\n粮食总产量\n\n162817吨\n\n0.5\n", True),
        ("全年预期目标(增速%\n\n预计全年完成情况\n\n地区生产总值\n\n8.5\n\n7.5\n", True),
        # (a year or a target's words alone on a line, a heading's, start no table: the seeds'
        # 2023 report was scanned for tables it does not hold)
        ("2022年\n\n全市上下坚持稳中求进,地区生产总值增长6.1%。\n", False),
        ("目标任务\n\n全年新增城镇就业1.2万人。\n", False),
    ],
)
def test_a_head_whose_names_column_is_unnamed_is_told_by_its_next_column(text, table):
    """A year (2023年) or a column of targets (全年预期目标) alone on a line starts a table only
    where the next line that is not blank heads the next column (较上年增长(%), 完成情况)."""
    from ykcheck._extract.rows import may_hold_table
    from ykcheck._text import fold

    assert may_hold_table(fold(text)) is table


def test_a_communiques_table_one_cell_a_line_closed_by_bars_with_no_line_between_rows():
    """勉县's 2021 communiqué (mianxian_2021_communique_table_cells_per_line): 产品名称 | / 单位 |
    / 总量 | / 增长 (%) | head rows whose cells each stand on a line closed by a bar, with no bar
    alone between rows: a row's level takes its 单位 cell's unit, its growth the head's %."""
    text = (
        "主要农业产品产量\n产品名称 |\n单位 |\n总量 |\n增长 (%) |\n粮食 |\n万吨 |\n14.03 |\n"
        "2.8 |\n油料 |\n万吨 |\n3.12 |\n-0.3 |\n茶叶 |\n吨 |\n8277.00 |\n7.1 |\n"
    )
    got = [(c.value, c.unit, c.measure) for c in ykcheck.extract(text)]
    assert got == [
        (Decimal("140300"), "吨", "level"),
        (Decimal("2.8"), "percent", "growth"),
        (Decimal("31200"), "吨", "level"),
        (Decimal("-0.3"), "percent", "growth"),
        (Decimal("8277"), "吨", "level"),
        (Decimal("7.1"), "percent", "growth"),
    ]


def test_a_table_printed_on_one_line_reads_its_rows():
    """洛南's 2020 communiqué (luonan_2021_communique_tables_inline_bars) prints a table on one
    line, its head then its rows one after another: each row is a label, a level in the head's
    unit (产量(吨)) and a growth in % (its decimal before a bar is no row's number)."""
    text = (
        "表1 2020年主要农产品产量 产品名称 | 产量(吨) | 比上年增长(%) | 粮食 | 124735 | 3.2 | "
        "其中:小麦 | 15669 | -3.0 | 玉米 | 82292 | 1.9 |"
    )
    got = [(c.value, c.unit, c.measure) for c in ykcheck.extract(text)]
    assert got == [
        (Decimal("124735"), "吨", "level"),
        (Decimal("3.2"), "percent", "growth"),
        (Decimal("15669"), "吨", "level"),
        (Decimal("-3.0"), "percent", "growth"),
        (Decimal("82292"), "吨", "level"),
        (Decimal("1.9"), "percent", "growth"),
    ]


def test_a_table_of_promises_and_progress_in_words():
    """临安's 民生实事 progress table (linan_2022_minsheng_progress_table): 序号 | 项目内容 | 进展
    情况 | 责任单位; a promise's figures are targets, the progress cell's results, each named by
    its own words; a row that goes on the promise above has no number of its own. Before, the
    promises were read as results (新建成…7所), and in a table with no such head nothing
    changes (岁, 月 in a cell's words are still no figures)."""
    text = (
        "2022年区政府民生实事项目进展情况表(截至9月底)\n序号 | 项目内容 | 进展情况 | 责任单位 |\n"
        "2 | 新建成婴幼儿照护服务成长驿站7家。 | 新建锦南街道、高虹镇等13家婴幼儿成长驿站。 "
        "| 卫生健康局 |\n"
        "新增婴幼儿照护服务托位500个。 | 新增婴幼儿照护服务托位600个。 | ||\n"
        "3 | 为全县60岁以上老年人免费接种流感疫苗24723人。 | 4月:完成接种1480人。 | 交通运输局 |\n"
    )
    got = [(c.value, c.role) for c in ykcheck.extract(text)]
    assert got == [
        (Decimal(7), "target"),
        (Decimal(13), "outcome"),
        (Decimal(500), "target"),
        (Decimal(600), "outcome"),
        (Decimal(24723), "target"),
        (Decimal(1480), "outcome"),
    ]
    (v,) = [v for v in ykcheck.compare(text, text, year=2022).verdicts if v.outcome is not None]
    assert (v.commitment.quote, v.status) == ("新增婴幼儿照护服务托位500个", "exceeded")


def test_a_growth_rate_and_the_goal_it_is_compared_with():
    """南充 2021 (compare/tune/nanchong-2021): 2021年南充地区生产总值增长率为7.8%,比年初目标7.5%
    高了0.3个百分点: 增长率为 states a growth (it had been read as a level of 7.8%), and the goal
    it is compared with is that growth's target (it had been named 比年初). 人口自然增长率 is a
    rate of its own, a level."""
    text = "2021年南充地区生产总值增长率为7.8%,比年初目标7.5%高了0.3个百分点。"
    got = [(c.indicator, c.role, c.measure) for c in ykcheck.extract(text)][:2]
    assert got == [
        ("2021年南充地区生产总值", "outcome", "growth"),
        ("2021年南充地区生产总值", "target", "growth"),
    ]
    (rate,) = ykcheck.extract("全年人口自然增长率为3.2‰。")
    assert (rate.indicator, rate.measure) == ("人口自然增长率", "level")
    report = (Path(__file__).parent.parent / _NANCHONG).read_text(encoding="utf-8")
    got = {
        v.commitment.quote: v.status for v in ykcheck.compare(report, report, year=2021).verdicts
    }
    assert got["比年初目标7.5%"] == "met"


_NANCHONG = "benchmarks/eval/compare/tune/nanchong-2021/report.txt"


def test_goals_quoted_then_called_goals_are_targets():
    """增城 2023 (compare/tune/zengcheng-2023): a news item on results so far (第367和368班次的
    列车) reports that the district 提出要紧紧围绕“地区生产总值增长7%,…”的年度发展目标: the
    words of the goal come after the whole quotation, and every figure in it is a target (all
    had been read as results)."""
    text = (Path(__file__).parent.parent / _ZENGCHENG).read_text(encoding="utf-8")
    start, end = text.index("“地区生产总值"), text.index("的年度发展目标")
    got = [(c.indicator, c.role) for c in ykcheck.extract(text) if start < c.span[1] <= end]
    assert got == [
        ("地区生产总值", "target"),
        ("固定资产投资", "target"),
        ("固定资产投资", "target"),
        ("工业投资", "target"),
        ("工业投资", "target"),
        ("规上工业增加值", "target"),
    ]


_ZENGCHENG = "benchmarks/eval/compare/tune/zengcheng-2023/plan.txt"


def test_a_dash_after_a_lead_in_ends_its_clause():
    """成都 2018 (compare/tune/chengdu-2018): 報告提出了成都今年發展的主要預期目標——地區生產總值
    增長7.5%: the dash opens what the lead-in announces; the figure is 地区生产总值's target (it
    had been named 提出了成都今年发展的主要预期目标——地区生产总值, and paired with nothing)."""
    text = "報告提出了成都今年發展的主要預期目標——地區生產總值增長7.5%,城鎮登記失業率控制在4%以內。"
    got = [(c.indicator, c.role) for c in ykcheck.extract(text)]
    assert got == [("地区生产总值", "target"), ("城镇登记失业率", "target")]


def test_a_table_of_promises_whose_head_is_spaced():
    """乐清's 2022 民生实事 notice (compare/tune/yueqing-2022) writes its head's words spaced (序号
    | 项 目 内 容 | 年度完成情况 | …): still a table of promises and what is done of them, the
    promise's figures targets (they had all been read as results: nothing to judge)."""
    text = (
        "序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 | 责任人 |\n"
        "2 | 新增托位1140个,普惠托位685个 | 新增托位1155个,其中新增普惠托位1155个。 | 超额完成 "
        "| 市卫健局 | 黄李虎 |\n"
    )
    got = [(c.value, c.role) for c in ykcheck.extract(text)]
    assert got == [
        (Decimal(1140), "target"),
        (Decimal(685), "target"),
        (Decimal(1155), "outcome"),
        (Decimal(1155), "outcome"),
    ]
    (v, _) = ykcheck.compare(text, text, year=2022).verdicts
    assert (v.commitment.quote, v.status) == ("新增托位1140个", "met")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # 北京 2023 (beijing_2023_results_news): a level joined to its growth by 、
        (
            "2023年,北京市地区生产总值增长5.2%、约4.4万亿元,一般公共预算收入增长8.2%、突破6000亿元。",
            ["outcome"] * 4,
        ),
        ("今年主要预期目标：地区生产总值增长6%左右、达到1.2万亿元。", ["target"] * 2),
    ],
)
def test_figures_joined_by_a_list_mark_share_their_role(text, roles):
    """A figure joined to the one before by 、 alone (and a hedge: 约, 突破) is the same
    statement's: a result beside a result, a target beside a target, whatever words of a plan
    (突破) lean it."""
    assert [c.role for c in ykcheck.extract(text)] == roles


def test_a_communiques_figures_are_its_years_results():
    """洛南's 2020 communiqué (luonan_2021_communique_tables_inline_bars): under its title (…统计
    公报) every figure is a result of its year, though its opening speaks of tasks (全面落实“六
    保”任务); before, the levels (生产总值118.54亿元) were read as targets."""
    text = (
        "2020年洛南县国民经济和社会发展统计公报\n2020年,面对新冠肺炎疫情和“8·06”特大暴雨洪灾的"
        "严重冲击,县委县政府带领全县上下贯彻落实习近平总书记来陕考察重要指示批示精神,紧扣追赶超越"
        "定位和“五项要求”,扎实做好“六稳”工作、全面落实“六保”任务,全县经济持续平稳发展,稳中向好。"
        " 一、综 合 根据地区生产总值统一核算结果,全年全县实现生产总值118.54亿元,下降18.7%。其中,"
        "第一产业增加值22.93亿元,增长2.9%。"
    )
    got = [(c.value, c.role, c.year) for c in ykcheck.extract(text)]
    assert got == [
        (Decimal("118.54"), "outcome", 2020),
        (Decimal("-18.7"), "outcome", 2020),
        (Decimal("22.93"), "outcome", 2020),
        (Decimal("2.9"), "outcome", 2020),
    ]


def test_a_target_in_brackets_after_a_growth_result_is_the_growth_it_set():
    """攀枝花东区's 2023 计划执行 report (the dongqu-2023 case): 增長5.8%,低于年初預期目標(10%)
    4.2個百分點 sets the target 10% beside the growth 5.8%: a growth target, not a level; the
    4.2 points after it are the result's margin, no target."""
    text = "——全社會固定資產(chǎn)投資增長5.8%,低于年初預(yù)期目標(biāo)(10%)4.2個百分點(diǎn)。"
    got = [(c.indicator, c.value, c.measure, c.role) for c in ykcheck.extract(text)][:3]
    assert got == [
        ("固定资产投资", Decimal("5.8"), "growth", "outcome"),
        ("固定资产投资", Decimal("10"), "growth", "target"),
        ("低于年初预期目标", Decimal("-4.2"), "level", "outcome"),
    ]
    (c,) = ykcheck.extract("規模以上工業增加值增長(同比)8.6%")  # a remark between word and rate
    assert c.measure == "growth"


def test_a_heading_led_by_its_year_under_a_dateline_names_nothing():
    """镇江's report digest (the zhenjiang-2019 case): the heading 2019年高質量發展邁出堅實步伐
    under the page's dateline is no part of the name of the figure after it."""
    text = (
        "張葉飛作政府工作報告(摘要)\n\n2020-11-30 中共江蘇省委新聞網\n\n"
        "  2019年高質量發展邁出堅實步伐\n\n"
        "  預計實現地區生產總值4200億元,增長6.1%;一般公共預算收入306.9億元,增長1.8%;"
        "社會消費品零售總額1430億元,增長5.5%。\n"
    )
    assert [c.indicator for c in ykcheck.extract(text)[:2]] == ["地区生产总值"] * 2


def test_the_years_promises_are_a_plans_and_what_is_done_of_them_results():
    """梧州's 为民办实事 list (wuzhou_2024_livelihood_targets_trad) has no 力争 and no heading: its
    words of promises (实事) make its figures targets; 会昌's progress notice
    (huichang_2023_livelihood_progress_garbled_dates) says what is done of its promises
    (实事已完成26件), a result; 办成了…实事 is a review's."""
    from ykcheck._extract.cues import cue_sums

    text = _source_text("wuzhou_2024_livelihood_targets_trad")
    assert text is not None
    got = {c.quote: c.role for c in ykcheck.extract(text)}
    assert got["主要是新建(改擴建)幼兒園35所"] == "target"
    text = _source_text("huichang_2023_livelihood_progress_garbled_dates")
    assert text is not None
    got = {c.quote: c.role for c in ykcheck.extract(text)}
    assert got["65件民生实事已完成26件"] == "outcome"
    assert got["已开工事项65件"] == "outcome"  # 已 and any verb: what is done so far
    # 大观's progress notice (daguan_2024_minsheng_progress_rates): what has started is done so
    # far, beside the promises it is part of (正在 is not enough: plans write 正在推进)
    text = _source_text("daguan_2024_minsheng_progress_rates")
    assert text is not None
    got = {c.quote: c.role for c in ykcheck.extract(text)}
    assert got["已启动实施30项"] == "outcome"
    # 东乡's plan execution (dongxiang_2025_plan_execution_traditional): a share of the year's
    # plan is what is done of it, not the plan
    text = _source_text("dongxiang_2025_plan_execution_traditional")
    assert text is not None
    got = {c.quote: c.role for c in ykcheck.extract(text)}
    assert got["分別占年度計劃111.08%"] == "outcome"
    assert cue_sums("办成了诸多惠民生、暖民心的实事", [])[1][-1] == 0
    assert cue_sums("65件民生实事已完成", [])[1][-1] == 0
    assert cue_sums("今年办好十件民生实事", [])[1][-1] == 1  # (a cue written with a lookahead)


@pytest.mark.parametrize(
    ("text", "got"),
    [
        # a result 2 in row 1 is no row's number: the head names 序号, and its width is the table's
        (
            "序号 |\n项目名称 |\n责任单位 |\n目标任务 |\n实际完成 |\n1 |\n新建农村公办幼儿园 |\n"
            "教育局 |\n3所 |\n2 |\n2 |\n新增城镇就业 |\n人社局 |\n8950 |\n7356 |\n",
            [
                (3, "所", "target"),
                (2, "所", "outcome"),
                (8950, "", "target"),
                (7356, "", "outcome"),
            ],
        ),
        # a completion rate takes no unit from the target beside it
        (
            "| 项目 | 目标任务 | 实际完成 | 完成率 |\n| 新增养老床位 | 71 | 55张 | 77 |\n",
            [(71, "", "target"), (55, "张", "outcome"), (77, "", "outcome")],
        ),
        # a plan's rates of completion stay targets under its heading
        (
            "2024年工作安排\n重点项目开工率达到90%以上，民生实事完成率达100%。",
            [(90, "percent", "target"), (100, "percent", "target")],
        ),
        # bullets go on with the list their lead-in opened
        (
            "今年要力争实现以下目标：\n◆新开工项目120个。\n◆完成固定资产投资350亿元。",
            [(120, "个", "target"), (350, "亿元", "target")],
        ),
        ("力争跻身中国百强县。", [(100, "位次", "target")]),  # a league of places, not firms
    ],
)
def test_the_review_of_the_evening_change(text, got):
    """Misreadings a review of the day's rules found, each mended: a promise table's width, a
    rate's unit, a plan's rates, bulleted lists, 中国百强县."""
    found = [(c.value, c.unit, c.role) for c in ykcheck.extract(text)]
    assert found == [(Decimal(v), u, r) for v, u, r in got]


_SUZHOU = "benchmarks/eval/compare/tune/suzhou-2023/plan.txt"


def test_a_numbered_table_one_cell_a_line_with_a_column_of_groups():
    """苏州's 2023 计划执行 report (compare/tune/suzhou-2023) prints its 表1 one cell a line, a
    column of groups before the rows' numbers: the group's name stands before the first row of
    its group, an empty cell after each other row. Each row's target and result are its row's
    (before, 固定资产投资's target was read as a result, and the table's rows from 2 on as
    sentences); a cell of words holds figures named by its own words, or by the row's label
    where its words name nothing (增长26万左右 in the row of 户籍人口)."""
    from pathlib import Path

    text = (Path(__file__).parent.parent / _SUZHOU).read_text(encoding="utf-8")
    text = text[text.index("表1") :]
    got = [(c.indicator, squash(c.quote), c.role) for c in ykcheck.extract(text)]
    assert got[:3] == [
        ("地区生产总值", "地区生产总值|增长5%左右", "target"),
        ("地区生产总值", "地区生产总值|增长5%左右|增长4.6%", "outcome"),
        ("固定资产投资", "固定资产投资|增长5%左右", "target"),
    ]
    assert [g for g in got if "户籍" in g[0]] == [
        ("户籍人口", "增长26万左右", "target"),
        ("年末户籍人口", "年末户籍人口800万左右", "target"),
        ("户籍人口", "增长11.9万人", "outcome"),
        ("年末户籍人口", "年末户籍人口786.7万人", "outcome"),
    ]
    # 9 targets (进出口总额 and 实际使用外资 have none: 稳中提质), every result in the table
    assert sum(g[2] == "target" for g in got) == 9


_CHANGXING = "benchmarks/eval/compare/tune/changxing-2017/plan.txt"


def test_a_numbered_table_one_cell_a_paragraph_under_a_head_of_two_rows():
    """长兴's 2017 计划执行 report (compare/tune/changxing-2017) prints its table one cell a
    paragraph, its head in two rows (2017年目标 over 比上年增长(%); 2017年实绩 over 总量 and 比上年
    增长(%)) and its rows numbered: each target is its row's growth target, each result its
    total and its growth, and the row numbers are no figures; the same file is plan and review."""
    from pathlib import Path

    text = (Path(__file__).parent.parent / _CHANGXING).read_text(encoding="utf-8")
    got = [
        (c.indicator, c.value, c.unit, c.role, c.measure)
        for c in ykcheck.extract(text)
        if c.indicator == "地区生产总值"
    ]
    # the rows' numbers (1 to 5) are no figures: every figure has a unit
    assert all(c.unit for c in ykcheck.extract(text))
    assert got == [
        ("地区生产总值", Decimal(8), "percent", "target", "growth"),
        ("地区生产总值", Decimal("553.2"), "亿元", "outcome", "level"),
        ("地区生产总值", Decimal("8.1"), "percent", "outcome", "growth"),
    ]
    report = ykcheck.compare(text, text, year=2017)
    # 8.1% against 8%, 10.1% against 7%, 8.9% against 4%, 9.3% against 8%, 9% against 8.5%
    assert [v.status for v in report.verdicts] == [
        "met", "exceeded", "exceeded", "exceeded", "met"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("head", "width", "got"),
    [
        # one group each, a group closed by its growth
        (
            ["指标名称", "2017年目标", "2017年实绩", "完成情况评价",
             "比上年增长(%)", "总量", "比上年增长(%)"],
            5,
            ["指标名称", "2017年目标比上年增长(%)", "2017年实绩总量", "2017年实绩比上年增长(%)",
             "完成情况评价"],
        ),
        # a head as wide as the rows is as it is
        (["指标", "计划", "完成"], 3, ["指标", "计划", "完成"]),
        # no column of the first row that names a plan or a result to stand over the second
        (["指标", "单位", "备注", "总量", "增长"], 3, None),
        # a column of the first row that stands alone beside those that stand over others:
        # which stand over which is not told
        (
            ["指标名称", "2016年实绩", "2017年目标", "2017年实绩", "比上年增长(%)", "总量",
             "比上年增长(%)"],
            5,
            None,
        ),
    ],
)  # fmt: skip
def test_the_columns_of_a_head_of_two_rows(head, width, got):
    from ykcheck._extract.heads import leaves

    columns = leaves([(i, t) for i, t in enumerate(head)], width)
    assert (None if columns is None else [t for _, t in columns]) == got


def test_a_figure_of_a_year_before_the_pages_date_is_a_result():
    """山西's 2017 report in the news (shanxi_2017_review_vs_targets_trad), dated 2017年1月14日,
    reports 2016 against what was expected: 增长7%左右, 高于预期1.5个百分点 and 分别增长6%左右、
    6%以上 are 2016's results, whatever words of a plan (预期, 以上) stand near them; figures of
    the page's own year keep the reading of their words."""
    text = _source_text("shanxi_2017_review_vs_targets_trad")
    assert text is not None
    got = {c.quote: (c.role, c.year) for c in ykcheck.extract(text)}
    quotes = ("社會消費品零售總額增長7%左右", "高于預期1.5個百分點", "收入分別增長6%左右、6%以上")
    for quote in quotes:
        (role,) = {r for q, r in got.items() if q.endswith(quote)}
        assert role == ("outcome", 2016), quote
    plan = "2017年1月14日,会议开幕。2017年主要预期目标:地区生产总值增长6.5%左右。"
    assert [(c.role, c.year) for c in ykcheck.extract(plan)] == [("target", 2017)]
    # a deadline in the text is no page's date
    plan = (
        "确保2025年6月30日前全面完成老旧小区改造任务。会议提出，2024年全县地区生产总值增长6%左右。"
    )
    assert [(c.role, c.year) for c in ykcheck.extract(plan)] == [("target", 2024)]


@pytest.mark.parametrize(
    ("text", "got"),
    [
        # a place of a kind (中心镇) leads no sentence: the city's figure stays the city's
        (
            "2024年,中心镇完成投资50亿元,地区生产总值增长5.2%。",
            [("50", "亿元"), ("5.2", "percent")],
        ),
        # a count of days after 的 is a figure; only years name a period (极不平凡的五年)
        ("空气质量优良天数达到有监测以来最多的335天,", [("335", "天")]),
        # a share of the plan is what is done of it; the plan's quantity is the plan
        ("一般公共预算收入占全年计划111%。", [("111", "percent")]),
        ("完成省下达年度计划1.2万人的125%。", [("12000", "人"), ("125", "percent")]),
        # what was done, a share of which went somewhere, is no plan
        (
            "2024年，全县完成固定资产投资50亿元的80%用于民生领域。",
            [("50", "亿元"), ("80", "percent")],
        ),
        # 靖边 2018 (jingbian_2018_midyear_plan_task_shares): after 完成 and a word of a plan, a
        # quantity a share of which follows is the plan's
        (
            "1-7月份,预计完成固定资产投资61亿元,完成全年固投任务152亿元的40.1%;",
            [("61", "亿元"), ("152", "亿元"), ("40.1", "percent")],
        ),
        # a list's mark spaced before a multiplier is no decimal point (1 . 5万亩 is not 1.5万亩)
        ("二、主要任务 1 . 5万亩高标准农田", [("50000", "亩")]),
    ],
)
def test_the_review_of_the_morning_change(text, got):
    """Misreadings a review of the morning's rules found, each mended."""
    found = [(str(c.value), c.unit) for c in ykcheck.extract(text)]
    assert found == got
    named = {str(c.value): (c.indicator, c.role) for c in ykcheck.extract(text)}
    if "5.2" in named:
        assert named["5.2"][0] == "地区生产总值"
    if "111" in named:
        assert named["111"][1] == "outcome"
    if "12000" in named:
        assert (named["12000"][1], named["125"][1]) == ("target", "outcome")
    if "50" in named:
        assert named["50"][1] == "outcome"
    if "152" in named:
        assert [named[v][1] for v in ("61", "152", "40.1")] == ["outcome", "target", "outcome"]


def test_places_in_a_list_with_no_list_before_rank_their_growth():
    """分别居全省第3位和第5位 after two growth figures ranks each growth: a target for the place
    of GDP's growth is judged by the first."""
    review = "2024年,全市地区生产总值增长6%,规上工业增加值增长8%,分别居全省第3位和第5位。"
    names = [c.indicator for c in ykcheck.extract(review) if c.unit == "位次"]
    assert names == ["地区生产总值增速位次", "规上工业增加值增速位次"]
    plan = "2024年主要目标：地区生产总值增速保持全省前三。"
    (v,) = ykcheck.compare(plan, review, year=2024).verdicts
    assert (v.status, v.outcome and v.outcome.value) == ("met", 3)


def test_a_row_that_lost_a_cell_to_a_note_is_no_row():
    """A numbered table one cell a paragraph whose last row lacks its target, a note after it
    (注：…) in its place: that row is not read as the table's (48.2亿元 is no target)."""
    cells = [
        "序号", "指标名称", "2017年目标", "2017年实绩", "完成情况评价", "比上年增长(%)", "总量",
        "比上年增长(%)", "1", "地区生产总值", "8", "553.2亿元", "8.1", "超额完成", "2",
        "财政总收入", "7", "87.0亿元", "10.1", "超额完成", "3", "地方财政收入", "48.2亿元",
        "8.9", "完成", "注：带△的为可比价增速",
    ]  # fmt: skip
    text = "长兴县2017年计划执行情况\n\n" + "\n\n".join(cells) + "\n\n一、总体情况。\n"
    report = ykcheck.compare(text, text, year=2017)
    assert [(v.commitment.indicator, v.status) for v in report.verdicts] == [
        ("地区生产总值", "met"), ("财政总收入", "exceeded")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "got"),
    [
        # 山西 2017 (shanxi_2017_review_vs_targets_trad): second from the last of 31 is 30th
        (
            "2015年,山西经济增速为3.1%,位列全国31省份倒数第二。",
            [("3.1", "percent"), ("30", "位次")],
        ),
        ("在16个县市区中排名倒数第2。", [("15", "位次")]),
        # the last place (垫底, 末位) of a league of a size named is its size
        ("2014年,山西经济增速为4.9%,在全国31省份中排位垫底;", [("4.9", "percent"), ("31", "位次")]),
        ("增速排名垫底。", []),
        # a count before is no league (5个项目 is not a league of 5)
        ("完成5个项目,增速排名全省倒数第二。", [("5", "个")]),
        # a place from the last in a league of no size named is no place known: never first
        ("增速排名全市倒数第一。", []),
        ("增速排名全市倒数前三。", []),
    ],
)
def test_a_place_from_the_last_is_counted_from_the_league_size(text, got):
    """A place counted from the last, or the last place, is read against the size of its league
    (山西 2017, shanxi_2017_review_vs_targets_trad); with none named, no place is known."""
    assert [(str(c.value), c.unit) for c in ykcheck.extract(text)] == got
    if not got:  # (保持全市第一 is never met by 倒数第一)
        assert ykcheck.check("保持全市第一", text).status == "unreported"


def test_a_table_of_one_column_apart_by_spaces_reads_its_signed_cells():
    """伊州区 2023 (extract/tune/yizhou_2023_communique_captions_table_cells): a communiqué's
    table of one column, its cells apart from their labels by spaces, falls signed with a minus
    (食品烟酒      -0.4; 鲜 菜 -5.5); a sentence's reference to a chart or a table (见表1, 见图1)
    is no figure. Before, the table was not looked for (no line held two numbers) and a minus
    after spaces read as a code's mark."""
    text = (
        "全年居民消费价格比上年上涨0.1%。\n表1 2023年居民消费价格比上年涨跌幅度\n"
        "指 标 比上年涨跌幅度(%)\n居民消费价格(CPI)      0.1\n食品烟酒      -0.4\n"
        " #粮 食 6.1\n  鲜 菜 -5.5\n"
    )
    got = [(c.indicator, c.value, c.measure) for c in ykcheck.extract(text)]
    assert got[1:] == [
        ("居民消费价格涨幅", Decimal("0.1"), "growth"),
        ("食品烟酒", Decimal("-0.4"), "growth"),
        ("粮食", Decimal("6.1"), "growth"),
        ("鲜菜", Decimal("-5.5"), "growth"),
    ]
    assert [c.value for c in ykcheck.extract("比上年下降1.8%(见表1)。")] == [Decimal("-1.8")]
    for ranged in ("力争增长5%-6%", "力争增长5% -6%"):  # (a range, not a fall of 6%)
        assert [c.value for c in ykcheck.extract(ranged)] == [Decimal(5)]


def test_results_measured_against_a_goal_in_brackets_after_them():
    """东安 2022 (extract/tune/dongan_2023_plan_execution_ranks): a 计划执行 report states each
    result, its gap and rank, then the goal in brackets (地区生产总值增长5.9%,高于全市0.8个百分点,
    排名全市第1位(预期目标为8.5%以上)). Before, the goals' words read every figure after the
    first as a target, and the goal was named by the rank before it (高于全市位次, a level of
    8.5%); the goal is of the growth its clause reports, and the figures before it are results."""
    text = (
        "一、2022年计划执行情况\n全年实现地区生产总值增长5.9%,高于全市0.8个百分点,排名全市第1位"
        "(预期目标为8.5%以上);规模工业增加值增长9.5%,高于全市1.2个百分点,排名全市第1位"
        "(预期目标为10%以上);固定资产投资增长14.2%,排名全市第1位(预期目标为10%以上)。"
    )
    got = [(c.indicator, c.value, c.measure, c.role) for c in ykcheck.extract(text)]
    assert [g for g in got if g[3] == "target"] == [
        ("地区生产总值", Decimal("8.5"), "growth", "target"),
        ("规上工业增加值", Decimal(10), "growth", "target"),
        ("固定资产投资", Decimal(10), "growth", "target"),
    ]
    assert ("规上工业增加值", Decimal("9.5"), "growth", "outcome") in got
    got = ykcheck.compare(text, text, year=2022).verdicts
    assert {v.commitment.indicator: v.status for v in got} == {
        "地区生产总值": "missed",
        "规上工业增加值": "nearly_met",
        "固定资产投资": "exceeded",
    }
    # (a plan's words in brackets that set no goal figure leave a target a target)
    (plan,) = ykcheck.extract("力争地区生产总值增长8%(高于省定目标1个百分点)")[:1]
    assert plan.role == "target"


def test_a_task_over_its_line_of_what_was_done_is_a_target():
    """武昌 2021 (extract/tune/wuchang_2021_progress): a notice lists each task of the work
    report (1.地区生产总值增长10%。(…牵头单位…)), then a line of what was done of it (完成情况:
    1-9月,…增长18.1%): the task's figures are targets (they had been read as results), the
    done line's results; in compare those results, of 1-9月, judge no target of the year."""
    text = (
        "2021年市《政府工作报告》前三季度完成情况通报\n\n"
        "1.地区生产总值增长10%。(市级牵头单位:市发展改革委)\n\n"
        "完成情况:1-9月,武昌区地区生产总值完成1152.04亿元,同比增长18.1%。\n\n"
        "2.城镇新增就业21万人,城镇调查失业率控制在6%左右。(市级牵头单位:市人社局)\n\n"
        "完成情况:城镇新增就业24277人。\n"
    )
    got = [(c.value, c.role) for c in ykcheck.extract(text)]
    assert got == [
        (Decimal(10), "target"),
        (Decimal("1152.04"), "outcome"),
        (Decimal("18.1"), "outcome"),
        (Decimal(210000), "target"),
        (Decimal(6), "target"),
        (Decimal(24277), "outcome"),
    ]


def test_a_table_read_a_column_at_a_time_takes_any_number_written():
    """A figure written with a minus sign of its own (−5.4) or a stray second point (3.2.1)
    under a column of % is still no rate too large: the table is read, never a crash (the rate
    check had parsed the cell as a float: ValueError)."""
    text = (
        "指标 2023年(亿元) 比上年增长(%)\n地区生产总值\n\n第一产业\n\n684.10\n\n16.81\n\n"
        "−5.4\n\n3.2.1\n"
    )
    got = [(c.value, c.unit) for c in ykcheck.extract(text)]
    assert (Decimal("684.1"), "亿元") in got and (Decimal("16.81"), "亿元") in got


def test_labels_of_a_progress_notice_item_mark_its_task_and_its_progress():
    """目标任务： and 目前进度： label an item of a progress notice (新安县's 十件实事 notice): the
    figures after the first are the task, those after the second what is done so far (争取 there
    is what was secured); as a table's head (目标任务 进展情况, no colon) they mark nothing."""
    text = (
        "一、中小学校安全建设项目\n目标任务:对8所中小学校进行校舍安全改造,总建筑面积9720平方米。\n"
        "目前进度:今年教育部门共争取中小学校安全建设项目16个,资金1275.25万元。\n"
        "二、公共文化设施建设项目\n目标任务:建设村级文化大院100个,乡镇文化站2个。\n"
        "进展情况:北冶镇已建成村级文化大院40个。\n"
    )
    roles = [(c.value, c.role) for c in ykcheck.extract(text)]
    assert roles == [
        (Decimal(8), "target"),
        (Decimal(9720), "target"),
        (Decimal(16), "outcome"),
        (Decimal("1275.25"), "outcome"),
        (Decimal(100), "target"),
        (Decimal(2), "target"),
        (Decimal(40), "outcome"),
    ]
    head = "项目 目标任务 进展情况\n全年新建公办幼儿园8所,已建成10所。\n"
    assert [c.role for c in ykcheck.extract(head)][-1] == "outcome"
    # a label governs its paragraph only: the results after it are results (a review of the
    # change found 今年共实现…5600人 and 已完成…120公里 read as targets)
    text = (
        "一、城镇新增就业\n目标任务：全年城镇新增就业5000人。\n今年共实现城镇新增就业5600人,完成"
        "目标任务的112%。\n二、农村公路建设\n目标任务：新建农村公路100公里。\n已完成农村公路建设"
        "120公里。\n"
    )
    inline = (
        "一、城镇就业\n目标任务:新增城镇就业5000人。目前进度:新增城镇就业3200人,完成目标任务的"
        "64%。\n"
    )
    roles = [(c.value, c.role) for c in ykcheck.extract(inline)]  # (a label ends with its sentence)
    assert roles == [
        (Decimal(5000), "target"),
        (Decimal(3200), "outcome"),
        (Decimal(64), "outcome"),
    ]
    roles = [(c.value, c.role) for c in ykcheck.extract(text)]
    assert roles == [
        (Decimal(5000), "target"),
        (Decimal(5600), "outcome"),
        (Decimal(112), "outcome"),
        (Decimal(100), "target"),
        (Decimal(120), "outcome"),
    ]


def test_the_year_a_target_is_due_by_is_no_part_of_its_name():
    """到2020年实现地区生产总值比2010年翻一番 names 地区生产总值 (海南's five-year targets: the
    name had been 到2020年实现地区生产总值, which no review's name meets); 到位资金 keeps its 到."""
    for text in ("到2020年实现地区生产总值比2010年翻一番。", "到2020年实现地区生产总值增长8%。"):
        assert [c.indicator for c in ykcheck.extract(text)] == ["地区生产总值"], text
    assert [c.indicator for c in ykcheck.extract("到位资金20亿元")] == ["到位资金"]


def test_the_plan_of_a_progress_notice_written_as_planned_to_be_done():
    """陆良县 2020 (ll.qjrd.gov.cn/sitell/contents/39/1267.html): 2020年计划完成投资47亿元 is the
    plan (45 done by August is 95.8% of it), not a result; 超计划完成, 按计划完成 are done."""
    text = "2020年计划完成投资47亿元,1-8月完成投资45亿元,占年度计划的95.8%。"
    roles = [(c.value, c.role) for c in ykcheck.extract(text)]
    assert roles[:2] == [(Decimal("47"), "target"), (Decimal("45"), "outcome")]
    assert [c.role for c in ykcheck.extract("今年超计划完成投资5亿元。")] == ["outcome"]


def test_items_of_a_list_run_on_in_a_line_and_the_league_of_a_rank():
    """A 龙岩 news item (yaliqi.com/new/1ee1fb9ea553486c93cbdc0e58952afb) runs its ranking on in
    one line (…5.4%下同)、2.上杭县(281.72亿元 5.6%)): 2 numbers an item, no figure; a 河北 round-up
    (sjzntv.cn, 2018-03-14): 居省内11个设区市首位, 全省11个设区市中 count the league, no figure."""
    text = (
        "1.新罗区(607.87亿元 同比增长5.4%下同)、2.上杭县(281.72亿元 5.6%)、"
        "3.长汀县(178.80亿元 4.8%)"
    )
    assert [c.value for c in ykcheck.extract(text)] == [
        Decimal("607.87"), Decimal("5.4"), Decimal("281.72"), Decimal("5.6"), Decimal("178.80"),
        Decimal("4.8"),
    ]  # fmt: skip
    assert ykcheck.extract("石家庄GDP增速居省内11个设区市首位。") == []
    got = [(c.value, c.unit) for c in ykcheck.extract("全省11个设区市中,石家庄排名第一。")]
    assert got == [(Decimal("1"), "位次")]
    # (a count of places added is a figure)
    assert [c.value for c in ykcheck.extract("全省新增11个城市社区。")] == [Decimal("11")]
