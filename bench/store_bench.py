"""Store benchmark: a 1,000,000-event store made from real coded events, then `dyad RUS USA --by month`.

The base events come from coding `examples/articles.jsonl` with the parley coder (or any
`--source` corpus). They are replicated with realistic variation: each replica shifts its
article's dates to another time in 2000-2024 (keeping the spacing inside the article) and
permutes the countries among real country codes (so RUS-USA appears in ~1/N of replicas, as a
busy dyad would), then the whole store is clustered. Not a test: prints the figures.

    .venv/bin/python bench/store_bench.py [--events 1000000] [--db /tmp/bench.duckdb]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

COUNTRIES = [
    "RUS", "USA", "CHN", "GBR", "FRA", "DEU", "TUR", "IRN", "ISR", "SYR", "IRQ", "UKR", "SAU", "EGY", "IND",
    "PAK", "AFG", "JPN", "KOR", "PRK", "BRA", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "NGA", "ZAF", "ETH",
    "KEN", "SDN", "LBY", "YEM", "JOR", "LBN", "QAT", "ARE", "VEN", "COL", "CUB", "ARG", "IDN", "PHL", "VNM",
    "THA", "MMR", "BLR", "GEO", "ARM", "AZE", "KAZ", "SRB", "GRC", "CHE", "AUT", "NLD", "BEL", "SWE", "NOR",
]


def base_events(source: Path, con_path: str) -> tuple[str, int]:
    """Code the source corpus into a small store; returns (coder used, events)."""
    from parley.store import Store

    try:
        from parley.ingest import read_inputs
        from parley.pipeline import code_articles, coder_versions

        coder_versions()
        coder, name = code_articles, "parley coder"
    except Exception as exc:
        from parley.store.synthetic import keyword_coder

        print(f"warning: the parley coder is unavailable ({exc}); using the keyword stand-in coder on "
              f"its own template sentences", file=sys.stderr)
        coder, name = keyword_coder, "keyword stand-in"
        read_inputs = None
    with Store(con_path) as st:
        if read_inputs is not None:
            st.ingest_articles(read_inputs([str(source)]), coder)
        else:
            from parley.store.synthetic import VERBS, article

            names = ["Russia", "the United States", "China", "Syria", "Turkey", "Iran", "France", "Germany"]
            arts = []
            for i in range(60):
                sents = [f"{names[(i + k) % 8]} {verb} {names[(i + 3 * k + 1) % 8]} on 2016-{(i % 12) + 1:02d}-"
                         f"{(k * 3) % 27 + 1:02d}." for k, verb in enumerate(VERBS)]
                arts.append(article(f"t{i}", " ".join(sents)))
            st.ingest_articles(arts, coder)
        return name, st.counts()["events"]


def build(db: Path, base_db: str, target: int) -> dict[str, float]:
    from parley.store import Store

    t0 = time.perf_counter()
    with Store(db) as st:
        con = st.con
        con.execute(f"ATTACH '{base_db}' AS base (READ_ONLY)")
        n_base = con.execute("SELECT count(*) FROM base.events WHERE date IS NOT NULL").fetchall()[0][0]
        reps = -(-target // n_base)
        con.execute("CREATE TEMP TABLE cmap AS SELECT unnest(?) AS code, "
                    "generate_subscripts(?, 1) - 1 AS idx", [COUNTRIES, COUNTRIES])
        n_c = len(COUNTRIES)
        # per replica: a day offset into 2000-2024 and a rotation of the country list
        con.execute(f"""
            CREATE TEMP TABLE reps AS
            SELECT r, (hash(r) % 9000)::INTEGER AS day_shift, ((hash(r * 7 + 1) % {n_c - 1}) + 1)::INTEGER AS rot
            FROM range({reps}) t(r)""")
        con.execute("CREATE TEMP TABLE rot AS SELECT m1.code AS code, rot, m2.code AS new_code "
                    f"FROM cmap m1, (SELECT DISTINCT rot FROM reps) rr JOIN cmap m2 ON true "
                    f"WHERE m2.idx = (m1.idx + rot) % {n_c}")
        cols = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
        first = con.execute("SELECT min(date) FROM base.events").fetchall()[0][0]

        def sel(c: str) -> str:
            if c in ("article_id", "event_id"):
                return f"e.{c} || '#' || reps.r"
            if c == "date":
                return f"(DATE '2000-01-01' + (reps.day_shift + date_diff('day', DATE '{first}', e.date))::INTEGER)"
            if c == "published":
                return f"(DATE '2000-01-01' + (reps.day_shift + date_diff('day', DATE '{first}', e.published))::INTEGER)"
            if c in ("source_country", "target_country", "source_key", "target_key", "location_country"):
                return f"coalesce(r_{c}.new_code, e.{c})"
            if c in ("source_code", "target_code"):
                side = c.split("_")[0]
                return (f"CASE WHEN r_{side}_country.new_code IS NOT NULL AND starts_with(e.{c}, e.{side}_country) "
                        f"THEN r_{side}_country.new_code || e.{c}[4:] ELSE e.{c} END")
            if c == "dyad_lo":
                return "least(coalesce(r_source_key.new_code, e.source_key), coalesce(r_target_key.new_code, e.target_key))"
            if c == "dyad_hi":
                return "greatest(coalesce(r_source_key.new_code, e.source_key), coalesce(r_target_key.new_code, e.target_key))"
            if c == "cluster_id":
                return "NULL"
            return f"e.{c}"

        joins = " ".join(f"LEFT JOIN rot r_{c} ON r_{c}.code = e.{c} AND r_{c}.rot = reps.rot"
                         for c in ("source_country", "target_country", "source_key", "target_key",
                                   "location_country"))
        con.execute(f"""INSERT INTO events SELECT {', '.join(sel(c) for c in cols)}
                        FROM (SELECT * FROM base.events WHERE date IS NOT NULL) e CROSS JOIN reps {joins}
                        LIMIT {target}""")
        acols = [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
        asel = [f"a.{c} || '#' || reps.r" if c == "article_id" else
                f"(DATE '2000-01-01' + (reps.day_shift + date_diff('day', DATE '{first}', a.published))::INTEGER)" if c == "published"
                else f"a.{c}" for c in acols]
        con.execute(f"""INSERT INTO articles SELECT {', '.join(asel)} FROM base.articles a CROSS JOIN reps
                        WHERE a.article_id || '#' || reps.r IN (SELECT DISTINCT article_id FROM events)""")
        con.execute("DETACH base")
        t_load = time.perf_counter() - t0
        n_clusters = st.recluster_all()
        con.execute("CHECKPOINT")
        n_events = st.counts()["events"]
    return {"events": n_events, "clusters": n_clusters, "load_s": t_load,
            "build_s": time.perf_counter() - t0}


def time_query(db: Path, mentions: bool, runs: int = 5) -> tuple[float, list[float], int]:
    from parley.analysis import dyad_timeline
    from parley.store import Store

    t0 = time.perf_counter()
    with Store(db, read_only=True) as st:  # cold: a fresh process-level connection
        rows = dyad_timeline(st, "RUS", "USA", by="month", mentions=mentions)
        cold = time.perf_counter() - t0
        warm = []
        for _ in range(runs):
            t1 = time.perf_counter()
            dyad_timeline(st, "RUS", "USA", by="month", mentions=mentions)
            warm.append(time.perf_counter() - t1)
    return cold, warm, sum(r["events"] for r in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/parley_bench.duckdb")
    ap.add_argument("--source", default=str(ROOT / "examples" / "articles.jsonl"))
    ap.add_argument("--reuse", action="store_true", help="Time the queries on an existing --db.")
    args = ap.parse_args()
    db = Path(args.db)
    if not args.reuse:
        for p in (db, Path(str(db) + ".wal"), Path(str(db) + ".base"), Path(str(db) + ".base.wal")):
            p.unlink(missing_ok=True)
        base = str(db) + ".base"
        coder, n_base = base_events(Path(args.source), base)
        print(f"base: {n_base} events coded by the {coder} from {args.source}")
        fig = build(db, base, args.events)
        print(f"store: {fig['events']:,} events, {fig['clusters']:,} clusters; load {fig['load_s']:.1f} s, "
              f"build incl. clustering {fig['build_s']:.1f} s; {os.path.getsize(db) / 2**20:.0f} MiB")
    for mentions in (False, True):
        cold, warm, total = time_query(db, mentions)
        print(f"dyad RUS USA --by month{' --mentions' if mentions else ''}: cold {cold * 1000:.0f} ms, "
              f"warm median {statistics.median(warm) * 1000:.0f} ms ({total:,} "
              f"{'mentions' if mentions else 'clusters'})")


if __name__ == "__main__":
    main()
