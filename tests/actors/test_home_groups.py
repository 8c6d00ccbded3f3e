"""Group nouns placed by the article's home (issue 15 point 5; actors/resolver.py ``_home_states``,
``_take_home``): a state named only as the modifier of a thing ("the Iraq war") is no place of the story;
courts and judges act at home as police do; parties take the state the article is about; students and teachers
live where the story is, as civilians do.  Real BBC News 2004-5 and Reuters 1987 text, shortened only where
noted."""

from __future__ import annotations

import datetime as dt

from annalyst.actors.resolver import article_home
from annalyst.clean.dateline import dateline_spans

MARCH_1987 = dt.date(1987, 3, 31)
FEB_2005 = dt.date(2005, 2, 1)

# bbc-politics-131 (judged-4), the first two paragraphs and a sentence of the police's statement
PEACE_DEMO = (
    "Peace demo appeal rejected\n\n"
    "Peace protestors have lost a landmark appeal over police actions in stopping an anti-war demonstration days "
    "after the start of the Iraq war.\n\n"
    "They had appealed against a High Court decision that it was not unlawful for police to forcibly turn "
    "protestors away near RAF Fairford, Glos, in 2003. The police had also sought to overturn a breach of human "
    "rights ruling arising from the same case. Sitting on Wednesday, three Appeal Court judges dismissed both "
    "appeals. It followed action by police, when three coachloads of people were searched and detained on the way "
    "to RAF Fairford and forced to return to London under police escort.\n\n"
    "\"Given these circumstances, and the fact that RAF Fairford, and other military installations in the UK, had "
    "been the scene of increasingly destructive disorder in the weeks preceding this incident, the police commander "
    "on the ground made the decision to turn back the coaches.\"\n")

# reuters-11442 (judged-3), the dateline paragraph and the fourth
CENSURE = (
    "LISBON, March 31 - Portugal's minority centre-right government, which faces a crucial censure vote in "
    "parliament on Friday, unveiled an eight-year economic plan aimed at reducing foreign debt and boosting jobs "
    "and investment.\n\n"
    "The censure motion has been proposed by a centre-left party which says the government has failed to tackle "
    "economic ills.\n")


def _refs(resolver, nlp, text, when):
    parsed = nlp(text)
    refs = resolver.resolve(parsed, when, dateline_spans(text))
    return parsed, [(a.text, a.code or a.country, a.resolved_by) for a in refs]


def test_a_war_named_as_a_topic_is_no_place_of_the_story(resolver, nlp):
    parsed, refs = _refs(resolver, nlp, PEACE_DEMO, FEB_2005)
    home = article_home(parsed)
    # London and the UK place the story; "the Iraq war" only says what the protest was about
    assert (home.police, home.local, home.evidence) == ("GBR", "GBR", "places")
    assert [(text, code) for text, code, how in refs if how == "home"] == [
        ("protestors", "GBRCVL"),  # "Peace protestors" (the title's "Peace" is a word of its own)
        ("police", "GBRCOP"),
        ("High Court", "GBRJUD"),  # courts act at home, as police do
        ("police", "GBRCOP"),
        ("protestors", "GBRCVL"),
        ("police", "GBRCOP"),
        ("Court judges", "GBRJUD"),
        ("people", "GBRCVL"),
    ]
    assert ("Iraq", "IRQ", "kb-phrase") in refs


def test_a_state_named_only_as_a_modifier_is_the_home_when_no_other_place_is_named(resolver, nlp):
    # bbc business 033 (BBC News 2005, not a judged story), the title, the first paragraph and the first sentence of
    # the fourth: "Colombia" modifies "poor" in the title and no other place is named, so it still counts, and
    # with the later "Colombia has ..." two sentences name the state: its people are placed
    text = ("Rich grab half Colombia poor fund\n\n"
            "Half of the money put aside by the Colombian government to help the country's poor is benefiting "
            "people who do not need it, a study has found.\n\n"
            "Colombia has a population of about 44 million and half lives below poverty line.\n")
    parsed, refs = _refs(resolver, nlp, text, FEB_2005)
    home = article_home(parsed)
    assert (home.police, home.local) == ("COL", "COL")
    assert [r for r in refs if r[2] == "home"] == [("people", "COLCVL", "home"), ("population", "COLCVL", "home")]


def test_a_party_takes_the_state_of_the_dateline(resolver, nlp):
    _, refs = _refs(resolver, nlp, CENSURE, MARCH_1987)
    assert refs == [
        ("Portugal", "PRT", "kb-phrase"),
        ("government", "PRTGOV", "context"),
        ("parliament", "PRTLEG", "context"),
        ("party", "PRTPTY", "home"),  # before: no country
        ("government", "PRTGOV", "home"),
    ]


# reuters-14825 (judged-3), whole story
CONFIDENCE_VOTE = (
    "PARIS, April 8 - The French government won, as expected, a vote of parliamentary confidence sought by Prime "
    "Minister Jacques Chirac on his general policies.\n\n"
    "Votes from Chirac's Gaullist RPR party and its junior partner in the ruling coalition, the centre-right UDF, "
    "gave Chirac's cabinet a slim majority in the National Assembly.\n\n"
    "A total of 294 deputies in the 577-member assembly voted to support Chirac, with 282 voting against. One "
    "member was absent.\n\n"
    "The Socialists, Communists and the extreme-right National Front voted against the prime minister's call.\n")

