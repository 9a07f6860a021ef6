"""Bad inputs: each gives exactly one InputError naming the input, and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.ingest import read_inputs
from parley.records import Article, InputError

FIX = Path(__file__).parent / "fixtures" / "ingest"
GOOD = str(FIX / "iran_deal.txt")

FRENCH = (
    "Les ministres des affaires étrangères de l'Union européenne se sont réunis lundi à Bruxelles "
    "pour discuter des sanctions contre la Russie. Ils ont décidé de prolonger les mesures pour six mois."
)
GERMAN = (
    "Die Bundesregierung hat am Mittwoch in Berlin die Lieferung von Waffen an die kurdischen Kämpfer "
    "im Nordirak beschlossen. Die Opposition kritisierte die Entscheidung scharf."
)
SPANISH = (
    "El Gobierno de Colombia y la guerrilla de las FARC firmaron el lunes en Cartagena un acuerdo de paz "
    "que pone fin a más de cincuenta años de conflicto armado."
)


def _read(tmp_path: Path, name: str, data: bytes, **kw) -> list[Article | InputError]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([str(path), GOOD], **kw))


def _error(items, tmp_path, name) -> str:
    """The single error for the bad file; the good file after it was still read."""
    assert len(items) == 2 and isinstance(items[1], Article), items
    assert isinstance(items[0], InputError) and items[0].input == str(tmp_path / name)
    return items[0].reason


def test_empty_file(tmp_path):
    assert _error(_read(tmp_path, "empty.txt", b""), tmp_path, "empty.txt") == "empty file"


def test_whitespace_only_file(tmp_path):
    items = _read(tmp_path, "blank.txt", b"  \n\t\n\r\n   ")
    assert _error(items, tmp_path, "blank.txt") == "empty text (only whitespace)"


def test_binary_with_nul_bytes(tmp_path):
    items = _read(tmp_path, "blob.txt", b"Iran\x00\x01\x02 talks\x00\x00" * 20)
    assert _error(items, tmp_path, "blob.txt") == (
        "binary file (contains NUL bytes), not text; give a UTF-8 text, HTML or JSONL file"
    )


def test_binary_with_control_characters(tmp_path):
    items = _read(tmp_path, "ctl.txt", bytes(range(1, 32)) * 40)
    reason = _error(items, tmp_path, "ctl.txt")
    assert reason.startswith("binary content (") and reason.endswith("give a UTF-8 text, HTML or JSONL file")


def test_pdf_renamed_to_txt_is_named(tmp_path):
    items = _read(tmp_path, "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert _error(items, tmp_path, "report.txt") == (
        "binary file (a PDF document), not text; convert it to plain text first"
    )


def test_latin1_text_is_detected_and_decoded(tmp_path):
    text = (
        "The French president met the German chancellor at a café in München on Friday. "
        "They agreed on a naïve-sounding plan to revive the talks in Genève next month.\n"
    )
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    (art,) = read_inputs([str(path)])
    assert isinstance(art, Article)
    assert art.text == text


def test_cp1252_quotes_are_decoded(tmp_path):
    text = "The minister said \u201cthere will be no deal\u201d \u2014 and left the talks in Lausanne.\n"
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("cp1252"))
    (art,) = read_inputs([str(path)])
    assert isinstance(art, Article) and art.text == text


def test_utf8_bom_and_utf16_bom(tmp_path):
    text = "Ukraine and Russia agreed to exchange prisoners after talks in Minsk on Friday.\n"
    for name, data in (("bom8.txt", b"\xef\xbb\xbf" + text.encode()), ("bom16.txt", text.encode("utf-16"))):
        path = tmp_path / name
        path.write_bytes(data)
        (art,) = read_inputs([str(path)])
        assert isinstance(art, Article) and art.text == text


def test_undecodable_bytes(tmp_path):
    items = _read(
        tmp_path, "mojibake.txt", b"Talks in Vienna \xff\xfe\x81\x8d\x90 broke down \xc3\x28 again.\n"
    )
    assert _error(items, tmp_path, "mojibake.txt") == (
        "not valid UTF-8 and no confident guess of its encoding; re-encode as UTF-8"
    )


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "French"), (GERMAN, "German"), (SPANISH, "Spanish")])
def test_not_english_names_the_language(tmp_path, text, language):
    items = _read(tmp_path, "foreign.txt", text.encode("utf-8"))
    assert _error(items, tmp_path, "foreign.txt") == (
        f"not English (looks like {language}); parley codes English-language news only"
    )


def test_not_english_other_script(tmp_path):
    text = "Президент России провёл переговоры с премьер-министром Индии в Москве во вторник."
    items = _read(tmp_path, "ru.txt", text.encode("utf-8"))
    assert _error(items, tmp_path, "ru.txt") == (
        "not English (looks like Cyrillic script); parley codes English-language news only"
    )


def test_not_english_jsonl_line_names_the_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    records = [
        {"id": "fr", "text": FRENCH},
        {"id": "en", "text": "Chile and Bolivia argued over sea access at The Hague."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert items[0] == InputError(
        f"{path}:1", "not English (looks like French); parley codes English-language news only"
    )
    assert isinstance(items[1], Article)


def test_one_sentence_article_is_fine(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Sudan expelled two aid agencies.")
    (art,) = read_inputs([str(path)])
    assert isinstance(art, Article) and art.regions == ()


def test_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    path.write_text("Talks went on in Geneva. " * 80)  # 2,000 bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a huge file"))
    items = list(read_inputs([str(path)], max_bytes=1000))
    assert items == [
        InputError(
            str(path),
            "file is 2,000 bytes, over the 1,000-byte limit; "
            "split it into one article per file (or raise the limit with --max-bytes)",
        )
    ]


def test_huge_jsonl_line_is_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "big.jsonl"
    small = '{"id": "%s", "text": "Mexico and the United States agreed on new border controls."}\n'
    huge = '{"id": "big", "text": "%s"}\n' % ("Talks went on. " * 400)
    path.write_text(small % "a" + huge + small % "b", encoding="utf-8")
    items = list(read_inputs([str(path)], max_bytes=1000))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "b"]
    assert items[1] == InputError(
        f"{path}:2",
        "line is over the 1,000-byte limit; split the article (or raise the limit with --max-bytes)",
    )


def test_binary_jsonl_is_one_error(tmp_path):
    path = tmp_path / "archive.jsonl"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"\x00\x11" * 100 + b"\n" + b"\x00\x22" * 50 + b"\n")
    assert list(read_inputs([str(path)])) == [
        InputError(str(path), "binary file (contains NUL bytes), not JSONL; give UTF-8 JSON lines")
    ]


def test_jsonl_line_not_utf8(tmp_path):
    path = tmp_path / "enc.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "Caf\xe9 owners in Athens protested against austerity measures."}\n'
        b'{"id": "b", "text": "Greece and its creditors reached a bailout deal in Brussels."}\n'
    )
    items = list(read_inputs([str(path)]))
    assert items[0] == InputError(f"{path}:1", "not valid UTF-8; re-encode the file as UTF-8")
    assert isinstance(items[1], Article)


def test_jsonl_text_with_nul_is_binary(tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_text('{"id": "z", "text": "Peace talks\\u0000 resumed."}\n', encoding="utf-8")
    assert list(read_inputs([str(path)])) == [
        InputError(f"{path}:1", "binary content (contains NUL characters), not text")
    ]
