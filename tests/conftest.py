"""Shared fixtures.  ``../shared`` holds dev sets and corpora: tests may read it, the product never.
``ANNALYST_SHARED`` points the tests at it where a checkout has no ``../shared`` beside it (a git worktree)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ANNALYST_SHARED") or REPO.parent / "shared")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout (set ANNALYST_SHARED to its path)")
    return SHARED


@pytest.fixture(scope="session")
def example_path() -> Path:
    from annalyst.api import example_path

    return example_path()


@pytest.fixture(scope="session")
def nlp():
    from annalyst.parse import load_nlp

    return load_nlp()
