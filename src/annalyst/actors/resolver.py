"""Find every actor mention in a parsed text and say who it is, as of a date.

How a mention is built (see docs/actors.md):

1. *Pieces*: the knowledge base's aliases (states, adjectives, capitals, organisations, people, sector
   nouns and titles) are matched once over the whole spaCy Doc with two ``PhraseMatcher``s (abbreviations
   case-sensitively, the rest on LOWER with a capitalisation check); the longest match wins.  Named entities
   and proper-noun runs after a title that the knowledge base does not know become *unknown* pieces.
2. *Groups*: adjacent pieces fuse into one mention ("DPRK" + "Foreign Minister" + "Choe Son-hui";
   "a DPRK" + "foreign ministry" + "spokesperson"; "Israel" + "'s" + "high court").
3. *Resolution*: a known person resolves by their term on the date; otherwise the leftmost state or
   organisation gives the country, and the sector noun nearest the head gives the sector.
4. *Context*: elliptical coordination ("the Donetsk and Lugansk People's Republics"); a group without a country
   placed by its own phrase ("workers of <a Kenyan company>", "refugees fleeing the war in <state>") or by the
   place of its clause ("students marched in Nairobi"); peoples ("Kurdish fighters") placed by the sentence;
   apposition ("Ri Ji-song, a researcher at <org>"), repeated names, and conservative pronoun coreference.
   Unknown names one letter away from one known name are that name ("Jacques Chriac").
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from typing import Any, Optional, Sequence

from annalyst.actors.kb import (ALIAS_PRIORITY, officer_code, GAZETTEER_FILES, OFFICE_MODIFIER_ROLES, Alias, KnowledgeBase, Person,
                                Actor, SectorWord, Term, load_kb, sector_group)
from annalyst.actors.acronyms import abbreviation, long_form_start
from annalyst.clean import tunables
from annalyst.actors.tokens import DocTable
from annalyst.lang import load_bundle
from annalyst.model import ActorRef, Entity

ENTITY_TYPES = ("person", "org", "name", "capital", "place")
# sectors of the nouns that introduce a body's own name ("gas giant Gazprom", "the newspaper Izvestia"):
# actors/data/sector_groups.tsv ``descriptor``
DESCRIPTOR_SECTORS = sector_group("descriptor")
OFFICE_KINDS = frozenset({"state", "igo", "ngo"})  # whose title decides a known person ("UN envoy")
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
NAMED_TYPES = ("name", "org", "capital", "adjective", "place")  # pieces that name a state, organisation or place
NER_LABELS = {"PERSON": "unknown-person", "ORG": "unknown-org", "GPE": "unknown-org", "NORP": "unknown-mod"}
POSSESSIVE = {"'s", "’s", "'"}
PARTICIPLE_TAGS = ("VBG", "VBN")  # "leading", "outgoing", "banned": adjectives before a body's noun
LOCATIVE_PREPS = {"in", "at", "near", "from", "outside", "inside", "across", "around", "throughout", "into",
                  "within", "to"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
THING_PRONOUNS = {"it", "its"}
POSSESSIVE_PRONOUNS = {"his", "her", "its"}
# "the country", "the ministry": definite descriptions that refer back to an actor named earlier
ANAPHORIC_NOUNS = {"country": "state", "nation": "state", "kingdom": "state", "republic": "state",
                   "ministry": "ministry", "government": "body", "regime": "body", "administration": "body",
                   "authorities": "body", "leadership": "body"}


@dataclass(slots=True)
class Piece:
    """A run of tokens that the knowledge base (or NER) recognised."""

    start: int  # token offsets, end exclusive
    end: int
    type: str  # person, org, name, capital, adjective, sector, former, unknown-person, unknown-org, unknown-mod
    target: Optional[str] = None
    alias: Optional[Alias] = None
    options: tuple[str, ...] = ()  # every person an ambiguous alias may name ("Bush"): the date chooses
    role: Optional[str] = None  # for sector words: noun, title, neutral, former
    sector: Optional[str] = None  # for a body named by its head word ("... Party"): the head's sector
    home: bool = True  # for such a body: whether the article's state may place it (name_heads.tsv)


@dataclass(slots=True)
class NearIndex:
    """Known spellings to match a misspelt name against, one edit away (see ``Resolver._spelled``).

    People are looked up by their first name (a typo in it is not caught), states and peoples by first letter
    (a typo in the first letter is not caught either: "Inland" is no misspelt "Finland"), both by length, so
    a lookup compares a name with a few spellings, not the whole knowledge base."""

    # (first word, length) -> (rank in the knowledge base, lower-case spelling, multi-word person alias)
    people: dict[tuple[str, int], list[tuple[int, str, Alias]]]
    words: dict[tuple[str, int], list[tuple[str, Alias]]]  # (first letter, length) -> one-word state names...
    # (kind, text) -> answer: the same unknown names recur, and each look-up compares dozens of spellings
    memo: dict[tuple[str, str], Optional[Alias]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, kb: KnowledgeBase) -> "NearIndex":
        people: dict[tuple[str, int], list[tuple[int, str, Alias]]] = {}
        words: dict[tuple[str, int], list[tuple[str, Alias]]] = {}
        for rank, a in enumerate(kb.aliases):
            low = a.text.lower()
            if a.exact_case:
                continue
            if a.type == "person" and " " in low:
                people.setdefault((low.split()[0], len(low)), []).append((rank, low, a))
            elif a.type in ("name", "adjective") and a.source in NEAR_WORD_SOURCES and " " not in low \
                    and len(low) >= MIN_NEAR_LENGTH:
                words.setdefault((low[0], len(low)), []).append((low, a))
        return cls(people, words)

    def person(self, text: str) -> Optional[Alias]:
        return self._remembered("person", text)

    def word(self, text: str) -> Optional[Alias]:
        return self._remembered("word", text)

    def _remembered(self, kind: str, text: str) -> Optional[Alias]:
        key = (kind, text)
        hit = self.memo.get(key, UNSEEN)  # one look-up: safe if another thread empties the memo meanwhile
        if hit is not UNSEEN:
            return hit
        answer = self._person(text) if kind == "person" else self._word(text)
        if len(self.memo) >= MEMO_SIZE:
            self.memo.clear()
        self.memo[key] = answer
        return answer

    def _person(self, text: str) -> Optional[Alias]:
        low = " ".join(text.lower().split())
        parts = low.split()
        if len(parts) < 2 or len(parts[-1]) < MIN_NEAR_LENGTH:
            return None
        near = [c for n in (len(low) - 1, len(low), len(low) + 1) for c in self.people.get((parts[0], n), ())]
        near.sort(key=lambda c: c[0])  # the knowledge base's order: the first hit is the alias taken
        return _unique_near(low, [(spelling, alias) for _, spelling, alias in near])

    def _word(self, text: str) -> Optional[Alias]:
        low = text.lower()
        if len(low) < MIN_NEAR_LENGTH or not text[:1].isupper():
            return None
        return _unique_near(low, [c for n in (len(low) - 1, len(low), len(low) + 1)
                                  for c in self.words.get((low[0], n), ())])


# alias forms tokenised at a time when the phrase matchers are built: a PhraseMatcher keeps only its
# token hashes, but ~60,000 pattern Docs alive at once left ~250 MB of freed memory the process
# never gave back (peak RSS of every run); a few thousand at a time leave next to none
PATTERN_CHUNK = 2_000
MEMO_SIZE = 20_000  # distinct texts remembered per resolver (``_alias_choice``, ``NearIndex``) before starting over
UNSEEN: Any = object()  # a memo's "not remembered" (None is a remembered answer)
MIN_NEAR_LENGTH = 6  # shorter names are too often other real names one letter apart
NEAR_WORD_SOURCES = frozenset({"states.tsv", "peoples.tsv"})


def _unique_near(low: str, candidates: Any) -> Optional[Alias]:
    hits = [a for spelling, a in candidates if abs(len(spelling) - len(low)) < 2 and _one_edit(low, spelling)]
    return hits[0] if hits and len({a.target for a in hits}) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted or substituted letter, or two swapped neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
                                           and a[i + 2:] == b[i + 2:])
    return a[i:] == b[i + 1:]


@dataclass(slots=True)
class Mention:
    start: int  # token offsets
    end: int
    pieces: list[Piece] = field(default_factory=list)
    ref: Optional[ActorRef] = None
    head_sector: Optional[str] = None  # sector word of the group, for elliptical coordination
    same_as: Optional["Mention"] = None  # the earlier mention it refers back to (surname, pronoun...): one entity
    # a person known only by a title or post ("chairman Barry Sheerman", "Mr Kurihara, the defence chief",
    # "shadow attorney general Mr Grieve") that nothing has placed yet: the article's state may (_home_pending)
    office: bool = False


class Resolver:
    """Resolves the actor mentions of spaCy Docs against a knowledge base.

    Matchers are built once per Resolver from the knowledge base's aliases (a few thousand phrases), so
    resolving a document costs two matcher passes over its tokens plus linear work on the matches.
    """

    def __init__(self, kb: Optional[KnowledgeBase] = None, nlp: Any = None) -> None:
        self.kb = kb or load_kb()
        self._nlp = nlp
        self._aliases = self.kb.by_text()
        self._matchers: Optional[tuple[Any, Any]] = None
        self._near: Optional[NearIndex] = None
        self._person_words: Optional[dict[str, frozenset[str]]] = None  # person id -> the words of their names
        self._org_stems: Optional[dict[str, frozenset[str]]] = None  # body id -> its names' word stems
        # matched text and case mode -> the alias choice (``_alias_choice``)
        self._choices: dict[tuple[str, bool], Optional[tuple[Alias, tuple[str, ...], Optional[str]]]] = {}

    # -- public -----------------------------------------------------------------------------------------
    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from annalyst.parse import load_nlp

            self._nlp = load_nlp()
        return self._nlp

    def prepare(self) -> None:
        """Build now what resolving builds on first use: the pipeline (for its vocabulary and tokenizer),
        the phrase matchers, the spelling index and the tables of names' words.  Idempotent; cheap once done."""
        from annalyst.actors.coref import _pronoun_word_ids

        self.phrase_matchers()
        self.near_index()
        self.person_words()
        self.org_stems()
        _pronoun_word_ids()

    @property
    def prepared(self) -> bool:
        """Whether the matchers and the spelling index are built (``prepare``, or a first document)."""
        return self._matchers is not None and self._near is not None

    def resolve(self, parsed: Any, when: Optional[dt.date] = None,
                datelines: Sequence[tuple[int, int]] = (), run_on: bool = False) -> list[ActorRef]:
        """Every actor mention of a spaCy Doc, sorted by offset and non-overlapping.

        ``datelines`` are the character spans of wire datelines ("AHMEDABAD, India, March 2 - "): their place
        says where the story happens, which places police without a country (``_home_country``).  ``run_on``:
        the dateline ran on after the headline (``clean.dateline.run_on_dateline``, most often a wire bureau's:
        "SKOPJE, April 20 (Sputnik) -"): its state is the story's home only where the story's own words name
        that state too (``_bureau_dateline``)."""
        return self.resolve_document(parsed, when, datelines, run_on)[0]

    def resolve_document(self, parsed: Any, when: Optional[dt.date] = None,
                         datelines: Sequence[tuple[int, int]] = (),
                         run_on: bool = False) -> tuple[list[ActorRef], list[Entity]]:
        """The mentions (as ``resolve``) and the document's entities: each mention's ``entity`` names one."""
        from annalyst.actors.entities import build_entities

        mentions = self._mentions(parsed, when, datelines, run_on)
        entities = build_entities(mentions)
        return [m.ref for m in mentions if m.ref is not None], entities

    def resolve_text(self, text: str, when: Optional[dt.date] = None) -> Optional[ActorRef]:
        """Resolve a phrase on its own ("the DPRK foreign ministry"): the mention that covers most of it."""
        text = text.strip()
        if not text:
            return None
        refs = self.resolve(self.nlp(text), when)
        if not refs:
            return None
        return max(refs, key=lambda r: ((r.end or 0) - (r.start or 0), r.country is not None, -(r.start or 0)))

    # -- matching ---------------------------------------------------------------------------------------
    def _build_matchers(self) -> tuple[Any, Any]:
        from spacy.matcher import PhraseMatcher

        vocab = self.nlp.vocab
        exact = PhraseMatcher(vocab, attr="ORTH")
        lower = PhraseMatcher(vocab, attr="LOWER")
        exact_texts = sorted({a.text for a in self.kb.aliases if a.exact_case})
        # tokenise the aliases as written and capitalised ("Sen." is one token, "sen." two): LOWER then
        # compares them case-insensitively with the text's tokens
        lower_texts = sorted({form for a in self.kb.aliases if not a.exact_case
                              for form in (a.text, a.text[:1].upper() + a.text[1:])})
        tokenizer = self._pattern_tokenizer()
        for matcher, key, texts in ((exact, "exact", exact_texts), (lower, "lower", lower_texts)):
            for i in range(0, len(texts), PATTERN_CHUNK):  # same patterns, same order, as one add
                matcher.add(key, list(tokenizer.pipe(texts[i:i + PATTERN_CHUNK])))
        return exact, lower

    def _pattern_tokenizer(self) -> Any:
        """The pipeline's tokenizer (same rules, same splits) on a throw-away vocabulary.

        A phrase pattern is kept as the hashes of its tokens' ORTH/LOWER strings, which do not
        depend on the vocabulary; tokenising the ~40,000 alias forms with the shared tokenizer
        would instead leave one lexeme and several strings each in the parser's vocabulary for
        the whole run, which made every later parse a few per cent slower.
        """
        from spacy.tokenizer import Tokenizer
        from spacy.vocab import Vocab

        vocab = Vocab(lex_attr_getters=self.nlp.vocab.lex_attr_getters)
        return Tokenizer(vocab).from_bytes(self.nlp.tokenizer.to_bytes(exclude=["vocab"]), exclude=["vocab"])

    def phrase_matchers(self) -> tuple[Any, Any]:
        """The case-sensitive and the lower-case ``PhraseMatcher`` over the aliases, built on first use."""
        if self._matchers is None:
            self._matchers = self._build_matchers()
        return self._matchers

    def _matches(self, doc: Any, table: DocTable) -> list[Piece]:
        exact, lower = self.phrase_matchers()
        found: list[Piece] = []
        blind = table.case_blind
        for matcher, case_exact in ((exact, True), (lower, False)):
            for _, start, end in matcher(doc):
                choice = self._alias_choice(table.text(start, end), case_exact, blind)
                if choice is not None:
                    best, options, role = choice
                    found.append(Piece(start, end, best.type, best.target, best, options, role))
        return found

    def _alias_choice(self, text: str, case_exact: bool,
                      case_blind: bool = False) -> Optional[tuple[Alias, tuple[str, ...], Optional[str]]]:
        """The alias a matched text names, with every target of its type and its role; None if no alias fits.
        In a lower-cased document (``case_blind``) a capitalised alias matches its lower-case spelling
        ("ahmedabad", "bharatiya janata party"); aliases that must keep their case (acronyms) still do not.

        A function of the text alone, so the answer is remembered per distinct text (the same names recur
        within and across documents); the memo is bounded and starts over when full."""
        key = (text, case_exact, case_blind)
        remembered = self._choices.get(key, UNSEEN)
        if remembered is not UNSEEN:
            return remembered
        candidates = [a for a in self._aliases.get(text.lower(), ()) if a.exact_case == case_exact]
        if not case_exact and not case_blind:
            candidates = [a for a in candidates if _case_ok(a.text, text)]
        if case_exact:
            candidates = [a for a in candidates if a.text == text]
        choice = None
        if candidates:
            best = min(candidates, key=lambda a: ALIAS_PRIORITY[a.type])
            options = tuple(a.target for a in candidates if a.type == best.type)
            role = _title_role(self.kb.sectors[best.target].role) if best.type == "sector" else None
            choice = (best, options, role)
        if len(self._choices) >= MEMO_SIZE:
            self._choices.clear()
        self._choices[key] = choice
        return choice

    def _pieces(self, doc: Any, table: DocTable) -> list[Piece]:
        raw = self._matches(doc, table)
        raw = [p for p in raw if _piece_ok(p, doc, table)]
        raw.sort(key=lambda p: (-(p.end - p.start), ALIAS_PRIORITY.get(p.type, 9), p.start))
        taken = [False] * len(doc)
        pieces: list[Piece] = []
        for p in raw:
            if any(taken[p.start:p.end]):
                continue
            for i in range(p.start, p.end):
                taken[i] = True
            pieces.append(p)
        pieces = self._other_bearers(doc, pieces, taken)
        _legal_forms(doc, pieces, taken)
        pieces.extend(self._spelled(doc, table, p) for p in self._unknown_pieces(doc, table, taken, pieces))
        pieces.sort(key=lambda p: p.start)
        pieces = self._subsidiaries(doc, pieces)
        pieces = self._named_bodies(doc, table, pieces)
        pieces = self._abbreviated_bodies(doc, table, pieces)
        # a rank names an office only before a name: "Inspector Ribeiro", but not "UN inspectors"
        pieces = [p for i, p in enumerate(pieces) if not (
            p.type == "sector" and self.kb.sectors[p.target].role == "rank"
            and not (i + 1 < len(pieces) and pieces[i + 1].start == p.end
                     and pieces[i + 1].type in ("person", "unknown-person")))]
        for prev, piece in zip(pieces, pieces[1:]):
            # "the Russian Chinese scholar Alexey Maslov": a proper name right after a role is a person,
            # whatever label NER gave it
            if piece.type in ("unknown-org", "unknown-person") and prev.type == "sector" and prev.end == piece.start \
                    and self._descriptor(prev) and all(t.pos_ == "PROPN" for t in doc[piece.start:piece.end]):
                piece.type = "named-org"  # "gas giant Gazprom", "the opposition party UDPS": a body's own name
            elif piece.type == "unknown-org" and prev.type == "sector" and prev.end == piece.start \
                    and self._role(prev) in ("title", "noun", "neutral") \
                    and all(t.pos_ == "PROPN" for t in doc[piece.start:piece.end]):
                piece.type = "unknown-person"
        for piece, after in zip(pieces, pieces[1:]):
            # "the Gazeta Mercantil newspaper", "the Jakarta Post newspaper": a proper name right before the noun
            # of its kind is that body's name too, not a person's (the issue-15 unknown names of session 16); not
            # where the noun itself modifies a later one ("BBC2 business start-up programme")
            if piece.type in ("unknown-org", "unknown-person") and after.type == "sector" \
                    and after.start == piece.end and self._descriptor(after) \
                    and doc[after.end - 1].dep_ not in NOUN_MODIFIERS \
                    and all(t.pos_ == "PROPN" for t in doc[piece.start:piece.end]):
                piece.type = "named-org"
        return pieces

    def _era(self, doc: Any, pieces: list[Piece]) -> Optional[dt.date]:
        """The day on which most of the distinct known people an undated text names (``ERA_MIN_PEOPLE`` at least)
        were in office: the middle of the latest stretch of days that the most of them cover, or None.  A text
        whose one known person is what it is about (their surname written ``ERA_SUBJECT_MENTIONS`` times or more:
        "Tony Blair has rejected ... Mr Blair said ...") is read in that person's latest term: news names a
        sitting office holder so, and writes "former" where they no longer are (which still makes them ``ELI``);
        one named in passing ("will surpass Margaret Thatcher's 11 years") dates nothing."""
        people = self._era_people(pieces)
        least = 1 if len(people) == 1 and self._story_subject(doc, pieces, next(iter(people))) else ERA_MIN_PEOPLE
        day = self._busiest_day(people, least) if len(people) >= least else None
        if day is None:
            # the people the text gives a sitting office ("LSE chief executive Clara Furse", "IMF's managing
            # director, Rodrigo Rato"): news writes "former" where a term has ended, so the text is of their term
            sitting = {pid for pid in people if self._titled_sitting(doc, pieces, pid)}
            day = self._busiest_day(sitting, 1) if sitting else None
        return day

    def _era_people(self, pieces: list[Piece]) -> set[str]:
        """The distinct known people the text names, one alias each.  A surname alone is the known person the text
        named in full with it before, as ``_surname_of_named_person`` links it later: "President Nestor Kirchner
        ... President Kirchner" names one person, not also Cristina Fernandez de Kirchner, whose alias
        "Kirchner" is (two people whose terms meet on the day of a succession would date the text on that day)."""
        people: set[str] = set()
        named: dict[str, str] = {}
        for p in pieces:
            if p.type != "person" or len(p.options or (p.target,)) != 1:
                continue
            alias = p.alias.text.strip().lower() if p.alias is not None else ""
            if " " not in alias and alias in named:
                continue
            people.add(p.target)
            named.setdefault(self.kb.people[p.target].name.split()[-1].lower(), p.target)
        return people

    def _busiest_day(self, people: set[str], least: int) -> Optional[dt.date]:
        """The middle of the latest stretch of days that the most of ``people``'s terms cover (``least`` of them
        at least), or None."""
        edges: list[tuple[dt.date, int]] = []
        for pid in people:
            for start, end in _merged(self.kb.people[pid].terms):
                edges += [(start, 1), (end, -1)]
        best, span, count = 0, None, 0
        for k, (day, step) in enumerate(sorted(edges, key=lambda e: (e[0], -e[1]))):
            count += step
            if step > 0 and count >= best and k + 1 < len(edges):
                best, span = count, day
        if best < least or span is None:
            return None
        ends = sorted(end for pid in people for start, end in _merged(self.kb.people[pid].terms)
                      if start <= span <= end)
        return span + (ends[0] - span) / 2

    def _titled_sitting(self, doc: Any, pieces: list[Piece], pid: str) -> bool:
        """Whether the text writes the known person with an office of theirs and never as a former holder: a
        mention right after a title or role word ("chief", "director general", "Police Commissioner"), that
        word's run of titles and bodies holding no ``former`` word ("former Metropolitan Police Commissioner
        Sir John Stevens" is no sitting holder).  A possessive name dates something else, often of the past
        ("an adviser to President Carter's White House"): it titles nobody now."""
        titled = False
        for k, piece in enumerate(pieces):
            if piece.type != "person" or piece.target != pid:
                continue
            if doc[piece.end - 1].dep_ == "poss" or any(t.dep_ == "case" for t in doc[piece.end:piece.end + 1]):
                continue
            run = self._title_run(pieces, k)
            if any(p.role == "former" or (self._sector_word(p) is not None and self._former_office(
                    self._sector_word(p))) for p in run):
                return False
            titled = titled or any(p.type == "sector" and p.role in ("title", "neutral") for p in run)
        return titled

    def _title_run(self, pieces: list[Piece], k: int) -> list[Piece]:
        """The titles, bodies and "former" words written right before ``pieces[k]`` (at most
        ``TITLE_RUN_GAP`` words between two of them: "IMF's managing director, Rodrigo Rato")."""
        run: list[Piece] = []
        after = pieces[k]
        for piece in reversed(pieces[:k]):
            if piece.type not in ("sector", "former", "org") or after.start - piece.end > TITLE_RUN_GAP:
                break
            run.append(piece)
            after = piece
        return run

    def _former_office(self, word: SectorWord) -> bool:
        """A former holder's office written as one phrase ("former prime minister": PETRARCH2's agent nouns, sector
        ELI), whose first word is a ``former`` word of sectors.tsv: the text says the person no longer holds it,
        whatever the knowledge base's terms say on the date (an undated text read in its person's era)."""
        first = word.phrase.split()[0].lower() if word.sector == "ELI" and " " in word.phrase else None
        return first is not None and first in self.kb.sectors and self.kb.sectors[first].role == "former"

    def _own_body(self, doc: Any, mentions: list[Mention], index: dict[int, Mention]) -> None:
        """A named person the knowledge base does not know and nothing in their own phrase places, subject of a
        clause that names "his"/"her" named body ("Charles Kennedy has told voters his Liberal Democrats would
        ...", "X said her party, Labour, ..."): the person speaks for that body (its country and sector, a party's
        code; ``resolved_by="own-body"``).  Only the clause's own possessive: one inside a clause with a subject
        of its own is that subject's ("Kennedy said Blair had let his party down"), and a body called former
        ("his former party, Labour") is not theirs now."""
        for m in mentions:
            ref = m.ref
            if ref is None or ref.kind != "person" or ref.country is not None or ref.sector is not None:
                continue
            subject = doc[m.end - 1]
            if subject.dep_ != "nsubj":
                continue
            body = next((b for t in subject.head.subtree if t.dep_ == "poss" and t.lower_ in PERSON_PRONOUNS
                         for b in [index.get(t.head.i)] if b is not None and b is not m and b.end - 1 == t.head.i
                         and self._clause_body(subject.head, t, b)), None)
            if body is None:
                continue
            ref.country, ref.sector = body.ref.country, body.ref.sector
            ref.code = officer_code(ref.country, ref.sector, body.ref)
            ref.resolved_by = "own-body"

    def _clause_body(self, verb: Any, pronoun: Any, body: Mention) -> bool:
        """The named body ``pronoun`` owns is a body of ``verb``'s own clause, not called former."""
        if body.ref is None or not body.ref.country or body.ref.kind not in MEMBER_BODY_KINDS \
                or body.head_sector is not None:
            return False
        if any(c.lower_ in self.kb.sectors and self.kb.sectors[c.lower_].role == "former"
               for c in pronoun.head.children):
            return False  # "his former party"
        below, node = pronoun, pronoun.head
        while node.i != verb.i:
            if node.pos_ in VERB_POS and any(c.dep_ in SUBJECTS and c.i != below.i
                                                    for c in node.children):
                return False  # another clause's subject owns it ("Kennedy said Blair had let his party down")
            if node.head.i == node.i:
                return False
            below, node = node, node.head
        return True

    def _story_subject(self, doc: Any, pieces: list[Piece], pid: str) -> bool:
        """The person's surname (the last word of their name) is written as a capitalised word at least
        ``ERA_SUBJECT_MENTIONS`` times in the text (one search of the text, no pass over its tokens), and the
        text never calls them former ("Former prime minister Tony Blair ... Mr Blair": today's knowledge)."""
        for before, piece in zip(pieces, pieces[1:]):
            word = self._sector_word(before) if before.type == "sector" else None
            if piece.target == pid and word is not None and (word.role == "former" or self._former_office(word)):
                return False
        surname = self.kb.people[pid].name.split()[-1]
        return len(re.findall(r"\b" + re.escape(surname) + r"\b", doc.text)) >= ERA_SUBJECT_MENTIONS

    def _ends_in_office(self, table: DocTable, piece: Piece) -> bool:
        """Whether a knowledge-base organisation phrase ends in a title or role word ("White House Press
        Secretary", "Pentagon spokesman", "NSC aide"): a name right after it is that body's officer."""
        for n in (2, 1):
            if piece.end - piece.start > n:
                word = self.kb.sectors.get(" ".join(table.lower(i) for i in range(piece.end - n, piece.end)))
                if word is not None and word.role in ("title", "neutral"):
                    return True
        return False

    def _other_bearers(self, doc: Any, pieces: list[Piece], taken: list[bool]) -> list[Piece]:
        """``_other_bearer`` for every piece; a later bare surname of a person so found is that person too ("Tim
        Morrison ... Morrison said"), not the knowledge base's namesake: an unknown name the surname rule links."""
        out: list[Piece] = []
        others: set[str] = set()
        for p in sorted(pieces, key=lambda p: p.start):
            q = self._other_bearer(doc, p, taken)
            if q is not p:
                others.add(doc[q.end - 1].lower_)
            elif p.type == "person" and p.end - p.start == 1 and doc[p.start].lower_ in others:
                q = Piece(p.start, p.end, "unknown-person")
            out.append(q)
        return out

    def _other_bearer(self, doc: Any, piece: Piece, taken: list[bool]) -> Piece:
        """A known person's one-word name (a surname) right after a given name that no name of that person has
        is another person of that surname: "Tim Morrison" (a US National Security Council aide) is not Scott
        Morrison, "Hillary Clinton" not Bill.  The whole name becomes an unknown person, which the article's own
        words then place (issue 15: a later mention is resolved from the article, not from a namesake)."""
        if piece.type != "person" or piece.end - piece.start != 1:
            return piece
        start = piece.start
        while start > 0 and not taken[start - 1] and doc[start - 1].ent_type_ == "PERSON" \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and doc[start].ent_iob_ == "I":
            start -= 1
        given = [doc[i].lower_.rstrip(".") for i in range(start, piece.start)]
        if not given or any(len(w) <= 1 or w in HONORIFICS or w in self.kb.sectors for w in given):
            return piece  # no given name, an initial ("J. Smith"), or a title NER took in
        names = self.person_words()
        if any(w in names.get(pid, ()) for pid in piece.options or (piece.target,) for w in given):
            return piece
        for i in range(start, piece.start):
            taken[i] = True
        return Piece(start, piece.end, "unknown-person")

    def person_words(self) -> dict[str, frozenset[str]]:
        """Every word of every name of each known person (lower case), built on first use."""
        if self._person_words is None:
            words: dict[str, set[str]] = {}
            for pid, person in self.kb.people.items():
                words.setdefault(pid, set()).update(person.name.lower().replace("-", " ").split())
            for alias in self.kb.aliases:
                if alias.type == "person":
                    words.setdefault(alias.target, set()).update(alias.text.lower().replace("-", " ").split())
            self._person_words = {pid: frozenset(w) for pid, w in words.items()}
        return self._person_words

    def _named_bodies(self, doc: Any, table: DocTable, pieces: list[Piece]) -> list[Piece]:
        """Organisation names the knowledge base does not know, told by their head word (``name_heads.tsv``): an
        ORG entity whose head is a capitalised "Party", "Department", "Union", "Corp"... is one body of that
        sector ("the Brazilian Democratic Movement Party" → BRA PTY, not a state adjective and a party apart;
        "A Department for Education and Skills spokeswoman"); a state word inside it gives its country ("Letter
        Carriers Union of Canada"), and a descriptor after it, past a bracketed acronym, its sector ("Union for
        Democracy and Social Progress (UDPS) party" → PTY).  Issue 15 point 4."""
        heads = name_heads()
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            head = ent.root
            word = heads.get(head.lower_.rstrip("."))
            if word is None or not head.text[:1].isupper() or head.i == ent.start and ent.end - ent.start == 1:
                continue
            start, end = _name_span(doc, ent, head)
            if _transnational(table, start, end) or any(
                    p.start == _past_acronym(doc, end) and self._role(p) in ("title", "neutral") for p in pieces):
                continue  # a world body (the transnational rule's); an office of it ("Bank of England governor X")
            inside = [p for p in pieces if p.end > start and p.start < ent.end]
            if end - start < 3 and any(p.type == "sector" and p.start <= head.i < p.end for p in inside):
                continue  # "the Foreign Ministry", "the Liberal Party": a sector phrase the sector rules read
            if start > head.i or start == head.i == end - 1 or any(
                    p.start < start or p.end > ent.end for p in inside) or any(
                    p.type in ("org", "person", "named-org") or p.type == "sector"
                    and self.kb.sectors[p.target].role in ("title", "rank") for p in inside) \
                    and not self._longer_name(doc, start, end, inside):
                continue  # the knowledge base knows (a part of) it, or a title or person is inside: not a bare name
            # a state word, capital or town inside the name gives its country ("Shanghai Automotive Industry Corp")
            state = next((p for p in inside if p.type in ("name", "adjective", "capital", "place")
                          and self.kb.actors[p.target].kind in PLACE_KINDS), None)
            sector, home, inner = word
            if inner:
                sector = self._members_sector(doc, inside, head.i) or sector
            after = _past_acronym(doc, ent.end)
            descriptor = next((p for p in pieces if p.start == after and self._descriptor(p)), None)
            if descriptor is not None:
                sector = self.kb.sectors[descriptor.target].sector  # "... (UDPS) party": what the text calls it
            body = Piece(start, end, "named-org", state.target if state is not None else None,
                         sector=sector, home=home)
            body = self._spelled_out(table, body, pieces)
            pieces = sorted([p for p in pieces if p not in inside and p is not descriptor] + [body],
                            key=lambda p: p.start)
        return pieces

    def _subsidiaries(self, doc: Any, pieces: list[Piece]) -> list[Piece]:
        """A company's name that ends in a state's name and its legal form ("General Motors Australia Ltd", "Shell
        U.K. Ltd", "Daiwa Securities America Inc") is one body, that state's company (the parent's subsidiary there):
        not the parent company and a state acting beside it.  Its country is the state's, its sector the legal
        form's (``name_heads.tsv``: Ltd, Inc, Pty → BUS), ``resolved_by="name-head+adjective"``.  Reuters-21578 names
        such subsidiaries in 238 stories; 68 of their 246 names were split so (session 16, track unres)."""
        from annalyst.actors.entities import corporate_suffixes

        heads = name_heads()
        for state in [p for p in pieces if p.type == "name" and p.end < len(doc)
                      and self.kb.actors[p.target].kind == "state"]:
            form = doc[state.end]
            head = heads.get(form.lower_.rstrip("."))
            if form.lower_ not in corporate_suffixes() or not form.text[:1].isupper() or head is None:
                continue
            start = state.start
            while start > form.sent.start and _company_word(doc[start - 1]):
                start -= 1
            if start < state.start and doc[state.start].text.isupper() and doc[state.start - 1].text.isupper():
                # a headline in capitals ("ALCAN SAYS ALCAN AUSTRALIA LTD TO CLOSE SMELTER"): every word before is
                # capitalised, so the name is only the known body right before the state's, else one word
                before = next((p for p in pieces if p.end == state.start and p.type == "org"), None)
                start = before.start if before is not None else \
                    state.start - (doc[state.start - 1].lower_ not in ACRONYM_JOINERS)  # not "... OF AMERICA INC"
            inside = [p for p in pieces if p.end > start and p.start <= state.end]
            if start == state.start or any(p.start < start for p in inside):
                continue  # no name before the state's ("Canada Ltd" alone), or a piece reaches over its start
            body = Piece(start, state.end + 1, "named-org", state.target, sector=head[0], home=False)
            pieces = sorted([p for p in pieces if p not in inside] + [body], key=lambda p: p.start)
        return pieces

    def _names_alike(self, target: str, words: list[str]) -> bool:
        """Half the words of a long form (joining words aside) open as a word of one of the body's knowledge-base
        names does (``ORG_STEM`` letters: "Organisation" / "Organization"): the letters of an abbreviation alone
        may spell another name."""
        content = [w for w in words if w not in ACRONYM_JOINERS]
        known = self.org_stems().get(target, frozenset())
        return bool(content) and 2 * sum(w[:ORG_STEM] in known for w in content) >= len(content)

    def org_stems(self) -> dict[str, frozenset[str]]:
        """Per body, the ``ORG_STEM``-letter openings of the words of its knowledge-base names (``_names_alike``),
        built once (``prepare``: a table over every alias, ~30 ms, not the cost of the first bracketed
        abbreviation a run meets)."""
        if self._org_stems is None:
            stems: dict[str, set[str]] = {}
            for alias in self.kb.aliases:
                if alias.type == "org":
                    stems.setdefault(alias.target, set()).update(
                        w[:ORG_STEM] for w in alias.text.lower().replace("-", " ").split())
            for actor in self.kb.actors.values():
                stems.setdefault(actor.id, set()).update(w[:ORG_STEM] for w in actor.name.lower().split())
            self._org_stems = {t: frozenset(v) for t, v in stems.items()}
        return self._org_stems

    def _longer_name(self, doc: Any, start: int, end: int, inside: list[Piece]) -> bool:
        """A body the knowledge base knows only as the end of a longer name: "[Liberal] Democratic Party" is not
        the Democratic Party, "[Kenya] ..." would be (a state word is no part of another name).  The words before
        it are capitalised and no piece of their own."""
        known = [p for p in inside if p.type not in ("sector", "adjective")
                 or p.type == "sector" and self.kb.sectors[p.target].role in ("title", "rank")]
        if len(known) != 1 or known[0].type != "org" or known[0].end != end or known[0].start <= start:
            return False
        if not all(doc[k].text[:1].isupper() and doc[k].is_alpha for k in range(start, known[0].start)):
            return False
        # a state word may open the longer name when a capitalised word of no piece stands between it and the
        # known body: "[British Lung] Foundation" is no PETRARCH2 "Foundation" gang
        before = known[0].start - 1
        return not any(p.start < known[0].start for p in inside) or not any(
            p.start <= before < p.end for p in inside)

    def _spelled_out(self, table: DocTable, body: Piece, pieces: list[Piece]) -> Piece:
        """A body named in full whose abbreviation the document uses for a body the knowledge base knows ("the
        ruling Liberal Democratic Party" ... "The LDP also suggested"): that body (acronym <-> full name)."""
        words = table.text(body.start, body.end).split()
        for p in pieces:
            if p.type == "org" and p.end == p.start + 1 and abbreviation(table.text(p.start, p.end)) \
                    and long_form_start(table.text(p.start, p.end), words) == 0 \
                    and self._names_alike(p.target, [w.lower() for w in words]):
                return Piece(body.start, body.end, p.type, p.target, p.alias, p.options, p.role)
        return body

    def _abbreviated_bodies(self, doc: Any, table: DocTable, pieces: list[Piece]) -> list[Piece]:
        """A name with its abbreviation bracketed after it is one body (issue 15 point 3, acronym <-> full name):
        the knowledge base's body where it knows the abbreviation ("the Liberal Democratic Party (LDP)" is
        Japan's LDP, not the US Democrats its last words spell; "Congress of SA Trade Unions (Cosatu)" is
        Cosatu, not a legislature); else a body of the sector its head word or its members' noun gives and the
        country of a state word inside it ("South African Democratic Teachers Union (Sadtu)": ZAF LAB).  The
        long form is found by its letters (``acronyms.long_form_start``)."""
        by_start = {p.start: p for p in pieces}
        word = table.word  # ``doc[i].text`` without a Token per word of the document
        # only an opening bracket can start one: its positions from the ORTH column, not a word per token
        for i in table.positions("("):
            if not 1 <= i < len(doc) - 2 or word(i + 2) != ")" or not abbreviation(word(i + 1)):
                continue
            start = self._long_form(doc, table, i, word(i + 1))
            if start is None:
                continue
            inside = [p for p in pieces if p.end > start and p.start < i]
            if any(p.start < start or p.end > i for p in inside) or any(
                    p.start == start and p.end == i and p.type in ("org", "named-org", "name", "person")
                    for p in inside):
                continue  # the name is already one known body (or straddles the bracket): nothing to decide
            short = by_start.get(i + 1)
            body = self._abbreviated_body(doc, start, i, short, inside)
            if body is not None:
                # the bracketed abbreviation is the same body's, said once: no mention of its own
                pieces = sorted([p for p in pieces if p not in inside and p is not short] + [body],
                                key=lambda p: p.start)
                by_start = {p.start: p for p in pieces}
        return pieces

    def _long_form(self, doc: Any, table: DocTable, bracket: int, short: str) -> Optional[int]:
        """The first token of the name that ``short`` abbreviates, ending before ``bracket``: names' words only
        (capitalised, or a joining word: "Congress of SA Trade Unions"), two words at least."""
        first = bracket
        while first > 0 and doc[first - 1].sent.start <= first - 1 and doc[first - 1].is_alpha and (
                table.case_blind or doc[first - 1].text[:1].isupper() or doc[first - 1].lower_ in ACRONYM_JOINERS):
            first -= 1
        words = [doc[k].text for k in range(first, bracket)]
        at = long_form_start(short, words)
        if at is None or bracket - (first + at) < 2 or doc[first + at].lower_ in ACRONYM_JOINERS:
            return None
        return first + at

    def _abbreviated_body(self, doc: Any, start: int, end: int, short: Optional[Piece],
                          inside: list[Piece]) -> Optional[Piece]:
        if short is not None and short.end == short.start + 1 and short.type == "org":
            if not self._names_alike(short.target, [doc[k].lower_ for k in range(start, end)]):
                return None  # "Union for Democracy and Social Progess (UNDP)": a misspelt abbreviation, not the UNDP
            return Piece(start, end, short.type, short.target, short.alias, short.options, short.role)
        head = name_heads().get(doc[end - 1].lower_.rstrip("."))
        members = [p for p in inside if p.type == "sector" and self._role(p) == "noun" and p.end == end]
        if head is None and not members:
            return None  # no word says the name is a body's
        sector, home = (head[0], head[1]) if head is not None else (self.kb.sectors[members[-1].target].sector, True)
        if head is not None and head[2]:
            sector = self._members_sector(doc, inside, end - 1) or sector
        state = next((p for p in inside if p.type in ("name", "adjective", "capital", "place")
                      and self.kb.actors[p.target].kind in PLACE_KINDS), None)
        return Piece(start, end, "named-org", state.target if state is not None else None, sector=sector, home=home)

    def _sector_noun(self, token: Any) -> bool:
        """A noun the knowledge base lists as a body of people ("government", "officials"): "the Baghdad
        government" across a line break is still the government."""
        return token.lower_ in self.kb.sectors or token.lemma_.lower() in self.kb.sectors

    def _members_sector(self, doc: Any, inside: list[Piece], head: int) -> Optional[str]:
        """"Kenyan Farmers Association", "National Union of Journalists": the members' own sector noun (a plural
        noun of people before the head or in its "of" phrase, not "National") says whose body it is."""
        return next((self.kb.sectors[p.target].sector for p in inside if p.type == "sector" and p.start != head
                     and self.kb.sectors[p.target].sector and _plural(doc[p.end - 1])), None)

    def _unknown_pieces(self, doc: Any, table: DocTable, taken: list[bool], known: list[Piece]) -> list[Piece]:
        """Names the knowledge base does not know: NER entities, and proper nouns right after a title."""
        out: list[Piece] = []
        for ent in doc.ents:
            kind = NER_LABELS.get(ent.label_)
            if kind is None:
                continue
            # keep the untaken tail of the entity ("[Foreign Minister] Choe Son-hui")
            start = ent.start
            while start < ent.end and taken[start]:
                start += 1
            if start >= ent.end or any(taken[start:ent.end]):
                continue
            while start < ent.end and doc[start].pos_ not in ("PROPN", "NOUN", "ADJ", "NUM"):
                start += 1
            if start >= ent.end or _stance_prefixed(table, start):
                continue
            end = ent.end
            while end > start and doc[end - 1].pos_ == "ADP":
                end -= 1  # "[Brad Adams] of Human Rights Watch": the recogniser took the "of" into the name
            out.append(Piece(start, end, kind))
            for i in range(start, end):
                taken[i] = True
        for p in known:
            if p.type != "sector" or not (self.kb.sectors[p.target].role in ("title", "rank") or self._descriptor(p)):
                continue
            start = end = p.end
            if end < len(doc) and not taken[end] and doc[end].lower_.rstrip(".") in HONORIFICS:
                # "minister Sir Nicholas Scott": the name starts after the honorific, which is no name of its own
                start = end = end + 1 + (end + 1 < len(doc) and doc[end + 1].text == ".")
            while end < len(doc) and not taken[end] and (
                    doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                    or end > p.end and not doc[end - 1].whitespace_ and (doc[end].is_alpha or doc[end].text == "-")):
                end += 1  # "Choe Son-hui": hyphenated given names are one name
            if end > start and any(doc[i].ent_type_ in NOT_NAMES for i in range(start, end)):
                continue  # "the company Monday": a date, not a name
            if end > start:
                out.append(Piece(start, end, "named-org" if self._descriptor(p) else "unknown-person"))
                for i in range(start, end):
                    taken[i] = True
        return out

    def _spelled(self, doc: Any, table: DocTable, piece: Piece) -> Piece:
        """An unknown name one letter away from exactly one known person, state or people is that one: news
        misspells ("Francois Mitterand", "Juvenal Habyariman", "Chenchen refugees")."""
        near = self.near_index()
        if piece.type == "unknown-person":
            hit = near.person(table.text(piece.start, piece.end))
            if hit is not None:
                return Piece(piece.start, piece.end, "person", hit.target, hit, (hit.target,))
        elif piece.end - piece.start == 1 and doc[piece.start].ent_type_ in ("GPE", "NORP"):
            hit = near.word(table.word(piece.start))
            if hit is not None:
                return Piece(piece.start, piece.end, hit.type, hit.target, hit)
        return piece

    def near_index(self) -> NearIndex:
        """The spellings ``_spelled`` compares unknown names with, built on first use."""
        if self._near is None:
            self._near = NearIndex.build(self.kb)
        return self._near

    # -- grouping ---------------------------------------------------------------------------------------
    def _descriptor(self, piece: Piece) -> bool:
        """A noun that names a kind of body ("company", "gas giant", "party", "newspaper"): a proper name right
        after it is that body's name, not a person's (``DESCRIPTOR_SECTORS``)."""
        word = self._sector_word(piece)
        # (a generated phrase of two words or more counts too: "rebel group Renamo", "oil company Sonatrach";
        # the generated one-word nouns are too loose to name a body's kind)
        # a noun that names one member ("math teacher Angela Cooper", lang/en/words.tsv member_nouns) names no
        # body: the name after it is the person's, whom a later surname and pronoun can then reach
        return word is not None and word.role == "noun" and word.sector in DESCRIPTOR_SECTORS \
            and piece.alias is not None and (piece.alias.source == "sectors.tsv" or piece.end - piece.start > 1) \
            and piece.target.split()[-1] not in MEMBER_NOUNS  # (its head: "rights activist")

    def _sector_word(self, piece: Piece) -> Optional[SectorWord]:
        return self.kb.sectors.get(piece.target or "") if piece.type == "sector" else None

    def _groups(self, doc: Any, table: DocTable, pieces: list[Piece]) -> list[list[Piece]]:
        groups: list[list[Piece]] = []
        skip = 0
        for k, piece in enumerate(pieces):
            if skip:
                skip -= 1
                continue
            if groups and self._destination(table, groups[-1], pieces[k:k + 2]):
                # "US Ambassador to Japan Thomas Schieffer": where the office is held, not whose it is
                piece.type = "destination"
                groups[-1].extend(pieces[k:k + 2])
                skip = 1
            elif groups and self._joins(doc, table, groups[-1], piece):
                groups[-1].append(piece)
            else:
                groups.append([piece])
        return groups

    def _destination(self, table: DocTable, group: list[Piece], ahead: list[Piece]) -> bool:
        """A title, "to" and a state, place or international body, then a person: "Ambassador to Japan Thomas
        Schieffer", "U.S. Ambassador to the European Union Gordon Sondland" (the body is where the post is held,
        as a state is: the ambassador is the sender's)."""
        if len(ahead) < 2 or self._role(group[-1]) != "title":
            return False
        place, person = ahead
        after_to = group[-1].end + 1
        if place.type == "org" and place.start == after_to + 1 and table.doc[after_to].pos_ == "DET":
            after_to += 1  # "to the European Union", "to the United Nations"
        if not (place.type in ("name", "capital", "place", "org") and place.start == after_to
                and table.lower(group[-1].end) == "to" and person.start == place.end):
            return False
        if person.type == "unknown-org" and all(t.pos_ == "PROPN" for t in table.doc[person.start:person.end]):
            # "envoy to Ukraine Kurt Volker": NER reads "Ukraine Kurt Volker" as one organisation; the proper
            # name after the post's destination is the holder of the office
            person.type = "unknown-person"
        return person.type in ("person", "unknown-person")

    def _role(self, piece: Piece) -> Optional[str]:
        word = self._sector_word(piece)
        return _title_role(word.role) if word is not None else None

    def _modifier(self, piece: Piece) -> bool:
        return piece.type in ("adjective", "unknown-mod") or self._role(piece) in OFFICE_MODIFIER_ROLES

    def _bare_rank(self, piece: Piece) -> bool:
        """A role word with no sector of its own ("deputy", "chief"): a prefix of a title still to come."""
        word = self._sector_word(piece) if piece.type == "sector" else None
        return word is not None and word.role == "neutral" and not word.sector

    def _head_after_prefix(self, group: list[Piece]) -> bool:
        """Whether the group already has its head noun or title.  A role word without a sector before the
        group's first name is a prefix of the title still to come, not a head: "[Deputy] U.S. Trade
        Representative X" (the deputy is the representative's)."""
        named = next((k for k, p in enumerate(group) if p.type != "sector"), len(group))
        for k, p in enumerate(group):
            if p.type != "sector" or self._role(p) in OFFICE_MODIFIER_ROLES:
                continue
            if k < named and self._bare_rank(p):
                continue
            return True
        return False

    def _joins(self, doc: Any, table: DocTable, group: list[Piece], piece: Piece) -> bool:
        prev = group[-1]
        # the tokens between the group and the piece, read one by one as the rules need them: the gap
        # to the next piece is often a whole paragraph, which no rule below joins across
        gap = range(prev.end, piece.start)
        if len(gap) == 3 and prev.type in ("org", "named-org") and table.text(gap[0], gap[0] + 1) == "(" \
                and table.text(gap[2], gap[2] + 1) == ")" and abbreviation(table.text(gap[1], gap[1] + 1)):
            gap = range(piece.start, piece.start)  # "Congress of SA Trade Unions (Cosatu) president X"
        if gap and piece.type in ("person", "unknown-person") and self._role(prev) in ("title", "neutral") \
                and _honorific_gap(table, gap):
            gap = range(piece.start, piece.start)  # "NAO head Sir John Bourn": the honorific is part of the name
        if piece.type == "named-org":
            # (a name told by its head word joins only a descriptor: "the opposition [X Party]", not "member")
            return not gap and prev.type == "sector" and (piece.sector is None or self._role(prev) == "noun")
        if prev.type == "named-org":
            # "Gazprom chairman Alexei Miller": the body's own officer; "the Jakarta Post newspaper": its kind
            return not gap and piece.type == "sector" and (self._role(piece) in ("title", "neutral")
                                                           or prev.sector is None and self._descriptor(piece))
        has_person = any(p.type in ("person", "unknown-person") for p in group)
        has_head = any(p.type == "sector" and self._role(p) not in OFFICE_MODIFIER_ROLES for p in group)
        is_head = piece.type == "sector" and self._role(piece) not in OFFICE_MODIFIER_ROLES
        if has_person:
            if piece.type == "person" and prev.type == "unknown-person" and not gap:
                return True  # "President [Laurent] [Gbagbo]": a first name the knowledge base does not list
            # "the Bush administration", "Putin's government": a body named after its leader; "Trump
            # supporters": people who back him
            return is_head and self._role(piece) in ("noun", "follower") and (
                not gap or len(gap) == 1 and table.word(gap[0]) in ("'s", "’s"))
        if gap and piece.type in ("person", "unknown-person") and self._role(prev) == "title" \
                and len(gap) <= PORTFOLIO_GAP and _portfolio([doc[i] for i in gap]):
            return True  # "Minister for Interior Aftab Sherpao", "Minister for Foreign Affairs Penny Wong"
        if gap:
            # "Israel's high court", "Romania's new government", "Nigerian junior foreign minister", and
            # "US-led coalition", "Saudi-led forces" (not "Russian-backed separatists": a backer is not the actor)
            possessive = table.word(gap[0]) in POSSESSIVE and prev.type in ENTITY_TYPES + ("unknown-org",)
            led = len(gap) >= 2 and table.word(gap[0]) == "-" and table.word(gap[1]).lower() == "led" \
                and prev.type in ENTITY_TYPES + ("adjective",)
            if not is_head or self._head_after_prefix(group):
                return False
            rest = gap[1:] if possessive else gap[2:] if led else gap
            # adjectives, and nouns compounded onto the head ("French paper workers", "Iraqi oil ministry")
            # ("U.S. Trade Representative": a capitalised portfolio before a title, too)
            title = self._role(piece) in ("title", "neutral")
            # (a participle is an adjective there: "Brazil's leading political party", "Israel's outgoing
            # government"; not one glued to the name: "Russian-backed separatists" are not Russia's)
            if not all(t.pos_ == "ADJ" or t.text == "-"
                       or t.dep_ == "amod" and t.tag_ in PARTICIPLE_TAGS and piece.start <= t.head.i < piece.end
                       and doc[t.i - 1].text != "-"
                       or (t.pos_ == "NOUN" or title and t.pos_ == "PROPN" and t.text[:1].isupper())
                       and t.dep_ == "compound" and _compounds_onto(t, rest, piece)
                       for t in (doc[i] for i in rest)):
                return False
            return possessive or led or prev.type in ("adjective", "name", "org", "capital", "place", "unknown-mod") \
                or self._role(prev) in ("former", "shadow", "noun", "title")
        if piece.type in ("person", "unknown-person"):
            # "President Putin", "Ukrainian President Zelenskyy"; not "UN Kim Song"; "White House Press Secretary
            # Stephanie Grisham": a body's name that ends in one of its offices (PETRARCH2 lists such phrases)
            return prev.type == "sector" or self._modifier(prev) or prev.type == "org" and self._ends_in_office(table, prev)
        if piece.type == "sector":
            return True
        if piece.type in ("name", "org", "capital", "place", "unknown-org"):
            # a name after a body ("foreign ministry Russia") starts a new mention; after a bare rank word it
            # names the office the rank is of ("Deputy U.S. Trade Representative X")
            return not has_head and self._modifier(prev) or len(group) == 1 and self._bare_rank(prev) \
                and piece.type != "unknown-org"
        if piece.type == "adjective" and len(group) == 1 and self._bare_rank(prev):
            return True  # "the deputy Iraqi oil minister"
        if self._modifier(piece):
            return not has_head and self._modifier(prev)
        return False

    # -- resolution -------------------------------------------------------------------------------------
    def _mentions(self, doc: Any, when: Optional[dt.date],
                  datelines: Sequence[tuple[int, int]] = (), run_on: bool = False) -> list[Mention]:
        table = DocTable(doc)
        pieces = self._pieces(doc, table)
        era = None
        if when is None:
            # an undated text ("BBC politics" files carry no date): its known people are read on the day most of
            # them held office, not as of today (Blair in a 2005 story is the prime minister).  Only their terms:
            # states and places keep today's names, as no date told the reader otherwise
            era = self._era(doc, pieces)
            doc.user_data[ERA_KEY] = era.isoformat() if era is not None else None
        taken = frozenset(i for p in pieces for i in range(p.start, p.end))
        mentions: list[Mention] = []
        for group in self._groups(doc, table, pieces):
            mention = self._resolve_group(doc, table, group, when, taken, era)
            if mention is not None:
                mentions.append(mention)
        _surname_of_named_person(mentions)  # "Gerhard Stoltenberg ... Stoltenberg": the article's, not NATO's
        _worldwide_groups(doc, mentions)  # before any rule places a group noun by the article or the place
        self._ellipsis(doc, mentions)
        self._homonyms(doc, mentions, when)
        _demonym_capitals(doc, mentions)  # before "rebels in the Somali capital" is read as located
        mentions = self._prepositional(doc, mentions)
        index = _token_index(mentions)
        self._owner_phrase(doc, mentions, index)
        _member_of(doc, mentions, index)
        _possessive_owner(doc, mentions, index)
        _possessive_party(doc, mentions, index)
        self._own_body(doc, mentions, index)
        if table.case_blind and not datelines:
            datelines = self._case_blind_datelines(doc)
        self._sentence_context(doc, table, mentions, _home_states(doc, mentions, datelines, run_on)[1])
        self._ethnic_location(doc, mentions)
        self._event_location(doc, mentions, index)
        # police: before "they" may refer to them (judges wait for their appositions and antecedents)
        _home_country(doc, mentions, datelines, self.kb.sectors, POLICE_SECTORS, run_on)
        home = _home_states(doc, mentions, datelines, run_on)
        _generic_parties(mentions, home[1])  # "the Conservatives" of an Iranian story are Iran's
        # decided once per document; the event stage reads it for agents no word names ("he was arrested")
        # (kept as plain strings: a parse may be serialised with its user data)
        doc.user_data[HOME_KEY] = tuple(_article_home(doc, mentions, datelines, home, run_on).to_json().values())
        # the filing place of a wire story ("PYONGYANG, July 14 --") says where, never who: no mention, and
        # no antecedent for a later name or pronoun
        mentions = _outside_datelines(doc, mentions, datelines)
        from annalyst.actors.coref import link_context
        from annalyst.actors.entities import honorific_sex, same_name_decides

        # nor does linking make one of its words (the agency's "(ANA)" read as an acronym of a body named before)
        mentions = _outside_datelines(doc, link_context(doc, mentions, table), datelines)
        _possessive_state(doc, mentions)  # "the country's employer groups": the state "the country" was linked to
        # other group nouns last: an antecedent or description ("the government" of a state named before) is
        # nearer evidence than the article's home country
        index = _token_index(mentions)
        _take_home([m for m in self._home_pending(doc, mentions)
                    if not _local_topic(doc, m) and not self._unplaced_owner(doc, m, index)], *home)
        _member_of(doc, mentions, index)  # "John Ison, from the group Fathers 4 Justice": a body the home placed
        self._titled_by_body(doc, mentions)
        self._titled_after_body(table, mentions)
        self._home_named_bodies(mentions)  # "the congress" of an Indian story is the party (home_names.tsv)
        _entity_decides(mentions)
        same_name_decides(table, mentions)  # an unplaced "President Kumaratunga" whom a later mention places
        honorific_sex(table, mentions)  # "Mrs Blair" in a story about Mr Blair is another person
        # a pronoun whose person nothing placed in the end says nothing the coder can use: no mention, as before
        # pronouns could name unplaced people ("he said" of an unknown name stays without a source actor)
        return [m for m in mentions if not _unplaced_pronoun(doc, m)]

    def _term_body(self, term: Optional[Term], former: bool) -> Optional[Actor]:
        """The organisation a known person acts for in the term they hold on the date (people.tsv ``body``: a
        party leader or spokesman speaks for the party), which lends its code as a title naming it would
        (``officer_code``); none for a former holder or outside every term."""
        if term is None or former or term.body is None:
            return None
        return self.kb.actors.get(term.body)

    def _home_named_bodies(self, mentions: list[Mention]) -> None:
        """A sector noun that one state's news uses for one of its bodies (``home_names.tsv``: "the congress" of
        an Indian story is the Indian National Congress, not a legislature), once the mention has that state's
        country; alone or after place words of that state ("haryana congress").  ``resolved_by="home-name"``."""
        names = home_names()
        for m in mentions:
            ref = m.ref
            if ref is None or ref.country is None or not m.pieces or m.pieces[-1].type != "sector":
                continue
            body = names.get((ref.country, m.pieces[-1].target))
            if body is None or any(p.type not in ("name", "adjective", "capital", "place")
                                   or self.kb.actors[p.target].country != ref.country for p in m.pieces[:-1]):
                continue
            actor = self.kb.actors[body]
            ref.sector, ref.code, ref.kind, ref.name = actor.sector, actor.code, actor.kind, actor.name
            ref.resolved_by = "home-name"

    def _case_blind_datelines(self, doc: Any) -> tuple[tuple[int, int], ...]:
        """A lower-cased document's dateline ("lucknow: the special task force ..."): the first line-opening
        "words: " shape (``lower_case_dateline_candidates``) whose first place ("ahmedabad" of
        "ahmedabad/vadodara") the knowledge base names as a place.  The cased shapes
        (``annalyst.clean.dateline``) need capitals; here the knowledge base tells a filing place from
        "note: "."""
        from annalyst.clean.dateline import lower_case_dateline_candidates

        for start, end in lower_case_dateline_candidates(doc.text):
            name = doc.text[start:end].rstrip(": \t").split("/")[0]
            if any(a.type in DATELINE_PLACE_TYPES for a in self._aliases.get(name, ())):
                return ((start, end),)
        return ()

    def _home_pending(self, doc: Any, mentions: list[Mention]) -> list[Mention]:
        """Group nouns (curated sector words of ``HOME_SECTORS``) that nothing has placed."""
        return [m for m in mentions if m.ref is not None and m.ref.country is None and (
            m.ref.sector in HOME_SECTORS and m.ref.kind == "sector" and any(
                p.type == "sector" and p.alias is not None and (
                    p.alias.source == "sectors.tsv" and self.kb.sectors[p.target].sector == m.ref.sector
                    or self._curated_head(doc, p)) for p in m.pieces)
            # a company's or an industry's people ("company officials", "the industry", "businessmen") not
            # linked to a named body: the article's own (a named company's later mentions take its country)
            and (m.ref.sector not in LINKED_HOME_SECTORS or m.same_as is None and _acts(doc, m))
            # a body named with its descriptor and no modifier of its own ("the party Mabadiliko"): the article's
            or m.ref.kind == "org" and m.same_as is None and any(p.type == "named-org" and p.home for p in m.pieces)
            # a person known only by a title or post ("Committee chairman Barry Sheerman", "Mr Kurihara, the
            # defence chief"): officials named without a state are the article's own, as its group nouns are
            or m.office and m.same_as is None and (m.ref.sector in OFFICE_HOME_SECTORS or _state_office(doc, m)))]

    def _unplaced_owner(self, doc: Any, m: Mention, index: dict[int, Mention]) -> bool:
        """A role that speaks for a body the text names but nothing placed ("The chairman of the Bar Council",
        "The chairman of the port employers' organization, SVZ"): the role is that body's (``_owner_phrase``), and
        the article's state says nothing of it; on 300 BBC and Reuters stories such chairmen became the state's
        government.  Only neutral roles (words.tsv ``neutral``: chairman, spokesman) with an "of"/"for" object."""
        if not m.pieces or self._role(m.pieces[-1]) != "neutral":
            return False
        head = doc[m.end - 1]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in SPEAKS_FOR_PREPS | {"of"}):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                # the object or its compound ("officials of the police department"): a group noun the article's home
                # places with it is no unplaced body ("a spokesman for the ministry"); a business noun is, as
                # home places businesses only where they act ("a spokesman for the company")
                owner = next((index[t.i] for t in (obj, *(c for c in obj.children if c.dep_ == "compound"))
                              if t.i in index), None)
                if owner is None or owner.ref is None or not owner.ref.country and (
                        owner.ref.kind != "sector" or owner.ref.sector in LINKED_HOME_SECTORS):
                    return True
        return False

    def _titled_by_body(self, doc: Any, mentions: list[Mention]) -> None:
        """A person whose general title follows the name of a body the document names elsewhere ("Lavalin
        president Bernard Lamarre" in a story about "engineering company Lavalin Inc"): the body's president,
        chairman, spokesman or leader acts for it, so the person takes the body's country and sector
        (``resolved_by="body-title"``), not a state's government.  Only a title that names no office of its
        own (sector GOV, the default of "president", "chairman", "secretary", or none) is read so."""
        bodies: dict[str, Mention] = {}
        for m in mentions:
            if m.ref is not None and m.ref.kind == "org" and m.ref.sector and m.ref.name:
                bodies.setdefault(m.ref.name.lower(), m)
        if not bodies:
            return
        for m in mentions:
            ref = m.ref
            if ref is None or ref.kind != "person" or ref.sector not in (None, "GOV") or len(m.pieces) < 3 \
                    or m.pieces[0].type != "unknown-org" or not self._general_titles(m.pieces[1:-1]):
                continue
            name = doc[m.pieces[0].start:m.pieces[0].end].text.lower()
            body = next((b for key, b in bodies.items() if key == name or key.split()[0] == name), None)
            if body is None:
                continue
            ref.country, ref.sector = body.ref.country, body.ref.sector
            ref.code = officer_code(ref.country, ref.sector, body.ref)
            ref.resolved_by = "body-title"
            _place_linked(mentions, m)

    def _titled_after_body(self, table: DocTable, mentions: list[Mention]) -> None:
        """A person titled only as a body's head (words.tsv ``body_only_titles``: "General secretary Brendan
        Barber"), no body in the phrase and nothing that placed them, is the officer of the non-state body the text
        named last, in the same or the previous sentence, with no other placed actor between: "The TUC said ...
        General secretary Brendan Barber warned" → the TUC's country and sector (``resolved_by="body-before"``)."""
        last: Optional[Mention] = None  # the latest placed actor that is no person
        for m in mentions:
            ref = m.ref
            if ref is None:
                continue
            if ref.kind == "person" and ref.country is None and self._body_only_title(m) and last is not None \
                    and _non_state_body(last.ref) and _in_sentence_or_previous(table, last.start, m.start):
                ref.country, ref.sector = last.ref.country, last.ref.sector
                ref.code = officer_code(ref.country, ref.sector, last.ref)
                ref.resolved_by = "body-before"
                _place_linked(mentions, m)
            elif ref.kind != "person" and ref.country:
                last = m

    def _body_only_title(self, m: Mention) -> bool:
        """The mention is a title of ``BODY_ONLY_TITLES`` and a name, nothing else."""
        return len(m.pieces) == 2 and m.pieces[0].type == "sector" and m.pieces[1].type == "unknown-person" \
            and m.pieces[0].target in BODY_ONLY_TITLES

    def _general_titles(self, pieces: list[Piece]) -> bool:
        """Title or neutral role words with no sector other than GOV ("president", "chief executive")."""
        words = [self._sector_word(p) for p in pieces]
        return bool(words) and all(w is not None and w.role in ("title", "neutral") and w.sector in (None, "GOV")
                                   for w in words)

    def _curated_head(self, doc: Any, piece: Piece) -> bool:
        """A generated sector phrase (PETRARCH2's "government troops", "opposition party") whose last word is a
        curated group noun of a home sector ("troops", "party"): a group noun like its head, which the article's
        home may place; a generated one-word noun ("deputy", "prison") is not."""
        if piece.end - piece.start < 2 or piece.alias is None or piece.alias.source == "sectors.tsv":
            return False
        return any(a.type == "sector" and a.source == "sectors.tsv" and self.kb.sectors[a.target].sector in HOME_SECTORS
                   for a in self._aliases.get(doc[piece.end - 1].lower_, ()))

    def _body_speaker(self, actor: Any, actor_piece: Optional[Piece], heads: list[SectorWord],
                      person: Piece) -> Optional[Any]:
        """The non-state body (party, union, company, armed group: a knowledge-base organisation with a sector of
        its own) named before a neutral role word (spokesman, official, leader, member) before the person ("UKIP spokesman Mark Croucher", "Hamas official
        X"), or None: the body is whom the person speaks for.  Offices of a state keep their own rules."""
        if actor is None or actor_piece is None or actor_piece.start > person.start or not actor.sector:
            return None
        if _heads_a_body(heads, actor):
            return actor  # "TUC general secretary X", "Gazprom chairman X": the body's own head
        if actor.kind not in SPEAKER_BODY_KINDS or actor.sector in ("GOV",):
            return None
        if not heads or not all(w.role == "neutral" for w in heads):
            return None  # a title names an office of a state ("Labour Minister X" is a minister, not the party)
        return actor

    def _office(self, actors: list[Any], before: list[Optional[SectorWord]], person: Piece,
                group: list[Piece]) -> Optional[Any]:
        """The state or organisation of a title written before a known person ("UN envoy", "US Ambassador"),
        or None: a title word must stand between them, and a people ("Kurdish leader") is no office."""
        if not actors or not any(w is not None and w.role in ("title", "neutral") for w in before):
            return None
        first = next(p for p in group if p.type in NAMED_TYPES)
        actor = actors[0]
        if first.start > person.start or actor.kind not in OFFICE_KINDS or actor.country is None:
            return None  # a party or a people is no office ("Labour Minister", "Kurdish leader")
        return actor

    def _followers(self, ref: ActorRef, group: list[Piece], person: Optional[Piece], actors: list[Any],
                   when: Optional[dt.date]) -> bool:
        """"Trump supporters", "Hamas loyalists": a follower noun (role ``follower`` in sectors.tsv) at the head
        of a group naming someone makes a group of its own, of the backed actor's country, with the noun's
        sector; never the person or body itself (issue 15).  Fills ``ref``; False when the group is no such."""
        word = self._sector_word(group[-1])
        if word is None or word.role != "follower" or (person is None and not actors):
            return False
        if person is not None and person.type == "unknown-person":
            country = None  # someone the knowledge base does not know: the text may place the group later
        elif person is not None:
            country = self.kb.state_on(self._person(person.options or (person.target,), when).as_of(when)[0], when)
        else:
            country = actors[0].country if actors[0].kind != "people" else None
        ref.country, ref.sector, ref.kind = country, word.sector, "group"
        ref.code = _code(country, word.sector)
        ref.resolved_by = "follower"
        return True

    def _resolve_group(self, doc: Any, table: DocTable, group: list[Piece], when: Optional[dt.date],
                       taken: frozenset[int] = frozenset(), era: Optional[dt.date] = None) -> Optional[Mention]:
        sector_words = [self._sector_word(p) for p in group]
        words = [w for w in sector_words if w is not None]
        former = any(w.role == "former" or self._former_office(w) for w in words)
        # "shadow chancellor": an office the opposition party gives one of its own (sectors.tsv role shadow)
        shadow = next((w for w in words if w.role == "shadow"), None)
        heads = words
        if former or shadow is not None:
            group = [p for p, w in zip(group, sector_words) if w is None or w.role not in OFFICE_MODIFIER_ROLES]
            if not group:
                return None  # nothing but "former", "ex-", "shadow"
            heads = [w for w in words if w.role not in OFFICE_MODIFIER_ROLES]
        head_sector = _head_sector(heads)
        start, end = group[0].start, group[-1].end
        mention = Mention(start=start, end=end, pieces=group, head_sector=head_sector)

        person = unknown_person = None
        named = []
        for p in group:
            if p.type == "person" and person is None:
                person = p
            elif p.type == "unknown-person" and unknown_person is None:
                unknown_person = p
            elif p.type in NAMED_TYPES:
                named.append(p)
        # a state or organisation named beside a people decides ("Iraqi Kurds", "Kurdish Peshmerga")
        named = [p for p in named if self.kb.actors[p.target].kind != "people"] or named
        actors = [self.kb.actors[p.target] for p in named]
        actor_piece = named[0] if named else None
        titled = any(w.role in ("title", "neutral", "rank") for w in heads)

        ref = ActorRef(text=table.text(start, end), start=table.start_char(start), end=table.end_char(end))
        if not former and self._followers(ref, group, person or unknown_person, actors, when):
            mention.ref = ref
            return mention
        body = next((p for p in group if p.type == "named-org"), None)
        if body is not None and person is None and unknown_person is None:
            # "Russian gas giant Gazprom": a body the knowledge base does not know, named with its descriptor;
            # its country comes from its own modifiers only, else (later) from the article
            actor = actors[0] if actors else None
            ref.kind, ref.name = "org", table.text(body.start, body.end)
            ref.country = actor.country if actor is not None and actor.kind != "people" else None
            # ("former" makes a person a former office holder, ELI; a body "former rebel group Renamo" is still
            # the body its descriptor names)
            ref.sector = head_sector
            ref.code = _code(ref.country, ref.sector)
            ref.resolved_by = "descriptor+" + _how(actor_piece.type, False) if ref.country else "descriptor"
            if body.sector is not None:
                # a name told by its head word ("Brazilian Democratic Movement Party"): its own state word
                own = self.kb.actors[body.target] if body.target is not None else None
                ref.country = self.kb.state_on(own.country, when) if own is not None else ref.country
                ref.sector = head_sector or body.sector
                mention.head_sector = ref.sector
                ref.code = _code(ref.country, ref.sector)
                ref.resolved_by = "name-head+adjective" if own is not None else \
                    "name-head+" + ref.resolved_by if ref.country else "name-head"
            mention.ref = ref
            return mention
        if person is not None:
            record = self._person(person.options or (person.target,), when or era)
            country, sector, term = record.as_of(when or era)
            before = [self._sector_word(p) for p in group if p.type == "sector" and p.start < person.start]
            after = [self._sector_word(p) for p in group if p.type == "sector" and p.start > person.start]
            title_sector = _head_sector([w for w in before if w is not None and w.role != "former"])
            if title_sector and not former and term is None:
                # the writer calls them "President X" without "former": they hold an office of that kind on the
                # date, whatever the knowledge base's terms say; the country is that of their matching term
                match = [t for t in record.terms if t.sector == title_sector] or list(record.terms)
                country, sector = max(match, key=lambda t: t.start).country, title_sector
            # a Soviet minister's term is listed under RUS: in the USSR's years it is the USSR's (former_states.tsv)
            country = self.kb.state_on(country, when)
            office = self._office(actors, before, person, group)
            office_country = self.kb.state_on(office.country, when) if office is not None else None
            if office is not None and not former and office_country != country:
                # "UN envoy Martti Ahtisaari", "Federal Reserve chairman Paul Volcker": the office named in the
                # text says whose the person acts for now, over the knowledge base's other terms
                country, sector = office_country, title_sector or office.sector or "GOV"
            if former:
                sector = "ELI"
            ref.country, ref.sector, ref.name, ref.kind = country, sector, record.name, "person"
            spoken = None if former or actor_piece is None else self._body_speaker(
                actors[0], actor_piece, [w for w in before if w is not None], person)
            if spoken is not None and office is None:
                country, sector = spoken.country, spoken.sector  # "Labour Party spokesman X": the party speaks
                ref.country, ref.sector = country, sector
            after_sector = _head_sector([w for w in after if w is not None])
            if after_sector:
                ref.sector, ref.kind = after_sector, "state"
            ref.code = officer_code(ref.country, ref.sector, spoken or self._term_body(term, former))
            ref.resolved_by = "title+name" if titled or actors else "kb-person"
        elif unknown_person is not None:
            ref.kind = "person"
            ref.name = table.text(unknown_person.start, unknown_person.end)
            if actors or heads:
                actor = actors[0] if actors else None
                ref.country = actor.country if actor else None
                if actor is not None and actor.kind == "state" and actor_piece.alias is not None:
                    # "Soviet leader X" in 1986: the state of the title's name on the date (successions.tsv)
                    ref.country = self.kb.country_on(actor_piece.alias.text, actor.country, when)
                ref.sector = "ELI" if former else (head_sector or (actor.sector if actor else None))
                spoken = None if former else self._body_speaker(actor, actor_piece, heads, unknown_person)
                if spoken is not None:
                    # "UKIP spokesman Mark Croucher": the party, union or company named as the speaker's body
                    # decides the sector, not the role word's default (GOV)
                    ref.sector = spoken.sector
                if ref.sector is None and heads and actor is not None and actor.kind == "state":
                    ref.sector = "GOV"  # "Soviet leader X": a neutral role beside a state is its government
                if actor and actor.kind == "pre":
                    ref.sector = "PRE"
                ref.code = officer_code(ref.country, ref.sector, spoken)
                ref.resolved_by = "title+name" if ref.country else "title"
                # (a name the parser reads as a person's: "General Motors Corp" is no general named "Motors")
                mention.office = ref.country is None and ref.sector is not None and all(
                    doc[i].ent_type_ == "PERSON" for i in range(unknown_person.start, unknown_person.end))
            else:
                ref.resolved_by = "unknown"
        elif actors and actors[0].kind == "people":
            # "Yoruba leaders", "Tamil refugees", "Kurds": a people has no state of its own; the location or
            # the sentence gives it one (_ethnic_location).  A lone adjective is no actor ("Islamic law")
            if not heads and doc[end - 1].tag_ not in ("NNS", "NNPS"):
                noun = _people_noun(doc, end, taken)  # "Islamic fundamentalists", "Ibo traditional elders"
                if noun is None:
                    return None
                end = mention.end = noun + 1
                ref.text, ref.end = doc[start:end].text, doc[end - 1].idx + len(doc[end - 1].text)
            ref.kind, ref.name, ref.sector = "group", actors[0].name, head_sector or "CVL"
            ref.resolved_by = "ethnic"
        elif actors:
            actor = actors[0]
            if actor.kind == "state" and actor_piece.alias is not None:
                # "Juba" before South Sudan's independence is Sudan's
                held = self.kb.country_on(actor_piece.alias.text, actor.country, when)
                if held != actor.country and held in self.kb.actors:
                    actor = self.kb.actors[held]
                    if actor_piece.type == "capital" and held not in self.kb.former:
                        # not yet a capital: a city of the older state (a former state's capital stays one)
                        actor_piece = Piece(actor_piece.start, actor_piece.end, "place", actor_piece.target,
                                            actor_piece.alias)
            role = self.kb.role_on(actor.id, when) if actor.kind not in ("state", "pre") else None
            if role is not None:
                # "the SPLM" in 2006 is a partner of Sudan's government (org_roles.tsv): its country and
                # sector on the article's date; its code says so (SDNGOV), its name stays its own
                actor = replace(actor, country=role.country, sector=role.sector, code=role.country + role.sector)
            ref.country, ref.name, ref.kind = actor.country, actor.name, actor.kind
            sector = head_sector or actor.sector
            if _speaks_for_body(heads, actor):
                sector = actor.sector  # "the Lib Dem environment spokesman": the party speaks, not a state office
            if heads and sector is None and actor.kind == "state":
                sector = "GOV"  # "the Russian leader", "a Chinese delegate"
            if actor.kind == "pre":
                sector = "PRE"
            elif actor_piece.type == "capital" and not heads:
                sector = _capital_sector(doc[actor_piece.start:actor_piece.end])
            elif actor_piece.type == "place" and not heads:
                sector = "CVL"  # PLOVER GSR: a city or region stands for its people
            elif not heads and group[-1].type in ("adjective", "unknown-mod") \
                    and doc[group[-1].end - 1].tag_ in ("NNS", "NNPS"):
                sector = "CVL"  # a people: "Palestinians", "Nigerians", "Iraqi Kurds", "Bosnian Serbs"
            if actor_piece.type == "adjective" and actor_piece.start > 0 \
                    and doc[actor_piece.start - 1].lower_ in ETHNIC_MARKERS:
                # "ethnic Albanians in Macedonia": a people, not the state of the same name (PLOVER codes an
                # ethnic group with the country it lives in, which the location or context may tell)
                ref.country, ref.code, ref.kind, ref.name = None, None, "group", None
                ref.sector = head_sector or "CVL"
                ref.resolved_by = "ethnic"
                mention.ref = ref
                return mention
            ref.sector = "ELI" if former and heads else sector
            # a state's code says its sector (PRKGOV); an organisation or PRE entity keeps its own (NATO, UKRDPR)
            ref.code = _code(actor.country, ref.sector) if actor.kind == "state" else actor.code
            ref.resolved_by = _how(actor_piece.type, bool(heads))
            if actor_piece.type == "capital" and not heads and len(group) == 1 and _names_a_thing(doc, group[0]) \
                    and not self._sector_noun(_compound_head(doc, group[0])):
                # "the Abuja talks", "a scheduled Moscow visit": the capital says where, not who (GEO-ACTOR)
                ref.sector, ref.code, ref.resolved_by = "CVL", _code(actor.country, "CVL"), "place"
        elif any(p.type in ("unknown-org", "unknown-mod") for p in group):
            ref.kind = "unknown"
            ref.sector = head_sector
            ref.resolved_by = "ner"
            ref.name = None
            if _transnational(table, start, end):
                # "the Association of African Jurists", "the Third World Water Forum": a body named after a
                # continent or the world, not a state, is a non-governmental organisation to PLOVER
                ref.country, ref.kind, ref.code, ref.resolved_by = "NGO", "ngo", "NGO", "transnational"
        elif heads:
            if head_sector is None:
                return None  # "the leader", "a member": nothing to say who
            head = doc[end - 1]
            if end - start == 1 and _side_not_body(doc, start, head):
                # "six-party talks", "all parties", "not party to": sides of a talk, no body (a qualified
                # one is a body: "seven opposition parties")
                return None
            if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < start for c in head.children):
                return None  # "the sanctions regime", "a visa authority": a thing, not a body of people
            ref.kind = "sector"
            ref.sector = "ELI" if former else head_sector
            ref.resolved_by = "sector"
        else:
            return None
        if shadow is not None and not former and heads and ref.sector is not None:
            # "shadow attorney general Mr Grieve", "the shadow chancellor": the post is his party's, not the state's
            ref.sector = shadow.sector
            if ref.kind in ("state", "person", "sector"):
                ref.code = _code(ref.country, ref.sector)
            mention.office = ref.country is None
        mention.ref = ref
        return mention

    def _prepositional(self, doc: Any, mentions: list[Mention]) -> list[Mention]:
        """"President of Armenia", "King Hassan of Morocco" (one mention); "rebels in Darfur" (located)."""
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            left = mentions[i]
            right = mentions[i + 1] if i + 1 < len(mentions) else None
            ref = left.ref
            if right is not None and ref is not None and _is_place(right):
                gap = _gap_words(doc, left, right, longest=PREPOSITION_GAP)
                titled = left.head_sector is not None or ref.kind == "person"
                if gap in OF_GAPS and titled and (ref.country is None or ref.kind == "person") and ref.sector != "ELI" \
                        and right.ref.kind != "pre":
                    span = doc[left.start:right.end]
                    ref.text, ref.end = span.text, span.end_char
                    ref.country = right.ref.country
                    ref.code = _code(ref.country, ref.sector)
                    ref.resolved_by = "of-phrase"
                    if ref.kind == "sector":
                        ref.kind = "state"
                    left.end, left.pieces = right.end, left.pieces + right.pieces
                    out.append(left)
                    i += 2
                    continue
                if gap in IN_GAPS and ref.kind in ("sector", "group") and ref.country is None:
                    ref.country = right.ref.country
                    ref.code = _code(ref.country, ref.sector)
                    ref.resolved_by = "location"
            out.append(left)
            i += 1
        return out

    def _homonyms(self, doc: Any, mentions: list[Mention], when: Optional[dt.date]) -> None:
        """A place name several states share ("Tripoli": Libya's capital, Lebanon's second city) is read in the
        other state when its sentence (else its document) names that state and not the usual one: "rival
        militias in Tripoli ... the north Lebanese port" → LBN.  Without a date, a place that changed hands
        ("Juba") is read the same way in the state it belonged to: "Sudanese rebels shelled Juba" → SDN."""
        for m in mentions:
            piece = m.pieces[0] if len(m.pieces) == 1 else None
            if piece is None or piece.type not in ("place", "capital") or piece.alias is None or m.ref is None:
                continue
            alias = piece.alias.text.lower()
            others = self.kb.homonyms.get(alias, ()) + (tuple(
                s.country for s in self.kb.successions.get(alias, ())) if when is None else ())
            if not others:
                continue
            sent = doc[m.start].sent
            for scope in ([o for o in mentions if sent.start <= o.start < sent.end], mentions):
                named = {o.ref.country for o in scope if o is not m and o.ref is not None and o.ref.country}
                if m.ref.country in named:
                    break
                hits = [c for c in others if c in named]
                if len(hits) == 1:
                    actor = self.kb.actors[hits[0]]
                    ref = m.ref
                    ref.country, ref.name, ref.sector = actor.country, actor.name, "CVL"
                    ref.code, ref.resolved_by = _code(ref.country, ref.sector), "place"
                    piece.type = "place"  # a city there, not that state's capital
                    break
                if hits:
                    break

    def _owner_phrase(self, doc: Any, mentions: list[Mention], index: dict[int, Mention]) -> None:
        """A group named by a sector noun takes the country its own phrase names (PLOVER codes people with
        the state they belong to): "workers of the United Bus Company of Tehran" → IRN, "inhabitants of the
        Syrian Golan Heights" → SYR, "refugees fleeing the civil war in Liberia" → LBR; a people named by its
        demonym is coded with the state it lives in: "Albanians of southern Serbia" → SRB.

        The owner is found on the parse, not by adjacency: the object of an "of" attached to the group's head
        noun (so "victims of Israeli shelling" are not Israeli: the object is "shelling"), or, for refugees,
        the first state named in the "fleeing"/"escaping" clause attached to it."""
        for m in mentions:
            ref = m.ref
            if ref is None:
                continue
            people = ref.resolved_by == "adjective" and ref.sector == "CVL" and m.head_sector is None
            if not (people or ref.country is None and ref.kind in ("sector", "group")):
                continue
            head = doc[m.end - 1]
            # "a spokesman for Hamas", "a representative for the company": a role speaks for its owner
            spokes = self._role(m.pieces[-1]) == "neutral" if m.pieces else False
            owner = _of_owner(head, index, m, tuple(SPEAKS_FOR_PREPS) if spokes else ("of",))
            if owner is not None and people and not _is_place(owner):
                continue
            if owner is None and ref.sector == "REF" and not people:
                owner = _fled_from(head, index, m)
            if owner is None or owner.ref.country == ref.country:
                continue
            ref.country = owner.ref.country
            if self._role(m.pieces[-1]) == "neutral" and owner.ref.sector:
                ref.sector = owner.ref.sector  # "representatives of <a TV channel>" speak for the channel
            elif self._role(m.pieces[-1]) == "title" and (_non_state_body(owner.ref) or self._heads_group(m, owner)):
                # "general secretary of the Congress of South African Trade Unions": an office of a union, party
                # or company is that body's, not a state's
                ref.sector = owner.ref.sector
            ref.code = _code(ref.country, ref.sector)
            ref.resolved_by = "owner"
            if ref.kind == "sector":
                ref.kind = "state"

    def _heads_group(self, m: Mention, owner: Mention) -> bool:
        """"president of the Belgrade trade union council": a body's head title (words.tsv ``body_office_titles``)
        whose "of" owner is a group of a sector no state office has (labour, business, a party) is that group's."""
        word = self._sector_word(m.pieces[-1])
        return word is not None and word.phrase.lower() in BODY_OFFICE_TITLES and bool(owner.ref.sector) \
            and owner.ref.sector not in STATE_OFFICE_SECTORS

    def _event_location(self, doc: Any, mentions: list[Mention], index: dict[int, Mention]) -> None:
        """People without a country who act or are acted on at a place are coded with that place's state,
        as PLOVER codes protesters, workers, prisoners and victims: "Prisoners rioted at a jail in East
        Timor's capital Dili" → TLS; "Hundreds of thousands of people blocked streets in Hong Kong" → HKG.

        Only non-state sectors (civilians, opposition, labour, refugees, criminals, media, police...): state
        officials and soldiers are often abroad ("officials met in Geneva", "soldiers killed in Afghanistan"),
        and a state official without a country is the sentence context's business."""
        for m in mentions:
            ref = m.ref
            if ref is None or ref.country is not None or ref.sector not in LOCAL_SECTORS \
                    or not (ref.kind == "sector" or ref.resolved_by == "ethnic"):
                continue
            place = _clause_place(doc[m.end - 1], index, m)
            if place is None:
                continue
            ref.country = place.ref.country
            ref.code = _code(ref.country, ref.sector)
            ref.resolved_by = "event-location"
            ref.kind = "state"

    def _sentence_context(self, doc: Any, table: DocTable, mentions: list[Mention],
                          about: Optional[str] = None) -> None:
        """"Judge Alejandro Rivera opened investigations against 28 Chilean officials": when a sentence names
        exactly one state, an official body or titled person of that sentence without a country belongs to it.
        ``about``: the state the article is about (``_home_states``), which a state named only as a place does not
        override."""
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(table.sent_start(m.start), []).append(m)
        for group in by_sentence.values():
            named = [m for m in group if m.ref is not None and m.ref.country and m.ref.resolved_by != "coref" and (
                m.ref.kind in ("state", "pre") and _actor_like(doc, m) or _named_in_state(m))]
            states = {m.ref.country for m in named}
            if len(states) != 1:
                continue
            country = next(iter(states))
            # a town or region says where something happened, and soldiers and spies act abroad ("abuse at the
            # hands of coalition forces" in a sentence about Fallujah): they need the state itself named
            by_place_only = all(all(p.type == "place" for p in m.pieces) for m in named)
            # a person's or a named body's country is never the place where the event happens ("Volcker met
            # Gorbachev in Moscow"): for them only the states named as actors count
            actors = {m.ref.country for m in named if not _venue(doc, m)}
            # a group noun likewise, in an article about another state: a state named only as where someone is,
            # goes or comes from is no one's ("the government had asked High Commissioner Rod Gates to return from
            # Suva" in a story from Wellington: New Zealand's government)
            movers = {m.ref.country for m in named if not _venue(doc, m, LOCATIVE_PREPS)} \
                or about is None or about in states
            for m in group:
                ref = m.ref
                if ref is None or ref.country is not None or not self._official(m):
                    continue
                if ref.resolved_by in UNPLACED_GROUPS:
                    continue  # "foreign troops left Brazil", "the international community urged Iran": no one's
                if by_place_only and ref.sector in TRAVELLING_SECTORS:
                    continue
                if (ref.kind in ("person", "org") or _post_of_person(doc, m, group) or self._one_titled(doc, m)) \
                        and actors != states or not movers:
                    # (a named body likewise: "the party Mabadiliko rejected the result in Lusaka"; and a person's
                    # post in apposition: "Quentin Davies, the MP for Grantham, was attacked in ... Nairobi")
                    continue
                ref.country = country
                ref.code = _code(country, ref.sector)
                ref.resolved_by = "context"

    def _one_titled(self, doc: Any, m: Mention) -> bool:
        """A singular title without a name ("An MP has had his passport stolen in a park in Kenya", "the
        minister"): one person, whom the place of the event does not place either."""
        word = self._sector_word(m.pieces[-1]) if m.pieces and m.pieces[-1].type == "sector" else None
        return m.ref is not None and m.ref.kind == "sector" and word is not None and word.role == "title" \
            and doc[m.end - 1].tag_ in ("NN", "NNP")

    def _ethnic_location(self, doc: Any, mentions: list[Mention]) -> None:
        """"Ethnic Albanians demonstrated in Serbia": PLOVER codes an ethnic group with the state it lives in.
        The state the sentence names next after the group (else the last before it) is taken, never the
        state the group is named after."""
        for i, m in enumerate(mentions):
            ref = m.ref
            if ref is None or ref.resolved_by != "ethnic" or ref.country is not None:
                continue
            named = [self.kb.actors[p.target] for p in m.pieces if p.type == "adjective" and p.target]
            own = {a.country for a in named if a.country}
            homes = {h for a in named for h in a.homes}
            sent = doc[m.start].sent
            # states named as actors (not "Danish Web sites"), or through a titled person ("Algerian President X")
            states = [o for o in mentions if o is not m and o.ref is not None and o.ref.country
                      and (o.ref.kind in PLACE_KINDS or o.ref.kind == "person" and any(
                          p.type in ("adjective", "name") for p in o.pieces))
                      and o.ref.resolved_by not in ("coref", "ethnic") and _actor_like(doc, o)
                      and o.ref.country not in own and sent.start <= o.start < sent.end]
            if not homes and not own:
                # a world religion ("Muslims", "Christian groups") lives everywhere: only a location, or the one
                # state whose institutions the sentence names ("Egyptian police dispersed Moslem demonstrators")
                bodies = {o.ref.country for o in states if o.head_sector is not None}
                if len(bodies) == 1:
                    ref.country = next(iter(bodies))
                    ref.code = _code(ref.country, ref.sector)
                    ref.resolved_by = "ethnic+context"
                continue
            # a people's own homeland, when the sentence names it, beats the order of mention
            states = [o for o in states if o.ref.country in homes] or states
            after = [o for o in states if o.start >= m.end]
            before = [o for o in states if o.end <= m.start]
            chosen = after[0] if after else before[-1] if before else None
            if chosen is None:
                if len(homes) == 1:  # "Yoruba leaders announced...": a people of one state
                    ref.country = next(iter(homes))
                    ref.code = _code(ref.country, ref.sector)
                    ref.resolved_by = "ethnic+home"
                continue
            ref.country = chosen.ref.country
            ref.code = _code(ref.country, ref.sector)
            ref.resolved_by = "ethnic+location"

    def _official(self, m: Mention) -> bool:
        """A state office or titled person named by a curated sector word (not "crowd", "website")."""
        if m.ref.sector not in CONTEXT_SECTORS:
            return False
        return any(p.type == "sector" and p.alias is not None and p.alias.source == "sectors.tsv" for p in m.pieces)

    def _person(self, pids: tuple[str, ...], when: Optional[dt.date]) -> Person:
        """Of the people an alias may name, the one in office on the date (else the latest to hold office)."""
        people = [self.kb.people[pid] for pid in pids]
        if len(people) == 1:
            return people[0]
        day = when or dt.date.max
        in_office = [p for p in people if any(t.covers(day) for t in p.terms)]
        if in_office:
            return in_office[0]
        started = [p for p in people if p.terms[0].start <= day] or people
        return max(started, key=lambda p: max(t.start for t in p.terms if t.start <= day) if p.terms[0].start <= day
                   else p.terms[0].start)

    def _ellipsis(self, doc: Any, mentions: list[Mention]) -> None:
        """"Hungarian and Romanian officials", "the Donetsk and Lugansk People's Republics"."""
        for i in range(len(mentions) - 1, 0, -1):
            right = mentions[i]
            left = mentions[i - 1]
            if right.start - left.end > 2:
                continue
            gap = [t.lower_ for t in doc[left.end:right.start]]
            if gap not in (["and"], ["or"], [",", "and"], [",", "or"]):
                continue
            if left.head_sector is not None or left.ref is None or right.ref is None:
                continue
            if any(p.type in ("person", "unknown-person") for p in left.pieces):
                continue
            # the right conjunct's last words may complete the left one: "Donetsk" + "People's Republics"
            right_tokens = [t.text for t in doc[right.start:right.end]]
            left_text = doc[left.start:left.end].text
            resolved = False
            for k in range(1, len(right_tokens)):
                candidate = left_text + " " + " ".join(right_tokens[k:])
                aliases = [a for a in self._aliases.get(candidate.lower().replace(" 's", "'s"), ())
                           if a.type in ("name", "org")]
                if aliases:
                    actor = self.kb.actors[aliases[0].target]
                    ref = left.ref
                    ref.country, ref.name, ref.kind, ref.code = actor.country, actor.name, actor.kind, actor.code
                    ref.sector = "PRE" if actor.kind == "pre" else (actor.sector or right.ref.sector)
                    ref.resolved_by = "ellipsis"
                    resolved = True
                    break
            if not resolved and right.head_sector is not None and all(
                    p.type in ("adjective", "unknown-mod") for p in left.pieces):
                ref = left.ref
                if ref.kind != "pre":
                    ref.sector = right.head_sector
                    ref.code = _code(ref.country, ref.sector) if ref.kind == "state" else ref.code
                left.head_sector = right.head_sector
                ref.resolved_by = "ellipsis"


