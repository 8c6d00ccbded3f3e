"""Session 17 recall mechanisms (issue 14 recall; docs/events.md "Frames and roles", "Lexicon files").

1. The two sides of "between X and Y" hung on the clause an event noun is the subject of
   (``structure.clause_between_heads``): an occurrence verb ("talks have occurred / took place between X and Y",
   "clashes broke out between X and Y") or a passive light verb ("a meeting was held between X and Y",
   "talks between X and Y were held").
2. Speaking on the telephone is a phone call (041), whatever the medium's preposition (lexicon rows
   ``=speak telephone``, ``consult on_the_telephone`` ...).
3. An event noun that is the subject of a verb of origin was made by the party its "from" phrase names
   (role filler ``origin_phrase``: "calls for X have come from the opposition party").

Each sentence runs through the whole pipeline and the exact event set is asserted: (trigger, CAMEO code,
source code, target code)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_tuples import coded

BETWEEN = [
    ("Talks have occurred between Britain and Japan on insider dealing.",
     {("Talks", "040", "GBR", "JPN")}),
    ("Talks took place between Russia and Japan in Moscow on Monday.",
     {("Talks", "040", "RUS", "JPN")}),
    ("A meeting was held between Blair and Chirac in Geneva.",
     {("meeting held", "040", "GBRGOV", "FRAGOV")}),
    ("Talks between India and Pakistan were held in Delhi on Monday.",
     {("Talks held", "040", "IND", "PAK")}),
    # the phrase on the noun itself was read before this rule, and still is
    ("A meeting between Blair and Chirac took place in Paris.",
     {("meeting", "040", "GBRGOV", "FRAGOV")}),
    # one side named: "between" needs two, so no side is taken from it
    ("Talks took place between the delegations in Geneva.", set()),
    # a verb that is neither an occurrence nor a light verb: the phrase is its own, not the noun's
    ("Talks were reported to be going on, a diplomat said, the gap between India and Pakistan narrowing.", set()),
]

PHONE = [
    ("Tony Blair spoke on the telephone to US President George Bush.",
     {("spoke telephone", "041", "GBRGOV", "USAGOV")}),
    ("Putin spoke by phone with French President Jacques Chirac on Tuesday.",
     {("spoke by phone", "041", "RUSGOV", "FRAGOV")}),
    ("Bush talked on the phone with Blair.",
     {("talked on the phone", "041", "USAGOV", "GBRGOV")}),
    # speaking with someone without a telephone keeps PETRARCH2's reading (046)
    ("Putin spoke with Chirac on Tuesday.",
     {("spoke with", "046", "RUSGOV", "FRAGOV")}),
]

ORIGIN = [
    ("Calls for a rescheduling of Colombia's debt have come this week from the opposition Conservative party.",
     {("Calls", "0211", "COLOPP", "COL")}),
    ("Calls for his resignation came from the opposition Labour Party on Monday.",
     {("Calls", "0241", "GBRLAB", None)}),
    ("Criticism of the plan has come from the European Union.",
     {("Criticism", "111", "EUR", None)}),
    # a "from" phrase naming no actor names no doer
    ("Calls for calm came from the talks in Geneva.", set()),
]

EVENT_FIELDS = ("trigger", "cameo", "source", "target")
_events = partial(coded, published="2005-01-05", fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", BETWEEN + PHONE + ORIGIN, ids=[t[:40] for t, _ in BETWEEN + PHONE + ORIGIN])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected
