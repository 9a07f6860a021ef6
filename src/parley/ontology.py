"""The event ontology: CAMEO 1.1b3 codes (name, Goldstein weight, QuadClass) and their PLOVER mapping.

The facts live in ``data/cameo.tsv`` and ``data/plover.jsonl`` so that analysts can read, check and
extend them; this module only loads and validates them (provenance: ``data/SOURCES.md``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from parley.errors import LexiconError

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_CAMEO_PATH = DATA_DIR / "cameo.tsv"
DEFAULT_PLOVER_PATH = DATA_DIR / "plover.jsonl"

REQUIRED_COLUMNS = (
    "code", "name", "goldstein", "quad_class", "plover_event", "plover_mode", "plover_context",
)
OPTIONAL_COLUMNS = ("goldstein_source", "plover_source", "note")
_CODE_RE = re.compile(r"^\d{2,4}$")
_MAX_REPORTED = 20


def quad_class_for_root(root: str) -> int:
    """GDELT QuadClass of a two-digit CAMEO root: 1 verbal coop (01-05), 2 material coop (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"CAMEO root {root!r} is outside 01-20")
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code. An empty ``plover_event`` means PLOVER has no event for it (coded as null)."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None  # one context or several joined by ";"
    goldstein_source: str = ""
    plover_source: str = ""
    note: str = ""

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def plover_contexts(self) -> tuple[str, ...]:
        return tuple(c for c in (self.plover_context or "").split(";") if c)


@dataclass(frozen=True, slots=True)
class PloverEvent:
    name: str
    quad: str
    definition: str
    modes: tuple[str, ...]


class Ontology:
    """CAMEO table + PLOVER vocabulary. Build with :meth:`load`; instances are read-only."""

    def __init__(
        self,
        codes: dict[str, CameoCode],
        plover: dict[str, PloverEvent],
        aliases: dict[str, tuple[str, ...]],
        contexts: frozenset[str],
        path: Path,
        version: str,
    ) -> None:
        self._codes = codes
        self._plover = plover
        self._aliases = aliases
        self._contexts = contexts
        self.path = path
        self.version = version  # sha256 of the CAMEO table file

    @classmethod
    def load(cls, path: str | Path | None = None, plover_path: str | Path | None = None) -> Ontology:
        """Load and validate a CAMEO table (default: the packaged one, cached) and PLOVER vocabulary."""
        if path is None and plover_path is None:
            return default_ontology()
        return _read(Path(path or DEFAULT_CAMEO_PATH), Path(plover_path or DEFAULT_PLOVER_PATH))

    # --- CAMEO -------------------------------------------------------------------------------
    def cameo(self, code: str) -> CameoCode:
        key = str(code).strip()
        try:
            return self._codes[key]
        except KeyError:
            raise LexiconError(
                f"unknown CAMEO code {key!r}: not in {self.path} "
                "(codes are 2-4 digit strings with leading zeros, e.g. '041'; add a row to extend the table)"
            ) from None

    def __contains__(self, code: object) -> bool:
        return str(code).strip() in self._codes

    def codes(self) -> tuple[str, ...]:
        """All codes in file order (roots and sub-codes)."""
        return tuple(self._codes)

    def root(self, code: str) -> str:
        """Two-digit CAMEO root of a known code ('0411' -> '04')."""
        return self.cameo(code).root

    def roots(self) -> tuple[str, ...]:
        return tuple(c for c in self._codes if len(c) == 2)

    # --- PLOVER ------------------------------------------------------------------------------
    def plover_roots(self) -> tuple[str, ...]:
        """The current PLOVER event types, in codebook order."""
        return tuple(self._plover)

    def plover_event(self, name: str) -> PloverEvent:
        key = self.normalize_plover(name)
        if not isinstance(key, str):
            raise LexiconError(f"PLOVER name {name!r} is ambiguous: it maps to {sorted(key)}")
        return self._plover[key]

    def plover_modes(self, event: str) -> tuple[str, ...]:
        return self.plover_event(event).modes

    def plover_contexts(self) -> frozenset[str]:
        return self._contexts

    def normalize_plover(self, name: str) -> str | frozenset[str]:
        """Current PLOVER name for a current or older (0.5b1) name; YIELD gives {CONCEDE, RETREAT}."""
        key = str(name).strip().upper()
        if key in self._plover:
            return key
        if key in self._aliases:
            targets = self._aliases[key]
            return targets[0] if len(targets) == 1 else frozenset(targets)
        raise LexiconError(
            f"unknown PLOVER event type {name!r}: expected one of {', '.join(self._plover)} "
            f"or an older name ({', '.join(self._aliases)})"
        )


@cache
def default_ontology() -> Ontology:
    """The packaged ontology, loaded and validated once per process."""
    return _read(DEFAULT_CAMEO_PATH, DEFAULT_PLOVER_PATH)


def normalize_plover(name: str) -> str | frozenset[str]:
    """Module-level shortcut for :meth:`Ontology.normalize_plover` on the packaged ontology."""
    return default_ontology().normalize_plover(name)