ETHNIC_MARKERS = {"ethnic", "ethnically"}
# knowledge-base kinds of a body a spokesman or official may speak for in its own sector (organisations.tsv)
SPEAKER_BODY_KINDS = {"group", "ngo", "media", "org"}
PEOPLES_SOURCE = "peoples.tsv"
OF_GAPS = (["of"], ["of", "the"])
TRAVELLING_SECTORS = {"MIL", "SPY"}
CONTEXT_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP", "PTY"}  # PTY: parties act at home
IN_GAPS = (["in"], ["in", "the"], ["at"], ["from"], ["throughout"], ["across"])
PREPOSITION_GAP = max(len(gap) for gap in OF_GAPS + IN_GAPS)  # longer gaps need not be read
PLACE_KINDS = ("state", "pre")


def _generic_parties(mentions: list[Mention], about: Optional[str]) -> None:
    """A party the knowledge base matched by a name that names a kind of party in any state ("Conservatives",
    "Labour", "Democrats": lang/en/words.tsv generic_party_names) is that party in a story about its own state
    only; in a story about another state (``about``: the article's main state) that names the party's state
    nowhere else it is that state's party (``resolved_by="home"``: "Conservatives" of an Iranian story are
    IRNPTY, not the British party; a British story about Iraq that names Britain keeps them British)."""
    generic = _generic_party_mentions(mentions)
    if about is None or not generic:
        return
    named = {m.ref.country for m in mentions if m.ref is not None and m not in generic}
    for m in generic:
        ref = m.ref
        if ref.country in (None, about) or ref.country in named:
            continue
        ref.country, ref.code, ref.kind, ref.name = about, _code(about, "PTY"), "state", None
        ref.resolved_by = "home"


