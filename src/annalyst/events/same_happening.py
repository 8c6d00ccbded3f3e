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
halted 158 vessels")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from annalyst.events.frames import Candidate
from annalyst.lang import load_bundle
from annalyst.model import ActorRef

NEAR_SENTENCES = 2  # how far back a report of the same kind of act counts without a shared patient
NOMINAL_SENTENCES = 5  # how far back "the strike" may refer to the strike reported before
DEFINITE = load_bundle().words("definite_determiners")
CARRIED = "same-happening"


@dataclass(slots=True)
class Seen:
    sentence: int
    root: str
    agents: list[ActorRef]
    patient_entities: frozenset[str]


def _root(cand: Candidate) -> str:
    return (cand.code or cand.pred.code)[:2]


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


def carried_agents(cand: Candidate, sentence: int, seen: list[Seen]) -> Optional[list[ActorRef]]:
    """The agents ``cand`` takes from an earlier report of its happening, or ``None``."""
    nominal = definite_nominal(cand)
    if not (nominal or agentless(cand)):
        return None
    root = _root(cand)
    entities = {t.entity for t in cand.targets if t.entity}
    near = NOMINAL_SENTENCES if nominal else NEAR_SENTENCES
    for prior in reversed(seen):
        if prior.root != root:
            continue
        if not (entities & prior.patient_entities) and sentence - prior.sentence > near:
            continue
        if any(_own_side(a, cand.targets) for a in prior.agents):
            return None
        return [replace(a, resolved_by=CARRIED) for a in prior.agents]
    return None


def remember(cand: Candidate, sentence: int, seen: list[Seen]) -> None:
    """Keep a candidate whose agents are placed in the text, for later agentless reports."""
    if _placed(cand.sources):
        seen.append(Seen(sentence, _root(cand), list(cand.sources),
                         frozenset(t.entity for t in cand.targets if t.entity)))
