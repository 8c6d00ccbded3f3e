"""The frame layer: one frame per predicate, its roles filled by fillers whose code classes and order
are data (``role`` rows of codes/data/code_rules.tsv), and senses chosen by their arguments
(``sense`` rows of lang/en/lexicon.tsv).  Coder tests give exact event sets."""

from __future__ import annotations

import pytest

from annalyst.errors import ModelError
from annalyst.events import structure as st
from annalyst.events.lexicon import build_lexicon
from annalyst.events.senses import check_senses
from annalyst.lang import load_ontology
from annalyst.lang.ontology import COLUMNS, build
from annalyst.lang.tables import parse_rows

HEADER = "# comment\nkind\tname\tkey\tvalue\n"


def events(code, text):
    return sorted(((e.cameo, e.source.country, e.target.country if e.target else None) for e in code(text)), key=str)


def test_every_filler_is_named_by_the_rules_and_every_rule_names_a_filler():
    ont = load_ontology()
    for slot, fillers in st.ROLE_FILLERS.items():
        named = {name for _, name in ont.roles(slot)}
        assert named == set(fillers), slot


def test_role_rows_keep_file_order_and_bad_rows_fail():
    rows = "class\tc\t14*\t-\nrole\ttarget\tc\thome_state\nrole\ttarget\t*\tcontent\n"
    ont = build(list(parse_rows(HEADER + rows, "rules.tsv", COLUMNS)))
    assert ont.roles("target") == (("c", "home_state"), ("*", "content"))
    with pytest.raises(ModelError, match="role 'patient' is none of agent, target, coded_target"):
        build(list(parse_rows(HEADER + "role\tpatient\t*\tcontent\n", "rules.tsv", COLUMNS)))
    with pytest.raises(ModelError, match="unknown code class 'nope'"):
        build(list(parse_rows(HEADER + "role\tagent\tnope\tcontent\n", "rules.tsv", COLUMNS)))


def test_a_frame_is_built_once_per_predicate_with_its_roles(make_doc):
    from annalyst.events.coder import EventCoder

    doc = make_doc("Israel said police arrested protesters in Egypt.")
    coder = EventCoder()
    (sent, frames, cands), = coder.frames(doc)
    by_trigger = {f.pred.token.lower_: f for f in frames}
    arrest = by_trigger["arrested"]
    assert [t.lower_ for t in arrest.agent_heads] == ["police"]
    assert arrest.speech is not None and arrest.speech.lower_ == "said"
    assert [r.country for r in arrest.speaker] == ["ISR"]
    # the protesters are named without a country: the victims of an act in Egypt are Egypt's people
    # (and the police, of no country, are the force of the place where they acted)
    assert arrest.filled_by == {"agent": "crowd_place", "target": "placed_victims"}
    assert [(r.text, r.country) for r in arrest.target] == [("protesters", "EGY")]
    assert [c.frame for c in cands if c.frame is not None] == [arrest]


def test_implied_arresting_forces_come_from_the_role_rules(code):
    # "the arrest of X": the arrest rows let the security forces be the implied agent
    # (the implied police of no named country; the accusation verb "angered" codes nothing)
    assert events(code, "The arrest of Egypt's opposition leader angered Israel.") == [("173", None, "EGY")]


def test_calling_off_a_ceasefire_ends_it(code):
    # the sense of "call off" chosen by its object: a ceasefire called off is ended (196), not declared
    assert events(code, "Israel called off a ceasefire with Syria.") == [("196", "ISR", "SYR")]
    assert events(code, "Israel declared a ceasefire with Syria.") == [("0871", "ISR", "SYR")]


def test_frames_show_why_an_event_has_its_actors_and_code():
    from annalyst.events.describe import describe_frames

    source, sentences, records = describe_frames("Israel called off a ceasefire with Syria.")
    assert (source, sentences) == ("<text>", ["Israel called off a ceasefire with Syria."])
    (rec,) = records
    assert (rec.trigger, rec.lexicon_code, rec.event) == ("called ceasefire", "0871", "196 Israel (ISR) -> Syria (SYR)")
    assert rec.roles["sense"] == "off object @truce -> 196" and rec.filled_by == {
        "agent": "own_slot", "target": "own_slot", "sense": "off object @truce -> 196"}


def test_a_warning_about_another_party_is_a_statement_and_an_own_threat_stays(code):
    assert events(code, "Israel warned Iran that its economy was weak.") == [("010", "ISR", "IRN")]
    assert events(code, "Iran warned it would retaliate against Israel.") == [("138", "IRN", "ISR")]


def test_a_bad_sense_row_fails_at_start_up():
    text = "kind group item code\nverb x call -\nsense call off object @nosuchset 196\n"
    with pytest.raises(ModelError, match="argument class '@nosuchset'"):
        check_senses(build_lexicon([(text, "lexicon.tsv", 2)]))
    with pytest.raises(ModelError, match="needs PARTICLE ROLE CLASS CODE"):
        build_lexicon([("kind group item code\nsense call off 196\n", "lexicon.tsv", 2)])


def test_a_frames_modality_names_plans_conditions_reports_and_allegations():
    from annalyst.events.describe import describe_frames

    _, _, records = describe_frames("Iran will attack Israel unless the talks succeed, officials said. "
                                    "Syria allegedly bombed Lebanon. Egypt did not threaten Libya.")
    got = [(r.trigger, r.modality) for r in records if r.event.startswith(("13", "18", "19"))]
    assert got == [("attack", ["planned", "conditional", "reported"]), ("bombed", ["alleged"]),
                   ("threaten", ["negated"])]  # a negated attack is no event now (negated_act): a threat


def test_frames_name_the_event_a_folded_happening_went_into():
    # one event per happening (events/happenings.py): the folded predicate's frame says which event told it
    from annalyst.events.describe import describe_frames

    _, _, records = describe_frames("Syria accused Israel of arresting three soldiers.")
    assert [(r.trigger, r.event) for r in records] == [
        ("accused", "112 Syria (SYR) -> Israel (ISR)"),
        ("arresting", "none: the same happening as another event: folded by the accused_act into 'accused' "
                      "(docs/events.md \"One event per happening\")")]
