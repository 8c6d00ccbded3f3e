"""Bad input: an impossible or unreadable metadata date is reported, and the record is dated from
its dateline (``publication`` precision) or not at all: never a crash, never a made-up day."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from annalyst.api import code_documents
from annalyst.dates import DateStep, resolve_expression
from annalyst.model import ActorRef, Document, Event
from annalyst.parse import ParseStep
from annalyst.read import iter_documents

RECORDS = [
    {"id": "impossible", "published": "2022-02-30",
     "text": "PYONGYANG, July 14, 2022 -- North Korea has recognised the independence of the Donetsk People's Republic."},
    {"id": "unreadable", "published": "not a date",
     "text": "JAKARTA, March 2 - Indonesian police arrested three men on Monday."},
]


def test_unreadable_metadata_dates_are_reported_and_never_guessed(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    docs = {doc.meta.get("record_id"): doc for doc in code_documents(iter_documents([str(path)]))}
    impossible, unreadable = docs["impossible"], docs["unreadable"]
    assert impossible.published is None and impossible.meta["published_invalid"] == "2022-02-30"
    assert unreadable.meta["published_invalid"] == "not a date"
    assert [(e.date, e.date_precision) for e in impossible.events] == [(dt.date(2022, 7, 14), "publication")]
    # a year-less dateline and no publication date: no day can be placed
    assert unreadable.events and all((e.date, e.date_precision) == (None, None) for e in unreadable.events)


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(9999, 12, 30)])
def test_publication_dates_outside_the_calendars_reach_are_ignored(published):
    text = "Police arrested three men yesterday. A week later, the court released them."
    doc = ParseStep().process(Document(doc_id="d", source="t", text=text, published=published))
    for word in ("arrested", "released"):
        start = text.index(word)
        sent = next(s for s in doc.sentences if s.start <= start < s.end)
        doc.events.append(Event(doc_id="d", sentence_index=sent.index, text=sent.text, span=(sent.start, sent.end),
                                source=ActorRef("X"), target=None, cameo="010", trigger=word,
                                trigger_span=(start, start + len(word))))
    DateStep().process(doc)
    assert [(e.date, e.date_precision) for e in doc.events] == [(None, None), (None, None)]
    assert doc.meta["published_rejected"].startswith(f"publication date {published.isoformat()} is outside")


@pytest.mark.parametrize("expression", ["tomorrow", "yesterday", "next year", "last year", "a week later",
                                        "two days earlier", "Monday", "next Monday", "next month"])
@pytest.mark.parametrize("base", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_arithmetic_past_the_calendars_ends_is_no_date(expression, base):
    for future in (False, True):
        resolved = resolve_expression(expression, base, anchor=base, future=future)
        assert resolved is None or dt.date(1, 1, 1) <= resolved.date <= dt.date(9999, 12, 31)
