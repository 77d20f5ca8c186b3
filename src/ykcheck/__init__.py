"""ykcheck: did a Chinese local government keep the promises of its work report?

Commitments of one year's plan are modelled with units and thresholds, judged against the outcomes
reported the next year, and rendered as a fulfilment report::

    import ykcheck
    data = ykcheck.load("data/commitments.toml")
    print(ykcheck.evaluate(data).to_markdown())

The layers, in the direction data flows: text (``_text``) → numbers (``_numbers``,
``_quantity``) → phrases (``_phrases``) → model (``_model``) → verdicts (``_grade``,
``_evaluate``, ``_report``) → rendering (``_render``); data files are read and written at the
edge (``_io``), raw reports drafted by ``_extract``, and ``_analysis`` looks across verdicts.
"""

from ._analysis.history import History, UnknownIndicator, histories
from ._analysis.lint import Finding, lint
from ._api import check, evaluate
from ._catalogue import Catalogue, Indicator, load_catalogue
from ._compare import Document, compare
from ._compare import draft_of as compare_draft
from ._errors import DataError, DraftError, ParseError, Problem, UnitError, YkcheckError
from ._extract import Candidate, draft, extract, plan_year
from ._io import bundled_data, dumps, load, loads, merge
from ._match import Match, match
from ._model import (
    Ambition,
    Commitment,
    Data,
    Outcome,
    Pairing,
    Source,
    Target,
    Tolerances,
    Verdict,
)
from ._phrases import parse_target
from ._quantity import format_quantity, parse_quantity
from ._render.history import to_markdown as history_markdown
from ._render.text import describe
from ._report import Report

__version__ = "0.1.0"

# str(verdict) is the line `ykcheck check` prints. The model renders nothing itself (its layer
# is below the renderers), so the line is attached here, where both are imported.
Verdict.__str__ = describe  # type: ignore[method-assign,assignment]


def __getattr__(name: str) -> object:
    # the pint registry is built on first use, so that a report does not pay for it
    if name in ("ureg", "Quantity"):
        from . import _units

        return getattr(_units, name)
    raise AttributeError(f"module 'ykcheck' has no attribute {name!r}")


__all__ = (
    "Ambition",
    "Candidate",
    "Catalogue",
    "Commitment",
    "Data",
    "DataError",
    "Document",
    "DraftError",
    "Finding",
    "History",
    "Indicator",
    "Match",
    "Outcome",
    "Pairing",
    "ParseError",
    "Problem",
    "Quantity",
    "Report",
    "Source",
    "Target",
    "Tolerances",
    "UnitError",
    "UnknownIndicator",
    "Verdict",
    "YkcheckError",
    "bundled_data",
    "check",
    "compare",
    "compare_draft",
    "describe",
    "draft",
    "dumps",
    "evaluate",
    "extract",
    "format_quantity",
    "histories",
    "history_markdown",
    "lint",
    "load",
    "load_catalogue",
    "loads",
    "match",
    "merge",
    "parse_quantity",
    "parse_target",
    "plan_year",
    "ureg",
)
