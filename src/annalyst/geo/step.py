"""``LocationStep``: where an event happened, from locative phrases near its trigger.

A place counts for an event only when the sentence puts the event there: a locative
prepositional phrase ("in Pyongyang", "at the border near Kharkiv", "outside the embassy in
Baghdad", and after a word of travel "a visit to Moscow") whose preposition hangs on the trigger or on one of its noun arguments, at most
``MAX_ARCS`` dependency arcs away and without passing through another verb.  A place that is only
an actor ("Pyongyang said", "sanctions on Russia") is never a location: it is in no locative phrase.  Names resolve through the
offline gazetteer (``annalyst.geo.gazetteer``): country ISO alpha-3, and for a city its
coordinates; a city name shared by several places prefers one in a country named in the same
sentence, else the clearly most populous, else stays unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from annalyst.dates.syntax import anchor_token, in_other_event_clause
from annalyst.geo.gazetteer import Gazetteer, Place, load_gazetteer
from annalyst.model import Document, Event, Location
from annalyst.pipeline.base import Step

LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "within", "across", "throughout",
                                   "around", "off", "along"})
# Words after which "to X" names where the event takes place ("a visit to Moscow", "flew to Kyiv").
TRAVEL_LEMMAS = frozenset({"visit", "trip", "travel", "fly", "journey", "tour", "arrive", "return", "go", "come",
                           "head", "deploy", "sail", "drive", "march"})
# Farther than this from the trigger, a locative describes something else ("the beginning of the
# operation in Ukraine" does not place North Korea's support in Ukraine).
MAX_ARCS = 3

# FAC is left out: the small model gives it to institutions as often as to sites ("the Center for
# Korean Studies of"), and a site's name resolves to nothing ("White House" is an other name of Casablanca).
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Head nouns after which a place name is a region: resolve to its country, not a namesake city
_AREA_NOUNS = frozenset({"region", "province", "oblast", "state", "district", "governorate", "county", "area",
                         "territory", "prefecture", "republic", "border", "coast", "outskirts"})
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                            "central", "middle", "upper", "lower"})
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital", "suburb", "neighbourhood",
                               "neighborhood"})


@dataclass(slots=True)
class PlacePhrase:
    """A place named in a locative phrase: ``text`` at ``[start, end)`` of ``Document.text``."""

    text: str
    start: int
    end: int
    preposition: Any  # the preposition token
    area_only: bool = False  # "the Donetsk region": the country, not the namesake city
    capital_of: Optional[str] = None  # "the Ukrainian capital": that country's capital
    entity: bool = False  # kept even when the gazetteer does not know it (see ``_entity_phrase``)
    within: Optional[str] = None  # country the text qualifies the place with ("Paris, Texas" → USA)


class LocationStep(Step):
    """Sets ``event.location`` for each event (``None`` where the sentence names no place for it)."""

    name = "geo"
    sets = ("events.location",)

    def __init__(self, gazetteer: Optional[Gazetteer] = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        return self._gazetteer or load_gazetteer()

    def prepare(self) -> None:
        self.gazetteer  # noqa: B018 -- building it (about a second) is the point

    def process(self, doc: Document) -> Document:
        if not doc.events or doc.parsed is None:
            return doc
        locator = DocumentPlaces(doc, self.gazetteer)
        for event in doc.events:
            event.location = locator.locate(event)
        return doc


class DocumentPlaces:
    """Place phrases of one parsed document, found once and matched per event."""

    def __init__(self, doc: Document, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.parsed = doc.parsed
        self.gazetteer = gazetteer
        # ``Doc.ents`` walks every token each time it is read: read it once per document
        self.ents = tuple(self.parsed.ents)
        self._entity_at = {tok.i: ent for ent in self.ents if ent.label_ in _PLACE_LABELS for tok in ent}
        self._non_place = {tok.i for ent in self.ents if ent.label_ not in _PLACE_LABELS for tok in ent}
        self.phrases = [p for tok in _prepositions(self.parsed) if _locative(tok)
                        for obj in tok.children if obj.dep_ == "pobj"
                        for p in [self._phrase(tok, obj)] if p is not None]

    # --- finding place phrases ---------------------------------------------------------

    def _entity_phrase(self, prep: Any, tok: Any, *, settlement: bool = False, **kw: Any) -> Optional[PlacePhrase]:
        """A place the NER names.  Unknown to the gazetteer, it is kept (as text) only when it is
        surely a place: a LOC entity, a name built from geographic words ("West Africa"), or one
        named as a settlement ("the village of X"); any other unknown GPE is as often the NER's
        mistake ("a PhD in History")."""
        ent = self._entity_at.get(tok.i)
        if ent is None or any(ch.isdigit() for ch in ent.text):
            return None  # "closed at 833p": the NER's mistake, no place
        return PlacePhrase(ent.text, ent.start_char, ent.end_char, prep,
                           entity=ent.label_ == "LOC" or settlement or self._geographic(ent), **kw)

    def _geographic(self, ent: Any) -> bool:
        """A name built from geographic words ("West Africa", "Zzyzxville Province", "Central Asia")."""
        for tok in ent:
            word = tok.lower_
            if word in _COMPASS_WORDS or tok.lemma_.lower() in _AREA_NOUNS | _SETTLEMENT_NOUNS:
                return True
            if tok.is_title and self.gazetteer.country(tok.text) is not None:
                return True
        return False

    def _phrase(self, prep: Any, obj: Any) -> Optional[PlacePhrase]:
        if obj.i in self._non_place:
            return None  # "in March", "at the UN", "in a statement by Reuters"
        found = self._entity_phrase(prep, obj)
        if found is not None:
            found.within = self._qualifier(obj)
            return found
        lemma = obj.lemma_.lower()
        for child in obj.children:
            if child.dep_ == "appos":  # "in the capital, Kyiv"
                found = self._entity_phrase(prep, child)
            elif child.dep_ == "prep" and child.lower_ == "of":  # "the city of Kirkuk"
                found = next((self._entity_phrase(prep, g, area_only=lemma in _AREA_NOUNS,
                                                  settlement=lemma in _AREA_NOUNS | _SETTLEMENT_NOUNS)
                              for g in child.children if g.dep_ == "pobj" and g.i in self._entity_at), None)
            elif child.dep_ in ("compound", "amod", "nmod") and lemma in _AREA_NOUNS | _SETTLEMENT_NOUNS:
                # "the Donetsk region", "Kherson province"
                found = (self._entity_phrase(prep, child, area_only=lemma in _AREA_NOUNS, settlement=True)
                         or self._name_phrase(prep, child, area_only=lemma in _AREA_NOUNS))
            if found is not None:
                return found
        if lemma == "capital":
            return self._capital_phrase(prep, obj)
        return self._name_phrase(prep, obj)

    def _name_phrase(self, prep: Any, tok: Any, *, area_only: bool = False) -> Optional[PlacePhrase]:
        """A proper name the NER missed: kept only if the gazetteer knows it (checked on resolve)."""
        if tok.pos_ != "PROPN" or tok.i in self._non_place:
            return None
        left = tok
        while left.i > 0 and left.nbor(-1).dep_ == "compound" and left.nbor(-1).pos_ == "PROPN":
            left = left.nbor(-1)
        start, end = left.idx, tok.idx + len(tok.text)
        return PlacePhrase(self.doc.text[start:end], start, end, prep, area_only=area_only)

    def _qualifier(self, tok: Any) -> Optional[str]:
        """"Paris, Texas": the country an appositive state/country names for a place."""
        for child in tok.children:
            if child.dep_ in ("appos", "npadvmod") and child.i in self._entity_at:
                code = self.gazetteer.country_code(self._entity_at[child.i].text)
                if code is not None:
                    return code
        return None

    def _capital_phrase(self, prep: Any, obj: Any) -> Optional[PlacePhrase]:
        """"the Ukrainian capital", "Ukraine's capital" → that country's capital city."""
        for child in obj.children:
            iso3 = None
            if child.dep_ == "amod":
                iso3 = self.gazetteer.country_of_adjective(child.text)
            elif child.dep_ in ("poss", "compound"):
                place = self.gazetteer.country(child.text)
                iso3 = place.country if place is not None and place.kind == "country" else None
            if iso3 is not None:
                start = min(child.idx, obj.idx)
                end = obj.idx + len(obj.text)
                return PlacePhrase(self.doc.text[start:end], start, end, prep, capital_of=iso3)
        return None

    # --- matching phrases to events ------------------------------------------------------

    def _reachable(self, phrase: PlacePhrase, anchor: Any, trigger: Optional[tuple[int, int]]) -> Optional[int]:
        """Arcs from the phrase's preposition to the event anchor, or None if it is not the event's place."""
        prep = phrase.preposition
        if in_other_event_clause(prep, anchor):
            return None
        up_prep = [prep, *prep.ancestors]
        index = {t.i: n for n, t in enumerate(up_prep)}
        up_anchor = [anchor, *anchor.ancestors]
        for n, tok in enumerate(up_anchor):
            if tok.i in index:
                path = up_prep[1:index[tok.i] + 1] + up_anchor[:n]
                arcs = len(path)
                for mid in path:
                    inside_trigger = trigger is not None and trigger[0] <= mid.idx < trigger[1]
                    if mid.i == anchor.i or mid.pos_ not in ("VERB", "AUX") or inside_trigger:
                        continue
                    if not _participial(mid):
                        return None
                    arcs -= 1  # "Speaking at a conference in Beijing, X criticized ...": same scene
                return arcs if arcs <= MAX_ARCS else None
        return None

    def _sentence_countries(self, span: tuple[int, int]) -> set[str]:
        countries = {a.country for a in self.doc.actors
                     if a.country and a.start is not None and span[0] <= a.start < span[1]}
        for ent in self.ents:
            if ent.label_ == "GPE" and span[0] <= ent.start_char < span[1]:
                code = self.gazetteer.country_code(ent.text)
                if code is not None:
                    countries.add(code)
        return countries

    def resolve(self, phrase: PlacePhrase, prefer: set[str]) -> Optional[Location]:
        if phrase.capital_of is not None:
            cap = self.gazetteer.capital(phrase.capital_of)
            if cap is None:
                return Location(phrase.text, country=phrase.capital_of)
            return _location(phrase.text, cap)
        place = self.gazetteer.lookup(phrase.text, prefer, within=phrase.within)
        if place is None:
            return Location(phrase.text) if phrase.entity else None
        if phrase.area_only and place.kind == "city":
            return Location(phrase.text, country=place.country)
        return _location(phrase.text, place)

    def locate(self, event: Event) -> Optional[Location]:
        anchor = anchor_token(self.parsed, event.span, event.trigger_span)
        if anchor is None:
            return None
        scored = []
        for phrase in self.phrases:
            if not (event.span[0] <= phrase.start < event.span[1]):
                continue
            arcs = self._reachable(phrase, anchor, event.trigger_span)
            if arcs is not None:
                scored.append((arcs, phrase.start, phrase))
        prefer = self._sentence_countries(event.span) if scored else set()
        for _, _, phrase in sorted(scored, key=lambda s: (s[0], s[1])):
            location = self.resolve(phrase, prefer)
            if location is not None:
                return location
        return None


def _prepositions(parsed: Any) -> list[Any]:
    """The tokens whose dependency label is ``prep``, in order, found in the parse's label array
    rather than by making a Python token object of every word."""
    from spacy.attrs import DEP

    prep = parsed.vocab.strings["prep"] if "prep" in parsed.vocab.strings else None
    if prep is None or len(parsed) == 0:
        return []
    labels = parsed.to_array([DEP]).reshape(-1)
    return [parsed[int(i)] for i in (labels == prep).nonzero()[0]]


def _locative(prep: Any) -> bool:
    """A locative preposition; "to" counts after a word of travel ("a visit to Moscow", "flew to Kyiv")."""
    if prep.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    return prep.lower_ == "to" and prep.head.lemma_.lower() in TRAVEL_LEMMAS


def _participial(verb: Any) -> bool:
    """A subjectless adverbial clause ("speaking at ...", "visiting Kyiv"): it shares the main event's scene."""
    return verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _location(text: str, place: Place) -> Location:
    if place.kind == "city":
        return Location(text, country=place.country, city=place.name, lat=place.lat, lon=place.lon)
    return Location(text, country=place.country)
