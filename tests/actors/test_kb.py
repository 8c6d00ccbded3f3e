"""Knowledge-base validation: every file loads, aliases are unambiguous, terms are ordered, codes are valid."""

from __future__ import annotations

import datetime as dt
import re

import pycountry
import pytest

from annalyst.actors.kb import (
    ALIAS_PRIORITY, EXTRA_COUNTRY_CODES, NONSTATE_CODES, ORG_KINDS, SECTOR_CODES, SECTOR_ROLES, STATE_STATUSES,
    _rows, build_kb, data_dir, iter_people_conflicts, plural_forms,
)

ISO3 = {c.alpha_3 for c in pycountry.countries}
VALID_COUNTRIES = ISO3 | NONSTATE_CODES | EXTRA_COUNTRY_CODES
DATA_FILES = sorted(p.name for p in data_dir().glob("*.tsv"))


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_file_loads_and_cites_its_sources(name):
    path = data_dir() / name
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name} must open with a header comment"
    header = "".join(line for line in text.splitlines(True) if line.startswith("#"))
    assert "source" in header.lower() or "generated" in header.lower(), f"{name} does not cite a source"
    rows = list(_rows(path))
    assert rows, f"{name} has no rows"
    columns = set(rows[0])
    assert all(set(r) == columns and None not in r.values() for r in rows), f"{name} has ragged rows"


def test_curated_knowledge_base_loads_alone():
    kb = build_kb(with_generated=False)
    assert len(kb.actors) > 300 and len(kb.people) > 150 and len(kb.sectors) > 200


def test_every_un_member_and_the_observers_are_there(kb):
    states = {a.id for a in kb.actors.values() if a.kind == "state"}
    rows = list(_rows(data_dir() / "states.tsv"))
    members = {r["id"] for r in rows if r["status"] == "member"}
    assert len(members) == 193
    assert {"VAT", "PSE"} <= {r["id"] for r in rows if r["status"] == "observer"}
    assert members <= states


def test_partially_recognised_entities_follow_plover(kb):
    pre = {a.name: a for a in kb.actors.values() if a.kind == "pre"}
    expected = {"Donetsk People's Republic": "UKR", "Luhansk People's Republic": "UKR", "Abkhazia": "GEO",
                "South Ossetia": "GEO", "Transnistria": "MDA", "Nagorno-Karabakh": "AZE",
                "Northern Cyprus": "CYP", "Somaliland": "SOM", "Western Sahara": "MAR"}
    for name, country in expected.items():
        assert pre[name].country == country and pre[name].sector == "PRE", name


def test_codes_are_valid(kb):
    for actor in kb.actors.values():
        assert actor.country is None or actor.country in VALID_COUNTRIES | set(kb.former), actor
        assert actor.sector is None or actor.sector in SECTOR_CODES, actor
        assert actor.kind in ORG_KINDS | {"state", "pre", "people"}, actor
    for person in kb.people.values():
        for term in person.terms:
            assert term.country in VALID_COUNTRIES | set(kb.former), person
            assert term.sector is None or term.sector in SECTOR_CODES, person
    for word in kb.sectors.values():
        assert word.sector is None or word.sector in SECTOR_CODES, word
        assert word.role in SECTOR_ROLES, word
    for row in _rows(data_dir() / "states.tsv"):
        assert row["status"] in STATE_STATUSES
        assert row["status"] == "pre" or row["id"] in VALID_COUNTRIES
    for alias in kb.aliases:
        assert alias.type in ALIAS_PRIORITY


def test_term_dates_are_ordered_and_valid(kb):
    for person in kb.people.values():
        starts = [t.start for t in person.terms]
        assert starts == sorted(starts), person.id
        for term in person.terms:
            assert dt.date(1900, 1, 1) <= term.start <= dt.date.today(), (person.id, term)
            assert term.end is None or term.start <= term.end, (person.id, term)


def test_no_alias_names_two_actors_without_a_rule(kb):
    """Within a type an alias names one entry; across types ALIAS_PRIORITY decides; people share only by date."""
    owners: dict[tuple[str, str], set[str]] = {}
    for alias in kb.aliases:
        owners.setdefault((alias.type, alias.text.lower()), set()).add(alias.target)
    clashes = [(t, text, sorted(v)) for (t, text), v in owners.items() if len(v) > 1 and t != "person"]
    assert not clashes, clashes[:10]
    assert not list(iter_people_conflicts(kb)), "people share an alias while both in office"


def test_people_disambiguated_by_date(resolver):
    refs_91 = resolver.resolve_text("President Bush", dt.date(1991, 6, 1))
    refs_05 = resolver.resolve_text("President Bush", dt.date(2005, 6, 1))
    assert refs_91.name == "George H. W. Bush" and refs_05.name == "George W. Bush"


def test_curated_people_cover_the_permanent_five_leaders(kb):
    names = {p.name for p in kb.people.values()}
    for name in ("Vladimir Putin", "Xi Jinping", "Joe Biden", "Emmanuel Macron", "Keir Starmer",
                 "Volodymyr Zelenskyy", "Kim Jong Un", "Sergey Lavrov", "Antony Blinken"):
        assert name in names


@pytest.mark.parametrize("phrase,plural", [("lawmaker", "lawmakers"), ("militia", "militias"),
                                           ("policeman", "policemen"), ("embassy", "embassies"),
                                           ("People's Republic", "People's Republics")])
def test_plural_forms(phrase, plural):
    assert plural in plural_forms(phrase)


def test_aliases_are_written_as_in_news(kb):
    for alias in kb.aliases:
        assert alias.text == alias.text.strip() and "_" not in alias.text, alias
        assert not re.search(r"\s{2,}", alias.text), alias


@pytest.mark.parametrize("name,variants", [
    ("Carlos Saul Menem", ["Carlos Menem", "Carlos-Saul Menem", "Carlos Saul-Menem"]),
    ("Mohammed bin Salman", []),  # a particle: which words are the surname is unknown
    ("Olaf Scholz", []),
    ("Jose Luis Rodriguez Zapatero", []),
])
def test_name_variants(name, variants):
    from annalyst.actors.kb import name_variants

    assert name_variants(name) == variants


def test_dictionary_places_are_not_people(kb):
    # PETRARCH2 dates states' codes by independence ("IRAQ [IRQ 1900-2003]"): those entries are places
    assert "iraq" not in kb.people and "ukraine" not in kb.people
    assert not [a for a in kb.aliases if a.type == "person" and a.text in ("Mosul", "Basra", "Samarra", "Leipzig")]


def test_shortened_names_only_for_distinctive_surnames(kb):
    # "John Hilary Smith" (Kiribati) must not claim every "John Smith"
    assert not [a for a in kb.aliases if a.type == "person" and a.text == "John Smith"
                and kb.people[a.target].name == "John Hilary Smith"]


def test_regions_name_one_country_and_no_directions(kb):
    regions = {a.text: a.target for a in kb.aliases if a.source == "regions.tsv"}
    assert regions.get("Sindh") == "PAK" and regions.get("Khyber Pakhtunkhwa") == "PAK"
    assert not {"North", "South", "Gulf", "Midlands", "Ulster", "Punjab"} & set(regions)


def test_region_names_are_folded_and_cleaned():
    from annalyst.actors.regions_import import clean, fold

    assert fold("Ghaznī") == "Ghazni"
    assert clean("Sichuan Sheng") == "Sichuan"
    assert clean("North East") is None and clean("Dagestan, Respublika") is None
