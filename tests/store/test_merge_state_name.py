"""A state's own name and its country code are one fact (issue 21): "Australian police" is named
Australia and coded AUS, and a pronoun the actor layer resolves to that actor carries both, so two
mentions of one article that share only that actor and a few words must not reach the threshold on
the name and the code counted twice.  A name that says more than the state (a person, an
organisation) still counts on top of its code."""

from __future__ import annotations

import datetime as dt

from annalyst.store.merge import MergeRule, facts_of, merge_block, pair_features

D = dt.date
RULE = MergeRule()
PUBLISHED = D(1987, 3, 3)


def mention(mid, sentence, source_text, *, name="Australia", kind="state", cameo="1121", trigger="charged",
            target=None, sector="COP", doc="wire-1", index=0):
    return {"mention_id": mid, "doc_id": doc, "date": None, "date_precision": None, "date_text": None,
            "source_text": source_text, "source_name": name, "source_kind": kind, "source_country": "AUS",
            "source_sector": sector, "target_text": target, "cameo": cameo, "cameo_root": cameo[:2],
            "plover_event": "ACCUSE", "sentence": sentence, "trigger": trigger, "span_start": 0,
            "trigger_start": sentence.find(trigger), "sentence_index": index, "published": PUBLISHED,
            "confidence": 0.6, "outlet": "Wire", "location_country": "AUS", "location_evidence": "dateline"}


CHARGED = "SYDNEY, March 3 - Australian police said they charged a former currency clerk with fraud over losses at a bank."
INQUIRY = ("A spokeswoman for the state commission said the arrest was part of its investigation stemming "
           "from complaints about the clerk and the fraud.")


def test_a_state_name_and_its_code_count_once():
    police = mention("a", CHARGED, "Australian police", target="a former currency clerk")
    its = mention("b", INQUIRY, "its", cameo="090", trigger="investigation", index=3)
    features = pair_features(facts_of(police, RULE), facts_of(its, RULE), RULE)
    assert "same_source_name" in features and "same_source_code" not in features
    assert sorted(sorted(ids) for _, ids in merge_block([police, its], RULE)) == [["a"], ["b"]]


def test_a_name_beyond_the_state_still_counts_with_its_code():
    lee = mention("a", CHARGED, "Commissioner Lee", name="John Lee", kind="person")
    him = mention("b", INQUIRY, "he", name="John Lee", kind="person", cameo="090", trigger="investigation", index=3)
    features = pair_features(facts_of(lee, RULE), facts_of(him, RULE), RULE)
    assert {"same_source_name", "same_source_code"} <= set(features)
    assert sorted(sorted(ids) for _, ids in merge_block([lee, him], RULE)) == [["a", "b"]]
