"""Errors the library raises; the CLI turns them into one clear line and an exit code."""


class ParleyError(Exception):
    """Base class: the message names the input/file/record and, where possible, the fix."""


class InputFileError(ParleyError):
    """An input that cannot be read as an article (empty, binary, not English...)."""


class LexiconError(ParleyError):
    """A data file (lexicon, knowledge base, ontology) that does not validate."""


class StoreError(ParleyError):
    """A problem with the event store."""


class QueryError(ParleyError):
    """A malformed query argument."""
