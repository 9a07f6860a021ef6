"""The packaged CAMEO/PLOVER ontology: completeness, known facts, mapping consistency, loader errors."""

import hashlib

import pytest

from parley.errors import LexiconError
from parley.ontology import (
    DEFAULT_CAMEO_PATH,
    Ontology,
    default_ontology,
    normalize_plover,
    quad_class_for_root,
)


@pytest.fixture(scope="module")
def ont() -> Ontology:
    return default_ontology()


def test_table_has_all_twenty_roots_and_every_1_1b3_code(ont):
    assert ont.roots() == tuple(f"{i:02d}" for i in range(1, 21))
    assert len(ont.codes()) == 316  # 20 roots + 296 sub-codes in CAMEO 1.1b3
    for code in ("0256", "1056", "1246", "155", "176", "1834", "1951", "1952", "2042"):
        assert code in ont


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad"),
    [
        ("010", "Make statement, not specified below", 0.0, 1),
        ("040", "Consult, not specified below", 1.0, 1),
        ("041", "Discuss by telephone", 1.0, 1),
        ("042", "Make a visit", 1.9, 1),
        ("043", "Host a visit", 2.8, 1),
        ("051", "Praise or endorse", 3.4, 1),
        ("057", "Sign formal agreement", 8.0, 1),
        ("074", "Provide military protection or peacekeeping", 8.5, 2),
        ("0874", "Retreat or surrender militarily", 10.0, 2),
        ("112", "Accuse, not specified below", -2.0, 3),
        ("130", "Threaten, not specified below", -4.4, 3),
        ("141", "Demonstrate or rally, not specified below", -6.5, 4),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, 4),
        ("173", "Arrest, detain, or charge with legal action", -5.0, 4),
        ("190", "Use conventional military force, not specified below", -10.0, 4),
        ("195", "Employ aerial weapons, not specified below", -10.0, 4),
        ("20", "USE UNCONVENTIONAL MASS VIOLENCE", -10.0, 4),
    ],
)
def test_known_codes_have_official_name_goldstein_and_quad(ont, code, name, goldstein, quad):
    entry = ont.cameo(code)
    assert (entry.name, entry.goldstein, entry.quad_class) == (name, goldstein, quad)


def test_codes_missing_from_gdelt_goldstein_table_inherit_their_parent(ont):
    assert ont.cameo("1951").goldstein == ont.cameo("195").goldstein
    assert ont.cameo("1951").goldstein_source == "parent:195"
    assert ont.cameo("042").goldstein_source == "gdelt"


def test_quad_class_follows_the_root(ont):
    for code in ont.codes():
        assert ont.cameo(code).quad_class == quad_class_for_root(ont.root(code))
    assert ont.root("0874") == "08"


# CAMEO root -> PLOVER types its codes may map to (PLOVER crosswalk; see data/SOURCES.md)
ALLOWED = {
    "01": {None}, "02": {"REQUEST"}, "03": {"AGREE"}, "04": {"CONSULT"}, "05": {"SUPPORT"},
    "06": {"COOPERATE"}, "07": {"AID"}, "08": {"CONCEDE", "RETREAT"}, "09": {"ACCUSE"},
    "10": {"REQUEST"}, "11": {"ACCUSE", "SANCTION"}, "12": {"REJECT"}, "13": {"THREATEN"},
    "14": {"PROTEST"}, "15": {"MOBILIZE"}, "16": {"SANCTION", "COERCE"}, "17": {"COERCE", "ASSAULT"},
    "18": {"ASSAULT"}, "19": {"ASSAULT", "COERCE"}, "20": {"ASSAULT"},
}


def test_every_code_maps_to_a_plover_type_allowed_for_its_root(ont):
    for code in ont.codes():
        entry = ont.cameo(code)
        assert entry.plover_event in ALLOWED[entry.root], code
        if entry.plover_mode:
            assert entry.plover_mode in ont.plover_modes(entry.plover_event), code
        assert set(entry.plover_contexts) <= ont.plover_contexts(), code


