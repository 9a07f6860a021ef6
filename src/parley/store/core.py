"""The DuckDB event store: idempotent, crash-safe ingest and re-clustering.

Every article is written in its own transaction (old rows deleted, new rows inserted, its cluster
keys marked dirty), so a batch killed at any point leaves each article fully old or fully new;
DuckDB's write-ahead log replays only committed transactions. Dirty cluster keys are re-clustered
after each batch and on the next open, so a crash between the two is repaired.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from parley.errors import StoreError
from parley.records import Article, ArticleResult, InputError, TextRegion
from parley.store import dedup, rows
from parley.store.schema import DDL, SCHEMA_VERSION

log = logging.getLogger(__name__)

DEFAULT_DB = "parley.duckdb"
Coder = Callable[[Iterable[Article]], Iterator[ArticleResult]]
_LO, _HI, _ROOT = (rows.EVENT_COLUMNS.index(c) for c in ("dyad_lo", "dyad_hi", "cameo_root"))


@dataclass
class IngestReport:
    """What one ingest or recode did; `failures` are (input, reason)."""

    coded: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.coded} articles coded ({self.replaced} replaced), {self.unchanged} unchanged, "
                f"{self.events} events, {len(self.failures)} failed")


def current_versions() -> dict[str, str]:
    """Versions of the lexicon/KB/ontology the coder uses now ({} until the coder exposes them)."""
    try:
        from parley.pipeline import coder_versions
    except ImportError:
        return {}
    try:
        return {k: str(v) for k, v in coder_versions().items()}
    except Exception as exc:  # a broken data file must not make the store unreadable
        log.debug("cannot read coder versions: %s", exc)
        return {}


class Store:
    """An event store in one DuckDB file. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open event store {self.path}: {exc}") from exc
        if not read_only:
            self._init_schema()
            self.recluster_dirty()
        else:
            self._check_version()

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, read_only: bool = False,
             must_exist: bool = False) -> Store:
        if must_exist and not Path(path).exists():
            raise StoreError(f"no event store at {path}: create it with `parley ingest FILE... --db {path}`")
        return cls(path, read_only=read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema -------------------------------------------------------------------------------
    def _init_schema(self) -> None:
        self.con.execute(DDL)
        found = next(iter(self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()), None)
        if found is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('created_at', ?)",
                             [SCHEMA_VERSION, datetime.now().isoformat(timespec="seconds")])
        elif found[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has store schema {found[0]}; this parley reads schema "
                             f"{SCHEMA_VERSION}: re-ingest into a new --db")

    def _check_version(self) -> None:
        try:
            found = next(iter(self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()), None)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a parley event store") from exc
        if found is None or found[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has an unknown store schema: re-ingest into a new --db")

    # -- ingest -------------------------------------------------------------------------------
    def stored_hash(self, article_id: str) -> str | None:
        rows_ = self.con.execute("SELECT content_hash FROM articles WHERE article_id = ?",
                                 [article_id]).fetchall()
        return rows_[0][0] if rows_ else None

    def ingest_articles(self, items: Iterable[Article | InputError], coder: Coder, *,
                        force: bool = False, progress: Callable[[int], None] | None = None,
                        recluster_every: int = 200) -> IngestReport:
        """Code the new or changed articles among `items` and store them; bad inputs are listed."""
        report = IngestReport()

        def todo() -> Iterator[Article]:
            for item in items:
                if isinstance(item, InputError):
                    self.add_failure(item.input, item.reason, report)
                    if progress:
                        progress(1)
                    continue
                if not force and self.stored_hash(item.id) == rows.content_hash(item):
                    report.unchanged += 1
                    if progress:
                        progress(1)
                    continue
                yield item

        self.ingest(coder(todo()), report=report, progress=progress, recluster_every=recluster_every)
        return report

    def ingest(self, results: Iterable[ArticleResult | InputError], *, report: IngestReport | None = None,
               progress: Callable[[int], None] | None = None, recluster_every: int = 200) -> IngestReport:
        """Store coded articles, one transaction each; then re-cluster the dyads they touched."""
        report = report if report is not None else IngestReport()
        versions = current_versions()
        pending = 0
        for res in results:
            if isinstance(res, InputError):
                self.add_failure(res.input, res.reason, report)
            elif res.error is not None:
                self.add_failure(res.error.input, res.error.reason, report)
            else:
                replaced = self.write_article(res, versions)
                report.coded += 1
                report.replaced += int(replaced)
                report.events += len(res.events)
                pending += 1
                if pending >= recluster_every:
                    self.recluster_dirty()
                    pending = 0
            if progress:
                progress(1)
        self.recluster_dirty()
        return report

    def add_failure(self, input: str, reason: str, report: IngestReport | None = None) -> None:
        self.con.execute("INSERT INTO failures VALUES (?, ?, ?)", [input, reason, datetime.now()])
        if report is not None:
            report.failures.append((input, reason))

    def write_article(self, res: ArticleResult, versions: dict[str, str]) -> bool:
        """Replace one article's rows atomically; True when it replaced an older version."""
        aid = res.article.id
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            existed = con.execute("SELECT count(*) FROM articles WHERE article_id = ?", [aid]).fetchall()[0][0] > 0
            con.execute("INSERT INTO dirty_keys SELECT DISTINCT dyad_lo, dyad_hi, cameo_root "
                        "FROM events WHERE article_id = ?", [aid])
            for table in ("events", "mentions", "sentences", "articles"):
                con.execute(f"DELETE FROM {table} WHERE article_id = ?", [aid])
            con.execute("INSERT INTO articles VALUES (" + ",".join("?" * 12) + ")",
                        rows.article_row(res, versions, datetime.now()))
            if res.sentences:
                con.executemany("INSERT INTO sentences VALUES (?,?,?,?,?,?)", rows.sentence_rows(res))
            if res.mentions:
                con.executemany("INSERT INTO mentions VALUES (" + ",".join("?" * 11) + ")",
                                rows.mention_rows(res))
            if res.events:
                ev_rows = [rows.event_row(ev, res.article) for ev in res.events]
                con.executemany("INSERT INTO events VALUES (" + ",".join("?" * len(rows.EVENT_COLUMNS)) + ")",
                                ev_rows)
                keys = {(r[_LO], r[_HI], r[_ROOT]) for r in ev_rows}
                con.executemany("INSERT INTO dirty_keys VALUES (?, ?, ?)", [list(k) for k in keys])
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"cannot store article {aid!r}: {exc}") from exc
        return existed

    # -- clusters -----------------------------------------------------------------------------
    def recluster_dirty(self) -> int:
        """Recompute clusters for every dirty (dyad, root) key; returns the number of clusters."""
        if self.con.execute("SELECT count(*) FROM dirty_keys").fetchall()[0][0] == 0:
            return 0
        return self._recluster("SELECT DISTINCT * FROM dirty_keys")

    def recluster_all(self) -> int:
        self.con.execute("DELETE FROM dirty_keys")
        return self._recluster(None)

    def _recluster(self, keys_sql: str | None) -> int:
        con = self.con
        cols = ", ".join(f"e.{c}" for c in dedup.CLUSTER_INPUT)
        con.execute("BEGIN TRANSACTION")
        try:
            if keys_sql is None:
                data = con.execute(f"SELECT {cols} FROM events e").fetchall()
                con.execute("DELETE FROM clusters")
            else:
                con.execute(f"CREATE OR REPLACE TEMP TABLE _keys AS {keys_sql}")
                data = con.execute(
                    f"SELECT {cols} FROM events e JOIN _keys k ON e.dyad_lo = k.dyad_lo "
                    "AND e.dyad_hi = k.dyad_hi AND e.cameo_root = k.cameo_root").fetchall()
                con.execute("DELETE FROM clusters c USING _keys k WHERE c.dyad_lo = k.dyad_lo "
                            "AND c.dyad_hi = k.dyad_hi AND c.cameo_root = k.cameo_root")
            clusters, assignments = dedup.compute_clusters(data)
            self._bulk_insert("clusters", dedup.CLUSTER_COLUMNS, clusters)
            if assignments:
                self._bulk_insert("_assign", ("article_id", "event_id", "cluster_id"), assignments,
                                  create=True)
                con.execute("UPDATE events SET cluster_id = a.cluster_id FROM _assign a "
                            "WHERE events.article_id = a.article_id AND events.event_id = a.event_id")
                con.execute("DROP TABLE _assign")
            con.execute("DELETE FROM dirty_keys")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return len(clusters)

    def _bulk_insert(self, table: str, columns: tuple[str, ...], data: list[tuple], *,
                     create: bool = False) -> None:
        if not data:
            return
        import pyarrow as pa

        arrow = pa.table({c: [r[i] for r in data] for i, c in enumerate(columns)})  # noqa: F841
        if create:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM arrow")
        else:
            self.con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM arrow")

    # -- recode -------------------------------------------------------------------------------
    def stale_articles(self, versions: dict[str, str] | None = None) -> list[str]:
        """Articles coded with other lexicon/KB/ontology versions than `versions` (default: now)."""
        versions = current_versions() if versions is None else versions
        want = json.dumps(versions, sort_keys=True)
        return [r[0] for r in self.con.execute(
            "SELECT article_id FROM articles WHERE coded_with IS DISTINCT FROM ? ORDER BY article_id",
            [want]).fetchall()]

    def stored_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Rebuild Articles from the stored text and metadata (no file is re-read)."""
        sql = ("SELECT article_id, text, published, title, url, source, origin, regions FROM articles")
        params: list[Any] = []
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return
            sql += " WHERE article_id IN (SELECT unnest(?))"
            params.append(id_list)
        for aid, text, published, title, url, source, origin, regions in self.con.execute(
                sql + " ORDER BY article_id", params).fetchall():
            regs = tuple(TextRegion(**r) for r in json.loads(regions or "[]"))
            yield Article(id=aid, text=text, published=published, title=title, url=url, source=source,
                          origin=origin, regions=regs)

    def recode(self, coder: Coder, *, all_articles: bool = False,
               progress: Callable[[int], None] | None = None) -> IngestReport:
        ids = None if all_articles else self.stale_articles()
        articles = list(self.stored_articles(ids))
        report = IngestReport()
        self.ingest(coder(iter(articles)), report=report, progress=progress)
        return report

    # -- counts -------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "sentences", "mentions", "events", "clusters", "failures"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        return out
