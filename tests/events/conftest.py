"""Hand-built actor mentions for coder tests (the actor stage is tested in tests/actors)."""

from __future__ import annotations

import re

import pytest

from annalyst.model import ActorRef, Document
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



def who(actor) -> str | None:
    """How an exact event set names an actor: its code, else its country, else its sector; an actor the test
    table leaves unresolved (one the coder made from the parse) by its words; ``None`` for no actor."""
    if actor is None:
        return None
    return actor.code or actor.country or actor.sector or actor.text or None


def _sort_key(row: tuple) -> tuple:
    return tuple("" if v is None else str(v) for v in row)


def triples(events) -> list[tuple]:
    """The exact event set of a coder output as sorted ``(source, target, cameo)`` rows (``who`` names the
    actors), so that a test states in one line what must appear and, by leaving it out, what must not."""
    return sorted(((who(e.source), who(e.target), e.cameo) for e in events), key=_sort_key)


def triples_with(events, field) -> list[tuple]:
    """``triples`` with one more column: an Event attribute named by ``field`` (a list such as ``flags``
    becomes a sorted tuple) or ``field(event)`` where it is a function, for tests about flags or attribution."""
    def value(e):
        v = field(e) if callable(field) else getattr(e, field)
        return tuple(sorted(v)) if isinstance(v, list) else v

    return sorted(((who(e.source), who(e.target), e.cameo, value(e)) for e in events), key=_sort_key)
