"""Events the pair model decides where no lexicon pattern fired.

The lexicon codes what it knows; for a subject and an object/prepositional actor of the same
verb that no pattern covered, the given-pair classifier (events/classifier.py) names the
relation. Such events carry `rule = decided_by = "model:<name>"`, the model's probability as
confidence, and the PLOVER type's 'not specified below' CAMEO code (data/model_codes.json).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Span, Token

from parley.events.extract import Candidate, object_of, subject_of

# prepositions that introduce the other party; "at"/"in"/"into" introduce places, not targets
_TARGET_PREPS = {"with", "against", "on", "to", "from", "for", "upon", "toward", "towards"}
_SKIP_LEMMAS = {"be", "have", "say", "tell", "add", "note", "report", "quote", "write", "become", "seem"}


@dataclass(frozen=True, slots=True)
class ModelEntry:
    """Stands where a lexicon entry would: what the pipeline needs to build the event."""

    id: str
    cameo: str
    plover: None = None
    symmetric: bool = False
    target_required: bool = True
    constraint_count: int = 0
    confidence: float = 0.0


@functools.lru_cache(maxsize=1)
def _settings() -> dict:
    return json.loads(resources.files("parley.data").joinpath("model_codes.json").read_text("utf-8"))


@functools.lru_cache(maxsize=1)
def model_codes() -> tuple[float, dict[str, str]]:
    raw = _settings()
    return float(raw["min_confidence"]), dict(raw["codes"])


def sweep_min_confidence() -> float:
    raw = _settings()
    return float(raw.get("sweep_min_confidence", raw["min_confidence"]))


def verb_pairs(sent: Span) -> list[tuple[Token, Token, Token]]:
    """(verb, subject head, object head) triples: candidate actor pairs joined by one predicate."""
    triples = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _SKIP_LEMMAS:
            continue
        subjects = subject_of(verb)
        if not subjects:
            continue
        objects = list(object_of(verb))
        for prep in verb.children:
            if prep.dep_ in {"prep", "dative"} and prep.lower_ in _TARGET_PREPS:
                objects.extend(c for c in prep.children if c.dep_ == "pobj")
        triples.extend((verb, s, o) for s in subjects for o in objects if s.i != o.i)
    return triples


def phrase_span(tok: Token) -> Span:
    """The phrase a head token stands for (left modifiers to the head)."""
    return tok.doc[tok.left_edge.i: tok.i + 1]


def uncovered_pairs(sent: Span, resolver, covered: set[tuple[int, int]]) -> list[tuple[Token, Token, Token]]:
    """(verb, subject, object) triples whose two phrases both name actors and no pattern coded."""
    return [(verb, subj, obj) for verb, subj, obj in verb_pairs(sent)
            if (subj.i, obj.i) not in covered and resolver.actors_at(subj) and resolver.actors_at(obj)]


def candidate_for(triple: tuple[Token, Token, Token], result, lexicon, *, sweep: bool = False) -> Candidate | None:
    """The event candidate for a classified pair, or None when the model finds no event worth coding.

    When the classifier's decision comes from a lexicon entry (its trigger matched, but not the
    entry's actor slots), the event names that entry; otherwise it names the model.
    """
    min_conf, codes = model_codes()
    if sweep:
        min_conf = sweep_min_confidence()
    verb, subj, obj = triple
    root = result.root
    if root is None or root not in codes or result.confidence < min_conf:
        return None
    entry = lexicon.get(result.rule.split("|")[0]) if result.decided_by == "lexicon" else None
    if entry is None:
        entry = ModelEntry(id=result.rule, cameo=codes[root], confidence=round(result.confidence, 2))
    return Candidate(trigger=verb, entry=entry, sources=[subj], targets=[obj],
                     source_slot="model" if sweep else "subj", target_slot="model")
