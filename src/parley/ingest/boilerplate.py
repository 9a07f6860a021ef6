"""Regions of an article that are not its own reporting: titles, credits, bylines,
disclaimers, web furniture, and inserted editor's notes (coded with voice=editorial).

The patterns are data (`data/boilerplate.jsonl`, one JSON object a line); users add
their own with `load_patterns(extra_paths)` or the `PARLEY_BOILERPLATE` env var (a file
of the same format). Each pattern is a regex tested on one stripped line; the first
pattern that matches decides the line's kind. A line is a paragraph: news text often
separates paragraphs by a single newline. Patterns with `extend` grow over the following
lines of a hard-wrapped paragraph.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import get_args

from parley.errors import LexiconError
from parley.records import RegionKind, TextRegion

REGION_KINDS = frozenset(get_args(RegionKind))
_FIELDS = {"id", "kind", "pattern", "ignore_case", "max_len", "extend", "no_final_period", "contains", "note"}
_EXTENDS = {None, "paragraph", "bracket"}
_FINAL_PUNCT = ".!?\"'\u201d\u2019)]:;"
TITLE_MAX_CHARS = 160
TITLE_MAX_WORDS = 20


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    kind: str
    regex: re.Pattern[str]
    max_len: int | None = None
    extend: str | None = None
    no_final_period: bool = False
    contains: tuple[str, ...] = ()  # cheap pre-test: the line (lower-cased) has one of these


def _parse(path: str | Path, text: str) -> list[Pattern]:
    patterns = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{where}: not valid JSON ({exc.msg}); one JSON object per line") from exc
        if not isinstance(rec, dict):
            raise LexiconError(f"{where}: expected a JSON object with id, kind and pattern")
        unknown = set(rec) - _FIELDS
        if unknown:
            raise LexiconError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(_FIELDS)}")
        missing = [k for k in ("id", "kind", "pattern") if not rec.get(k)]
        if missing:
            raise LexiconError(f"{where}: missing {', '.join(missing)}")
        if rec["kind"] not in REGION_KINDS:
            raise LexiconError(f"{where}: kind {rec['kind']!r} is not one of {sorted(REGION_KINDS)}")
        contains = rec.get("contains", [])
        if not isinstance(contains, list) or not all(isinstance(w, str) and w for w in contains):
            raise LexiconError(f"{where}: contains must be a list of non-empty strings")
        if rec.get("max_len") is not None and not isinstance(rec["max_len"], int):
            raise LexiconError(f"{where}: max_len must be an integer (characters)")
        if rec.get("extend") not in _EXTENDS:
            raise LexiconError(f"{where}: extend must be 'paragraph' or 'bracket'")
        try:
            regex = re.compile(rec["pattern"], re.IGNORECASE if rec.get("ignore_case") else 0)
        except re.error as exc:
            raise LexiconError(f"{where}: bad regex in pattern {rec['id']!r}: {exc}") from exc
        patterns.append(
            Pattern(
                rec["id"],
                rec["kind"],
                regex,
                rec.get("max_len"),
                rec.get("extend"),
                bool(rec.get("no_final_period")),
                tuple(w.lower() for w in rec.get("contains", ())),
            )
        )
    return patterns


@functools.lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> tuple[Pattern, ...]:
    bundled = resources.files("parley") / "data" / "boilerplate.jsonl"
    patterns: list[Pattern] = []
    # user patterns come first so that they can override the bundled ones
    for path in extra:
        patterns += _parse(path, Path(path).read_text(encoding="utf-8"))
    patterns += _parse("parley/data/boilerplate.jsonl", bundled.read_text(encoding="utf-8"))
    return tuple(patterns)


def load_patterns(extra_paths: Iterable[str | Path] = ()) -> tuple[Pattern, ...]:
    """Bundled patterns plus user files (and `$PARLEY_BOILERPLATE`), user patterns first."""
    extra = [str(p) for p in extra_paths]
    env = os.environ.get("PARLEY_BOILERPLATE")
    if env:
        extra.append(env)
    return _load(tuple(extra))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line's stripped content."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    return spans


def _norm(s: str) -> str:
    return " ".join(s.casefold().split()).strip(" .:;-\u2014\u2013")


def _looks_like_title(line: str, title: str | None, more_follows: bool) -> bool:
    if title:
        return _norm(line) == _norm(title)
    if not more_follows:
        return False
    words = line.split()
    return (
        len(line) <= TITLE_MAX_CHARS
        and 2 <= len(words) <= TITLE_MAX_WORDS
        and line.rstrip("\"'\u201d\u2019)]")[-1:] not in ".!:;,"
        and not line.endswith(("...", "\u2026"))
    )


def _title_line(
    text: str, lines: list[tuple[int, int]], kinds: dict[int, tuple[int, str, str]], title: str | None
) -> int | None:
    """The line that is the title: equal to the known title among the first lines (after
    bylines/datelines), or, with no known title, a headline-like first line."""
    for k, (s, e) in enumerate(lines[:4]):
        if title and _norm(text[s:e]) == _norm(title):
            return k
        if not title and k == 0 and k not in kinds and _looks_like_title(text[s:e], None, len(lines) > 1):
            return 0
        if k not in kinds:
            return None
    return None


def _match(line: str, patterns: Iterable[Pattern]) -> Pattern | None:
    lower = line.lower()
    for pat in patterns:
        if pat.max_len is not None and len(line) > pat.max_len:
            continue
        if pat.no_final_period and line.endswith("."):
            continue
        if pat.contains and not any(word in lower for word in pat.contains):
            continue
        if pat.regex.search(line):
            return pat
    return None


def _extend(text: str, lines: list[tuple[int, int]], i: int, how: str | None) -> int:
    """Index of the last line of the paragraph/bracket that starts at line i."""
    if how == "bracket":
        j = i
        while j < len(lines) and "]" not in text[lines[i][0] : lines[j][1]]:
            j += 1
        return min(j, len(lines) - 1) if j < len(lines) else i
    if how == "paragraph":
        j = i
        # a hard-wrapped paragraph: the line does not end a sentence and the next line
        # follows directly (no blank line) and goes on in lower case or mid-sentence
        while j + 1 < len(lines):
            end, nxt = lines[j][1], lines[j + 1][0]
            if text[end - 1] in _FINAL_PUNCT or text.count("\n", end, nxt) != 1:
                break
            j += 1
        return j
    return i


def find_regions(
    text: str, title: str | None = None, patterns: Iterable[Pattern] | None = None
) -> tuple[TextRegion, ...]:
    """Character spans of `text` that are not the article's own reporting, in order."""
    pats = tuple(patterns) if patterns is not None else load_patterns()
    lines = _lines(text)
    kinds: dict[int, tuple[int, str, str]] = {}  # line index -> (last line, kind, reason)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        pat = _match(text[s:e], pats)
        if pat is None:
            i += 1
            continue
        j = _extend(text, lines, i, pat.extend)
        kinds[i] = (j, pat.kind, pat.id)
        i = j + 1
    title_at = _title_line(text, lines, kinds, title)
    if title_at is not None:
        kinds[title_at] = (title_at, "title", "title" if title else "headline")
    regions = [TextRegion(lines[i][0], lines[j][1], kind, why) for i, (j, kind, why) in kinds.items()]  # type: ignore[arg-type]
    return _merge(sorted(regions, key=lambda r: r.start), text)


def _merge(regions: list[TextRegion], text: str) -> tuple[TextRegion, ...]:
    """Join neighbouring regions of the same kind separated only by whitespace."""
    out: list[TextRegion] = []
    for r in regions:
        prev = out[-1] if out else None
        if prev and prev.kind == r.kind and r.kind != "title" and not text[prev.end : r.start].strip():
            out[-1] = TextRegion(prev.start, r.end, r.kind, prev.reason)
        else:
            out.append(r)
    return tuple(out)
