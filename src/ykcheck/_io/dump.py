"""Writing data back as TOML: the model becomes raw records (``convert``) and the schema's
converter unstructures them with the defaults left out, so that ``loads(dumps(data)) == data``."""

from __future__ import annotations

from typing import Any

import tomli_w

from .._errors import wrong_type
from .._model import Data
from .convert import raw_file
from .schema import DUMPER


def to_document(data: Data) -> dict[str, Any]:
    """The TOML document of ``data`` (as dicts), in the format ``loads`` reads."""
    doc: dict[str, Any] = DUMPER.unstructure(raw_file(data))
    return doc


def dumps(data: Data) -> str:
    """Write ``data`` as TOML text that ``loads`` reads back to equal data. Raises TypeError if
    ``data`` is not a Data."""
    if not isinstance(data, Data):
        raise wrong_type("dumps", "a Data (from ykcheck.load or ykcheck.draft)", data)
    return tomli_w.dumps(to_document(data))


__all__ = ["dumps", "to_document"]
