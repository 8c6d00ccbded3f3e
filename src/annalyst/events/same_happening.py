"""The doer of an agentless passive from the article's earlier report of the same happening (issue 15,
AGENTLESS): "Israeli troops on Thursday demolished a second home ... A first home was destroyed on Wednesday
night" (the troops), "Security forces ... detained Tshisekedi ... when he was arrested" (the security forces).

A candidate is *agentless* when its predicate is a passive (the frame names a patient) with no by-phrase or
subject agent and no actor filled its agent.  It takes the agents of the latest earlier candidate of the
same CAMEO root that has a placed agent and either acts on the same entity (anywhere before in the article)
or comes at most ``NEAR_SENTENCES`` sentences before it.  Never the patient's own side (the victims do not
arrest themselves), and never an agent that is itself carried or implied.  The carried actor's
``resolved_by`` says so (``same-happening``).

A *definite event noun* with no doer of its own ("the strike has cut exports", "this attack"; determiners:
the language bundle's ``definite_determiners``) refers back the same way: it names a happening the article
reported before, up to ``NOMINAL_SENTENCES`` sentences back ("40,000 seamen went on strike ... The strike has
halted 158 vessels").

*The same kind of act*: one happening is often told with different verbs ("troops sealed off the building ... he was
arrested", "troops demolished a home ... a first home was destroyed"), so an earlier report counts when its code is
of the same kind as the candidate's: the ``same_kind_*`` classes of codes/data/code_rules.tsv (force, 17-20;
protest, 14), else the same CAMEO root.  Near reports of the same root are preferred to those of another root of
its kind (the same act told again is nearer evidence).

*Within the sentence*: a report no earlier sentence gives a doer to takes the doer of the same act (the same CAMEO
root) told again in its own sentence ("He was shot in his belly and the police claim the policeman who shot him
fired warning shots").

*Abstaining*: no doer is carried from a clash between two sides (either may be the doer), nor when the near reports of that kind (without a shared patient) name two different
doers (which one did it the text does not say); the two reports' clauses name places in different countries (a
change of scene: "in Gaza" ... "in Baghdad"); a report inside quoted speech is no antecedent of one outside it (the speaker's
account, whose "we" and "they" are the speaker's; within one quotation the speaker tells one story); and a report of another root whose placed patient is not the
candidate's is another happening ("the bomber who killed three Israeli women ... the HAMAS radicals were arrested").  The frame records why: ``filled_by["agent"]`` is ``carried from
sentence N`` (1-based, in the document) or ``not carried: ...``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Optional

from annalyst.actors.coref import quoted
from annalyst.events.frames import Candidate
from annalyst.events.structure import VIOLENCE_PLACE_PREPS, place_country
from annalyst.lang import load_bundle, load_ontology
from annalyst.model import ActorRef

NEAR_SENTENCES = 2  # how far back a report of the same kind of act counts without a shared patient
NOMINAL_SENTENCES = 5  # how far back "the strike" may refer to the strike reported before
DEFINITE = load_bundle().words("definite_determiners")
CARRIED = "same-happening"
# the kinds of act whose reports may be one happening (code_rules.tsv ``same_kind_*`` classes)
_ONT = load_ontology()
KINDS = tuple((name, klass) for name, klass in _ONT.classes.items() if name.startswith("same_kind_"))


@dataclass(slots=True)
class Seen:
    sentence: int
    root: str
    agents: list[ActorRef]
    patient_entities: frozenset[str]
    quoted: bool = False
    code_root: str = ""  # its own CAMEO root (``root`` is its kind of act)
    patient_codes: frozenset[str] = frozenset()  # the placed patients' codes
    scene: Optional[str] = None  # the country of the place its clause names
    sides: bool = False  # both sides act on each other (a clash between X and Y): either may be the doer


def _scene(cand: Candidate, index: Any) -> Optional[str]:
    """The country of the place the candidate's clause names ("in Gaza", "near Goma"), if any."""
    tok = cand.pred.token
    if index is None or tok is None:
        return None
    return place_country([tok] + list(tok.ancestors)[:1], index, VIOLENCE_PLACE_PREPS)


def _patient_codes(cand: Candidate) -> frozenset[str]:
    return frozenset(t.code for t in cand.targets if t.code)


def _other_happening(prior: Seen, cand: Candidate) -> bool:
    """Two acts of one kind but different roots, each on its own placed patient ("the bomber who killed three
    Israeli women ... the HAMAS radicals were arrested"): two happenings, not one told twice."""
    mine = _patient_codes(cand)
    return prior.code_root != (cand.code or cand.pred.code)[:2] and bool(mine) and bool(prior.patient_codes) \
        and not mine & prior.patient_codes


def kind_of_act(cand: Candidate) -> str:
    """The candidate's kind of act: its ``same_kind_*`` class, else its CAMEO root."""
    code = cand.code or cand.pred.code
    return next((name for name, klass in KINDS if code in klass), code[:2])


def _placed(refs: list[ActorRef]) -> bool:
    return bool(refs) and all(r.country and r.resolved_by not in ("implied", CARRIED) for r in refs)


def agentless(cand: Candidate) -> bool:
    """A passive whose text names no doer, and no filler found one."""
    frame = cand.frame
    if frame is None or not frame.patient_heads or frame.agent_heads:
        return False
    return not any(_named(s) for s in cand.sources)


