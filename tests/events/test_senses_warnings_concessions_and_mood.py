"""Sense rows of ``lang/en/lexicon.tsv`` chosen by the verb's argument (issue 14, LEX, session 15) and the mood of
a reported obligation:

* a warning against an act (the sense row's particle is the verb's preposition, on the verb or its object) is an
  appeal (020), not a threat (130); a warning whose content states what something is like (a copula with a
  predicative adjective: "it would be wrong to wait", "we are worried") announces no act of the speaker's (test
  ``other_party``: a statement), unless the adjective is one of readiness ("ready to attack": a threat);
* conceding that something is so is a statement (010); conceding defeat stays a yield (08x);
* withdrawing a subsidy or a loan (``@funding``) cuts economic aid (1621), no military withdrawal (0874);
* a battle in court (``@lawcourt`` modifier) is a lawsuit (115), no force (19x);
* "Striking mine workers braved the sun" (test ``workforce_participle``: a bare present participle with a
  ``@workforce`` object) is a strike (143), no attack;
* describing an act (test ``named_act``: the verb's code is its object noun's) names it: a statement (010);
* "X said Y should have acted" criticizes (111), "X said Y should act" demands (100); an obligation of a thing
  ("the pacts should serve as precedents") is asked of no one: no demand; a party saying the government should
  act demands it of another side of its country, a minister saying so speaks of his own side.

Sentences are tune-set sentences (judged-7, judged-8, judged-9: BBC News 2004-5, Reuters-21578, a South African
news page) with place names added where the actor table of ``conftest.py`` needs one; the counter-examples marked
"constructed" guard what must stay.  Each test gives the exact event set: what must appear and what must not."""

from __future__ import annotations

import pytest

from tests.events.conftest import resolve_by_table


def events(code, text):
    """The sorted CAMEO codes of the events (the actors are the actor layer's business, tested there)."""
    return sorted(e.cameo for e in code(text, resolve_by_table(text)))


@pytest.mark.parametrize("text, expected", [
    # judged-8 (Reuters 1987): advice not to raise the alarm
    ("OTTAWA, March 24 - The Canadian foreign minister also warned against raising the alarm too early.", ["020"]),
    # judged-7 (BBC 2005): the preposition hangs on the object
    ("The Lib Dems in Britain warned both parties against pandering to prejudice.", ["020"]),
    # judged-9 (BBC 2005): what would be wrong is a view, no threat
    ("Tony Blair of Britain said it was time to act, warning that it would be wrong to wait for an attack.",
     ["010"]),
    # constructed: the speaker's own act announced stays a threat
    ("The Israeli army warned that it would retaliate against any attack.", ["1384", "1384"]),
    # constructed: readiness to act is an act announced
    ("Rebels in Congo warned they were ready to attack the capital.", ["138", "138"]),
])
def test_a_warning_threatens_only_an_act_of_the_speakers(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-9 (BBC 2005): conceding that plans are difficult
    ("The British prime minister conceded that the plans were difficult issues for any government.", ["010"]),
    # constructed: conceding defeat stays a yield
    ("The British prime minister conceded defeat.", ["080"]),
])
def test_conceding_that_is_a_statement(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-9 (Reuters 1987): a subsidy withdrawn
    ("Germany announced it is withdrawing the annual labour subsidy for the strike-hit cargo sector.", ["1621"]),
    # judged-9: a 'from' phrase of time does not make it a military withdrawal
    ("Germany announced it is withdrawing the annual labour subsidy for the cargo sector as from July 1.", ["1621"]),
    # constructed: troops withdrawn stay a military withdrawal
    ("Israel withdrew its troops from Lebanon.", ["0874"]),
])
def test_withdrawing_money_cuts_aid(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-8 (BBC 2004): a High Court battle is a lawsuit
    ("Mr Blunkett won the first round of a High Court battle with Mrs Quinn in Britain.", ["115"]),
    # constructed: a battle of troops stays force
    ("Rebels in Congo fought a fierce battle with government troops near Goma.", ["190"]),
])
def test_a_battle_in_court_is_a_lawsuit(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-9 (BBC 2005): the government should have acted sooner: criticism of a past failure
    ("Israel said Syria should have acted sooner.", ["111"]),
    # constructed: an obligation still to be met is a demand
    ("Israel said Syria should act at once.", ["100"]),
    # judged-8 (Reuters 1987): what the pacts should be is an opinion, demanded of no one
    ("Yeutter of the United States also said the Canadian and Israeli pacts should serve as important precedents "
     "for progress in GATT.", ["010"]),
])
def test_a_reported_obligation_by_its_mood_and_its_subject(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-9 (BBC 2005): describing a release names it, it releases no one
    ("Amnesty International in Britain described the release as long overdue.", ["010"]),
    # constructed: describing an attack attacks no one
    ("Israel described the attack as cowardly.", ["010"]),
    # constructed: a disparaging description keeps its criticism
    ("Israel described the plan as a disgrace.", ["111"]),
])
def test_describing_an_act_names_it(code, text, expected):
    assert events(code, text) == expected


def _refs(text, table):
    """Actor mentions for the phrases of ``table`` (phrase -> (country, sector)), first occurrence each."""
    from annalyst.model import ActorRef

    refs = []
    for phrase, (country, sector) in table.items():
        start = text.index(phrase)
        refs.append(ActorRef(text=phrase, country=country, sector=sector, start=start, end=start + len(phrase),
                             kind="sector", resolved_by="test-table"))
    return sorted(refs, key=lambda r: r.start)


@pytest.mark.parametrize("text, table, expected", [
    # judged-1 (BBC 2005): a party leader says the prime minister should act: a demand on another side
    ("Tony Blair should set out a proper exit strategy from Iraq, Lib Dem leader Charles Kennedy has said.",
     {"Tony Blair": ("GBR", "GOV"), "Lib Dem leader Charles Kennedy": ("GBR", "PTY")}, ["100"]),
    # constructed: a minister saying the government should act speaks of his own side: his statement, no demand
    ("Tony Blair should set out a proper exit strategy from Iraq, the foreign minister has said.",
     {"Tony Blair": ("GBR", "GOV"), "the foreign minister": ("GBR", "GOV")}, ["010"]),
])
def test_an_obligation_is_a_demand_on_another_side_of_the_country(code, text, table, expected):
    assert sorted(e.cameo for e in code(text, _refs(text, table))) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-8 (a South African news page): the parser reads "Striking" as a participle whose object is the workers
    ("Striking mine workers at the mine in Egypt braved the hot morning sun on Tuesday.", ["143"]),
    # constructed: an armed strike on a town stays force
    ("Israel struck targets in Syria on Tuesday.", ["190"]),
])
def test_striking_workers_are_on_strike(code, text, expected):
    assert events(code, text) == expected
