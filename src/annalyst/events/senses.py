"""Senses chosen by their arguments: a lexicon ``sense`` row (``lang/en/lexicon.tsv``) gives a verb
(with a particle, or any) the code its argument calls for: "called off a ceasefire" ends the
ceasefire (the object's head is of the ``@truce`` set), it does not declare one; "warned Beijing that
WTO membership was crucial" states a view (the content clause is about another party, unconditioned),
it threatens no one.  docs/events.md "Senses by argument".

An argument class is a lexicon ``@set`` (the role's head word must be in it) or a named test below.
A sense refines the verb's own reading only: it applies while the event's code is still of the root
the lexicon gave the verb (a code another rule assigned stays).

Roles: ``object`` (the object's head; of an event noun, the object of its "on"/"against" phrase), ``patient``
(what the act is done to: the object or passive subject, a part's whole, and the nouns of their "of" phrases:
"seized half a ton of opium"),
``content`` (the content clause), ``complement`` (its infinitive or participle complement: "asked not to be
identified"), ``predicative`` (its predicative complement: "pleaded guilty"), ``modifier`` (an event noun's adjectives: "a verbal attack"),
``adjunct`` (the heads of the prepositional phrases of the predicate and of its object: "attacked X in a
speech", "expressed regret over the deaths"), ``phrase`` (the words of those phrases opened by the row's
particle only: "agreed in principle *with the plans*", "dismissed the budget *as spending plans*"; the
"on" phrase of "agreed with the IMF on a programme" is no "with" phrase) and
``clause`` (any word of the sentence: the domain the predicate is used in).  A class written ``!@set``
holds when no word of the role is in the set ("booked" with no custody word); the class ``*`` holds when the
role names any word ("demonstrated that the vote counts": a content clause).  The code ``-`` says the
sense is no political event at all: the candidate is dropped ("Rooney was booked for a foul", "the
striker's shot")."""

from __future__ import annotations

from typing import Any, Callable, Optional

from annalyst.errors import ModelError
from annalyst.events import structure as st
from annalyst.events.frames import Candidate
from annalyst.events.happenings import about_another_party, in_class
from annalyst.events.lexicon import Lexicon, Sense
from annalyst.events.nonevents import _patient_heads as patient_heads

PARTICLE = st.LANG.labels("sense_particle")  # "called off", "warned against"

ANY_PREDICATE = "*"  # a sense row's lemma that stands for every predicate
ANY_ARGUMENT = "*"  # a sense row's class that holds when its role names any word ("demonstrated that ...")
NO_EVENT = "-"  # a sense code: the predicate is used in a sense that is no political event
CONTENT = st.LANG.labels("content_clause")
COMPLEMENT = st.LANG.labels("complement_clause")
AUX_LABELS = st.LANG.labels("aux_labels")
PASSIVE_SUBJ = st.LANG.labels("passive_marks")
PAST_PARTICIPLE = st.LANG.labels("past_participle_tags")
GERUND_TAGS = st.LANG.labels("gerund_tags")  # "Striking mine workers ...": a present participle
MODIFIER = st.LANG.labels("noun_modifier")
PREDICATIVE = st.LANG.labels("predicative")
OBJECT = st.LANG.labels("object")
SPORT_WORDS, SPORT_STORY_WORDS, SPORT_GUARD = "@sport", "@sportstory", "@sportguard"
SPORT_BUSINESS = "@business"  # words of business (of games too): takeovers, shares, stakes, bids
SPORT_STORY = 3  # distinct game words that make a whole story (with one @sport word) one about games
BUSINESS_STORY = 3  # distinct business words that make a story of games one about a club's business
STATE_SECTORS = st.STATE_SECTORS
PERSON_PATIENT = st.ONT.codes("person_patient")  # acts done to persons: arrest, release of persons
PERSON_ENTITIES = st.LANG.labels("person_entities")  # a name of people, a group, a state
COUNT_TAGS = st.LANG.labels("count_tags")  # "arrested 12", "picked up dozens": a count of people
COMMON_NOUN = st.LANG.labels("common_noun_pos")  # only a common noun is judged a thing
THING_PRONOUNS = st.LANG.words("object_thing_pronouns")  # "taken it up": a pronoun for a thing
UNTENSED = st.LANG.labels("untensed_verb_tags")  # "consider buying", "consider whether to act": an action weighed
OWN_POSSESSIVES = st.LANG.words("own_possessives")  # "his movement", "our forces"
PERSONAL_PRONOUNS = st.LANG.words("personal_pronouns")  # "he", "we", "they"
WORKFORCE, STRIKE_VERBS = "@workforce", "@strikeverb"  # "the union", "workers"; "strike"
LABOUR_SECTORS = st.LANG.words("labour_sectors")  # the actor sector of unions and workers
PERSON_SETS = ("@person", "@captive", "@suspect")  # lexicon sets of people an act is done to
PERSON_SUFFIXES = tuple(st.LANG.words("person_suffixes"))  # "protesters", "militants", "civilians", "gunmen"
PEOPLE_NOUNS = st.LANG.words("people_nouns")  # "men", "youths", "members", "crowd"
OF_PREPS = st.LANG.words("of_preps")
CONSULT = st.ONT.codes("consult")  # meetings and visits (04): a verb of going read as one needs somewhere to go
VIOLENT = st.ONT.codes("violent")  # assault, fight, mass violence (18-20)
PLACE_ENTITIES = st.LANG.labels("place_entity_types")  # "left for Brussels", "came to Qatar"
CONTEST_SECTORS = st.LANG.words("contest_sectors")  # parties, legislators, unions: they fight with words and votes
POSSESSOR = st.LANG.labels("possessor")  # "the party's attack"
NOMINAL_POS = st.LANG.labels("nominal_pos")  # a noun, a name or a pronoun can name a person; a clause cannot
DEPICTION = "@depiction"  # "a letter", "two videos of the hostages": records, not persons
PROTEST = st.ONT.codes("protest")  # 14: obstructing passage is protest only when no state does it
CONTESTANT, VIOLENCE_SIGNS = "@contestant", "@sportguard"  # "parties", "Republican"; "killed", "bomb", "riot"
MONEY_ENTITIES = st.LANG.labels("money_entities")  # "$5 million": a sum of money


