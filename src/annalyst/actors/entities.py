"""The document entity layer: every actor mention linked to one entity of the document.

Runs at the end of the actor stage, once per document, over the resolved mentions (see docs/actors.md,
"Entities"):

1. *Later mentions by name* (``link_names``): a bare surname ("Haniya") or a repeated name takes the person
   named in full before it ("Palestinian premier Ismail Haniya"); an acronym takes the organisation it abbreviates,
   in both directions ("Asian Development Bank (ADB)" ... "the ADB"; "the PKK" ... "Kurdistan Workers' Party");
   a name introduced with its descriptor ("Russian gas giant Gazprom") is found again wherever it recurs, even
   where the parser saw no entity.
2. *Definite descriptions* (``link_descriptions``): "the company", "the group", "the movement", "the minister"
   without a country of their own take the last compatible entity of the previous sentences (the nouns and
   what they accept: ``data/descriptions.tsv``).
3. *Entities* (``build_entities``): mentions linked by a rule (name, acronym, description, apposition, pronoun)
   join their antecedent's entity; other mentions join an earlier entity with the same identity (the same
   knowledge-base person or organisation, the same state body code, the same unknown name).  Each entity keeps
   the evidence of the mention that decided it and, when it has no country, the reason.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Optional

import numpy as np
from spacy.strings import get_string_id

from annalyst.actors.kb import data_dir
from annalyst.actors.tokens import member
from annalyst.lang import load_bundle
from annalyst.model import ActorRef, Entity

if TYPE_CHECKING:  # pragma: no cover
    from annalyst.actors.resolver import Mention
    from annalyst.actors.tokens import DocTable

DESCRIPTIONS_FILE = "descriptions.tsv"
FAMILY_NAME_FIRST_FILE = "family_name_first.tsv"
NAME_KINDS = ("person", "unknown")  # mentions a later name may complete
POSSESSIVE_ENDS = ("'s", "\u2019s")
NATIONALITY_SENTENCES = 2  # "the Australian" names a person named at most this many sentences before
PRIVATE_SECTOR = "CVL"  # a person the text gives a nationality and no office (PLOVER: civilians)
# the dependencies of a phrase's head that names someone (subject, object, complement, apposition)
NOUN_PHRASE_HEADS = load_bundle().labels("noun_phrase_heads")
DEMONYM_NOUN_TAGS = load_bundle().labels("demonym_noun_tags")
PLURAL_NOUN_TAGS = load_bundle().labels("plural_noun_tags")  # a bare plural group noun (link_same_head)
BARE_PLURAL_STOPS = load_bundle().labels("bare_plural_stops")  # what a bare plural that repeats a group lacks
# a lead sentence's subject, and the words between it and its verb a wire dateline's dash leaves (_lead_subject)
LEAD_SUBJECT_LABELS = load_bundle().labels("subject_any")
VERB_GROUP_LABELS = load_bundle().labels("verb_group")
ORG_KINDS = ("igo", "ngo", "group", "institution", "media", "org")
# the evidence that made an unknown name a body (its apposition, or the lead's description of it: coref.py; the
# state or body whose possessive owns it: resolver._possessive_owner), so that its later mentions by the same name
# are that body
BODY_TYPING_EVIDENCE = ("apposition", "lead-description", "possessive")
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "&"}
# "the Dome Petroleum": an opening article is no part of the short name (lang/en/words.tsv short_name_articles)
SHORT_NAME_ARTICLES = load_bundle().words("short_name_articles")
SHORT_NAME_JOINERS = frozenset({"&", "and", ","})  # left at the end of a name without its company word
WEAK_EVIDENCE = frozenset({"context", "home"})  # rules a description's antecedent overrides
# evidence of where a mention stands or whom it repeats, not of what it is: no antecedent for a bare plural
CARRIED_EVIDENCE = WEAK_EVIDENCE | {"location", "event-location", "same-head", "coref"}
DESCRIPTION_WINDOW = 4  # sentences back that "the company" may reach
TOPIC_SENTENCES = 2  # a headline and the lead: the first with a subject names the story's topic company
HEAD_MATCH_WINDOW = 8  # sentences back that "the spokesman" may reach a "spokesman" named before


@dataclass(frozen=True, slots=True)
class Description:
    """A definite description ("the company") and the entities it may refer back to."""

    noun: str
    kinds: frozenset[str]  # entity kinds it accepts (person, org, state...); empty: any
    sectors: frozenset[str]  # sectors it accepts; empty: any
    title: bool  # a person's office: the antecedent's own mention must carry the word ("the minister")


@lru_cache(maxsize=1)
def descriptions() -> dict[str, Description]:
    """``data/descriptions.tsv``: noun → what it may refer back to."""
    out: dict[str, Description] = {}
    with (data_dir() / DESCRIPTIONS_FILE).open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if line.strip() and not line.startswith("#")), delimiter="\t")
        for row in rows:
            noun = row["noun"].strip().lower()
            out[noun] = Description(noun, frozenset(_split(row["kinds"])), frozenset(_split(row["sectors"])),
                                    row["title"].strip() == "yes")
    return out


@lru_cache(maxsize=1)
def _description_ids() -> np.ndarray:
    """The sorted LOWER ids of the description nouns (a vectorised look-up over a document's words)."""
    return np.array(sorted(get_string_id(noun) for noun in descriptions()), dtype=np.uint64)


def _split(value: Optional[str]) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


# -- 1. later mentions by name ------------------------------------------------------------------------------

def _unresolved_name(m: "Mention") -> bool:
    """A name the resolver could not place: no country, made of names only (NER or a title's name)."""
    ref = m.ref
    return ref is not None and ref.country is None and ref.kind in NAME_KINDS and bool(m.pieces) and all(
        p.type in ("unknown-person", "unknown-org", "person") for p in m.pieces)


def _misread_body_name(m: "Mention", named: dict[str, "Mention"]) -> bool:
    """"The Association of Directors of Social Services (ADSS) said ... ADSS fully supports": a body's name or
    bracketed acronym written again, which the parser read as a people (NER ``NORP``, an ``unknown-mod`` piece)
    rather than a name; the document defined it as that body before, so it is a later mention of it."""
    ref = m.ref
    if ref is None or ref.country is not None or len(m.pieces) != 1 or m.pieces[0].type != "unknown-mod":
        return False
    body = named.get(ref.text)
    return body is not None and body is not m and body.start < m.start


def _person_words(m: "Mention", table: "DocTable") -> Optional[list[str]]:
    """The words of a person's own name in a mention ("Ismail Haniya" of "Palestinian premier Ismail Haniya");
    none in a group of followers ("Reagan supporters" are no later "Reagan")."""
    if m.ref is not None and m.ref.resolved_by == "follower":
        return None
    for p in m.pieces:
        if p.type in ("person", "unknown-person"):
            return table.text(p.start, p.end).split()
    if m.ref is not None and m.ref.kind == "person" and m.pieces and all(
            p.type in ("unknown-org", "unknown-person") for p in m.pieces):
        return m.ref.text.split()  # a name the parser did not call a person, placed by its apposition
    return None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIP and w[:1].isalpha()).upper()


