"""Session 11 (issue 14): more protest forms and senses chosen by their arguments, each a word class of
the language bundle and a small mechanism (docs/events.md "Protest forms", "Senses by argument"):

* a crowd verb in a relative clause is done by the noun the clause describes, a crowd when a quelling
  verb acts on that noun ("police dispersed a group of children who gathered");
* protesters who become or grow violent riot (145); rioters are a civilian crowd (looting by rioters);
* a bare count of people ("hundreds marched") is a civilian crowd of the place;
* the adjunct participle of a reduced relative is done by the noun the participle describes;
* a rally or march mentioned in passing in a named place took place (``cue placed``), not in a sentence
  about markets (``@market``);
* "seek" is no light verb; approving sanctions imposes them; a warning about another sector of one's
  own country is a statement (``executive_sectors``).

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations


def events(code, text):
    return sorted(((e.cameo, e.source.country if e.source else None, e.source.sector if e.source else None,
                    e.target.country if e.target else None, e.asserted) for e in code(text)), key=repr)


def test_a_group_that_gathered_and_was_dispersed_demonstrated(code):
    # the relative pronoun stands for the crowd; the quelling verb makes any group that gathered a crowd
    assert events(code, "police dispersed a crowd that gathered in Egypt.") == [
        ("141", "EGY", None, "EGY", True), ("175", None, "COP", "EGY", True)]
    assert events(code, "police dispersed a group that gathered in Egypt.") == [
        ("141", "EGY", None, "EGY", True), ("175", None, "COP", "EGY", True)]
    # a gathering nobody put down is no protest
    assert events(code, "Shareholders who gathered in Egypt approved the merger.") == []


def test_protesters_becoming_violent_or_rioters_looting_riot(code):
    assert events(code, "Protesters became violent in Egypt.") == [("145", "EGY", "CVL", "EGY", True)]
    assert events(code, "The shop in Serbia was looted by rioters.") == [("145", None, "CVL", "SRB", True)]
    assert events(code, "The talks became violent.") == []


def test_a_bare_count_of_people_marching_is_a_crowd(code):
    assert events(code, "Hundreds marched in Serbia on Monday.") == [("141", "SRB", "CVL", "SRB", True)]
    assert events(code, "Hundreds died in Serbia on Monday.") == []


def test_a_reduced_relatives_adjunct_participle_is_done_by_its_noun(code):
    assert events(code, "Twelve students arrested while protesting in Egypt appeared in court on Tuesday.") == [
        ("140", "EGY", "CVL", "EGY", True), ("173", None, "COP", None, True), ("173", None, None, None, True)]


def test_a_rally_in_a_named_place_took_place_unless_markets_rally(code):
    assert events(code, "Italy criticised Iran during a rally in Serbia.") == [
        ("111", "ITA", None, "IRN", True), ("141", "SRB", "CVL", "SRB", True)]
    assert events(code, "The dollar fell after a rally in Serbia.") == []
    # an unnamed place holds no rally that must have taken place
    assert events(code, "Italy criticised Iran during a rally.") == [("111", "ITA", None, "IRN", True)]


def test_seeking_an_apology_is_an_appeal_not_an_apology(code):
    assert events(code, "Israel has long sought an apology from Iran.") == [("022", "ISR", None, "IRN", True)]


def test_approving_sanctions_imposes_them(code):
    assert events(code, "Italy approved sanctions against Iran.") == [("163", "ITA", None, "IRN", True)]


def test_a_warning_about_another_sector_of_ones_country_is_a_statement(code):
    # the news agency and the government of one country are two parties (a threat before session 11) ...
    assert events(code, "KCNA warned the DPRK government would have to work hard.") == [("010", "PRK", "MED", "PRK", True)]
    # ... the government and its army one side: a threat with it stays
    assert events(code, "DPRK warned North Korean special forces would strike Ukraine.") == [
        ("138", "PRK", "GOV", "PRK", True)]


def test_a_gathering_to_demand_is_a_demonstration_and_one_to_discuss_is_not(code):
    # the gathering is the demonstration, and the demand its content: one happening, not a second (agentless)
    # demand beside it (folds.py protested)
    assert events(code, "Residents gathered in Serbia to demand the president's resignation.") == [
        ("1411", "SRB", "CVL", "SRB", True)]
    # a past gathering's purpose of talk took place (structure._realized_purpose): the meeting, asserted
    assert events(code, "Leaders gathered in Serbia to discuss the budget.") == [("040", None, None, None, True)]
    assert events(code, "Residents gathered in Serbia.") == []


def test_protest_phrasings_and_nouns_give_their_crowd_a_civilian_actor(code):
    assert events(code, "Mineworkers downed tools in Serbia on Friday.") == [("143", "SRB", "CVL", "SRB", True)]
    assert events(code, "Activists held a vigil in Serbia.") == [("141", "SRB", "CVL", "SRB", True)]
    # drivers are a civilian crowd: their blockade is a protest (144), not a state's (191)
    assert events(code, "Taxi drivers blockaded the city centre in Serbia.") == [("144", "SRB", "CVL", "SRB", True)]


def test_withdrawing_an_objection_or_a_request_yields(code):
    assert events(code, "France has withdrawn its objections.") == [("080", "FRA", None, None, True)]
    assert events(code, "Italy withdrew a request to Iran.") == [("080", "ITA", None, "IRN", True)]
    # withdrawing troops stays a retreat; leaving talks over objections stays leaving talks
    assert events(code, "Israel withdrew its troops from Syria.") == [("0874", "ISR", None, "SYR", True)]


def test_defending_ones_own_plans_is_a_statement_and_anothers_a_defence(code):
    assert events(code, "Italy defended its plans in Iran.") == [("010", "ITA", None, None, True)]
    assert events(code, "Italy defended Germany's decision.") == [("052", "ITA", None, "DEU", True)]
