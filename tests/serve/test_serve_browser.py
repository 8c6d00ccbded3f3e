"""The web UI in headless Chromium: filter, timeline, network, event page, document page, escaping."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from playwright.sync_api import expect

from annalyst.serve.server import start_in_thread

from tests.serve.browser import PageErrors

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("ANNALYST_SCREENSHOTS")  # a folder: save screenshots there while developing


@pytest.fixture(scope="module")
def server(sample):
    with start_in_thread(sample.db) as running:
        yield running


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.errors = PageErrors(pg)
    yield pg
    context.close()


def shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def test_binds_loopback(server):
    assert server.url.startswith("http://127.0.0.1:")


def test_filter_to_prk_open_event_see_highlighted_sentence(page, server):
    page.goto(server.url + "/")
    page.wait_for_selector("table.events tr.event-row")
    page.fill("input[name=country]", "PRK")
    page.click("button[type=submit]")
    page.wait_for_function("location.hash.includes('country=PRK')")
    rows = page.locator("table.events tr.event-row")
    expect(rows).to_have_count(3)  # three asserted events touch PRK; the RUS hypothetical one is hidden
    assert all("PRK" in t for t in rows.all_inner_texts())
    recognition = rows.filter(has_text="recognized the independence")
    expect(recognition).to_have_count(1)
    # the chart and the list are fetched concurrently, so wait for the bars rather than count them at once
    expect(page.locator("#timeline-chart g.bar rect.quad-1").first).to_be_attached()  # cooperation is coloured as such
    shot(page, "timeline-prk")
    recognition.locator("a.event-link").click()
    page.wait_for_selector("blockquote.sentence mark.hl-trigger")
    assert page.locator("blockquote.sentence mark.hl-trigger").first.inner_text() == "recognized"
    assert page.locator("blockquote.sentence mark.hl-source").first.inner_text() == "North Korea"
    assert page.locator("blockquote.sentence mark.hl-target").first.inner_text() == "Donetsk People's Republic"
    assert "New Eastern Outlook" in page.locator(".mention-meta").first.inner_text()
    assert "Grant diplomatic recognition" in page.locator("dl.facts").inner_text()
    shot(page, "event")
    page.click("a.doc-link")
    page.wait_for_selector(".article mark.hl-sentence")
    assert page.locator("mark.hl-sentence").inner_text().startswith("North Korea has officially recognized")
    struck = page.locator(".removed del").all_inner_texts()
    assert "Please select digest to download:" in struck
    assert "boilerplate" in page.locator(".removed").inner_text()
    shot(page, "document")
    assert not page.errors.errors


def test_flagged_events_only_on_request(page, server):
    page.goto(server.url + "/#/?country=RUS")
    page.wait_for_selector("p.empty")
    page.check("input[name=include_flagged]")
    page.click("button[type=submit]")
    expect(page.locator("table.events tr.event-row")).to_have_count(1)
    assert "hypothetical" in page.locator("table.events").inner_text()
    assert not page.errors.errors


def test_network_edge_lists_its_events(page, server):
    page.goto(server.url + "/#/network")
    page.wait_for_selector("svg.network g.edge")
    labels = page.locator("svg.network g.node text").all_text_contents()
    assert {"PRK", "UKR", "USA"} <= set(labels)
    assert page.locator("svg.network g.edge").count() == 3
    shot(page, "network")
    # a curve's bounding-box centre is off the stroke, so the click is dispatched to the edge itself
    page.locator('svg.network g.edge[data-source="UKR"][data-target="PRK"] path.edge-hit').dispatch_event("click")
    page.wait_for_selector("#edge-events table.events")
    listing = page.locator("#edge-events").inner_text()
    assert "UKR → PRK" in listing and "severing diplomatic relations" in listing
    assert not page.errors.errors


def test_article_text_is_shown_as_text_never_run(page, server, sample):
    page.goto(server.url + "/#/?country=USA")
    expect(page.locator("table.events tr.event-row")).to_have_count(1)
    assert "<script>window.__pwned = 1</script>" in page.locator("table.events").inner_text()
    page.locator("table.events a.event-link").first.click()
    page.wait_for_selector("blockquote.sentence")
    assert "<script>window.__pwned = 1</script>" in page.locator("blockquote.sentence").inner_text()
    assert "onerror=\"window.__pwned = 5\"" in page.locator(".attribution").inner_text()
    assert page.locator(".url a").count() == 0  # a javascript: URL is shown, never linked
    page.goto(server.url + f"/#/document/{sample.xss_doc}")
    page.wait_for_selector(".article .text p")
    assert "<img src=x onerror=" in page.locator(".article").inner_text()
    assert "<script>window.__pwned = 3</script>" in page.locator("h1.doc-title").inner_text()
    shot(page, "xss")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img").count() == 0


def test_unknown_event_shows_the_api_error(page, server):
    page.goto(server.url + "/#/event/does-not-exist")
    page.wait_for_selector(".error")
    text = page.locator(".error").inner_text()
    assert "E404" in text and "Fix:" in text
