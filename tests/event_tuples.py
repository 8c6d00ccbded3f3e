"""Exact-set coder tests: code a text through the whole pipeline and compare its events as tuples of named
fields.  Shared by the tests of every stage that reads the coded events (tests/events, tests/actors, tests/dates):
each test file names the fields it compares, so a reader sees what its expected tuples hold."""

from __future__ import annotations

from typing import Callable

from annalyst.model import ActorRef, Event


def _side(actor: ActorRef | None, attribute: str):
    """An attribute of an event's source or target, None where the event has no such side."""
    return getattr(actor, attribute) if actor is not None else None


# The named projections of one coded event; a side the event lacks (no target) projects to None.
FIELDS: dict[str, Callable[[Event], object]] = {
    "trigger": lambda e: e.trigger,
    "cameo": lambda e: e.cameo,
    "source": lambda e: _side(e.source, "code"),  # the actor code, e.g. "USAGOV"
    "source_country": lambda e: _side(e.source, "country"),
    "source_sector": lambda e: _side(e.source, "sector"),
    "source_text": lambda e: _side(e.source, "text"),
    "source_resolver": lambda e: _side(e.source, "resolved_by"),  # how the source was found ("kb-phrase", "coref")
    "target": lambda e: _side(e.target, "code"),
    "target_text": lambda e: _side(e.target, "text"),
    "date": lambda e: e.date.isoformat() if e.date else None,  # the event's own day, ISO
    "flags": lambda e: tuple(e.flags),  # in the order the coder set them
    "sorted_flags": lambda e: tuple(sorted(e.flags)),  # order-free
}


def coded(text: str, published, fields: tuple[str, ...]) -> set[tuple]:
    """Code ``text`` through the whole pipeline (``annalyst.api.code_text``, story date ``published``) and
    return its events as a set of tuples of the named ``fields`` (keys of ``FIELDS``), for tests that assert
    the exact set of events a text must give."""
    from annalyst.api import code_text

    unknown = [f for f in fields if f not in FIELDS]
    assert not unknown, f"no such event field {unknown}; known: {sorted(FIELDS)}"
    project = [FIELDS[f] for f in fields]
    return {tuple(p(e) for p in project) for e in code_text(text, published=published).events}
