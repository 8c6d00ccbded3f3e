"""Read-only queries the web UI needs beyond ``Store``'s public methods.

Each takes an open ``Store`` and an ``EventQuery`` and builds its SQL from the store's own
``where()`` clause, so every view counts exactly the events ``/api/events`` lists; user values
reach DuckDB only as bound parameters.  Nothing here writes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator, Optional

from annalyst.errors import QueryError
from annalyst.store import EventQuery, Store
from annalyst.store.export import FLAT_COLUMNS, flat_row
from annalyst.store.query import page, where
from annalyst.store.rows import event_json

SEARCH_MAX_WORDS = 8
"""A sentence search matches sentences holding every word; more words than this are refused."""

CORE_SHARE = 0.8
"""The timeline opens on the shortest span holding this share of the dated events (when the full
range is more than three times wider)."""

WIDE_RANGE = 3
"""The timeline opens on the dense core when the full date range is more than this many times wider."""

AUTO_PERIODS = (("day", 120), ("week", 3 * 366), ("month", 40 * 366), ("year", 10**6))
"""The bar width the timeline picks for a span of at most this many days."""

CSV_CHUNK = 2000
"""Rows per store visit while streaming a CSV: the store lock is released between chunks."""


# -- totals and the date range --------------------------------------------------------------


def store_totals(store: Store) -> dict[str, Any]:
    """The store's documents, mentions and events: three counts, for every page's header
    (``Store.overview`` also groups the actors and takes ~50 times longer), and the merge-rule
    warning (``Store.merge_rule_status``; null when the events are this version's rule's): the
    CLI's readers print it, and a reader of the web UI must see it as well."""
    documents, mentions, events = store.con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions), (SELECT count(*) FROM events)").fetchone()
    return {"documents": int(documents), "mentions": int(mentions), "events": int(events),
            "merge_rule_warning": store.merge_rule_status()["warning"]}


def summary(store: Store, q: EventQuery) -> dict[str, Any]:
    """Counts of the matching events: all, dated, undated; the date range and its dense core.

    ``core_first``/``core_last`` bound the shortest span holding ``CORE_SHARE`` of the dated
    events: news mentions a few historical dates (1939, 1870) that would otherwise stretch the
    timeline's axis over decades and squeeze the news itself into one bar.
    """
    sql, params = where(q)
    total, dated, first, last = store.con.execute(
        f"SELECT count(*), count(date), min(date), max(date) FROM events WHERE {sql}", params).fetchone()
    core_first, core_last = _dense_span(store, sql, params, int(dated)) if dated else (None, None)
    return {"total": int(total), "dated": int(dated), "undated": int(total) - int(dated),
            "first_date": _iso(first), "last_date": _iso(last),
            "core_first": _iso(core_first), "core_last": _iso(core_last)}


def timeline_view(store: Store, q: EventQuery, window: tuple[Optional[dt.date], Optional[dt.date]] = (None, None),
                  period: str = "auto") -> dict[str, Any]:
    """Everything the timeline's first render needs, in one answer: ``summary()``, the visible
    span ``view`` (``window`` when given, else the dense core when the full range is more than
    ``WIDE_RANGE`` times wider, else the full range), the bar ``period`` (``auto``: by the span's
    length, ``AUTO_PERIODS``), the events per period inside the span (``timeline``, as
    ``/api/timeline``), and how many dated events lie ``before``/``inside``/``after`` it."""
    if window[0] is not None and window[1] is not None and window[0] > window[1]:
        raise QueryError(f"the view starts ({window[0]}) after it ends ({window[1]})", "give from <= to")
    out = summary(store, q)
    if not out["dated"]:
        return {**out, "view": None, "period": None, "timeline": [], "before": 0, "inside": 0, "after": 0}
    first, last = dt.date.fromisoformat(out["first_date"]), dt.date.fromisoformat(out["last_date"])
    core = (dt.date.fromisoformat(out["core_first"]), dt.date.fromisoformat(out["core_last"]))
    w0, w1 = window
    if w0 is None or w1 is None:
        days = lambda a, b: max((b - a).days, 1)  # noqa: E731
        w0, w1 = core if days(first, last) > WIDE_RANGE * days(*core) else (first, last)
    if period == "auto":
        period = next(name for name, most in AUTO_PERIODS if (w1 - w0).days <= most)
    # the visible span narrows the filters' own dates, never widens them
    inside_q = replace(q, since=max(w0, q.since) if q.since else w0, until=min(w1, q.until) if q.until else w1)
    rows = store.timeline(inside_q, period=period)
    sql, params = where(q)
    before, after = store.con.execute(
        f"SELECT count(*) FILTER (WHERE date < ?), count(*) FILTER (WHERE date > ?) FROM events WHERE {sql}",
        [w0, w1, *params]).fetchone()
    return {**out, "view": [w0.isoformat(), w1.isoformat()], "period": period, "timeline": rows,
            "before": int(before), "after": int(after), "inside": int(out["dated"]) - int(before) - int(after)}


