"""Equipment an act short of force deals with is a thing, not its target, and the party the act's complement names
by a partner preposition is (issue 15, TGT-ATTACH and targets the sentence names; events/things.py, the
``equipment_thing`` and ``complement_partner`` role rows of codes/data/code_rules.tsv).

Sentences from BBC business (2005) and Reuters-21578 stories as judged-10 and judged-11 word them, and their
variants; each runs through the whole pipeline (actor stage included) and the exact event set is asserted:
(trigger, CAMEO code, source code, target code)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.event_tuples import coded


CASES = [
    # equipment_thing: the fighter jets bought are no party (the sector dictionary's MIL); the seller is (the
    # "Armed Force" source is the actor stage's reading, unidentified armed forces)
    ("In fact, the Indian Armed Force is considering the buying of used P-3 Orion as well as F-16 fighter jets "
     "from Lockheed.",
     {("considering", "014", "INDUAF", "LOCKHEED")}),
    # ... a choice between two sellers names no one party: no target
    ("Meanwhile, flag carrier Air India is considering to buy 50 new aircraft from either Boeing or Airbus.",
     {("considering", "014", "AIRINDIA", None)}),
    # complement_partner: an appeal whose own slots name no party takes the one its complement's "from" names
    ("Venezuela will seek 500 mln dlrs in credits from Japan, the finance minister said.",
     {("seek", "0211", "VEN", "JPN")}),
    # force keeps equipment as the military it stands for ("shot down an army helicopter")
    ("Syrian rebels shot down an army helicopter.",
     {("shot down", "193", "SYRREB", "SYRMIL")}),
    # a circumstance is no complement: the accord is signed between the two coordinated sides, not with the agency
    # the talks before it were held with (Reuters-21578, judged-3)
    ("The accord was signed here yesterday by Nigerian Finance Minister Chu Okongwu and senior French Treasury "
     "officials after talks with CoFACE, the French export credit agency, they said.",
     {("accord signed", "057", "NGAGOV", "FRAGOV"), ("accord signed", "057", "FRAGOV", "NGAGOV")}),
    # a partner named on the act itself is its own slot, as before
    ("The Indian government is considering buying Mirage jets from France.",
     {("considering", "014", "INDGOV", "FRA")}),
]


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("trigger", "cameo", "source", "target")
_events = partial(coded, published=dt.date(2005, 1, 10), fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected


def test_equipment_words_come_from_the_lexicon_sets() -> None:
    """The equipment words are the lexicon's sets named in words.tsv equipment_sets, not a list in Python."""
    from annalyst.events.lexicon import load_lexicon
    from annalyst.events.things import equipment_words

    words = equipment_words(load_lexicon())
    assert {"aircraft", "fighter jet", "missile"} <= words
    assert "government" not in words and "army" not in words
