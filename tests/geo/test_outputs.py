"""The location's outputs: GDELT ActionGeo fields, place filters, stored columns."""

from __future__ import annotations

import pytest

from annalyst.errors import QueryError
from annalyst.geo.filters import location_clause, parse_near
from annalyst.geo.gdelt import action_geo

_KYIV_ROW = {"location_text": "Kiev", "location_country": "UKR", "location_city": "Kyiv", "location_name": "Kyiv",
             "location_admin1": "Kyiv City", "location_admin1_code": "UA.12", "location_geonames_id": 703448,
             "location_lat": 50.45466, "location_lon": 30.5238, "location_precision": "city"}


def test_city_fills_every_action_geo_field():
    assert action_geo(_KYIV_ROW) == {"Type": 4, "FullName": "Kyiv, Kyiv City, Ukraine",
                                     "CountryCode": "UP", "ADM1Code": "UP12", "Lat": 50.45466, "Long": 30.5238,
                                     "FeatureID": 703448}


def test_admin1_and_country_levels():
    texas = {"location_text": "Texas", "location_country": "USA", "location_name": "Texas", "location_admin1": "Texas",
             "location_admin1_code": "US.TX", "location_lat": 31.0, "location_lon": -97.7, "location_precision": "admin1"}
    assert action_geo(texas) == {"Type": 2, "FullName": "Texas, United States", "CountryCode": "US",
                                 "ADM1Code": "USTX", "Lat": 31.0, "Long": -97.7, "FeatureID": "USTX"}
    ukraine = {"location_text": "Ukraine", "location_country": "UKR", "location_name": "Ukraine",
               "location_lat": 48.4, "location_lon": 30.9, "location_precision": "country"}
    assert action_geo(ukraine) == {"Type": 1, "FullName": "Ukraine", "CountryCode": "UP", "ADM1Code": "UP",
                                   "Lat": 48.4, "Long": 30.9, "FeatureID": "UP"}


def test_unresolved_place_fills_nothing():
    row = {"location_text": "Zzyzxville Province", "location_precision": "unresolved"}
    assert set(action_geo(row).values()) == {None}


def test_near_clause_and_its_checks():
    sql, params = location_clause("ukr", "50.45,30.52,100")
    assert sql.startswith("location_country = ? AND (location_lat IS NOT NULL")
    assert params == ["UKR", 6371.0, 50.45, 50.45, 30.52, 100.0]
    assert parse_near("48.5, 35, 10") == (48.5, 35.0, 10.0)
    for bad in ("48.5,35", "north,35,10", "95,35,10", "48,35,-1"):
        with pytest.raises(QueryError):
            parse_near(bad)
    with pytest.raises(QueryError):
        location_clause("Ukraine", None)
    assert location_clause(None, None) == ("TRUE", [])
