"""``bench/merge_growth.py`` reports each store size's ratios to the smallest side by side, and the store's
share of a run from the coding's CPU that ``--code`` records beside its cache."""

from __future__ import annotations

import importlib.util
import json

import pytest

from tests.conftest import REPO


def _bench():
    spec = importlib.util.spec_from_file_location("merge_growth", REPO / "bench" / "merge_growth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ROWS = [{"stories": 625, "mentions": 1500, "events": 1200, "store_cpu_s": 1.25, "s_per_1000": 2.0, "last_1000_s": 2.0,
         "peak_rss_mb": 200.0},
        {"stories": 2500, "mentions": 6000, "events": 4800, "store_cpu_s": 6.25, "s_per_1000": 2.5, "last_1000_s": 3.0,
         "peak_rss_mb": 260.0}]


def test_ratios_to_the_smallest_size_side_by_side():
    small, large = _bench().with_ratios(ROWS, None)
    assert (small["x_stories"], small["x_store_cpu"], small["x_per_story"], small["x_last_1000"]) == (1.0, 1.0, 1.0, 1.0)
    assert (large["x_stories"], large["x_store_cpu"], large["x_per_story"], large["x_last_1000"]) == (4.0, 5.0, 1.25, 1.5)
    assert "store_share" not in large  # no coding time recorded: no share


def test_store_share_reads_the_recorded_coding_time(tmp_path):
    bench = _bench()
    cache = tmp_path / "growth.pickle"
    assert bench.code_cpu_per_story(cache) is None
    bench._record_timing(cache, 100, 40.0)
    bench._record_timing(cache, 100, 60.0)  # a resumed --code run adds to the record
    assert json.loads((tmp_path / "growth.pickle.timing.json").read_text()) == {"stories": 200, "code_cpu_s": 100.0}
    assert bench.code_cpu_per_story(cache) == 0.5
    small, large = bench.with_ratios(ROWS, 0.5)
    # 625 stories: 312.5 CPU s coding, 1.25 store; 2,500: 1,250 and 6.25
    assert small["store_share"] == pytest.approx(1.25 / 313.75, abs=1e-4)
    assert large["store_share"] == pytest.approx(6.25 / 1256.25, abs=1e-4)
