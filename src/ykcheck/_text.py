"""Text as report extractions give it: full-width digits, traditional characters, white space
inside words. ``fold`` gives a same-length working copy in the usual forms, so that an offset into
it is an offset into the original; ``squash`` removes white space.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
from pathlib import Path
from typing import Final


def _traditional() -> dict[str, str]:
    """Traditional characters and their simplified forms, one character for one (so that
    offsets stay valid in the original text): OpenCC's table of characters (TSCharacters), each
    character's first simplified form."""
    # (the package's data file, found without importing the package: its converter is not used)
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("ykcheck needs opencc-python-reimplemented: pip install ykcheck")
    table = Path(spec.submodule_search_locations[0]) / "dictionary" / "TSCharacters.txt"
    out = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, forms = line.partition("\t")
        first = forms.split(" ", 1)[0]
        if len(key) == 1 and len(first) == 1 and key != first:
            out[key] = first
    return out


_TRADITIONAL: Final = _traditional()

# the dash of a range or a span, as reports write it: 5%-6%, 5%——6%, 3~5万人, 5至6%, 1到11月
DASHES: Final = ("——", "-", "–", "—", "~", "～", "至", "到")
DASH: Final = "(?:" + "|".join(map(re.escape, DASHES)) + ")"

_FULLWIDTH: Final = (
    "".join(
        chr(c) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
    )
    + "％＋－．＆﹙﹚"
)
_ASCII: Final = (
    "".join(chr(c) for c in (*range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B)))
    + "%+-.&()"
)
_FOLD: Final = str.maketrans(_TRADITIONAL | dict(zip(_FULLWIDTH, _ASCII, strict=True)))
# (a set, not a regex of a class: re searches a class of 4,000 scattered characters 17 times
# slower than a set's isdisjoint reads the text)
_FOLDED: Final = frozenset({*_TRADITIONAL, *_FULLWIDTH})


def fold(text: str) -> str:
    """``text`` with full-width ASCII and common traditional characters (億 萬 兩 畝 …) in their
    usual form. Same length, so that an offset into it is an offset into ``text``."""
    return text if _FOLDED.isdisjoint(text) else text.translate(_FOLD)


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
