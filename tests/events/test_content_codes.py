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


def test_between_gives_both_sides(code):
    evs = code("Fighting between Russia and Ukraine continued in Donetsk.")
    assert any(e.source.country == "RUS" and e.target and e.target.country == "UKR" and e.event == "ASSAULT"
               for e in evs), [(e.cameo, e.source.text, e.target.text if e.target else None) for e in evs]


def test_hyphenated_event_noun_and_go_on_strike(code):
    evs = code("Farmers in India held a sit-in outside the parliament.")
    assert any(e.cameo.startswith("141") for e in evs), [e.cameo for e in evs]
    evs = code("Workers in Egypt went on strike.")
    assert any(e.cameo.startswith("143") for e in evs), [e.cameo for e in evs]


def test_suicide_bombing_is_not_demolition(code):
    evs = code("A suicide bomber blew himself up at a mosque in Pakistan.")
    assert any(e.cameo == "1831" for e in evs), [e.cameo for e in evs]


def test_violence_on_a_place_targets_its_country(code):
    evs = code("Israel struck targets in Syria overnight.")
    assert any(e.source.country == "ISR" and e.target and e.target.country == "SYR" for e in evs)


def test_summoning_an_envoy_is_an_official_complaint(code):
    evs = code("Iran summoned the ambassador of Britain over the remarks.")
    assert any(e.source.country == "IRN" and e.cameo == "114" for e in evs), [e.cameo for e in evs]


def test_resolved_recipient_beats_unresolved_object(code):
    from annalyst.model import ActorRef

    text = "Germany will send troops to Pakistan."
    actors = [ActorRef("Germany", "DEU", start=0, end=7), ActorRef("troops", None, start=18, end=24),
              ActorRef("Pakistan", "PAK", start=28, end=36)]
    evs = code(text, actors)
    assert any(e.source.country == "DEU" and e.target and e.target.country == "PAK" for e in evs)


def test_act_inside_an_accusation_is_disputed(code):
    evs = code("Ukraine accused Russia of shelling the plant.")
    assert any(e.source.country == "UKR" and e.cameo.startswith("112") for e in evs)
    assert all("disputed" in e.flags for e in evs if e.source.country == "RUS")


def test_denied_reports_are_disputed(code):
    evs = code("Russia denied reports that its troops had attacked Ukraine.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all("disputed" in e.flags for e in attacks)


def test_attempted_act_is_coded_not_threatened(code):
    evs = code("Militants in Syria attempted to assassinate the Egypt ambassador.")
    assert any(e.cameo == "185" and e.asserted for e in evs), [(e.cameo, e.flags) for e in evs]


def test_investigation_and_accusation_by_what_they_concern(code):
    evs = code("Egypt opened a corruption investigation against Israel.")
    assert any(e.source.country == "EGY" and e.cameo == "091" for e in evs), [e.cameo for e in evs]
    evs = code("Iran accused Israel of espionage.")
    assert any(e.source.country == "IRN" and e.cameo == "1125" for e in evs), [e.cameo for e in evs]


def test_generic_appeal_for_humanitarian_help(code):
    evs = code("Pakistan called on Japan to help people facing starvation.")
    assert any(e.source.country == "PAK" and e.cameo == "0233" for e in evs), [e.cameo for e in evs]


def test_release_of_persons_or_property(code):
    evs = code("Iran released the British sailors.")
    assert any(e.cameo == "0841" for e in evs), [e.cameo for e in evs]
    evs = code("Iran released the seized tanker.")
    assert any(e.cameo == "0842" for e in evs), [e.cameo for e in evs]


def test_ban_by_what_it_restricts(code):
    evs = code("Egypt banned opposition candidates from the election.")
    assert any(e.source.country == "EGY" and e.cameo == "1722" for e in evs), [e.cameo for e in evs]


def test_car_bomb_is_recognised_as_two_words(code):
    evs = code("A journalist was killed in a car bomb explosion in Egypt.")
    assert any(e.cameo == "1832" for e in evs), [e.cameo for e in evs]


def test_put_under_investigation_and_pressure(code):
    evs = code("Italy put the Egypt ambassador under investigation.")
    assert any(e.source.country == "ITA" and e.cameo.startswith("09") for e in evs), [e.cameo for e in evs]
    evs = code("France has been pressuring Iran to release the prisoners.")
    assert any(e.source.country == "FRA" and e.cameo.startswith("10") for e in evs), [e.cameo for e in evs]


def test_own_possessive_is_not_the_target(code):
    from annalyst.model import ActorRef

    text = "Russia closed its borders with Iran."
    actors = [ActorRef("Russia", "RUS", start=0, end=6), ActorRef("its", "RUS", start=14, end=17, resolved_by="coref"),
              ActorRef("Iran", "IRN", start=31, end=35)]
    evs = code(text, actors)
    assert evs and all(e.target is None or e.target.country != "RUS" for e in evs)
    assert any(e.target and e.target.country == "IRN" for e in evs)


def test_frame_noun_filled_by_a_verb(code):
    evs = code("Israel began the process of withdrawing troops from Gaza.")
    assert evs and evs[0].cameo.startswith("087") and evs[0].source.country == "ISR", [e.cameo for e in evs]
    assert "process" in evs[0].trigger
