"""A group noun a worldwide word modifies ("the international community", "the world community") is no one
state's people (issue 15, GEO-ACTOR; actors/resolver.py ``_worldwide_groups``, ``worldwide_modifiers`` of
lang/en/words.tsv): the event's place, the sentence's state and the article's home country leave it unplaced.
The sentences follow news-audit-1 (AFP, Xinhua) wording."""

from __future__ import annotations

import datetime as dt

from tests.event_tuples import coded


JAN_1987 = dt.date(1987, 3, 1)


def resolved(resolver, nlp, text, when=JAN_1987):
    return {r.text: r for r in resolver.resolve(nlp(text), when)}


def test_international_community_stays_unplaced(resolver, nlp):
    refs = resolved(resolver, nlp, "Violence broke out in Pristina on Monday. The international community would stay "
                                   "on in Kosovo for a long time, the envoy said.")
    ref = refs["community"]
    assert (ref.country, ref.kind, ref.resolved_by) == (None, "group", "worldwide")
    # the same noun without a worldwide word is the place's people, as before
    refs = resolved(resolver, nlp, "The community in Kosovo protested on Monday.")
    assert refs["community"].country is not None


def test_worldwide_group_is_no_target_from_the_place():
    text = ("The international community would stay on in Kosovo for a long time to come whatever the outcome "
            "of the talks on the Serbian breakaway province, said Martti Ahtisaari, UN envoy on Kosovo future "
            "status talks, on Saturday.")
    assert coded(text, dt.date(2005, 11, 26), ("trigger", "cameo", "source", "target")) == {
        ("said", "010", "UNOGOV", None)}


def test_foreign_group_nouns_stay_unplaced(resolver, nlp):
    # "foreign" / "overseas" (lang/en/words.tsv abroad_modifiers): some other state's, not the dateline's nor the
    # sentence's; the same nouns with a state's adjective keep it
    text = ("BRASILIA, March 31 - Brazil's leading political party backed the decision suspending interest owed to "
            "private foreign banks. Foreign troops left Brazil. Brazilian banks rallied.")
    from annalyst.clean.dateline import dateline_spans

    refs = [(r.text, r.code, r.kind, r.resolved_by)
            for r in resolver.resolve(nlp(text), dt.date(1987, 3, 31), dateline_spans(text))]
    assert refs == [
        ("Brazil's leading political party", "BRAPTY", "state", "name+sector"), ("banks", None, "group", "abroad"),
        ("troops", None, "group", "abroad"), ("Brazil", "BRA", "state", "kb-phrase"),
        ("Brazilian banks", "BRABUS", "state", "adjective+sector")]
