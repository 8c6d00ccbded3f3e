"""Within-document context: apposition, repeated names and conservative pronoun coreference.

Wrong coreference is worse than none, so every rule here links only when the syntax points at one
antecedent:

* apposition: "Ri Ji-song, a researcher at <org>" gives the person the organisation's country;
* a repeated name ("Kim Song" ... "Kim Song stating", "Zelenskyy" after "Volodymyr Zelenskyy") copies the
  earlier resolution;
* a pronoun (he/she/him/her/his, it/its) or a definite description ("the country", "the ministry") takes the
  subject of the nearest clause that governs it, skipping the clause where a non-possessive object pronoun
  would have to be reflexive ("what will the DPRK gain from it": "it" is not the DPRK); failing that, the main
  subject of the previous sentence.  "they" is linked to police ("the cops said they had seized"), and
  failing police, to a plural actor noun with a country in the same places ("Japanese officials admitted
  there is little more they can do"); a police officer without a country may still be the antecedent of
  "he"/"she".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Optional

import numpy as np
from spacy.strings import get_string_id

from annalyst.actors.kb import officer_code
from annalyst.actors.tokens import DocTable, member
from annalyst.lang import load_bundle
from annalyst.model import ActorRef
from annalyst.parse.view import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from annalyst.actors.resolver import Mention

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# "Edward Leigh, who is chairman of ...": a copular relative clause about a name says its post
RELATIVE_WHO = load_bundle().words("relative_pronouns")
# "Sir Ian" after "Sir Ian Blair": honorifics that address a person by the given name (lang/en/words.tsv)
GIVEN_NAME_HONORIFICS = load_bundle().words("given_name_honorifics")
PRONOUN_MALE = load_bundle().words("pronoun_male")  # he, him, his
PRONOUN_FEMALE = load_bundle().words("pronoun_female")  # she, her
LEAD_SENTENCES = 3  # a headline and the lead paragraph (a headline without a full stop may join the lead)
# "Martin O'Neill, who chairs the Commons trade committee": a relative clause whose verb heads a body names a post
POST_VERBS = load_bundle().words("post_verbs")
# "X, former special envoy to Kyiv": the place a post is held in, not whose it is
POST_DESTINATION_PREPS = load_bundle().words("post_destination_preps")
SPEECH_VERBS = {"say", "tell", "add", "state", "claim", "report", "warn", "believe", "fear", "think", "suspect",
                "allege", "announce", "confirm", "deny", "insist", "urge", "argue", "suggest", "explain"}
OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}


def link_context(doc: Any, mentions: list["Mention"], table: Optional[DocTable] = None) -> list["Mention"]:
    """The mentions with context rules applied and pronoun mentions added; ``table``: the document's
    ``DocTable`` if the caller has one."""
    table = table or DocTable(doc)
    from annalyst.actors.entities import (link_descriptions, link_names, link_same_head, name_bodies_by_apposition,
                                          nationality_descriptions)

    # before a person's apposition may read the name as a person's
    mentions = sorted(mentions + name_bodies_by_apposition(doc, table, mentions), key=lambda m: m.start)
    token_mention = _token_index(doc, mentions)
    _apposition(doc, mentions, token_mention)
    _lead_description(doc, mentions)  # "London's most senior police officer has said. Sir Ian Blair said"
    _repeated_names(mentions, table)
    # later mentions by name and "the company": before pronouns, which may then take them as antecedents
    nationality_descriptions(doc, table, mentions)  # "the 48-year-old Australian" of a person named before
    mentions = sorted(mentions + link_names(doc, table, mentions), key=lambda m: m.start)
    mentions = sorted(mentions + link_descriptions(doc, table, mentions), key=lambda m: m.start)
    link_same_head(doc, table, mentions)  # "the spokesman" after "a spokesman for <the ministry>"
    token_mention = _token_index(doc, mentions)
    _anaphoric_descriptions(doc, table, mentions, token_mention)
    added = _pronouns(doc, table, mentions, token_mention)
    out = sorted(mentions + added, key=lambda m: m.start)
    return out


def _token_index(doc: Any, mentions: list["Mention"]) -> dict[int, "Mention"]:
    index: dict[int, "Mention"] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            index[i] = m
    return index


def _is_unresolved_person(m: "Mention") -> bool:
    return m.ref is not None and m.ref.kind == "person" and m.ref.country is None


def _copy(target: ActorRef, source: ActorRef, how: str) -> None:
    target.country, target.sector, target.code = source.country, source.sector, source.code
    target.name = source.name or target.name
    target.kind = source.kind if target.kind in (None, "unknown") else target.kind
    target.resolved_by = how


def _apposition(doc: Any, mentions: list["Mention"], index: dict[int, "Mention"]) -> None:
    for m in mentions:
        # a person the knowledge base holds no office for on the date (none yet, or only past ones, and no
        # title in the text): the apposition says what they are ("Kenzo Oshima, the United Nations Emergency
        # Relief Coordinator")
        # ("Former President Barack Obama, the most popular Democrat in America": an office written before the
        # name placed him, and a party noun after it does not displace it: _titled)
        unplaced = m.ref is not None and m.ref.kind == "person" and (
            m.ref.sector is None or m.ref.sector == "ELI" and m.ref.resolved_by == "kb-person" and not _titled(m))
        if not (_is_unresolved_person(m) or unplaced or _is_bare_name(m)) or m.ref.kind == "org":
            continue  # (a body typed by its own apposition: name_bodies_by_apposition)  # ("Rockwell, a WTO spokesman": a bare name the parser did not call a person counts too)
        span = doc[m.start:m.end]
        for token in span:
            for child in _appositives(token):
                if not (m.start <= child.i < m.end):
                    if _take_affiliation(doc, m, child, index):
                        break
        if (m.ref.country is None or m.ref.resolved_by == "kb-person" and m.ref.sector is None) \
                and m.ref.resolved_by != "follower":  # "X, a Reagan supporter": the followers are not X
            root = span.root
            if root.dep_ == "appos" and root.head.i in index and index[root.head.i] is not m:
                owner = index[root.head.i]
                # "Britain's foreign secretary, Jim Smithers," and a body's own post before the name ("ANC KZN
                # secretary, Mdumiseni Ntuli,", "Cosatu spokesman, Patrick Craven,"): the post, written as
                # "ANC secretary Mdumiseni Ntuli" would be, is the person's (the body's code)
                if owner.ref is not None and owner.ref.country and owner.head_sector is not None \
                        and _holds_post(m, owner):
                    m.ref.country, m.ref.sector = owner.ref.country, owner.ref.sector
                    m.ref.code = owner.ref.code
                    m.ref.resolved_by = "apposition"


def _owning_body(doc: Any, head: Optional["Mention"], index: dict[int, "Mention"]) -> Optional["Mention"]:
    """The non-state body (a union, party, company, NGO: an organisation or group with a sector other than
    government) whose possessive owns a post in apposition ("Cosatu's provincial secretary"), where the post
    names no office of its own (sector GOV, the default of secretary, chairman, president, or none)."""
    if head is None or head.ref is None or head.ref.sector not in (None, "GOV"):
        return None
    for c in doc[head.end - 1].children:
        owner = index.get(c.i) if c.dep_ == "poss" else None
        if owner is not None and owner is not head and owner.ref is not None and owner.ref.kind in BODY_KINDS \
                and owner.ref.sector not in (None, "GOV"):
            return owner
    return None


BODY_KINDS = frozenset({"org", "group", "ngo", "igo"})
OFFICE_KINDS = frozenset({"state", "person", "pre"})  # a state's office or a person's: "Britain's foreign secretary"


def _holds_post(name: "Mention", post: "Mention") -> bool:
    """The name in apposition holds the post: a state's office or a person's for any name; a body's own post
    ("ANC KZN secretary, Mdumiseni Ntuli,") only for a person's name (a body's bracketed acronym after its full
    name, "The Union for Democratic Progress of Zambia (UDPZ)", is the body itself: the acronym rules link it)."""
    return post.ref.kind in OFFICE_KINDS or post.ref.kind in BODY_KINDS and name.ref.kind == "person"


def _code_of(country: Optional[str], sector: Optional[str]) -> Optional[str]:
    return country + (sector or "") if country else None


def _titled(m: "Mention") -> bool:
    """The mention writes an office before the person's name ("Former President Barack Obama", "ex-premier X"):
    a sector or ``former`` piece ahead of the person piece, so the text, not the knowledge base's past terms
    alone, says what the person is."""
    first_person = next((p.start for p in m.pieces if p.type == "person"), None)
    return first_person is not None and any(p.type in ("sector", "former") and p.start < first_person
                                            for p in m.pieces)


def _appositives(token: Any) -> list[Any]:
    """What a name's post is said to be after it: its apposition ("Mr Kurihara, the defence chief") and the
    complement of a copular relative clause, which news writes the same way ("Edward Leigh, who is chairman
    of the Commons public accounts committee"; "X, who was then foreign minister")."""
    out = [c for c in token.children if c.dep_ == "appos"]
    for clause in token.children:
        if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_WHO for c in clause.children):
            continue
        if clause.lemma_ == "be":
            out.extend(c for c in clause.children if c.dep_ == "attr")
        elif clause.lemma_ in POST_VERBS:
            # "X, who chairs the Commons trade committee", "X, who heads the foreign ministry": the body is the post
            out.extend(c for c in clause.children if c.dep_ == "dobj")
    return out