# reuters-9721 (judged-4), the dateline paragraph
APPROPRIATIONS = (
    "WASHINGTON, March 26 - The House of Representatives Appropriations Committee yesterday approved 300 mln dlrs "
    "in economic aid for four Central American states, 50 mln dlrs to black-led states neighbouring South Africa "
    "and 50 mln dlrs in military assistance for the Philippines.\n")


def test_party_families_named_alone_are_the_article_s_parties(resolver, nlp):
    # sectors.tsv: socialist, communist, republican, democrat (PTY nouns) take the state the article is about
    _, refs = _refs(resolver, nlp, CONFIDENCE_VOTE, dt.date(1987, 4, 8))
    assert [r for r in refs if r[0] in ("Socialists", "Communists")] == [
        ("Socialists", "FRAPTY", "home"), ("Communists", "FRAPTY", "home")]


# bbc business 488 (BBC News 2005, not a judged story), from its start to the end of the Republicans' sentence
DEFICIT = (
    "US budget deficit to reach $368bn\n\nThe US budget deficit is set to hit a worse-than-expected $36"
    "8bn (£197bn) this year, officials said on Tuesday.\n\nThe cost of military operations still needs"
    " to be factored in, with analysts saying the deficit could end up a further $100bn in the red. P"
    "ast Congressional Budget Office (CBO) forecasts said there would be a $348bn shortfall in the 20"
    "05 fiscal year. In recent months, the dollar has weakened amid market jitters about the size of "
    "the budget and trade deficits. In November, the gap between US exports and imports widened to mo"
    "re than $60bn, a record figure. The CBO says it envisages a further \"orderly\" decline in the gre"
    "enback over the next two years as the twin deficit drives dollar investors away. But the non-par"
    "tisan fiscal watchdog notes the declines will help exporters and boost US economic growth.\n\nThe "
    "budget deficit hit a record $412bn in the 12 months to 30 September 2004, after reaching $377bn "
    "in the previous fiscal year. The CBO also forecast a total shortfall of $855bn for the years fro"
    "m 2006 to 2015, an improvement on previous projections. However, analysts say the new figures fa"
    "il to take into account the potential $2-$3.8 trillion costs of the president's plan to revamp s"
    "tate pensions and extend tax cuts. The figure could also be worsened by any further military cos"
    "ts. Republicans have blamed the size of the deficit on slow economic conditions after the 11 Sep"
    "tember attacks and ongoing military operations in Iraq and Afghanistan.")


def test_republicans_of_a_us_story(resolver, nlp):
    _, refs = _refs(resolver, nlp, DEFICIT, dt.date(2005, 1, 26))
    assert [r for r in refs if r[0] == "Republicans"] == [("Republicans", "USAPTY", "home")]


def test_the_guard_of_a_republic_is_no_party(resolver, nlp):
    # "republican guard" (MIL) is longer than "republican" (PTY)
    # (the noun phrase alone: none of the corpora names it)
    refs = {r.text: r for r in resolver.resolve(nlp("the Iraqi Republican Guard"), dt.date(2003, 4, 1))}
    assert [(r.text, r.code, r.sector) for r in refs.values()] == [("Iraqi Republican Guard", "IRQMIL", "MIL")]


def test_a_chamber_named_generically_is_the_legislature_of_the_article_s_state(resolver, nlp):
    _, refs = _refs(resolver, nlp, APPROPRIATIONS, dt.date(1987, 3, 26))
    assert refs[0] == ("House of Representatives", "USALEG", "home")


# bbc politics 047 (BBC News 2005, not a judged story), from its start to the end of the third paragraph's second
# sentence
FEE_FACTOR = (
    "Student 'fee factor' played down\n\nA rise has been recorded in the number of students from south "
    "of the border applying to universities in Scotland.\n\nHowever, Lifelong Learning Minister Jim Wal"
    "lace said that this would not result in Scottish students missing out. Applications from England"
    " and Wales rose by 17% between January 2005 and the previous year, up 23,600 to 27,700. Fears ha"
    "d been expressed that a flood of \"fee refugees\" would try to avoid top-up fees of up to £3,000 a"
    " year being introduced in England. In June last year, Mr Wallace announced proposals to increase"
    " tuition fees for English students studying in Scotland by £2,000 in an attempt to prevent a cro"
    "ss-border flood, although no figure has yet been agreed. Legislation to introduce the top-up fee"
    "s in England is not due to take effect until autumn 2006 and students who start before then will"
    " not have to pay additional fees at all.\n\nThe figures were made public on Thursday by admissions"
    " service Ucas. Universities Scotland, which represents university principals, claimed that an in"
    "crease in applications did not amount to Scottish students being squeezed out.")


def test_students_are_placed_but_not_a_student_word_that_only_modifies_a_thing(resolver, nlp):
    # students and universities take the story's local state (England, Wales, Scotland: GBR); "university
    # principals" only says whose principals they are, no actor an event could take as its target
    _, refs = _refs(resolver, nlp, FEE_FACTOR, FEB_2005)
    words = ("Student", "students", "universities", "Universities", "university")
    assert [r for r in refs if r[0] in words] == [
        ("Student", "GBREDU", "home"),
        ("students", "GBREDU", "home"),
        ("universities", "GBREDU", "location"),
        ("students", "GBREDU", "home"),
        ("Universities", "GBREDU", "home"),  # "Universities Scotland", read as the word and a place
        ("university", None, "sector"),  # "university principals"
    ]
