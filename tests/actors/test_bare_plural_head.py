"""A bare plural group noun repeats the group named before (actors/entities.py ``link_same_head``,
``_bare_plural``, ``_one_state_before``; session 14, track groups): "Suspected rebels had hacked 36 people" after
"Suspected Ugandan rebels" names the Ugandan rebels again, as "the rebels" would; where the window names that group
for two states, or the noun stands in quoted speech, it is left to the article's home (no guess).  Text: GLOCON
(Sapa-dpa) of judged-8, glocon-5dad8233eab6db0017098318, sentences 1, 3 and 5; the variants change one sentence."""

from __future__ import annotations

import datetime as dt

WHEN = dt.date(2014, 12, 1)

BENI = ("Suspected Ugandan rebels have killed at least 16 people in eastern Democratic Republic of Congo, an official "
        "said Tuesday. A witness said suspected members of the Islamist group Allied Democratic Forces attacked "
        "civilians with guns, axes, knives and machetes. Suspected rebels had hacked 36 people to death in the same "
        "area on Saturday.")


def _rebels(resolver, nlp, text):
    refs, _ = resolver.resolve_document(nlp(text), WHEN)
    return [(a.text, a.code or a.country, a.resolved_by) for a in refs if a.text.lower().endswith("rebels")]


def test_a_bare_plural_repeats_the_group_named_before(resolver, nlp):
    assert _rebels(resolver, nlp, BENI) == [("Ugandan rebels", "UGAREB", "adjective+sector"),
                                            ("rebels", "UGAREB", "same-head")]


def test_two_candidate_states_leave_the_bare_plural_unplaced(resolver, nlp):
    text = BENI.replace("A witness said suspected members of the Islamist group Allied Democratic Forces attacked",
                        "A witness said Congolese rebels attacked")
    assert _rebels(resolver, nlp, text) == [("Ugandan rebels", "UGAREB", "adjective+sector"),
                                            ("Congolese rebels", "CODREB", "adjective+sector"),
                                            ("rebels", None, "sector")]


def test_a_bare_plural_in_quoted_speech_is_not_linked(resolver, nlp):
    text = BENI.replace("Suspected rebels had hacked 36 people to death in the same area on Saturday.",
                        "\"Rebels came at night and hacked 36 people to death,\" a villager said.")
    assert _rebels(resolver, nlp, text) == [("Ugandan rebels", "UGAREB", "adjective+sector"),
                                            ("Rebels", None, "sector")]


# glocon-5da6f8180d84000017827a5c (GLOCON, Xinhua), sentences 1 and 5 after the dateline, and one of its later
# sentences: refugees "stranded in Greece" are placed where they stand (event-location), which says nothing of who
# they are, so the later bare "refugees" carries nothing from them
IDOMENI = ("ATHENS, March 15 (Xinhua) -- Greek Prime Minister Alexis Tsipras on Tuesday urged refugees and migrants "
           "stranded in Greece to choose the safe legal relocation program in hospitality centers across the country. "
           "However, most of the refugees insist on staying close to the border in the hope that it may reopen soon. "
           "The unacceptable living conditions at Idomeni where refugees sleep in rain-soaked tents must stop, he "
           "said.")


def test_a_group_placed_only_where_it_stands_is_no_antecedent_of_a_bare_plural(resolver, nlp):
    refs, _ = resolver.resolve_document(nlp(IDOMENI), dt.date(2016, 3, 15))
    assert [(a.text, a.code or a.country, a.resolved_by) for a in refs if a.text == "refugees"] == [
        ("refugees", "GRCREF", "event-location"), ("refugees", "GRCREF", "same-head"), ("refugees", None, "sector")]


def test_a_plural_with_words_of_its_own_after_it_is_no_repetition(resolver, nlp):
    # AFP_ENG_19970409.0497 (news-audit-1) in short: "Officials from Tshisekedi's party" are the party's (owner),
    # not the US officials named before
    text = ("US officials said on Tuesday that Zaire's rebels were gaining ground. Officials from Tshisekedi's Union "
            "for Democracy and Social Progress party told AFP on Wednesday that they would continue to demonstrate.")
    refs, _ = resolver.resolve_document(nlp(text), dt.date(1997, 4, 9))
    assert [(a.text, a.code or a.country, a.resolved_by) for a in refs if a.text.lower().endswith("officials")] == [
        ("US officials", "USAGOV", "name+sector"), ("Officials", "CODPTY", "owner")]
