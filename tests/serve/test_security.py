"""Server hardening: loopback by default, values only ever bound, bounded pages and queries,
article and actor text inert in HTML and JSON, no file-system paths, no write methods.

Uses the hand-built sample store of the web tests (``sample_store.py``), whose ``doc-xss``
article and actor carry ``<script>``, ``<img onerror>`` and ``"onerror=`` payloads.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import re
import shutil
import socket
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from annalyst.cli import build_parser
from annalyst.serve import MAX_PAGE, create_app
from annalyst.serve.server import DEFAULT_HOST, serve, start_in_thread
from annalyst.store import Store

INJECTIONS = (
    "' OR '1'='1",
    "PRK' OR 'x'='x",
    "x'); DROP TABLE events; --",
    "1; DELETE FROM documents; --",
    "%' OR 1=1 --",
    '" OR ""="',
    "%",
    "_",
    "*",
    "\\",
    "NULL",
    "0 UNION SELECT * FROM documents",
    "'||(SELECT text FROM documents LIMIT 1)||'",
    "\u202e\u0000\ufeff",
    "ministry' --",
)

# Every filter of /api/events, /api/dyads and /api/timeline, with a harmless valid value.
EVENT_FILTERS = ("actor", "country", "source", "target", "cameo", "root", "event", "mode", "quad_class", "since",
                 "until", "text", "min_mentions", "include_flagged")
LIST_ENDPOINTS = {
    "/api/events": EVENT_FILTERS + ("limit", "offset", "sort"),
    "/api/dyads": EVENT_FILTERS + ("period", "limit"),
    "/api/timeline": EVENT_FILTERS + ("period",),
    "/api/actors": ("q", "country", "limit", "offset"),
    "/api/entities": ("doc", "q", "country", "limit", "offset"),
}
# Filters that match words: an injected string can only ever match itself, so nothing comes back.
WORD_FILTERS = {"/api/events": ("actor", "source", "target", "text", "mode", "event")}

OK_OR_REFUSED = {200, 400, 404, 422}


def store_fingerprint(db: Path) -> dict[str, str]:
    """A hash of every row of every table: any write through the server would change it."""
    with Store(db, read_only=True) as store:
        tables = [r[0] for r in store.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]
        out = {}
        for table in tables:
            rows = store.con.execute(f"SELECT * FROM {table}").fetchall()
            out[table] = hashlib.sha1(repr(sorted(map(repr, rows))).encode()).hexdigest()
        return out


def _assert_shape(resp) -> dict:
    assert resp.status_code in OK_OR_REFUSED, (resp.request.url, resp.status_code, resp.text[:300])
    body = resp.json()
    if resp.status_code != 200:
        assert set(body) == {"error"} and body["error"]["code"]
    return body


# -- binding --------------------------------------------------------------------------------


def test_binds_loopback_by_default():
    assert DEFAULT_HOST == "127.0.0.1"
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"


def _outward_address() -> str | None:
    """This machine's address on its default route (no packet is sent), or None."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        address = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


def test_a_started_server_listens_on_loopback_only(sample):
    with start_in_thread(sample.db) as running:
        assert running.url.startswith("http://127.0.0.1:")
        with socket.create_connection(("127.0.0.1", running.port), timeout=5):
            pass
        outward = _outward_address()
        if outward is not None:
            with pytest.raises(OSError):
                socket.create_connection((outward, running.port), timeout=2).close()


# -- injection ------------------------------------------------------------------------------


@pytest.mark.parametrize("endpoint", sorted(LIST_ENDPOINTS))
def test_injection_strings_through_every_filter_are_only_values(client, sample, endpoint):
    before = store_fingerprint(sample.db)
    stored_words = stored_strings(sample.db)
    everything = client.get("/api/events", params={"include_flagged": "true"}).json()["total"]
    for name in LIST_ENDPOINTS[endpoint]:
        for attack in INJECTIONS:
            body = _assert_shape(client.get(endpoint, params={name: attack, "include_flagged": "true"}
                                            if name != "include_flagged" else {name: attack}))
            if name in WORD_FILTERS.get(endpoint, ()) and "total" in body:
                # a tautology or a LIKE wildcard would match every event; a bound value matches
                # only text that holds it literally
                literal = any(attack.strip().lower() in text for text in stored_words)
                assert body["total"] < everything if literal else body["total"] == 0, (endpoint, name, attack)
    assert store_fingerprint(sample.db) == before


