"""Predicates that name no happening of the story (issue 14, the audits' NONEVENT/MODAL classes;
``events/nonevents.py``, ``veto`` rows of ``codes/data/code_rules.tsv``):

* ``habitual``: a verb the clause says recurs ("usually", "regularly", "every month");
* ``standing_framework``: an event noun that is the framework of something else ("under the terms of the accord");
* ``unsaid``: a statement verb that is itself negated ("did not say how much");
* ``wished``: what someone hopes another will do ("I hope the banks will maintain their position");
* ``speculated_existence``: an event noun said only possibly to come ("there could be further walkouts");
* ``argued_consequence``: what a pronoun for a state of affairs would bring about ("this would give ...").

The sentences are BBC and Reuters sentences (the 150 + 150 stories the over-firing check reads, and
judged-1/judged-2 tune-set sentences); each runs through the whole pipeline and the exact event set is
asserted: (trigger, CAMEO code, source code, target code, flags).  Each vetoed sentence has a plain twin
whose event must stay."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.event_tuples import coded


CASES = [
    # habitual: a frequency adverb or a recurring time on the verb (bbc/tech/060, bbc/politics/372, judged-2)
    ("Microsoft announces any vulnerabilities in its software every month.", set()),
    ("But in a written response to Labour MP Gordon Prentice, the government said it would normally invite "
     "observers to any UK election.", {("said", "010", None, "GBR", ())}),
    ("The government said it would invite observers to the UK election.", {("invite", "0244", None, "GBR", ("planned",))}),
    ("The companies regularly ignore government orders to upgrade coal-burning electricity plants, according to "
     "ministry data.", set()),
    ("The companies ignored government orders to upgrade coal-burning electricity plants last year, according to "
     "ministry data.", {("ignored orders", "124", None, None, ())}),
    # a recurring time inside a quote the parser hung on the speech verb is not the verb's (judged-1)
    ("A Department for Education and Skills source said: \"Every day in school counts.",
     {("said", "010", None, None, ())}),
    # standing framework (judged-2, Reuters 1987)
    ("Under the terms of the U.S.-Greek bases accord, Greece has the right to ask for suspension of operations "
     "at times when its national interests are threatened.", set()),
    ("Greece and the United States signed the bases accord in Athens on Monday.",
     {("signed accord", "057", "GRC", "USA", ()), ("signed accord", "057", "USA", "GRC", ())}),
    # unsaid (reuters-5447)
    ("Martens did not say how much the government expected GNP to grow in volume terms.", set()),
    ("Martens said the government expected GNP to grow by two pct in volume terms.", {("said", "010", None, None, ())}),
    # wished (reuters-1880)
    ("\"Our foreign debt is high, but we can pay, and I hope the foreign banking community will maintain its "
     "position toward us,\" he said.", set()),
    ("The foreign banking community will maintain its position toward Brazil, he said.",
     {("maintain position", "124", None, "BRA", ("hypothetical", "planned"))}),
    # speculated existence (judged-1, BBC politics)
    ("PCS leader Mark Serwotka warned last week that there could be further walkouts unless there was a "
     "government rethink.", {("warned", "130", "GBRLAB", None, ())}),
    ("There were further walkouts by civil servants last week.", {("walkouts", "143", None, None, ())}),
    # argued consequence: what a pronoun for a state of affairs would bring about (judged-2, Reuters 1987);
    # a relative clause whose antecedent is an actor keeps its act
    ("Several businessmen called for a return to the IMF, arguing this would give the country access to new "
     "funds and allow the economy to grow.", {("called for", "0211", None, "IMF", ())}),
    ("Japan, which would send troops to Iraq, faces criticism.", {("send troops", "0334", "JPN", "IRQ", ())}),
]


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("trigger", "cameo", "source", "target", "sorted_flags")
_events = partial(coded, published=dt.date(1987, 3, 1), fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected


def test_the_new_vetoes_are_data_rows_with_known_tests():
    from annalyst.events import vetoes

    names = {test for _, test in vetoes.SENTENCE_VETOES}
    assert {"habitual", "standing_framework", "unsaid", "wished", "speculated_existence",
            "argued_consequence"} <= names
