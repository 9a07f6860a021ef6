"""`parley ingest / recode / events / dyad / actors / export`: the event store from the shell."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from contextlib import contextmanager

import click

from parley.cli import cli
from parley.cli.code import input_options
from parley.errors import ParleyError, QueryError
from parley.store import DEFAULT_DB, Store, default_coder
from parley.store.query import EventQuery

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, metavar="FILE",
                         envvar="PARLEY_DB", help="The DuckDB event store (env PARLEY_DB).")
mentions_option = click.option("--mentions", is_flag=True,
                               help="Count/list raw mentions instead of event clusters.")


def _load_coder(spec: str | None):
    """`module:function` (hidden, for tests and benchmarks), else the pipeline's coder."""
    if not spec:
        return default_coder()
    mod, _, name = spec.partition(":")
    try:
        return getattr(importlib.import_module(mod), name)
    except (ImportError, AttributeError) as exc:
        raise click.UsageError(f"--coder {spec!r}: {exc}") from None


@contextmanager
def _errors():
    """Malformed arguments -> usage error (exit 2); store problems -> one line (exit 1)."""
    try:
        yield
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from None


@contextmanager
def _progress(silent: bool, desc: str):
    from tqdm import tqdm

    bar = tqdm(desc=desc, unit=" articles", file=sys.stderr, disable=silent or not sys.stderr.isatty())
    try:
        yield bar.update
    finally:
        bar.close()


def _report(report) -> None:
    for inp, reason in report.failures:
        click.echo(f"error: {inp}: {reason}", err=True)
    click.echo(report.summary(), err=True)


@cli.command("ingest")
@input_options
@db_option
@click.option("--force", is_flag=True, help="Re-code articles even when their content is unchanged.")
@click.option("--silent", is_flag=True, help="No progress bar.")
@click.option("--coder", "coder_spec", hidden=True, envvar="PARLEY_CODER")
def ingest_command(paths, published, max_bytes, db, force, silent, coder_spec):
    """Code articles (same inputs as `parley code`) into the event store.

    Articles already stored with the same content are skipped; changed ones replace their old
    events. Each article is stored in its own transaction, so an interrupted run leaves the store
    consistent and re-running the command completes it. Exit status 1 when some inputs failed.
    """
    from parley.ingest import read_inputs

    with _errors():
        coder = _load_coder(coder_spec)
        with Store.open(db) as store, _progress(silent, "ingest") as tick:
            items = read_inputs(paths, published=published, max_bytes=max_bytes)
            report = store.ingest_articles(items, coder, force=force, progress=tick)
            stale = len(store.stale_articles()) if report.coded == 0 and report.unchanged else 0
    _report(report)
    if stale:
        click.echo(f"note: {stale} stored article(s) were coded with another lexicon/KB version: "
                   "run `parley recode`", err=True)
    sys.exit(1 if report.failures else 0)


@cli.command("recode")
@db_option
@click.option("--all", "all_articles", is_flag=True, help="Re-code every stored article, not only stale ones.")
@click.option("--silent", is_flag=True, help="No progress bar.")
@click.option("--coder", "coder_spec", hidden=True, envvar="PARLEY_CODER")
def recode_command(db, all_articles, silent, coder_spec):
    """Re-code stored articles whose lexicon/KB/ontology version changed (no file is re-read)."""
    with _errors():
        coder = _load_coder(coder_spec)
        with Store.open(db, must_exist=True) as store, _progress(silent, "recode") as tick:
            report = store.recode(coder, all_articles=all_articles, progress=tick)
    _report(report)
    sys.exit(1 if report.failures else 0)


