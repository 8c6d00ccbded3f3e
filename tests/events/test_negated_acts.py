"""Acts not done (issue 14, session 12; ``negated_act`` in ``events/unasserted.py``, the ``negatable_acts`` veto
row of ``codes/data/code_rules.tsv``): a meeting, material cooperation or material conflict flagged negated and
not hypothetical is no event; a negated stance, intent or threat stays, flagged; a negation inside a possibility
("could not have been killed without ...") stays.  Exact event sets: (trigger, code, source, target, flags)."""

from __future__ import annotations

import pytest

from tests.events.test_habits_frameworks_wishes import _events

CASES = [
    # material conflict and cooperation not done (judged-4, VOA 2019: "Vindman did not come to him" judged a
    # non-meeting; judged-3: "police alone are not able to end the violence" no de-escalation)
    ("Israel did not attack Syria.", set()),
    ("The army did not release the prisoners.", set()),
    # twins: the acts done
    ("Israel attacked Syria.", {("attacked", "190", "ISR", "SYR", ())}),
    ("The army released the prisoners.", {("released prisoners", "0841", None, None, ())}),
    # a negated stance, intent or threat is a position: kept, flagged
    ("Israel does not support Syria.", {("support", "051", "ISR", "SYR", ("negated",))}),
    ("Iran did not agree to the talks.", {("agree to talks", "036", "IRN", None, ("negated",))}),
    ("Egypt did not threaten Libya.", {("threaten", "130", "EGY", "LBY", ("negated",))}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_negated_acts(text, expected):
    assert _events(text) == expected
