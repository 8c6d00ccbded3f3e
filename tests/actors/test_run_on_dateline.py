"""A wire dateline run on after the headline (one-line agency copy, GLOCON's South African wire documents) is
read as every stage reads it (``clean.dateline.story_datelines``, docs/datelines.md): its place, date and agency
are no actors; its state is the story's home only where the story's own words name that state too
(``_bureau_dateline``, ``run_on``).  Real GLOCON documents, the first sentences."""

from __future__ import annotations

import datetime as dt

import pytest

# glocon-5dc272406c767a0017f2d519: a story filed from its own state
CAPE_TOWN = ("Ramaphosa promises instant response to violence against women and children in SA Songezo Ndlendle "
             "CAPE TOWN, September 5 (ANA) - South Africa President Cyril Ramaphosa on Thursday addressed thousands of "
             "protesters outside Parliament following Wednesday's mass gathering against the abuse and violence "
             "directed at women and children outside the meeting venue of the World Economic Forum in Cape Town. ")
# glocon-5da6f8180d84000017827ecd: a bureau's story about another state
MOSCOW = ("Three New Cases of Zika Infection Registered in Northeast Italy \u2013 Health Official MOSCOW, February 5 "
          "(Sputnik) - Three new cases of the Zika virus disease have been registered this year in the northeastern "
          "Italian region of Veneto, a local health official said Friday. A total of seven cases of the mosquito-borne "
          "illness, linked to brain damage in newborns, have been confirmed in Italy since 2015. Police said the "
          "patients had recovered.")


def test_the_run_on_dateline_is_no_actor_and_places_the_protesters(home_refs):
    home, refs = home_refs(CAPE_TOWN, dt.date(2019, 9, 5))
    assert home.police == "ZAF" and home.evidence == "dateline"
    # neither "CAPE TOWN" nor the agency "ANA" is an actor
    assert refs == [
        ("Ramaphosa", "ZAFGOV", "kb-person"), ("women", None, "sector"), ("children", None, "sector"),
        ("Songezo Ndlendle", None, "unknown"),
        ("South Africa President Cyril Ramaphosa", "ZAFGOV", "title+name"),
        ("protesters", "ZAFCVL", "home"), ("Parliament", "ZAFLEG", "context"),
        ("women", None, "sector"), ("children", None, "sector"),
        ("World Economic Forum", "WORLD-ECONOMIC-FORUM", "kb-phrase"), ("Cape Town", "ZAFCVL", "capital"),
    ]


# the bureau story's first sentence alone: too few mentions for a main state (the rule of every dateline), and
# the story names Russia once (Sputnik's own words)
LEAD = MOSCOW[:MOSCOW.index(" A total")]
MOSCOW_LEAD = LEAD + " Police said the patients, who had been to Russia, had recovered."
ITALIAN_LEAD = [("Italy", "ITA", "kb-phrase"), ("Health Official", "ITAGOV", "home"), ("Italian", "ITA", "adjective"),
                ("Veneto", "ITACVL", "place"), ("health official", "ITAGOV", "home")]


@pytest.mark.parametrize("text,evidence,expected", [
    # a main state (Italy) the story names: the rule of every dateline already says so
    (MOSCOW, "places", ITALIAN_LEAD + [("Italy", "ITA", "kb-phrase"), ("Police", "ITACOP", "home")]),
    # too few mentions for a main state, and the story names Russia at most once: a run-on dateline's state is
    # then no home either
    (LEAD + " Police said the patients had recovered.", "places", ITALIAN_LEAD + [("Police", "ITACOP", "home")]),
    # the headline shortened: no main state either (the same body under a line-opening dateline is Russia's, below)
    (LEAD.replace(" in Northeast Italy", "") + " Police said the patients had recovered.", "places",
     # (officials are placed by a main state only; police by the one state of all places)
     [("Health Official", None, "sector"), ("Italian", "ITA", "adjective"), ("Veneto", "ITACVL", "place"),
      ("health official", None, "sector"), ("Police", "ITACOP", "home")]),
    (MOSCOW_LEAD, "share", ITALIAN_LEAD + [("Police", "ITACOP", "home"), ("Russia", "RUS", "kb-phrase")]),
])
def test_a_bureau_s_run_on_dateline_is_not_the_home_of_a_story_about_another_state(home_refs, text, evidence,
                                                                                    expected):
    home, refs = home_refs(text, dt.date(2016, 2, 5))
    assert (home.police, home.evidence) == ("ITA", evidence)
    assert refs == expected


def test_the_same_dateline_opening_a_line_keeps_the_rule_of_every_dateline(home_refs):
    # "MOSCOW, February 5 (Sputnik) -" opening the story: one Italian place is no main state, the dateline decides
    text = LEAD[LEAD.index("MOSCOW"):] + " Police said the patients had recovered."
    home, refs = home_refs(text, dt.date(2016, 2, 5))
    assert (home.police, home.evidence) == ("RUS", "dateline")
