"""Who an entity is, from the document's own words (issue 15, session 12, people track): a name and its bracketed
abbreviation, a known body's name inside a longer one, the same person named twice, a nationality as a person's
description, surnames across case, clergy at home.

Sentences from the tune sets: bench/data/judged-4 and judged-5 (Reuters 1987: the LDP, GATT, the Venezuelan
finance minister), judged-5 and judged-6 (GLOCON: Cosatu; BBC business: the ILO, President Kumaratunga;
IndiaPoliceEvents: the imam), judged-3 (a 2019 news page: Assange), news-audit-1 (AFP 1997: the UDPS misspelt);
shortened.  Every test lists every mention."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.actors.acronyms import abbreviation, long_form_start
from annalyst.actors.describe import describe_actors


def mentions(text, when=None):
    return [(a.text, a.country, a.sector, a.resolved_by) for a in describe_actors(text, when=when).actors]


# -- the long form of an abbreviation (Schwartz & Hearst) ---------------------------------------------------------

@pytest.mark.parametrize("short,before,expected", [
    ("LDP", "Members of his ruling Liberal Democratic Party", "Liberal Democratic Party"),
    ("Cosatu", "Earlier , Congress of SA Trade Unions", "Congress of SA Trade Unions"),
    ("ILO", "Separately , the International Labour Organisation", "International Labour Organisation"),
    ("GATT", "the tax in the General Agreement on Tariffs and Trade", "General Agreement on Tariffs and Trade"),
    ("Sadtu", "Members of the South African Democratic Teachers Union", "South African Democratic Teachers Union"),
    # initials first: letter by letter, "Association" alone spells a-s-a
    ("ASA", "chance , American Soybean Association", "American Soybean Association"),
    ("SNP", "said Mr Smith", None),
    ("ANC", "President Jacob Zuma", None),
])
def test_the_long_form_is_spelled_by_the_abbreviation(short, before, expected):
    words = before.split()
    at = long_form_start(short, words)
    assert (" ".join(words[at:]) if at is not None else None) == expected


@pytest.mark.parametrize("word,expected", [("LDP", True), ("Sadtu", True), ("AFL-CIO", True), ("D", False),
                                           ("the", False), ("1987", False), ("Democracy", True)])
def test_what_may_abbreviate_a_name(word, expected):
    assert abbreviation(word) is expected


# -- a name and its bracketed abbreviation are one body -----------------------------------------------------------

def test_a_known_abbreviation_decides_its_long_form():
    # judged-5 (Reuters 1987): before, "Democratic Party" of the LDP's name was the US Democrats (USADEM)
    got = mentions("TOKYO, April 17 - Members of his ruling Liberal Democratic Party (LDP) called for time to be "
                   "taken on the tax.", dt.date(1987, 4, 17))
    assert got == [("Liberal Democratic Party", "JPN", "PTY", "kb-phrase"), ("LDP", "JPN", "PTY", "kb-phrase")]


def test_a_word_of_the_long_form_is_not_another_body():
    # judged-6 (BBC business): before, "Labour" of the ILO's name was Britain's Labour Party (GBRLAB)
    got = mentions("Separately, the International Labour Organisation (ILO) said that at least one million people "
                   "have lost their livelihoods in Sri Lanka and Indonesia alone.")
    assert got == [("International Labour Organisation", "UNO", "LAB", "kb-phrase"), ("ILO", "UNO", "LAB", "acronym"),
                   ("people", "LKA", "CVL", "event-location"), ("Sri Lanka", "LKA", None, "kb-phrase"),
                   ("Indonesia", "IDN", None, "kb-phrase")]


def test_the_officer_after_the_bracket_is_the_bodys():
    # judged-5 (GLOCON): before, "Congress" was South Africa's legislature (ZAFLEG) and the president its
    # government's; the union federation's president is labour
    got = mentions("Earlier, Congress of SA Trade Unions (Cosatu) president Sidumo Dlamini said structural "
                   "deficiencies in the South African education system had to be urgently addressed.")
    assert got == [("Congress of SA Trade Unions (Cosatu) president Sidumo Dlamini", "ZAF", "LAB", "title+name"),
                   ("South African", "ZAF", None, "adjective")]


def test_an_abbreviation_spelling_another_bodys_name_is_not_that_body():
    # news-audit-1 (AFP 1997): "UNDP" written for the UDPS; the UN Development Programme's names share no word
    # with "Union for Democracy and Social Progess", so the party stays a party told by its head word
    got = mentions("Officials from Tshisekedi's Union for Democracy and Social Progess (UNDP) party told AFP "
                   "Wednesday that they would continue to demonstrate.", dt.date(1997, 4, 9))
    assert got == [("Officials", None, "GOV", "sector"),
                   ("Union for Democracy and Social Progess", None, "PTY", "name-head"),
                   ("UNDP", "UNO", None, "kb-phrase"), ("AFP", "FRA", "JRN", "kb-phrase")]


def test_an_unknown_abbreviation_in_lower_case_names_its_body_again():
    # the brief's case: "Sadtu" (one capital) is the union's abbreviation, and its later mention is the union
    got = mentions("Teachers of the South African Democratic Teachers Union (Sadtu) marched on Wednesday. Later "
                   "Sadtu said in a statement that the marches would go on.")
    assert got == [("Teachers", "ZAF", "EDU", "owner"),
                   ("South African Democratic Teachers Union", "ZAF", "EDU", "name-head+adjective"),
                   ("Sadtu", "ZAF", "EDU", "name"), ("Sadtu", "ZAF", "EDU", "name")]


# -- a known body's name inside a longer one ----------------------------------------------------------------------

def test_a_known_name_ending_a_longer_one_is_another_body():
    # judged-4 (Reuters 1987): "Liberal Democratic Party" is not the US Democratic Party; the party of a Tokyo
    # story, told by its head word
    got = mentions("TOKYO, April 7 - The ruling Liberal Democratic Party has drawn up the guidelines of an economic "
                   "package, a senior party official said.", dt.date(1987, 4, 7))
    assert got == [("Liberal Democratic Party", "JPN", "PTY", "home"), ("party official", "JPN", "PTY", "home")]


def test_a_full_name_whose_abbreviation_the_text_uses_is_that_body():
    got = mentions("TOKYO, April 7 - The ruling Liberal Democratic Party has drawn up the guidelines of an economic "
                   "package. The LDP also suggested the government review the ceiling.", dt.date(1987, 4, 7))
    assert got == [("Liberal Democratic Party", "JPN", "PTY", "kb-phrase"), ("LDP", "JPN", "PTY", "kb-phrase"),
                   ("government", "JPN", "GOV", "coref")]


def test_a_state_word_before_a_known_name_is_no_other_name():
    got = mentions("The US Democratic Party said it would fight the bill.", dt.date(2004, 4, 7))
    assert got == [("US", "USA", None, "kb-phrase"), ("Democratic Party", "USA", "PTY", "kb-phrase"),
                   ("it", "USA", "PTY", "coref")]


# -- people ---------------------------------------------------------------------------------------------------------

def test_a_person_named_the_same_way_later_places_the_first_mention():
    # judged-6 (BBC business, undated): the first "President Kumaratunga" had no country (before: None GOV)
    got = mentions("Sri Lanka's president has launched a reconstruction drive. President Kumaratunga said it was now "
                   "important to find a peaceful solution. President Kumaratunga attended a ceremony in the southern "
                   "town of Hambantota in Sri Lanka.")
    assert got == [("Sri Lanka's president", "LKA", "GOV", "name+sector"),
                   ("President Kumaratunga", "LKA", "GOV", "same-name"),
                   ("President Kumaratunga", "LKA", "GOV", "context"),
                   ("town of Hambantota", "LKA", "CVL", "of-phrase"), ("Sri Lanka", "LKA", None, "kb-phrase")]


def test_a_nationality_describes_the_person_named_before():
    # judged-3 (2019 news page): before, Assange had no country and "The 48-year-old Australian" was Australia
    got = mentions("Swedish prosecutors have dropped an investigation into a rape allegation against Julian Assange. "
                   "The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail. Assange, who "
                   "denies the accusation, has avoided extradition to Sweden for seven years.", dt.date(2019, 11, 19))
    assert got == [("Swedish prosecutors", "SWE", "JUD", "adjective+sector"),
                   ("Julian Assange", "AUS", "CVL", "nationality"), ("Australian", "AUS", "CVL", "nationality"),
                   ("Assange", "AUS", "CVL", "surname"), ("Sweden", "SWE", None, "kb-phrase")]


def test_a_nationality_never_overrides_a_placed_person_nor_modifies_a_noun():
    got = mentions("The Australian embassy said Julian Assange was well. The Australian newspaper said so too.",
                   dt.date(2019, 11, 19))
    assert got == [("Australian embassy", "AUS", "GOV", "adjective+sector"), ("Julian Assange", None, None, "unknown"),
                   ("Australian newspaper", "AUS", "JRN", "adjective+sector")]
    got = mentions("Julian Assange met Scott Morrison. The Australian said nothing.", dt.date(2019, 11, 19))
    assert got == [("Julian Assange", None, None, "unknown"), ("Scott Morrison", "AUS", "GOV", "kb-person"),
                   ("Australian", "AUS", None, "adjective")]


def test_a_surname_links_across_case():
    # judged-6 (Reuters 1987, partly lower-cased): before, every later "Azpurua" had no country
    got = mentions("CARACAS, June 1 - venezuela's finance minister manuel azpurua said the debt talks had gone well. "
                   "Azpurua said a credit agreement will be signed this week.", dt.date(1987, 6, 1))
    assert got == [("finance minister manuel azpurua", "VEN", "GOV", "context"), ("Azpurua", "VEN", "GOV", "surname")]


def test_clergy_take_the_articles_home():
    # judged-6 (IndiaPoliceEvents, lower case): before, the imam had no country (None REL)
    got = mentions("new delhi : the shahi imam criticised the board on friday. the imam said the muslims had "
                   "softened their stand since 1992.", dt.date(2002, 3, 15))
    assert got == [("imam", "IND", "REL", "home"), ("imam", "IND", "REL", "home"), ("muslims", None, "CVL", "ethnic")]


# -- a sector noun that names one body in a state's own news (home_names.tsv) ---------------------------------------

def test_the_congress_of_an_indian_story_is_the_party():
    # judged-6 (IndiaPoliceEvents, lower case): before, "haryana congress" and "the congress" were India's
    # legislature (INDLEG)
    got = mentions("chandigarh: haryana congress on monday demanded a compensation of rs 2 lakh each for the "
                   "families. ms setalvad accused the congress of being afraid to speak out against the government.",
                   dt.date(2002, 3, 15))
    assert got == [("haryana congress", "IND", "PTY", "home-name"), ("congress", "IND", "PTY", "home-name"),
                   ("government", "IND", "GOV", "coref")]


def test_the_congress_of_a_us_story_stays_the_legislature():
    got = mentions("WASHINGTON, March 15 - Congress approved the bill. The congress will vote again on Monday.",
                   dt.date(2002, 3, 15))
    assert got == [("Congress", "USA", "LEG", "home"), ("congress", "USA", "LEG", "home")]


# -- a body's head title after the body -------------------------------------------------------------------------------

def test_a_general_secretary_after_a_union_is_its_officer():
    # judged-1 (BBC politics): before, the TUC's general secretary was an unplaced GOV title
    got = mentions("The TUC said the cuts would hurt services. General secretary Brendan Barber warned the costs "
                   "could easily outweigh the benefits. \"The government's boost is showing results,\" said Mr Barber.")
    assert got == [("TUC", "GBR", "LAB", "kb-phrase"), ("General secretary Brendan Barber", "GBR", "LAB", "body-before"),
                   ("government", None, "GOV", "sector"), ("Barber", "GBR", "LAB", "surname")]


def test_a_state_actor_between_body_and_title_stops_it():
    got = mentions("The TUC said the cuts would hurt services. The government disagreed. General secretary Brendan "
                   "Barber warned the costs could easily outweigh the benefits.")
    assert ("General secretary Brendan Barber", None, "GOV", "title") in got
