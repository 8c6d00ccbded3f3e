"""The HTTP API and web UI over an annalyst store (FastAPI).

Every read goes through ``annalyst.store.Store``'s public methods; the filters of
``/api/events`` are the fields of ``EventQuery`` (the same as ``annalyst events``), so user
values reach DuckDB only as bound parameters.  The UI is static files from the package folder
(``serve/static``), held in memory; nothing a request names reaches the file system.
"""

from __future__ import annotations

import threading
import time
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator, Iterator, Literal, Optional, Union

import duckdb
from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.responses import JSONResponse

from annalyst import __version__
from annalyst.codes import lookup
from annalyst.errors import AnnalystError, NotFoundError
from annalyst.serve.errors import SafeJSONResponse, install_error_handlers
from annalyst.serve.static_files import static_files
from annalyst.store import EventQuery, Store
from annalyst.store.access import writer_waiting

MAX_PAGE = 500
"""The largest page ``/api/events`` returns; a larger ``limit`` is refused (422), not cut."""

DEFAULT_PAGE = 50

QUERY_SECONDS = 10.0
"""The longest a request may keep the store busy; a slower query is interrupted (503)."""

LINGER_SECONDS = 0.5
"""How long the server keeps the store open after a request (an ingest gets its turn after that)."""

# The UI loads only its own files; data can never become script even if escaping slipped.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                                "form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

SortName = Literal["date", "-date", "mentions", "goldstein", "-goldstein", "confidence", "first_seen"]
PeriodName = Literal["day", "week", "month", "year"]  # store.PERIODS (a test keeps them in step)


class QueryTimeout(AnnalystError):
    code = "E503"
    http_status = 503