def _sport_story(doc: Any, lex: Lexicon) -> bool:
    """Whether the document is a story about games: a ``@sport`` word and ``SPORT_STORY`` distinct words of
    ``@sport`` and ``@sportstory``, and fewer than ``BUSINESS_STORY`` distinct ``@business`` words (a
    takeover of a club, its shares and its bidders is business news, not a game; read once per parsed
    document)."""
    key = "annalyst.sport_story"
    if key not in doc.user_data:
        sport = lex.sets.get(SPORT_WORDS, frozenset())
        words = {w for t in doc for w in (t.lemma_.lower(), t.lower_)}
        game = bool(words & sport) and \
            len(words & (sport | lex.sets.get(SPORT_STORY_WORDS, frozenset()))) >= SPORT_STORY
        doc.user_data[key] = game and len(words & lex.sets.get(SPORT_BUSINESS, frozenset())) < BUSINESS_STORY
    return doc.user_data[key]


def _sport_play(cand: Candidate, lex: Lexicon) -> bool:
    """The sentence is about a game: it holds a ``@sport`` word, or its story is one about games, and it holds
    no ``@sportguard`` word, and no party of the event is a state body ("the striker's shot hit the post",
    "Nadal beat Canas"; "a bomb exploded at the match, killing five" is no game, nor a fight of fans with
    police, nor the government banning a tour)."""
    if any(a.sector in STATE_SECTORS for a in cand.sources + cand.targets):
        return False
    sent = cand.pred.token.sent
    sport, guard = _sentence_game_words(sent, lex)
    return not guard and (sport or _sport_story(sent.doc, lex))


def _sentence_game_words(sent: Any, lex: Lexicon) -> tuple[bool, bool]:
    """(a ``@sport`` word, a ``@sportguard`` or ``@business`` word) in the sentence, read once per sentence
    of a document ("the bid for the football club" is about the club's business, not play)."""
    memo = sent.doc.user_data.setdefault("annalyst.sport_sentences", {})
    if sent.start not in memo:
        words = {w for t in sent for w in (t.lemma_.lower(), t.lower_)}
        guard = lex.sets.get(SPORT_GUARD, frozenset()) | lex.sets.get(SPORT_BUSINESS, frozenset())
        memo[sent.start] = (bool(words & lex.sets.get(SPORT_WORDS, frozenset())), bool(words & guard))
    return memo[sent.start]


