"""Source/target structure, attribution and modality on small hand-built sentences."""

from __future__ import annotations


def _codes(evs):
    return {(e.source.country, e.cameo, e.target.country if e.target else None) for e in evs}


def test_passive_with_agent(code):
    evs = code("Syria was attacked by Israel on Monday.")
    assert ("ISR", "190", "SYR") in _codes(evs)


def test_target_in_prepositional_phrase_and_light_verb(code):
    evs = code("Italy imposed sanctions on Serbia.")
    assert ("ITA", "163", "SRB") in _codes(evs)
    evs = code("France held talks with Germany in Paris.")
    assert any(e.cameo.startswith("04") and e.source.country == "FRA" and e.target.country == "DEU" for e in evs)


def test_nominal_event_with_agent(code):
    evs = code("The attack by Israel on Syria was condemned.")
    assert any(e.source.country == "ISR" and e.target and e.target.country == "SYR" and e.event == "ASSAULT" for e in evs)


def test_air_strike_is_aerial(code):
    evs = code("Israel launched an air strike against Syria.")
    ev = [e for e in evs if e.source.country == "ISR"]
    assert ev and ev[0].cameo == "195" and ev[0].mode == "aerial"


def test_coordinated_subjects_give_one_event_each(code):
    evs = code("France and Germany condemned Iran.")
    assert {("FRA", "111", "IRN"), ("DEU", "111", "IRN")} <= _codes(evs)


def test_attribution_of_reported_event(code):
    evs = code("Pakistan said that India had attacked its border posts.")
    ev = [e for e in evs if e.source.country == "IND" and e.event == "ASSAULT"]
    assert ev and ev[0].attribution and ev[0].attribution.country == "PAK"


def test_future_conflict_announced_is_a_threat(code):
    evs = code("Japan said it would impose sanctions on Iran.")
    ev = [e for e in evs if e.source.country == "JPN" and e.target and e.target.country == "IRN"]
    assert ev and ev[0].cameo == "1312" and ev[0].asserted


def test_announced_future_is_an_intent(code):
    # CAMEO codes an actor's own announced future act as the announcement (03x intent)
    evs = code("Egypt will send aid to Syria.")
    ev = [e for e in evs if e.source.country == "EGY"]
    assert ev and ev[0].cameo.startswith("03") and ev[0].asserted


def test_possible_and_conditional_are_hypothetical(code):
    evs = code("Egypt may send aid to Syria.")
    assert evs and all("hypothetical" in e.flags for e in evs)
    evs = code("If Iran attacks, Israel would bomb Syria.")
    assert all("hypothetical" in e.flags for e in evs if e.source.country == "IRN")
    # the announced conditional response is a threat (CAMEO 13x), asserted
    assert any(e.source.country == "ISR" and e.event == "THREATEN" and e.asserted for e in evs)


def test_yet_to_happen_is_not_asserted(code):
    evs = code("The government of Sudan has yet to release the prisoners.")
    assert evs and not any(e.asserted for e in evs)
    evs = code("Russia has yet to declare that it is dropping its support for the sanctions on Iran.")
    assert not any(e.asserted and e.source.country == "RUS" for e in evs)


def test_denied_claim_is_disputed(code):
    evs = code("Iran denied that it had attacked Israel.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all("disputed" in e.flags for e in attacks)


def test_unresolved_agent_is_kept(code):
    evs = code("Gunmen kidnapped two engineers.", actors=[])
    assert evs and evs[0].source.country is None and evs[0].cameo.startswith("181")


def test_police_arrest(code):
    evs = code("The police arrested 12 protesters in the city on Saturday.")
    ev = [e for e in evs if e.cameo == "173"]
    assert ev and ev[0].event == "COERCE" and ev[0].mode == "arrest" and ev[0].source.text.lower().endswith("police")


def test_protest_without_lexicon_target(code):
    evs = code("Thousands of students protested against the fee increase.", actors=[])
    assert any(e.event == "PROTEST" for e in evs)


def test_sentence_without_trigger_gives_nothing(code):
    assert code("The weather in Paris was mild and sunny.") == []


def test_event_offsets(code, make_doc):
    from annalyst.events import EventStep

    doc = make_doc("Nothing happened. Then Israel attacked Syria.")
    EventStep().process(doc)
    ev = doc.events[0]
    assert doc.text[ev.span[0]:ev.span[1]] == ev.text == "Then Israel attacked Syria."
    assert doc.text[ev.trigger_span[0]:ev.trigger_span[1]] == "attacked"
    assert ev.sentence_index == 1 and ev.source.country == "ISR" and ev.target.country == "SYR"
    # the event keeps a copy of the mention, not the document's own object
    assert ev.source is not doc.actors[0] and ev.source.start == doc.actors[0].start
