"""A party deep in a clause inside the target's noun phrase is what the phrase is about, not the act's target;
the clause's own participants (its subject, object, dative, the object of a preposition or by-phrase on its verb)
stay (issue 15, TGT-ATTACH; events/structure.py ``_clause_participant``, lang/en labels.tsv ``clause_argument``
and ``clause_argument_prep``).  Infinitives coordinated with a complement each name what the act commits to
(``_complements``: "pledged to keep X and to protect Y").

Real Reuters 1987, BBC News 2004-5 and AFP 1997 sentences of the tune sets (judged-2 .. judged-7, news-audit-1),
one 2019 web sentence.  Each runs through the whole pipeline (actor stage included) and the exact event set is
asserted: (trigger, CAMEO code, source code, target code)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.event_tuples import coded


CASES = [
    # deeper than the clause's participants: a further clause, a possessor or a complement of a participant
    ("The UK' opposition Conservatives have unveiled plans to introduce health checks for immigrants if they win "
     "the General Election.",
     {("unveiled plans", "010", "GBRCON", None)}),
    ("The cancellation comes just as the U.S. Congress is to consider legislation aimed at cutting America's "
     "mammoth trade deficit, much of which is with Japan.",
     {("consider", "014", "USALEG", None)}),
    # the possessor of the noun the act is aimed at comes before a party deep in the noun's clause
    ("Brazil's leading political party has expressed full support to President Jose Sarney's decision suspending "
     "interest payment of 68 billion dollars owed to private foreign banks.",
     {("expressed support", "051", "BRAPTY", "BRAGOV")}),
    # the clause's own participants stay: a by-phrase, the object of a preposition on its verb
    ("The Arab League condemned the unilateral move announced on Monday by US Secretary of State Mike Pompeo.",
     {("condemned", "111", "ARL", "USA")}),
    ("Liberian security officials seized a craft belonging to the Sierra Leone Navy Friday after it was found to "
     "be carrying drugs.",
     {("seized", "171", "LBRGOV", "SLEMIL")}),
    # coordinated infinitives: the second names whom the pledge concerns
    ("President Reagan has pledged to keep the Gulf sealanes open and to protect Kuwaiti tankers from possible "
     "Iranian attack.",
     {("pledged", "030", "USAELI", "KWT"), ("protect from", "052", "USAELI", "KWT"), ("attack", "190", "IRN", None)}),
]


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("trigger", "cameo", "source", "target")
_events = partial(coded, published=dt.date(2005, 2, 1), fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected
