"""Invariants of every coded event, on generated news-like sentences (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from annalyst.model import FLAGS

ACTORS = ["Israel", "Syria", "Italy", "Serbia", "France", "Germany", "Iran", "Japan", "the police", "Pakistan"]
VERBS = ["attacked", "condemned", "imposed sanctions on", "held talks with", "will send aid to", "did not meet",
         "allegedly shelled", "threatened to attack", "urged", "recognized the independence of", "arrested",
         "may criticize", "rejected a proposal by", "praised", "expelled diplomats from"]
TAILS = ["", " on Monday", ", officials said", " after the vote", " in the capital"]


@st.composite
def sentences(draw):
    n = draw(st.integers(min_value=1, max_value=3))
    parts = []
    for _ in range(n):
        a, b = draw(st.sampled_from(ACTORS)), draw(st.sampled_from(ACTORS))
        src = draw(st.sampled_from([a, f"{a} and {b}"]))
        parts.append(f"{src[0].upper()}{src[1:]} {draw(st.sampled_from(VERBS))} {b}{draw(st.sampled_from(TAILS))}.")
    return " ".join(parts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=sentences())
def test_event_invariants(make_doc, text):
    from annalyst.events import EventStep

    doc = EventStep().process(make_doc(text))
    for ev in doc.events:
        start, end = ev.span
        assert doc.text[start:end] == ev.text
        assert ev.trigger_span is not None and start <= ev.trigger_span[0] < ev.trigger_span[1] <= end
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.quad_class in (1, 2, 3, 4) and ev.cameo_root == ev.cameo[:2]
        assert set(ev.flags) <= set(FLAGS)
        assert ev.source.start is not None and doc.text[ev.source.start:ev.source.end] == ev.source.text
        if ev.target is not None:
            assert doc.text[ev.target.start:ev.target.end] == ev.target.text
            assert (ev.target.start, ev.target.end) != (ev.source.start, ev.source.end)
        assert ev.event_id and len(ev.event_id) == 16
    # coding twice gives the same events (idempotent ingest relies on stable ids)
    again = EventStep().process(make_doc(text))
    assert [e.event_id for e in again.events] == [e.event_id for e in doc.events]
