"""Small dependency-tree helpers shared by the date and location steps.

Both steps face the same question: a sentence names several dates (or places); which one belongs
to *this* event?  The answer is syntactic: the expression closest to the event's trigger in the
dependency tree, never one buried in a relative clause that describes another event
("Russia, which annexed Crimea in 2014, vetoed the draft on Friday").
"""

from __future__ import annotations

from typing import Any, Optional

from annalyst.dates.lexicon import time_words, words_of
from annalyst.lang.grammar import governs_form

# Clauses that describe another event: a date or place inside them dates/places that event.
_OTHER_EVENT_CLAUSES = frozenset({"relcl", "acl"})


def span_root(parsed: Any, start: int, end: int) -> Optional[Any]:
    """The syntactic head of the tokens covering ``[start, end)`` (None if no token covers it)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def sentence_root(parsed: Any, start: int, end: int) -> Optional[Any]:
    """The root token of the sentence covering ``[start, end)``."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0].sent.root


def anchor_token(parsed: Any, span: tuple[int, int], trigger_span: Optional[tuple[int, int]]) -> Optional[Any]:
    """The token an event hangs on: its trigger's head, else the root of its sentence."""
    if trigger_span is not None:
        tok = span_root(parsed, trigger_span[0], trigger_span[1])
        if tok is not None:
            return tok
    return sentence_root(parsed, span[0], span[1])


def tree_distance(a: Any, b: Any) -> int:
    """Number of dependency arcs between two tokens of the same sentence (large if unrelated)."""
    if a.i == b.i:
        return 0
    depth_a = {a.i: 0}
    for d, anc in enumerate(a.ancestors, start=1):
        depth_a[anc.i] = d
    if b.i in depth_a:
        return depth_a[b.i]
    for d, anc in enumerate(b.ancestors, start=1):
        if anc.i in depth_a:
            return d + depth_a[anc.i]
    return 1000  # different sentences: never the nearest


def in_other_event_clause(token: Any, anchor: Any) -> bool:
    """True when ``token`` sits in a relative/participial clause that does not contain ``anchor``."""
    for node in (token, *token.ancestors):
        if node.dep_ in _OTHER_EVENT_CLAUSES:
            return not _dominates(node, anchor)
    return False


def _dominates(head: Any, token: Any) -> bool:
    return token.i == head.i or any(anc.i == head.i for anc in token.ancestors)


def governing_preposition(token: Any) -> Optional[Any]:
    """The preposition token heading the phrase ``token`` is the object of ("on", "since")."""
    node = token
    # climb through coordination and compounds to the phrase head
    while node.dep_ in ("conj", "compound", "appos", "nummod") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ in ("prep", "agent", "dative"):
        return node.head
    return None


# Heads that put an infinitive in the future: "is set to arrive", "due to take place", "plans to visit"
# (data/time_words.tsv, kind future_head)
_FUTURE_HEADS = words_of("future_head")
# Verbs of reporting: their own time dates the report (data/time_words.tsv, kind reporting)
_REPORTING = words_of("reporting")
# Verbs that make their object a plan: "planned a demonstration" (kind scheduling)
_SCHEDULING = words_of("scheduling")
# Arcs that put a clause under a reporting verb ("X said [Y seized Z]") or a reporting clause
# beside the event's ("Y seized Z, [a spokesman said Saturday]")
_REPORT_ARCS = frozenset({"ccomp", "parataxis", "advcl", "xcomp", "conj"})


def future_tense(anchor: Any, own_clause: bool = False) -> bool:
    """Whether the event's clause is in the future ("will visit", "is set to arrive", "is to meet").

    ``own_clause``: a conjoined verb with a subject of its own is a clause of its own ("X will
    meet next month, but officials said ...": *said* is not future); without one it shares the
    first verb's auxiliary ("will meet and discuss")."""
    if anchor.lemma_ in _FUTURE_HEADS and anchor.lemma_ != "be" and anchor.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in anchor.children):
        return True  # "the vote is scheduled for Monday", "approval is expected in December"
    node: Optional[Any] = anchor
    for _ in range(3):  # the trigger and at most two governing verbs (xcomp / conj chains)
        if node is None:
            break
        if node.dep_ == "xcomp" and node.head.lemma_ in _FUTURE_HEADS and node.head.tag_ != "VBD" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll", "wo") and governs_form(c, node)
               for c in node.children):  # ("Will Moy ... told the BBC": a name, no future; lang.grammar)
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        if own_clause and node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break
        node = node.head
    return False


