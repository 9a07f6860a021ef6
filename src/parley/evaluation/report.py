"""Plain-text rendering of an eval report: headline figures, per-class table, confusion matrix."""

from __future__ import annotations

from typing import Any


def _scores_block(title: str, s: dict[str, Any]) -> list[str]:
    lines = [
        f"{title}: n={s['n']}  coverage={s['coverage']:.3f}  accuracy={s['accuracy']:.3f}  "
        f"macro-F1={s['macro_f1']:.3f}  ({s['seconds']:.1f}s)",
        f"  {'class':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}",
    ]
    for label, c in s["per_class"].items():
        lines.append(f"  {label:<10} {c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:6.3f} {c['support']:5d}")
    lines.append("  confusion (rows gold, columns predicted):")
    conf: dict[str, dict[str, int]] = s["confusion"]
    gold = list(s["per_class"])
    cols = gold + sorted({p for row in conf.values() for p in row} - set(gold))
    abbrev = [c[:4] for c in cols]
    lines.append("  " + " " * 10 + "".join(f"{a:>5}" for a in abbrev))
    for g in gold:
        row = conf.get(g, {})
        lines.append(f"  {g:<10}" + "".join(f"{row.get(c, 0) or '.':>5}" for c in cols))
    return lines


def format_report(report: dict[str, Any]) -> str:
    out: list[str] = []
    plv = report.get("plv")
    if plv:
        out.append(f"PLV gold: {plv['file']} ({plv['n']} pairs)")
        if "pair" in plv:
            out += _scores_block("given pair", plv["pair"])
        if "full" in plv:
            full = plv["full"]
            out += [f"full coding: error: {full['error']}"] if "error" in full else _scores_block("full coding", full)
    gsr = report.get("gsr")
    if gsr:
        out.append(f"GSR gold: {gsr['file']} ({gsr['n']} records)")
        if "error" in gsr:
            out.append(f"  error: {gsr['error']}")
            return "\n".join(out)
        out.append(
            f"  type match={gsr['type_match']:.3f}  any event={gsr['coded']:.3f}  "
            f"source country match={gsr['source_match']:.3f}  target country match={gsr['target_match']:.3f}"
        )
        for label, v in gsr["per_type"].items():
            out.append(f"  {label:<10} n={v['n']:<4} type match={v['type_match']:.3f}")
    return "\n".join(out)
