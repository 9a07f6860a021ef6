"""Every `parley events` filter, on a small store coded by the keyword stand-in coder."""

from __future__ import annotations

import pytest

from parley.analysis.events import list_events
from parley.errors import QueryError
from parley.store import Store
from parley.store.query import EventQuery
from parley.store.synthetic import article, keyword_coder

ARTICLES = [
    article("a", "Russia phoned the United States on 2016-12-27. China praised Iran on 2016-03-02.",
            source="Paper A"),
    article("b", "Turkey attacked Syria on 2016-11-03. France met Germany in Geneva on 2015-06-10.",
            source="Paper B"),
    article("c", "China sanctioned the United States in 2017-02. Iran reported that Russia threatened Turkey "
            "on 2017-05-01.", source="Paper C"),
    article("d", "Russia never attacked Turkey on 2016-12-01. the United States accused Russia on 2016-12-20."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("q") / "q.duckdb")
    st.ingest_articles(ARTICLES, keyword_coder)
    yield st
    st.close()


def _codes(store, mentions=False, **kw):
    cols, rows = list_events(store, EventQuery(**kw), mentions=mentions)
    i, j = cols.index("source_code"), cols.index("cameo")
    return sorted((r[i], r[j]) for r in rows)


def test_default_is_one_row_per_cluster_of_factual_events(store):
    assert _codes(store) == [("CHN", "051"), ("CHN", "163"), ("FRA", "040"), ("RUS", "041"), ("RUS", "130"),
                             ("TUR", "190"), ("USA", "112")]
    assert len(_codes(store, mentions=True)) == 9  # both directions of the two meetings


@pytest.mark.parametrize(("kw", "expected"), [
    ({"actors": ["TUR"]}, {"RUS130", "TUR190"}),
    ({"actors": ["Syria"]}, {"TUR190"}),
    ({"dyad": ("USA", "RUS")}, {"RUS041", "USA112"}),
    ({"dyad": ("USA", "RUS"), "directed": True}, {"USA041", "USA112"}),  # the call is reciprocal
    ({"countries": ["CHE"]}, {"FRA040"}),
    ({"countries": ["SYR"]}, {"TUR190"}),
    ({"cameo": ["04"]}, {"RUS041", "FRA040"}),
    ({"cameo": ["16", "19"]}, {"CHN163", "TUR190"}),
    ({"plover": ["accuse"]}, {"USA112"}),
    ({"quad": [3]}, {"RUS130", "USA112"}),
    ({"quad": [1, 2]}, {"RUS041", "FRA040", "CHN051"}),
    ({"modality": ["negated"]}, {"RUS190"}),
    ({"modality": ["reported"]}, {"RUS130"}),
    ({"since": "2016-12-01", "until": "2016-12-31"}, {"RUS041", "USA112"}),
    ({"until": "2016-03"}, {"FRA040", "CHN051"}),
    ({"since": "2017"}, {"CHN163", "RUS130"}),
    ({"place": "geneva"}, {"FRA040"}),
    ({"text": "SANCTIONED"}, {"CHN163"}),
    ({"article": "d"}, {"USA112"}),
])
def test_filters(store, kw, expected):
    assert {s + c for s, c in _codes(store, **kw)} == expected


def test_every_row_leads_back_to_its_sentence(store):
    cols, rows = list_events(store, EventQuery(cameo=["19"]), mentions=True)
    row = dict(zip(cols, rows[0], strict=True))
    sent = store.con.execute("SELECT text FROM sentences WHERE article_id = ? AND sentence_index = ?",
                             [row["article_id"], row["sentence_index"]]).fetchall()[0][0]
    assert sent == row["sentence"] and row["trigger_text"] in sent


@pytest.mark.parametrize(("kw", "message"), [
    ({"quad": [7]}, "QuadClass is 1-4"),
    ({"since": "2016-13-01"}, "not a date"),
    ({"until": "yesterday"}, "not a date"),
    ({"since": "2017", "until": "2016"}, "after"),
    ({"cameo": ["4x"]}, "CAMEO code"),
    ({"plover": ["HUG"]}, "not a PLOVER type"),
    ({"modality": ["maybe"]}, "--modality"),
    ({"actors": ["Atlantis"]}, "unknown actor"),
    ({"directed": True}, "--directed needs --dyad"),
])
def test_malformed_arguments_raise_one_clear_error(store, kw, message):
    with pytest.raises(QueryError, match=message):
        list_events(store, EventQuery(**kw))