def past_tense(anchor: Any) -> bool:
    """Whether the event's clause is clearly in the past ("met", "has met", "was arrested")."""
    node = anchor
    for _ in range(3):  # a nominal trigger ("the attack") takes its governing verb's tense...
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    for _ in range(3):  # ...and a participle or infinitive ("speaking ..., he repeated") its head's
        untensed = node.tag_ in ("VBG", "VBN", "VB") and not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
                                                                 for c in node.children)
        if not untensed or node.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or node.head.i == node.i:
            break
        # a gerund after a preposition takes the tense of the verb the preposition hangs on ("rubbed it in
        # by saying ...", "set the tone by accusing ...": past)
        node = node.head.head if node.dep_ == "pcomp" and node.head.dep_ == "prep" else node.head
    if node.tag_ == "VBD":
        return True
    # "having seized": the small model's lemma of "having" is "having"
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have" or c.lower_ == "having")
               for c in node.children)


def present_frame(root: Any) -> bool:
    """Whether a sentence's main verb is in the present or present perfect ("The army says ...",
    "Noranda has estimated the damage ..."): the story has moved to the time of writing."""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll", "wo") or a.tag_ in ("VBD", "MD") for a in auxes):
        return False  # future, past, modal
    if auxes:
        return any(a.tag_ in ("VBZ", "VBP") for a in auxes)  # "has estimated", "is holding", "are expected"
    return root.tag_ in ("VBZ", "VBP")


def is_reporting(token: Any) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _REPORTING


def reporting_clause_of(date_root: Any, anchor: Any) -> bool:
    """Whether the date hangs on a reporting verb other than the event's own predicate that
    reports the event or stands beside it ("Y seized Z Friday, a spokesman said Saturday";
    "an official statement said on Tuesday [two soldiers were killed]"): then it dates the report.

    A nominal trigger that is the reporting verb's object ("announced the agreement on Monday")
    is dated by it: the announcement is when the thing became known.
    """
    for _ in range(3):  # a nominal trigger ("in a clash") takes its governing verb
        if anchor.pos_ in ("VERB", "AUX") or anchor.head.i == anchor.i:
            break
        anchor = anchor.head
    if anchor.pos_ not in ("VERB", "AUX") or is_reporting(anchor):
        return False
    spine = {anchor.i, *(a.i for a in anchor.ancestors)}
    for node in date_root.ancestors:
        if is_reporting(node) and node.i != anchor.i:
            return _clause_linked(node, anchor)
        if node.i in spine:
            return False
    return False


# Subordinators of clauses with a time of their own ("the first talks since the minister announced the
# appointment yesterday"): a report inside one is no report of the clause it modifies
_NON_TEMPORAL_MARKS = words_of("non_temporal_mark")


def _clause_linked(verb: Any, anchor: Any) -> bool:
    """``anchor`` in a clause under ``verb`` or ``verb`` in a clause under ``anchor`` (not through a
    "since"/"because"/"although" clause: that is another event's, with its own time)."""
    for low, high in ((anchor, verb), (verb, anchor)):
        node = low
        crossed = False
        for _ in range(8):
            if node.i == high.i:
                return crossed
            if node.head.i == node.i:
                break
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _NON_TEMPORAL_MARKS for c in node.children):
                break
            crossed = crossed or node.dep_ in _REPORT_ARCS
            node = node.head
    return False


def when_clause(anchor: Any) -> Optional[Any]:
    """The verb of the "when" clause holding the event ("Thursday, [when 133 people were
    arrested]"), or None."""
    node = anchor
    for _ in range(4):
        if node.head.i == node.i:
            return None
        if node.dep_ in ("relcl", "acl", "advcl") and any(
                c.dep_ in ("advmod", "mark") and c.lower_ in _RELATIVE_WORDS for c in node.children):
            return node
        if node.dep_ in ("ccomp", "parataxis"):
            return None
        node = node.head
    return None


def when_clause_head(anchor: Any) -> Optional[Any]:
    """The noun a "when" relative clause holding the event modifies ("in contrast to Thursday,
    when 133 people were arrested": Thursday), or None."""
    clause = when_clause(anchor)
    return None if clause is None else clause.head


def ends_right_before(phrase_head: Any, clause: Any) -> bool:
    """Whether the phrase ``phrase_head`` heads ends right before the clause's first word (a comma
    between allowed): "[a July 10 meeting at the White House] when Sondland told ...".  The parser
    often hangs such a "when" clause on the sentence's verb; read in order, it follows the noun."""
    first = clause.left_edge.i
    gap = first - phrase_head.right_edge.i - 1
    doc = clause.doc
    return gap == 0 or (gap == 1 and doc[first - 1].is_punct and doc[first - 1].text == ",")


_RELATIVE_WORDS = words_of("relative")


