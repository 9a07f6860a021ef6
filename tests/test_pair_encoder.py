"""The pair encoder: its input builder, its artefact, and what it reads on sentences written for parley."""

from __future__ import annotations

import numpy as np
import pytest

from parley.events import classifier as C
from parley.events.pair_encoder import MAX_TOKENS, default_encoder, encode, mark, tokenizer


def test_marks_wrap_the_spans_and_point_at_the_opening_marks():
    text = "Turkey shelled Kurdish positions near the border."
    marked, s_at, t_at = mark(text, (0, 6), (15, 32))
    assert marked == "<< Turkey >> shelled [[ Kurdish positions ]] near the border."
    assert marked[s_at:s_at + 2] == "<<" and marked[t_at:t_at + 2] == "[["


def test_encoding_points_at_the_marks_and_a_missing_span_at_cls():
    text = "Turkey shelled Kurdish positions near the border."
    enc = encode(text, (0, 6), None)
    tokens = [tokenizer().id_to_token(i) for i in enc.ids]
    assert tokens[0] == "[CLS]" and tokens[-1] == "[SEP]"
    assert tokens[enc.s_index] == "<" and enc.t_index == 0


def test_long_sentences_keep_a_window_around_the_pair():
    filler = "The ministers also discussed trade, energy, fisheries and culture at length. " * 12
    text = filler + "Turkey shelled Kurdish positions near the border."
    start = len(filler)
    enc = encode(text, (start, start + 6), (start + 15, start + 32))
    tokens = [tokenizer().id_to_token(i) for i in enc.ids]
    assert len(enc.ids) == MAX_TOKENS
    assert tokens[enc.s_index] == "<" and tokens[enc.t_index] == "["


def test_encoder_artefact_was_trained_on_current_data():
    encoder = default_encoder()
    assert encoder is not None, "data/models/pair_encoder.onnx missing: run scripts/train_pair_encoder.py"
    assert encoder.meta["data_hash"] == C.data_hash(C.training_examples()), (
        "data/training changed: retrain with scripts/train_pair_encoder.py"
    )
    assert encoder.classes == list(C.TRAIN_LABELS)
    assert 0.3 < encoder.temperature < 4


@pytest.mark.parametrize(
    ("marked", "root"),
    [
        ("<s>Rebel fighters</s> ambushed <t>an army convoy</t> near Goma, killing six soldiers.", "ASSAULT"),
        ("<s>Teachers' unions</s> said they would strike next week unless <t>the government</t> raised pay.", "THREATEN"),
        ("<s>Peru</s> and <t>Chile</t> signed a maritime boundary accord in Lima.", "SUPPORT"),
        ("<s>Oslo</s> offered to host talks between <t>Colombia</t> and the rebels.", "AGREE"),
    ],
)
def test_encoder_reads_sentences_written_for_parley(marked, root):
    encoder = default_encoder()
    probs = encoder.proba([C.parse_marked(marked)])[0]
    assert encoder.classes[int(np.argmax(probs))] == root
