from annalyst.actors import ActorStep
from annalyst.model import Document
from annalyst.parse import ParseStep


def _actors(text):
    doc = Document(doc_id="t", source="mem", text=text)
    ParseStep().process_batch([doc])
    ActorStep().process(doc)
    return doc.actors


def test_wire_dateline_place_is_not_an_actor():
    actors = _actors("JAKARTA, March 2 - Indonesia will cut its crude oil prices, the energy minister said.")
    assert "JAKARTA" not in [a.text for a in actors]
    assert any(a.text == "Indonesia" and a.country == "IDN" for a in actors)


def test_capital_acting_in_running_text_stays_an_actor():
    actors = _actors("Jakarta rejected the proposal on Monday.")
    assert [(a.text, a.country) for a in actors][:1] == [("Jakarta", "IDN")]