@pytest.mark.parametrize(
    ("code", "event", "mode"),
    [
        ("041", "CONSULT", "phone"), ("042", "CONSULT", "visit"), ("044", "CONSULT", "third-party"),
        ("036", "AGREE", None), ("0841", "RETREAT", "release"), ("0871", "RETREAT", "ceasefire"),
        ("083", "CONCEDE", None), ("091", "ACCUSE", "investigate"), ("1053", "REQUEST", "yield"),
        ("0233", "REQUEST", "assist"), ("1411", "PROTEST", "demo"), ("173", "COERCE", "arrest"),
        ("193", "ASSAULT", "firearms"), ("1832", "ASSAULT", "explosives"), ("191", "ASSAULT", None), ("163", "COERCE", "restrict"), ("116", "ACCUSE", None),
    ],
)
def test_plover_mapping_of_known_codes(ont, code, event, mode):
    entry = ont.cameo(code)
    assert (entry.plover_event, entry.plover_mode) == (event, mode)


def test_statements_have_no_plover_event(ont):
    assert all(ont.cameo(c).plover_event is None for c in ont.codes() if c.startswith("01"))


def test_plover_roots_and_old_names(ont):
    assert len(ont.plover_roots()) == 16
    assert normalize_plover("demand") == "REQUEST"
    assert normalize_plover("DISAPPROVE") == "ACCUSE"
    assert normalize_plover("Investigate") == "ACCUSE"
    assert normalize_plover("FIGHT") == "ASSAULT"
    assert normalize_plover("YIELD") == {"CONCEDE", "RETREAT"}
    assert ont.normalize_plover("assault") == "ASSAULT"
    with pytest.raises(LexiconError, match="SKIRMISH"):
        normalize_plover("SKIRMISH")


def test_unknown_code_error_names_the_code(ont):
    with pytest.raises(LexiconError, match="'999'"):
        ont.cameo("999")
    with pytest.raises(LexiconError, match="'0'"):
        ont.root("0")


def test_version_is_sha256_of_the_table_and_default_is_cached(ont):
    assert ont.version == hashlib.sha256(DEFAULT_CAMEO_PATH.read_bytes()).hexdigest()
    assert Ontology.load() is ont


def _broken_copy(tmp_path, old: str, new: str):
    text = DEFAULT_CAMEO_PATH.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "cameo.tsv"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    lineno = text[: text.index(old)].count("\n") + 1
    return path, lineno


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("042\tMake a visit\t1.9\t", "042\tMake a visit\t19.0\t", "goldstein"),
        ("042\tMake a visit\t1.9\t1\t", "042\tMake a visit\t1.9\t3\t", "quad_class"),
        ("042\tMake a visit\t1.9\t1\tCONSULT", "042\tMake a visit\t1.9\t1\tCHAT", "unknown PLOVER event 'CHAT'"),
        ("042\tMake a visit\t1.9\t1\tCONSULT\tvisit", "042\tMake a visit\t1.9\t1\tCONSULT\tjet", "mode 'jet'"),
        ("043\tHost a visit", "042\tHost a visit", "duplicate code 042"),
        ("1951\tEmploy", "1971\tEmploy", "no parent row 197"),
    ],
)
def test_broken_file_error_names_file_and_line(tmp_path, old, new, problem):
    path, lineno = _broken_copy(tmp_path, old, new)
    with pytest.raises(LexiconError) as err:
        Ontology.load(path)
    message = str(err.value)
    assert f"{path}:{lineno}:" in message
    assert problem in message


def test_missing_column_is_reported(tmp_path):
    path = tmp_path / "cameo.tsv"
    path.write_text("code\tname\tgoldstein\n010\tMake statement\t0.0\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"{path}:1: header lacks column"):
        Ontology.load(path)
