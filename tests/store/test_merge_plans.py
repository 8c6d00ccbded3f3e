"""Issue 21: a plan and the report of its happening are one event (``merge.block_mood``).

The date stage flags a future or scheduled act ``planned`` (with ``hypothetical`` beside it).  In the
store a plan is blocked with the asserted reports, so "the full ICO council is due to meet this evening"
and "a full council meeting was set for 1900 hours" (bench/data/merge-1, ico-council-evening) can merge;
the pair's own features still decide.  A conditional (hypothetical without ``planned``), a negated plan
and a plan for another time stay apart.  Hand-built rows; the sentences are merge-1's.
"""

from __future__ import annotations

import datetime as dt

from annalyst.store.merge import MergeRule, block_mood, block_of_row, mood
from store_records import merged_by_block

D = dt.date
RULE = MergeRule()
SET = "A full council meeting was set for 1900 hours for a progress report, delegates said."
DUE = "A full ICO council meeting is set for 1900 hours local for a progress report."


def meeting(mid, sentence, *, flags=(), doc="d1", date=D(1987, 3, 2), precision="day", source="council",
            published=D(1987, 3, 2)):
    flags = list(flags)
    row = {"mention_id": mid, "doc_id": doc, "sentence": sentence, "sentence_index": 0,
           "source_text": source, "source_country": None, "source_sector": None, "target_text": None,
           "cameo": "040", "cameo_root": "04", "plover_event": "CONSULT", "trigger": "meeting",
           "date": date, "date_precision": precision, "published": published, "title": f"story {doc}",
           "outlet": "Reuters", "negated": "negated" in flags, "hypothetical": "hypothetical" in flags,
           "disputed": "disputed" in flags, "historical": False, "flags": flags, "confidence": 0.5}
    row["block"] = block_of_row(row)
    return row


def events(rows):
    return sorted((sorted(ids), ev["hypothetical"]) for ev, ids in merged_by_block(rows, RULE))


def test_block_mood_puts_a_plan_with_the_asserted_reports():
    assert block_mood(["hypothetical", "planned"]) == "asserted"
    assert block_mood(["hypothetical"]) == "hypothetical"
    assert block_mood(["hypothetical", "planned", "negated"]) == "negated"
    assert block_mood(["hypothetical", "planned", "disputed"]) == "hypothetical"  # a denied report of a plan
    assert block_mood(["disputed"]) == "asserted"  # disputed reports merge with asserted ones, as before
    assert block_mood([]) == "asserted"
    # the happenings step of one document keeps the plain mood
    assert mood(["hypothetical", "planned"]) == "hypothetical"


def test_a_scheduled_meeting_and_its_report_in_two_wires_are_one_asserted_event():
    rows = [meeting("m1", SET, doc="d1"),
            meeting("m2", DUE, doc="d2", flags=("hypothetical", "planned"), precision="publication",
                    source="ICO")]
    assert rows[0]["block"] == rows[1]["block"] == "CONSULT|asserted|1987-03"
    # one event; asserted, since one report asserts it (the plan alone would be hypothetical)
    assert events(rows) == [(["m1", "m2"], False)]


def test_two_plans_of_one_meeting_stay_a_hypothetical_event():
    rows = [meeting("m1", DUE, doc="d1", flags=("hypothetical", "planned")),
            meeting("m2", DUE, doc="d2", flags=("hypothetical", "planned"), source="ICO")]
    assert events(rows) == [(["m1", "m2"], True)]


def test_a_conditional_stays_apart_from_the_asserted_report():
    rows = [meeting("m1", SET, doc="d1"), meeting("m2", DUE, doc="d2", flags=("hypothetical",))]
    assert rows[1]["block"] == "CONSULT|hypothetical|1987-03"
    assert events(rows) == [(["m1"], False), (["m2"], True)]


def test_a_negated_plan_stays_apart():
    rows = [meeting("m1", SET, doc="d1"), meeting("m2", DUE, doc="d2", flags=("hypothetical", "planned", "negated"))]
    assert events(rows) == [(["m1"], False), (["m2"], True)]


def test_a_disputed_plan_stays_apart():
    rows = [meeting("m1", SET, doc="d1"), meeting("m2", DUE, doc="d2", flags=("hypothetical", "planned", "disputed"))]
    assert rows[1]["block"] == "CONSULT|hypothetical|1987-03"
    assert events(rows) == [(["m1"], False), (["m2"], True)]


def test_a_plan_for_next_month_is_not_this_days_meeting():
    # same block (one publication month), but the plan's month-level date is April: no day of March meets it
    rows = [meeting("m1", SET, doc="d1"),
            meeting("m2", DUE, doc="d2", flags=("hypothetical", "planned"), date=D(1987, 4, 1), precision="month")]
    assert rows[0]["block"] == rows[1]["block"]
    assert events(rows) == [(["m1"], False), (["m2"], True)]


def test_a_flags_column_read_as_json_text_blocks_alike():
    row = meeting("m2", DUE, doc="d2", flags=("hypothetical", "planned"))
    assert block_of_row({**row, "flags": '["hypothetical", "planned"]'}) == row["block"]
