"""``ANNALYST_SHARED`` points the shared-data tests at ../shared where a checkout has no ``../shared`` beside
it (a git worktree); the product never reads it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import SHARED


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = Path(os.environ.get("ANNALYST_SHARED") or SHARED)
    if not path.is_dir():
        pytest.skip("../shared is not beside this checkout (set ANNALYST_SHARED to its path)")
    return path
