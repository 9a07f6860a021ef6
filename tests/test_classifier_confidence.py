"""Calibrated confidence and the NONE label of the given-pair classifier (sentences written here)."""

from __future__ import annotations

import pytest

from parley.events import classifier as C

pytestmark = pytest.mark.slow


def test_confidence_is_a_probability_and_higher_for_clear_cases():
    clear = C.classify_marked("<s>Rebel fighters</s> shelled <t>an army base</t> overnight, killing six soldiers.")
    assert clear.root == "ASSAULT"
    assert 0.0 <= clear.confidence <= 1.0
    assert clear.confidence > 0.5
    assert abs(sum(clear.scores.values()) - 1.0) < 1e-4


def test_co_mention_without_event_is_none():
    res = C.classify_marked("<s>Latvia</s> and <t>Portugal</t> both reported record tourist numbers in August.")
    assert res.root == C.NONE_ROOT


def test_intent_to_release_is_agree_and_release_is_retreat():
    assert C.classify_marked("<s>Cameroon</s> promised to free <t>the detained nuns</t> next week.").root == "AGREE"
    assert C.classify_marked("<s>Cameroon</s> freed <t>the detained nuns</t> on Sunday.").root == "RETREAT"


def test_view_pair_and_decide_work_on_a_parsed_doc():
    nlp = C._nlp()
    doc = nlp("Danish police arrested three activists outside the embassy.")
    view = C.view_pair(doc, doc[0:2], doc[3:5])
    res = C.decide(view, C.default_head())
    assert res.root == "COERCE"
    assert view.enc is not None and view.phrase  # the pair encoder read the sentence