def _generic_party_mentions(mentions: list[Mention]) -> list[Mention]:
    """The knowledge-base parties matched by a name that names a kind of party in any state (lang/en/words.tsv
    ``generic_party_names``: "Labour", "the Conservatives", "Labour Party")."""
    return [m for m in mentions if m.ref is not None and m.ref.sector == "PTY" and m.ref.resolved_by == "kb-phrase"
            and _generic_party_name(m.ref.text)]


def _generic_party_name(text: str) -> bool:
    """"Labour", "the Conservatives", "Labour Party": a generic party name, alone or before a word that ends a
    party's name (lang/en/words.tsv ``party_name_ends``)."""
    words = text.lower().removeprefix("the ").split()
    if len(words) > 1 and words[-1] in PARTY_NAME_ENDS:
        words = words[:-1]
    return " ".join(words) in GENERIC_PARTY_NAMES


def _possessive_party(doc: Any, mentions: list[Mention], index: dict[int, Mention]) -> None:
    """"Australia's ruling Labour Party", "Norway's Labour Party": a party named by a generic name
    (``_generic_party_mentions``) that a state's possessive owns is that state's party (``resolved_by=
    "possessive"``), whatever state the knowledge base's party of that name belongs to and whatever the story is
    about (issue 15: a person's or body's country is the one its own modifiers give)."""
    for m in _generic_party_mentions(mentions):
        owner = _possessor(doc, m, index)
        if owner is None or owner.ref.kind != "state" or owner.ref.country == m.ref.country:
            continue
        ref = m.ref
        ref.country, ref.code, ref.kind, ref.name = owner.ref.country, _code(owner.ref.country, "PTY"), "state", None
        ref.resolved_by = "possessive"


