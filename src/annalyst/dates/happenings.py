"""Happenings named again: the date of one mention of a happening dates the others.

A story often names its happening more than once, with the day only once: "Two soldiers were
killed in a clash ..., a statement said on Tuesday.  One PKK member was also killed in the
shootout on Monday night" (the clash was Monday's); "denouncing the murder of a militant and his
family on Wednesday ... They killed even children" (Wednesday's).  This module finds the *dated
mentions* of happenings (a day-precise date hanging on a noun or verb of a happening family in
``data/happenings.tsv``, or following a happening noun that a participle or infinitive takes as
its object: "denouncing the murder ... on Wednesday") and, for an event the text gives no date of
its own, the mention of the same family it refers to: the nearest one before it, else the nearest
definite one after it ("the shootout").  Mentions marked as another happening ("another attack",
"a similar blast") are no such referent, and an event so marked, or named by a bare plural ("South
African attacks"), takes none.

It only reads the parse and the date stage's resolved dates; it changes no frame or event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Optional

import numpy as np
from spacy.attrs import POS
from spacy.symbols import NOUN, VERB

from annalyst.dates.lexicon import data_rows
from annalyst.lang.bundle import load_bundle

_LANG = load_bundle()
# Labels by which a date hangs directly on the word it dates ("Monday's attack", "attacked Monday";
# "the attack on Monday" goes through its preposition).
_DIRECT_DEPS = _LANG.labels("date_on_word")
# Untensed verb forms: a participle or infinitive clause has no time of its own, so a date after its
# happening object is that happening's ("denouncing the murder ... on Wednesday").
_UNTENSED_TAGS = _LANG.labels("untensed_verb_tags")
# A verb's subject and object: a happening noun there names the verb's happening ("The accord was signed").
_ARGUMENT_DEPS = _LANG.labels("happening_argument")


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for row in data_rows("happenings.tsv"):
        word, kind, value = (row + ["", ""])[:3]
        table.setdefault(kind, {})[word] = value
    return table


def family_of(token: Any) -> Optional[str]:
    """The happening family a noun or verb names ("shootout" -> violence), else None."""
    if token.pos_ not in ("NOUN", "VERB"):
        return None
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in _table().get("noun_happening", {}):
        return _table()["noun_happening"][lemma]  # "Trump's call with Zelenskiy"; the verb "called on" is none
    return _table().get("happening", {}).get(lemma)


_FAMILY_POS = (NOUN, VERB)  # the parts of speech ``family_of`` answers for (the POS column's ids)


def family_words(doc: Any) -> Iterable[Any]:
    """The tokens of ``doc`` that ``family_of`` may give a family (nouns and verbs), in text order, found in
    the POS column: a story's other words (~60%) never become ``Token`` objects to be asked."""
    pos = doc.to_array([POS]).reshape(-1)
    return (doc[i] for i in np.flatnonzero(np.isin(pos, _FAMILY_POS)).tolist())


def noun_only(token: Any) -> bool:
    """Whether a noun names its happening only as a noun (``noun_happening`` rows: "call"): such a
    word is common for other happenings of its kind ("a confidential Obama phone call"), so only a
    definite one names a happening told before."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _table().get("noun_happening", {})


def families_of(tokens: Iterable[Any]) -> set[str]:
    return {f for f in (family_of(t) for t in tokens) if f is not None}


def marked_other(token: Any) -> bool:
    """Whether a word says its happening is another one ("another attack", "in a separate
    incident", "separately"): among its children and their children."""
    other = _table().get("other", {})
    for child in token.children:
        if child.lower_ in other or child.lemma_.lower() in other:
            return True
        if child.dep_ == "prep" and any(g.lower_ in other for pobj in child.children for g in pobj.children):
            return True
    return False


def definite(token: Any) -> bool:
    """A noun pointing back to a known happening ("the shootout", "Monday's attack"); a verb that
    names its happening through such a noun, in a phrase ("killed in the shootout") or as its subject
    or object ("The accord was signed here yesterday")."""
    words = _table().get("definite", {})
    if token.pos_ == "NOUN":
        return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in words) for c in token.children)
    family = family_of(token)
    nouns = [pobj for prep in token.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj"]
    nouns += [c for c in token.children if c.dep_ in _ARGUMENT_DEPS]
    return any(definite(noun) and family in (family_of(noun), product_of(noun))
               for noun in nouns if noun.pos_ == "NOUN")


def product_of(token: Any) -> Optional[str]:
    """The family whose happenings make what a noun names ("accord" -> agreement: the signing), else None."""
    return _table().get("product", {}).get(token.lemma_.lower()) if token.pos_ == "NOUN" else None


def generic(token: Any) -> bool:
    """A bare plural noun names a kind of happening, not one ("a pretext for South African
    attacks"): no mention of it is the same happening."""
    return token.tag_ == "NNS" and not definite(token)


def date_host(date_root: Any) -> Optional[Any]:
    """The word a date hangs on: the head of its preposition ("killed ... on Monday night") or the
    word it modifies directly ("Monday's attack", "the overnight attack")."""
    if date_root.dep_ == "pobj" and date_root.head.dep_ == "prep" and date_root.head.head.i != date_root.head.i:
        return date_root.head.head
    if date_root.dep_ in _DIRECT_DEPS and date_root.head.i != date_root.i:
        return date_root.head
    return None


def object_happening(verb: Any, date_root: Any) -> Optional[Any]:
    """The happening noun an untensed verb takes as object before the date ("denouncing [the
    murder of ...] on Wednesday"): the date is that happening's, the clause having no time of its own."""
    if verb.pos_ != "VERB" or verb.tag_ not in _UNTENSED_TAGS or family_of(verb) is not None:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.i < date_root.i and family_of(child) is not None:
            return child
    return None


@dataclass(slots=True)
class Mention:
    """A happening named with a day: the naming word, its family, the date (a ``_Found`` of the
    step) and whether the mention points back ("the shootout") or can only be pointed at."""

    token: Any
    family: str
    found: Any
    definite: bool
    other: bool


def mentions_of(found_dates: Iterable[Any]) -> tuple[list[Mention], dict[int, Any]]:
    """The dated happening mentions among the step's resolved dates, in text order, and the dates
    owned by a happening noun (by the date's start offset -> the noun), which no other event takes."""
    mentions: list[Mention] = []
    owned: dict[int, Any] = {}
    for found in found_dates:
        host = date_host(found.root)
        if host is None:
            continue
        family = family_of(host)
        if family is not None:
            mentions.append(Mention(host, family, found, definite(host), marked_other(host)))
            continue
        noun = object_happening(host, found.root)
        if noun is not None:
            owned[found.mention.start] = noun
            mentions.append(Mention(noun, family_of(noun), found, definite(noun), marked_other(noun)))
    return mentions, owned


def referent(mentions: list[Mention], families: set[str], anchor: Any) -> Optional[Mention]:
    """The dated mention an undated event of these families refers to: the nearest one before the
    event, else the nearest definite one after it; none when the event is marked as another
    happening or the nearest candidates disagree on nothing else to choose by."""
    if not families or marked_other(anchor) or generic(anchor):
        return None
    same = [m for m in mentions if m.family in families and m.token.i != anchor.i and not m.other]
    before = [m for m in same if m.token.i < anchor.i]
    if before:
        return before[-1]
    after = [m for m in same if m.token.i > anchor.i and m.definite]
    return after[0] if after else None
