"""Typed records passed between pipeline stages.

article -> sentences -> actor mentions -> events -> store. Every stage takes and
returns these frozen dataclasses, never raw spaCy objects, so each stage can be
tested alone and the store/CLI/API all see the same shapes.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Modality = Literal["asserted", "negated", "future", "hypothetical", "reported", "speculative"]
Voice = Literal["article", "editorial"]
Precision = Literal["day", "month", "year"]
DateBasis = Literal["text", "publication"]
RegionKind = Literal["boilerplate", "credit", "byline", "disclaimer", "editorial", "title"]

MODALITIES: tuple[str, ...] = ("asserted", "negated", "future", "hypothetical", "reported", "speculative")


@dataclass(frozen=True, slots=True)
class TextRegion:
    """A character range of an article that is not the article's own reporting.

    `editorial` regions (inserted editor's notes) are still coded, with voice
    `editorial`; every other kind is kept out of the coded events.
    """

    start: int
    end: int
    kind: RegionKind
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from an input, before any NLP."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # the input it came from: "path" or "path:line"
    regions: tuple[TextRegion, ...] = ()

    def voice_at(self, offset: int) -> Voice | None:
        """`editorial`/`article` for a character offset, None where the text is excluded."""
        for region in self.regions:
            if region.start <= offset < region.end:
                return "editorial" if region.kind == "editorial" else None
        return "article"


@dataclass(frozen=True, slots=True)
class InputError:
    """A bad input: reported with the input's name, never fatal to the batch."""

    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    voice: Voice | None  # None: excluded (boilerplate, credits...)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it appears in an event: the words and what they resolve to.

    `code` is the CAMEO-style actor code (country + sector, e.g. RUSGOV) or None
    when the words name an actor the knowledge base does not know.
    """

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None  # the knowledge-base entry that resolved it
    via: str | None = None  # how it was resolved: "kb", "coref:<text>", "ner", ...


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor mention found in a sentence (stored even when no event uses it)."""

    sentence_index: int
    actor: ActorRef


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    text: str | None = None  # the words in the sentence that named the place


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in text, resolved against the publication date."""

    text: str
    start: int
    end: int
    value: date  # first day of the period
    precision: Precision

    @property
    def iso(self) -> str:
        return format_date(self.value, self.precision)


def format_date(value: date, precision: str) -> str:
    """ISO 8601 reduced precision: 2016-12-27, 2016-12 or 2016."""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


@dataclass(frozen=True, slots=True)
class Plover:
    event: str | None  # None for CAMEO 01x statements, which PLOVER does not code
    mode: str | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, traceable to its words, its rule and its date expression."""

    id: str
    article_id: str
    sentence: str
    sentence_index: int
    source: ActorRef
    target: ActorRef | None
    cameo: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover: Plover
    date: str | None
    date_precision: Precision | None
    date_text: str | None
    date_basis: DateBasis | None
    location: Place | None
    modality: Modality
    attribution: ActorRef | None
    voice: Voice
    rule: str  # lexicon entry id (or model id) that decided the code
    confidence: float
    trigger: Trigger
    decided_by: str = "lexicon"  # "lexicon" or "model:<name>"

    def to_dict(self) -> dict[str, Any]:
        return to_plain(self)


@dataclass(slots=True)
class ArticleResult:
    """Everything the coder produced for one article."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    error: InputError | None = None


def to_plain(obj: Any) -> Any:
    """Dataclasses -> dicts/lists/str for JSON, dates as ISO strings."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, date):
        return obj.isoformat()
    return obj
