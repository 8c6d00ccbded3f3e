"""A reaction to a policy named again by a bare definite noun ("the plans", "the proposals", "the decision") is aimed
at the owner the article gave that policy when it named it before (events/partners.py ``policy_owner``; the ``role
target policy_reaction`` row of codes/data/code_rules.tsv; lang/en/words.tsv ``policy_nouns``,
``policy_determiners``, ``policy_owner_verbs``, ``policy_owner_preps``; lang/en/labels.tsv ``reaction_scope_break``).
Issue 15: targets given by earlier sentences (judged sets: "the plans' owner (the government) given by context left
empty").

Sentences worded as BBC (2005) and Reuters-21578 (1987) stories word them; each runs through the whole pipeline
(actor stage included) and the exact event set is asserted: (trigger, CAMEO code, source, target)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.event_tuples import coded


CASES = [
    # the owner as the possessor of the earlier naming
    ("The British government's proposals have met with criticism. The Liberal Democrats said the new proposals "
     "were unfair.",
     {("proposals", "030", "GBRGOV", None), ("said", "010", "GBRLD", "GBRGOV")}),
    # ... as the by-agent of the verb that makes it ("plans being considered by ministers")
    ("Parents could be tagged under plans being considered by British ministers. The Liberal Democrats said the "
     "plans were unfair.",
     {("considered", "014", "GBRGOV", None), ("said", "010", "GBRLD", "GBRGOV")}),
    # ... as the subject of the verb that makes it; an act's own object ("rejected the plans")
    ("The French government unveiled plans to raise the pension age on Monday. French unions rejected the plans.",
     {("unveiled plans", "010", "FRAGOV", None), ("rejected plans", "127", "FRALAB", "FRAGOV")}),
    # ... as the by-agent on the noun itself
    ("A proposal by the European Commission to cut farm subsidies was published on Monday. French farmers rejected "
     "the proposal.",
     {("proposal", "0342", "EUC", None), ("rejected proposal", "120", "FRAAGR", "EUC")}),
    # an indefinite noun names a new policy, not the one named before
    ("The French government unveiled plans to raise the pension age on Monday. French unions rejected a plan.",
     {("unveiled plans", "010", "FRAGOV", None), ("rejected plan", "127", "FRALAB", None)}),
    # the reacting side's own policy is no target
    ("The British government unveiled plans for identity cards. The British prime minister said the plans would "
     "help fight crime.",
     {("unveiled plans", "010", "GBRGOV", None), ("said", "010", "GBRGOV", None)}),
    # another's act on the policy does not make it its owner ("the budget approved by parliament")
    ("The budget approved by the Hungarian parliament last year was too high. A Hungarian finance ministry official "
     "said the budget could make savings.",
     {("said", "010", "HUNGOV", None)}),
    # one who announces a policy makes it, reacts to no one's; a clause that only modifies the statement ("Announcing
    # the plans, X said") is not what it is about
    ("The Conservatives unveiled plans to elect police commissioners. Announcing the plans, Tory frontbencher John "
     "Redwood said the police needed reform.",
     {("unveiled plans", "010", "GBRCON", None), ("said", "010", "GBRCON", None)}),
]


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("trigger", "cameo", "source", "target")
_events = partial(coded, published=dt.date(2005, 3, 1), fields=EVENT_FIELDS)


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected
