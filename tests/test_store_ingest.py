"""Ingest is idempotent: unchanged articles are skipped, changed ones replace their old rows."""

from __future__ import annotations

import pytest

from parley.errors import StoreError
from parley.records import InputError
from parley.store import Store, core
from parley.store.synthetic import article, keyword_coder

A1 = "Russia phoned the United States on 2016-12-27. China praised Iran on 2016-12-20."
A2 = "Turkey attacked Syria on 2016-11-03."


def _ingest(db, items):
    with Store(db) as st:
        return st.ingest_articles(items, keyword_coder), st.counts()


def test_reingest_same_content_is_skipped(tmp_path):
    db = tmp_path / "s.duckdb"
    rep, first = _ingest(db, [article("a1", A1), article("a2", A2)])
    assert (rep.coded, rep.unchanged, rep.events) == (2, 0, 4)
    rep2, second = _ingest(db, [article("a1", A1), article("a2", A2)])
    assert (rep2.coded, rep2.unchanged) == (0, 2)
    assert first == second
    assert second["events"] == 4 and second["articles"] == 2


def test_changed_article_replaces_its_events(tmp_path):
    db = tmp_path / "s.duckdb"
    _ingest(db, [article("a1", A1), article("a2", A2)])
    rep, counts = _ingest(db, [article("a1", "France criticized Germany on 2017-01-05.")])
    assert (rep.coded, rep.replaced) == (1, 1)
    with Store(db) as st:
        codes = st.con.execute("SELECT cameo FROM events WHERE article_id = 'a1'").fetchall()
        assert codes == [("111",)]
        # the old a1 clusters are gone with their events; a2's are untouched
        assert st.con.execute("SELECT count(*) FROM clusters WHERE dyad_lo = 'RUS'").fetchall() == [(0,)]
        assert st.con.execute("SELECT count(*) FROM clusters WHERE dyad_lo = 'SYR'").fetchall() == [(1,)]
        orphans = st.con.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL "
                                 "OR cluster_id NOT IN (SELECT cluster_id FROM clusters)").fetchall()
        assert orphans == [(0,)]
    assert counts["articles"] == 2


def test_new_publication_date_counts_as_changed(tmp_path):
    db = tmp_path / "s.duckdb"
    _ingest(db, [article("a2", "Russia phoned the United States.", published="2016-12-28")])
    rep, _ = _ingest(db, [article("a2", "Russia phoned the United States.", published="2016-12-29")])
    assert rep.replaced == 1


def test_bad_inputs_are_listed_and_the_rest_is_stored(tmp_path):
    db = tmp_path / "s.duckdb"
    rep, counts = _ingest(db, [InputError("missing.txt", "no such file"), article("a2", A2)])
    assert rep.failures == [("missing.txt", "no such file")]
    assert counts["articles"] == 1 and counts["failures"] == 1


def test_recode_only_stale_articles(tmp_path, monkeypatch):
    db = tmp_path / "s.duckdb"
    monkeypatch.setattr(core, "current_versions", lambda: {"lexicon": "v1"})
    _ingest(db, [article("a1", A1), article("a2", A2)])
    with Store(db) as st:
        assert st.stale_articles() == []
        monkeypatch.setattr(core, "current_versions", lambda: {"lexicon": "v2"})
        assert st.stale_articles() == ["a1", "a2"]
        rep = st.recode(keyword_coder)
        assert rep.coded == 2 and st.stale_articles() == []
        assert st.counts()["events"] == 4


def test_open_missing_store_names_the_fix(tmp_path):
    with pytest.raises(StoreError, match="parley ingest"):
        Store.open(tmp_path / "none.duckdb", must_exist=True)
