"""One happening, one event: an adjunct clause that tells again the act it hangs on is folded into it.

"Met U.S. officials on Monday *to discuss* the rice issue", "fired tear gas *to disperse* the miners", "met
Egypt, *discussing* the border": the purpose infinitive or the subjectless participle names what the act was
for or how it was done, not a second (planned) happening.  Which adjunct folds into which act is data: the
``fold`` rows of ``codes/data/code_rules.tsv`` (adjunct kind, the adjunct's code class, a relation named
here), tried in file order, the first that holds deciding.  The relations:

* ``restated_root``: the adjunct's code is the act's, or its root's generic code ("met ... to discuss" is
  the meeting), whatever it names as object (a purpose's object is its topic, no party);
* ``protested``: the act is a protest and the adjunct its content ("gathered to demand his resignation");
* ``same_act``: the adjunct's code is the act's or one refines the other, and it names no doer and no object
  the act does not (different doers or objects are different events); the more specific record stays (the
  adjunct when it names an object the act lacks and is no less asserted), and the act kept takes the
  adjunct's object and finer code.

The folded clause is not lost: it is recorded on the kept candidate (``Candidate.folded``, the event JSON's
``folded``) with the relation that folded it, and a dropped candidate's own folded clauses go with it.
Labels come from the language bundle (``purpose_adverbial``, ``infinitive_aux``, ``infinitive_marker``,
``participle_tags``, ``agent_subj``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from annalyst.errors import ModelError
from annalyst.events.frames import Candidate
from annalyst.lang import load_bundle, load_ontology
from annalyst.lang.ontology import EVERY_CODE
from annalyst.model import Folded

LANG = load_bundle()
ONT = load_ontology()
PURPOSE_ADVERBIAL = LANG.labels("purpose_adverbial")
INFINITIVE_MARK = LANG.labels("infinitive_marker")
AUX_MARK = LANG.labels("infinitive_aux")
PARTICIPLE_TAGS = LANG.labels("participle_tags")
AGENT_SUBJ = LANG.labels("agent_subj")
COORDINATION = LANG.labels("coordination")
CC_LABELS = LANG.labels("coordinator_link")
OBJECT_SLOTS = LANG.labels("object_slots")
VERB_POS = LANG.labels("verb_pos")
CONTRAST = LANG.words("contrast_coordinators")
PRONOUNS = LANG.words("pronouns")
PROTEST = ONT.codes("protest")


def is_purpose(verb: Any) -> bool:
    """An infinitive purpose clause: "to discuss", hung on the act it serves as an adverbial (not an
    object's control clause: "obliges firms with US listings to make declarations" makes the firms act)."""
    return verb.dep_ in PURPOSE_ADVERBIAL and verb.head.i != verb.i \
        and any(c.dep_ in AUX_MARK and c.tag_ in INFINITIVE_MARK for c in verb.children)


def adjunct_kind(cand: Candidate) -> str:
    """The kind of adjunct a candidate's verb is (``purpose``, ``participle``, the ``fold`` rows' adjunct
    names), or '' when it is none: an event noun, or a clause of its own."""
    if cand.pred.nominal:
        return ""
    verb = cand.pred.token
    if is_purpose(verb):
        return "purpose"
    if verb.dep_ in PURPOSE_ADVERBIAL and verb.head.i != verb.i and verb.tag_ in PARTICIPLE_TAGS \
            and not any(c.dep_ in AGENT_SUBJ for c in verb.children):
        return "participle"  # "..., saying it would apply": no subject of its own
    if coordinated_restatement(verb):
        return "coordinated"
    return ""


def coordinated_restatement(verb: Any) -> bool:
    """A verb coordinated with the verb before it that may tell that act again: "expressed support for the attack
    and praised it", "said he had supported the plans ... and he supported them now".  Not when a contrastive
    conjunction joins them ("has said ... but on Wednesday said": ``contrast_coordinators``) or when it has an
    object of its own that is no pronoun ("destroyed a platform ... and also raided a second rig": another
    object, another act); the ``fold`` row's relation then asks for the same act by the same doers on no other
    party, with the same flags."""
    if verb.dep_ not in COORDINATION or verb.head.i == verb.i or verb.pos_ not in VERB_POS \
            or verb.head.pos_ not in VERB_POS:
        return False
    if _joined_by_contrast(verb):
        return False
    return all(c.lower_ in PRONOUNS for c in verb.children if c.dep_ in OBJECT_SLOTS)


def _joined_by_contrast(verb: Any) -> bool:
    """Whether the conjunction nearest before the second conjunct's phrase, or one hung on it, is contrastive; the
    parser may hang it on a word inside the first conjunct ("has said he does not want X [but] on Wednesday said")."""
    between = [t for t in verb.doc[verb.head.i + 1:verb.left_edge.i] if t.dep_ in CC_LABELS]
    own = [c for c in verb.children if c.dep_ in CC_LABELS]
    return any(t.lower_ in CONTRAST for t in between[-1:] + own)


def _code(cand: Candidate) -> str:
    return cand.code or cand.pred.code


def _same_actor(a: Any, b: Any) -> bool:
    if a.entity and a.entity == b.entity:
        return True
    if (a.code or a.country) and (a.code, a.country) == (b.code, b.country):
        return True
    return (a.start, a.end) == (b.start, b.end)


def covered(refs: list[Any], by: list[Any]) -> bool:
    """Whether every actor of ``refs`` is one of ``by`` (an actor the act does not name is another event's)."""
    return all(any(_same_actor(r, b) for b in by) for r in refs)


def _restated_root(adjunct: Candidate, act: Candidate) -> bool:
    code, its = _code(adjunct), _code(act)
    return its[:2] == code[:2] and code in (its, code[:2] + "0")


def _protested(adjunct: Candidate, act: Candidate) -> bool:
    return _code(act) in PROTEST


def _same_act(adjunct: Candidate, act: Candidate) -> bool:
    """The same CAMEO code or one refining the other (not only the same root: "used troops to stop a
    demonstration (170), even arresting him (173)" tells two acts), no doer the act lacks, and no object the
    act lacks (an act with no object takes the adjunct's)."""
    mine, its = _code(adjunct), _code(act)
    if not (mine.startswith(its) or its.startswith(mine)):
        return False
    if not covered(adjunct.sources, act.sources):
        return False
    return not act.targets or covered(adjunct.targets, act.targets)


@dataclass(frozen=True, slots=True)
class Relation:
    """A named relation of ``fold`` rows: its test on (adjunct, act), and whether the two records merge (the
    more specific stays, lending the other its object and finer code) or the act simply stays."""

    holds: Callable[[Candidate, Candidate], bool]
    merges: bool


def _same_act_and_flags(adjunct: Candidate, act: Candidate) -> bool:
    """``_same_act``, told with the same flags: "will meet ... and met" are two happenings."""
    return adjunct.flags == act.flags and _same_act(adjunct, act)


FORCE = ONT.codes("same_kind_force")


def _repressed_by_force(adjunct: Candidate, act: Candidate) -> bool:
    """The act is one of force and the purpose (repression) names no doer it lacks: the force is the repression."""
    return _code(act) in FORCE and covered(adjunct.sources, act.sources)


RELATIONS: dict[str, Relation] = {
    "restated_root": Relation(_restated_root, merges=False),
    "protested": Relation(_protested, merges=False),
    "same_act": Relation(_same_act, merges=True),
    "same_act_and_flags": Relation(_same_act_and_flags, merges=True),
    "repressed_by_force": Relation(_repressed_by_force, merges=True),
}


def check_folds(known: dict[str, Relation]) -> tuple[tuple[str, Optional[Any], str], ...]:
    """The ``fold`` rows as (adjunct kind, code class or None for every code, relation name), each known."""
    rows = []
    for kind, klass, relation in ONT.folds():
        if relation not in known:
            raise ModelError(f"The code rules' fold row for {kind!r} names the unknown relation {relation!r}.",
                             f"Use one of {', '.join(sorted(known))} in the fold rows of codes/data/code_rules.tsv.")
        rows.append((kind, None if klass == EVERY_CODE else ONT.codes(klass), relation))
    return tuple(rows)


FOLD_ROWS = check_folds(RELATIONS)


def _fold_for(adjunct: Candidate, kind: str, acts: list[Candidate]) -> Optional[tuple[Candidate, str]]:
    """The act an adjunct folds into and the relation that folds it: the first ``fold`` row of its kind and
    code class whose relation holds with one of the acts it hangs on."""
    code = _code(adjunct)
    for row_kind, klass, relation in FOLD_ROWS:
        if row_kind != kind or (klass is not None and code not in klass):
            continue
        for act in acts:
            if RELATIONS[relation].holds(adjunct, act):
                return act, relation
    return None


def _more_specific(adjunct: Candidate, act: Candidate) -> bool:
    """Whether the adjunct is the better record of the happening: it names an object the act does not, and
    is no less asserted (a purpose is a plan: the act it serves stays the record, and takes its object)."""
    return bool(adjunct.targets) and not act.targets and adjunct.flags <= act.flags


def record(keep: Candidate, gone: Candidate, relation: str) -> None:
    """``gone`` is evidence of ``keep``: its trigger, code and the relation, then what was folded into it."""
    trig = sorted(gone.pred.trigger, key=lambda t: t.i)
    span = (trig[0].idx, trig[-1].idx + len(trig[-1].text)) if trig else None
    keep.folded.append(Folded(_words(trig), _code(gone), relation, span))
    keep.folded.extend(gone.folded)
    if gone.frame is not None:
        # ``annalyst frames``: why the frame made no event of its own
        gone.frame.filled_by["folded"] = f"{relation} into '{_words(keep.pred.trigger)}'"


def _words(tokens: list[Any]) -> str:
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def fold_clauses(cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates less the adjuncts (and the acts) folded by the ``fold`` rows; each kept
    record carries what was folded into it."""
    at: dict[int, list[Candidate]] = {}
    for cand in cands:
        for tok in (cand.pred.token, cand.pred.noun):
            if tok is not None:
                at.setdefault(tok.i, []).append(cand)
    dropped: set[int] = set()
    for cand in cands:
        kind = "" if id(cand) in dropped else adjunct_kind(cand)
        if not kind:
            continue
        acts = [a for a in at.get(cand.pred.token.head.i, []) if a is not cand and id(a) not in dropped]
        found = _fold_for(cand, kind, acts)
        if found is None:
            continue
        act, relation = found
        if RELATIONS[relation].merges and _more_specific(cand, act):
            dropped.add(id(act))  # "he said, while warning Beijing that ...": the warning names whom
            record(cand, act, relation)
            continue
        dropped.add(id(cand))
        record(act, cand, relation)
        if RELATIONS[relation].merges:
            _lend(cand, act)
    return [c for c in cands if id(c) not in dropped]


def _lend(adjunct: Candidate, act: Candidate) -> None:
    """The act kept takes the adjunct's object when it names none ("fired tear gas to disperse the miners": at
    whom) and its finer code."""
    if not act.targets and adjunct.targets:
        act.targets = adjunct.targets
    if len(_code(adjunct)) > len(_code(act)):
        act.code = _code(adjunct)
