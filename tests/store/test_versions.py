"""Versions of one story (re-issues, updates, corrections) count once in an event (issue 21)."""

from __future__ import annotations

import datetime as dt

from annalyst.store.merge import MergeRule, merge_block
from annalyst.store.versions import headline_stem, story_key

D = dt.date


def test_headline_stem_drops_reissue_and_update_markers():
    assert headline_stem("UPDATE 2-Brazil criticises advisory committee") == "BRAZIL CRITICISES ADVISORY COMMITTEE"
    assert headline_stem("Brazil Criticises Advisory Committee (CORRECTED)") == "BRAZIL CRITICISES ADVISORY COMMITTEE"
    assert headline_stem("REFILE-Brazil criticises advisory committee") == "BRAZIL CRITICISES ADVISORY COMMITTEE"
    assert headline_stem("S-K-I Ltd <SKII> 2nd Qtr Jan 25 Net") == headline_stem("S-K-I LTD &lt;SKII> 2ND QTR JAN 25 NET")
    # an update's slug is not the story: different headlines stay different stories
    assert headline_stem("Brazil criticises advisory committee") != headline_stem("Brazil rejects IMF plan")


def test_story_key_is_outlet_day_and_headline_stem():
    a = story_key("d1", "Dow Chemical Launches 200 Mln Swiss Franc Bond", "Reuters", D(1987, 3, 2))
    b = story_key("d2", "UPDATE 1-Dow Chemical launches 200 mln Swiss franc bond", "Reuters", D(1987, 3, 2))
    assert a == b
    assert story_key("d3", "Dow Chemical Launches 200 Mln Swiss Franc Bond", "Reuters", D(1987, 3, 3)) != a
    assert story_key("d4", "Dow Chemical Launches 200 Mln Swiss Franc Bond", "AP", D(1987, 3, 2)) != a
    # no headline or no date: the document is its own story
    assert story_key("d5", None, "Reuters", D(1987, 3, 2)) == "d5"
    assert story_key("d6", "Dow Chemical", "Reuters", None) == "d6"


def test_undated_versions_share_a_story_by_headline_alone():
    # BBC News files: no outlet, no date; politics/077.txt and 354.txt are one story filed twice
    a = story_key("bbc-077", "Brown names 16 March for Budget", None, None)
    assert a == story_key("bbc-354", "Brown names 16 March for Budget", None, None) != "bbc-077"
    assert story_key("bbc-001", "Labour plans maternity pay rise", None, None) != a
    # a headline too short to tell a story by ("Introduction", "Press release") joins nothing
    assert story_key("x1", "Press release", None, None) == "x1"
    assert story_key("x2", "Press release", None, None) == "x2"
    # a dated version and an undated one: no day to compare, two stories
    assert story_key("r1", "Brown names 16 March for Budget", None, D(2005, 2, 21)) != a


def _mention(mid, doc, title, outlet="Reuters", conf=0.5):
    sentence = "Dow Chemical Co has launched a 200 mln Swiss franc bond with a 4-3/4 pct coupon."
    return {"mention_id": mid, "doc_id": doc, "date": D(1987, 3, 2), "date_precision": "day",
            "source_text": "Dow Chemical Co", "target_text": None, "published": D(1987, 3, 2), "title": title,
            "outlet": outlet, "cameo": "010", "cameo_root": "01", "confidence": conf, "sentence": sentence,
            "sentence_index": 0, "block": "b"}


def test_an_event_counts_a_reissued_story_once():
    rows = [_mention("a", "x", "Dow Chemical Launches 200 Mln Swiss Franc Bond"),
            _mention("b", "y", "Dow Chemical Launches 200 Mln Swiss Franc Bond"),  # the re-issue
            _mention("c", "z", "Dow sets Swiss franc bond", outlet="AP")]  # an independent report
    (event, ids), = merge_block(rows, MergeRule())
    assert sorted(ids) == ["a", "b", "c"]
    assert event["num_mentions"] == 3
    assert event["num_articles"] == 2  # the re-issue is one story with its original
    assert event["confidence"] == 0.75  # two independent reports, not three


def test_an_undated_story_filed_twice_is_one_report_of_one_event():
    # bbc-news politics/077.txt and 354.txt (no date, no outlet): the same sentence in both versions is one
    # event counted once; before, the two files were two articles dated nowhere, never merged
    sentence = ("As Mr Brown announced the Budget date in a short ministerial statement, accountancy firm Ernst & "
                "Young urged him to put politics aside.")
    rows = [{**_mention(mid, doc, "Brown names 16 March for Budget", outlet=None), "date": None,
             "date_precision": None, "published": None, "source_text": "Ernst & Young", "cameo": "0211",
             "cameo_root": "02", "sentence": sentence} for mid, doc in (("a", "bbc-077"), ("b", "bbc-354"))]
    (event, ids), = merge_block(rows, MergeRule())
    assert sorted(ids) == ["a", "b"]
    assert event["num_articles"] == 1
    # two undated files under different headlines stay apart (nothing dates or links them)
    rows[1]["title"] = "Labour plans maternity pay rise"
    assert sorted(sorted(ids) for _, ids in merge_block(rows, MergeRule())) == [["a"], ["b"]]