def definite_nominal(cand: Candidate) -> bool:
    """An event noun with a definite determiner ("the strike") whose phrase names no doer, and no filler
    found one."""
    pred, frame = cand.pred, cand.frame
    if not pred.nominal or pred.noun is None or frame is None or frame.agent_heads:
        return False
    if any(_named(s) for s in cand.sources):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in pred.noun.children)


def _named(source: ActorRef) -> bool:
    """A source the text places; not the implied police of the article's home state ("he was arrested"), which
    the doer of an earlier report of the same happening beats (nearer evidence)."""
    return bool(source.country or source.code) and source.resolved_by != "implied"


def _own_side(agent: ActorRef, patients: list[ActorRef]) -> bool:
    return any((p.entity and p.entity == agent.entity) or (p.country and p.country == agent.country
                                                          and p.sector == agent.sector) for p in patients)


def carried_agents(cand: Candidate, sentence: int, seen: list[Seen], index: Any = None) -> Optional[list[ActorRef]]:
    """The agents ``cand`` takes from an earlier report of its happening, or ``None`` (the frame's
    ``filled_by["agent"]`` says which sentence gave them, or why none did)."""
    nominal = definite_nominal(cand)
    if not (nominal or agentless(cand)):
        return None
    root = kind_of_act(cand)
    entities = {t.entity for t in cand.targets if t.entity}
    near = NOMINAL_SENTENCES if nominal else NEAR_SENTENCES
    inside = _in_quote(cand)
    eligible = [p for p in reversed(seen)
                if p.root == root and (inside or not p.quoted) and not _other_happening(p, cand)]
    same_patient = next((p for p in eligible if entities & p.patient_entities), None)
    nearby = [p for p in eligible if sentence - p.sentence <= near]
    # the same act told again (the same root) is nearer evidence than another act of its kind
    nearby = [p for p in nearby if p.code_root == (cand.code or cand.pred.code)[:2]] or nearby
    prior = nearby[0] if nearby else same_patient
    if same_patient is not None and (not nearby or same_patient.sentence >= nearby[0].sentence):
        prior = same_patient  # the same entity acted on: that report, even when another is nearer
    elif len({_doer(a) for p in nearby for a in p.agents}) > 1:
        _why(cand, "not carried: two doers (sentences "
                   + ", ".join(str(p.sentence + 1) for p in reversed(nearby)) + ")")
        return None
    if prior is None:
        return None
    if prior.sides:
        _why(cand, f"not carried: both sides of sentence {prior.sentence + 1}'s act may be the doer")
        return None
    if any(_own_side(a, cand.targets) for a in prior.agents):
        _why(cand, f"not carried: the patient's own side (sentence {prior.sentence + 1})")
        return None
    scene = _scene(cand, index)
    if scene and prior.scene and scene != prior.scene:
        _why(cand, f"not carried: another place ({scene}; sentence {prior.sentence + 1}: {prior.scene})")
        return None
    _why(cand, f"carried from sentence {prior.sentence + 1}")
    return [replace(a, resolved_by=CARRIED) for a in prior.agents]


def _in_quote(cand: Candidate) -> bool:
    tok = cand.pred.token
    return tok is not None and quoted(tok.doc, tok)


def _doer(agent: ActorRef) -> str:
    """Who an agent is, to tell two doers apart: its code (two mentions of Israeli troops are one doer), else its
    country."""
    return agent.code or agent.country or ""


def _why(cand: Candidate, reason: str) -> None:
    if cand.frame is not None:
        cand.frame.filled_by["agent"] = reason


def carry(cands: list[Candidate], sentence: int, seen: list[Seen], index: Any = None) -> None:
    """One sentence's pass: its agentless candidates take their carried doers from earlier sentences, then those
    still without one from a report of the same act (the same CAMEO root) in their own sentence ("He was shot in his
    belly and the police claim the policeman who shot him fired"); then its candidates with placed agents are kept
    for the sentences after."""
    for cand in cands:
        _take(cand, carried_agents(cand, sentence, seen, index))
    here: list[Seen] = []
    for cand in cands:
        remember(cand, sentence, here, index)
    for cand in cands:
        if here and cand.sources is not None and not any(s.resolved_by == CARRIED for s in cand.sources):
            root = (cand.code or cand.pred.code)[:2]
            same_act = [p for p in here if p.code_root == root]
            if same_act:
                _take(cand, carried_agents(cand, sentence, same_act, index))
    seen.extend(here)


def _take(cand: Candidate, carried: Optional[list[ActorRef]]) -> None:
    if carried is not None:
        cand.sources = carried
        if cand.frame is not None:
            cand.frame.agent = carried  # the frame shows the agent the event got (``annalyst frames``)


def remember(cand: Candidate, sentence: int, seen: list[Seen], index: Any = None) -> None:
    """Keep a candidate whose agents are placed in the text, for later agentless reports."""
    if _placed(cand.sources):
        seen.append(Seen(sentence, kind_of_act(cand), list(cand.sources),
                         frozenset(t.entity for t in cand.targets if t.entity),
                         _in_quote(cand), (cand.code or cand.pred.code)[:2],
                         _patient_codes(cand), _scene(cand, index), both_sides(cand)))


def both_sides(cand: Candidate) -> bool:
    """A reciprocal act, or one whose agent and patient are the two sides of a clash ("a clash between the Iraqi army
    and Kurdish rebels"): which side did what the text does not say."""
    return cand.reciprocal or (cand.frame is not None and cand.frame.filled_by.get("agent") == "between_sides")
