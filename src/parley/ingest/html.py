"""HTML page -> main text, title, url and date, with trafilatura (nav, footer, ads dropped)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import trafilatura

from parley.ingest.decode import normalise_newlines


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None
    url: str | None
    published: date | None


def extract_html(html: str) -> Page:
    """The article in an HTML page; ValueError when trafilatura finds no main text."""
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    text = normalise_newlines(doc.text or "") if doc is not None else ""
    if not text.strip():
        raise ValueError(
            "no article text found in the HTML page (trafilatura extracted nothing); save the article body as .txt"
        )
    published = None
    if doc.date:
        try:
            published = date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return Page(text=text, title=(doc.title or None), url=(doc.url or None), published=published)
