"""The actor knowledge base: countries, IGOs and armed groups, sector words, people with dated roles.

Knowledge is data: four JSONL files under `parley/data/kb/` (one entry per line), validated by the
pydantic models below. Users extend or correct them with files of the same names and formats,
given as `extra_paths` or in the directory named by the `PARLEY_KB` environment variable: an entry
with the same `id` replaces the packaged one, a new `id` adds an entry.

The resolver feeds `kb.terms()` to a spaCy PhraseMatcher and turns matches into actor codes with
`kb.resolve_term(term, on=date)`; people resolve through the role they held on the event's date.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from parley.errors import LexiconError

ENV_VAR = "PARLEY_KB"
FILES = ("countries.jsonl", "igos.jsonl", "sectors.jsonl", "people.jsonl")

# CAMEO agent (sector) codes the KB may use.
_SECTOR_CODES = (
    "GOV MIL LEG JUD COP SPY REB INS OPP PTY MED BUS CVL REF HLH EDU ELI LAB REL NGO IGO CRM UAF SEP "
    "AGR ENV HRI MOD RAD DEV"
)
SECTORS = frozenset(_SECTOR_CODES.split())
TermKind = Literal[
    "country_name", "adjective", "demonym", "capital", "metonym", "igo", "group", "person", "sector"
]
_COUNTRY_RE = r"^[A-Z]{3}$"
_ORG_CODE_RE = r"^[A-Z]{3}[A-Z0-9]{3}$"


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    note: str = ""
    source: str = ""


class Metonym(BaseModel):
    """A seat of power standing for part of a state: "Kremlin" (RUS GOV), "Pentagon" (USA MIL)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    sector: str | None = None
    note: str = ""

    @field_validator("sector")
    @classmethod
    def _known_sector(cls, v: str | None) -> str | None:
        return _check_sector(v)


class CountryEntry(_Entry):
    code: str = Field(pattern=_COUNTRY_RE)
    iso2: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    name: str
    names: list[str] = []
    adjectives: list[str] = []
    demonyms: list[str] = []
    capitals: list[str] = []
    metonyms: list[Metonym] = []
    un_member: bool = False

    @model_validator(mode="after")
    def _id_is_code(self) -> CountryEntry:
        if self.id != self.code:
            raise ValueError(f"id {self.id!r} must equal code {self.code!r}")
        return self


class IgoEntry(_Entry):
    """An international body (kind igo/ngo) or a non-state armed group (kind group)."""

    kind: Literal["igo", "ngo", "group"]
    code: str = Field(pattern=_ORG_CODE_RE)
    name: str
    names: list[str] = []
    acronyms: list[str] = []
    sector: str
    country: str | None = Field(default=None, pattern=_COUNTRY_RE)
    parent: str | None = None

    @field_validator("sector")
    @classmethod
    def _known_sector(cls, v: str) -> str:
        return _check_sector(v) or v


class SectorEntry(_Entry):
    term: str = Field(min_length=1)
    sector: str
    role: str | None = None
    plural: bool = False

    @field_validator("sector")
    @classmethod
    def _known_sector(cls, v: str) -> str:
        return _check_sector(v) or v

    @field_validator("term")
    @classmethod
    def _lower(cls, v: str) -> str:
        if v != v.lower():
            raise ValueError("sector terms are lower case (they match case-insensitively)")
        return v


class RoleEntry(BaseModel):
    """One office held between two dates; `country` overrides the person's (IGO codes allowed)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    sector: str | None
    start: date
    end: date | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}([A-Z0-9]{3})?$")
    note: str = ""

    @field_validator("sector")
    @classmethod
    def _known_sector(cls, v: str | None) -> str | None:
        return _check_sector(v)

    @model_validator(mode="after")
    def _ordered(self) -> RoleEntry:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"role {self.title!r} ends ({self.end}) before it starts ({self.start})")
        return self


class PersonEntry(_Entry):
    name: str
    aliases: list[str] = []
    country: str = Field(pattern=r"^[A-Z]{3}([A-Z0-9]{3})?$")
    roles: list[RoleEntry] = []


_MODELS: dict[str, type[_Entry]] = {
    "countries.jsonl": CountryEntry,
    "igos.jsonl": IgoEntry,
    "sectors.jsonl": SectorEntry,
    "people.jsonl": PersonEntry,
}


def _check_sector(v: str | None) -> str | None:
    if v is not None and v not in SECTORS:
        raise ValueError(f"unknown sector code {v!r}; use one of {', '.join(sorted(SECTORS))}")
    return v


@dataclass(frozen=True, slots=True)
class Term:
    """A surface form for the PhraseMatcher.

    `attr` is the token attribute to match on: "ORTH" (exact case: acronyms such as "US", "UN" and
    capitalised names, so "us"/"turkey" do not match) or "LOWER" (lower-case words and phrases such
    as "foreign minister", "the Kremlin"). `sector` is set for metonyms, groups and sector words.
    """

    text: str
    kind: str
    entry_id: str
    attr: str = "ORTH"
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    country: str | None
    sector: str | None
    start: date
    end: date | None

    @property
    def code(self) -> str:
        return code_for(self.country, self.sector)


@dataclass(frozen=True, slots=True)
class TermActor:
    """What a matched term stands for: a code plus its parts, and the entry that said so."""

    code: str
    country: str | None
    sector: str | None
    name: str
    entry_id: str
    role: Role | None = None


def code_for(country: str | None, sector: str | None) -> str:
    """Compose a CAMEO-style code: RUS + GOV -> RUSGOV; an IGO code (IGOUNO) is already complete."""
    country = country or ""
    sector = sector or ""
    if len(country) == 6 or (sector in {"IGO", "NGO"} and country.startswith(sector)):
        return country
    return country + sector


def _attr_for(text: str) -> str:
    """ORTH for acronyms and capitalised names, LOWER for forms that start lower case."""
    return "LOWER" if text[:1].islower() else "ORTH"


def ascii_fold(text: str) -> str:
    """ "Erdoğan" -> "Erdogan", "Élysée" -> "Elysee": news often drops diacritics."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("’", "'")


