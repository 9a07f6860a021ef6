"""`parley code` as a user runs it: formats, bad inputs named on stderr, exit status, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli import cli

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("Russian Foreign Minister Sergei Lavrov spoke by telephone with US Secretary of State John Kerry "
           "on Tuesday.\n\nLavrov did not meet Kerry in Vienna.\n")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    good = {"id": "call-2016", "text": ARTICLE, "published": "2016-12-28"}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "empty", "text": "  ", "published": "2016-12-28"})]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["code", *args], input=input)


def test_cli_code_jsonl_events_and_bad_lines(corpus: Path):
    result = run(str(corpus))
    assert result.exit_code == 1, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    call = next(e for e in events if e["cameo"] == "041")
    assert call["source"]["code"] == "RUSGOV" and call["target"]["code"] == "USAGOV"
    assert call["date"] == "2016-12-27" and call["rule"]
    assert {"id", "article_id", "sentence", "sentence_index", "source", "target", "cameo", "cameo_name",
            "goldstein", "quad_class", "plover", "date", "date_precision", "date_text", "location",
            "modality", "attribution", "voice", "rule", "confidence"} <= set(call)
    assert any(e["modality"] == "negated" for e in events)
    assert f"{corpus}:2" in result.stderr and "corpus.jsonl:3" in result.stderr


def test_cli_code_output_is_deterministic(corpus: Path):
    assert run(str(corpus)).stdout == run(str(corpus)).stdout


def test_cli_code_tsv_and_table(corpus: Path):
    tsv = run(str(corpus), "--format", "tsv").stdout.splitlines()
    assert tsv[0].split("\t")[:3] == ["GLOBALEVENTID", "SQLDATE", "Actor1Code"]
    assert any("\t041\t" in row for row in tsv[1:])
    assert all(len(row.split("\t")[1]) == 8 for row in tsv[1:])  # GDELT SQLDATE is always YYYYMMDD
    table = run(str(corpus), "--format", "table").stdout
    assert "RUSGOV" in table and "consult." in table


def test_cli_code_asserted_only(corpus: Path):
    events = [json.loads(x) for x in run(str(corpus), "--asserted-only").stdout.splitlines()]
    assert events and all(e["modality"] == "asserted" for e in events)


def test_cli_code_stdin_and_text_file(tmp_path: Path):
    line = json.dumps({"id": "x", "text": ARTICLE, "published": "2016-12-28"})
    assert run("-", input=line + "\n").exit_code == 0
    txt = tmp_path / "call.txt"
    txt.write_text(ARTICLE, encoding="utf-8")
    result = run(str(txt), "--published", "2016-12-28")
    assert result.exit_code == 0 and '"article_id": "call"' in result.stdout


def test_cli_code_bad_inputs_are_named_and_the_rest_is_coded(tmp_path: Path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text(ARTICLE)
    result = run(str(tmp_path), "--published", "2016-12-28")
    assert result.exit_code == 1
    assert "binary.txt" in result.stderr and "empty.txt" in result.stderr
    assert '"article_id": "good"' in result.stdout


def test_cli_code_rejects_a_bad_date():
    result = run("examples/articles.jsonl", "--published", "28/12/2016")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_cli_code_examples_run():
    result = CliRunner().invoke(cli, ["code", str(ROOT / "examples" / "articles.jsonl"), "--format", "table"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) > 50


def test_cli_code_user_kb_and_lexicon_extend_the_packaged_ones(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("PARLEY_KB", raising=False)
    monkeypatch.delenv("PARLEY_LEXICON", raising=False)
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "people.jsonl").write_text(json.dumps({
        "id": "ana-fictia", "name": "Ana Fictia", "aliases": ["Fictia"], "country": "PRT",
        "roles": [{"title": "Minister of Foreign Affairs", "sector": "GOV", "start": "2020-01-01", "end": None}],
        "note": "test person"}) + "\n")
    lexicon = tmp_path / "verbs.jsonl"
    lexicon.write_text(json.dumps({"id": "consult.lunch", "lemmas": ["lunch"], "target": ["prep:with"],
                                   "cameo": "040", "note": "test entry"}) + "\n")
    text = tmp_path / "a.txt"
    text.write_text("Ana Fictia lunched with the French government on Monday.\n")
    try:
        result = run(str(text), "--published", "2021-03-03", "--kb", str(kb), "--lexicon", str(lexicon))
        events = [json.loads(x) for x in result.stdout.splitlines()]
        assert any(e["rule"] == "consult.lunch" and e["source"]["code"] == "PRTGOV"
                   and e["target"]["code"] == "FRAGOV" for e in events), result.output
    finally:
        from parley import pipeline
        from parley.actors.kb import default_kb
        from parley.events.lexicon import default_lexicon

        monkeypatch.delenv("PARLEY_KB", raising=False)
        monkeypatch.delenv("PARLEY_LEXICON", raising=False)
        default_kb.cache_clear()
        default_lexicon.cache_clear()
        pipeline.reset_coders()
