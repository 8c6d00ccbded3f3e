"""What is given up, asked for or refused decides the sub-code (CAMEO 025x/035x/105x/124x, 08x,
021x/023x, 121x); conditional harms are threats; nouns that name a verb's act."""

from __future__ import annotations

import pytest

from tests.events.conftest import codes_of, triples


def test_an_end_to_sanctions_is_an_appeal_to_ease_economic_sanctions(code):
    evs = code("France called for an end to the embargo on Iran.")
    assert triples(evs) == [("FRA", "IRN", "0254")]


def test_bring_an_end_to_a_blockade_is_de_escalation(code):
    evs = code("Egypt urged Israel to bring an end to the blockade.")
    assert triples(evs) == [("EGY", "ISR", "0256")]


def test_postponing_a_protest_eases_dissent(code):
    evs = code("Pakistan agreed to postpone the protest.")
    assert triples(evs) == [("PAK", None, "0352")]


def test_information_asked_for_is_intelligence_cooperation(code):
    evs = code("Japan asked India for information about the weapons.")
    assert triples(evs) == [("JPN", "IND", "0214")]


def test_rejected_trade_proposal_is_rejected_economic_cooperation(code):
    evs = code("Pakistan rejected India's proposal for a free trade agreement.")
    assert triples(evs) == [("PAK", "IND", "1211")]


def test_conditional_sanction_is_a_threat(code):
    evs = code("France may suspend aid to Pakistan if it does not hold elections.")
    mine = [e for e in evs if e.source.country == "FRA"]
    assert mine and mine[0].cameo.startswith("13") and mine[0].asserted, [(e.cameo, e.flags) for e in evs]


def test_conditional_harm_by_a_thing_is_no_threat(code):
    evs = code("Fragments could injure people if the hood is open.")
    assert evs == []


def test_numeric_up_to_is_no_particle(code):
    evs = code("Japan will contribute up to 400 troops to the force.")
    assert triples(evs) == [("JPN", None, "0332")]


def test_establishing_diplomatic_relations_is_recognition(code):
    evs = code("Israel established diplomatic relations with Syria.")
    assert triples(evs) == [("ISR", "SYR", "054")]


def test_allowing_parties_to_contest_eases_a_ban(code):
    evs = code("Egypt allowed opposition parties to contest the elections.")
    assert triples(evs) == [("EGY", None, "0812")]


def test_reform_is_a_policy_change(code):
    evs = code("Egypt demanded economic reforms from Syria.")
    assert triples(evs) == [("EGY", "SYR", "1042")]
    evs = code("Thousands marched in Egypt to demand reforms.")
    assert triples(evs) == [("EGY", "EGY", "1412")]


def test_rejected_proposal_is_coded_by_what_it_proposes(code):
    evs = code("Iran rejected the Iraqi proposal for a ceasefire.")
    assert triples(evs) == [("IRN", None, "1246")]


def test_refusing_to_commit_to_aid_rejects_aid(code):
    evs = code("Pakistan refused to commit to any assistance to the war.")
    assert triples(evs) == [("PAK", None, "1222")]


def test_agreeing_with_a_view_is_accord_not_a_promise(code):
    evs = code("France agreed that the situation in Syria was serious.")
    assert triples(evs) == [("FRA", None, "019")]
    evs = code("France agreed that its troops would leave Syria.")
    assert "019" not in codes_of(evs, "FRA"), [e.cameo for e in evs]


@pytest.mark.xfail(strict=True, reason="agreeing that one's troops will leave is coded 0312 (intent to cooperate "
                   "militarily): the withdrawal in the content clause does not make it an intent to de-escalate (0356)")
def test_agreeing_to_withdraw_troops_is_an_intent_to_de_escalate(code):
    assert triples(code("France agreed that its troops would leave Syria.")) == [("FRA", "SYR", "0356")]


def test_threat_of_military_force_by_kind(code):
    evs = code("Iran threatened to launch a new offensive against Iraq.")
    assert triples(evs) == [("IRN", None, "1384")]


def test_trade_restrictions_are_economic_sanctions(code):
    evs = code("France threatened to impose import restrictions on Germany.")
    assert triples(evs) == [("FRA", "DEU", "1312")]


def test_pulling_out_peacekeepers_is_withdrawal_not_retreat(code):
    evs = code("Russia pulled out its peacekeepers from Georgia.")
    assert triples(evs) == [("RUS", None, "1661")]


def test_allowing_peacekeepers_in_is_receiving_them(code):
    evs = code("Egypt allowed UN peacekeepers to deploy in the north.")
    assert triples(evs) == [("EGY", "UNO", "0861")]


def test_two_word_topic_cues_come_first(code):
    evs = code("The UN opened an inquiry into alleged war crimes in Syria.")
    assert triples(evs) == [("UNO", "SYR", "094")]


def test_names_of_states_are_no_topic(code):
    # "Democratic" in a state's name is no demand for democracy
    evs = code("France demanded that the Democratic Republic of the Congo abandon its nuclear program.")
    assert triples(evs) == [("FRA", None, "105")]


def test_ending_a_dispute_is_settling_it(code):
    evs = code("Germany accepted a formula for ending its dispute with France.")
    assert triples(evs) == [("DEU", "FRA", "037")]