def _take_affiliation(doc: Any, person: "Mention", appos: Any, index: dict[int, "Mention"]) -> bool:
    """"<person>, a researcher at <org>": the organisation's country, the role's sector.  A post with no
    country of its own ("Mr Kurihara, the defence chief") gives its sector; the article's state may place the
    person later (``Mention.office``)."""
    head = index.get(appos.i)
    if person.ref.kind == "unknown" and (head is None or head.head_sector is None):
        return False  # a bare name is a person's only when the apposition is a role ("a WTO spokesman")
    found = []
    for t in appos.subtree:
        m = index.get(t.i)
        if m is not None and m is not person and m.ref is not None and m.ref.country and m not in found \
                and not _not_whose(doc, m, appos, head):
            found.append(m)
    body = _owning_body(doc, head, index)
    if body is not None:
        # "Tony Ehrenreich, Cosatu's Western Cape provincial secretary": the post is the body's, whatever state
        # or province its own words name; the person speaks for the body
        ref = person.ref
        ref.country = body.ref.country or (head.ref.country if head.ref is not None else None)
        ref.sector = body.ref.sector
        ref.code = body.ref.code if body.ref.country else _code_of(ref.country, ref.sector)
        ref.kind, ref.resolved_by = "person", "apposition"
        return True
    if head is not None and head.ref is not None and head.ref.country:
        source = head
    elif found:
        source = found[0]
    elif _post_without_country(person, head):
        # "Smith, the party's spokesman": a role speaks for the body that owns it
        owner = next((index[c.i] for c in doc[head.end - 1].children if c.dep_ == "poss" and c.i in index
                      and index[c.i].ref is not None and index[c.i].ref.sector), None)
        person.ref.sector = owner.ref.sector if owner is not None else head.ref.sector
        person.ref.code = None
        person.ref.kind, person.ref.resolved_by = "person", "apposition"
        person.office = True
        return True
    else:
        return False
    ref = person.ref
    ref.country = source.ref.country
    # a title before the name is the person's own office: the apposition says where, not what ("Lt Col
    # Alexander Vindman, a Ukraine specialist on the National Security Council" stays military)
    own = ref.sector if ref.resolved_by == "title" else None
    if own is None and source is not head and _neutral_head(head) and source.ref.sector:
        # "X, who is chairman of the Commons public accounts committee", "X, a spokesman for the Israeli army": a
        # neutral role (chairman, spokesman) is the body's, with its sector, as before a name ("Tory spokesman")
        own = source.ref.sector
    ref.sector = own or (head.ref.sector if head is not None and head.ref is not None and head.ref.sector else None) \
        or source.ref.sector
    ref.code = officer_code(ref.country, ref.sector, source.ref)  # "X, the Lib Dem spokesman": the party's own
    ref.resolved_by = "apposition"
    if ref.kind == "unknown" and head is not None and head.head_sector is not None:
        ref.kind = "person"  # "<name>, a WTO spokesman": the role says the name is a person's
    return True


