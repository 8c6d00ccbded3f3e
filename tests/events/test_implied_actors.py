"""Events whose agent the text leaves unnamed or unresolved: agentless passives, abstract
subjects, agents inside the cause ("killed in police firing"), pronoun crowds, displaced by-phrases."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


def test_agentless_arrest_is_coded_with_implied_police(code):
    evs = code("Five people were arrested in India on Sunday.")
    arrests = [e for e in evs if e.cameo.startswith("173")]
    assert arrests, [e.cameo for e in evs]
    src = arrests[0].source
    assert src.resolved_by == "implied" and src.sector == "COP" and src.text == ""
    assert src.country == "IND"  # the security forces of the place it happened
    assert arrests[0].confidence < 0.5  # inferred, not read


def test_inanimate_subject_of_an_attack_gives_unknown_source(code):
    evs = code("A roadside bombing killed two Egyptian soldiers.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and attacks[0].source.resolved_by == "implied" and attacks[0].source.country is None
    assert attacks[0].cameo == "1833"  # the weapon still refines the code
    assert triples(evs) == [(None, None, "1833")]


def test_agent_named_in_the_cause(code):
    evs = code("Two men were killed in police firing.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and attacks[0].source.text == "police"


def test_agent_named_in_the_cause_gives_one_event(code):
    assert triples(code("Two men were killed in police firing.")) == [("COP", None, "193")]


def test_abstract_subject_is_not_an_implied_agent(code):
    # "prevent" (170) with a non-actor subject is no hidden coercion
    evs = code("High costs prevent farmers from selling their crops.")
    assert evs == []


def test_agentless_statement_is_not_coded(code):
    evs = code("The report was criticized on Monday.")
    assert evs == []


def test_unresolved_pronoun_can_protest(code):
    evs = code("On Monday they marched to the parliament building.", actors=[])
    assert triples(evs) == [("they", None, "141")]


def test_unresolved_pronoun_does_not_make_cooperation(code):
    evs = code("They praised the new budget.", actors=[])
    assert not evs


def test_by_phrase_attached_low_is_the_passive_agent(code):
    evs = code("Ri Ji-song has been accused of misusing public funds by the DPRK government.")
    acc = [e for e in evs if e.cameo.startswith("112")]
    assert acc and acc[0].source.country == "PRK" and acc[0].target and acc[0].target.text == "Ri Ji-song"
    assert triples(evs) == [("PRK", "PRK", "1121")]


def test_control_verb_with_its_own_pattern(code):
    evs = code("NATO declined to comment on the report.")
    assert [e.cameo for e in evs] == ["011"]


def test_requested_noun_refines_an_appeal(code):
    evs = code("Egypt asked Japan for military aid.")
    ev = [e for e in evs if e.source.country == "EGY"]
    assert ev and ev[0].cameo.startswith("023"), [e.cameo for e in evs]
    assert triples(evs) == [("EGY", "JPN", "0232")]


def test_passive_shots_are_firing(code):
    evs = code("Police said six rounds were fired in the area.")
    assert triples(evs) == [(None, None, "193")] and evs[0].source.resolved_by == "implied"


def test_nobody_as_subject_negates(code):
    for text in ("No-one was injured in the attack.", "No one was killed.", "Nobody was arrested in India."):
        # negated, so no event: an act said not to have happened (session 12, the ``negated_act`` veto; before
        # it the act was kept, flagged negated)
        evs = code(text)
        assert evs == [], (text, [(e.cameo, e.flags) for e in evs])


def test_charge_is_not_a_reported_act(code):
    evs = code("The group has been accused of raping women.")
    # the charge (rape) is not a reported act; the accusation itself is, by an unnamed accuser
    assert triples(evs) == [(None, None, "112")] and evs[0].source.resolved_by == "implied"


def test_agentless_accusation_is_coded(code):
    evs = code("Egypt has been accused of misusing public funds.")
    acc = [e for e in evs if e.cameo.startswith("112")]
    assert acc and acc[0].source.resolved_by == "implied", [(e.cameo, e.source.text) for e in evs]
    assert acc[0].cameo == "1121"  # misusing funds: crime or corruption
    assert acc[0].target is not None and acc[0].target.country == "EGY"
    assert triples(evs) == [(None, "EGY", "1121")]


def test_according_to_report_is_not_the_agent(code):
    evs = code("Ten civilians were killed in India, according to a report released by the UN.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all(e.source.country != "UNO" for e in attacks)


def test_protest_reported_as_happening(code):
    evs = code("Violent protests erupted in Egypt on Friday.")
    protests = [e for e in evs if e.event == "PROTEST"]
    assert protests and protests[0].source.resolved_by == "implied" and protests[0].source.country == "EGY"


def test_protest_noun_in_a_general_statement_is_not_an_event(code):
    assert not [e for e in code("Strikes in the mining industry have increased.") if e.event == "PROTEST"]


def test_place_in_an_event_subject_is_not_the_agent(code):
    evs = code("An explosion at a depot in Pakistan killed ten people.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all(e.source.country != "PAK" for e in attacks)
    evs = code("An Israeli air strike killed ten people.")
    assert [t for t in triples(evs) if t[2] == "195"] == [("ISR", None, "195")]


def test_an_event_noun_subject_and_its_outcome_are_one_event(code):
    assert triples(code("An Israeli air strike killed ten people.")) == [("ISR", None, "195")]


def test_nominal_arrest_of_someone_is_made_by_security_forces(code):
    evs = code("The arrest of the opposition leader in Egypt sparked protests.")
    assert [t[1:] for t in triples(evs)] == [(None, "140"), ("EGY", "173")]
    assert [e.source.sector for e in evs if e.cameo == "173"] == ["COP"]
    assert not [e for e in code("His arrest was a mistake.") if e.source.resolved_by == "implied"]


@pytest.mark.xfail(strict=True, reason="the implied police of a nominal arrest are not placed: 'the arrest of the "
                   "opposition leader in Egypt' gives COP with no country, where 'arrested in India' gives INDCOP")
def test_nominal_arrest_is_made_by_the_security_forces_of_its_place(code):
    evs = code("The arrest of the opposition leader in Egypt sparked protests.")
    assert [t for t in triples(evs) if t[2] == "173"] == [("EGYCOP", "EGY", "173")]


def test_a_date_is_not_an_agent(code):
    evs = code("Fifty people were arrested for their role in Friday's violence.", actors=[])
    arrests = [e for e in evs if e.cameo.startswith("173")]
    assert arrests and all(e.source.text.lower() != "friday" for e in arrests)
    assert triples(evs) == [("COP", None, "173")]


def test_light_verb_noun_found_past_a_place_phrase(code):
    evs = code("More than 400 arrests have been made in the city so far.", actors=[])
    assert triples(evs) == [("COP", None, "173")]


def test_protest_mentioned_in_passing_took_place(code):
    evs = code("Two students were arrested during protests in India on Sunday.")
    protests = [e for e in evs if e.event == "PROTEST"]
    assert protests and protests[0].source.resolved_by == "implied" and protests[0].source.country == "IND"
    # ambiguous nouns and military strikes are not protests in passing
    for text in ("He saved a break point after a tremendous rally.", "Five soldiers died after a strike on a convoy.",
                 "Talks have stalled since March."):
        assert code(text) == [], text