def _acronym_of(doc: Any, m: "Mention") -> Optional[str]:
    """"Asian Development Bank (ADB)": the abbreviation written in brackets right after a name; one written
    in lower case ("Sadtu", "Cosatu") counts where its letters spell the name (``acronyms.long_form_start``)."""
    from annalyst.actors.acronyms import abbreviation, long_form_start

    i = m.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        word = doc[i + 1].text
        if 2 <= len(word) <= 8 and word.replace("-", "").isalpha() and sum(c.isupper() for c in word) >= 2:
            return word
        if abbreviation(word) and long_form_start(word, [t.text for t in doc[m.start:m.end]]) is not None:
            return word
    return None


def _copy(ref: ActorRef, source: ActorRef, how: str) -> None:
    ref.country, ref.sector, ref.code = source.country, source.sector, source.code
    ref.name = source.name or ref.name
    ref.kind = source.kind if ref.kind in (None, "unknown") else ref.kind
    ref.resolved_by = how


def _org_keys(doc: Any, table: "DocTable", m: "Mention") -> list[str]:
    """How an organisation of the document may be named again: its name as written, the acronym bracketed
    after it, and the initials of a name of two words or more ("Asian Development Bank" → "ADB")."""
    keys = []
    if m.ref is not None and m.ref.kind == "org" and (m.ref.resolved_by or "").startswith(BODY_TYPING_EVIDENCE):
        keys.append(m.ref.text)  # "CoFACE, the French export credit agency" ... "CoFACE"
    for p in m.pieces:
        if p.type in ("org", "named-org"):
            words = table.text(p.start, p.end).split()
            keys.append(" ".join(words))
            if len(words) >= 2:
                keys.append(_initials(words))
    acronym = _acronym_of(doc, m)
    if acronym:
        keys.append(acronym)
    return [k for k in keys if len(k) >= 2]


def _short_names(table: "DocTable", m: "Mention") -> list[str]:
    """How a company is named again in short: its name without the company words that end it
    (``name_heads.tsv`` heads of sector BUS: "Co", "Inc", "Ltd", "Bank"...; "Barwon Farmlands Ltd" → "Barwon
    Farmlands") and that name's first word ("Barwon")."""
    from annalyst.actors.resolver import name_heads

    heads = name_heads()
    keys: list[str] = []
    for p in m.pieces:
        if p.type not in ("org", "named-org"):
            continue
        words = table.text(p.start, p.end).split()
        while len(words) >= 2 and (words[-1].lower().rstrip(".") in SHORT_NAME_JOINERS or
                                   heads.get(words[-1].lower().rstrip("."), ("",))[0] == "BUS"):
            words = words[:-1]
        if words and words[0].lower() in SHORT_NAME_ARTICLES:
            words = words[1:]
        if not words or len(words) == len(table.text(p.start, p.end).split()):
            continue
        keys.append(" ".join(words))
        first = words[0]
        if len(words) >= 2 and len(first) >= 3 and first[:1].isupper() and first.isalpha() \
                and first.lower() not in ACRONYM_SKIP:
            keys.append(first)
    return keys


def _earlier_person(people: list[tuple["Mention", list[str]]], words: list[str]) -> Optional["Mention"]:
    """The latest person named before whose name ends with ``words`` ("Haniya" → "Ismail Haniya"); failing
    that, for one word, the one person of a family-name-first state whose name begins with it ("Kim" → "Kim
    Gye-gwan"; ``family_name_first.tsv``).  Names compare case-blind: a wire story may open in lower case
    ("finance minister manuel azpurua") and name him "Azpurua" after."""
    words = [w.lower() for w in words]
    for m, name in reversed(people):
        name = [w.lower() for w in name]
        canonical = (m.ref.name or "").lower().split()
        if len(words) <= len(name) and (name[-len(words):] == words or canonical[-len(words):] == words):
            return m
    if len(words) == 1:
        first = {id(m): m for m, name in people if len(name) >= 2 and name[0].lower() == words[0]
                 and m.ref.country in family_name_first()}
        if len(first) == 1:
            return next(iter(first.values()))
    return None


@lru_cache(maxsize=1)
def family_name_first() -> frozenset[str]:
    """``data/family_name_first.tsv``: states whose people are named family name first ("Kim Gye-gwan")."""
    with (data_dir() / FAMILY_NAME_FIRST_FILE).open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if line.strip() and not line.startswith("#")), delimiter="\t")
        return frozenset(row["country"].strip() for row in rows)


# an apposition describing a body opens with an article and its clause ends at a relative pronoun (words.tsv)
APPOSITIVE_DETERMINERS = load_bundle().words("appositive_determiners")
APPOSITIVE_ENDS = frozenset({",", ".", ";", ":", ")", "--", "\u2014", "\u2013"})
APPOSITIVE_WORDS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})  # the words of a body's descriptive noun phrase
APPOSITIVE_RELATIVES = load_bundle().words("appositive_relatives")
HOME_STATE_NOUNS = load_bundle().words("home_state_nouns")  # "the country's": the state the article is about
# hyphens, possessives, adverbs and participles inside the phrase ("the world's largest", "a publicly held",
# "a Bermuda-based"); a finite verb ends it ("the company said")
APPOSITIVE_TAGS = frozenset({"HYPH", "POS", "RB", "VBN", "VBG"})
APPOSITIVE_MAX = 8  # words between the determiner and the body noun


def name_bodies_by_apposition(doc: Any, table: "DocTable", mentions: list["Mention"]) -> list["Mention"]:
    """An unknown name followed by a noun phrase in apposition that says what kind of body it is: "CoFACE, the
    French export credit agency," / "Twitter, the US social media company," is that body (kind ``org``,
    ``resolved_by="apposition"``).  The body nouns are the descriptions of ``descriptions.tsv`` that may name an
    organisation ("company", "group", "agency", "party"); its sector is that of a sector word inside the phrase
    ("a rebel group"), else the noun's own (one sector in ``descriptions.tsv``, else ``name_heads.tsv``); its
    country that of the one state word inside the phrase only (not the article's, not the event's place; none
    for "the Anglo-Dutch group").  Read by adjacency, not on the parse, because the parser often hangs the
    apposition on an earlier noun ("talks with CoFACE, the French export credit agency").  Returns the mentions
    added for names the parser saw no entity in ("Twitter")."""
    from annalyst.actors.resolver import Mention

    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    comma = get_string_id(",")
    for i in [i for i, orth in enumerate(table.orth) if orth == comma and 0 < i < len(doc) - 2]:
        phrase = _appositive_body(doc, table, i + 1)
        if phrase is None:
            continue
        m = by_token.get(i - 1)
        if m is None:
            m = _uncovered_name(doc, table, by_token, i)
            if m is None:
                continue
            added.append(m)
        if m.end != i or not _bare_unknown_name(m, named_before_comma=True):
            continue
        _type_body(doc, m, phrase, by_token)
    return added