class KnowledgeBase:
    """Loaded, validated and layered KB with lookups by id, term and date."""

    def __init__(
        self,
        countries: dict[str, CountryEntry],
        igos: dict[str, IgoEntry],
        sectors: dict[str, SectorEntry],
        people: dict[str, PersonEntry],
        version: str,
        files: tuple[Path, ...],
    ) -> None:
        self.countries = countries
        self.igos = igos
        self.sectors = sectors
        self.people = people
        self.version = version
        self.files = files
        self._sector_by_term = {e.term: e for e in sectors.values()}
        self._terms: list[Term] | None = None

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, extra_paths: Sequence[Path | str] = ()) -> KnowledgeBase:
        """Packaged files, then `$PARLEY_KB` files, then `extra_paths` (directories or files)."""
        sources: list[Path] = []
        packaged = resources.files("parley") / "data" / "kb"
        sources.extend(Path(str(packaged / name)) for name in FILES)
        layers: list[Path] = []
        env = os.environ.get(ENV_VAR)
        if env:
            layers.extend(Path(p) for p in env.split(os.pathsep) if p)
        layers.extend(Path(p) for p in extra_paths)
        for layer in layers:
            sources.extend(_user_files(layer))

        tables: dict[str, dict[str, _Entry]] = {name: {} for name in FILES}
        digest = hashlib.sha256()
        used: list[Path] = []
        for path in sources:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise LexiconError(f"{path}: cannot read knowledge-base file ({exc})") from exc
            digest.update(path.name.encode() + b"\0" + data + b"\0")
            used.append(path)
            tables[path.name].update(_parse(path, data, _MODELS[path.name]))
        return cls(
            countries=tables["countries.jsonl"],  # type: ignore[arg-type]
            igos=tables["igos.jsonl"],  # type: ignore[arg-type]
            sectors=tables["sectors.jsonl"],  # type: ignore[arg-type]
            people=tables["people.jsonl"],  # type: ignore[arg-type]
            version=digest.hexdigest(),
            files=tuple(used),
        )

    # -- lookups ----------------------------------------------------------------------------
    def country(self, code: str) -> CountryEntry | None:
        return self.countries.get(code.upper())

    def igo(self, id: str) -> IgoEntry | None:
        return self.igos.get(id)

    def person(self, id: str) -> PersonEntry | None:
        return self.people.get(id)

    def sector_term(self, text: str) -> SectorEntry | None:
        """The sector entry for a word or phrase ("foreign minister", "Troops"); None if unknown."""
        key = " ".join(text.lower().split())
        entry = self._sector_by_term.get(key)
        if entry is None and key.startswith("the "):
            entry = self._sector_by_term.get(key[4:])
        return entry

    def role_of(self, person_id: str, on: date | None = None) -> Role | None:
        """The role held on `on` (start <= on < end; first listed wins), or the latest if `on` is None."""
        person = self.people.get(person_id)
        if person is None or not person.roles:
            return None
        if on is None:
            current = [r for r in person.roles if r.end is None]
            chosen = current[0] if current else max(person.roles, key=lambda r: r.start)
        else:
            held = [r for r in person.roles if r.start <= on and (r.end is None or on < r.end)]
            if not held:
                return None
            chosen = held[0]
        return Role(chosen.title, chosen.country or person.country, chosen.sector, chosen.start, chosen.end)

    def code_for(self, country: str | None, sector: str | None) -> str:
        return code_for(country, sector)

    def terms(self) -> list[Term]:
        """Every surface form, with how to match it (built once per KB)."""
        if self._terms is None:
            self._terms = list(_dedupe(self._iter_terms()))
        return self._terms

    def resolve_term(self, term: Term, on: date | None = None) -> TermActor | None:
        """The actor a matched term stands for; people through their role on `on`."""
        eid = term.entry_id
        if term.kind in {"country_name", "adjective", "demonym", "capital", "metonym"}:
            c = self.countries.get(eid)
            if c is None:
                return None
            sector = None
            if term.kind == "capital":
                sector = "GOV"
            elif term.kind == "metonym":
                sector = term.sector or "GOV"
            return TermActor(code_for(c.code, sector), c.code, sector, c.name, eid)
        if term.kind in {"igo", "group"}:
            g = self.igos.get(eid)
            if g is None:
                return None
            return TermActor(g.code, g.country, g.sector, g.name, eid)
        if term.kind == "person":
            p = self.people.get(eid)
            if p is None:
                return None
            role = self.role_of(eid, on)
            if role is None:
                return TermActor(code_for(p.country, None), p.country, None, p.name, eid)
            return TermActor(role.code, role.country, role.sector, p.name, eid, role)
        if term.kind == "sector":
            s = self.sectors.get(eid)
            return None if s is None else TermActor(s.sector, None, s.sector, s.role or s.term, eid)
        return None

    def _iter_terms(self) -> Iterable[Term]:
        for c in self.countries.values():
            for kind, forms in (
                ("country_name", [c.name, *c.names]),
                ("adjective", c.adjectives),
                ("demonym", c.demonyms),
                ("capital", c.capitals),
            ):
                for text in _with_folded(forms):
                    yield Term(text, kind, c.id, _attr_for(text))
            for m in c.metonyms:
                for text in _with_folded([m.text]):
                    yield Term(text, "metonym", c.id, _attr_for(text), m.sector or "GOV")
        for g in self.igos.values():
            kind = "group" if g.kind == "group" else "igo"
            for text in _with_folded([g.name, *g.names]):
                yield Term(text, kind, g.id, _attr_for(text), g.sector)
            for text in g.acronyms:
                yield Term(text, kind, g.id, "ORTH", g.sector)
                if len(text) >= 4 and text.isalpha() and text.isupper():
                    yield Term(text.title(), kind, g.id, "ORTH", g.sector)  # British style: "Nato", "Farc"
        for s in self.sectors.values():
            yield Term(s.term, "sector", s.id, "LOWER", s.sector)
        for p in self.people.values():
            for text in _with_folded([p.name, *p.aliases]):
                yield Term(text, "person", p.id, _attr_for(text))


