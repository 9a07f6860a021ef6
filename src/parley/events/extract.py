"""Event extraction: lexicon entries matched on the dependency parse.

For each token whose lemma has lexicon entries, the most specific entry whose
constraints hold (particle, object, prepositional phrase, xcomp) fires; its
source and target slots are then read off the parse. The result is a Candidate:
trigger + entry + the head tokens of the source and target phrases. Actor
resolution, dates, places and modality are applied by the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

LIGHT_VERBS = frozenset({
    "have", "hold", "conduct", "reach", "strike", "sign", "conclude", "make", "launch", "carry", "stage",
    "engage", "begin", "start", "open", "resume", "host", "attend", "join", "seal", "broker", "agree",
    "impose", "issue", "level", "file", "lodge", "announce", "mount", "continue", "pursue", "enter",
    "take", "give", "deliver", "send", "order", "step", "win", "achieve", "finalize", "finalise", "ink",
    "complete", "intensify", "escalate", "unveil", "renew", "extend", "approve", "adopt",
})
_SUBJ = {"nsubj"}
POS_OF = {"NOUN": "NOUN", "PROPN": "NOUN", "VERB": "VERB", "AUX": "VERB", "ADJ": "ADJ"}
_SPEECH = frozenset({"say", "tell", "remind", "stress", "insist", "claim", "argue", "state", "declare", "add",
                     "warn", "note", "point", "assert", "charge", "write", "suggest", "complain", "allege"})
_HELD = frozenset({"control", "hold", "occupy", "besiege", "dominate", "run"})
_OBJ = {"dobj", "obj"}


@dataclass(slots=True)
class Candidate:
    trigger: Token
    entry: object  # parley.events.lexicon entry
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    light_verb: Token | None = None
    source_slot: str | None = None
    target_slot: str | None = None
    first_only: bool = False  # targets are alternatives: keep the first that resolves


def _children(tok: Token, deps: set[str] | str) -> list[Token]:
    deps = {deps} if isinstance(deps, str) else deps
    return [c for c in tok.children if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def subject_of(verb: Token, depth: int = 0) -> list[Token]:
    """Active subject of a verb (passive agent), inherited through conj/xcomp/relcl/advcl."""
    if depth > 4:
        return []
    if is_passive(verb):
        agent = [g for a in _children(verb, "agent") for g in _children(a, "pobj")]
        if agent:
            return agent
        if _children(verb, "nsubjpass"):
            return []
    subj = _children(verb, _SUBJ)
    head = verb.head
    if subj and verb.dep_ == "relcl" and subj[0].tag_ in {"WP", "WDT"} and head.pos_ in {"NOUN", "PROPN"}:
        return [head]  # "MPs who demanded": the MPs
    if subj:
        return subj
    if head.i == verb.i:
        return []
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        return subject_of(head, depth + 1)
    if verb.dep_ == "xcomp":
        # "urged Iran to ..." -> the object controls; "agreed to ..." -> the subject does
        objs = _children(head, _OBJ) or [g for p in head.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
                                         for g in _children(p, "pobj")]  # "called on Iran to ..."
        return objs if objs else subject_of(head, depth + 1)
    if verb.dep_ == "relcl" and head.pos_ in {"NOUN", "PROPN", "PRON"} and (
            any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in verb.children) or not _children(verb, _SUBJ)):
        return [head]
    if verb.dep_ == "advcl" and head.pos_ in {"VERB", "AUX"}:
        return subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        if governor.pos_ in {"VERB", "AUX"} and head.lower_ in {"of", "for", "from"}:
            controller = object_of(governor)  # "accused Moscow of stalling": Moscow stalls
            if controller:
                return controller
        return subject_of(governor, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ in {"VBG"} and head.pos_ in {"NOUN", "PROPN"}:
        return [head]
    return []


def object_of(verb: Token) -> list[Token]:
    if is_passive(verb):
        return _children(verb, "nsubjpass")
    objs = _children(verb, _OBJ)
    if objs:
        return objs
    # "the talks that X held": the relative clause's head is its object
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and _children(verb, _SUBJ):
        return [verb.head]
    return []


def _prep_objects(tok: Token, word: str, *, nested: bool = True) -> list[Token]:
    found: list[Token] = []
    for prep in tok.children:
        if prep.dep_ in {"prep", "agent", "dative"} and prep.lower_ == word:
            found.extend(_children(prep, "pobj"))
            if not found:  # "on behalf of", "to" with a pcomp
                found.extend(g for c in _children(prep, "pcomp") for g in _children(c, "pobj"))
    if not found and nested:
        # "spoke by telephone with Kerry": the with-phrase often hangs off the previous pobj
        for prep in _children(tok, {"prep", "agent"}):
            for pobj in _children(prep, "pobj"):
                found.extend(_prep_objects(pobj, word, nested=False))
        for obj in _children(tok, _OBJ):
            if word in {"with", "between"}:
                found.extend(_prep_objects(obj, word, nested=False))
    return found


def light_verb_of(noun: Token) -> Token | None:
    head = noun.head
    if head.i == noun.i:
        return None
    lemma = head.lemma_.lower()
    if noun.dep_ in {"dobj", "obj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"} and lemma in LIGHT_VERBS:
        return head
    if noun.dep_ == "attr" and lemma == "be" and _children(head, "expl"):  # "there were talks between ..."
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in LIGHT_VERBS:
        return head.head  # "engaged in negotiations"
    for child in noun.children:  # "the agreements (that) they reached"
        objs = _children(child, _OBJ)
        if child.dep_ == "relcl" and child.lemma_.lower() in LIGHT_VERBS and all(
                o.tag_ in {"WDT", "WP"} for o in objs):
            return child
    return None


def slot_tokens(cand: Candidate, slot: str) -> list[Token]:
    """Head tokens of the phrase that fills `slot` for this trigger."""
    t = cand.trigger
    if slot == "subj":
        if t.pos_ == "NOUN":
            return []
        return subject_of(t)
    if slot == "dobj":
        return object_of(t) if t.pos_ != "NOUN" else []
    if slot == "nsubjpass":
        return _children(t, "nsubjpass")
    if slot == "iobj":
        return [g for d in _children(t, "dative") for g in (_children(d, "pobj") if d.pos_ == "ADP" else [d])]
    if slot.startswith("prep:"):
        return _prep_objects(t, slot[5:])
    if slot.startswith("obj_prep:"):
        word = slot[9:]
        found = [g for o in object_of(t) for g in _prep_objects(o, word, nested=False)]
        return found or _prep_objects(t, word)
    if slot == "ccomp_subj":
        for c in _children(t, {"ccomp", "xcomp"}):
            subj = _children(c, {"nsubj", "nsubjpass"})
            if subj:
                return subj
            if c.pos_ in {"NOUN", "PROPN"}:
                # misparsed complement ("that the British air force air drop supplies"): the nouns of its
                # leading noun run, right to left; the pipeline keeps the first that names an actor
                cand.first_only = True
                return _leading_noun_run(c)[::-1]
        return []
    if slot.startswith("xcomp_prep:"):  # "agreed to send troops *to Lebanon*"
        word = slot[11:]
        return [g for c in _children(t, "xcomp") for g in _prep_objects(c, word)]
    if slot == "xcomp_obj":
        return [o for c in _children(t, "xcomp") for o in object_of(c)]
    if slot == "light_subj":
        lv = cand.light_verb
        if lv is None:
            return []
        if t.dep_ == "nsubjpass" or is_passive(lv):
            return [g for a in _children(lv, "agent") for g in _children(a, "pobj")]
        return subject_of(lv)
    if slot == "poss":
        return _children(t, "poss")
    if slot == "speaker":
        return speaker_of(t)
    if slot == "copula_subj":
        return copula_subject(t)
    if slot == "holder":
        return holders_of(cand)
    if slot == "mod":
        used = set(getattr(cand.entry, "object", None) or ())
        return [c for c in t.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < t.i
                and c.lemma_.lower() not in used]
    return []


def constraints_hold(entry, tok: Token) -> bool:
    """The entry's trigger constraints (particle, object, prep, xcomp) hold on `tok`; actor slots aside."""
    if any(c.dep_ == "oprd" for c in tok.children) and not getattr(entry, "object", None):
        return False  # "called it a mistake", "named him envoy": naming, not the event
    particle = getattr(entry, "particle", None)
    # the particle may be parsed as a preposition ("call on X") or an adverb ("rolled back"),
    # but not a preposition that introduces a date ("called his counterpart on Tuesday")
    if particle and not any(c.lower_ == particle and (c.dep_ in {"prt", "advmod"} or (
            c.dep_ == "prep" and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)))
            for c in tok.children):
        return False
    objects = getattr(entry, "object", None)
    if objects:
        wanted = set(objects)
        if tok.pos_ == "NOUN":
            mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}}
            if not mods & wanted:
                return False
        else:
            objs = object_of(tok) + [g for c in _children(tok, "xcomp") for g in object_of(c)]
            lemmas = {o.lemma_.lower() for o in objs}
            lemmas |= {c.lemma_.lower() for o in objs for c in _children(o, "conj")}
            if not lemmas & wanted:
                return False
    prep = getattr(entry, "prep", None)
    if prep:
        word = prep.word if hasattr(prep, "word") else prep["word"]
        objs = prep.objects if hasattr(prep, "objects") else prep.get("objects")
        pobjs = [p for p in tok.children if p.dep_ in {"prep", "agent", "dative"} and p.lower_ == word]
        if not pobjs:
            return False
        if objs:
            lemmas = {g.lemma_.lower() for p in pobjs for g in p.children if g.dep_ in {"pobj", "pcomp"}}
            if not lemmas & set(objs):
                return False
    xcomp = getattr(entry, "xcomp", None)
    return not xcomp or any(c.dep_ == "xcomp" and c.lemma_.lower() in set(xcomp) for c in tok.children)


