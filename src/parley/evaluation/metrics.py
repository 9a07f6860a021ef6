"""Classification scores: coverage, accuracy, macro-F1, per-class P/R/F1 and a confusion matrix."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

NONE = "(none)"


@dataclass(slots=True)
class ClassScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(slots=True)
class Scores:
    n: int
    coverage: float  # share of items that got any prediction
    accuracy: float  # no prediction counts as wrong
    macro_f1: float  # over the gold labels present
    per_class: dict[str, ClassScore] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold -> predicted -> count

    def to_dict(self) -> dict:
        return {
            "n": self.n,
            "coverage": round(self.coverage, 4),
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "per_class": {
                k: {"precision": round(v.precision, 4), "recall": round(v.recall, 4), "f1": round(v.f1, 4), "support": v.support}
                for k, v in self.per_class.items()
            },
            "confusion": self.confusion,
        }


def score(gold: list[str], pred: list[str | None]) -> Scores:
    """Scores for parallel gold/predicted labels; None = no prediction."""
    if len(gold) != len(pred):
        raise ValueError("gold and predicted label lists differ in length")
    n = len(gold)
    if n == 0:
        return Scores(0, 0.0, 0.0, 0.0)
    pairs = [(g, p if p is not None else NONE) for g, p in zip(gold, pred, strict=True)]
    correct = sum(g == p for g, p in pairs)
    covered = sum(p != NONE for _, p in pairs)
    gold_n = Counter(g for g, _ in pairs)
    pred_n = Counter(p for _, p in pairs)
    hit = Counter(g for g, p in pairs if g == p)
    per_class: dict[str, ClassScore] = {}
    for label in sorted(gold_n):
        p = hit[label] / pred_n[label] if pred_n[label] else 0.0
        r = hit[label] / gold_n[label]
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_class[label] = ClassScore(p, r, f, gold_n[label])
    confusion: dict[str, dict[str, int]] = {}
    for g, p in pairs:
        confusion.setdefault(g, {}).setdefault(p, 0)
        confusion[g][p] += 1
    macro = sum(c.f1 for c in per_class.values()) / len(per_class)
    return Scores(n, covered / n, correct / n, macro, per_class, confusion)
