"""Vetoes as data: the ``veto`` rows of ``codes/data/code_rules.tsv`` say which named test makes a
candidate of which code class no event, at which stage (docs/events.md "Not events"):

* ``frame``: before the frame's actors are filled (``structure.build_candidate``): ``natural_cause``;
* ``sentence``: once the sentence's candidates are coded (``EventCoder.code_sentence``):
  ``accident_context``, ``name_part``, ``aggregate_tally``, ``commentary``, ``motive``,
  ``abstract_patient``, ``business_patient``, ``reported_figure``, ``habitual``, ``standing_framework``,
  ``unsaid``, ``wished``, ``speculated_existence``, ``argued_consequence``, ``unasserted_purpose``,
  ``pressed_content``, ``copular_mention``, ``weighed_mention``, ``standing_state``,
  ``possible_content``, ``possible_only``, ``named_saying``, ``press_question``, ``question_put``,
  ``negated_act``, ``desired_only``, ``recommended_only``, ``electoral_act``, ``speaking_occasion``, ``causal_link``.

The tests are the mechanisms of ``events.accidents``, ``events.nonevents`` and ``events.unasserted`` (their words are word
classes of the language bundle); this module only maps the rows' names to them and applies the rows in
file order.  A row naming an unknown test stops the coder at start-up."""

from __future__ import annotations

from typing import Any, Callable

from annalyst.errors import ModelError
from annalyst.events import structure as st
from annalyst.events.accidents import accidental_harm
from annalyst.events.frames import Candidate
from annalyst.events.nonevents import (abstract_patient, aggregate_tally, argued_consequence, business_patient,
                                       commentary, copular_mention, electoral_act, habitual, possible_content,
                                       standing_state, motive, name_part, reported_figure, speaking_occasion, causal_link,
                                       speculated_existence, standing_framework,
                                       unsaid, wished, named_saying, press_question, question_put, weighed_mention)
from annalyst.events.unasserted import (desired_only, negated_act, possible_only, pressed_content, recommended_only,
                                        unasserted_purpose)
from annalyst.lang.ontology import EVERY_CODE


def _candidate_only(test: Callable[[Candidate], bool]) -> Callable[[Candidate, Any, "st.ActorIndex"], bool]:
    """A test that reads the candidate alone, in the sentence stage's signature."""
    return lambda cand, sent, index: test(cand)


# sentence-stage tests: (candidate, sentence, actor index) -> whether the candidate is no event
SENTENCE_TESTS: dict[str, Callable[[Candidate, Any, "st.ActorIndex"], bool]] = {
    "accident_context": accidental_harm,
    "name_part": _candidate_only(name_part),
    "aggregate_tally": _candidate_only(aggregate_tally),
    "commentary": _candidate_only(commentary),
    "motive": _candidate_only(motive),
    "abstract_patient": _candidate_only(abstract_patient),
    "business_patient": _candidate_only(business_patient),
    "reported_figure": _candidate_only(reported_figure),
    "habitual": _candidate_only(habitual),
    "standing_framework": _candidate_only(standing_framework),
    "unsaid": _candidate_only(unsaid),
    "wished": _candidate_only(wished),
    "speculated_existence": _candidate_only(speculated_existence),
    "argued_consequence": _candidate_only(argued_consequence),
    "unasserted_purpose": _candidate_only(unasserted_purpose),
    "pressed_content": _candidate_only(pressed_content),
    "copular_mention": _candidate_only(copular_mention),
    "weighed_mention": _candidate_only(weighed_mention),
    "standing_state": _candidate_only(standing_state),
    "possible_content": _candidate_only(possible_content),
    "possible_only": _candidate_only(possible_only),
    "recommended_only": _candidate_only(recommended_only),
    "named_saying": _candidate_only(named_saying),
    "press_question": _candidate_only(press_question),
    "question_put": _candidate_only(question_put),
    "negated_act": _candidate_only(negated_act),
    "desired_only": _candidate_only(desired_only),
    "electoral_act": _candidate_only(electoral_act),
    "speaking_occasion": _candidate_only(speaking_occasion),
    "causal_link": _candidate_only(causal_link),
}


def check_vetoes(stage: str, known: dict[str, Any]) -> tuple[tuple[Any, str], ...]:
    """The stage's veto rows as (code class or None for every code, test name), each test known."""
    rows = []
    for klass, test in st.ONT.vetoes(stage):
        if test not in known:
            raise ModelError(f"The code rules' veto row for stage {stage!r} names the unknown test {test!r}.",
                             f"Use one of {', '.join(sorted(known))} in the veto rows of codes/data/code_rules.tsv.")
        rows.append((None if klass == EVERY_CODE else st.ONT.codes(klass), test))
    return tuple(rows)


SENTENCE_VETOES = check_vetoes("sentence", SENTENCE_TESTS)


def vetoed(cand: Candidate, sent: Any, index: "st.ActorIndex") -> str:
    """The name of the first sentence-stage veto that makes the candidate no event ('' when none)."""
    code = cand.code or cand.pred.code
    for klass, test in SENTENCE_VETOES:
        if (klass is None or code in klass) and SENTENCE_TESTS[test](cand, sent, index):
            return test
    return ""


def drop_vetoed(cands: list[Candidate], sent: Any, index: "st.ActorIndex") -> list[Candidate]:
    """The sentence's candidates less the vetoed ones; each dropped frame names its veto
    (``annalyst frames``: ``filled_by["veto"]``)."""
    kept = []
    for cand in cands:
        why = vetoed(cand, sent, index)
        if not why:
            kept.append(cand)
        elif cand.frame is not None:
            cand.frame.filled_by["veto"] = why
    return kept
