"""What a figure measures: a guess at the noun phrase of a number (新增海外仓10个 -> 新增海外仓;
制造业投资、高新技术产业投资分别增长29.5%、41.3% -> each its own; a table's row label)."""

from __future__ import annotations

import re
from typing import Final

from .._catalogue import Catalogue
from .._numbers import Number
from .._phrases import reading_words_at
from .._places import AREAS
from .._text import DASH, DASHES, squash
from .._units import RANK, RATE_UNITS, SPELLINGS, dimension
from .area import NATION_RE, is_wider, short_place
from .sections import DIGIT_RE, is_row, line_of, lines_back

# a clause ends at a bullet that starts a list's item, as at punctuation
BULLETS: Final = "●■◆▲•★☆○◎□▪◇△►"

# words around a name that are not part of it: 力争全年投资总量, 上市企业各, 分别, 同比
_LEADING_WORDS: Final = (
    "力争", "确保", "争取", "预计", "全年", "全力", "实现", "完成", "其中", "累计", "并",
    "同口径", "按可比价格计算", "按可比价计算", "包括", "预期", "今年", "实际", "计划",
)  # fmt: skip
# (1-12月完成, 1至12月份)
_LEADING_STARTS: Final = (*_LEADING_WORDS, *(f"1{dash}12" for dash in DASHES), "按", "到")
_TRAILING_WORDS: Final = (
    "分别", "同比", "比上年", "较上年", "各", "约", "达到", "达", "为", "共", "近", "及", "和",
    "力争", "确保", "争取", "累计", "实现", "首次", "同口径", "目标确定", "目标设定", "目标设",
    "预期目标", "目标", "年计划", "年度计划", "全年计划", "计划", "预计完成", "完成", "可比",
)  # fmt: skip
_DASHES: Final = "—－-–·"
_FLOWS: Final = ("新增", "新建")  # words that make a count a flow (see _match._FLOW_RE)
_LEADING_RE: Final = re.compile(
    "(?:"
    + "|".join(
        {
            "预期": "预期(?!寿命)",
            "实际": "实际(?!使用|利用|到位|到资)",
            # (计划固定资产投资总额115亿元: the plan's; not 计划投资350亿元, the projects')
            "计划": "计划(?!生育|单列|内|外|投资|总投资|的)",
        }.get(w, w)
        for w in _LEADING_WORDS
    )
    + rf"|1{DASH}12月份?"  # (1-12月: the whole year; 1-10月 narrows a name to its months)
    + r"|到(?:19|20)[0-9]{2}年(?:底|末)?前?"  # (到2020年实现地区生产总值增长8%: the year it is due)
    + r"|按[^，。；,;]{1,10}?(?:折算|计算|口径)为?)+"  # (按年平均汇率折算为9847美元, 按可比口径)
)
_TRAILING_MARK_RE: Final = re.compile(r"(?:\[[0-9]{1,3}\]|〔[0-9]{1,3}〕|(?<!人)均|都)$")
_TRAILING_RE: Final = re.compile(
    "(?:" + "|".join(w if w != "计划" else '(?<![”」》"])计划' for w in _TRAILING_WORDS) + ")+$"
)  # (not 计划 of a named plan: “尖兵”计划)
_BASELINE_RE: Final = re.compile(r"(?:较|同比|相比|比(?=[上去前同0-9]|20|19)).*$")
_LAST_CUT_RE: Final = re.compile(rf".*[、，,（(）){BULLETS}]")
_AFTER_NOUN_RE: Final = re.compile(
    r"[ \t\u3000]*(?![连以内之来左上及])([\u4e00-\u9fff“「『\"《]"
    rf"[^，。；：,;:！？0-9{BULLETS}]{{1,30}})"
)
_LIST_SPLIT_RE: Final = re.compile("[、和与及]")
# 均 or 都 before the words of a figure: the figure is each listed name's
_SHARED_RE: Final = re.compile(
    r"(?<![平人年])(?:均|都)(?:为|是|达到|实现|保持|增长|下降|提高|超过|突破|在)?[^、，]{0,6}$"
)
_LIST_START_RE: Final = re.compile(rf".*(?:[，,（(）)%‰{BULLETS}]|[0-9](?:年度?|月份?)?)")
_FIGURE_RE: Final = re.compile(r"[0-9.]+")
# the base of a comparison between a list and its 分别: 较2016年, 比上年, 同比
_BASE_TAIL_RE: Final = re.compile(r"(?:较|比|同比|与)(?:上年|去年|(?:19|20)[0-9]{2}年)?(?:同期)?$")
INDICATOR_MAX: Final = 24
# the words of a rank after what is ranked: 地区生产总值增速|排名全市县区第, 增速|进入全省前
_RANK_WORDS_RE: Final = re.compile(
    r"(?:排名|排位|位次|位列|位居|名列|跃居|稳居|升至|跃升|升居|位于|进入|跻身|迈进|迈入|跨入|"
    r"挺进|晋级|入围|冲刺|排在|保持|居(?!民|住)|列(?!车)|排(?!放|污|水)|由|从|在(?=[^、，]{0,12}中))[^、，]*$"
)
# what of an indicator a rank ranks: 增速居全省第3 is the rank of the growth of the figure before
RANK_ASPECTS: Final = ("增速", "增幅", "总量", "规模")
_YEAR_LEAD_RE: Final = re.compile(r"^(?:19|20)[0-9]{2}年度?")
_LEAGUE_RE: Final = re.compile(r"(?:全国|全省|全市|全区|全州|全盟|全县|省内|市内)[^、，]*$")
_AFTER_MAX: Final = 16  # the noun after a count (8所公办幼儿园) is short
# units of things counted: after them a noun may say what was counted (8所公办幼儿园)
_COUNTED: Final = frozenset(u for u in SPELLINGS.values() if dimension(u) in ("个", "人", "户"))


