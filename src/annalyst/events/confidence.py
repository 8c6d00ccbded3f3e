"""An event's ``confidence``: the fitted probability that its type, source and target are right.

"Right" is the judges' "triple" of ``../shared/eval/news-audit-1`` (its README): the record is a real
event, and its source, its target and its CAMEO root are right.  The probability is a logistic model
of features the coder knows when it makes the record (how each actor was resolved, whether it has a
country, the kind of trigger, the event's class, flags, attribution, the sentence's length, how far the
actors stand from the trigger, and the engine's own structural score).  The features are defined
here; their weights, the grouping of actor resolutions and the provenance of the fit live in
``events/data/confidence_model.tsv`` and ``events/data/actor_resolution.tsv``, written by
``tools/fit_confidence.py`` (docs/event-json.md says what the number means and how well it is
calibrated).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from annalyst.errors import ModelError
from annalyst.model import ActorRef, Event

MODEL_FILE = "confidence_model.tsv"
RESOLUTION_FILE = "actor_resolution.tsv"
GROUPS = ("kb", "title", "coref", "context", "none")  # "none" is the baseline: no feature of its own
MAX_TRIGGER_WORDS = 4
MAX_GAP_WORDS = 30  # an actor outside the sentence counts as this far


@lru_cache(maxsize=1)
def resolution_groups() -> dict[str, str]:
    """``resolved_by`` label → group (kb, title, coref, context, none); an unlisted label is ``none``."""
    groups = {}
    for row in _rows(RESOLUTION_FILE, 2):
        if row[1] not in GROUPS:
            raise ModelError(f"{RESOLUTION_FILE}: unknown group {row[1]!r} for {row[0]!r}.",
                             f"Use one of {', '.join(GROUPS)}.")
        groups[row[0]] = row[1]
    return groups


def _group(ref: Optional[ActorRef]) -> str:
    if ref is None or not ref.resolved_by:
        return "none"
    return resolution_groups().get(ref.resolved_by, "none")


def _words(text: str) -> int:
    return len(text.split())


def _gap(ev: Event, ref: Optional[ActorRef]) -> float:
    """log(1 + words between the trigger and the actor's mention); far when it is outside the sentence."""
    if ref is None or ref.start is None or ev.trigger_span is None:
        return math.log1p(MAX_GAP_WORDS)
    lo, hi = ev.span
    if not (lo <= ref.start <= hi):
        return math.log1p(MAX_GAP_WORDS)
    end = ref.end if ref.end is not None else ref.start
    # the words after the earlier of the two and before the later one
    a, b = (end, ev.trigger_span[0]) if ref.start < ev.trigger_span[0] else (ev.trigger_span[1], ref.start)
    between = ev.text[max(0, a - lo):max(0, b - lo)]
    return math.log1p(min(MAX_GAP_WORDS, _words(between)))


def _actor_features(prefix: str, ref: Optional[ActorRef]) -> dict[str, float]:
    group = _group(ref)
    out = {f"{prefix}_{g}": float(group == g) for g in GROUPS if g != "none"}
    out[f"{prefix}_no_country"] = float(ref is not None and ref.country is None)
    return out


# feature name → its value for an event; the order is the model file's order
def features(ev: Event) -> dict[str, float]:
    """The model's inputs for one event, as the coder made it (``ev.salience`` is the engine's
    structural score: the trigger's rank, clause depth and subordination)."""
    src, tgt = ev.source, ev.target
    out = {"structural": float(ev.salience)}
    out.update(_actor_features("source", src))
    out["no_target"] = float(tgt is None)
    out.update(_actor_features("target", tgt))
    out["same_country"] = float(tgt is not None and src.country is not None and src.country == tgt.country)
    out["trigger_words"] = float(min(MAX_TRIGGER_WORDS, _words(ev.trigger)) - 1)
    out["statement"] = float(ev.event is None)  # a bare statement has no PLOVER event type
    for quad in (2, 3, 4):  # verbal cooperation (1) is the baseline
        out[f"quad_{quad}"] = float(ev.quad_class == quad)
    out["flagged"] = float(bool(ev.flags))
    out["attributed"] = float(ev.attribution is not None)
    out["sentence_words"] = math.log(max(1, _words(ev.text)))
    out["source_gap"] = _gap(ev, src)
    out["target_gap"] = _gap(ev, tgt) if tgt is not None else 0.0
    out["source_after_trigger"] = float(src.start is not None and ev.trigger_span is not None
                                        and src.start > ev.trigger_span[0])
    return out


def feature_names() -> list[str]:
    """The features in their fixed order (read off a neutral event so the list has one definition)."""
    probe = Event(doc_id="", sentence_index=0, text="", span=(0, 0), source=ActorRef(text=""), target=None,
                  cameo="")
    return list(features(probe))


@dataclass(frozen=True, slots=True)
class Model:
    intercept: float
    weights: dict[str, float]

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights[name] * x for name, x in values.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def model() -> Model:
    """The fitted weights of ``confidence_model.tsv``; every feature of :func:`features` must have one."""
    weights = {}
    for row in _rows(MODEL_FILE, 2):
        try:
            weights[row[0]] = float(row[1])
        except ValueError as exc:
            raise ModelError(f"{MODEL_FILE}: weight {row[1]!r} of {row[0]!r} is not a number.",
                             "Refit with tools/fit_confidence.py.") from exc
    intercept = weights.pop("intercept", None)
    names = feature_names()
    if intercept is None or set(weights) != set(names):
        raise ModelError(f"{MODEL_FILE} does not match the features the coder computes "
                         f"(file: {sorted(weights)}; coder: {sorted(names)}).",
                         "Refit with tools/fit_confidence.py so the file holds an intercept and one weight "
                         "per feature.")
    return Model(intercept, weights)


def calibrated(ev: Event) -> float:
    """The probability that ``ev``'s type, source and target are right (see the module's docstring)."""
    return round(model().probability(features(ev)), 3)


def _rows(name: str, width: int) -> list[list[str]]:
    """A data file's rows after its header: comment lines (#) and blank lines skipped."""
    try:
        text = resources.files("annalyst.events").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ModelError(f"The confidence data file {name} is missing ({exc}).",
                         "Reinstall annalyst; it ships as package data in annalyst/events/data.") from exc
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    rows = [ln.split("\t") for ln in lines[1:]]
    bad = [r for r in rows if len(r) < width]
    if bad:
        raise ModelError(f"{name}: a row has fewer than {width} tab-separated fields: {bad[0]!r}.",
                         "Fix the file (tab-separated, header first).")
    return rows