def _neutral_head(head: Optional["Mention"]) -> bool:
    """The post is only a neutral role word (sectors.tsv role ``neutral``: chairman, spokesman, official)."""
    return head is not None and bool(head.pieces) and head.pieces[-1].role == "neutral"


def _not_whose(doc: Any, m: "Mention", appos: Any, head: Optional["Mention"]) -> bool:
    """A state or place in a post's phrase that says where the post is or what it is about, not whose it is:
    the destination of "to" ("X, former special envoy to Kyiv": a US envoy; "ambassador to Japan") and the topic
    compounded onto a noun that is no role ("X, a Ukraine specialist on the National Security Council")."""
    if m.ref.kind not in ("state", "capital", "place") or m.ref.sector not in (None, "CVL"):
        return False
    root = doc[m.end - 1]
    if root.dep_ == "pobj" and root.head.lower_ in POST_DESTINATION_PREPS:
        return True
    return head is None and root.dep_ == "compound" and root.head.i == appos.i


def _post_without_country(person: "Mention", head: Optional["Mention"]) -> bool:
    """A role or title in apposition that names a sector but no state ("the defence chief", "the MP for
    Grantham"), after a person the text has not placed otherwise."""
    return head is not None and head.ref is not None and head.ref.kind == "sector" and bool(head.ref.sector) \
        and head.head_sector is not None and person.ref.country is None and person.ref.kind in ("person", "unknown")


