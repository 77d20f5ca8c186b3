"""Data files: where things stand in TOML (``locate``), the schema (``schema``), structuring with
every problem reported (``structure``), raw records to and from the model (``convert``), loading
files with their includes and sources (``load``) and writing back (``dump``)."""

from .dump import dumps, to_document
from .load import bundled_data, load, loads, merge, quote_position

__all__ = ["bundled_data", "dumps", "load", "loads", "merge", "quote_position", "to_document"]
