"""``ykcheck extract``: draft TOML from raw report text (see issue 4)."""

from __future__ import annotations

import click


@click.command()
@click.argument("path")
def extract(path: str) -> None:
    """Print draft TOML of the commitments and outcomes found in PATH (not built yet)."""
    raise click.UsageError("ykcheck extract is not built yet")
