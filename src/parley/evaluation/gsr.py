"""GSR scoring: does parley code an event of the gold type, with the gold countries?"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from parley.evaluation.gold import GsrActor, GsrRecord
from parley.evaluation.labels import gsr_label


@dataclass(slots=True)
class GsrScores:
    n: int
    type_match: float  # records with an event of the gold type
    coded: float  # records with any event
    source_match: float  # among type-matched records with a gold source code
    target_match: float  # among type-matched records with a gold target code
    per_type: dict[str, dict[str, float]]
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n, "type_match": round(self.type_match, 4), "coded": round(self.coded, 4),
            "source_match": round(self.source_match, 4), "target_match": round(self.target_match, 4),
            "per_type": self.per_type, "seconds": round(self.seconds, 2),
        }


def actor_matches(actor: Any, gold: Sequence[GsrActor]) -> bool:
    """True when the coded actor's country (or code prefix) equals one of the gold actor codes."""
    if actor is None:
        return False
    have = {c.upper() for c in (actor.country, (actor.code or "")[:3], actor.code) if c}
    return any(g.code and g.code.upper() in have for g in gold)


def _published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def evaluate_gsr(
    records: Sequence[GsrRecord],
    code_text: Callable[[str, date | None], Iterable[Any]],
) -> GsrScores:
    t0 = time.perf_counter()
    type_hits = coded = 0
    src_n = src_hits = tgt_n = tgt_hits = 0
    per_type: dict[str, list[int]] = {}
    for rec in records:
        gold = gsr_label(rec.event)
        events = list(code_text(rec.text, _published(rec.date)))
        coded += bool(events)
        same = [ev for ev in events if (ev.plover.event or "").upper() == gold]
        per_type.setdefault(gold, [0, 0])
        per_type[gold][1] += 1
        if not same:
            continue
        type_hits += 1
        per_type[gold][0] += 1
        if any(g.code for g in rec.sources):
            src_n += 1
            src_hits += any(actor_matches(ev.source, rec.sources) for ev in same)
        if any(g.code for g in rec.targets):
            tgt_n += 1
            tgt_hits += any(actor_matches(ev.target, rec.targets) for ev in same)
    n = len(records)
    return GsrScores(
        n=n,
        type_match=type_hits / n if n else 0.0,
        coded=coded / n if n else 0.0,
        source_match=src_hits / src_n if src_n else 0.0,
        target_match=tgt_hits / tgt_n if tgt_n else 0.0,
        per_type={k: {"n": v[1], "type_match": round(v[0] / v[1], 4)} for k, v in sorted(per_type.items())},
        seconds=time.perf_counter() - t0,
    )
