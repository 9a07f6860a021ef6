"""PLV scoring two ways: full coding of the plain sentence, and the given-pair classifier."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from parley.evaluation.gold import PlvItem
from parley.evaluation.labels import plv_label
from parley.evaluation.metrics import Scores, score


@dataclass(slots=True)
class PlvRun:
    mode: str
    scores: Scores
    seconds: float
    predictions: list[dict[str, Any]]

    def to_dict(self, with_predictions: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"mode": self.mode, "seconds": round(self.seconds, 2), **self.scores.to_dict()}
        if with_predictions:
            out["predictions"] = self.predictions
        return out


def _overlaps(a: tuple[int, int] | None, start: int, end: int) -> bool:
    return a is not None and a[0] < end and start < a[1]


def pick_event(events: Sequence[Any], item: PlvItem) -> Any | None:
    """The event whose source and target overlap the marked spans, else the most confident one."""
    if not events:
        return None

    def matches(ev: Any) -> int:
        src = _overlaps(item.source, ev.source.start, ev.source.end) if ev.source else False
        tgt = _overlaps(item.target, ev.target.start, ev.target.end) if ev.target else False
        return 2 * (src and tgt) + (src or tgt)

    return max(events, key=lambda ev: (matches(ev), ev.confidence))


def evaluate_full(items: Sequence[PlvItem], code_texts: Callable[[list[str]], Iterable[Sequence[Any]]]) -> PlvRun:
    """Code each plain sentence; `code_texts` maps sentences to per-sentence event lists (in order)."""
    t0 = time.perf_counter()
    results = list(code_texts([it.sentence for it in items]))
    seconds = time.perf_counter() - t0
    preds: list[str | None] = []
    rows: list[dict[str, Any]] = []
    for item, events in zip(items, results, strict=True):
        ev = pick_event(events, item)
        label = plv_label(ev.plover.event) if ev is not None else None
        preds.append(label)
        rows.append({"uid": item.uid, "gold": item.gold, "pred": label, "rule": ev.rule if ev else None,
                     "cameo": ev.cameo if ev else None, "n_events": len(events)})
    return PlvRun("full", score([it.gold for it in items], preds), seconds, rows)


def evaluate_pair(items: Sequence[PlvItem], classify_many: Callable[[list[PlvItem]], Iterable[Any]]) -> PlvRun:
    """Classify each marked pair; `classify_many` yields PairResult-like objects (root, rule...)."""
    t0 = time.perf_counter()
    results = list(classify_many(list(items)))
    seconds = time.perf_counter() - t0
    preds: list[str | None] = []
    rows: list[dict[str, Any]] = []
    for item, res in zip(items, results, strict=True):
        label = plv_label(res.root) if res is not None else None
        preds.append(label)
        rows.append({"uid": item.uid, "gold": item.gold, "pred": label,
                     "rule": getattr(res, "rule", None), "trigger": getattr(res, "trigger_text", None)})
    return PlvRun("pair", score([it.gold for it in items], preds), seconds, rows)
