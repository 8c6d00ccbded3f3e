"""What the event engine passes between its parts: a predicate (the trigger and its code), its frame
(who does what to whom, where, when, how sure: the predicate's roles read once from the parse), and a
candidate (a coded predicate with its actors), and the ranks of the ways a predicate gets its code.

Kept apart from ``coder`` (which finds predicates) and ``structure`` (which finds their actors)
so that neither imports the other's module to build one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from annalyst.model import ActorRef, Attribution, Folded

# relative strengths of the ways a predicate gets its code (higher wins)
RANK_CORE_PATTERN = 300
RANK_LIGHT_NOUN = 250
RANK_PETRARCH_PATTERN = 100
RANK_CORE_VERB = 60
RANK_PETRARCH_VERB = 10
RANK_CORE_MIN = RANK_CORE_VERB  # the hand-written lexicon's weakest rank


@dataclass(slots=True)
class Predicate:
    token: Any  # spaCy Token: the verb (or event noun)
    code: str
    trigger: list[Any]  # tokens that carry the event
    rank: int
    nominal: bool = False
    noun: Any = None  # the event noun of a light-verb or nominal predicate


@dataclass(slots=True)
class Candidate:
    """One coded predicate with its actors before it becomes Events."""

    pred: Predicate
    sources: list[ActorRef]
    targets: list[ActorRef]
    flags: set[str] = field(default_factory=set)
    attribution: Optional[Attribution] = None
    code: str = ""
    confidence: float = 0.5
    reciprocal: bool = False  # coordinated sources act on each other ("X and Y agreed")
    killed: Optional[int] = None  # people the act killed, from its folded consequences (happenings.py)
    injured: Optional[int] = None
    folded: list[Folded] = field(default_factory=list)  # adjunct clauses folded into it (events/folds.py)
    frame: Optional["Frame"] = None  # the predicate's frame (None for an event read from content: blame, demand)


@dataclass(slots=True)
class Frame:
    """One predicate's roles, read once from its parse (``structure.build_frame``), and filled with
    actors by the role engine (``structure.fill_role``; which fillers may fill a role for a code class,
    in what order, is data: ``role`` rows of ``codes/data/code_rules.tsv``).  docs/events.md "Frames".

    The role words are parse tokens found by the language bundle's label classes (``lang/en/labels.tsv``):
    ``agent_heads`` name who acts (subject, passive by-agent, an event noun's possessor), ``patient_heads``
    whom a passive (or a victim verb's subject) names; ``speech`` is the reporting verb whose clause
    reports the predicate, ``speaker`` its actors.  ``agent`` and ``target`` are the actors the engine
    settles on; ``filled_by`` says which filler gave each (why an event has its actors)."""

    pred: Predicate
    agent_heads: list[Any] = field(default_factory=list)
    patient_heads: list[Any] = field(default_factory=list)
    speech: Any = None
    speaker: list[ActorRef] = field(default_factory=list)
    agent: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    modality: set[str] = field(default_factory=set)
    mood: str = ""
    filled_by: dict[str, str] = field(default_factory=dict)  # role -> the filler that last set it
    agents: frozenset[str] = frozenset()  # the lexicon's agent nouns ("police", "protesters")
    arrival: Any = None  # ``structure.Arrival`` when the predicate reports forces arriving
    yielded: bool = False  # the agent is the passive's yielding party ("guerrillas were demobilized")
