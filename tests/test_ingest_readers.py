"""Readers: .txt, .html, .jsonl, directories and stdin -> Article records."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from parley.ingest import article_id_for, read_inputs
from parley.records import Article, InputError

FIX = Path(__file__).parent / "fixtures" / "ingest"


def _one(path: Path | str, **kw) -> Article | InputError:
    items = list(read_inputs([str(path)], **kw))
    assert len(items) == 1, items
    return items[0]


def test_txt_article_id_text_date_and_title():
    art = _one(FIX / "iran_deal.txt", published=date(2015, 7, 14))
    assert isinstance(art, Article)
    assert art.id == "iran_deal"
    assert art.published == date(2015, 7, 14)
    assert art.text == (FIX / "iran_deal.txt").read_text(encoding="utf-8")
    assert art.title == "Iran and world powers strike nuclear deal in Vienna"
    assert art.origin == str(FIX / "iran_deal.txt")
    kinds = [r.kind for r in art.regions]
    assert kinds == ["title", "byline", "credit", "editorial", "disclaimer"]


def test_txt_crlf_newlines_are_normalised_and_offsets_fit_the_text():
    art = _one(FIX / "corpus" / "b_paris_crlf.txt")
    assert isinstance(art, Article)
    assert "\r" not in art.text
    assert art.text.startswith("Paris climate agreement adopted\nDelegates")
    assert art.published is None
    (title,) = art.regions
    assert art.text[title.start : title.end] == "Paris climate agreement adopted"


def test_html_main_text_title_and_page_date():
    art = _one(FIX / "page.html")
    assert isinstance(art, Article)
    assert art.id == "page"
    assert art.title == "Colombia and FARC rebels sign peace accord"
    assert art.published == date(2016, 9, 26)
    assert "signed a peace agreement in Cartagena" in art.text
    for furniture in ("Sign in", "Privacy policy", "All rights reserved", "Sport"):
        assert furniture not in art.text
    assert art.regions[0].kind == "title"


def test_html_published_argument_wins_over_page_date():
    art = _one(FIX / "page.html", published=date(2016, 9, 27))
    assert isinstance(art, Article) and art.published == date(2016, 9, 27)


def test_html_without_article_text_is_an_error(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text(
        "<html><head><title>Loading</title></head><body><script>start()</script></body></html>",
        encoding="utf-8",
    )
    err = _one(page)
    assert err == InputError(
        str(page),
        "no article text found in the HTML page (trafilatura extracted nothing); save the article body as .txt",
    )


def test_jsonl_good_and_malformed_lines():
    path = FIX / "batch.jsonl"
    items = list(read_inputs([str(path)], published=date(2020, 1, 1)))
    got = [(i.id, i.published, i.origin) if isinstance(i, Article) else (i.input, i.reason) for i in items]
    p = str(path)
    assert got == [
        ("brexit-1", date(2016, 6, 24), f"{p}:1"),
        ("minsk-1", date(2015, 2, 12), f"{p}:2"),
        ("no-date", date(2020, 1, 1), f"{p}:3"),  # missing date: the --published fallback
        (f"{p}:4", "not valid JSON (Expecting value at column 1); one JSON object per line"),
        (f"{p}:5", 'expected a JSON object with "id" and "text", got an array'),
        (f"{p}:6", 'empty "id"; every JSONL record needs a unique "id"'),
        (f"{p}:7", "empty text (only whitespace)"),
        (f"{p}:8", "bad \"published\" date '24/11/2015'; use an ISO date like 2015-07-14"),
        (f"{p}:9", f"duplicate id 'brexit-1' (first seen in {p}:1); give each article a unique id"),
        ("last", date(2016, 1, 4), f"{p}:11"),  # blank line 10 skipped
    ]
    first = items[0]
    assert isinstance(first, Article)
    assert (first.title, first.url, first.source) == (
        "Britain votes to leave the EU",
        "https://example.org/brexit",
        "Example Wire",
    )


def test_jsonl_missing_date_without_fallback_is_none():
    items = list(read_inputs([str(FIX / "batch.jsonl")]))
    no_date = next(i for i in items if isinstance(i, Article) and i.id == "no-date")
    assert no_date.published is None


def test_jsonl_field_type_errors(tmp_path):
    path = tmp_path / "types.jsonl"
    path.write_text(
        '{"id": 7, "text": "Japan and China held talks in Beijing about the disputed islands."}\n'
        '{"id": "x", "text": ["not", "a", "string"]}\n'
        '{"id": "y", "text": "Germany recognised the new government.", "title": 3}\n'
        '{"text": "Kenya and Somalia agreed to reopen the border crossing."}\n',
        encoding="utf-8",
    )
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Article) and items[0].id == "7"
    assert [str(i) for i in items[1:]] == [
        f'{path}:2: "text" must be a string, not an array',
        f'{path}:3: "title" must be a string, not a number',
        f'{path}:4: missing "id"; every JSONL record needs a unique "id"',
    ]


def test_directory_is_read_recursively_in_sorted_order_skipping_other_files():
    corpus = FIX / "corpus"
    items = list(read_inputs([str(corpus)]))
    assert all(isinstance(i, Article) for i in items)
    assert [i.origin for i in items] == [
        f"{corpus}/a_iran.jsonl:1",
        f"{corpus}/b_paris_crlf.txt",
        f"{corpus}/sub/cuba_note.txt",
    ]
    assert [i.id for i in items] == ["jcpoa-eu", "b_paris_crlf", "cuba_note"]


def test_empty_directory_is_an_error(tmp_path):
    (tmp_path / "readme.md").write_text("nothing here\n")
    assert _one(tmp_path) == InputError(
        str(tmp_path), "no .txt, .html, .htm or .jsonl files in this directory"
    )


def test_stdin_jsonl_text_and_binary_streams():
    lines = (
        '{"id": "s1", "text": "India and Pakistan exchanged fire across the Line of Control.", "published": "2016-09-29"}\n'
        '{"text": "Nigeria freed twenty schoolgirls held by Boko Haram."}\n'
    )
    for stream in (io.StringIO(lines), io.BytesIO(lines.encode("utf-8"))):
        items = list(read_inputs(["-"], stdin=stream))
        assert isinstance(items[0], Article)
        assert (items[0].id, items[0].published, items[0].origin) == ("s1", date(2016, 9, 29), "<stdin>:1")
        assert items[1] == InputError("<stdin>:2", 'missing "id"; every JSONL record needs a unique "id"')


def test_empty_stdin_is_one_error():
    assert list(read_inputs(["-"], stdin=io.StringIO("\n\n"))) == [InputError("<stdin>", "no input on stdin")]


def test_missing_path_and_unsupported_type(tmp_path):
    pdf_name = tmp_path / "report.docx"
    pdf_name.write_bytes(b"whatever")
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(pdf_name), str(FIX / "iran_deal.txt")]))
    assert items[0] == InputError(str(tmp_path / "nope.txt"), "no such file or directory")
    assert items[1] == InputError(
        str(pdf_name),
        "unsupported file type .docx; parley reads .txt, .html, .htm or .jsonl files or directories",
    )
    assert isinstance(items[2], Article)


def test_duplicate_ids_across_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    text = "Egypt reopened the Rafah crossing with Gaza for three days."
    (tmp_path / "a" / "rafah.txt").write_text(text)
    (tmp_path / "b" / "rafah.txt").write_text(text)
    items = list(read_inputs([str(tmp_path)]))
    assert isinstance(items[0], Article)
    assert items[1] == InputError(
        str(tmp_path / "b" / "rafah.txt"),
        f"duplicate id 'rafah' (first seen in {tmp_path / 'a' / 'rafah.txt'}); give each article a unique id",
    )


def test_article_id_for():
    assert article_id_for(record={"id": " abc "}) == "abc"
    assert article_id_for(path="/data/news/2015-07-14-vienna.txt") == "2015-07-14-vienna"
    import pytest

    from parley.errors import InputFileError

    with pytest.raises(InputFileError, match='missing "id"'):
        article_id_for(record={"text": "x"})
    with pytest.raises(InputFileError, match="no id"):
        article_id_for(path="-")


def test_one_crashing_input_does_not_stop_the_batch(monkeypatch):
    import parley.ingest.html as html

    def boom(_html):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(html, "extract_html", boom)
    items = list(read_inputs([str(FIX / "page.html"), str(FIX / "iran_deal.txt")]))
    assert items[0] == InputError(str(FIX / "page.html"), "could not be read (RuntimeError: parser exploded)")
    assert isinstance(items[1], Article)


def test_htm_page_in_latin1(tmp_path):
    page = tmp_path / "old-site.HTM"
    body = (
        "<p>The Greek prime minister met the president of the European Commission in Brussels on Monday "
        "to discuss the terms of a new bailout for Athens.</p>"
        "<p>Officials said the talks at the Berlaymont café went on late into the night, and that "
        "both sides expected a deal before the end of the week.</p>"
    )
    html = f'<html><head><meta charset="iso-8859-1"><title>Greece talks</title></head><body><article>{body}</article></body></html>'
    page.write_bytes(html.encode("latin-1"))
    art = _one(page)
    assert isinstance(art, Article) and art.id == "old-site"
    assert "Berlaymont café" in art.text
