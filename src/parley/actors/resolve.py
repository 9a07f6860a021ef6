"""Actor resolution: a noun phrase in a parsed sentence -> ActorRef(s).

The knowledge base's surface forms are matched once per Doc with a PhraseMatcher;
a noun phrase is then resolved from the matches inside it (person with a dated
role > international body/group > country name, adjective, capital or metonym,
combined with a sector word). Coordinated phrases ("Russian, Turkish and
Iranian foreign ministers", "Lavrov and Kerry") expand into one actor each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from parley.actors.kb import KnowledgeBase
from parley.records import ActorRef

# kinds of KB term, from most to least specific
_PERSON, _ORG = "person", {"igo", "group"}
_COUNTRY_KINDS = {"country_name", "adjective", "demonym", "capital", "metonym"}
_NE_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_PRONOUNS = {"he", "she", "him", "her", "they", "them", "it"}
# sectors of actors who are normally nationals of the state they fight or oppose
DOMESTIC_SECTORS = {"REB", "INS", "OPP", "CVL", "REF", "SEP", "PTY", "MED", "JUD", "LEG", "COP"}


@dataclass(frozen=True, slots=True)
class TermMatch:
    start: int  # token indices in the Doc
    end: int
    kind: str
    entry_id: str
    sector: str | None = None


class ActorMatcher:
    """Finds every KB surface form in a Doc (one PhraseMatcher pass)."""

    def __init__(self, nlp, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._by_key: dict[int, tuple[str, str, str | None]] = {}
        self._matchers = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("ORTH", "LOWER")}
        grouped: dict[tuple[str, str, str, str | None], list[str]] = {}
        for term in kb.terms():
            grouped.setdefault((term.attr, term.kind, term.entry_id, term.sector), []).append(term.text)
        tokenizer = nlp.tokenizer
        for (attr, kind, entry_id, sector), texts in grouped.items():
            key = f"{kind}|{entry_id}|{sector or ''}"
            key_hash = nlp.vocab.strings.add(key)
            self._by_key[key_hash] = (kind, entry_id, sector)
            docs = [tokenizer(t.lower() if attr == "LOWER" else t) for t in set(texts)]
            self._matchers[attr].add(key, docs)

    def __call__(self, doc: Doc) -> list[TermMatch]:
        found: list[TermMatch] = []
        for matcher in self._matchers.values():
            for key, start, end in matcher(doc):
                kind, entry_id, sector = self._by_key[key]
                found.append(TermMatch(start, end, kind, entry_id, sector))
        # longest match wins where matches overlap ("Foreign Minister" over "Minister")
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        taken: set[int] = set()
        kept: list[TermMatch] = []
        for m in found:
            span = set(range(m.start, m.end))
            if span & taken:
                continue
            taken |= span
            kept.append(m)
        return sorted(kept, key=lambda m: m.start)


class ActorResolver:
    """Resolves noun phrases of one Doc; holds the article's coreference memory."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, matches: list[TermMatch], published: date | None) -> None:
        self.kb = kb
        self.doc = doc
        self.published = published
        self._match_at: dict[int, TermMatch] = {}
        for m in matches:
            for i in range(m.start, m.end):
                self._match_at[i] = m
        self._cache: dict[int, ActorRef | None] = {}
        # doc.ents builds new Span objects on every access: index them once per Doc
        self.text = doc.text  # Doc.text joins every token on each access: once per Doc
        self.ents = tuple(doc.ents)
        self._ent_at = {i: e for e in self.ents for i in range(e.start, e.end)}
        self.dateline_end = -1  # set per sentence by the pipeline
        # coreference memory: surname -> actor, and the most recent people/groups by position
        self._surnames: dict[str, ActorRef] = {}
        self._recent_people: list[tuple[int, ActorRef]] = []
        self._recent_groups: list[tuple[int, ActorRef]] = []
        self._recent_plurals: list[tuple[int, list[ActorRef]]] = []

    # ---- public -------------------------------------------------------
    def actors_at(self, token: Token, on: date | None = None) -> list[ActorRef]:
        """Actors named by the phrase headed by `token`, coordinated phrases expanded."""
        if token.lower_ in {"they", "them"} and token.pos_ == "PRON":
            group = self._plural_antecedent(token)
            if group:
                start, end = token.idx, token.idx + len(token.text)
                return [replace(a, text=token.text, start=start, end=end, via=f"coref:{a.text}") for a in group]
        heads = [token, *_conjuncts(token)]
        actors: list[ActorRef] = []
        for head in heads:
            # "the foreign ministers of Russia, Turkey and Iran": the countries come from the of-phrase
            of_countries = self._of_phrase_countries(head)
            adjective_countries = self._coordinated_adjectives(head)
            base = self.resolve(head, on)
            if base is None:
                continue
            extra = of_countries or adjective_countries
            is_person = bool(base.kb_id and base.kb_id.startswith("person:"))
            if len(extra) > 1 and not is_person:
                actors.extend(self._with_country(base, c) for c in extra)
            elif of_countries and base.country is None:
                actors.append(self._with_country(base, of_countries[0]))
            else:
                actors.append(base)
        return actors

    def resolve(self, head: Token, on: date | None = None) -> ActorRef | None:
        """The actor for the phrase headed by `head`, or None when it names no actor."""
        if on is None and head.i in self._cache:
            return self._cache[head.i]
        actor = self._resolve(head, on or self.published)
        if on is None:
            self._cache[head.i] = actor
        return actor

    def remember_group(self, actors: list[ActorRef], position: int) -> None:
        """'Lavrov and Kerry', 'the two ministers': a later 'they' refers back to them."""
        coded = [a for a in actors if a.code]
        if coded:
            self._recent_plurals.append((position, coded))

    def _plural_antecedent(self, pronoun: Token) -> list[ActorRef]:
        groups = [(pos, g) for pos, g in self._recent_plurals if pos < pronoun.idx]
        return groups[-1][1] if groups else []

    def remember(self, actor: ActorRef, position: int, is_person: bool = False) -> None:
        """Feed coreference: called for every resolved mention in text order.

        `is_person`: the phrase names a person even if the KB does not know them
        ("Czech President Vaclav Klaus" resolves through its title but is still a 'he').
        """
        if actor.via and actor.via.startswith("coref"):
            return
        words = actor.text.split()
        if is_person or (actor.kb_id and actor.kb_id.startswith("person:")) or actor.via == "ner:PERSON":
            self._recent_people.append((position, actor))
            if len(words) >= 2:
                self._surnames[words[-1].strip("'’s").lower()] = actor
        elif actor.code:
            self._recent_groups.append((position, actor))

    # ---- internals ----------------------------------------------------
    def _resolve(self, head: Token, on: date | None) -> ActorRef | None:
        low = head.lower_
        if head.idx < self.dateline_end:
            return None  # "MINSK — ...": the dateline names where the report was filed, not an actor
        if low in _PRONOUNS and head.pos_ == "PRON":
            if low == "it" and head.dep_ not in {"nsubj", "nsubjpass"}:
                return None  # object "it" is usually a thing ("called it a mistake")
            return self._pronoun(head)
        if head.i not in self._match_at and head.ent_type_ not in _NE_LABELS and not self._sector_modified(head):
            # the head word must itself name an actor: "Kerry's bluff" and "Russia's stance" do not
            member = self._of_phrase_head(head)
            return self.resolve(member, on) if member is not None else None
        tokens = _phrase_tokens(head)
        matches = []
        seen: set[int] = set()
        for t in tokens:
            m = self._match_at.get(t.i)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                matches.append(m)
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        text = self.text[start:end]
        if not any(m.kind in _COUNTRY_KINDS for m in matches):
            # a misparsed phrase: a country word directly before it ("the British air force ...")
            left = self._left_country(tokens[0])
            if left is not None:
                matches.append(left)
        person = next((m for m in matches if m.kind == _PERSON), None)
        org = next((m for m in matches if m.kind in _ORG), None)
        country_m = next((m for m in matches if m.kind in _COUNTRY_KINDS), None)
        sector_m = next((m for m in reversed(matches) if m.kind == "sector"), None)

        if person is not None:
            return self._person_actor(person.entry_id, text, start, end, on)
        if org is not None:
            return self._org_actor(org, text, start, end, country_m)
        country, sector, name, via = None, None, None, None
        if country_m is not None:
            entry = self.kb.country(country_m.entry_id)
            country = entry.code
            name = entry.name
            via = f"kb:{country_m.kind}"
            if country_m.kind == "metonym":
                sector = country_m.sector or "GOV"
            elif country_m.kind == "capital" and _is_whole_phrase(country_m, tokens):
                sector = "GOV"
        if sector_m is not None:
            sector = self.kb.sectors[sector_m.entry_id].sector
            via = via or "kb:sector"
        if country is None and sector is None:
            member = self._of_phrase_head(head)
            if member is not None:
                return self.resolve(member, on)
            return self._unknown_or_coref(head, text, start, end)
        code = self.kb.code_for(country, sector)
        return ActorRef(text, start, end, name=name, code=code, country=country, sector=sector,
                        kb_id=f"country:{country}" if country else None, via=via)

    def _person_actor(self, person_id: str, text: str, start: int, end: int, on: date | None) -> ActorRef:
        person = self.kb.person(person_id)
        role = self.kb.role_of(person_id, on)
        country = role.country if role else person.country
        sector = role.sector if role else None
        code = self.kb.code_for(country, sector)
        return ActorRef(text, start, end, name=person.name, code=code, country=_country_only(country),
                        sector=sector, kb_id=f"person:{person_id}", via="kb:person")

    def _org_actor(self, m: TermMatch, text: str, start: int, end: int, country_m: TermMatch | None) -> ActorRef:
        org = self.kb.igo(m.entry_id)
        country = getattr(org, "country", None)
        if country is None and country_m is not None and m.kind == "group":
            country = country_m.entry_id
        code = getattr(org, "code", None) or self.kb.code_for(country, getattr(org, "sector", None))
        return ActorRef(text, start, end, name=org.name, code=code, country=country,
                        sector=getattr(org, "sector", None), kb_id=f"{m.kind}:{m.entry_id}", via=f"kb:{m.kind}")

    def _unknown_or_coref(self, head: Token, text: str, start: int, end: int) -> ActorRef | None:
        # a surname that refers back to a person named in full earlier in the article
        if head.ent_type_ == "PERSON" or head.pos_ == "PROPN":
            earlier = self._surnames.get(head.lower_)
            if earlier is not None:
                return replace(earlier, text=text, start=start, end=end, via=f"coref:{earlier.text}")
        if head.ent_type_ in _NE_LABELS and head.ent_type_ != "GPE":  # unknown places are places, not actors
            ent = self._ent_at.get(head.i)
            if ent is not None:
                return ActorRef(text, start, end, name=ent.text, code=None, via=f"ner:{head.ent_type_}")
        return None

    def _pronoun(self, head: Token) -> ActorRef | None:
        low = head.lower_
        pool = self._recent_people if low in {"he", "she", "him", "her"} else self._recent_groups
        if low in {"they", "them"} and not pool:
            pool = self._recent_people
        earlier = [a for pos, a in pool if pos < head.idx]
        if not earlier:
            return None
        ref = earlier[-1]
        start, end = head.idx, head.idx + len(head.text)
        return replace(ref, text=head.text, start=start, end=end, via=f"coref:{ref.text}")

    def _sector_modified(self, head: Token) -> bool:
        """'opposition supporters', 'Taliban members': a sector or organisation in front makes the phrase an actor."""
        for child in head.children:
            m = self._match_at.get(child.i)
            if child.dep_ in {"compound", "amod"} and m is not None and m.kind in {"sector", "group", "igo"}:
                return True  # also "Taliban members", "NATO troops"
        return False

    def _left_country(self, first: Token) -> TermMatch | None:
        i = first.i - 1
        while i >= 0 and first.doc[i].pos_ in {"ADJ", "PROPN", "DET"}:
            m = self._match_at.get(i)
            if m is not None and m.kind in {"adjective", "country_name", "demonym"}:
                return m
            i -= 1
        return None

    def _of_phrase_head(self, head: Token) -> Token | None:
        """'thousands of Ukrainians', 'a group of MPs': the members stand for the whole."""
        if head.ent_type_ in _NE_LABELS and head.ent_type_ != "NORP":
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def _with_country(self, base: ActorRef, country: str) -> ActorRef:
        entry = self.kb.country(country)
        return replace(base, country=country, name=entry.name, code=self.kb.code_for(country, base.sector),
                       kb_id=f"country:{country}")

    def _of_phrase_countries(self, head: Token) -> list[str]:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                codes = []
                for t in [pobj, *_conjuncts(pobj)]:
                    m = self._match_at.get(t.i)
                    if m is not None and m.kind in _COUNTRY_KINDS:
                        codes.append(m.entry_id)
                return codes
        return []

    def _coordinated_adjectives(self, head: Token) -> list[str]:
        codes: list[str] = []
        for child in head.children:
            if child.dep_ in {"amod", "compound"}:
                for t in [child, *_conjuncts(child)]:
                    m = self._match_at.get(t.i)
                    if m is not None and m.kind in {"adjective", "country_name", "demonym"}:
                        code = m.entry_id
                        if code not in codes:
                            codes.append(code)
        return codes


