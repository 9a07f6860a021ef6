"""`parley eval`: find the gold files, run the chosen modes, collect one report dict."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from parley.errors import InputFileError, ParleyError
from parley.evaluation.gold import read_gsr, read_plv
from parley.evaluation.gsr import evaluate_gsr
from parley.evaluation.plv import evaluate_full, evaluate_pair
from parley.pipeline import code_articles, code_text
from parley.records import Article, ArticleResult

PLV_NAME = "plv_dev.tsv"
GSR_NAME = "plover_gsr_cameo.json"
ENV_DIR = "PARLEY_EVAL_DIR"


def default_gold_dir() -> Path | None:
    """Where gold files are looked for when none is named: $PARLEY_EVAL_DIR (no built-in default)."""
    env = os.environ.get(ENV_DIR)
    return Path(env) if env else None


def resolve_gold(plv: str | Path | None, gsr: str | Path | None) -> tuple[Path | None, Path | None]:
    """Explicit paths win; otherwise the files in $PARLEY_EVAL_DIR, when they exist."""
    if plv is None and gsr is None:
        base = default_gold_dir()
        hint = (f"pass --plv FILE and/or --gsr FILE (or set {ENV_DIR} to a directory holding "
                f"{PLV_NAME} / {GSR_NAME})")
        if base is None:
            raise InputFileError(f"no gold file given; {hint}")
        plv_p, gsr_p = base / PLV_NAME, base / GSR_NAME
        found = (plv_p if plv_p.is_file() else None, gsr_p if gsr_p.is_file() else None)
        if found == (None, None):
            raise InputFileError(f"no gold file given and none found in {base}; {hint}")
        return found
    return (Path(plv) if plv else None, Path(gsr) if gsr else None)


def _code_texts(texts: Sequence[str]) -> Iterable[list[Any]]:
    """Each sentence coded as its own article, batched through the coder's nlp.pipe."""
    articles = [Article(id=f"s{i}", text=text) for i, text in enumerate(texts)]
    for result in code_articles(articles):
        yield result.events if isinstance(result, ArticleResult) else []  # a failed article codes nothing


def run_eval(
    plv: str | Path | None = None,
    gsr: str | Path | None = None,
    *,
    mode: str = "both",
    limit: int | None = None,
    with_predictions: bool = False,
) -> dict[str, Any]:
    """Score parley on the gold files; returns a JSON-ready dict (see report.format_report)."""
    from parley.events.classifier import classify_many

    plv_path, gsr_path = resolve_gold(plv, gsr)
    report: dict[str, Any] = {"mode": mode}
    if plv_path is not None:
        items = read_plv(plv_path)[:limit]
        report["plv"] = {"file": str(plv_path), "n": len(items)}
        if mode in ("pair", "both"):
            run = evaluate_pair(items, lambda its: classify_many([(i.sentence, i.source, i.target) for i in its]))
            report["plv"]["pair"] = run.to_dict(with_predictions)
        if mode in ("full", "both"):
            try:
                report["plv"]["full"] = evaluate_full(items, _code_texts).to_dict(with_predictions)
            except ParleyError as exc:  # the pair score still stands; say why full coding failed
                report["plv"]["full"] = {"error": str(exc)}
    if gsr_path is not None and mode in ("full", "both"):
        records = read_gsr(gsr_path)[:limit]
        try:
            def code(text: str, published: date | None) -> list[Any]:
                return code_text(text, published=published)

            report["gsr"] = {"file": str(gsr_path), **evaluate_gsr(records, code).to_dict()}
        except ParleyError as exc:
            report["gsr"] = {"file": str(gsr_path), "n": len(records), "error": str(exc)}
    return report