def _is_bare_name(m: "Mention") -> bool:
    """A name the knowledge base does not know, with no title, country or sector ("Sharma").  spaCy's label
    for a lone surname is as often GPE or ORG as PERSON, so any unknown entity counts: it must still end the
    name of a person named earlier in the document to be linked."""
    ref = m.ref
    return ref is not None and ref.country is None and ref.sector is None and bool(m.pieces) \
        and all(p.type in ("unknown-person", "unknown-org") for p in m.pieces)


def _begins_name(word: str, earlier: ActorRef) -> bool:
    """``word`` is the earlier person's given name: the first word of a name of two words or more."""
    known = (earlier.name or earlier.text).split()
    return len(known) > 1 and known[0] == word


def _lead_description(doc: Any, mentions: list["Mention"]) -> None:
    """News leads describe before they name: "Terrorists might try to target the UK ..., London's most senior
    police officer has said." then "Sir Ian Blair said ...".  Where one of the first sentences (``LEAD_SENTENCES``)
    names no one and its subject is a singular post or body owned by a possessive ("London's ... officer",
    "India's defence minister", "Turkey's biggest mobile firm") that a rule placed, and the next sentence opens
    with a name no rule placed as its subject, that name is the one described: it takes the description's
    country, sector and code (``resolved_by="lead-description"``).  A body's name takes a body's description
    only (``descriptions.tsv`` kinds); a person's name any (a body's leader or spokesman speaks for it)."""
    sents = list(doc.sents)[:LEAD_SENTENCES + 1]
    for lead, after in zip(sents, sents[1:]):
        said = [m for m in mentions if lead.start <= m.start < lead.end]
        if any(_names_someone(m) for m in said):
            return  # the lead names its actor: nothing is told before it is named
        described = next((m for m in said if _possessed_description(doc, m)), None)
        if described is None:
            continue
        name = _described_name(doc, described, [m for m in mentions if after.start <= m.start < after.end])
        if name is not None:
            ref, source = name.ref, described.ref
            ref.country, ref.sector, ref.code = source.country, source.sector, source.code
            if ref.kind == "unknown":
                ref.kind = "person" if any(p.type == "unknown-person" for p in name.pieces) else "org"
            ref.resolved_by = "lead-description"
        return


