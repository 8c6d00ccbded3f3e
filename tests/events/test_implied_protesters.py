"""The unnamed agents of an agentless protest are civilians of the place, of a strike its workers (issue 15,
AGENTLESS; events/structure.py ``implied_protesters``, code_rules.tsv class ``strike``).

Each text runs through the whole pipeline (actor stage included); the exact event set is asserted as
(trigger, CAMEO code, source code, target code)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_tuples import coded

EVENT_FIELDS = ("trigger", "cameo", "source", "target")

CASES = [
    # the place named in the protest's clause places its crowd
    ("Rallies were held across Serbia on Sunday.", {("Rallies held", "141", "SRBCVL", "SRB")}),
    # no place in the clause: where the article's civilians live (here the one state its places belong to)
    ("Ganyesa is a poor township in South Africa. Last week, protests started in the township.",
     {("protests", "140", "ZAFCVL", None)}),
    # a strike's unnamed strikers are workers
    ("Workers at the Johannesburg plant of the South African company were angry. The strike began on March 14.",
     {("strike", "143", "ZAFLAB", None)}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert coded(text, published=dt.date(2014, 5, 1), fields=EVENT_FIELDS) == expected


def test_no_place_no_country() -> None:
    # nothing places the protest: an unknown crowd, no guessed country
    assert coded("The protests began peacefully in June.", published=dt.date(2014, 5, 1),
                 fields=EVENT_FIELDS) == {("protests", "140", None, None)}
