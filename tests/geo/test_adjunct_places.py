"""Session 15's place mechanism (issue 20): a locative phrase below a preposition of cause, topic or time
("because of the violence in Gujarat", "about the tension in the Gulf", "ahead of a meeting in London") tells where that cause, topic or other happening was, not where the event was (LocationStep,
``adjunct_preposition`` of place_words.tsv)."""

from __future__ import annotations

from annalyst.geo import LocationStep
from annalyst.model import ActorRef, Document
from annalyst.parse import ParseStep

from tests.event_at import event_at


def _where(text: str, trigger: str, source: ActorRef, cameo: str = "010", quad_class: int | None = None):
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text))
    event_at(doc, trigger, source=source, cameo=cameo, quad_class=quad_class)
    LocationStep().process(doc)
    loc = doc.events[0].location
    return None if loc is None else (loc.name, loc.country, loc.precision, loc.evidence)


CONGRESS = ActorRef("the city congress", country="IND")


def test_a_place_inside_a_cause_is_the_causes_place():
    text = "On Friday the city congress decided to defer its rally because of the violence in Gujarat."
    assert _where(text, "defer", CONGRESS, cameo="192", quad_class=4) is None
    # the event's own locative phrase still places it
    text = "On Friday the city congress deferred its rally in Delhi because of the violence."
    assert _where(text, "deferred", CONGRESS, cameo="192", quad_class=4) == ("Delhi", "IND", "city", "slot")


def test_a_place_inside_a_topic_is_the_topics_place():
    text = "The prime minister told the cabinet he was worried about the increased tension in the Gulf."
    assert _where(text, "worried", ActorRef("The prime minister", country="ITA"), quad_class=1) is None


def test_a_place_of_a_happening_an_adverb_of_time_opens_is_that_happenings():
    # the parser reads "ahead" as an adverb, not a preposition: the meeting's place, not the saying's
    text = ("In an interview ahead of a meeting in London to discuss Palestinian reforms, Mr Abbas said such "
            "attacks were against Palestinian interests.")
    assert _where(text, "said", ActorRef("Mr Abbas", country="PSE"), quad_class=1) is None


def test_what_an_act_asks_for_or_meets_for_is_still_its_scene():
    # "for" is no adjunct of cause: the talks are where the meeting is held
    text = "Petrobras said the company would meet union leaders for pay talks in Rio de Janeiro next Wednesday."
    assert _where(text, "meet", ActorRef("the company", country="BRA"), cameo="036", quad_class=1) == \
        ("Rio de Janeiro", "BRA", "city", "slot")


def test_a_happening_named_in_a_time_phrase_is_not_placed_by_its_clause():
    # session 17: the clause's place is where its speaker spoke, not where the earlier resignation was
    text = ("Speaking in London on his first day in office following David Blunkett's resignation, Mr Clarke said "
            "the law would stay.")
    assert _where(text, "resignation", ActorRef("David Blunkett", country="GBR"), cameo="0831", quad_class=1) is None
    assert _where(text, "said", ActorRef("Mr Clarke", country="GBR"), quad_class=1) == \
        ("London", "GBR", "city", "slot")
