"""The typed records that flow through the pipeline.

One small record (`Document`) travels reader → cleaner → parser → actors → events → dates →
store; every stage fills in the fields it declares and nothing else.  Events never outlive their
provenance: each keeps the document id, the sentence, and character offsets into the cleaned
text (``Document.text``).

The JSON contract of an event (``Event.to_json``) is public: other tools and the tests depend
on its names.  It is documented in ``docs/event-json.md``; change both together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Optional


class Status(str, Enum):
    """How a record ended.  Every record ends as exactly one of the last three."""

    PENDING = "pending"
    PROCESSED = "processed"
    SKIPPED = "skipped"
    FAILED = "failed"


class DatePrecision(str, Enum):
    DAY = "day"
    WEEK = "week"  # "last week", "this week", "two weeks ago": the date is the week's Monday
    MONTH = "month"
    YEAR = "year"
    PUBLICATION = "publication"  # no date in the text: the publication date was used


FLAGS = ("negated", "hypothetical", "disputed", "historical", "planned")
"""The event flags.  An event with none of negated/hypothetical/disputed/planned is *asserted*.
``planned`` (set by the date stage: a future or scheduled event) always comes with
``hypothetical``, so filters that know only the first three treat it alike."""

ASSERTION_BLOCKING_FLAGS = frozenset({"negated", "hypothetical", "disputed", "planned"})


@dataclass(slots=True)
class RemovedLine:
    """A piece of raw input the cleaner dropped, and why (``spam:language:tr``, ``boilerplate``...)."""

    text: str
    reason: str
    line_no: Optional[int] = None  # 0-based line number in the raw text, when line-based

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "line_no": self.line_no}


@dataclass(slots=True)
class Sentence:
    """A sentence of the cleaned text: ``doc.text[start:end] == text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class ActorRef:
    """An actor as the coder sees it: the words in the text and what they resolve to.

    ``country`` is ISO 3166 alpha-3, or one of PLOVER's non-state codes (``UNO``, ``IGO``,
    ``NGO``, ``MNC``...), or ``None`` when the actor could not be resolved (it is kept anyway).
    ``sector`` is a PLOVER sector code (``GOV``, ``MIL``, ``LEG``, ``REB``...), or ``None``.
    ``code`` is the specific actor code (``PRKGOV``, ``UNHRC``...).
    """

    text: str
    country: Optional[str] = None
    sector: Optional[str] = None
    code: Optional[str] = None
    start: Optional[int] = None  # character offsets into Document.text
    end: Optional[int] = None
    name: Optional[str] = None  # canonical name from the knowledge base
    kind: Optional[str] = None  # state, igo, ngo, person, sector, group, unknown
    resolved_by: Optional[str] = None  # how: kb-phrase, title+name, adjective+sector, coref...
    entity: Optional[str] = None  # id of the document entity this mention names (``Document.entities``)

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "country": self.country, "sector": self.sector, "code": self.code,
                "entity": self.entity, "resolved_by": self.resolved_by}

    def to_full_json(self) -> dict[str, Any]:
        return {
            **self.to_json(),
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "kind": self.kind,
            "resolved_by": self.resolved_by,
            "entity": self.entity,
        }

    @classmethod
    def from_json(cls, data: Optional[dict[str, Any]]) -> Optional["ActorRef"]:
        if not data:
            return None
        known = {k: data.get(k) for k in ("text", "country", "sector", "code", "start", "end", "name", "kind", "resolved_by",
                                          "entity")}
        known["text"] = known["text"] or ""
        return cls(**known)


@dataclass(slots=True)
class Entity:
    """One actor of a document (a person, state body, organisation, group) and every mention naming it.

    Built once per document by the actor stage (``annalyst.actors.entities``): a name, its later surname,
    acronym, "the company" or "he" are mentions of one entity.  ``id`` is unique within the document
    (``E1``, ``E2``... in order of first mention); ``resolved_by`` is the evidence that decided its country
    and sector (the first mention's rule: ``title+name``, ``kb-phrase``, ``apposition``, ``home``...) and
    ``evidence`` the text of the mention it came from; ``reason`` says why ``country`` is empty, if it is.
    """

    id: str
    country: Optional[str] = None
    sector: Optional[str] = None
    code: Optional[str] = None
    name: Optional[str] = None
    kind: Optional[str] = None
    resolved_by: Optional[str] = None
    evidence: Optional[str] = None
    reason: Optional[str] = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # character spans in Document.text

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "country": self.country, "sector": self.sector,
                "code": self.code, "kind": self.kind, "resolved_by": self.resolved_by, "evidence": self.evidence,
                "reason": self.reason, "mentions": [list(m) for m in self.mentions]}