def _tidy(name: str) -> str:
    """``name`` (without white space) without the words around it that are not part of it."""
    if name and name[0] in _DASHES:  # ——预计地区生产总值: a dash that starts a list's item
        name = name.lstrip(_DASHES)
    if name.startswith(_LEADING_STARTS):  # a cheap test before each regex
        m = _LEADING_RE.match(name)
        if m is not None:
            name = name[m.end() :].lstrip(":：")  # 其中:稻谷
    if name.endswith(_TRAILING_WORDS):
        t = _TRAILING_RE.search(name)
        if t is not None:
            name = name[: t.start()]
    if name.endswith(("]", "〕", "均", "都")):
        name = _TRAILING_MARK_RE.sub("", name)  # 生产总值[2]; 商品进出口总额均 (one name)
    if name.endswith(_FLOWS) and len(name) > 2:
        name = name[-2:] + name[:-2]  # 国家级专精特新企业新增: 新增国家级专精特新企业
    return name


def _stem(words: str) -> str:
    """``words`` without the growth or comparator words that end them (增长, 突破, 达到), tidied."""
    at = reading_words_at(words)  # the words parse_target reads
    return _tidy(words[:at] if at is not None else words)


def indicator(work: str, tok: Number, lead: str, raw_lead: str, next_start: int) -> str:
    """A guess at the noun phrase a number measures: 新增海外仓10个 -> 新增海外仓; 制造业投资、
    高新技术产业投资分别增长29.5%、41.3% -> 制造业投资, 高新技术产业投资."""
    if "分别" in lead:
        names, index = respectively(lead)
        if len(names) > 1 and index < len(names):
            return names[index]
    start, end, tail, _, unit, _, _, _, _ = tok
    nl = raw_lead.rfind("\n")
    if nl >= 0 and len(raw_lead) - nl <= 8 and work.find("\n", tail, tail + 12) >= 0:
        label = _row_label(work, start, raw_lead[nl + 1 :])
        if label:
            return label[-INDICATOR_MAX:]
    # 推进183个政府、国企投资新续建项目: the thing counted follows the number; so does what a
    # figure measures when the words before it name nothing
    counted = unit in _COUNTED and end == tail
    if counted:
        after = _after_noun(work, tail, next_start)
        if after:
            return after
    core = _ranked(lead) if unit == RANK else _stem(lead)
    if "较" in core or "比" in core:
        core = _BASELINE_RE.sub("", core)  # 较前三年均值
    if core.endswith((")", "）")):
        core = _BRACKETED_RE.sub("", core)  # 国家单项冠军企业(产品)40家: a remark is no name
    cut = _LAST_CUT_RE.match(core)
    if cut is not None:
        first, listed_after = core[:2], core[cut.end() - 1] == "、"
        core = _tidy(core[cut.end() :])
        if (
            first in _FLOWS
            and listed_after
            and core
            and core[:2] not in _FLOWS
            and unit in _COUNTED
        ):
            core = first + core  # 新增商事主体10万户、上市企业10家: 新增 is each item's
    if len(core) <= 2 and not counted and unit not in RATE_UNITS and unit != RANK:
        # a rate whose words name nothing takes the name of the figure before it (、增长5.6%)
        after = _after_noun(work, tail, next_start)
        if after:
            return after
    return core[-INDICATOR_MAX:]


