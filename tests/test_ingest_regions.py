"""find_regions: exact spans for titles, credits, bylines, disclaimers and editor's notes."""

from __future__ import annotations

import json
import time

import pytest

from parley.errors import LexiconError
from parley.ingest import find_regions, load_patterns
from parley.records import Article


def spans(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(r.kind, text[r.start : r.end]) for r in find_regions(text, title)]


def test_regions_of_a_wire_story():
    text = (
        "Iran and world powers strike nuclear deal in Vienna\n"
        "By Jane Doe and John Roe, Reuters\n"
        "VIENNA, July 14 (Reuters) -\n"
        "Iran and six world powers reached an agreement on Tuesday that limits Tehran's nuclear work.\n"
        "\u00a9 Reuters/Heinz-Peter Bader\n"
        "Foreign Minister Mohammad Javad Zarif said the accord was a win for diplomacy.\n"
        "\n"
        "Comment: The agreement came after almost two years of negotiations, and critics in Washington\n"
        "promised to block it in Congress.\n"
        "\n"
        "Photo: Getty Images\n"
        "Updated: 14 July 2015 10:32 BST\n"
        "By Tuesday evening, Israel had called the deal a historic mistake.\n"
        "The views expressed in this article are those of the author and do not\n"
        "necessarily reflect the editorial policy of this site.\n"
        "Copyright 2015 Example News. All rights reserved.\n"
        "[Editor's note: This story was updated on July 15\n"
        "to add the reaction from Israel.]\n"
        "Jane Doe is a diplomatic correspondent based in Vienna.\n"
    )
    assert spans(text) == [
        ("title", "Iran and world powers strike nuclear deal in Vienna"),
        ("byline", "By Jane Doe and John Roe, Reuters\nVIENNA, July 14 (Reuters) -"),
        ("credit", "\u00a9 Reuters/Heinz-Peter Bader"),
        (
            "editorial",
            "Comment: The agreement came after almost two years of negotiations, and critics in Washington\n"
            "promised to block it in Congress.",
        ),
        ("credit", "Photo: Getty Images"),
        ("byline", "Updated: 14 July 2015 10:32 BST"),
        (
            "disclaimer",
            "The views expressed in this article are those of the author and do not\n"
            "necessarily reflect the editorial policy of this site.\n"
            "Copyright 2015 Example News. All rights reserved.",
        ),
        ("editorial", "[Editor's note: This story was updated on July 15\nto add the reaction from Israel.]"),
        ("byline", "Jane Doe is a diplomatic correspondent based in Vienna."),
    ]


def test_editorial_regions_are_coded_as_editorial_and_others_excluded():
    text = (
        "Venezuela expelled the US charge d'affaires on Tuesday.\n"
        "Ed. note: Our correspondent was also expelled last year.\n"
        "Photo by Ana Lopez/AFP\n"
    )
    art = Article(id="v", text=text, regions=find_regions(text))
    assert art.voice_at(0) == "article"
    assert art.voice_at(text.index("Our correspondent")) == "editorial"
    assert art.voice_at(text.index("Ana Lopez")) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By JANE DOE", "byline"),
        ("Posted by diplomacy desk on 3 March", "byline"),
        ("Jane Doe | Reuters", "byline"),
        ("Reporting by Jane Doe; Editing by John Roe", "byline"),
        ("MOSCOW, March 18 (AFP) \u2014", "byline"),
        ("Friday, 18 March 2016 14:05 GMT", "byline"),
        ("Image: AFP/Getty", "credit"),
        ("Troops patrol the border near Kiev. (Reuters/Gleb Garanich)", "credit"),
        ("(c) Example Press 2016", "credit"),
        ("This article was originally published by Example Review.", "disclaimer"),
        ("Subscribe to our daily briefing", "disclaimer"),
        ("Share this:", "disclaimer"),
        ("Follow us on Twitter", "disclaimer"),
        ("Read more: Crimea vote explained", "disclaimer"),
        ("Related: Sanctions tracker", "disclaimer"),
        ("Advertisement", "boilerplate"),
        ("Editor\u2019s note: The author advised the Ukrainian government in 2014.", "editorial"),
        ("UPDATE: The Kremlin later denied the report.", "editorial"),
    ],
)
def test_single_line_kinds(line, kind):
    text = f"Russia annexed Crimea after a disputed referendum, and Western governments responded with sanctions.\n{line}\nThe European Union extended its sanctions in June."
    assert spans(text) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the talks in Geneva had collapsed.",
        "Reuters reported that Russian troops had entered Crimea.",
        "The Associated Press photographer was detained for two hours by police in Simferopol.",
        "Protesters shouted that the referendum was illegal.",
        "Comments by the Russian foreign minister angered Kiev.",
        "Updates on the crisis were posted by the ministry every hour, officials said.",
    ],
)
def test_reporting_lines_are_not_marked(line):
    text = f"Russia annexed Crimea after a disputed referendum, and Western governments responded.\n{line}\nThe European Union extended its sanctions in June."
    assert spans(text) == []