def _uncovered_name(doc: Any, table: "DocTable", by_token: dict[int, "Mention"], comma: int) -> Optional["Mention"]:
    """The run of capitalised proper nouns right before ``comma`` that no mention covers ("Twitter")."""
    from annalyst.actors.resolver import Mention, Piece

    start = comma
    sentence_start = doc[comma - 1].sent.start
    while start - 1 >= sentence_start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and start - 1 not in by_token:
        start -= 1
    if start == comma or (start - 1 >= sentence_start and doc[start - 1].pos_ == "PROPN"):
        return None
    ref = ActorRef(text=table.text(start, comma), start=table.start_char(start), end=table.end_char(comma),
                   kind="unknown", resolved_by="unknown")
    return Mention(start=start, end=comma, pieces=[Piece(start, comma, "unknown-org")], ref=ref)


def _type_body(doc: Any, m: "Mention", phrase: tuple[int, int, str], by_token: dict[int, "Mention"]) -> None:
    from annalyst.actors.resolver import Piece

    start, end, noun = phrase
    inside: list["Mention"] = []
    for i in range(start, end):
        x = by_token.get(i)
        if x is not None and x.ref is not None and x not in inside:
            inside.append(x)
    # the body's own state or home town ("a Dutch electronics firm", "a California-based company")
    countries = {x.ref.country for x in inside if x.ref.country and x.ref.kind in ("state", "place")}
    # a people or state word the knowledge base did not place ("Anglo-Dutch"): more than one state's
    unplaced = any(doc[i].ent_type_ in ("NORP", "GPE") and (by_token.get(i) is None or by_token[i].ref is None
                   or not by_token[i].ref.country) for i in range(start, end))
    ref = m.ref
    ref.kind, ref.name = "org", ref.name or ref.text
    ref.country = next(iter(countries)) if len(countries) == 1 and not unplaced else None
    # a sector word inside says what kind of body ("a Colombian rebel group"); a town's CVL says nothing
    ref.sector = next((x.head_sector for x in inside if x.head_sector), None) or _body_sector(noun)
    ref.code = ref.country + (ref.sector or "") if ref.country else None
    ref.resolved_by = "apposition"
    # a name the parser took for a people's word ("Vodacom", NORP) is the body's name: linked by name as one
    m.pieces = [Piece(p.start, p.end, "unknown-org") if p.type == "unknown-mod" else p for p in m.pieces]
    if ref.country is None and not unplaced and _home_owned(doc, start, end):
        # "Daiwa, the country's second-largest brokerage firm": "the country" is the state named just before
        # ("Japan's third-biggest lender, and Daiwa, ..."), as coreference reads it; with none, the state the
        # article is about: the resolver's home step places the body so (resolved_by="home"), as a body named
        # with its descriptor and no modifier ("the party Mabadiliko")
        country = _state_named_before(doc, m.start, by_token)
        if country is None:
            m.pieces = [Piece(m.start, m.end, "named-org", sector=ref.sector)]
            return
        ref.country, ref.code = country, country + (ref.sector or "")
        ref.resolved_by = "apposition+coref"


def _state_named_before(doc: Any, i: int, by_token: dict[int, "Mention"]) -> Optional[str]:
    """The country of the nearest state, people or place word before token ``i`` in its sentence or the one
    before (what "the country" of a description refers to)."""
    from annalyst.actors.resolver import NON_STATE_COUNTRIES

    sent = doc[i].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for k in range(i - 1, first - 1, -1):
        x = by_token.get(k)
        if x is not None and x.ref is not None and x.ref.kind in ("state", "place") and x.ref.country \
                and x.ref.country not in NON_STATE_COUNTRIES:
            return x.ref.country
    return None


def _home_owned(doc: Any, start: int, end: int) -> bool:
    """Whether the phrase is owned by the article's own state: "the country's", "the nation's" (words.tsv
    ``home_state_nouns`` as a possessive right after "the")."""
    return any(doc[k].lower_ in HOME_STATE_NOUNS and doc[k - 1].lower_ == "the" and doc[k + 1].tag_ == "POS"
               for k in range(max(start, 1), end - 1))


def _bare_unknown_name(m: "Mention", named_before_comma: bool = False) -> bool:
    """A name the knowledge base does not know and nothing has placed or typed; ``named_before_comma``: a name
    right before the comma of its apposition, which modifies no noun, so one the parser took for a people's
    word ("Vodacom", NORP) counts as a name."""
    ref = m.ref
    names = ("unknown-person", "unknown-org", "unknown-mod") if named_before_comma else ("unknown-person", "unknown-org")
    return ref is not None and ref.country is None and ref.sector is None and ref.kind in ("person", "unknown") \
        and bool(m.pieces) and all(p.type in names for p in m.pieces)


def _appositive_body(doc: Any, table: "DocTable", i: int) -> Optional[tuple[int, int, str]]:
    """The noun phrase from the determiner at ``i`` to a body noun that ends the apposition: (start, end, noun)."""
    if table.lower(i) not in APPOSITIVE_DETERMINERS:
        return None
    sentence_end = doc[i].sent.end
    j = i + 1
    while j < sentence_end and j - i <= APPOSITIVE_MAX:
        token = doc[j]
        if token.text in APPOSITIVE_ENDS or token.lower_ in APPOSITIVE_RELATIVES:
            break  # (a relative clause may follow: "Nova, the Canadian company that owns 56 pct of Husky")
        if token.pos_ not in APPOSITIVE_WORDS and token.tag_ not in APPOSITIVE_TAGS:
            return None  # a verb, a preposition, a clause: no plain noun phrase ("the company said")
        j += 1
    if j == i + 1 or (j < sentence_end and doc[j].text not in APPOSITIVE_ENDS
                      and doc[j].lower_ not in APPOSITIVE_RELATIVES):
        return None
    noun = doc[j - 1]
    desc = descriptions().get(noun.lower_) or descriptions().get(noun.lemma_.lower())
    if desc is None or desc.title or "org" not in desc.kinds or noun.pos_ != "NOUN":
        return None
    return i + 1, j, desc.noun