def _ranked(words: str) -> str:
    """What a rank's words say is ranked: 地区生产总值增速 of 地区生产总值增速排名全市县区第,
    增速 of 增速居全省第 (named by the figure before it)."""
    m = _RANK_WORDS_RE.search(words) or _LEAGUE_RE.search(words)
    if m is not None:
        words = words[: m.start()]
    return _tidy(_YEAR_LEAD_RE.sub("", words))


def respectively(lead: str) -> tuple[list[str], int]:
    """For a figure whose clause ``lead`` says 分别 (A、B分别增长X%、Y%): the names listed before
    分别, and which of them the figure is (the n-th figure belongs to the n-th name)."""
    at = lead.rindex("分别")
    head = lead[:at]
    base = _BASE_TAIL_RE.search(head)  # (A、B较2016年分别增长: the base is no name's)
    return listed(head[: base.start()] if base else head), len(_FIGURE_RE.findall(lead, at))


# the words of a text's own place (全市地区生产总值, 我县…)
OWN_WORDS_RE: Final = re.compile("全[市县区省州盟旗]|[我本][市县区省]")


# the nouns a list of an industry's or a sector's figures names alone after the first
# (规模以上工业总产值、增加值分别增长4%和0.5%: the second is 规模以上工业增加值)
_HEADS: Final = ("增加值", "总产值", "产值", "营业收入", "营收", "利润总额", "利润", "税收")


def _head_of(name: str) -> str | None:
    """The noun of ``_HEADS`` that ends ``name`` after words of its own, or None."""
    return next((h for h in _HEADS if name.endswith(h) and len(name) > len(h) + 1), None)


def listed(head: str) -> list[str]:
    """The names a list ends ``head`` with (the words before 分别 or 均): 制造业投资、高新技术
    产业投资 -> both; 城镇、农村居民人均可支配收入 -> 城镇居民… and 农村居民…. The list starts
    after the figures and clauses before it."""
    names = [s for s in _LIST_SPLIT_RE.split(_LIST_START_RE.sub("", head)) if s]
    if not names:
        return []
    if len(names) == 1 and (only := _tidy(names[0])).startswith("城乡居民"):
        # 城乡居民收入分别增长6%、7%; 预计城乡居民人均可支配收入同比分别增长7%左右和9%左右
        return [_tidy("城镇居民" + only[4:]), _tidy("农村居民" + only[4:])]
    last = names[-1]
    out: list[str] = []
    for i, name in enumerate(names):
        if i and name in _HEADS and (noun := _head_of(out[0])):
            out.append(out[0][: -len(noun)] + name)  # 规模以上工业总产值、增加值
            continue
        # (预计城镇、农村居民…, 全市城镇和农村居民…: the words before the list are none of its)
        name = _tidy(name)
        own = OWN_WORDS_RE.match(name)
        name = name[own.end() :] if own and own.end() < len(name) else name
        if len(name) <= 2 < len(last) - len(name):
            name += last[len(name) :]  # 城镇和农村居民人均可支配收入
        elif len(name) <= 4 and (j := last.find(name[-2:])) > 0 and j + 2 < len(last):
            name += last[j + 2 :]  # 城镇居民、农村居民人均可支配收入
        out.append(_tidy(name))
    return out


def shared(lead: str) -> list[str]:
    """The names one figure is given for (固定资产投资、工业投资、服务业投资均增长12%左右: three
    names), or [] if its words give it to one."""
    m = _SHARED_RE.search(lead)
    if m is None:
        return []
    names = listed(lead[: m.start()])
    return names if len(names) > 1 else []


