"""The founding article's acceptance rows, checked on the coder alone (hand-built actor mentions)."""

from __future__ import annotations

import pytest

from annalyst.api import example_path


def _find(events, src, cameo_prefix, tgt=None, asserted=True):
    return [e for e in events if e.source.country == src and e.cameo.startswith(cameo_prefix)
            and (tgt is None or (e.target and e.target.country == tgt)) and (e.asserted or not asserted)]


def test_recognition_to_each_entity(code):
    evs = code("North Korea has officially recognized the independence of the DPR and LPR, becoming the third "
               "country in the world after Russia and Syria to do so.")
    rec = _find(evs, "PRK", "054", "UKR")
    assert {e.target.text for e in rec} == {"DPR", "LPR"}
    assert all(e.event == "SUPPORT" and e.quad_class == 1 for e in rec)


def test_decided_to_recognize_is_the_event(code):
    evs = code("“…the DPRK government has decided to recognize the independence of the Donetsk and Lugansk "
               "People’s Republics and expressed its desire to develop interstate relations with these countries”.")
    assert _find(evs, "PRK", "054", "UKR")
    assert not [e for e in evs if e.trigger == "decided"]


def test_accusation_by_content(code):
    evs = code("On February 28, a DPRK foreign ministry spokesperson responded to a question from KCNA, stressing "
               "that “the hotbed of events in Ukraine lies entirely in the hegemonic policies of the US and the West, "
               "which have resorted to arbitrary and high-handed behavior towards other countries”.")
    acc = _find(evs, "PRK", "11", "USA")
    assert acc and acc[0].event == "ACCUSE" and acc[0].attribution is not None


def test_condemn_for(code):
    evs = code("On April 9, 2022, North Korea condemned the United States for turning the crisis around Ukraine "
               "into a human rights issue and imposing sanctions on Russia.")
    assert _find(evs, "PRK", "111", "USA")
    # the sanctions are the United States' act (object control), not North Korea's
    assert not _find(evs, "PRK", "163")
    assert _find(evs, "USA", "163", "RUS")


def test_criticize_decision_targets_the_body(code):
    evs = code("On April 11, the DPRK foreign minister also criticized the decision to suspend Russia’s membership "
               "in the UN Human Rights Council as an unjustifiable act.")
    assert _find(evs, "PRK", "111", "UNO")


def test_sever_relations(code):
    evs = code("It is clear that Ukraine responded by immediately severing diplomatic relations with the DPRK.")
    ev = _find(evs, "UKR", "161", "PRK")
    assert ev and ev[0].event == "SANCTION" and ev[0].quad_class == 4


def test_what_x_does_by_saying_it(code):
    evs = code("In a statement posted on its website, the Ukrainian Foreign Ministry said it strongly condemned "
               "North Korea’s decision to recognize the independence of Donetsk.")
    ev = _find(evs, "UKR", "111", "PRK")
    assert ev and ev[0].attribution.country == "UKR"


def test_threat_is_asserted(code):
    evs = code("Ukrainian President Volodymyr Zelenskyy also said that Ukraine would react “very harshly at all "
               "levels” to the DPRK’s recognition of the DPR and LPR’s independence.")
    ev = _find(evs, "UKR", "13", "PRK")
    assert ev and ev[0].event == "THREATEN" and ev[0].asserted


def test_one_event_per_coordinated_actor(code):
    evs = code("However, one can already recall how Moscow and Beijing vetoed a US draft sanctions resolution "
               "against the DPRK at the UN.")
    assert _find(evs, "RUS", "129") and _find(evs, "CHN", "129")
    assert all(e.event == "REJECT" for e in _find(evs, "RUS", "129"))


def test_alleged_fighting_is_disputed(code):
    evs = code("It turns out, according to Kiev’s version, that under the guise of Buryats, North Korean special "
               "forces are allegedly fighting against the Ukrainian state.")
    fights = [e for e in evs if e.event == "ASSAULT"]
    assert fights and all("disputed" in e.flags for e in fights)


def test_speculation_is_hypothetical(code):
    evs = code("But it is widely expected that Russia will provide aid to its ally.")
    assert evs and all("hypothetical" in e.flags for e in evs if e.source.country == "RUS")


def test_negation(code):
    # a negated stance is kept, flagged; a negated attack is no event (session 12, the ``negated_act`` veto)
    evs = code("Israel does not support Syria.")
    assert evs and all("negated" in e.flags for e in evs)
    assert code("Israel did not attack Syria.") == []


@pytest.mark.slow
def test_whole_article_provenance(make_doc):
    from annalyst.events import EventStep

    raw = example_path().read_text(encoding="utf-8")
    text = "\n".join(raw.splitlines()[4:-5])
    doc = EventStep().process(make_doc(text))
    assert len(doc.events) >= 11
    for ev in doc.events:
        start, end = ev.span
        assert doc.text[start:end] == ev.text == doc.parsed[0:0].doc.text[start:end]
        assert ev.trigger_span and start <= ev.trigger_span[0] < ev.trigger_span[1] <= end
        assert 0.0 <= ev.confidence <= 1.0 and ev.quad_class in (1, 2, 3, 4) and ev.event_id
