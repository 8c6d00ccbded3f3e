"""The event confidence model: its features, its data files, and the coder's use of it."""

from __future__ import annotations

import math
from importlib import resources

import pytest

from annalyst.api import code_text
from annalyst.errors import ModelError
from annalyst.events import confidence as calibration
from annalyst.model import ActorRef, Attribution, Event

SENTENCE = "Russian troops attacked the Ukrainian city of Kharkiv on Monday, officials said."


def _event(**over) -> Event:
    src = ActorRef(text="Russian troops", country="RUS", sector="MIL", start=100, end=114, resolved_by="adjective+sector")
    tgt = ActorRef(text="the Ukrainian city", country="UKR", start=124, end=142, resolved_by="coref")
    fields = dict(doc_id="d", sentence_index=0, text=SENTENCE, span=(100, 100 + len(SENTENCE)), source=src,
                  target=tgt, cameo="190", trigger="attacked", trigger_span=(115, 123), quad_class=4,
                  event="ASSAULT", salience=0.7, attribution=Attribution(text="officials"))
    fields.update(over)
    return Event(**fields)


def _file_rows(name: str) -> list[list[str]]:
    text = resources.files("annalyst.events").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines]


def test_model_file_has_one_weight_per_feature_in_order():
    rows = _file_rows(calibration.MODEL_FILE)
    assert rows[0] == ["feature", "weight"]
    assert [r[0] for r in rows[1:]] == ["intercept", *calibration.feature_names()]


def test_resolution_groups_are_known_groups():
    rows = _file_rows(calibration.RESOLUTION_FILE)
    assert rows[0] == ["resolved_by", "group"]
    assert {r[1] for r in rows[1:]} <= set(calibration.GROUPS)
    assert len({r[0] for r in rows[1:]}) == len(rows) - 1  # each label once


def test_features_of_an_event():
    f = calibration.features(_event())
    assert f["structural"] == 0.7
    assert (f["source_kb"], f["source_title"], f["source_coref"], f["source_context"]) == (1.0, 0.0, 0.0, 0.0)
    assert (f["target_kb"], f["target_coref"]) == (0.0, 1.0)
    assert f["source_no_country"] == f["target_no_country"] == f["no_target"] == f["same_country"] == 0.0
    assert f["trigger_words"] == 0.0 and f["statement"] == 0.0
    assert (f["quad_2"], f["quad_3"], f["quad_4"]) == (0.0, 0.0, 1.0)
    assert f["flagged"] == 0.0 and f["attributed"] == 1.0
    assert f["sentence_words"] == pytest.approx(math.log(12))
    assert f["source_gap"] == 0.0  # "Russian troops attacked": adjacent
    assert f["target_gap"] == 0.0  # "attacked the Ukrainian city"
    assert f["source_after_trigger"] == 0.0


def test_features_of_an_unresolved_targetless_event():
    src = ActorRef(text="they", start=None, resolved_by="parse")
    f = calibration.features(_event(source=src, target=None, trigger="called for", event=None, quad_class=1,
                                    flags=["hypothetical"], attribution=None))
    assert sum(f[f"source_{g}"] for g in ("kb", "title", "coref", "context")) == 0.0
    assert f["source_no_country"] == 1.0 and f["no_target"] == 1.0 and f["target_no_country"] == 0.0
    assert f["source_gap"] == pytest.approx(math.log1p(calibration.MAX_GAP_WORDS))  # not in the sentence
    assert f["target_gap"] == 0.0
    assert f["trigger_words"] == 1.0 and f["statement"] == 1.0 and f["flagged"] == 1.0
    assert f["quad_2"] == f["quad_3"] == f["quad_4"] == f["attributed"] == 0.0


def test_unlisted_resolution_label_counts_as_unresolved():
    f = calibration.features(_event(source=ActorRef(text="X", country="RUS", resolved_by="a-new-way")))
    assert sum(f[f"source_{g}"] for g in ("kb", "title", "coref", "context")) == 0.0


def test_calibrated_is_the_logistic_of_the_file_weights():
    weights = {r[0]: float(r[1]) for r in _file_rows(calibration.MODEL_FILE)[1:]}
    ev = _event()
    z = weights.pop("intercept") + sum(weights[k] * x for k, x in calibration.features(ev).items())
    assert calibration.calibrated(ev) == round(1 / (1 + math.exp(-z)), 3)
    assert 0.0 < calibration.calibrated(ev) < 1.0


def test_a_model_file_missing_a_feature_is_refused(monkeypatch):
    rows = _file_rows(calibration.MODEL_FILE)[1:-1]  # the last feature dropped
    monkeypatch.setattr(calibration, "_rows", lambda name, width: rows)
    calibration.model.cache_clear()
    try:
        with pytest.raises(ModelError) as err:
            calibration.model()
        assert "tools/fit_confidence.py" in err.value.fix
    finally:
        monkeypatch.undo()
        calibration.model.cache_clear()


def test_the_coder_sets_confidence_from_the_model(monkeypatch):
    seen = []

    def fake(ev):
        seen.append(ev.salience)  # the structural score comes in
        return 0.123

    monkeypatch.setattr(calibration, "calibrated", fake)
    doc = code_text("North Korea fired missiles at South Korea on Monday.", doc_id="c")
    assert doc.events and [e.confidence for e in doc.events] == [0.123] * len(doc.events)
    assert len(seen) >= len(doc.events) and all(0.0 < s <= 1.0 for s in seen)
