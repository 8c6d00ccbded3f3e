"""Sense rows of ``lang/en/lexicon.tsv`` chosen by the phrase a preposition opens, by what is pledged, and the kinds
of a generic intent whose content verb gives something up (issue 14, LEX, session 16):

* the role ``phrase`` reads only the phrases the row's particle opens: agreeing *with* a plan, a policy or a view
  (``@criticizable``) approves it (051); an actor in the "with" phrase and the programme in an "on" phrase stays an
  agreement;
* looking forward *to* talks is an intent to meet (036), to working with someone an intent to cooperate (030); to
  anything else it stays the optimistic comment (013);
* agreeing with an account (``@viewpoint``) or with someone and nothing more (test ``accord_with_person``) shares a
  view (019); agreeing with someone to do something stays an intent;
* dismissing something *as* what the speaker calls it is criticism (111); a bare dismissal stays a rejection (120);
* a pledge of money (``@money``, ``@funding``, ``@currency``, ``@sum``, or a money entity, and no policy named: test
  ``pledged_money``) is an
  intent to give economic aid (0331), not aid given (071) nor a bare intent (030);
* a topic word that is a topic only as a noun (``cue topic_noun_only``: pay, plan, measure) names no topic as the
  verb of the promise ("agreed to pay 30% more for natural gas" is no intent to change policy, 0342);
* removing or restoring something that is no leader (``cue topic_leader_acts`` with a patient that is no person's
  name, pronoun, ``@post`` or ``@leaderbody`` word) changes no leadership (…1): "remove trade barriers";
* a subject opened by "neither" (or naming nobody) negates its verb: an acceptance nobody made is a rejection (127);
* an actor's own announced diplomatic cooperation ("was prepared to help resolve the crisis") is the intent to it
  (032, ``intent_for`` row of ``code_rules.tsv``), not the cooperation (050).

Sentences are tune-set sentences (judged-10, judged-8: BBC News 2004-5, Reuters-21578) with place names added where
the actor table of ``conftest.py`` needs one; the counter-examples marked "constructed" guard what must stay.  Each
test gives the exact event set: what must appear and what must not."""

from __future__ import annotations

import pytest

from annalyst.errors import ModelError
from annalyst.events import load_lexicon
from annalyst.events.lexicon import Sense
from annalyst.events.senses import check_senses
from tests.events.conftest import resolve_by_table


def events(code, text):
    """The sorted CAMEO codes of the events (the actors are the actor layer's business, tested there)."""
    return sorted(e.cameo for e in code(text, resolve_by_table(text)))


@pytest.mark.parametrize("text, expected", [
    # judged-10 (BBC 2005): support in principle for plans
    ("The association in Britain said it agreed in principle with the government's plans.", ["051"]),
    # constructed: an actor in the "with" phrase, the programme in the "on" phrase: an agreement
    ("Japan agreed with Pakistan on a new economic programme.", ["0311"]),
])
def test_agreeing_with_a_plan_approves_it(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-10 (BBC 2005): the budget dismissed as spending plans
    ("Britain's Tory leader has dismissed the Budget as spending plans.", ["111"]),
    # constructed: a dismissal with no characterization stays a rejection
    ("Britain's union dismissed the offer.", ["120"]),
])
def test_dismissing_as_is_criticism(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-10 (Reuters 1987): creditor banks' pledges of a loan
    ("Japan's banks have pledged 97 pct of the 1.95 billion dlr loan.", ["0331"]),
    # constructed: a sum in wire units
    ("Japan pledged 500 mln dlrs to Pakistan.", ["0331"]),
    # judged-5 (BBC 2005): a sum that measures a policy is no aid
    ("Britain's Tories have promised £4bn in tax cuts but have yet to say where they will fall.", ["0342"]),
    # constructed: a pledge of no money stays what it was (material cooperation)
    ("Japan pledged to cooperate with Pakistan.", ["031"]),
])
def test_a_pledge_of_money_is_an_intent_to_give_aid(code, text, expected):
    assert events(code, text) == expected


def test_a_phrase_row_needs_its_particle():
    lexicon = load_lexicon()
    bad = {"agree": (Sense(particle="", role="phrase", arg_class="@criticizable", code="051"),)}
    with pytest.raises(ModelError):
        check_senses(type("Lex", (), {"senses": bad, "sets": lexicon.sets})())


@pytest.mark.parametrize("text, expected", [
    # judged-10 (Reuters 1987): neither minister accepted the proposals
    ("Neither Japan nor Pakistan accepted the proposals.", ["127", "127"]),
    # constructed: a subject naming nobody: the proposals were turned down
    ("No party in Japan accepted the proposals.", ["127"]),
    # constructed: an acceptance that happened stays one
    ("Japan accepted the proposals.", ["030"]),
])
def test_a_negative_subject_negates_its_verb(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-10 (a South African wire document): readiness to help resolve a crisis
    ("Japan said it was prepared to help resolve the crisis.", ["032"]),
    # constructed: cooperation that happened stays 050
    ("Japan helped resolve the crisis with Pakistan.", ["050"]),
])
def test_announced_diplomatic_cooperation_is_an_intent(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-10 (BBC 2005): readiness to work with ministers
    ("Japan looks forward to working with ministers.", ["030"]),
    # fresh Reuters (1987): talks to come
    ("Japan said it was looking forward to its talks with Pakistan.", ["036"]),
    # constructed: anticipation of no meeting or joint work stays optimism
    ("Japan is looking forward to the final.", ["013"]),
])
def test_looking_forward_to_talks_is_an_intent(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-5 (BBC 2005): a price agreed, no policy change
    ("Ukraine has agreed to pay 30% more for natural gas supplied by Japan.", ["030"]),
    # constructed: pay as a noun stays a policy topic
    ("Japan agreed to raise pay for teachers.", ["0342"]),
    # judged-7 (Reuters 1987): "the low-paid" (a participle, not the verb promised) is a pay topic
    ("Japan partially accepted demands for the protection of the low-paid.", ["0832"]),
])
def test_a_noun_only_topic_word_as_a_verb_names_no_topic(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # news-audit-1 (2005): agreeing with a person
    ("Japan agreed with him.", ["019"]),
    # judged-6 (BBC 2005): agreeing with an account
    ("A spokesman for Japan agreed with Ngendakumana's account of the meeting.", ["019"]),
    # judged-2: agreeing with a counterpart to do something stays an intent
    ("Japan also agreed with his Pakistani counterpart to compensate the families of the nine.", ["030"]),
])
def test_agreeing_with_someone_shares_a_view(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-8 (Reuters 1987): controls removed are no leaders
    ("Japan called on Pakistan to remove all controls on deposit interest rates.", ["025"]),
    # constructed: trade barriers removed: economic cooperation asked for
    ("Japan urged Pakistan to remove trade barriers.", ["0211"]),
    # constructed: tariffs removed: a policy
    ("Japan called for the removal of tariffs on rice.", ["0242"]),
    # constructed: a governor and a president removed stay leadership changes
    ("Japan called on Pakistan to remove the governor.", ["0241"]),
    ("Japan demanded the removal of the president of Pakistan.", ["1041"]),
])
def test_removing_what_is_no_leader_changes_no_leadership(code, text, expected):
    assert events(code, text) == expected
