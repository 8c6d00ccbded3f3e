"""The doer of an agentless passive harm named in its cause clause (issue 15, AGENTLESS;
events/structure.cause_clause_doer): an armed force acting in the "when / as / after" clause did it.

Each sentence runs through the whole pipeline and the exact event set is asserted: (trigger, CAMEO code, source
code, target code)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_tuples import coded

CASES = [
    # the cause clause's by-phrase names an armed force
    ("Nine Turkish activists were killed when their ship was stormed by Israeli troops.",
     {("stormed troops", "190", "ISRMIL", None), ("killed", "190", "ISRMIL", "TURCVL")}),
    # the cause clause's subject is one
    ("Two Egyptian protesters were wounded when Egyptian police opened fire.",
     {("wounded", "190", "EGYCOP", "EGYCVL"), ("opened fire", "193", "EGYCOP", None)}),
]

# where the clause names no armed doer other than the victims, none is guessed
OPEN = [
    # the victims themselves act in the clause
    ("Two Iraqi soldiers were killed when they attacked a rebel post.",
     {("killed", "190", None, "IRQMIL"), ("attacked", "190", "IRQMIL", None)}),
    # an unarmed actor's act is no cause of the deaths
    ("Two Iraqi soldiers were killed when the Iraqi minister arrived.",
     {("killed", "190", None, "IRQMIL")}),
    # no actor at all
    ("Two villagers were killed when their car hit a mine.",
     {("killed", "190", None, None)}),
]

EVENT_FIELDS = ("trigger", "cameo", "source", "target")
_events = partial(coded, published="2005-11-01", fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", CASES + OPEN, ids=[t[:40] for t, _ in CASES + OPEN])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected
