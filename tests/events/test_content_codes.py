"""Sub-codes taken from what an act is about, and predicates carried by other words: demand topics,
cooperation/aid domains, documents that voice a demand, responsibility for an act, victim subjects,
passive light verbs."""

from __future__ import annotations


def _by(evs, country):
    return [e for e in evs if e.source.country == country]


def test_protest_topic_gives_the_four_digit_code(code):
    evs = code("Egypt staged rallies to demand the resignation of the president.")
    assert any(e.cameo == "1411" for e in evs), [e.cameo for e in evs]
    evs = code("Egypt staged rallies to demand democratic reforms.")
    assert any(e.cameo == "1414" for e in evs), [e.cameo for e in evs]


def test_protest_without_topic_stays_three_digit(code):
    evs = code("Egypt staged rallies in the capital.")
    assert any(e.cameo == "141" for e in evs), [e.cameo for e in evs]


def test_generic_demand_about_rights_is_a_demand_for_rights(code):
    evs = code("France demanded that Iran respect human rights.")
    assert any(e.source.country == "FRA" and e.cameo == "1043" for e in evs), [e.cameo for e in evs]


def test_aid_domain_sub_code(code):
    evs = code("Japan promised to provide humanitarian aid to Pakistan.")
    assert any(e.source.country == "JPN" and e.cameo == "0333" for e in evs), [e.cameo for e in evs]


def test_document_participle_carries_the_demand(code):
    evs = code("Egypt issued a declaration demanding that Israel withdraw its troops.")
    mine = _by(evs, "EGY")
    assert mine and all(e.cameo.startswith("10") for e in mine), [e.cameo for e in evs]


def test_responsible_for_an_act_is_its_agent(code):
    evs = code("Syria is responsible for mass killings in the region, according to a UN report.")
    assert any(e.source.country == "SYR" and e.cameo == "202" for e in evs), [e.cameo for e in evs]


def test_victim_subject_is_the_target(code):
    evs = code("Three soldiers from Egypt died in an Israeli air strike.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and attacks[0].target is not None and attacks[0].target.country == "EGY"
    assert attacks[0].source.country == "ISR"


def test_natural_death_is_not_an_event(code):
    assert not code("The former president of Egypt died in hospital on Sunday.")


def test_passive_light_verb_event_noun(code):
    evs = code("More than 200 arrests were made in India on Sunday.")
    assert any(e.cameo.startswith("173") and e.source.sector == "COP" for e in evs), [e.cameo for e in evs]
    evs = code("The arrests made by the police in India were criticized.")
    assert any(e.cameo.startswith("173") and e.source.text == "police" for e in evs), [e.cameo for e in evs]


def test_frame_noun_takes_its_modifiers_act(code):
    evs = code("Egypt undertook a mediation mission between Israel and Syria.")
    assert any(e.source.country == "EGY" and e.cameo == "045" for e in evs), [e.cameo for e in evs]


def test_participle_used_as_noun_is_not_an_act(code):
    evs = code("UN helicopters evacuated the wounded from the town.")
    assert not any(e.trigger == "wounded" for e in evs)
    assert any(e.cameo == "073" for e in evs), [e.cameo for e in evs]


def test_violence_an_actor_was_forced_into_is_its_own(code):
    evs = code("Protesters threw stones, forcing the police to open fire.")
    assert any(e.event == "ASSAULT" and e.source.text == "police" for e in evs), [(e.cameo, e.source.text) for e in evs]
    evs = code("Egypt forced the newspaper to suspend publication.")
    assert {e.source.country for e in evs} == {"EGY"}


def test_unspecific_threat_is_classed_by_what_it_names(code):
    evs = code("Iran threatened to resume terrorist activities in Israel.")
    assert any(e.source.country == "IRN" and e.cameo == "1383" for e in evs), [e.cameo for e in evs]


def test_ending_a_restriction_is_a_concession(code):
    evs = code("Egypt demanded that Israel end its blockade.")
    assert any(e.source.country == "EGY" and e.cameo.startswith("105") for e in evs), [e.cameo for e in evs]


def test_promise_with_adverbial_infinitive(code):
    evs = code("Syria has sworn to fight until the end.")
    assert any(e.source.country == "SYR" and e.cameo.startswith("138") for e in evs), [e.cameo for e in evs]
