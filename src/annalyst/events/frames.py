"""What the event engine passes between its parts: a predicate (the trigger and its code) and a
candidate (a coded predicate with its actors), and the ranks of the ways a predicate gets its code.

Kept apart from ``coder`` (which finds predicates) and ``structure`` (which finds their actors)
so that neither imports the other's module to build one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from annalyst.model import ActorRef, Attribution

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
