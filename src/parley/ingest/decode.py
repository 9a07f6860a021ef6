"""Bytes -> text, or the reason they are not text.

UTF-8 (with or without BOM) is the norm; UTF-16 with a BOM is accepted; other legacy
encodings are detected with charset_normalizer and accepted only when the detection is
confident, preferring the Western code pages English news is most often saved in.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# File signatures that show a binary document, with a readable name for the hint.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
_WESTERN = ["cp1252", "iso8859_15", "latin_1"]
# control characters (Unicode Cc) other than \t \n \v \f \r
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_SHARE = 0.02


class NotText(ValueError):
    """The bytes are not a text article; the message says why and what to do."""


def decode_bytes(data: bytes) -> str:
    """Decode an input's bytes to text with newlines normalised, or raise NotText."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise NotText(f"binary file ({name}), not text; convert it to plain text first")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return normalise_newlines(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise NotText("not valid UTF-16 despite its byte-order mark; re-encode as UTF-8") from exc
    if b"\x00" in data[:65536]:
        raise NotText("binary file (contains NUL bytes), not text; give a UTF-8 text, HTML or JSONL file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detect(data)
    check_text(text)
    return normalise_newlines(text)


def _detect(data: bytes) -> str:
    best = from_bytes(data, cp_isolation=_WESTERN).best()
    if best is None or best.chaos > 0.1:
        best = from_bytes(data).best()
        if best is None or best.chaos > 0.1 or best.coherence < 0.2:
            raise NotText("not valid UTF-8 and no confident guess of its encoding; re-encode as UTF-8")
    return str(best)


def check_text(text: str) -> None:
    """Raise NotText for text that is really binary: NULs or many control characters."""
    sample = text[:65536]
    if "\x00" in sample:
        raise NotText("binary content (contains NUL characters), not text")
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise NotText(
            f"binary content ({controls} control characters in the first {len(sample):,}), not text; "
            "give a UTF-8 text, HTML or JSONL file"
        )


def normalise_newlines(text: str) -> str:
    """\\r\\n and lone \\r -> \\n; a leading BOM dropped. Nothing else is changed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
