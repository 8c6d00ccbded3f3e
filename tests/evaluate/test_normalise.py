"""Gold-code normalisation and how GSR records are matched with predicted events."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from annalyst.evaluate.normalise import (
    INTERNATIONAL_CLASS, country_class, country_matches, gold_codes, gold_country, gold_sector,
)
from annalyst.evaluate.run import GsrRecord, gold_triples, gsr_event, load_gsr, score_gsr
from annalyst.model import ActorRef, Event


@pytest.mark.parametrize("gold,expected", [("JAP", "JPN"), ("ITL", "ITA"), ("VTN", "VNM"), ("USA", "USA"),
                                           ("IGO", "IGO"), ("", None), (None, None)])
def test_gold_country(gold, expected):
    assert gold_country(gold) == expected


@pytest.mark.parametrize("gold,expected", [("CVLalb", "CVL"), ("REBkur", "REB"), ("GOVMOS", "GOV"), ("***", None),
                                           ("CIV", "CVL"), ("GOV", "GOV"), (None, None), ("", None)])
def test_gold_sector(gold, expected):
    assert gold_sector(gold) == expected


def test_gold_code_table_maps_to_valid_codes():
    from annalyst.actors.kb import SECTOR_CODES

    codes = gold_codes()
    assert codes.countries and all(len(v) == 3 and v.isupper() for v in codes.countries.values())
    assert all(v in SECTOR_CODES for v in codes.sectors.values())


def test_international_class():
    # the GSR codes the UN, the EC, the Red Cross and Amnesty all IGO; PLOVER v2.0 splits them
    assert country_matches("IGO", "UNO") and country_matches("IGO", "EUR") and country_matches("NGO", "IGO")
    assert not country_matches("IGO", "USA") and not country_matches("IMG", "IGO")
    assert not country_matches("USA", None) and not country_matches(None, None)


@given(st.sampled_from(sorted(INTERNATIONAL_CLASS | {"USA", "PRK", "IMG", "ISM"})),
       st.sampled_from(sorted(INTERNATIONAL_CLASS | {"USA", "PRK", "IMG", "ISM"})))
def test_matching_is_symmetric_and_agrees_with_class(a, b):
    assert country_matches(a, b) == country_matches(b, a) == (country_class(a) == country_class(b))


def _ev(event: str, src: str | None, tgt: str | None, conf: float = 0.5, start: int = 0) -> Event:
    return Event(doc_id="d", sentence_index=0, text="s", span=(0, 1), source=ActorRef(text="a", country=src),
                 target=ActorRef(text="b", country=tgt) if tgt else None, cameo="010", event=event,
                 confidence=conf, trigger_span=(start, start + 1))


def test_reciprocal_record_gives_ordered_pairs():
    rec = GsrRecord("Hungary and Romania agreed.", "AGREE", [("HUN", "GOV"), ("ROU", "GOV")],
                    [("HUN", "GOV"), ("ROU", "GOV")], reciprocal=True)
    assert gold_triples(rec) == {("HUN", "ROU", "AGREE"), ("ROU", "HUN", "AGREE")}
    s = score_gsr([rec], [[_ev("AGREE", "HUN", "ROU")]])
    assert s.source_country == 1.0 and s.target_country == 1.0 and s.triple_precision == 1.0
    assert s.triple_recall == pytest.approx(0.5)


def test_record_without_target_and_compound_source():
    rec = GsrRecord("t", "ASSAULT", [("ISR", None), ("USA", None)], [])
    assert gold_triples(rec) == {("ISR", None, "ASSAULT"), ("USA", None, "ASSAULT")}


def test_actors_come_from_the_event_of_the_gold_type():
    rec = GsrRecord("X said Y attacked Z.", "ASSAULT", [("SYR", None)], [("ISR", None)])
    said = _ev("CONSULT", "USA", None, conf=0.9, start=0)
    attack = _ev("ASSAULT", "SYR", "ISR", conf=0.4, start=3)
    assert gsr_event(rec, [said, attack]) is attack
    s = score_gsr([rec], [[said, attack]])
    assert s.source_country == 1.0 and s.target_country == 1.0
    assert s.event_f1 == 0.0  # the primary event is still the one whose type is scored
    assert gsr_event(rec, [said]) is said and gsr_event(rec, []) is None


def test_international_gold_matches_a_un_prediction():
    rec = GsrRecord("The UN condemned Israel.", "ACCUSE", [("IGO", None)], [("ISR", None)])
    s = score_gsr([rec], [[_ev("ACCUSE", "UNO", "ISR")]])
    assert s.source_country == 1.0 and s.triple_f1 == 1.0


def test_loaded_gsr_is_normalised(shared_dir):
    recs = load_gsr(shared_dir)
    countries = {c for r in recs for c, _ in r.sources + r.targets if c}
    sectors = {sec for r in recs for _, sec in r.sources + r.targets if sec}
    assert not countries & {"JAP", "ITL", "VTN"}
    assert all(len(sec) == 3 and sec.isupper() and sec != "***" for sec in sectors)
    reciprocal = [r for r in recs if r.reciprocal]
    assert len(reciprocal) >= 15 and all(r.targets == r.sources for r in reciprocal)
