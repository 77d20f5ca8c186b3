"""Text as report extractions give it: full-width digits, traditional characters, white space
inside words. ``fold`` gives a same-length working copy in the usual forms, so that an offset into
it is an offset into the original; ``squash`` removes white space.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

# Traditional forms of the characters that numbers, units and the words of plans and reviews are
# written with, one character for one so that offsets stay valid in the original text.
_TRADITIONAL: Final = (
    "億萬兩畝個項條處間臺輛場輪屆幾噸釐貳參陸點時標實現確爭達於內過長減縮壓預計劃與為對較數說"
    "顧務報經濟總產業資設開華區縣鎮鄉農學醫療險養術際環態綠電網費額銷貿證進動運續維護職勞發規"
    "圍準車鐵線橋戶號雙極單歲幣園廠樓棟築啟擴應屬獲選評驗雲興滿輸償穩嚴隱災艱難盤積競歷統約"
    "級絕紀結給舊觀買賣賽貸貨質貼輕遠違適還邊鄰銀錄鏈閉隊陽雜離頂順須頭題顯風飛館體騰齊"
    "衛倉莊聯擁攤畫盡監碼國調價糧漲會這們來東門問間聞關陳陣階際隨險雖雙雞難電靈顏願類顧飯"
    "館馬驗魚鳥麥黃齒龍龜條協勢勵匯廣慶庫彈徵復慮憑戰戶擔據擇擊撥擾斂斷時晉書會業極構標樂"
    "權橫歡殘氣漢濤濱灣災為無燈營爭狀獨獎現環產畢療盡監眾礦碼確磚禮禍稅穀穩窮競筆節範築"
    "簡糧紅純紙組細終經綜綠維網緊線練總績繼續罰羅職聯聲聽脅脫腦臨舉興艦艱藝蘇蘭處號蟲衛衝"
    "補裝製複襲見規視親覽觸計訂訊記訪設許訴診詞試詩話誕認誤說調談請諸講謝證識議護讀變讓貝"
    "負財貢責貫貧貨販貴貸費貿資賦賴贊贏趕趨跡蹤車軌軍軟載輔輛輝輯輸辦農運過進遠選遞遺還邊"
    "郵鄉醫釋鋼錢錯鍵鎮鏈長門閱隊陰陸陽隱雜雲電韓響頁項順預領頻顆題額風飯飲館驅體鬥鮮麗"
    "齊龍別並將專僅諾強躋"
)
_SIMPLIFIED: Final = (
    "亿万两亩个项条处间台辆场轮届几吨厘贰参陆点时标实现确争达于内过长减缩压预计划与为对较数说"
    "顾务报经济总产业资设开华区县镇乡农学医疗险养术际环态绿电网费额销贸证进动运续维护职劳发规"
    "围准车铁线桥户号双极单岁币园厂楼栋筑启扩应属获选评验云兴满输偿稳严隐灾艰难盘积竞历统约"
    "级绝纪结给旧观买卖赛贷货质贴轻远违适还边邻银录链闭队阳杂离顶顺须头题显风飞馆体腾齐"
    "卫仓庄联拥摊画尽监码国调价粮涨会这们来东门问间闻关陈阵阶际随险虽双鸡难电灵颜愿类顾饭"
    "馆马验鱼鸟麦黄齿龙龟条协势励汇广庆库弹征复虑凭战户担据择击拨扰敛断时晋书会业极构标乐"
    "权横欢残气汉涛滨湾灾为无灯营争状独奖现环产毕疗尽监众矿码确砖礼祸税谷稳穷竞笔节范筑"
    "简粮红纯纸组细终经综绿维网紧线练总绩继续罚罗职联声听胁脱脑临举兴舰艰艺苏兰处号虫卫冲"
    "补装制复袭见规视亲览触计订讯记访设许诉诊词试诗话诞认误说调谈请诸讲谢证识议护读变让贝"
    "负财贡责贯贫货贩贵贷费贸资赋赖赞赢赶趋迹踪车轨军软载辅辆辉辑输办农运过进远选递遗还边"
    "邮乡医释钢钱错键镇链长门阅队阴陆阳隐杂云电韩响页项顺预领频颗题额风饭饮馆驱体斗鲜丽"
    "齐龙别并将专仅诺强跻"
)
_FULLWIDTH: Final = (
    "".join(
        chr(c) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
    )
    + "％＋－．＆"
)
_ASCII: Final = (
    "".join(chr(c) for c in (*range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B))) + "%+-.&"
)
_FOLD: Final = str.maketrans(
    dict(zip(_TRADITIONAL + _FULLWIDTH, _SIMPLIFIED + _ASCII, strict=True))
)
_NEEDS_FOLD_RE: Final = re.compile(
    "[" + re.escape("".join(sorted(set(_TRADITIONAL + _FULLWIDTH)))) + "]"
)


def fold(text: str) -> str:
    """``text`` with full-width ASCII and common traditional characters (億 萬 兩 畝 …) in their
    usual form. Same length, so that an offset into it is an offset into ``text``."""
    return text.translate(_FOLD) if _NEEDS_FOLD_RE.search(text) else text


_TONED: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# the pinyin some sites print after a rare character (預(yù)期, 統(tǒng)計): not words of the text
_ANNOTATION_RE: Final = re.compile(
    # (the bracket first, the character before it after: a pattern that starts with a
    # lookbehind is tried at every character of the text)
    rf"[(（](?<=[\u4e00-\u9fff][(（])(?=[a-z]*[{_TONED}])[a-z{_TONED}ü]{{1,7}}[)）]"
)


class Removed:
    """Where pieces were cut out of a text: maps an offset into the cut text back to the
    original. ``at`` are the places of the cuts in the cut text, ``total`` the characters cut
    up to and including each."""

    def __init__(self, at: list[int], total: list[int]) -> None:
        self.at, self.total = at, total

    def start(self, i: int) -> int:
        """The original offset of a span's start at ``i`` (after any cut made there)."""
        k = bisect.bisect_right(self.at, i)
        return i + (self.total[k - 1] if k else 0)

    def end(self, i: int) -> int:
        """The original offset of a span's end at ``i`` (before any cut made there)."""
        k = bisect.bisect_left(self.at, i)
        return i + (self.total[k - 1] if k else 0)


