"""Event codes: failed negotiations (164), alert status by force (151/152), police
patrols (153), lodged protests (114) against protest events (14x), protests against detentions (…3),
yield and political kinds decided by the nearest topic word, event names as no topic."""

from __future__ import annotations

from tests.events.conftest import codes_of, triples


def test_failing_to_reach_agreement_halts_negotiations(code):
    # cameo-codes.csv 164 usage note: "code failed negotiations"
    evs = code("Israel and Syria failed to reach an agreement on the border.")
    assert "164" in codes_of(evs, "ISR"), [e.cameo for e in evs]


def test_reaching_agreement_is_still_an_agreement(code):
    evs = code("Israel and Syria reached an agreement on the border.")
    assert "164" not in [e.cameo for e in evs]


def test_troops_on_alert_raise_military_alert(code):
    evs = code("Israeli troops remained on alert in Gaza.")
    assert "152" in codes_of(evs, "ISR"), [e.cameo for e in evs]


def test_ordered_patrols_mobilize_police_power(code):
    evs = code("Egypt ordered more patrols in Cairo.")
    assert "153" in codes_of(evs, "EGY"), [e.cameo for e in evs]


def test_a_lodged_protest_is_an_official_complaint(code):
    evs = code("Japan lodged a strong protest with China over the visit.")
    assert "114" in codes_of(evs, "JPN"), [e.cameo for e in evs]


def test_protest_in_passing_is_a_protest_event_not_a_complaint(code):
    evs = code("Police arrested ten students during the protest in Cairo.")
    assert triples(evs) == [(None, None, "140"), ("Police", None, "173")]


def test_protest_against_detentions_is_for_rights(code):
    evs = code("Students in Egypt went on strike to protest the arrest of their leaders.")
    assert triples(evs) == [("CVL", None, "1433")]


def test_demanding_an_arrest_is_no_demand_for_rights(code):
    evs = code("France demanded the arrest of the killers.")
    assert "1043" not in [e.cameo for e in evs]


def test_letting_aid_workers_in_is_access_not_rights(code):
    # the content verb gives something up (allow): the nearest topic word decides the kind
    evs = code("France demanded parties to the conflict in Syria to allow humanitarian workers the freedom of movement.")
    assert "1055" in codes_of(evs, "FRA"), [e.cameo for e in evs]


def test_cancelling_a_plan_stays_a_policy_demand(code):
    evs = code("China demanded that the US cancel plans to sell weapons to Japan.")
    assert "1053" not in [e.cameo for e in evs]


def test_named_wars_are_no_military_topic(code):
    evs = code("Germany asked Russia for an admission that its forces killed prisoners during World War Two.")
    assert not [c for c in codes_of(evs, "DEU") if c.startswith("02") and c[2:3] == "1" and c.endswith("2")], \
        [e.cameo for e in evs]


def test_assistance_to_a_war_is_military_aid(code):
    evs = code("Pakistan refused to commit to any assistance to the war against India.")
    assert "1222" in codes_of(evs, "PAK"), [e.cameo for e in evs]
