"""Wire datelines: the place (and often the date and agency) a story was filed from.

The shapes, by their general form rather than a list of cities:

* ``PLACE[, Region[, Region]][, Month Day[, Year]] [(Agency)] <dash>``: "JAKARTA, March 2 - ",
  "NORWICH, N.Y., March 2 - ", "PYONGYANG, July 14, 2022 -- ", "NAIROBI, Kenya (AP) _ ",
  "MANILA (AFP) - ", "WASHINGTON (Reuters) - ", "KYIV, Ukraine (AP) — "; the dash is ``-``,
  ``--``, ``–``, ``—`` or AP's old ``_``;
* ``PLACE[, Region][ (Agency)]:`` — "GAZA CITY: ", "RAWALPINDI: " (AFP, Pakistani and Gulf
  papers).

The place is upper case (a title-case place, "Pyongyang, July 14 (KCNA) - ", needs an agency or a
comma and a date: "In March 2 - 3 people died" is a sentence).  A dash dateline needs something after its place (a region, a date or an agency):
"NATO - the alliance said" is a headline.  A colon dateline with nothing after its place must
open a lead sentence (a capital and at least ``MIN_LEAD_WORDS`` words on its line), and no
dateline's place is a wire slug or label ("UPDATE:", "EXCLUSIVE -": ``data/dateline_headers.txt``).
The day part is checked against the month names of ``annalyst/dates/data/calendar.tsv``.

A story whose line breaks were lost (a corpus that stores each story as one line) runs its dateline on
after the headline and byline: ``... shot dead Giordano Stolley DURBAN, March 6 (ANA) - Just days
...``.  ``story_datelines`` reads that shape too (``_RUN_ON``: an upper-case place, an optional region
and date, and always an agency in brackets before the dash, the shape no sentence takes), in the
story's opening and only where no dateline opens a line; such a dateline is ``run_on``.  It is the one
reading every stage uses (``docs/datelines.md``): the actor stage drops its tokens and reads its state
as the story's home only where the story's own places agree (a wire bureau's city), the event stage
keeps it out of subjects, the date stage out of event dates, the geo stage places by it.

A dateline says where the reporter filed from, not who acted: later stages keep it in the text,
its date sets the story's reference date (``annalyst.dates``), and its place is no actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

# A colon dateline with no region, date or agency opens a sentence of at least this many words
# ("RAWALPINDI: Pakistan's army chief said on Monday ..."), not a short headline ("NATO: A warning").
MIN_LEAD_WORDS = 6

_SPACE = r"[ \t\u00a0]"
_UPPER_WORD = r"[A-Z][A-Z.'\-]+"
_TITLE_WORD = r"[A-Z][a-z.'\-]+"
_DAY_PART = (r"(?:(?P<m1>[A-Za-z]{3,9})\.?" + _SPACE + r"+\d{1,2}(?:st|nd|rd|th)?"
             r"|\d{1,2}" + _SPACE + r"+(?P<m2>[A-Za-z]{3,9})\.?)(?:,?" + _SPACE + r"+\d{4})?")
# "By Jill Lawless | LONDON (AP) —": a web page's byline on the dateline's line, before the place
_BYLINE = r"(?:By[ ][^|\n]{2,80}?[ ]?\|" + _SPACE + r"*)?"
_DATELINE = re.compile(
    rf"""(?mx)
    ^{_SPACE}*{_BYLINE}
    (?P<place>{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,3}}|{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,2}})
    (?P<region>(?:{_SPACE}?,{_SPACE}*[A-Z][A-Za-z.'\-]*(?:[ ][A-Z][A-Za-z.'\-]*){{0,2}}\.?){{0,2}})
    (?:{_SPACE}?,?{_SPACE}+(?P<date>{_DAY_PART}),?)?
    (?:{_SPACE}*\((?P<agency>[A-Z][A-Za-z .&-]{{0,30}})\))?
    (?P<sep>{_SPACE}*(?:--|[-\u2013\u2014_])(?:{_SPACE}+|{_SPACE}*(?=\n))|:{_SPACE}+)
    """
)
# The story's own dateline is looked for in its first this many characters (a headline and a
# standfirst may come before it)
LEAD_WITHIN = 600


@dataclass(frozen=True, slots=True)
class Dateline:
    """One dateline: ``text[span[0]:span[1]]`` is the whole of it, separator and space included."""

    place: str
    region: Optional[str]  # "Kenya", "N.Y.", "N.Y., U.S." (the parts after the place, comma-joined)
    date_text: Optional[str]  # "July 14, 2022", "March 2" as written
    agency: Optional[str]  # "AP", "Reuters"
    span: tuple[int, int]
    run_on: bool = False  # run on after the headline, not opening a line (``_RUN_ON``)


@lru_cache(maxsize=1)
def _headers() -> frozenset[str]:
    text = resources.files("annalyst.clean").joinpath("data/dateline_headers.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    from annalyst.dates.lexicon import months  # imported late: annalyst.dates imports this module

    return frozenset(months())


def _is_header(place: str) -> bool:
    """The place is a header or opens with one ("UPDATE 2"): one set look-up per leading run of its
    words (joined by single spaces, as ``_DATELINE`` matches them), not one prefix test per header."""
    headers = _headers()
    words = place.split(" ")
    return any(" ".join(words[:k]) in headers for k in range(1, len(words) + 1))


def _opens_lead(text: str, at: int) -> bool:
    """A lead sentence starts at ``at`` (after white space, a blank line included): a capital, digit
    or opening quote, and at least ``MIN_LEAD_WORDS`` words on its line."""
    start = len(text) - len(text[at:].lstrip())
    line_end = text.find("\n", start)
    lead = text[start: line_end if line_end >= 0 else len(text)]
    return bool(re.match(r"[\"'\u201c\u2018]?[A-Z0-9]", lead)) and len(lead.split()) >= MIN_LEAD_WORDS


def _accept(m: re.Match, text: str, lead: bool = False) -> Optional[Dateline]:
    """The dateline ``m`` matched, or ``None``.  ``lead``: ``m`` may be the story's own dateline
    (the first in its opening ``LEAD_WITHIN`` characters), where a bare upper-case place and a
    dash opening the lead sentence is one ("MADRID — Rafael Nadal kept Spain's hopes alive")."""
    place = m.group("place")
    region = ", ".join(p.strip() for p in m.group("region").split(",") if p.strip()) or None
    date, agency = m.group("date"), m.group("agency")
    if date and (m.group("m1") or m.group("m2")).lower() not in _month_words():
        return None  # "SMITH, Jones 5 -": no month, no date
    if _is_header(place):
        return None
    upper = place.isupper()
    if not upper and not (agency or (date and "," in text[m.end("place"):m.start("date")])):
        return None  # "In March 2 - 3 died": a title-case place needs an agency or ", <date>"
    if not (region or date or agency):
        if not upper or not _opens_lead(text, m.end()):
            return None  # "NATO: A warning", "NATO - the alliance said": a headline, not a filing place
        if m.group("sep").strip() != ":" and not lead:
            return None  # a bare "PLACE -" further down is a digest item's: the geo stage reads those
    if m.group("sep").strip() == ":" and not upper:
        return None
    return Dateline(place=place, region=region, date_text=date, agency=agency.strip() if agency else None,
                    span=(m.start("place"), m.end()))


def datelines(text: str) -> list[Dateline]:
    """Every dateline that opens a line of ``text``, in text order."""
    out: list[Dateline] = []
    for m in _DATELINE.finditer(text):
        found = _accept(m, text, lead=not out and m.start() <= LEAD_WITHIN)
        if found is not None:
            out.append(found)
    return out


def parse_dateline(text: str, within: int = LEAD_WITHIN) -> Optional[Dateline]:
    """The story's dateline: the first one opening a line in the first ``within`` characters
    (a headline and a standfirst may come before it), else ``None``."""
    for m in _DATELINE.finditer(text, 0, len(text)):
        if m.start() > within:
            break
        found = _accept(m, text, lead=True)
        if found is not None:
            return found
    return None


# a lower-cased corpus's colon dateline ("lucknow: ", "new delhi: ", "ahmedabad/vadodara: "): one to three
# lower-case words, or places joined by "/", opening a line.  Only a candidate: nothing in its shape tells a
# place from "note: " or "related stories: ", so the actor stage keeps it only where its first words name a
# known place (``annalyst.actors.resolver``, lower-cased documents only)
_LOWER_DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>[a-z][a-z.'\-]+(?:[ /][a-z][a-z.'\-]+){0,3})[ \t]*:[ \t]+")


def lower_case_dateline_candidates(text: str, within: int = LEAD_WITHIN) -> list[tuple[int, int]]:
    """Character spans (place to separator) of the line-opening "place: " shapes in the first ``within``
    characters of a lower-cased text: candidates for its dateline, for a caller who can tell a place."""
    return [(m.start("place"), m.end()) for m in _LOWER_DATELINE.finditer(text, 0, min(len(text), within))]


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the story's datelines (``story_datelines``)."""
    return [d.span for d in story_datelines(text)]


