"""Date expressions resolved against the publication date (parley.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.dates import find_dates, resolve_date_text

THU_29_DEC_2016 = date(2016, 12, 29)


@pytest.fixture(scope="module")
def nlp():
    from parley.nlp import load_model

    return load_model()


def dates_in(nlp, text: str, published: date | None = THU_29_DEC_2016) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(m.text, m.iso, m.precision) for sent in doc.sents for m in find_dates(sent, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Tuesday 27th December 2016", ("2016-12-27", "day")),
        ("27 December 2016", ("2016-12-27", "day")),
        ("December 27, 2016", ("2016-12-27", "day")),
        ("2nd December 2016", ("2016-12-02", "day")),
        ("on 2 December", ("2016-12-02", "day")),
        ("this September", ("2016-09", "month")),
        ("in February", ("2016-02", "month")),
        ("last March", ("2016-03", "month")),
        ("in September 2016", ("2016-09", "month")),
        ("February 2016", ("2016-02", "month")),
        ("earlier this month", ("2016-12", "month")),
        ("last month", ("2016-11", "month")),
        ("next month", ("2017-01", "month")),
        ("yesterday", ("2016-12-28", "day")),
        ("today", ("2016-12-29", "day")),
        ("on Tuesday", ("2016-12-27", "day")),
        ("last Friday", ("2016-12-23", "day")),
        ("next Tuesday", ("2017-01-03", "day")),
        ("two days ago", ("2016-12-27", "day")),
        ("in 2016", ("2016", "year")),
        ("last year", ("2015", "year")),
        ("this year", ("2016", "year")),
        ("throughout 2016", ("2016", "year")),
        ("2016-12-27", ("2016-12-27", "day")),
    ],
)
def test_resolve_date_text_forms(text, expected):
    from parley.records import format_date

    value, precision = resolve_date_text(text, THU_29_DEC_2016)
    assert (format_date(value, precision), precision) == expected


@pytest.mark.parametrize(
    "text",
    ["for 70 years", "most weeks", "hours and days", "three months", "10am", "70th", "the 1990s", "70"],
)
def test_durations_ages_times_and_counts_are_not_dates(text):
    assert resolve_date_text(text, THU_29_DEC_2016) is None


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve_date_text("27 December 2016", None) == (date(2016, 12, 27), "day")
    assert resolve_date_text("February 2016", None) == (date(2016, 2, 1), "month")
    assert resolve_date_text("yesterday", None) is None
    assert resolve_date_text("in February", None) is None
    assert resolve_date_text("on 2 December", None) is None


def test_future_clause_picks_the_next_occurrence():
    assert resolve_date_text("on 2 February", THU_29_DEC_2016, future=True) == (date(2017, 2, 2), "day")
    assert resolve_date_text("on 2 February", THU_29_DEC_2016) == (date(2016, 2, 2), "day")


@pytest.mark.slow
def test_find_dates_offsets_are_article_offsets(nlp):
    text = "Talks were held in Vienna. Lavrov and Kerry spoke by telephone on Tuesday."
    doc = nlp(text)
    sent = list(doc.sents)[1]
    [mention] = find_dates(sent, THU_29_DEC_2016)
    assert text[mention.start : mention.end] == "Tuesday" == mention.text
    assert mention.value == date(2016, 12, 27)


@pytest.mark.slow
def test_find_dates_first_in_february_second_in_september(nlp):
    text = "The two sides held two rounds of talks, the first in February and the second in September."
    assert dates_in(nlp, text, date(2016, 6, 15)) == [
        ("February", "2016-02", "month"),
        ("September", "2015-09", "month"),
    ]
    assert dates_in(nlp, text, THU_29_DEC_2016) == [
        ("February", "2016-02", "month"),
        ("September", "2016-09", "month"),
    ]


@pytest.mark.slow
def test_find_dates_full_and_relative_forms_in_one_sentence(nlp):
    text = (
        "The ceasefire signed on 2nd December 2016 collapsed yesterday, two days after last Friday's strikes."
    )
    assert dates_in(nlp, text) == [
        ("2nd December 2016", "2016-12-02", "day"),
        ("yesterday", "2016-12-28", "day"),
        ("last Friday", "2016-12-23", "day"),
    ]


@pytest.mark.slow
def test_find_dates_skips_durations_frequencies_and_times(nlp):
    text = "The minister, who has served for 12 years and travels most weeks, spoke for three hours at 10am."
    assert dates_in(nlp, text) == []


@pytest.mark.slow
def test_find_dates_future_clause_resolves_forward(nlp):
    text = "Kerry will travel to Moscow on 2 February, the State Department said on Tuesday."
    assert dates_in(nlp, text) == [
        ("2 February", "2017-02-02", "day"),
        ("Tuesday", "2016-12-27", "day"),
    ]


@pytest.mark.slow
def test_find_dates_theresa_may_is_not_a_month(nlp):
    text = "Theresa May met Angela Merkel in Berlin on 12 July 2016."
    assert dates_in(nlp, text) == [("12 July 2016", "2016-07-12", "day")]


def test_month_with_relative_year_is_one_mention():
    assert resolve_date_text("in July last year", date(2016, 3, 21)) == (date(2015, 7, 1), "month")


@pytest.mark.slow
def test_find_dates_obligation_and_is_to_clauses_are_future(nlp):
    published = date(2015, 2, 13)
    assert dates_in(nlp, "The truce is to take effect on 15 February.", published) == [
        ("15 February", "2015-02-15", "day")
    ]
    assert dates_in(nlp, "Rebel groups must reply by noon on Friday.", date(2016, 2, 23)) == [
        ("Friday", "2016-02-26", "day")
    ]
