"""``LocationStep``: where an event happened, from the article's geoparsed places.

First the whole article is geoparsed (``DocumentPlaces``): every place the NER names (GPE, LOC)
and every proper name in a locative phrase the gazetteer knows is resolved to one gazetteer entry,
in two passes: the unambiguous names (countries, clearly largest cities) first, then every name
again preferring the countries the article names (the dateline's, the other places', the actors').

Then each event takes, in this order of evidence (``Location.evidence``):

1. ``slot`` — a locative prepositional phrase of its clause ("in Pyongyang", "at the border near
   Kharkiv", "outside the embassy in Baghdad", after a word of travel "a visit to Moscow", and
   "100 km east of Mosul": ``relative``; "30 residents of Ganyesa": a town of the story's countries
   its people live in) whose preposition hangs on the trigger or on one of its
   noun arguments, at most ``MAX_ARCS`` dependency arcs away and without passing through another
   verb;
2. ``sentence`` — the nearest other locative phrase of its sentence outside any clause about
   another happening;
3. ``paragraph`` — the nearest locative phrase earlier in its paragraph (the same happening told
   on: "Clashes broke out in Kirkuk on Monday. Two policemen were killed.");
3b. ``speaker`` — where the text puts the event's source, a person, that day (``_whereabouts``: a
   statement or visit of theirs placed in a city, "In a speech in Edinburgh, he said"; "Mr Straw,
   visiting Beijing"; a visitor's lead under a dateline), for the person's other acts of the day;
4. ``dateline`` — the story's dateline place, for a domestic event (no actor of another country) of
   the day (not an ongoing or earlier happening).  A country found by 2, 3 or the same happening
   elsewhere gives way to the dateline's place when the dateline places the event and lies in it;
5. ``scene`` — in a story with no dateline that names one town (in its lead) and no other place or
   country, that town for a local incident (``scene_family``) told in a sentence that names no place.

A place that is only an actor ("Pyongyang said", "sanctions on Russia") is never a location: it is
in no locative phrase; nor is an actor's home country ever taken by default.  ``precision`` says
city / admin1 / country (the level of the gazetteer entry), dateline, or unresolved (a place the
gazetteer does not know: its text only, never a guessed coordinate).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from annalyst.clean import tunables
from annalyst.actors.entities import WEAK_EVIDENCE
from annalyst.actors.resolver import article_home
from annalyst.clean.dateline import Dateline, story_datelines
from annalyst.dates.expressions import ResolvedDate
from annalyst.dates.lexicon import months
from annalyst.dates.happenings import family_of, family_words, generic, marked_other
from annalyst.dates.syntax import anchor_token, in_other_event_clause, tree_distance
from annalyst.geo.former import former_states, state_on
from annalyst.geo.gazetteer import BIG_CITY, SMALL_TOWN, Gazetteer, Place, load_gazetteer, normalize_name
from annalyst.errors import ModelError
from annalyst.geo.abbreviations import dateline_abbreviations
from annalyst.lang import load_bundle
from annalyst.geo.data_files import data_rows
from annalyst.geo.namesakes import distance_km, load_namesake_limits
from annalyst.geo.seats import meeting_bodies, seat_city, seat_key
from annalyst.model import Document, Event, Location
from annalyst.pipeline.base import Step

WORD_CLASSES = ("locative_preposition", "travel_lemma", "area_noun", "admin_noun", "compass_word", "direction_word",
                "settlement_noun", "site_noun", "temporal_preposition", "adjunct_preposition", "report_channel_lemma",
                "scene_mark",
                "host_lemma", "venue_noun", "part_noun", "boundary_noun", "on_noun", "relation_noun",
                "compass_part", "intent_auxiliary", "anaphor_noun", "scene_noun", "perfect_auxiliary",
                "stance_lemma", "ongoing_adverb", "appeal_lemma", "departure_lemma",
                "gathering_family", "scene_family", "visit_lemma", "name_particle", "whereabouts_lemma",
                "earlier_adverb", "resident_noun", "dispatch_lemma", "dispatched_noun", "past_perfect_auxiliary",
                "background_mark", "verbal_quad_class", "media_noun", "place_relative",
                "audience_lemma", "legislator_noun")


def load_place_words() -> dict[str, frozenset[str]]:
    """The word classes of ``data/place_words.tsv`` (its header documents them)."""
    path, rows = data_rows("place_words.tsv", "The place-word list")
    words: dict[str, set[str]] = {name: set() for name in WORD_CLASSES}
    for line_no, line in rows:
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in words or not parts[1].strip():
            raise ModelError(f"{path}: line {line_no} is not 'class<TAB>word' with a known class: {line!r}",
                             f"Use one of: {', '.join(WORD_CLASSES)}.")
        words[parts[0]].add(parts[1].strip().lower())
    return {name: frozenset(found) for name, found in words.items()}


_WORDS = load_place_words()
LOCATIVE_PREPOSITIONS = _WORDS["locative_preposition"]
# Words after which "to X" names where the event takes place ("a visit to Moscow", "flew to Kyiv").
TRAVEL_LEMMAS = _WORDS["travel_lemma"]
# Farther than this from the trigger, a locative describes something else ("the beginning of the
# operation in Ukraine" does not place North Korea's support in Ukraine).
MAX_ARCS = 3
# The sentence's other locative phrases count up to this many arcs from the trigger (beyond, the
# phrase sits in another part of a long sentence: "... assert his authority in Kinshasa, ... as
# he is on the defensive against rebels who have seized the east")
MAX_SENTENCE_ARCS = 8

# A blank line, or (in hard-wrapped wire copy, whose paragraphs were indented lines) a line that
# ends a sentence
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n|(?<=[.!?\"'])[ \t]*\n")
# FAC is left out: the small model gives it to institutions as often as to sites ("the Center for
# Korean Studies of"), and a site's name resolves to nothing ("White House" is an other name of Casablanca).
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Head nouns after which a place name is an area, and of those the administrative units
_AREA_NOUNS = _WORDS["area_noun"]
_ADMIN_NOUNS = _WORDS["admin_noun"]
_ADMIN_SUFFIX = re.compile(r"\s+(?:" + "|".join(sorted(_ADMIN_NOUNS)) + r"|provinces|regions)$", re.IGNORECASE)
_COMPASS_WORDS = _WORDS["compass_word"]
_DIRECTION_WORDS = _WORDS["direction_word"]
_SETTLEMENT_NOUNS = _WORDS["settlement_noun"]
_SITE_NOUNS = _WORDS["site_noun"]
_TEMPORAL_PREPOSITIONS = _WORDS["temporal_preposition"]
# "because of the violence in Gujarat", "appealed for peace in Gujarat": a place below a preposition of cause
# or topic is the place of what its object names (``adjunct_preposition``)
_ADJUNCT_PREPOSITIONS = _WORDS["adjunct_preposition"]
# the arcs such a word, or a temporal one, hangs by: the parser reads "ahead of" and "because of" as adverbs too
_ADJUNCT_DEPS = frozenset({"prep", "mark", "advmod", "pcomp"})
_REPORT_CHANNEL = _WORDS["report_channel_lemma"]
_SCENE_MARKS = _WORDS["scene_mark"]
_HOST_LEMMAS = _WORDS["host_lemma"]
_VENUE_NOUNS = _WORDS["venue_noun"]
_BOUNDARY_NOUNS = _WORDS["boundary_noun"]
_ON_NOUNS = _WORDS["on_noun"]
# "in support of Ukraine", "at the request of Iraq": the of-name is what the phrase is about, no place
_RELATION_NOUNS = _WORDS["relation_noun"]
# "residents of Ganyesa": the town its people live in (``resident_noun`` of place_words.tsv)
_RESIDENT_NOUNS = _WORDS["resident_noun"]
# "sent troops to Hong Kong": the destination of people sent is where the event takes place
_DISPATCH_LEMMAS = _WORDS["dispatch_lemma"]
_DISPATCHED_NOUNS = _WORDS["dispatched_noun"]
_COMPASS_PARTS = _WORDS["compass_part"]
_INTENT_AUX = _WORDS["intent_auxiliary"]
_ANAPHOR_NOUNS = _WORDS["anaphor_noun"]
_SCENE_NOUNS = _WORDS["scene_noun"]
_PERFECT_AUX = _WORDS["perfect_auxiliary"]
_STANCE_LEMMAS = _WORDS["stance_lemma"]
_GATHERING_FAMILIES = _WORDS["gathering_family"]
_SCENE_FAMILIES = _WORDS["scene_family"]
_ONGOING_ADVERBS = _WORDS["ongoing_adverb"]
_APPEAL_LEMMAS = _WORDS["appeal_lemma"]
# Verbs after which "for X" is where the traveller goes ("departing for Jordan", "left for Moscow")
_DEPARTURE_LEMMAS = _WORDS["departure_lemma"]
_VISIT_LEMMAS = _WORDS["visit_lemma"]
# Verbs of speaking, visiting or meeting: one placed in a city puts its person there that day (``_whereabouts``)
_WHEREABOUTS_LEMMAS = _WORDS["whereabouts_lemma"]
_EARLIER_ADVERBS = _WORDS["earlier_adverb"]
# "told a group of Japanese members of parliament": a verb of speaking whose addressee is an audience
_AUDIENCE_LEMMAS = _WORDS["audience_lemma"]
# "has told MPs": members of a legislature, told as an audience where the legislature sits
_LEGISLATOR_NOUNS = _WORDS["legislator_noun"]
_PAST_PERFECT_AUX = _WORDS["past_perfect_auxiliary"]
_BACKGROUND_MARKS = _WORDS["background_mark"]
_MEDIA_NOUNS = _WORDS["media_noun"]
_VERBAL_QUAD_CLASSES = frozenset(int(q) for q in _WORDS["verbal_quad_class"])
# "fled to eastern Congo, where it joined forces": a relative adverb that stands for the place its clause modifies
_PLACE_RELATIVES = _WORDS["place_relative"]
# An event whose date (read from its own sentence) ends more than this many days before the article's
# day is a background happening ("last October", "in 1985", "last year's endorsement"): the story's
# dateline, where the reporter is that day, does not place it.  Within it ("on Tuesday", "February 21"
# in a story of March 6) a domestic story's happening is most often in the dateline's place still
# (the wire and wire2 gold of bench/data/locations; dev-tuned: 1 day lost 9 of their right places).
DATELINE_DAYS = tunables.value("tunables.tsv", "dateline_days", "annalyst.geo")  # data/tunables.tsv
# A date named only by its week, month or year ("last week", "in October", "in 2018") that is over by
# the article's day tells a happening of that past period, whatever the number of days: the window above
# is for days ("on Tuesday", "February 21"), which the reporter's dateline still covers (the judged sets'
# place rule: "said in widely-quoted remarks last week" is not the day's statement)
_PERIOD_PRECISIONS = frozenset({"week", "month", "year"})
# Nouns whose of-phrase (with-phrase for a boundary) is the place the locative names
_PLACE_PARTS = (_WORDS["part_noun"] | _AREA_NOUNS | _SETTLEMENT_NOUNS | _SITE_NOUNS | _COMPASS_WORDS
                | _DIRECTION_WORDS | _BOUNDARY_NOUNS)
# A name unknown to the gazetteer this long or longer, one letter off a place the story names, is
# that place misspelt ("Songkha's city hall" in a story about Songkhla)
MIN_MISSPELT_LEN = 5
# When a small far namesake loses to the story's own town (``data/namesake_context.tsv``).
NAMESAKE_LIMITS = load_namesake_limits()
# A paragraph opened by an upper-case place and a dash, the form of a news digest's items ("BEIRUT -
# Rescue workers ...", "FREETOWN, Sierra Leone - ..."): a dateline when the gazetteer knows the place
_PARAGRAPH_DATELINE = re.compile(
    r"(?:\A|\n)[ \t\u00a0]*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?[ \t]+(?:--|[-\u2013\u2014])[ \t]+(?=[A-Z\"\u201c])")
# A paragraph opened by a title-case city, its state or country and a dash, the dateline of a press
# release or a web page ("New York, NY – my6sense ...", "Dubai, United Arab Emirates - ..."): a dateline
# when the region is a state or country and the city lies in it (``_qualified_dateline``)
_TITLE_DATELINE = re.compile(
    r"(?:\A|\n)[ \t\u00a0]*(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}), "
    r"(?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})[ \t]+(?:--|[-\u2013\u2014])[ \t]+(?=[A-Z\"\u201c])")
# A story opened by a bare title-case city and a long dash, a web page's dateline set in the body's
# type ("<p><i>Indianapolis</i> – Several thousand teachers ..."): a dateline only at the story's opening
# (``OPENING_PARAGRAPHS``) and only when the gazetteer knows the city as a town wires file from
_TITLE_BARE_DATELINE = re.compile(
    r"(?:\A|\n)[ \t\u00a0]*(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})[ \t]+(?:--|[\u2013\u2014])[ \t]+(?=[A-Z\"\u201c])")
# A wire desk's dateline typed in lower case after its first letter ("La paz, march 18 - a senior world bank
# official said", "Mexico city, april 1 - "; Reuters-21578's Latin American copy): the place of two or three
# words, a lower-case month and day, a dash.  A dateline only at the story's opening and only when the gazetteer
# knows the place (``_known_place``); the one-word form ("Quito, march 13 -") is the clean stage's
_CASE_LOST_DATELINE = re.compile(
    r"(?:\A|\n)[ \t\u00a0]*(?P<place>[A-Z][a-z]+(?: [a-z]+){1,2}), (?P<month>[a-z]{3,9})\.? \d{1,2}[ \t]+-[ \t]+")
# The paragraphs a story's own dateline can open: the headline's and the first of the body
OPENING_PARAGRAPHS = 2
# "Shengzhou city, Zhejiang province": the comma before a unit that qualifies a place
_QUALIFIER_COMMA = re.compile(r"[ \t]*,[ \t]+")
# A one-town story names its town in its lead: the first this many sentences (a headline, the lead
# sentence, and one more where a byline or slug line takes a sentence of its own)
SCENE_LEAD_SENTENCES = 3
# "lucknow: police arrested ...": a lower-case story's colon dateline, read only in such a story; the desk
# sets a space before the colon in 50 of IndiaPoliceEvents' 1,257 articles ("new delhi : ...", "ahmedabad : ...")
_LOWER_DATELINE = re.compile(r"(?:\A|\n)[ \t\u00a0]*(?P<place>[a-z][a-z.]+(?: [a-z][a-z.]+){0,2})[ \t]?:[ \t]+(?=[a-z\"\u201c])")
# A story is set in lower case when fewer than this share of its words start with a capital
# (IndiaPoliceEvents' Times of India text; a normal story has 10-20 %)
LOWER_CASE_SHARE = 0.02
# ... or when at least this share of its sentence openings (the first letter after a full stop, question or
# exclamation mark, at least ``LOWER_CASE_OPENINGS`` of them) is lower case: a short lower-case story's few stray
# capitals (a share-button line "Facebook Twitter Linkedin Mail", a mis-decoded "Â") outweigh its words' share
# (211 of IndiaPoliceEvents' 942 colon-dateline articles), never its sentences' openings
LOWER_CASE_OPENING_SHARE = tunables.value("tunables.tsv", "lower_case_opening_share", "annalyst.geo")  # data/tunables.tsv
LOWER_CASE_OPENINGS = 4
_SENTENCE_OPENING = re.compile(r"[.!?][^\w\s]*\s+[^\w]*?([^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
# a name going on past a lower-case particle: " dos Campos", " do Sul" (``name_particle``)
_PARTICLE_TAIL = re.compile(r"[ \t]+(?:" + "|".join(sorted(_WORDS["name_particle"])) + r")(?:[ \t]+[A-Z][\w'-]+)+")
# Quotation marks: a sentence inside an open quotation is what someone said, not the narrated happening
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
# NER labels a one-word place name often gets instead of GPE ("people in Yala" PERSON, "Karachi" ORG), and the one
# a name nested in a town gets (lang/en/labels.tsv)
_MISLABELED = load_bundle().labels("place_mislabels")
_MISREAD_PERSON = load_bundle().labels("place_misread_person")
# entity types that tell a time: a name inside one is never a place ("LA PAZ, March 20 - A strike ...": the
# parser hangs "March" on "strike" as a name; the gazetteer has a March in England)
_TIME_ENTITIES = load_bundle().labels("time_entities")
_FORMER = former_states()


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
    relative: bool = False  # "100 km east of Mosul": measured from the place, not in it
    town: bool = False  # "the northern town of X": a populated place first
    context_only: bool = False  # a name the NER gave another label: a place only in the story's countries
    anaphor: bool = False  # "in the city": the city the story named last
    of_region: Optional[Place] = None  # "the Central District of California": the state or country it lies in
    seat: Optional[str] = None  # "in the Commons": a seat of government (``data/seats.tsv``), its key
    residents_of: bool = False  # "residents of Ganyesa": a place only as a town of the story's countries
    mislabeled: bool = False  # a proper name the NER calls a person or an organisation ("in Durban Deep")


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
            event.location = locator.dated(locator.locate(event))
        return doc


class DocumentPlaces:
    """Place phrases of one parsed document, found once and matched per event."""

    def __init__(self, doc: Document, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.parsed = doc.parsed
        self.gazetteer = gazetteer
        # ``Doc.ents`` walks every token each time it is read: read it once per document
        self.ents = tuple(self.parsed.ents)
        self.lower_case = _lower_case_story(doc.text)
        # the article's day: the state a place lay in depends on it (``geo/former.py``)
        self.when = doc.published.date() if isinstance(doc.published, dt.datetime) else doc.published
        # an entity's token indices are its range (iterating the span would build a ``Token`` per word)
        self._entity_at = {i: ent for ent in self.ents if ent.label_ in _PLACE_LABELS for i in range(ent.start, ent.end)}
        self._non_place_label = {i: ent.label_ for ent in self.ents if ent.label_ not in _PLACE_LABELS
                                 for i in range(ent.start, ent.end)}
        self._non_place = set(self._non_place_label)
        self._site = {i for i, label in self._non_place_label.items() if label == "FAC"}
        self.phrases = [p for tok in _prepositions(self.parsed) if _locative(tok)
                        for obj in tok.children if obj.dep_ == "pobj"
                        for p in [self._residents_phrase(tok, obj) if _of_residents(tok) else self._phrase(tok, obj)]
                        if p is not None]
        self.phrases = sorted(self.phrases + self._visited() + self._legislatures_told(), key=lambda p: p.start)
        for phrase in self.phrases:
            phrase.relative = phrase.preposition.lower_ == "of" and not phrase.residents_of
            # "20 km east of X": X is surely a place, kept unresolved when the gazetteer lacks it
            phrase.entity = phrase.entity or phrase.relative
        # (offset, country) of each place name that means one country wherever it is read
        self._named_countries = [(ent.start_char, place.country) for ent in self.ents if ent.label_ in _PLACE_LABELS
                                 for place in [self.gazetteer.unambiguous(ent.text)]
                                 if place is not None and place.country]
        self._dateline_ends: dict[int, int] = {}  # a dateline's start -> its end (where the story's lead begins)
        self.datelines = self._datelines()
        self.dateline = self.datelines[0] if self.datelines else None
        self.context = self._article_countries()
        self._resolved: dict[tuple[int, int], Optional[Location]] = {}
        self._story_names: Optional[dict[str, Place]] = None  # ``_misspelt``'s places, built on first use
        self._admin1s_named: Optional[dict[str, str]] = None  # ``_named_admin1s``, built on first use
        self._domestic: dict[int, bool] = {}
        self._meetings: dict[int, bool] = {}  # a dateline's offset -> it is a meeting seat of a body its story names
        self._happenings: Optional[list[tuple[Any, str, Optional[Location]]]] = None  # ``_happening_mentions``
        self._scene_found: Optional[tuple[Optional[Location]]] = None  # ``_scene``, found on first use
        self._where: Optional[dict[str, Location]] = None  # ``_whereabouts``, found on first use
        self._incident: Optional[bool] = None  # ``_incident_town``, found on first use

    # --- the article: its dateline, the countries it names, every place mention -----------

    def dated(self, location: Optional[Location]) -> Optional[Location]:
        """The location with the country its place lay in on the article's day ("BELGRADE" in 1987:
        Yugoslavia), where that is not today's (``data/former_countries.tsv``)."""
        if location is None:
            return None
        former = state_on(location.country, location.admin1_code, self.when)
        return location if former is None else dataclasses.replace(location, country=former.state)

    def _state(self, country: Optional[str], admin1_code: Optional[str] = None) -> Optional[str]:
        """A country code as of the article's day: a place's or an actor's (the actor coder already
        gives Soviet actors of 1987 SUN; a place in Russia is then SUN too), so the two compare."""
        former = state_on(country, admin1_code, self.when)
        return former.state if former is not None else country

    def _is_state(self, country: Optional[str]) -> bool:
        """A code of a state (today's, or a former one the actor coder uses), not of a group."""
        return bool(country) and (self.gazetteer.country_place(country) is not None
                                  or any(f.state == country for f in _FORMER))

    def _datelines(self) -> list[tuple[int, Location]]:
        """The story's dateline ("KYIV, Ukraine (AP) —"), then each later paragraph's (a news digest
        tells one story a paragraph: "BEIRUT - Rescue workers ...", "MANILA - Communist rebels ..."):
        (offset, location), in text order.  A later dateline holds from its paragraph on."""
        read = story_datelines(self.doc.text)
        spans = [d.span for d in read if not d.run_on]
        bare = [(m.start("place"), m.end()) for m in _PARAGRAPH_DATELINE.finditer(self.doc.text)
                if self._known_place(m.group("place"), m.group("region"))]
        bare += [(m.start("place"), m.end()) for m in _TITLE_DATELINE.finditer(self.doc.text)
                 if self._qualified_dateline(m.group("place"), m.group("region"))]
        opening = _opening_end(self.doc.text)
        bare += [(m.start("place"), m.end()) for m in _TITLE_BARE_DATELINE.finditer(self.doc.text, 0, opening)
                 if self._known_city(m.group("place"))]
        bare += [(m.start("place"), m.end()) for m in _CASE_LOST_DATELINE.finditer(self.doc.text, 0, opening)
                 if m.group("month") in months() and self._known_place(m.group("place"), None)]
        if not spans and not bare:
            bare += [span for d in read if d.run_on for span in self._run_on_place(d)]
        if self.lower_case:
            # "lucknow: police arrested ...": a lower-case story's colon dateline
            bare += [(m.start("place"), m.end()) for m in _LOWER_DATELINE.finditer(self.doc.text)
                     if self._known_place(m.group("place"), None)]
        found: list[tuple[int, Location]] = []
        for start, end in sorted({*spans, *bare}):
            if found and start <= found[-1][0]:
                continue  # the same dateline read both ways
            dl = self._dateline_place(start, end)
            if not found or dl[1].precision != "unresolved":
                found.append(dl)
                self._dateline_ends[start] = end  # the story's own dateline is kept even when unknown (its text)
        return found

    def _run_on_place(self, dateline: Dateline) -> list[tuple[int, int]]:
        """The span of a dateline run on after the headline (``clean.dateline.run_on_dateline``) from its
        place on, when the gazetteer knows the place (``_known_place``); none else.  An upper-case byline
        may run into the place ("By JANE DOE CANBERRA, Australia (AP) —"): the place is the longest run of
        its last words the gazetteer knows."""
        words = dateline.place.split(" ")
        for k in range(len(words)):
            if self._known_place(" ".join(words[k:]), dateline.region):
                return [(dateline.span[0] + len(" ".join(words[:k])) + (1 if k else 0), dateline.span[1])]
        return []

    def _known_place(self, name: str, region: Optional[str]) -> bool:
        """A digest paragraph's bare "PLACE -" opener is a dateline only when the gazetteer knows the
        place as a country or as a city of ``SMALL_TOWN`` people or more, the towns wires file from
        ("NATO - the alliance said" is a headline, whatever village shares the name)."""
        within = self.gazetteer.country_code(region) if region else None
        place = self.gazetteer.lookup(name.title(), (within,) if within else (), within=within)
        return place is not None and (place.kind == "country"
                                      or (place.kind == "city" and place.population >= SMALL_TOWN))

    def _known_city(self, name: str) -> bool:
        """A bare title-case opener is a dateline only when the gazetteer knows it as a city of
        ``SMALL_TOWN`` people or more ("Analysis – ...", "Johnson – ..." are not)."""
        place = self.gazetteer.lookup(name, ())
        return place is not None and place.kind == "city" and place.population >= SMALL_TOWN

    def _qualified_dateline(self, name: str, region: str) -> bool:
        """A title-case "City, Region -" opener is a dateline only when the region is a US state (as
        AP abbreviates it, or its name) or a country, and the gazetteer holds the city there ("Smith,
        Jones - ..." names no state, "Springfield, Kenya - ..." no city of it)."""
        is_region = dateline_abbreviations().state(region) is not None \
            or self.gazetteer.country_code(region) is not None \
            or self.gazetteer.region(region, ("USA",)) is not None
        place = self._qualified_place(name, region) if is_region else None
        return place is not None and place.kind == "city"

    def _dateline_at(self, offset: int) -> Optional[tuple[int, Location]]:
        """The dateline that holds at ``offset``: the last one before it."""
        held = None
        for dl in self.datelines:
            if dl[0] > offset:
                break
            held = dl
        return held

    def _dateline_place(self, start: int, end: int) -> tuple[int, Location]:
        """The place of the dateline at ``text[start:end]``: its offset and location."""
        # the place, before any agency, dash or colon: "KYIV, Ukraine (AP) —", "GAZA CITY:"
        head = re.split(r"\s*(?:\(|[-\u2013\u2014_]{1,2}\s|:)", self.doc.text[start:end], maxsplit=1)[0]
        name, _, qualifier = head.partition(",")
        # a region qualifies the place; a date ("March 2", "MARCH 13", "14 July") does not
        qualifier = re.split(r",|\s*\b\d|\s*\b[A-Za-z]{3,9}\.?\s+\d", qualifier)[0].strip()
        place = self._qualified_place(name.strip(), qualifier) if qualifier \
            else self.gazetteer.best_known(name.strip())
        if place is None:
            return start, Location(name.strip().title(), precision="unresolved", evidence="dateline")
        return start, _location(name.strip(), place, "dateline")

    def _qualified_place(self, name: str, qualifier: str) -> Optional[Place]:
        """The place a dateline names with a region after it.  A US state (AP's "Mich.", "S.C.", or
        "Idaho") holds the city within that state, or nothing ("PARIS, Tenn." is never the French
        capital); a country, within that country; a region we do not know ("NORWICH, England"),
        only a name no namesake abroad shares."""
        abbreviations = dateline_abbreviations()
        state = abbreviations.state(qualifier)
        if state is None and self.gazetteer.country(qualifier) is None:  # "TBILISI, Georgia": the country
            region = self.gazetteer.region(qualifier, ("USA",))
            state = region.admin1_code if region is not None and region.country == "USA" else None
        if state is not None:
            # a town the tables lack ("SOUTHWEST MIAMI-DADE, FLA.", "MADRID, Ky.") is still in the state
            # the dateline names: the state, never a namesake elsewhere
            return self.gazetteer.city_in_admin1(name, state) \
                or self.gazetteer.city_in_admin1(abbreviations.expand(name), state) \
                or self.gazetteer.admin1_place(state)
        within = self.gazetteer.country_code(qualifier)
        if within is None:
            return self.gazetteer.unambiguous(name)
        return self.gazetteer.lookup(name, (within,), within=within) or self.gazetteer.country_place(within)

    def _article_countries(self) -> set[str]:
        """Countries the story names: unambiguous place names, the dateline's, the actors'."""
        countries = {a.country for a in self.doc.actors
                     if a.country and self.gazetteer.country_place(a.country) is not None}
        countries.update(dl[1].country for dl in self.datelines if dl[1].country)
        countries.update(code for _, code in self._named_countries)
        return countries

    def mentions(self) -> list[tuple[PlacePhrase, Optional[Location]]]:
        """Every place the article names, resolved in its context (the geoparse of the article).

        Locative phrases come as found; any other GPE/LOC entity (an actor such as "Pyongyang
        said", a target such as "sanctions on Russia") is a mention too, with no preposition."""
        out = [(p, self.resolve(p, self._sentence_countries(self._sentence_span(p.start))))
               for p in self.phrases]
        taken = {(p.start, p.end) for p, _ in out}
        for ent in self.ents:
            if ent.label_ in _PLACE_LABELS and (ent.start_char, ent.end_char) not in taken \
                    and not any(ch.isdigit() for ch in ent.text):
                phrase = PlacePhrase(ent.text, ent.start_char, ent.end_char, None, entity=ent.label_ == "LOC")
                out.append((phrase, self.resolve(phrase, self._sentence_countries(self._sentence_span(ent.start_char)))))
        return sorted(out, key=lambda m: m[0].start)

    def _sentence_span(self, offset: int) -> tuple[int, int]:
        sent = self.parsed.char_span(offset, offset + 1, alignment_mode="expand")
        if sent is None or len(sent) == 0:
            return offset, offset + 1
        s = sent[0].sent
        return s.start_char, s.end_char

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

    def _visited(self) -> list[PlacePhrase]:
        """The place a verb of visiting takes as its direct object ("Miyazawa visits Washington", "Mr
        Straw, visiting Beijing, noted ..."): where the visit is, as "a visit to Moscow" is; the verb
        stands for the preposition (the slot's arcs are counted from it).  Only a place the NER names."""
        out = []
        for verb in _tokens_with_lemma(self.parsed, _VISIT_LEMMAS):
            if verb.pos_ != "VERB":
                continue
            for obj in verb.children:
                phrase = self._entity_phrase(verb, obj) if obj.dep_ == "dobj" else None
                if phrase is not None:
                    out.append(phrase)
        return out

    def _legislatures_told(self) -> list[PlacePhrase]:
        """A legislature or its members told as an audience: the object of a verb of telling ("has told MPs",
        "told Parliament", ``audience_lemma``) or the "to" object of a verb of speaking ("Speaking to Parliament
        on his first day ...", ``whereabouts_lemma``) is where the words were spoken, the legislature's seat
        (``geo/seats.py``); the addressee itself, or the "to", stands for the preposition."""
        out = []
        for verb in _tokens_with_lemma(self.parsed, _AUDIENCE_LEMMAS | _WHEREABOUTS_LEMMAS):
            if verb.pos_ != "VERB":
                continue
            # the addressee stands for the preposition: what was told ("told lawmakers that Trump's request ...
            # was inappropriate") lies in the verb's content, after the phrase, and is not placed by it
            told = [(c, c) for c in verb.children
                    if c.dep_ in ("dobj", "dative") and verb.lemma_.lower() in _AUDIENCE_LEMMAS]
            told += [(p, g) for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                     for g in p.children if g.dep_ == "pobj"]
            out.extend(phrase for prep, obj in told for phrase in [self._legislature_phrase(prep, obj)]
                       if phrase is not None)
        return out

    def _legislature_phrase(self, prep: Any, obj: Any) -> Optional[PlacePhrase]:
        """The seat a told audience names: a seat of ``data/seats.tsv`` ("Parliament", "the Commons"), or
        members of a legislature (``legislator_noun``: "MPs", "Japanese lawmakers"), the state's parliament, a
        nationality on the noun naming the state; a noun with any other modifier ("state lawmakers", "MPs on
        the committee") is not surely the national legislature."""
        seat = self._seat_phrase(prep, obj)
        if seat is not None:
            # the seat is the audience itself, not a name inside another noun ("Speaking to the BBC's
            # Westminster Hour" is a programme)
            return seat if seat.end >= obj.idx + len(obj.text) else None
        if obj.lower_ not in _LEGISLATOR_NOUNS:
            return None
        within = None
        for child in obj.children:
            code = self.gazetteer.country_of_adjective(child.text) if child.dep_ == "amod" else None
            if child.dep_ != "det" and code is None:
                return None
            within = code or within
        return PlacePhrase(obj.text, obj.idx, obj.idx + len(obj.text), prep, seat=seat_key("parliament"),
                           within=within)

    def _geographic(self, ent: Any) -> bool:
        """A name built from geographic words ("West Africa", "Zzyzxville Province", "Central Asia")."""
        for tok in ent:
            word = tok.lower_
            if word in _COMPASS_WORDS or tok.lemma_.lower() in _AREA_NOUNS | _SETTLEMENT_NOUNS:
                return True
            if tok.is_title and self.gazetteer.country(tok.text) is not None:
                return True
        return False

    def _phrase(self, prep: Any, obj: Any, depth: int = 0) -> Optional[PlacePhrase]:
        if _bare_anaphor(obj):
            return PlacePhrase(obj.text, obj.idx, obj.idx + len(obj.text), prep, anaphor=True)
        seat = self._seat_phrase(prep, obj)
        if seat is not None:
            return seat
        if obj.i in self._site or obj.lemma_.lower() in _SITE_NOUNS:
            for child in obj.children:
                if child.dep_ == "poss" and child.i in self._entity_at:
                    return self._entity_phrase(prep, child)  # "at Pyongyang's Sun-an Airport"
            named = self._site_name(prep, obj)
            if named is not None:
                return named
        if obj.i in self._non_place:
            if obj.pos_ == "PROPN" and self._non_place_label.get(obj.i) in _MISLABELED \
                    and all(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.lefts):
                # "people in Yala", "in Karachi", "in Durban Deep" read as a person or an organisation: a
                # place only if it is one in a country the story names (checked on resolve), or one the
                # text puts inside a town it names ("in Durban Deep in Roodepoort": ``_nested_in``)
                found = self._name_phrase(prep, obj, any_label=True)
                if found is not None:
                    found.context_only = True
                    # a person's name is never a place's, so one the text puts in a town is a place the NER
                    # misread; an organisation's may be a site's ("the InterAmerican Development Bank in
                    # Washington"), no place of its own
                    found.mislabeled = self._non_place_label.get(obj.i) in _MISREAD_PERSON
                return found
            return None  # "in March", "at the UN", "in a statement by Reuters"
        found = self._entity_phrase(prep, obj)
        if found is not None:
            found.within = self._qualifier(obj)
            if found.within is None and obj.lemma_.lower() in _ADMIN_NOUNS:
                found.of_region = self._of_region(obj)
                found.within = found.of_region.country if found.of_region is not None else None
            return found
        lemma = obj.lemma_.lower()
        # "the Thai province of Yala": the "of" name first; a nationality adjective names no place
        children = sorted(obj.children, key=lambda c: 0 if c.dep_ == "prep" and c.lower_ == "of" else 1)
        for child in children:
            if child.dep_ in ("amod", "compound") and self.gazetteer.country_of_adjective(child.text):
                continue
            if child.dep_ == "appos":  # "in the capital, Kyiv"
                found = self._entity_phrase(prep, child)
            elif child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "with" and lemma in _BOUNDARY_NOUNS)):
                # "the city of Kirkuk", "the heart of Paris", "the border with Iraq"
                if child.lower_ == "with" and lemma not in _BOUNDARY_NOUNS:
                    continue
                if lemma in _RELATION_NOUNS or obj.lower_ in _RELATION_NOUNS:
                    continue  # "a rally in support of Ukraine": Ukraine is what it is for
                kinds = dict(area_only=lemma in _ADMIN_NOUNS, town=lemma in _SETTLEMENT_NOUNS)
                for g in child.children:
                    if g.dep_ != "pobj":
                        continue
                    if g.i in self._entity_at:
                        found = self._entity_phrase(prep, g, settlement=lemma in _AREA_NOUNS | _SETTLEMENT_NOUNS,
                                                    **kinds)
                    elif lemma in _AREA_NOUNS | _SETTLEMENT_NOUNS:
                        # "the province of Yala" names a place even where the NER says PERSON;
                        # unknown to the gazetteer it is still a place ("the town of X"): kept unresolved
                        found = self._name_phrase(prep, g, any_label=True, surely_place=True, **kinds)
                    elif depth < 2 and g.pos_ == "NOUN" and (lemma in _PLACE_PARTS or obj.lower_ in _PLACE_PARTS):
                        # "the peaks of the Haj Omran border area of northeast Iraq": one part of the next
                        found = self._phrase(prep, g, depth + 1)
            elif child.dep_ in ("compound", "amod", "nmod") and lemma in _AREA_NOUNS | _SETTLEMENT_NOUNS \
                    and not _name_goes_on(child):
                # "the Donetsk region", "Kherson province"
                found = (self._entity_phrase(prep, child, area_only=lemma in _ADMIN_NOUNS, settlement=True,
                                             town=lemma in _SETTLEMENT_NOUNS)
                         or self._name_phrase(prep, child, area_only=lemma in _ADMIN_NOUNS,
                                              town=lemma in _SETTLEMENT_NOUNS, any_label=True, surely_place=True))
            if found is not None:
                return found
        if lemma == "capital":
            return self._capital_phrase(prep, obj)
        return self._name_phrase(prep, obj)

    def _residents_phrase(self, prep: Any, obj: Any) -> Optional[PlacePhrase]:
        """"residents of Ganyesa": the name itself, tagged or not (a town of the story's countries, checked
        on resolve); never followed through other nouns ("residents of a settlement north-west of X" do
        not live in X) and never kept unresolved."""
        if obj.pos_ != "PROPN":
            return None
        found = self._entity_phrase(prep, obj) or self._name_phrase(prep, obj, any_label=True)
        if found is not None:
            found.residents_of, found.entity = True, False
        return found

    def _seat_phrase(self, prep: Any, obj: Any) -> Optional[PlacePhrase]:
        """A seat of government the phrase names (``data/seats.tsv``): the object itself ("at Westminster",
        "outside Parliament"), with its compounds ("the Union Buildings", "the Commons chamber") or its of-name
        ("the House of Commons"), or a compound or possessive on it ("outside Parliament's main entrance");
        a nationality adjective on it names the state ("the Greek parliament")."""
        compounds = [t for t in obj.lefts if t.dep_ == "compound"]
        of_names = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        spans = [(compounds[0] if compounds else obj, obj)] + [(obj, g) for g in of_names] + [(obj, obj)]
        spans += [(c, c) for c in obj.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
        for first, last in spans:
            words = self.doc.text[first.idx:last.idx + len(last.text)]
            key = seat_key(words)
            if key is not None:
                within = next((code for c in obj.children if c.dep_ == "amod"
                               for code in [self.gazetteer.country_of_adjective(c.text)] if code), None)
                return PlacePhrase(words, first.idx, last.idx + len(last.text), prep, seat=key, within=within)
        return None

    def _story_state(self) -> Optional[str]:
        """The state the story is about: its dateline's, else the actor stage's article home."""
        if self.dateline is not None and self.dateline[1].country:
            return self.dateline[1].country
        home = article_home(self.parsed)
        return home.state if home is not None else None

    def _seat_place(self, phrase: PlacePhrase, evidence: str) -> Optional[Location]:
        """The city of a seat of government (``geo/seats.py``): the state the phrase names, else the story's."""
        found = seat_city(phrase.seat, phrase.within or self._story_state())
        if found is None:
            return None
        state, city = found
        place = self.gazetteer.city(city, {state}) if city else self.gazetteer.capital(state)
        return _location(phrase.text, place, evidence) if place is not None else None

    def _site_name(self, prep: Any, obj: Any) -> Optional[PlacePhrase]:
        """"at Beijing University", "at Subic Bay", "at Edinburgh's Napier University": a site named
        after the town it is in, or owned by it; the town's name counts only as a city or subdivision of a country the story
        names (so "the White House" or "Harvard University" place nothing abroad)."""
        if obj.lemma_.lower() not in _SITE_NOUNS or obj.pos_ not in ("PROPN", "NOUN"):
            return None
        owners = [c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if owners:
            # "Edinburgh's Napier University": the owner is the town, the compound the site's own
            # name; an owner the NER missed counts only as a big town ("St James's Palace" is none)
            found = self._name_phrase(prep, owners[0], any_label=True)
            place = self.gazetteer.lookup(found.text) if found is not None else None
            ok = place is not None and place.kind == "city" and place.population >= SMALL_TOWN
            return found if ok else None
        for child in obj.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == obj.i - 1:
                found = self._name_phrase(prep, child, any_label=True)
                if found is not None:
                    found.context_only = True
                    return found
        return None

    def _name_phrase(self, prep: Any, tok: Any, *, area_only: bool = False, town: bool = False,
                     any_label: bool = False, surely_place: bool = False) -> Optional[PlacePhrase]:
        """A proper name the NER missed: kept only if the gazetteer knows it (checked on resolve),
        or if the phrase says it is a place (``surely_place``: "the town of X", "X province"), then
        unresolved when the gazetteer does not know it."""
        lower_name = self._lower_case_name(tok)
        if (tok.pos_ != "PROPN" and not lower_name) or (tok.i in self._non_place and not any_label):
            return None
        name_tags = ("PROPN", "NOUN") if lower_name else ("PROPN",)
        left = tok
        while left.i > 0 and left.nbor(-1).dep_ == "compound" and left.nbor(-1).pos_ in name_tags:
            left = left.nbor(-1)
        start, end = left.idx, tok.idx + len(tok.text)
        # a lower-case word read as a name is a place only as a town or province of the story's countries
        return PlacePhrase(self.doc.text[start:end], start, end, prep, area_only=area_only, town=town,
                           entity=surely_place, context_only=lower_name and not surely_place)

    def _lower_case_name(self, tok: Any) -> bool:
        """In a story set in lower case ("police fired in hyderabad"), the tagger reads names as
        nouns: a noun with no determiner ("in hyderabad", not "in the air") may be a name.  So may a
        preposition's object tagged as an adjective ("said as much in chennai on friday"): an adjective is
        no object, the tagger misread a name it did not know."""
        tags = ("NOUN", "PROPN", "ADJ") if tok.dep_ == "pobj" else ("NOUN", "PROPN")
        return self.lower_case and tok.pos_ in tags and tok.is_lower \
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)

    def _qualifier(self, tok: Any) -> Optional[str]:
        """"Paris, Texas": the country an appositive state/country names for a place."""
        for child in tok.children:
            if child.dep_ in ("appos", "npadvmod") and child.i in self._entity_at:
                code = self.gazetteer.country_code(self._entity_at[child.i].text)
                if code is not None:
                    return code
        return None

    def _of_region(self, tok: Any) -> Optional[Place]:
        """"the Central District of California", "the Northern Region of Ghana": the country or state
        (admin-1 unit) the of-phrase of an administrative unit's name names, read from the gazetteer
        (the NER often leaves it in the unit's name or unlabelled)."""
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ != "of":
                continue
            for g in child.children:
                if g.dep_ != "pobj" or g.pos_ != "PROPN":
                    continue
                left = g
                while left.i > 0 and left.nbor(-1).dep_ == "compound" and left.nbor(-1).pos_ == "PROPN":
                    left = left.nbor(-1)
                name = self.doc.text[left.idx:g.idx + len(g.text)]
                place = self.gazetteer.country(name) or self.gazetteer.region(name, ("USA",))
                if place is not None and place.kind in ("country", "admin1"):
                    return place
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
                if any(_adjunct_word(mid) for mid in up_prep[1:index[tok.i]]):
                    return None  # "deferred its rally because of the violence in Gujarat": the violence's place
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
        countries.update(code for start, code in self._named_countries if span[0] <= start < span[1])
        return countries

    def resolve(self, phrase: PlacePhrase, prefer: set[str], evidence: str = "slot") -> Optional[Location]:
        """The phrase's gazetteer entry, preferring the sentence's countries, then the article's."""
        if phrase.capital_of is not None:
            cap = self.gazetteer.capital(phrase.capital_of)
            if cap is None:
                place = self.gazetteer.country_place(phrase.capital_of)
                return _location(phrase.text, place, evidence) if place else None
            return _location(phrase.text, cap, evidence)
        if phrase.seat is not None:
            return self._seat_place(phrase, evidence)
        if phrase.anaphor:
            city = self._antecedent_city(phrase.start)
            return _location(f"the {phrase.text}", city, evidence) if city is not None else None
        context = prefer | self.context
        phrase = self._name_past_particle(phrase, context)
        name = _ADMIN_SUFFIX.sub("", phrase.text)  # "Kherson province", "the Donetsk Region"
        if phrase.area_only or name != phrase.text:
            place = self.gazetteer.area(name, context, within=phrase.within)
        elif phrase.town:
            place = (self.gazetteer.city(name, context, within=phrase.within)
                     or self.gazetteer.lookup(name, context, within=phrase.within))
        else:
            place = self.gazetteer.lookup(name, context, within=phrase.within)
        region = phrase.of_region
        if place is not None and place.kind == "city" and phrase.within is None and region is None:
            place, home = self._story_town_namesake(name, place, phrase.start)
            if home is not None:
                return dataclasses.replace(home, text=" ".join(phrase.text.split()), name=" ".join(name.split()),
                                           geonames_id=None, feature_class=None,
                                           evidence="relative" if phrase.relative else evidence)
        if place is not None and region is not None and region.kind == "admin1" \
                and place.admin1_code != region.admin1_code:
            place = None  # "the Central District of California" is no namesake outside California
        if place is None:
            # the text's own word that the name lies inside a town ("in Durban Deep in Roodepoort") before
            # a guess from the name's words ("Durban Deep" is no site named after Durban)
            within = self._nested_in(phrase, prefer) or self._apposed_in(phrase, context) \
                or self._placed_before(phrase)
            if within is not None:
                return dataclasses.replace(within, evidence=evidence)
            place = self._misspelt(name, context) or self._site_town(name, context) or self._part_of(name, context) \
                or region  # a unit the gazetteer lacks lies in the state or country named
        if place is None:
            # a place we cannot find keeps its words: never a guessed coordinate
            return Location(" ".join(phrase.text.split()), precision="unresolved", evidence=evidence) \
                if phrase.entity else None
        if phrase.context_only and (place.kind not in ("city", "admin1") or place.country not in context):
            return None
        if phrase.residents_of and (place.kind != "city" or place.country not in context):
            return None  # "the inhabitants of Iraq" are a country's people, not a scene
        return _location(phrase.text, place, "relative" if phrase.relative else evidence)

    def _story_town_namesake(self, name: str, place: Place, offset: int) -> tuple[Place, Optional[Location]]:
        """A town name resolved outside the dateline city's admin-1 unit, the text giving no region
        of its own (``data/namesake_context.tsv``): a namesake inside the dateline's unit, unless
        dwarfed, wins over
        one elsewhere in the country or a town abroad under ``SMALL_TOWN`` (the story's state
        decides: "in Augusta" under "PORTLAND, Maine"); else a small namesake in the same country, far
        from the dateline city and in a unit none of the story's other places lies in, loses to that
        city, returned as the second item (the caller stores the text's name lying in it)."""
        dateline = self._dateline_at(offset)
        home = dateline[1] if dateline is not None else None
        if home is None or home.precision != "city" or not home.admin1_code \
                or home.admin1_code == place.admin1_code:
            return place, None
        if (place.country == home.country and not self._capital_or_big(place)) or place.population < SMALL_TOWN:
            local = self.gazetteer.city_in_admin1(name, home.admin1_code)
            if local is not None and local.population * NAMESAKE_LIMITS.local_dwarf_ratio >= place.population:
                return local, None
        if place.country != home.country or place.admin1_code in self._named_admin1s(name):
            return place, None  # the story's other places lie in the namesake's unit: a national round-up
        far = distance_km(home.lat, home.lon, place.lat, place.lon)
        if place.population < NAMESAKE_LIMITS.max_population and far is not None and far > NAMESAKE_LIMITS.min_km:
            return place, home
        return place, None

    def _capital_or_big(self, place: Place) -> bool:
        """A country's capital or a city of ``BIG_CITY`` or more: what a bare name means in any state's
        story ("Washington" in an Indiana-datelined story is the capital, not Washington, Indiana)."""
        capital = self.gazetteer.capital(place.country or "")
        return place.population >= BIG_CITY or (capital is not None and capital.geonames_id == place.geonames_id)

    def _named_admin1s(self, name: str) -> set[str]:
        """The admin-1 codes of the places the story names other than ``name`` (their entries by
        ``lookup`` in the story's countries): a namesake in one of them is the one meant."""
        if self._admin1s_named is None:
            self._admin1s_named = {}
            for ent in self.ents:
                if ent.label_ in _PLACE_LABELS:
                    found = self.gazetteer.lookup(_ADMIN_SUFFIX.sub("", ent.text), self.context)
                    if found is not None and found.admin1_code:
                        self._admin1s_named.setdefault(normalize_name(ent.text), found.admin1_code)
        own = normalize_name(name)
        return {code for named, code in self._admin1s_named.items() if named != own}

    def _name_past_particle(self, phrase: PlacePhrase, context: set[str]) -> PlacePhrase:
        """The phrase with its name gone on past a lower-case particle when the gazetteer knows the
        longer name ("in Sao Jose dos Campos": the NER's "Sao Jose" is another city; "the southern state
        of Rio Grande do Sul": "Rio Grande" a Puerto Rican municipality)."""
        tail = _PARTICLE_TAIL.match(self.doc.text, phrase.end)
        if tail is None:
            return phrase
        longer = " ".join((phrase.text + tail.group(0)).split())
        if self.gazetteer.lookup(_ADMIN_SUFFIX.sub("", longer), context, within=phrase.within) is None:
            return phrase
        return dataclasses.replace(phrase, text=longer, end=tail.end())

    def _nested_in(self, phrase: PlacePhrase, prefer: set[str]) -> Optional[Location]:
        """A place the gazetteer lacks that the text puts inside a town or province it knows ("in
        Ancuabe in Mozambique's northern Cabo Delgado province", "in Dudheshwar in Ahmedabad"): the
        text's own name, lying in that unit (its country, admin-1 and, for a town, its city and
        coordinates; precision the unit's level) -- the most precise place the text gives, with no
        coordinate of its own guessed.  Only for a name the NER calls a place, and an "in" phrase hanging
        on the name itself or right after it on the same word."""
        if phrase.preposition is None or phrase.anaphor or not (phrase.mislabeled or any(
                ent.label_ in _PLACE_LABELS and ent.start_char == phrase.start for ent in self.ents)):
            # a proper name (the NER may call it a person: "in Durban Deep in Roodepoort"), not a common
            # noun of a lower-case story ("in violence in gujarat")
            return None
        for inner in self.phrases:
            prep = inner.preposition
            if inner is phrase or prep is None or prep.lower_ != "in" or inner.anaphor:
                continue
            on_name = phrase.start <= prep.head.idx < phrase.end
            # the parser often hangs both on the same word: "the attack [in Ancuabe] [in ... province]"
            # (the "in" phrase right *after* the name: one before it would nest the two in each other, endlessly)
            next_to = prep.head.i == phrase.preposition.head.i and prep.idx >= phrase.end \
                and not self.doc.text[phrase.end:prep.idx].strip()
            if not (on_name or next_to):
                continue
            unit = self.resolve(inner, prefer)
            if unit is None or unit.precision not in ("city", "admin1"):
                return None
            name = " ".join(phrase.text.split())
            return dataclasses.replace(unit, text=name, name=name, geonames_id=None, feature_class=None,
                                       lat=unit.lat, lon=unit.lon)
        return None

    def _apposed_in(self, phrase: PlacePhrase, context: set[str]) -> Optional[Location]:
        """A place the gazetteer lacks that the text qualifies, after a comma, with a province or state it
        knows ("in Shengzhou city, Zhejiang province", "Musuku village, North Kivu"), the way a dateline's
        region qualifies its city: the text's own name ("Shengzhou": a settlement noun after it is no part of
        the name), lying in that unit (its country, admin-1 and coordinates; ``precision: admin1``) -- no
        coordinate of the town's own guessed.  Only for a name the NER calls a place followed by one the NER
        calls a place and the gazetteer an admin-1 unit (the story's countries first); the comma is read in
        the text, the parser often hanging the unit elsewhere."""
        if phrase.anaphor or not any(ent.label_ in _PLACE_LABELS and ent.start_char == phrase.start
                                     for ent in self.ents):
            return None
        after = _QUALIFIER_COMMA.match(self.doc.text, phrase.end)
        if after is None:
            return None
        for ent in self.ents:
            if ent.start_char != after.end() or ent.label_ not in _PLACE_LABELS:
                continue
            unit = self.gazetteer.area(_ADMIN_SUFFIX.sub("", ent.text), context)
            if unit is None or unit.kind != "admin1":
                return None
            name = _town_name(phrase.text)
            return dataclasses.replace(_location(phrase.text, unit, "slot"), name=name, geonames_id=None,
                                       feature_class=None)
        return None

    def _placed_before(self, phrase: PlacePhrase) -> Optional[Location]:
        """A name the gazetteer lacks that the story has placed where it first qualified it ("riots in
        Shengzhou city, Zhejiang province" ... "Police in Shengzhou"): that place again, read from the
        story's earlier mention (``_nested_in``, ``_apposed_in``).  The first qualified mention before
        this one decides."""
        own = _town_key(phrase.text)
        for earlier in self.phrases:
            if earlier.start >= phrase.start:
                return None
            if earlier.anaphor or _town_key(earlier.text) != own:
                continue
            context = self._sentence_countries(self._sentence_span(earlier.start)) | self.context
            found = self._nested_in(earlier, context) or self._apposed_in(earlier, context)
            if found is not None:
                return dataclasses.replace(found, text=" ".join(phrase.text.split()))
        return None

    def _antecedent_city(self, offset: int) -> Optional[Place]:
        """The city "the city" refers to: the last city named before ``offset`` in the same story
        or digest item (a locative phrase or a place entity), else that item's dateline city."""
        dateline = self._dateline_at(offset)
        lo = self._section(dateline)[0] if dateline is not None else 0
        # a place a direction is measured from ("north-west of Vryburg") is a reference point, not "the town"
        named = [(p.start, p) for p in self.phrases if lo <= p.start < offset and not p.anaphor and not p.relative]
        relative = {(p.start, p.end) for p in self.phrases if p.relative}
        named += [(e.start_char, PlacePhrase(e.text, e.start_char, e.end_char, None))
                  for e in self.ents if e.label_ in _PLACE_LABELS and lo <= e.start_char < offset
                  and (e.start_char, e.end_char) not in relative]
        for _, phrase in sorted(named, key=lambda n: -n[0]):
            found = self.resolve(phrase, set())
            if found is not None and found.precision == "city":
                return self.gazetteer.city(found.name, {found.country} if found.country else set())
        if dateline is not None and dateline[1].precision == "city":
            return self.gazetteer.city(dateline[1].name, {dateline[1].country})
        return None

    def _part_of(self, name: str, context: set[str]) -> Optional[Place]:
        """"the Northern Philippines", "Northeastern Iraq": a name the gazetteer lacks that is a
        compass word and a known country, province or large city is a part of that place."""
        words = normalize_name(name).split(" ", 1)
        if len(words) < 2 or words[0] not in _COMPASS_PARTS:
            return None
        place = self.gazetteer.lookup(words[1], context)
        if place is None or not (place.kind in ("country", "admin1")
                                 or (place.kind == "city" and place.population >= SMALL_TOWN)):
            return None
        return place

    def _site_town(self, name: str, context: set[str]) -> Optional[Place]:
        """"Subic Bay", "Kandahar Airport": a site the gazetteer lacks, named after a town of a
        country the story names: that town."""
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in _SITE_NOUNS:
            return None
        town = self.gazetteer.city(" ".join(words[:-1]), context)
        return town if town is not None and town.country in context else None

    def _misspelt(self, name: str, context: set[str]) -> Optional[Place]:
        """The place the story names elsewhere that ``name`` is one letter off ("Songkha" for
        Songkhla): only for names of ``MIN_MISSPELT_LEN`` letters or more, and one such place."""
        if len(name) < MIN_MISSPELT_LEN:
            return None
        if self._story_names is None:
            self._story_names = {}
            for ent in self.ents:
                if ent.label_ in _PLACE_LABELS and len(ent.text) >= MIN_MISSPELT_LEN:
                    found = self.gazetteer.lookup(ent.text, self.context)
                    if found is not None and found.kind in ("city", "admin1"):
                        self._story_names.setdefault(ent.text.lower(), found)
        near = {place for known, place in self._story_names.items() if _one_edit(name.lower(), known)}
        return near.pop() if len(near) == 1 else None

    def _resolve_cached(self, phrase: PlacePhrase, sentence: tuple[int, int], evidence: str) -> Optional[Location]:
        key = (phrase.start, phrase.end)
        if key not in self._resolved:
            self._resolved[key] = self.resolve(phrase, self._sentence_countries(sentence))
        found = self._resolved[key]
        if found is None:
            return None
        if evidence == "slot":
            return dataclasses.replace(found)
        return dataclasses.replace(found, evidence=evidence)

    def locate(self, event: Event) -> Optional[Location]:
        """The event's place by the order of evidence of the module doc (None: the text gives none)."""
        anchor = anchor_token(self.parsed, event.span, event.trigger_span)
        if anchor is None:
            return None
        found = self._slot(event, anchor) or self._here(event, anchor)
        if found is not None:
            return found
        found = self._in_sentence(event, anchor) or self._in_paragraph(event) \
            or self._same_happening_elsewhere(event, anchor)
        if found is not None:
            return self._narrowed(found, event, anchor)
        return self._speaker_place(event, anchor) or self._from_dateline(event, anchor) \
            or self._story_scene(event, anchor) or self._here_unknown(anchor)

    def _narrowed(self, found: Location, event: Event, anchor: Any) -> Location:
        """A country read from outside the event's own clause ("... and service was normal elsewhere
        in Canada") gives way to the dateline's place in that country when the dateline places the
        event (a Canadian union's statement in an OTTAWA story was made in Ottawa): the clause did
        not place the event, so the more precise place that does wins.  A slot's country ("the
        strike in Canada") is the event's own and stays."""
        if found.precision != "country" or found.country is None:
            return found
        dated = self._from_dateline(event, anchor)
        if dated is None or self._state(dated.country, dated.admin1_code) != self._state(found.country):
            return found
        return dated

    def _here(self, event: Event, anchor: Any) -> Optional[Location]:
        """"arrived here", "met here": the place of the dateline that holds there, whoever acted."""
        dateline = self._dateline_at(event.span[0])
        if dateline is None or not _says_here(anchor):
            return None
        return dataclasses.replace(dateline[1], evidence="dateline")

    def _here_unknown(self, anchor: Any) -> Optional[Location]:
        """"converged here" with no dateline, and no other place in the sentence or paragraph: the
        text says the event was where the reporter was, and does not say where that is."""
        if not _says_here(anchor):
            return None
        return Location("here", precision="unresolved", evidence="slot")

    def _slot(self, event: Event, anchor: Any) -> Optional[Location]:
        scored = []
        for phrase in self.phrases:
            if event.span[0] <= phrase.start < event.span[1]:
                arcs = self._reachable(phrase, anchor, event.trigger_span)
                if arcs is not None:
                    scored.append((arcs, phrase.start, phrase))
        for _, _, phrase in sorted(scored, key=lambda s: (s[0], s[1])):
            location = self._resolve_cached(phrase, event.span, "slot")
            if location is not None:
                return self._target_conjunct(event, phrase, location) or location
        return self._named_on_noun(event, anchor) or self._host(event, anchor) or self._venue(event, anchor) \
            or self._where_clause(event, anchor)

    def _target_conjunct(self, event: Event, phrase: PlacePhrase, location: Location) -> Optional[Location]:
        """The place of a coordinated list of places that names the event's own target state ("After visiting
        the U.S., England, France, ... Funaro", "to visit Thailand and Indonesia"): the coder gives each
        coordinated target its own act, and each act happened at its own conjunct, not at the list's first
        place.  None where the slot's place already lies in the target's state, the target is no state, or no
        conjunct names it."""
        target = event.target
        state = self._state(target.country) if target is not None and target.country else None
        if state is None or not self._is_state(target.country) or self._state(location.country) == state:
            return None
        head = self.parsed.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if head is None or len(head) == 0:
            return None
        for conj in head.root.conjuncts:
            named = self._entity_phrase(phrase.preposition, conj)
            found = self.resolve(named, {state}) if named is not None else None
            if found is not None and found.precision != "unresolved" and self._state(found.country) == state:
                return found
        return None

    def _where_clause(self, event: Event, anchor: Any) -> Optional[Location]:
        """An event in a relative clause opened by a relative adverb of place (``place_relative``: "fled to
        eastern Congo, where it joined forces with ...", "in Christiana where a community hall was torched")
        happened at the place the clause modifies: the adverb stands for that place.  The event is the
        clause's verb or a noun of it, never a clause deeper down ("where he said troops had arrested")."""
        clause = anchor
        while clause.dep_ != "relcl":
            if clause.head.i == clause.i or clause.pos_ in ("VERB", "AUX"):
                return None  # the top of the sentence, or a clause of its own under the relative one
            clause = clause.head
        if not any(c.dep_ == "advmod" and c.lower_ in _PLACE_RELATIVES for c in clause.children):
            return None
        head = clause.head
        for phrase in self.phrases:
            if phrase.start <= head.idx < phrase.end and phrase.preposition is not None \
                    and not phrase.relative and event.span[0] <= phrase.start < event.span[1]:
                return self._resolve_cached(phrase, event.span, "slot")
        # a place the NER names that no locative phrase holds ("fled to eastern Congo, where ..."): the name itself
        named = self._entity_phrase(clause, head)
        if named is None:
            return None
        found = self.resolve(named, self._sentence_countries(event.span))
        return found if found is not None and found.precision != "unresolved" else None

    def _venue(self, event: Event, anchor: Any) -> Optional[Location]:
        """A gathering named after its city as the event's object, or the object's of-phrase, in the
        event's clause or a subjectless clause of its scene: "addressing the opening ceremony of
        the Beijing Summit", "Opening the Tunis phase of WSIS, Annan called on ...".  Only a
        ``venue_noun`` ("the Moscow government" is an actor) and only a city."""
        heads = [anchor] + [c for c in anchor.children if c.pos_ == "VERB" and _participial(c)]
        for head in heads:
            for obj in (c for c in head.children if c.dep_ in ("dobj", "nsubjpass")):
                for noun in (obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                    for g in p.children if g.dep_ == "pobj")):
                    if noun.lemma_.lower() in _VENUE_NOUNS or noun.lower_ in _VENUE_NOUNS:
                        location = self._named_on_noun(event, noun, venue_only=True)
                        if location is not None:
                            return location
        return None

    def _host(self, event: Event, anchor: Any) -> Optional[Location]:
        """"Abuja has been hosting peace talks": a city or subdivision that hosts is the venue."""
        if anchor.lemma_.lower() not in _HOST_LEMMAS:
            return None
        for child in anchor.children:
            if child.dep_ != "nsubj":
                continue
            ent = self._entity_at.get(child.i)
            phrase = PlacePhrase(ent.text, ent.start_char, ent.end_char, None) if ent is not None \
                else self._name_phrase(None, child, any_label=True)  # the NER often misses it
            location = self._resolve_cached(phrase, event.span, "slot") if phrase is not None else None
            if location is not None and location.precision in ("city", "admin1"):
                return location
        return None

    def _named_on_noun(self, event: Event, anchor: Any, *, venue_only: bool = False) -> Optional[Location]:
        """A place name modifying an event noun: "the Abuja talks", "a Baghdad bombing"."""
        if anchor.pos_ != "NOUN" and not (venue_only and anchor.pos_ == "PROPN"):
            return None
        for child in anchor.children:
            if child.dep_ not in ("compound", "nmod") or child.pos_ != "PROPN":
                continue
            if venue_only and (child.n_lefts or child.n_rights or child.i != anchor.i - 1):
                continue  # part of an organisation's name ("the Asia-Pacific Economic Cooperation summit")
            if self._non_place_label.get(child.i) in _TIME_ENTITIES:
                continue  # a date's month, not a place
            ent = self._entity_at.get(child.i)
            phrase = PlacePhrase(ent.text, ent.start_char, ent.end_char, None) if ent is not None \
                else PlacePhrase(child.text, child.idx, child.idx + len(child.text), None, context_only=True)
            location = self._resolve_cached(phrase, event.span, "slot")
            # a city names the venue ("the Geneva talks"); a country or region the topic ("Darfur
            # talks"), except on fighting and the like, which happen there ("the Chechnya fighting")
            scene = anchor.lemma_.lower() in _SCENE_NOUNS or anchor.lower_ in _SCENE_NOUNS
            if location is not None and (location.precision == "city" or (
                    scene and not venue_only and location.precision in ("admin1", "country"))):
                return location
        return None

    def _in_sentence(self, event: Event, anchor: Any) -> Optional[Location]:
        """The locative phrase of the event's sentence nearest its trigger in the tree ("killed ...
        in two bomb blasts in the port city of Karachi", "talks will begin in Moscow"), except one
        that dates it by another happening ("Since the operation in Ukraine, ...") or tells where
        a report was made ("said in Beijing that troops arrested ...": fronted "In Kinshasa, police
        said they arrested ..." does count)."""
        found = []
        verbal = event.quad_class in _VERBAL_QUAD_CLASSES
        for phrase in self.phrases:
            if event.span[0] <= phrase.start < event.span[1] and phrase.preposition is not None \
                    and self._same_happening(phrase.preposition, anchor):
                found.append((tree_distance(phrase.preposition, anchor), phrase.start, phrase))
        for distance, _, phrase in sorted(found, key=lambda f: (f[0], f[1])):
            if distance > MAX_SENTENCE_ARCS or (verbal and _topic_place(phrase.preposition, anchor)):
                # the nearest place is the topic's: a farther one lies in another clause ("is negotiating the
                # acquisition of chains in Canada" after "... newspapers in the U.S."), no better evidence
                break
            location = self._resolve_cached(phrase, event.span, "sentence")
            if location is not None and location.precision != "unresolved":
                return location
        return None

    def _same_happening(self, prep: Any, anchor: Any) -> bool:
        """Whether a locative phrase of the sentence can tell where the event happened (see
        ``_in_sentence``): not through a clause about someone named ("aid worker Margaret Hassan,
        kidnapped in Iraq"), a to-clause of purpose or intent ("appealed for inspectors to be given
        more time in Iraq"), a temporal adjunct, a report's content or the clause a report was made
        in; and not from inside a relative clause out to the clause it hangs on."""
        up_anchor = {t.i: t for t in (anchor, *anchor.ancestors)}
        for node in (prep, *prep.ancestors):
            if node.i in up_anchor:
                return not self._in_time_adjunct(anchor, node) and self._meets(prep, anchor, node)
            if node.i != prep.i and _adjunct_word(node):
                return False  # "In an interview ahead of a meeting in London, Mr Abbas said": the meeting's place
            if any(c.dep_ in _MARK_DEPS and c.lower_ in _TEMPORAL_PREPOSITIONS for c in node.children):
                # a clause its subordinator makes a time adjunct: "decided to reopen the investigation after
                # he was hauled out of the embassy in London" (London is where he was hauled out)
                return False
            if node.lemma_.lower() in _REPORT_CHANNEL and node.pos_ == "VERB":
                return False  # "in a report received in London"
            if node.dep_ in ("relcl", "acl") and self._names_someone(node.head):
                return False
            if node.dep_ == "appos" and self._names_someone(node.head):
                return False  # "said Avi Bell, senior fellow at a forum in Israel": where he works
            if node.dep_ in ("xcomp", "advcl", "acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                        for c in node.children):
                return False
        return False

    @staticmethod
    def _in_time_adjunct(anchor: Any, node: Any) -> bool:
        """The event is named inside a time phrase below ``node`` ("Speaking to Parliament on his first day in office
        following David Blunkett's resignation, Mr Clarke said"): another happening that dates the clause, whose
        place that clause's own place does not tell, as a place inside such a phrase is not the clause's.  (A
        clause its subordinator makes a time adjunct, "were killed in X when police opened fire", is most often
        the same scene and is not one.)"""
        for tok in (anchor, *anchor.ancestors):
            if tok.i == node.i:
                return False
            if tok.dep_ == "prep" and tok.lower_ in _TEMPORAL_PREPOSITIONS:
                return True
        return False

    def _meets(self, prep: Any, anchor: Any, node: Any) -> bool:
        if node.i == anchor.i and _inside_complement(prep, anchor):
            return False  # "said the presence of troops in Japan ...": the report's content
        below = [t for t in (anchor, *anchor.ancestors) if t.head.i == node.i and t.i != node.i]
        if node.i != anchor.i and node.lemma_.lower() in _WHEREABOUTS_LEMMAS and _inside_complement(prep, node) \
                and not (below and (_dominates(below[0], prep) or below[0].dep_ in _CONTENT_DEPS)):
            # "Liu said that the army could be deployed in Beijing, warning: ...": the place lies in what
            # was said (a verb of saying: ``whereabouts_lemma``), the warning beside it is no part of that content (an event in another part of
            # the content, "farmers protested in X and three died at a roadblock, police said", is)
            return False
        if any(t.dep_ == "relcl" for t in (anchor, *anchor.ancestors)
               if t.i != node.i and _dominates(node, t) and not _dominates(t, prep)):
            # "seamen, who say they halted exports, held talks in Rio": not the exports' place (a
            # reduced participle, "four killed and others injured in blasts in Karachi", is the same scene)
            return False
        # a report verb the event is the complement of only counts for a phrase before it, or for
        # a statement of intent that is the event itself ("said upon arrival in Beijing that Russia
        # will cooperate": the intent is expressed where it was stated; not "said in Quito that
        # Ecuador would have to import oil to meet ...", whose event lies deeper in what was said)
        reported = bool(below) and below[0].dep_ == "ccomp" \
            and not (below[0].i == anchor.i and _states_intent(anchor))
        return not (reported and prep.idx > node.idx and not _dominates(below[0], prep))

    def _names_someone(self, token: Any) -> bool:
        label = self._non_place_label.get(token.i)
        return label in ("PERSON", "ORG", "NORP") or token.pos_ == "PRON"

    def _in_paragraph(self, event: Event) -> Optional[Location]:
        """The place of the main happening of the sentence just before, in the same paragraph
        ("Clashes broke out in Kirkuk on Monday. Two policemen were killed."); a place where something is
        yet to happen only for an event yet to happen too ("... will lead the commemoration at a service in
        Westminster Hall, London. The Queen will also host a reception")."""
        start = _paragraph_start(self.doc.text, event.span[0])
        anchor = anchor_token(self.parsed, event.span, event.trigger_span)
        planned = anchor is not None and any(_states_intent(t) for t in (anchor, *anchor.ancestors))
        before = self.parsed.char_span(event.span[0], event.span[1], alignment_mode="expand")
        if before is None or len(before) == 0 or before[0].i == 0:
            return None
        previous = self.parsed[before[0].i - 1].sent
        if previous.start_char < start or _inside_quotation(self.doc.text[start:event.span[0]]):
            return None  # "... said: "... They killed even children."": what was said, not told on
        if self._another_speaker(event, (previous.start_char, previous.end_char)):
            return None
        for phrase in sorted(self.phrases, key=lambda p: p.start):
            if not (previous.start_char <= phrase.start < previous.end_char):
                continue
            if self._reachable(phrase, previous.root, None) is None \
                    or (_yet_to_happen(phrase.preposition) and not planned):
                continue  # a place where something is yet to happen is not where a thing done was done
            location = self._resolve_cached(phrase, (previous.start_char, previous.end_char), "paragraph")
            if location is not None and location.precision != "unresolved":
                return location
        return None

    def _another_speaker(self, event: Event, previous: tuple[int, int]) -> bool:
        """A person's statement, meeting or visit (``whereabouts_lemma``) after a sentence none of whose
        events is that person's ("In the Commons, Mr Howard said ... Mr Blair said ..."; "8,000
        supporters gathered outside Parliament ... Varoufakis told Ant1 television"): the next speaker
        is not told on in the same place; where they were comes from their own whereabouts or the
        dateline."""
        anchor = anchor_token(self.parsed, event.span, event.trigger_span)
        person = event.source.entity if event.source is not None else None
        if anchor is None or anchor.lemma_.lower() not in _WHEREABOUTS_LEMMAS or person is None \
                or not any(entity.id == person and entity.kind == "person" for entity in self.doc.entities):
            return False
        sources = {other.source.entity for other in self.doc.events
                   if other.source is not None and previous[0] <= other.span[0] < previous[1]}
        # a sentence with no actor's event ("Mr Brown was speaking in Gateshead.") tells no other speaker
        return bool(sources) and person not in sources

    def _same_happening_elsewhere(self, event: Event, anchor: Any) -> Optional[Location]:
        """The place another sentence of the story gives for the same happening ("Clashes broke out in
        Kirkuk on Monday. ... The clashes left two dead"): a mention of the event's happening family
        (``dates/happenings.py``, the test the date step dates such events by) whose own clause places
        it, in the same story or digest item ("his arrest in Fort Lauderdale" ... "King was arrested
        by police a few minutes later").  Only where every mention of the family that is placed in
        the story (or item) is placed in the same city, region or country: a story that places
        happenings of the kind in two places ("gunned down in Yala", "the murder ... in Narathiwat")
        does not say which one a bare mention is.  Not for an event marked as another happening
        ("another attack") or named by a bare plural ("attacks")."""
        family = family_of(anchor)
        if family is None or marked_other(anchor) or generic(anchor) or self._object_names_place(anchor):
            return None
        dateline = self._dateline_at(event.span[0])
        lo, hi = self._section(dateline) if dateline is not None else (0, len(self.doc.text))
        placed = [loc for tok, fam, loc in self._happening_mentions()
                  if fam == family and loc is not None and lo <= tok.idx < hi
                  and not event.span[0] <= tok.idx < event.span[1]]
        if len({(loc.country, loc.name, loc.precision) for loc in placed}) != 1:
            return None
        return dataclasses.replace(placed[0], evidence="happening")

    def _object_names_place(self, anchor: Any) -> bool:
        """The event's object names a place of its own ("visited Kenya's biggest shantytown"), one
        its slot did not resolve: a place told for another mention is not this one's."""
        return any(tok.i in self._entity_at for obj in anchor.children if obj.dep_ == "dobj" for tok in obj.subtree)

    def _happening_mentions(self) -> list[tuple[Any, str, Optional[Location]]]:
        """Each happening word of the story (noun or verb of a ``happenings.tsv`` family, not marked
        as another) with the place a locative phrase of its own clause gives it (None: none), in
        text order; found once per document."""
        if self._happenings is None:
            self._happenings = [(tok, family, self._own_place(tok)) for tok in family_words(self.parsed)
                                for family in [family_of(tok)] if family is not None and not marked_other(tok)]
        return self._happenings

    def _own_place(self, head: Any) -> Optional[Location]:
        """The place a locative phrase of the word's own clause gives it (``_slot``'s test)."""
        sentence = head.sent
        scored = [(arcs, phrase.start, phrase) for phrase in self.phrases
                  if phrase.preposition is not None and sentence.start_char <= phrase.start < sentence.end_char
                  for arcs in [self._reachable(phrase, head, None)] if arcs is not None]
        for _, _, phrase in sorted(scored, key=lambda s: (s[0], s[1])):
            location = self._resolve_cached(phrase, (sentence.start_char, sentence.end_char), "slot")
            if location is not None and location.precision != "unresolved":
                return location
        return None

    def _speaker_place(self, event: Event, anchor: Any) -> Optional[Location]:
        """Where the text puts the event's source that day (``_whereabouts``: "In a speech in Edinburgh,
        the prime minister said ...", "Mr Straw, visiting Beijing, noted ..."), for the person's other acts
        of the day that no clause of their own places ("Mr Straw also signed a deal on tourism"): a
        statement is made where its speaker is.  Not an earlier, ongoing or planned happening."""
        source = event.source
        if source is None or source.kind != "person" or not source.entity:
            return None
        place = self._whereabouts().get(source.entity)
        if place is None or not self._of_the_day(event, anchor):
            return None
        return dataclasses.replace(place, evidence="speaker" if place.evidence != "dateline" else "dateline")

    def _whereabouts(self) -> dict[str, Location]:
        """Each person's place on the story's day, by document entity, where the text gives one and only
        one: the city its own clause gives one of the person's statements, visits or meetings of the day
        (slot evidence), the place a person visits in a participle on the name ("Mr Straw, visiting
        Beijing, noted"), or the dateline for a person of another state whose act is the story's lead
        (``_visiting_lead``: "KUALA LUMPUR - Australia's Minister for Trade Negotiations is optimistic
        ..."), the reporter's city being where the visitor spoke.  A person placed in two places is
        placed by none.  Found once per document."""
        if self._where is None:
            seen: dict[str, list[tuple[Location, bool]]] = {}
            for entity, place, placing in [*self._acts_placed(), *self._visiting_participles()]:
                seen.setdefault(entity, []).append((place, placing))
            self._where = {entity: place for entity, places in seen.items()
                           if any(placing for _, placing in places)
                           for place in [_one_place(places)] if place is not None}
        return self._where

    def _acts_placed(self) -> list[tuple[str, Location, bool]]:
        """(entity, place, placing) of each act of the day of a person source that tells where the person
        is: a statement, visit or meeting its own words place (``_told_whereabouts``) and the visiting lead
        (``_visiting_lead``), which place the person's other acts (placing), or an act the dateline places
        (``_from_dateline``), which only tells a second place apart."""
        out = []
        for event in self.doc.events:
            source = event.source
            if source is None or source.kind != "person" or not source.entity:
                continue
            anchor = anchor_token(self.parsed, event.span, event.trigger_span)
            if anchor is None or not self._of_the_day(event, anchor):
                continue
            if self._visiting_lead(event, anchor):
                out.append((source.entity, dataclasses.replace(self.datelines[0][1], precision="dateline",
                                                               evidence="dateline"), True))
                continue
            found = self._told_whereabouts(event, anchor) or self._local_audience(event, anchor)
            if found is not None:
                out.append((source.entity, found, True))
                continue
            # the dateline places the day's acts of its own country's people, by its own tests: it places
            # nothing more through them, but a second place told for the person ("TOKYO - ... While in
            # Washington, he said he hopes ...": where he will be) makes the whereabouts unknown
            found = self._from_dateline(event, anchor)
            if found is not None:
                out.append((source.entity, found, False))
        return out

    def _of_the_day(self, event: Event, anchor: Any) -> bool:
        """Not an earlier ("last October", "Earlier this week he said"), ongoing or planned happening."""
        return not (self._earlier(event) or _told_before(anchor) or _ongoing(anchor)
                    or _planned_gathering(event, anchor))

    def _told_whereabouts(self, event: Event, anchor: Any) -> Optional[Location]:
        """The city a statement, visit or meeting (``whereabouts_lemma``) is placed in by its own clause
        (slot evidence; "arrived here": the dateline's); none for a deed ("losing his title in Athens") or a quoted act, and none
        where the sentence quotes before its verb ('"... as well as he did in Sheffield," said Edwards':
        the place may be the quotation's)."""
        before = self.doc.text[_paragraph_start(self.doc.text, anchor.idx):anchor.idx]
        if anchor.lemma_.lower() not in _WHEREABOUTS_LEMMAS or _inside_quotation(before) \
                or _QUOTE_MARKS.search(self.doc.text[anchor.sent.start_char:anchor.idx]):
            return None
        # the verb's own clause only: a place the sentence or paragraph gives may be the content's ("said as
        # both parties planned to cut civil servants at Whitehall"), not where the words were spoken
        found = self._slot(event, anchor) or self._here(event, anchor)
        # a city of a country the story names: a namesake abroad ("Westminster", Colorado) is no evidence
        # of where the story's speaker was
        if found is None or found.precision not in ("city", "dateline") or found.country not in self.context:
            return None
        return found

    def _visiting_lead(self, event: Event, anchor: Any) -> bool:
        """The event is the lead of a story filed under a city dateline (the sentence its body opens
        with), told as the sentence's news, and its source is a person of a state other than the
        dateline's: a visitor the reporter heard in that city ("INDIANAPOLIS - ... Michael Jopling,
        British minister of Agriculture, warned").  A state or a group of another country ("ATHENS -
        Turkey accused Greece ...") is not a visitor: it acts from home."""
        if not self.datelines or self.datelines[0][1].precision != "city" or not self._is_state(event.source.country):
            return False
        start, dateline = self.datelines[0]
        lead = self._sentence_span(self._dateline_ends.get(start, start))
        if not lead[0] <= event.span[0] < lead[1] or not _told_as_news(anchor):
            return False
        return self._state(event.source.country) != self._state(dateline.country, dateline.admin1_code)

    def _local_audience(self, event: Event, anchor: Any) -> Optional[Location]:
        """The dateline's place (``precision: dateline``) for a person of another state than a city
        dateline's who tells an audience of the dateline's state (``audience_lemma``; the addressee a group,
        its head a plural noun: "TOKYO - ... Robert Binney, senior vice-president of Chase Manhattan Bank,
        told a group of Japanese members of parliament and financial leaders"), told as the sentence's news:
        a visitor the reporter heard where the audience is.  A single addressee ("told Miyazawa") may be
        met anywhere, a telephone included, and is no evidence."""
        dateline = self._dateline_at(event.span[0])
        target, source = event.target, event.source
        if dateline is None or dateline[1].precision != "city" or anchor.lemma_.lower() not in _AUDIENCE_LEMMAS \
                or target is None or target.start is None or target.end is None \
                or not self._is_state(source.country) or not self._is_state(target.country):
            return None
        home = self._state(dateline[1].country, dateline[1].admin1_code)
        if self._state(source.country) == home or self._state(target.country) != home or not _told_as_news(anchor):
            return None
        audience = self.parsed.char_span(target.start, target.end, alignment_mode="expand")
        if audience is None or audience.root.tag_ != "NNS":
            return None
        return dataclasses.replace(dateline[1], precision="dateline", evidence="dateline")

    def _visiting_participles(self) -> list[tuple[str, Location, bool]]:
        """(entity, place, placing) of a visit told in a participle on a person's name ("Mr Straw, visiting
        Beijing, noted ..."): the visit verb's clause modifies the name itself."""
        out = []
        for phrase in self.phrases:
            verb = phrase.preposition
            if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _VISIT_LEMMAS or verb.dep_ != "acl":
                continue
            entity = self._person_at(verb.head)
            # resolved afresh: the cache keeps the first context a phrase was read in, an event's own
            location = self.resolve(phrase, self._sentence_countries(self._sentence_span(phrase.start))) \
                if entity else None
            if location is not None and location.precision != "unresolved":
                out.append((entity, location, True))
        return out

    def _person_at(self, token: Any) -> Optional[str]:
        """The document entity (a person) one of whose mentions covers the token; else, for a name the
        actor stage did not link ("Mr Straw, visiting Beijing" read by the NER as a product), the one person
        whose name ends in that word."""
        people = [entity for entity in self.doc.entities if entity.kind == "person"]
        for entity in people:
            if any(start <= token.idx < end for start, end in entity.mentions):
                return entity.id
        if token.pos_ != "PROPN":
            return None
        named = {entity.id for entity in people if entity.name and entity.name.split()[-1] == token.text}
        return named.pop() if len(named) == 1 else None

    def _from_dateline(self, event: Event, anchor: Any) -> Optional[Location]:
        """The place of the dateline that holds at the event, for an event of that day whose actors
        are of no country but the dateline's, in a story (or digest item) about the dateline's country.
        Not an earlier happening (its date, read from the text, ended before the article's day:
        "last October", "on March 27") nor a standing stance ("has said", "had rejected"): the
        dateline tells where the reporter was that day, nothing of where those happened."""
        dateline = self._dateline_at(event.span[0])
        if dateline is None or dateline[1].country is None:
            return None
        if self._earlier(event) or _standing_stance(anchor) or _ongoing(anchor) or _planned_gathering(event, anchor) \
                or (_background(anchor) and not self._of_the_article_day(event)) or _media_report(anchor):
            return None
        home = self._state(dateline[1].country, dateline[1].admin1_code)
        # the source's own words must name its state ("Belgian Research Minister"): a country the actor
        # stage took from the story's context or home ("the government" in a LONDON story about Iraq)
        # is the dateline's guess, not evidence that the dateline's actor spoke
        own_source = event.source is not None and self._is_state(event.source.country) \
            and self._state(event.source.country) == home \
            and (event.source.resolved_by not in WEAK_EVIDENCE or self._names_state(event.source.text, home))
        states = {self._state(ref.country) for ref in (event.source, event.target)
                  if ref is not None and self._is_state(ref.country)}
        meeting = self._meeting_seat(dateline)
        # a source of the dateline's state by the story's context or home ("the official" in a TOKYO story about
        # Japan) in a story about that state: the domestic story stands in for the evidence its words lack, as
        # it does for an event with no foreign actor, so its own act against a foreign target is placed too
        home_source = event.source is not None and bool(event.source.text) and self._is_state(event.source.country) \
            and self._state(event.source.country) == home and (own_source or self._domestic_story(dateline))
        if states - {home} and not meeting and not (home_source and _told_as_news(anchor)):
            # a foreign actor: the reporter's city says nothing about where it acted.  A foreign target
            # of the dateline's own actor does not move the act: what the dateline country's actor, named
            # in the text, said or did that day, to whomever or against whomever (New Zealand's sanctions
            # against Fiji from WELLINGTON), was said or done there (the judged sets' place rule,
            # rejudged/README.md) -- when the sentence tells it as its news, not in a clause of its own
            # ("admitted he was wrong to sell arms to Iran", "announced on March 27 he would impose")
            return None
        if not own_source and not meeting and not self._domestic_story(dateline):
            # "LONDON - Iran said its troops ...": a story filed from abroad places no event of no state;
            # an actor of the dateline's own state acts there whatever the story is about ("BRUSSELS -
            # Belgian Research Minister Guy Verhofstadt told reporters" in a story of EC members' quarrels)
            return None
        return dataclasses.replace(dateline[1], precision="dateline", evidence="dateline")

    def _meeting_seat(self, dateline: tuple[int, Location]) -> bool:
        """The dateline's city is where the members of a body its story (or digest item) names meet
        (``data/meeting_seats.tsv``: "BRUSSELS - ... EC farm ministers", "GENEVA - ... GATT"): the story
        reports what the members' governments said and did at the body's meetings there that day, so the
        dateline places a foreign state's act of the day too ("France has withdrawn its objections").
        Any other city abroad does not ("LONDON - Iran said ...")."""
        if dateline[0] not in self._meetings:
            place = dateline[1]
            bodies = meeting_bodies(place.name, place.country) | meeting_bodies(place.text.title(), place.country)
            lo, hi = self._section(dateline)
            self._meetings[dateline[0]] = bool(bodies) and any(
                actor.code in bodies or actor.country in bodies for actor in self.doc.actors
                if actor.start is None or lo <= actor.start < hi)
        return self._meetings[dateline[0]]

    def _story_scene(self, event: Event, anchor: Any) -> Optional[Location]:
        """The town of a story with no dateline that names no other place (``_scene``), for a local
        incident (``scene_family``: "Police arrested two women for looting" in a one-town report) told
        in a sentence that names no place (a sentence that does, "said in Beijing that troops arrested
        ...", was read by 1-3), not inside a quotation unless the story tells an incident of its own in the
        town (``_incident_town``), whose actors are of no other country.  Not a
        happening marked as another, a bare plural ("attacks"), an earlier one, nor talks, votes or
        statements: those are held or made wherever the text says, which a story's one town does not tell."""
        if self.datelines or family_of(anchor) not in _SCENE_FAMILIES or marked_other(anchor) or generic(anchor) \
                or self._earlier(event):
            return None
        sentence = anchor.sent
        if any(sentence.start_char <= phrase.start < sentence.end_char for phrase, _ in self.mentions()):
            return None
        scene = self._scene()
        if scene is None:
            return None
        start = _paragraph_start(self.doc.text, event.span[0])
        if _inside_quotation(self.doc.text[start:anchor.idx]) and not self._incident_town(scene):
            # what was said ("... which said: "They killed even children."") is told on only where the story
            # tells an incident of its own in the town: there the witness or spokesman quoted tells the same
            # one ("He was shot in his belly," said the man's cousin, after "a man shot dead in Durban Deep")
            return None
        home = self._state(scene.country, scene.admin1_code)
        if {self._state(ref.country) for ref in (event.source, event.target)
                if ref is not None and self._is_state(ref.country)} - {home}:
            return None  # a foreign actor: the story's town is no evidence of where it acted
        return dataclasses.replace(scene, evidence="scene")

    def _incident_town(self, scene: Location) -> bool:
        """Whether an event of a local-incident family (``scene_family``) is placed in the scene's town by its
        own clause or sentence ("The family of a man shot dead ... in Durban Deep in Roodepoort ...")."""
        if self._incident is None:
            self._incident = False
            for event in self.doc.events:
                anchor = anchor_token(self.parsed, event.span, event.trigger_span)
                if anchor is None or family_of(anchor) not in _SCENE_FAMILIES:
                    continue
                found = self._slot(event, anchor) or self._in_sentence(event, anchor)
                if found is not None and (found.country, found.name) == (scene.country, scene.name):
                    self._incident = True
                    break
        return self._incident

    def _scene(self) -> Optional[Location]:
        """The town (a city-level entry) the story names first, when it is named in the story's lead (its
        first ``SCENE_LEAD_SENTENCES`` sentences, a headline among them), every resolved mention lies in
        its country, every other town the story names lies in its province (a local report names the
        neighbouring towns: "residents of Ganyesa, north-west of Vryburg" ... "held in Vryburg"), no
        province but the town's own is named and every place a locative phrase names resolves ("an attack
        in Yala" ... "a bomb in Narathiwat" names two places, whichever the gazetteer reads as a province
        or cannot tell); else None.  A place a direction is measured from ("north-west of Vryburg") is
        a reference point, never the first town."""
        if self._scene_found is None:
            towns: dict[Any, tuple[int, Location]] = {}
            states, provinces, unknown = set(), set(), False
            for phrase, loc in self.mentions():
                if phrase.preposition is not None and _yet_to_happen(phrase.preposition):
                    continue  # "he would be buried in Taung next week": not where the story happened
                if loc is None or loc.precision == "unresolved" or loc.country is None:
                    # a locative phrase's place the gazetteer cannot tell may be a second town; a bare
                    # name the NER took for a place ("Metsi said", "Tet") is most often none
                    unknown = unknown or (phrase.preposition is not None and not self._named_otherwise(phrase))
                    continue
                states.add(self._state(loc.country))
                if loc.precision == "city":
                    start = len(self.doc.text) if phrase.relative else phrase.start
                    key = (loc.geonames_id, loc.name)
                    towns[key] = (min(start, towns[key][0]) if key in towns else start, loc)
                elif loc.precision != "country":
                    provinces.add(loc.admin1_code or loc.name)
            lead = list(self.parsed.sents)[:SCENE_LEAD_SENTENCES]
            first_town, town = min(towns.values(), key=lambda t: t[0], default=(len(self.doc.text), None))
            in_lead = bool(lead) and first_town < lead[-1].end_char
            local = town is not None and all(other.admin1_code == town.admin1_code for _, other in towns.values())
            town = town if local and len(states) == 1 and not unknown and in_lead else None
            self._scene_found = (town if town is not None and provinces <= {town.admin1_code} else None,)
        return self._scene_found[0]

    def _named_otherwise(self, phrase: PlacePhrase) -> bool:
        """Whether a name the gazetteer lacks is one the story's NER reads elsewhere as no place, a company's
        or a person's ("Striking mine workers at Impala Platinum (Implats) mine" ... "a consultative meeting
        with the workers at Implats"): the NER's two readings of one name, of which the gazetteer backs
        neither, make it no second town of the story."""
        if not any(ent.label_ in _PLACE_LABELS and ent.start_char == phrase.start for ent in self.ents):
            return False  # one reading only: a name the NER itself calls a person here ("in Yala") stays unknown
        name = normalize_name(phrase.text)
        return bool(name) and any(ent.label_ in ("ORG", "PERSON") and name in _WORD.findall(normalize_name(ent.text))
                                  for ent in self.ents)

    def _names_state(self, text: Optional[str], state: Optional[str]) -> bool:
        """Whether an actor's words name the state by its adjective or name ("a Venezuelan ministry
        source"), whatever evidence the actor stage gave for its country."""
        for word in (w for w in _WORD.findall(text or "") if w[0].isupper()):
            code = self.gazetteer.country_of_adjective(word) or self.gazetteer.country_code(word)
            if code and self._state(code) == state:
                return True
        return False

    def _of_the_article_day(self, event: Event) -> bool:
        """The text dates the event to the article's own day ("the five arrested on charge of fraud today")."""
        return self.when is not None and bool(event.date_text) and event.date == self.when \
            and event.date_precision == "day"

    def _earlier(self, event: Event) -> bool:
        """The event's date, read from an expression of its own sentence (not the publication day,
        nor a date the date step carried over from another sentence), ended more than
        ``DATELINE_DAYS`` before the article's day."""
        if self.when is None or event.date is None or event.date_precision in (None, "publication") \
                or not event.date_text:
            return False
        sentence, date_text = " ".join(event.text.split()), " ".join(event.date_text.split())
        at = sentence.find(date_text)
        if at < 0 or _inside_quotation(sentence[:at]):
            return False  # a date inside a quotation is what someone said, not the day of the saying
        end = ResolvedDate(event.date, event.date_precision).period_end
        if event.date_precision in _PERIOD_PRECISIONS and end < self.when:
            return True  # "in October" in a story of November 20: a month that is over, not the day's
        return (self.when - end).days > DATELINE_DAYS

    def _section(self, dateline: tuple[int, Location]) -> tuple[int, int]:
        """The text a dateline holds for: the story's from the start (its headline too), a digest
        item's from its dateline; each up to the next dateline."""
        starts = [dl[0] for dl in self.datelines]
        n = starts.index(dateline[0])
        return (0 if n == 0 else starts[n], starts[n + 1] if n + 1 < len(starts) else len(self.doc.text))

    def _domestic_story(self, dateline: tuple[int, Location]) -> bool:
        """The dateline's country is the one its story (or digest item) names most (places, actors,
        nationality words)."""
        if dateline[0] not in self._domestic:
            lo, hi = self._section(dateline)
            counts = Counter(self._state(code) for start, code in self._named_countries if lo <= start < hi)
            counts.update(self._state(a.country) for a in self.doc.actors if self._is_state(a.country)
                          and (a.start is None or lo <= a.start < hi))
            counts.update(self._state(code) for ent in self.ents if ent.label_ == "NORP" and lo <= ent.start_char < hi
                          for code in [self.gazetteer.country_of_adjective(ent.text)] if code)
            home = self._state(dateline[1].country, dateline[1].admin1_code)
            counts[home] += 1  # the dateline names it too
            self._domestic[dateline[0]] = bool(home) and counts[home] >= max(counts.values(), default=0)
        return self._domestic[dateline[0]]


def _one_place(told: list[tuple[Location, bool]]) -> Optional[Location]:
    """The one place a person's acts of the day put them in (``_whereabouts``), or None when they name two.
    A city and the country or province it lies in are one place told at two precisions ("ABU DHABI - Iranian
    foreign minister Ali Akbar Velayati warned ..." and "Velayati, visiting the United Arab Emirates, told
    reporters"): the city.  Else the place a placing act gives."""
    places = [place for place, _ in told]
    cities = {(p.country, p.name) for p in places if p.precision in ("city", "dateline")}
    if len(cities) > 1 or (not cities and len({(p.country, p.name) for p in places}) > 1):
        return None
    if not cities:
        return next(p for p, placing in told if placing)
    city = next(p for p in places if p.precision in ("city", "dateline"))
    if any(p.country != city.country or (p.precision == "admin1" and p.admin1_code != city.admin1_code)
           for p in places):
        return None
    return city


def _prepositions(parsed: Any) -> list[Any]:
    """The tokens whose dependency label is ``prep``, in order, found in the parse's label array
    rather than by making a Python token object of every word; and a ``dative`` "to" on a verb of
    sending people, which the parser labels so ("sent troops [to] Hong Kong")."""
    from spacy.attrs import DEP

    strings = parsed.vocab.strings
    if len(parsed) == 0:
        return []
    labels = parsed.to_array([DEP]).reshape(-1)
    found = [parsed[int(i)] for i in (labels == strings["prep"]).nonzero()[0]] if "prep" in strings else []
    if "dative" in strings:
        found += [tok for i in (labels == strings["dative"]).nonzero()[0] for tok in [parsed[int(i)]]
                  if tok.lower_ == "to" and _sends_people(tok)]
    return sorted(found, key=lambda t: t.i)


def _tokens_with_lemma(parsed: Any, lemmas: frozenset[str]) -> list[Any]:
    """The tokens whose lemma is one of ``lemmas``, found in the parse's lemma array (as
    ``_prepositions``) rather than by making a Python token object of every word."""
    from spacy.attrs import LEMMA

    wanted = [parsed.vocab.strings[w] for w in lemmas if w in parsed.vocab.strings]
    if not wanted or len(parsed) == 0:
        return []
    import numpy

    found = numpy.isin(parsed.to_array([LEMMA]).reshape(-1).astype("uint64"), numpy.array(wanted, dtype="uint64"))
    return [parsed[int(i)] for i in found.nonzero()[0]]


def _opening_end(text: str) -> int:
    """The offset where the story's opening (its first ``OPENING_PARAGRAPHS`` non-blank paragraphs) ends."""
    seen, at = 0, 0
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        seen += 1
        at = m.end()
        if seen >= OPENING_PARAGRAPHS:
            break
    return at


def _lower_case_story(text: str) -> bool:
    """Whether the story is set in lower case (``LOWER_CASE_SHARE`` of its words capitalised, or
    ``LOWER_CASE_OPENING_SHARE`` of its sentence openings lower case); a short text never counts."""
    words = _WORD.findall(text)
    if len(words) < 50:
        return False
    if sum(w[0].isupper() for w in words) < LOWER_CASE_SHARE * len(words):
        return True
    openings = [m.group(1) for m in _SENTENCE_OPENING.finditer(text)]
    return len(openings) >= LOWER_CASE_OPENINGS \
        and sum(c.islower() for c in openings) >= LOWER_CASE_OPENING_SHARE * len(openings)


def _bare_anaphor(obj: Any) -> bool:
    """"the city", "the town" with no name, modifier or of-phrase of its own."""
    if obj.lower_ not in _ANAPHOR_NOUNS:
        return False
    kids = list(obj.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) \
        and all(c.dep_ == "det" for c in kids)


def _told_as_news(anchor: Any) -> bool:
    """The event is the sentence's own news: its main clause, a clause coordinated with it, or the
    content a wire's closing attribution reports ("New Zealand has imposed sanctions against Fiji, acting
    prime minister Geoffrey Palmer said"); not a clause under another verb or noun ("admitted he was
    wrong to sell arms", "announced on March 27 he would impose tariffs", "when he asked Zelenskiy")."""
    node = anchor
    while node.dep_ != "ROOT":
        fronted_content = node.dep_ == "ccomp" and node.i < node.head.i and node.head.dep_ == "ROOT"
        if node.dep_ != "conj" and not fronted_content:
            return False
        node = node.head
    return True


def _told_before(anchor: Any) -> bool:
    """An adverb of an earlier time on the verb, alone or in its time phrase (``earlier_adverb``:
    "Earlier this week he said", "said earlier in Quito", "had previously said"): not the day's act."""
    return any(tok.lower_ in _EARLIER_ADVERBS for child in anchor.children if child.dep_ in ("advmod", "npadvmod")
               for tok in child.subtree)


def _background(anchor: Any) -> bool:
    """The event is told as background to the story's news, not as the day's act: a clause describing a
    noun by what was done to it (a past participle, reduced or passive in a relative clause: "the tariffs
    announced by President Reagan", "talks, which were announced yesterday", "the movement suppressed under
    martial law"), or a clause in the past perfect opened by a subordinator (``past_perfect_auxiliary``,
    ``background_mark``: "as the government had originally promised", which the parser may hang on a noun;
    not a "that" clause, which it also makes a relative one: "told reporters after a cabinet meeting that
    the government had asked ...").  The dateline tells where the reporter was that day, not
    where such a thing was done.  A reported clause's past perfect ("said he had urged Papandreou") is the
    report's tense shifted back, the day's news as often as not, and is left to the date tests."""
    if _told_as_news(anchor) or anchor.tag_ not in _PAST_PARTICIPLE_TAGS or anchor.dep_ not in _MODIFIER_CLAUSES:
        return False
    auxes = [c for c in anchor.children if c.dep_ in _AUX_DEPS]
    if any(c.lower_ in _PAST_PERFECT_AUX for c in auxes):
        return any(c.lower_ in _BACKGROUND_MARKS for c in anchor.children if c.dep_ in _MARK_DEPS)
    # the noun is what was done to: a reduced participle, or a passive whose subject is the relative pronoun
    # ("talks, which were announced"); not a clause with a subject of its own ("a raid during which a
    # driver was shot dead": that clause tells its own happening); and a thing, not people counted by what
    # was done to them ("the five arrested today", "14 people were injured and many arrested": the news)
    own_subject = any(c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON" for c in anchor.children)
    return anchor.dep_ in _NOUN_CLAUSE_DEPS and anchor.head.pos_ in _THING_POS and not own_subject \
        and (not auxes or any(c.dep_ in _PASSIVE_AUX for c in auxes))


def _media_report(anchor: Any) -> bool:
    """The event is what a newspaper, magazine or broadcaster reported (``media_noun``: "the Toronto Globe and
    Mail ... said Dome broke off talks last night", "a local newspaper report that Japan had agreed to hold
    talks", "Jane's Defence Weekly said ... the Saudi government had approached"): the dateline tells where the
    reporter read the report, not where the reported happening was.  The content of a verb of saying whose
    subject's words hold a media noun, or of such a noun itself."""
    node = anchor
    while node.dep_ in _CONTENT_DEPS | _NOUN_CLAUSE_DEPS and node.head.i != node.i:
        head = node.head
        subjects = [c for c in head.children if c.dep_ in _SUBJECT_DEPS]
        if head.lower_ in _MEDIA_NOUNS or any(t.lower_ in _MEDIA_NOUNS for s in subjects for t in s.subtree):
            return True
        node = head
    return False


def _topic_place(prep: Any, anchor: Any) -> bool:
    """The locative phrase lies inside what a verbal act is about (``topic_arc``: its object or content,
    "rejected the administration's request for ... troops in Lebanon", "voiced concern that conditions in
    China have not improved"), below a word other than the act's own: the topic's place, not the act's.
    A chain of locative phrases, the subject and an adverbial clause down from the act can tell its scene."""
    if prep.head.i == anchor.i:
        return False
    node = prep
    while node.head.i != node.i:
        if node.head.i == anchor.i:
            return node.dep_ in _TOPIC_ARCS and not (node.dep_ == "prep" and node.lower_ in LOCATIVE_PREPOSITIONS)
        node = node.head
    return False


def _adjunct_word(node: Any) -> bool:
    """A preposition of cause or topic (``adjunct_preposition``: "because of", "about") or of time
    (``temporal_preposition``: "since", "ahead of"), however the parser attaches it: a locative phrase below it, on
    the way up to the event, tells where that cause, topic or other happening was ("deferred its rally because of
    the violence in Gujarat", "In an interview ahead of a meeting in London, Mr Abbas said"), not where the event
    was.  Not "for" or "over": "would meet union leaders for pay talks in Rio", "demonstrators were calling for the
    cessation of violence in Songkhla" are placed by them."""
    word = node.lower_
    return node.dep_ in _ADJUNCT_DEPS and (word in _ADJUNCT_PREPOSITIONS or word in _TEMPORAL_PREPOSITIONS)


def _yet_to_happen(prep: Any) -> bool:
    """The locative phrase hangs on a verb with an auxiliary of intent ("would be buried in Taung next
    week", "will march in X"): where something is yet to happen, which tells nothing of where the rest
    of the story happened."""
    verb = next((t for t in (prep.head, *prep.head.ancestors) if t.pos_ in _VERB_POS), None)
    return verb is not None and _states_intent(verb)


def _states_intent(clause: Any) -> bool:
    """A reported clause with an auxiliary of intent ("that Russia will cooperate")."""
    return any(c.dep_ == "aux" and c.lower_ in _INTENT_AUX for c in clause.children)


def _standing_stance(anchor: Any) -> bool:
    """"has said", "had rejected", "have been calling for": a verb of stance (``stance_lemma``) in the
    perfect (``perfect_auxiliary``) tells a position held, not the day's act."""
    return anchor.lemma_.lower() in _STANCE_LEMMAS and any(
        c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in anchor.children)


def _planned_gathering(event: Event, anchor: Any) -> bool:
    """A meeting or talks flagged planned, or told with an auxiliary of intent whatever the flags
    ("negotiators will hold emergency meetings next week", "Smith would meet with Kuroda"): its place is where it will be held, which the reporter's city that day does
    not tell (``gathering_family``: the happening families of ``dates/data/happenings.tsv`` held at a
    venue).  A planned statement or decision ("King Fahd will announce") is not a gathering."""
    if not ("planned" in event.flags or _states_intent(anchor)) or anchor.tag_ == "VBD":
        return False  # "the board held a regularly scheduled meeting today": held, whatever the flag
    words = (anchor, *(c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")))
    return any(family_of(w) in _GATHERING_FAMILIES for w in words)


def _ongoing(anchor: Any) -> bool:
    """A happening told as going on up to the day, not as the day's act: a verb of saying or appeal in
    the perfect progressive ("has been calling for", "have been urging"; an activity so told, "have been
    protesting for two weeks", still goes on where the story is), or a perfect with an adverb of
    duration (``ongoing_adverb``: "has so far rejected", "have long demanded")."""
    auxes = [c.lower_ for c in anchor.children if c.dep_ == "aux"]
    if not any(a in _PERFECT_AUX for a in auxes):
        return False
    if "been" in auxes and anchor.tag_ == "VBG" and anchor.lemma_.lower() in _STANCE_LEMMAS | _APPEAL_LEMMAS:
        return True
    return any(c.dep_ in ("advmod", "prep") and " ".join(t.lower_ for t in c.subtree) in _ONGOING_ADVERBS
               for c in anchor.children)


def _says_here(anchor: Any) -> bool:
    """"met here", "the talks here": "here" modifies the event word or the word it hangs on."""
    return any(c.lower_ == "here" and c.dep_ == "advmod" for tok in (anchor, anchor.head) for c in tok.children)


def _locative(prep: Any) -> bool:
    """A locative preposition; "to" counts after a word of travel ("a visit to Moscow", "flew to Kyiv")
    or of sending people ("sent troops to Hong Kong"),
    "for" after a verb of setting out ("departing for Jordan"),
    "of" after a direction ("100 km east of Mosul"), "on" before a part of a place ("on the outskirts
    of Kabul")."""
    if prep.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if prep.lower_ == "on":  # "on the outskirts of Kabul", "on the border with Iraq"; not "on Monday"
        return any(c.dep_ == "pobj" and (c.lemma_.lower() in _ON_NOUNS or c.lower_ in _ON_NOUNS) for c in prep.children)
    if prep.lower_ == "of":
        return prep.head.lower_ in _DIRECTION_WORDS or _of_residents(prep)
    if prep.lower_ == "for":  # "before departing for Jordan", "left for Moscow": the destination
        verb = prep.head  # with an object it is no departure: "left the party for a rival group"
        return verb.lemma_.lower() in _DEPARTURE_LEMMAS and verb.pos_ == "VERB" \
            and not any(c.dep_ == "dobj" for c in verb.children)
    return prep.lower_ == "to" and (prep.head.lemma_.lower() in TRAVEL_LEMMAS or _sends_people(prep))


def _sends_people(prep: Any) -> bool:
    """"sent troops to Hong Kong", "dispatched more police to the area": "to" on a verb of sending whose
    object is a body of people, or on that object ("sent [troops to Hong Kong]"): the destination."""
    head = prep.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        head = head.head if head.lemma_.lower() in _DISPATCHED_NOUNS else head
    if head.pos_ != "VERB" or head.lemma_.lower() not in _DISPATCH_LEMMAS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _DISPATCHED_NOUNS for c in head.children)


def _of_residents(prep: Any) -> bool:
    """"residents of Ganyesa", "villagers of X": an "of" on a noun of the people living in a place."""
    return prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _RESIDENT_NOUNS


def _participial(verb: Any) -> bool:
    """A subjectless adverbial clause ("speaking at ...", "visiting Kyiv", "while riding to work in
    X"): it shares the main event's scene.  A subordinator other than a ``scene_mark`` ("after
    leaving Kyiv", "because ...") tells another time or a reason."""
    return verb.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ not in _SCENE_MARKS)
        for c in verb.children)


@lru_cache(maxsize=4096)
def _town_key(text: str) -> str:
    """A settlement's name as compared across a story's mentions ("Shengzhou city" and "Shengzhou" are one)."""
    return normalize_name(_town_name(text))


def _town_name(text: str) -> str:
    """A settlement's name without the settlement noun after it ("Shengzhou city" → "Shengzhou")."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in _SETTLEMENT_NOUNS:
        words = words[:-1]
    return " ".join(words)


def _location(text: str, place: Place, evidence: str) -> Location:
    """A location from a gazetteer entry; its precision is the entry's level."""
    text = " ".join(text.split())  # "Rio de\nJaneiro" in hard-wrapped wire copy
    precision = {"city": "city", "admin1": "admin1", "country": "country"}.get(place.kind)
    if precision is None:
        # a supplement region or a continent: only the country it lies in, if one
        precision = "country" if place.country else "unresolved"
        return Location(text, country=place.country, name=place.name, precision=precision, evidence=evidence)
    return Location(text, country=place.country, city=place.name if place.kind == "city" else None,
                    lat=place.lat, lon=place.lon, name=place.name, admin1=place.admin1,
                    admin1_code=place.admin1_code, geonames_id=place.geonames_id,
                    feature_class=place.feature_class, precision=precision, evidence=evidence)


def _paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding ``offset`` begins (paragraphs are separated by a blank line)."""
    starts, ends = _paragraph_breaks(text)
    k = bisect.bisect_right(ends, offset)
    if k < len(starts) and starts[k] < offset:
        # a break runs across ``offset``: the scan that stops at ``offset`` sees a shorter text there
        breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, offset)]
        return breaks[-1] if breaks else 0
    return ends[k - 1] if k else 0


@lru_cache(maxsize=4)
def _paragraph_breaks(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the text's paragraph breaks, found once per story: each event asks
    ``_paragraph_start`` again, and a scan from the story's start each time grew with its length.
    A break that ends by ``offset`` is the same in a scan that stops at ``offset`` (the pattern
    reads nothing past its own end)."""
    spans = [m.span() for m in _PARAGRAPH_BREAK.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


# the dependency labels of a clause that is (part of) what a verb says (lang/en/labels.tsv)
_CONTENT_DEPS = load_bundle().labels("said_content_deps")
# the arcs from a verbal act down to what it is about (lang/en/labels.tsv ``topic_arc``)
_TOPIC_ARCS = load_bundle().labels("topic_arc")
# a clause modifying a noun, a past participle's tags, an auxiliary's labels (lang/en/labels.tsv)
_NOUN_CLAUSE_DEPS = load_bundle().labels("noun_clause")
_PAST_PARTICIPLE_TAGS = load_bundle().labels("past_participle_tags")
_AUX_DEPS = load_bundle().labels("aux_labels")
_VERB_POS = load_bundle().labels("verb_pos")
_PASSIVE_AUX = load_bundle().labels("passive_aux")
_MODIFIER_CLAUSES = load_bundle().labels("modifier_clause")
_MARK_DEPS = load_bundle().labels("mark_labels")
_SUBJECT_DEPS = load_bundle().labels("subject_any")
_THING_POS = load_bundle().labels("noun_pos")


def _inside_complement(token: Any, head: Any) -> bool:
    """True when ``token`` lies in a clausal complement of ``head`` ("said [troops were in X]")."""
    node = token
    while node.head.i != node.i and node.i != head.i:
        if node.head.i == head.i:
            return node.dep_ in ("ccomp", "parataxis", "xcomp") and node.pos_ in ("VERB", "AUX")
        node = node.head
    return False


def _name_goes_on(tok: Any) -> bool:
    """A proper-name word followed by another of the same name ("Sistan-" in "Sistan- Baluchestan
    province"): the name is read from its last word leftwards."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and tok.pos_ == "PROPN" and nxt.pos_ == "PROPN" and nxt.dep_ == tok.dep_ \
        and nxt.head.i == tok.head.i


def _inside_quotation(before: str) -> bool:
    """Whether text that follows ``before`` (its paragraph so far) is inside an open quotation."""
    marks = _QUOTE_MARKS.findall(before)
    straight = sum(1 for m in marks if m == '"')
    return straight % 2 == 1 or marks.count("\u201c") > marks.count("\u201d")


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, dropped or changed between two different words."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _dominates(head: Any, token: Any) -> bool:
    return token.i == head.i or any(anc.i == head.i for anc in token.ancestors)
