"""`parley eval`, `parley classify` and `parley bench`: measuring the coder and the given-pair classifier."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from parley.cli import cli
from parley.errors import ParleyError


def _span(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        start, end = (int(x) for x in value.split(":"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not START:END character offsets (e.g. 0:12)") from None
    return start, end


@cli.command("eval")
@click.option("--plv", type=click.Path(dir_okay=False), help="PLV gold TSV (uid, sentence, marked_sentence, source, target, gold_root).")
@click.option("--gsr", type=click.Path(dir_okay=False), help="PLOVER GSR gold JSON.")
@click.option("--mode", type=click.Choice(["full", "pair", "both"]), default="both", show_default=True,
              help="full: code plain sentences; pair: classify the marked pair.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N items of each file.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable report on stdout.")
@click.option("--predictions", is_flag=True, help="With --json: include every prediction.")
def eval_command(plv, gsr, mode, limit, as_json, predictions):
    """Score parley against gold files.

    Without --plv/--gsr, reads plv_dev.tsv and plover_gsr_cameo.json from the directory
    named by $PARLEY_EVAL_DIR.
    """
    from parley.evaluation.report import format_report
    from parley.evaluation.runner import run_eval

    try:
        report = run_eval(plv, gsr, mode=mode, limit=limit, with_predictions=predictions)
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(report, indent=2) if as_json else format_report(report))


def _print_result(res, as_json: bool, extra: dict | None = None) -> None:
    if as_json:
        click.echo(json.dumps({**(extra or {}), **res.to_dict()}, ensure_ascii=False))
        return
    trig = f'"{res.trigger_text}" @{res.trigger_start}-{res.trigger_end}' if res.trigger_text else "-"
    click.echo(f"{res.root or '(none)'}  confidence={res.confidence:.2f}  rule={res.rule}  trigger={trig}")
    if res.evidence:
        click.echo("  evidence: " + ", ".join(f"{e.role}:{e.text}@{e.start}" for e in res.evidence))
    if res.lexicon_root or res.model_root:
        click.echo(f"  lexicon={res.lexicon_root or '-'}  model={res.model_root or '-'}")


@cli.command("classify")
@click.argument("sentence", required=False)
@click.option("--source-span", help="Source as START:END character offsets (sentence without marks).")
@click.option("--target-span", help="Target as START:END character offsets.")
@click.option("-f", "--file", "batch", type=click.File("r", encoding="utf-8"),
              help="JSONL batch (- for stdin): {\"text\": marked} or {\"sentence\", \"source\": [s, e], \"target\": [s, e]}.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per result.")
def classify_command(sentence, source_span, target_span, batch, as_json):
    """The PLOVER root of the relation between a marked source and target.

    SENTENCE marks the actors as <s>…</s> and <t>…</t>, or is plain text with
    --source-span/--target-span. A batch file prints one JSON line per input line.
    """
    from parley.events.classifier import classify_many, parse_marked

    if batch is not None:
        items, ids = [], []
        for n, line in enumerate(batch, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if "text" in rec:
                    items.append(parse_marked(rec["text"]))
                else:
                    items.append((rec["sentence"], _tuple(rec.get("source")), _tuple(rec.get("target"))))
            except (ValueError, KeyError, TypeError) as exc:
                raise click.ClickException(f"{batch.name}:{n}: bad record ({exc}); expected {{\"text\": marked}}") from None
            ids.append(rec.get("id", n))
        for rid, res in zip(ids, classify_many(items), strict=True):
            _print_result(res, True, {"id": rid})
        return
    if not sentence:
        raise click.UsageError("give a SENTENCE or --file")
    if source_span or target_span:
        item = (sentence, _span(source_span), _span(target_span))
    else:
        item = parse_marked(sentence)
        if item[1] is None and item[2] is None:
            raise click.UsageError("mark the actors with <s>…</s> and <t>…</t>, or pass --source-span/--target-span")
    try:
        res = next(classify_many([item]))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    _print_result(res, as_json)


def _tuple(value) -> tuple[int, int] | None:
    return None if value is None else (int(value[0]), int(value[1]))


@cli.command("bench")
@click.option("--sentences", "n", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Corpus size: sentences cycled from the corpus files.")
@click.option("--corpus", "corpus", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSONL articles or a text file (one sentence a line); default examples/articles.jsonl.")
@click.option("--pairs", is_flag=True, help="Measure `parley classify` pairs/s instead of the coder.")
@click.option("--json", "as_json", is_flag=True)
def bench_command(n, corpus, pairs, as_json):
    """Speed: sentences/s, words/s, peak memory, time per stage and the ratio to spaCy's parse alone."""
    from parley.evaluation.bench import bench_coder, bench_pairs, format_bench, load_corpus

    sentences = load_corpus([Path(c) for c in corpus] or None, n)
    result = bench_pairs(sentences) if pairs else bench_coder(sentences)
    click.echo(json.dumps(result, indent=2) if as_json else format_bench(result))
    sys.stdout.flush()
