"""Event filters (``EventQuery``) and their translation to SQL with bound parameters.

Every value a user gives reaches DuckDB as a ``?`` parameter; the only words spliced into SQL
are column names and sort orders chosen from the fixed tables below.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Optional, Union

from annalyst.store import filters
from annalyst.store.filters import FilterError

DateLike = Union[dt.date, str, None]

SORTS: dict[str, str] = {
    "date": "date ASC NULLS LAST, event_id",
    "-date": "date DESC NULLS LAST, event_id",
    "mentions": "num_mentions DESC, date ASC NULLS LAST, event_id",
    "goldstein": "goldstein ASC NULLS LAST, event_id",
    "-goldstein": "goldstein DESC NULLS LAST, event_id",
    "confidence": "confidence DESC, event_id",
    "first_seen": "first_seen ASC NULLS LAST, event_id",
}

PERIODS = ("day", "week", "month", "year")

# The last day an event's date can mean, by its precision (the date is the first day of its week,
# month or year): ``--since``/``--until`` keep an event whose whole period lies in the range.
PERIOD_END_SQL = ("(CASE date_precision WHEN 'week' THEN date + 6 WHEN 'month' THEN last_day(date) "
                  "WHEN 'year' THEN make_date(year(date), 12, 31) ELSE date END)")

_CODE_LIKE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")


def parse_date(value: DateLike, *, end: bool = False) -> Optional[dt.date]:
    """``2022-07-13``, ``2022-07`` or ``2022``; a partial date is its first day (last if ``end``)."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = map(int, text.split("-"))
            day = calendar.monthrange(year, month)[1] if end else 1
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise FilterError(f"bad date {value!r}: {exc}", "write dates as YYYY-MM-DD, YYYY-MM or YYYY") from exc


@dataclass
class EventQuery:
    """Filters over stored events (and mentions); ``None`` means no filter.

    ``actor``/``source``/``target`` match an actor code or country when given in capitals
    (``PRK``, ``PRKGOV``: code prefix), else the actor's name or words, case-insensitively.
    ``country`` matches either side's country.  ``cameo`` is a prefix (``054``, ``11``).
    """

    actor: Optional[str] = None
    country: Optional[str] = None
    source: Optional[str] = None
    target: Optional[str] = None
    cameo: Optional[str] = None
    root: Optional[str] = None
    event: Optional[str] = None  # PLOVER event type
    mode: Optional[str] = None
    quad_class: Optional[int] = None
    since: DateLike = None
    until: DateLike = None
    include_flagged: bool = False  # default: asserted events only (not negated/hypothetical/disputed)
    doc_id: Optional[str] = None
    text: Optional[str] = None  # words in the sentence
    min_mentions: Optional[int] = None
    min_confidence: Optional[float] = None  # the record's confidence (an event's: noisy-or of its articles')
    material: bool = False  # leave out statements and appeals (filters.material_roots(): CAMEO 01, 02)
    limit: Optional[int] = 100
    offset: int = 0
    sort: str = "date"
    location_country: Optional[str] = None  # the event's place in this country (ISO alpha-3)
    near: Optional[Any] = None  # "LAT,LON,KM" or (lat, lon, km): places within KM (annalyst.geo.filters)

    def __post_init__(self) -> None:
        """Every value is checked (``annalyst.store.filters``) and normalised: ``irn`` → ``IRN``."""
        self.since = parse_date(self.since)
        self.until = parse_date(self.until, end=True)
        filters.date_order(self.since, self.until)
        filters.choice("sort", self.sort, tuple(SORTS))
        if self.limit is not None and self.limit < 0:
            raise FilterError(f"limit must be >= 0, not {self.limit}", "give a positive --limit")
        if self.offset < 0:
            raise FilterError(f"offset must be >= 0, not {self.offset}", "give a positive offset")
        if self.min_confidence is not None and not 0.0 <= float(self.min_confidence) <= 1.0:
            raise FilterError(f"min_confidence must be 0-1, not {self.min_confidence}", "give a probability, e.g. 0.8")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise FilterError(f"quad_class must be 1-4, not {self.quad_class}", "use 1, 2, 3 or 4")
        if self.country is not None:
            self.country = filters.country(self.country)
        if self.root is not None:
            self.root = filters.root(self.root)
        if self.cameo is not None:
            self.cameo = filters.cameo(self.cameo)
        if self.event is not None:
            self.event = filters.event(self.event)
        if self.mode is not None:
            self.mode = filters.mode(self.mode)
        if self.location_country is not None:
            self.location_country = filters.location_country(self.location_country)
        if self.near is not None:
            self.near = filters.near(self.near)


