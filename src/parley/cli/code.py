"""`parley code`: articles in, events out."""

from __future__ import annotations

import os
import sys
from datetime import date

import click

from parley.cli import cli
from parley.output import FORMATS, EventWriter
from parley.records import InputError


def parse_published(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def use_knowledge(ctx, param, value: tuple[str, ...]) -> tuple[str, ...]:
    """--kb/--lexicon layer user files over the packaged ones (same mechanism as PARLEY_KB/PARLEY_LEXICON)."""
    if value:
        from parley import pipeline
        from parley.actors.kb import default_kb
        from parley.events.lexicon import default_lexicon

        env = "PARLEY_KB" if param.name == "kb" else "PARLEY_LEXICON"
        os.environ[env] = os.pathsep.join([*filter(None, [os.environ.get(env)]), *value])
        default_kb.cache_clear()
        default_lexicon.cache_clear()
        pipeline.reset_coders()
    return value


def input_options(f):
    """Options shared by every command that reads articles (code, ingest)."""
    f = click.option("--lexicon", multiple=True, type=click.Path(exists=True), callback=use_knowledge,
                     expose_value=False, is_eager=True,
                     help="Extra verb-pattern file(s) layered over the packaged lexicon (same id replaces).")(f)
    f = click.option("--kb", multiple=True, type=click.Path(exists=True), callback=use_knowledge,
                     expose_value=False, is_eager=True,
                     help="Extra knowledge-base directory or file(s) (countries/igos/sectors/people.jsonl).")(f)
    f = click.option("--published", callback=parse_published, metavar="YYYY-MM-DD",
                     help="Publication date for .txt/.html inputs (JSONL lines carry their own).")(f)
    f = click.option("--max-bytes", type=click.IntRange(min=1), default=5_000_000, show_default=True,
                     help="Inputs larger than this are refused with an error.")(f)
    return click.argument("paths", nargs=-1, required=True, metavar="PATH...")(f)


@cli.command("code")
@input_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: every field; tsv: GDELT-like columns; table: for people.")
@click.option("--asserted-only", is_flag=True, help="Keep only asserted events (no negated, future, "
              "hypothetical, reported or speculative ones).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write events here instead of stdout.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first bad input (for debugging).")
def code_command(paths, published, max_bytes, fmt, asserted_only, output, fail_fast):
    """Code news articles into political events.

    PATH is a .txt or .html file, a .jsonl corpus (id, text, published; optional title, url, source),
    a directory of such files, or - for JSONL on stdin. Bad inputs are reported on stderr, one line
    each; the rest of the batch is coded. Exit status: 0 all coded, 1 some inputs failed.
    """
    from parley.ingest import read_inputs
    from parley.pipeline import code_articles

    writer = EventWriter(output, fmt)
    failed = coded = events = 0
    items = read_inputs(paths, published=published, max_bytes=max_bytes)
    for result in code_articles(items, asserted_only=asserted_only):
        if isinstance(result, InputError):
            failed += 1
            click.echo(f"error: {result}", err=True)
            if fail_fast:
                sys.exit(1)
            continue
        coded += 1
        events += writer.write(result.events, url=result.article.url)
    output.flush()
    click.echo(f"coded {coded} article(s), {events} event(s); {failed} input(s) failed", err=True)
    sys.exit(1 if failed else 0)
