"""``bench/serve_latency.py`` runs end to end on a small store and reports the issue's targets."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.serve.browser import chromium_path
from tests.serve.sample_store import BUSY_EVENTS, build_busy_store


@pytest.mark.browser
@pytest.mark.slow
def test_bench_times_the_api_and_the_first_render(tmp_path):
    chromium_path()  # skips without Chromium
    db = build_busy_store(tmp_path / "busy.duckdb")
    done = subprocess.run([sys.executable, str(REPO / "bench" / "serve_latency.py"), "--db", str(db), "--requests", "22",
                           "--renders", "1", "--json"], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["store"] == {"documents": len(BUSY_EVENTS), "mentions": len(BUSY_EVENTS), "events": len(BUSY_EVENTS)}
    assert report["api_events"]["n"] == 22 and report["api_events"]["p99_ms"] >= report["api_events"]["p50_ms"] > 0
    assert report["api_events_csv"]["rows"] == len(BUSY_EVENTS)
    assert report["ui"]["all_counted"] is True and report["ui"]["shows"] == f"{len(BUSY_EVENTS)}_events"
    assert set(report["targets"]) == {"api_events_p99_ok", "first_render_ok", "all_events_counted"}
    assert report["targets"]["all_events_counted"] is True