def _names_someone(m: "Mention") -> bool:
    """A person's mention, or a name no rule placed: the sentence names who acts."""
    return m.ref is not None and (m.ref.kind == "person" or _unplaced_name(m))


def _unplaced_name(m: "Mention") -> bool:
    return m.same_as is None and (_is_bare_name(m) or _is_unresolved_person(m) and m.ref.sector is None)


def _possessed_description(doc: Any, m: "Mention") -> bool:
    """A placed singular post or body, the subject of its clause, owned by a possessive ("London's most senior
    police officer"): one holder the reader is told of before the name."""
    head = doc[m.end - 1]
    return m.ref is not None and bool(m.ref.country) and m.ref.kind != "person" and m.head_sector is not None \
        and m.same_as is None and head.tag_ == "NN" and head.dep_ in SUBJECT_DEPS \
        and any(c.dep_ == "poss" for c in head.children)


def _described_name(doc: Any, described: "Mention", said: list["Mention"]) -> Optional["Mention"]:
    """The next sentence's name the lead described: the name it opens with as its subject ("Sir Ian Blair said"),
    or, for a body's description, the first name of a body no rule placed ("Turkey's biggest private mobile firm
    could bail out of a deal ..." / "Conservatives in parliament say Turkcell's stake ... should be cut")."""
    first = said[0] if said else None
    if first is not None and _unplaced_name(first) and doc[first.end - 1].dep_ in SUBJECT_DEPS \
            and (_person_name(first) or _body_noun(doc, described)):
        return first  # a person's name takes any post or body (a body's leader or spokesman speaks for it)
    if not _body_noun(doc, described):
        return None
    return next((m for m in said if _unplaced_name(m) and not _person_name(m)), None)


def _person_name(m: "Mention") -> bool:
    return m.ref.kind == "person" or any(p.type == "unknown-person" for p in m.pieces)


def _body_noun(doc: Any, described: "Mention") -> bool:
    """The description's head is a body noun that may name a company or organisation (descriptions.tsv)."""
    from annalyst.actors.entities import descriptions

    row = descriptions().get(doc[described.end - 1].lower_)
    return row is not None and (not row.kinds or "org" in row.kinds)


def _ends_name(words: list[str], earlier: ActorRef) -> bool:
    known = (earlier.name or earlier.text).split()
    return bool(words) and (known[-len(words):] == words or earlier.text.split()[-len(words):] == words)


def _repeated_names(mentions: list["Mention"], table: DocTable) -> None:
    """A later "Kim Song" or bare surname copies the earlier person whose name it ends, and a given name after
    "Sir" or "Dame" ("Sir Ian") the earlier person whose name it begins ("Sir Ian Blair").  A police officer
    named with a title ("Inspector Ravi Sharma", country or not) also passes on to a later surname with no
    title of its own ("Sharma's team arrested"): police are named by surname after the first mention, and
    the coder needs them as a source even where no country is known."""
    seen: list["Mention"] = []
    police: list["Mention"] = []
    for m in mentions:
        ref = m.ref
        if ref is None:
            continue
        words = ref.text.split()
        given = len(words) == 1 and m.start > 0 and table.lower(m.start - 1) in GIVEN_NAME_HONORIFICS
        if _is_unresolved_person(m):
            for earlier in reversed(seen):
                if _ends_name(words, earlier.ref) or given and _begins_name(words[0], earlier.ref):
                    _copy(ref, earlier.ref, "coref")
                    m.same_as = earlier
                    break
        if ref.resolved_by != "coref" and ref.sector is None and (_is_unresolved_person(m) or _is_bare_name(m)):
            for earlier in reversed(police):
                if _ends_name(words, earlier.ref):
                    _copy(ref, earlier.ref, "coref")
                    m.same_as = earlier
                    break
        if ref.kind == "person" and ref.country and not given:
            seen.append(m)  # ("Sir Ian" writes no surname: a later "Mr Blair" is the last Blair named in full)
        if ref.kind == "person" and ref.sector == "COP" and ref.resolved_by != "coref":
            police.append(m)


