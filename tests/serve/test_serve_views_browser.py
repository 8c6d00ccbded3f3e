"""Every page of the web UI in headless Chromium on small stores: each page shows the store's
totals, the timeline counts every event and draws nothing past its axes, the brush lists a
span, the view state survives a reload, rows are links, the map says what it cannot place,
search, CSV, the material switch, and a 390 px wide phone.

Screenshots of each page go to ``ANNALYST_SCREENSHOTS`` (a folder) when set, else to the
test's temporary folder.  ``ANNALYST_UI_STORE=PATH`` also runs the totals checks on that store
(e.g. all BBC articles, as bench/serve_latency.py builds it).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from annalyst.serve.server import start_in_thread

from tests.serve.browser import PageErrors
from tests.serve.sample_store import BUSY_EVENTS, build_busy_store

pytestmark = pytest.mark.browser

PAGES = ["/#/", "/#/network", "/#/map", "/#/search?q=trade"]


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory):
    db = build_busy_store(tmp_path_factory.mktemp("busy-ui") / "busy.duckdb")
    with start_in_thread(db) as running:
        yield running


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ["ANNALYST_SCREENSHOTS"]) if os.environ.get("ANNALYST_SCREENSHOTS") else \
        tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _page(browser, width=1280):
    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.errors = PageErrors(pg)
    return context, pg


@pytest.fixture
def page(browser):
    context, pg = _page(browser)
    yield pg
    context.close()


@pytest.fixture
def phone(browser):
    context, pg = _page(browser, 390)
    yield pg
    context.close()


def _shot(page, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5_000  # a blank page compresses to almost nothing


def _api(server, path, **params):
    return httpx.get(server.url + path, params=params, timeout=30).json()


def _wait_ready(page, url):
    page.wait_for_selector("#store-totals:not(:empty)")
    if "#/map" in url:
        page.wait_for_selector("#map-summary")
    elif "#/network" in url:
        page.wait_for_selector("#network-summary")
    elif "#/search" in url:
        page.wait_for_selector("#search-summary")
    else:
        page.wait_for_selector("#timeline-summary")
        page.wait_for_selector("#event-list h2")


def _check_totals(page, server, shots, prefix):
    """Each page names the store's documents and events, and the count of matching events."""
    health = _api(server, "/api/health")  # the header reads /api/totals: the two must agree
    matching = _api(server, "/api/summary")["total"]
    for i, url in enumerate(PAGES):
        page.goto(server.url + url)
        _wait_ready(page, url)
        header = page.locator("#store-totals").inner_text()
        assert f"{health['documents']:,} document" in header and f"{health['events']:,} event" in header
        if "search" not in url:
            assert page.locator("main .summary .total").first.inner_text() == f"{matching:,} event{'s' * (matching != 1)}"
        _shot(page, shots, f"{prefix}-{i}-{url.strip('/#').split('?')[0] or 'timeline'}")
    assert not page.errors.errors


def test_every_page_shows_the_store_totals(page, busy_server, shots):
    _check_totals(page, busy_server, shots, "busy")
    assert page.locator("#merge-rule-warning").count() == 0  # merged by this version's rule: no warning


def test_header_warns_of_a_store_merged_by_another_rule(page, tmp_path):
    from annalyst.store import Store

    db = tmp_path / "other-rule.duckdb"
    build_busy_store(db)
    with Store(db) as store:  # as if an older version had merged these events
        store.con.execute("UPDATE meta SET value = 'older-rule' WHERE key = 'merge_rule'")
    with start_in_thread(db) as running:
        page.goto(running.url + "/#/")
        warning = page.locator("#merge-rule-warning")
        expect(warning).to_have_text("⚠ merged by another rule")
        assert "merged by merge rule older-rule" in warning.get_attribute("title")
        assert "annalyst stats --db" in warning.get_attribute("title")
    assert not page.errors.errors


