"""Same-named places: the story's own town against a small namesake far from it.

A gazetteer knows many towns by one name; a story usually means the one near where it was filed.
``data/namesake_context.tsv`` documents the two limits (its header says how they are used):
``max_population`` (a namesake this large or larger keeps its entry) and ``min_km`` (nearer than
this to the story's town, a namesake in the next province may well be meant); ``local_dwarf_ratio``
(a namesake in the dateline's own unit this many times smaller than the entry found does not win).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from annalyst.errors import ModelError
from annalyst.geo.data_files import data_rows

_KEYS = ("max_population", "min_km", "local_dwarf_ratio")
_EARTH_KM = 6371.0


@dataclass(frozen=True)
class NamesakeLimits:
    max_population: int
    min_km: int
    local_dwarf_ratio: int


def load_namesake_limits() -> NamesakeLimits:
    """The limits of ``data/namesake_context.tsv``; every key exactly once."""
    path, rows = data_rows("namesake_context.tsv", "The namesake-context table")
    values: dict[str, int] = {}
    for line_no, line in rows:
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in _KEYS or parts[0] in values or not parts[1].strip().isdigit():
            raise ModelError(f"{path}: line {line_no} is not 'key<TAB>integer' with a new known key: {line!r}",
                             f"Use each of: {', '.join(_KEYS)} once.")
        values[parts[0]] = int(parts[1])
    missing = [k for k in _KEYS if k not in values]
    if missing:
        raise ModelError(f"{path}: missing {', '.join(missing)}", "Give every key a value.")
    return NamesakeLimits(**values)


def distance_km(lat1: Optional[float], lon1: Optional[float],
                lat2: Optional[float], lon2: Optional[float]) -> Optional[float]:
    """Great-circle distance; ``None`` when a coordinate is missing."""
    if None in (lat1, lon1, lat2, lon2):
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))
