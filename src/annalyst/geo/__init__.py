"""Event locations: the article's places resolved with an offline GeoNames gazetteer, and for each
event the place its clause, sentence, paragraph or dateline gives.

Sets ``event.location`` (``Location``: text, name, country, admin1, coordinates, GeoNames id,
feature class, precision, evidence).  See ``docs/dates-and-locations.md``.
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
