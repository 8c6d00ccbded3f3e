"""Event locations: locative phrases near the trigger, resolved with an offline gazetteer.

Sets ``event.location`` (``Location(text, country, city, lat, lon)``).  See
``docs/dates-and-locations.md``.
"""

from annalyst.geo.gazetteer import AMBIGUITY_RATIO, Gazetteer, Place, load_gazetteer, normalize_name
from annalyst.geo.step import LOCATIVE_PREPOSITIONS, MAX_ARCS, DocumentPlaces, LocationStep, PlacePhrase

__all__ = [
    "AMBIGUITY_RATIO",
    "LOCATIVE_PREPOSITIONS",
    "MAX_ARCS",
    "DocumentPlaces",
    "Gazetteer",
    "LocationStep",
    "Place",
    "PlacePhrase",
    "load_gazetteer",
    "normalize_name",
]
