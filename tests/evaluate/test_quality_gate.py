"""Quality gate: the full coder (parse → actors → events) on the TEST half of the dev sets in ../shared.

Every dev set is split once into a dev half (tune on it) and a test half (fixed seed, by document:
``annalyst.evaluate.run.split_half``, docs/evaluation.md).  The gate reads the test half only.
Floors sit slightly under the scores measured when they were pinned.  A floor is only ever
lowered with a written reason here (date, what changed, why the drop is accepted).
"""

from __future__ import annotations

import pytest

from annalyst.evaluate import EvalOptions, evaluate

pytestmark = [pytest.mark.slow, pytest.mark.shared]

FLOORS = {
    # (set, metric): floor      measured on the TEST half, 2026-12-06 10:50 UTC (tree 6334ed6 + the split;
    # limit 200 per real-news half, seed 13; `annalyst eval --limit 200 --half both`).  The floors of the
    # whole sets before the split, and the passes that raised them, are in git history and docs/events.md.
    ("codebook", "root"): 0.905,  # 0.913 (138 codes; dev half 0.892)
    ("codebook", "three_digit"): 0.79,  # 0.797 (dev 0.799)
    ("codebook", "exact"): 0.74,  # 0.746 (dev 0.734)
    ("gsr", "event_f1"): 0.87,  # 0.877 (162 records; dev 0.883)
    ("gsr", "source_country"): 0.925,  # 0.932 (dev 0.899)
    ("gsr", "target_country"): 0.915,  # 0.921 (dev 0.890)
    ("gsr", "source_sector"): 0.795,  # 0.802 (dev 0.814)
    ("gsr", "target_sector"): 0.705,  # 0.714 (dev 0.738)
    ("gsr", "triple_f1"): 0.785,  # 0.794 (dev 0.747)
    # precision floors on the small real-news samples leave room for one more false positive (33/35 = 0.943)
    ("india-police-arrest", "precision"): 0.94,  # 0.971 (33 of 34; dev 1.000)
    ("india-police-arrest", "recall"): 0.61,  # 0.623 (33 of 53; dev 0.707)
    ("india-police-kill-force", "precision"): 0.97,  # 1.000 (36 of 36; dev 1.000)
    ("india-police-kill-force", "recall"): 0.72,  # 0.735 (36 of 49; dev 0.571)
    ("glocon-protest", "precision"): 0.85,  # 0.917 (11 of 12; dev 0.750); 0.85 is issue 14's goal
    ("glocon-protest", "recall"): 0.23,  # 0.239 (11 of 46; dev 0.257)
    ("glocon-contentious", "precision"): 0.55,  # 0.565 (dev 0.500)
    ("glocon-contentious", "recall"): 0.55,  # 0.565 (dev 0.571)
}


@pytest.fixture(scope="module")
def report(shared_dir):
    # the test half only: the dev half is for tuning, so a floor on it would measure the tuning
    return evaluate(EvalOptions(shared_dir=shared_dir, limit=200, seed=13, half="test"))


def _value(report, set_name: str, metric: str) -> float:
    if set_name == "codebook":
        return getattr(report.codebook, metric)
    if set_name == "gsr":
        return getattr(report.gsr, metric)
    return next(getattr(s, metric) for s in report.real if s.name == set_name)


@pytest.mark.parametrize("set_name,metric", sorted(FLOORS), ids=[f"{a}-{b}" for a, b in sorted(FLOORS)])
def test_floor(report, set_name, metric):
    value = _value(report, set_name, metric)
    assert value >= FLOORS[(set_name, metric)], f"{set_name} {metric} = {value:.3f} < floor {FLOORS[(set_name, metric)]}"
