"""The verb-pattern lexicon: packaged data is complete and valid; user files layer on top; errors name the line."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli import cli
from parley.errors import LexiconError
from parley.events.lexicon import Entry, Lexicon, default_lexicon, lexicon_errors, packaged_path
from parley.ontology import Ontology

ROOTS = [f"{r:02d}" for r in range(1, 21)]


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARLEY_LEXICON", raising=False)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load(use_env=False)


def write_jsonl(path: Path, rows: list[dict | str]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def errors_of(*args, **kwargs) -> list[str]:
    with pytest.raises(LexiconError) as info:
        Lexicon.load(*args, use_env=False, **kwargs)
    return lexicon_errors(info.value)


# --- the packaged lexicon ---------------------------------------------------------------------

def test_packaged_lexicon_is_large_and_covers_every_cameo_root(lex: Lexicon) -> None:
    assert len(lex) >= 300
    counts = Counter(e.root for e in lex)
    assert [r for r in ROOTS if counts[r] == 0] == []
    assert sum(e.pos == "NOUN" for e in lex) >= 40


def test_every_code_is_a_cameo_code_and_every_id_unique(lex: Lexicon) -> None:
    ontology = Ontology.load()
    assert [e.id for e in lex if e.cameo not in ontology] == []
    ids = [json.loads(line)["id"] for line in packaged_path().read_text().splitlines() if line.strip()]
    assert len(ids) == len(set(ids)) == len(lex)


def test_every_entry_explains_itself_with_a_cameo_note(lex: Lexicon) -> None:
    assert [e.id for e in lex if f"CAMEO {e.cameo}" not in e.note] == []


@pytest.mark.parametrize(
    ("lemma", "pos", "code"),
    [("speak", "VERB", "041"), ("visit", "VERB", "042"), ("host", "VERB", "043"), ("negotiate", "VERB", "046"),
     ("talk", "NOUN", "046"), ("sign", "VERB", "057"), ("accuse", "VERB", "112"), ("impose", "VERB", "163"),
     ("arrest", "VERB", "173"), ("shell", "VERB", "194"), ("massacre", "VERB", "202"), ("protest", "NOUN", "141")],
)
def test_key_triggers_are_indexed(lex: Lexicon, lemma: str, pos: str, code: str) -> None:
    assert code in {e.cameo for e in lex.by_lemma(lemma, pos)}


def test_by_lemma_puts_the_most_specific_entry_first(lex: Lexicon) -> None:
    entries = lex.by_lemma("speak", "VERB")
    keys = [(-e.specificity[0], -e.specificity[1], e.id) for e in entries]
    assert keys == sorted(keys)
    assert entries[0].prep is not None and entries[0].cameo == "041"
    assert lex.by_lemma("no-such-lemma", "VERB") == []
    assert lex.by_lemma("call", "VERB")[-1].id == "consult.call_verb"  # priority -1: appeals outrank it


def test_version_is_a_content_hash_and_default_lexicon_is_cached(lex: Lexicon) -> None:
    assert len(lex.version) == 64
    assert Lexicon.load(use_env=False).version == lex.version
    assert default_lexicon() is default_lexicon()


def test_round_trip_through_jsonl_keeps_every_entry(lex: Lexicon, tmp_path: Path) -> None:
    rows = [e.model_dump(mode="json", exclude_none=True) for e in lex]
    again = Lexicon.load(write_jsonl(tmp_path / "copy.jsonl", rows), use_env=False)
    assert list(again) == list(lex)


def test_entry_defaults_and_specificity() -> None:
    e = Entry.model_validate({"id": "consult.x", "lemmas": "meet", "cameo": "040"})
    assert (e.pos, e.source, e.target, e.symmetric, e.lemmas) == ("VERB", ("subj",), ("dobj",), False, ("meet",))
    f = Entry.model_validate({"id": "consult.y", "lemmas": ["speak"], "cameo": "041", "priority": 2,
                              "prep": {"word": "by", "objects": ["phone"]}})
    assert (e.specificity, f.specificity) == ((0, 0), (2, 2))


# --- validation messages -----------------------------------------------------------------------

GOOD = {"id": "consult.test_meet", "lemmas": ["meet"], "cameo": "040", "note": "test"}


@pytest.mark.parametrize(
    ("broken", "expected"),
    [({"prep": {"word": "By"}}, "[prep -> word] preposition 'By' must be lower case"),
     ({"lemmas": ["Meet"]}, "[lemmas] lemma 'Meet' must be lower case"),
     ({"lemmas": ["phone call"]}, "[lemmas] lemma 'phone call' must be a single word"),
     ({"target": ["prep:with", "goal"]}, "[target] unknown slot 'goal'"),
     ({"source": ["light_subj"]}, "[source] slot 'light_subj' is only for NOUN entries"),
     ({"colour": "red"}, "[colour] unknown field; allowed fields: id, lemmas"),
     ({"cameo": 40}, "[cameo] Input should be a valid string"),
     ({"cameo": "4x"}, "[cameo] CAMEO code '4x' must be 2-4 digits"),
     ({"pos": "ADV"}, "[pos] Input should be 'VERB', 'NOUN' or 'ADJ'"),
     ({"id": "Bad Id"}, "[id] String should match pattern")],
)
def test_broken_entry_is_reported_with_file_line_and_field(tmp_path: Path, broken: dict, expected: str) -> None:
    path = write_jsonl(tmp_path / "user.jsonl", [{**GOOD, "id": "consult.fine"}, {**GOOD, **broken}])
    errors = errors_of(extra_paths=[path])
    assert errors == [f"{path}:2 {expected}"] or any(e.startswith(f"{path}:2 {expected}") for e in errors), errors


def test_file_level_problems_are_all_reported(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "user.jsonl", [
        GOOD, "", "# a comment line is fine", "{not json", "[1, 2]", GOOD, {**GOOD, "id": "consult.other", "cameo": "999"},
    ])
    errors = errors_of(extra_paths=[path])
    assert any(e.startswith(f"{path}:4 invalid JSON") for e in errors)
    assert f"{path}:5 expected a JSON object, got list" in errors
    assert f"{path}:6 [id] duplicate id 'consult.test_meet' (first on line 1)" in errors
    assert f"{path} [cameo] entry 'consult.other': unknown CAMEO code '999'" in errors


def test_packaged_file_errors_use_its_short_name(tmp_path: Path) -> None:
    base = write_jsonl(tmp_path / "verbs.jsonl", [{**GOOD, "prep": {"word": "By"}}])
    assert errors_of(base)[0].startswith(f"{base}:1 [prep -> word]")
    assert errors_of(tmp_path / "missing.jsonl") == [f"{tmp_path / 'missing.jsonl'}: lexicon file not found"]


def test_error_message_is_readable(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "user.jsonl", [{**GOOD, "lemmas": ["Meet"]}])
    with pytest.raises(LexiconError, match=r"lexicon does not validate \(1 problem"):
        Lexicon.load(extra_paths=[path], use_env=False)


# --- user files layered on top ------------------------------------------------------------------

def test_user_file_replaces_same_id_and_adds_new_ids(lex: Lexicon, tmp_path: Path) -> None:
    user = write_jsonl(tmp_path / "mine.jsonl", [
        {"id": "consult.meet", "lemmas": ["meet"], "cameo": "044", "note": "we only see third-country meetings"},
        {"id": "consult.huddle", "lemmas": ["huddle"], "cameo": "040", "target": ["prep:with"], "symmetric": True},
    ])
    layered = Lexicon.load(extra_paths=[user], use_env=False)
    assert len(layered) == len(lex) + 1
    assert layered.get("consult.meet").cameo == "044"
    assert [e.id for e in layered.by_lemma("huddle")] == ["consult.huddle"]
    assert layered.version != lex.version


def test_env_var_names_an_extra_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_jsonl(tmp_path / "a.jsonl", [{"id": "reject.snub_meeting", "lemmas": ["snub"], "cameo": "125"}])
    monkeypatch.setenv("PARLEY_LEXICON", str(tmp_path))
    assert Lexicon.load().get("reject.snub_meeting").cameo == "125"
    assert Lexicon.load(use_env=False).get("reject.snub_meeting") is None


# --- CLI -----------------------------------------------------------------------------------------

def test_cli_check_passes_and_fails_with_error_lines(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli, ["lexicon", "check"])
    assert ok.exit_code == 0 and ok.output.startswith("ok: ")
    bad = write_jsonl(tmp_path / "bad.jsonl", [{**GOOD, "target": ["goal"]}])
    result = runner.invoke(cli, ["lexicon", "check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1 [target] unknown slot 'goal'" in result.output


def test_cli_list_filters_and_stats_cover_all_roots() -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["lexicon", "list", "--cameo", "041"])
    assert listed.exit_code == 0 and "consult.speak_by_phone" in listed.output and "consult.visit " not in listed.output
    sanction = runner.invoke(cli, ["lexicon", "list", "--plover", "sanction"])
    assert "reduce.sever_ties" in sanction.output and "consult.meet " not in sanction.output
    coerce = runner.invoke(cli, ["lexicon", "list", "--plover", "coerce"])  # CAMEO 163 sanctions are COERCE
    assert "reduce.impose_sanctions" in coerce.output
    stats = runner.invoke(cli, ["lexicon", "stats"])
    assert stats.exit_code == 0
    assert [line.split()[0] for line in stats.output.splitlines()[:20]] == ROOTS
