"""Check the knowledge-base files row by row: every problem names its file and line.

``check_files(directory)`` reads the curated and generated TSV files of ``annalyst.actors`` (or copies of them in
``directory``) and returns the problems: a row with the wrong number of columns, a country or sector code that
PLOVER and the state list do not know, a date that is not ``YYYY-MM-DD`` or ends before it starts, an alias that
one file gives to two different entries.  ``tests/actors/test_validate.py`` fails on any of them; the loader
(``build_kb``) trusts the files it is shipped with and stays fast.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from annalyst.actors.kb import (EXTRA_COUNTRY_CODES, NONSTATE_CODES, ORG_KINDS, SECTOR_CODES, SECTOR_GROUP_NAMES,
                                SECTOR_GROUPS_FILE, SECTOR_ROLES, STATE_STATUSES, data_dir)


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int  # 1-based line number in the file
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


# per file: (columns holding a country code, a sector code, a date, list-of-alias columns, the entry's key column)
RULES: dict[str, dict[str, tuple[str, ...]]] = {
    "states.tsv": {"country": ("country",), "sector": ("sector",), "aliases": ("names", "adjectives", "capitals"),
                   "key": ("id",)},
    "organisations.tsv": {"country": ("country",), "sector": ("sector",), "aliases": ("aliases",), "key": ("code",)},
    "sectors.tsv": {"sector": ("sector",), "aliases": ("phrase",), "key": ("phrase",)},
    "people.tsv": {"country": ("country",), "sector": ("sector",), "date": ("start", "end")},
    "petrarch2_people.tsv": {"country": ("country",), "sector": ("sector",), "date": ("start", "end")},
    "petrarch2_actors.tsv": {"country": ("country",), "sector": ("sector",)},
    "petrarch2_sectors.tsv": {"sector": ("sector",)},
    "peoples.tsv": {"aliases": ("name", "adjectives"), "key": ("id",)},
    "places.tsv": {"country": ("country",)},
    "successions.tsv": {"country": ("country",), "date": ("until",)},
    "org_roles.tsv": {"country": ("country",), "sector": ("sector",), "date": ("start", "end")},
    "governing_parties.tsv": {"date": ("start", "end")},
    "former_states.tsv": {"date": ("start", "end"), "key": ("code",)},
    "legacy_codes.tsv": {"country": ("country",), "key": ("code",)},
    "family_name_first.tsv": {"country": ("country",), "key": ("country",)},
    "descriptions.tsv": {"sector": ("sectors",), "aliases": ("noun",), "key": ("noun",)},
    "name_heads.tsv": {"sector": ("sector",), "key": ("word",)},
    SECTOR_GROUPS_FILE: {"sector": ("sector",), "key": ("group", "sector")},
    "home_names.tsv": {"country": ("country",), "key": ("country", "word")},
    "company_homes.tsv": {"country": ("country",), "sector": ("sector",), "key": ("code",)},
}


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for every data row; the header is the first line that is not a comment."""
    header: Optional[list[str]] = None
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                yield number, {"__error__": f"{len(cells)} columns, the header has {len(header)}"}
                continue
            yield number, {k: (cells[i] if i < len(cells) else "").strip() for i, k in enumerate(header)}


def _codes(directory: Path) -> tuple[set[str], set[str]]:
    """(country codes the files may use, former states' codes): ISO 3166-1 alpha-3 (territories too: PETRARCH2
    lists Aruba's and Bermuda's office holders), states.tsv ids, PLOVER non-state codes, KOS."""
    import pycountry

    states = {row["id"] for _, row in _rows(directory / "states.tsv") if "id" in row}
    states |= {c.alpha_3 for c in pycountry.countries}
    former = {row["code"] for _, row in _rows(directory / "former_states.tsv") if "code" in row}
    return states | set(NONSTATE_CODES) | set(EXTRA_COUNTRY_CODES), former


def check_files(directory: Optional[Path] = None) -> list[Problem]:
    """Every problem of the knowledge-base files in ``directory`` (default: the packaged ones)."""
    directory = directory or data_dir()
    countries, former = _codes(directory)
    problems: list[Problem] = []
    for name, rule in RULES.items():
        path = directory / name
        if not path.is_file():
            problems.append(Problem(name, 0, "file missing"))
            continue
        # successions and PETRARCH2's dated entries may name a state that no longer exists
        dated = name in ("successions.tsv", "petrarch2_people.tsv", "petrarch2_actors.tsv", "petrarch2_places.tsv")
        problems.extend(_check_file(path, rule, countries | (former if dated else set())))
    problems.extend(_check_roles(directory))
    problems.extend(_check_home_names(directory))
    problems.extend(_check_company_homes(directory))
    problems.extend(_check_people_bodies(directory))
    problems.extend(_check_groups(directory))
    return problems


