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


def test_prepare_builds_what_the_first_record_would(kb, nlp):
    from annalyst.actors import Resolver

    resolver = Resolver(kb, nlp=nlp)
    assert not resolver.prepared
    step = ActorStep(resolver)
    step.prepare()
    assert resolver.prepared
    matchers, near = resolver.phrase_matchers(), resolver.near_index()
    step.prepare()  # idempotent: nothing is built again
    doc = Document(doc_id="t", source="mem", text="President Jacques Chriac visited Mali.")
    ParseStep().process_batch([doc])
    step.process(doc)  # a misspelt name: the spelling index answers
    assert resolver.phrase_matchers() is matchers and resolver.near_index() is near
    assert [(a.text, a.country, a.resolved_by) for a in doc.actors][:1] == [
        ("President Jacques Chriac", "FRA", "title+name")]
