"""LocationStep on hand-built documents: locative phrases near the trigger, not actors."""

from __future__ import annotations

import pytest

from annalyst.geo import LocationStep
from annalyst.model import ActorRef, Document, Event
from annalyst.parse import ParseStep


def _locate(text: str, trigger: str, actors: list[ActorRef] | None = None):
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text))
    doc.actors = actors or []
    start = text.index(trigger)
    sent = next(s for s in doc.sentences if s.start <= start < s.end)
    doc.events.append(Event(doc_id="d", sentence_index=sent.index, text=sent.text, span=(sent.start, sent.end),
                            source=ActorRef("X"), target=None, cameo="010", trigger=trigger,
                            trigger_span=(start, start + len(trigger))))
    LocationStep().process(doc)
    return doc.events[0].location


@pytest.mark.parametrize("text,trigger,country,city", [
    ("Russian missiles struck an apartment building in Dnipro on Saturday.", "struck", "UKR", "Dnipro"),
    ("Protesters gathered outside the US embassy in Baghdad.", "gathered", "IRQ", "Baghdad"),
    ("Clashes erupted in the northern city of Kirkuk.", "erupted", "IRQ", "Kirkuk"),
    ("A note was handed to the Russian ambassador in Pyongyang.", "handed", "PRK", "Pyongyang"),
    ("Officials met in the Ukrainian capital on Monday.", "met", "UKR", "Kyiv"),
    ("The two leaders held talks in Paris, Texas.", "held", "USA", "Paris"),
    ("Police arrested 20 protesters in central Nairobi.", "arrested", "KEN", "Nairobi"),
    ("Speaking at a news conference in Beijing, the spokesman criticized Washington.", "criticized", "CHN", "Beijing"),
    ("The Chinese president will pay a state visit to Moscow next week.", "pay", "RUS", "Moscow"),
])
def test_city_locations(text, trigger, country, city):
    loc = _locate(text, trigger)
    assert loc is not None and (loc.country, loc.city) == (country, city)
    assert loc.lat is not None and loc.lon is not None


def test_region_resolves_to_country_only():
    loc = _locate("Russian forces shelled villages in the Donetsk region.", "shelled")
    assert (loc.text, loc.country, loc.city) == ("Donetsk", "UKR", None)


def test_country_location_has_no_coordinates():
    loc = _locate("Thousands of people demonstrated in Ukraine against the war.", "demonstrated")
    assert (loc.country, loc.city, loc.lat) == ("UKR", None, None)


@pytest.mark.parametrize("text,trigger", [
    ("Pyongyang said it would respond to the sanctions.", "said"),  # an actor, not a place
    ("Israel launched an air strike on Gaza.", "launched"),  # a target, not a locative
    ("The minister spoke in March about the crisis.", "spoke"),  # a month
    ("Since the beginning of the special military operation in Ukraine, North Korea has openly supported Moscow.",
     "supported"),  # the locative describes something else
    ("In a statement, Ukraine condemned the decision.", "condemned"),
    ("The ministry sent a protest note to Beijing.", "sent"),  # "to" after a non-travel word: a target
])
def test_no_location(text, trigger):
    assert _locate(text, trigger, [ActorRef("Pyongyang", country="PRK", start=0, end=9)]) is None


def test_unknown_named_place_is_kept_unresolved():
    loc = _locate("Rebels attacked a checkpoint in Zzyzxville Province.", "attacked")
    assert loc is None or loc.country is None


def test_documents_without_events_or_parse_pass_through():
    doc = Document(doc_id="d", source="test", text="Nothing here.")
    assert LocationStep().process(doc).events == []


def test_sites_and_institutions_are_not_resolved_through_city_names():
    loc = _locate("The two presidents met at the White House on Friday.", "met")
    assert loc is None or (loc.country, loc.city) == (None, None)  # not Casablanca ("White House")


def test_unknown_gpe_is_dropped_unknown_region_kept():
    bio = ("Konstantin Asmolov, PhD in History, leading research fellow at the Center for Korean Studies of the "
           "Institute of the Far East at the Russian Academy of Sciences, exclusively for the online magazine.")
    assert _locate(bio, "Asmolov") is None  # the NER calls "History" a GPE
    loc = _locate("Heavy rains fell in West Africa last week.", "fell")
    assert loc is not None and loc.text == "West Africa" and loc.country is None


def test_numbers_are_not_places():
    assert _locate("Woolworth shares closed on Friday at 833p.", "closed") is None


def test_prepositions_from_the_label_array_are_the_prep_tokens():
    from annalyst.geo.step import _prepositions
    from annalyst.parse import load_nlp

    parsed = load_nlp()("Troops in Kharkiv fired at positions near the border on Monday, officials in Kyiv said.")
    assert [t.i for t in _prepositions(parsed)] == [t.i for t in parsed if t.dep_ == "prep"]
    assert _prepositions(load_nlp()("")) == []
