"""Extraction: candidate targets and outcomes from the raw text of a work report.

``extract(text)`` finds every number that states a target (this year's plan: 新增海外仓10个,
固定资产投资增长15%以上) or an outcome (last year's review: 整治低效工业用地5007亩) and gives it
back as a ``Candidate`` with its verbatim quote and its place in the text, for a person to review;
``draft`` turns the candidates of a text into data.

Real inputs are PDF extractions of newspaper pages: lines break inside phrases, columns of the
plan and of the review interleave, numbers carry spaces (招引 10 亿元以上制造业项目 8 个),
characters come full-width or traditional. So:

- the text is read through a same-length working copy (``_text.fold``), and every offset is an
  offset into the original text;
- a number is read with white space allowed between its parts (``_numbers``), and the words
  before it with the white space of the extraction removed, by the same rules as
  ``parse_target`` (``_phrases``);
- the role (target or outcome) comes from the nearest section marker before the number
  (``sections``) and from the words around the number (``cues``), which outvote a marker when
  they are many and agree: columns of the plan and of the review interleave on a newspaper page.

Numbers that are not figures are left out (``figures``): years, ordinals and rankings, codes and
names, numerals inside phrases, and qualifiers. The modules: ``figures`` (which numbers are
figures), ``sections`` (markers, headings, plan year), ``cues`` (words of a role),
``indicator`` (what a figure measures), ``scan`` (the pass over a text), ``draft`` (candidates
to data).
"""

from .area import shared_place
from .candidate import Candidate
from .draft import draft
from .scan import extract, extract_about
from .sections import plan_year

__all__ = ["Candidate", "draft", "extract", "extract_about", "plan_year", "shared_place"]
