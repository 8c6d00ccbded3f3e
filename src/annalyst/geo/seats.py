"""Seats of government: a building or body named in a locative phrase ("in the Commons", "outside Parliament",
"at the Union Buildings") names the city it sits in (``data/seats.tsv``, whose header documents the columns); and
the cities where an intergovernmental body's member states meet (``data/meeting_seats.tsv``: the EC in Brussels)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from annalyst.errors import ModelError
from annalyst.geo.data_files import data_rows

GENERIC = "*"


@lru_cache(maxsize=1)
def load_seats() -> dict[str, dict[str, Optional[str]]]:
    """name -> {country: city}; a generic name has the key ``GENERIC`` (its city: the state's capital)."""
    path, rows = data_rows("seats.tsv", "The seats-of-government table")
    seats: dict[str, dict[str, Optional[str]]] = {}
    header = True
    for line_no, line in rows:
        parts = line.split("\t")
        if header and parts[0] == "name":
            header = False
            continue
        ok = len(parts) == 3 and parts[0] == parts[0].lower() and parts[0].strip() \
            and (parts[1] == GENERIC) == (parts[2] == "-") \
            and (parts[1] == GENERIC or (len(parts[1]) == 3 and parts[1].isupper()))
        if not ok or parts[1] in seats.get(parts[0], {}):
            raise ModelError(f"{path}: line {line_no} is not a new 'name<TAB>ISO3 or *<TAB>city or -' row: {line!r}",
                             "See the file's header for the columns.")
        seats.setdefault(parts[0], {})[parts[1]] = None if parts[2] == "-" else parts[2]
    return seats


def seat_key(text: str) -> Optional[str]:
    """The table's name for a phrase's words ("the Commons" -> "commons"), or None when it names no seat."""
    words = " ".join(text.split()).lower()
    words = words[4:] if words.startswith("the ") else words
    words = words[:-2] if words.endswith("'s") else words
    return words if words in load_seats() else None


def seat_city(key: str, country: Optional[str]) -> Optional[tuple[str, Optional[str]]]:
    """(state, city name) of the seat ``key`` for a story about ``country``: a named state's own row first
    (the Commons: GBR, London), then a generic name's row for that state (ZAF's Parliament: Cape Town), then
    (state, None) for a generic name, whose city is the state's capital; None when no state is known."""
    rows = load_seats()[key]
    specific = [(state, city) for state, city in rows.items() if state != GENERIC]
    if country is not None and country in rows:
        return country, rows[country]
    if GENERIC in rows:
        return (country, None) if country is not None else None
    # a state's own name in a story about another state ("the Commons" of a Canadian story) is that state's
    # namesake, which the table does not hold
    return specific[0] if len(specific) == 1 and country is None else None


@lru_cache(maxsize=1)
def load_meeting_seats() -> dict[tuple[str, str], frozenset[str]]:
    """(normalised city name, ISO3) -> the bodies (actor codes or families) whose members meet there
    (``data/meeting_seats.tsv``, whose header documents the columns)."""
    path, rows = data_rows("meeting_seats.tsv", "The meeting-seats table")
    seats: dict[tuple[str, str], set[str]] = {}
    header = True
    for line_no, line in rows:
        parts = line.split("\t")
        if header and parts == ["body", "city", "country"]:
            header = False
            continue
        if len(parts) != 3 or not all(p.strip() == p and p for p in parts) or not parts[0].isupper() \
                or not (len(parts[2]) == 3 and parts[2].isupper()):
            raise ModelError(f"{path}: line {line_no} is not a 'BODY<TAB>city<TAB>ISO3' row: {line!r}",
                             "See the file's header for the columns.")
        seats.setdefault((parts[1].casefold(), parts[2]), set()).add(parts[0])
    return {key: frozenset(bodies) for key, bodies in seats.items()}


def meeting_bodies(city: Optional[str], country: Optional[str]) -> frozenset[str]:
    """The bodies whose members meet in ``city`` of ``country`` (none when it is no such seat)."""
    if not city or not country:
        return frozenset()
    return load_meeting_seats().get((city.casefold(), country), frozenset())
