"""The `parley` command: a thin layer over the Python API (same names for flags and kwargs)."""

from __future__ import annotations

import logging
import sys

import click

from parley import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="parley")
@click.option("-v", "--verbose", count=True, help="More log detail on stderr (-v, -vv).")
def cli(verbose: int) -> None:
    """parley: political event data (CAMEO/PLOVER) from news text."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    # Each command group lives in its own module and adds itself to `cli`.
    from parley.cli import code, evaluate, lexicon, store  # noqa: F401


_register()


def main() -> None:
    cli()