def scheduled(anchor: Any, trigger_span: Optional[tuple[int, int]] = None) -> bool:
    """Whether the event is a plan: the trigger is a scheduling verb's object ("planned a large
    demonstration"), or the scheduling verb stands for it with its object in the trigger
    ("planned ... demonstration"); the verb alone is an act of its own ("proposed the fund")."""
    if anchor.lemma_.lower() in _SCHEDULING and anchor.pos_ == "VERB":
        return trigger_span is not None and any(
            c.dep_ == "dobj" and trigger_span[0] <= c.idx < trigger_span[1] for c in anchor.children)
    head = anchor.head
    return head.i != anchor.i and head.lemma_.lower() in _SCHEDULING and anchor.dep_ in ("dobj", "nsubjpass", "xcomp")


_DAYPARTS = words_of("daypart")


def is_daypart(token: Any) -> bool:
    """"night", "dawn", "hours" (of "the early hours of"): a part of a day."""
    return token.lemma_.lower() in _DAYPARTS or token.lower_ in _DAYPARTS


def clause_verb(anchor: Any) -> Any:
    """The verb of the clause a nominal trigger is a subject or object of ("talks will open":
    open), else the anchor itself."""
    node = anchor
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        of_phrase = node.dep_ == "pobj" and node.head.lower_ == "of" or node.dep_ == "prep" and node.lower_ == "of"
        if node.dep_ not in ("nsubj", "nsubjpass", "dobj", "compound") and not of_phrase:
            return anchor  # "the round of talks will open": climbs; "after the talks, X will": not
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else anchor


def reported_clause_of(date_root: Any, anchor: Any) -> bool:
    """Whether the event is a report whose reported clause governs it ("EdF will make an offering
    on Monday, its finance officer said": *said* hangs on *make*) and the date hangs on that clause,
    not on the report: then the date is the reported event's."""
    if not is_reporting(anchor) or anchor.dep_ not in ("ccomp", "parataxis") or anchor.head.i == anchor.i:
        return False
    mine = {anchor.i, *(t.i for t in anchor.subtree)}
    return date_root.i not in mine


def time_of_report(date_root: Any, verb: Any) -> bool:
    """Whether the date names the time of the report itself: it hangs on the reporting verb
    through prepositions and times of day only ("said on Tuesday", "said late Sunday", "said as
    dawn broke Saturday"), not through another clause ("said ... as he prepared for talks Monday")."""
    node = date_root.head
    for _ in range(4):
        if node.i == verb.i:
            return True
        # "as dawn broke", "as night fell" (the parser may make "dawn" the object of "as")
        daypart_clause = node.pos_ == "VERB" and any(
            is_daypart(c) or any(is_daypart(g) for g in c.children) for c in node.children)
        if not (node.pos_ == "ADP" or is_daypart(node) or daypart_clause) or node.head.i == node.i:
            return False
        node = node.head
    return False


_STATIVE = words_of("stative")


def host_of_stranded_date(date_root: Any) -> Optional[Any]:
    """The verb a bare date the parser hung on a stative participle belongs to ("officials seized a
    craft [belonging to the navy] Friday": seized), or None.  A state has no moment; the date is
    the clause's whose object or subject the participle describes."""
    host = date_root.head
    if date_root.dep_ not in ("npadvmod", "tmod") or host.dep_ != "acl" or host.lemma_.lower() not in _STATIVE:
        return None
    noun = host.head
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and noun.head.dep_ == "prep":
        verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


_MEDIA = words_of("medium")


def medium_of_report(date_root: Any, verb: Any, speech_medium_only: bool = False) -> bool:
    """Whether the date dates the medium of a report ("said in a statement released late Sunday",
    "told reporters at a news conference held on Monday"): the report was made then.  With
    ``speech_medium_only`` (a verb that is no reporting verb: "accused U.S. forces in a joint statement
    published Oct. 25"), only a medium of speech (``medium`` rows) counts: "killed in an attack carried
    out on Sunday" is not one."""
    participle = date_root.head
    while participle.pos_ == "ADP" and participle.head.i != participle.i:
        participle = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return False
    noun = participle.head
    if speech_medium_only and noun.lemma_.lower() not in _MEDIA:
        return False
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


def fronted_report_time(date_root: Any) -> Optional[Any]:
    """The reporting verb a date stands right after, before its complement's subject ("Funaro said
    last night Brazil wants ...", "officials said on Tuesday the talks had failed"): English puts the
    report's own time there, but the parser often hangs it on the complement's verb.  None when the
    date is not so placed (a date after the complement's subject is the complement's)."""
    node = date_root
    while node.dep_ in ("prep", "pobj", "npadvmod", "tmod", "advmod", "compound", "amod", "nummod") \
            and node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
    clause = node.head
    if clause.i == node.i or clause.dep_ not in ("ccomp", "parataxis") or not is_reporting(clause.head):
        return None
    verb = clause.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if node.lower_ not in ("on", "late", "early") and node.pos_ == "ADP":
        return None  # "said as of March 2 ...", "said since 1985 ...": a span, not the report's time
    if not subjects or not verb.i < date_root.i < subjects[0].left_edge.i or node.i > subjects[0].left_edge.i:
        return None
    # nothing but the date between the verb and it ("said that, as of March 2, it had ...": after
    # "that" the date is the complement's)
    between = [t for t in verb.doc[verb.i + 1:node.left_edge.i] if not t.is_punct]
    return None if between else verb