def _legal_forms(doc: Any, pieces: list[Piece], taken: list[bool]) -> None:
    """A body the knowledge base matched followed by the rest of a company's name up to its legal form ("Boeing
    Co", "Commerzbank AG", "Exxon Corp's", "Honda Motor Co Ltd", "Nomura International Plc", "American Express" +
    line break + "Co"): those words are part of the body's name, not a name of their own that the recogniser's
    entity would leave as an unknown actor ("Motor Co Ltd" acting for Honda).  The piece reaches over the name's
    words to its last legal form (lang/en/words.tsv corporate_suffixes); without a legal form after them the
    words may name another body ("Merrill Lynch Capital Markets"), so the piece stays as matched (issue 15,
    session 17: 19 such fragments in 300 Reuters-21578 stories)."""
    for p in pieces:
        if p.type != "org":
            continue
        end = _legal_form_end(doc, p.end, taken)
        if end is not None:
            for i in range(p.end, end):
                taken[i] = True
            p.end = end


def _legal_form_end(doc: Any, start: int, taken: list[bool]) -> Optional[int]:
    """The end of the company name's words from ``start`` that close with a legal form (up to ``NAME_TAIL`` words
    and the line breaks between them; none taken by another piece), or None where no legal form closes them.
    A word in capitals other than a legal form ends the name: a headline's capitals ("HONDA SAYS TOYOTA CO")
    are no name's words."""
    from annalyst.actors.entities import corporate_suffixes

    end, words, i = None, 0, start
    while i < len(doc) and not taken[i] and words <= NAME_TAIL:
        word = doc[i]
        if word.is_space and "\n" in word.text:
            i += 1
            continue  # a wire story's line break inside the name
        if word.lower_ in corporate_suffixes() and (word.text[:1].isupper() or word.lower_ == "plc"):
            end = i + 1
        elif not _company_word(word) or (word.text.isupper() and len(word.text) > 1):
            break
        words += 1
        i += 1
    return end


