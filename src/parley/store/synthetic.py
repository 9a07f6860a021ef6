"""Hand-made events for tests and the store benchmark: a tiny keyword coder, no NLP model.

`keyword_coder` codes sentences such as "Russia phoned the United States on 2016-12-27." with a
fixed table of country names and verbs. It is a stand-in with the real coder's record shapes so
the store can be tested without spaCy; it is not a political event coder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from parley.ontology import default_ontology
from parley.records import (
    ActorMention,
    ActorRef,
    Article,
    ArticleResult,
    Event,
    Place,
    Plover,
    Sentence,
    Trigger,
)

COUNTRIES = {
    "Russia": "RUS", "the United States": "USA", "Washington": "USA", "Moscow": "RUS", "China": "CHN",
    "Syria": "SYR", "Turkey": "TUR", "Iran": "IRN", "France": "FRA", "Germany": "DEU",
}
PLACES = {"Geneva": ("CHE", 46.2, 6.15, 2660646), "Vienna": ("AUT", 48.2, 16.37, 2761369)}
# verb -> CAMEO code; names, Goldstein, QuadClass and PLOVER come from the ontology like the real coder's
VERBS = {
    "phoned": "041", "met": "040", "visited": "042", "praised": "051", "signed an agreement with": "057",
    "sent aid to": "070", "accused": "112", "criticized": "111", "threatened": "130", "sanctioned": "163",
    "attacked": "190",
}
_NEG = re.compile(r"\b(did not|never)\b")
_FUT = re.compile(r"\bwill\b")
_REP = re.compile(r"\b(said|reported)\b")
_DATE = re.compile(r"\b(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b")
_SENT = re.compile(r"[^.!?]+[.!?]")


def _actor(sent_text: str, offset: int, name: str, at: int) -> ActorRef:
    code = COUNTRIES[name]
    return ActorRef(text=name, start=offset + at, end=offset + at + len(name), name=name.removeprefix("the "),
                    code=code, country=code, kb_id=f"country:{code}", via="kb")


def code_article(article: Article) -> ArticleResult:
    """Code one article with the keyword tables."""
    res = ArticleResult(article=article)
    for idx, m in enumerate(_SENT.finditer(article.text)):
        text, off = m.group().strip(), m.start() + (len(m.group()) - len(m.group().lstrip()))
        res.sentences.append(Sentence(idx, off, off + len(text), text, "article"))
        found = sorted((text.find(n), n) for n in COUNTRIES if n in text)
        for at, name in found:
            res.mentions.append(ActorMention(idx, _actor(text, off, name, at)))
        verb = next(((text.find(v), v) for v in sorted(VERBS, key=len, reverse=True) if f" {v} " in text), None)
        if verb is None or not found:
            continue
        actors = [(at, n) for at, n in found]
        srcs = [a for a in actors if a[0] < verb[0]]
        tgts = [a for a in actors if a[0] > verb[0]]
        if not srcs:
            continue
        src = _actor(text, off, srcs[-1][1], srcs[-1][0])
        tgt = _actor(text, off, tgts[0][1], tgts[0][0]) if tgts else None
        code = default_ontology().cameo(VERBS[verb[1]])
        cameo = code.code
        dm = _DATE.search(text)
        if dm:
            y, mo, d = dm.groups()
            date_iso = "-".join(p for p in (y, mo, d) if p)
            prec, basis, dtext = ("day" if d else "month" if mo else "year"), "text", dm.group()
        elif article.published:
            date_iso, prec, basis, dtext = article.published.isoformat(), "day", "publication", None
        else:
            date_iso = prec = basis = dtext = None
        place = next((Place(p, *PLACES[p][:3], geonameid=PLACES[p][3], text=p) for p in PLACES if p in text), None)
        modality = ("negated" if _NEG.search(text) else "future" if _FUT.search(text)
                    else "reported" if _REP.search(text) else "asserted")
        pairs = [(src, tgt)]
        if cameo.startswith("04") and tgt is not None:
            pairs.append((tgt, src))  # reciprocal, like the real coder's symmetric entries
        for n, (s, t) in enumerate(pairs):
            res.events.append(Event(
                id=f"{article.id}:{idx}:{n}", article_id=article.id, sentence=text, sentence_index=idx,
                source=s, target=t, cameo=cameo, cameo_name=code.name, goldstein=code.goldstein,
                quad_class=code.quad_class, plover=Plover(code.plover_event, code.plover_mode), date=date_iso, date_precision=prec, date_text=dtext,
                date_basis=basis, location=place, modality=modality, attribution=None, voice="article",
                rule=f"keyword.{verb[1].split()[0]}", confidence=0.9,
                trigger=Trigger(verb[1], off + verb[0], off + verb[0] + len(verb[1]))))
    return res


def keyword_coder(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """`code_articles`-shaped stand-in coder (see module docstring)."""
    for article in articles:
        yield code_article(article)


def article(aid: str, text: str, published: str | None = "2016-12-28", source: str | None = None) -> Article:
    return Article(id=aid, text=text, published=date.fromisoformat(published) if published else None,
                   source=source)