def _dense_span(store: Store, sql: str, params: list[Any], dated: int) -> tuple[Any, Any]:
    """The shortest date span holding CORE_SHARE of the ``dated`` matching events (earliest on ties)."""
    k = max(1, math.ceil(CORE_SHARE * dated))
    row = store.con.execute(
        f"WITH d AS (SELECT date, row_number() OVER (ORDER BY date) AS i FROM events WHERE date IS NOT NULL AND {sql}) "
        "SELECT a.date, b.date FROM d a JOIN d b ON b.i = a.i + ? ORDER BY b.date - a.date, a.date LIMIT 1",
        [*params, k - 1]).fetchone()
    return row if row else (None, None)


def _iso(value: Any) -> Optional[str]:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


# -- the map ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CountryPoint:
    iso3: str
    name: str
    lat: float
    lon: float
    basis: str  # ne110m (centroid of the largest polygon) or capital


@lru_cache(maxsize=1)
def country_points() -> dict[str, CountryPoint]:
    """``data/country_centroids.tsv``: where a country-level location is drawn."""
    text = resources.files("annalyst.serve").joinpath("data", "country_centroids.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    return {r[col["iso3"]]: CountryPoint(r[col["iso3"]], r[col["name"]], float(r[col["lat"]]), float(r[col["lon"]]),
                                         r[col["basis"]]) for r in body}


_PLACE_KIND = ("CASE WHEN location_lat IS NOT NULL AND location_lon IS NOT NULL THEN 'point' "
               "WHEN location_country IS NOT NULL THEN 'country' ELSE 'none' END")


def locations(store: Store, q: EventQuery) -> dict[str, Any]:
    """Matching events per place: coordinates when the event has them, else its country's point.

    Returns ``places`` (``key``, ``kind`` point/country, ``name``, ``country``, ``lat``, ``lon``,
    ``events``, ``goldstein_mean``), and the counts ``total``, ``at_point``, ``at_country``,
    ``unplaced`` (a country code with no point, e.g. a region) and ``unlocated`` (no location).
    """
    sql, params = where(q)
    rows = store.con.execute(
        f"SELECT {_PLACE_KIND} AS kind, round(location_lat, 2), round(location_lon, 2), location_country, "
        "mode(coalesce(location_city, location_text)), count(*), round(avg(goldstein), 2) "
        f"FROM events WHERE {sql} GROUP BY 1, 2, 3, 4 ORDER BY 6 DESC, 4, 2, 3", params).fetchall()
    points = country_points()
    places: list[dict[str, Any]] = []
    counts = {"at_point": 0, "at_country": 0, "unplaced": 0, "unlocated": 0}
    for kind, lat, lon, country, name, n, goldstein in rows:
        if kind == "none":
            counts["unlocated"] += n
            continue
        if kind == "country":
            point = points.get(country)
            if point is None:
                counts["unplaced"] += n
                continue
            lat, lon, name = point.lat, point.lon, point.name
        counts["at_point" if kind == "point" else "at_country"] += n
        places.append({"key": place_key(kind, lat, lon, country), "kind": kind, "name": name, "country": country,
                       "lat": lat, "lon": lon, "events": n, "goldstein_mean": goldstein})
    return {"places": places, "total": sum(counts.values()), **counts}


def place_key(kind: str, lat: float, lon: float, country: Optional[str]) -> str:
    """A place's id in the API: ``point:LAT,LON`` or ``country:ISO3``."""
    return f"point:{lat:.2f},{lon:.2f}" if kind == "point" else f"country:{country}"


def place_clause(key: str) -> tuple[str, list[Any]]:
    """The SQL condition for the events drawn at a place ``key`` (as ``place_key`` writes it)."""
    kind, _, value = key.partition(":")
    if kind == "country" and value:
        return (f"{_PLACE_KIND} = 'country' AND location_country = ?", [value])
    if kind == "point":
        lat, _, lon = value.partition(",")
        try:
            return (f"{_PLACE_KIND} = 'point' AND round(location_lat, 2) = ? AND round(location_lon, 2) = ?",
                    [round(float(lat), 2), round(float(lon), 2)])
        except ValueError:
            pass
    raise QueryError(f"bad place {key!r}", "take a place key from /api/locations (point:LAT,LON or country:ISO3)")


def events_at(store: Store, q: EventQuery, key: str) -> dict[str, Any]:
    """One page of the matching events drawn at place ``key``, and their count."""
    sql, params = where(q)
    extra, extra_params = place_clause(key)
    tail, tail_params = page(q)
    body = f"FROM events WHERE {sql} AND {extra}"
    rows = store.con.execute(f"SELECT * {body}{tail}", params + extra_params + tail_params)
    names = [d[0] for d in rows.description]
    events = [event_json(dict(zip(names, r))) for r in rows.fetchall()]
    total = store.con.execute(f"SELECT count(*) {body}", params + extra_params).fetchone()[0]
    return {"events": events, "total": int(total), "place": key}


# -- sentence search -------------------------------------------------------------------------


