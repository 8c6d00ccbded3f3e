"""Fixtures for the robustness tests: the hostile corpus, built once per session in a tmp dir."""

from __future__ import annotations

import pytest

from tests.robustness.hostile import Corpus, build


@pytest.fixture(scope="session")
def hostile(tmp_path_factory) -> Corpus:
    return build(tmp_path_factory.mktemp("hostile") / "corpus")