def _company_word(token: Any) -> bool:
    """A word of a company's own name before the state's name of a subsidiary: capitalised ("Daiwa Securities",
    "B.F. Goodrich"), or the hyphen or ampersand inside one ("Medi-Rx", "AT&T"); not a determiner that opens the
    phrase ("The")."""
    if token.text in NAME_JOINERS and not token.whitespace_:
        return True
    return token.text[:1].isupper() and token.lower_ not in NAME_DETERMINERS \
        and any(c.isalpha() for c in token.text)


NAME_DETERMINERS = load_bundle().words("name_determiners")  # "the", "its": before a name, no part of it
NAME_TAIL = tunables.value("tunables.tsv", "name_tail", "annalyst.actors")  # data/tunables.tsv: words a company's name runs on before its legal form
NAME_JOINERS = frozenset("-&")  # the punctuation a company's name holds between its words, unspaced


def _actor_like(doc: Any, m: Mention) -> bool:
    """A state named as an actor (subject, object, possessor, or with a body), not as a modifier of a thing
    ("the Iraq war", "the Ukrainian crisis")."""
    if m.ref is not None and m.ref.sector and m.ref.sector not in ("CVL",) and m.head_sector is not None:
        return True
    root = doc[m.start:m.end].root
    return root.dep_ not in ("compound", "amod", "npadvmod", "nmod")


