"""The cooperation-conflict timeline of a dyad as a PNG (matplotlib, Agg backend: no display)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parley.analysis.dyad import period_label


def plot_dyad(rows: list[dict[str, Any]], path: str | Path, *, a: str, b: str, by: str,
              unit: str = "events") -> Path:
    """Bars: cooperation up, conflict down (verbal lighter, material darker); line: Goldstein mean."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    labels = [period_label(r["period"], by) for r in rows]
    x = list(range(len(rows)))
    vc = [r["verbal_coop"] for r in rows]
    mc = [r["material_coop"] for r in rows]
    vk = [-r["verbal_conflict"] for r in rows]
    mk = [-r["material_conflict"] for r in rows]
    fig, ax = plt.subplots(figsize=(max(6.0, min(16.0, 0.45 * len(rows) + 3)), 4.8), dpi=120)
    ax.bar(x, width=0.7, height=vc, color="#8fbcd4", label="verbal cooperation")
    ax.bar(x, width=0.7, height=mc, bottom=vc, color="#1f5f8b", label="material cooperation")
    ax.bar(x, width=0.7, height=vk, color="#f0a58f", label="verbal conflict")
    ax.bar(x, width=0.7, height=mk, bottom=vk, color="#b2182b", label="material conflict")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylabel(f"{unit} (conflict below zero)")
    ax.set_title(f"{a} \u2194 {b}: cooperation and conflict by {by}")
    step = max(1, len(x) // 24)
    ax.set_xticks(x[::step], labels[::step], rotation=45, ha="right", fontsize=8)
    ax2 = ax.twinx()
    # NaN for periods without events: the line breaks there instead of inventing a trend
    gy = [float("nan") if r["goldstein_mean"] is None else r["goldstein_mean"] for r in rows]
    ax2.plot(list(x), gy, color="#333333", marker="o", markersize=3, linewidth=1.4, label="Goldstein mean")
    ax2.set_ylim(-10.5, 10.5)
    ax2.set_ylabel("Goldstein mean (-10 conflict .. +10 cooperation)")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=5, fontsize=7,
              frameon=False)
    lim = max([1, *(a_ + b_ for a_, b_ in zip(vc, mc, strict=True)),
               *(-(a_ + b_) for a_, b_ in zip(vk, mk, strict=True))])
    ax.set_ylim(-lim * 1.1, lim * 1.1)  # symmetric, so both axes' zero lines coincide
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(-0.75, len(x) - 0.25)
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out)
    plt.close(fig)
    return out
