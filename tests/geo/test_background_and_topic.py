"""Session 13's place mechanisms (issue 20): what the dateline does not place (a thing described by what was
done to it, an adverbial past perfect), a verbal act's topic place, a mislabeled name nested in a town, and a
place where something is yet to happen (LocationStep)."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.geo import LocationStep
from annalyst.model import ActorRef, Document
from annalyst.parse import ParseStep

from tests.event_at import event_at


def _locate(text: str, trigger: str, source: ActorRef, cameo: str = "010", quad_class: int | None = None):
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text))
    event_at(doc, trigger, source=source, cameo=cameo, quad_class=quad_class)
    LocationStep().process(doc)
    return doc.events[0].location


def _where(loc):
    return None if loc is None else (loc.name, loc.country, loc.precision, loc.evidence)


OTTAWA = ("OTTAWA, March 20 - The committee said interest rates should be lowered to the level announced "
          "recently by the Toronto Dominion Bank.")


def test_the_dateline_places_the_days_statement_not_a_thing_described_by_what_was_done_to_it():
    bank = ActorRef("the Toronto Dominion Bank", country="CAN")
    assert _locate(OTTAWA, "announced", bank) is None
    committee = ActorRef("The committee", country="CAN")
    assert _where(_locate(OTTAWA, "said", committee)) == ("Ottawa", "CAN", "dateline", "dateline")


def test_the_dateline_does_not_place_a_promise_told_in_an_adverbial_past_perfect():
    text = ("TOKYO, June 1 - The party urged the government to double aid in five years instead of seven "
            "as the government had promised.")
    government = ActorRef("the government", country="JPN")
    assert _locate(text, "promised", government) is None
    assert _where(_locate(text, "urged", ActorRef("The party", country="JPN"))) == \
        ("Tokyo", "JPN", "dateline", "dateline")


def test_a_reported_past_perfect_is_still_the_days_news():
    # the report's tense shifted back: the dateline places it as before
    text = "WELLINGTON, March 2 - Palmer said the government had asked the envoy to return."
    loc = _locate(text, "asked", ActorRef("the government", country="NZL"))
    assert _where(loc) == ("Wellington", "NZL", "dateline", "dateline")


REQUEST = ("The committee rejected the administration's request for 21.6 mln dlrs as the U.S. contribution to "
           "peace-keeping troops in Lebanon.")


def test_a_place_inside_a_verbal_acts_object_is_its_topics_not_the_acts():
    committee = ActorRef("The committee", country="USA")
    assert _locate(REQUEST, "rejected", committee, cameo="120", quad_class=3) is None
    # a material act's object is where it was done
    loc = _locate(REQUEST, "rejected", committee, cameo="190", quad_class=4)
    assert _where(loc) == ("Lebanon", "LBN", "country", "sentence")


def test_a_verbal_act_keeps_a_chain_of_locative_phrases_down_to_its_scene():
    text = "The minister said at a news conference at the foreign ministry in Brasilia that talks would resume."
    loc = _locate(text, "said", ActorRef("The minister", country="BRA"), quad_class=1)
    assert (loc.name, loc.country) == ("Brasília", "BRA")


def test_a_name_the_ner_calls_a_person_lies_in_the_town_the_text_puts_it_in():
    text = ("The family of a man shot dead, allegedly by a policeman, in Durban Deep in Roodepoort on the West "
            "Rand on Thursday believes he was killed deliberately.")
    loc = _locate(text, "shot", ActorRef("", country="ZAF"), cameo="193", quad_class=4)
    assert (loc.text, loc.name, loc.city, loc.country, loc.precision, loc.geonames_id) == \
        ("Durban Deep", "Durban Deep", "Roodepoort", "ZAF", "city", None)


ONE_TOWN = ("Residents of a settlement near Rustenburg blocked roads with burning tyres on Monday. "
            "The dead man would be buried in Polokwane next week. "
            "Police arrested three men for public violence, a spokesman said.")


def test_a_place_where_something_is_yet_to_happen_leaves_the_story_its_scene():
    loc = _locate(ONE_TOWN, "arrested", ActorRef("Police"), cameo="173", quad_class=4)
    assert _where(loc) == ("Rustenburg", "ZAF", "city", "scene")


def test_a_place_where_something_is_yet_to_happen_is_not_told_on_in_the_paragraph():
    text = "The dead man would be buried in Polokwane next week. The protest over housing started at 6am."
    assert _locate(text, "started", ActorRef("", country="ZAF"), cameo="140", quad_class=4) is None


@pytest.mark.parametrize("text,trigger,source,cameo,quad", [
    # a place inside a time clause is that clause's happening's (where he was hauled out)
    ("Swedish prosecutors decided to reopen the investigation in May after he was hauled out of the Ecuadorean "
     "Embassy in London by the UK police.", "reopen", ActorRef("Swedish prosecutors", country="SWE"), "090", 1),
    # a threat in the perfect is a standing one: the dateline does not place it
    ("TORONTO, Sept 14 - The union has threatened to strike at 1000 EDT on Thursday unless it has reached a "
     "tentative settlement.", "threatened", ActorRef("The union", country="CAN"), "138", 3),
    # the nearest place is the topic's: the farther places belong to other clauses
    ("Quebecor is expanding its chain with the possible acquisition of two groups of weekly newspapers in the "
     "U.S., and is negotiating the acquisition of two weekly newspaper chains in Canada.", "negotiating",
     ActorRef("Quebecor", country="CAN"), "040", 1),
])
def test_places_that_are_not_the_events(text, trigger, source, cameo, quad):
    assert _locate(text, trigger, source, cameo=cameo, quad_class=quad) is None


def test_a_thing_described_by_what_was_done_to_it_today_is_the_days_news():
    text = "TOKYO, March 10 - Police said the shares seized on charge of fraud today were worth 2 billion yen."
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text,
                                       published=dt.datetime(1987, 3, 10)))
    event_at(doc, "seized", source=ActorRef("Police", country="JPN"), cameo="173", quad_class=4,
             date=dt.date(1987, 3, 10), date_text="today", date_precision="day")
    LocationStep().process(doc)
    assert _where(doc.events[0].location) == ("Tokyo", "JPN", "dateline", "dateline")
    undated = _locate(text.replace(" today", ""), "seized", ActorRef("Police", country="JPN"), cameo="173")
    assert undated is None


def test_a_place_yet_to_happen_is_told_on_to_what_is_yet_to_happen_too():
    text = ("The Queen will lead the commemoration at a service in Westminster Hall, London. "
            "The Queen will also host a reception for survivors.")
    loc = _locate(text, "host", ActorRef("The Queen", country="GBR"), cameo="043", quad_class=1)
    assert (loc.name, loc.evidence) == ("London", "paragraph")


def test_the_dateline_does_not_place_what_a_newspaper_reported():
    text = ("TORONTO, June 1 - The Toronto Globe and Mail, quoting sources close to the negotiations, today said Dome "
            "broke off talks last night with TransCanada PipeLines Ltd.")
    assert _locate(text, "broke", ActorRef("Dome", country="CAN"), cameo="161", quad_class=3) is None
    said = text.replace("The Toronto Globe and Mail, quoting sources close to the negotiations, today said",
                        "Dome officials said")
    assert _where(_locate(said, "broke", ActorRef("Dome", country="CAN"), cameo="161", quad_class=3)) == \
        ("Toronto", "CAN", "dateline", "dateline")
