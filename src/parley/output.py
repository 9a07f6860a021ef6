"""Event writers: JSONL (default, every field), GDELT-like TSV, and a table for people."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from parley.records import Event

FORMATS = ("jsonl", "tsv", "table")

# GDELT 2.0 event column names where the concept matches; parley's own fields after them with the
# `parley_` prefix, as in `parley export --gdelt-csv` (analysis/export.py, one row per cluster).
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode", "EventBaseCode",
    "EventRootCode", "QuadClass", "GoldsteinScale", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "SOURCEURL",
    "parley_plover_event", "parley_plover_mode", "parley_plover_context", "parley_date_precision",
    "parley_date_text", "parley_date_basis", "parley_modality", "parley_attribution", "parley_voice",
    "parley_rule", "parley_confidence", "parley_article_id", "parley_sentence_index", "parley_sentence",
)


def gdelt_row(e: Event, url: str | None = None) -> list[object]:
    s, t, loc = e.source, e.target, e.location
    # GDELT dates are always YYYYMMDD: a month or year is dated by its first day (precision in its own column)
    parts = e.date.split("-") if e.date else []
    sqldate = "".join(parts + ["01"] * (3 - len(parts))) if parts else ""
    return [
        e.id, sqldate, s.code, s.name or s.text, s.country, s.sector,
        t.code if t else None, (t.name or t.text) if t else None, t.country if t else None, t.sector if t else None,
        e.cameo, e.cameo[:3], e.cameo[:2], e.quad_class, e.goldstein,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
        loc.lon if loc else None, loc.geonameid if loc else None, url,
        e.plover.event, e.plover.mode, e.plover.context, e.date_precision, e.date_text, e.date_basis,
        e.modality, e.attribution.text if e.attribution else None, e.voice, e.rule, e.confidence,
        e.article_id, e.sentence_index, e.sentence,
    ]


def _tsv_cell(value: object) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")


class EventWriter:
    """Writes events in one format to a stream; `table` buffers nothing and aligns loosely."""

    def __init__(self, stream: TextIO, fmt: str = "jsonl") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
        self.stream, self.fmt, self._header_done = stream, fmt, False

    def write(self, events: Iterable[Event], url: str | None = None) -> int:
        n = 0
        for e in events:
            self._header()
            if self.fmt == "jsonl":
                self.stream.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
            elif self.fmt == "tsv":
                self.stream.write("\t".join(_tsv_cell(v) for v in gdelt_row(e, url)) + "\n")
            else:
                self.stream.write(table_line(e) + "\n")
            n += 1
        return n

    def _header(self) -> None:
        if self._header_done:
            return
        self._header_done = True
        if self.fmt == "tsv":
            self.stream.write("\t".join(GDELT_COLUMNS) + "\n")
        elif self.fmt == "table":
            self.stream.write(f"{'date':<10}  {'source':<14} {'target':<14} {'cameo':<5} {'plover':<9} "
                              f"{'modality':<12} {'place':<12} rule / evidence\n")


def _actor_label(a) -> str:
    if a is None:
        return "-"
    return a.code or f"?{a.text[:12]}"


def table_line(e: Event) -> str:
    place = e.location.name if e.location else ""
    evidence = e.sentence if len(e.sentence) <= 90 else e.sentence[:87] + "..."
    return (f"{e.date or '':<10}  {_actor_label(e.source):<14} {_actor_label(e.target):<14} {e.cameo:<5} "
            f"{e.plover.event or '':<9} {e.modality:<12} {place[:12]:<12} {e.rule}: {evidence}")
