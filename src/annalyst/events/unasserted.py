"""Acts a to-infinitive names and its clause does not assert (issue 14, the audits' MODAL and NONEVENT
classes: "plans stored as facts"):

* **the purpose of an act not asserted**: a to-clause of purpose whose governing act is itself only
  announced, possible or sought: it carries a modal or future auxiliary ("lawmakers would take action to
  prevent the use of test scores", "Japan would complain ... and seek new talks to resolve the issue"), or
  it is itself an infinitive ("called for persons to join forces to quell the violence"), or its
  governor is an attempt word that is not narrated as done ("should ... try to prevent it"; "tried to"
  in the past is left to the modality rules: the act was carried out or tried).  The purpose of a narrated
  act stays: "police fired tear gas to disperse the miners", "teachers surrounded the Statehouse to call
  for better pay".  The purpose of something asked for is not done either ("the White House asked Congress
  for 2.50 billion dlrs to fund the acid rain fight").
* **another party's act that is pressed for**: an infinitive act that a verb or noun of pressing, asking,
  getting or needing (``pressing_words``) puts to another party: the governor has an object ("the U.S. has
  been pressing Japan to discuss the rice issue", "instructed the committee to assist ... and to support"),
  the infinitive has its own subject ("efforts to get Ukraine to investigate", "a need for Ukraine to launch
  investigations"), or the governor is a noun of request ("Trump's request to the Ukrainian president to
  investigate rivals"); so is a gerund it presses another party into ("to pressure Zelensky into announcing
  an inquiry").  The content of pressure is no happening; the pressure may be one (its own event).
* **an act only wanted, or beyond reach**: a to-infinitive complement of a word of wanting, hoping, intending,
  shunning or being unable (``unrealised_governors``: "wanted to meet", "intended to threaten shipping", "hoped to
  conclude the talks", "are reluctant to acknowledge", "unable to stop all attacks"), or of being able
  (``capacity_governors``) unless a past clause narrates it ("will be able to offer specifics"; "was able to
  disperse the crowd" did).

Words and labels are classes of the language bundle (``lang/en/words.tsv``: ``pressing_words``, ``causing_words``, ``pressed_preps``,
``modal_aux``, ``future_aux``, ``attempt_words``, ``unrealised_governors``, ``capacity_governors``; ``labels.tsv``: ``purpose_adverbial``, ``chain_link``,
``pressed_clause``, ``pressed_gerund``, ``complement_clause``, ``predicate_adjective``, ``gerund_tags``, ``base_form_tags``, ``noun_clause``, ``infinitive_marker``, ``coordination``, ``past_forms``, ``past_tags``, ``subj``).  Which codes each test applies to is data: the ``veto`` rows of
``codes/data/code_rules.tsv`` (``events.vetoes``).  docs/events.md "Not events"."""

from __future__ import annotations

from typing import Any

from annalyst.events import structure as st
from annalyst.events.frames import Candidate
from annalyst.events.happenings import in_class

PRESSING = st.LANG.words("pressing_words")
CAUSING = st.LANG.words("causing_words")
FINITE_PAST = st.LANG.labels("past_tags")  # a finite past only: "got him to sign"
MODAL_AUX = st.LANG.words("modal_aux") | st.LANG.words("future_aux")
ATTEMPT_WORDS = st.LANG.words("attempt_words")
INFINITIVE_TAGS = st.LANG.labels("infinitive_marker")
PURPOSE = st.LANG.labels("purpose_adverbial")
PRESSED_CLAUSE = st.LANG.labels("pressed_clause")
OBJECT = st.LANG.labels("object")
AUX_LABELS = st.LANG.labels("aux_labels")
PAST_FORMS = st.LANG.labels("past_forms")  # finite past or participle: "tried", "has tried"
NOUN_POS = st.LANG.labels("noun_pos")
NOUN_CLAUSE = st.LANG.labels("noun_clause")
PREP_OBJECT = st.LANG.labels("pressed_gerund")
PRESSED_PREPS = st.LANG.words("pressed_preps")
GERUND_TAGS = st.LANG.labels("gerund_tags")
BASE_FORMS = st.LANG.labels("base_form_tags")
CONJUNCT = st.LANG.labels("coordination")
CHAIN_HOPS = 4  # how far up a coordination or control chain a modal may sit ("would complain ... and seek")


