"""``bench/confidence_reliability.py`` and ``tools/fit_confidence.py``: labels, bins, Brier score, the fit."""

from __future__ import annotations

import importlib.util
import sys

import numpy as np
import pytest

from tests.conftest import REPO


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cr():
    sys.path.insert(0, str(REPO / "bench"))
    return _load("confidence_reliability", REPO / "bench" / "confidence_reliability.py")


@pytest.fixture(scope="module")
def fitter(cr):
    return _load("fit_confidence", REPO / "tools" / "fit_confidence.py")


def test_triple_label(cr):
    v = dict(real_event="Y", source_ok="Y", target_ok="Y", root_ok="Y")
    assert cr.triple(v) == 1
    assert cr.triple({**v, "target_ok": "C"}) == 0  # close is not right
    assert cr.triple({**v, "real_event": "N", "source_ok": "-"}) == 0
    assert cr.triple({**v, "source_ok": None}) is None  # changed since judged: no label


def test_reliability_table(cr):
    pairs = [(0.05, 0), (0.05, 0), (0.15, 1), (0.5, 1), (0.5, 0), (0.85, 1), (0.95, 0), (1.0, 1)]
    rep = cr.reliability("x", pairs, [0.1, 0.4, 0.8])
    assert [(b.low, b.high, b.n, b.right) for b in rep.bins] == [
        (0.0, 0.1, 2, 0), (0.1, 0.4, 1, 1), (0.4, 0.8, 2, 1), (0.8, 1.0, 3, 2)]
    assert rep.bins[3].to_json()["mean_confidence"] == pytest.approx(0.933, abs=1e-3)
    assert (rep.n, rep.right, rep.high_n, rep.high_right) == (8, 4, 3, 2)
    brier = (0.05**2 * 2 + 0.85**2 + 0.5**2 * 2 + 0.15**2 + 0.95**2 + 0.0) / 8
    assert rep.brier == pytest.approx(brier)
    assert rep.brier_base_rate == pytest.approx(0.25)  # base rate 0.5: every event off by 0.5
    assert rep.to_json()["high_share_right"] == pytest.approx(0.667, abs=1e-3)


def test_empty_half_reports_no_high_share(cr):
    rep = cr.reliability("none", [], [0.5])
    assert rep.to_json()["high_share_right"] is None and rep.brier == 0.0


def test_fit_recovers_a_known_logistic_model(fitter):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(4000, 2)) * [1.0, 3.0] + [0.0, 2.0]
    p = 1 / (1 + np.exp(-(-1.0 + 2.0 * x[:, 0] - 0.5 * x[:, 1])))
    y = (rng.random(4000) < p).astype(float)
    intercept, weights = fitter.fit(x, y, l2=0.0)
    assert intercept == pytest.approx(-1.0, abs=0.2)
    assert weights == pytest.approx([2.0, -0.5], abs=0.15)


def test_penalty_shrinks_the_weights(fitter):
    rng = np.random.default_rng(4)
    x = rng.normal(size=(300, 3))
    y = (x[:, 0] + rng.normal(size=300) > 0).astype(float)
    loose = np.abs(fitter.fit(x, y, l2=0.0)[1]).sum()
    tight = np.abs(fitter.fit(x, y, l2=100.0)[1]).sum()
    assert tight < loose / 2


def test_constant_feature_gets_no_weight(fitter):
    x = np.column_stack([np.linspace(-1, 1, 50), np.ones(50)])
    y = (np.linspace(-1, 1, 50) > 0).astype(float)
    assert fitter.fit(x, y, l2=1.0)[1][1] == 0.0


def test_check_sets_never_reach_the_fit(fitter):
    # the weights may only see the tune sets (session 17: news-audit-1, judged-1 … judged-11; each session's blind
    # set becomes a check set, then a tune set); judged-12 (check) and judged-13 (blind) are held out
    assert fitter.TUNE_SETS == ("news-audit-1", *(f"judged-{n}" for n in range(1, 12)))
    assert fitter.DEFAULT_TRAIN == [f"{name}:dev" for name in fitter.TUNE_SETS]
    assert not {"judged-12", "judged-13"} & set(fitter.TUNE_SETS)


def test_reliability_never_codes_the_blind_set(cr):
    # the check set judged-12 is reported (numbers only); the blind set judged-13 is never coded by a default run
    assert "judged-12" in cr.DEFAULT_SETS and "judged-13" not in cr.DEFAULT_SETS