def _anaphoric_descriptions(doc: Any, table: DocTable, mentions: list["Mention"],
                            index: dict[int, "Mention"]) -> None:
    """"the ministry", "the government" without a country: the country of the governing clause's subject."""
    from annalyst.actors.resolver import ANAPHORIC_NOUNS, NON_STATE_COUNTRIES

    for m in mentions:
        ref = m.ref
        if ref is None or ref.country is not None or ref.kind != "sector":
            continue
        if m.end - m.start != 1 or table.lower(m.start) not in ANAPHORIC_NOUNS or m.start == 0:
            continue
        if table.lower(m.start - 1) != "the":
            continue
        antecedent = _antecedent(doc, table, doc[m.start], index, want="thing", exclude=m)
        # (a state's ministry or government only: "The fund said the government must cut spending" is no IMF's)
        if antecedent is not None and antecedent.ref.country and antecedent.ref.country not in NON_STATE_COUNTRIES:
            ref.country = antecedent.ref.country
            ref.code = ref.country + (ref.sector or "")
            ref.resolved_by = "coref"


@lru_cache(maxsize=1)
def _pronoun_word_ids() -> np.ndarray:
    """The string ids of every word ``_pronouns`` can link: the pronouns and the state nouns."""
    from annalyst.actors.resolver import ANAPHORIC_NOUNS, PERSON_PRONOUNS, THING_PRONOUNS

    words = set(PERSON_PRONOUNS) | set(THING_PRONOUNS) | {"they"} \
        | {word for word, kind in ANAPHORIC_NOUNS.items() if kind == "state"}
    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)


def _pronoun_candidates(table: DocTable) -> list[int]:
    """Indices of the tokens whose lower-case text is one ``_pronouns`` can link, found in the
    parse's LOWER array (throughput: a ``Token`` object is made only for these few words)."""
    return np.flatnonzero(member(table.lower_ids, _pronoun_word_ids())).tolist()


def _pronouns(doc: Any, table: DocTable, mentions: list["Mention"], index: dict[int, "Mention"]) -> list["Mention"]:
    from annalyst.actors.resolver import ANAPHORIC_NOUNS, Mention, PERSON_PRONOUNS, THING_PRONOUNS

    added: list[Mention] = []
    for i in _pronoun_candidates(table):
        if i in index:
            continue
        token = doc[i]
        low = token.lower_
        want: Optional[str] = None
        start = token.i
        if low in PERSON_PRONOUNS and token.pos_ == "PRON":
            want = "person"
        elif low in THING_PRONOUNS and token.pos_ == "PRON" and (low == "its" or token.dep_ in SUBJECT_DEPS) \
                and not _expletive(token):
            want = "thing"  # an object "it" is too often an event or a thing to link
        elif low == "they" and token.pos_ == "PRON" and token.dep_ in SUBJECT_DEPS:
            want = "police"  # only police: "they" has too many possible antecedents to link in general
        elif ANAPHORIC_NOUNS.get(low) == "state" and token.i > 0 and doc[token.i - 1].lower_ == "the" \
                and token.pos_ == "NOUN" and token.tag_ == "NN":
            want = "state"
            start = token.i - 1
        if want is None:
            continue
        antecedent = _antecedent(doc, table, token, index, want=want)
        if antecedent is None and want == "police":
            # a group named by a plural actor noun with a country ("Japanese officials admitted there is
            # little more they can do"; "Kosovo Serbs ... They have been boycotting")
            antecedent = _antecedent(doc, table, token, index, want="group")
        if antecedent is None or antecedent.ref is None or not (
                antecedent.ref.country or _police(antecedent) or want == "person" and antecedent.ref.kind == "person"):
            continue  # (a person not placed yet is still the one "he" names: the entity's decision reaches it later)
        if want == "person" and _other_sex(table, low, antecedent):
            continue  # "she" after "Sir Nicholas": his daughter, not him
        ref = ActorRef(text=table.text(start, i + 1), start=table.start_char(start), end=table.end_char(i + 1))
        _copy(ref, antecedent.ref, "coref")
        if want == "person":
            ref.kind = "person"
        if want == "state":
            ref.kind = "state"
            ref.sector = None
            ref.code = ref.country
        mention = Mention(start=start, end=token.i + 1, ref=ref, same_as=antecedent if want != "state" else None)
        added.append(mention)
    return added