# sectors whose members are usually of the place where they act (not "officials", "troops": they travel)
# (not BUS either: "the company began assembling cars in China" is no Chinese company)
LOCAL_SECTORS = {"CVL", "OPP", "LAB", "REF", "CRM", "JRN", "EDU", "MED", "REL", "AGR", "COP", "UAF", "REB"}
FLEE_VERBS = {"flee", "escape"}
MEMBERSHIP_WORDS = {"affiliate", "affiliated", "belong", "loyal", "link", "linked", "allied", "attach", "attached"}
EVENT_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "through", "throughout", "around"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}


# nouns that also name a side of a negotiation or dispute ("six-party talks", "party to the deliberations")
SIDE_NOUNS = load_bundle().words("side_nouns")
# parser labels by role (lang/en/labels.tsv): a clause's subject, a verb's parts of speech, a noun's modifiers
SUBJECTS = load_bundle().labels("subject_any")
VERB_POS = load_bundle().labels("verb_pos")
NOUN_MODIFIERS = load_bundle().labels("noun_modifier")
PLACE_OF_BASE = load_bundle().labels("place_of_base")
BASE_PARTICIPLE_LINK = load_bundle().labels("base_participle_link")
SIDE_QUANTIFIERS = load_bundle().words("side_quantifiers")


def _side_not_body(doc: Any, start: int, head: Any) -> bool:
    """Is a bare side noun (no other word in its mention) a side of a talk rather than a body of people: the second half of a hyphenated
    count modifier ("six-party talks", "multi-party system"), a predicate "party to" something, or a counted
    plural ("the six parties", "all parties")?"""
    if head.lemma_.lower() not in SIDE_NOUNS:
        return False
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and (doc[start - 2].like_num or doc[start - 2].lower_ in SIDE_QUANTIFIERS):
        return True
    if not any(c.dep_ == "det" for c in head.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
        return True
    return head.tag_ == "NNS" and any(c.dep_ in ("nummod", "det", "amod") and (c.like_num or c.lower_ in SIDE_QUANTIFIERS)
                                      for c in head.children)


def _token_index(mentions: list[Mention]) -> dict[int, Mention]:
    index: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            index[i] = m
    return index


def _with_country(index: dict[int, Mention], i: int, own: Mention) -> Optional[Mention]:
    m = index.get(i)
    if m is None or m is own or m.ref is None or not m.ref.country or m.ref.resolved_by == "coref":
        return None
    return m


def _of_owner(head: Any, index: dict[int, Mention], own: Mention, words: tuple[str, ...] = ("of",)) -> Optional[Mention]:
    """The body or place a group belongs to: the object of an "of" attached to ``head`` ("workers of [the ...
    Company]"), or of a membership phrase ("workers affiliated with [the Serbian Workers' Union]", "militants
    loyal to [Iraq's al-Qaeda frontman ...]").  When the object is a mention without a country, a name before
    it (or none) in its own phrase may give one ("the [Serbian Workers]' [Union]")."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in words]
    for link in head.children:
        if link.dep_ in ("acl", "amod") and link.lemma_.lower() in MEMBERSHIP_WORDS:
            preps += [c for c in link.children if c.dep_ == "prep" and c.lower_ in ("with", "to")]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found = _with_country(index, obj.i, own)
            if found is None:
                # a body named inside the object's own phrase ("the [Kenyan Farmers] Association"), not a mere
                # adjective ("victims of [Israeli] shelling")
                found = next((m for t in obj.lefts for u in t.subtree
                              for m in [_with_country(index, u.i, own)] if m is not None
                              and (m.head_sector is not None or any(p.type in ("org", "name") for p in m.pieces))),
                             None)
            if found is None:
                # "military police of the West African Peacekeeping Force (ECOMOG)": a body the text names
                # twice, in full and by its short name, is placed by either
                found = next((m for a in obj.children if a.dep_ == "appos"
                              for m in [_with_country(index, a.i, own)] if m is not None), None)
            return found
    return None


def _member_of(doc: Any, mentions: list[Mention], index: dict[int, Mention]) -> None:
    """A named person the knowledge base does not know and nothing in their own phrase places, followed by "of" or
    "from" and a named organisation ("Brad Adams of Human Rights Watch", "John Smith, from the TUC,"), speaks for
    that body: its country and sector, and a party's code (``officer_code``); ``resolved_by="member-of"``.  Found on
    the parse (the preposition hangs on the name), never a state or a place: "X of London" says where X lives or
    comes from, not whom X acts for."""
    for m in mentions:
        ref = m.ref
        if ref is None or ref.kind != "person" or ref.country is not None or ref.sector is not None:
            continue
        owner = _named_body_of(doc[m.end - 1], index)
        if owner is None or owner is m or owner.ref.kind not in MEMBER_BODY_KINDS or _group_noun(owner):
            continue
        ref.country, ref.sector = owner.ref.country, owner.ref.sector
        ref.code = officer_code(ref.country, ref.sector, owner.ref)
        ref.resolved_by = "member-of"


def _possessive_owner(doc: Any, mentions: list[Mention], index: dict[int, Mention]) -> None:
    """A name the knowledge base does not know, owned by a possessive that names a state or a body (issue 15
    point 2, "organisations decide a person ... in possessives"; point 4, an unknown body's country from its own
    modifiers): "France's Snecma", "Japan's Overseas Economic Cooperation Fund" take the state's country (no
    sector: the text does not say what they are); "Labour's Paul Flynn", "the BBC's Paul Reynolds", "the Bank of
    England's Monetary Policy Committee" act for the body, as "Paul Flynn of Labour" does (``_member_of``): its
    country and sector, and a party's code (``officer_code``).  ``resolved_by="possessive"``.  Found on the parse
    (the possessive hangs on the name); never a person's possessive ("Cherie Blair's Matrix Chambers", "Mr Brown's
    Budget": what a person owns does not act for them)."""
    for m in mentions:
        ref = m.ref
        if ref is None or ref.country is not None or ref.sector is not None or not m.pieces \
                or not all(p.type in UNKNOWN_NAME_PIECES for p in m.pieces):
            continue
        owner = _possessor(doc, m, index)
        if owner is None or _capitals_headline(doc, owner, m):
            continue
        if owner.ref.kind == "state":
            ref.country, ref.code = owner.ref.country, owner.ref.country
        else:
            ref.country, ref.sector = owner.ref.country, owner.ref.sector
            ref.code = officer_code(ref.country, ref.sector, owner.ref)
        if ref.kind == "unknown":  # a body or person now placed, whom a later bare name links to
            ref.kind = "person" if all(p.type == "unknown-person" for p in m.pieces) else "org"
        ref.resolved_by = "possessive"


def _capitals_headline(doc: Any, owner: Mention, m: Mention) -> bool:
    """"NORWAY'S EC MEMBERSHIP WELCOMED": a headline in capitals, whose parse makes names of its verbs and nouns;
    a single acronym after the possessive ("England's MPC") is still a name."""
    return doc[owner.start].text.isupper() and doc[m.end - 1].text.isupper() and m.end - m.start > 1


def _possessor(doc: Any, m: Mention, index: dict[int, Mention]) -> Optional[Mention]:
    """The placed state or named body whose possessive hangs on a word of ``m`` ("France's" of "France's
    Snecma"), else None: a state named alone (not "the Treasury's"), or a body the text names by name (not a
    group noun: "the company's" is linked to its company only later)."""
    for token in doc[m.start:m.end]:
        for child in token.children:
            owner = index.get(child.i) if child.dep_ == "poss" and child.i < m.start else None
            if owner is None or owner is m or owner.ref is None or not owner.ref.country:
                continue
            if owner.ref.kind == "state" and owner.ref.sector is None \
                    and owner.ref.country not in NON_STATE_COUNTRIES:
                return owner
            if owner.ref.kind in MEMBER_BODY_KINDS and not _group_noun(owner):
                return owner
    return None


def _group_noun(m: Mention) -> bool:
    """A body named by a sector noun ("the ministry"), not by a name: a name its head word types ("the British
    Lung Foundation", a ``named-org`` piece: session 15) is still a name."""
    return m.head_sector is not None and not any(p.type == "named-org" for p in m.pieces)


def _named_body_of(head: Any, index: dict[int, Mention]) -> Optional[Mention]:
    """The mention that is the whole name after an "of"/"from" hung on ``head``: the object's own name words
    (compounds and adjectives before it) all inside the mention, so a part of a longer unknown name is not the
    body ("the British Lung Foundation" is no body called "Foundation")."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEMBER_OF_PREPS:
            continue
        for obj in prep.children:
            owner = index.get(obj.i) if obj.dep_ == "pobj" else None
            if owner is not None and owner.ref is not None and owner.ref.country and all(
                    owner.start <= t.i < owner.end for t in obj.lefts if t.dep_ in NOUN_MODIFIERS):
                return owner
    return None


def _fled_from(head: Any, index: dict[int, Mention], own: Mention) -> Optional[Mention]:
    """The first state named in a "fleeing ..." clause attached to ``head`` ("refugees fleeing the war in Liberia")."""
    for clause in head.children:
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in FLEE_VERBS:
            for token in clause.subtree:
                m = _with_country(index, token.i, own)
                if m is not None and _is_place(m):
                    return m
    return None


def _clause_place(head: Any, index: dict[int, Mention], own: Mention) -> Optional[Mention]:
    """The place of the clause in which ``head`` is subject or object: the first state, capital or place named
    in a locative phrase ("in", "at", "near"...) of its verb, or of a participle attached to ``head`` itself
    ("demonstrators protesting ... in Monrovia").  Quantities are climbed first: "hundreds of [people]"."""
    token = head
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        token = token.head.head  # "thousands of people", "a group of refugees"
    anchors = [c for c in head.children if c.dep_ == "acl"]
    if token.dep_ in ARGUMENT_DEPS:
        anchors.insert(0, token.head)
        # "agreed to postpone the demonstration in Baku": the place of the verb it controls
        anchors += [c for c in token.head.children if c.dep_ == "xcomp"]
    # the verb's own locative phrase, or one on its object ("blocked [streets in Hong Kong]")
    anchors += [c for a in list(anchors) for c in a.children if c.dep_ == "dobj" and c.i not in index]
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in EVENT_PLACE_PREPS:
                continue
            for t in prep.subtree:
                m = _with_country(index, t.i, own)
                if m is not None and _is_place(m) and not _modifies_a_thing(t.doc, m):
                    return m
    return None


ERA_KEY = "annalyst.article_era"  # the day an undated document is read on (Resolver._era), ISO, in Doc.user_data
MEMBER_OF_PREPS = load_bundle().words("member_of_preps")  # "X of Human Rights Watch": the body X speaks for
MEMBER_BODY_KINDS = frozenset({"igo", "ngo", "group", "institution", "media", "org"})  # named bodies, not states
UNKNOWN_NAME_PIECES = frozenset({"unknown-person", "unknown-org"})  # a name the parser found, no entry knows
GENERIC_PARTY_NAMES = load_bundle().words("generic_party_names")  # "Labour": a kind of party in any state
PARTY_NAME_ENDS = load_bundle().words("party_name_ends")  # "Labour Party": the generic name and its party word
ERA_SUBJECT_MENTIONS = 2  # a lone known person named so often is what an undated text is about (Resolver._era)
TITLE_RUN_GAP = tunables.value("tunables.tsv", "title_run_gap", "annalyst.actors")  # data/tunables.tsv: words between a title and what it titles
ERA_MIN_PEOPLE = 2  # an undated text is dated by its people only where at least two known people agree


def _merged(terms: Sequence[Any]) -> list[tuple[dt.date, dt.date]]:
    """A person's terms as disjoint stretches of days (an open term runs to today)."""
    out: list[list[dt.date]] = []
    for t in sorted(terms, key=lambda t: t.start):
        end = t.end or dt.date.today()
        if out and t.start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([t.start, end])
    return [(a, b) for a, b in out]


def _state_office(doc: Any, m: Mention) -> bool:
    """Whether a titled person's title is one only a state gives (words.tsv ``state_office_heads``: "Foreign
    Minister X", "Ambassador X", "special envoy X"; ``state_portfolios`` before "Secretary": "Foreign Secretary X",
    "Home Secretary X"); such a person, placed by nothing nearer, is an official of the article's state."""
    words = [doc[i].lower_.rstrip(".") for i in range(m.start, m.end)]
    return any(w in STATE_OFFICE_HEADS or w in PORTFOLIO_TITLES and k > 0 and words[k - 1] in STATE_PORTFOLIOS
               for k, w in enumerate(words))


# which sectors the article places rather than the mention: data (actors/data/sector_groups.tsv, whose header says
# why each group holds its sectors; issue 15, point 5)
POLICE_SECTORS = sector_group("police")  # almost never act abroad: they belong to where the story is
DOMESTIC_SECTORS = sector_group("domestic")  # act at home: the places of the article place them
HOME_SECTORS = sector_group("home")  # group nouns that, failing anything nearer, belong to the article's state
LOCAL_HOME_SECTORS = sector_group("local_home")  # home groups that take only the article's local state
OFFICE_HOME_SECTORS = sector_group("office_home")  # a titled person's sectors the article's state places
ABROAD_SECTORS = sector_group("abroad_bodies")  # named bodies whose state is no vote for the article's state
LINKED_HOME_SECTORS = sector_group("linked_home")  # home groups a named company's later mention places instead
RESIDENT_HOME_SECTORS = sector_group("resident_home")  # home groups that live where the story is, as civilians do
HOME_SHARE = 0.6  # the article's state: at least this share of the state and place mentions...
HOME_MIN_MENTIONS = 3  # ...and at least this many of them


def _unplaced_pronoun(doc: Any, m: Mention) -> bool:
    return m.ref is not None and m.ref.resolved_by == "coref" and m.ref.country is None and m.ref.sector != "COP" \
        and m.end - m.start == 1 and doc[m.start].pos_ == "PRON"


def _acts(doc: Any, m: Mention) -> bool:
    """The mention is the subject of its clause or the agent of a passive ("by the company"), directly or as a
    conjunct of one ("Opposition politicians, businessmen and newspapers criticised")."""
    head = doc[m.start:m.end].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "pobj" and head.head.lower_ == "by" \
        and head.head.dep_ == "agent"


def _root(m: Mention) -> Mention:
    """The first mention of ``m``'s entity (following ``same_as``)."""
    root, seen = m, 0
    while root.same_as is not None and root.same_as is not root and seen < 50:
        root, seen = root.same_as, seen + 1
    return root


def _entity_decides(mentions: list[Mention]) -> None:
    """One decision per entity: a mention linked to an earlier one (a surname, "he", "the company") before that
    one was placed takes what placed it: "Mitsotakis said he had urged", where the article's state places
    the opposition leader after the pronoun was linked; a body's later names and "the company" linked before
    the article gave it a country."""
    for m in mentions:
        root = _root(m)
        if root is m or m.ref is None or root.ref is None or m.ref.country is not None or root.ref.country is None:
            continue
        m.ref.country, m.ref.code = root.ref.country, root.ref.code
        if root.ref.sector and (m.ref.sector is None or m.ref.kind == "person"):
            m.ref.sector = root.ref.sector


