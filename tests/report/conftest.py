from __future__ import annotations

import pytest

from tests.serve.sample_store import Sample, build_sample_store


@pytest.fixture(scope="session")
def report_sample(tmp_path_factory) -> Sample:
    return build_sample_store(tmp_path_factory.mktemp("report") / "sample.duckdb")