def search_words(text: str) -> list[str]:
    """The words of a search (whitespace-separated, quotes dropped), at most SEARCH_MAX_WORDS."""
    words = [w.strip("\"'") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        raise QueryError("empty search", "give one or more words, e.g. q=election")
    if len(words) > SEARCH_MAX_WORDS:
        raise QueryError(f"{len(words)} search words; at most {SEARCH_MAX_WORDS}", "search with fewer words")
    return words


def search_sentences(store: Store, text: str, *, include_flagged: bool = True, limit: int = 50,
                     offset: int = 0) -> dict[str, Any]:
    """Coded sentences holding every word of ``text`` (case-insensitive), newest document first.

    One result per sentence (``doc_id``, ``sentence_index``, ``sentence``, ``span``, the
    document's ``title``/``outlet``/``published``, and ``events``: the ids of the de-duplicated
    events coded from it); ``total`` counts sentences, ``documents`` their documents.
    """
    words = search_words(text)
    cond = " AND ".join("contains(lower(m.sentence), lower(?))" for _ in words)
    if not include_flagged:
        cond += " AND NOT (coalesce(m.negated, FALSE) OR coalesce(m.hypothetical, FALSE) OR coalesce(m.disputed, FALSE))"
    base = (f"FROM mentions m LEFT JOIN documents d USING (doc_id) WHERE {cond} "
            "GROUP BY m.doc_id, m.sentence_index")
    rows = store.con.execute(
        "SELECT m.doc_id, m.sentence_index, any_value(m.sentence), min(m.span_start), max(m.span_end), "
        "any_value(d.title), any_value(d.outlet), any_value(d.published), "
        "list(DISTINCT m.event_id ORDER BY m.event_id) "
        f"{base} ORDER BY any_value(d.published) DESC NULLS LAST, m.doc_id, m.sentence_index LIMIT ? OFFSET ?",
        [*words, int(limit), int(offset)]).fetchall()
    total, documents = store.con.execute(
        f"SELECT count(*), count(DISTINCT doc_id) FROM (SELECT m.doc_id {base})", words).fetchone()
    results = [{"doc_id": r[0], "sentence_index": r[1], "sentence": r[2], "span": [r[3], r[4]], "title": r[5],
                "outlet": r[6], "published": _iso(r[7]), "events": [e for e in (r[8] or []) if e]} for r in rows]
    return {"results": results, "total": int(total), "documents": int(documents), "words": words,
            "limit": limit, "offset": offset}


SNIPPET_CHARS = 160
"""Characters of context either side of a document match."""


def search_documents(store: Store, text: str, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Documents whose cleaned text holds every word of ``text`` (case-insensitive), newest first:
    also the sentences that gave no event.  Each result has a ``snippet`` around the first word's
    first occurrence and that occurrence's ``match`` offsets in the document's text."""
    words = search_words(text)
    cond = " AND ".join("contains(lower(text), lower(?))" for _ in words)
    rows = store.con.execute(
        "SELECT doc_id, title, outlet, published, strpos(lower(text), lower(?)) AS pos, "
        "substr(text, greatest(strpos(lower(text), lower(?)) - ?, 1), ? * 2 + length(?)) AS snippet "
        f"FROM documents WHERE text IS NOT NULL AND {cond} "
        "ORDER BY published DESC NULLS LAST, doc_id LIMIT ? OFFSET ?",
        [words[0], words[0], SNIPPET_CHARS, SNIPPET_CHARS, words[0], *words, int(limit), int(offset)]).fetchall()
    total = store.con.execute(f"SELECT count(*) FROM documents WHERE text IS NOT NULL AND {cond}", words).fetchone()[0]
    results = []
    for doc_id, title, outlet, published, pos, snippet in rows:
        start = int(pos) - 1  # strpos counts from 1; offsets in the API count from 0
        results.append({"doc_id": doc_id, "title": title, "outlet": outlet, "published": _iso(published),
                        "snippet": snippet, "snippet_start": max(start - SNIPPET_CHARS, 0),
                        "match": [start, start + len(words[0])]})
    return {"results": results, "total": int(total), "words": words, "limit": limit, "offset": offset}


# -- CSV -------------------------------------------------------------------------------------

CSV_COLUMNS = [name for name, _ in FLAT_COLUMNS]


def csv_header() -> str:
    return _csv_text([CSV_COLUMNS])


def csv_chunk(store: Store, q: EventQuery, offset: int, size: int = CSV_CHUNK) -> tuple[str, int]:
    """CSV lines for ``size`` matching events from ``offset`` (the export's columns); and the row count."""
    chunk = replace(q, limit=size, offset=offset)
    rows = store.event_rows(chunk, with_document=True)
    lines = []
    for row in rows:
        flat = flat_row(row)
        lines.append([_csv_value(flat[name]) for name in CSV_COLUMNS])
    return _csv_text(lines), len(rows)


def _csv_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return "" if value is None else value


def _csv_text(rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def iter_csv(session, q: EventQuery) -> Iterator[str]:
    """The CSV of every event matching ``q``, a chunk at a time; ``session()`` lends the store per chunk,
    so a large download never holds the store while the client reads."""
    yield csv_header()
    offset = 0
    while True:
        with session() as store:
            text, n = csv_chunk(store, q, offset)
        if text:
            yield text
        if n < CSV_CHUNK:
            return
        offset += n
