"""``annalyst report``: a static folder with the timeline and network as PNG images, all text escaped."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.cli import main
from annalyst.errors import StoreError
from annalyst.report import build_report, choose_period
from annalyst.report.charts import edges_from_dyads
from annalyst.report.layout import force_layout
from annalyst.store import EventQuery

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def report(report_sample, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "report"
    return build_report(report_sample.db, out, EventQuery(include_flagged=True, limit=200), title="Korea <watch>")


def test_writes_a_page_and_two_images(report):
    assert report.index.name == "index.html" and report.events == 4 == report.listed
    for image in report.images:
        data = image.read_bytes()
        assert data.startswith(PNG_MAGIC) and len(data) > 5000
        assert image.parent == report.index.parent
    html = report.index.read_text(encoding="utf-8")
    for image in report.images:
        assert f'src="{image.name}"' in html  # relative: the folder can be sent as is


def test_page_lists_events_dyads_and_filters(report):
    html = report.index.read_text(encoding="utf-8")
    assert "North Korea has officially recognized the independence" in html
    assert "UKR → PRK" in html and "include_flagged=True" in html
    assert "4 events" in html and "hypothetical" in html
    assert "Korea &lt;watch&gt;" in html


def test_article_text_and_names_are_escaped(report):
    html = report.index.read_text(encoding="utf-8")
    assert "<script>window" not in html and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "<img" not in html.replace('<img src="timeline.png"', "").replace('<img src="network.png"', "")
    assert "javascript:" not in html


def test_filters_and_table_limit(report_sample, tmp_path):
    result = build_report(report_sample.db, tmp_path / "r", EventQuery(country="UKR", limit=1))
    assert result.events == 2 and result.listed == 1
    html = result.index.read_text(encoding="utf-8")
    assert "the table lists the first 1" in html and "country=UKR" in html


def test_nothing_matching_still_makes_a_report(report_sample, tmp_path):
    result = build_report(report_sample.db, tmp_path / "empty", EventQuery(country="FRA"))
    assert result.events == 0
    assert "No events match these filters." in result.index.read_text(encoding="utf-8")
    assert all(p.read_bytes().startswith(PNG_MAGIC) for p in result.images)


def test_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError) as info:
        build_report(tmp_path / "none.duckdb", tmp_path / "out")
    assert "annalyst ingest" in info.value.fix


def test_cli_report(report_sample, tmp_path, capsys):
    out = tmp_path / "cli"
    assert main(["report", "--db", str(report_sample.db), "--out", str(out), "--country", "PRK", "--period", "week"]) == 0
    assert (out / "index.html").exists() and (out / "network.png").exists()
    assert str(out / "index.html") in capsys.readouterr().out


def test_cli_report_bad_filter_is_an_error(report_sample, tmp_path, capsys):
    assert main(["report", "--db", str(report_sample.db), "--out", str(tmp_path / "x"), "--since", "July"]) == 2  # a bad filter is a usage error (exit 2), as in every command
    assert "E004" in capsys.readouterr().err


@pytest.mark.parametrize("days,period", [(0, "day"), (45, "day"), (46, "week"), (400, "week"), (401, "month"),
                                         (12 * 365, "month"), (12 * 365 + 1, "year")])
def test_choose_period(days, period):
    first = dt.date(2020, 1, 1)
    assert choose_period(first, first + dt.timedelta(days=days)) == period
    assert choose_period(None, None) == "month"


def test_edges_leave_out_non_actors():
    dyads = [{"source": "PRK", "target": "UKR", "events": 2, "goldstein_mean": 6.0},
             {"source": "PRK", "target": "-", "events": 5, "goldstein_mean": 0.0},
             {"source": "?", "target": "USA", "events": 1, "goldstein_mean": -2.0}]
    assert [(e.source, e.target, e.events) for e in edges_from_dyads(dyads)] == [("PRK", "UKR", 2)]


@settings(max_examples=40, deadline=None)
@given(n=st.integers(0, 12), raw=st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=30))
def test_layout_is_deterministic_and_in_bounds(n, raw):
    edges = [(a, b) for a, b in raw if a < n and b < n]
    pos = force_layout(n, edges, iterations=60)
    assert pos.shape == (n, 2) and np.isfinite(pos).all()
    assert ((pos >= 0) & (pos <= 1)).all()
    assert np.array_equal(pos, force_layout(n, edges, iterations=60))


def test_layout_separates_nodes():
    pos = force_layout(5, [(0, 1), (1, 2), (2, 3), (3, 4)])
    gaps = [np.linalg.norm(pos[i] - pos[j]) for i in range(5) for j in range(i + 1, 5)]
    assert min(gaps) > 0.05
