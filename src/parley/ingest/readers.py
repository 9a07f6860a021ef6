"""Inputs -> Article | InputError: .txt, .html/.htm, .jsonl, directories and stdin.

Every bad input gives one InputError (naming the input, the reason and the fix) and the
batch goes on: a corpus of thousands of files should not stop on one broken file.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from parley.errors import InputFileError
from parley.ingest.boilerplate import find_regions
from parley.ingest.decode import NotText, check_text, decode_bytes, normalise_newlines
from parley.ingest.language import guess_language
from parley.records import Article, InputError

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000
SUPPORTED = (".txt", ".html", ".htm", ".jsonl")
STDIN = "-"
STDIN_NAME = "<stdin>"
_HINT_TYPES = ".txt, .html, .htm or .jsonl"

Item = Article | InputError


class _Bad(Exception):
    """Internal: one input is bad; the message is the InputError reason."""


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[Any] | None = None,
) -> Iterator[Item]:
    """Articles from files, directories and `-` (JSONL on stdin), in order; bad inputs
    become InputError items and reading goes on. Ids must be unique within the batch."""
    reader = _Reader(published, max_bytes, stdin)
    seen: dict[str, str] = {}
    for raw in paths:
        name = os.fspath(raw)
        try:
            for item in reader.read(name):
                if isinstance(item, Article):
                    first = seen.get(item.id)
                    if first is not None:
                        yield InputError(
                            item.origin or item.id,
                            f"duplicate id {item.id!r} (first seen in {first}); give each article a unique id",
                        )
                        continue
                    seen[item.id] = item.origin or item.id
                yield item
        except Exception as exc:  # one broken input must not stop the batch
            log.debug("unexpected error reading %s", name, exc_info=True)
            yield InputError(name, f"could not be read ({type(exc).__name__}: {exc})")


def article_id_for(
    record: Mapping[str, Any] | None = None, path: str | os.PathLike[str] | None = None
) -> str:
    """A stable article id: the record's `id`, else the file stem; raise InputFileError
    when there is neither (a JSONL record or stdin line without an id)."""
    if record is not None:
        value = record.get("id")
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            if value is None:
                raise InputFileError('missing "id"; every JSONL record needs a unique "id"')
            raise InputFileError(f'"id" must be a string, not {type(value).__name__}')
        value = str(value).strip()
        if not value:
            raise InputFileError('empty "id"; every JSONL record needs a unique "id"')
        return value
    if path is not None and os.fspath(path) != STDIN:
        return Path(path).stem
    raise InputFileError('no id: give JSONL records an "id" field')


class _Reader:
    def __init__(self, published: date | None, max_bytes: int, stdin: IO[Any] | None) -> None:
        self.published = published
        self.max_bytes = max_bytes
        self.stdin = stdin

    def read(self, name: str) -> Iterator[Item]:
        if name == STDIN:
            stream = self.stdin if self.stdin is not None else sys.stdin
            yield from self._jsonl(
                STDIN_NAME, _stream_lines(getattr(stream, "buffer", stream), self.max_bytes)
            )
            return
        path = Path(name)
        if path.is_dir():
            files = _walk(path)
            if not files:
                yield InputError(name, f"no {_HINT_TYPES} files in this directory")
            for file in files:
                yield from self._file(file)
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED:
                kind = path.suffix or "(no extension)"
                yield InputError(
                    name, f"unsupported file type {kind}; parley reads {_HINT_TYPES} files or directories"
                )
            else:
                yield from self._file(path)
        elif path.exists():
            yield InputError(name, "not a regular file or directory")
        else:
            yield InputError(name, "no such file or directory")

    def _file(self, path: Path) -> Iterator[Item]:
        name = str(path)
        try:
            if path.suffix.lower() == ".jsonl":
                with path.open("rb") as fh:
                    yield from self._jsonl(name, _stream_lines(fh, self.max_bytes))
                return
            size = path.stat().st_size
            if size > self.max_bytes:
                raise _Bad(
                    f"file is {size:,} bytes, over the {self.max_bytes:,}-byte limit; "
                    "split it into one article per file (or raise the limit with --max-bytes)"
                )
            data = path.read_bytes()
            if not data:
                raise _Bad("empty file")
            text = decode_bytes(data)
            if path.suffix.lower() in (".html", ".htm"):
                yield self._article_from_html(path, text)
            else:
                yield self._article(article_id_for(path=path), text, name, self.published, infer_title=True)
        except (_Bad, NotText) as exc:
            yield InputError(name, str(exc))
        except OSError as exc:
            yield InputError(name, f"cannot be read ({exc.strerror or exc})")

    def _article_from_html(self, path: Path, html: str) -> Item:
        from parley.ingest.html import extract_html

        name = str(path)
        try:
            page = extract_html(html)
        except ValueError as exc:
            return InputError(name, str(exc))
        published = self.published or page.published
        return self._article(
            article_id_for(path=path), page.text, name, published, title=page.title, url=page.url
        )

    def _jsonl(self, name: str, lines: Iterator[tuple[int, str | None, str | None]]) -> Iterator[Item]:
        any_line = False
        for lineno, line, problem in lines:
            where = f"{name}:{lineno}"
            if problem:
                if lineno == 0:  # the whole input is bad (binary, unreadable)
                    yield InputError(name, problem)
                    return
                any_line = True
                yield InputError(where, problem)
                continue
            assert line is not None
            if not line.strip():
                continue
            any_line = True
            try:
                yield self._record(json.loads(line), where)
            except json.JSONDecodeError as exc:
                yield InputError(
                    where, f"not valid JSON ({exc.msg} at column {exc.colno}); one JSON object per line"
                )
            except (_Bad, InputFileError, NotText) as exc:
                yield InputError(where, str(exc))
        if not any_line:
            yield InputError(name, "empty file" if name != STDIN_NAME else "no input on stdin")

    def _record(self, rec: Any, where: str) -> Item:
        if not isinstance(rec, dict):
            raise _Bad(f'expected a JSON object with "id" and "text", got {_json_type(rec)}')
        art_id = article_id_for(record=rec)
        text = rec.get("text")
        if text is None:
            raise _Bad('missing "text"')
        if not isinstance(text, str):
            raise _Bad(f'"text" must be a string, not {_json_type(text)}')
        extras = {}
        for key in ("title", "url", "source"):
            value = rec.get(key)
            if value is not None and not isinstance(value, str):
                raise _Bad(f'"{key}" must be a string, not {_json_type(value)}')
            extras[key] = value.strip() or None if isinstance(value, str) else None
        published = parse_published(rec.get("published")) or self.published
        text = normalise_newlines(text)
        check_text(text)
        return self._article(art_id, text, where, published, **extras)

    def _article(
        self,
        art_id: str,
        text: str,
        origin: str,
        published: date | None,
        *,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        infer_title: bool = False,
    ) -> Item:
        """Checks every reader shares: not empty, English; then the regions."""
        if not text.strip():
            return InputError(origin, "empty text (only whitespace)" if text else "empty text")
        guess = guess_language(text)
        if not guess.english:
            return InputError(origin, guess.reason)
        regions = find_regions(text, title)
        if title is None and infer_title:
            first = next((r for r in regions if r.kind == "title"), None)
            title = text[first.start : first.end] if first else None
        return Article(
            id=art_id,
            text=text,
            published=published,
            title=title,
            url=url,
            source=source,
            origin=origin,
            regions=regions,
        )


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_published(value: Any) -> date | None:
    """An ISO date (or datetime) string -> date; None for a missing value; _Bad otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        s = value.strip()
        try:
            if _ISO_DATE.match(s):
                return date.fromisoformat(s)
            if len(s) > 10 and s[10] in "T ":
                return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise _Bad(f'bad "published" date {value!r}; use an ISO date like 2015-07-14')


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def _walk(root: Path) -> list[Path]:
    """Supported files under root, recursively, in a stable order; hidden files skipped."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in sorted(filenames):
            path = Path(dirpath) / fn
            if fn.startswith(".") or path.suffix.lower() not in SUPPORTED:
                log.debug("skipping %s: not a %s file", path, _HINT_TYPES)
                continue
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _stream_lines(stream: IO[Any], max_bytes: int) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, line, problem) for a binary or text stream, reading at most
    max_bytes of any one line into memory. Line 0 with a problem: the whole input is bad."""
    lineno = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if isinstance(raw, bytes):
            if lineno == 1:
                if b"\x00" in raw[:4096]:
                    yield 0, None, "binary file (contains NUL bytes), not JSONL; give UTF-8 JSON lines"
                    return
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            content_len = len(raw.rstrip(b"\r\n"))
        else:
            raw = raw.removeprefix("\ufeff") if lineno == 1 else raw
            content_len = len(raw.rstrip("\r\n").encode("utf-8", "surrogatepass"))
        if content_len > max_bytes:
            while not raw.endswith(b"\n" if isinstance(raw, bytes) else "\n"):  # skip the rest of the line
                raw = stream.readline(1 << 16)
                if not raw:
                    break
            yield (
                lineno,
                None,
                (
                    f"line is over the {max_bytes:,}-byte limit; split the article "
                    "(or raise the limit with --max-bytes)"
                ),
            )
            continue
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield lineno, None, "not valid UTF-8; re-encode the file as UTF-8"
                continue
        yield lineno, raw, None
