"""The coder: Article -> ArticleResult (sentences, actor mentions, events).

Stages, each timed in `Coder.timings`: parse (spaCy md + paragraph boundaries +
gazetteer places), actors (KB phrase matching, resolution, coreference),
events (lexicon matching on the parse), dates, places, modality.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley import __version__
from parley.actors.kb import default_kb
from parley.actors.resolve import DOMESTIC_SECTORS, ActorMatcher, ActorResolver, mention_heads
from parley.dates import find_dates
from parley.events.classifier import decide, default_head, embed_views, view_pair
from parley.events.extract import Candidate, match_sentence
from parley.events.lexicon import default_lexicon
from parley.events.modality import ModalityResult, assess
from parley.events.model_coder import candidate_for, phrase_span, uncovered_pairs
from parley.ingest import find_regions
from parley.nlp import load_model
from parley.ontology import default_ontology
from parley.places import PlaceRelabeler, default_gazetteer, display_name
from parley.records import (
    ActorMention,
    ActorRef,
    Article,
    ArticleResult,
    DateMention,
    Event,
    InputError,
    Place,
    Plover,
    Sentence,
    Trigger,
)

_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "into", "of", "to", "within"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# "VIENNA —", "MINSK (Reuters) -", "GENEVA, Dec 2 (AP) -": where the report was filed
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s")
_STAGES = ("parse", "actors", "events", "dates", "places", "modality")


@Language.component("parley_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and credit lines never merge with the next sentence."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and ("\n" in prev.text or "\n" in prev.whitespace_):
            tok.is_sent_start = True
    return doc


def build_nlp() -> Language:
    nlp = load_model()
    if "parley_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("parley_paragraphs", before="parser")
    if "parley_places" not in nlp.pipe_names:
        nlp.add_pipe("parley_places", after="ner")
    return nlp


@Language.factory("parley_places")
def make_place_relabeler(nlp: Language, name: str) -> PlaceRelabeler:
    """Gazetteer places the NER model mislabelled become GPE ("the eastern Aleppo district")."""
    return PlaceRelabeler(nlp, default_gazetteer())


def coder_versions() -> dict[str, str]:
    """Versions of everything that decides the coding, stored with each coded article."""
    return {
        "parley": __version__,
        "lexicon": default_lexicon().version,
        "kb": default_kb().version,
        "ontology": default_ontology().version,
    }


class Coder:
    """Codes articles into events. One instance per process; reuse it."""

    def __init__(self, *, asserted_only: bool = False, use_model: bool = True, batch_size: int = 64) -> None:
        self.nlp = build_nlp()
        self.kb = default_kb()
        self.lexicon = default_lexicon()
        self.ontology = default_ontology()
        self.gazetteer = default_gazetteer()
        self.matcher = ActorMatcher(self.nlp, self.kb)
        self.asserted_only = asserted_only
        self.use_model = use_model and default_head() is not None
        self.batch_size = batch_size
        self.timings: dict[str, float] = dict.fromkeys(_STAGES, 0.0)

    # ---- batch API ----------------------------------------------------
    def code_articles(self, items: Iterable[Article | InputError]) -> Iterator[ArticleResult | InputError]:
        """Codes a stream; InputErrors pass through in order so callers can report them."""
        passthrough: list[InputError] = []

        def texts() -> Iterator[tuple[str, Article]]:
            for item in items:
                if isinstance(item, InputError):
                    passthrough.append(item)
                    continue
                yield item.text, item

        docs = self.nlp.pipe(texts(), as_tuples=True, batch_size=self.batch_size)
        while True:
            t0 = time.perf_counter()
            try:
                doc, article = next(docs)
            except StopIteration:
                break
            self.timings["parse"] += time.perf_counter() - t0
            while passthrough:
                yield passthrough.pop(0)
            try:
                yield self.code_doc(doc, article)
            except Exception as exc:  # one bad article never stops the batch
                yield InputError(article.origin or article.id, f"coding failed: {type(exc).__name__}: {exc}")
        yield from passthrough

    def code(self, article: Article) -> ArticleResult:
        t0 = time.perf_counter()
        doc = self.nlp(article.text)
        self.timings["parse"] += time.perf_counter() - t0
        return self.code_doc(doc, article)

    # ---- one article --------------------------------------------------
    def code_doc(self, doc: Doc, article: Article) -> ArticleResult:
        clock = time.perf_counter
        t0 = clock()
        result = ArticleResult(article=article)
        resolver = ActorResolver(self.kb, doc, self.matcher(doc), article.published)
        self.timings["actors"] += clock() - t0
        seen: dict[tuple, Event] = {}
        dated: dict[int, list[DateMention]] = {}  # date mentions per sentence index
        pending: list[tuple[int, Span, str, tuple[Token, Token, Token]]] = []  # pairs for the model
        for index, sent in enumerate(doc.sents):
            voice = article.voice_at(_first_char(sent))
            text = sent.text.strip()
            if not text:
                continue
            result.sentences.append(Sentence(index, sent.start_char, sent.end_char, sent.text, voice))
            if voice is None:
                continue
            t0 = clock()
            dateline = _DATELINE.match(sent.text)
            resolver.dateline_end = sent.start_char + dateline.end() if dateline else -1
            for head in mention_heads(sent):
                actor = resolver.resolve(head)
                if actor is not None:
                    result.mentions.append(ActorMention(index, actor))
                    resolver.remember(actor, actor.start, is_person=head.ent_type_ == "PERSON")
                    if any(c.dep_ == "conj" for c in head.children):
                        resolver.remember_group(resolver.actors_at(head), actor.start)
                    elif head.tag_ in {"NNS", "NNPS"} and not (actor.via or "").startswith("coref"):
                        resolver.remember_group([actor], actor.start)  # "the two ministers"
            t1 = clock()
            self.timings["actors"] += t1 - t0
            candidates = list(match_sentence(sent, self.lexicon))
            if self.use_model:
                covered = {(s.i, t.i) for c in candidates for s in c.sources for t in c.targets}
                coded_verbs = {c.trigger.i for c in candidates} | {c.light_verb.i for c in candidates if c.light_verb}
                pending.extend((index, sent, voice, triple) for triple in uncovered_pairs(sent, resolver, covered)
                               if triple[0].i not in coded_verbs)  # a pattern already said what the verb means
            self.timings["events"] += clock() - t1
            self._add_events(seen, dated, candidates, index, sent, voice, resolver, article)
        if pending:
            self._add_model_events(seen, dated, pending, resolver, article)
        events = sorted(_drop_undated_twins(seen.values()),
                        key=lambda e: (e.sentence_index, e.trigger.start, e.source.start, e.rule))
        if self.asserted_only:
            events = [e for e in events if e.modality == "asserted"]
        result.events = events
        return result

    def _add_events(self, seen: dict[tuple, Event], dated: dict[int, list[DateMention]],
                    candidates: list[Candidate], index: int, sent: Span, voice: str, resolver: ActorResolver,
                    article: Article) -> None:
        """Events for one sentence's candidates; one per (dyad, type, date), the most confident."""
        if not candidates:
            return
        t0 = time.perf_counter()
        if index not in dated:  # a sentence with lexicon and model events is dated once
            dated[index] = find_dates(sent, article.published)
        dates = dated[index]
        self.timings["dates"] += time.perf_counter() - t0
        for cand in candidates:
            for event in self._events_for(cand, sent, index, voice, dates, resolver, article):
                key = (event.sentence_index, event.source.start, event.source.code,
                       event.target.start if event.target else -1, event.target.code if event.target else None,
                       event.plover.event or event.cameo[:2], event.date)
                if key not in seen or seen[key].confidence < event.confidence:
                    seen[key] = event

    def _add_model_events(self, seen: dict[tuple, Event], dated: dict[int, list[DateMention]], pending: list,
                          resolver: ActorResolver, article: Article) -> None:
        """The pair model on every uncovered actor pair of the article, embedded in one batch."""
        t0 = time.perf_counter()
        head = default_head()
        views = [view_pair(sent.doc, phrase_span(subj), phrase_span(obj), scope=sent)
                 for _, sent, _, (_, subj, obj) in pending]
        embed_views(views)
        by_sentence: dict[int, list[Candidate]] = defaultdict(list)
        context: dict[int, tuple[Span, str]] = {}
        for (index, sent, voice, triple), view in zip(pending, views, strict=True):
            cand = candidate_for(triple, decide(view, head), self.lexicon)
            if cand is not None:
                by_sentence[index].append(cand)
                context[index] = (sent, voice)
        self.timings["events"] += time.perf_counter() - t0
        for index, cands in by_sentence.items():
            sent, voice = context[index]
            self._add_events(seen, dated, cands, index, sent, voice, resolver, article)

    def _events_for(self, cand: Candidate, sent: Span, index: int, voice: str,
                    dates: list[DateMention], resolver: ActorResolver, article: Article) -> Iterator[Event]:
        clock = time.perf_counter
        entry = cand.entry
        for mention in _dates_for(cand, dates) or [None]:
            on = mention.value if mention else article.published
            t0 = clock()
            sources = _unique([a for t in cand.sources for a in resolver.actors_at(t, on)])
            targets = _unique([a for t in cand.targets for a in resolver.actors_at(t, on)])
            if cand.first_only:
                targets = targets[:1]
            self.timings["actors"] += clock() - t0
            if getattr(entry, "target_required", False) and not targets:
                continue
            pairs = _pairs(sources, targets, bool(getattr(entry, "symmetric", False)))
            if not pairs:
                continue
            t0 = clock()
            modality = assess(cand.trigger, cand.light_verb)
            if cand.source_slot == "speaker":  # the saying is the event ("X said Y was to blame")
                modality = ModalityResult("asserted", None, None)
            attribution = None
            if modality.speaker is not None:
                found = resolver.actors_at(modality.speaker, on)
                attribution = found[0] if found else ActorRef(
                    modality.speaker.text, modality.speaker.idx, modality.speaker.idx + len(modality.speaker.text))
            t1 = clock()
            self.timings["modality"] += t1 - t0
            location = self._place_for(cand, sent, sources + targets, resolver.ents)
            self.timings["places"] += clock() - t1
            cameo, rule = entry.cameo, entry.id
            if modality.volitional and modality.modality in {"negated", "future"}:
                # "will not lift sanctions" is a refusal (12x), "will free the hostages" an intent (03x)
                kind = "refusal" if modality.modality == "negated" else "intent"
                recoded = _recode(kind, cameo)
                if recoded is not None:
                    cameo, rule = recoded, f"{entry.id}|{kind}"
                    if kind == "refusal":  # refusing is itself an act; an intent stays marked future
                        modality = ModalityResult("reported" if modality.speaker is not None else "asserted",
                                                  modality.speaker, modality.cue)
            code = self.ontology.cameo(cameo)
            plover = _plover(entry, code) if cameo == entry.cameo else _plover(None, code)
            for source, target in pairs:
                yield Event(
                    id=_event_id(article.id, index, cand.trigger.idx, entry.id, source, target, mention),
                    article_id=article.id,
                    sentence=sent.text.strip(),
                    sentence_index=index,
                    source=source,
                    target=target,
                    cameo=code.code,
                    cameo_name=code.name,
                    goldstein=code.goldstein,
                    quad_class=code.quad_class,
                    plover=plover,
                    date=mention.iso if mention else (article.published.isoformat() if article.published else None),
                    date_precision=mention.precision if mention else ("day" if article.published else None),
                    date_text=mention.text if mention else None,
                    date_basis="text" if mention else ("publication" if article.published else None),
                    location=location,
                    modality=modality.modality,  # type: ignore[arg-type]
                    attribution=attribution,
                    voice=voice,  # type: ignore[arg-type]
                    rule=rule,
                    confidence=getattr(entry, "confidence", 0.0) or _confidence(cand, source, target,
                                                                                modality.modality),
                    trigger=_trigger(cand),
                    decided_by=entry.id if entry.id.startswith("model:") else "lexicon",
                )

    def _place_for(self, cand: Candidate, sent: Span, actors: list[ActorRef], ents: tuple[Span, ...]) -> Place | None:
        actor_spans = {(a.start, a.end) for a in actors}
        places = [e for e in ents if e.label_ in _PLACE_LABELS and sent.start <= e.start < sent.end]
        for anchor in _anchors(cand):
            for ent in places:
                if ent.root.dep_ == "poss":  # "in line with Russia's stance": an owner, not a place
                    continue
                if (ent.start_char, ent.end_char) in actor_spans:
                    continue
                if any(a.start <= ent.start_char < a.end for a in actors):
                    continue
                if _attached(ent.root, anchor, _PLACE_PREPS):
                    place = self.gazetteer.lookup(ent.text)
                    if place is not None:
                        return Place(display_name(ent.text), place.country, place.lat, place.lon,
                                     place.geonameid, ent.text)
        return None


