"""The target of a statement by the session-15 ruling (bench/data/rejudged/README.md "Statement targets"): the actor
it is addressed to, else the other party of a relation of the speaker's own side that its content names, else none
(events/partners.py ``relation_partner``, ``third_party_group`` and ``place_topic``, the ``role target statements`` rows of
codes/data/code_rules.tsv; lang/en/words.tsv ``relation_nouns``, ``population_sectors``).

Sentences worded as Reuters-21578 (1987), Xinhua/AFP (2005) and BBC (2005) stories word them; each runs through the
whole pipeline (actor stage included) and the exact event set is asserted: (trigger, CAMEO code, source, target)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.event_tuples import coded


CASES = [
    # relation_partner: a relation noun of the speaker's own side names the other party ("with")
    ("OTTAWA, March 16 - Prime Minister Brian Mulroney said \"significant progress\" was being made in trade "
     "talks with the United States.",
     {("said", "010", "CANGOV", "USA")}),
    ("The Japanese foreign minister told reporters Japan should not cut its lines of communication with Iran "
     "and Iraq.",
     {("told reporters", "010", "JPNGOV", "IRN"), ("told reporters", "010", "JPNGOV", "IRQ")}),
    # ... a modifier naming both sides: the other one
    ("Canadian Prime Minister Brian Mulroney said significant progress was being made in the Canadian-U.S. trade "
     "talks.",
     {("said", "010", "CANGOV", "USA")}),
    # ... the holder named as the speaker's own side ("Turkey's row"), as before (content_subject_party)
    ("Turkish Foreign Minister Ali Babacan said Turkey's row with Greece showed the need for talks.",
     {("said", "010", "TURGOV", "GRC")}),
    # a third party's relation, or one between two others, is no target of the speaker
    ("The British foreign secretary said Iran's talks with the European Union were going well.",
     {("talks", "040", "IRN", "EUR")}),
    ("U.S. ambassador Thomas Schieffer said Washington is not the final arbiter in the dispute between Japan and "
     "its Asian neighbours.",
     {("said", "010", "USAGOV", None)}),
    # place_topic: a city named anywhere in what is said is where or what it is about, not whom it addresses; a
    # capital standing for its government stays
    ("Sir Ian Blair, the London police chief, said terror groups would remember the effect of the Madrid bomb on "
     "the general election.",
     {("said", "010", "GBRCOP", None)}),
    ("The British prime minister criticised Moscow over the crackdown.",
     {("criticised", "111", "GBRGOV", "RUSGOV")}),
    # third_party_group: an unnamed population in what is said, with no party of the speaker's own side there
    ("British finance minister Gordon Brown said ensuring every child in Britain had the best start in life "
     "could be a legacy.",
     {("said", "010", "GBRGOV", None)}),
]


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("trigger", "cameo", "source", "target")
_events = partial(coded, published=dt.date(2005, 11, 1), fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected
