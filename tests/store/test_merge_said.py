"""A statement is dated when it was said (issue 21): "output fell in January, the IEA said" is a
saying of the publication day, so two wires' reports of one agency report meet; "said on Saturday"
keeps its day; an act other than a reporting verb keeps its date."""

from __future__ import annotations

import datetime as dt

from annalyst.store.merge import MergeRule, content_dated_remark, facts_of, load_features, merge_block

D = dt.date
RULE = MergeRule()
PUBLISHED = D(1987, 4, 5)


def said(mid, sentence, date_text, date, precision, *, trigger="said", cameo="010", doc=None):
    start = sentence.find(trigger)
    return {"mention_id": mid, "doc_id": doc or f"doc-{mid}", "date": date, "date_precision": precision,
            "date_text": date_text, "source_text": "IEA", "target_text": None, "cameo": cameo,
            "cameo_root": cameo[:2], "plover_event": None, "sentence": sentence, "trigger": trigger,
            "span_start": 100, "trigger_start": 100 + start, "published": PUBLISHED, "confidence": 0.6,
            "outlet": "Wire"}


DROP = "This drop was mostly due to a decline in OPEC crude production in January, the IEA said."


def test_a_date_of_what_is_reported_is_not_the_sayings():
    features = load_features()
    row = said("a", DROP, "January", D(1987, 1, 1), "month")
    assert content_dated_remark(row, features)
    assert facts_of(row, RULE).interval == (D(1987, 4, 3), PUBLISHED)  # the publication window
    saturday = said("b", "Funaro said on Saturday in Washington that Brazil would not pay.", "Saturday",
                    D(1987, 4, 4), "day")
    assert not content_dated_remark(saturday, features)
    assert facts_of(saturday, RULE).interval == (D(1987, 4, 4), D(1987, 4, 4))
    accused = said("c", "In January the IEA accused OPEC of raising output.", "January", D(1987, 1, 1), "month",
                   trigger="accused", cameo="112")
    assert not content_dated_remark(accused, features)  # not a statement: dated by its act
    announced = said("d", "In January the IEA announced a new forecast of oil demand.", "January", D(1987, 1, 1),
                     "month", trigger="announced")
    assert not content_dated_remark(announced, features)  # not a reporting verb: the announcement's date


def test_two_wires_of_one_agency_report_meet_whatever_dates_the_content_gives():
    a = said("a", DROP, "January", D(1987, 1, 1), "month", doc="wire-1")
    b = said("b", "This drop was mostly due to a decline in OPEC crude production, the IEA said.", None,
             PUBLISHED, "publication", doc="wire-2")
    assert sorted(sorted(ids) for _, ids in merge_block([a, b], RULE)) == [["a", "b"]]
    # the stored date is the coder's: only the merge reads the saying's time
    (event, _), = merge_block([a, b], RULE)
    assert {event["date"], event["date_precision"]} <= {D(1987, 1, 1), "month", PUBLISHED, "publication"}