@dataclass(slots=True)
class Attribution:
    """Who the article reports as saying it ("X said that ...")."""

    text: str
    country: Optional[str] = None
    sector: Optional[str] = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "country": self.country}


@dataclass(slots=True)
class Folded:
    """A clause folded into an event as the same happening told again (``events.folds``): a purpose or
    participle adjunct that restates its act ("met Egypt *to discuss* the border"), or the act an adjunct
    that names more replaced.  ``rule`` is the relation of the ``fold`` row that folded it."""

    trigger: str
    cameo: str
    rule: str
    trigger_span: Optional[tuple[int, int]] = None

    def to_json(self) -> dict[str, Any]:
        return {"trigger": self.trigger, "cameo": self.cameo, "rule": self.rule,
                "trigger_span": list(self.trigger_span) if self.trigger_span else None}


@dataclass(slots=True)
class Location:
    """Where an event happened, as far as the text says."""

    text: str
    country: Optional[str] = None
    city: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    # The gazetteer entry (docs/dates-and-locations.md): its name, admin-1 name and GeoNames
    # "<ISO2>.<code>", GeoNames id and feature class (A country/admin area, P populated place, L area)
    name: Optional[str] = None
    admin1: Optional[str] = None
    admin1_code: Optional[str] = None
    geonames_id: Optional[int] = None
    feature_class: Optional[str] = None
    # city / admin1 / country (the entry's level), dateline (the story's dateline place), unresolved
    precision: Optional[str] = None
    # how the place was found: slot (a locative phrase of the event's clause), sentence, paragraph, dateline,
    # happening (another sentence's place for the same happening), speaker (where the text puts the event's
    # source that day), scene (the one town of a dateline-less story)
    evidence: Optional[str] = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "country": self.country, "city": self.city, "lat": self.lat, "lon": self.lon,
                "name": self.name, "admin1": self.admin1, "admin1_code": self.admin1_code,
                "geonames_id": self.geonames_id, "feature_class": self.feature_class,
                "precision": self.precision, "evidence": self.evidence}


@dataclass(slots=True)
class Event:
    """One coded event occurrence (a *mention*, in store terms)."""

    doc_id: str
    sentence_index: int
    text: str  # the sentence
    span: tuple[int, int]  # the sentence's offsets in Document.text
    source: ActorRef
    target: Optional[ActorRef]
    cameo: str
    trigger: str = ""  # the words that carry the event ("vetoed", "severed diplomatic relations")
    trigger_span: Optional[tuple[int, int]] = None
    cameo_root: str = ""
    goldstein: Optional[float] = None
    quad_class: Optional[int] = None
    event: Optional[str] = None  # PLOVER event type
    mode: Optional[str] = None
    context: Optional[str] = None
    date: Optional[dt.date] = None
    date_precision: Optional[str] = None
    date_text: Optional[str] = None  # the expression the date came from
    attribution: Optional[Attribution] = None
    flags: list[str] = field(default_factory=list)
    confidence: float = 0.5
    location: Optional[Location] = None
    event_id: str = ""
    # the coder's structural score (the trigger's rank, clause depth, subordination): how central the
    # predicate is in its sentence; an input of ``confidence`` (events/confidence.py), not in the JSON
    salience: float = 0.5
    killed: Optional[int] = None  # people the act killed, where the sentence counts them ("killing 3")
    injured: Optional[int] = None  # people it wounded or injured, where counted
    # the clauses folded into this event as the same happening (events/folds.py): its evidence, in the JSON
    # only where there are some
    folded: list[Folded] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.cameo_root and self.cameo:
            self.cameo_root = self.cameo[:2]

    @property
    def asserted(self) -> bool:
        return not (set(self.flags) & ASSERTION_BLOCKING_FLAGS)

    def add_flag(self, flag: str) -> None:
        if flag not in FLAGS:
            raise ValueError(f"unknown flag {flag!r}; known: {FLAGS}")
        if flag not in self.flags:
            self.flags.append(flag)

    def assign_id(self) -> str:
        """A stable id: the same document coded twice gives the same ids (idempotent ingest)."""
        tgt = self.target.text if self.target else ""
        tgt_start = self.target.start if self.target else None
        key = "|".join(
            str(x)
            for x in (self.doc_id, self.sentence_index, self.span[0], self.source.text, self.source.start,
                      tgt, tgt_start, self.cameo, self.trigger_span)
        )
        self.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return self.event_id

    def to_json(self) -> dict[str, Any]:
        """The public event JSON contract (docs/event-json.md)."""
        return {
            "event_id": self.event_id or self.assign_id(),
            "doc_id": self.doc_id,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "source": self.source.to_json(),
            "target": self.target.to_json() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "event": self.event,
            "mode": self.mode,
            "context": self.context,
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "trigger": self.trigger,
            "attribution": self.attribution.to_json() if self.attribution else None,
            "flags": list(self.flags),
            "confidence": round(float(self.confidence), 3),
            "location": self.location.to_json() if self.location else None,
            # casualties as attributes of the act: only where the sentence counts them
            **{k: v for k, v in (("killed", self.killed), ("injured", self.injured)) if v is not None},
            **({"folded": [f.to_json() for f in self.folded]} if self.folded else {}),
        }