def _body_sector(noun: str) -> Optional[str]:
    from annalyst.actors.resolver import name_heads

    desc = descriptions()[noun]
    if len(desc.sectors) == 1:
        return next(iter(desc.sectors))
    head = name_heads().get(noun)
    return head[0] if head is not None else None


def link_names(doc: Any, table: "DocTable", mentions: list["Mention"]) -> list["Mention"]:
    """Surnames, repeated names and acronyms linked to the entity they name; returns the mentions added
    where a name of the document recurs outside any mention ("Gazprom" where the parser saw no entity)."""
    named: dict[str, "Mention"] = {}  # an organisation's name, acronym or initials (as written) -> mention
    for m in mentions:
        # (a body named with its descriptor counts before it has a country: the article may give it one later)
        if m.ref is not None and (m.ref.country or m.ref.kind == "org") and m.same_as is None \
                and m.ref.kind in ORG_KINDS:
            for key in _org_keys(doc, table, m):
                named.setdefault(key, m)
    # a company named again by the start of its name ("Barwon Farmlands Ltd" ... "Barwon"); only where an
    # unknown name was found, never a new mention (a first word alone is too common a word)
    by_name = dict(named)
    for m in mentions:
        if m.ref is not None and m.ref.sector == "BUS" and m.ref.kind in ORG_KINDS and m.same_as is None:
            for key in _short_names(table, m):
                by_name.setdefault(key, m)
    people: list[tuple["Mention", list[str]]] = []  # (mention, name words), in document order
    for m in mentions:
        ref = m.ref
        if ref is None:
            continue
        if (_unresolved_name(m) or _misread_body_name(m, named)) and m.same_as is None:
            _link_name(m, table, people, by_name)
        words = _person_words(m, table)
        if ref.kind == "person" and words and m.same_as is None:
            people.append((m, words))
    return _recurring(doc, table, mentions, people, named)


def same_name_decides(table: "DocTable", mentions: list["Mention"]) -> None:
    """A person named the same way twice is one person: where the text places only a later mention ("President
    Kumaratunga attended a ceremony in ... Hambantota" after an unplaced "President Kumaratunga said"), the
    unplaced ones take its country, sector and code (``resolved_by="same-name"``), linked to it.  Not where
    mentions of that name are placed in two states, nor across two offices of different sectors."""
    placed: dict[tuple[str, ...], list["Mention"]] = {}
    for m in mentions:
        key = _name_key(m, table)
        if key and m.ref.country:
            placed.setdefault(key, []).append(m)
    for m in mentions:
        key = _name_key(m, table)
        if not key or m.ref.country or key not in placed:
            continue
        others = placed[key]
        source = others[0]
        if len({o.ref.country for o in others}) != 1 or (
                m.ref.sector and source.ref.sector and m.ref.sector != source.ref.sector):
            continue
        _copy(m.ref, source.ref, "same-name")
        if _root(source) is not m:
            m.same_as = source


def honorific_sex(table: "DocTable", mentions: list["Mention"]) -> None:
    """"Mrs Blair" in a story about "Mr Blair" is another person (his wife), not a later mention of him: the
    honorifics that say a sex (lang/en/words.tsv ``honorific_male`` / ``honorific_female``) split a person's
    mentions.  The first honorific the text gives a person (the knowledge-base person, or the name a surname was
    linked to) decides their sex; a mention written with the other sex's honorific is a person of its own, whom
    the text does not place (``resolved_by="honorific"``), and what was linked to it (a pronoun, the same name
    again) goes with it.  A person no honorific describes keeps every mention: no sex is known for them."""
    first: dict[str, str] = {}  # person -> the sex of the first honorific the text gives them
    split: dict[tuple[str, str], "Mention"] = {}  # (person, other sex) -> the first mention of that other person
    for m in mentions:
        sex = _honorific_sex(table, m)
        if sex is None:
            continue
        person = _person_of(m)
        known = first.setdefault(person, sex)
        if known == sex:
            continue
        other = split.setdefault((person, sex), m)
        m.ref.country = m.ref.sector = m.ref.code = None
        m.ref.name, m.ref.kind, m.ref.resolved_by = m.ref.text, "person", "honorific"
        m.same_as = other if other is not m else None
    if not split:
        return
    heads = {id(m) for m in split.values()}
    for m in mentions:
        root = _root(m)
        if root is not m and id(root) in heads and m.ref is not None and m.ref.resolved_by != "honorific":
            _copy(m.ref, root.ref, m.ref.resolved_by or "coref")


def _honorific_sex(table: "DocTable", m: "Mention") -> Optional[str]:
    """"male" / "female" for a person mention an honorific opens or stands right before ("Mrs Blair", where the
    knowledge base's alias "Blair" may start the mention after it), else ``None``."""
    if m.ref is None or m.ref.kind != "person" or m.ref.resolved_by == "coref":
        return None
    for i in (m.start, m.start - 1):
        if 0 <= i < m.end:
            word = table.lower(i).rstrip(".")
            if word in HONORIFIC_MALE:
                return "male"
            if word in HONORIFIC_FEMALE:
                return "female"
    return None


def _person_of(m: "Mention") -> str:
    """Who a person mention names: the knowledge base's name for them, else the name its root was written with,
    honorific aside ("Mr Smith" ... "Mrs Smith" linked to it: both "smith")."""
    root = _root(m)
    if root.ref.name:
        return root.ref.name.lower()
    return " ".join(_without_honorific(root.ref.text.split())).lower()


def _name_key(m: "Mention", table: "DocTable") -> tuple[str, ...]:
    """A person mention's own name, honorifics aside, case-blind; empty for anything else."""
    if m.ref is None or m.ref.kind != "person" or m.ref.resolved_by in ("coref", "follower"):
        return ()
    words = _person_words(m, table)
    return tuple(w.lower() for w in _without_honorific(words)) if words else ()


def nationality_descriptions(doc: Any, table: "DocTable", mentions: list["Mention"]) -> None:
    """"Julian Assange ... The 48-year-old Australian was evicted": a state's demonym as the head noun of a
    definite phrase names a person of that state, the person the text last named (within
    ``NATIONALITY_SENTENCES`` sentences) whom nothing placed and no title or post describes (an officer is placed
    later by the article's state or body, more surely than by a demonym nearby): the person takes the country,
    as a private person (CVL; ``resolved_by="nationality"``), and the phrase is a mention of them."""
    people = [m for m in mentions if m.ref is not None and m.ref.kind == "person"
              and m.ref.resolved_by not in ("coref", "follower")]
    for m in mentions:
        if not _demonym_noun(doc, m):
            continue
        before = [p for p in people if p.end <= m.start]
        if not before or _sentences_back(table, before[-1].start, m.start) > NATIONALITY_SENTENCES:
            continue
        person = _full_name(table, before)
        if person.ref.country or person.ref.sector or person.office:
            continue  # placed, or holding an office the article's state or body will place ("Ambassador X")
        person.ref.country, person.ref.sector = m.ref.country, PRIVATE_SECTOR
        person.ref.code = f"{person.ref.country}{person.ref.sector}"
        person.ref.resolved_by = "nationality"
        _copy(m.ref, person.ref, "nationality")
        m.ref.kind, m.same_as = "person", person


