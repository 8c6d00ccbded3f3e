"""Fixtures for the web tests: a small hand-built store, an in-process client."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from annalyst.serve import create_app

from tests.serve.sample_store import Sample, build_sample_store


@pytest.fixture(scope="session")
def sample(tmp_path_factory) -> Sample:
    return build_sample_store(tmp_path_factory.mktemp("serve") / "sample.duckdb")


@pytest.fixture(scope="module")
def client(sample):
    # raise_server_exceptions=False: a 500 must come back as the JSON error shape, not a traceback
    with TestClient(create_app(sample.db), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium through Playwright (never a downloaded browser), for the browser tests."""
    from playwright.sync_api import sync_playwright

    from tests.serve.browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()