@dataclass(slots=True)
class Document:
    """One input record and everything the pipeline learns about it.

    Readers fill ``doc_id``, ``source``, ``position`` and ``raw``/``raw_html`` (plus any metadata
    the container gives: url, title, published).  The cleaner fills ``text`` and metadata and
    ``removed``; the parser ``sentences``; the coder ``events``.  ``status``/``reason`` say how the
    record ended; a skipped or failed record carries its reason and is never coded.
    """

    doc_id: str
    source: str  # file path, "-" for stdin, or a URL
    raw: Optional[str] = None  # raw text (plain-text input)
    raw_html: Optional[str] = None  # raw HTML (HTML/WARC input)
    position: Optional[str] = None  # where in the source: "line 12", "record 3 @ offset 1234"
    url: Optional[str] = None
    title: Optional[str] = None
    author: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[dt.date] = None
    language: Optional[str] = None
    text: str = ""  # cleaned article text: all offsets point into this
    removed: list[RemovedLine] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)  # the actors of ``actors``, one per real-world actor
    events: list[Event] = field(default_factory=list)
    status: Status = Status.PENDING
    reason: Optional[str] = None
    duplicate_of: Optional[str] = None
    content_hash: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)
    parsed: Any = None  # the spaCy Doc of ``text`` while the record is in flight; never stored
    parsed_view: Any = None  # the parse as token arrays (``annalyst.parse.ParsedDoc``); in flight only

    def skip(self, reason: str) -> "Document":
        self.status = Status.SKIPPED
        self.reason = reason
        return self

    def fail(self, error: str) -> "Document":
        self.status = Status.FAILED
        self.reason = error
        return self

    @property
    def alive(self) -> bool:
        """Still to be worked on by later stages."""
        return self.status in (Status.PENDING, Status.PROCESSED)

    @staticmethod
    def make_id(source: str, position: Optional[str] = None, content: Optional[str] = None) -> str:
        """A stable document id from where the record came from (and its content, if given)."""
        key = f"{source}|{position or ''}|{hashlib.sha1((content or '').encode('utf-8', 'replace')).hexdigest()}"
        return hashlib.sha1(key.encode("utf-8", "replace")).hexdigest()[:16]

    def to_json(self, *, with_text: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "source": self.source,
            "position": self.position,
            "url": self.url,
            "title": self.title,
            "author": self.author,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "status": self.status.value,
            "reason": self.reason,
            "duplicate_of": self.duplicate_of,
        }
        if with_text:
            out["text"] = self.text
            out["removed"] = [r.to_json() for r in self.removed]
        return out