def _infinitive(verb: Any) -> bool:
    """A to-infinitive: "to" marks the verb itself ("to resolve", "to be released")."""
    return any(c.dep_ in AUX_LABELS and c.tag_ in INFINITIVE_TAGS for c in verb.children)


def _first_conjunct(verb: Any) -> Any:
    """The first of coordinated verbs, whose clause role the others share ("to assist ... and to support");
    a tensed conjunct has a clause of its own ("urged X to help ... and called for an end": the call was made)."""
    if verb.dep_ in CONJUNCT and verb.tag_ not in BASE_FORMS | GERUND_TAGS:
        return verb
    for _ in range(CHAIN_HOPS):
        if verb.dep_ not in CONJUNCT or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _modal_up(verb: Any) -> bool:
    """The verb, or a verb it is coordinated with or controlled by, has a modal or future auxiliary."""
    for _ in range(CHAIN_HOPS):
        if any(c.dep_ in AUX_LABELS and c.lower_ in MODAL_AUX for c in verb.children):
            return True
        if verb.dep_ not in st.CHAIN_LINK or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _unasserted_governor(gov: Any, link: str) -> bool:
    """The act that a purpose clause (``link`` = its label) or an attempt complement hangs from is not asserted."""
    if gov.pos_ in NOUN_POS:
        return False
    if link in PURPOSE:
        return _modal_up(gov) or _infinitive(_first_conjunct(gov))
    # "should ... try to prevent it": an attempt not narrated as made ("tried to" in the past is)
    return gov.lemma_.lower() in ATTEMPT_WORDS and gov.tag_ not in PAST_FORMS and _modal_up(gov)


def _pressing(word: Any) -> bool:
    lemma = word.lemma_.lower()
    if lemma not in PRESSING and word.lower_ not in PRESSING:
        return False
    return not (lemma in CAUSING and word.tag_ in FINITE_PAST)  # "got him to sign": he signed


def _asked_for(noun: Any) -> bool:
    """The noun is what a pressing verb asks for: its object ("requested 50 mln dlrs") or the object of its
    preposition ("asked Congress for 2.50 billion dlrs")."""
    up = noun.head
    if noun.dep_ in OBJECT:
        return up.pos_ not in NOUN_POS and _pressing(up)
    return up.dep_ == "prep" and up.head.pos_ not in NOUN_POS and _pressing(up.head)


def unasserted_purpose(cand: Candidate) -> bool:
    """A to-infinitive act that is the purpose of, or attempted by, an act that is itself not asserted, or
    the purpose of something asked for ("asked Congress for 2.50 billion dlrs to fund the fight")."""
    if cand.pred.nominal:
        return False
    verb = _first_conjunct(cand.pred.token)
    if not _infinitive(verb) or verb.head.i == verb.i:
        return False
    if verb.dep_ in NOUN_CLAUSE and verb.head.pos_ in NOUN_POS:
        return _asked_for(verb.head)
    return _unasserted_governor(verb.head, verb.dep_)


def _pressed_gerund(verb: Any) -> bool:
    """A gerund under "into" that a pressing verb governs: "to pressure Zelensky into announcing an inquiry"."""
    prep = verb.head
    return verb.tag_ in GERUND_TAGS and verb.dep_ in PREP_OBJECT and prep.lower_ in PRESSED_PREPS \
        and prep.head.i != prep.i and prep.head.pos_ not in NOUN_POS and _pressing(prep.head)


