"""parley: news articles in, evidence-linked CAMEO/PLOVER political events out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from parley.records import Event


def code_text(text: str, published: Any = None, **kwargs: Any) -> list[Event]:
    """Code one article's text and return its events (see parley.pipeline.Coder)."""
    from parley.pipeline import code_text as _code_text

    return _code_text(text, published=published, **kwargs)


__all__ = ["__version__", "code_text"]
