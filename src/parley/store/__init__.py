"""The event store: DuckDB tables of articles, sentences, mentions, events and event clusters.

`Store.ingest(results)` stores coded articles; `ingest_paths(paths, db)` reads, codes and stores
files (the reader and coder are injectable so tests and benchmarks need no NLP model).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from parley.store.core import DEFAULT_DB, Coder, IngestReport, Store, current_versions

__all__ = ["DEFAULT_DB", "Coder", "IngestReport", "Store", "current_versions", "default_coder",
           "ingest_paths"]


def default_coder() -> Coder:
    """The pipeline's `code_articles` (imported late: it loads the spaCy model)."""
    from parley.errors import StoreError

    try:
        from parley.pipeline import code_articles
    except ImportError as exc:
        raise StoreError(f"the coder (parley.pipeline.code_articles) is not available: {exc}") from exc
    return code_articles


def ingest_paths(paths: Iterable[str], db: str | Path = DEFAULT_DB, *, coder: Coder | None = None,
                 reader: Callable[..., Iterable] | None = None, published: date | None = None,
                 force: bool = False, progress: Callable[[int], None] | None = None) -> IngestReport:
    """Read `paths` (same inputs as `parley code`), code new or changed articles, store them."""
    if reader is None:
        from parley.ingest import read_inputs as reader
    coder = coder or default_coder()
    with Store(db) as store:
        return store.ingest_articles(reader(list(paths), published=published), coder, force=force,
                                     progress=progress)
