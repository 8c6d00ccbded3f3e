"""People resolved from the whole article (issue 15, session 9): a namesake of a known person, a body's phrase that
ends in an office, titles only a state gives, and the day an undated text is read on.

Texts from ../shared/corpora/bbc-news (politics 101, 295 and others) and ../shared/corpora/reuters21578 (the
Kuranari and Fitzwater stories), and, where those corpora hold no case of the mechanism, sentences of the 2019 news
pages of the tune set bench/data/judged-3 (Morrison, Grisham).  Every test lists every mention."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.actors.describe import describe_actors


def mentions(text, when=None):
    return [(a.text, a.country, a.sector, a.resolved_by) for a in describe_actors(text, when=when).actors]


# -- a known person's surname after another given name ------------------------------------------------------------

def test_a_given_name_the_known_person_lacks_is_another_person():
    # BBC politics: Cherie Blair is not Tony Blair (before: "Blair" GBR ELI, the prime minister's record)
    text = ("The claims about Lord Falconer and Baroness Morgan's involvement were made in a book published this "
            "week by Philippe Sands QC, a member of Cherie Blair's Matrix Chambers.")
    got = mentions(text)
    assert ("Cherie Blair", None, None, "unknown") in got
    assert not any(m[0] == "Blair" for m in got)


def test_later_bare_surname_follows_the_namesake_of_the_article():
    # judged-3 (a 2019 news page): Tim Morrison, an NSC aide, is not Australia's prime minister Scott Morrison,
    # and neither is the later "Morrison" (before: both AUS GOV from the knowledge base)
    text = ("Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another top NSC aide, "
            "testified before the committee. Volker and Morrison said that the call with Zelensky was not in line "
            "with American national security goals.")
    got = mentions(text, dt.date(2019, 11, 20))
    assert ("Tim Morrison", "USA", "GOV", "apposition") in got
    assert ("Morrison", "USA", "GOV", "coref") in got
    assert not any(m[1] == "AUS" for m in got)


def test_a_known_person_with_their_own_given_name_is_unchanged():
    # BBC: "Chancellor Gordon Brown" is the known person; "Tony Blair" alone is too
    text = ("Labour MPs have angrily criticised Tony Blair and Gordon Brown amid renewed reports of a rift between "
            "the two men.")
    got = mentions(text)
    assert [m[:2] for m in got if m[1]] == [("Tony Blair", "GBR"), ("Gordon Brown", "GBR")]
    assert all(m[3] == "kb-person" for m in got if m[1])


# -- a knowledge-base phrase that ends in an office --------------------------------------------------------------

def test_a_body_phrase_ending_in_an_office_joins_the_name_after_it():
    # judged-3 (2019 news page): PETRARCH2 lists "White House Press Secretary" as a phrase of the White House; the
    # name after it is the office's holder, and a later surname is the same person (before: "Stephanie Grisham" and
    # "Grisham" without a country)
    text = ('"We pray for the full recovery of both men," said White House Press Secretary Stephanie Grisham. '
            "Grisham urged the American public not to tolerate the pretense of the Democrats.")
    assert mentions(text, dt.date(2019, 11, 19)) == [
        ("men", None, "CVL", "sector"),
        ("White House Press Secretary Stephanie Grisham", "USA", "GOV", "title+name"),
        ("Grisham", "USA", "GOV", "coref"),
        ("American", "USA", None, "adjective"),
        ("Democrats", "USA", "PTY", "kb-phrase"),
    ]


def test_a_spokesman_of_a_known_body_is_unchanged():
    # Reuters 1987: already one mention before (the sector rule); the new join must not split or re-code it
    text = "White House spokesman Marlin Fitzwater said the United States would keep its ships in the Gulf."
    got = mentions(text, dt.date(1987, 5, 20))
    assert got[0] == ("White House spokesman Marlin Fitzwater", "USA", "GOV", "title+name")


# -- titles only a state gives take the article's state -----------------------------------------------------------

def test_a_minister_in_a_datelined_story_is_the_datelines_state():
    # Reuters 1987 (TOKYO dateline): before, the minister and his later surname had no country (the minister's
    # name changed to one the knowledge base does not know: Tadashi Kuranari is in people.tsv since session 14)
    text = ("JAPAN FOREIGN MINISTER CALLS OFF TRIP TO THE U.S.\n\nTOKYO, March 11 - Foreign Minister Tadashi "
            "Kuranaka has cancelled a trip tomorrow to the U.S. Because of continued confusion in the Japanese "
            "Parliament over the budget, officials said. Kuranaka has to attend the budget debates.")
    got = mentions(text, dt.date(1987, 3, 11))
    assert ("Foreign Minister Tadashi Kuranaka", "JPN", "GOV", "home") in got
    assert ("Kuranaka", "JPN", "GOV", "surname") in got


def test_a_minister_in_a_british_story_is_british():
    # BBC politics 101: the Welsh finance minister (before: no country)
    text = ("Council tax rise 'reasonable'\n\nWelsh councils should set their taxes at \"reasonable levels\" after "
            "being given an average funding increase of 6%, says the assembly government.\n\nFinance Minister Sue "
            "Essex said it was a \"good deal\" for local government. The £3.2bn settlement includes the \"full\" "
            "£7.4m from the UK Treasury announced by Chancellor Gordon Brown.")
    got = mentions(text)
    assert ("Finance Minister Sue Essex", "GBR", "GOV", "home") in got


def test_a_generic_secretary_is_not_the_states():
    # BBC politics: the TUC's general secretary is no state official; "secretary" without a state portfolio stays
    # unplaced by the article's state
    text = ("Public and Commercial Services union members have already voted to strike over cuts for one day on 5 "
            "November. The TUC said cuts would deliver less than 6% of the £22bn ministers hope to save through "
            "efficiency reforms. General secretary Brendan Barber said the cuts were wrong.")
    got = mentions(text)
    # ("general secretary" is one title since session 10: the mention holds the whole of it)
    # (session 12: no longer left unplaced but the officer of the TUC named in the sentence before, GBR LAB, as the
    # judged-1 should_be says: `_titled_after_body`; still not the state's GOV)
    assert ("General secretary Brendan Barber", "GBR", "LAB", "body-before") in got


@pytest.mark.parametrize("words,expected", [
    ("Foreign Secretary Dominic Raab", True), ("Home Secretary Charles Clarke", True),
    ("Ambassador Gordon Sondland", True), ("special envoy Kurt Volker", True),
    ("General secretary Brendan Barber", False), ("chairman Barry Sheerman", False),
    ("President Keith Gambill", False),
])
def test_state_office_words(nlp, words, expected):
    from annalyst.actors.resolver import Mention, _state_office

    doc = nlp(words)
    assert _state_office(doc, Mention(start=0, end=len(doc), pieces=[])) is expected


# -- the day an undated text is read on ----------------------------------------------------------------------------

def test_an_undated_text_is_read_when_its_known_people_held_office():
    # BBC politics (files carry no date): Blair and Brown were both in office in 1997-2007, so the text is read
    # then: both are the government, not former office holders; Thatcher (1979-1990) stays a former one
    text = ("Labour MPs have angrily criticised Tony Blair and Gordon Brown amid renewed reports of a rift between "
            "the two men. If Mr Blair wins the next election and fulfils his promise to serve a full third term, he "
            "will surpass Margaret Thatcher's 11 years.")
    assert mentions(text) == [
        ("Tony Blair", "GBR", "GOV", "kb-person"),
        ("Gordon Brown", "GBR", "GOV", "kb-person"),
        ("men", None, "CVL", "sector"),
        ("Blair", "GBR", "GOV", "kb-person"),
        ("his", "GBR", "GOV", "coref"),
        ("Margaret Thatcher", "GBR", "ELI", "kb-person"),
    ]


def test_one_known_person_does_not_date_a_text():
    # BBC politics: one person is not enough to date a text; the knowledge base is read as of today (ELI)
    got = mentions("Tony Blair has dismissed reports he told his ministers he would quit before the next general "
                   "election.")
    assert got[0] == ("Tony Blair", "GBR", "ELI", "kb-person")


def test_the_one_person_an_undated_text_is_about_dates_it():
    # BBC politics (judged-4 bbc-politics-014): a lone known person named again by surname is what the story is
    # about, read in their latest term (before: GBRELI, as of today)
    got = mentions("Tony Blair has rejected a Conservative compromise offer. Mr Blair said the bill was needed.")
    assert [m for m in got if "Blair" in m[0]] == [("Tony Blair", "GBR", "GOV", "kb-person"),
                                                   ("Blair", "GBR", "GOV", "kb-person")]
    # a text that calls the person former is read as of today; PETRARCH2's one-phrase "former prime minister"
    # is a former office too (before, in a dated text of Blair's years, it was GBRGOV)
    former = mentions("Former prime minister Tony Blair has rejected the offer. Mr Blair said the bill was needed.")
    assert [m for m in former if "Blair" in m[0]] == [("Former prime minister Tony Blair", "GBR", "ELI", "kb-person"),
                                                      ("Blair", "GBR", "ELI", "kb-person")]


def test_a_lone_person_given_a_sitting_office_dates_an_undated_text():
    # BBC business (2004-05; files carry no date): a known person named once with an office of theirs is read in
    # their term, not as of today (before: "Clara Furse" GBR ELI, "Rodrigo Rato" IGO ELI)
    assert mentions("The management has continued talks with LSE chief executive Clara Furse.") == [
        ("Clara Furse", "GBR", "BUS", "kb-person"),
    ]
    got = mentions("Jack Boorman, adviser to IMF's managing director, Rodrigo Rato, said talks would go on.")
    assert [m for m in got if "Rato" in m[0]] == [("Rodrigo Rato", "IGO", "GOV", "kb-person")]
    # a title run holding "former" is no sitting office: the text is read as of today
    assert mentions("It was backed by former Metropolitan Police Commissioner Sir John Stevens.") == [
        ("Police Commissioner Sir John Stevens", "GBR", "ELI", "title+name"),
    ]
    # a possessive titled name dates something else, often of the past: the text is read as of today (judged-7
    # bbc-politics-052: Carter's term would have dated a 2005 story to 1979, Osama Bin Laden then sectorless)
    assert mentions("Etzioni was a senior adviser to President Carter's White House.") == [
        ("President Carter", "USA", "ELI", "kb-person"),
        ("White House", "USA", "CVL", "capital"),
    ]


def test_a_surname_alone_after_a_full_name_is_one_person_of_the_era(resolver, nlp):
    from annalyst.actors.resolver import ERA_KEY

    # BBC business: "President Kirchner" after "President Nestor Kirchner" is Nestor, not also Cristina Fernandez
    # de Kirchner (alias "Kirchner"), whose term meets his on the day of the succession (before: the text was
    # dated 2007-12-10, Rodrigo Rato, the IMF's head until October 2007, IGO ELI)
    doc = nlp("President Nestor Kirchner's administration is still in talks. For President Kirchner, this is hard. "
              "Jack Boorman, adviser to IMF's managing director, Rodrigo Rato, said talks would go on.")
    refs = resolver.resolve(doc, None)
    assert dt.date.fromisoformat(doc.user_data[ERA_KEY]) < dt.date(2007, 10, 31)
    assert [(r.text, r.country, r.sector) for r in refs if "Rato" in r.text] == [("Rodrigo Rato", "IGO", "GOV")]


def test_a_dated_text_keeps_its_date(resolver, nlp):
    # the era is only for undated texts: a 2019 date reads Blair and Brown as former office holders
    refs = resolver.resolve(nlp("Tony Blair and Gordon Brown met on Monday."), dt.date(2019, 1, 1))
    assert [(r.text, r.sector) for r in refs] == [("Tony Blair", "ELI"), ("Gordon Brown", "ELI")]


def test_the_era_is_kept_with_the_parse(resolver, nlp):
    from annalyst.actors.resolver import ERA_KEY

    doc = nlp("Tony Blair and Gordon Brown met on Monday.")
    resolver.resolve(doc, None)
    era = dt.date.fromisoformat(doc.user_data[ERA_KEY])
    assert dt.date(1997, 5, 2) <= era <= dt.date(2007, 6, 27)  # both in office: Blair PM, Brown Chancellor


# -- hyphenated titles -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # news-audit-1 (AFP 1997): the hyphenated rank is part of the title (before: "Commander Major-" and
    # "general Victor Malu", two mentions)
    ("ECOMOG Field Commander Major-general Victor Malu said officers had betrayed the force.",
     ("Commander Major-general Victor Malu", None, "MIL", "title")),
    # BBC politics style: "Lieutenant-Colonel" written with a hyphen is the listed "lieutenant colonel"
    # (a name the knowledge base does not know: a Tim Collins is in people.tsv since session 14)
    ("Lieutenant-Colonel Tim Hartwell said the troops would stay.",
     ("Lieutenant-Colonel Tim Hartwell", None, "MIL", "title")),
])
def test_a_hyphenated_title_is_the_spaced_one(text, expected):
    assert expected in mentions(text)


def test_compound_variants(kb):
    from annalyst.actors.kb import SectorWord, _compound_variants

    assert _compound_variants(SectorWord("vice chairman", "GOV", "neutral")) == ["vice-chairman"]
    assert _compound_variants(SectorWord("co-chairman", "GOV", "neutral")) == ["co chairman"]
    assert _compound_variants(SectorWord("riot police", "COP", "noun")) == []  # a body, not a title
    assert kb.sectors["major-general"].sector == "MIL"


# -- a post's phrase: where the post is and what it is about are not whose it is ---------------------------------

def test_the_destination_of_an_envoy_in_apposition_is_not_his_state():
    # judged-3 (a 2019 news page, Washington-filed): "former special envoy to Kyiv" is a US envoy posted to
    # Ukraine (before: Volker and his later surname UKR ELI); the article's state places the former office holder
    text = ("WASHINGTON (AP) - Later in the day, Kurt Volker, former special envoy to Kyiv, testified before the "
            "committee in Washington. Volker said it was wrong.")
    got = mentions(text, dt.date(2019, 11, 20))
    assert ("Kurt Volker", "USA", "ELI", "home") in got
    assert ("Volker", "USA", "ELI", "surname") in got


def test_a_state_compounded_onto_a_topic_noun_is_no_affiliation():
    # judged-3 (a 2019 news page): "a Ukraine specialist" is an expert on Ukraine; the council in the same phrase
    # places him, and his own rank keeps him military (before: "Alexander Vindman" UKR, "Lt Col" a mention apart)
    text = ("WASHINGTON (AP) - Democratic lawmakers grilled Lt Col Alexander Vindman, a Ukraine specialist on the "
            "National Security Council. Vindman said it was wrong.")
    got = mentions(text, dt.date(2019, 11, 20))
    assert ("Lt Col Alexander Vindman", "USA", "MIL", "apposition") in got
    assert ("Vindman", "USA", "MIL", "surname") in got


def test_an_affiliation_in_apposition_still_places_a_person():
    # BBC style: a state adjective or a seat of government in the post is the person's (unchanged)
    got = mentions("Mr Kurihara, a Kremlin official, said it was wrong.", dt.date(2005, 6, 1))
    assert got[0] == ("Kurihara", "RUS", "GOV", "apposition")


def test_a_rank_written_without_full_stops():
    # BBC business: "Lt Col" as BBC style writes it is a military title (before: an unknown mention apart)
    text = ("US firms and their workers have been targets of attacks in Iraq. Lt Col Eric Schnaible of the PCO told "
            "the Associated Press news agency the withdrawal was agreed.")
    assert ("Lt Col Eric Schnaible", None, "MIL", "title") in mentions(text)


def test_khomeini_leads_iran_until_1989():
    # judged-3 (Reuters 1987): PETRARCH2 ends Khomeini's term in 1980; people.tsv gives his years as Supreme
    # Leader (1979-12-03 to 1989-06-03), so in 1987 he is the government, not a former official
    text = ("LONDON, March 15 - Iran's revolutionary leader, Ayatollah Ruhollah Khomeini, warned the nation's "
            "civilian and military hierarchy against discord. Khomeini said it was a duty.")
    got = mentions(text, dt.date(1987, 3, 15))
    assert ("Ayatollah Ruhollah Khomeini", "IRN", "GOV", "kb-person") in got
    assert ("Khomeini", "IRN", "GOV", "kb-person") in got


def test_the_era_reads_people_not_states(resolver, nlp):
    # PLOVER GSR (coded undated by `annalyst eval`): Kostunica and Milosevic date the sentence to 2000, but a state
    # named without a date keeps today's name ("Serbian" is SRB, not the FRY of those years): only the people's
    # terms are read on the era's day (Milosevic is then the government, no longer a former office holder)
    refs = resolver.resolve(nlp("Serbian President Vojislav Kostunica promised to democratize Serbia and establish "
                                "the rule of law as he succeeded Milosevic."), None)
    got = [(r.text, r.country, r.sector) for r in refs]
    assert ("Serbian President Vojislav Kostunica", "SRB", "GOV") in got
    assert ("Milosevic", "SRB", "GOV") in got