def without_annotations(text: str) -> tuple[str, Removed | None]:
    """``text`` without the pinyin printed after characters (預(yù)期 -> 預期), and where it was
    cut (None where there was none)."""
    if "(" not in text and "（" not in text:
        return text, None
    at: list[int] = []
    total: list[int] = []
    parts: list[str] = []
    last = cut = 0
    for m in _ANNOTATION_RE.finditer(text):
        parts.append(text[last : m.start()])
        at.append(m.start() - cut)
        cut += m.end() - m.start()
        total.append(cut)
        last = m.end()
    if not at:
        return text, None
    parts.append(text[last:])
    return "".join(parts), Removed(at, total)


def near(
    pattern: re.Pattern[str], anchor: re.Pattern[str], work: str, reach: int
) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``work`` that hold a match of ``anchor`` (a word every one
    of them holds, no further than ``reach`` from either end), found as one scan of the whole
    text would find them but tried only near the anchors: a pattern tried at every character of
    a text costs far more than a search for a word."""
    found: list[re.Match[str]] = []
    end = 0
    for a in anchor.finditer(work):
        if a.start() < end:
            continue
        for m in pattern.finditer(work, max(a.start() - reach, end), a.end() + reach):
            if m.start() <= a.start() < m.end():
                found.append(m)
                end = m.end()
                break
    return found


def squash(s: str) -> str:
    """``s`` without white space."""
    return "".join(s.split())


# C0 controls but tab and line feed, DEL, and C1 controls: NUL ends a C string, ESC and CSI
# (U+009B) start a terminal's commands (colours, cursor moves, a window's title)
_CONTROLS: Final = {c: "\ufffd" for c in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with every control character but tab and line feed replaced by U+FFFD, so that
    it is safe on a terminal and in any output a person reads."""
    return text.translate(_CONTROLS) if _CONTROL_RE.search(text) else text


# a run this long without white space is a value, not words: messages show its ends only
_LONG_RUN_RE: Final = re.compile(r"\S{201,}")


def _cut(m: re.Match[str]) -> str:
    run = m.group()
    return f"{run[:120]}…[{len(run) - 160} characters left out]…{run[-40:]}"


def shorten(text: str) -> str:
    """``text`` for a message: each run of more than 200 characters without white space (a
    value of 100,000 digits) is cut to its start and end, saying how much was left out."""
    return _LONG_RUN_RE.sub(_cut, text)


__all__ = ["fold", "printable", "shorten", "squash"]
