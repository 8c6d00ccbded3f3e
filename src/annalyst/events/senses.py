"""Senses chosen by their arguments: a lexicon ``sense`` row (``lang/en/lexicon.tsv``) gives a verb
(with a particle, or any) the code its argument calls for: "called off a ceasefire" ends the
ceasefire (the object's head is of the ``@truce`` set), it does not declare one; "warned Beijing that
WTO membership was crucial" states a view (the content clause is about another party, unconditioned),
it threatens no one.  docs/events.md "Senses by argument".

An argument class is a lexicon ``@set`` (the role's head word must be in it) or a named test below.
A sense refines the verb's own reading only: it applies while the event's code is still of the root
the lexicon gave the verb (a code another rule assigned stays)."""

from __future__ import annotations

from typing import Any, Callable, Optional

from annalyst.errors import ModelError
from annalyst.events import structure as st
from annalyst.events.frames import Candidate
from annalyst.events.happenings import about_another_party, in_class
from annalyst.events.lexicon import Lexicon, Sense

PARTICLE = st.LANG.labels("particle")

# named argument tests: (candidate) -> whether its argument is of the class
ARGUMENT_TESTS: dict[str, Callable[[Candidate], bool]] = {
    "other_party": about_another_party,
}
ROLES = ("object", "content")


def _role_head(cand: Candidate) -> Optional[Any]:
    """The object the verb acts on: a light verb's event noun ("called off a ceasefire"), else its object."""
    pred = cand.pred
    return pred.noun if pred.noun is not None and pred.noun is not pred.token else st.object_noun(pred.token)


def _argument_is(cand: Candidate, sense: Sense, lex: Lexicon) -> bool:
    if sense.arg_class.startswith("@"):
        head = _role_head(cand) if sense.role == "object" else None
        words = lex.sets.get(sense.arg_class, frozenset())
        return head is not None and (head.lemma_.lower() in words or head.lower_ in words)
    return ARGUMENT_TESTS[sense.arg_class](cand)


def _senses_of(tok: Any, lex: Lexicon) -> tuple[Sense, ...]:
    for lemma in lex.senses:
        if in_class(tok, frozenset((lemma,))):
            return lex.senses[lemma]
    return ()


def check_senses(lex: Lexicon) -> None:
    """Every sense row names a known role and argument class (a bad row stops the coder at start-up)."""
    for lemma, senses in lex.senses.items():
        for sense in senses:
            known = sense.arg_class in ARGUMENT_TESTS or (sense.arg_class.startswith("@") and sense.arg_class in lex.sets)
            if sense.role not in ROLES or not known:
                raise ModelError(f"The lexicon's sense row for {lemma!r} names role {sense.role!r} and argument class "
                                 f"{sense.arg_class!r}; roles are {', '.join(ROLES)}, classes a lexicon @set or one of "
                                 f"{', '.join(sorted(ARGUMENT_TESTS))}.",
                                 "Correct the sense row in lang/en/lexicon.tsv (or your verbs dictionary).")


def choose_senses(cands: list[Candidate], lex: Lexicon) -> None:
    """Re-code in place each verb candidate whose argument selects another sense of its verb."""
    if not lex.senses:
        return
    for cand in cands:
        pred = cand.pred
        if pred.nominal:
            continue
        code = cand.code or pred.code
        if code[:2] != pred.code[:2]:
            continue  # another rule re-coded it (an intent, a demand): not the verb's own reading
        tok = pred.token
        for sense in _senses_of(tok, lex):
            if sense.particle and not any(c.dep_ in PARTICLE and c.lower_ == sense.particle for c in tok.children):
                continue
            if _argument_is(cand, sense, lex):
                cand.code = sense.code
                if cand.frame is not None:  # why the event has this code (``annalyst frames``)
                    cand.frame.filled_by["sense"] = \
                        f"{sense.particle or '-'} {sense.role} {sense.arg_class} -> {sense.code}"
                break
