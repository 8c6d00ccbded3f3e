"""Where an article's civilians live (actors/resolver.py ``_home_states``, session 14, track groups): civilians
("residents", "people", "a woman") take the one state of the article's places only where more than one sentence
names it; a sentence that names a state body with its own place words ("the North West provincial government")
names that state too (``_placed_bodies``), and a place that only says where a reporting body is based ("the Hong
Kong-based rights group") is not one of the story's places (``_base_of_body``).  GLOCON (Sapa, Sapa-AFP) text of
judged-8, sentences left out."""

from __future__ import annotations

import datetime as dt

import pytest

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


def _unplaced(*texts):
    return [(t, None, "sector") for t in texts]


# without the provincial government's sentence only the bank's name says South Africa: one sentence
ONE_SENTENCE = VENTERSDORP.replace(VENTERSDORP[VENTERSDORP.index("On Friday"):VENTERSDORP.index("The Development")], "")
# "in Hong Kong" is where something happens: two states' places, no local state for civilians (police take the
# state the article names most)
IN_HONG_KONG = SHENGZHOU.replace("the Hong Kong-based Information Centre for Human Rights and Democracy said",
                                 "the Information Centre for Human Rights and Democracy said in Hong Kong")


@pytest.mark.parametrize("text, police, local, civilians", [
    # a state body named with its place words tells civilians the story is its state's
    (VENTERSDORP, "ZAF", "ZAF", [("Residents", "ZAFCVL", "home"), ("Residents", "ZAFCVL", "home"),
                                 ("residents", "ZAFCVL", "home")]),
    (ONE_SENTENCE, "ZAF", None, _unplaced("Residents", "Residents", "residents")),
    # a reporting body's base is not a place of the story
    (SHENGZHOU, "CHN", "CHN", [("protesters", "CHNCVL", "home"), ("Residents", "CHNCVL", "home"),
                               ("people", "CHNCVL", "home")]),
    (IN_HONG_KONG, "CHN", None, _unplaced("protesters", "Residents", "people")),
], ids=["body-with-place-words", "one-sentence", "based-in", "happens-in"])
def test_where_the_articles_civilians_live(home_refs, text, police, local, civilians):
    home, refs = home_refs(text, WHEN)
    assert (home.police, home.local) == (police, local)
    assert _civilians(refs) == civilians