def _check_groups(directory: Path) -> Iterator[Problem]:
    """sector_groups.tsv: every group the resolver reads has at least one sector (an empty group would place
    nothing, silently)."""
    path = directory / SECTOR_GROUPS_FILE
    if not path.is_file():
        return
    seen = {row.get("group") for _, row in _rows(path)}
    for name in sorted(SECTOR_GROUP_NAMES - seen):
        yield Problem(path.name, 0, f"group {name!r} has no sector (the resolver reads it)")


def _check_home_names(directory: Path) -> Iterator[Problem]:
    """home_names.tsv: every body is an organisation of organisations.tsv of the row's state."""
    path = directory / "home_names.tsv"
    if not path.is_file() or not (directory / "organisations.tsv").is_file():
        return
    orgs = {row["code"]: row.get("country") for _, row in _rows(directory / "organisations.tsv") if "code" in row}
    for number, row in _rows(path):
        if "__error__" in row:
            continue
        if row.get("body") not in orgs:
            yield Problem(path.name, number, f"unknown body {row.get('body')!r} (not in organisations.tsv)")
        elif orgs[row["body"]] != row.get("country"):
            yield Problem(path.name, number, f"{row['body']} is not a body of {row.get('country')!r}")


def _check_company_homes(directory: Path) -> Iterator[Problem]:
    """company_homes.tsv: every row relabels a generated PETRARCH2 company (country MNC) that organisations.tsv does
    not curate itself, with a state (not a non-state code) and a sector."""
    path = directory / "company_homes.tsv"
    if not path.is_file() or not (directory / "petrarch2_actors.tsv").is_file():
        return
    generated = {row["code"]: row.get("country") for _, row in _rows(directory / "petrarch2_actors.tsv")
                 if "code" in row}
    curated = {row["code"] for _, row in _rows(directory / "organisations.tsv") if "code" in row}
    for number, row in _rows(path):
        if "__error__" in row:
            continue
        code = row.get("code")
        if generated.get(code) != "MNC":
            yield Problem(path.name, number, f"{code!r} is no MNC entry of petrarch2_actors.tsv")
        elif code in curated:
            yield Problem(path.name, number, f"{code!r} is curated in organisations.tsv, which wins")
        if not row.get("sector") or row.get("country") in NONSTATE_CODES:
            yield Problem(path.name, number, "a home needs a state and a sector")


def _check_people_bodies(directory: Path) -> Iterator[Problem]:
    """people.tsv ``body``: an organisation of organisations.tsv of the term's country and sector (a party
    leader's term is the party's: its code is what the resolver gives the person)."""
    path = directory / "people.tsv"
    if not path.is_file() or not (directory / "organisations.tsv").is_file():
        return
    orgs = {row["code"]: (row.get("country"), row.get("sector"))
            for _, row in _rows(directory / "organisations.tsv") if "code" in row}
    for number, row in _rows(path):
        body = row.get("body")
        if "__error__" in row or not body:
            continue
        if body not in orgs:
            yield Problem(path.name, number, f"unknown body {body!r} (not in organisations.tsv)")
        elif orgs[body] != (row.get("country"), row.get("sector")):
            yield Problem(path.name, number, f"{body} is not a body of country {row.get('country')!r} "
                                             f"and sector {row.get('sector')!r}")


def _check_roles(directory: Path) -> Iterator[Problem]:
    """org_roles.tsv: every role names an organisation of organisations.tsv, has a start and a sector, and
    no two periods of one organisation overlap (the date must choose one); governing_parties.tsv: every term names
    a party of organisations.tsv, has a start, and no two terms of one party overlap."""
    yield from _check_periods(directory, "org_roles.tsv", ("country", "sector", "start"),
                              "a role needs a country, a sector and a start date", "its role")
    yield from _check_periods(directory, "governing_parties.tsv", ("start",), "a term needs a start date",
                              "its term")