def _actor_clause(prefix: str, value: str) -> tuple[str, list[Any]]:
    if _CODE_LIKE.match(value):
        return (f"(starts_with({prefix}_code, ?) OR {prefix}_country = ?)", [value, value])
    return (f"(lower({prefix}_name) = lower(?) OR contains(lower({prefix}_text), lower(?)))", [value, value])


def where(q: EventQuery, *, events: bool = True) -> tuple[str, list[Any]]:
    """The WHERE clause (``"TRUE"`` when unfiltered) and its parameters.

    ``events`` is False for the mentions table (no ``num_mentions`` column there).
    """
    parts: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        parts.append(sql)
        params.extend(values)

    if q.actor:
        s_sql, s_params = _actor_clause("source", q.actor)
        t_sql, t_params = _actor_clause("target", q.actor)
        add(f"({s_sql} OR {t_sql})", *s_params, *t_params)
    if q.source:
        add(*_flat(_actor_clause("source", q.source)))
    if q.target:
        add(*_flat(_actor_clause("target", q.target)))
    if q.country:
        add("(source_country = ? OR target_country = ?)", q.country.upper(), q.country.upper())
    if q.location_country or q.near:
        from annalyst.geo.filters import location_clause

        add(*_flat(location_clause(q.location_country, q.near)))
    if q.cameo:
        add("starts_with(cameo, ?)", str(q.cameo))
    if q.root:
        add("cameo_root = ?", str(q.root))
    if q.event:
        add("upper(plover_event) = upper(?)", q.event)
    if q.mode:
        add("lower(mode) = lower(?)", q.mode)
    if q.quad_class is not None:
        add("quad_class = ?", int(q.quad_class))
    if q.since:
        add("date >= ?", q.since)
    if q.until:
        # an event dated to a week, month or year matches only when all of it lies before the end
        # ("--until 2024-04-15" leaves out an event of "April 2024"); the plain test first keeps
        # the date column's pruning
        add("date <= ?", q.until)
        add(f"{PERIOD_END_SQL} <= ?", q.until)
    if not q.include_flagged:
        add("NOT (coalesce(negated, FALSE) OR coalesce(hypothetical, FALSE) OR coalesce(disputed, FALSE))")
    if q.doc_id:
        add("doc_id = ?", q.doc_id)
    if q.text:
        add("contains(lower(sentence), lower(?))", q.text)
    if q.material:
        add("NOT list_contains(?, coalesce(cameo_root, ''))", list(filters.material_roots()))
    if q.min_mentions is not None and events:
        add("num_mentions >= ?", int(q.min_mentions))
    if q.min_confidence is not None:
        add("round(confidence, 3) >= ?", float(q.min_confidence))
    return (" AND ".join(parts) if parts else "TRUE"), params



def _flat(clause: tuple[str, list[Any]]) -> tuple[Any, ...]:
    return (clause[0], *clause[1])


def page(q: EventQuery, sorts: Optional[dict[str, str]] = None) -> tuple[str, list[Any]]:
    """ORDER BY / LIMIT / OFFSET (the sort from ``sorts``, default ``SORTS``; numbers bound)."""
    sorts = sorts or SORTS
    sql = f" ORDER BY {sorts.get(q.sort, sorts['date'])}"
    params: list[Any] = []
    if q.limit is not None:
        sql += " LIMIT ?"
        params.append(int(q.limit))
    if q.offset:
        sql += " OFFSET ?"
        params.append(int(q.offset))
    return sql, params
