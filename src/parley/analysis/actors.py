"""`parley actors`: the most active actors and dyads (clusters by default)."""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.store.query import EventQuery

ACTOR_COLUMNS = ("actor", "name", "events", "as_source", "as_target", "cooperation", "conflict",
                 "goldstein_mean")
DYAD_COLUMNS = ("actor_a", "actor_b", "events", "cooperation", "conflict", "goldstein_mean", "contacts",
                "first", "last")


def _units(query: EventQuery, mentions: bool) -> tuple[str, list[Any]]:
    where, params = query.where("e")
    if mentions:
        return f"(SELECT source_key, target_key, dyad_lo, dyad_hi, quad_class, goldstein, cameo, cameo_root, date FROM events e WHERE {where})", params
    return (f"(SELECT source_key, target_key, dyad_lo, dyad_hi, quad_class, goldstein, cameo, cameo_root, date "
            f"FROM clusters WHERE cluster_id IN (SELECT DISTINCT e.cluster_id FROM events e WHERE {where}))"), params


def top_actors(store: Store, query: EventQuery | None = None, *, top: int = 20,
               mentions: bool = False) -> tuple[list[str], list[tuple]]:
    src, params = _units(query or EventQuery(), mentions)
    sql = f"""
        WITH u AS {src},
        sides AS (
            SELECT source_key AS actor, 1 AS s, 0 AS t, quad_class, goldstein FROM u
            UNION ALL
            SELECT target_key, 0, 1, quad_class, goldstein FROM u WHERE target_key <> ''),
        names AS (
            SELECT source_key AS actor, mode(source_name) AS name FROM events GROUP BY 1)
        SELECT actor, any_value(n.name), count(*), sum(s), sum(t),
               count(*) FILTER (WHERE quad_class <= 2), count(*) FILTER (WHERE quad_class >= 3),
               round(avg(goldstein), 3)
        FROM sides LEFT JOIN names n USING (actor)
        GROUP BY actor ORDER BY 3 DESC, actor LIMIT {int(top)}"""
    return list(ACTOR_COLUMNS), store.con.execute(sql, params).fetchall()


def top_dyads(store: Store, query: EventQuery | None = None, *, top: int = 20,
              mentions: bool = False) -> tuple[list[str], list[tuple]]:
    src, params = _units(query or EventQuery(), mentions)
    sql = f"""
        SELECT dyad_lo, dyad_hi, count(*), count(*) FILTER (WHERE quad_class <= 2),
               count(*) FILTER (WHERE quad_class >= 3), round(avg(goldstein), 3),
               count(*) FILTER (WHERE cameo_root = '04' AND cameo <> '045'), min(date), max(date)
        FROM {src} AS u WHERE dyad_lo <> '' AND dyad_hi <> '' AND dyad_lo <> dyad_hi
        GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT {int(top)}"""
    return list(DYAD_COLUMNS), store.con.execute(sql, params).fetchall()
