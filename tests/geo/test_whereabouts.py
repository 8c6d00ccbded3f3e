"""A person's whereabouts of the day placing the person's other acts (LocationStep ``_speaker_place``)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from annalyst.geo import LocationStep
from annalyst.model import ActorRef, Document, Entity
from annalyst.parse import ParseStep

from tests.event_at import event_at


def _person(name: str, country: str, entity: str = "E1") -> ActorRef:
    return ActorRef(name, country=country, kind="person", entity=entity, resolved_by="title+name")


def _doc(text: str, people: dict[str, tuple[str, list[str]]], published: Optional[dt.datetime] = None) -> Document:
    """A parsed document whose entities are the given people: id -> (name, the texts of their mentions)."""
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text, published=published))
    for entity, (name, mentions) in people.items():
        spans, start = [], -1
        for mention in mentions:
            start = text.index(mention, start + 1)
            spans.append((start, start + len(mention)))
        doc.entities.append(Entity(entity, country="GBR", kind="person", name=name, mentions=spans))
    return doc


def _places(doc: Document, events: list[tuple]) -> list:
    """Each (trigger, source[, occurrence]) coded as an event; their places (name, evidence) or None."""
    for trigger, source, *occurrence in events:
        event_at(doc, trigger, source=source, occurrence=occurrence[0] if occurrence else 0)
    LocationStep().process(doc)
    return [(e.location.name, e.location.evidence) if e.location else None for e in doc.events]


SPEECH = ("Tony Blair has backed the chancellor's report.\n\n"
          "In a speech in Edinburgh, Mr Blair said the report reinforced stability.\n\n"
          "Mr Blair praised his chancellor for his role in creating economic stability.")


def test_a_statement_placed_in_a_city_places_the_speakers_other_acts_of_the_day():
    doc = _doc(SPEECH, {"E1": ("Tony Blair", ["Tony Blair", "Blair", "Blair"])})
    blair = _person("Tony Blair", "GBR")
    assert _places(doc, [("backed", blair), ("said", blair), ("praised", blair)]) == [
        ("Edinburgh", "speaker"), ("Edinburgh", "slot"), ("Edinburgh", "speaker")]


def test_another_persons_acts_and_an_earlier_act_are_not_placed():
    text = SPEECH + "\n\nEarlier this week he said he expected growth to slow. Mr Brown denied the claims."
    doc = _doc(text, {"E1": ("Tony Blair", ["Tony Blair", "Blair", "Blair", "he"]),
                      "E2": ("Gordon Brown", ["Brown"])})
    blair, brown = _person("Tony Blair", "GBR"), _person("Gordon Brown", "GBR", "E2")
    assert _places(doc, [("said", blair), ("said", blair, 1), ("denied", brown)]) == [
        ("Edinburgh", "slot"), None, None]


def test_a_deed_placed_in_a_city_tells_no_whereabouts():
    text = ("Maurice Greene aims to wipe out the pain of losing his title in Athens.\n\n"
            "Greene said he felt like he was running all alone.")
    doc = _doc(text, {"E1": ("Maurice Greene", ["Maurice Greene", "Greene"])})
    greene = _person("Maurice Greene", "USA")
    assert _places(doc, [("losing", greene), ("said", greene)])[1] is None


def test_a_visit_in_a_participle_on_the_name_places_the_visitor():
    text = ("Jack Straw has defended plans to end the arms embargo.\n\n"
            "Mr Straw, visiting Beijing, noted the embargo applied to Burma.\n\n"
            "Mr Straw also signed a deal on tourism.")
    doc = _doc(text, {"E1": ("Jack Straw", ["Jack Straw", "Straw"])})  # the second "Straw" left unlinked
    straw = _person("Jack Straw", "GBR")
    assert _places(doc, [("defended", straw), ("signed", straw)]) == [("Beijing", "speaker"), ("Beijing", "speaker")]


def test_a_foreign_persons_lead_under_a_dateline_is_placed_there_and_so_are_their_other_statements():
    text = ("INDIANAPOLIS, March 16 - Farm subsidies threaten healthy trade, Michael Jopling, British minister "
            "of Agriculture, warned.\n\n"
            "\"It would not be sensible to provoke another dispute,\" Jopling said in remarks prepared for a speech.")
    doc = _doc(text, {"E1": ("Michael Jopling", ["Michael Jopling", "Jopling"])},
               published=dt.datetime(1987, 3, 16))
    jopling = _person("Michael Jopling", "GBR")
    assert _places(doc, [("warned", jopling), ("said", jopling)]) == [
        ("Indianapolis", "dateline"), ("Indianapolis", "dateline")]


BANKER = ("TOKYO, March 16 - Japan should speed its financial liberalisation, a leading U.S. banker said.\n\n"
          "Robert Binney, senior vice-president of Chase Manhattan Bank, told {audience} that Tokyo must open "
          "its markets.\n\n"
          "Binney also urged Japan to abolish Article 25 of its Securities and Exchange Law.")


def _audience(audience: str, words: str, country: str) -> ActorRef:
    """The addressee as the actor stage reads it: its words inside the audience phrase, of a state's kind."""
    start = BANKER.format(audience=audience).index(words)
    return ActorRef(words, country=country, kind="state", start=start, end=start + len(words))