def _other_sex(table: DocTable, pronoun: str, antecedent: "Mention") -> bool:
    """The pronoun's sex (lang/en/words.tsv ``pronoun_male`` / ``pronoun_female``) is not the one an honorific
    before the antecedent or a mention it refers back to says ("Sir Nicholas" ... "she joined the calls")."""
    from annalyst.actors.entities import HONORIFIC_FEMALE, HONORIFIC_MALE

    said = HONORIFIC_FEMALE if pronoun in PRONOUN_MALE else HONORIFIC_MALE if pronoun in PRONOUN_FEMALE else None
    m: Optional["Mention"] = antecedent
    while said is not None and m is not None:
        if m.start > 0 and table.lower(m.start - 1).rstrip(".") in said:
            return True
        m = m.same_as
    return False


def _expletive(token: Any) -> bool:
    """"it is clear that...", "it would be difficult to...", "be that as it may": no referent."""
    if token.lower_ != "it":
        return False
    head = token.head
    if head.tag_ == "MD" or token.dep_ == "expl":
        return True
    deps = {c.dep_ for c in head.children if c.i > token.i}
    # "it would be [too difficult [to organise]]": the clause hangs off the adjective
    deps |= {g.dep_ for c in head.children if c.dep_ in ("acomp", "attr") for g in c.children}
    return head.lemma_ == "be" and bool(deps & {"acomp", "attr"}) and bool(deps & {"ccomp", "xcomp", "csubj", "relcl"}) \
        or bool(deps & {"ccomp", "xcomp"}) and head.lemma_ in ("seem", "appear", "turn", "happen")


def _police(m: "Mention") -> bool:
    """A police mention: the coder needs it as a source even where no country is known ("the cops")."""
    return m.ref is not None and m.ref.sector == "COP"


def _fits(m: "Mention", want: str, doc: Any = None) -> bool:
    ref = m.ref
    if want == "group":
        return _plural_group(m, doc)
    if want == "police":
        # a plural police body, not a single officer ("Inspector Ribeiro ... they" are others)
        return ref is not None and _police(m) and ref.kind != "person" and ref.resolved_by != "coref"
    # "Conservative opposition leader Constantine Mitsotakis said he had urged Papandreou": a person the
    # article places only later (its state, a surname's full name) is still the subject "he" names
    if ref is None or not (ref.country or want == "person" and (_police(m) or ref.kind == "person")) \
            or ref.resolved_by == "coref" and ref.kind != "person":
        return False
    if want == "person":
        return ref.kind == "person" or any(
            p.type == "sector" and p.target and _role(p) in ("title", "neutral") for p in m.pieces) \
            and _singular(m)
    if want == "state":
        return ref.kind in ("state", "pre") or ref.sector == "GOV"
    return ref.kind != "person" and _singular(m) and not any(
        p.type == "sector" and _role(p) in ("title", "neutral") for p in m.pieces)


