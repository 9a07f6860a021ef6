"""Date expressions in a sentence, resolved against the publication date.

An event coder needs *when* an event happened, not when it was reported: "on
Tuesday" in a paper of Thursday 29 December 2016 is 2016-12-27. Candidates come
from a regular grammar of the forms news uses (weekdays, "27 December 2016",
"last month", "in February", "two days ago"...) plus spaCy's DATE entities for
anything else; each is resolved by small deterministic rules, falling back to
`dateparser` (cached) only for texts that look like calendar dates. Durations
("for 70 years"), frequencies ("most weeks"), ages and decades never resolve.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

from spacy.tokens import Span

from parley.records import DateMention, Precision

__all__ = ["find_dates", "resolve_date_text"]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# --- finding candidate extents in raw sentence text (case-sensitive month/day names) ---
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = r"(?:\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
_PREP = r"(?i:on|in|since|during|throughout|until|till|by|from|before|after|of|between|to|and|or)"
_MOD = r"(?:(?i:last|this|next|earlier\s+this|later\s+this|early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)\s*)"
_PART = r"(?:\s+(?i:morning|afternoon|evening|night))"

_EXTENT = re.compile(
    rf"""
    \b(?:
        (?:{_WD},?\s+(?:the\s+)?)?{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?(?![\w-])   # (Tuesday) 27(th) (of) December (2016)
      | (?:{_WD},?\s+)?{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w-])                      # (Tuesday) December 27(, 2016)
      | {_MOD}?{_MON},?\s+{_YEAR}(?![\w-])                                             # (early) February 2016
      | (?:{_MOD}|{_PREP}\s+)?{_MON}\s+(?:of\s+)?(?i:last|this|next)\s+year(?![\w-])      # July last year
      | {_YEAR}-[01]\d-[0-3]\d(?![\w-])                                                # 2016-12-27
      | (?:{_MOD}|{_PREP}\s+){_MON}(?![\w-])(?!\s+\d)                                  # in February / last March
      | (?:(?i:last|next|this)\s+)?{_WD}{_PART}?(?![\w-])                              # (last) Tuesday (night)
      | (?i:yesterday|today|tonight|tomorrow|last\s+night){_PART}?(?![\w-])
      | (?i:(?:earlier|later)\s+this|this|last|next)\s+(?i:month|year)(?![\w-])
      | {_NUM}\s+(?i:days?|weeks?|months?|years?)\s+(?i:ago)(?![\w-])
      | (?:{_MOD}|{_PREP}\s+){_YEAR}(?![\w-]|\s*%|,\d)                                # in 2016 / early 2016
    )
    """,
    re.VERBOSE,
)
_GATE = re.compile(
    rf"{_MON}|{_WD}|(?i:yesterday|today|tonight|tomorrow|month|year|ago|last night)|\b{_YEAR}\b"
)
_LEADING_PREP = re.compile(
    r"^(?i:(?:on|in|at|since|during|throughout|until|till|by|from|before|after|of|between|to|and|or)\s+)+"
)

# --- resolving normalized (lower-case) text ---
_N_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_N_WD = "|".join(WEEKDAYS)
_N_MOD = r"(?:(?P<mod>last|this|next|earlier this|later this|early|late|mid|the end of|the beginning of|the start of|the middle of)\s*)"
_R_DMY = re.compile(
    rf"(?:(?P<wd>{_N_WD})\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_N_MON})(?:\s+(?P<y>\d{{4}}))?"
)
_R_MDY = re.compile(
    rf"(?:(?P<wd>{_N_WD})\s+)?(?P<m>{_N_MON})\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?P<y>\d{{4}}))?"
)
_R_MY = re.compile(rf"{_N_MOD}?(?P<m>{_N_MON})\s+(?P<y>\d{{4}})")
_R_M_RELYEAR = re.compile(rf"{_N_MOD}?(?P<m>{_N_MON})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year")
_R_M = re.compile(rf"{_N_MOD}?(?P<m>{_N_MON})")
_R_Y = re.compile(rf"{_N_MOD}?(?P<y>(?:1[89]|20)\d\d)")
_R_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_R_WD = re.compile(
    rf"(?:(?P<mod>last|next|this)\s+)?(?P<wd>{_N_WD})(?:\s+(?:morning|afternoon|evening|night))?"
)
_R_REL_DAY = re.compile(
    r"(?P<w>yesterday|today|tonight|tomorrow|last night)(?:\s+(?:morning|afternoon|evening|night))?"
)
_R_REL_PERIOD = re.compile(r"(?P<mod>earlier this|later this|this|last|next)\s+(?P<unit>month|year)")
_R_AGO = re.compile(
    r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s+ago"
)
# texts dateparser may see: a month name or a numeric calendar date, never a bare count
_DP_GATE = re.compile(rf"\b(?:{_N_MON})\b|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b")
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "must"}
_FUTURE_HEADS = {"plan", "expect", "schedule", "due", "set", "intend", "going", "hope", "prepare"}


def _normalize(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"(?<=[a-z])\.", "", text)  # Dec. -> dec
    text = re.sub(r"[,;]", " ", text)
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _LEADING_PREP.sub("", text)
    if text.startswith("the ") and not text.startswith(
        ("the end", "the beginning", "the start", "the middle")
    ):
        text = text[4:]
    return text


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day_without_year(m: int, d: int, wd: int | None, published: date, future: bool) -> date | None:
    """Most recent (m, d) not after publication, or the next one when the clause is about the future."""
    options = [
        x for y in (published.year - 1, published.year, published.year + 1) if (x := _safe_date(y, m, d))
    ]
    if wd is not None:  # "Tuesday 27 December": trust the weekday to pick the year
        matching = [x for x in options if x.weekday() == wd]
        if len(matching) == 1:
            return matching[0]
    if future:
        later = [x for x in options if x >= published]
        return later[0] if later else None
    earlier = [x for x in options if x <= published]
    return earlier[-1] if earlier else None


def _month_without_year(m: int, mod: str | None, published: date, future: bool) -> date:
    this_year = date(published.year, m, 1)
    pub_month = date(published.year, published.month, 1)
    if mod == "this":
        return this_year
    if mod == "last":
        return this_year if this_year < pub_month else date(published.year - 1, m, 1)
    if mod == "next" or future:
        return (
            this_year
            if this_year > pub_month or (not mod and this_year == pub_month)
            else date(published.year + 1, m, 1)
        )
    return this_year if this_year <= pub_month else date(published.year - 1, m, 1)


def _weekday(wd: int, mod: str | None, published: date, future: bool) -> date:
    back = (published.weekday() - wd) % 7
    if mod == "last":
        return published - timedelta(days=back or 7)
    if mod == "next" or (future and mod != "this"):
        return published + timedelta(days=(wd - published.weekday()) % 7 or 7)
    return published - timedelta(days=back)


@functools.lru_cache(maxsize=4096)
def _resolve(norm: str, published: date | None, future: bool) -> tuple[date, Precision] | None:
    if m := _R_ISO.fullmatch(norm):
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return (d, "day") if d else None
    for rx in (_R_DMY, _R_MDY):
        if m := rx.fullmatch(norm):
            mon, day = MONTHS[m["m"]], int(m["d"])
            if m["y"]:
                d = _safe_date(int(m["y"]), mon, day)
            elif published is not None:
                d = _day_without_year(mon, day, WEEKDAYS.get(m["wd"] or ""), published, future)
            else:
                d = None
            return (d, "day") if d else None
    if m := _R_MY.fullmatch(norm):
        return date(int(m["y"]), MONTHS[m["m"]], 1), "month"
    if m := _R_Y.fullmatch(norm):
        return date(int(m["y"]), 1, 1), "year"
    if published is None:
        return _dateparser(norm, None, future)
    if m := _R_M_RELYEAR.fullmatch(norm):
        step = {"last": -1, "next": 1}.get(m["rel"], 0)
        return date(published.year + step, MONTHS[m["m"]], 1), "month"
    if m := _R_M.fullmatch(norm):
        mod = {"earlier this": "this", "later this": "this"}.get(m["mod"] or "", m["mod"])
        mod = mod if mod in ("this", "last", "next") else None
        return _month_without_year(MONTHS[m["m"]], mod, published, future), "month"
    if m := _R_WD.fullmatch(norm):
        return _weekday(WEEKDAYS[m["wd"]], m["mod"], published, future), "day"
    if m := _R_REL_DAY.fullmatch(norm):
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(m["w"], 0)
        return published + timedelta(days=shift), "day"
    if m := _R_REL_PERIOD.fullmatch(norm):
        step = {"last": -1, "next": 1}.get(m["mod"], 0)
        if m["unit"] == "year":
            return date(published.year + step, 1, 1), "year"
        return _add_months(published, step), "month"
    if m := _R_AGO.fullmatch(norm):
        n = NUMBERS.get(m["n"]) or int(m["n"])
        if m["unit"] == "day":
            return published - timedelta(days=n), "day"
        if m["unit"] == "week":
            return published - timedelta(weeks=n), "day"
        if m["unit"] == "month":
            return _add_months(published, -n), "month"
        return date(published.year - n, 1, 1), "year"
    return _dateparser(norm, published, future)


def _dateparser(norm: str, published: date | None, future: bool) -> tuple[date, Precision] | None:
    """Last resort for calendar-looking texts our rules do not cover ("27/12/2016", "the 27th of Dec")."""
    if not _DP_GATE.search(norm):
        return None
    parser = _dateparser_for(published, future)
    data = parser.get_date_data(norm)
    if data.date_obj is None:
        return None
    period = data.period if data.period in ("day", "month", "year") else "day"
    value = data.date_obj.date()
    if published is None and not re.search(r"\b\d{4}\b", norm):
        return None  # a year-less date needs a publication date to resolve
    if period == "month":
        value = value.replace(day=1)
    elif period == "year":
        value = value.replace(month=1, day=1)
    return value, period  # type: ignore[return-value]


@functools.lru_cache(maxsize=64)
def _dateparser_for(published: date | None, future: bool):  # noqa: ANN202 - dateparser type
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "future" if future else "past", "DATE_ORDER": "DMY"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    return DateDataParser(languages=["en"], settings=settings)


def resolve_date_text(
    text: str, published: date | None, *, future: bool = False
) -> tuple[date, Precision] | None:
    """Resolve one date expression ("last month", "27 December 2016") to (first day, precision).

    Relative expressions need `published`; without it only absolute dates resolve.
    `future=True` picks the next occurrence for year-less dates ("will meet on 2 December").
    """
    norm = _normalize(text)
    if not norm:
        return None
    if norm.startswith("next "):
        future = True
    return _resolve(norm, published, future)


def _is_future(span: Span) -> bool:
    """Whether the clause the date attaches to talks about the future ("will visit", "is due to")."""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    for _ in range(3):
        auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a in _FUTURE_AUX for a in auxes) and "have" not in auxes:
            return True
        if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_ in _FUTURE_HEADS:
            return True
        if tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and "to" in auxes:  # "is to take effect on ..."
            return True
        if tok.head is tok or tok.dep_ not in ("xcomp", "conj"):
            break
        tok = tok.head
    return False


def find_dates(sent: Span, published: date | None) -> list[DateMention]:
    """Every date expression in `sent` that places an event in time, with article offsets."""
    text = sent.text
    ents = [e for e in sent.ents if e.label_ == "DATE"]
    if not ents and not _GATE.search(text):
        return []
    base = sent.start_char
    doc = sent.doc
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        resolved = resolve_date_text(text[start - base:end - base], published, future=_is_future(span))
        if resolved is None:
            return
        found.append(DateMention(text[start - base:end - base], start, end, resolved[0], resolved[1]))
        taken.append((start, end))

    for m in _EXTENT.finditer(text):
        lead = _LEADING_PREP.match(m.group())
        start = base + m.start() + (lead.end() if lead else 0)
        end = base + m.end()
        while end > start and text[end - 1 - base] in ".,":
            end -= 1
        add(start, end)
    for ent in ents:
        if any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        lead = _LEADING_PREP.match(ent.text)
        add(ent.start_char + (lead.end() if lead else 0), ent.end_char)
    found.sort(key=lambda d: d.start)
    return found
