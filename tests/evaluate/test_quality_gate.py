"""Quality gate: the full coder (parse → actors → events) on the dev sets in ../shared.

Floors sit slightly under the scores measured when they were pinned.  A floor is only ever
lowered with a written reason here (date, what changed, why the drop is accepted).

Measured 2026-11-29 (this tree; limit 200 per real-news set, seed 13): see FLOORS' comments.
The issue's goals (codebook root >= 0.90, exact >= 0.70; GSR event F1 >= 0.85, triple F1 >= 0.60,
source and target country >= 0.90) are met at 15:05 UTC 2026-11-29; the floors sit just under the
measured values, so a change that loses a sentence or two is caught.
"""

from __future__ import annotations

import pytest

from annalyst.evaluate import EvalOptions, evaluate

pytestmark = [pytest.mark.slow, pytest.mark.shared]

FLOORS = {
    # codebook and GLOCON floors raised 2026-11-29 14:00 UTC after the sixth coder pass (failed
    # negotiations, alert status, lodged protests vs protest events, protests against detentions,
    # yield vs political kinds by the nearest topic word, protesters' blockades, concessions offered;
    # docs/events.md):
    # codebook and GSR event floors raised 2026-11-29 13:30 UTC after the fifth coder pass (content
    # classes of yields, nominal acts, conditional threats, PLOVER manual corrections; measured on the
    # committed tree plus the coder files, docs/events.md):
    # (set, metric): floor      measured 2026-11-29 12:22 UTC (limit 200, seed 13), third coder pass:
    # reciprocal "X and Y agreed/signed/met", the source's own object or possessive passed over for the
    # target, agentless accusations, stative "is opposed/committed to", protests mentioned in passing,
    # "wants X to", cyber coercion, declared emergency rule, misparsed participle subjects (docs/events.md); earlier passes' numbers
    # in docs/events.md
    ("codebook", "root"): 0.895,  # 0.903 whole tree 14:25 UTC, seventh pass (sixth 0.881, fifth 0.877)
    ("codebook", "three_digit"): 0.79,  # 0.798 (sixth 0.773, fifth 0.755)
    ("codebook", "exact"): 0.73,  # 0.740 (sixth 0.711, fifth 0.686)
    ("gsr", "event_f1"): 0.87,  # 0.880 (sixth 0.868)
    ("gsr", "source_country"): 0.91,  # 0.916 whole tree 15:05 UTC (moves with the actor and structure stages; 0.897 at 13:35)
    ("gsr", "target_country"): 0.895,  # 0.905 whole tree 15:05 UTC (0.879 at 14:25, 0.843 at 13:35)
    ("gsr", "source_sector"): 0.80,  # 0.808
    ("gsr", "target_sector"): 0.72,  # 0.726
    ("gsr", "triple_f1"): 0.76,  # 0.771 whole tree 15:05 UTC (0.751 at 14:25, 0.716 at 13:35)
    ("india-police-arrest", "precision"): 0.90,  # 0.974
    ("india-police-arrest", "recall"): 0.68,  # 0.712 (agentless "were arrested", "arrests were made": implied police)
    ("india-police-kill-force", "precision"): 0.90,  # 1.000
    ("india-police-kill-force", "recall"): 0.62,  # 0.647 ("died in police firing": agent read from the cause)
    ("glocon-protest", "precision"): 0.85,  # 0.917 (11 of 12; fifth pass 0.900)
    ("glocon-protest", "recall"): 0.25,  # 0.268 (fifth pass 0.220; GLOCON positives are mostly not protests)
    ("glocon-contentious", "precision"): 0.63,  # 0.643 (sixth 0.634, fifth pass 0.615)
    ("glocon-contentious", "recall"): 0.64,  # 0.659 (sixth 0.634, fifth pass 0.585)
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
