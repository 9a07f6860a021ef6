"""Readers for the two gold formats `parley eval` scores against.

PLV: a TSV with one marked (source, target) pair per sentence and a gold PLOVER root.
GSR: the PLOVER gold-standard JSON (a list of records, the first a DOCUMENT header).
Both are read by path so a user can score parley on their own gold files.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from parley.errors import InputFileError
from parley.events.classifier import parse_marked

PLV_COLUMNS = ("uid", "sentence", "marked_sentence", "source", "target", "gold_root")


@dataclass(frozen=True, slots=True)
class PlvItem:
    uid: str
    sentence: str
    source: tuple[int, int] | None  # character span in `sentence`
    target: tuple[int, int] | None
    gold: str


@dataclass(frozen=True, slots=True)
class GsrActor:
    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class GsrRecord:
    id: str
    text: str
    date: str | None
    event: str
    sources: tuple[GsrActor, ...]
    targets: tuple[GsrActor, ...]


def read_plv(path: str | Path) -> list[PlvItem]:
    path = Path(path)
    if not path.is_file():
        raise InputFileError(f"{path}: PLV gold file not found (expected a TSV with columns {', '.join(PLV_COLUMNS)})")
    items: list[PlvItem] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in ("uid", "marked_sentence", "gold_root") if c not in (reader.fieldnames or [])]
        if missing:
            raise InputFileError(f"{path}: PLV gold file lacks column(s) {', '.join(missing)}")
        for n, row in enumerate(reader, start=2):
            text, src, tgt = parse_marked(row["marked_sentence"])
            gold = (row.get("gold_root") or "").strip().upper()
            if not gold:
                raise InputFileError(f"{path}:{n}: empty gold_root")
            items.append(PlvItem(row["uid"], text, src, tgt, gold))
    return items


def _actors(value: object) -> tuple[GsrActor, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        GsrActor(str(a.get("actorText", "")), a.get("code") or None, a.get("sector") or None)
        for a in value
        if isinstance(a, dict)
    )


def read_gsr(path: str | Path) -> list[GsrRecord]:
    path = Path(path)
    if not path.is_file():
        raise InputFileError(f"{path}: GSR gold file not found (expected the PLOVER gold-standard JSON list)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputFileError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(data, list):
        raise InputFileError(f"{path}: expected a JSON list of records")
    records: list[GsrRecord] = []
    for i, rec in enumerate(data):
        if not isinstance(rec, dict) or rec.get("event") in (None, "DOCUMENT") or not rec.get("text"):
            continue
        records.append(
            GsrRecord(
                id=str(rec.get("id", i)),
                text=str(rec["text"]),
                date=rec.get("date") or None,
                event=str(rec["event"]).upper(),
                sources=_actors(rec.get("source")),
                targets=_actors(rec.get("target")),
            )
        )
    return records