def pressed_content(cand: Candidate) -> bool:
    """A to-infinitive act that a pressing, asking, getting or needing word puts to another party, or a gerund
    it presses another party into."""
    if cand.pred.nominal:
        return False
    verb = _first_conjunct(cand.pred.token)
    if _pressed_gerund(verb):
        return True
    if not _infinitive(verb) or verb.dep_ not in PRESSED_CLAUSE or verb.head.i == verb.i:
        return False
    gov = verb.head
    if not _pressing(gov):
        return False
    if gov.pos_ in NOUN_POS:
        return True  # "a request to investigate", "a need for Ukraine to launch": the content asked for
    own_subject = any(c.dep_ in st.SUBJ for c in verb.children)
    return own_subject or any(c.dep_ in OBJECT for c in gov.children)


# ----------------------------------------------------------------------------- wanted, not done
UNREALISED = st.LANG.words("unrealised_governors")
CAPACITY = st.LANG.words("capacity_governors")
COMPLEMENT = st.LANG.labels("complement_clause")
# the word "able" is the complement of a copula ("was able to"): the copula carries the clause's tense
PREDICATE_COMPLEMENT = st.LANG.labels("predicate_adjective")


def _narrated_past(word: Any) -> bool:
    """The clause of ``word`` (or of the copula it completes) is a past or a perfect with no modal on its chain:
    "was able to", "had only been able to monitor", not "will be able to", "would be able to"."""
    verb = word.head if word.dep_ in PREDICATE_COMPLEMENT and word.head.i != word.i else word
    return verb.tag_ in PAST_FORMS and not _modal_up(verb)


def desired_only(cand: Candidate) -> bool:
    """An act that a to-infinitive names as wanted, hoped for, intended, shunned or beyond reach (the complement
    of an ``unrealised_governors`` word), or as possible (of a ``capacity_governors`` word) where no past clause
    narrates it: nothing was done.  Not a negated one: "did not want to meet" refuses, a position left to the
    frame's refusal rules, which may have made it a rejection (12x) already: the flag is gone then, so the
    governor's own negation is read ("doesn't want to come", "does not intend to discuss")."""
    if cand.pred.nominal or NEGATED in cand.flags:
        return False
    verb = _first_conjunct(cand.pred.token)
    if not _infinitive(verb) or verb.dep_ not in COMPLEMENT or verb.head.i == verb.i:
        return False
    gov = verb.head
    if any(c.lower_ in st.NEGATORS and c.dep_ in st.NEGATOR_SLOT for c in gov.children):
        return False
    if in_class(gov, UNREALISED):  # "hoped" is lemmatized "hop"
        return True
    return in_class(gov, CAPACITY) and not _narrated_past(gov)


# ----------------------------------------------------------------------------- possibilities
POSSIBILITY_AUX = st.LANG.words("possibility_aux")
HYPOTHETICAL = "hypothetical"
NEGATED = "negated"


def _possibility_aux(verb: Any) -> bool:
    """The verb's clause carries an auxiliary of possibility (``possibility_aux``: may, might, could, can), on
    the verb or up its chain of coordinated and controlled verbs ("could erupt", "might hold", "can be
    destroyed", "could use ... to threaten")."""
    return any(c.dep_ in AUX_LABELS and c.lemma_.lower() in POSSIBILITY_AUX
               for v in st._modal_chain(verb) for c in v.children)


def _own_act(cand: Candidate) -> bool:
    """The act is the speaker's own ("Iran said it could close the strait"): an announced option, which CAMEO
    reads as the speaker's intent or threat, not a possibility weighed by an onlooker."""
    frame = cand.frame
    if frame is None or frame.speech is None:
        return False
    # the side test of an announced future act (``structure.build_candidate``): the speaker's country, or a
    # pronoun subject ("it could attack")
    return st._same_side(cand.sources, frame.speaker) or any(h.lower_ in st.PRONOUNS for h in frame.agent_heads)


