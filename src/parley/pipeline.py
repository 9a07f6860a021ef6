"""The coder: Article -> ArticleResult (sentences, actor mentions, events).

Stages, each timed in `Coder.timings`: parse (spaCy md + paragraph boundaries +
gazetteer places), actors (KB phrase matching, resolution, coreference),
events (lexicon matching on the parse), dates, places, modality.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import time
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley import __version__
from parley.actors.kb import default_kb
from parley.actors.resolve import DOMESTIC_SECTORS, ActorMatcher, ActorResolver, mention_heads
from parley.dates import find_dates
from parley.events.classifier import (
    ENCODER_ID,
    RULE_OVERRIDE,
    PairView,
    decide,
    default_head,
    pair_item,
    prepare_views,
    view_pair,
)
from parley.events.extract import Candidate, match_sentence
from parley.events.lexicon import default_lexicon
from parley.events.modality import ModalityResult, assess
from parley.events.model_coder import candidate_for, model_codes, phrase_span, uncovered_pairs
from parley.events.pair_encoder import default_encoder
from parley.events.recode import recode_for
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
        **({"pair_encoder": str(enc.meta.get("data_hash"))} if (enc := default_encoder()) is not None else {}),
        **({"pair_head": str(head.meta.get("data_hash"))} if (head := default_head()) is not None else {}),
    }


class Coder:
    """Codes articles into events. One instance per process; reuse it."""

    def __init__(self, *, asserted_only: bool = False, use_model: bool = True, batch_size: int = 16) -> None:
        self.nlp = build_nlp()
        self.kb = default_kb()
        self.lexicon = default_lexicon()
        self.ontology = default_ontology()
        self.gazetteer = default_gazetteer()
        self.matcher = ActorMatcher(self.nlp, self.kb)
        self.asserted_only = asserted_only
        self.use_model = use_model and (default_head() is not None or default_encoder() is not None)
        # one onnxruntime thread: the model runs beside spaCy's parser (see code_articles)
        self.encoder = default_encoder(threads=1) if self.use_model else None
        self._executor: ThreadPoolExecutor | None = None
        self.review_lexicon = self.encoder is not None
        self.batch_size = batch_size
        self.timings: dict[str, float] = dict.fromkeys(_STAGES, 0.0)

    # ---- batch API ----------------------------------------------------
    def code_articles(self, items: Iterable[Article | InputError]) -> Iterator[ArticleResult | InputError]:
        """Codes a stream; InputErrors pass through in order so callers can report them.

        Articles are finished `batch_size` behind the parser: the pair model's work for one parse
        batch runs on a second thread while spaCy parses the next (two cores, one process).
        """
        passthrough: list[InputError] = []

        def texts() -> Iterator[tuple[str, Article]]:
            for item in items:
                if isinstance(item, InputError):
                    passthrough.append(item)
                    continue
                yield item.text, item

        queue: deque[_Draft | InputError] = deque()
        drafts = 0
        docs = self.nlp.pipe(texts(), as_tuples=True, batch_size=self.batch_size)
        while True:
            t0 = time.perf_counter()
            try:
                doc, article = next(docs)
            except StopIteration:
                break
            self.timings["parse"] += time.perf_counter() - t0
            queue.extend(passthrough)
            passthrough.clear()
            try:
                queue.append(self._start(doc, article))
                drafts += 1
            except Exception as exc:  # one bad article never stops the batch
                queue.append(_coding_failed(article, exc))
            while drafts > self.batch_size:
                item = queue.popleft()
                if isinstance(item, _Draft):
                    drafts -= 1
                    item = self._finish_safely(item)
                yield item
        queue.extend(passthrough)
        while queue:
            item = queue.popleft()
            yield self._finish_safely(item) if isinstance(item, _Draft) else item

    def _finish_safely(self, draft: _Draft) -> ArticleResult | InputError:
        try:
            return self._finish(draft)
        except Exception as exc:  # one bad article never stops the batch
            return _coding_failed(draft.article, exc)

    def code(self, article: Article) -> ArticleResult:
        t0 = time.perf_counter()
        doc = self.nlp(article.text)
        self.timings["parse"] += time.perf_counter() - t0
        return self.code_doc(doc, article)

    # ---- one article --------------------------------------------------
    def code_doc(self, doc: Doc, article: Article) -> ArticleResult:
        return self._finish(self._start(doc, article))

    def _start(self, doc: Doc, article: Article) -> _Draft:
        """Everything the lexicon decides, and the pairs the model must read (sent to its thread)."""
        clock = time.perf_counter
        t0 = clock()
        result = ArticleResult(article=article)
        resolver = ActorResolver(self.kb, doc, self.matcher(doc), article.published)
        self.timings["actors"] += clock() - t0
        draft = _Draft(article, result, resolver)
        actor_heads: dict[int, list[Token]] = defaultdict(list)  # heads of coded actor mentions, per sentence
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
                    if actor.code:
                        actor_heads[index].append(head)
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
                draft.pending.extend((index, sent, voice, triple) for triple in uncovered_pairs(sent, resolver, covered)
                                     if triple[0].i not in coded_verbs)  # a pattern already said what the verb means
            self.timings["events"] += clock() - t1
            self._add_events(draft.seen, draft.dated, candidates, index, sent, voice, resolver, article)
            draft.contexts[index] = (sent, voice)
        if self.use_model:
            t0 = clock()
            self._queue_model_reads(draft, actor_heads)
            self.timings["events"] += clock() - t0
        return draft

    def _queue_model_reads(self, draft: _Draft, actor_heads: dict[int, list[Token]]) -> None:
        """Send every pair the model must read for this article to its thread, in one batch."""
        resolver = draft.resolver
        draft.pending_views = [view_pair(sent.doc, phrase_span(subj), phrase_span(obj), scope=sent)
                               for _, sent, _, (_, subj, obj) in draft.pending]
        # Sentences naming two or more actors that the lexicon left without an event: the model
        # reads their first two mentions both ways now; the finish uses them only if the
        # verb-argument pairs found nothing.
        coded = {e.sentence_index for e in draft.seen.values()}
        for index, heads in actor_heads.items():
            if index in coded or len(heads) < 2:
                continue
            draft.sweep.extend((index, a, b) for a, b in
                               itertools.permutations(_distinct_mentions(heads)[:MAX_SWEEP_MENTIONS], 2))
        texts: dict[int, str] = {}  # Span.text joins tokens on every access: once per sentence

        def text_of(sent: Span) -> str:
            if sent.start not in texts:
                texts[sent.start] = resolver.text[sent.start_char:sent.end_char]
            return texts[sent.start]

        items = [pair_item(v.scope, v.source, v.target, text_of(v.scope)) for v in draft.pending_views]
        for i, a, b in draft.sweep:
            sent = draft.contexts[i][0]
            items.append(pair_item(sent, phrase_span(a), phrase_span(b), text_of(sent)))
        if self.review_lexicon:
            # the less certain lexicon events are read too and may be overruled (see _review);
            # events of one pair (several dates, both directions of a meeting) share one reading
            first: dict[tuple, int] = {}
            for k, e in draft.seen.items():
                if (e.target is None or e.decided_by != "lexicon" or e.confidence >= REVIEW_BELOW
                        or e.modality not in _REVIEWED_MODALITIES or "|" in e.rule):
                    # a convention (intent, threat, refusal) or a modality (negated, future,
                    # hypothetical) already says what the words mean beyond the bare act; the
                    # model reads acts, so it leaves those alone (a "did not meet" is no refusal)
                    continue
                sent = draft.contexts[e.sentence_index][0]
                item = _event_item(e, text_of(sent), sent)
                if item not in first:
                    first[item] = len(items)
                    items.append(item)
                draft.reviewed.append((k, first[item]))
        if items and self.encoder is not None:
            draft.encoded = self._encoder_thread().submit(self.encoder.proba, items, CODER_MAX_TOKENS)

    def _finish(self, draft: _Draft) -> ArticleResult:
        """Wait for the model, add its events, and order the article's events."""
        if draft.encoded is not None:
            t0 = time.perf_counter()
            probs = draft.encoded.result()
            for view, p in zip(draft.pending_views, probs, strict=False):
                view.enc = p
            n_pending, n_sweep = len(draft.pending_views), len(draft.sweep)
            draft.sweep_probs = probs[n_pending:n_pending + n_sweep]
            self._review(draft, probs)
            self.timings["events"] += time.perf_counter() - t0
        if draft.pending:
            self._add_model_events(draft)
        if draft.sweep:
            self._add_sweep_events(draft)
        events = sorted(_drop_undated_twins(draft.seen.values()),
                        key=lambda e: (e.sentence_index, e.trigger.start, e.source.start, e.rule))
        if self.asserted_only:
            events = [e for e in events if e.modality == "asserted"]
        draft.result.events = events
        return draft.result

    def _review(self, draft: _Draft, probs: Any) -> None:
        """A lexicon event whose pair the model reads as another PLOVER type with probability above
        `RULE_OVERRIDE` takes the model's type, as the given-pair classifier decides
        ("reached a deal" coded as an intent by a pattern, read as SUPPORT by the model); the event
        then names the model in `rule` and `decided_by`."""
        events = self.encoder.event_columns
        codes = model_codes()[1]
        for key, row in draft.reviewed:
            event, p = draft.seen[key], probs[row]
            best = int(events[p[events].argmax()])
            root = self.encoder.classes[best]
            if root == (event.plover.event or "").upper() or p[best] < RULE_OVERRIDE or root not in codes:
                continue
            code = self.ontology.cameo(codes[root])
            draft.seen[key] = replace(
                event, cameo=code.code, cameo_name=code.name, goldstein=code.goldstein, quad_class=code.quad_class,
                plover=_plover(None, code), rule=ENCODER_ID, decided_by=ENCODER_ID, confidence=round(float(p[best]), 2))

    def _encoder_thread(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parley-pair-encoder")
        return self._executor

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

    def _add_model_events(self, draft: _Draft) -> None:
        """The pair model's events for the uncovered verb-argument pairs of the article."""
        t0 = time.perf_counter()
        head = default_head()
        prepare_views(draft.pending_views)  # no-op when the encoder thread already read them
        by_sentence: dict[int, list[Candidate]] = defaultdict(list)
        for (index, _, _, triple), view in zip(draft.pending, draft.pending_views, strict=True):
            cand = candidate_for(triple, decide(view, head), self.lexicon)
            if cand is not None:
                by_sentence[index].append(cand)
        self.timings["events"] += time.perf_counter() - t0
        for index, cands in by_sentence.items():
            sent, voice = draft.contexts[index]
            self._add_events(draft.seen, draft.dated, cands, index, sent, voice, draft.resolver, draft.article)

    def _add_sweep_events(self, draft: _Draft) -> None:
        """Sentences that name two or more actors but got no event: the pair model has read every ordered
        pair of them; the sentence gets one event, from the pair the model is surest relates, if it is
        sure enough.

        This catches relations no pattern or verb-argument pair covers ("X's office condemned Y's
        decision", "a report accusing Y", relations inside subordinate clauses).
        """
        t0 = time.perf_counter()
        head = default_head()
        coded = {e.sentence_index for e in draft.seen.values()}
        events = self.encoder.event_columns if self.encoder is not None else None
        by_sentence: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for k, (index, _, _) in enumerate(draft.sweep):
            if index not in coded:
                score = float(draft.sweep_probs[k][events].max()) if events is not None and len(draft.sweep_probs) else 0.0
                by_sentence[index].append((score, k))
        for index, ranked in by_sentence.items():
            sent, voice = draft.contexts[index]
            for _, k in sorted(ranked, reverse=True)[:SWEEP_DECISIONS]:
                _, a, b = draft.sweep[k]
                view = view_pair(sent.doc, phrase_span(a), phrase_span(b), scope=sent)
                if len(draft.sweep_probs):
                    view.enc = draft.sweep_probs[k]
                prepare_views([view])
                result = decide(view, head)
                trigger = _token_at(view, result.trigger_start) or view.trigger or (view.path[0] if view.path else a)
                cand = candidate_for((trigger, a, b), result, self.lexicon, sweep=True)
                if cand is not None:
                    self.timings["events"] += time.perf_counter() - t0
                    self._add_events(draft.seen, draft.dated, [cand], index, sent, voice, draft.resolver,
                                     draft.article)
                    t0 = time.perf_counter()
                    break
        self.timings["events"] += time.perf_counter() - t0

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
            recoded = recode_for(modality.modality, modality.volitional, cameo)
            if recoded is not None:
                # "will not lift sanctions" is a refusal (12x), "will free the hostages" an intent (03x),
                # "will extend the curfew" a threat (13x)
                cameo, kind = recoded
                rule = f"{entry.id}|{kind}"
                if kind != "intent":  # refusing or threatening is itself an act; an intent stays future
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
@dataclass(slots=True)
class _Draft:
    """An article between the lexicon pass and the model's answer."""

    article: Article
    result: ArticleResult
    resolver: ActorResolver
    seen: dict[tuple, Event] = field(default_factory=dict)
    dated: dict[int, list[DateMention]] = field(default_factory=dict)  # date mentions per sentence index
    contexts: dict[int, tuple[Span, str]] = field(default_factory=dict)  # sentence index -> (sentence, voice)
    pending: list[tuple[int, Span, str, tuple[Token, Token, Token]]] = field(default_factory=list)
    pending_views: list[PairView] = field(default_factory=list)
    sweep: list[tuple[int, Token, Token]] = field(default_factory=list)
    sweep_probs: Any = ()  # the model's probabilities for `sweep`, in order
    reviewed: list[tuple[tuple, int]] = field(default_factory=list)  # (event key, row of the model's answer)
    encoded: Future | None = None


def _coding_failed(article: Article, exc: Exception) -> InputError:
    return InputError(article.origin or article.id, f"coding failed: {type(exc).__name__}: {exc}")


# The coder's encoder window: a long sentence is cut to this many tokens around the pair (the
# given-pair classifier reads up to 128); a shorter window keeps the model beside the parser.
CODER_MAX_TOKENS = 64
# At most this many actor mentions of a sentence are paired by the sweep (n * (n - 1) model reads),
# and the pair the model is surest relates is decided (parse path + lexicon).
MAX_SWEEP_MENTIONS = 2
SWEEP_DECISIONS = 1
# Lexicon events below this confidence (generic patterns, an uncoded actor, coreference) are read
# by the model too (`Coder._review`); more specific ones were not worth its time on the dev set.
REVIEW_BELOW = 0.76
_REVIEWED_MODALITIES = {"asserted", "reported"}


def _event_item(event: Event, text: str, sent: Span) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """An event's sentence with its source and target as offsets inside it (article offsets in the event)."""
    base, length = sent.start_char, len(text)

    def inside(actor: ActorRef | None) -> tuple[int, int] | None:
        if actor is None or not 0 <= actor.start - base < actor.end - base <= length:
            return None
        return actor.start - base, actor.end - base

    return text, inside(event.source), inside(event.target)


def _distinct_mentions(heads: list[Token]) -> list[Token]:
    """One head per phrase: drop heads inside another head's phrase ("the Russian foreign minister")."""
    out: list[Token] = []
    for h in heads:
        span = phrase_span(h)
        if any(o.left_edge.i <= h.i <= o.i or span.start <= o.i < span.end for o in out):
            continue
        out.append(h)
    return out


def _token_at(view, char: int | None) -> Token | None:
    if char is None:
        return None
    return next((t for t in view.path if t.idx == char), None) or next(
        (t for t in (view.scope if view.scope is not None else view.doc) if t.idx == char), None)


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