def test_known_title_is_marked_even_after_a_dateline():
    text = "March 18, 2016\nEU and Turkey agree migrant deal\nThe European Union and Turkey agreed a deal on migrants."
    assert spans(text, title="EU and Turkey agree migrant deal") == [
        ("byline", "March 18, 2016"),
        ("title", "EU and Turkey agree migrant deal"),
    ]


def test_first_sentence_with_a_period_is_not_a_title():
    text = "Iraq declared victory over Islamic State in Mosul.\nThe battle lasted nine months."
    assert spans(text) == []


def test_single_line_article_has_no_title():
    assert spans("Iraq declared victory over Islamic State in Mosul") == []


def test_crlf_free_offsets_are_exact_with_indentation():
    text = "  Kurds vote in independence referendum\n\n   By John Roe  \n\nKurds voted on Monday."
    regions = find_regions(text)
    assert [(r.kind, text[r.start : r.end]) for r in regions] == [
        ("title", "Kurds vote in independence referendum"),
        ("byline", "By John Roe"),
    ]


def test_user_patterns_extend_and_override(tmp_path):
    user = tmp_path / "mine.jsonl"
    user.write_text(
        json.dumps({"id": "mine.wire", "kind": "boilerplate", "pattern": "^--- wire copy ---$"}) + "\n",
        encoding="utf-8",
    )
    pats = load_patterns([user])
    text = "Chad closed its border with Libya.\n--- wire copy ---\nThe army was put on alert."
    regions = find_regions(text, patterns=pats)
    assert [(r.kind, r.reason) for r in regions] == [("boilerplate", "mine.wire")]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "kind": "footer", "pattern": "a"}', "kind 'footer' is not one of"),
        ('{"id": "x", "kind": "credit", "pattern": "("}', "bad regex in pattern 'x'"),
        ('{"id": "x", "kind": "credit"}', "missing pattern"),
        ('{"id": "x", "kind": "credit", "pattern": "a", "colour": 1}', "unknown field(s) ['colour']"),
        ("not json", "not valid JSON"),
    ],
)
def test_bad_user_patterns_name_the_file_and_line(tmp_path, line, message):
    user = tmp_path / "bad.jsonl"
    user.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_patterns([user])
    assert str(exc.value).startswith(f"{user}:2: ")
    assert message in str(exc.value)


def test_region_detection_is_fast():
    para = (
        "Iran and six world powers reached an agreement on Tuesday that limits Tehran's nuclear work "
        "in return for an end to international sanctions, officials said in Vienna.\n"
    )
    text = "Iran deal reached\nBy Jane Doe\n" + para * 20 + "Comment: A long road.\nAll rights reserved.\n"
    find_regions(text)
    start = time.perf_counter()
    for _ in range(100):
        find_regions(text)
    per_article_ms = (time.perf_counter() - start) * 10
    assert per_article_ms < 5, per_article_ms  # ~0.3 ms on a quiet machine


def test_env_var_adds_user_patterns(tmp_path, monkeypatch):
    user = tmp_path / "env.jsonl"
    user.write_text('{"id": "env.tag", "kind": "boilerplate", "pattern": "^#\\\\w+$"}\n', encoding="utf-8")
    monkeypatch.setenv("PARLEY_BOILERPLATE", str(user))
    text = "Peru's congress removed the president from office.\n#LatinAmerica\nProtests followed in Lima."
    assert spans(text) == [("boilerplate", "#LatinAmerica")]
