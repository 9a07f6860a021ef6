"""Event clusters: the mentions of one real-world event, GDELT-style counted once.

A cluster joins mentions with the same dyad, the same CAMEO root, the same modality class,
compatible dates and compatible places (rules in docs/store.md):

* dyad: directed (source -> target), except for reciprocal actions - CONSULT (root 04),
  material cooperation (06) and signing agreements (057) - and any code coded both ways in one
  sentence, which use the unordered pair, so "A and B talked" (A->B and B->A) is one event;
* dates: day-precision mentions dated by the text cluster on their day; mentions dated only by
  the publication date join a text-dated cluster of the previous `PUBLICATION_LAG_DAYS` days
  (news reports events after they happen); month/year precision join the largest cluster in
  their month/year, else form their own; undated ones join the largest cluster of their article;
* places: a missing place is compatible with any; two places are compatible when they share a
  GeoNames id, a name or a country.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby
from typing import Any

SYMMETRIC_PREFIXES: tuple[str, ...] = ("04", "057", "06")
FACTUAL = ("asserted", "reported")
PUBLICATION_LAG_DAYS = 3

# columns fetched for clustering, in this order
CLUSTER_INPUT = (
    "dyad_lo", "dyad_hi", "cameo_root", "source_key", "target_key", "cameo", "modality",
    "date", "date_precision", "date_basis", "location_geonameid", "location_name",
    "location_country", "article_id", "event_id", "sentence_index", "news_source", "goldstein",
    "quad_class", "plover_event", "plover_mode",
)
_I = {name: i for i, name in enumerate(CLUSTER_INPUT)}

CLUSTER_COLUMNS = (
    "cluster_id", "dyad_lo", "dyad_hi", "source_key", "target_key", "directed", "cameo",
    "cameo_root", "quad_class", "goldstein", "plover_event", "plover_mode", "modality_class",
    "date", "date_precision", "location_name", "location_country", "num_mentions",
    "num_sentences", "num_articles", "num_sources", "rep_article_id", "rep_event_id",
)


def modality_class(modality: str | None) -> str:
    return "factual" if modality in FACTUAL or modality is None else modality


@dataclass
class _Cluster:
    date: date | None
    precision: str | None
    place: tuple[Any, Any, Any] | None  # (geonameid, name lower, country)
    rows: list[tuple] = field(default_factory=list)

    def place_ok(self, place: tuple[Any, Any, Any] | None) -> bool:
        if place is None or self.place is None:
            return True
        return any(a is not None and a == b for a, b in zip(place, self.place, strict=True))

    def add(self, row: tuple, place: tuple[Any, Any, Any] | None) -> None:
        self.rows.append(row)
        if self.place is None and place is not None:
            self.place = place


def _place(row: tuple) -> tuple[Any, Any, Any] | None:
    gid, name, country = row[_I["location_geonameid"]], row[_I["location_name"]], row[_I["location_country"]]
    if gid is None and not name and not country:
        return None
    return (gid, name.lower() if name else None, country)


def _period_match(c: _Cluster, d: date, precision: str) -> bool:
    if c.date is None:
        return False
    if precision == "month":
        return (c.date.year, c.date.month) == (d.year, d.month)
    return c.date.year == d.year


def _cluster_group(rows: list[tuple]) -> list[_Cluster]:
    """Cluster the mentions of one (direction, root, modality class) group."""
    clusters: list[_Cluster] = []
    by_day: dict[date, list[_Cluster]] = {}

    def order(r: tuple) -> tuple:
        prec = r[_I["date_precision"]]
        rank = {"day": 0, "month": 2, "year": 3}.get(prec, 4)
        if rank == 0 and r[_I["date_basis"]] == "publication":
            rank = 1
        return (rank, r[_I["date"]] or date.min, r[_I["article_id"]], r[_I["sentence_index"]] or 0)

    for row in sorted(rows, key=order):
        d, prec, place = row[_I["date"]], row[_I["date_precision"]], _place(row)
        target: _Cluster | None = None
        if d is not None and prec == "day":
            if row[_I["date_basis"]] == "publication":
                # reported after the fact: nearest text-dated cluster in the lag window
                for lag in range(0, PUBLICATION_LAG_DAYS + 1):
                    cands = [c for c in by_day.get(d - timedelta(days=lag), []) if c.place_ok(place)]
                    if cands:
                        target = max(cands, key=lambda c: len(c.rows))
                        break
            else:
                cands = [c for c in by_day.get(d, []) if c.place_ok(place)]
                target = cands[0] if cands else None
            if target is None:
                target = _Cluster(d, "day", place)
                clusters.append(target)
                by_day.setdefault(d, []).append(target)
        elif d is not None:
            cands = [c for c in clusters if _period_match(c, d, prec or "year") and c.place_ok(place)]
            if cands:
                target = max(cands, key=lambda c: len(c.rows))
            else:
                target = _Cluster(d, prec, place)
                clusters.append(target)
        else:
            aid = row[_I["article_id"]]
            cands = [c for c in clusters if any(r[_I["article_id"]] == aid for r in c.rows)]
            if cands:
                target = max(cands, key=lambda c: len(c.rows))
            else:
                target = _Cluster(None, None, place)
                clusters.append(target)
        target.add(row, place)
    return clusters


def _direction(row: tuple, mirrored: set[tuple]) -> tuple[str, str, bool]:
    """(source_key, target_key, directed) used to group this mention."""
    cameo, src, tgt = row[_I["cameo"]] or "", row[_I["source_key"]], row[_I["target_key"]]
    symmetric = cameo.startswith(SYMMETRIC_PREFIXES) or (
        row[_I["article_id"]], row[_I["sentence_index"]], cameo, tgt, src) in mirrored
    if symmetric and tgt:
        lo, hi = sorted((src, tgt))
        return lo, hi, False
    return src, tgt, True


def compute_clusters(rows: list[tuple]) -> tuple[list[tuple], list[tuple[str, str, str]]]:
    """Rows in CLUSTER_INPUT order -> (cluster rows in CLUSTER_COLUMNS order,
    (article_id, event_id, cluster_id) assignments)."""
    mirrored = {(r[_I["article_id"]], r[_I["sentence_index"]], r[_I["cameo"]], r[_I["source_key"]],
                 r[_I["target_key"]]) for r in rows}

    def key(r: tuple) -> tuple:
        src, tgt, directed = _direction(r, mirrored)
        return (r[_I["dyad_lo"]], r[_I["dyad_hi"]], r[_I["cameo_root"]] or "", src, tgt, directed,
                modality_class(r[_I["modality"]]))

    out_clusters: list[tuple] = []
    assignments: list[tuple[str, str, str]] = []
    keyed = sorted(((key(r), r) for r in rows), key=lambda kr: kr[0])
    for k, grp in groupby(keyed, key=lambda kr: kr[0]):
        lo, hi, root, src, tgt, directed, mclass = k
        members = [r for _, r in grp]
        for n, c in enumerate(_cluster_group(members)):
            cid = _cluster_id(k, c, n)
            codes = Counter(r[_I["cameo"]] for r in c.rows)
            first = {}
            for i, r in enumerate(c.rows):
                first.setdefault(r[_I["cameo"]], i)
            top = min(codes, key=lambda code: (-codes[code], first[code]))  # ties: the anchor's code
            rep = next(r for r in c.rows if r[_I["cameo"]] == top)
            plover = Counter((r[_I["plover_event"]], r[_I["plover_mode"]]) for r in c.rows).most_common(1)[0][0]
            place = next(((r[_I["location_name"]], r[_I["location_country"]]) for r in c.rows
                          if r[_I["location_name"]] or r[_I["location_country"]]), (None, None))
            out_clusters.append((
                cid, lo, hi, src, tgt, directed, top, root, rep[_I["quad_class"]], rep[_I["goldstein"]],
                plover[0], plover[1], mclass, c.date, c.precision, place[0], place[1],
                len(c.rows),
                len({(r[_I["article_id"]], r[_I["sentence_index"]]) for r in c.rows}),
                len({r[_I["article_id"]] for r in c.rows}),
                len({r[_I["news_source"]] for r in c.rows}),
                c.rows[0][_I["article_id"]], c.rows[0][_I["event_id"]],
            ))
            assignments.extend((r[_I["article_id"]], r[_I["event_id"]], cid) for r in c.rows)
    return out_clusters, assignments


def _cluster_id(key: tuple, c: _Cluster, n: int) -> str:
    first = c.rows[0]
    raw = "|".join(map(str, (*key, c.date, c.precision, first[_I["article_id"]], first[_I["event_id"]], n)))
    return "c" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:15]
