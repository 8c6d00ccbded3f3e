"""A start preposition on an act ahead dates it when it begins (``DocumentDates._starts_plan``, ``start_preposition``
rows of time_words.tsv): "will make an official week-long visit to the United States from April 29" is a planned
visit of April 29, read forwards; on a past clause "from" still opens a span and dates nothing.  Real sentences
from Reuters-21578 (judged-6 reuters-10265); events added by hand on real parses (``_dated``)."""

from __future__ import annotations

import datetime as dt

from annalyst.dates import DateStep
from annalyst.model import ActorRef, Document, Event
from annalyst.parse import ParseStep

NAKASONE = ("TOKYO, March 27 - Prime Minister Yasuhiro Nakasone will make an official week-long visit to the United "
            "States from April 29 and hold talks in Washington with President Reagan, Chief Cabinet Secretary "
            "Masaharu Gotoda told reporters.")


def _choice(text: str, published: dt.date, trigger: str) -> tuple:
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text, published=published))
    start = doc.text.index(trigger)
    sent = next(s for s in doc.sentences if s.start <= start < s.end)
    doc.events.append(Event(doc_id="d", sentence_index=sent.index, text=sent.text, span=(sent.start, sent.end),
                            source=ActorRef("JPNGOV"), target=None, cameo="042", trigger=trigger,
                            trigger_span=(start, start + len(trigger))))
    event = DateStep().process(doc).events[0]
    return event.date, event.date_precision, "planned" in event.flags


def test_a_planned_visit_from_a_day_is_dated_that_day():
    assert _choice(NAKASONE, dt.date(1987, 3, 26), "make an official week-long visit") == (dt.date(1987, 4, 29), "day", True)


def test_from_on_a_past_clause_is_still_a_span():
    text = ("TOKYO, March 27 - Prime Minister Yasuhiro Nakasone made an official week-long visit to the United States "
            "from April 29 last year, Chief Cabinet Secretary Masaharu Gotoda told reporters.")
    date, precision, planned = _choice(text, dt.date(1987, 3, 26), "made")
    assert (precision, planned) == ("publication", False)
