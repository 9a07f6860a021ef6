"""Event modality: is the event asserted, negated, future, hypothetical, reported or speculation?

Read from the parse around the trigger: negation and auxiliaries on the trigger and
the verbs that govern it, intent/failure verbs above it, conditional clauses,
speech verbs whose complement holds it (reported speech, with who said it), and
the author's hedges ("appears to be", "presumably"). Cue words are data
(data/modality.json), so analysts can tune them without touching code.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

_CLAUSE_UP = {"xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp", "dobj", "pobj", "prep", "attr", "nsubj", "csubj", "oprd"}


@dataclass(frozen=True, slots=True)
class Cues:
    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    intent_verbs: frozenset[str]
    failure_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    hedge_words: frozenset[str]
    hedge_verbs: frozenset[str]
    negation_determiners: frozenset[str]
    unreal_nouns: frozenset[str]
    request_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def default_cues() -> Cues:
    path = os.environ.get("PARLEY_MODALITY")
    if path:
        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh)
    else:
        raw = json.loads(resources.files("parley.data").joinpath("modality.json").read_text("utf-8"))
    return Cues(**{f: frozenset(raw.get(f, ())) for f in Cues.__dataclass_fields__})


@dataclass(frozen=True, slots=True)
class ModalityResult:
    modality: str
    speaker: Token | None  # head of the phrase that reported the event, if any
    cue: str | None  # the words that decided it
    volitional: bool = False  # "will (not) X": an announced decision, which CAMEO codes as intent/refusal


def _governors(trigger: Token, limit: int = 6) -> list[Token]:
    """The trigger, then the chain of heads above it within the sentence."""
    chain = [trigger]
    t = trigger
    while t.head.i != t.i and len(chain) <= limit:
        if t.dep_ not in _CLAUSE_UP:
            break
        t = t.head
        chain.append(t)
    return chain


def _verbal(t: Token) -> bool:
    return t.pos_ in {"VERB", "AUX"}


def assess(trigger: Token, light_verb: Token | None = None, cues: Cues | None = None) -> ModalityResult:
    """Modality of the event whose trigger is `trigger` (and, for nouns, its light verb)."""
    cues = cues or default_cues()
    anchor = light_verb if light_verb is not None else trigger
    chain = _governors(anchor)
    lowest_clause = [anchor]  # tokens whose own auxiliaries/negation apply directly
    if light_verb is not None:
        lowest_clause.append(trigger)

    # negation on the event itself (or "no agreement", "never met")
    for tok in lowest_clause:
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in cues.negation_determiners):
                will = next((a for a in tok.children if a.dep_ == "aux" and a.lower_ in cues.future_aux | {"would"}),
                            None)
                cue = f"{will.text} {c.text}" if will is not None else c.text
                return ModalityResult("negated", None, cue, volitional=will is not None)
    # a coordinated verb shares its head's auxiliaries ("will meet and sign")
    aux_holders = list(lowest_clause)
    if anchor.dep_ == "conj":
        aux_holders.append(anchor.head)

    speaker: Token | None = None
    speech_cue: str | None = None
    verdict: tuple[str, str] | None = None
    volitional = False
    for depth, tok in enumerate(chain):
        children = list(tok.children)
        if tok in aux_holders or depth == 0:
            for c in children:
                if c.dep_ in {"aux", "auxpass"}:
                    low = c.lower_
                    if low in cues.future_aux or (c.lemma_ == "be" and any(
                            g.lower_ == "going" for g in tok.children)):
                        verdict = verdict or ("future", c.text)
                        volitional = volitional or depth == 0
                    elif low in cues.hypothetical_aux:
                        verdict = verdict or ("hypothetical", c.text)
        if depth == 0:
            continue
        prev = chain[depth - 1]
        lemma = tok.lemma_.lower()
        # failure / intent verbs governing the event ("failed to agree", "plans to visit")
        if prev.dep_ == "xcomp" and _verbal(tok):
            if lemma in cues.failure_verbs:
                return ModalityResult("negated", None, tok.text)
            if lemma in cues.request_verbs:  # "urged Iran to release ...": asked for, not done
                verdict = verdict or ("hypothetical", tok.text)
            elif lemma in cues.intent_verbs:
                volitional = volitional or (verdict is None and depth == 1)
                verdict = verdict or ("future", tok.text)
            elif lemma in cues.hedge_verbs:
                verdict = verdict or ("speculative", tok.text)
            if any(c.dep_ == "neg" for c in children) and verdict is None:
                return ModalityResult("negated", None, tok.text)
        # conditional clause: "if they meet", "unless Russia withdraws"
        if prev.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks
                                        for c in prev.children):
            verdict = verdict or ("hypothetical", "if")
        if prev.dep_ == "ccomp" and lemma in cues.request_verbs and _verbal(tok):  # "demanded that X withdraw"
            verdict = verdict or ("hypothetical", tok.text)
        # reported speech: the event sits in the complement of a speech verb
        if prev.dep_ in {"ccomp", "conj", "xcomp"} and lemma in cues.speech_verbs and speaker is None:
            subj = next((c for c in children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            agent = next((g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            speaker = subj if subj is not None and subj.dep_ == "nsubj" else agent
            speech_cue = tok.text
            if speaker is None:
                speech_cue = None
        # the author's hedge on the clause that holds the event ("appears to be an attempt")
        if lemma in cues.hedge_verbs and _verbal(tok) and not _speaker_is_actor(tok):
            verdict = verdict or ("speculative", tok.text)
        # "the idea that ...": an unreal proposition
        if prev.dep_ in {"acl", "ccomp", "advcl"} and tok.lemma_.lower() in cues.unreal_nouns and tok.pos_ == "NOUN":
            verdict = verdict or ("hypothetical", tok.text)

    # "according to X"
    if speaker is None:
        for tok in chain:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    pobj = next((g for t in c.children for g in [t, *t.children] if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        speaker, speech_cue = pobj, "according to"
    # hedge adverbs anywhere on the event's clause
    if verdict is None:
        for tok in chain[:3]:
            for c in tok.children:
                if c.dep_ == "advmod" and c.lower_ in cues.hedge_words:
                    verdict = ("speculative", c.text)
                    break
            if verdict:
                break
    if verdict is not None:
        return ModalityResult(verdict[0], speaker, verdict[1], volitional=volitional and verdict[0] == "future")
    if speaker is not None:
        return ModalityResult("reported", speaker, speech_cue)
    return ModalityResult("asserted", None, None)


def _speaker_is_actor(verb: Token) -> bool:
    """'Officials believe ...' is reported belief, not the author's own speculation.

    'X appears/seems to be ...' is always the author's hedge: its subject is what appears, not a believer.
    """
    if verb.lemma_.lower() in {"appear", "seem", "look"}:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in {"PROPN", "NOUN"} and subj.lower_ not in {"one", "people"}