# A wire dateline run on after the headline and byline in text whose line breaks were lost ("... shot dead
# Giordano Stolley DURBAN, March 6 (ANA) - Just days before ...", "By ROD McGUIRK CANBERRA, Australia (AP) —
# Police in ...", "... Mayor's Office SKOPJE, April 20 (Sputnik) – ...", "... BANJA LUKA, Bosnia-Herzegovina (AP) —
# ..."): an upper-case place, an optional region (its words may be hyphenated) and date, and always an agency in
# brackets before the dash.  An upper-case byline may run into the place
# ("ROD McGUIRK" is not all capitals; "JANE DOE CANBERRA" is): the span then holds it too, which is no actor
# either; the geo stage finds the place among its last words.
_RUN_ON = re.compile(
    r"(?<=[\s.:|])(?P<place>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3})"
    r"(?P<region>, [A-Z][A-Za-z.\-]+(?: [A-Z][A-Za-z.\-]+){0,2})?"
    r"(?:,? (?P<date>(?P<month>[A-Z][a-z]{2,8})\.? \d{1,2}(?:, \d{4})?),?)?"
    r" ?\((?P<agency>[A-Z][A-Za-z .&-]{0,30})\) ?(?:--|[-\u2013\u2014_])[ \t]*")


def run_on_dateline(text: str, within: int = LEAD_WITHIN) -> Optional[Dateline]:
    """The first dateline of the ``_RUN_ON`` shape in the first ``within`` characters, whatever opens
    lines (``story_datelines`` asks only where none does), else ``None``."""
    for m in _RUN_ON.finditer(text, 0, min(len(text), within)):
        if _is_header(m.group("place")):
            continue
        if m.group("date") and m.group("month").lower() not in _month_words():
            continue
        region = (m.group("region") or "").strip(", ") or None
        return Dateline(place=m.group("place"), region=region, date_text=m.group("date"),
                        agency=m.group("agency").strip(), span=(m.start("place"), m.end()), run_on=True)
    return None


@lru_cache(maxsize=16)
def _story_datelines(text: str) -> tuple[Dateline, ...]:
    found = datelines(text)
    if found:
        return tuple(found)
    run_on = run_on_dateline(text)
    return (run_on,) if run_on is not None else ()


def story_datelines(text: str) -> list[Dateline]:
    """The story's datelines, the one reading of every stage: each dateline that opens a line
    (``datelines``), else the one run on after its headline (``run_on_dateline``).  Read once per
    text: the actor, event, date and geo stages all ask for the same document's."""
    return list(_story_datelines(text))
