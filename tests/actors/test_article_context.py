"""The article's country context (issue 15, point 5; actors/resolver.py ``_main_state``, ``_lead_state``,
``_possessive_state``; session 13, track groups): where no dateline and no share of state and place mentions names
the state an article is about, the named bodies the knowledge base places and then the lead's subject decide it,
and the group nouns nothing nearer places take it (``resolved_by="home"``).  A group owned by "the country"
takes the state "the country" was linked to.  Real Reuters 1987, BBC News 2005 and GLOCON (Sapa) text, whole
paragraphs, some left out."""

from __future__ import annotations

import datetime as dt

MARCH_1987 = dt.date(1987, 3, 31)

# reuters-11169 (judged-1): the headline, paragraphs 1, 2, 6 and 7
FIGHTER = (
    "JAPAN TO DEVELOP FIGHTER PLANE WITH U.S.\n\n"
    "Japan has decided to cooperate with the U.S. To develop a new generation of fighter planes, Defence Minister "
    "Yuko Kurihara said.\n\n"
    "Japan is now in a major trade dispute with Washington, but Kurihara told reporters the decision was not made in "
    "response to outside pressure and described the project as a Japanese-led program with U.S. Cooperation.\n\n"
    "The ministry plans to build 100 FSX fighters to replace all 77 of Japan's Mitsubishi-made F-1 planes by the "
    "1990s.\n\n"
    "A defence ministry spokesman said the timing of the announcement had nothing to do with escalating trade "
    "friction between Japan and the U.S., Its largest trading partner.\n")
# bbc-politics-355 (judged-7): the headline, paragraphs 1 and 2, three sentences of paragraphs 3 and 4
TRUST = (
    "Lib Dems stress Budget trust gap\n\n"
    "Public trust in the handling of the economy can only be restored if Gordon Brown opens up his books for "
    "unbiased inspection, say the Lib Dems.\n\n"
    "City experts say there is a £10bn \"black hole\" in the public finances, a claim denied by the chancellor. Lib "
    "Dem spokesman Vince Cable said the public did not know who to believe and the National Audit Office should "
    "judge. Responding to the pre-Budget report, Mr Cable also attacked Labour's \"unfair\" and over-complicated "
    "taxes.\n\n"
    "Mr Brown confirmed he was setting aside another £520m for the conflicts in Iraq and Afghanistan. He suggested "
    "keeping British troops in Iraq could cost another £1bn. With that record, he asked why ministers attacked Lib "
    "Dem plans for a new 50% tax rate.\n")
# reuters-12519 (judged-1): the headline, paragraph 1 and the last paragraph
STRIKE = (
    "LABOUR GROUP URGES SUPPORT FOR RAILWAY STRIKERS\n\n"
    "South Africa's largest labour federation has issued a broad call to the country's trade union movement to "
    "support thousands of striking black railway workers.\n\n"
    "He also urged the country's two largest employer groups, the Association of Chambers of Commerce and the "
    "Federated Chamber of Industries, to intervene to resolve the strike.\n")
# glocon-5dc272176c767a0017f2cc5f (judged-6): five of its sentences
GANYESA = (
    "North West police arrested 30 residents of Ganyesa, north-west of Vryburg, on Friday following protests over "
    "poor service delivery. About 300 community members began blockading roads around the town and in front of the "
    "municipal offices, police spokeswoman Captain Charlize van der Linden said. \"After some discussion between "
    "police and community members they began throwing stones.\" Shortly afterwards protestors gathered again and "
    "blockaded the main road between Ganyesa and Vryburg. \"Leaders of the community met with the mayor but were "
    "still not satisfied,\" she said.\n")


def test_the_lead_subject_names_the_state_of_a_story_about_two(home_refs):
    home, refs = home_refs(FIGHTER, MARCH_1987)
    # Japan 6, the U.S. 5: no share decides; the lead's subject ("Japan has decided") does, as the state named most
    assert (home.state, home.evidence) == ("JPN", "lead")
    placed = {text: (code, how) for text, code, how in refs}
    assert placed["defence ministry spokesman"] == ("JPNGOV", "home")
    assert placed["Washington"] == ("USAGOV", "capital")  # what the text names keeps its own state


def test_a_lead_subject_whose_state_is_not_named_most_decides_nothing(home_refs):
    # without the paragraph on the ministry's plans Japan and the U.S. are named five times each: no main state
    text = FIGHTER.replace(FIGHTER[FIGHTER.index("The ministry plans"):FIGHTER.index("A defence")], "")
    home, refs = home_refs(text, MARCH_1987)
    assert (home.state, home.evidence) == (None, "")
    assert [(t, c, how) for t, c, how in refs if t == "defence ministry spokesman"] == [
        ("defence ministry spokesman", None, "sector")]


def test_named_bodies_name_the_state_of_a_politics_story(home_refs):
    home, refs = home_refs(TRUST, MARCH_1987)
    # "Lib Dems", "Labour", "the National Audit Office" and Gordon Brown name Britain; its places alone (Britain
    # once, Iraq twice, Afghanistan once) do not reach the share
    assert (home.state, home.evidence) == ("GBR", "bodies")
    assert [(t, c) for t, c, how in refs if how == "home"] == [("chancellor", "GBRGOV"), ("ministers", "GBRGOV")]


def test_the_countrys_groups_take_the_state_the_country_was_linked_to(home_refs):
    home, refs = home_refs(STRIKE, MARCH_1987)
    assert home.state is None  # a dateline-less story that names South Africa once: no home
    assert [(t, c, how) for t, c, how in refs if t in ("the country", "employer groups")] == [
        ("the country", "ZAF", "coref"), ("the country", "ZAF", "coref"), ("employer groups", "ZAFBUS", "owner")]


def test_a_companys_own_workers_take_no_state_from_its_possessive(home_refs):
    home, refs = home_refs("Toyota said profits rose. Its workers went on strike.", MARCH_1987)
    assert [(t, c, how) for t, c, how in refs if t == "workers"] == [("workers", None, "sector")]


def test_a_community_is_placed_by_the_article_as_residents_are(home_refs):
    home, refs = home_refs(GANYESA, MARCH_1987)
    assert (home.police, home.local, home.evidence) == ("ZAF", "ZAF", "places")
    assert [(t, c) for t, c, how in refs if how == "home" and c.endswith("CVL")] == [
        ("residents", "ZAFCVL"), ("community members", "ZAFCVL"), ("town", "ZAFCVL"), ("community members", "ZAFCVL"),
        ("protestors", "ZAFCVL"), ("community", "ZAFCVL")]


def test_a_role_of_a_body_nothing_places_takes_no_state_from_the_article(home_refs):
    # bbc-politics-141 and reuters-2310 (over-firing stories), one sentence each, under a London dateline
    text = ("LONDON - The chairman of the Bar Council, Guy Mansfield QC warned there was a real risk. The chairman of "
            "the port employers' organization, SVZ, said he was unhappy. A spokesman for the ministry said no.")
    home, refs = home_refs(text, MARCH_1987)
    assert home.state == "GBR"
    # the chairmen are their bodies' (which nothing places), the ministry's spokesman the article's state's
    assert [(t, c, how) for t, c, how in refs if t in ("chairman", "spokesman", "ministry")] == [
        ("chairman", None, "sector"), ("chairman", None, "sector"), ("spokesman", "GBRGOV", "home"),
        ("ministry", "GBRGOV", "home")]
