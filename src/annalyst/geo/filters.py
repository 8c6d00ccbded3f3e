"""Query conditions on an event's place: ``--country-of-location ISO3`` and ``--near LAT,LON,KM``.

Kept here, beside the location fields they read, so the store's query module only calls
``location_clause``.  Distances are great-circle (haversine, Earth radius 6,371 km) from the
stored ``location_lat``/``location_lon``: events without coordinates never match ``near``.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from annalyst.errors import QueryError
from annalyst.store.filters import FilterError

EARTH_RADIUS_KM = 6371.0
_ISO3 = re.compile(r"[A-Za-z]{3}")


def parse_near(text: str) -> tuple[float, float, float]:
    """"48.5,35.0,100" → (lat, lon, km), checked: a ``FilterError`` (the CLI exits 2, the API
    answers 422) otherwise.  Half the Earth's circumference (20,040 km) reaches everywhere."""
    parts = [p.strip() for p in str(text).split(",")]
    try:
        lat, lon, km = (float(p) for p in parts)
    except ValueError as exc:
        raise FilterError(f"bad near {text!r}: expected LAT,LON,KM",
                          "write three numbers, e.g. 48.5,35.0,100 (--near on the command line, near= in the API)") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20_040):
        raise FilterError(f"bad near {text!r}: latitude -90..90, longitude -180..180, radius 0..20,040 km",
                          "write e.g. 48.5,35.0,100 (--near on the command line, near= in the API)")
    return lat, lon, km


def location_clause(country: Optional[str], near: Optional[Any]) -> tuple[str, list[Any]]:
    """SQL condition (and parameters) for the place filters; ``near`` is text or (lat, lon, km)."""
    parts: list[str] = []
    params: list[Any] = []
    if country:
        if not _ISO3.fullmatch(str(country)):
            raise QueryError(f"bad --country-of-location {country!r}: an ISO 3166 alpha-3 code",
                             "write e.g. --country-of-location UKR")
        parts.append("location_country = ?")
        params.append(str(country).upper())
    if near:
        lat, lon, km = parse_near(near) if isinstance(near, str) else parse_near(",".join(map(str, near)))
        parts.append(
            "(location_lat IS NOT NULL AND 2 * ? * asin(sqrt(pow(sin(radians(location_lat - ?) / 2), 2) + "
            "cos(radians(?)) * cos(radians(location_lat)) * pow(sin(radians(location_lon - ?) / 2), 2))) <= ?)")
        params.extend([EARTH_RADIUS_KM, lat, lat, lon, km])
    return (" AND ".join(parts) if parts else "TRUE"), params
