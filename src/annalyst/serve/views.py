"""The API endpoints behind the web UI's views: totals, map places, sentence search, CSV download.

Kept apart from ``app.py``'s core endpoints; they take the same filters (``EventFilters``) and
count the same events as ``/api/events``.
"""

from __future__ import annotations

from typing import Literal, Optional

from fastapi import Depends, FastAPI, Query
from fastapi.responses import JSONResponse, StreamingResponse

from annalyst.serve import queries
from annalyst.serve.app import DEFAULT_PAGE, MAX_PAGE, EventFilters, SortName, _json
from annalyst.store import Store, parse_date

CSV_NAME = "annalyst-events.csv"


def add_view_routes(app: FastAPI, store_session, session) -> None:
    """``store_session``: the per-request store dependency; ``session``: the store lender the CSV
    stream takes per chunk (a download must not hold the store while the client reads)."""

    @app.get("/api/totals", tags=["meta"], summary="the store's documents, mentions and events (a light /api/health)")
    def totals(store: Store = Depends(store_session)) -> JSONResponse:
        return _json(queries.store_totals(store))

    @app.get("/api/summary", tags=["aggregates"],
             summary="counts of the matching events (all, dated, undated), their date range and its dense core")
    def summary(filters: EventFilters = Depends(), store: Store = Depends(store_session)) -> JSONResponse:
        return _json(queries.summary(store, filters.query()))

    @app.get("/api/timeline/view", tags=["aggregates"],
             summary="the timeline in one answer: summary, visible span, events per period in it, counts outside it")
    def timeline_view(filters: EventFilters = Depends(),
                      window_since: Optional[str] = Query(None, max_length=10, alias="from",
                                                          description="the visible span's first day (default: chosen from the dates)"),
                      window_until: Optional[str] = Query(None, max_length=10, alias="to",
                                                          description="the visible span's last day"),
                      period: Literal["auto", "day", "week", "month", "year"] = Query("auto", description="bar width"),
                      store: Store = Depends(store_session)) -> JSONResponse:
        window = (parse_date(window_since or None), parse_date(window_until or None, end=True))
        return _json(queries.timeline_view(store, filters.query(), window, period))

    @app.get("/api/locations", tags=["aggregates"],
             summary="matching events per place (coordinates, or the country's point), and how many have no location")
    def locations(filters: EventFilters = Depends(), store: Store = Depends(store_session)) -> JSONResponse:
        return _json(queries.locations(store, filters.query()))

    @app.get("/api/locations/events", tags=["events"], summary="one page of the matching events at one place")
    def events_at(place: str = Query(..., max_length=64, description="a place key from /api/locations"),
                  filters: EventFilters = Depends(),
                  limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
                  offset: int = Query(0, ge=0, le=10_000_000),
                  sort: SortName = Query("-date"),
                  store: Store = Depends(store_session)) -> JSONResponse:
        return _json(queries.events_at(store, filters.query(limit=limit, offset=offset, sort=sort), place))

    @app.get("/api/search", tags=["search"],
             summary="coded sentences (in=sentences) or documents (in=documents) holding every word of q, one page")
    def search(q: str = Query(..., min_length=1, max_length=200, description="words; a result must hold all of them"),
               scope: Literal["sentences", "documents"] = Query(
                   "sentences", alias="in", description="sentences: coded sentences with their events; documents: any text"),
               include_flagged: bool = Query(True, description="sentences: also those whose events are negated, hypothetical or disputed"),
               limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
               offset: int = Query(0, ge=0, le=10_000_000),
               store: Store = Depends(store_session)) -> JSONResponse:
        if scope == "documents":
            return _json(queries.search_documents(store, q, limit=limit, offset=offset))
        return _json(queries.search_sentences(store, q, include_flagged=include_flagged, limit=limit, offset=offset))

    @app.get("/api/events.csv", tags=["events"], response_class=StreamingResponse,
             summary="every event matching the filters as CSV (the export's columns), streamed")
    def events_csv(filters: EventFilters = Depends(), sort: SortName = Query("-date")) -> StreamingResponse:
        q = filters.query(sort=sort)  # bad filter values fail here, as a JSON error, before the stream starts
        return StreamingResponse(queries.iter_csv(session, q), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{CSV_NAME}"'})