class StoreAccess:
    """One read-only connection to the store, used by one request at a time.

    A DuckDB connection is not safe to share between threads (FastAPI runs plain ``def``
    endpoints in a thread pool), so requests take turns; a local analyst's server answers in
    milliseconds, so the lock costs nothing noticeable.  The store is opened on first use, so
    the app can be created before the store exists.

    The server shares the file with ``annalyst ingest`` (docs/store.md, "Sharing a store"): it
    keeps its connection between requests only while no writer waits and for ``linger`` seconds
    after the last request; a waiting writer's marker makes it let go after the current request,
    and while the writer holds the file a request waits for its turn (``lock_timeout``).
    """

    def __init__(self, db_path: Union[str, Path], query_seconds: float = QUERY_SECONDS,
                 linger: float = LINGER_SECONDS) -> None:
        self.db_path = str(db_path)
        self.query_seconds = query_seconds
        self.linger = linger
        self._lock = threading.Lock()
        self._store: Optional[Store] = None
        self._last_use = 0.0
        self._idle_timer: Optional[threading.Timer] = None

    @contextmanager
    def session(self) -> Iterator[Store]:
        with self._lock:
            if self._store is None:
                self._store = Store(self.db_path, read_only=True)
            # requests take turns, so a runaway filter would stall every client: cut it off
            timer = threading.Timer(self.query_seconds, self._store.con.interrupt)
            timer.daemon = True
            timer.start()
            try:
                yield self._store
            except duckdb.InterruptException as exc:
                raise QueryTimeout(f"the query took longer than {self.query_seconds:g} s and was stopped",
                                   "narrow the filters (dates, actor, country) or ask for a smaller page") from exc
            finally:
                timer.cancel()
                self._last_use = time.monotonic()
                if writer_waiting(self.db_path):
                    self._close_store()
                else:
                    self._schedule_idle_close()

    def _schedule_idle_close(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        self._idle_timer = threading.Timer(self.linger, self._close_if_idle)
        self._idle_timer.daemon = True
        self._idle_timer.start()

    def _close_if_idle(self) -> None:
        with self._lock:
            if time.monotonic() - self._last_use >= self.linger * 0.9:
                self._close_store()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def close(self) -> None:
        with self._lock:
            if self._idle_timer is not None:
                self._idle_timer.cancel()
            self._close_store()


@dataclass
class EventFilters:
    """The ``/api/events`` filters as query parameters (names as in ``annalyst events``).

    Their values are checked where ``EventQuery`` is built (``annalyst.store.filters``): a value
    that can match nothing (``country=Iran``, ``event=FIGHT``, ``since`` after ``until``) is a
    422 whose ``fix`` lists the valid values and the likely one."""

    actor: Optional[str] = Query(None, max_length=200, description="either side: code/country in capitals (PRK, PRKGOV) or name words")
    country: Optional[str] = Query(None, max_length=8, description="either side's country (ISO 3166 alpha-3, or UNO/IGO/...)")
    source: Optional[str] = Query(None, max_length=200, description="the source actor (as actor)")
    target: Optional[str] = Query(None, max_length=200, description="the target actor (as actor)")
    cameo: Optional[str] = Query(None, max_length=4, description="CAMEO code prefix (054, 11)")
    root: Optional[str] = Query(None, max_length=2, description="CAMEO root (two digits)")
    event: Optional[str] = Query(None, max_length=32, description="PLOVER event type (ACCUSE, SUPPORT...)")
    mode: Optional[str] = Query(None, max_length=64, description="PLOVER mode")
    quad_class: Optional[int] = Query(None, ge=1, le=4, description="QuadClass 1-4")
    since: Optional[str] = Query(None, max_length=10, description="from this date: YYYY-MM-DD, YYYY-MM or YYYY")
    until: Optional[str] = Query(None, max_length=10, description="to this date, inclusive")
    text: Optional[str] = Query(None, max_length=200, description="words in the sentence")
    min_mentions: Optional[int] = Query(None, ge=1, description="events reported at least this often")
    min_confidence: Optional[float] = Query(None, ge=0, le=1, description="confidence at least this (0-1): the "
                                            "probability that type, source and target are right")
    include_flagged: bool = Query(False, description="also negated, hypothetical and disputed events (default: asserted only)")
    material: bool = Query(False, description="leave out statements and appeals (CAMEO roots 01 and 02)")
    country_of_location: Optional[str] = Query(None, max_length=64, description="where it happened: the event's "
                                               "place in this country (ISO 3166 alpha-3, e.g. UKR)")
    near: Optional[str] = Query(None, max_length=64, description="where it happened: within KM km of a point, "
                                "LAT,LON,KM (e.g. 50.45,30.52,100); places without coordinates never match")

    def query(self, *, limit: Optional[int] = None, offset: int = 0, sort: str = "date") -> EventQuery:
        return EventQuery(actor=_blank(self.actor), country=_blank(self.country), source=_blank(self.source),
                          target=_blank(self.target), cameo=_blank(self.cameo), root=_blank(self.root),
                          event=_blank(self.event), mode=_blank(self.mode), quad_class=self.quad_class,
                          since=_blank(self.since), until=_blank(self.until), text=_blank(self.text),
                          min_mentions=self.min_mentions, min_confidence=self.min_confidence,
                          include_flagged=self.include_flagged,
                          material=self.material, limit=limit, offset=offset, sort=sort,
                          location_country=_blank(self.country_of_location), near=_blank(self.near))


def _json(body: dict[str, Any]) -> JSONResponse:
    """The store's rows are JSON-ready already: skip FastAPI's per-value re-encoding (a 500-row
    page spent most of its time there).  Markup characters go out escaped (``SafeJSONResponse``)."""
    return SafeJSONResponse(body)


def _blank(value: Optional[str]) -> Optional[str]:
    """An empty form field means no filter."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def _cameo_name(cameo: Optional[str]) -> Optional[str]:
    """The CAMEO codebook's name for a code, or None for a code the table does not know."""
    if not cameo:
        return None
    try:
        return lookup(cameo).name
    except AnnalystError:
        return None


def create_app(db_path: Union[str, Path], *, query_seconds: float = QUERY_SECONDS) -> FastAPI:
    """The annalyst web app over the store at ``db_path`` (opened read-only on first request).

    ``query_seconds`` caps the time one request may spend in the store (503 past it).
    """
    access = StoreAccess(db_path, query_seconds)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    app = FastAPI(
        title="annalyst",
        version=__version__,
        description="Political events coded from news text: who did what to whom, when, where, according to whom.",
        # FastAPI's /docs pages load their scripts from a CDN: the OpenAPI JSON is served instead.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
        default_response_class=SafeJSONResponse,
    )
    app.state.store_access = access
    install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    def store_session() -> Iterator[Store]:
        with access.session() as store:
            yield store

    _add_api_routes(app, store_session)
    from annalyst.serve.views import add_view_routes  # it builds on this module's filters

    add_view_routes(app, store_session, access.session)
    _add_ui_routes(app)
    return app


def _add_api_routes(app: FastAPI, store_session) -> None:
    @app.get("/api/health", tags=["meta"], summary="the store answers; counts")
    def health(store: Store = Depends(store_session)) -> JSONResponse:
        overview = store.overview()
        return _json({"ok": True, "version": __version__,
                      **{k: overview[k] for k in ("schema_version", "documents", "mentions", "events", "first_date",
                                                  "last_date", "merge_rule")}})

    @app.get("/api/events", tags=["events"], summary="de-duplicated events matching the filters, one page")
    def list_events(filters: EventFilters = Depends(),
                    limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description=f"page size (at most {MAX_PAGE})"),
                    offset: int = Query(0, ge=0, le=10_000_000),
                    sort: SortName = Query("date"),
                    store: Store = Depends(store_session)) -> JSONResponse:
        q = filters.query(limit=limit, offset=offset, sort=sort)
        events = store.query_events(q)
        total = store.count_events(q)
        following = offset + len(events)
        return _json({"events": events, "total": total, "limit": limit, "offset": offset,
                      "next_offset": following if following < total else None})

    @app.get("/api/events/{event_id}", tags=["events"], summary="one event with every mention (sentence, offsets, document)")
    def get_event(event_id: str, store: Store = Depends(store_session)) -> JSONResponse:
        found = store.get_event(event_id)
        if found is None:
            raise NotFoundError(f"no event {event_id!r} in this store", "take an event_id from /api/events")
        mentions = found.pop("mentions", [])
        found["cameo_name"] = _cameo_name(found.get("cameo"))
        return _json({"event": found, "mentions": mentions})

    @app.get("/api/actors", tags=["actors"], summary="actors seen in the text, most mentioned first")
    def list_actors(q: Optional[str] = Query(None, max_length=200, description="name words or an exact code"),
                    country: Optional[str] = Query(None, max_length=8),
                    limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
                    offset: int = Query(0, ge=0),
                    store: Store = Depends(store_session)) -> JSONResponse:
        actors = store.list_actors(_blank(q), country=_blank(country), limit=limit, offset=offset)
        return _json({"actors": actors, "limit": limit, "offset": offset})

    @app.get("/api/entities", tags=["actors"],
             summary="the stored documents' entities: who each document's mentions name, with the evidence")
    def list_entities(doc: Optional[str] = Query(None, max_length=200, description="one document's entities"),
                      q: Optional[str] = Query(None, max_length=200, description="name words or an exact code"),
                      country: Optional[str] = Query(None, max_length=8),
                      limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
                      offset: int = Query(0, ge=0),
                      store: Store = Depends(store_session)) -> JSONResponse:
        entities = store.list_entities(doc_id=_blank(doc), search=_blank(q), country=_blank(country),
                                       limit=limit, offset=offset)
        return _json({"entities": entities, "limit": limit, "offset": offset})

    @app.get("/api/dyads", tags=["aggregates"],
             summary="cooperation/conflict per dyad (source country → target country), optionally per period")
    def dyads(filters: EventFilters = Depends(),
              period: Optional[PeriodName] = Query(None, description="aggregate per day/week/month/year; omit for totals"),
              limit: int = Query(200, ge=1, le=MAX_PAGE),
              store: Store = Depends(store_session)) -> JSONResponse:
        rows = store.dyads(filters.query(), period=period, limit=limit)
        return _json({"dyads": rows, "period": period})

    @app.get("/api/timeline", tags=["aggregates"], summary="events per period: counts, Goldstein, QuadClass counts")
    def timeline(filters: EventFilters = Depends(),
                 period: PeriodName = Query("month"),
                 store: Store = Depends(store_session)) -> JSONResponse:
        return _json({"timeline": store.timeline(filters.query(), period=period), "period": period})

    @app.get("/api/documents/{doc_id}", tags=["documents"],
             summary="a stored document: cleaned text, removed lines with reasons, status, mentions, actors")
    def get_document(doc_id: str, store: Store = Depends(store_session)) -> JSONResponse:
        found = store.get_document(doc_id)
        if found is None:
            raise NotFoundError(f"no document {doc_id!r} in this store", "take a doc_id from an event")
        return _json(found)


def _add_ui_routes(app: FastAPI) -> None:
    files = static_files()

    def send(name: str) -> Response:
        entry = files.get(name)
        if entry is None:
            raise NotFoundError(f"no file {name!r}", "the UI's files are listed in index.html")
        return Response(entry.body, media_type=entry.media_type, headers={"Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return send("index.html")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        return send(name)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

