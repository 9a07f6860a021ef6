"""Exports: GDELT-style CSV, PLOVER JSONL and a year/month-partitioned Parquet dataset.

GDELT column names are used where the concept matches (one row per event cluster, like a GDELT
event record, with NumMentions/NumSources/NumArticles); parley-only columns start with `parley_`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from parley.store import Store
from parley.store.query import EventQuery

# GDELT 2.0 event-table names <- SQL on the cluster (c) and its first mention (m)
GDELT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID", "c.cluster_id"),
    ("SQLDATE", "strftime(c.date, '%Y%m%d')"),
    ("MonthYear", "strftime(c.date, '%Y%m')"),
    ("Year", "year(c.date)"),
    ("FractionDate", "round(year(c.date) + (dayofyear(c.date) - 1) / 365.0, 4)"),
    ("Actor1Code", "m.source_code"), ("Actor1Name", "upper(m.source_name)"),
    ("Actor1CountryCode", "m.source_country"), ("Actor1Type1Code", "m.source_sector"),
    ("Actor2Code", "m.target_code"), ("Actor2Name", "upper(m.target_name)"),
    ("Actor2CountryCode", "m.target_country"), ("Actor2Type1Code", "m.target_sector"),
    ("IsRootEvent", "CASE WHEN m.sentence_index = 0 THEN 1 ELSE 0 END"),
    ("EventCode", "c.cameo"), ("EventBaseCode", "left(c.cameo, 3)"), ("EventRootCode", "c.cameo_root"),
    ("QuadClass", "c.quad_class"), ("GoldsteinScale", "c.goldstein"),
    ("NumMentions", "c.num_mentions"), ("NumSources", "c.num_sources"), ("NumArticles", "c.num_articles"),
    ("ActionGeo_FullName", "m.location_name"), ("ActionGeo_CountryCode", "m.location_country"),
    ("ActionGeo_Lat", "m.location_lat"), ("ActionGeo_Long", "m.location_lon"),
    ("ActionGeo_FeatureID", "m.location_geonameid"),
    ("DATEADDED", "strftime(a.ingested_at, '%Y%m%d%H%M%S')"), ("SOURCEURL", "a.url"),
    ("parley_plover_event", "c.plover_event"), ("parley_modality", "m.modality"),
    ("parley_date_precision", "c.date_precision"), ("parley_article_id", "m.article_id"),
    ("parley_sentence_index", "m.sentence_index"), ("parley_rule", "m.rule"),
    ("parley_sentence", "m.sentence"),
)


def _first_mentions(query: EventQuery) -> tuple[str, list[Any]]:
    where, params = query.where("e")
    return (f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.cluster_id
                 ORDER BY e.cameo IS DISTINCT FROM k.cameo, e.date_basis = 'publication', e.date NULLS LAST,
                 e.article_id, e.sentence_index, e.event_id) AS rn
                 FROM events e JOIN clusters k USING (cluster_id) WHERE {where}) WHERE rn = 1)""", params)


def gdelt_csv(store: Store, path: str | Path, query: EventQuery | None = None) -> int:
    """One row per event cluster, GDELT names; returns the row count."""
    m, params = _first_mentions(query or EventQuery())
    cols = ", ".join(f'{sql} AS "{name}"' for name, sql in GDELT_COLUMNS)
    sql = (f"SELECT {cols} FROM {m} m JOIN clusters c USING (cluster_id) "
           f"LEFT JOIN articles a ON a.article_id = m.article_id ORDER BY c.date, c.cluster_id")
    rel = store.con.sql(sql, params=params)
    rel.write_csv(str(path), header=True)
    return store.con.execute(f"SELECT count(*) FROM ({sql})", params).fetchall()[0][0]


def plover_jsonl(store: Store, path: str | Path, query: EventQuery | None = None, *,
                 mentions: bool = False) -> int:
    """PLOVER-style records (event, mode, context, actors, date, evidence), one per line."""
    where, params = (query or EventQuery()).where("e")
    sql = f"""SELECT e.event_id, e.article_id, e.date, e.date_precision, e.plover_event, e.plover_mode,
                     e.plover_context, e.source_code, e.source_name, e.source_country, e.source_sector,
                     e.target_code, e.target_name, e.target_country, e.target_sector, e.cameo, e.quad_class,
                     e.goldstein, e.modality, e.location_name, e.location_country, e.location_lat,
                     e.location_lon, e.location_geonameid, e.sentence, e.sentence_index, e.trigger_text,
                     e.rule, e.cluster_id, a.url, a.source, a.published
              FROM events e LEFT JOIN articles a USING (article_id) WHERE {where}"""
    if not mentions:
        sql += " QUALIFY row_number() OVER (PARTITION BY e.cluster_id ORDER BY e.date_basis = 'publication', e.article_id, e.sentence_index) = 1"
    sql += " ORDER BY e.date, e.article_id, e.sentence_index"
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        cur = store.con.execute(sql, params)
        while batch := cur.fetchmany(10_000):
            for r in batch:
                (eid, aid, d, prec, ev, mode, ctx, sc, sn, scc, ss, tc, tn, tcc, ts, cameo, quad, gold, modality,
                 lname, lcountry, lat, lon, gid, sent, sidx, trig, rule, cid, url, src, pub) = r
                rec = {
                    "id": eid, "date": d.isoformat() if d else None, "date_precision": prec,
                    "event_type": ev, "mode": mode, "context": ctx,
                    "actor1": sn, "actor1_code": sc, "actor1_country": scc, "actor1_role": ss,
                    "actor2": tn, "actor2_code": tc, "actor2_country": tcc, "actor2_role": ts,
                    "cameo": cameo, "quad_class": quad, "goldstein": gold, "modality": modality,
                    "location": None if not (lname or lcountry) else {
                        "name": lname, "country": lcountry, "lat": lat, "lon": lon, "geonameid": gid},
                    "event_text": sent, "trigger": trig, "rule": rule, "cluster_id": cid,
                    "source": {"article_id": aid, "sentence_index": sidx, "url": url, "publisher": src,
                               "published": pub.isoformat() if pub else None},
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def parquet_dataset(store: Store, directory: str | Path, query: EventQuery | None = None) -> int:
    """Every mention with its cluster counts, hive-partitioned `year=YYYY/month=M/`; undated
    mentions go to year=0/month=0 (a null partition value reads back differently in each tool)."""
    where, params = (query or EventQuery(modality=["all"])).where("e")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    sql = f"""SELECT e.* EXCLUDE (source_key, target_key, dyad_lo, dyad_hi),
                     c.num_mentions, c.num_sentences, c.num_articles, c.num_sources,
                     coalesce(year(e.date), 0)::INTEGER AS year, coalesce(month(e.date), 0)::INTEGER AS month
              FROM events e LEFT JOIN clusters c USING (cluster_id) WHERE {where}"""
    n = store.con.execute(f"SELECT count(*) FROM ({sql})", params).fetchall()[0][0]
    store.con.sql(sql, params=params).write_parquet(
        str(out), partition_by=["year", "month"], overwrite=True, compression="zstd")
    return n