def _bare_participle(cand: Candidate, lex: Lexicon) -> bool:
    """The predicate is a past participle with no auxiliary and no subject: a passive whose patient is the
    clause's subject ("When asked about the US role, Schieffer said ...": Schieffer was asked, he asks no one)."""
    tok = cand.pred.token
    return not cand.pred.nominal and tok.tag_ in PAST_PARTICIPLE and \
        not any(c.dep_ in AUX_LABELS or c.dep_ in st.SUBJ or c.dep_ in PASSIVE_SUBJ for c in tok.children)


def _workforce_participle(cand: Candidate, lex: Lexicon) -> bool:
    """A present participle with no auxiliary and no subject whose object is a ``@workforce`` word: the parser's
    reading of the adjective in "Striking mine workers braved the sun" (the workers are on strike; "police were
    striking workers" has its auxiliary and subject and stays an assault)."""
    tok = cand.pred.token
    if cand.pred.nominal or tok.tag_ not in GERUND_TAGS or any(
            c.dep_ in AUX_LABELS or c.dep_ in st.SUBJ or c.dep_ in PASSIVE_SUBJ for c in tok.children):
        return False
    head = _object_head(cand)
    workforce = lex.sets.get(WORKFORCE, frozenset())
    return head is not None and (head.lemma_.lower() in workforce or head.lower_ in workforce)


def _peopled(head: Any, cand: Candidate, lex: Lexicon) -> bool:
    """The patient's head (or the noun of its "of" phrase: "dozens of protesters") names people: a name of
    people, a group or a state, a count, a pronoun for persons, any word not a common noun, a noun of people (a
    word class, a person suffix, a lexicon set of people or agent nouns), or the text of an actor the event got;
    never a ``@depiction`` (a letter, a video, a report: what tells of people or shows them, with its "of" phrase)."""
    depictions = lex.sets.get(DEPICTION, frozenset())
    if head.lemma_.lower() in depictions or head.lower_ in depictions:
        return False  # "released a letter", "released two videos of the hostages": what shows people is no person
    heads = [head] + [g for p in head.children if p.dep_ == "prep" and p.lower_ in OF_PREPS
                      for g in p.children if g.dep_ == "pobj"]
    return any(_names_people(h, cand, lex) for h in heads)


def _names_people(head: Any, cand: Candidate, lex: Lexicon) -> bool:
    if head.ent_type_ in PERSON_ENTITIES or head.tag_ in COUNT_TAGS:
        return True
    if head.pos_ == "PRON":
        return head.lower_ not in THING_PRONOUNS
    if head.pos_ not in COMMON_NOUN:
        return True  # a name, or a word the tagger got wrong ("azmal was picked up"): may be a person
    word = head.lower_
    words = frozenset().union(*(lex.sets.get(name, frozenset()) for name in PERSON_SETS)) | PEOPLE_NOUNS \
        | (cand.frame.agents if cand.frame is not None else frozenset())
    if head.lemma_.lower() in words or word in words or word.endswith(PERSON_SUFFIXES):
        return True
    return any(head.text in (a.text or "") for a in cand.sources + cand.targets)


def _unpeopled_patient(cand: Candidate, lex: Lexicon) -> bool:
    """An act done to persons (code class ``person_patient``: an arrest, a release of persons) read from a
    verb whose patient names no people is another sense of the verb: "picked up the award", "the loan had been
    held up", "exercises held under an agreement", "took up arms", "released a trial tool".  No patient
    named: the frame decides."""
    if (cand.code or cand.pred.code) not in PERSON_PATIENT:
        return False
    heads = patient_heads(cand)
    return bool(heads) and not any(_peopled(h, cand, lex) for h in heads)


def _peopled_patient(cand: Candidate, lex: Lexicon) -> bool:
    """The verb's patient names people (see ``_peopled``): "questioned Morrison", "grilled security officials",
    "questioned five suspects" (an inquiry into persons), not "questioned the decision" (doubt about an act) nor
    "questioning how he can propose quotas" (a clause is no person)."""
    tok = cand.pred.token
    # the noun a participle modifies is its patient only when passive ("an officer being questioned"): "people
    # questioning how ..." question
    active = tok.tag_ not in PAST_PARTICIPLE
    return any(h.pos_ in NOMINAL_POS and not (active and h.i == tok.head.i) and _peopled(h, cand, lex)
               for h in patient_heads(cand))


