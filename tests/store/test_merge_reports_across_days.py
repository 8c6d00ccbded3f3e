"""Issue 16, item 7: two reports of one happening, filed on different days, are one event.

The two PYONGYANG reports date the recognition by their own words ("on Wednesday" in a story
filed Thursday July 14; "on July 13" in one filed July 15), not by their datelines: the date stage
(real parses) gives both July 13, and the merge rule then joins them across the two articles.
The dyad is given as the coder should resolve it (North Korea's government → the two republics).
"""

from __future__ import annotations

import datetime as dt

from annalyst.dates import DateStep
from annalyst.model import ActorRef, Document, Event
from annalyst.parse import ParseStep
from annalyst.store.merge import MergeRule, block_of_row, content_terms, merge_block

REPORTS = {
    "kcna-0714": (dt.date(2022, 7, 14),
                  "PYONGYANG, July 14, 2022 -- North Korea on Wednesday recognised the independence of the Donetsk "
                  "People's Republic and the Luhansk People's Republic, the official KCNA news agency said."),
    "wire-0715": (dt.date(2022, 7, 15),
                  "PYONGYANG, July 15, 2022 -- The independence of the Donetsk People's Republic and the Luhansk "
                  "People's Republic was formally recognised by the North Korean government on July 13, the "
                  "foreign ministry said."),
}


def _dated_recognition(doc_id: str) -> tuple[Event, dt.date]:
    published, text = REPORTS[doc_id]
    doc = ParseStep().process(Document(doc_id=doc_id, source=doc_id, text=text, published=published))
    start = text.index("recognised")
    sent = next(s for s in doc.sentences if s.start <= start < s.end)
    doc.events.append(Event(doc_id=doc_id, sentence_index=sent.index, text=sent.text, span=(sent.start, sent.end),
                            source=ActorRef("North Korea", country="PRK", sector="GOV", code="PRKGOV"),
                            target=ActorRef("Donetsk People's Republic", country="UKR", sector="PRE", code="UKRDPR"),
                            cameo="054", trigger="recognised", trigger_span=(start, start + len("recognised"))))
    return DateStep().process(doc).events[0], published


def _row(event: Event, published: dt.date) -> dict:
    row = {"mention_id": event.doc_id + "-m", "doc_id": event.doc_id, "date": event.date,
           "date_precision": event.date_precision, "source_text": event.source.text, "source_country": "PRK",
           "source_sector": "GOV", "source_name": "North Korea", "target_text": event.target.text,
           "target_country": "UKR", "target_sector": "PRE", "target_name": "Donetsk People's Republic",
           "plover_event": "SUPPORT", "cameo": "054", "cameo_root": "05", "sentence": event.text,
           "published": published, "confidence": 0.6, "outlet": event.doc_id.split("-")[0]}
    row["block"] = block_of_row(row)
    return row


def test_the_two_pyongyang_reports_are_one_recognition():
    rows = [_row(*_dated_recognition(doc_id)) for doc_id in REPORTS]
    assert [(r["date"], r["date_precision"]) for r in rows] == [(dt.date(2022, 7, 13), "day")] * 2
    assert rows[0]["block"] == rows[1]["block"]
    ((event, mentions),) = merge_block(rows, MergeRule())
    assert sorted(mentions) == ["kcna-0714-m", "wire-0715-m"]
    assert (event["date"], event["num_articles"], event["first_seen"], event["last_seen"]) == \
        (dt.date(2022, 7, 13), 2, dt.date(2022, 7, 14), dt.date(2022, 7, 15))


def test_datelines_of_every_shape_are_no_shared_content():
    # the filing place and agency say nothing about which happening two stories report
    raid = "Troops raided a refugee camp in the north on Monday"
    assert content_terms("GAZA CITY: " + raid) == content_terms(raid)
    assert content_terms("NAIROBI, Kenya (AP) _ Police fired") == content_terms("Police fired")
    assert content_terms("PYONGYANG, July 14, 2022 -- Troops") == frozenset({"troop"})