# Labels by which a date belongs to the noun it hangs on ("Sunday's vote", "the 1982 agreement",
# "Today's hearing"): the noun's own time, never its clause's.
_NOUN_OWN_DATE = frozenset({"poss", "compound", "nmod", "amod", "nummod"})


def main_clause_time(date_root: Any) -> Optional[Any]:
    """The sentence's main verb whose time the date names, or None: the date hangs on the root verb
    through prepositions and nouns that name no happening ("The United States faced criticism [on
    Tuesday] over its decision", "X and Y testified before the House Intelligence Committee Tuesday":
    the parser hangs a bare weekday on the nearest noun, a committee has no time of its own).  A date
    of a happening noun ("the attack on Tuesday"), a noun's own date ("Today's hearing"), a date in
    another clause ("the move announced on Monday", "said the rebels attacked on Tuesday") is not."""
    from annalyst.dates.happenings import family_of  # happenings reads the parse only; no cycle at import

    if date_root.dep_ in _NOUN_OWN_DATE:
        return None
    node = date_root.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node if node.dep_ == "ROOT" else None
        if node.head.i == node.i or not (node.pos_ == "ADP" or is_daypart(node) or (
                node.pos_ in ("NOUN", "PROPN") and family_of(node) is None)):
            return None
        node = node.head
    return None


def reporting_verb_of(date_root: Any) -> Optional[Any]:
    """The nearest reporting verb above the date, or None."""
    for node in date_root.ancestors:
        if is_reporting(node):
            return node
    return None


_COMMITMENTS = words_of("commitment")


def past_governor(anchor: Any) -> bool:
    """Whether the verb or adjective that governs the event's infinitive clause is in the past ("decided
    to reopen the investigation in May", "was due to be released in September", "were expected to
    meet"): the plan or commitment was made before the time of writing, so what it names may be over."""
    node = clause_verb(anchor)
    for _ in range(3):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            break
        node = node.head
    if node.i == clause_verb(anchor).i:
        return False  # no governing verb: the event's own tense decides (``past_tense``)
    if node.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in node.children):
        return True
    return node.dep_ == "acomp" and node.head.tag_ == "VBD"  # "was due to", "were likely to"


def commitment_complement(anchor: Any) -> Optional[Any]:
    """The "to"-infinitive holding the event that a commitment verb governs ("agreed on Tuesday [to
    hold talks on Friday]", "vowed to retaliate"), or None: the act lies after the commitment."""
    node = clause_verb(anchor)
    for _ in range(2):  # "agreed to try to hold talks": the nearest commitment above
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return None
        if node.head.lemma_.lower() in _COMMITMENTS and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            return node
        node = node.head
    return None


_SEQUENCE = {word: int(sign) for word, sign in time_words().get("sequence", {}).items()}


def sequence_offset(anchor: Any) -> Optional[tuple[Any, Any, int, str, int]]:
    """An event introduced by "after"/"before" with a measured stretch ("came [a day] after Abbas
    said ...", "two weeks before the vote"): (the clause or phrase "after" opens, the verb it is
    measured from, how many units, the unit, the sign: +1 when the event is that much earlier than
    that verb's time), or None."""
    node = clause_verb(anchor)
    mark = None
    if node.dep_ == "advcl":
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in _SEQUENCE), None)
    elif anchor.dep_ == "pobj" and anchor.head.lower_ in _SEQUENCE and anchor.head.dep_ == "prep":
        mark, node = anchor.head, anchor.head
    if mark is None or node.head.i == node.i:
        return None
    head = node.head
    for holder in (mark, node, head):  # "came a day after": the parser hangs "a day" on either
        for child in holder.children:
            if child.dep_ == "npadvmod" and child.i < mark.i:
                measure = _measure(child)
                if measure is not None:
                    return node, head, measure[0], measure[1], _SEQUENCE[mark.lower_]
    return None


def _measure(noun: Any) -> Optional[tuple[int, str]]:
    """"a day" -> (1, "day"), "two weeks" -> (2, "week"); None for anything else."""
    unit = noun.lemma_.lower()
    if unit not in ("day", "week", "month", "year"):
        return None
    numbers = time_words().get("number", {})
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in ("a", "an", "one"):
            return 1, unit
        if child.dep_ == "nummod":
            word = child.lower_
            if word.isdigit():
                return int(word), unit
            if numbers.get(word):
                return int(numbers[word]), unit
    return None