def possible_only(cand: Candidate) -> bool:
    """An act said only to be possible (the judges' MODAL rule: "a possibility is MODAL even where flagged; only
    a plan or an announced intention flagged is real"): a verb flagged hypothetical whose clause carries an
    auxiliary of possibility ("OPEC might hold a formal meeting", "the Conservatives could win a majority",
    "it could lead to a buying spree", "vines can be destroyed").  Not a negated one ("cannot support the
    tax" refuses, "could not have been killed without" accuses), not one whose hypothetical flag a condition
    turned into a threat (it is asserted then, and unflagged), and not the speaker's own act (an option
    announced: its intent or threat, left to the frame)."""
    if cand.pred.nominal or HYPOTHETICAL not in cand.flags or NEGATED in cand.flags:
        return False
    return _possibility_aux(cand.pred.token) and not _own_act(cand)



OBLIGATION_AUX = st.LANG.words("obligation_aux")
SUBJECTS = st.LANG.labels("subject_any")


def _obligation_aux(verb: Any) -> list[Any]:
    """The auxiliaries of obligation (``obligation_aux``: should, must, ought) on the verb or up its chain of
    coordinated and controlled verbs ("should allow", "must be on the side of ... and must support")."""
    return [c for v in st._modal_chain(verb) for c in v.children
            if c.dep_ in AUX_LABELS and c.lemma_.lower() in OBLIGATION_AUX]


def _inverted(verb: Any) -> bool:
    """An obligation auxiliary put before the verb's own subject opens a condition: "should the attackers kill
    more" (if they kill more).  Only in a clause hung on another verb: at the root of its sentence the inversion
    asks a question ("Should the United Kingdom approve the Treaty?", flagged by the question rules)."""
    if verb.head.i == verb.i:
        return False
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS]
    return bool(subjects) and any(c.dep_ in AUX_LABELS and c.lemma_.lower() in OBLIGATION_AUX and c.i < min(subjects)
                                  for c in verb.children)


def _inverted_condition(verb: Any) -> bool:
    """The verb, or a verb whose adverbial, controlled or coordinated clause it is (up to ``CHAIN_HOPS``), is
    an inverted condition: "should the attackers kill more while retreating" supposes the retreat too."""
    for _ in range(CHAIN_HOPS):
        if _inverted(verb):
            return True
        if verb.dep_ not in PURPOSE | st.CHAIN_LINK or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def recommended_only(cand: Candidate) -> bool:
    """An act only recommended, or only supposed in a condition (the judges' MODAL rule for the content of
    advice: "Japan should allow securities firms to participate", "lawyers should be provided with financial
    help", "local peace committees should organise meetings" are what someone should do, not done): a verb
    flagged hypothetical whose clause carries an auxiliary of obligation, or any verb whose obligation
    auxiliary stands before its subject ("should the attackers kill more").  A recommendation not to act is no
    act either ("should not raise false alarms").  The speaker's own side is left to the frame ("we must
    retaliate", said by the army, announces an intent), and so is a question ("Should the United Kingdom approve
    the Treaty?", flagged hypothetical by the question rules); the statement that gives the advice stays."""
    if cand.pred.nominal or _asked(cand.pred.token):
        return False
    if _inverted_condition(cand.pred.token):
        return True
    return HYPOTHETICAL in cand.flags and bool(_obligation_aux(cand.pred.token)) and not _own_act(cand)


def _asked(verb: Any) -> bool:
    """The verb's clause is a question ("Should the United Kingdom approve the Treaty?"): the question rules flag
    it, and what is asked is left to them."""
    from annalyst.events.lexicon import load_lexicon

    return st._in_question(st._modal_chain(verb)[-1], load_lexicon().cue("interrogative"))

# ----------------------------------------------------------------------------- negated acts
def negated_act(cand: Candidate) -> bool:
    """An act said not to have happened (flagged negated, not hypothetical: "Vindman did not come to him",
    "police alone are not able to end the violence", "it is failing to cooperate"): CAMEO has no code for an
    act not done, and the judges read a negated meeting, aid, yielding or use of force as no event.  Only for
    the acts the ``negatable_acts`` class names (meetings, material cooperation and conflict); a negated stance
    ("does not support", "cannot support the tax", "did not object") is itself a position and is kept.  A
    negation inside a possibility ("could not have been killed without the complicity of ...") asserts the act
    and is left alone."""
    return NEGATED in cand.flags and HYPOTHETICAL not in cand.flags
