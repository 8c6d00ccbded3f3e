import datetime as dt

import pytest
from hypothesis import given, strategies as st

from annalyst.model import ActorRef, Document, Event, Status


def _event(**kw):
    base = dict(doc_id="d1", sentence_index=0, text="A met B.", span=(0, 8),
                source=ActorRef("A", country="USA", start=0, end=1), target=ActorRef("B", country="CHN", start=6, end=7),
                cameo="036")
    base.update(kw)
    return Event(**base)


def test_event_json_has_the_contract_names():
    ev = _event(date=dt.date(2022, 7, 13), date_precision="day")
    data = ev.to_json()
    assert set(data) >= {"event_id", "doc_id", "date", "date_precision", "source", "target", "cameo", "cameo_root",
                         "goldstein", "quad_class", "event", "mode", "context", "text", "span", "attribution",
                         "flags", "confidence"}
    assert data["date"] == "2022-07-13" and data["cameo_root"] == "03"
    assert data["source"] == {"text": "A", "country": "USA", "sector": None, "code": None, "entity": None,
                              "resolved_by": None}


def test_event_ids_are_stable_and_distinguish_events():
    assert _event().assign_id() == _event().assign_id()
    assert _event().assign_id() != _event(cameo="111").assign_id()


def test_flags_decide_assertion_and_reject_unknown():
    ev = _event()
    assert ev.asserted
    ev.add_flag("historical")
    assert ev.asserted
    ev.add_flag("hypothetical")
    ev.add_flag("hypothetical")
    assert not ev.asserted and ev.flags == ["historical", "hypothetical"]
    with pytest.raises(ValueError):
        ev.add_flag("maybe")


def test_document_status_transitions():
    doc = Document(doc_id="x", source="s")
    assert doc.alive
    doc.skip("language:de")
    assert doc.status is Status.SKIPPED and not doc.alive and doc.reason == "language:de"
    assert Document(doc_id="y", source="s").fail("boom").status is Status.FAILED


@given(st.text(), st.text(), st.text())
def test_document_ids_are_deterministic(source, position, content):
    assert Document.make_id(source, position, content) == Document.make_id(source, position, content)
    assert len(Document.make_id(source, position, content)) == 16


def test_actor_ref_round_trips():
    ref = ActorRef("the DPRK", country="PRK", sector="GOV", code="PRKGOV", start=3, end=11, kind="state")
    assert ActorRef.from_json(ref.to_full_json()) == ref
