"""A state's adjective before "capital" names that state's capital city, a place (issue 15 point 5;
actors/resolver.py ``_demonym_capitals``, lang/en/words.tsv ``capital_nouns``).  Real AFP (news-audit-1), BBC
News 2004-5 (bbc-news) and Reuters 1987 (reuters21578) sentences.

Mentions are asserted in full: (text, code, resolved_by)."""

from __future__ import annotations

import datetime as dt

import pytest

WHEN = dt.date(1997, 4, 28)


def _mentions(resolver, nlp, text):
    refs, _ = resolver.resolve_document(nlp(text), WHEN)
    return [(a.text, a.code or a.country, a.resolved_by) for a in refs]


@pytest.mark.parametrize("text,expected", [
    # AFP_ENG_19970428.0071 (news-audit-1): the militiamen of a story about fighting in the Somali capital are
    # Somalia's (the sentence names one state, through its capital)
    ("At least 17 militiamen and civilians were killed and 26 other people wounded during heavy factional fighting "
     "which erupted in the Somali capital overnight, medical sources and witnesses said Monday.",
     [("militiamen", "SOMREB", "context"), ("civilians", None, "sector"), ("people", None, "sector"),
      ("Somali capital", "SOMCVL", "capital")]),
    # bbc entertainment/182
    ("The Bangkok International Film Festival got under way on Thursday in the Thai capital in the shadow of the "
     "country's 5,300 deaths from the tsunami.",
     [("Bangkok", "THAGOV", "capital"), ("Thai capital", "THACVL", "capital")]),
    # reuters (reut2 Macao talks story): the capital is the venue of the talks
    ("\"We are very happy with the results,\" Valerio said after four days of negotiations in the Chinese capital.",
     [("Valerio", None, "unknown"), ("Chinese capital", "CHNCVL", "capital")]),
])
def test_a_demonym_before_capital_is_the_capital(resolver, nlp, text, expected):
    assert _mentions(resolver, nlp, text) == expected


def test_a_name_after_the_capital_noun_is_the_place(resolver, nlp):
    # bbc politics: "the Kenyan capital Nairobi": Nairobi is the place, the adjective stays an adjective
    assert _mentions(resolver, nlp, "On Wednesday, Mr Brown visited slums in the Kenyan capital Nairobi.") == [
        ("Brown", None, "unknown"),
        ("Kenyan", "KEN", "adjective"),
        ("Nairobi", "KENCVL", "capital"),
    ]


def test_group_nouns_located_in_the_capital_take_its_state(resolver, nlp):
    # the location rule reads "in the Kenyan capital" as it reads "in Nairobi"
    text = "Police fired tear gas at protesters in the Kenyan capital on Monday."
    assert _mentions(resolver, nlp, text) == [
        ("Police", "KENCOP", "context"),
        ("protesters", "KENCVL", "location"),
        ("Kenyan capital", "KENCVL", "capital"),
    ]