def _surname_of_named_person(mentions: list[Mention]) -> None:
    """A surname alone that the knowledge base gives to another person is the known person the article named in
    full with it before: "West German Finance Minister Gerhard Stoltenberg ... Stoltenberg said" in 1987 is
    Gerhard, not the later NATO secretary general whose alias "Stoltenberg" is.  The earlier mention's reading
    (same date, same person) is copied and linked (``resolved_by="same-name"``)."""
    named: dict[str, Mention] = {}
    for m in mentions:
        ref = m.ref
        if ref is None or ref.kind != "person" or not ref.name or ref.resolved_by not in ("kb-person", "title+name"):
            continue
        surname = m.pieces[-1].alias.text.lower() if len(m.pieces) == 1 and m.pieces[0].type == "person" \
            and m.pieces[0].alias is not None and " " not in m.pieces[0].alias.text.strip() else None
        first = named.get(surname) if surname else None
        if first is not None and first.ref.name != ref.name and ref.resolved_by == "kb-person":
            ref.country, ref.sector, ref.code = first.ref.country, first.ref.sector, first.ref.code
            ref.name, ref.resolved_by = first.ref.name, "same-name"
            m.same_as = first
            continue
        named.setdefault(ref.name.split()[-1].lower(), m)


def _outside_datelines(doc: Any, mentions: list[Mention], datelines: Sequence[tuple[int, int]]) -> list[Mention]:
    """The mentions that do not start inside a wire dateline (place, date or agency: never an actor)."""
    return [m for m in mentions if not any(s <= doc[m.start].idx < e for s, e in datelines)]


def _home_country(doc: Any, mentions: list[Mention], datelines: Sequence[tuple[int, int]],
                  sectors: dict[str, SectorWord], wanted: frozenset[str] = DOMESTIC_SECTORS,
                  run_on: bool = False) -> None:
    """Police without a country ("police", "the cops", "a constable", "Inspector Ribeiro") and group nouns
    ("troops", "rebels", "protesters", "officials", "the government") take the country the document is about:
    its dateline's, else the one state that all the places it names belong to.  Group nouns other than police and
    civilians also take the state that most of the article's state and place mentions name (``HOME_SHARE``,
    ``HOME_MIN_MENTIONS``): "troops sealed off parliament" in a story about Zaire that also quotes US
    officials.  Runs after the phrase, clause and sentence rules, which place a mention more precisely
    ("police in Ahmedabad", "Nigerian police ... in Lagos"); ``resolved_by="home"`` records the evidence."""
    # curated words only: the generated noun list also files "deputy" and "prison" under COP
    pending = [m for m in mentions if m.ref is not None and m.ref.country is None and m.ref.sector in wanted
               and (m.ref.kind == "sector" or m.ref.sector in DOMESTIC_SECTORS and m.ref.kind in ("person", "unknown"))
               and any(p.type == "sector" and p.alias is not None and p.alias.source == "sectors.tsv"
                       and sectors[p.target].sector == m.ref.sector for p in m.pieces)]
    if not pending:
        return
    _take_home([m for m in pending if not _local_topic(doc, m)], *_home_states(doc, mentions, datelines, run_on))


def _home_states(doc: Any, mentions: list[Mention], datelines: Sequence[tuple[int, int]],
                 run_on: bool = False) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(for police: the dateline's or the one state of all places named; the state the article is mostly
    about; for civilians: the first, where places are named in two sentences or more)."""
    # (a body's own state word names the state too: "the Pakistan Industrial Development Corporation")
    named = [m for m in mentions if (_is_place(m) or _named_in_state(m)) and m.ref.resolved_by != "coref"]
    # a state named only as the modifier of a thing ("the Iraq war") gives way to the places the story happens in;
    # where it is the only one named ("Rich grab half Colombia poor fund") it is still the story's state
    places = [m for m in named if not _modifies_a_thing(doc, m) and not _base_of_body(doc, m)] or named
    filed = {m.ref.country for m in places for s, e in datelines if s <= doc[m.start].idx < e}
    if _bureau_dateline(doc, mentions, datelines, filed, run_on):
        # a wire bureau's filing place ("LONDON, March 15 - Iran's revolutionary leader ..."): where the story was
        # written, not what it is about; the article's own places and states decide
        filed = set()
        places = _outside_datelines(doc, places, datelines)
    countries = filed or {m.ref.country for m in places}
    home = next(iter(countries)) if len(countries) == 1 else None
    # the state the article is about: the dateline's, else the one most of its mentions name (one place
    # named once is not enough for soldiers or officials: "protest the decision of sending troops to Iraq")
    about = next(iter(filed)) if len(filed) == 1 else _main_state(doc, mentions)
    # (every sentence that names the home state counts, as modifier or as place)
    if home is not None and not filed and len({doc[m.start].sent.start for m in named + _placed_bodies(mentions)
                                               if m.ref.country == home}) < 2:
        # civilians are placed by the article's places only where more than one sentence names them: "joining
        # demonstrators" in one sentence about Dili is no story about East Timor's people (police keep the
        # looser rule)
        return home, about, None
    return home, about, home


def _modifies_a_thing(doc: Any, m: Mention) -> bool:
    """A state or place named only as the modifier of a thing, not of a body of people: "protestors against
    the Iraq war", "the Ukrainian crisis", "the Abuja talks".  It says what the story is about, not where it
    happens, so it gives way to the places that give police and civilians their home (a BBC story about British
    protesters against the Iraq war is still a story from Britain), and it does not count as the place of a clause
    ("stopping a demonstration days after the start of the Iraq war" places no protester in Iraq).  A thing that
    is itself the object of a locative preposition is a place ("in the Kashmir valley", "at the Rafah
    crossing")."""
    if m.ref is None or m.ref.sector or m.head_sector is not None:
        return False
    root = doc[m.start:m.end].root
    thing = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or thing.pos_ != "NOUN" or thing.i < m.end:
        return False
    return not (thing.dep_ == "pobj" and thing.head.lower_ in EVENT_PLACE_PREPS)


def _base_of_body(doc: Any, m: Mention) -> bool:
    """A place that only says where a body is based ("the Hong Kong-based Information Centre for Human Rights",
    "the London-based rights group"): where the body that reports or comments sits, not where the story happens,
    so it gives way to the article's other places for the police and civilians it places (a story of residents
    rioting in Zhejiang told by a Hong Kong rights group is a Chinese story).  The words that say so are
    ``base_participles`` of lang/en/words.tsv ("based", "headquartered"), modifying a noun."""
    if m.ref is None or m.ref.sector:
        return False
    root = doc[m.start:m.end].root
    base = root.head
    return root.dep_ in PLACE_OF_BASE and base.i >= m.end and base.lower_ in BASE_PARTICIPLES \
        and base.dep_ in BASE_PARTICIPLE_LINK


def _placed_bodies(mentions: list[Mention]) -> list[Mention]:
    """State bodies that their own place or state words place ("North West provincial government", "China's
    police"): a sentence that names one names its state as a place does, so it counts among the sentences that
    tell civilians the story is that state's (``_home_states``); they never decide which state that is."""
    return [m for m in mentions if m.ref is not None and m.ref.kind == "state" and m.ref.sector
            and m.ref.resolved_by in OWN_WORD_PLACINGS]


# the resolved_by labels of a body placed by its own place or state-name words (``_how``: "place",
# "name+sector", "capital")
OWN_WORD_PLACINGS = frozenset({"place", "name+sector", "capital"})


def _bureau_dateline(doc: Any, mentions: list[Mention], datelines: Sequence[tuple[int, int]],
                     filed: set[str], run_on: bool = False) -> bool:
    """A dateline's state that the story itself is not about: its text names that state at most once
    (``BUREAU_MAX_MENTIONS``) and names another one as its main state (``_article_state``: at least
    ``HOME_SHARE`` and ``HOME_MIN_MENTIONS`` of its state and place mentions).  Wire services file foreign
    news from their bureaus ("LONDON, March 15 - Iran's revolutionary leader ... Tehran radio said").
    A dateline run on after the headline (``run_on``: "SKOPJE, April 20 (Sputnik) -", the shape of the
    agencies' one-line copy, Xinhua's, Tass's, filed from their bureaus) is a bureau's unless the story's own
    words name its state more than ``BUREAU_MAX_MENTIONS`` times, whatever else it names: Sputnik's "outlawed
    in many countries, including Russia" under a MOSCOW dateline of a story about Brussels and London is no
    story about Russia."""
    if len(filed) != 1:
        return False
    state = next(iter(filed))
    body = _outside_datelines(doc, mentions, datelines)
    own = [m for m in body if m.ref is not None and m.ref.country == state and m.ref.resolved_by not in (
        "coref", "context", "home", "event-location", "location", "owner")]
    if len(own) > BUREAU_MAX_MENTIONS:
        return False
    if run_on:
        return True
    about = _article_state(body)
    return about is not None and about != state


BUREAU_MAX_MENTIONS = 1  # a bureau's state named once more in a foreign story ("monitored by the British
# Broadcasting Corporation") is still no story about it


@dataclass(frozen=True, slots=True)
class ArticleHome:
    """The state an article is about, decided once per document (``_home_states``).

    ``police``: where its police act (the dateline's state, else the one state all its places belong to, else
    ``state``); ``state``: the state it is about (the dateline's, else ``_main_state``: the one at least
    ``HOME_SHARE`` and ``HOME_MIN_MENTIONS`` of its state and place mentions name, else of those and its named
    bodies, else its lead's subject's); ``local``: where its civilians live (``police``'s first rule, where places
    are named in two sentences or more); ``evidence``: what decided ``police`` — ``dateline``, ``places``,
    ``share``, ``bodies`` or ``lead`` (empty: nothing did)."""

    police: Optional[str]
    state: Optional[str]
    local: Optional[str]
    evidence: str

    def to_json(self) -> dict:
        return {"police": self.police, "state": self.state, "local": self.local, "evidence": self.evidence}


HOME_KEY = "annalyst.article_home"  # where the parsed document keeps its ArticleHome (Doc.user_data)


def _article_home(doc: Any, mentions: list[Mention], datelines: Sequence[tuple[int, int]],
                  home: tuple[Optional[str], Optional[str], Optional[str]], run_on: bool = False) -> ArticleHome:
    places, state, local = home
    filed = any(s <= doc[m.start].idx < e for m in mentions if _is_place(m) for s, e in datelines) \
        and not _bureau_dateline(doc, mentions, datelines, {m.ref.country for m in mentions if _is_place(m) and any(
            s <= doc[m.start].idx < e for s, e in datelines)}, run_on)
    evidence = "dateline" if filed and places else "places" if places \
        else _main_evidence(mentions, state) if state else ""
    return ArticleHome(places or state, state, local, evidence)


def _main_evidence(mentions: list[Mention], state: str) -> str:
    """Which rule of ``_main_state`` decided ``state``."""
    return "share" if _article_state(mentions) == state \
        else "bodies" if _article_state(mentions, bodies=True) == state else "lead"


def article_home(parsed: Any) -> Optional[ArticleHome]:
    """The home the actor stage decided for this parsed document, or None when it has not resolved it."""
    kept = parsed.user_data.get(HOME_KEY) if parsed is not None and hasattr(parsed, "user_data") else None
    return ArticleHome(*kept) if kept is not None else None


def _local_topic(doc: Any, m: Mention) -> bool:
    """Civilians or students named only as the modifier of a thing ("a teacher pay commission", "other teacher
    protests", "the student vote"): what the sentence is about, not who acts, so the article's home does not make
    them an actor an event could take as its target (police keep it: "appealed against the police actions")."""
    if m.ref is None or m.ref.sector not in LOCAL_HOME_SECTORS:
        return False
    root = doc[m.start:m.end].root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= m.end


def _possessive_state(doc: Any, mentions: list[Mention]) -> None:
    """A group noun owned by a state that only coreference placed ("He urged the country's two largest employer
    groups", "a spokesman for the country's main Tutsi party"): "the country" takes the state named before it
    (``coref``), after the owner rule (``_owner_phrase``) has run, so the group takes that state here;
    ``resolved_by="owner"``, as "X's police" would.  Only a state owner (kind ``state``): "its" of a company or
    party names no state."""
    index = _token_index(mentions)
    for m in mentions:
        ref = m.ref
        if ref is None or ref.country is not None or ref.kind not in ("sector", "group") or not ref.sector:
            continue
        owner = next((index.get(t.i) for t in doc[m.end - 1].children if t.dep_ == "poss" and t.i < m.start), None)
        if owner is None or owner.ref is None or owner.ref.resolved_by != "coref" or owner.ref.kind != "state" \
                or not owner.ref.country or owner.ref.country in NON_STATE_COUNTRIES:
            continue
        ref.country = owner.ref.country
        ref.code = _code(ref.country, ref.sector)
        ref.resolved_by = "owner"
        if ref.kind == "sector":
            ref.kind = "state"


def _take_home(pending: list[Mention], home: Optional[str], about: Optional[str], local: Optional[str]) -> None:
    for m in pending:
        if m.ref.country is not None:
            continue  # placed meanwhile by a nearer rule (an antecedent, a description)
        # police and civilians live where the story is; the article's main state is not enough for them
        # ("villagers" in a story about an Israeli army raid live in a Palestinian village)
        # (police: the one state of the article's places, else the state most of it names)
        country = (home or about) if m.ref.sector in DOMESTIC_SECTORS and m.ref.kind != "org" \
            else local if m.ref.sector in LOCAL_HOME_SECTORS \
            else (about or local) if m.ref.sector in RESIDENT_HOME_SECTORS else about
        if country is None:
            continue
        m.ref.country = country
        m.ref.code = _code(country, m.ref.sector)
        m.ref.resolved_by = "home"
        if m.ref.kind == "sector":
            m.ref.kind = "state"


def _article_state(mentions: list[Mention], bodies: bool = False) -> Optional[str]:
    """The one state most of the article's state, state-body and place mentions name, or None; ``bodies``: count
    the named bodies the knowledge base places too."""
    counts = _state_counts(mentions, bodies)
    if not counts:
        return None
    top = max(counts, key=lambda c: counts[c])
    total = sum(counts.values())
    return top if counts[top] >= HOME_MIN_MENTIONS and counts[top] >= HOME_SHARE * total else None


def _state_counts(mentions: list[Mention], bodies: bool = True) -> dict[str, int]:
    """How many of the article's own state, state-body and place mentions name each state (``bodies``: and its
    named bodies the knowledge base places)."""
    counts: dict[str, int] = {}
    for m in mentions:
        ref = m.ref
        # states, their bodies and places, people placed by their own title or the knowledge base, and (bodies)
        # the named bodies the knowledge base places
        own = ref is not None and (ref.kind in PLACE_KINDS or ref.kind == "person" and ref.resolved_by in (
            "title+name", "kb-person") or _named_in_state(m)
            or bodies and _kb_body(m) and ref.sector not in ABROAD_SECTORS)  # a company acts abroad too
        if not own or not ref.country or ref.country in NON_STATE_COUNTRIES \
                or ref.resolved_by in PLACED_BY_CONTEXT:
            continue
        counts[ref.country] = counts.get(ref.country, 0) + 1
    return counts


def _main_state(doc: Any, mentions: list[Mention]) -> Optional[str]:
    """The state an undatelined article is about: the share of its state and place mentions (``share``), else
    that share counting the named bodies the knowledge base places (``bodies``: a BBC politics story names "the
    Lib Dems", "Labour", "the National Audit Office" far more often than "Britain"; second, so that a conflict
    story's armed groups do not outweigh the state its places name), else its lead's subject (``lead``)."""
    return _article_state(mentions) or _article_state(mentions, bodies=True) or _lead_state(doc, mentions)


PLACED_BY_CONTEXT = ("coref", "context", "home", "event-location", "location", "owner")  # not the mention's words
# a lead's subject placed by where it acts ("Prosecutors in Sweden") or its owner ("Burundi's ...") still says whom
# the story is about; one placed by an antecedent, the sentence or the article's home does not
LEAD_UNPLACED = ("coref", "context", "home", "event-location")
LEAD_SENTENCES = 2  # the headline and the lead: where a wire or news story says whom it is about


def _lead_state(doc: Any, mentions: list[Mention]) -> Optional[str]:
    """The state of the lead's subject, where the share rule found no main state: the first of the headline and
    the lead sentence whose main clause has a subject its own words place ("Japan has decided to cooperate with
    the U.S.", "Prosecutors in Sweden have dropped ...", "Kennedy calls for Iraq exit plans"), if that state is
    also the one the article names most (no other named as often, and at least ``HOME_MIN_MENTIONS`` times).  A
    story about Japan that quotes the U.S. at length is still Japan's: its unnamed "defence ministry spokesman" is
    Japan's.  The subject's state, not every state the lead names: the lead of a two-state story names both."""
    counts = _state_counts(mentions)
    if not counts:
        return None
    index = _token_index(mentions)
    for sent in islice(doc.sents, LEAD_SENTENCES):
        subject = next((t for t in sent.root.children if t.dep_ in SUBJECTS), None)
        m = index.get(subject.i) if subject is not None else None
        if m is None or m.ref is None or not m.ref.country or m.ref.resolved_by in LEAD_UNPLACED:
            continue  # no subject, or one nothing placed by its own words ("Public trust ... say the Lib Dems")
        state = m.ref.country
        # (and named at least HOME_MIN_MENTIONS times: "The TUC said ..." alone names no state the story is about)
        if state in NON_STATE_COUNTRIES or counts.get(state, 0) < max(HOME_MIN_MENTIONS, *counts.values()) \
                or sum(c == counts.get(state) for c in counts.values()) > 1:
            return None
        return state
    return None


NON_STATE_COUNTRIES = frozenset({"UNO", "IGO", "EUR", "NGO", "IMG", "ISM", "MNC"})
KB_BODY_KINDS = frozenset({"group", "institution", "org"})  # a party, ministry, company the knowledge base names


def _kb_body(m: Mention) -> bool:
    """A body the knowledge base names with its state ("Lib Dems" → ``GBRPTY``, "National Audit Office" →
    ``GBRGOV``), not one placed by the text around it."""
    return m.ref is not None and m.ref.kind in KB_BODY_KINDS and m.ref.resolved_by == "kb-phrase"


TRANSNATIONAL_WORDS = {"international", "world", "global", "african", "asian", "european", "arab", "latin",
                       "pan-african", "pan-arab", "inter-american", "regional", "continental", "transnational"}
BODY_WORDS = {"association", "forum", "federation", "council", "committee", "organization", "organisation",
              "network", "foundation", "institute", "union", "league", "alliance", "movement", "conference",
              "congress", "society", "coalition", "fund", "commission", "watch"}


def _transnational(table: DocTable, start: int, end: int) -> bool:
    """An organisation's name with a continental or world word and a body word ("Third World Water Forum")."""
    words = {table.lower(i) for i in range(start, end)}
    return bool(words & TRANSNATIONAL_WORDS) and bool(words & BODY_WORDS) and table.doc[start].pos_ == "PROPN"


def _people_noun(doc: Any, end: int, taken: frozenset[int]) -> Optional[int]:
    """The plural noun a people's adjective describes, within three words ("Ibo traditional elders"), or None."""
    head = doc[end - 1].head
    if not (end <= head.i < end + 3) or head.tag_ not in ("NNS", "NNPS") or head.i in taken:
        return None
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.i in taken for t in doc[end:head.i]):
        return None
    return head.i


PORTFOLIO_GAP = 5  # "for" and at most four words: the longest gap ``_portfolio`` accepts


def _portfolio(gap: list[Any]) -> bool:
    """"for Interior", "for Foreign Affairs", "of Commerce": a minister's portfolio, written between the title and
    the name ("Minister for Interior Aftab Sherpao", "Assistant Secretary of Commerce Michael Gallagher")."""
    words = gap[1:]
    return gap[0].lower_ in ("for", "of") and 1 <= len(words) <= 4 and words[-1].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the", "&") for t in words)


