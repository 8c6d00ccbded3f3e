"""A time the story cannot place: in a story without a reference date (no dateline, no publication date), a
weekday or a year-less day still is its clause's own time, so neither that clause nor the sentences after it
take an earlier sentence's date (``DocumentDates.unplaced``).  Sentences from a GLOCON court report (Sapa,
2006, no publication date); events added by hand on real parses."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from annalyst.dates import DateStep
from annalyst.model import ActorRef, Document
from annalyst.parse import ParseStep

from tests.event_at import event_at

COURT = "Ramotebele was shot where she was lying in her bed at the Doornpoort house in May 2005. "
PROTEST = "Members of the Mamelodi community staged a protest at the High Court Thursday. "
AFTER = "Ramotebele's brother said he rejected the claim."


def _dated(text: str, published: Optional[dt.date], *triggers: str) -> list[tuple]:
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text, published=published))
    for word in triggers:
        event_at(doc, word, source=ActorRef("X"))
    return [(e.date, e.date_precision) for e in DateStep().process(doc).events]


def test_an_unplaced_weekday_of_its_own_clause_keeps_the_earlier_date_off():
    assert _dated(COURT + PROTEST, None, "shot", "staged") == [(dt.date(2005, 5, 1), "month"), (None, None)]


def test_an_unplaced_weekday_ends_the_carried_date():
    assert _dated(COURT + PROTEST + AFTER, None, "rejected") == [(None, None)]


def test_without_the_unplaced_weekday_the_earlier_date_carries():
    # the same story without the protest sentence: the month still carries (what the mechanism stops)
    assert _dated(COURT + AFTER, None, "rejected") == [(dt.date(2005, 5, 1), "month")]


def test_with_a_reference_date_the_weekday_is_placed():
    # a publication day places "Thursday" (2006-11-02 is a Thursday's eve: the Thursday before, Oct 26)
    assert _dated(COURT + PROTEST, dt.date(2006, 11, 1), "staged") == [(dt.date(2006, 10, 26), "day")]
