"""Pair encoder: a MiniLM cross-encoder that reads the whole sentence with the pair marked.

The phrase head (`classifier.PairHead`) sees the dependency path between the two actors; this
model reads every word of the sentence, with the source wrapped in `<< >>` and the target in
`[[ ]]`, and scores the 16 PLOVER roots plus NONE from the encoder states at the sentence start
and at the two opening marks (the "entity start" representation of relation-extraction work).

It is all-MiniLM-L6-v2 fine-tuned on parley's own training sentences (`data/training/`) by
`scripts/train_pair_encoder.py` (torch, CPU, run once when the training data changes), exported
to ONNX and quantised to int8 (`data/models/pair_encoder.onnx`); at run time it needs only
`onnxruntime` and `tokenizers`, both already required.

The input builder here is the one the training script uses, so run time and training see the
same tokens.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

MAX_TOKENS = 128
SOURCE_OPEN, SOURCE_CLOSE = "<<", ">>"
TARGET_OPEN, TARGET_CLOSE = "[[", "]]"
MODEL_FILE = "pair_encoder.onnx"
META_FILE = "pair_encoder.json"

Span = tuple[int, int] | None


def models_dir() -> Path:
    return Path(str(resources.files("parley.data").joinpath("models")))


@functools.lru_cache(maxsize=1)
def tokenizer():  # -> tokenizers.Tokenizer
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(models_dir() / "minilm_tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def mark(text: str, source: Span, target: Span) -> tuple[str, int | None, int | None]:
    """Insert the marks; returns the marked text and the character offsets of the two opening marks."""
    inserts: list[tuple[int, int, str]] = []  # (offset, order, string)
    if source is not None:
        inserts += [(source[0], 1, SOURCE_OPEN + " "), (source[1], 0, " " + SOURCE_CLOSE)]
    if target is not None:
        inserts += [(target[0], 1, TARGET_OPEN + " "), (target[1], 0, " " + TARGET_CLOSE)]
    out: list[str] = []
    pos = 0
    s_at = t_at = None
    length = 0
    for offset, _, piece in sorted(inserts):
        chunk = text[pos:offset]
        out.append(chunk)
        length += len(chunk)
        if piece.startswith(SOURCE_OPEN):
            s_at = length
        elif piece.startswith(TARGET_OPEN):
            t_at = length
        out.append(piece)
        length += len(piece)
        pos = offset
    out.append(text[pos:])
    return "".join(out), s_at, t_at


@dataclass(frozen=True, slots=True)
class Encoded:
    ids: list[int]
    s_index: int  # token index of the source's opening mark (0 = [CLS] when there is no source)
    t_index: int


def encode(text: str, source: Span, target: Span, max_tokens: int = MAX_TOKENS) -> Encoded:
    """Token ids of the marked sentence, cut to a window around the pair when it is too long."""
    return encode_many([(text, source, target)], max_tokens)[0]


def encode_many(items: Sequence[tuple[str, Span, Span]], max_tokens: int = MAX_TOKENS) -> list[Encoded]:
    marks = [mark(*item) for item in items]
    encodings = tokenizer().encode_batch([m[0] for m in marks])
    return [_window(enc, s_at, t_at, max_tokens) for enc, (_, s_at, t_at) in zip(encodings, marks, strict=True)]


def _window(enc, s_at: int | None, t_at: int | None, max_tokens: int) -> Encoded:  # noqa: ANN001 - tokenizers.Encoding
    ids = list(enc.ids)
    cls_id, sep_id = ids[0], ids[-1]
    body = ids[1:-1]

    def token_at(char: int | None) -> int | None:
        if char is None:
            return None
        k = enc.char_to_token(char)
        return None if k is None else k - 1  # index in body

    s_k, t_k = token_at(s_at), token_at(t_at)
    room = max_tokens - 2
    start = 0
    if len(body) > room:
        anchors = [k for k in (s_k, t_k) if k is not None] or [0]
        lo, hi = min(anchors), max(anchors)
        start = max(0, min(lo - (room - (hi - lo)) // 2, len(body) - room))
        if hi - start >= room:  # the pair itself is wider than the window: keep the source mark
            start = lo
        body = body[start : start + room]

    def place(k: int | None) -> int:
        if k is None or not 0 <= k - start < len(body):
            return 0
        return k - start + 1

    return Encoded([cls_id, *body, sep_id], place(s_k), place(t_k))


def batch_arrays(items: Sequence[Encoded]) -> dict[str, np.ndarray]:
    width = max(len(e.ids) for e in items)
    ids = np.zeros((len(items), width), dtype=np.int64)
    mask = np.zeros((len(items), width), dtype=np.int64)
    for r, e in enumerate(items):
        ids[r, : len(e.ids)] = e.ids
        mask[r, : len(e.ids)] = 1
    return {
        "input_ids": ids,
        "attention_mask": mask,
        "s_index": np.array([e.s_index for e in items], dtype=np.int64),
        "t_index": np.array([e.t_index for e in items], dtype=np.int64),
    }


class PairEncoder:
    """The int8 ONNX model and its label list; `logits()` scores (sentence, source, target) items."""

    def __init__(self, model: Path, meta: dict, threads: int = 0) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        if threads:
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
        self.meta = meta
        self.classes: list[str] = list(meta["classes"])
        # the columns of the event roots (every class but NONE)
        self.event_columns = np.array([i for i, c in enumerate(self.classes) if c != "NONE"])
        self.temperature = float(meta.get("temperature", 1.0))

    def logits(self, items: Sequence[tuple[str, Span, Span]], max_tokens: int = MAX_TOKENS,
               batch_size: int = 32) -> np.ndarray:
        out = np.zeros((len(items), len(self.classes)), dtype=np.float32)
        if not items:
            return out
        encoded = encode_many(items, max_tokens)
        order = sorted(range(len(items)), key=lambda i: len(encoded[i].ids))  # short padding
        for b in range(0, len(order), batch_size):
            idx = order[b : b + batch_size]
            out[idx] = self.session.run(None, batch_arrays([encoded[i] for i in idx]))[0]
        return out

    def proba(self, items: Sequence[tuple[str, Span, Span]], max_tokens: int = MAX_TOKENS) -> np.ndarray:
        z = self.logits(items, max_tokens) / self.temperature
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


@functools.lru_cache(maxsize=2)
def default_encoder(threads: int = 0) -> PairEncoder | None:
    """The bundled model, or None when it has not been built (the phrase head then decides).

    `threads=0` lets onnxruntime use every core (batch classification); the coder asks for one
    thread and runs the model beside spaCy's parser, which uses the other core.
    """
    model, meta = models_dir() / MODEL_FILE, models_dir() / META_FILE
    if not (model.is_file() and meta.is_file()):
        return None
    return PairEncoder(model, json.loads(meta.read_text(encoding="utf-8")), threads)
