"""A question asserts nothing (issue 14, web pages): the events of a clause that ends with a question
mark (``cue interrogative`` in the language bundle), or that hangs from one, are flagged hypothetical;
the clause that asks or reports a quoted question stays asserted."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.event_tuples import coded


pytestmark = pytest.mark.slow


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("source_text", "cameo", "target_text", "flags")
_events = partial(coded, published=dt.date(2005, 3, 1), fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", [
    # BBC politics, 2005: a referendum question and a rhetorical one
    ("Should the United Kingdom approve the Treaty establishing a Constitution for the European Union?",
     {("United Kingdom", "031", "Treaty", ("hypothetical",))}),
    ("Has he forgotten about shoot to kill, torture, internment without trial, collusion with loyalist death "
     "squads etc?", {("he", "193", None, ("hypothetical",))}),
    # a web page's subheading question
    ("Why did Iran seize the British tanker?", {("Iran", "171", "British tanker", ("hypothetical",))}),
])
def test_the_events_of_a_question_are_flagged(text, expected):
    assert _events(text) == expected


def test_the_same_clause_as_a_statement_is_asserted():
    assert _events("Iran seized a British tanker in the Gulf on Friday.") == {("Iran", "171", "British tanker", ())}


def test_a_quoted_question_flags_what_is_asked_not_the_asking():
    assert _events("\"Did the police arrest him?\" the lawyer asked the court on Monday.") == {
        ("police", "173", None, ("hypothetical",)), ("lawyer", "0213", "court", ())}
    assert _events("Tory leader Michael Howard asked: \"Why did the prime minister not sack the minister?\"") == {
        ("Tory leader Michael Howard", "0241", "prime minister", ())}
