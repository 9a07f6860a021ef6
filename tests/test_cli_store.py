"""The store commands from the shell: ingest twice, query, dyad plot, exports, one-line errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from parley.cli import cli

CORPUS = [
    {"id": "w1", "text": "Russia phoned the United States on 2016-12-27. the United States accused Russia on "
     "2016-11-20.", "published": "2016-12-28", "source": "Paper A"},
    {"id": "w2", "text": "the United States phoned Russia on 2016-12-27. China praised Iran on 2016-12-01.",
     "published": "2016-12-29", "source": "Paper B"},
]


@pytest.fixture()
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("PARLEY_CODER", "parley.store.synthetic:keyword_coder")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news.jsonl").write_text("\n".join(json.dumps(r) for r in CORPUS) + "\n")
    return CliRunner()


def run(runner, *args):
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_ingest_is_idempotent_and_lists_bad_inputs(env):
    first = run(env, "ingest", "news.jsonl", "missing.txt", "--silent")
    assert first.exit_code == 1
    assert "missing.txt" in first.stderr and "2 articles coded" in first.stderr
    again = run(env, "ingest", "news.jsonl")
    assert again.exit_code == 0 and "2 unchanged" in again.stderr


def test_events_dyad_actors_and_exports(env, tmp_path):
    run(env, "ingest", "news.jsonl", "--db", "x.duckdb")
    out = run(env, "events", "--db", "x.duckdb", "--dyad", "RUS,USA", "--format", "jsonl")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    call = next(r for r in rows if r["cameo"] == "041")
    assert call["num_mentions"] == 4 and call["num_articles"] == 2 and call["sentence"]
    mentions = run(env, "events", "--db", "x.duckdb", "--mentions", "--format", "csv")
    assert len(mentions.stdout.strip().splitlines()) == 1 + 6
    run(env, "events", "--db", "x.duckdb", "--format", "parquet", "-o", "e.parquet")
    assert (tmp_path / "e.parquet").exists()
    dyad = run(env, "dyad", "RUS", "USA", "--db", "x.duckdb", "--by", "month", "--plot", "t.png")
    assert dyad.exit_code == 0 and "2016-12" in dyad.stdout and (tmp_path / "t.png").exists()
    actors = run(env, "actors", "--db", "x.duckdb", "--top", "2")
    assert actors.exit_code == 0 and "RUS" in actors.stdout
    exp = run(env, "export", "--db", "x.duckdb", "--gdelt-csv", "g.csv", "--plover-jsonl", "p.jsonl",
              "--parquet", "pq")
    assert exp.exit_code == 0 and (tmp_path / "pq" / "year=2016" / "month=12").is_dir()
    assert (tmp_path / "g.csv").read_text().startswith("GLOBALEVENTID,SQLDATE")


@pytest.mark.parametrize("args", [
    ["events", "--quad", "7"],
    ["events", "--since", "2016-02-30"],
    ["events", "--format", "xml"],
    ["events", "--dyad", "RUS"],
    ["events", "--format", "parquet"],
    ["dyad", "RUS", "Atlantis"],
    ["dyad", "RUS", "USA", "--by", "decade"],
    ["export"],
])
def test_malformed_arguments_exit_2_with_one_line(env, args):
    run(env, "ingest", "news.jsonl")
    res = run(env, *args)
    assert res.exit_code == 2
    assert res.stderr.strip().splitlines()[-1].startswith("Error: ")


def test_query_without_store_names_the_fix(env):
    res = run(env, "events", "--db", "none.duckdb")
    assert res.exit_code == 1 and "parley ingest" in res.stderr