def _plural_group(m: "Mention", doc: Any) -> bool:
    """A body of people named by a plural noun, with a country of its own ("Japanese officials", "Kosovo
    Serbs", "the rebels"): what a subject "they" names when it names an actor.  A state, a person or a
    mention linked by a pronoun itself is none ("they" rarely names a state: "Japan ... they" are its people
    or officials, which the text does not say)."""
    ref = m.ref
    if doc is None or ref is None or not ref.country or ref.kind == "person" or ref.resolved_by == "coref" \
            or _police(m):  # police: "they" follows the police rules alone
        return False
    head = doc[m.end - 1]
    return head.tag_ in ("NNS", "NNPS")


QUOTE_MARKS = ('"', "\u201c", "\u201d")


def quoted(doc: Any, token: Any) -> bool:
    """Whether ``token`` stands inside a quotation: an odd number of quotation marks before it in its
    paragraph."""
    text = doc_text(doc)  # asked per mention and per candidate: the Doc's text joined once
    start = text.rfind("\n\n", 0, token.idx) + 1
    return sum(text.count(q, start, token.idx) for q in QUOTE_MARKS) % 2 == 1


def _role(piece: Any) -> Optional[str]:
    return piece.role


def _singular(m: "Mention") -> bool:
    last = m.pieces[-1] if m.pieces else None
    if last is None:
        return True
    if last.type in ("adjective",) and last.alias is not None and last.alias.text.endswith("s"):
        return False
    if last.type == "sector" and (last.target or "").endswith("s") and not (last.target or "").endswith("ss"):
        return False
    return True


def _antecedent(doc: Any, table: DocTable, token: Any, index: dict[int, "Mention"], *, want: str,
                exclude: Optional["Mention"] = None) -> Optional["Mention"]:
    reflexive_barrier = token.dep_ in OBJECT_DEPS and token.lower_ not in ("his", "her", "its")
    # the clause the pronoun sits in: the first verb above it
    node = token
    first_clause = True
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if want == "police" and node.lemma_.lower() in SPEECH_VERBS:
            return None  # "police said they may face prosecution": "they" are as often those the police speak of
        if not (first_clause and reflexive_barrier):
            for child in node.children:
                if want == "police" and child.i > token.i:
                    continue  # "They were charged, police said": the reporting clause is no antecedent
                if child.dep_ in SUBJECT_DEPS and child.i < token.i or (
                        child.dep_ in SUBJECT_DEPS and want not in ("person", "group")):
                    m = index.get(child.i)
                    if m is not None and m is not exclude and _fits(m, want, doc):
                        return m
            if want in ("police", "group") and node.i != token.head.i and any(
                    c.dep_ in SUBJECT_DEPS and c.i != token.i for c in node.children):
                # only the nearest clause with a subject of its own: in "bombers killed 23 when they blew
                # themselves up, police said", "they" are the bombers, not the police of the reporting verb
                return None
        first_clause = False
    # no governing subject: the main subject of the previous sentence, for "he"/"she"/"its" only ("it is
    # clear that...", "it is the US that..." are expletives far more often than references)
    if token.lower_ == "it":
        return None
    if want == "group" and quoted(doc, token):
        return None  # a quoted "they" is the speaker's: "the persons who did the attack ... They killed even children"
    sent_start = table.sent_start(token.i)
    if sent_start == 0:
        return None
    root = doc[table.sent_start(sent_start - 1):table.sent_end(sent_start - 1)].root
    for child in root.children:
        if child.dep_ in SUBJECT_DEPS:
            # only the subject itself: an actor inside the subject's prepositional phrase is not its topic
            m = index.get(child.i)
            if m is not None and m is not exclude and _fits(m, want, doc):
                return m
    return None