def _full_name(table: "DocTable", before: list["Mention"]) -> "Mention":
    """The entity of the last person named before: the first mention of the name a bare surname ends (names
    are linked after this rule, so that the surname's later mentions find the person placed)."""
    last = _root(before[-1])
    words = _person_words(last, table)
    if not words:
        return last
    earlier = [(m, _person_words(m, table) or []) for m in before[:-1]]
    hit = _earlier_person([(m, w) for m, w in earlier if w], words)
    return _root(hit) if hit is not None else last


def _sentences_back(table: "DocTable", earlier: int, later: int) -> int:
    """How many sentence breaks lie between token ``earlier`` and token ``later`` (0: the same sentence)."""
    count, start = 0, table.sent_start(later)
    while start > earlier and count <= NATIONALITY_SENTENCES:
        start, count = table.sent_start(start - 1), count + 1
    return count


def _demonym_noun(doc: Any, m: "Mention") -> bool:
    """A state's demonym alone, singular, heading a phrase that "the" opens ("the 48-year-old Australian"), not
    modifying a noun ("the Australian embassy")."""
    if m.ref is None or m.end - m.start != 1 or len(m.pieces) != 1 or m.pieces[0].type != "adjective" \
            or not m.ref.country or m.ref.sector:
        return False
    token = doc[m.start]
    return token.tag_ in DEMONYM_NOUN_TAGS and token.dep_ in NOUN_PHRASE_HEADS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _without_honorific(words: list[str]) -> list[str]:
    """"Ms Hewitt" names the person "Patricia Hewitt": an honorific before a name is no part of it (the
    resolver's ``HONORIFICS``)."""
    from annalyst.actors.resolver import HONORIFICS

    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return words


def _link_name(m: "Mention", table: "DocTable", people: list[tuple["Mention", list[str]]],
               named: dict[str, "Mention"]) -> None:
    ref = m.ref
    words = _without_honorific(ref.text.split())
    if words and words[-1][-2:].lower() in POSSESSIVE_ENDS and len(words[-1]) > 3:
        words = words[:-1] + [words[-1][:-2]]  # "Julian Assange's lawyers": the name without its possessive
    org = named.get(ref.text)
    if org is not None and org is not m and org.start < m.start:
        # a body named before under this very name ("Russian oil giant Yukos" ... "Yukos") beats a person
        # whose name happens to end with it
        _copy(ref, org.ref, "acronym" if ref.text.isupper() else "name")
        ref.kind = org.ref.kind  # the parser may have called the bare name a person's
        m.same_as = org
        return
    hit = _earlier_person(people, words) if len(words) <= 3 else None
    if hit is not None:
        m.same_as = hit
        if hit.ref.country or hit.ref.sector:
            full = _person_words(hit, table) or []
            _copy(ref, hit.ref, "surname" if len(words) < len(full) else "name")
        else:  # the same person, though the text never says who they are
            ref.name = hit.ref.name or ref.name
        ref.kind = "person"
        return
    if org is not None and org is not m:
        _copy(ref, org.ref, "acronym" if ref.text.isupper() else "name")
        m.same_as = org


def _recurring(doc: Any, table: "DocTable", mentions: list["Mention"], people: list[tuple["Mention", list[str]]],
               named: dict[str, "Mention"]) -> list["Mention"]:
    """A one-word name of the document (an organisation's name or acronym, a placed person's surname) that
    recurs where the resolver made no mention: the parser often sees no entity in "Gazprom said"."""
    from annalyst.actors.resolver import Mention

    keys: dict[str, "Mention"] = {k: m for k, m in named.items() if " " not in k}
    for m, words in people:
        if m.ref.country and len(words) >= 2 and words[-1][:1].isupper():
            keys.setdefault(words[-1], m)
    if not keys:
        return []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    # throughput: compare the parse's ORTH column with the keys' ids; a Token is made only for the hits
    ids = {get_string_id(k) for k in keys}
    for i in [i for i, orth in enumerate(table.orth) if orth in ids and i not in covered]:
        token = doc[i]
        antecedent = keys.get(token.text)
        if antecedent is None or token.pos_ != "PROPN" or token.ent_type_ in ("DATE", "TIME"):
            continue
        is_person = antecedent.ref.kind == "person"
        # "Mr Cable said": an honorific before a person's surname is no given name (the tagger calls "Mr" a
        # proper noun); the mention starts at it, as the resolver's "Mr Kennedy" does
        start = i - 1 if is_person and i > 0 and i - 1 not in covered and _honorific(doc[i - 1]) else i
        if (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper()) or \
                (start == i and i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()):
            continue  # part of a longer name ("Miller" of "Glenn Miller")
        if is_person and antecedent.start > i:
            continue  # a surname refers back, never forward
        ref = ActorRef(text=table.text(start, i + 1), start=doc[start].idx, end=token.idx + len(token.text))
        _copy(ref, antecedent.ref, "surname" if is_person else ("acronym" if token.text.isupper() else "name"))
        ref.kind = antecedent.ref.kind
        mention = Mention(start=start, end=i + 1, ref=ref, same_as=antecedent)
        added.append(mention)
    return added


