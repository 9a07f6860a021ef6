"""The store's tables: one DDL script, versioned in `meta` so a newer parley can migrate or refuse.

Events are flattened (one column per field) so DuckDB scans only what a query touches; the
`*_key` columns are the country-level actor keys that dyad queries and dedup clusters use.
"""

from __future__ import annotations

SCHEMA_VERSION = "1"

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    published DATE,
    origin VARCHAR,
    regions VARCHAR,            -- JSON list of TextRegion
    coded_with VARCHAR,         -- JSON {lexicon, kb, ontology, parley...} versions
    n_events INTEGER,
    ingested_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    voice VARCHAR
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    name VARCHAR,
    code VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    kb_id VARCHAR,
    via VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    sentence VARCHAR,
    source_text VARCHAR, source_start INTEGER, source_end INTEGER, source_name VARCHAR,
    source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_kb_id VARCHAR,
    source_via VARCHAR,
    target_text VARCHAR, target_start INTEGER, target_end INTEGER, target_name VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_kb_id VARCHAR,
    target_via VARCHAR,
    source_key VARCHAR,         -- country (else code, else ~text): the actor as dyads see it
    target_key VARCHAR,         -- '' when the event has no target
    dyad_lo VARCHAR,            -- least of (source_key, target_key): unordered dyad
    dyad_hi VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR,
    quad_class TINYINT, goldstein DOUBLE,
    plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    date DATE,                  -- first day of the period the date names
    date_precision VARCHAR, date_text VARCHAR, date_basis VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_geonameid BIGINT, location_text VARCHAR,
    modality VARCHAR,
    attribution_text VARCHAR, attribution_code VARCHAR, attribution_country VARCHAR,
    voice VARCHAR,
    rule VARCHAR, confidence DOUBLE,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    decided_by VARCHAR,
    published DATE,
    news_source VARCHAR,        -- the publisher (else URL host, else article id): for num_sources
    cluster_id VARCHAR
);

CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY,
    dyad_lo VARCHAR, dyad_hi VARCHAR,
    source_key VARCHAR, target_key VARCHAR,
    directed BOOLEAN,
    cameo VARCHAR, cameo_root VARCHAR, quad_class TINYINT, goldstein DOUBLE,
    plover_event VARCHAR, plover_mode VARCHAR,
    modality_class VARCHAR,     -- 'factual' (asserted, reported) or the modality itself
    date DATE, date_precision VARCHAR,
    location_name VARCHAR, location_country VARCHAR,
    num_mentions INTEGER, num_sentences INTEGER, num_articles INTEGER, num_sources INTEGER,
    rep_article_id VARCHAR, rep_event_id VARCHAR
);

-- cluster keys whose clusters must be recomputed: written in the same transaction as the
-- article's rows, so a crash between writing events and re-clustering is repaired next open.
CREATE TABLE IF NOT EXISTS dirty_keys (
    dyad_lo VARCHAR, dyad_hi VARCHAR, cameo_root VARCHAR
);

CREATE TABLE IF NOT EXISTS failures (
    input VARCHAR,
    reason VARCHAR,
    failed_at TIMESTAMP
);
"""
