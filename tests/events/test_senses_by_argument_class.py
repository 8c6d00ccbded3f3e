"""A trigger's sense is chosen by the class of its arguments (issue 14, the audits' LEX class): the ``sense``
rows of ``lang/en/lexicon.tsv`` and the named tests of ``events/senses.py``.

* an act done to persons (an arrest, a release of persons) whose patient names no people is another sense of
  its verb ("picked up the award", "the loan had been held up", "released a trial tool"; test
  ``unpeopled_patient``, code class ``person_patient``);
* an admission whose content names no wrongdoing and no conduct of the speaker's side states a view (010,
  not 015 "acknowledge responsibility");
* considering X (to be) Y is an opinion, no "consider policy option" (014);
* courts: pleading guilty, appealing against a ruling, committing a crime, fighting an extradition are no
  appeal (02x), no intent (030), no force (19x);
* meeting a target, a rule or a payment is no meeting (040); regret over deaths is sympathy (018).

Sentences are real BBC News 2004-5, Reuters-21578 and tune-set (news-audit-1, judged-1..3) sentences, place
names added where the actor table of ``conftest.py`` needs one.  Each test gives the exact event set: what
must appear and what must not."""

from __future__ import annotations

import pytest


def events(code, text):
    """The sorted CAMEO codes of the events (the actors are the actor layer's business, tested there)."""
    return sorted(e.cameo for e in code(text))


@pytest.mark.parametrize("text", [
    # BBC entertainment: an award picked up
    "The National Theatre's Stagework website in Britain picked up the prize for best learning as well as "
    "top factual site.",
    # BBC business: an economy picking up speed
    "The French economy picked up speed at the end of 2004, official figures in France show.",
    # judged-3 (Reuters 1987): a loan held up by delays
    "The sources said the loan from the United States had been held up by delays in Japan.",
    # news-audit-1 (AFP): arms taken up are no arrest
    "More than 37,000 people have been killed since the rebel group took up arms against the government "
    "forces in Pakistan.",
])
def test_an_arrest_needs_people_as_its_patient(code, text):
    assert [c for c in events(code, text) if c.startswith("17")] == []


def test_a_tool_released_is_no_release_of_persons(code):
    # BBC tech
    assert events(code, "Search engine firm Google has released a trial tool in India which is concerning some "
                        "net users.") == []


@pytest.mark.parametrize("text, expected", [
    ("Police in Pakistan picked up five suspects on Monday.", ["173"]),
    ("Police in Egypt rounded up dozens of protesters.", ["173"]),
    ("Israel released 50 Palestinian prisoners on Monday.", ["0841"]),
])
def test_acts_on_people_stay(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-1 (Reuters 1987): a pessimistic view, no claim of responsibility
    ("Japanese officials admitted there is little more they can do on their own to stem the dollar decline.",
     ["010"]),
    # news-audit-1 (Xinhua): a view of the talks ahead
    ("In a speech in Beijing, the WTO's Ruggiero admitted that even with the existing positive feeling, tough "
     "negotiations remained ahead in China.", ["010"]),
    # judged-2 (web): mistakes admitted are an admission (015)
    ("The Israeli government admitted mistakes were made in intelligence-gathering and planning.", ["015"]),
    # news-audit-1 (AFP): the conduct of the speaker's own side (015)
    ("Palestinian premier Ismail Haniya admitted his Hamas movement was holding out for key cabinet posts.",
     ["015"]),
])
def test_an_admission_is_responsibility_only_for_wrongdoing_or_own_conduct(code, text, expected):
    assert events(code, text) == expected


def test_considering_x_to_be_y_is_an_opinion(code):
    # judged-2 (Reuters 1987): the statement stays, the opinion is no policy option weighed (014)
    assert events(code, "Athens in Britain says it considers the accord inactive.") == ["010"]
    # weighing an action stays 014
    assert events(code, "Germany is considering whether to impose sanctions on Iran.") == ["014"]


