"""Shared fixtures.  ``../shared`` holds dev sets and corpora: tests may read it, the product never."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def example_path() -> Path:
    from annalyst.api import example_path

    return example_path()


@pytest.fixture(scope="session")
def nlp():
    from annalyst.parse import load_nlp

    return load_nlp()
