"""Every event filter value is checked here, once, for the CLI and the HTTP API alike.

``EventQuery`` calls these checks when it is built, so ``annalyst events/export/stats``, the
report and every API endpoint refuse the same values the same way: a ``FilterError`` (E004; the
CLI exits 2, the API answers 422) that names the bad value, lists the valid ones and, for a
name, says which code was probably meant (``Iran`` → ``IRN``).

The valid values come from package data: countries from the actor knowledge base
(``actors/data/states.tsv``: ISO 3166 alpha-3 codes and English names; PLOVER's non-state codes),
CAMEO roots, codes, PLOVER events and modes from the code table (``codes/data/cameo.tsv``), and
the ``--material`` roots and old PLOVER names from ``store/data/filters.tsv``.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional, Sequence

from annalyst.errors import QueryError


class FilterError(QueryError):
    """A filter value that matches nothing by construction (unknown code, reversed dates)."""

    code = "E004"
    http_status = 422
    exit_status = 2  # the CLI's exit code for a usage error, as argparse uses


@dataclass(frozen=True)
class Vocabulary:
    countries: dict[str, str]  # code -> English name
    country_names: dict[str, str]  # lower-cased name, alias or adjective -> code
    roots: tuple[str, ...]
    cameo_codes: tuple[str, ...]
    events: tuple[str, ...]
    modes: tuple[str, ...]
    material_exclude: tuple[str, ...]
    event_aliases: dict[str, str]


def _tsv_rows(package: str, name: str) -> list[dict[str, str]]:
    text = resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _state_rows() -> list[dict[str, str]]:
    text = resources.files("annalyst.actors").joinpath("data").joinpath("states.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    header = ["id", "country", "sector", "status", "name", "names", "adjectives", "capitals"]
    return [dict(zip(header, ln.split("\t"))) for ln in lines if not ln.startswith("id\t")]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    from annalyst.actors.kb import EXTRA_COUNTRY_CODES, NONSTATE_CODES
    from annalyst.codes import all_codes

    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in _state_rows():
        code = row["country"]
        if len(code) != 3:
            continue
        if row["id"] == code:
            countries[code] = row["name"]
        for alias in [row["name"], *(row.get("names") or "").split("|"), *(row.get("adjectives") or "").split("|")]:
            if alias:
                names.setdefault(alias.lower(), code)
    for code in sorted(NONSTATE_CODES | EXTRA_COUNTRY_CODES):
        countries.setdefault(code, "non-state actor (PLOVER)" if code in NONSTATE_CODES else code)
    codes = all_codes()
    rows = _tsv_rows("annalyst.store", "filters.tsv")
    return Vocabulary(
        countries=dict(sorted(countries.items())),
        country_names=names,
        roots=tuple(sorted({c.root for c in codes})),
        cameo_codes=tuple(sorted(c.code for c in codes)),
        events=tuple(sorted({c.event for c in codes if c.event})),
        modes=tuple(sorted({c.mode for c in codes if c.mode})),
        material_exclude=tuple(r["value"] for r in rows if r["kind"] == "material_exclude"),
        event_aliases={r["value"]: r["target"] for r in rows if r["kind"] == "event_alias"},
    )


def _refuse(what: str, value: object, valid: Sequence[str], suggestion: Optional[str] = None) -> FilterError:
    hint = f"did you mean {suggestion}? " if suggestion else ""
    return FilterError(f"unknown {what} {value!r}: it matches nothing", f"{hint}valid values: {', '.join(valid)}")


def _close(value: str, candidates: Sequence[str]) -> Optional[str]:
    found = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
    return found[0] if found else None


def country(value: str) -> str:
    """An ISO 3166 alpha-3 code or PLOVER non-state code, upper-cased (``irn`` → ``IRN``)."""
    vocab = vocabulary()
    code = value.strip().upper()
    if code in vocab.countries:
        return code
    by_name = vocab.country_names.get(value.strip().lower())
    if by_name is None:
        near = _close(value.strip().lower(), list(vocab.country_names))
        by_name = vocab.country_names[near] if near else _close(code, list(vocab.countries))
    suggestion = f"{by_name} ({vocab.countries.get(by_name, by_name)})" if by_name else None
    return _raise(_refuse("country code", value, list(vocab.countries), suggestion))


def location_country(value: str) -> str:
    """The country an event's place is in: a state's ISO 3166 alpha-3 code (``ukr`` → ``UKR``);
    a name gets the code suggested, as for ``country``; PLOVER's non-state codes name no place."""
    from annalyst.actors.kb import NONSTATE_CODES

    code = country(value)
    if code in NONSTATE_CODES:
        states = [c for c in vocabulary().countries if c not in NONSTATE_CODES]
        return _raise(_refuse("country of location", value, states))
    return code


def near(value: object) -> tuple[float, float, float]:
    """``"48.5,35.0,100"`` or ``(48.5, 35.0, 100)`` → (lat, lon, km), checked (``annalyst.geo.filters``)."""
    from annalyst.geo.filters import parse_near

    return parse_near(value if isinstance(value, str) else ",".join(map(str, value)))  # type: ignore[call-overload]


def root(value: str) -> str:
    vocab = vocabulary()
    text = str(value).strip()
    if len(text) == 1 and text.isdigit():
        text = "0" + text  # `--root 1` means 01
    if text in vocab.roots:
        return text
    return _raise(_refuse("CAMEO root", value, vocab.roots))


def cameo(value: str) -> str:
    """A CAMEO code or a prefix of one (``05``, ``054``)."""
    vocab = vocabulary()
    text = str(value).strip()
    if text.isdigit() and any(c.startswith(text) for c in vocab.cameo_codes) and len(text) >= 2:
        return text
    return _raise(FilterError(f"unknown CAMEO code {value!r}: no CAMEO code starts with it",
                              f"give a code or its first digits (2 to 4 digits, e.g. 054 or 19); roots: "
                              f"{', '.join(vocab.roots)}"))


def event(value: str) -> str:
    """A PLOVER 2.0 event name, upper-cased."""
    vocab = vocabulary()
    name = value.strip().upper()
    if name in vocab.events:
        return name
    suggestion = vocab.event_aliases.get(name) or _close(name, vocab.events)
    return _raise(_refuse("PLOVER event", value, vocab.events, suggestion))


def mode(value: str) -> str:
    vocab = vocabulary()
    name = value.strip().lower()
    if name in vocab.modes:
        return name
    return _raise(_refuse("PLOVER mode", value, vocab.modes, _close(name, vocab.modes)))


def choice(what: str, value: str, valid: Sequence[str]) -> str:
    if value in valid:
        return value
    return _raise(_refuse(what, value, list(valid), _close(value, list(valid))))


def date_order(since: Optional[dt.date], until: Optional[dt.date]) -> None:
    if since and until and since > until:
        raise FilterError(f"the date range is empty: since {since.isoformat()} is after until {until.isoformat()}",
                          "swap the two dates, or drop one of them")


def material_roots() -> tuple[str, ...]:
    """The CAMEO roots ``material`` leaves out (statements and appeals)."""
    return vocabulary().material_exclude


def _raise(err: FilterError) -> str:
    raise err
