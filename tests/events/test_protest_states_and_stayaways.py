"""Protests reported as a state of the people in them, and the South African "stayaway"
(events/structure.py ``_in_progress``, ``_state_holders``; lexicon ``noun protest stayaway``;
docs/events.md "Protest forms"):

* "on strike" describes the people it hangs on, matched as written or by lemma (the agent and
  crowd lists write plurals, "workers", that the parser lemmatises), and the people a quantity
  noun counts ("numbers of workers on strike": the parser hangs the phrase on "numbers");
* a protest described as going on is a fact even inside what another verb is about ("condemned
  the ongoing protests": the protests are condemned, and they are happening);
* "stayaway", one word, is the South African wire's general strike (143).

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations


def events(code, text):
    return sorted((e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None, e.asserted)
                  for e in code(text))


def test_workers_on_strike_after_a_quantity_noun(code):
    # GLOCON dev half (SAP20121007S2107): a strike going on, organisers unnamed
    assert events(code, "\"There are still worrying numbers of workers on strike,\" she said at the "
                        "announcement of a platinum industry discussion forum in Johannesburg.") == [
        ("143", None, None, None, True)]
    assert events(code, "Thousands of workers on strike waited outside the mine.") == [
        ("143", None, None, None, True)]


def test_on_strike_in_another_sense_or_a_plan_is_no_strike(code):
    # "strike" with an article, or a threat to act on strikers, reports no strike under way
    assert events(code, "Investors cheered a strike on a convoy.") == []
    assert events(code, "A ban on strikes was lifted.") == []
    # a plural after "on" is what is voted on (BBC business story of the over-firing check)
    assert [c for c in events(code, "The union is to ballot its 290,000 members on strikes in protest at "
                                    "government plans.") if c[0].startswith("14")] == []
    assert [c for c in events(code, "The company said it would fire workers on strike.")
            if c[0].startswith("14")] == []


def test_an_ongoing_protest_inside_another_verb_took_place(code):
    assert events(code, "The minister condemned the ongoing protests in Egypt.") == [
        ("111", None, None, "EGY", True), ("140", "EGY", "CVL", "EGY", True)]


def test_a_stayaway_took_place_or_was_called(code):
    assert events(code, "Shops were closed during the stayaway in Egypt.") == [("143", "EGY", "LAB", "EGY", True)]
    assert events(code, "The stayaway crippled the city on Monday.") == [("143", None, None, None, True)]
    # a stayaway called for next week is a call, not a strike held
    assert events(code, "Cosatu called a stayaway for next week.") == [("020", None, None, None, True)]
