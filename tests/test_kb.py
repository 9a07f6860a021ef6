"""The actor knowledge base: packaged data, dated roles, term matching and user overrides."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from parley.actors.kb import KnowledgeBase, code_for, default_kb
from parley.errors import LexiconError

_UN_MEMBERS_TEXT = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
    BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI
    EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
    JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS
    MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL
    PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE
    CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE"""
UN_MEMBERS = set(_UN_MEMBERS_TEXT.split())


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _terms_for(kb: KnowledgeBase, text: str):
    return [t for t in kb.terms() if t.text == text]


def test_kb_kerry_role_depends_on_date(kb):
    assert kb.role_of("john-kerry", date(2016, 6, 1)).code == "USAGOV"
    assert kb.role_of("john-kerry", date(2003, 3, 20)).code == "USALEG"
    assert kb.role_of("john-kerry", date(2013, 2, 1)).title == "Secretary of State"  # end dates are exclusive
    assert kb.role_of("john-kerry", date(1980, 1, 1)) is None


def test_kb_lavrov_resolves_by_alias_and_date(kb):
    assert kb.role_of("sergei-lavrov", date(2016, 9, 9)).code == "RUSGOV"
    (term,) = [t for t in _terms_for(kb, "Sergey Lavrov") if t.kind == "person"]
    actor = kb.resolve_term(term, on=date(2016, 9, 9))
    assert (actor.code, actor.role.title) == ("RUSGOV", "Foreign Minister")
    assert any(t.entry_id == "sergei-lavrov" for t in _terms_for(kb, "Lavrov"))


def test_kb_latest_role_when_no_date(kb):
    assert kb.role_of("vladimir-putin").title == "President"
    assert kb.role_of("ban-ki-moon").code == "IGOUNO"


def test_kb_metonyms_carry_their_sector(kb):
    (kremlin,) = _terms_for(kb, "Kremlin")
    assert kb.resolve_term(kremlin).code == "RUSGOV"
    (pentagon,) = _terms_for(kb, "Pentagon")
    assert kb.resolve_term(pentagon).code == "USAMIL"
    (moscow,) = _terms_for(kb, "Moscow")
    assert (moscow.kind, kb.resolve_term(moscow).code) == ("capital", "RUSGOV")


def test_kb_adjectives_and_places(kb):
    (turkish,) = _terms_for(kb, "Turkish")
    assert (turkish.kind, kb.resolve_term(turkish).code) == ("adjective", "TUR")
    assert _terms_for(kb, "Aleppo") == []  # a city, not an actor: left to the gazetteer


def test_kb_all_un_members_present(kb):
    assert len(UN_MEMBERS) == 193
    missing = UN_MEMBERS - set(kb.countries)
    assert not missing
    assert {c for c, e in kb.countries.items() if e.un_member} == UN_MEMBERS
    for code in UN_MEMBERS:
        entry = kb.country(code)
        assert entry.name
        assert entry.adjectives or code in {"COG", "NZL"}, (
            code
        )  # COG: "Congolese" is DRC; NZL: name = adjective


def test_kb_igos_and_groups(kb):
    (un,) = _terms_for(kb, "UN")
    assert (un.attr, kb.resolve_term(un).code) == ("ORTH", "IGOUNO")
    assert kb.igo("IGONAT").name == "North Atlantic Treaty Organization"
    (hez,) = _terms_for(kb, "Hezbollah")
    assert (hez.kind, kb.resolve_term(hez).code) == ("group", "LBNINS")


def test_kb_sector_terms(kb):
    assert kb.sector_term("Foreign Minister").sector == "GOV"
    assert kb.sector_term("the troops").sector == "MIL"
    assert kb.sector_term("rebels").plural is True
    assert kb.sector_term("aleppo") is None


def test_kb_code_for():
    assert code_for("RUS", "GOV") == "RUSGOV"
    assert code_for("IGOUNO", "IGO") == "IGOUNO"
    assert code_for("SYR", None) == "SYR"
    assert code_for(None, "REB") == "REB"


def test_kb_phrase_matcher_respects_case(kb):
    nlp = spacy.blank("en")
    matchers = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("ORTH", "LOWER")}
    for i, term in enumerate(kb.terms()):
        matchers[term.attr].add(str(i), [nlp.make_doc(term.text)])
    doc = nlp("The Kremlin told us that US troops and the foreign minister met UN envoys.")
    found = {doc[s:e].text for m in matchers.values() for _, s, e in m(doc)}
    assert {"Kremlin", "US", "troops", "foreign minister", "UN", "envoys"} <= found
    assert "us" not in found


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_kb_user_files_add_and_replace(tmp_path, monkeypatch):
    _write(
        tmp_path / "people.jsonl",
        [
            {
                "id": "ada-example",
                "name": "Ada Example",
                "aliases": ["Example"],
                "country": "NZL",
                "roles": [{"title": "Foreign Minister", "sector": "GOV", "start": "2020-01-01", "end": None}],
                "note": "test entry",
            },
            {
                "id": "sergei-lavrov",
                "name": "Sergei Lavrov",
                "country": "RUS",
                "roles": [{"title": "Ambassador", "sector": "GOV", "start": "1990-01-01", "end": None}],
            },
        ],
    )
    base = KnowledgeBase.load()
    kb = KnowledgeBase.load([tmp_path])
    assert kb.role_of("ada-example", date(2021, 1, 1)).code == "NZLGOV"
    assert kb.role_of("sergei-lavrov", date(2016, 1, 1)).title == "Ambassador"
    assert len(kb.people) == len(base.people) + 1
    assert kb.version != base.version
    monkeypatch.setenv("PARLEY_KB", str(tmp_path))
    assert KnowledgeBase.load().person("ada-example").name == "Ada Example"


def test_kb_broken_user_file_names_file_and_line(tmp_path):
    good = {"id": "x1", "term": "coast guard", "sector": "MIL"}
    bad = {"id": "x2", "term": "frogmen", "sector": "NAVY"}
    _write(tmp_path / "sectors.jsonl", [good, bad])
    with pytest.raises(LexiconError, match=r"sectors\.jsonl:2 \[sector\] .*unknown sector code 'NAVY'"):
        KnowledgeBase.load([tmp_path])
    (tmp_path / "sectors.jsonl").write_text(
        '{"id": "x3", "term": "pilots", "sector": "MIL", "colour": "red"}\n'
    )
    with pytest.raises(LexiconError, match=r"sectors\.jsonl:1 \[colour\]"):
        KnowledgeBase.load([tmp_path])
    (tmp_path / "sectors.jsonl").write_text("{not json\n")
    with pytest.raises(LexiconError, match=r"sectors\.jsonl:1 \[line\] invalid JSON"):
        KnowledgeBase.load([tmp_path])


def test_kb_loads_fast_and_is_cached():
    start = time.perf_counter()
    KnowledgeBase.load()
    assert time.perf_counter() - start < 1.0  # budget is 0.3 s; loose bound for busy CI machines
    assert default_kb() is default_kb()