@pytest.fixture(scope="module")
def bbc_store(tmp_path_factory, shared_dir):
    """A store of every BBC article (issue 17: the pages on a real-size store), ingested once; or the
    store ``ANNALYST_UI_STORE`` names, to check another one without re-ingesting."""
    given = os.environ.get("ANNALYST_UI_STORE")
    if given:
        return given
    from annalyst.pipeline.run import ingest

    db = tmp_path_factory.mktemp("bbc-ui") / "bbc.duckdb"
    summary = ingest([str(shared_dir / "corpora" / "bbc-news" / "bbc")], str(db))
    assert summary.failed == 0
    return str(db)


@pytest.mark.slow
def test_every_page_shows_the_totals_of_a_big_store(page, shots, bbc_store):
    with start_in_thread(bbc_store) as server:
        _check_totals(page, server, shots, "bbc")


def test_timeline_counts_every_event_inside_its_axes(page, busy_server):
    page.goto(busy_server.url + "/#/?period=month")
    page.wait_for_selector("#timeline-chart g.bar")
    summary = page.locator("#timeline-summary").inner_text()
    # the default view is the shortest span holding 80% of the dates (10 of 12: 2004-03-02 to
    # 2005-05-05); the 1939 event is counted as earlier, 2005-08-08 as later
    assert "10 in this view" in summary and "1 earlier" in summary and "1 later" in summary
    counted = sum(int(v) for v in page.locator("#timeline-chart g.bar").evaluate_all("gs => gs.map(g => g.dataset.events)"))
    assert counted == 10
    page.click("#zoom-all")
    page.wait_for_function("location.hash.includes('from=1939-09-01')")
    page.wait_for_selector("#timeline-chart g.bar")
    counted = sum(int(v) for v in page.locator("#timeline-chart g.bar").evaluate_all("gs => gs.map(g => g.dataset.events)"))
    assert counted == len(BUSY_EVENTS)
    # every bar lies inside the plot area (the clip rectangle), on screen as in the drawing
    plain = "r => { const b = r.getBBox(); return {x: b.x, y: b.y, width: b.width, height: b.height}; }"
    plot = page.locator("#timeline-chart clipPath rect").evaluate(plain)
    for box in page.locator("#timeline-chart g.bar rect").evaluate_all(f"rs => rs.map({plain})"):
        assert plot["x"] - 0.01 <= box["x"] and box["x"] + box["width"] <= plot["x"] + plot["width"] + 0.01
        assert plot["y"] - 0.01 <= box["y"] and box["y"] + box["height"] <= plot["y"] + plot["height"] + 0.01
    assert not page.errors.errors


def test_brush_lists_the_span_and_survives_a_reload(page, busy_server):
    page.goto(busy_server.url + "/#/?from=2004-01-01&to=2005-12-31&period=week")
    page.wait_for_selector("#timeline-chart g.bar")
    # hovering names the bar under the pointer (the brush area lies over the bars)
    bar = page.locator('#timeline-chart g.bar[data-period="2004-03-01"] rect').bounding_box()
    page.mouse.move(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)
    expect(page.locator("#timeline-chart text.readout")).to_have_text("2004-03-01 (week): 1 event")
    area = page.locator("#timeline-chart rect.brush-area").bounding_box()
    # 2004-01-01 .. 2005-12-31 across the area: drag over roughly March to mid-June 2004
    x0 = area["x"] + area["width"] * (58 / 730)
    x1 = area["x"] + area["width"] * (168 / 730)
    page.mouse.move(x0, area["y"] + 20)
    page.mouse.down()
    page.mouse.move(x1, area["y"] + 40, steps=5)
    page.mouse.up()
    page.wait_for_function("location.hash.includes('b0=')")
    expect(page.locator("#event-list tr.event-row")).to_have_count(3)  # 2 March, 9 March, 1 June
    assert page.locator("#event-list h2").inner_text().startswith("Events from 2004-02")
    url = page.url
    page.goto("about:blank")
    page.goto(url)
    expect(page.locator("#event-list tr.event-row")).to_have_count(3)
    assert page.locator("#timeline-chart rect.brush").evaluate("r => Number(r.getAttribute('width'))") > 10
    page.click("#zoom-selection")
    page.wait_for_function("location.hash.includes('from=2004-02')")
    expect(page.locator("#timeline-summary")).to_contain_text("3 in this view")
    assert not page.errors.errors