def stored_strings(db: Path) -> list[str]:
    """Every text value of the events table, lower-cased."""
    with Store(db, read_only=True) as store:
        columns = [r[0] for r in store.con.execute("DESCRIBE events").fetchall() if r[1] == "VARCHAR"]
        rows = store.con.execute(f"SELECT {', '.join(columns)} FROM events").fetchall()
    return [value.lower() for row in rows for value in row if isinstance(value, str)]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_injection_strings_in_paths_are_only_values(client, attack):
    for prefix in ("/api/events/", "/api/documents/"):
        resp = client.get(prefix + quote(attack, safe=""))
        assert resp.status_code in (404, 422), (prefix, attack, resp.status_code)


def test_the_unfiltered_store_still_answers_after_the_attacks(client):
    assert client.get("/api/events", params={"include_flagged": "true"}).json()["total"] > 0


# -- bounded pages and queries --------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ["/api/events", "/api/actors", "/api/dyads"])
def test_page_size_is_capped(client, endpoint):
    assert client.get(endpoint, params={"limit": MAX_PAGE}).status_code == 200
    for too_many in (MAX_PAGE + 1, 10**9, 10**30, -1):
        assert client.get(endpoint, params={"limit": too_many}).status_code == 422


def test_offsets_and_long_values_are_bounded(client):
    assert client.get("/api/events", params={"offset": 10**12}).status_code == 422
    assert client.get("/api/events", params={"actor": "A" * 30_000}).status_code == 422
    assert client.get("/api/events", params={"text": "x" * 10_000}).status_code == 422


@pytest.fixture(scope="module")
def big_store(sample, tmp_path_factory) -> Path:
    """The sample store with its events copied 100,000 times: a scan of it takes tens of milliseconds."""
    db = tmp_path_factory.mktemp("big") / "big.duckdb"
    shutil.copy(sample.db, db)
    with Store(db) as store:
        store.con.execute("INSERT INTO events SELECT e.* REPLACE (e.event_id || '-' || r.i::VARCHAR AS event_id) "
                          "FROM events e, range(100000) r(i)")
    return db


def test_a_slow_query_is_stopped_and_the_server_goes_on(big_store):
    slow = {"text": "no such words", "sort": "-goldstein", "include_flagged": "true", "actor": "nobody at all"}
    with TestClient(create_app(big_store), raise_server_exceptions=False) as client:
        client.get("/api/health")
        started = time.perf_counter()
        assert client.get("/api/events", params=slow).status_code == 200  # within the default budget
        took = time.perf_counter() - started
    # a budget of a tenth of what the query needs; timers are not exact, so up to three tries
    with TestClient(create_app(big_store, query_seconds=max(took / 10, 0.001)), raise_server_exceptions=False) as client:
        client.get("/api/health")
        codes = [client.get("/api/events", params=slow) for _ in range(3)]
        assert {r.status_code for r in codes} <= {200, 503}
        stopped = [r for r in codes if r.status_code == 503]
        assert stopped, f"no request was stopped (query took {took:.3f} s)"
        assert stopped[0].json()["error"]["code"] == "E503" and stopped[0].json()["error"]["fix"]
        assert client.get("/api/events", params={"limit": 1}).status_code in (200, 503)
    with TestClient(create_app(big_store), raise_server_exceptions=False) as client:
        assert client.get("/api/health").status_code == 200  # the store is fine afterwards


# -- escaping -------------------------------------------------------------------------------

MARKUP = re.compile(r"<\s*(script|img|b|svg|iframe)\b", re.IGNORECASE)