@pytest.mark.parametrize("text", [
    # BBC tech: a plea in court is no appeal
    "New Yorker William Trowbridge and Texan Michael Chicoine in the United States have pleaded guilty to "
    "charges that they infringed copyright.",
    # BBC politics: an appeal against a decision to a tribunal is a legal step
    "The party in Britain could appeal against the decision to an Information Tribunal.",
    # judged-2 (web): a crime committed is no intent to cooperate
    "The judge in France believes that Mr. Sarkozy probably committed a crime.",
    # judged-3 (web): a legal fight against extradition is no force
    "Assange is battling extradition to Sweden from Britain.",
    # judged-3 (web): parties battling to win a vote campaign
    "All political parties in Britain are devoting much of their campaign spending to the digital realm as "
    "they battle to win the Dec. 12 election.",
])
def test_courts_and_elections_are_no_appeal_intent_or_force(code, text):
    assert events(code, text) == []


@pytest.mark.parametrize("text", [
    # Reuters-21578: payments met
    '"Debtor nations in Asia should not have to take from their own pockets to meet interest payments," '
    "India said.",
    # BBC politics: needs met
    "The council in Britain aims to provide social scientists to meet the needs of the country.",
    # judged-3 (Reuters 1987): revenue shortfalls met
    "The government's 14 major corporations in India rely heavily on budgetary support to supplement external "
    "borrowing to meet their yearly revenue shortfalls.",
])
def test_meeting_a_requirement_is_no_meeting(code, text):
    assert [c for c in events(code, text) if c.startswith("04")] == []


def test_regret_over_deaths_is_sympathy_not_disapproval(code):
    # judged-2 (web): "expressed regret for the deaths" (018), not 110
    assert events(code, "Israel expresses regret over injuries and loss of life in Turkey.") == ["018"]
    # regret over another's decision stays disapproval
    assert events(code, "France expressed regret over the decision of Iran to resume enrichment.") == ["110"]


def test_a_strike_threatened_by_a_workforce_is_a_labour_strike(code):
    # judged-2 (Reuters 1987): a strike threat by a union (133), no armed strike (1384)
    assert events(code, "The union has threatened to strike at 1000 EDT on Thursday unless it has reached a "
                        "tentative settlement with General Motors in Canada.") == ["133"]
    # a state threatening to strike a target stays a threat of force
    assert events(code, "Iran threatened to strike at US bases in the Gulf.") == ["1384"]


@pytest.mark.parametrize("text, expected", [
    # news-audit-1 (Xinhua): opium seized in cars in towns is confiscated (1711), no town occupied (192)
    ("In a separate incident, Iranian police said Saturday they had seized more than half a ton of opium hidden "
     "in cars in the northeastern towns of Torbat Jam and Tayyebad in Iran.", ["1711"]),
    # BBC-style customs seizure
    ("Customs officers in Britain seized 2 tonnes of cocaine from a ship.", ["1711"]),
    # news-audit-1 (AFP): a part of a country seized is occupied
    ("Rebels in Egypt have seized the eastern third of the country.", ["192"]),
    ("Rebels seized control of the town of Goma in Congo.", ["192"]),
])
def test_what_is_seized_decides_confiscation_or_occupation(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # concern or anger over deaths keep their own codes (012, 111): only regret is sympathy
    ("The UN in Egypt expressed concern over the deaths of civilians.", ["012"]),
    ("Iran expressed anger over the killing of its diplomats in Pakistan.", ["111"]),
    # a ruling that dates an appeal is not what it is against
    ("The UN appealed for calm in Kenya after the ruling.", ["020"]),
    # fighting for a town before an election is force, no campaign
    ("Rebels in Egypt fought to seize the capital before the election.", ["190", "192"]),
    # a fight near a court is a fight
    ("The rebels fought government forces near the court in Cairo, Egypt.", ["190"]),
])
def test_senses_keep_the_readings_their_argument_does_not_change(code, text, expected):
    assert events(code, text) == expected