def test_page_and_order_live_in_the_url(page, busy_server):
    page.goto(busy_server.url + "/#/?per=10")
    page.wait_for_selector("#event-list tr.event-row")
    expect(page.locator("#event-list tr.event-row")).to_have_count(10)
    page.click("#event-list .pager button.next")
    page.wait_for_function("location.hash.includes('page=2')")
    expect(page.locator("#event-list tr.event-row")).to_have_count(2)
    page.select_option("#event-list select[name=sort]", "date")
    page.wait_for_function("location.hash.includes('sort=date')")
    page.reload()
    page.wait_for_selector("#event-list tr.event-row")
    dates = page.locator("#event-list td.date").all_inner_texts()
    assert dates[0].startswith("1939-09-01")  # oldest first, page 1 again after the new order
    page.go_back()
    page.wait_for_function("!location.hash.includes('sort=date')")
    expect(page.locator("#event-list tr.event-row")).to_have_count(2)  # page 2 of newest first
    assert not page.errors.errors


def test_rows_are_links_and_the_document_lists_its_events(page, busy_server):
    page.goto(busy_server.url + "/#/?country=RUS")
    page.wait_for_selector("#event-list tr.event-row")
    row = page.locator("#event-list tr.event-row").first
    row.locator("td.date").click()  # anywhere on the row
    page.wait_for_selector("blockquote.sentence")
    assert page.url.split("#")[1].startswith("/event/")
    page.go_back()
    page.wait_for_selector("#event-list tr.event-row")
    page.locator("#event-list tr.event-row a.doc-link").first.click()
    page.wait_for_selector("#document-events tr.event-row")
    assert page.locator("#document-events h2").inner_text() == "Events coded in this document (1)"
    assert "Russia" in page.locator("#document-events").inner_text()
    assert not page.errors.errors


def test_network_filters_edges_by_weight(page, busy_server):
    page.goto(busy_server.url + "/#/network")
    page.wait_for_selector("svg.network g.edge")
    dyads = _api(busy_server, "/api/dyads")["dyads"]
    assert page.locator("svg.network g.edge").count() == len(dyads)
    sizes = {k: float(page.locator(f'svg.network g.node[data-key="{k}"] circle').get_attribute("r")) for k in ("GBR", "DEU")}
    assert sizes["GBR"] > sizes["DEU"]  # GBR has 8 events, DEU 1
    page.fill("input[name=min_weight]", "2")
    page.press("input[name=min_weight]", "Enter")
    page.wait_for_function("location.hash.includes('min_weight=2')")
    expect(page.locator("svg.network g.edge")).to_have_count(sum(d["events"] >= 2 for d in dyads))
    # every node and label inside the drawing
    view = page.locator("svg.network").evaluate("s => ({width: s.viewBox.baseVal.width, height: s.viewBox.baseVal.height})")
    for box in page.locator("svg.network g.node").evaluate_all("gs => gs.map(g => { const b = g.getBBox(); "
                                                               "const m = g.transform.baseVal[0].matrix; return {x: b.x + m.e, y: b.y + m.f, w: b.width, h: b.height}; })"):
        assert 0 <= box["x"] and box["x"] + box["w"] <= view["width"]
        assert 0 <= box["y"] and box["y"] + box["h"] <= view["height"]
    page.locator('svg.network g.edge[data-source="GBR"][data-target="FRA"] path.edge-hit').dispatch_event("click")
    page.wait_for_function("location.hash.includes('edge=GBR')")
    page.reload()
    page.wait_for_selector("svg.network g.edge")
    assert page.locator("input[name=min_weight]").input_value() == "2"
    # the chosen edge and its events come back with the URL
    expect(page.locator("#edge-events tr.event-row")).to_have_count(5)
    assert page.locator("svg.network g.edge.selected").get_attribute("data-target") == "FRA"
    assert not page.errors.errors


