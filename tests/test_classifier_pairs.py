"""The given-pair classifier on sentences written for these tests."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from parley.cli import cli
from parley.events import classifier as C

pytestmark = pytest.mark.slow


def test_parse_marked_gives_plain_text_and_spans():
    text, src, tgt = C.parse_marked("<s>Kenyan police </s>arrested <t>two reporters</t>.")
    assert text == "Kenyan police arrested two reporters."
    assert text[src[0] : src[1]] == "Kenyan police"
    assert text[tgt[0] : tgt[1]] == "two reporters"
    assert C.parse_marked("No marks here.")[1:] == (None, None)


@pytest.mark.parametrize(
    ("marked", "root"),
    [
        ("<s>Chilean police</s> arrested <t>four student leaders</t> in Santiago on Monday.", "COERCE"),
        ("<s>Norway</s> sent emergency food aid to <t>flood victims in Malawi</t>.", "AID"),
        ("<s>The Vietnamese navy</s> fired warning shots at <t>a fishing boat</t>, wounding two sailors.", "ASSAULT"),
        ("<s>Ghana's president</s> held talks with <t>the Ivorian prime minister</t> in Accra.", "CONSULT"),
        ("<s>The opposition</s> rejected <t>the government's</t> proposal for a unity cabinet.", "REJECT"),
    ],
)
def test_classify_marked_pairs(marked, root):
    res = C.classify_marked(marked)
    assert res.root == root
    assert res.rule  # always names the rule or the model that decided
    assert res.trigger_text is not None
    text = C.parse_marked(marked)[0]
    assert text[res.trigger_start : res.trigger_end] == res.trigger_text


def test_refusal_governs_the_embedded_act():
    res = C.classify_marked("<s>Peru</s> refused to release <t>the detained Bolivian trucker</t>.")
    assert res.root == "REJECT"


def test_one_missing_span_still_classifies():
    text = "Egyptian authorities detained a well-known blogger at Cairo airport."
    res = C.classify_pair(text, (0, 20), None)
    assert res.root == "COERCE"


def test_span_outside_sentence_is_an_error():
    with pytest.raises(ValueError, match="outside the sentence"):
        C.classify_pair("Short text.", (0, 5), (40, 50))


def test_cli_classify_marked_and_offsets():
    runner = CliRunner()
    out = runner.invoke(cli, ["classify", "<s>Canada</s> expelled <t>two Russian diplomats</t>."])
    assert out.exit_code == 0, out.output
    assert "rule=" in out.output and "trigger=" in out.output
    sent = "Canada expelled two Russian diplomats."
    out = runner.invoke(cli, ["classify", sent, "--source-span", "0:6", "--target-span", "16:37", "--json"])
    assert out.exit_code == 0, out.output
    rec = json.loads(out.output)
    assert rec["trigger"]["text"] == "expelled"


def test_cli_classify_batch_jsonl():
    lines = "\n".join(
        [
            json.dumps({"id": "a", "text": "<s>Poland</s> praised <t>Lithuania</t> for its help."}),
            json.dumps({"id": "b", "sentence": "Rebels attacked an army post.", "source": [0, 6], "target": [16, 28]}),
        ]
    )
    out = CliRunner().invoke(cli, ["classify", "--file", "-"], input=lines)
    assert out.exit_code == 0, out.output
    recs = [json.loads(x) for x in out.output.splitlines()]
    assert [r["id"] for r in recs] == ["a", "b"]
    assert recs[1]["root"] == "ASSAULT"