def ranked_together(lead: str, alone: bool = True) -> list[str]:
    """The names one rank is given for (地区生产总值、第二产业增加值、社会消费品零售总额增速排名
    全市县区第一: the growth of each of the three), or [] if it ranks one (or names no aspect of
    an indicator, 增速 or 总量, that says the list is of indicators). ``alone``: no other
    rank follows it in its list (第26位和第49位 give one place to each name)."""
    if not alone:
        return []
    m = _RANK_WORDS_RE.search(lead) or _LEAGUE_RE.search(lead)
    if m is None or "、" not in lead[: m.start()] or "分别" in lead:
        return []
    if _FIGURE_RE.search(lead, m.start()) is not None:
        return []  # 投资、工业竞争力位列全国百强县第26位和第49位: one rank each
    names = listed(_YEAR_LEAD_RE.sub("", lead[: m.start()]))
    if len(names) < 2:
        return []
    aspect = next((a for a in RANK_ASPECTS if names[-1].endswith(a)), None)
    if aspect is None:
        return []  # 第一人民医院、中医院、妇保院均位列…前4: who is ranked, not which indicators
    return [n if n.endswith(aspect) else n + aspect for n in names]


def name_before(lead: str) -> str:
    """The noun phrase a clause ends with (``lead``, without white space): 居民人均可支配收入 of
    全体居民人均可支配收入增长与…, the growth and comparator words and filler left out."""
    core = _stem(lead)
    cut = _LAST_CUT_RE.match(core)
    return _tidy(core[cut.end() :]) if cut is not None else core


def _after_noun(work: str, pos: int, until: int) -> str:
    """The noun phrase right after ``pos`` (8所公办幼儿园), if it has two characters or more."""
    a = _AFTER_NOUN_RE.match(work, pos, until)
    if a is None:
        return ""
    after = _tidy("".join(a.group(1).split())[:_AFTER_MAX])
    return after if len(after) >= 2 else ""


def _row_label(work: str, start: int, before: str) -> str:
    """The label of a figure in a table extracted from a PDF: the figure stands on a short line of
    its own (增长6%左右) and its label on the row above (地区生产总值), continued from the row
    before that when it starts with a linking word (全社会R&D经费支出 / 占地区生产总值比重达)."""
    if _stem(squash(before)):
        return ""
    ls, le = line_of(work, start)
    if not is_row(work[ls:le].strip()):
        return ""
    rows = lines_back(work, ls)
    above = next(rows, None)
    if above is None or not _is_label(above[1]):
        return ""
    label = _stem(squash(above[1]))
    if label.startswith(("占", "与", "和", "及", "的")):
        before_row = next(rows, None)
        if before_row is not None and _is_label(before_row[1]):
            label = squash(before_row[1]) + label
    return label


def _is_label(line: str) -> bool:
    return is_row(line) and "、" not in line and DIGIT_RE.search(line) is None


# -- names of the catalogue ------------------------------------------------------------------------

_BRACKETS_RE: Final = re.compile(r"[（(\[〔]")
# a remark or a footnote's marker in brackets: 生产总值[2], 地区生产总值(GDP)
_BRACKETED_RE: Final = re.compile(r"[（(\[〔][^（()）\[\]〔〕]{0,12}[）)\]〕]")
_SHARE_OF_GOAL_RE: Final = re.compile("(?:目标|计划|任务)的")
# what may stand between an indicator's name and its figure: words of growth, comparison with last
# year, reporting and size, and filler
_GAP: Final = (
    "的", "了", "增长", "增速", "增幅", "涨幅", "下降", "降低", "减少", "提高", "提升", "上升",
    "回落", "上涨", "比上年", "同比", "较上年", "比去年", "同口径", "可比口径", "分别", "达到",
    "达", "为", "是", "有", "在", "将", "仍", "已", "要", "继续", "实现", "完成", "目标", "总额",
    "总量", "总数", "总人数", "人数", "数量", "规模", "总水平", "水平", "指数", "增长率", "降低率",
    "下降率", "约", "近", "超过", "超", "突破", "首次", "累计", "平均", "预计", "按可比价格计算",
    "按可比价计算", "控制在", "保持在", "保持", "稳定在", "提高到", "提升至", "降至", "降到",
    "力争", "确保", "争取", "预期", "以上", "左右", "可比", "设",
)  # fmt: skip
# words right before a name that make a figure something else than it: a share of it, a gap to it
RELATION_BEFORE: Final = (
    "占", "比", "较", "高于", "低于", "快于", "慢于", "超过", "相当于", "与", "同", "拉动",
)  # fmt: skip
_SEPARATORS_RE: Final = re.compile(".*[、，,；;：:和及与是为【】“”「」]")  # (…目标是地区生产总值)
_YEAR_PREFIX_RE: Final = re.compile(r"(?:(?:19|20)[0-9]{2}年(?:度|全年)?)")
_FILLER_PREFIX_RE: Final = re.compile(
    "(?:全市|全县|全区|全省|全州|全盟|全旗|全镇|全域|全社会|全国|我国|我市|我县|我区|我省|本市|"
    "本县|全年|年度|今年|去年|年末|年底|全体|实现|完成|力争|确保|争取|努力|将|预计|其中|共|总计|累计|"
    "初步测算|据初步核算|经初步核算)+"
)


