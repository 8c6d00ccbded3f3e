"""Quality gate: the full coder (parse → actors → events) on the dev sets in ../shared.

Floors sit slightly under the scores measured when they were pinned.  A floor is only ever
lowered with a written reason here (date, what changed, why the drop is accepted).

Measured 2026-11-29 (this tree; limit 200 per real-news set, seed 13): see FLOORS' comments.
The issue's goals are higher (codebook root >= 0.90, exact >= 0.70; GSR event F1 >= 0.85,
triple F1 >= 0.60); raise the floors as the coder gets there.
"""

from __future__ import annotations

import pytest

from annalyst.evaluate import EvalOptions, evaluate

pytestmark = [pytest.mark.slow, pytest.mark.shared]

FLOORS = {
    # (set, metric): floor      measured 2026-11-29 (limit 200, seed 13)
    ("codebook", "root"): 0.745,  # 0.762
    ("codebook", "three_digit"): 0.455,  # 0.473
    ("codebook", "exact"): 0.34,  # 0.354
    ("gsr", "event_f1"): 0.745,  # 0.757
    ("gsr", "source_country"): 0.68,  # 0.698
    ("gsr", "target_country"): 0.52,  # 0.538
    ("gsr", "triple_f1"): 0.40,  # 0.419
    ("india-police-arrest", "precision"): 0.80,  # 1.000 (8 of 8)
    ("india-police-arrest", "recall"): 0.12,  # 0.154 (agentless passives are not coded)
    ("india-police-kill-force", "precision"): 0.80,  # 1.000
    ("india-police-kill-force", "recall"): 0.33,  # 0.373
    ("glocon-protest", "precision"): 0.50,  # 0.750 (3 of 4)
    ("glocon-protest", "recall"): 0.05,  # 0.073 (GLOCON positives are mostly not protests)
    ("glocon-contentious", "precision"): 0.30,  # 0.400
    ("glocon-contentious", "recall"): 0.15,  # 0.195
}


@pytest.fixture(scope="module")
def report(shared_dir):
    return evaluate(EvalOptions(shared_dir=shared_dir, limit=200, seed=13))


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
