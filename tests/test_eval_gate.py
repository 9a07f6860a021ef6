"""CI gate: dev-set accuracy must not fall more than two points below the figures in BENCHMARKS.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from parley.evaluation.runner import run_eval

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "eval"
TOLERANCE = 0.02

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def recorded() -> dict:
    text = (REPO / "BENCHMARKS.md").read_text(encoding="utf-8")
    m = re.search(r"```json parley-baseline\n(.*?)```", text, re.S)
    assert m, "BENCHMARKS.md lacks its ```json parley-baseline block"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def report():
    if not (SHARED / "plv_dev.tsv").is_file():
        pytest.skip("../shared/eval is absent")
    return run_eval(SHARED / "plv_dev.tsv", SHARED / "plover_gsr_cameo.json", mode="both")


def test_given_pair_accuracy_holds(report):
    base = recorded()
    acc = report["plv"]["pair"]["accuracy"]
    assert acc >= base["plv_pair_accuracy"] - TOLERANCE, f"given-pair accuracy {acc} < recorded {base['plv_pair_accuracy']}"


def test_full_coding_accuracy_holds(report):
    base = recorded()
    if base.get("plv_full_accuracy") is None:
        pytest.skip("no full-coding figure recorded yet")
    full = report["plv"]["full"]
    assert "error" not in full, full.get("error")
    assert full["accuracy"] >= base["plv_full_accuracy"] - TOLERANCE, (
        f"full-coding accuracy {full['accuracy']} < recorded {base['plv_full_accuracy']}"
    )


def test_gsr_type_match_holds(report):
    base = recorded()
    if base.get("gsr_type_match") is None:
        pytest.skip("no GSR figure recorded yet")
    gsr = report["gsr"]
    assert "error" not in gsr, gsr.get("error")
    assert gsr["type_match"] >= base["gsr_type_match"] - TOLERANCE