def _country_only(code: str | None) -> str | None:
    return code if code and len(code) == 3 and code.isalpha() and code.isupper() else None


def _conjuncts(token: Token) -> list[Token]:
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


_PREMOD_DEPS = {"compound", "amod", "nmod", "poss", "det", "nummod", "case", "punct", "quantmod"}


def _phrase_tokens(head: Token) -> list[Token]:
    """The head and its pre-modifiers (not relative clauses or of-phrases), plus an appositive."""
    tokens = [head]
    stack = [c for c in head.children if c.i < head.i and c.dep_ in _PREMOD_DEPS]
    while stack:
        t = stack.pop()
        if t.dep_ == "poss" and t.i != head.i - 1 and t.pos_ != "PROPN":
            continue
        tokens.append(t)
        stack.extend(c for c in t.children if c.dep_ in _PREMOD_DEPS or c.dep_ == "conj")
    for child in head.children:
        if child.dep_ == "appos":
            tokens.extend(t for t in child.subtree if t.dep_ != "punct")
    # flat names: "Sergei Lavrov" where the parser hangs the first name on the head
    return sorted(tokens, key=lambda t: t.i)


def _is_whole_phrase(m: TermMatch, tokens: Iterable[Token]) -> bool:
    content = [t for t in tokens if t.dep_ not in {"det", "punct"}]
    return all(m.start <= t.i < m.end for t in content)


def mention_heads(sent: Span) -> Iterable[Token]:
    """Tokens that head a noun phrase (candidate actor mentions) in a sentence."""
    for t in sent:
        if t.pos_ in {"PROPN", "NOUN", "PRON"} and t.dep_ not in {"compound", "amod", "poss", "nmod"}:
            yield t
