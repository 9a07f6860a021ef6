"""parley's own training sentences for the pair models: labels, loading, template expansion.

Everything here is data handling shared by the phrase head (`classifier.train`), the pair encoder's
training script (`scripts/train_pair_encoder.py`) and the tests that check a committed model
matches the committed data (`data_hash`). Provenance: `data/training/README.md`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

# The 16 PLOVER event types (codebook fact): the pair models' labels, with NONE below.
PLOVER_ROOTS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# "NONE": the two actors are mentioned together but the sentence reports no event between them.
NONE_ROOT = "NONE"
TRAIN_LABELS = (*PLOVER_ROOTS, NONE_ROOT)


def training_dir() -> Path:
    return Path(str(resources.files("parley.data").joinpath("training")))


def training_examples(directory: Path | None = None) -> list[tuple[str, str]]:
    """(marked sentence, PLOVER root) pairs: every `*.jsonl` under data/training, in name order."""
    directory = directory or training_dir()
    out: list[tuple[str, str]] = []
    for path in sorted(directory.glob("*.jsonl")):  # pairs.jsonl (built) + any hand-written files
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            rec = json.loads(line)
            root = str(rec["root"]).upper()
            if root not in TRAIN_LABELS:
                raise ValueError(f"{path.name}:{n}: unknown PLOVER root {root!r}")
            out.append((rec["text"], root))
    return out


_CHOICE = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _context(directory: Path) -> tuple[list[str], list[str]]:
    """Prefix and suffix clauses from context.txt (optional file)."""
    path = directory / "context.txt"
    parts: dict[str, list[str]] = {"PREFIX": [], "SUFFIX": []}
    if not path.is_file():
        return [], []
    key = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            key = line[3:].strip().upper()
        elif line.strip() and not line.startswith("# ") and key in parts:
            parts[key].append(line.rstrip())
    return parts["PREFIX"], parts["SUFFIX"]


def _wrap(text: str, rng: Any, prefixes: Sequence[str], suffixes: Sequence[str]) -> str:
    """Sometimes add an attribution/date clause before or after the sentence."""
    roll = rng.random()
    if prefixes and roll < 0.2:
        text = rng.choice(prefixes).strip() + " " + text
    elif suffixes and roll < 0.4 and text.endswith("."):
        text = text[:-1] + rng.choice(suffixes)
    return text


def build_pairs(directory: Path | None = None, *, per_template: int = 2, per_choice_template: int = 6) -> list[dict[str, str]]:
    """Expand templates*.txt x actors.txt into marked training sentences (deterministic).

    Every frame is filled with actor pairs chosen by a generator seeded by the frame:
    `per_template` of them, or `per_choice_template` for frames with `{a|b}` choices (each
    expansion picks its own options). One expansion in eight drops a mark, because real pairs
    sometimes lack a source or target; some get an attribution or date clause (context.txt).
    """
    import random

    directory = directory or training_dir()
    actors = [
        line.strip() for line in (directory / "actors.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    prefixes, suffixes = _context(directory)
    out: list[dict[str, str]] = []
    for path in sorted(directory.glob("templates*.txt")):
        stem = "" if path.stem == "templates" else path.stem.removeprefix("templates_") + "-"
        root = None
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = line.strip()
            if not line or line.startswith("# "):
                continue
            if line.startswith("## "):
                root = line[3:].strip().upper()
                if root not in TRAIN_LABELS:
                    raise ValueError(f"{path.name}:{n}: unknown PLOVER root {root!r}")
                continue
            if root is None or "{S}" not in line or "{T}" not in line:
                raise ValueError(f"{path.name}:{n}: a frame needs a '## ROOT' heading above it and both {{S}} and {{T}}")
            rng = random.Random(f"{root}:{line}")
            has_choice = bool(_CHOICE.search(line))
            for k in range(per_choice_template if has_choice else per_template):
                src, tgt = rng.sample(actors, 2)
                drop = rng.random()
                s_mark = src if drop < 0.06 else f"<s>{src}</s>"
                t_mark = tgt if 0.06 <= drop < 0.12 else f"<t>{tgt}</t>"
                frame = _CHOICE.sub(lambda m, r=rng: r.choice(m.group(1).split("|")), line)
                frame = re.sub(r" +", " ", frame).replace(" ,", ",")
                if has_choice:
                    frame = _wrap(frame, rng, prefixes, suffixes)
                text = frame.replace("{S}", s_mark).replace("{T}", t_mark)
                lead = 3 if text.startswith(("<s>", "<t>")) else 0
                text = text[:lead] + text[lead].upper() + text[lead + 1 :]
                out.append({"id": f"{stem}{root.lower()}-{n:04d}-{k}", "root": root, "text": text})
    return out


def data_hash(examples: Sequence[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    for text, root in examples:
        h.update(f"{root}\t{text}\n".encode())
    return h.hexdigest()[:16]
