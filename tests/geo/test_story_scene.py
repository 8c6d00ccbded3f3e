"""A local incident placed in the one town a dateline-less story names (LocationStep ``_story_scene``)."""

from __future__ import annotations

from annalyst.geo import LocationStep
from annalyst.model import ActorRef, Document
from annalyst.parse import ParseStep

from tests.event_at import event_at

# A regional wire's one-town report, kept on one line as some corpora store stories (no dateline)
ONE_TOWN = ("Residents of a settlement near Rustenburg blocked roads with burning tyres on Monday. "
            "The councillor's house was set alight during the night. "
            "Police arrested three men for public violence, a spokesman said.")


def _locate(text: str, trigger: str, source: ActorRef | None = None):
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text))
    event_at(doc, trigger, source=source or ActorRef("Police"), cameo="173")
    LocationStep().process(doc)
    return doc.events[0].location


def test_an_incident_of_a_one_town_story_happened_in_that_town():
    loc = _locate(ONE_TOWN, "arrested")
    assert (loc.name, loc.country, loc.precision, loc.evidence) == ("Rustenburg", "ZAF", "city", "scene")


def test_a_story_naming_two_towns_has_no_scene():
    text = ONE_TOWN + " A second group marched in Polokwane."
    assert _locate(text, "arrested") is None


def test_a_story_naming_another_country_has_no_scene():
    text = ONE_TOWN + " The spokesman had returned from Zimbabwe."
    assert _locate(text, "arrested") is None


def test_a_statement_or_talks_take_no_scene():
    text = ONE_TOWN + " The mayor held talks with community leaders."
    assert _locate(text, "talks") is None


def test_a_foreign_actor_takes_no_scene():
    assert _locate(ONE_TOWN, "arrested", source=ActorRef("Police", country="ZWE")) is None


def test_a_story_with_a_dateline_is_placed_by_its_dateline_not_a_scene():
    text = "JOHANNESBURG, March 6 (ANA) - " + ONE_TOWN
    loc = _locate(text, "arrested")
    assert loc is not None and loc.evidence != "scene"


def test_a_neighbouring_town_of_the_same_province_leaves_the_lead_town_the_scene():
    text = ONE_TOWN + " Those arrested were being held in the nearby town of Brits."
    loc = _locate(text, "arrested")
    assert (loc.name, loc.precision, loc.evidence) == ("Rustenburg", "city", "scene")


def test_a_town_a_direction_is_measured_from_is_no_scene_and_no_antecedent():
    # "north-west of Rustenburg" is a reference point: neither the story's town nor "the town"
    text = ("Residents of a settlement north-west of Rustenburg blocked roads with burning tyres on Monday. "
            "About 300 people began blockading roads around the town. "
            "Police arrested three men for public violence, a spokesman said.")
    assert _locate(text, "blockading") is None
    assert _locate(text, "arrested") is None




def _places(text: str, events: list[tuple[str, str, str]]) -> list:
    """Each (trigger, source text, cameo) coded as an event of the text; their (name, evidence), None if unplaced."""
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text))
    for trigger, source, cameo in events:
        event_at(doc, trigger, source=ActorRef(source), cameo=cameo)
    LocationStep().process(doc)
    return [(e.location.name, e.location.evidence) if e.location else None for e in doc.events]


QUOTED = "\n\n\"We marched to the police station,\" said a resident."


def test_a_quotation_tells_the_incident_the_story_places_in_its_town():
    # the lead places a shooting in the town: the resident quoted tells the same incident
    text = "A man was shot dead by a policeman in Rustenburg on Thursday." + QUOTED
    assert _places(text, [("shot", "a policeman", "193"), ("marched", "", "140")]) == \
        [("Rustenburg", "slot"), ("Rustenburg", "scene")]


def test_a_quotation_takes_no_scene_where_the_town_tells_no_incident():
    text = "Residents of Rustenburg condemned the decision on Thursday." + QUOTED
    assert _places(text, [("condemned", "Residents", "111"), ("marched", "", "140")])[1] is None


def test_a_company_name_the_ner_also_tags_as_a_place_is_no_second_town():
    # the NER reads "Implats" as an organisation in the lead and as a place later; the gazetteer knows neither
    text = ("Striking workers at Impala Platinum (Implats) mine near Rustenburg blocked roads on Monday. "
            "Union leaders held a meeting with the workers at Implats. "
            "Police arrested three men for public violence, a spokesman said.")
    loc = _locate(text, "arrested")
    assert (loc.name, loc.evidence) == ("Rustenburg", "scene")
