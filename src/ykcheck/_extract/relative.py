"""Relative statements: a growth set beside the economy's, with no figure of its own (and
growth above zero, 正增长, and no change from the year before, 与上年持平, which say their
figure in words too).

居民人均可支配收入增长与经济增长基本同步 (in step with GDP growth), 城乡居民人均可支配收入高于GDP
增速, 居民收入增长快于经济增长 (faster than it). As targets they are judged against the growth of
GDP the review reports; they are found here in one pass over the text, with the words they
stand in.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .._text import near
from .._vocab import Hedge, Relation

_ECONOMY: Final = (
    r"(?:经济增长|经济发展|经济增速|GDP增长|GDP增速|地区生产总值增长|地区生产总值增速|生产总值增长|"
    r"生产总值增速)"
)
_STATEMENT_RE: Final = re.compile(
    # a statement starts with a word, never with space (read from each space of a long run of
    # them, the pattern would take time in the square of its length)
    rf"(?=\S)(?:(?P<sync>(?:增长|增速|增幅)?\s*(?:与|和|同)\s*{_ECONOMY}\s*(?:(?:基本|协调)\s*)?同步)"
    rf"|(?P<faster>(?:增长|增速|增幅)?\s*(?:快于|高于|超过|跑赢)\s*{_ECONOMY}(?!\d))"
    # growth above zero, no reference: 外贸进出口力争正增长, 保持正增长
    r"|(?P<positive>正增长)"
    # no change from the year before: 与上年基本持平, 居住类价格与上年 持平, 同比持平
    r"|(?:(?:与|和|同|较|比)\s*(?:上年|去年)(?:同期)?\s*(?:相比)?|同比)\s*(?P<flat>基本|大体|总体)?"
    r"\s*持平)"
)


class Statement(NamedTuple):
    """A relative statement found in a text: where its words stand, and its relation."""

    start: int  # where the words of the relation start (增长与经济增长同步)
    end: int
    relation: Relation | None  # None: 正增长 or 持平, which name no reference
    flat: Hedge | None = None  # 持平: no change, exactly (与上年持平) or about (基本持平)


# every statement holds one of these words: the pattern is tried only near them (tried at every
# character, it cost a tenth of extraction)
_ANCHOR_RE: Final = re.compile("同步|快于|高于|超过|跑赢|正增长|持平")
_REACH: Final = 40  # the words of a statement before its anchor: at most this many characters


def _relation(m: re.Match[str]) -> Relation | None:
    if m.group("sync"):
        return "sync"
    return "faster" if m.group("faster") else None


def _flat(m: re.Match[str]) -> Hedge | None:
    if not m.group(0).endswith("持平"):
        return None
    return "about" if m.group("flat") else "exact"


def statements(work: str) -> list[Statement]:
    """The relative statements of a folded text, in text order."""
    return [
        Statement(m.start(), m.end(), _relation(m), _flat(m))
        for m in near(_STATEMENT_RE, _ANCHOR_RE, work, _REACH)
    ]


__all__ = ["Statement", "statements"]
