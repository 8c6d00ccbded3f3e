"""Hand-built actor mentions for coder tests (the actor stage is tested in tests/actors)."""

from __future__ import annotations

import re
from typing import Callable

import pytest

from annalyst.model import ActorRef, Document, Event
from annalyst.parse import sentences_of

# phrase -> (country, sector): a tiny gazetteer for the test sentences only
ACTORS = {
    "North Korea": ("PRK", None), "DPRK": ("PRK", "GOV"), "Pyongyang": ("PRK", "GOV"),
    "DPRK government": ("PRK", "GOV"), "DPRK Foreign Ministry": ("PRK", "GOV"),
    "DPRK foreign ministry spokesperson": ("PRK", "GOV"), "DPRK foreign minister": ("PRK", "GOV"),
    "DPRK Foreign Minister Choe Son-hui": ("PRK", "GOV"), "Ri Ji-song": ("PRK", None),
    "Donetsk and Lugansk People’s Republics": ("UKR", None), "DPR": ("UKR", None), "LPR": ("UKR", None),
    "Donetsk": ("UKR", None), "Lugansk": ("UKR", None),
    "US": ("USA", None), "United States": ("USA", None), "NATO": ("IGO", None), "UN": ("UNO", None),
    "UN Human Rights Council": ("UNO", None), "Human Rights Council": ("UNO", None),
    "Ukraine": ("UKR", None), "Ukrainian Foreign Ministry": ("UKR", "GOV"), "Kiev": ("UKR", "GOV"),
    "Ukrainian President Volodymyr Zelenskyy": ("UKR", "GOV"), "Russia": ("RUS", None), "Moscow": ("RUS", "GOV"),
    "Beijing": ("CHN", "GOV"), "China": ("CHN", None), "Russian Federation": ("RUS", None),
    "North Korean special forces": ("PRK", "MIL"), "Ukrainian state": ("UKR", "GOV"),
    "West": ("WST", None), "KCNA": ("PRK", "MED"), "Kim Song": ("PRK", "GOV"),
    "police": (None, "COP"), "protesters": (None, "OPP"), "Israel": ("ISR", None), "Israeli": ("ISR", None),
    "Syria": ("SYR", None), "Italy": ("ITA", None), "Serbia": ("SRB", None), "France": ("FRA", None),
    "Iran": ("IRN", None), "Germany": ("DEU", None), "Japan": ("JPN", None), "Pakistan": ("PAK", None),
    "India": ("IND", None), "Britain": ("GBR", None), "Egypt": ("EGY", None),
}


def resolve_by_table(text: str) -> list[ActorRef]:
    taken: list[tuple[int, int]] = []
    refs: list[ActorRef] = []
    for phrase in sorted(ACTORS, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            country, sector = ACTORS[phrase]
            refs.append(ActorRef(text=phrase, country=country, sector=sector, start=m.start(), end=m.end(),
                                 kind="state" if sector is None else "sector", resolved_by="test-table"))
    return sorted(refs, key=lambda r: r.start)


@pytest.fixture(scope="session")
def make_doc(nlp):
    def _make(text: str, actors: list[ActorRef] | None = None) -> Document:
        doc = Document(doc_id="t", source="<test>", text=text)
        doc.parsed = nlp(text)
        doc.sentences = sentences_of(doc.parsed)
        doc.actors = resolve_by_table(text) if actors is None else actors
        return doc

    return _make


@pytest.fixture(scope="session")
def code(make_doc):
    from annalyst.events import EventStep

    step = EventStep()

    def _code(text: str, actors: list[ActorRef] | None = None):
        return step.process(make_doc(text, actors)).events

    return _code


def codes_of(events, country: str) -> list[str]:
    """The CAMEO codes of the events whose source is ``country``."""
    return [e.cameo for e in events if e.source.country == country]


def protests_of(events) -> list:
    """The protest events (CAMEO 14x) among ``events``."""
    return [e for e in events if e.cameo.startswith("14")]


def _side(actor: ActorRef | None, attribute: str):
    """An attribute of an event's source or target, None where the event has no such side."""
    return getattr(actor, attribute) if actor is not None else None


# The named projections of one coded event that the exact-set coder tests compare.  A test file names the
# fields it compares (and in which order its expected tuples list them), so a reader sees at a glance what
# each expected tuple holds.
FIELDS: dict[str, Callable[[Event], object]] = {
    "trigger": lambda e: e.trigger,
    "cameo": lambda e: e.cameo,
    "source": lambda e: _side(e.source, "code"),  # the actor code, e.g. "USAGOV"
    "source_country": lambda e: _side(e.source, "country"),
    "source_sector": lambda e: _side(e.source, "sector"),
    "source_text": lambda e: _side(e.source, "text"),
    "source_resolver": lambda e: _side(e.source, "resolved_by") or "",  # "" where nothing names the resolver
    "target": lambda e: _side(e.target, "code"),
    "target_text": lambda e: _side(e.target, "text"),
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