def _check_periods(directory: Path, name: str, required: tuple[str, ...], missing: str,
                   what: str) -> Iterator[Problem]:
    path = directory / name
    if not path.is_file() or not (directory / "organisations.tsv").is_file():
        return
    orgs = {row["code"] for _, row in _rows(directory / "organisations.tsv") if "code" in row}
    periods: dict[str, list[tuple[dt.date, dt.date, int]]] = {}
    for number, row in _rows(path):
        if "__error__" in row:
            continue
        where = (path.name, number)
        if row.get("code") not in orgs:
            yield Problem(*where, f"unknown organisation {row.get('code')!r} (not in organisations.tsv)")
        if not all(row.get(column) for column in required):
            yield Problem(*where, missing)
            continue
        try:
            start = dt.date.fromisoformat(row["start"])
            end = dt.date.fromisoformat(row["end"]) if row.get("end") else dt.date.max
        except ValueError:
            continue  # reported by _check_dates
        for other_start, other_end, line in periods.get(row["code"], ()):
            if start <= other_end and other_start <= end:
                yield Problem(*where, f"{row['code']} overlaps {what} on line {line}")
        periods.setdefault(row["code"], []).append((start, end, number))


def _check_file(path: Path, rule: dict[str, tuple[str, ...]], countries: set[str]) -> Iterator[Problem]:
    owners: dict[str, tuple[str, int]] = {}  # lower-case alias -> (entry key, line)
    keys: dict[str, int] = {}
    for number, row in _rows(path):
        where = (path.name, number)
        if "__error__" in row:
            yield Problem(*where, row["__error__"])
            continue
        for column in rule.get("country", ()):
            if row.get(column) and row[column] not in countries:
                yield Problem(*where, f"unknown country code {row[column]!r} in column {column}")
        for column in rule.get("sector", ()):
            for code in filter(None, (row.get(column) or "").split("|")):
                if code not in SECTOR_CODES:
                    yield Problem(*where, f"unknown sector code {code!r} in column {column}")
        yield from _check_dates(where, row, rule.get("date", ()))
        yield from _check_kinds(where, path.name, row)
        key_columns = rule.get("key", ())
        key = "|".join(row.get(c, "") for c in key_columns)
        if key_columns:
            if key in keys:
                yield Problem(*where, f"{key!r} is listed twice (first on line {keys[key]})")
            keys.setdefault(key, number)
        for column in rule.get("aliases", ()):
            for alias in filter(None, (a.strip() for a in (row.get(column) or "").split("|"))):
                low = alias.lower()
                owner = owners.get(low)
                if owner is not None and owner[0] != key:
                    yield Problem(*where, f"alias {alias!r} also names {owner[0]!r} (line {owner[1]})")
                owners.setdefault(low, (key, number))


def _check_dates(where: tuple[str, int], row: dict[str, str], columns: tuple[str, ...]) -> Iterator[Problem]:
    dates = []
    for column in columns:
        value = row.get(column, "")
        if not value:
            dates.append(None)
            continue
        try:
            dates.append(dt.date.fromisoformat(value))
        except ValueError:
            yield Problem(*where, f"bad date {value!r} in column {column} (write YYYY-MM-DD)")
            dates.append(None)
    if len(dates) == 2 and dates[0] and dates[1] and dates[1] < dates[0]:
        yield Problem(*where, f"ends ({dates[1]}) before it starts ({dates[0]})")


def _check_kinds(where: tuple[str, int], name: str, row: dict[str, str]) -> Iterator[Problem]:
    if name == "organisations.tsv" and row.get("kind") not in ORG_KINDS:
        yield Problem(*where, f"unknown kind {row.get('kind')!r} (one of {sorted(ORG_KINDS)})")
    if name == "states.tsv" and row.get("status") not in STATE_STATUSES:
        yield Problem(*where, f"unknown status {row.get('status')!r}")
    if name in ("sectors.tsv", "petrarch2_sectors.tsv") and row.get("role") not in SECTOR_ROLES:
        yield Problem(*where, f"unknown role {row.get('role')!r}")
    if name == SECTOR_GROUPS_FILE and row.get("group") not in SECTOR_GROUP_NAMES:
        yield Problem(*where, f"unknown group {row.get('group')!r} (one of {sorted(SECTOR_GROUP_NAMES)})")
    if name == "name_heads.tsv":
        for column in ("home", "inner"):
            if row.get(column) not in ("yes", "no"):
                yield Problem(*where, f"column {column} must be yes or no, not {row.get(column)!r}")
