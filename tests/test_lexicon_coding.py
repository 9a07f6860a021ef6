"""The lexicon on real-event-style sentences: each sentence codes the expected CAMEO root and PLOVER type.

One or two sentences per CAMEO root, written for this test. They check that the packaged lexicon
fires through the whole pipeline (parse -> lexicon match -> actors -> event), not just that it loads.
"""

from __future__ import annotations

import pytest

import parley

pytestmark = pytest.mark.slow

# (expected CAMEO root, expected PLOVER event or None for 01x statements, sentence)
CASES = [
    ("01", None, "The Kremlin declined to comment on the report."),
    ("01", None, "The Chinese Foreign Ministry expressed concern over the border dispute."),
    ("02", "REQUEST", "Germany urged Russia to release the detained Ukrainian sailors."),
    ("02", "REQUEST", "The United Nations called on Israel and Hamas to exercise restraint."),
    ("03", "AGREE", "Japan pledged $500 million in aid to Ukraine."),
    ("03", "AGREE", "The United States offered to mediate between India and Pakistan."),
    ("04", "CONSULT", "Russian Foreign Minister Sergei Lavrov spoke by telephone with US Secretary of State John Kerry on Tuesday."),
    ("04", "CONSULT", "Turkish President Recep Tayyip Erdogan visited Russia on Monday."),
    ("04", "CONSULT", "Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing."),
    ("04", "CONSULT", "German Chancellor Angela Merkel held talks with French President Emmanuel Macron in Berlin."),
    ("05", "SUPPORT", "India and Pakistan signed an agreement on prisoner exchanges."),
    ("05", "SUPPORT", "President Barack Obama praised the Cuban government."),
    ("06", "COOPERATE", "France shared intelligence with Belgium about the attackers."),
    ("07", "AID", "The European Union sent humanitarian aid to Syria."),
    ("07", "AID", "Washington provided weapons to Iraq."),
    ("08", "RETREAT", "The United States lifted sanctions on Iran in January."),
    ("08", "RETREAT", "Russia withdrew its troops from the border with Ukraine."),
    ("09", "ACCUSE", "The Netherlands investigated the downing of the Malaysian airliner."),
    ("10", "REQUEST", "Iran demanded an apology from Saudi Arabia."),
    ("10", "REQUEST", "Israel pressed the United States to reject the deal."),
    ("11", "ACCUSE", "Turkey accused Russia of violating its airspace."),
    ("11", "ACCUSE", "China criticized Japan for the visit to the shrine."),
    ("11", "ACCUSE", "Japan summoned the Chinese ambassador."),
    ("12", "REJECT", "North Korea rejected the offer of talks with South Korea."),
    ("12", "REJECT", "Russia vetoed a UN Security Council resolution on Syria."),
    ("13", "THREATEN", "North Korea threatened to attack the United States."),
    ("13", "THREATEN", "Washington threatened Moscow with new sanctions."),
    ("14", "PROTEST", "Ukrainian opposition supporters protested against the government in Kiev."),
    ("14", "PROTEST", "Students in Hong Kong demonstrated against the Chinese government."),
    ("15", "MOBILIZE", "Russia deployed troops to the Ukrainian border."),
    ("15", "MOBILIZE", "China conducted military exercises near Taiwan."),
    ("16", "COERCE", "The United States imposed sanctions on North Korea."),  # 163: COERCE (crosswalk)
    ("16", "SANCTION", "Saudi Arabia severed diplomatic ties with Iran."),
    ("16", "SANCTION", "The United States recalled its ambassador from Venezuela."),
    ("17", "COERCE", "Turkish police arrested dozens of journalists."),
    ("17", "COERCE", "Egypt deported the French reporter."),
    ("18", "ASSAULT", "Militants kidnapped two Turkish engineers in Iraq."),
    ("18", "ASSAULT", "Gunmen assassinated the Russian ambassador to Turkey."),
    ("19", "ASSAULT", "Rebels captured the district from government forces."),  # 19x FIGHT: ASSAULT
    ("19", "ASSAULT", "Russian warplanes bombed rebel positions near Aleppo."),
    ("19", "ASSAULT", "Israeli troops opened fire on Palestinian protesters at the border."),
    ("20", "ASSAULT", "Government forces massacred hundreds of villagers."),
    ("20", "ASSAULT", "The Syrian government used sarin against civilians in Ghouta."),
    # general coverage added for AGREE / AID / THREATEN / YIELD / REJECT constructions
    ("03", "AGREE", "Chile and Peru agreed to start negotiations on a fisheries pact."),
    ("03", "AGREE", "Spain is willing to withdraw its soldiers from Iraq."),
    ("03", "AGREE", "The Malian prime minister agreed to resign."),
    ("05", "SUPPORT", "Iraq expressed support for the Syrian government."),
    ("07", "AID", "Norway gave 20 million euros to Jordan."),
    ("07", "AID", "Japan donated a shipment of vaccines to Kenya."),
    ("08", "RETREAT", "Italy returned the stolen paintings to Greece."),
    ("08", "RETREAT", "The president granted a pardon to the jailed opposition leader."),
    ("08", "CONCEDE", "The dockworkers' union called off the strike."),
    ("13", "THREATEN", "France issued a warning to Iran over its missile tests."),
    ("13", "THREATEN", "The government gave the rebels a deadline to surrender."),
    ("17", "COERCE", "The Egyptian government suspended publication of the opposition newspaper."),
    # round 2: general constructions (mediation efforts, asylum, refugees, legal climb-downs, aid cuts)
    ("04", "CONSULT", "Qatar launched a mediation bid between Ethiopia and Eritrea."),
    ("02", "REQUEST", "Hundreds of Afghan families sought asylum in Pakistan."),
    ("07", "AID", "Canada accepted thousands of Syrian refugees."),
    ("08", "CONCEDE", "Kenyan prosecutors dropped the charges against the opposition senator."),
    ("11", "ACCUSE", "The Hungarian government drew sharp criticism from the European Commission."),
    ("16", "SANCTION", "Sweden announced a freeze of aid to Zambia."),
    ("19", "ASSAULT", "Armed militants stormed a hotel in Mogadishu."),
    ("12", "REJECT", "The Venezuelan president refused to meet the American envoy."),
    ("17", "COERCE", "The Thai government extended the curfew in Bangkok."),
]