# --- loading ---------------------------------------------------------------------------------


def _fail(path: Path, problems: list[str]) -> None:
    shown = problems[:_MAX_REPORTED]
    more = f"\n  ... and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
    raise LexiconError(f"invalid ontology file {path}:\n  " + "\n  ".join(shown) + more)


def _read_plover(path: Path) -> tuple[dict[str, PloverEvent], dict[str, tuple[str, ...]], frozenset[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read PLOVER vocabulary {path}: {exc}") from exc
    events: dict[str, PloverEvent] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    contexts: set[str] = set()
    alias_lines: dict[str, int] = {}
    problems: list[str] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
            kind, name = rec["kind"], str(rec["name"]).strip()
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            problems.append(f"{where}: not a JSON object with 'kind' and 'name' ({exc})")
            continue
        if name in events or name in aliases or (kind == "context" and name in contexts):
            problems.append(f"{where}: duplicate name {name!r}")
        elif kind == "event":
            events[name.upper()] = PloverEvent(
                name.upper(), rec.get("quad", ""), rec.get("definition", ""), tuple(rec.get("modes", []))
            )
        elif kind == "alias":
            aliases[name.upper()] = tuple(t.upper() for t in rec.get("current", []))
            alias_lines[name.upper()] = lineno
        elif kind == "context":
            contexts.add(name)
        else:
            problems.append(f"{where}: unknown kind {kind!r} (expected event, alias or context)")
    for alias, targets in aliases.items():
        bad = [t for t in targets if t not in events] or ([] if targets else ["(none)"])
        if bad:
            problems.append(f"{path}:{alias_lines[alias]}: alias {alias} points to unknown event(s) {bad}")
    if not events:
        problems.append(f"{path}: no PLOVER events defined")
    if problems:
        _fail(path, problems)
    return events, aliases, frozenset(contexts)


def _read(path: Path, plover_path: Path) -> Ontology:
    events, aliases, contexts = _read_plover(plover_path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LexiconError(f"cannot read CAMEO table {path}: {exc}") from exc
    text = raw.decode("utf-8")
    problems: list[str] = []
    header: list[str] | None = None
    codes: dict[str, CameoCode] = {}
    lines_of: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{path}:{lineno}"
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                _fail(path, [f"{where}: header lacks column(s) {missing}; expected {list(REQUIRED_COLUMNS)}"])
            continue
        if len(cells) != len(header):
            problems.append(f"{where}: {len(cells)} tab-separated fields, header has {len(header)}")
            continue
        row = {k: v.strip() for k, v in zip(header, cells, strict=True)}
        code = row["code"]
        if not _CODE_RE.match(code) or not 1 <= int(code[:2]) <= 20:
            problems.append(f"{where}: code {code!r} is not a CAMEO code (2-4 digits, root 01-20)")
            continue
        if code in codes:
            problems.append(f"{where}: duplicate code {code} (first on line {lines_of[code]})")
            continue
        if not row["name"]:
            problems.append(f"{where}: code {code} has an empty name")
        try:
            goldstein = float(row["goldstein"])
            if not -10.0 <= goldstein <= 10.0:
                raise ValueError("outside [-10, 10]")
        except ValueError as exc:
            problems.append(f"{where}: code {code}: goldstein {row['goldstein']!r} invalid ({exc})")
            goldstein = 0.0
        expected_quad = quad_class_for_root(code[:2])
        if row["quad_class"] != str(expected_quad):
            problems.append(
                f"{where}: code {code}: quad_class {row['quad_class']!r} must be {expected_quad} for root {code[:2]}"
            )
        event = row["plover_event"] or None
        mode = row["plover_mode"] or None
        context = row["plover_context"] or None
        if event is not None and event not in events:
            problems.append(f"{where}: code {code}: unknown PLOVER event {event!r} (use one of {', '.join(events)})")
        if mode is not None:
            if event is None:
                problems.append(f"{where}: code {code}: plover_mode {mode!r} without a plover_event")
            elif event in events and mode not in events[event].modes:
                problems.append(
                    f"{where}: code {code}: mode {mode!r} is not a {event} mode ({', '.join(events[event].modes) or 'none'})"
                )
        for ctx in (context or "").split(";"):
            if ctx and ctx not in contexts:
                problems.append(f"{where}: code {code}: unknown PLOVER context {ctx!r}")
        codes[code] = CameoCode(
            code, row["name"], goldstein, expected_quad, event, mode, context,
            row.get("goldstein_source", ""), row.get("plover_source", ""), row.get("note", ""),
        )
        lines_of[code] = lineno
    if header is None:
        _fail(path, [f"{path}: no header line (expected columns {list(REQUIRED_COLUMNS)})"])
    for code, lineno in lines_of.items():
        for parent in {code[:2], code[:3]} - {code}:
            if parent not in codes:
                problems.append(f"{path}:{lineno}: code {code} has no parent row {parent}")
    if problems:
        _fail(path, problems)
    return Ontology(codes, events, aliases, contexts, path, hashlib.sha256(raw).hexdigest())
