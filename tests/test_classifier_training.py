"""The committed head is reproducible from the committed training data."""

from __future__ import annotations

import json

from parley.events import classifier as C


def test_pairs_file_matches_templates():
    built = C.build_pairs()
    on_disk = [json.loads(x) for x in (C.training_dir() / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert on_disk == built, "run: python -m parley.events.classifier --build-pairs --train"


def test_every_root_has_training_sentences():
    roots = {root for _, root in C.training_examples()}
    assert roots == set(C.TRAIN_LABELS)
    for text, _ in C.training_examples():
        assert "<s>" in text or "<t>" in text


def test_model_artefact_was_trained_on_current_data():
    head = C.default_head()
    assert head is not None
    assert head.meta["data_hash"] == C.data_hash(C.training_examples()), (
        "data/training changed: retrain with python -m parley.events.classifier --train"
    )
    assert C.model_path().stat().st_size < 5_000_000
    assert head.meta["embed_scale"] > 0 and 0.3 < head.temperature < 4


def test_choice_frames_expand_deterministically():
    rows = [r for r in C.build_pairs() if r["id"].startswith("coop-agree-")]
    assert rows and all("{" not in r["text"] and "|" not in r["text"] for r in rows)
    assert rows == [r for r in C.build_pairs() if r["id"].startswith("coop-agree-")]