@pytest.mark.parametrize(("root", "plover", "sentence"), CASES, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(CASES)])
def test_sentence_codes_expected_root_and_plover(root: str, plover: str | None, sentence: str) -> None:
    events = parley.code_text(sentence, published="2017-03-01")
    coded = [(e.cameo[:2], e.plover.event, e.rule) for e in events]
    hits = [c for c in coded if c[0] == root]
    assert hits, f"no {root} event in {coded}"
    assert any(p == plover for _, p, _ in hits), f"{root} coded, but PLOVER {plover} not in {hits}"
    assert all(e.rule and e.trigger.text for e in events)


# (sentence, rule, source code, target code): who is source and who is target for round-2 entries
DIRECTED = [
    ("The Hungarian government drew sharp criticism from the European Commission.",
     "disapprove.face_criticism", "IGOEUC", "HUNGOV"),
    ("The Venezuelan president refused to meet the American envoy.", "reject.refuse_talk", "VENGOV", "USAGOV"),
    ("Qatar launched a mediation bid between Ethiopia and Eritrea.", "consult.mediation_effort", "QAT", "ETH"),
    ("Sweden announced a freeze of aid to Zambia.", "reduce.aid_suspension_noun", "SWE", "ZMB"),
]


@pytest.mark.parametrize(("sentence", "rule", "source", "target"), DIRECTED, ids=[d[1] for d in DIRECTED])
def test_round2_entries_direction(sentence: str, rule: str, source: str, target: str) -> None:
    events = [e for e in parley.code_text(sentence, published="2017-03-01") if e.rule == rule]
    pairs = {(e.source.code, e.target.code if e.target else None) for e in events}
    assert (source, target) in pairs, f"{rule}: expected {source} -> {target}, got {pairs}"


def test_criticism_from_is_the_critic() -> None:
    """'criticism from X' names the critic: X is the source of the 111 event, never its target."""
    events = parley.code_text("Poland faced criticism from the European Parliament.", published="2017-03-01")
    accuse = [e for e in events if e.cameo.startswith("11")]
    assert accuse and all(e.source.code == "IGOEUP" for e in accuse), [(e.rule, e.source.code) for e in accuse]
