"""The state a place lay in on a given day (``data/former_countries.tsv``, whose header cites the sources).

The gazetteer knows today's countries: Belgrade is in Serbia.  An article of 1987 that reports from
Belgrade reports from Yugoslavia, and the event's ``location.country`` says so (``YUG``, the code the
actor coder gives Yugoslav actors of those years), so places and actors of one article agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from annalyst.errors import ModelError
from annalyst.geo.data_files import data_rows

COLUMNS = ("country", "admin1", "state", "state_name", "from", "until", "note")


@dataclass(frozen=True, slots=True)
class FormerState:
    """One row: places of ``country`` (its ``admin1`` unit only, when given) lay in ``state``
    from ``start`` to ``end``."""

    country: str
    admin1: Optional[str]
    state: str
    name: str
    start: dt.date
    end: dt.date


@lru_cache(maxsize=1)
def former_states() -> tuple[FormerState, ...]:
    """The rows of ``data/former_countries.tsv``."""
    path, lines = data_rows("former_countries.tsv", "The dated-country list")
    return tuple(_row(path, line_no, line) for line_no, line in lines if not line.startswith("country\t"))


def _row(path: object, line_no: int, line: str) -> FormerState:
    parts = line.split("\t")
    try:
        if len(parts) != len(COLUMNS) or not all(p.strip() for p in parts[:4]):
            raise ValueError(f"{len(COLUMNS)} non-empty columns expected")
        start, end = dt.date.fromisoformat(parts[4]), dt.date.fromisoformat(parts[5])
        if end < start:
            raise ValueError("until is before from")
    except ValueError as exc:
        raise ModelError(f"{path}: line {line_no} is not a dated-country row ({exc}): {line!r}",
                         f"Write the columns {', '.join(COLUMNS)}, dates as YYYY-MM-DD.") from exc
    return FormerState(parts[0], None if parts[1] == "-" else parts[1], parts[2], parts[3], start, end)


def state_on(country: Optional[str], admin1_code: Optional[str], when: Optional[dt.date]) -> Optional[FormerState]:
    """The former state a place of ``country`` (and ``admin1_code``) lay in on ``when``; None where it
    lay in the country of today, or where no date is known."""
    if not country or when is None:
        return None
    for row in former_states():
        if row.country == country and (row.admin1 is None or row.admin1 == admin1_code) \
                and row.start <= when <= row.end:
            return row
    return None


def state_name(code: str) -> Optional[str]:
    """The English name of a former state's code ("YUG" → "Yugoslavia"), for exports."""
    return next((row.name for row in former_states() if row.state == code), None)
