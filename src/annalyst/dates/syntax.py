"""Small dependency-tree helpers shared by the date and location steps.

Both steps face the same question: a sentence names several dates (or places); which one belongs
to *this* event?  The answer is syntactic: the expression closest to the event's trigger in the
dependency tree, never one buried in a relative clause that describes another event
("Russia, which annexed Crimea in 2014, vetoed the draft on Friday").
"""

from __future__ import annotations

from typing import Any, Optional

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
_FUTURE_HEADS = frozenset({"set", "due", "schedule", "expect", "plan", "intend", "poise", "prepare", "go", "aim",
                           "be"})


def future_tense(anchor: Any) -> bool:
    """Whether the event's clause is in the future ("will visit", "is set to arrive", "is to meet")."""
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
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll", "wo") for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
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
        node = node.head
    if node.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in node.children)
