"""Write query results as an aligned text table, JSONL, JSON, CSV or Parquet."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from parley.errors import QueryError

FORMATS = ("table", "jsonl", "json", "csv", "parquet")


def _plain(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return v


def _cell(v: Any, width: int) -> str:
    s = "" if v is None else (f"{v:g}" if isinstance(v, float) else str(_plain(v)))
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "\u2026"


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 60) -> str:
    cells = [[_cell(v, max_width) for v in r] for r in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    for r in cells:
        out.append("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(out)


def write_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str,
               output: str | Path | None = None, stream: IO[str] | None = None) -> None:
    """Write to `output` (a file) or `stream` (default stdout); Parquet needs a file."""
    if fmt not in FORMATS:
        raise QueryError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if output is None:
            raise QueryError("--format parquet needs --output FILE.parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)}) if rows else \
            pa.table({c: pa.array([], pa.string()) for c in columns})
        pq.write_table(table, str(output))
        return
    fh = open(output, "w", encoding="utf-8", newline="") if output else (stream or sys.stdout)  # noqa: SIM115
    try:
        if fmt == "table":
            fh.write(format_table(columns, rows) + "\n")
        elif fmt == "csv":
            w = csv.writer(fh)
            w.writerow(columns)
            w.writerows([[_plain(v) for v in r] for r in rows])
        elif fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps({c: _plain(v) for c, v in zip(columns, r, strict=True)},
                                    ensure_ascii=False) + "\n")
        else:
            json.dump([{c: _plain(v) for c, v in zip(columns, r, strict=True)} for r in rows], fh,
                      ensure_ascii=False, indent=1)
            fh.write("\n")
    finally:
        if output:
            fh.close()