# ---- helpers ------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _recode_tables() -> dict[str, dict[str, str]]:
    raw = json.loads(resources.files("parley.data").joinpath("recode.json").read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def _recode(kind: str, cameo: str) -> str | None:
    """The 03x intent / 12x refusal code for `cameo` (longest matching prefix), or None."""
    table = _recode_tables()[kind]
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


def _drop_undated_twins(events: Iterable[Event]) -> list[Event]:
    """Two triggers for one event ('the agreements they reached'): keep the one the text dates."""
    events = list(events)
    dated = {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.plover.event or e.cameo[:2])
             for e in events if e.date_basis == "text"}
    return [e for e in events if e.date_basis == "text" or
            (e.sentence_index, e.source.code, e.target.code if e.target else None, e.plover.event or e.cameo[:2])
            not in dated]


def _first_char(sent: Span) -> int:
    for tok in sent:
        if not tok.is_space:
            return tok.idx
    return sent.start_char


def _unique(actors: list[ActorRef]) -> list[ActorRef]:
    seen: set[tuple[int, int, str | None]] = set()
    out = []
    for a in actors:
        if (a.start, a.end, a.code) not in seen:
            seen.add((a.start, a.end, a.code))
            out.append(a)
    return out


def _same_actor(a: ActorRef, b: ActorRef, symmetric: bool = False) -> bool:
    if (a.start, a.end) == (b.start, b.end):
        return a.code == b.code
    if symmetric and a.code and b.code and len(a.code) != len(b.code) and (
            a.code.startswith(b.code) or b.code.startswith(a.code)):
        return True  # "Russia and the US ... talks between Kerry and Lavrov": RUS and RUSGOV are one side
    return a.kb_id is not None and a.kb_id == b.kb_id and a.kb_id.startswith("person:")