def test_map_places_events_and_counts_the_rest(page, busy_server):
    page.goto(busy_server.url + "/#/map")
    page.wait_for_selector("svg.map circle.place")
    loc = _api(busy_server, "/api/locations")
    expect(page.locator("svg.map circle.place")).to_have_count(len(loc["places"]))
    assert page.locator("svg.map .land path").count() > 150
    summary = page.locator("#map-summary").inner_text()
    assert f"Not on the map: {loc['unlocated']} without a location" in summary
    page.locator('svg.map circle.place[data-key="point:51.51,-0.13"]').dispatch_event("click")
    expect(page.locator("#place-events tr.event-row")).to_have_count(2)
    assert "London" in page.locator("#place-events h2").inner_text()
    # an event's page links to its place on the map
    page.locator("#place-events a.event-link").first.click()
    page.wait_for_selector("dl.facts a.map-link")
    page.click("dl.facts a.map-link")
    expect(page.locator("#place-events tr.event-row")).to_have_count(2)
    page.click("#map-zoom-in")
    page.wait_for_function("location.hash.includes('mapview=')")
    page.reload()
    expect(page.locator("#place-events tr.event-row")).to_have_count(2)
    assert float(page.locator("svg.map").evaluate("s => s.viewBox.baseVal.width")) == pytest.approx(180, abs=0.5)
    assert not page.errors.errors


def test_map_filters_by_place_and_keeps_it_in_the_url(page, busy_server):
    page.goto(busy_server.url + "/#/map")
    page.locator('svg.map circle.place[data-key="point:51.51,-0.13"]').dispatch_event("click")
    page.click("#filter-near")  # within 100 km of London: London's two events, not Paris (~340 km)
    page.wait_for_function("location.hash.includes('near=51.51%2C-0.13%2C100')")
    expect(page.locator("#map-summary .total")).to_have_text("2 events")
    expect(page.locator("svg.map circle.place")).to_have_count(1)
    assert page.locator("#filters input[name=near]").input_value() == "51.51,-0.13,100"
    page.reload()
    expect(page.locator("#map-summary .total")).to_have_text("2 events")
    # the form's field: a wider circle takes Paris too; the timeline lists the same events
    page.fill("#filters input[name=near]", "51.51,-0.13,500")
    page.click("#filters button[type=submit]")
    expect(page.locator("#map-summary .total")).to_have_text("4 events")
    page.locator("nav a[data-view=timeline]").click()
    expect(page.locator("#event-list tr.event-row")).to_have_count(4)
    # a country: its places and the events known only by that country
    page.goto(busy_server.url + "/#/map")
    page.locator('svg.map circle.place[data-key="point:48.85,2.35"]').dispatch_event("click")
    page.click("#filter-country-of-location")
    page.wait_for_function("location.hash.includes('country_of_location=FRA')")
    expect(page.locator("#map-summary .total")).to_have_text("3 events")
    assert _api(busy_server, "/api/locations", country_of_location="FRA")["total"] == 3
    assert page.locator("#filters input[name=country_of_location]").input_value() == "FRA"
    assert not page.errors.errors
    # a bad value says why, as the API does (the 422 is the one console error)
    page.goto(busy_server.url + "/#/map?near=north")
    expect(page.locator("main .error")).to_contain_text("bad near 'north'")
    assert [e for e in page.errors.errors if "422" not in e] == []


