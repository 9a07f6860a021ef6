"""guess_language: English news passes, other languages are named, short texts pass."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from parley.ingest import guess_language, read_inputs
from parley.records import Article

ENGLISH = [
    "Iran and six world powers reached an agreement on Tuesday that limits Tehran's nuclear work.",
    "Colombian President Juan Manuel Santos and FARC commander Rodrigo Londono signed a peace accord in Cartagena.",
    # proper names and a foreign quotation do not make an article foreign
    'French President Francois Hollande said "nous sommes en guerre" after the attacks in Paris, '
    "and he ordered air strikes against Islamic State positions in Raqqa.",
    "UN Secretary-General Ban Ki-moon, EU foreign policy chief Federica Mogherini, Sergey Lavrov, "
    "John Kerry and Mohammad Javad Zarif met in Lausanne on Thursday.",
]
FOREIGN = [
    (
        "Il presidente del Consiglio ha incontrato ieri a Roma il primo ministro libico per discutere della crisi dei migranti.",
        "Italian",
    ),
    (
        "O presidente brasileiro recebeu nesta terça-feira em Brasília o ministro das relações exteriores da Argentina.",
        "Portuguese",
    ),
    (
        "De Nederlandse regering heeft dinsdag besloten om de ambassadeur van Turkije uit te zetten na de rellen in Rotterdam.",
        "Dutch",
    ),
    (
        "Cumhurbaşkanı bugün Ankara'da Rusya Dışişleri Bakanı ile bir araya geldi ve Suriye konusunu görüştü.",
        "Turkish",
    ),
    ("伊朗与六个世界大国周二在维也纳达成了一项限制伊朗核计划的协议。", "Chinese or Japanese"),
    (
        "أعلنت الحكومة العراقية يوم الثلاثاء استعادة السيطرة على مدينة الموصل من تنظيم الدولة الإسلامية",
        "Arabic script",
    ),
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_news_is_english(text):
    assert guess_language(text).english


@pytest.mark.parametrize(("text", "name"), FOREIGN)
def test_foreign_news_is_named(text, name):
    guess = guess_language(text)
    assert not guess.english and guess.language == name


def test_short_headline_is_not_judged():
    assert guess_language("Merkel meets Putin in Sochi").english


def test_unknown_latin_language_is_refused_without_a_name():
    text = (
        "Waziri mkuu wa Kenya alikutana na rais wa Tanzania mjini Arusha siku ya Jumanne kujadili "
        "biashara kati ya nchi hizo mbili na usalama katika eneo la Afrika Mashariki."
    )
    guess = guess_language(text)
    assert not guess.english and guess.language is None
    assert (
        guess.reason == "not English (too few common English words); parley codes English-language news only"
    )


def test_language_check_is_fast():
    text = " ".join(ENGLISH) * 10
    guess_language(text)
    start = time.perf_counter()
    for _ in range(100):
        guess_language(text)
    assert (time.perf_counter() - start) * 10 < 5  # ms per article; ~0.3 ms on a quiet machine


SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@pytest.mark.shared
def test_seed_articles_read_as_english_with_editorial_notes():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    items = [i for i in read_inputs(sorted(str(p) for p in SEEDS.glob("*.txt")))]
    assert items and all(isinstance(i, Article) for i in items), items
    editorial = [r for a in items for r in a.regions if r.kind == "editorial"]
    assert editorial and all(
        a.text[r.start : r.end].startswith("Comment:")
        for a in items
        for r in a.regions
        if r.kind == "editorial"
    )
