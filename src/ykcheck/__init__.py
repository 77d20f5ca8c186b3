"""ykcheck: did a Chinese local government keep the promises of its work report?

Commitments of one year's plan are modelled with units and thresholds, judged against the outcomes
reported the next year, and rendered as a fulfilment report::

    import ykcheck
    data = ykcheck.load("data/commitments.toml")
    print(ykcheck.evaluate(data).to_markdown())
"""

from ._api import check, evaluate
from ._errors import DataError, ParseError, Problem, UnitError, YkcheckError
from ._evaluate import Tolerances, Verdict
from ._extract import Candidate, extract
from ._load import Data, dumps, load, loads
from ._model import Commitment, Outcome, Source, Target
from ._quantity import format_quantity, parse_quantity
from ._report import Report
from ._target import parse_target

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # the pint registry is built on first use, so that a report does not pay for it
    if name in ("ureg", "Quantity"):
        from . import _units

        return getattr(_units, name)
    raise AttributeError(f"module 'ykcheck' has no attribute {name!r}")


__all__ = (
    "Candidate",
    "Commitment",
    "Data",
    "DataError",
    "Outcome",
    "ParseError",
    "Problem",
    "Quantity",
    "Report",
    "Source",
    "Target",
    "Tolerances",
    "UnitError",
    "Verdict",
    "YkcheckError",
    "check",
    "dumps",
    "evaluate",
    "extract",
    "format_quantity",
    "load",
    "loads",
    "parse_quantity",
    "parse_target",
    "ureg",
)
