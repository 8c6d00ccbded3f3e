"""General mechanisms against events that are no happening (issue 14, the audit's NONEVENT/REPORT/LEX):

* senses chosen by the domain of the arguments (``sense`` rows with the roles ``modifier``, ``adjunct``,
  ``clause``, a negated class ``!@set`` and the no-event code ``-``): a game's moves are no violence, a
  verbal attack is criticism (111), "booked" with no custody word is no arrest;
* name parts, aggregate tallies and commentators' remarks (``events/nonevents.py``);
* harm with no one behind it read from the whole sentence (``events/accidents.py``).

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations

import pytest

from annalyst.errors import ModelError
from annalyst.events.lexicon import build_lexicon
from annalyst.events.senses import check_senses
from annalyst.model import ActorRef


def events(code, text, actors=None):
    return sorted((e.cameo, e.source.country, e.target.country if e.target else None) for e in code(text, actors))


@pytest.mark.parametrize("text", [
    "Rooney was booked for a foul in the second half.",
    "Henry scored with a fine strike from 20 yards as Arsenal beat Chelsea.",
    "Chelsea's attack was poor and the striker's shot hit the crossbar.",
    "The striker was suspended for three matches after the referee sent him off.",
])
def test_a_games_moves_are_no_events(code, text):
    assert events(code, text) == []


def test_a_game_with_a_bomb_or_dead_is_no_game(code):
    # the @sportguard words: an attack at a match stays an attack
    assert events(code, "Rebels attacked a football match in Syria, killing five.") == [("190", None, "SYR")]


def test_booking_is_an_arrest_only_with_a_custody_word(code):
    assert events(code, "The singer was booked for a session at the studio in Britain.") == []
    assert events(code, "Police booked him on charges of fraud in India.") == [("173", None, "IND")]


def test_a_verbal_attack_is_criticism(code):
    assert events(code, "Israel launched a verbal attack on Syria.") == [("111", "ISR", "SYR")]
    assert events(code, "Israel attacked Syria's policy in a speech.") == [("111", "ISR", "SYR")]
    assert events(code, "Israel attacked Syria in an interview.") == [("111", "ISR", "SYR")]
    # an armed attack stays one
    assert events(code, "Israel attacked Syria with rockets.") == [("194", "ISR", "SYR")]


def test_a_sense_row_may_negate_its_class_and_say_no_event():
    lex = build_lexicon([("kind group item code\nverb x book -\nset @custody police -\n"
                          "sense book - clause !@custody -\n", "lexicon.tsv", 2)])
    check_senses(lex)
    (sense,) = lex.senses["book"]
    assert (sense.role, sense.arg_class, sense.code) == ("clause", "!@custody", "-")
    with pytest.raises(ModelError, match="roles are"):
        check_senses(build_lexicon([("kind group item code\nverb x book -\nset @custody police -\n"
                                     "sense book - nowhere @custody -\n", "lexicon.tsv", 2)]))


def test_tallies_over_a_span_are_no_events(code):
    assert events(code, "More than 37,000 people have been killed in Syria since 1984.") == []
    assert events(code, "At least 200 soldiers have been killed in clashes with Israel this year.") == []
    # one act, or a perfect with no span, stays
    assert events(code, "Israel has killed five soldiers in Syria.") == [("190", "ISR", "SYR")]
    assert events(code, "Israel killed five soldiers in Syria this year.") == [("190", "ISR", "SYR")]


def test_a_commentators_remark_is_no_statement(code):
    assert events(code, "This would allow months of tough negotiations to follow, said our correspondent.") == []
    assert events(code, "Talks would follow, the Israeli analyst said.") == []
    assert events(code, "Talks would follow, Israel said.") == [("010", "ISR", None)]


def _speaker(text, phrase, country, resolved_by):
    start = text.index(phrase)
    return [ActorRef(text=phrase, country=country, sector="GOV", start=start, end=start + len(phrase), kind="sector",
                     resolved_by=resolved_by)]


@pytest.mark.parametrize("text, phrase", [
    ("Western diplomats said the climb-down on food prices was a limited concession.", "Western diplomats"),
    ("The collapse of the talks was a major setback for the government, diplomats said.", "diplomats"),
    ("\"It may be anti-inflationary,\" one diplomat said.", "one diplomat"),
])
def test_an_onlooker_placed_only_by_the_dateline_is_a_commentator(code, text, phrase):
    # Reuters' anonymous diplomats posted in a capital comment on its affairs (judged-8, judged-9 NONEVENT); the
    # resolver gives them the dateline's state ("home"), which is not who speaks
    assert events(code, text, _speaker(text, phrase, "POL", "home")) == []


def test_an_onlooker_its_own_words_place_speaks_for_its_state(code):
    text = "Israeli diplomats said the climb-down on food prices was a limited concession."
    assert events(code, text, _speaker(text, "Israeli diplomats", "ISR", "adjective+sector")) == [("010", "ISR", None)]


def test_a_reason_given_in_a_participle_is_no_happening(code):
    # the act it explains stays; what it cites or aims at does not happen here
    assert events(code, "Israel imposed sanctions on Syria, citing its refusal to renounce the armed struggle.") == \
        [("163", "ISR", "SYR")]
    assert events(code, "Aiming at resolving the dispute, Israel hosted talks with Syria.") == [("043", "ISR", "SYR")]


def test_harm_in_an_accident_sentence_has_no_agent(code):
    assert events(code, "The storm, which lashed the rivers of Japan, left two people dead and 800 injured.") == []
    assert events(code, "Thirty workers died in a methane gas explosion at a coal mine in India.") == []
    assert events(code, "She and eight others were killed on the plane, which crashed in Egypt.") == []
    # an explosion with no accident cue, and a fire with an agent, stay attacks
    assert events(code, "An explosion killed two soldiers in Syria.") == [("183", None, "SYR")]
    # a fire returned is shooting: the wounding stays (its agent unnamed)
    assert events(code, "Seriously wounded, he returned fire at his assailants in Syria.") == [("190", None, None)]


def _sector(text, phrase, country, sector):
    start = text.index(phrase)
    return [ActorRef(text=phrase, country=country, sector=sector, start=start, end=start + len(phrase), kind="sector",
                     resolved_by="test-table")]


@pytest.mark.parametrize("text, phrase, sector", [
    # judged-9, judged-8, judged-7 NONEVENT: voting in an election, campaigning for votes
    ("People of the Central African Republic are also voting for a National Assembly.", "People", "CVL"),
    ("The opposition socialist winner campaigned on the single issue of the sales tax.", "opposition", "OPP"),
    ("Labour leader Tony Blair stepped up campaigning ahead of the general election.", "Labour leader Tony Blair",
     "PTY"),
])
def test_voting_in_an_election_and_campaigning_are_no_events(code, text, phrase, sector):
    assert events(code, text, _sector(text, phrase, "GBR", sector)) == []


def test_a_body_that_decides_by_vote_and_a_vote_against_stay(code):
    text = "The Israeli cabinet voted for the plan to free the prisoners."
    assert [e for e, _, _ in events(code, text, _sector(text, "Israeli cabinet", "ISR", "GOV"))] == ["051"]
    text = "The Socialists voted against the prime minister's call."
    assert [e for e, _, _ in events(code, text, _sector(text, "Socialists", "FRA", "PTY"))] == ["120"]


# ---------------------------------------------------------------- veto rows (codes/data/code_rules.tsv)

HEADER = "# comment\nkind\tname\tkey\tvalue\n"


def test_every_veto_test_is_named_by_the_rules_and_every_rule_names_a_test():
    from annalyst.events import structure as st
    from annalyst.events.vetoes import SENTENCE_TESTS
    from annalyst.lang import load_ontology

    ont = load_ontology()
    assert [t for _, t in ont.vetoes("frame")] == ["natural_cause"] and set(st.FRAME_TESTS) == {"natural_cause"}
    assert [t for _, t in ont.vetoes("sentence")] == ["accident_context", "name_part", "aggregate_tally", "commentary",
                                                      "reported_figure", "motive", "abstract_patient",
                                                      "business_patient", "habitual", "standing_framework",
                                                      "unsaid", "wished", "speculated_existence",
                                                      "argued_consequence", "unasserted_purpose",
                                                      "pressed_content", "copular_mention", "weighed_mention",
                                                      "standing_state",
                                                      "possible_content", "possible_only", "recommended_only", "named_saying",
                                                      "press_question", "question_put", "negated_act",
                                                      "desired_only", "electoral_act", "speaking_occasion",
                                                      "causal_link"]
    assert {t for _, t in ont.vetoes("sentence")} == set(SENTENCE_TESTS)
    assert ("victim", "natural_cause") in ont.vetoes("frame") and ("*", "name_part") in ont.vetoes("sentence")


def test_bad_veto_rows_fail():
    from annalyst.lang.ontology import COLUMNS, build
    from annalyst.lang.tables import parse_rows
    from annalyst.events.vetoes import check_vetoes

    ont = build(list(parse_rows(HEADER + "class\tc\t19*\t-\nveto\tsentence\tc\tcommentary\n", "rules.tsv", COLUMNS)))
    assert ont.vetoes("sentence") == (("c", "commentary"),) and ont.vetoes("frame") == ()
    with pytest.raises(ModelError, match="veto stage 'clause' is none of frame, sentence"):
        build(list(parse_rows(HEADER + "veto\tclause\t*\tcommentary\n", "rules.tsv", COLUMNS)))
    with pytest.raises(ModelError, match="veto row for 'sentence' names the unknown code class 'nope'"):
        build(list(parse_rows(HEADER + "veto\tsentence\tnope\tcommentary\n", "rules.tsv", COLUMNS)))
    # the packaged rows name tests this registry lacks: the coder would stop at start-up
    with pytest.raises(ModelError, match="names the unknown test 'accident_context'"):
        check_vetoes("sentence", {"some_other_test": None})


def test_a_vetoed_frame_names_its_veto():
    from annalyst.events.describe import describe_frames

    _, _, records = describe_frames("More than 37,000 people have been killed in Syria since 1984.")
    assert [r.event for r in records] == ["none: no happening: the aggregate_tally veto (code_rules.tsv veto rows, "
                                          "events/vetoes.py)"]


def flagged(code, text):
    return sorted((e.cameo, e.source.country, tuple(sorted(e.flags))) for e in code(text))


def test_an_event_noun_put_ahead_by_its_modifier_is_flagged(code):
    # events/prospects.py: "imminent", "scheduled" → planned + hypothetical; "possible" → hypothetical
    assert flagged(code, "Israel announced its imminent withdrawal from Syria.") == [
        ("0874", "ISR", ("hypothetical", "planned"))]
    assert flagged(code, "Israel announced its withdrawal from Syria.") == [("0874", "ISR", ())]
    # a threat of it is made now: the threat stays asserted
    assert flagged(code, "Israel threatened an imminent attack on Syria.") == [("1384", "ISR", ())]
