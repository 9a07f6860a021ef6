"""Codebook boundaries the training frames teach: same verb, different root by its object or form."""

from __future__ import annotations

import re

import pytest

from parley.events import classifier as C


@pytest.mark.parametrize(
    ("marked", "root"),
    [
        ("<s>Chile</s> sided with <t>Argentina</t> that the fishing quotas were fair.", "SUPPORT"),
        ("<s>Norway</s> signed a fisheries agreement with <t>Iceland</t> on Friday.", "SUPPORT"),
        ("<s>Norway</s> agreed to sign a fisheries agreement with <t>Iceland</t> next month.", "AGREE"),
        ("<s>The junta</s> banned <t>the main opposition party</t> ahead of the vote.", "COERCE"),
        ("<s>The European Union</s> banned imports from <t>Belarus</t> over the crackdown.", "COERCE"),
            ("<s>The European Union</s> suspended aid to <t>Belarus</t> over the crackdown.", "SANCTION"),
        ("<s>Gunmen</s> abducted <t>two aid workers</t> near the border on Sunday.", "ASSAULT"),
        ("<s>Police</s> arrested <t>two aid workers</t> near the border on Sunday.", "COERCE"),
        ("<s>Japan</s> deployed soldiers to support <t>Timor</t> against the insurgents.", "AID"),
        ("<s>Japan</s> massed troops on the border with <t>Korea</t> in a show of force.", "MOBILIZE"),
        ("<s>Portugal</s> won the match, while <t>Spain</t> announced a new budget.", "NONE"),
    ],
)
def test_boundary_pairs(marked: str, root: str) -> None:
    assert C.classify_marked(marked).root == root


def test_expansions_leave_no_template_syntax() -> None:
    """A `{word}` without a `|` is not a choice and would leak into the sentence."""
    for row in C.build_pairs():
        plain = re.sub(r"</?[st]>", "", row["text"])
        assert "{" not in plain and "}" not in plain and "|" not in plain, row["id"]
