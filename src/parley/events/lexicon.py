"""The verb-pattern lexicon (`data/verbs.jsonl`): loaded, validated and indexed by lemma.

The lexicon is data a user can read and extend: one JSON object per line, fields as in
docs/ARCHITECTURE.md. User files are layered on top of the packaged file (same `id`
replaces, new ids add), so a project can fix or add patterns without editing the package.
Every error names the file, line and field so it can be fixed in the file itself.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from parley.errors import LexiconError

log = logging.getLogger(__name__)

ENV_VAR = "PARLEY_LEXICON"

# Slots without an argument; `prep:<word>` and `obj_prep:<word>` take the preposition.
PLAIN_SLOTS = frozenset(
    {"subj", "dobj", "iobj", "nsubjpass", "ccomp_subj", "xcomp_obj", "light_subj", "poss", "mod",
     "speaker", "copula_subj", "holder"}
)
NOUN_ONLY_SLOTS = frozenset({"light_subj", "poss", "mod"})
_PREP_SLOT = re.compile(r"^(prep|obj_prep|xcomp_prep):([a-z]+)$")
_WORD = re.compile(r"^[^\W\d_][\w'\-]*$")
_CAMEO = re.compile(r"^\d{2,4}$")


def _lower_words(values: Iterable[str], what: str) -> tuple[str, ...]:
    """Check one-word, lower-case lemmas: spaCy lemmas of common words are lower case."""
    out = tuple(values)
    if not out:
        raise ValueError(f"{what} must not be empty")
    for v in out:
        if not isinstance(v, str) or not v:
            raise ValueError(f"{what} must be non-empty strings, got {v!r}")
        if v != v.lower():
            raise ValueError(f"{what} {v!r} must be lower case (write {v.lower()!r})")
        if not _WORD.match(v):
            raise ValueError(
                f"{what} {v!r} must be a single word; express the rest with particle/object/prep"
            )
    return out


def _as_tuple(value: Any) -> Any:
    """Accept a single string where a list of lemmas is expected."""
    return (value,) if isinstance(value, str) else value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PrepConstraint(_Model):
    """A required prepositional phrase on the trigger: `by telephone`, `on sanctions`."""

    word: str
    objects: tuple[str, ...] | None = None

    @field_validator("word")
    @classmethod
    def _word(cls, v: str) -> str:
        return _lower_words([v], "preposition")[0]

    @field_validator("objects", mode="before")
    @classmethod
    def _objects_before(cls, v: Any) -> Any:
        return _as_tuple(v)

    @field_validator("objects")
    @classmethod
    def _objects(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return None if v is None else _lower_words(v, "prep object")


class PloverOverride(_Model):
    """Replaces (parts of) the PLOVER coding the ontology derives from the CAMEO code."""

    event: str | None = None
    mode: str | None = None
    context: str | None = None


class Entry(_Model):
    """One lexicon pattern: a trigger lemma plus constraints, the slots for its actors, its code."""

    id: str = Field(pattern=r"^[a-z0-9]+\.[a-z0-9_]+$")
    lemmas: tuple[str, ...]
    pos: Literal["VERB", "NOUN", "ADJ"] = "VERB"
    particle: str | None = None
    object: tuple[str, ...] | None = None
    prep: PrepConstraint | None = None
    xcomp: tuple[str, ...] | None = None
    source: tuple[str, ...] = ("subj",)
    target: tuple[str, ...] = ("dobj",)
    symmetric: bool = False
    target_required: bool = False
    cameo: str
    plover: PloverOverride | None = None
    priority: int | None = None
    note: str = ""

    @field_validator("lemmas", "object", "xcomp", mode="before")
    @classmethod
    def _str_to_tuple(cls, v: Any) -> Any:
        return _as_tuple(v)

    @field_validator("lemmas")
    @classmethod
    def _lemmas(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _lower_words(v, "lemma")

    @field_validator("object", "xcomp")
    @classmethod
    def _constraint_words(cls, v: tuple[str, ...] | None, info: ValidationInfo) -> tuple[str, ...] | None:
        return None if v is None else _lower_words(v, f"{info.field_name} lemma")

    @field_validator("particle")
    @classmethod
    def _particle(cls, v: str | None) -> str | None:
        return None if v is None else _lower_words([v], "particle")[0]

    @field_validator("source", "target", mode="before")
    @classmethod
    def _slots_before(cls, v: Any) -> Any:
        return _as_tuple(v)

    @field_validator("source", "target")
    @classmethod
    def _slots(cls, v: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        pos = info.data.get("pos", "VERB")
        for slot in v:
            if slot not in PLAIN_SLOTS and not _PREP_SLOT.match(slot):
                raise ValueError(
                    f"unknown slot {slot!r}; use one of {', '.join(sorted(PLAIN_SLOTS))}, "
                    "prep:<word>, obj_prep:<word> or xcomp_prep:<word>"
                )
            if slot in NOUN_ONLY_SLOTS and pos != "NOUN":
                raise ValueError(f"slot {slot!r} is only for NOUN entries (this entry has pos {pos})")
        if info.field_name == "source" and not v:
            raise ValueError("source needs at least one slot")
        return v

    @field_validator("cameo")
    @classmethod
    def _cameo(cls, v: str) -> str:
        if not _CAMEO.match(v):
            raise ValueError(f"CAMEO code {v!r} must be 2-4 digits as a string, e.g. \"041\"")
        return v

    @property
    def root(self) -> str:
        """The two-digit CAMEO root ("04" for 041)."""
        return self.cameo[:2]

    @property
    def constraint_count(self) -> int:
        """How many constraints beyond the lemma: more constraints, more specific."""
        return (
            (self.particle is not None)
            + (self.object is not None)
            + (self.prep is not None)
            + (self.prep is not None and self.prep.objects is not None)
            + (self.xcomp is not None)
        )

    @property
    def specificity(self) -> tuple[int, int]:
        """(priority, number of constraints): the higher, the earlier the entry is tried."""
        return (self.priority or 0, self.constraint_count)


_ALLOWED_FIELDS = ", ".join(Entry.model_fields)


def _format_error(where: str, err: dict[str, Any]) -> str:
    loc = " -> ".join(str(p) for p in err.get("loc", ()))
    kind = err.get("type", "")
    if kind == "extra_forbidden":
        msg = f"unknown field; allowed fields: {_ALLOWED_FIELDS}"
    elif kind == "missing":
        msg = "required field missing"
    else:
        msg = str(err.get("msg", "")).removeprefix("Value error, ")
    return f"{where} [{loc}] {msg}" if loc else f"{where} {msg}"


def _display_name(path: Path) -> str:
    return path.name if path == packaged_path() else str(path)


def packaged_path() -> Path:
    """The lexicon shipped with parley."""
    return Path(str(resources.files("parley") / "data" / "verbs.jsonl"))


def parse_file(path: Path) -> tuple[list[Entry], list[str]]:
    """Read one JSONL lexicon file: its valid entries and one error line per problem.

    Blank lines and lines starting with `#` are skipped so users can annotate their files.
    """
    name = _display_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{name}: cannot read lexicon file ({exc})"]
    entries: list[Entry] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        where = f"{name}:{lineno}"
        try:
            raw = json.loads(stripped)
        except json.JSONDecodeError as exc:
            errors.append(f"{where} invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(raw, dict):
            errors.append(f"{where} expected a JSON object, got {type(raw).__name__}")
            continue
        try:
            entry = Entry.model_validate(raw)
        except ValidationError as exc:
            errors.extend(_format_error(where, e) for e in exc.errors())
            continue
        if entry.id in seen:
            errors.append(f"{where} [id] duplicate id {entry.id!r} (first on line {seen[entry.id]})")
            continue
        seen[entry.id] = lineno
        entries.append(entry)
    return entries, errors


def _expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files as given; directories give their *.jsonl files, sorted."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(path.glob("*.jsonl"))
        else:
            yield path


def _env_paths() -> list[str]:
    value = os.environ.get(ENV_VAR, "").strip()
    return [p for p in value.split(os.pathsep) if p] if value else []


def _code_checker() -> Any:
    """A function code -> bool from parley.ontology, or None when the ontology is unavailable."""
    try:
        from parley.ontology import Ontology  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        ontology = Ontology.load()
    except Exception as exc:  # the ontology's own errors are reported by its own loader
        log.warning("lexicon: CAMEO codes not checked, ontology failed to load: %s", exc)
        return None

    def known(code: str) -> bool:
        try:
            return ontology.cameo(code) is not None
        except Exception:
            return False

    return known


class Lexicon:
    """Validated entries indexed by (lemma, pos) for per-token lookup."""

    def __init__(self, entries: Iterable[Entry], *, version: str = "", files: tuple[Path, ...] = ()) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.version = version or hashlib.sha256(
            "\n".join(e.model_dump_json() for e in self.entries).encode()
        ).hexdigest()
        self.files = files
        self._by_id = {e.id: e for e in self.entries}
        index: dict[tuple[str, str], list[Entry]] = {}
        for entry in self.entries:
            for lemma in entry.lemmas:
                index.setdefault((lemma, entry.pos), []).append(entry)
        key = lambda e: (-(e.priority or 0), -e.constraint_count, e.id)  # noqa: E731
        self._index: dict[tuple[str, str], tuple[Entry, ...]] = {
            k: tuple(sorted(v, key=key)) for k, v in index.items()
        }

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str] | None = None,
        extra_paths: Iterable[str | os.PathLike[str]] = (),
        *,
        use_env: bool = True,
        check_codes: bool = True,
    ) -> Lexicon:
        """Packaged lexicon (or `path`), then `extra_paths`, then files named by $PARLEY_LEXICON.

        Raises LexiconError listing every problem as `file:line [field] message`.
        """
        base = Path(path) if path is not None else packaged_path()
        files = [base, *_expand(extra_paths)]
        if use_env:
            files += list(_expand(_env_paths()))
        merged: dict[str, Entry] = {}
        origin: dict[str, str] = {}
        errors: list[str] = []
        digest = hashlib.sha256()
        for file in files:
            if not file.exists():
                errors.append(f"{_display_name(file)}: lexicon file not found")
                continue
            digest.update(file.read_bytes())
            entries, file_errors = parse_file(file)
            errors.extend(file_errors)
            for entry in entries:
                merged[entry.id] = entry  # same id in a later file replaces the earlier one
                origin[entry.id] = _display_name(file)
        if check_codes:
            known = _code_checker()
            if known is not None:
                errors.extend(
                    f"{origin[e.id]} [cameo] entry {e.id!r}: unknown CAMEO code {e.cameo!r}"
                    for e in merged.values()
                    if not known(e.cameo)
                )
        if errors:
            exc = LexiconError(_error_message(errors))
            exc.errors = errors  # type: ignore[attr-defined]
            raise exc
        return cls(merged.values(), version=digest.hexdigest(), files=tuple(files))

    def by_lemma(self, lemma: str, pos: str = "VERB") -> list[Entry]:
        """Entries triggered by this lemma, most specific first (priority, constraints, id)."""
        return list(self._index.get((lemma, pos), ()))

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __repr__(self) -> str:
        return f"Lexicon({len(self.entries)} entries, version={self.version[:12]})"


def _error_message(errors: list[str]) -> str:
    shown = "\n".join(errors[:20])
    more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
    return f"lexicon does not validate ({len(errors)} problem(s); fix the lines below):\n{shown}{more}"


def lexicon_errors(exc: LexiconError) -> list[str]:
    """The individual `file:line [field] message` lines of a LexiconError from Lexicon.load."""
    return list(getattr(exc, "errors", None) or [str(exc)])


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon plus $PARLEY_LEXICON, loaded once per process."""
    return Lexicon.load()
