"""Dyad timelines (clusters and mentions), actor rankings, the plot and the exports."""

from __future__ import annotations

import csv
import json
from datetime import date

import duckdb
import pyarrow.dataset as ds
import pytest

from parley.analysis import dyad_timeline, top_actors, top_dyads
from parley.analysis.export import gdelt_csv, parquet_dataset, plover_jsonl
from parley.analysis.plot import plot_dyad
from parley.errors import QueryError
from parley.store import Store
from parley.store.synthetic import article, keyword_coder

ARTICLES = [
    article("a", "Russia phoned the United States on 2016-10-04. the United States accused Russia on 2016-10-07. "
            "Russia signed an agreement with the United States on 2016-12-02.", source="Paper A"),
    article("b", "the United States phoned Russia on 2016-10-04. Russia visited the United States on 2016-12-15. "
            "the United States sanctioned Russia on 2016-12-29.", source="Paper B"),
    article("c", "China praised Iran on 2016-10-10."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("d") / "d.duckdb")
    st.ingest_articles(ARTICLES, keyword_coder)
    yield st
    st.close()


def test_dyad_by_month_counts_clusters(store):
    rows = dyad_timeline(store, "RUS", "USA", by="month")
    assert [r["period"] for r in rows] == [date(2016, 10, 1), date(2016, 11, 1), date(2016, 12, 1)]
    oct_, nov, dec = rows
    assert (oct_["events"], oct_["verbal_coop"], oct_["verbal_conflict"], oct_["contacts"]) == (2, 1, 1, 1)
    assert oct_["CONSULT"] == 1 and oct_["ACCUSE"] == 1
    assert oct_["goldstein_sum"] == -1.0 and oct_["goldstein_mean"] == -0.5
    assert nov["events"] == 0  # empty months are filled, so timelines keep their spacing
    # 057 "sign formal agreement" is SUPPORT in data/cameo.tsv
    assert (dec["events"], dec["material_conflict"], dec["SUPPORT"], dec["contacts"]) == (3, 1, 1, 1)


def test_dyad_mentions_and_direction(store):
    oct_ = dyad_timeline(store, "Russia", "USA", by="month", mentions=True)[0]
    assert oct_["events"] == 5  # the call: 4 mentions (2 articles x both directions) + the accusation
    directed = dyad_timeline(store, "USA", "RUS", by="year", directed=True)
    assert directed[0]["events"] == 4  # call and visit (reciprocal), accusation, sanctions
    assert [r["period"] for r in dyad_timeline(store, "RUS", "USA", by="quarter")] == [date(2016, 10, 1)]
    with pytest.raises(QueryError, match="--by"):
        dyad_timeline(store, "RUS", "USA", by="fortnight")


def test_plot_is_written(store, tmp_path):
    rows = dyad_timeline(store, "RUS", "USA", by="week")
    out = plot_dyad(rows, tmp_path / "t.png", a="RUS", b="USA", by="week")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000


def test_top_actors_and_dyads(store):
    cols, rows = top_actors(store, top=3)
    assert [r[0] for r in rows[:2]] == ["RUS", "USA"] and rows[0][cols.index("events")] == 5
    _, drows = top_dyads(store)
    assert drows[0][:3] == ("RUS", "USA", 5)


def test_gdelt_csv_uses_gdelt_names(store, tmp_path):
    n = gdelt_csv(store, tmp_path / "g.csv", None)
    with open(tmp_path / "g.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert n == len(rows) == 6
    call = next(r for r in rows if r["EventCode"] == "041")
    assert (call["SQLDATE"], call["EventRootCode"], call["QuadClass"]) == ("20161004", "04", "1")
    assert (call["NumMentions"], call["NumArticles"], call["NumSources"]) == ("4", "2", "2")


def test_plover_jsonl(store, tmp_path):
    n = plover_jsonl(store, tmp_path / "p.jsonl", mentions=True)
    recs = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert n == len(recs) == 10
    assert {"event_type", "mode", "actor1", "actor2", "date", "event_text"} <= set(recs[0])


def test_parquet_dataset_partitions_read_back(store, tmp_path):
    n = parquet_dataset(store, tmp_path / "pq")
    assert sorted(p.name for p in (tmp_path / "pq" / "year=2016").iterdir()) == ["month=10", "month=12"]
    table = ds.dataset(tmp_path / "pq", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == n == 10
    got = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/**/*.parquet', hive_partitioning=true) "
                     "WHERE year = 2016 AND month = 12").fetchall()
    assert got == [(4,)]