def _honorific(token: Any) -> bool:
    """"Mr", "Mrs", "Dr", "Sir"... (lang/en/words.tsv ``honorifics``), written with a capital."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in HONORIFICS


HONORIFICS = load_bundle().words("honorifics")
HONORIFIC_MALE = load_bundle().words("honorific_male")  # "Mr", "Sir", "Lord": the person is a man
HONORIFIC_FEMALE = load_bundle().words("honorific_female")  # "Mrs", "Ms", "Dame": the person is a woman


# -- 2. definite descriptions -------------------------------------------------------------------------------

def link_descriptions(doc: Any, table: "DocTable", mentions: list["Mention"]) -> list["Mention"]:
    """"the company", "the group", "the minister" with no country of their own → the last compatible entity
    named in the previous ``DESCRIPTION_WINDOW`` sentences (or earlier in the same one).  Returns the mentions
    added for descriptions the resolver made none for ("the group": a neutral word alone is no mention)."""
    from annalyst.actors.resolver import Mention

    nouns = descriptions()
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    topic: Any = False  # the story's topic company, found at the first business description that needs it
    for i in np.flatnonzero(member(table.lower_ids, _description_ids())).tolist():
        token = doc[i]
        desc = nouns.get(token.lower_)
        if desc is None or i == 0 or token.tag_ not in ("NN", "NNP"):
            continue
        if i + 1 < len(doc) and table.lower(i + 1) == "of":
            continue  # "the group of experts": said in full here
        own = by_token.get(i)
        # "the rebel group": the sector words before the noun say which kind of body it names back
        start = own.start if _described_by_sector(own, i) else i
        if start == 0 or table.lower(start - 1) != "the":
            continue
        # a country from the sentence's one state or the article's is weaker evidence than the entity named
        # before ("the ambassador" of a sentence naming Syria is the British ambassador named before)
        weak = own is not None and own.ref is not None and own.ref.resolved_by in WEAK_EVIDENCE
        if own is not None and (own.ref is None or own.ref.country and not weak or own.end != i + 1
                                or own.start != start):
            continue
        sector = own.ref.sector if start < i else None
        antecedent = _speaker_body(doc, table, ordered, by_token, desc, start, sector)
        if antecedent is None:
            antecedent = _compatible(ordered, table, desc, start, sector)
            if antecedent is not None and "BUS" in desc.sectors:
                if topic is False:
                    topic = _topic_company(doc, by_token)
                antecedent = _topic_antecedent(ordered, desc, start, sector, antecedent, topic)
        if antecedent is None:
            continue
        if own is None:
            ref = ActorRef(text=table.text(i - 1, i + 1), start=table.start_char(i - 1), end=table.end_char(i + 1))
            own = Mention(start=i - 1, end=i + 1, ref=ref)
            added.append(own)
        keep_sector = own.ref.sector
        _copy(own.ref, antecedent.ref, "description")
        own.ref.kind = antecedent.ref.kind
        own.ref.sector = antecedent.ref.sector or keep_sector
        own.same_as = antecedent
    return added


def link_same_head(doc: Any, table: "DocTable", mentions: list["Mention"]) -> None:
    """"the spokesman", "the officials", "the union" with no country of their own → the last earlier mention
    with a country whose head noun is the same word ("A spokesman for China's Hong Kong and Macau Affairs
    Office ... the spokesman said"; "Japanese officials ... The officials said").  The head-match rule of
    rule-based coreference (Lee et al. 2013, "strict head match"): a definite noun phrase repeating an
    earlier actor's head noun names that actor again.  The look-back is ``HEAD_MATCH_WINDOW`` sentences (a
    repeated noun is firmer evidence than a description's class); a description with words of its own
    before the noun ("the opposition officials") takes only an antecedent of its own sector.  "The
    government", "the ministry" (``ANAPHORIC_NOUNS``) keep their own rule: a bare "the government" is the
    article's own more often than a foreign one named before."""
    from annalyst.actors.resolver import ANAPHORIC_NOUNS

    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        ref = m.ref
        if ref is None or ref.country is not None or ref.kind != "sector" or m.same_as is not None:
            continue
        if not m.pieces or not all(p.type == "sector" for p in m.pieces):
            continue
        bare = _bare_plural(doc, m)
        if not bare and (m.start == 0 or table.lower(m.start - 1) != "the"):
            continue
        head = doc[m.end - 1].lemma_.lower()
        if m.end < len(doc) and table.lower(m.end) == "of":
            continue  # "the chairman of the Senate Finance Committee": said in full, no repetition
        if doc[m.end - 1].lower_ in ANAPHORIC_NOUNS:
            continue  # "the government", "the ministry": their own rule (coref), the article's state more often
        first = _first_sentence(table, m.start, HEAD_MATCH_WINDOW)
        if bare and not _one_state_before(doc, ordered[:k], head, first, m.start):
            continue
        for earlier in reversed(ordered[:k]):
            if earlier.start < first:
                break
            if not _same_head(doc, earlier, head) or earlier.end > m.start:
                continue
            if _shadow_post(table, earlier) and not _shadow_post(table, m):
                continue  # "the chancellor" is not the shadow chancellor named before
            if m.end - m.start > 1 and earlier.ref.sector != ref.sector:
                continue
            _copy(ref, earlier.ref, "same-head")
            ref.kind = earlier.ref.kind
            m.same_as = earlier
            break


def _bare_plural(doc: Any, m: "Mention") -> bool:
    """A plural group noun with no determiner or owner ("Suspected rebels had hacked 36 people to death", "troops
    also raided"), outside quoted speech: in a news story it repeats the group named before as often as "the
    rebels" does, where the story names that group for one state only (``_one_state_before``)."""
    from annalyst.actors.coref import quoted

    head = doc[m.end - 1]
    # a plural with words of its own after it ("Officials from Tshisekedi's party", "rebels loyal to X") is said in
    # full, no repetition
    return m.end - m.start == 1 and head.tag_ in PLURAL_NOUN_TAGS and not quoted(doc, head) \
        and not any(c.dep_ in BARE_PLURAL_STOPS for c in head.children)


def _one_state_before(doc: Any, earlier: list["Mention"], head: str, first: int, end: int) -> bool:
    """The placed mentions of ``head`` from token ``first`` up to ``end`` all name one state, and one of them names
    it by its own words ("Ugandan rebels"): two candidate states ("Israeli troops ... Syrian troops ... troops")
    leave a bare plural to the article's home, no guess, and so does a group only placed where it stood ("refugees"
    at a Greek border camp are no Greeks; ``CARRIED_EVIDENCE``)."""
    same = [e for e in earlier if first <= e.start and e.end <= end and _same_head(doc, e, head)]
    return len({e.ref.country for e in same}) == 1 and any(e.ref.resolved_by not in CARRIED_EVIDENCE for e in same)


def _same_head(doc: Any, m: "Mention", head: str) -> bool:
    """An actor with a country whose sector word (or last word) is ``head`` (lemmas: "officials" repeats
    "official")."""
    if m.ref is None or not m.ref.country:
        return False
    words = {doc[p.end - 1].lemma_.lower() for p in m.pieces if p.type == "sector"}
    return head in words or doc[m.end - 1].lemma_.lower() == head


def _shadow_post(table: "DocTable", m: "Mention") -> bool:
    """A mention of a shadow office ("Tory shadow chancellor Oliver Letwin", "the shadow chancellor"): the
    word of sectors.tsv role ``shadow`` inside it or right before it."""
    return any(table.lower(i) in _shadow_words() for i in range(max(m.start - 1, 0), m.end))


@lru_cache(maxsize=1)
def _shadow_words() -> frozenset[str]:
    from annalyst.actors import load_kb

    return frozenset(w.phrase for w in load_kb().sectors.values() if w.role == "shadow")


def _described_by_sector(own: Optional["Mention"], i: int) -> bool:
    """"the rebel group", "the opposition party": a sector mention the resolver made of sector words before
    the description noun, with a sector of its own to match its antecedent's."""
    return own is not None and own.ref is not None and own.end == i + 1 and own.start < i \
        and own.ref.kind == "sector" and own.ref.country is None and bool(own.ref.sector) \
        and bool(own.pieces) and all(p.type == "sector" for p in own.pieces) \
        and own.ref.text.islower()  # "the Central Bank" is a name, not "the bank" described


def _first_sentence(table: "DocTable", i: int, window: int) -> int:
    """The first token of the sentence ``window`` sentences before the one of token ``i``."""
    first = table.sent_start(i)
    for _ in range(window):
        if first == 0:
            break
        first = table.sent_start(first - 1)
    return first


def _compatible(ordered: list["Mention"], table: "DocTable", desc: Description, i: int,
                sector: Optional[str] = None) -> Optional["Mention"]:
    """The last entity before token ``i`` that the description accepts; ``sector``: the one its own
    sector words name ("the rebel group" names rebels only)."""
    first_sentence = _first_sentence(table, i, DESCRIPTION_WINDOW)
    fallback = None
    for m in reversed(ordered):
        if m.end > i or m.start < first_sentence:
            continue
        ref = m.ref
        if ref is None or not (ref.country or ref.kind == "org") or ref.resolved_by == "coref":
            continue
        root = _root(m)
        kind = root.ref.kind if root.ref is not None else ref.kind
        if desc.kinds and kind not in desc.kinds:
            continue
        if desc.sectors and ref.sector not in desc.sectors:
            continue
        if sector is not None and ref.sector != sector:
            continue
        # (the body's own name: not a description that names it back, "the company" is no name)
        named = root.ref.resolved_by != "description" and (
            _names_noun(root.ref, desc.noun) or ref.resolved_by != "description" and _names_noun(ref, desc.noun))
        if desc.title and not named and desc.noun not in root.ref.text.lower() and desc.noun not in ref.text.lower():
            continue
        if named:
            return root
        # a body whose own name carries the noun is meant before a nearer one that does not ("The International
        # Energy Agency said ... which advises OECD countries ... The agency said": the IEA)
        fallback = fallback or root
    return fallback


def _topic_company(doc: Any, by_token: dict[int, "Mention"]) -> Optional[frozenset[str]]:
    """The words naming the story's topic company: the subject of the first of the ``TOPIC_SENTENCES`` lead
    sentences that has one ("LTV Corp said it has received a contract from Boeing Co"; "Parmalat, the Italian
    food group ..., has reported"), where that subject is a company: a business body the knowledge base knows
    or a name the parser calls an organisation that it does not.  None where the lead's subject is no company
    (a person, a state, a ministry): the story has no topic company."""
    for k, sent in enumerate(doc.sents):
        if k >= TOPIC_SENTENCES:
            break
        subject = _lead_subject(doc, sent)
        if subject is None:
            continue  # a headline without a verb: the lead's sentence says it
        m = by_token.get(subject.i)
        if m is not None and m.ref is not None and m.ref.country is not None:
            root = _root(m)
            return _name_words(root.ref) if root.ref.sector == "BUS" and root.ref.kind in ORG_KINDS else None
        name = _subject_name(doc, subject)
        words = name.text.lower().split()
        ent = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
        # the parser's organisation, or a name in a company's legal form (a wire lead's dateline may have
        # drawn the name into a date: "March 18 - LTV Corp")
        if not words or not (ent is not None and ent.label_ == "ORG" or words[-1] in corporate_suffixes()):
            return None
        return frozenset(words) - corporate_suffixes()
    return None


def _lead_subject(doc: Any, sent: Any) -> Any:
    """The subject of a lead sentence's main verb.  A wire dateline ("MORRIS TOWNSHIP, N.J., March 25 -
    Allied-Signal Inc said") may draw the parser's subject into the place before its dash: the subject is
    then the word written just before the verb and its auxiliaries, after the dash."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in LEAD_SUBJECT_LABELS), None)
    if subject is None or subject.i > root.i:
        return subject
    dashes = [t.i for t in doc[subject.i:root.i] if t.text == "-" and t.whitespace_ and doc[t.i - 1].whitespace_]
    if not dashes:
        return subject
    k = root.i - 1
    while k > dashes[-1] and doc[k].dep_ in VERB_GROUP_LABELS:
        k -= 1
    return doc[k] if k > dashes[-1] else None


def _subject_name(doc: Any, subject: Any) -> Any:
    """The proper name a subject token ends: the subject with the proper nouns (and the hyphens inside a word)
    written before it ("Allied-Signal Inc"); empty where the subject is no proper noun."""
    if subject.pos_ != "PROPN":
        return doc[subject.i:subject.i]
    start = subject.i
    while start > subject.sent.start and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].whitespace_ != ""
                                          or doc[start - 1].text == "-" and not doc[start - 1].whitespace_):
        start -= 1
    return doc[start:subject.i + 1]


def _name_words(ref: ActorRef) -> frozenset[str]:
    return frozenset(f"{ref.text} {ref.name or ''}".lower().split()) - corporate_suffixes()


def _topic_antecedent(ordered: list["Mention"], desc: Description, i: int, sector: Optional[str],
                      nearest: "Mention", topic: Optional[frozenset[str]]) -> Optional["Mention"]:
    """What a business description ("the company", "the firm") at token ``i`` names back where the story has a
    topic company: the topic, not the last company named ("Allied-Signal Inc said it agreed to sell its unit to
    Commerzbank AG ... The company said": Allied-Signal, not the buyer).  The nearest accepted body where it is
    the topic (or the story has none); the topic's last accepted mention otherwise; None where the topic is a
    name the knowledge base does not know (the description then stays the article's business, as it was before
    the buyer was known)."""
    if topic is None or _is_topic(nearest, topic):
        return nearest
    for m in reversed(ordered):
        if m.end <= i and _is_topic(m, topic):
            return _accepts(m, desc, sector)
    return None


def _is_topic(m: "Mention", topic: frozenset[str]) -> bool:
    """``m`` names the topic company: its name's words, less corporate suffixes, are the topic's or part of
    them ("Exxon" of "Exxon Corp")."""
    words = _name_words(_root(m).ref) if _root(m).ref is not None else frozenset()
    return bool(words) and (words <= topic or topic <= words)


@lru_cache(maxsize=1)
def corporate_suffixes() -> frozenset[str]:
    """"Co", "Inc", "Ltd", "plc": the words of a company's legal form (lang/en/words.tsv corporate_suffixes)."""
    return load_bundle().words("corporate_suffixes")


def _speaker_body(doc: Any, table: "DocTable", ordered: list["Mention"], by_token: dict[int, "Mention"],
                  desc: Description, i: int, sector: Optional[str]) -> Optional["Mention"]:
    """The body whose representative reports the clause of the description at token ``i`` ("A Hutton spokesman
    said the firm is reviewing its options": Hutton; "a spokesman for Gazprom said the company ..."): what a
    body's speaker says of "the company" is said of the speaker's own body, not of the last company named.
    The speaker is the subject of the reporting verb (``coref.SPEECH_VERBS``) the description's clause hangs
    from; its body is the speaker's own mention where that is a body the description accepts, else the last
    earlier body whose name holds the speaker's words less its neutral role word ("Hutton spokesman" → the
    "E.F. Hutton Group Inc" named before)."""
    speaker = _reporting_subject(doc, by_token, i)
    if speaker is None or speaker.ref is None:
        return None
    if _accepts(speaker, desc, sector) is not None:
        return _root(speaker)
    words = [w for w in table.text(speaker.start, speaker.end).lower().split()
             if w not in _neutral_role_words() and w not in ("a", "an", "the")]
    if not words or len(words) == speaker.end - speaker.start:
        return None  # no role word: the subject is no body's representative
    for m in reversed(ordered):
        if m.end > speaker.start or _accepts(m, desc, sector) is None:
            continue
        root = _root(m)
        named = {w.lower() for r in (m.ref, root.ref) for w in f"{r.text} {r.name or ''}".split()}
        if all(w in named for w in words):
            return root
    return None


def _reporting_subject(doc: Any, by_token: dict[int, "Mention"], i: int) -> Optional["Mention"]:
    """The mention holding the subject of the reporting verb whose reported clause holds token ``i``
    ("A Hutton spokesman said [the firm is ...]"), or None."""
    from annalyst.actors.coref import SPEECH_VERBS

    node = doc[i]
    while node.head.i != node.i:
        clause, node = node, node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in SPEECH_VERBS and clause.dep_ in ("ccomp", "conj"):
            if clause.dep_ == "conj":
                return None  # "X said ... and the firm ...": no reported clause
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            return by_token.get(subjects[0].i) if subjects else None
    return None


def _accepts(m: "Mention", desc: Description, sector: Optional[str]) -> Optional["Mention"]:
    """``m``'s entity (its root) where the description may name it back: a body or a state actor of a kind
    and sector the description accepts."""
    ref = m.ref
    if ref is None or not (ref.country or ref.kind == "org") or ref.resolved_by == "coref":
        return None
    root = _root(m)
    kind = root.ref.kind if root.ref is not None else ref.kind
    if desc.kinds and kind not in desc.kinds or desc.sectors and ref.sector not in desc.sectors:
        return None
    if sector is not None and ref.sector != sector:
        return None
    if desc.title and desc.noun not in root.ref.text.lower() and desc.noun not in ref.text.lower() \
            and not _names_noun(root.ref, desc.noun):
        return None
    return root


@lru_cache(maxsize=1)
def _neutral_role_words() -> frozenset[str]:
    """sectors.tsv role ``neutral`` words (spokesman, official, representative): a body's speaker."""
    from annalyst.actors import load_kb

    return frozenset(w.phrase for w in load_kb().sectors.values() if w.role == "neutral")


def _names_noun(ref: Optional[ActorRef], noun: str) -> bool:
    """Whether a name (as written or canonical) has ``noun`` as one of its words ("International Energy Agency")."""
    if ref is None:
        return False
    words = {w.lower() for w in ref.text.split()} | {w.lower() for w in (ref.name or "").split()}
    return noun in words


def _root(m: "Mention") -> "Mention":
    seen = 0
    while m.same_as is not None and seen < 50:
        m, seen = m.same_as, seen + 1
    return m


# -- 3. entities --------------------------------------------------------------------------------------------

def _identity(m: "Mention") -> tuple[str, ...]:
    """What makes two unlinked mentions the same actor."""
    ref = m.ref
    if ref.kind == "person":
        return ("person", (ref.name or ref.text).lower())
    if ref.kind in ORG_KINDS and ref.name:
        return ("org", ref.name.lower(), ref.code or "")
    if ref.kind in ("state", "pre") and ref.country:
        if ref.sector == "CVL":  # places and peoples: "Ahmedabad" and "Gujarat" are two, though both INDCVL
            return ("state", ref.code or ref.country, _words(ref.text))
        return ("state", ref.code or ref.country)
    if ref.country:
        return ("other", ref.kind or "", ref.code or ref.country, (ref.name or "").lower())
    return ("unplaced", ref.kind or "", _words(ref.text))


def _words(text: str) -> str:
    words = text.lower().split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


REASONS = {
    "honorific": "a name written with the other sex's honorific than the person the text first names so (\"Mrs Blair\" in a story about Mr Blair)",
    "unknown": "a name the knowledge base does not know, with no title, descriptor or apposition saying whose it is",
    "ner": "a name the knowledge base does not know, with no title, descriptor or apposition saying whose it is",
    "title": "a title without a state or organisation, in a story with no home country",
    "sector": "no adjective, owner, place or home country in the text places it",
    "ethnic": "a people with no state of its own, and no location in its sentence",
}


def build_entities(mentions: list["Mention"]) -> list[Entity]:
    """One entity per actor of the document; sets ``ref.entity`` on every mention."""
    entities: list[Entity] = []
    by_key: dict[tuple[str, ...], Entity] = {}
    of_mention: dict[int, Entity] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        ref = m.ref
        if ref is None:
            continue
        entity = None
        if m.same_as is not None:
            entity = of_mention.get(id(_root(m)))
        key = _identity(m)
        if entity is None:
            entity = by_key.get(key)
        if entity is None:
            entity = Entity(id=f"E{len(entities) + 1}")
            entities.append(entity)
        by_key.setdefault(key, entity)
        of_mention[id(m)] = entity
        ref.entity = entity.id
        entity.mentions.append((ref.start or 0, ref.end or 0))
        decided = entity.country is not None
        if not decided and (ref.country or entity.resolved_by is None):
            entity.country, entity.sector, entity.code = ref.country, ref.sector, ref.code
            entity.name, entity.kind = ref.name or ref.text, ref.kind
            entity.resolved_by, entity.evidence = ref.resolved_by, ref.text
        elif not entity.sector and ref.sector and ref.country == entity.country:
            entity.sector, entity.code = ref.sector, ref.code
    for entity in entities:
        if entity.country is None:
            entity.reason = REASONS.get(entity.resolved_by or "", "the text names no state or organisation for it")
    return entities