def test_search_from_the_header(page, busy_server):
    page.goto(busy_server.url + "/#/")
    page.wait_for_selector("#event-list tr.event-row")
    page.fill("#search-box input[name=q]", "russia ukraine")
    page.press("#search-box input[name=q]", "Enter")
    page.wait_for_selector("#search-summary")
    assert page.locator("#search-summary .total").inner_text() == "3 sentences"
    assert page.locator("li.search-hit").count() == 3
    assert set(page.locator("li.search-hit mark.hl-search").all_inner_texts()) == {"Russia", "Ukraine"}
    page.locator("li.search-hit a.event-link").first.click()
    page.wait_for_selector("blockquote.sentence mark.hl-trigger")
    page.go_back()
    page.click("#search-in-documents")
    page.wait_for_function("location.hash.includes('in=documents')")
    expect(page.locator("#search-summary .total")).to_have_text("3 documents")
    page.locator("li.search-hit a.doc-link").first.click()
    page.wait_for_selector(".article mark.hl-sentence")
    assert page.locator(".article mark.hl-sentence").inner_text().lower() == "russia"
    assert not page.errors.errors


def test_csv_download_holds_the_current_filter(page, busy_server):
    page.goto(busy_server.url + "/#/?country=FRA&material=true")
    page.wait_for_selector("#event-list tr.event-row")
    link = page.locator("#event-list a.csv")
    assert "country=FRA" in link.get_attribute("href") and "material=true" in link.get_attribute("href")
    with page.expect_download() as info:
        link.click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    shown = page.locator("#event-list tr.event-row").count()
    assert len(rows) == shown == 6  # FRA's 7 events less the 010 statement
    assert all(r["cameo"][:2] not in ("01", "02") for r in rows)


def test_material_checkbox_leaves_out_statements_and_appeals(page, busy_server):
    page.goto(busy_server.url + "/#/")
    page.wait_for_selector("#event-list tr.event-row")
    expect(page.locator("#event-list tr.event-row")).to_have_count(len(BUSY_EVENTS))
    page.check("input[name=material]")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.hash.includes('material=true')")
    expect(page.locator("#event-list tr.event-row")).to_have_count(len(BUSY_EVENTS) - 2)
    assert "REQUEST" not in page.locator("#event-list").inner_text()
    assert not page.errors.errors


@pytest.mark.parametrize("url", PAGES + ["/#/document/busy-03", "/#/event/{event}"])
def test_phone_width_has_no_cut_off_content(phone, busy_server, shots, url):
    if "{event}" in url:
        url = url.format(event=_api(busy_server, "/api/events", limit=1)["events"][0]["event_id"])
    phone.goto(busy_server.url + url)
    phone.wait_for_selector("main h1")
    # every page, the event and document pages too, names the store's totals in its header
    expect(phone.locator("#store-totals")).to_have_text(f"store: {len(BUSY_EVENTS)} documents, {len(BUSY_EVENTS)} events")
    phone.wait_for_timeout(300)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    if url.startswith("/#/?") or url == "/#/":
        phone.wait_for_selector("#event-list tr.event-row")
        row = phone.locator("#event-list tr.event-row").first.bounding_box()
        assert row["x"] >= 0 and row["x"] + row["width"] <= 390
    _shot(phone, shots, f"phone-{url.strip('/#').split('?')[0].replace('/', '-') or 'timeline'}")
    assert not phone.errors.errors


def test_phone_filters_fold_into_one_button(phone, busy_server):
    phone.goto(busy_server.url + "/#/?country=GBR&material=true")
    phone.wait_for_selector("#event-list tr.event-row")
    assert not phone.locator("input[name=country]").is_visible()
    assert phone.locator("#filters-toggle").inner_text() == "Filters (2 active)"
    phone.click("#filters-toggle")
    assert phone.locator("input[name=country]").input_value() == "GBR"
    phone.fill("input[name=country]", "RUS")
    phone.click("#filters button[type=submit]")
    phone.wait_for_function("location.hash.includes('country=RUS')")
    expect(phone.locator("#event-list tr.event-row")).to_have_count(3)  # RUS in 4 events, one an appeal
    assert not phone.errors.errors
