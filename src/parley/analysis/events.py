"""`parley events`: matching events, one row per cluster (default) or per mention."""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.store.query import EventQuery

MENTION_COLUMNS = (
    "date", "date_precision", "source_code", "source_name", "target_code", "target_name", "cameo",
    "cameo_name", "plover_event", "plover_mode", "quad_class", "goldstein", "modality", "location_name",
    "article_id", "sentence_index", "event_id", "rule", "cluster_id", "trigger_text", "date_text", "sentence",
)
CLUSTER_EXTRA = ("num_mentions", "num_sentences", "num_articles", "num_sources")


def list_events(store: Store, query: EventQuery, *, mentions: bool = False,
                limit: int | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    """(columns, rows). Cluster rows show the cluster's date/code and its first matching mention."""
    where, params = query.where("e")
    lim = f" LIMIT {int(limit)}" if limit else ""
    if mentions:
        cols = ", ".join(f"e.{c}" for c in MENTION_COLUMNS)
        sql = (f"SELECT {cols} FROM events e WHERE {where} "
               f"ORDER BY e.date NULLS LAST, e.article_id, e.sentence_index, e.event_id{lim}")
        return list(MENTION_COLUMNS), store.con.execute(sql, params).fetchall()
    # the cluster's date; the code and words of its first matching mention with the cluster's code
    from_cluster = {"date", "date_precision"}
    cols = ", ".join(f"c.{c}" if c in from_cluster else f"m.{c}" for c in MENTION_COLUMNS)
    extra = ", ".join(f"c.{c}" for c in CLUSTER_EXTRA)
    sql = f"""
        WITH m AS (
            SELECT e.*, row_number() OVER (PARTITION BY e.cluster_id ORDER BY e.cameo IS DISTINCT FROM k.cameo,
                   e.date_basis = 'publication', e.date NULLS LAST, e.published, e.article_id,
                   e.sentence_index, e.event_id) AS rn
            FROM events e JOIN clusters k USING (cluster_id) WHERE {where})
        SELECT {cols}, {extra} FROM m JOIN clusters c USING (cluster_id)
        WHERE m.rn = 1
        ORDER BY c.date NULLS LAST, m.article_id, m.sentence_index{lim}"""
    rows = store.con.execute(sql, params).fetchall()
    return [*MENTION_COLUMNS, *CLUSTER_EXTRA], rows
