"""Gold readers, scores and the `parley eval` command on small gold files written here."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from parley.cli import cli
from parley.errors import InputFileError
from parley.evaluation import read_gsr, read_plv, score
from parley.evaluation.gsr import actor_matches
from parley.evaluation.labels import gsr_label, plv_label
from parley.records import ActorRef

HEADER = "uid\tsentence\tmarked_sentence\tsource\ttarget\tgold_root\n"
ROWS = [
    ("t1", "<s>Chilean police</s> arrested <t>four students</t> in Santiago.", "COERCE"),
    ("t2", "<s>Norway</s> sent food aid to <t>Malawi</t>.", "AID"),
    ("t3", "<s>Peru</s> freed <t>two Bolivian truckers</t> on Sunday.", "YIELD"),
]


@pytest.fixture()
def plv_file(tmp_path):
    path = tmp_path / "gold.tsv"
    lines = [f"{uid}\t{m.replace('<s>', '').replace('</s>', '').replace('<t>', '').replace('</t>', '')}\t{m}\tx\ty\t{g}\n"
             for uid, m, g in ROWS]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def test_score_counts_missing_predictions_as_wrong():
    s = score(["A", "A", "B", "C"], ["A", "B", "B", None])
    assert s.n == 4 and s.accuracy == 0.5 and s.coverage == 0.75
    assert s.per_class["A"].precision == 1.0 and s.per_class["A"].recall == 0.5
    assert s.per_class["C"].f1 == 0.0
    assert s.confusion["C"] == {"(none)": 1}
    assert abs(s.macro_f1 - (2 / 3 + 2 / 3 + 0) / 3) < 1e-9


def test_label_versions():
    assert plv_label("CONCEDE") == "YIELD" and plv_label("RETREAT") == "YIELD" and plv_label("AID") == "AID"
    assert gsr_label("DEMAND") == "REQUEST" and gsr_label("FIGHT") == "ASSAULT" and gsr_label("INVESTIGATE") == "ACCUSE"


def test_read_plv_spans(plv_file):
    items = read_plv(plv_file)
    assert [i.gold for i in items] == ["COERCE", "AID", "YIELD"]
    first = items[0]
    assert first.sentence[first.source[0] : first.source[1]] == "Chilean police"
    assert first.sentence[first.target[0] : first.target[1]] == "four students"


def test_read_gsr_skips_document_header(tmp_path):
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps([
        {"id": "doc", "event": "DOCUMENT", "eventText": "header"},
        {"id": "r1", "event": "DEMAND", "text": "Ghana asked Togo to reopen the border.", "date": "2001-02-03",
         "source": [{"actorText": "Ghana", "code": "GHA"}], "target": ""},
    ]), encoding="utf-8")
    recs = read_gsr(path)
    assert len(recs) == 1 and recs[0].event == "DEMAND" and recs[0].targets == ()
    assert actor_matches(ActorRef("Ghana", 0, 5, code="GHAGOV", country="GHA"), recs[0].sources)
    assert not actor_matches(ActorRef("Togo", 0, 4, code="TGO", country="TGO"), recs[0].sources)


def test_missing_gold_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputFileError, match="not found"):
        read_plv(tmp_path / "nope.tsv")


@pytest.mark.slow
def test_cli_eval_pair_mode_json(plv_file):
    out = CliRunner().invoke(cli, ["eval", "--plv", str(plv_file), "--mode", "pair", "--json"])
    assert out.exit_code == 0, out.output
    rep = json.loads(out.output)
    pair = rep["plv"]["pair"]
    assert pair["n"] == 3 and pair["coverage"] == 1.0
    assert pair["accuracy"] >= 2 / 3
    text = CliRunner().invoke(cli, ["eval", "--plv", str(plv_file), "--mode", "pair"])
    assert "given pair: n=3" in text.output and "confusion" in text.output


def test_cli_eval_without_gold_says_how_to_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("PARLEY_EVAL_DIR", str(tmp_path))
    out = CliRunner().invoke(cli, ["eval"])
    assert out.exit_code != 0
    assert "--plv" in out.output