def query_options(f: Callable) -> Callable:
    """Filters shared by events, dyad, actors and export (same names as EventQuery fields)."""
    opts = [
        click.option("--actor", "actors", multiple=True, metavar="CODE|NAME",
                     help="Events with this actor on either side (RUS, USAGOV, Russia, Lavrov)."),
        click.option("--country", "countries", multiple=True, metavar="CODE|NAME",
                     help="Events whose source, target or place is in this country."),
        click.option("--cameo", multiple=True, metavar="PREFIX", help="CAMEO code prefix (04, 042)."),
        click.option("--plover", multiple=True, metavar="TYPE", help="PLOVER event type (CONSULT, ACCUSE...)."),
        click.option("--quad", multiple=True, metavar="1-4",
                     help="QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."),
        click.option("--modality", multiple=True, metavar="NAME",
                     help="asserted, reported, negated, future, hypothetical, speculative or all "
                          "(default: asserted + reported)."),
        click.option("--since", metavar="DATE", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Through this date (2016 = through 2016-12-31)."),
        click.option("--place", metavar="NAME", help="Place name (Geneva) or its country code."),
        click.option("--text", metavar="WORDS", help="Sentence contains these words (case-insensitive)."),
        click.option("--article", metavar="ID", help="Only this article."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _query(actors=(), countries=(), cameo=(), plover=(), quad=(), modality=(), since=None, until=None,
           place=None, text=None, article=None, dyad=None, directed=False) -> EventQuery:
    quads = []
    for q in quad:
        try:
            quads.append(int(q))
        except ValueError:
            raise QueryError(f"--quad {q!r}: QuadClass is a number 1-4") from None
    return EventQuery(actors=list(actors), dyad=dyad, directed=directed, countries=list(countries),
                      cameo=list(cameo), plover=list(plover), quad=quads, modality=list(modality),
                      since=since, until=until, place=place, text=text, article=article)


def _dyad_arg(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise QueryError(f"--dyad {value!r}: give two actors separated by a comma (RUS,USA)")
    return parts[0], parts[1]


@cli.command("events")
@db_option
@query_options
@click.option("--dyad", metavar="A,B", help="Events between A and B (either direction unless --directed).")
@click.option("--directed", is_flag=True, help="With --dyad: only A as source and B as target.")
@mentions_option
@click.option("--format", "fmt", default="table", show_default=True, metavar="table|jsonl|csv|parquet",
              help="Output format.")
@click.option("-o", "--output", metavar="FILE", help="Write here instead of stdout (required for parquet).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
def events_command(db, dyad, directed, mentions, fmt, output, limit, **filters):
    """List stored events matching the filters; every row names its article and sentence."""
    from parley.analysis.events import list_events
    from parley.analysis.tables import write_rows

    with _errors():
        if fmt not in ("table", "jsonl", "csv", "parquet"):
            raise QueryError(f"--format {fmt!r}: use table, jsonl, csv or parquet")
        q = _query(**filters, dyad=_dyad_arg(dyad), directed=directed)
        q.where()  # validate before opening the store
        with Store.open(db, must_exist=True) as store:
            columns, rows = list_events(store, q, mentions=mentions, limit=limit)
        write_rows(columns, rows, fmt, output)
    if fmt == "table" and not output:
        click.echo(f"{len(rows)} {'mention' if mentions else 'event cluster'}(s)", err=True)


@cli.command("dyad")
@click.argument("actor_a", metavar="A")
@click.argument("actor_b", metavar="B")
@db_option
@query_options
@click.option("--by", default="month", show_default=True, metavar="week|month|quarter|year",
              help="Period length.")
@click.option("--directed", is_flag=True, help="Only A as source and B as target.")
@mentions_option
@click.option("--plot", "plot_path", metavar="FILE.png", help="Draw the cooperation-conflict timeline.")
@click.option("--format", "fmt", default="table", show_default=True, metavar="table|csv|json|jsonl",
              help="Output format.")
@click.option("-o", "--output", metavar="FILE", help="Write the table here instead of stdout.")
def dyad_command(actor_a, actor_b, db, by, directed, mentions, plot_path, fmt, output, **filters):
    """Per-period counts for the dyad A-B: QuadClass, PLOVER types, Goldstein, CONSULT contacts."""
    from parley.analysis.dyad import dyad_timeline, period_label
    from parley.analysis.plot import plot_dyad
    from parley.analysis.tables import write_rows

    with _errors():
        if fmt not in ("table", "csv", "json", "jsonl"):
            raise QueryError(f"--format {fmt!r}: use table, csv, json or jsonl")
        if plot_path and not plot_path.lower().endswith((".png", ".svg", ".pdf")):
            raise QueryError(f"--plot {plot_path!r}: give a .png (or .svg/.pdf) file name")
        q = _query(**filters)
        with Store.open(db, must_exist=True) as store:
            rows = dyad_timeline(store, actor_a, actor_b, by=by, directed=directed, mentions=mentions, query=q)
        if not rows:
            click.echo(f"no events between {actor_a} and {actor_b} match", err=True)
            return
        columns = list(rows[0])
        table = [[period_label(r["period"], by) if c == "period" else r[c] for c in columns] for r in rows]
        write_rows(columns, table, fmt, output)
        if plot_path:
            plot_dyad(rows, plot_path, a=actor_a, b=actor_b, by=by,
                      unit="mentions" if mentions else "events")
            click.echo(f"plot written to {plot_path}", err=True)


@cli.command("actors")
@db_option
@query_options
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--dyads/--no-dyads", default=True, help="Also list the most active dyads.")
@mentions_option
@click.option("--format", "fmt", default="table", show_default=True, metavar="table|csv|json|jsonl")
def actors_command(db, top, dyads, mentions, fmt, **filters):
    """The most active actors (and dyads), by number of events."""
    from parley.analysis.actors import top_actors, top_dyads
    from parley.analysis.tables import write_rows

    with _errors():
        if fmt not in ("table", "csv", "json", "jsonl"):
            raise QueryError(f"--format {fmt!r}: use table, csv, json or jsonl")
        q = _query(**filters)
        with Store.open(db, must_exist=True) as store:
            cols, rows = top_actors(store, q, top=top, mentions=mentions)
            dcols, drows = top_dyads(store, q, top=top, mentions=mentions) if dyads else ([], [])
        write_rows(cols, rows, fmt)
        if dyads:
            if fmt == "table":
                click.echo("")
            write_rows(dcols, drows, fmt)


@cli.command("export")
@db_option
@query_options
@click.option("--gdelt-csv", metavar="FILE", help="GDELT-style CSV, one row per event cluster.")
@click.option("--plover-jsonl", metavar="FILE", help="PLOVER JSONL (clusters; --mentions for every mention).")
@click.option("--parquet", "parquet_dir", metavar="DIR",
              help="Parquet dataset of every mention, partitioned year=/month=.")
@mentions_option
def export_command(db, gdelt_csv, plover_jsonl, parquet_dir, mentions, **filters):
    """Export the store (or the filtered part of it) for other tools."""
    from parley.analysis import export

    with _errors():
        if not (gdelt_csv or plover_jsonl or parquet_dir):
            raise QueryError("nothing to export: give --gdelt-csv FILE, --plover-jsonl FILE or --parquet DIR")
        q = _query(**filters)
        with Store.open(db, must_exist=True) as store:
            if gdelt_csv:
                n = export.gdelt_csv(store, gdelt_csv, q)
                click.echo(f"{n} event clusters -> {gdelt_csv}", err=True)
            if plover_jsonl:
                n = export.plover_jsonl(store, plover_jsonl, q, mentions=mentions)
                click.echo(f"{n} records -> {plover_jsonl}", err=True)
            if parquet_dir:
                pq = q if any(filters.values()) else None
                n = export.parquet_dataset(store, parquet_dir, pq)
                click.echo(f"{n} mentions -> {parquet_dir}/year=*/month=*/", err=True)