def test_article_and_actor_text_are_inert_in_json(client, sample):
    responses = [
        client.get(f"/api/documents/{sample.xss_doc}"),
        client.get("/api/events", params={"include_flagged": "true", "text": "ministry"}),
        client.get("/api/actors", params={"q": "script"}),
        client.get("/api/events/<script>alert(1)</script>"),  # reflected in the 404 message
    ]
    doc = responses[0].json()
    assert "<script>window.__pwned = 1</script>" in doc["text"]  # the value itself is kept intact...
    assert '"onerror=alert(1)' in doc["text"]
    actors = responses[2].json()["actors"]
    assert any("<script>" in (a.get("name") or a.get("text") or "") for a in actors)
    for resp in responses:
        assert resp.headers["content-type"].startswith("application/json")
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert not MARKUP.search(resp.text), resp.text[:300]  # ...but never appears as markup in the bytes
        json.loads(resp.text)


def test_no_html_page_carries_stored_text(client):
    for path in ("/", "/static/app.js", "/static/style.css"):
        resp = client.get(path)
        assert resp.status_code == 200
        assert "__pwned" not in resp.text and "onerror=" not in resp.text
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_the_ui_script_never_turns_data_into_markup(client):
    script = client.get("/static/app.js").text
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script.replace("Never innerHTML", ""), sink


def test_the_html_report_escapes_article_and_actor_text(sample, tmp_path):
    from annalyst.report import build_report
    from annalyst.store import EventQuery

    result = build_report(sample.db, tmp_path / "report", EventQuery(include_flagged=True, limit=200))
    html = Path(result.index).read_text(encoding="utf-8")
    assert "__pwned" in html  # the hostile text is shown...
    assert "<script>window" not in html and "<img src=x" not in html  # ...as text, not as markup
    assert "&lt;script&gt;" in html


# -- the file system ------------------------------------------------------------------------

TRAVERSALS = (
    "/static/../../../../etc/passwd",
    "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/%252e%252e%252fetc%252fpasswd",
    "/static/..\\..\\..\\etc\\passwd",
    "/static/app.js%00.png",
    "/static//etc/passwd",
    "//etc/passwd",
    "/static/" + "../" * 40 + "etc/passwd",
    "/api/documents/..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/.%2e/.%2e/store.py",
)


@pytest.fixture
def file_opens():
    """The paths Python opens while the test runs (an audit hook; hooks cannot be removed, so
    this one only records while switched on)."""
    opened: list[str] = []
    state = {"on": False}

    def hook(event: str, args: tuple) -> None:
        if state["on"] and event == "open" and args and isinstance(args[0], (str, bytes)):
            opened.append(str(args[0]))

    sys.addaudithook(hook)
    yield opened, state
    state["on"] = False


def test_no_path_from_a_request_reaches_the_file_system(client, file_opens):
    opened, state = file_opens
    client.get("/static/app.js")  # warm: the UI files are read once, at first use
    state["on"] = True
    for path in TRAVERSALS:
        resp = client.get(path)
        assert resp.status_code in (400, 404, 422), (path, resp.status_code)
        assert "root:" not in resp.text and "import " not in resp.text
    state["on"] = False
    assert not [p for p in opened if "passwd" in p or "store.py" in p or "app.js" in p], opened


# -- no writes ------------------------------------------------------------------------------


def test_the_server_has_no_write_endpoint(sample):
    app = create_app(sample.db)
    methods = set()
    for route in app.routes:
        methods |= set(getattr(route, "methods", None) or ())
    assert methods <= {"GET", "HEAD"}, methods  # a writing endpoint must come with a token option


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_every_non_get_request_is_refused(client, sample, method):
    before = store_fingerprint(sample.db)
    for path in ("/", "/api/events", "/api/events/x", "/api/documents/doc-prk", "/api/actors", "/api/health",
                 "/static/app.js", "/api/timeline"):
        resp = client.request(method, path, json={"sql": "DROP TABLE events"})
        assert resp.status_code in (404, 405), (method, path, resp.status_code)
    assert store_fingerprint(sample.db) == before


def test_no_cross_origin_reads(client):
    resp = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert resp.status_code == 200
    assert "access-control-allow-origin" not in resp.headers
    assert client.options("/api/events", headers={"Origin": "https://evil.example",
                                                   "Access-Control-Request-Method": "GET"}).status_code in (404, 405)