def _pairs(sources: list[ActorRef], targets: list[ActorRef], symmetric: bool) -> list[tuple[ActorRef, ActorRef | None]]:
    if symmetric and len(sources) > 1 and not targets:
        combos = list(itertools.combinations(sources, 2))
    elif sources and targets:
        combos = [(s, t) for s in sources for t in targets]
    elif sources:
        combos = [(s, None) for s in sources]
    elif symmetric and len(targets) > 1:
        combos = list(itertools.combinations(targets, 2))
    else:
        combos = []
    pairs = [(s, t) for s, t in combos if t is None or not _same_actor(s, t, symmetric)]
    return [_infer_domestic(s, t) for s, t in pairs]


def _infer_domestic(source: ActorRef, target: ActorRef | None) -> tuple[ActorRef, ActorRef | None]:
    """'The Syrian army attacked the rebels': a sector-only actor takes the other side's country."""
    if target is None:
        return source, target
    if target.country is None and target.sector in DOMESTIC_SECTORS and source.country:
        target = replace(target, country=source.country, code=f"{source.country}{target.sector}",
                         via=f"{target.via}+country_from:{source.text}")
    elif source.country is None and source.sector in DOMESTIC_SECTORS and target.country:
        source = replace(source, country=target.country, code=f"{target.country}{source.sector}",
                         via=f"{source.via}+country_from:{target.text}")
    return source, target