def _state_agent(cand: Candidate, lex: Lexicon) -> bool:
    """A protest code (14: "obstruct passage, block") whose agent is a state or a state body (an actor of kind
    ``state`` with no sector, or of a state sector): a blockade imposed ("Israel's blockade of Gaza", "the regime is blocking
    them from access to food"), which CAMEO files under 191, not a protesters' blockade."""
    if (cand.code or cand.pred.code) not in PROTEST:
        return False
    # a state named as itself has no sector ("Israel", "Russia"); "Young Algerians", "French paper workers" are
    # of a country (kind state) but of a civilian sector: their blockade is a protest
    return any(a.sector in STATE_SECTORS or a.kind == "state" and not a.sector for a in cand.sources)


def _opinion_clause(cand: Candidate, lex: Lexicon) -> bool:
    """The verb's content clause states a judgement, not an action weighed: its head is no untensed verb
    ("considers the accord inactive", "considers that the plan is dead"; not "would consider buying
    newspapers", "considers whether to impose sanctions")."""
    tok = cand.pred.token
    return any(c.dep_ in CONTENT for c in tok.children) and \
        not any(c.tag_ in UNTENSED for c in tok.children if c.dep_ in CONTENT or c.dep_ in COMPLEMENT)


def _own_conduct(cand: Candidate, lex: Lexicon) -> bool:
    """The content clause tells of the speaker's own side: its subject is a personal pronoun or a noun with an
    own possessive ("admitted his movement was holding out for cabinet posts", "admitted they had erred"),
    not a state of the world ("admitted there is little more they can do", "tough negotiations remained")."""
    for clause in (c for c in cand.pred.token.children if c.dep_ in CONTENT):
        for subj in (c for c in clause.children if c.dep_ in st.SUBJ or c.dep_ in PASSIVE_SUBJ):
            if subj.lower_ in PERSONAL_PRONOUNS or any(d.lower_ in OWN_POSSESSIVES for d in subj.children):
                return True
    return False


def _own_object(cand: Candidate, lex: Lexicon) -> bool:
    """The object is the agent's own, by an own possessive on it or on its possessor ("defended his tax
    reform plans", "defend his party's plans"): defending one's own record states one's position (CAMEO 052
    defends *another* actor's policies or rights)."""
    obj = _object_head(cand)
    if obj is None:
        return False
    owners = [c for c in obj.children if c.dep_ == "poss"]
    owners += [d for o in owners for d in o.children if d.dep_ == "poss"]
    return any(o.lower_ in OWN_POSSESSIVES for o in owners)


def _named_act(cand: Candidate, lex: Lexicon) -> bool:
    """The verb's code is its object's own event-noun code (or a sub-code): the verb only names the act it talks about
    ("described the release as overdue", "described the attack as cowardly": a PETRARCH pattern of the verb's
    group gave the noun's code), it does not do it."""
    obj = _object_head(cand)
    if obj is None:
        return False
    own = lex.nouns.get(obj.lemma_.lower()) or lex.nouns.get(obj.lower_)
    return own is not None and cand.pred.code.startswith(own)  # the noun's code or a sub-code of it (084: 0841)


def _labour_strike(cand: Candidate, lex: Lexicon) -> bool:
    """A workforce (a ``@workforce`` subject, or a source of a labour sector) with a complement verb of striking
    (``@strikeverb``): a strike threatened or vowed, not an armed strike ("The union has threatened to strike
    at 1000 EDT on Thursday unless ...")."""
    tok = cand.pred.token
    strikes = lex.sets.get(STRIKE_VERBS, frozenset())
    if not any(c.dep_ in COMPLEMENT and c.lemma_.lower() in strikes for c in tok.children):
        return False
    workforce = lex.sets.get(WORKFORCE, frozenset())
    subjects = [c for c in tok.children if c.dep_ in st.SUBJ]
    return any(s.lemma_.lower() in workforce or s.lower_ in workforce for s in subjects) or \
        any((a.sector or "").lower() in LABOUR_SECTORS for a in cand.sources)


