"""Event filters -> SQL: one place that validates query arguments and builds WHERE clauses.

Every malformed argument raises `QueryError` with one line naming the argument and the fix.
Actor arguments are CAMEO codes (RUS, USAGOV, IGOUNO) or names the knowledge base knows
("Russia", "Lavrov"); names resolve to codes, people to their KB entry.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from parley.errors import ParleyError, QueryError
from parley.records import MODALITIES

log = logging.getLogger(__name__)

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# without --modality, queries and counts use these (negated, future... only on request)
FACTUAL = ["asserted", "reported"]
_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,9}$")


@dataclass(frozen=True)
class ActorSpec:
    """A resolved actor argument: match on a code (prefix) or on a KB entry id."""

    arg: str
    code: str | None = None
    kb_id: str | None = None

    def sql(self, side: str) -> tuple[str, list[Any]]:
        if self.kb_id:
            return f"{side}_kb_id = ?", [self.kb_id]
        return (f"({side}_key = ? OR starts_with({side}_code, ?))", [self.code, self.code])


def resolve_actor(arg: str) -> ActorSpec:
    """'RUS' -> code RUS; 'Russia' -> RUS via the KB; 'Lavrov' -> his KB entry."""
    text = arg.strip()
    if not text:
        raise QueryError("empty actor: give a CAMEO code (RUS) or a name (Russia)")
    if _CODE.match(text):
        return ActorSpec(text, code=text)
    folded = text.casefold()
    try:
        from parley.actors.kb import default_kb

        kb = default_kb()
        for term in kb.terms():
            if term.text.casefold() == folded:
                actor = kb.resolve_term(term)
                if actor is None:
                    continue
                if term.kind == "person":
                    return ActorSpec(text, kb_id=actor.entry_id)
                return ActorSpec(text, code=actor.code if term.kind in {"igo", "group"}
                                 else actor.country or actor.code)
    except (ImportError, ParleyError) as exc:  # no usable KB: fall back to ISO country names
        log.debug("knowledge base unavailable for actor names: %s", exc)
    import pycountry

    try:
        return ActorSpec(text, code=pycountry.countries.lookup(text).alpha_3)
    except LookupError:
        pass
    try:
        best = pycountry.countries.search_fuzzy(text)[0]
        names = [getattr(best, n, "") or "" for n in ("name", "common_name", "official_name")]
        if any(n.casefold().startswith(folded) for n in names):
            return ActorSpec(text, code=best.alpha_3)
    except LookupError:
        pass
    raise QueryError(f"unknown actor {arg!r}: give a CAMEO code (e.g. RUS, USAGOV) or a name the "
                     "knowledge base knows (e.g. Russia)")


def parse_date(value: str | date | None, name: str) -> date | None:
    """'2016', '2016-12' or '2016-12-27' -> a date (first day); anything else is an error."""
    if value is None or isinstance(value, date):
        return value
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    if m:
        y, mo, d = (int(g) if g else 1 for g in m.groups())
        try:
            return date(y, mo, d)
        except ValueError:
            pass
    raise QueryError(f"{name}: {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")


def _until_end(value: str | date | None) -> date | None:
    """--until 2016 means through 2016-12-31; 2016-12 through 2016-12-31."""
    if value is None or isinstance(value, date):
        return value
    first = parse_date(value, "--until")
    parts = value.strip().count("-")
    if parts == 0:
        return date(first.year, 12, 31)
    if parts == 1:
        nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return first


@dataclass
class EventQuery:
    """Filters shared by `parley events`, `dyad`, `actors` and the exports (all optional)."""

    actors: list[str] = field(default_factory=list)
    dyad: tuple[str, str] | None = None
    directed: bool = False
    countries: list[str] = field(default_factory=list)
    cameo: list[str] = field(default_factory=list)
    plover: list[str] = field(default_factory=list)
    quad: list[int] = field(default_factory=list)
    modality: list[str] = field(default_factory=list)
    since: str | date | None = None
    until: str | date | None = None
    place: str | None = None
    text: str | None = None
    article: str | None = None

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """SQL condition on the events table (columns prefixed with `alias.`) and its parameters."""
        p = f"{alias}." if alias else ""
        conds: list[str] = []
        params: list[Any] = []

        def add(sql: str, values: list[Any]) -> None:
            conds.append(sql)
            params.extend(values)

        for arg in self.actors:
            spec = resolve_actor(arg)
            s_sql, s_par = spec.sql(p + "source")
            t_sql, t_par = spec.sql(p + "target")
            add(f"({s_sql} OR {t_sql})", s_par + t_par)
        if self.dyad is not None:
            a, b = (resolve_actor(x) for x in self.dyad)
            as_, ap = a.sql(p + "source")
            bt, bp = b.sql(p + "target")
            fwd, fwd_p = f"({as_} AND {bt})", ap + bp
            if self.directed:
                add(fwd, fwd_p)
            else:
                bs, bsp = b.sql(p + "source")
                at, atp = a.sql(p + "target")
                add(f"({fwd} OR ({bs} AND {at}))", fwd_p + bsp + atp)
        elif self.directed:
            raise QueryError("--directed needs --dyad A,B (or `parley dyad A B`)")
        for c in self.countries:
            code = resolve_actor(c).code
            if code is None:
                raise QueryError(f"--country {c!r}: give a country code (RUS) or a country name")
            add(f"({p}source_country = ? OR {p}target_country = ? OR {p}location_country = ?)",
                [code[:3]] * 3)
        if self.cameo:
            for c in self.cameo:
                if not re.fullmatch(r"\d{2,4}", c):
                    raise QueryError(f"--cameo {c!r}: give a CAMEO code or prefix of 2-4 digits (04, 042)")
            add("(" + " OR ".join(f"starts_with({p}cameo, ?)" for _ in self.cameo) + ")", list(self.cameo))
        if self.plover:
            types = [t.upper() for t in self.plover]
            bad = [t for t in types if t not in PLOVER_TYPES]
            if bad:
                raise QueryError(f"--plover {bad[0]!r}: not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
            add(f"{p}plover_event IN (SELECT unnest(?))", [types])
        if self.quad:
            bad_q = [q for q in self.quad if q not in QUAD_NAMES]
            if bad_q:
                raise QueryError(f"--quad {bad_q[0]}: QuadClass is 1-4 (1 verbal cooperation, 2 material "
                                 "cooperation, 3 verbal conflict, 4 material conflict)")
            add(f"{p}quad_class IN (SELECT unnest(?))", [list(self.quad)])
        bad_m = [m for m in self.modality if m not in MODALITIES and m != "all"]
        if bad_m:
            raise QueryError(f"--modality {bad_m[0]!r}: use all or one of {', '.join(MODALITIES)}")
        if "all" not in self.modality:
            add(f"{p}modality IN (SELECT unnest(?))", [list(self.modality or FACTUAL)])
        since, until = parse_date(self.since, "--since"), _until_end(self.until)
        if since and until and since > until:
            raise QueryError(f"--since {since} is after --until {until}")
        if since:
            add(f"{p}date >= ?", [since])
        if until:
            add(f"{p}date <= ?", [until])
        if self.place:
            add(f"(lower({p}location_name) = lower(?) OR lower({p}location_text) = lower(?) "
                f"OR {p}location_country = upper(?))", [self.place] * 3)
        if self.text:
            add(f"contains(lower({p}sentence), lower(?))", [self.text])
        if self.article:
            add(f"{p}article_id = ?", [self.article])
        return (" AND ".join(conds) or "TRUE"), params

