"""A statement's own side is its topic, not its target (issue 15, TGT-ATTACH; events/structure.py
``statement_topic``, the ``role target statements`` row of codes/data/code_rules.tsv).

Each sentence runs through the whole pipeline (actor stage included) and the exact event set is asserted:
(trigger, CAMEO code, source code, target code)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.event_tuples import coded


CASES = [
    # the speaker's own state and its organs, named in what was said, are what the statement is about
    ("US Ambassador to Japan Thomas Schieffer said Wednesday the presence of American troops in Japan "
     "ensures the safety of its ally.",
     {("said", "010", "USAGOV", None)}),
    ("A Japanese foreign ministry spokesman said Japan is particularly interested in the agreement.",
     {("said", "010", "JPNGOV", None)}),
    # another state named in the statement stays its target
    ("A Japanese foreign ministry spokesman said China is particularly interested in the agreement.",
     {("said", "010", "JPNGOV", "CHN")}),
]


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("trigger", "cameo", "source", "target")
_events = partial(coded, published=dt.date(2005, 11, 1), fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text,phrase,addressed", [
    ("Putin told the army that the war was going well.", "army", True),
    ("Putin said to the army that the war was going well.", "army", True),
    ("Putin said the army was doing well.", "army", False),
])
def test_addressee(make_doc, text: str, phrase: str, addressed: bool) -> None:
    """"told the army", "said to the army": the one spoken to stays a target of the speaker's own side;
    the subject of what was said does not."""
    from annalyst.events.structure import ActorIndex, _addressed
    from annalyst.model import ActorRef

    start = text.index(phrase)
    ref = ActorRef(text=phrase, country="RUS", sector="MIL", start=start, end=start + len(phrase), kind="sector")
    doc = make_doc(text, [ref])
    verb = next(t for t in doc.parsed if t.lower_ in ("told", "said"))
    assert _addressed(ref, verb, ActorIndex(doc.parsed, [ref])) is addressed


@pytest.mark.parametrize("text,expected", [
    # people placed only by where what is said happened are the victims it reports, not whom it addresses
    ("Separately, the United Nations said that at least one million people have lost their livelihoods in "
     "Sri Lanka.", {("said", "010", "UNO", None)}),
    # a party the statement names stays its target
    ("The minister said the government would help farmers in Kenya.", {("said", "010", None, "KENGOV")}),
], ids=["located-people", "named-party"])
def test_located_people_are_the_topic(text: str, expected: set[tuple]) -> None:
    """``unplaced_topic`` (events/partners.py): a sector noun placed by ``event-location`` is a statement's topic."""
    assert _events(text) == expected
