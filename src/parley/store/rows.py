"""ArticleResult -> flat rows for the store, and the article content hash.

Column order here must match the table order in `schema.py` (rows are inserted positionally).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from urllib.parse import urlparse

from parley.records import ActorRef, Article, ArticleResult, Event, to_plain

EVENT_COLUMNS: tuple[str, ...] = (
    "article_id", "event_id", "sentence_index", "sentence",
    "source_text", "source_start", "source_end", "source_name", "source_code", "source_country",
    "source_sector", "source_kb_id", "source_via",
    "target_text", "target_start", "target_end", "target_name", "target_code", "target_country",
    "target_sector", "target_kb_id", "target_via",
    "source_key", "target_key", "dyad_lo", "dyad_hi",
    "cameo", "cameo_root", "cameo_name", "quad_class", "goldstein",
    "plover_event", "plover_mode", "plover_context",
    "date", "date_precision", "date_text", "date_basis",
    "location_name", "location_country", "location_lat", "location_lon", "location_geonameid",
    "location_text",
    "modality", "attribution_text", "attribution_code", "attribution_country", "voice",
    "rule", "confidence", "trigger_text", "trigger_start", "trigger_end", "decided_by",
    "published", "news_source", "cluster_id",
)


def content_hash(article: Article) -> str:
    """Hash of everything that changes coding: text, publication date, metadata, regions."""
    payload = json.dumps(
        [article.text, article.published, article.title, article.url, article.source,
         to_plain(article.regions)],
        default=str, ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def actor_key(actor: ActorRef | None) -> str:
    """The actor as dyads see it: its country, else its code, else `~words` (unresolved)."""
    if actor is None:
        return ""
    if actor.country:
        return actor.country
    if actor.code:
        return actor.code
    return "~" + " ".join(actor.text.lower().split())


def news_source(article: Article) -> str:
    """The publisher for `num_sources`: the source field, else the URL's host, else the article."""
    if article.source:
        return article.source
    if article.url:
        host = urlparse(article.url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return article.id


def parse_iso(value: str | None) -> date | None:
    """'2016-12-27' / '2016-12' / '2016' -> the first day of that period."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


def _actor_cols(actor: ActorRef | None) -> list:
    if actor is None:
        return [None] * 9
    return [actor.text, actor.start, actor.end, actor.name, actor.code, actor.country,
            actor.sector, actor.kb_id, actor.via]


def event_row(ev: Event, article: Article) -> list:
    src, tgt = actor_key(ev.source), actor_key(ev.target)
    lo, hi = sorted((src, tgt))
    loc = ev.location
    att = ev.attribution
    return [
        ev.article_id or article.id, ev.id, ev.sentence_index, ev.sentence,
        *_actor_cols(ev.source), *_actor_cols(ev.target),
        src, tgt, lo, hi,
        ev.cameo, ev.cameo[:2], ev.cameo_name, ev.quad_class, ev.goldstein,
        ev.plover.event, ev.plover.mode, ev.plover.context,
        parse_iso(ev.date), ev.date_precision, ev.date_text, ev.date_basis,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
        loc.lon if loc else None, loc.geonameid if loc else None, loc.text if loc else None,
        ev.modality, att.text if att else None, att.code if att else None,
        att.country if att else None, ev.voice,
        ev.rule, ev.confidence, ev.trigger.text, ev.trigger.start, ev.trigger.end, ev.decided_by,
        article.published, news_source(article), None,
    ]


def article_row(result: ArticleResult, coded_with: dict[str, str], now) -> list:
    a = result.article
    return [a.id, content_hash(a), a.text, a.title, a.url, a.source, a.published, a.origin,
            json.dumps(to_plain(a.regions)), json.dumps(coded_with, sort_keys=True),
            len(result.events), now]


def sentence_rows(result: ArticleResult) -> list[list]:
    aid = result.article.id
    return [[aid, s.index, s.start, s.end, s.text, s.voice] for s in result.sentences]


def mention_rows(result: ArticleResult) -> list[list]:
    aid = result.article.id
    return [[aid, m.sentence_index, *_actor_cols(m.actor)] for m in result.mentions]
