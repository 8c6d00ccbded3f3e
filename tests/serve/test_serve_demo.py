"""Acceptance: on the demo store (the founding article, ingested by the real pipeline), an analyst
filters to PRK, sees the recognition event, opens it and sees its sentence highlighted."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annalyst.api import example_path
from annalyst.serve.server import start_in_thread

from tests.serve.browser import CHROMIUM_ARGS, PageErrors, chromium_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from annalyst.pipeline.run import ingest

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    summary = ingest([str(example_path())], db)
    assert summary.processed == 1 and summary.events > 0
    return db


def test_filter_to_prk_open_the_recognition_see_the_sentence(demo_db):
    from playwright.sync_api import sync_playwright

    with start_in_thread(demo_db) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(20_000)
        errors = PageErrors(page)
        page.goto(server.url + "/")
        page.wait_for_selector("#timeline-chart svg.timeline")
        page.fill("input[name=country]", "PRK")
        page.click("button[type=submit]")
        page.wait_for_function("location.hash.includes('country=PRK')")
        recognition = page.locator("table.events tr.event-row").filter(has_text="officially recognized")
        expect(recognition.first).to_be_visible()
        row_text = recognition.first.inner_text()
        assert "PRK" in row_text and "SUPPORT" in row_text
        recognition.first.locator("a.event-link").click()
        sentence = page.locator("blockquote.sentence").first
        expect(sentence.locator("mark.hl-trigger")).to_have_count(1)
        assert "officially recognized" in sentence.inner_text()
        assert sentence.locator("mark.hl-source").count() == 1
        assert "054" in page.locator("dl.facts").inner_text()
        page.locator("a.doc-link").first.click()
        page.wait_for_selector(".article mark.hl-sentence")
        struck = " ".join(page.locator(".removed del").all_inner_texts())
        assert "Please select digest to download:" in struck or "siteleri" in struck
        assert not errors.errors
        browser.close()
