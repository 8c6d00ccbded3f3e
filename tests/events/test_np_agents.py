"""Agents and patients inside noun phrases and coordinated clauses (issue 15, point 6; events/np_agents.py).

Each sentence runs through the whole pipeline (actor stage included) and the exact event set is asserted:
(trigger, CAMEO code, source code, target code)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_tuples import coded


CASES = [
    # a coordinated passive's own by-phrase is its doer; the owner of "military police" is the body its
    # phrase names twice, in full and by its short name
    ("A Sierra Leone naval officer is now in detention and being questioned by military police of the "
     "West African Peacekeeping Force (ECOMOG).",
     {("questioned", "110", "IGOMIL", "SLEMIL")}),
    # the side of the fight that is not the victims' own
    ("Two Turkish soldiers were killed in a clash between the Turkish security forces and the Kurdistan "
     "Workers' Party (PKK) in southeastern Turkey.",
     {("clash", "190", "TURCOP", "PKK"), ("killed", "190", "PKK", "TURMIL")}),
    ("Two Egyptian protesters were wounded in clashes with police in Cairo.",
     {("wounded", "190", "EGYCOP", "EGYCVL")}),
    # a relative clause on the fight: its pronoun ("during which") stands for the clashes
    ("The demolition sparked clashes with Egyptian police during which two Egyptian protesters were wounded.",
     {("wounded", "190", "EGYCOP", "EGYCVL")}),
    # victims named as no state force, though unplaced, are not on the side of the one state force named
    ("Two villagers were wounded in clashes with Israeli troops.",
     {("wounded", "190", "ISRMIL", None)}),
    # an event noun's by-phrase is the agent of the noun; the target phrase the parser hangs on the agent is the
    # noun's target; the killing it is the subject of is its outcome, one happening (events/happenings.py)
    ("The attack by rebels on the army base killed five Ugandan soldiers.",
     {("attack", "190", "UGAREB", "UGAMIL")}),
    # the possessor of an event noun is its agent, the of-phrase its patient; the killing is its outcome
    ("Israel's bombardment of Gaza killed ten Palestinians.",
     {("bombardment", "194", "ISR", "PSE")}),
    # followers "loyal to" someone take his country
    ("Five civilians were killed by gunmen loyal to a Somali warlord.",
     {("killed", "190", "SOMUAF", None)}),
]

# where the text leaves the doer open, none is guessed: an unidentified armed group of the place (UAF, the implied
# source of violence; its code is shown since implied actors carry one, structure.implied_actor)
OPEN = [
    # both sides differ from the victims: either may have done it
    ("Three Iraqi villagers were killed in a clash between the Iraqi army and Kurdish rebels.",
     {("clash", "190", "IRQMIL", "IRQREB"), ("killed", "190", "IRQUAF", "IRQCVL")}),
    # the only side named is the victims' own
    ("Two Turkish soldiers were killed in clashes with the Turkish army.",
     {("killed", "190", "TURUAF", "TURMIL")}),
    # unplaced victims and a side that is no state force: either side may be theirs
    ("Two villagers were wounded in clashes with rebels.",
     {("wounded", "190", None, None)}),
    # unplaced victims, both sides named: either may have done it
    ("Two villagers were wounded in clashes between Israeli troops and rebels.",
     {("clashes", "190", "ISRMIL", "ISRREB"), ("wounded", "190", "ISRUAF", None)}),
    # a relative clause on a noun that is no fight names no side
    ("The talks in which two Egyptian protesters were wounded ended.",
     {("wounded", "190", None, "EGYCVL")}),
    # a by-phrase on a noun that is no act makes no event
    ("The report by the commission on the economy was published on Monday.", set()),
]


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("trigger", "cameo", "source", "target")
_events = partial(coded, published="2005-11-01", fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", CASES + OPEN, ids=[t[:40] for t, _ in CASES + OPEN])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected
