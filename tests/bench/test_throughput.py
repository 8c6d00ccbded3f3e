"""``bench/throughput.py`` runs end to end on a few stories and reports both phases side by side."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_bench_measures_both_phases_on_the_same_stories(shared_dir):
    done = subprocess.run([sys.executable, str(REPO / "bench" / "throughput.py"), "--docs", "6", "--corpus", "reuters",
                           "--json"], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout[done.stdout.index("\n[") + 1:])
    (row,) = report
    parse, annalyst = row["parse"], row["annalyst"]
    assert row["corpus"] == "reuters" and annalyst["docs"] == 6 and 0 < parse["docs"] <= 6
    assert parse["sentences"] > 0 and annalyst["sentences"] > 0 and annalyst["events"] > 0
    assert row["cpu_ratio"] == pytest.approx(parse["cpu_seconds"] / annalyst["cpu_seconds"], abs=1e-3)
    assert {"clean", "dedup", "parse", "actors", "events", "dates", "geo", "store", "store-open", "read", "other"} <= set(annalyst["stages"])
    assert parse["peak_rss_mb"] > 0 and annalyst["peak_rss_mb"] > 0
