"""Shared fixtures: paths of the bundled data and the gold annotations."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
TESTDATA = Path(__file__).resolve().parent / "data"

# a data file of one commitment and its source, no outcome: the smallest that loads
ONE_COMMITMENT = """
[[source]]
id = "s"
title = "a source"

[[commitment]]
id = "c1"
year = 2025
area = "区域"
indicator = "新增海外仓"
quote = "新增海外仓10个"
source = "s"
target = ">= 10个"
"""


def gold(year: str) -> list[dict[str, Any]]:
    """The hand-written annotation of every number in a seed source."""
    with open(TESTDATA / "gold" / f"{year}.toml", "rb") as f:
        return list(tomllib.load(f)["q"])


@pytest.fixture(scope="session")
def bundled():
    import ykcheck

    return ykcheck.load(DATA / "commitments.toml")
