"""A happening's place given in another sentence about the same happening (LocationStep)."""

from __future__ import annotations

import pytest

from annalyst.geo import LocationStep
from annalyst.model import ActorRef, Document
from annalyst.parse import ParseStep

from tests.event_at import event_at


def _locate(text: str, trigger: str, occurrence: int = 0):
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text))
    event_at(doc, trigger, source=ActorRef("X"), cameo="190", occurrence=occurrence)
    LocationStep().process(doc)
    return doc.events[0].location


def test_a_mention_takes_the_place_another_sentence_gives_the_happening():
    text = ("Roger King faces charges stemming from his arrest in Fort Lauderdale last month.\n\n"
            "The shares of his company fell sharply on Wall Street.\n\n"
            "King was arrested by police a few minutes later.")
    loc = _locate(text, "arrested")
    assert (loc.name, loc.country, loc.precision, loc.evidence) == ("Fort Lauderdale", "USA", "city", "happening")


def test_a_story_placing_the_kind_in_two_places_gives_none():
    text = ("Insurgents attacked a police post in Yala on Monday.\n\n"
            "Separately, a bomb attack was reported in Narathiwat.\n\n"
            "Residents condemned the attack.")
    assert _locate(text, "attack", occurrence=2) is None


@pytest.mark.parametrize("text,trigger", [
    # another family: the arrest's place is no attack's
    ("Police arrested ten men in Karachi on Monday.\n\nGunmen attacked a bus.", "attacked"),
    # a bare plural names the kind, not the happening
    ("Gunmen attacked a bus in Karachi on Monday.\n\nThe government condemned attacks on civilians.", "attacks"),
])
def test_no_place_from_a_mention_that_is_not_the_same_happening(text, trigger):
    assert _locate(text, trigger) is None


def test_an_object_naming_its_own_place_takes_no_other_mentions_place():
    text = ("Brown opened a week-long visit to Africa in Cape Town on Monday.\n\n"
            "On Tuesday he visited Kenya's biggest shantytown.")
    loc = _locate(text, "visited")
    assert loc is None or loc.country == "KEN"