def _anchors(cand: Candidate) -> list[Token]:
    anchors = [cand.trigger]
    if cand.light_verb is not None:
        anchors.append(cand.light_verb)
    head = anchors[-1]
    while head.dep_ == "conj" and head.head.i != head.i:  # "came to Geneva and presented proposals"
        head = head.head
        anchors.append(head)
    return anchors


def _attached(tok: Token, anchor: Token, preps: set[str] | None = None, limit: int = 8) -> bool:
    """tok hangs under anchor without crossing into another clause (and via one of `preps`)."""
    via_prep = preps is None
    t = tok
    for _ in range(limit):
        if t.i == anchor.i:
            return via_prep
        if t.head.i == t.i:
            return False
        if t.dep_ == "prep" and preps is not None and t.lower_ in preps:
            via_prep = True
        if t.i != tok.i and t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"conj", "xcomp"}:
            return False
        t = t.head
    return False


def _dates_for(cand: Candidate, dates: list[DateMention]) -> list[DateMention]:
    if not dates:
        return []
    doc = cand.trigger.doc
    anchors = _anchors(cand)
    roots = [doc.char_span(d.start, d.end, alignment_mode="expand").root for d in dates]
    found = [d for d, root in zip(dates, roots, strict=True) if any(_attached(root, a) for a in anchors)]
    if found:
        # the most precise wins ("On Tuesday 27 December ... their 70th call of 2016")
        best = min(_PRECISION_RANK[d.precision] for d in found)
        found = [d for d in found if _PRECISION_RANK[d.precision] == best]
        plural = cand.trigger.pos_ == "NOUN" and cand.trigger.tag_ == "NNS"
        distinct = {(d.value, d.precision): d for d in found}
        return list(distinct.values()) if plural else [found[0]]
    # the date of a governing clause ("On Tuesday, Lavrov said that ...")
    for d, root in zip(dates, roots, strict=True):
        if root.head in cand.trigger.ancestors and _attached(root, root.head):
            return [d]
    return []