def test_a_foreign_person_telling_an_audience_of_the_datelines_country_is_placed_there():
    audience = "a group of Japanese members of parliament"
    doc = _doc(BANKER.format(audience=audience), {"E1": ("Robert Binney", ["Robert Binney", "Binney"])},
               published=dt.datetime(1987, 3, 16))
    binney = _person("Robert Binney", "USA")
    for trigger, occurrence in (("told", 0), ("urged", 0)):
        event_at(doc, trigger, source=binney, occurrence=occurrence,
                 target=_audience(audience, "Japanese members", "JPN") if trigger == "told"
                 else ActorRef("Japan", country="JPN"))
    LocationStep().process(doc)
    assert [(e.location.name, e.location.precision) if e.location else None for e in doc.events] == [
        ("Tokyo", "dateline"), ("Tokyo", "dateline")]


def test_a_single_or_foreign_addressee_places_no_visitor():
    # one person told may be met anywhere (a telephone included); an audience of another country tells nothing
    for audience, words, country in (("Finance Minister Kiichi Miyazawa", "Kiichi Miyazawa", "JPN"),
                                     ("a group of American bankers", "American bankers", "USA")):
        doc = _doc(BANKER.format(audience=audience), {"E1": ("Robert Binney", ["Robert Binney", "Binney"])},
                   published=dt.datetime(1987, 3, 16))
        binney = _person("Robert Binney", "USA")
        event_at(doc, "told", source=binney, target=_audience(audience, words, country))
        event_at(doc, "urged", source=binney, target=ActorRef("Japan", country="JPN"))
        LocationStep().process(doc)
        assert [e.location for e in doc.events] == [None, None], audience


def test_a_foreign_state_under_a_dateline_is_no_visitor():
    text = "ATHENS, March 30 - Turkey accused Greece of violating its air space."
    doc = _doc(text, {}, published=dt.datetime(1987, 3, 30))
    turkey = ActorRef("Turkey", country="TUR", kind="state", entity="E1", resolved_by="kb-phrase")
    assert _places(doc, [("accused", turkey)]) == [None]


def test_a_person_told_in_two_places_is_placed_by_neither():
    text = ("TOKYO, April 27 - Prime Minister Yasuhiro Nakasone said he hopes his visit will help.\n\n"
            "While in Washington, he said he hopes to have frank discussions with Reagan.\n\n"
            "\"We are well aware of a movement in the United States,\" Nakasone said.")
    doc = _doc(text, {"E1": ("Yasuhiro Nakasone", ["Yasuhiro Nakasone", "he", "Nakasone"])},
               published=dt.datetime(1987, 4, 27))
    nakasone = _person("Yasuhiro Nakasone", "JPN")
    # the last statement is the dateline's, as any of its country's people's, not Washington's
    event_at(doc, "said", source=nakasone, occurrence=0)
    event_at(doc, "said", source=nakasone, occurrence=2)
    LocationStep().process(doc)
    assert [(e.location.name, e.location.evidence) for e in doc.events] == [
        ("Tokyo", "dateline"), ("Tokyo", "dateline")]


COMMONS = ("In a debate in Edinburgh, Mr Howard said the bill went too far. "
           "Mr Blair said the powers were already limited.")


def test_the_paragraph_does_not_carry_one_speakers_place_to_the_next_speaker():
    doc = _doc(COMMONS, {"E1": ("Michael Howard", ["Howard"]), "E2": ("Tony Blair", ["Blair"])})
    howard, blair = _person("Michael Howard", "GBR"), _person("Tony Blair", "GBR", "E2")
    assert _places(doc, [("said", howard), ("said", blair, 1)]) == [("Edinburgh", "slot"), None]


def test_the_paragraph_still_carries_a_speakers_place_to_the_same_speaker():
    text = COMMONS.replace("Mr Blair", "Mr Howard")
    doc = _doc(text, {"E1": ("Michael Howard", ["Howard", "Howard"])})
    howard = _person("Michael Howard", "GBR")
    assert _places(doc, [("said", howard), ("said", howard, 1)]) == [("Edinburgh", "slot"), ("Edinburgh", "paragraph")]


def test_a_sentence_with_no_actors_event_tells_no_other_speaker():
    text = "Mr Brown was in Gateshead on Monday. He said the cuts would hurt."
    doc = _doc(text, {"E1": ("Gordon Brown", ["Brown", "He"])})
    assert _places(doc, [("said", _person("Gordon Brown", "GBR"))]) == [("Gateshead", "paragraph")]


def test_a_city_and_the_country_it_lies_in_are_one_whereabouts():
    # the dateline's visiting lead puts the minister in Abu Dhabi, the participle in the UAE: one place, the city
    text = ("ABU DHABI, June 1 - Iranian foreign minister Ali Akbar Velayati warned that Iran would combat any "
            "superpower intervention in the Gulf.\n\n"
            "\"We will not allow foreign forces to interfere,\" he said.\n\n"
            "Velayati, visiting the United Arab Emirates on the first leg of a Gulf tour, told reporters Iran had "
            "the means to prevent any interference.")
    doc = _doc(text, {"E1": ("Ali Akbar Velayati", ["Ali Akbar Velayati", "he", "Velayati"])})
    minister = ActorRef("Iranian foreign minister Ali Akbar Velayati", country="IRN", kind="person", entity="E1",
                        resolved_by="title+name")
    he = ActorRef("he", country="IRN", kind="person", entity="E1", resolved_by="coreference")
    assert _places(doc, [("warned", minister), ("said", he)]) == [("Abu Dhabi", "dateline"), ("Abu Dhabi", "dateline")]

