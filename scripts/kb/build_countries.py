"""Generate src/parley/data/kb/countries.jsonl (dev time only; the committed JSONL is what ships).

Skeleton: every ISO 3166-1 country from pycountry (names, alpha-2/alpha-3). Capitals and adjectives
for countries not hand-checked come from the `countryinfo` package (MIT); the hand-checked table in
country_extras.py overrides both. Run:

    pip install countryinfo   # in a throwaway environment; not a runtime dependency
    python scripts/kb/build_countries.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry
from countryinfo import CountryInfo

sys.path.insert(0, str(Path(__file__).parent))
from country_extras import BAD_CAPITALS, CAPITAL_OK, EXTRAS, KOSOVO, NOT_UN_MEMBERS  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "src" / "parley" / "data" / "kb" / "countries.jsonl"
SOURCE = "ISO 3166-1 via pycountry; capitals/adjectives via countryinfo unless hand-checked"

# countryinfo demonyms that are wrong or dated as English adjectives.
ADJ_FIX = {"Argentinean": "Argentine", "Kirghiz": "Kyrgyz", "Tadzhik": "Tajik", "Maldivan": "Maldivian",
           "Cape Verdian": "Cape Verdean", "Djibouti": "Djiboutian", "Gibraltar": "Gibraltarian",
           "Comoran": "Comorian", "Surinamer": "Surinamese", "Icelander": "Icelandic",
           "Luxembourger": "Luxembourgish", "Guadeloupian": "Guadeloupean", "Kazakhstani": "Kazakh",
           "Uzbekistani": "Uzbek", "Christmas Island": "Christmas Island"}


# ISO short names that news uses for another country ("Congo" is usually the DRC).
DROP_NAMES = {"Congo"}


def plural_demonym(adj: str) -> str:
    """'Russian' -> 'Russians'; 'Chinese' -> 'the Chinese' (words that do not take -s)."""
    if adj.endswith(("ese", "sh", "ch", "ss", "y")) and adj not in {"Czech"}:
        return f"the {adj}"
    return adj + "s"


def build() -> list[dict]:
    rows = []
    for c in pycountry.countries:
        code = c.alpha_3
        try:
            info = CountryInfo(code).info()
        except Exception:  # noqa: BLE001 - countryinfo lacks a few territories
            info = {}
        extra = EXTRAS.get(code, {})
        iso_name = c.name
        name = extra.get("name") or getattr(c, "common_name", None) or info.get("name") or iso_name
        names = [iso_name, getattr(c, "official_name", None), getattr(c, "common_name", None), info.get("name")]
        names += extra.get("names", [])
        names = _uniq(n for n in names if n and n != name and "," not in n and "(" not in n and n not in DROP_NAMES)

        adjs = extra.get("adjectives")
        if adjs is None:
            raw = (info.get("demonym") or "").split(",")
            adjs = [ADJ_FIX.get(a.strip(), a.strip()) for a in raw if a.strip()]
        dems = extra.get("demonyms")
        if dems is None:
            dems = [plural_demonym(a) for a in adjs if " " not in a or a.split()[-1][0].isupper()]
        caps = extra.get("capitals")
        sovereign = code not in NOT_UN_MEMBERS or code in CAPITAL_OK
        if caps is None:
            cap = info.get("capital") or ""
            caps = [cap] if cap and sovereign and "/" not in cap else []
        caps = [x for x in caps if x not in BAD_CAPITALS]
        mets = [{"text": t, "sector": s} for t, s in extra.get("metonyms", [])]
        bare = {m["text"] for m in mets}
        mets = [m for m in mets if not (m["text"].startswith("the ") and m["text"][4:] in bare)]
        name_set = {name, *names}
        rows.append({
            "id": code, "code": code, "iso2": c.alpha_2, "name": name, "names": names,
            "adjectives": [a for a in _uniq(adjs) if a not in name_set],
            "demonyms": _uniq(dems), "capitals": _uniq(caps), "metonyms": mets,
            "un_member": code not in NOT_UN_MEMBERS,
            "source": SOURCE,
            "note": "hand-checked" if code in EXTRAS else "generated",
        })
    k = dict(KOSOVO)
    rows.append({"id": k["code"], **{f: k[f] for f in ("code", "iso2", "name", "names", "adjectives",
                                                         "demonyms", "capitals")},
                 "metonyms": [], "un_member": False, "source": "hand-written", "note": k["note"]})
    _check_unique(rows)
    return rows


def _uniq(items) -> list[str]:
    seen: dict[str, None] = {}
    for i in items:
        seen.setdefault(i, None)
    return list(seen)


def _check_unique(rows: list[dict]) -> None:
    """A surface form must point at one country, or the resolver cannot decide."""
    owner: dict[str, str] = {}
    for r in rows:
        forms = [r["name"], *r["names"], *r["adjectives"], *r["demonyms"], *r["capitals"],
                 *(m["text"] for m in r["metonyms"])]
        for f in set(forms):
            if f in owner and owner[f] != r["code"]:
                print(f"warning: {f!r} used by {owner[f]} and {r['code']}", file=sys.stderr)
            owner.setdefault(f, r["code"])


def main() -> None:
    rows = build()
    members = sum(r["un_member"] for r in rows)
    assert members == 193, f"expected 193 UN members, got {members}"
    sys.path.insert(0, str(Path(__file__).parent))
    from build_tables import write  # keeps hand-added entries

    write(OUT.name, rows)
    print(f"wrote {len(rows)} countries ({members} UN members) to {OUT}")


if __name__ == "__main__":
    main()
