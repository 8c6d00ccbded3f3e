"""Same-named places: the namesake-context table, distances, and the story's town against a far namesake."""

from __future__ import annotations

import pytest

from annalyst.geo import namesakes
from annalyst.geo.namesakes import NamesakeLimits, distance_km, load_namesake_limits
from tests.geo.test_location_step import _locate


def test_shipped_limits_load():
    assert load_namesake_limits() == NamesakeLimits(max_population=10000, min_km=150, local_dwarf_ratio=20)


def test_a_bad_row_names_its_line(tmp_path, monkeypatch):
    bad = tmp_path / "namesake_context.tsv"
    bad.write_text("# header\nmax_population\tmany\n", encoding="utf-8")
    monkeypatch.setattr(namesakes, "data_rows", lambda name, what: (bad, iter([(2, "max_population\tmany")])))
    with pytest.raises(Exception, match="line 2"):
        load_namesake_limits()


def test_a_missing_key_is_an_error(monkeypatch):
    monkeypatch.setattr(namesakes, "data_rows", lambda name, what: ("t.tsv", iter([(1, "min_km\t150"), (2, "local_dwarf_ratio\t20")])))
    with pytest.raises(Exception, match="missing max_population"):
        load_namesake_limits()


def test_distance_km():
    assert distance_km(23.03, 72.58, 25.6, 85.1) == pytest.approx(1300, abs=5)  # Ahmedabad to Patna
    assert distance_km(10.0, 20.0, 10.0, 20.0) == 0.0
    assert distance_km(None, 20.0, 10.0, 20.0) is None


def test_a_small_far_namesake_loses_to_the_dateline_town():
    loc = _locate("AHMEDABAD (Reuters) - Police fired tear gas at a crowd in Dariapur on Friday.", "fired")
    assert (loc.text, loc.name, loc.city, loc.country, loc.admin1_code, loc.geonames_id, loc.feature_class,
            loc.precision) == ("Dariapur", "Dariapur", "Ahmedabad", "IND", "IN.09", None, None, "city")
    # no coordinate of its own: the town's it lies in
    town = _locate("AHMEDABAD (Reuters) - Police fired tear gas at a crowd in Ahmedabad on Friday.", "fired")
    assert (loc.lat, loc.lon) == (town.lat, town.lon)


@pytest.mark.parametrize("text,admin1_code,geonames_id", [
    # a city in another state above max_population keeps its entry
    ("AHMEDABAD (Reuters) - Police fired tear gas at a crowd in Patna on Friday.", "IN.34", 1260086),
    # the text names the namesake's state itself
    ("AHMEDABAD (Reuters) - Police fired tear gas at a crowd in Dariapur, Bihar on Friday.", "IN.34", 10842081),
])
def test_a_namesake_keeps_its_entry(text, admin1_code, geonames_id):
    loc = _locate(text, "fired")
    assert (loc.admin1_code, loc.geonames_id, loc.precision) == (admin1_code, geonames_id, "city")


@pytest.mark.parametrize("dateline,admin1_code", [("PORTLAND, Maine (AP)", "US.ME"), ("ATLANTA (AP)", "US.GA")])
def test_the_story_state_decides_among_namesakes(dateline, admin1_code):
    loc = _locate(f"{dateline} - Police arrested two men in Augusta on Friday.", "arrested")
    assert (loc.name, loc.country, loc.admin1_code, loc.precision) == ("Augusta", "USA", admin1_code, "city")


def test_a_namesake_in_a_province_the_story_names_elsewhere_keeps_its_entry():
    loc = _locate("AHMEDABAD (Reuters) - Police fired tear gas at a crowd in Dariapur on Friday. "
                  "A curfew was also imposed in Patna.", "fired")
    assert (loc.admin1_code, loc.geonames_id, loc.precision) == ("IN.34", 10842081, "city")


def test_the_capital_keeps_its_entry_under_a_namesake_state():
    loc = _locate("INDIANAPOLIS (Reuters) - Officials met in Washington on Friday.", "met")
    assert (loc.name, loc.geonames_id) == ("Washington", 4140963)


def test_a_dwarfed_namesake_in_the_dateline_state_does_not_win():
    loc = _locate("ST. LOUIS (Reuters) - Barge rates rose in Memphis on Friday.", "rose")
    assert (loc.name, loc.admin1_code) == ("Memphis", "US.TN")