def _gap_words(doc: Any, left: Mention, right: Mention, longest: int) -> Optional[list[str]]:
    """The lower-case words between two mentions, or None when there are more than ``longest``."""
    if right.start - left.end > longest:
        return None
    return [t.lower_ for t in doc[left.end:right.start]]


def _post_of_person(doc: Any, m: Mention, group: list[Mention]) -> bool:
    """A role in apposition to a person's name ("Quentin Davies, the MP for Grantham"): the person's post."""
    root = doc[m.start:m.end].root
    return m.ref is not None and m.ref.kind == "sector" and root.dep_ == "appos" and any(
        o.ref is not None and o.ref.kind == "person" and o.start <= root.head.i < o.end for o in group)


def _plural(token: Any) -> bool:
    """A plural noun, also where the tagger reads a capitalised one as a singular proper noun ("Farmers")."""
    return token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s") and not token.lower_.endswith("ss")


def _name_span(doc: Any, ent: Any, head: Any) -> tuple[int, int]:
    """The tokens of an ORG entity that are the body's own name: not a determiner, a lower-case modifier or a
    possessor before it ("the", "20,000-member", "Tshisekedi's"), nor what NER glued after it ("Stephens Inc
    and", "Western Refining Company's", "Corporation (SAIC")."""
    start, end = ent.start, ent.end
    for i in range(ent.start, head.i):
        if doc[i].text in POSSESSIVE or not doc[i].text[:1].isupper() or doc[i].pos_ == "DET":
            start = i + 1
    while end > head.i + 1 and not (doc[end - 1].text[:1].isupper() and doc[end - 1].is_alpha):
        end -= 1
    return start, end


def _past_acronym(doc: Any, i: int) -> int:
    """The token after a name's bracketed acronym ("Union for Democracy and Social Progress (UDPS) party"), else
    the token after the name itself."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        return i + 3
    return i


@lru_cache(maxsize=1)
def name_heads() -> dict[str, tuple[str, bool, bool]]:
    """``data/name_heads.tsv``: head word of an organisation's name → (sector, whether the article places it,
    whether a sector noun inside the name decides)."""
    from annalyst.actors.kb import data_dir

    with (data_dir() / NAME_HEADS_FILE).open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if line.strip() and not line.startswith("#")), delimiter="\t")
        return {row["word"].strip(): (row["sector"].strip(), row["home"].strip() == "yes",
                                      row["inner"].strip() == "yes") for row in rows}


NAME_HEADS_FILE = "name_heads.tsv"
HOME_NAMES_FILE = "home_names.tsv"


@lru_cache(maxsize=1)
def home_names() -> dict[tuple[str, str], str]:
    """``data/home_names.tsv``: (state, sector noun) → the body of that state the noun names in its news."""
    from annalyst.actors.kb import data_dir

    with (data_dir() / HOME_NAMES_FILE).open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if line.strip() and not line.startswith("#")), delimiter="\t")
        return {(row["country"].strip(), row["word"].strip()): row["body"].strip() for row in rows}


def _venue(doc: Any, m: Mention, preps: frozenset[str] | set[str] = frozenset()) -> bool:
    """A place named as where something happens ("met Gorbachev in Moscow", "talks in Geneva"): it says
    nothing about whose the people in the sentence are (PLOVER codes people by affiliation, not location).
    ``preps``: other prepositions that name a place only ("return from Suva", "flew to Moscow")."""
    root = doc[m.start:m.end].root
    return _is_place(m) and root.dep_ == "pobj" and (root.head.lower_ in EVENT_PLACE_PREPS or root.head.lower_ in preps)


def _named_in_state(m: Mention) -> bool:
    """A body told by its head word whose own name holds a state word ("Letter Carriers Union of Canada"): the
    state it names counts for the sentence and the article as the state word alone did."""
    return m.ref is not None and m.ref.resolved_by == NAME_HEAD_ADJ


NAME_HEAD_ADJ = "name-head+adjective"


def _demonym_capitals(doc: Any, mentions: list[Mention]) -> None:
    """"the Somali capital", "in the heart of Afghan capital": a state's adjective before a capital noun
    (``capital_nouns`` of lang/en/words.tsv) names that state's capital city, a place like its name ("militiamen
    ... in the Somali capital" are placed as "in Mogadishu" would place them): sector CVL, ``resolved_by
    "capital"``; a town for the sentence rule, which places no officials or soldiers by it.  Not before a name ("the Somali capital Mogadishu": the name is the place) nor before another
    noun ("the Afghan capital city" is read the same way only where the noun is last)."""
    for m in mentions:
        ref = m.ref
        if ref is None or ref.kind != "state" or ref.sector is not None or len(m.pieces) != 1 \
                or m.pieces[0].type != "adjective" or m.end >= len(doc):
            continue
        noun = doc[m.end]
        if noun.lower_ not in CAPITAL_NOUNS or noun.pos_ != "NOUN":
            continue
        if m.end + 1 < len(doc) and doc[m.end + 1].pos_ in ("PROPN", "NOUN"):
            continue
        # a town for the sentence rule: never the government's metonym ("Moscow said"), so officials and
        # soldiers are not placed by it, as by any town
        m.pieces[0].type = "place"
        m.end += 1
        ref.text, ref.end = doc[m.start:m.end].text, noun.idx + len(noun.text)
        ref.sector, ref.code, ref.resolved_by = "CVL", _code(ref.country, "CVL"), "capital"


DATELINE_PLACE_TYPES = frozenset({"place", "capital", "name"})  # alias types a filing place may have


def _is_place(m: Mention) -> bool:
    return m.ref is not None and m.ref.country is not None and m.ref.kind in PLACE_KINDS and all(
        p.type in ("name", "place", "capital") for p in m.pieces)


def _code(country: Optional[str], sector: Optional[str]) -> Optional[str]:
    if not country:
        return None
    return country + (sector or "")


def _how(piece_type: str, with_sector: bool) -> str:
    """The ``resolved_by`` label of a group led by a state, organisation or place."""
    if piece_type == "adjective":
        return "adjective+sector" if with_sector else "adjective"
    if piece_type == "name":
        return "name+sector" if with_sector else "kb-phrase"
    return {"capital": "capital", "org": "kb-phrase", "place": "place"}[piece_type]


def _case_ok(alias: str, text: str) -> bool:
    """A capitalised alias word must be capitalised in the text ("Turkey" is not "turkey")."""
    alias_words = alias.split()
    text_words = text.split()
    if len(alias_words) != len(text_words):
        alias_words, text_words = alias_words[:1], text_words[:1]
    for word, written in zip(alias_words, text_words):
        if word[:1].isupper() and not written[:1].isupper():
            return False
    return True


def _read_as_place(piece: Piece, doc: Any, table: DocTable) -> bool:
    """In a lower-cased document (``DocTable.case_blind``) no capital marks a one-word place name as a name:
    a place the entity recogniser reads as one somewhere in the document ("police in ahmedabad") is one at
    every occurrence, where it is a noun ("ahmedabad police", "the gujarat government")."""
    return piece.type == "place" and table.case_blind and doc[piece.start].pos_ in ("NOUN", "PROPN") \
        and (table.lower(piece.start) in table.place_words or _opens_colon_line(doc, table, piece))


def _opens_colon_line(doc: Any, table: DocTable, piece: Piece) -> bool:
    """The place opens a line and a colon or slash follows it: a lower-cased dateline ("lucknow: ",
    "ahmedabad/vadodara: "), where the recogniser has no sentence around the name to read it by."""
    start, end = table.start_char(piece.start), table.end_char(piece.end)
    before, after = doc.text[:start].rstrip(" \t"), doc.text[end:end + 2].lstrip(" \t")
    return (not before or before.endswith("\n")) and after[:1] in (":", "/")


def _piece_ok(piece: Piece, doc: Any, table: DocTable) -> bool:
    """A sector word must be a noun here ("general" in "the general chorus" is not a general)."""
    if piece.type != "sector" and _stance_prefixed(table, piece.start):
        return False  # "an anti-Syria journalist", "pro-Russian separatists": a stance, not who acts
    if piece.type == "adjective" and piece.alias is not None and piece.alias.source == PEOPLES_SOURCE \
            and piece.end < len(doc) and doc[piece.end].ent_type_ == "PERSON" and doc[piece.end].ent_iob_ == "I":
        return False  # "Karen Bass", "Christian Lindner": a given name, not a people
    if piece.type in ("place", "org") and piece.end - piece.start == 1 and piece.alias is not None \
            and not piece.alias.exact_case and not piece.alias.text.islower() and doc[piece.start].pos_ != "PROPN" \
            and not (piece.type == "org" and doc[piece.start].ent_type_ in ("NORP", "ORG")
                     and doc[piece.start].text[:1].isupper()) and not _read_as_place(piece, doc, table):
        # one capitalised common word ("Most", "Foundation") is not a name; a party's one-word name that the
        # tagger reads as an adjective but NER as a group is ("Tory leader", "Tory shadow chancellor"); an alias
        # the knowledge base lists in lower case is no word in any case ("vhp", organisations.tsv header)
        return False
    if piece.type == "place":
        # a city name that spaCy reads as a person's name is a person ("Victoria said"), and so is one after an
        # honorific ("Mr Houston"); a one-word place must be read as a place ("Highland", "Enterprise", "George"
        # are words and names first)
        if any(t.ent_type_ == "PERSON" for t in doc[piece.start:piece.end]):
            return False
        if piece.start > 0 and doc[piece.start - 1].lower_.rstrip(".") in HONORIFICS:
            return False
        from_gazetteer = piece.alias is not None and piece.alias.source in GAZETTEER_FILES
        return not from_gazetteer or piece.end - piece.start > 1 \
            or doc[piece.start].ent_type_ in ("GPE", "LOC", "FAC", "NORP", "ORG") or _read_as_place(piece, doc, table)
    if piece.type != "sector":
        return True
    first = doc[piece.start]
    if first.ent_type_ == "PERSON" and first.ent_iob_ == "I" and first.pos_ == "PROPN" \
            and doc[piece.start - 1].pos_ == "PROPN":
        return False  # inside a person's name after a first name: "Tom King", "John Major" are names
    last = doc[piece.end - 1]
    if piece.end + 1 < len(doc) and table.lower(piece.end) == "of" and table.lower(piece.end + 1) in CONDITION_NOUNS:
        return False  # "a state of emergency", "a state of war": a condition, not a body
    if piece.alias is not None and piece.target in ("former", "ex-", "ousted", "exiled", "deposed", "late"):
        return last.pos_ in ("ADJ", "VERB", "PROPN", "NOUN", "PUNCT", "X")
    if last.pos_ not in ("NOUN", "PROPN"):
        return last.lower_ in ("ex-",) or last.pos_ == "ADJ" and last.lower_ in (
            "former", "ousted", "exiled", "deposed", "late")
    return True


# "the international community", "world leaders", "global investors": a group noun whose modifier says it spans
# the world is no one state's people (GEO-ACTOR, issue 15); lang/en/words.tsv ``worldwide_modifiers``
WORLDWIDE_MODIFIERS = load_bundle().words("worldwide_modifiers")
WORLDWIDE_LABELS = load_bundle().labels("worldwide_modifier_labels")
ABROAD_MODIFIERS = load_bundle().words("abroad_modifiers")
UNPLACED_GROUPS = frozenset({"worldwide", "abroad"})  # the resolved_by of group nouns no state of the text places  # "foreign", "overseas" (lang/en/words.tsv)


def _worldwide_groups(doc: Any, mentions: list[Mention]) -> None:
    """A group noun (a sector word, no country of its own) modified by a worldwide word ("the international
    community") stays without a country: the event's place, the sentence's state and the article's home
    country say nothing about it.  It becomes a ``group`` resolved by ``worldwide`` (docs/actors.md)."""
    for m in mentions:
        ref = m.ref
        if ref is None or ref.country is not None or ref.kind != "sector":
            continue
        head = doc[m.end - 1]
        modifiers = {c.lower_ for c in head.children if c.dep_ in WORLDWIDE_LABELS}
        if modifiers & WORLDWIDE_MODIFIERS:
            ref.kind, ref.resolved_by = "group", "worldwide"
        elif modifiers & ABROAD_MODIFIERS:
            # "private foreign banks" in a story from Brasilia: some other state's, which the text does not name
            ref.kind, ref.resolved_by = "group", "abroad"


STANCE_PREFIXES = {"anti", "pro", "non"}
CONDITION_NOUNS = load_bundle().words("condition_nouns")
CAPITAL_NOUNS = load_bundle().words("capital_nouns")
BASE_PARTICIPLES = load_bundle().words("base_participles")  # "the London-based group": where a body sits
# "a spokesman for Hamas", "officials of the ministry", "officials from Tshisekedi's UDPS party": whom a
# neutral role (spokesman, official, representative) speaks for
SPEAKS_FOR_PREPS = load_bundle().words("speaks_for_preps")
# "Mr", "Sir", "Dr": courtesy words before a name (lang/en/words.tsv ``honorifics``)
HONORIFICS = load_bundle().words("honorifics")
# lower-case words inside an organisation's name before its bracketed abbreviation (lang/en/words.tsv)
ACRONYM_JOINERS = load_bundle().words("name_joiners")
ORG_STEM = 5  # letters of a name's word compared with a body's names ("Organis-ation" / "Organiz-ation")
MEMBER_NOUNS = load_bundle().words("member_nouns")  # sector nouns naming one member, not a body
STATE_OFFICE_HEADS = load_bundle().words("state_office_heads")
# "TUC general secretary", "president of the Belgrade trade union council": a non-state body's own head
BODY_OFFICE_TITLES = frozenset(w.replace("_", " ") for w in load_bundle().words("body_office_titles"))
BODY_ONLY_TITLES = frozenset(w.replace("_", " ") for w in load_bundle().words("body_only_titles"))
PORTFOLIO_STOP_BODIES = frozenset(load_bundle().words("portfolio_stop_bodies"))
# the sectors of a state's own offices: a title of a body of these sectors is a state office
STATE_OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
STATE_PORTFOLIOS = load_bundle().words("state_portfolios")
PORTFOLIO_TITLES = load_bundle().words("portfolio_titles")  # "secretary" after a portfolio: "Foreign Secretary"


def _compounds_onto(token: Any, gap: range, piece: Piece) -> bool:
    """The gap token is compounded onto the piece, directly or through later nouns of the gap that are: a
    portfolio of several words between a body and its title ("Labour home affairs spokesman X": "home" →
    "affairs" → "spokesman"), not only one ("Iraqi oil ministry").  A body noun of its own on the way
    (words.tsv ``portfolio_stop_bodies``: "Lib Dem constitutional affairs committee chairman") is the body the
    person heads: the chain stops there."""
    while piece.start > token.head.i > token.i and token.head.i in gap and token.head.dep_ == "compound":
        if token.head.lower_ in PORTFOLIO_STOP_BODIES:
            return False
        token = token.head
    return piece.start <= token.head.i < piece.end


def _honorific_gap(table: DocTable, gap: range) -> bool:
    """Only an honorific ("Sir", "Dr.", "Mr") between a title and a name: "NAO head Sir John Bourn".  One token
    and nothing else: a full stop between them ("... the people. Mr Blair") is a sentence's end."""
    return len(gap) == 1 and table.lower(gap[0]).rstrip(".") in HONORIFICS


def _stance_prefixed(table: DocTable, start: int) -> bool:
    """The name is written glued to "anti-" or "pro-" ("anti-Syria", "pro-Moscow")."""
    if start < 2 or table.word(start - 1) not in ("-", "\u2010", "\u2011"):
        return False
    prefix, dash = table.doc[start - 2], table.doc[start - 1]
    return prefix.lower_ in STANCE_PREFIXES and not prefix.whitespace_ and not dash.whitespace_


def _title_role(role: str) -> str:
    """A rank that survived ``_pieces`` stands before a name: it reads as a title."""
    return "title" if role == "rank" else role


def _place_linked(mentions: list[Mention], m: Mention) -> None:
    """The mentions linked to ``m`` before it was placed (its surname, its pronouns) take its place: one entity."""
    ref = m.ref
    for later in mentions:
        if later.ref is not None and later is not m and _root(later) is m:
            later.ref.country, later.ref.sector, later.ref.code = ref.country, ref.sector, ref.code


def _in_sentence_or_previous(table: DocTable, earlier: int, later: int) -> bool:
    """Token ``earlier`` is in the sentence of token ``later`` or in the one before it."""
    start = table.sent_start(later)
    return earlier >= start or (start > 0 and earlier >= table.sent_start(start - 1))


def _non_state_body(ref: Optional[ActorRef]) -> bool:
    """A party, union, company, armed group or NGO with a sector of its own (not a state's office).  A company the
    knowledge base knows is an ``institution`` of sector BUS (organisations.tsv, company_homes.tsv): "senior
    vice-president of Chase Manhattan Bank" holds the bank's office, as he did while the bank was an unknown name."""
    return ref is not None and bool(ref.sector) and ref.sector != "GOV" \
        and (ref.kind in SPEAKER_BODY_KINDS or ref.kind == "institution" and ref.sector == "BUS")


def _speaks_for_body(heads: list[SectorWord], actor: Any) -> bool:
    """Only neutral role words (spokesman, official, member) after a non-state body of the knowledge base: the
    role speaks for the body, whose sector it takes ("UKIP spokesman", "Hamas officials")."""
    return bool(heads) and all(w.role == "neutral" for w in heads) and actor.kind in SPEAKER_BODY_KINDS \
        and bool(actor.sector) and actor.sector != "GOV" or _heads_a_body(heads, actor)


def _heads_a_body(heads: list[SectorWord], actor: Any) -> bool:
    """Only neutral roles or a body's own head titles (words.tsv ``body_office_titles``: president, general
    secretary, chief executive) after a body with a sector no state office has (a party, union, company, state
    company): the title is that body's office ("TUC general secretary", "Gazprom chairman"), not a state's."""
    return bool(heads) and actor is not None and actor.kind not in ("state", "pre", "people") \
        and bool(actor.sector) and actor.sector not in STATE_OFFICE_SECTORS \
        and all(w.role == "neutral" or w.phrase.lower() in BODY_OFFICE_TITLES for w in heads)


def _head_sector(words: list[SectorWord]) -> Optional[str]:
    """The sector of the word nearest the head; a neutral role ("spokesperson") takes its owner's sector.

    Armed or political opposition outranks the state sectors it is written with: "rebel forces" are REB,
    "opposition lawmakers" OPP.
    """
    for word in reversed(words):
        if word.role != "neutral" and word.sector in ("REB", "OPP"):
            return word.sector
    for word in reversed(words):
        if word.role != "neutral" and word.sector:
            return word.sector
    for word in reversed(words):
        if word.sector:
            return word.sector
    return None


def _compound_head(doc: Any, piece: Piece) -> Any:
    return doc[piece.start:piece.end].root.head


def _names_a_thing(doc: Any, piece: Piece) -> bool:
    """A capital compounded onto a common noun that is no body of people: "the Abuja talks", "a Moscow
    visit", "the Geneva accord" (a body is a sector word and joins the capital's group: "Kremlin officials")."""
    root = doc[piece.start:piece.end].root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= piece.end


def _capital_sector(span: Any) -> str:
    """PLOVER GSR convention: a capital is the government as an actor, but civilian as a place."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return "CVL"
    return "GOV"
