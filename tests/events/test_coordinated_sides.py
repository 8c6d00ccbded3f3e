"""Members of a coordinated subject or object that resolve to the same actor code are one side of one act
(issue 14 point 4, issue 21; ``events.coder.one_per_side``): one event, not one per member. Members of
different codes keep one event each (judged-1: a compound actor split per actor is no duplicate).

Each case asserts the exact event set: (trigger, CAMEO code, source code, source words, target code)."""

from __future__ import annotations

import re

import pytest

from annalyst.model import ActorRef


def _refs(text: str, table: dict[str, str | None]) -> list[ActorRef]:
    """Actor mentions for ``text`` from ``phrase -> actor code`` (country and sector read off the code)."""
    refs = []
    for phrase, code in table.items():
        m = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)
        assert m is not None, phrase
        country = code[:3] if code else "USA"
        sector = (code[3:] or None) if code else "GOV"
        by = "place" if phrase in PLACES else "test-table"
        refs.append(ActorRef(text=phrase, country=country, sector=sector, code=code, start=m.start(),
                             end=m.end(), kind="sector" if sector else "state", resolved_by=by))
    return sorted(refs, key=lambda r: r.start)


# towns coded by their country's people (actors/kb.py alias type "place")
PLACES = {"Manchester", "Liverpool"}

CASES = [
    # a leader and his government: one side, one resignation (the first mention's words)
    ("The prime minister and his government resigned on Friday.",
     {"prime minister": "FINGOV", "government": "FINGOV"},
     {("resigned", "0831", "FINGOV", "prime minister", "FINGOV")}),
    # different countries in one subject: one event per actor
    ("Russia and China vetoed the resolution on Friday.",
     {"Russia": "RUS", "China": "CHN"},
     {("vetoed", "129", "RUS", "Russia", None), ("vetoed", "129", "CHN", "China", None)}),
    # one side, two different targets: one event per target, not one per source member and target
    ("The president and his ministers condemned Iran and Iraq on Friday.",
     {"president": "USAGOV", "ministers": "USAGOV", "Iran": "IRN", "Iraq": "IRQ"},
     {("condemned", "111", "USAGOV", "president", "IRN"), ("condemned", "111", "USAGOV", "president", "IRQ")}),
    # a coordinated object of one code: one target side
    ("Russia condemned the president and his ministers on Friday.",
     {"Russia": "RUS", "president": "USAGOV", "ministers": "USAGOV"},
     {("condemned", "111", "RUS", "Russia", "USAGOV")}),
    # mentions with no actor code are only themselves: never merged into one side
    ("The president and his ministers condemned Iran on Friday.",
     {"president": None, "ministers": None, "Iran": "IRN"},
     {("condemned", "111", None, "president", "IRN"), ("condemned", "111", None, "ministers", "IRN")}),
]


@pytest.mark.parametrize("text,table,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_coordinated_sides_exact_events(code, text, table, expected):
    events = code(text, _refs(text, table))
    got = {(e.trigger, e.cameo, e.source.code, e.source.text, e.target.code if e.target else None)
           for e in events}
    assert got == expected


def test_towns_of_one_country_stay_one_event_each(code):
    """Towns coded by their country's people are different places, so different happenings."""
    text = "Russia condemned Manchester and Liverpool on Friday."
    events = code(text, _refs(text, {"Russia": "RUS", "Manchester": "GBRCVL", "Liverpool": "GBRCVL"}))
    got = sorted((e.trigger, e.cameo, e.source.code, e.target.code, e.target.text) for e in events)
    assert got == [("condemned", "111", "RUS", "GBRCVL", "Liverpool"),
                   ("condemned", "111", "RUS", "GBRCVL", "Manchester")]