def _plover(entry, code) -> Plover:
    override = getattr(entry, "plover", None)
    if override:
        get = override.get if isinstance(override, dict) else lambda k: getattr(override, k, None)
        return Plover(get("event") or code.plover_event, get("mode") or code.plover_mode,
                      get("context") or code.plover_context)
    return Plover(code.plover_event, code.plover_mode, code.plover_context)


def _trigger(cand: Candidate) -> Trigger:
    tok = cand.trigger
    start, end = tok.idx, tok.idx + len(tok.text)
    return Trigger(tok.text, start, end)


def _confidence(cand: Candidate, source: ActorRef, target: ActorRef | None, modality: str) -> float:
    score = 0.55 + 0.05 * min(getattr(cand.entry, "constraint_count", 1), 4)
    score += 0.1 if source.code else -0.1
    if target is None:
        score -= 0.15
    elif target.code:
        score += 0.1
    if source.via and "coref" in source.via:
        score -= 0.05
    if modality not in {"asserted", "reported"}:
        score -= 0.05
    return round(max(0.05, min(score, 0.99)), 2)


def _event_id(article_id: str, index: int, trigger_at: int, rule: str, source: ActorRef,
              target: ActorRef | None, mention: DateMention | None) -> str:
    key = (f"{article_id}|{index}|{trigger_at}|{rule}|{source.start}|{source.code}|"
           f"{target.start if target else -1}|{target.code if target else ''}|{mention.iso if mention else ''}")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# ---- module-level API -----------------------------------------------------
_CODERS: dict[bool, Coder] = {}


def reset_coders() -> None:
    """Forget cached coders (after the KB or lexicon files change in this process)."""
    _CODERS.clear()


def get_coder(asserted_only: bool = False) -> Coder:
    if asserted_only not in _CODERS:
        _CODERS[asserted_only] = Coder(asserted_only=asserted_only)
    return _CODERS[asserted_only]


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def code_text(text: str, published=None, *, article_id: str = "text", title: str | None = None,
              asserted_only: bool = False) -> list[Event]:
    """Code one article's text; the same records `parley code` writes."""
    article = Article(id=article_id, text=text, published=_as_date(published), title=title,
                      regions=find_regions(text, title))
    return get_coder(asserted_only).code(article).events


def code_articles(items: Iterable[Article | InputError], *, asserted_only: bool = False) -> Iterator[ArticleResult | InputError]:
    return get_coder(asserted_only).code_articles(items)