def _with_folded(forms: Iterable[str]) -> list[str]:
    out: list[str] = []
    for f in forms:
        out.append(f)
        folded = ascii_fold(f)
        if folded != f:
            out.append(folded)
    return out


def _dedupe(terms: Iterable[Term]) -> Iterable[Term]:
    seen: set[tuple[str, str, str]] = set()
    for t in terms:
        key = (t.text, t.kind, t.entry_id)
        if key not in seen:
            seen.add(key)
            yield t


def _user_files(layer: Path) -> list[Path]:
    """KB files in a user directory (known names only), or the file itself."""
    if layer.is_dir():
        return [layer / name for name in FILES if (layer / name).is_file()]
    if layer.name not in _MODELS:
        raise LexiconError(
            f"{layer}: not a knowledge-base file; name it one of {', '.join(FILES)} or pass its directory"
        )
    if not layer.is_file():
        raise LexiconError(f"{layer}: knowledge-base file not found")
    return [layer]


def _parse(path: Path, data: bytes, model: type[_Entry]) -> dict[str, _Entry]:
    """Validate one JSONL file; errors name `file:line [field path]` and what is wrong."""
    entries: dict[str, _Entry] = {}
    for lineno, raw in enumerate(data.decode("utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(
                f"{path}:{lineno} [line] invalid JSON: {exc.msg} (column {exc.colno})"
            ) from exc
        try:
            entry = model.model_validate(obj)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(x) for x in first["loc"]) or "entry"
            more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
            raise LexiconError(f"{path}:{lineno} [{loc}] {first['msg']}{more}") from exc
        if entry.id in entries:
            raise LexiconError(f"{path}:{lineno} [id] duplicate id {entry.id!r} in the same file")
        entries[entry.id] = entry
    return entries


@functools.lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The KB every stage shares in a process (packaged files plus `$PARLEY_KB`)."""
    return KnowledgeBase.load()


def slug(text: str) -> str:
    """Lower-case ASCII id from a name: "Sergei Lavrov" -> "sergei-lavrov"."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")