def _no_destination(cand: Candidate, lex: Lexicon) -> bool:
    """A meeting or visit (04) read from a verb of going ("leave", "come") that goes nowhere: its subject is a
    thing pronoun ("when it comes to the President"), or neither its object nor the nouns of its phrases (and
    theirs, one deep) name a place, people or a gathering ("teachers leaving for other jobs", "leaving no money
    for schemes", "would leave universities dependent", "Leaving a Brussels summit, Mr Blair said": what is
    left is no destination; "left for talks", "came to Qatar", "came to him" stay)."""
    tok = cand.pred.token
    if (cand.code or cand.pred.code) not in CONSULT:
        return False
    if any(c.dep_ in st.SUBJ and c.lower_ in THING_PRONOUNS for c in tok.children):
        return True
    objects = [c for c in tok.children if c.dep_ in OBJECT]
    phrases = [g for h in [tok] + objects for p in h.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    phrases += [g for h in phrases for p in h.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return not any(n.ent_type_ in PLACE_ENTITIES or _names_people(n, cand, lex) for n in objects + phrases) and \
        not any(lex.nouns.get(n.lemma_.lower(), "") in CONSULT for n in phrases)


def _political_contest(cand: Candidate, lex: Lexicon) -> bool:
    """Force (18-20) whose agent is a contestant of politics: a party, a legislator or a union (an actor of a
    ``contest_sectors`` sector and none of another; or a ``@contestant`` word as the verb's subject, the event
    noun's modifier or in a source's name), in a sentence with no sign of violence (``@sportguard``: killed,
    bomb, riot ...): "Republican attacks on Vindman", "the two big parties battling over taxes", "union leaders
    joined attacks on a wage freeze" are words and votes, no force."""
    if (cand.code or cand.pred.code) not in VIOLENT:
        return False
    tok = cand.pred.token
    words = {w.lemma_.lower() for w in tok.sent} | {w.lower_ for w in tok.sent}
    if words & lex.sets.get(VIOLENCE_SIGNS, frozenset()):
        return False
    sectors = {(a.sector or "").lower() for a in cand.sources if a.sector}
    if sectors and sectors <= CONTEST_SECTORS:
        return True
    if sectors:
        return False  # an armed or state agent keeps its force
    noun = cand.pred.noun if cand.pred.noun is not None else (tok if cand.pred.nominal else None)
    agents = [c for c in tok.children if c.dep_ in st.SUBJ] + \
        ([c for c in noun.children if c.dep_ in MODIFIER or c.dep_ in POSSESSOR] if noun is not None else [])
    names = [w.lower() for a in cand.sources for w in (a.text or "").split()]
    contestants = lex.sets.get(CONTESTANT, frozenset())
    return any(t.lemma_.lower() in contestants or t.lower_ in contestants for t in agents) or \
        any(w in contestants for w in names)


POLITICAL_PERSON_SECTORS = frozenset(w.lower() for w in st.LANG.words("political_person_sectors"))
ARMED = frozenset(w.lower() for w in st.LANG.words("armed_sectors"))  # armies, police, rebels
PERSON_KIND = "person"  # ActorRef.kind of one named individual (actors/kb.py)


def _personal_contest(cand: Candidate, lex: Lexicon) -> bool:
    """Force (18-20) between politicians in a sentence with no sign of violence (``@sportguard``): every doer one
    named person of a ``political_person_sectors`` sector (a minister, a candidate, a legislator), and every one
    acted on a person of no armed sector, or no one named: "Clinton continued her attacks on Trump" are words
    (CAMEO 111), not blows.  A private person's attack ("Mair attacked Cox") and an attack on a state, a town or a
    force keep their force."""
    if (cand.code or cand.pred.code) not in VIOLENT or not cand.sources:
        return False
    words = {w.lemma_.lower() for w in cand.pred.token.sent} | {w.lower_ for w in cand.pred.token.sent}
    if words & lex.sets.get(VIOLENCE_SIGNS, frozenset()):
        return False
    politicians = all(a.kind == PERSON_KIND and (a.sector or "").lower() in POLITICAL_PERSON_SECTORS
                      for a in cand.sources)
    return politicians and all(t.kind == PERSON_KIND and (t.sector or "").lower() not in ARMED for t in cand.targets)


MONEY_SETS = ("@money", "@funding", "@currency", "@sum")  # money, loans and credits, currencies, wire units
POLICY_TOPIC = "topic_policy"  # tax cuts, subsidies, wages: what a sum can measure that is no aid


def _pledged_money(cand: Candidate, lex: Lexicon) -> bool:
    """What is pledged is money given: a word of a patient (or of its "of" phrases) of a ``MONEY_SETS`` class or
    inside a money entity ("pledged 97 pct of the loan", "pledged 500 mln dlrs", "committed money"), and neither the
    patient nor a phrase of the verb names a policy (``cue topic_policy``: "promised £4bn in tax cuts" measures a
    policy, it gives no aid)."""
    heads = patient_heads(cand)
    money = frozenset().union(*(lex.sets.get(name, frozenset()) for name in MONEY_SETS))
    if not any(w.ent_type_ in MONEY_ENTITIES or w.lemma_.lower() in money or w.lower_ in money
               for h in heads for w in _with_of_phrase(h)):
        return False
    policy = lex.cue(POLICY_TOPIC)
    words = [t for h in heads for t in h.subtree] + _role_words(cand, "adjunct")
    return not any(t.lemma_.lower() in policy or t.lower_ in policy for t in words)


WITH_PREPS = st.LANG.words("accord_preps")  # "agree with him": whom one agrees with
TIME_ENTITIES = st.LANG.labels("time_entities")  # "agreed with him on Tuesday": when, not on what


def _accord_with_person(cand: Candidate, lex: Lexicon) -> bool:
    """Agreeing with someone and nothing more: a "with" phrase naming people (see ``_names_people``: "I agree with
    him", "agreed with Mr Forsyth") and no object, content clause, complement or other phrase of the verb but one of
    time: a view shared, no commitment (CAMEO 019).  "agreed with Turkey to compensate the families" (a complement)
    and "agreed with the IMF on a programme" (what is agreed) are agreements."""
    tok = cand.pred.token
    if cand.pred.nominal or any(c.dep_ in OBJECT or c.dep_ in CONTENT or c.dep_ in COMPLEMENT for c in tok.children):
        return False
    phrases = [p for p in tok.children if p.dep_ == "prep"]
    partners = [g for p in phrases if p.lower_ in WITH_PREPS for g in p.children if g.dep_ == "pobj"]
    others = [g for p in phrases if p.lower_ not in WITH_PREPS for g in p.children]
    return any(_names_people(g, cand, lex) for g in partners) and all(g.ent_type_ in TIME_ENTITIES for g in others)


# named argument tests: (candidate, lexicon) -> whether its argument is of the class
ARGUMENT_TESTS: dict[str, Callable[[Candidate, Lexicon], bool]] = {
    "other_party": lambda cand, lex: about_another_party(cand),
    "sport_play": _sport_play,
    "bare_participle": _bare_participle,
    "unpeopled_patient": _unpeopled_patient,
    "opinion_clause": _opinion_clause,
    "own_conduct": _own_conduct,
    # (reads the object through _object_head, defined further down: called through a lambda)
    "own_object": lambda cand, lex: _own_object(cand, lex),
    "named_act": _named_act,
    "workforce_participle": _workforce_participle,
    "labour_strike": _labour_strike,
    # (the tests below read the argument roles, defined further down: called through a lambda)
    "regret_over_loss": lambda cand, lex: _regret_over_loss(cand, lex),
    "court_appeal": lambda cand, lex: _argument_phrase(cand, lex, "@appealprep", "@courtruling"),
    "electoral_goal": lambda cand, lex: _electoral_goal(cand, lex),
    "no_destination": _no_destination,
    "peopled_patient": _peopled_patient,
    "state_agent": _state_agent,
    "political_contest": _political_contest,
    "personal_contest": _personal_contest,
    "pledged_money": _pledged_money,
    "accord_with_person": _accord_with_person,
}
ROLES = ("object", "patient", "content", "complement", "predicative", "modifier", "adjunct", "phrase", "clause")


def _object_head(cand: Candidate) -> Optional[Any]:
    """The object the verb acts on: a light verb's event noun ("called off a ceasefire"), else its object;
    of an event noun, the object of its target phrase ("an attack on Blair's record")."""
    pred = cand.pred
    if pred.nominal:
        return next((g for p in pred.token.children if p.dep_ == "prep" and p.lower_ in st.TARGET_PREPS
                     for g in p.children if g.dep_ == "pobj"), None)
    return pred.noun if pred.noun is not None and pred.noun is not pred.token else st.object_noun(pred.token)


def _with_of_phrase(head: Any, depth: int = 2) -> list[Any]:
    """A noun and the nouns of its "of" phrases, two deep: "half a ton of opium", "2 tonnes of cocaine"."""
    words, frontier = [head], [head]
    for _ in range(depth):
        frontier = [g for h in frontier for p in h.children if p.dep_ == "prep" and p.lower_ in OF_PREPS
                    for g in p.children if g.dep_ == "pobj"]
        words += frontier
    return words


def _regret_over_loss(cand: Candidate, lex: Lexicon) -> bool:
    """Regret (a ``@regret`` verb or object: "regretted", "expressed regret") over deaths or injuries (a
    ``@casualty`` word as its object or in its phrases): sympathy, not disapproval ("expressed regret for the
    deaths"; "expressed concern / anger over the deaths" keep their own codes)."""
    regret, loss = lex.sets.get("@regret", frozenset()), lex.sets.get("@casualty", frozenset())
    head = _object_head(cand)
    if cand.pred.token.lemma_.lower() not in regret and (head is None or head.lemma_.lower() not in regret):
        return False
    words = _role_words(cand, "adjunct") + ([head] if head is not None else [])
    return any(w.lemma_.lower() in loss or w.lower_ in loss for w in words)


def _argument_phrase(cand: Candidate, lex: Lexicon, preps: str, nouns: str) -> bool:
    """A phrase of the verb (or of its object) whose preposition is of the set ``preps`` and whose noun is of
    ``nouns``: "appeal against the decision", "appealed to the Supreme Court" (not "appealed for calm after the
    ruling": the ruling is when, not what, the appeal is)."""
    prep_words, noun_words = lex.sets.get(preps, frozenset()), lex.sets.get(nouns, frozenset())
    head = _object_head(cand)
    return any(p.dep_ == "prep" and p.lower_ in prep_words and (g.lemma_.lower() in noun_words or g.lower_ in noun_words)
               for h in (cand.pred.token, head) if h is not None for p in h.children for g in p.children
               if g.dep_ == "pobj")


def _electoral_goal(cand: Candidate, lex: Lexicon) -> bool:
    """The verb's infinitive complement acts on a vote: "battle to win the election", "fight to keep his seat"
    (its object is an ``@electoral`` word; "fought to seize the capital before the election" is no campaign)."""
    electoral = lex.sets.get("@electoral", frozenset())
    return any(c.dep_ in COMPLEMENT and any(o.dep_ in OBJECT and (o.lemma_.lower() in electoral or o.lower_ in electoral)
                                            for o in c.children)
               for c in cand.pred.token.children)


def _particle_phrase(cand: Candidate, particle: str) -> list[Any]:
    """The words of the phrases that ``particle`` opens on the predicate or on its object: the phrase's noun
    with its own "of" phrase, or whatever the preposition governs ("dismissed the figure as illusory")."""
    pred = cand.pred
    noun = pred.noun if pred.noun is not None else (pred.token if pred.nominal else None)
    heads = [h for h in (pred.token, noun if noun is not None else _object_head(cand)) if h is not None]
    return [w for h in heads for p in h.children if p.dep_ in PARTICLE and p.lower_ == particle
            for g in p.children for w in _with_of_phrase(g, depth=1)]


def _role_words(cand: Candidate, role: str, particle: str = "") -> list[Any]:
    """The words a role names (see the module's docstring); ``phrase`` reads the phrases of ``particle``."""
    pred = cand.pred
    if role == "phrase":
        return _particle_phrase(cand, particle)
    noun = pred.noun if pred.noun is not None else (pred.token if pred.nominal else None)
    if role == "object":
        head = _object_head(cand)
        return [head] if head is not None else []
    if role == "patient":
        return [w for h in patient_heads(cand) for w in _with_of_phrase(h)]
    if role == "content":
        return [t for c in pred.token.children if c.dep_ in CONTENT for t in c.subtree]
    if role == "complement":
        return [t for c in pred.token.children if c.dep_ in COMPLEMENT for t in c.subtree]
    if role == "predicative":
        return [c for c in pred.token.children if c.dep_ in PREDICATIVE]
    if role == "modifier":
        return [c for c in noun.children if c.dep_ in MODIFIER] if noun is not None else []
    if role == "adjunct":
        # the verb's and its object's phrases: "expressed regret over the deaths" (the phrase hangs on "regret"),
        # with the noun of a phrase's own "of" phrase ("talking to a group of mediapersons")
        heads = [h for h in (pred.token, noun if noun is not None else _object_head(cand)) if h is not None]
        return [w for h in heads for p in h.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
                for w in _with_of_phrase(g, depth=1)]
    return list(pred.token.sent)


def _argument_is(cand: Candidate, sense: Sense, lex: Lexicon) -> bool:
    negated = sense.arg_class.startswith("!")
    name = sense.arg_class.lstrip("!")
    if name == ANY_ARGUMENT:
        return bool(_role_words(cand, sense.role, sense.particle)) != negated
    if name.startswith("@"):
        words = lex.sets.get(name, frozenset())
        found = any(t.lemma_.lower() in words or t.lower_ in words
                    for t in _role_words(cand, sense.role, sense.particle))
        return found != negated
    return ARGUMENT_TESTS[name](cand, lex) != negated


def _senses_of(tok: Any, lex: Lexicon) -> tuple[Sense, ...]:
    """The rows of the first sense lemma (in the lexicon's order) that ``in_class`` finds the token in:
    the token's forms are read once, not once per sense lemma (throughput)."""
    forms = _class_forms(tok)
    for lemma in lex.senses:
        if lemma != ANY_PREDICATE and lemma in forms:
            return lex.senses[lemma]
    return ()


def _class_forms(tok: Any) -> frozenset[str]:
    """The words ``in_class`` tests a token by: ``in_class(tok, words)`` is ``bool(words & _class_forms(tok))``."""
    low = tok.lower_
    return frozenset(w for w in (tok.lemma_.lower(), low, low[:-1], low[:-2]) if w)


def _predicate_senses(cand: Candidate, lex: Lexicon) -> tuple[Sense, ...]:
    """The senses of the predicate's verb, then of its event noun ("launched a verbal attack": attack), then
    the rows for every predicate (lemma ``*``)."""
    pred = cand.pred
    found = () if pred.nominal else _senses_of(pred.token, lex)
    noun = pred.noun if pred.noun is not None else (pred.token if pred.nominal else None)
    found += _senses_of(noun, lex) if noun is not None and noun is not pred.token or pred.nominal else ()
    return found + lex.senses.get(ANY_PREDICATE, ())  # rows for every predicate ("*"): the domain decides


def check_senses(lex: Lexicon) -> None:
    """Every sense row names a known role and argument class (a bad row stops the coder at start-up)."""
    for lemma, senses in lex.senses.items():
        for sense in senses:
            name = sense.arg_class.lstrip("!")
            known = name in ARGUMENT_TESTS or name == ANY_ARGUMENT or (name.startswith("@") and name in lex.sets)
            if sense.role == "phrase" and not sense.particle:
                raise ModelError(f"The lexicon's sense row for {lemma!r} reads the role 'phrase' but names no particle: "
                                 "the role is the phrases the particle opens.",
                                 "Name the preposition after the lemma in lang/en/lexicon.tsv (sense agree with phrase ...).")
            if sense.role not in ROLES or not known:
                raise ModelError(f"The lexicon's sense row for {lemma!r} names role {sense.role!r} and argument class "
                                 f"{sense.arg_class!r}; roles are {', '.join(ROLES)}, classes a lexicon @set or one of "
                                 f"{', '.join(sorted(ARGUMENT_TESTS))}, or * for any word ('!' before a class negates it).",
                                 "Correct the sense row in lang/en/lexicon.tsv (or your verbs dictionary).")


def choose_senses(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Re-code each candidate whose argument selects another sense of its predicate; the candidates
    less those whose sense is no political event (code ``-``)."""
    if not lex.senses:
        return cands
    kept = []
    for cand in cands:
        if _chosen_sense(cand, lex) != NO_EVENT:
            kept.append(cand)
    return kept


def _has_particle(cand: Candidate, word: str) -> bool:
    """The verb's particle or preposition is ``word``: "called off", "warned against raising the alarm"; the
    preposition may hang on the verb's object ("warned both parties against pandering")."""
    heads = [cand.pred.token] + [c for c in cand.pred.token.children if c.dep_ in OBJECT]
    return any(c.dep_ in PARTICLE and c.lower_ == word for h in heads for c in h.children)


def _chosen_sense(cand: Candidate, lex: Lexicon) -> str:
    """Apply the first sense whose argument holds; its code ('' when none applies)."""
    pred = cand.pred
    code = cand.code or pred.code
    # another rule re-coded it (an intent, a threat, a demand): the verb's own re-codings no longer apply, but a
    # sense that is no political event still does ("would help fight crime": no threat of force)
    recoded = code[:2] != pred.code[:2]
    for sense in _predicate_senses(cand, lex):
        if recoded and sense.code != NO_EVENT:
            continue
        if sense.particle and not _has_particle(cand, sense.particle):
            continue
        if _argument_is(cand, sense, lex):
            if sense.code != NO_EVENT:
                cand.code = sense.code
            if cand.frame is not None:  # why the event has this code, or none (``annalyst frames``)
                cand.frame.filled_by["sense"] = f"{sense.particle or '-'} {sense.role} {sense.arg_class} -> {sense.code}"
            return sense.code
    return ""
