"""The cleaner's tunable numbers as data: a TSV of ``name``, ``value``, ``meaning`` rows in
``clean/data/``, read once.

A cleaning threshold chosen on a benchmark is a setting, not code: it lives beside its meaning
and where it was chosen, so a user retunes it without editing a module and a test checks it.
``data/language_thresholds.tsv`` holds the language identifier's probabilities
(``language.threshold``); ``data/furniture_thresholds.tsv`` holds the counts and shares that
judge site furniture (``furniture.tunable``).  Other stages read their own
``<package>/data/tunables.tsv`` through the same loader (``package`` argument): actors, geo, events.  A malformed row, a name listed twice, a negative
value, or a name a module asks for and the file lacks stops the cleaner at start-up: a missing
setting never falls back to a silent default.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Union

Number = Union[int, float]


def _number(cell: str) -> Number:
    """A count is written without a point ("10") and read as an int; a share or probability with one."""
    return float(cell) if any(mark in cell for mark in ".eE") else int(cell)


@lru_cache(maxsize=None)
def table(file: str, package: str = "annalyst.clean") -> dict[str, Number]:
    """``<package>/data/<file>``: name → value, in the file's order (other stages keep their tunables
    in their own ``data/tunables.tsv`` and read them through this one loader)."""
    return parse(file, resources.files(package).joinpath(f"data/{file}").read_text("utf-8"))


def parse(file: str, text: str) -> dict[str, Number]:
    """The rows of a settings file's text (``file`` names it in errors)."""
    rows = [r for r in text.splitlines() if r.strip() and not r.startswith("#")]
    values: dict[str, Number] = {}
    for number, row in enumerate(rows[1:], start=2):  # the first row names the columns
        cells = row.split("\t")
        if len(cells) != 3:
            raise ValueError(f"{file} row {number}: {len(cells)} columns, not 3 (name, value, meaning)")
        name, value = cells[0], _number(cells[1])
        if name in values or value < 0:
            raise ValueError(f"{file} row {number}: {name!r} listed twice or negative")
        values[name] = value
    return values


def value(file: str, name: str, package: str = "annalyst.clean") -> Number:
    """One setting of ``table(file, package)``; an unknown name is an error, never a silent default."""
    values = table(file, package)
    if name not in values:
        raise KeyError(f"{package} data/{file} has no setting {name!r}")
    return values[name]
