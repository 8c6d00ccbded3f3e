"""Where an article's civilians live (actors/resolver.py ``_home_states``, session 14, track groups): civilians
("residents", "people", "a woman") take the one state of the article's places only where more than one sentence
names it; a sentence that names a state body with its own place words ("the North West provincial government")
names that state too (``_placed_bodies``), and a place that only says where a reporting body is based ("the Hong
Kong-based rights group") is not one of the story's places (``_base_of_body``).  GLOCON (Sapa, Sapa-AFP) text of
judged-8, sentences left out."""

from __future__ import annotations

import datetime as dt

WHEN = dt.date(2007, 10, 1)

# glocon-5dc271f06c767a0017f2c780 (judged-8): sentences 1, 3, 6, 9 and 12
VENTERSDORP = (
    "Residents of the Tshing settlement near Ventersdorp chanted songs and refused to listen to the mayor's address "
    "during a meeting on Monday to discuss their grievances. Residents chanted songs drowning out the mayor, who had "
    "to be removed from the stadium under police escort. Earlier on Monday angry residents barricaded streets with "
    "burning tyres and set fire to the councillor's house in protest over poor service delivery. On Friday the North "
    "West provincial government agreed to help the Ventersdorp municipality which was in financial trouble, local "
    "government spokesman Sifiso Moshoetsi said. The Development Bank of South Africa also committed money to help "
    "the municipality develop and introduce a performance management system.\n")
# glocon-5dc271f06c767a0017f2c73f (judged-8): sentences 1, 2, 4 and 9
SHENGZHOU = (
    "Thousands of protesters clashed with police in eastern China last week after security teams moved in to "
    "forcefully relocate families involved in a housing dispute, a rights group said Sunday. Residents refusing to "
    "move out of their homes threw gas bombs at the security forces, igniting riots Wednesday in Shengzhou city, "
    "Zhejiang province, the Hong Kong-based Information Centre for Human Rights and Democracy said. About 20 people "
    "were injured in the clashes involving \"hundreds\" of police and security personnel, it said. Photos on the "
    "Internet showed the building decked out with protest banners that cited China's property law.\n")


def _civilians(refs):
    return [(t, c, how) for t, c, how in refs if t.lower() in ("residents", "people", "protesters")]


def test_a_state_body_named_with_its_place_words_tells_civilians_the_story_is_its_states(home_refs):
    home, refs = home_refs(VENTERSDORP, WHEN)
    assert (home.police, home.local) == ("ZAF", "ZAF")
    assert _civilians(refs) == [("Residents", "ZAFCVL", "home"), ("Residents", "ZAFCVL", "home"),
                                ("residents", "ZAFCVL", "home")]


def test_one_sentence_naming_the_state_places_no_civilians(home_refs):
    # without the provincial government's sentence only the bank's name says South Africa: one sentence
    text = VENTERSDORP.replace(VENTERSDORP[VENTERSDORP.index("On Friday"):VENTERSDORP.index("The Development")], "")
    home, refs = home_refs(text, WHEN)
    assert (home.police, home.local) == ("ZAF", None)
    assert _civilians(refs) == [("Residents", None, "sector"), ("Residents", None, "sector"),
                                ("residents", None, "sector")]


def test_a_reporting_bodys_base_is_not_a_place_of_the_story(home_refs):
    home, refs = home_refs(SHENGZHOU, WHEN)
    assert (home.police, home.local) == ("CHN", "CHN")
    assert _civilians(refs) == [("protesters", "CHNCVL", "home"), ("Residents", "CHNCVL", "home"),
                                ("people", "CHNCVL", "home")]


def test_a_place_where_the_story_happens_still_counts_when_it_is_not_a_base(home_refs):
    # "in Hong Kong" is where something happens: two states' places, no local state for civilians (police take the
    # state the article names most)
    text = SHENGZHOU.replace("the Hong Kong-based Information Centre for Human Rights and Democracy said",
                             "the Information Centre for Human Rights and Democracy said in Hong Kong")
    home, refs = home_refs(text, WHEN)
    assert (home.police, home.local) == ("CHN", None)
    assert _civilians(refs) == [("protesters", None, "sector"), ("Residents", None, "sector"),
                                ("people", None, "sector")]
