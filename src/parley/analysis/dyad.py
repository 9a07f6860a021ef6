"""`parley dyad A B --by month`: per-period counts by QuadClass and PLOVER type, Goldstein, contacts."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.errors import QueryError
from parley.store import Store
from parley.store.query import PLOVER_TYPES, EventQuery

PERIODS = ("week", "month", "quarter", "year")
QUAD_COLUMNS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
# CONSULT contacts: telephone (041), visits (042, 043), meetings (040, 044, 046); mediation is not
CONTACT_SQL = "(cameo_root = '04' AND cameo <> '045')"


def _source(store: Store, query: EventQuery, mentions: bool) -> tuple[str, list[Any]]:
    where, params = query.where("e")
    if mentions:
        return f"(SELECT * FROM events e WHERE {where})", params
    return (f"(SELECT * FROM clusters WHERE cluster_id IN "
            f"(SELECT DISTINCT e.cluster_id FROM events e WHERE {where}))"), params


def dyad_timeline(store: Store, a: str, b: str, *, by: str = "month", directed: bool = False,
                  mentions: bool = False, query: EventQuery | None = None,
                  fill: bool = True) -> list[dict[str, Any]]:
    """One dict per period: events, the four QuadClass counts, one count per PLOVER type seen,
    goldstein_sum/mean and contacts. Clusters by default; `mentions=True` counts raw mentions."""
    if by not in PERIODS:
        raise QueryError(f"--by {by!r}: use one of {', '.join(PERIODS)}")
    q = query or EventQuery()
    q.dyad, q.directed = (a, b), directed
    src, params = _source(store, q, mentions)
    quads = ", ".join(f"count(*) FILTER (WHERE quad_class = {i + 1}) AS {n}" for i, n in enumerate(QUAD_COLUMNS))
    sql = f"""
        SELECT date_trunc('{by}', date)::DATE AS period, count(*) AS events, {quads},
               round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean,
               count(*) FILTER (WHERE {CONTACT_SQL}) AS contacts,
               histogram(plover_event) AS plover
        FROM {src} WHERE date IS NOT NULL GROUP BY 1 ORDER BY 1"""
    rows = store.con.execute(sql, params).fetchall()
    types = [t for t in PLOVER_TYPES if any(t in (r[-1] or {}) for r in rows)]
    out = []
    for r in rows:
        d = dict(zip(("period", "events", *QUAD_COLUMNS, "goldstein_sum", "goldstein_mean", "contacts"),
                     r[:-1], strict=True))
        hist = r[-1] or {}
        d.update({t: int(hist.get(t, 0)) for t in types})
        out.append(d)
    return _fill(out, by, types) if fill else out


def _next(d: date, by: str) -> date:
    if by == "week":
        return date.fromordinal(d.toordinal() + 7)
    step = {"month": 1, "quarter": 3, "year": 12}[by]
    m = d.month - 1 + step
    return date(d.year + m // 12, m % 12 + 1, 1)


def _fill(rows: list[dict[str, Any]], by: str, types: list[str]) -> list[dict[str, Any]]:
    """Insert zero rows for periods without events, so timelines and plots keep their spacing."""
    if not rows:
        return rows
    have = {r["period"]: r for r in rows}
    out, d = [], rows[0]["period"]
    while d <= rows[-1]["period"]:
        out.append(have.get(d) or {"period": d, "events": 0, **dict.fromkeys(QUAD_COLUMNS, 0),
                                   "goldstein_sum": 0.0, "goldstein_mean": None, "contacts": 0,
                                   **dict.fromkeys(types, 0)})
        d = _next(d, by)
    return out


def period_label(d: date, by: str) -> str:
    if by == "year":
        return f"{d.year}"
    if by == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if by == "month":
        return f"{d.year}-{d.month:02d}"
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"