def _whole(prefix: str, place: str | None, wide: bool = True) -> bool:
    """Whether the words before an indicator's name leave its scope whole: nothing but a year,
    filler (全市, 全年, 实现) or the text's own place (``wide``: whether 全省, 全国 may name a
    wider area than the text's, see ``is_wider``; 全国 is, wherever the text's place is known)."""
    rest = _YEAR_PREFIX_RE.sub("", prefix.lstrip(_DASHES))
    if (wide or NATION_RE.search(rest)) and is_wider(rest, place):
        return False  # 全省一般公共预算收入 in a city's text: the province's
    if place:
        rest = rest.replace(place, "")
        rest = rest.replace(short_place(place), "")  # 新乡市 is also written 新乡, 广东省 广东
        # (not 福建省 for 福建: a text about a city of a province names the province too, and
        # the province's figures are not the city's)
    return not _FILLER_PREFIX_RE.sub("", rest)


# the starting point of a change at a name's end (城镇调查失业率由, 城镇调查失业率由5.5%)
_FROM_TAIL_RE: Final = re.compile(r"(?:由|从)(?:-?[0-9][0-9.,]*[^0-9]{0,4})?\Z")


def catalogue_name(
    lead: str, guess: str, cat: Catalogue, place: str | None, unit: str = "", wide: bool = True
) -> str:
    """The catalogue's name of what a figure measures: that of ``guess`` (the noun phrase read
    before), or of the catalogue name its clause ``lead`` ends with (only words of growth or
    filler between it and the figure), provided nothing narrows it (城镇…, 某某区…) and it is
    not the term of a comparison (占固定资产投资的50.7%), and that a figure in ``unit`` can be one
    of (not 2项 after 一般公共预算收入). Else ``guess``, without the words of a whole area that is
    the text's own. A name that starts with a wider area's (全省一般公共预算收入 in a city's text,
    ``wide``: see ``is_wider``) is kept whole: no entry is the text's own."""
    start = _FROM_TAIL_RE.search(guess)
    if start is not None and start.start() > 1:
        guess = guess[: start.start()]  # 城镇调查失业率由(5.5%)降为5.2%: what changes
    bare = _YEAR_PREFIX_RE.sub("", guess)
    if bare.startswith(AREAS) and len(bare) > 2:
        if (wide or NATION_RE.match(bare)) and is_wider(bare[:2], place):
            return guess  # 全省一般公共预算收入 in a city's text: the province's, not its own
        guess = bare[2:]  # (全省地区生产总值 in the province's own text, or a text of no place)
    elif place and bare.startswith(short := short_place(place)):
        rest = bare[len(place) if bare.startswith(place) else len(short) :]
        filler = _FILLER_PREFIX_RE.match(rest)
        rest = rest[filler.end() :] if filler else rest
        if cat.get(rest) is not None:
            guess = rest  # 昆山将经济(增长目标设为6%以上) in 昆山市's text: its own
    entry = cat.get(guess)
    if entry is not None:
        return entry.name if entry.measured_in(unit) else guess
    if guess[:2] in _FLOWS:
        return guess  # a flow the catalogue lacks
    if "分别" in lead:
        lead = guess  # the n-th name of a list: its own words (屯昌县预计地区生产总值)
    words = _BRACKETED_RE.sub("", lead) if _BRACKETS_RE.search(lead) else lead
    f = cat.ending(words, _GAP)
    if f is None:
        return guess
    before = words[: f.start]
    if before.endswith(RELATION_BEFORE) or _SHARE_OF_GOAL_RE.search(words, f.end):
        return guess  # 占…的50.7%; 森林覆盖率完成目标的98%: a share of the goal, not the rate
    cut = _SEPARATORS_RE.match(before)
    whole = _whole(before[cut.end() :] if cut else before, place, wide)
    if whole and f.indicator.measured_in(unit):
        return f.indicator.name
    return guess


__all__ = [
    "BULLETS",
    "OWN_WORDS_RE",
    "RANK_ASPECTS",
    "RELATION_BEFORE",
    "catalogue_name",
    "indicator",
    "listed",
    "name_before",
    "ranked_together",
    "respectively",
    "shared",
]
