"""A government's own party is its own side, on the article's day (issue 15, TGT-ATTACH; events/structure.py
``governing_party_of``, read by ``statement_topic`` and ``not_own_side``; actors/data/governing_parties.tsv).

Each sentence runs through the whole pipeline (actor stage included) with a publication date, and the exact
event set is asserted: (trigger, CAMEO code, source code, target code)."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.actors.kb import load_kb
from tests.event_tuples import coded

EVENT_FIELDS = ("trigger", "cameo", "source", "target")
IN_2005 = dt.date(2005, 2, 10)

CASES = [
    # the prime minister on his governing party's plans and record: what he speaks of, not whom he acts on
    ("Tony Blair said Labour would publish a rich agenda for future policy.", IN_2005,
     {("said", "010", "GBRGOV", None)}),
    ("Mr Blair hailed Labour's achievement in using a strong economy to invest in public services.", IN_2005,
     {("hailed", "051", "GBRGOV", None), ("invest", "061", "GBRGOV", None)}),
    # a party out of government is another party: the statement is about it
    ("Tony Blair said the Conservatives would cut public services.", IN_2005,
     {("said", "010", "GBRGOV", "GBRCON")}),
    # the same words on a day Labour was in opposition (Blair, its leader, holds no office): Labour stays
    ("Tony Blair said Labour would publish a rich agenda for future policy.", dt.date(1995, 2, 10),
     {("said", "010", "GBR", "GBRLAB")}),
    # a state named bare speaks for its government too ("Japan" of 1987, ruled by the LDP) ...
    ("Japan said the LDP plan will not specify the size of the tax cut.", dt.date(1987, 4, 17),
     {("said", "010", "JPN", None)}),
    # ... a person of the state with no office does not: Koizumi in 1987 was no minister
    ("Koizumi said the LDP plan will not specify the size of the tax cut.", dt.date(1987, 4, 17),
     {("said", "010", "JPN", "JPNLDP")}),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[f"{t[:40]}-{d.year}" for t, d, _ in CASES])
def test_exact_events(text: str, published: dt.date, expected: set[tuple]) -> None:
    assert coded(text, published=published, fields=EVENT_FIELDS) == expected


@pytest.mark.parametrize("code,country,when,governs", [
    ("GBRLAB", "GBR", dt.date(2005, 2, 10), True),
    ("GBRLAB", "GBR", dt.date(1995, 2, 10), False),
    ("GBRCON", "GBR", dt.date(1995, 2, 10), True),
    ("GBRLD", "GBR", dt.date(2012, 1, 1), True),   # a coalition partner
    ("GBRLD", "GBR", dt.date(2016, 1, 1), False),
    ("GBRLAB", "GBR", dt.date(2030, 1, 1), True),  # an open term: still so
    ("GBRLAB", "USA", dt.date(2005, 2, 10), False),  # only its own state's government
    ("GBRLAB", "GBR", None, False),  # no day, no governing party
    ("GBRGOV", "GBR", dt.date(2005, 2, 10), False),  # not a party
])
def test_governs(code: str, country: str, when, governs: bool) -> None:
    assert load_kb().governs(code, country, when) is governs
