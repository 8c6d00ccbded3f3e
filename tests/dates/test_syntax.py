"""``annalyst.dates.syntax.past_tense`` on real parses: a gerund after a preposition takes the tense of the
verb the preposition hangs on, so the date of the story's day carries to it as to its verb (an IndiaPoliceEvents
report of a symposium "on wednesday", lower case as the corpus gives it)."""

from __future__ import annotations

import datetime as dt

from annalyst.dates import DateStep
from annalyst.dates.syntax import past_tense
from annalyst.model import ActorRef, Document
from annalyst.parse import ParseStep

from tests.event_at import event_at

SYMPOSIUM = ("mumbai: the congress party caught the wrong end of the stick on wednesday when speaker after speaker at a "
             "symposium lambasted the party. some of the speakers rubbed it in by saying that the topic ought to have "
             "been another. ")


def _parsed(text: str, published=dt.date(2002, 3, 28)) -> Document:
    return ParseStep().process(Document(doc_id="d", source="test", text=text, published=published))


def _token(doc: Document, word: str):
    return next(t for t in doc.parsed if t.text == word)


def test_a_gerund_after_a_preposition_takes_its_verbs_past():
    doc = _parsed(SYMPOSIUM + "she will answer them by writing a letter.")
    assert past_tense(_token(doc, "saying"))
    assert not past_tense(_token(doc, "writing"))  # "will answer ... by writing": not past


def test_the_story_day_carries_to_the_gerund():
    doc = _parsed(SYMPOSIUM)
    event_at(doc, "saying", source=ActorRef("X"))
    event = DateStep().process(doc).events[0]
    assert (event.date, event.date_precision) == (dt.date(2002, 3, 27), "day")