def match_sentence(sent: Span, lexicon) -> Iterator[Candidate]:
    """Every lexicon firing in a sentence, one per trigger token (the most specific entry wins)."""
    for tok in sent:
        pos = POS_OF.get(tok.pos_)
        if pos is None:
            continue
        entries = lexicon.by_lemma(tok.lemma_.lower(), pos)
        if not entries and pos == "VERB" and tok.tag_ == "VBN":
            entries = lexicon.by_lemma(tok.lower_, pos)
        for entry in entries:
            if not constraints_hold(entry, tok):
                continue
            cand = Candidate(trigger=tok, entry=entry)
            if pos == "NOUN":
                cand.light_verb = light_verb_of(tok)
            for slot in entry.source or ["subj"]:
                found = slot_tokens(cand, slot)
                if found:
                    cand.sources, cand.source_slot = found, slot
                    break
            for slot in entry.target or ["dobj"]:
                found = [f for f in slot_tokens(cand, slot) if f not in cand.sources]
                if found:
                    cand.targets, cand.target_slot = found, slot
                    break
            if getattr(entry, "target_required", False) and not cand.targets:
                continue
            if cand.sources or (getattr(entry, "symmetric", False) and len(cand.targets) > 1):
                yield cand
                break


def speaker_of(tok: Token) -> list[Token]:
    """Who says what this clause states: the subject of the speech verb above it."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return []
        if t.dep_ in {"ccomp", "xcomp"} and t.head.lemma_.lower() in _SPEECH:
            return subject_of(t.head)
        t = t.head
    return []


def copula_subject(adj: Token) -> list[Token]:
    """'X was responsible': X; in a cleft ('it was the US which was responsible') the head of the relative clause."""
    verb = adj.head if adj.dep_ in {"acomp", "attr", "oprd"} else adj
    subj = _children(verb, {"nsubj", "nsubjpass"})
    if not subj:
        return []
    if subj[0].tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        head = verb.head
        while head.dep_ == "appos" and head.head.i != head.i:  # "the US, not Russia, which was ..."
            head = head.head
        return [head]
    if subj[0].lower_ == "it" and verb.dep_ == "relcl":
        return [verb.head]
    return subj


def holders_of(cand: Candidate) -> list[Token]:
    """'captured the rebel-held district', 'capture of a Jihadi controlled district': the holder is the target."""
    t = cand.trigger
    places = object_of(t) if t.pos_ in {"VERB", "AUX"} else []
    places += [g for p in t.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for g in _children(p, "pobj")]
    found: list[Token] = []
    for place in places:
        for mod in place.children:
            if mod.dep_ in {"amod", "compound", "acl"} and mod.lemma_.lower() in _HELD:
                found.extend(c for c in mod.children if c.dep_ in {"npadvmod", "compound", "nsubj", "amod", "advmod"}
                             and c.pos_ in {"NOUN", "PROPN", "ADJ"})
                found.extend(g for a in _children(mod, "agent") for g in _children(a, "pobj"))
    return found


def _leading_noun_run(head: Token) -> list[Token]:
    """Nouns from the start of `head`'s phrase (after 'that') up to the first non-nominal word."""
    run: list[Token] = []
    for tok in head.subtree:
        if tok.dep_ == "mark" or tok.pos_ == "DET":
            continue
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}:
            break
        if tok.pos_ in {"NOUN", "PROPN"}:
            run.append(tok)
    return run
