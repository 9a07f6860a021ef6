"""Speed benchmark: the coder end to end vs spaCy's parse alone, and the pair classifier.

Figures: sentences/s, words/s, peak RSS, seconds per coder stage, and the ratio of coding
time to the plain spaCy md parse of the same text (what coding adds on top of parsing).
"""

from __future__ import annotations

import itertools
import json
import platform
import re
import resource
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_SENT = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
DEFAULT_CORPUS = Path("examples/articles.jsonl")


def split_sentences(text: str) -> list[str]:
    """Cheap sentence split, good enough to build a benchmark corpus."""
    return [s.strip() for para in text.split("\n") for s in _SENT.split(para) if len(s.split()) >= 4]


def read_sentences(path: Path) -> list[str]:
    """JSONL articles (`text`, or marked `text`/`sentence` records) or plain text, one sentence a line."""
    out: list[str] = []
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                text = re.sub(r"</?[st]>", "", rec.get("text") or rec.get("sentence") or "")
                out += split_sentences(text)
    elif path.suffix == ".tsv":
        for row in path.read_text(encoding="utf-8").splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) > 1:
                out.append(cols[1])
    else:
        out += split_sentences(path.read_text(encoding="utf-8"))
    return out


def load_corpus(paths: Sequence[Path] | None, n: int) -> list[str]:
    """At least `n` sentences, cycling through the corpus files in order."""
    paths = list(paths) if paths else [DEFAULT_CORPUS]
    pool: list[str] = []
    for p in paths:
        if not p.is_file():
            raise FileNotFoundError(f"{p}: benchmark corpus not found (pass --corpus FILE)")
        pool += read_sentences(p)
    if not pool:
        raise ValueError(f"no sentences in {', '.join(map(str, paths))}")
    return list(itertools.islice(itertools.cycle(pool), max(n, len(pool)) if n <= 0 else n))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def _machine() -> str:
    import os

    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def bench_coder(sentences: Sequence[str], *, per_article: int = 10) -> dict[str, Any]:
    """Code the sentences as articles of `per_article` sentences; time spaCy alone on the same texts."""
    from parley.nlp import load_model
    from parley.pipeline import Coder
    from parley.records import Article

    texts = [" ".join(sentences[i : i + per_article]) for i in range(0, len(sentences), per_article)]
    words = sum(len(s.split()) for s in sentences)
    t0 = time.perf_counter()
    nlp = load_model()
    coder = Coder()
    load_s = time.perf_counter() - t0
    list(nlp.pipe(texts[:5]))  # warm-up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    parse_s = time.perf_counter() - t0
    list(coder.code_articles([Article(id="warm", text=texts[0])]))
    coder.timings = dict.fromkeys(coder.timings, 0.0)
    t0 = time.perf_counter()
    events = 0
    for result in coder.code_articles(Article(id=f"a{i}", text=t) for i, t in enumerate(texts)):
        events += len(getattr(result, "events", []))
    total_s = time.perf_counter() - t0
    stages = {k: round(v, 3) for k, v in coder.timings.items()}
    return {
        "mode": "coder",
        "machine": _machine(),
        "sentences": len(sentences),
        "articles": len(texts),
        "words": words,
        "events": events,
        "seconds": round(total_s, 3),
        "sentences_per_s": round(len(sentences) / total_s, 1),
        "words_per_s": round(words / total_s, 1),
        "spacy_parse_s": round(parse_s, 3),
        "ratio_to_parse": round(total_s / parse_s, 3),
        "added_over_parse": round(total_s / parse_s - 1.0, 3),
        "stages_s": stages,
        "load_s": round(load_s, 2),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def bench_pairs(sentences: Sequence[str] | None = None, pairs: Sequence[tuple] | None = None, n: int = 2000) -> dict[str, Any]:
    """`parley classify` throughput on marked pairs (default: the project's training pairs, cycled)."""
    from parley.events.classifier import classify_many, default_head, parse_marked, training_examples

    if pairs is None:
        pool = [parse_marked(text) for text, _ in training_examples()]
        pairs = list(itertools.islice(itertools.cycle(pool), n))
    t0 = time.perf_counter()
    default_head()
    next(classify_many([pairs[0]]))
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    count = sum(1 for _ in classify_many(pairs))
    secs = time.perf_counter() - t0
    return {
        "mode": "pairs",
        "machine": _machine(),
        "pairs": count,
        "seconds": round(secs, 3),
        "pairs_per_s": round(count / secs, 1),
        "load_s": round(load_s, 2),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def format_bench(r: dict[str, Any]) -> str:
    if r["mode"] == "pairs":
        return (f"classify: {r['pairs']} pairs in {r['seconds']:.2f}s = {r['pairs_per_s']:.1f} pairs/s; "
                f"peak RSS {r['peak_rss_mb']:.0f} MB ({r['machine']})")
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in r["stages_s"].items())
    return "\n".join([
        f"coder: {r['sentences']} sentences ({r['words']} words, {r['articles']} articles) in {r['seconds']:.2f}s",
        f"  {r['sentences_per_s']:.1f} sentences/s, {r['words_per_s']:.0f} words/s, {r['events']} events",
        f"  spaCy md parse alone: {r['spacy_parse_s']:.2f}s; coder/parse ratio {r['ratio_to_parse']:.3f} "
        f"(+{100 * r['added_over_parse']:.1f}%)",
        f"  stages: {stages}",
        f"  peak RSS {r['peak_rss_mb']:.0f} MB; model load {r['load_s']:.1f}s ({r['machine']})",
    ])
