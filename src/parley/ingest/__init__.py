"""Input stage: files, directories and stdin -> Article | InputError, with the regions
(titles, credits, bylines, disclaimers, editor's notes) that are not the article's own
reporting marked on each article."""

from parley.ingest.boilerplate import find_regions, load_patterns
from parley.ingest.language import LanguageGuess, guess_language
from parley.ingest.readers import DEFAULT_MAX_BYTES, SUPPORTED, article_id_for, parse_published, read_inputs

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED",
    "LanguageGuess",
    "article_id_for",
    "find_regions",
    "guess_language",
    "load_patterns",
    "parse_published",
    "read_inputs",
]
