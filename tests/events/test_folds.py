"""One happening, one event: an adjunct clause that tells its act again is folded into it, and recorded on it
as evidence (``annalyst.events.folds``; the ``fold`` rows of codes/data/code_rules.tsv).

Each test gives the exact event set, with the clauses folded into each event."""

from __future__ import annotations

import pytest

from annalyst.errors import ModelError


def folded(code, text):
    """(trigger, code, source, target, folded clauses): an actor as its country, or its words where it has none."""
    return sorted((e.trigger, e.cameo, _side(e.source), _side(e.target),
                   tuple((f.trigger, f.cameo, f.rule) for f in e.folded)) for e in code(text))


def _side(ref):
    return None if ref is None else ref.country or ref.text


def test_a_restated_purpose_is_evidence_of_the_act(code):
    # restated_root: "to discuss" is the meeting, whatever its object (a topic, no party)
    assert folded(code, "Israel met Egypt in Cairo to discuss Syria.") == [
        ("met", "040", "ISR", "EGY", (("discuss", "040", "restated_root"),))]


def test_a_purpose_of_the_acts_code_lends_its_object(code):
    # same_act: the firing takes the dispersal's object; the dispersal is its evidence
    assert folded(code, "Israeli police fired tear gas to disperse Syrian protesters.") == [
        ("fired tear gas", "175", "police", "protesters", (("disperse", "175", "same_act"),))]


def test_a_participle_of_the_acts_code_is_evidence_of_the_act(code):
    assert folded(code, "Israel met Egypt on Monday, discussing the border.") == [
        ("met", "040", "ISR", "EGY", (("discussing", "040", "same_act"),))]


def test_a_demonstrations_demand_is_evidence_of_the_protest(code):
    # protested: what a crowd gathers to demand is what it demonstrates for
    assert folded(code, "Thousands of Egyptian protesters gathered in Cairo to demand the resignation of the "
                        "Egyptian government.") == [
        ("protesters gathered", "1411", "protesters", None, (("demand resignation", "1041", "protested"),))]


def test_the_more_specific_adjunct_stays_and_carries_the_act(code):
    # an adjunct naming an object the act lacks is the better record; the act it replaced is its evidence
    assert folded(code, "The Chinese minister said on Monday, while warning Japan that its membership was at "
                        "risk.") == [("warning", "010", "Chinese minister", "JPN", (("said", "010", "same_act"),))]


def test_an_adjunct_of_another_code_or_party_stays_its_own_event(code):
    # twins: another code, another object: two happenings, nothing folded
    assert folded(code, "Israel met Egypt to protest the border closure.") == [
        ("met", "040", "ISR", "EGY", ()), ("protest", "140", "ISR", None, ())]
    assert folded(code, "Israel met Egypt to negotiate with Syria.") == [
        ("met", "040", "ISR", "EGY", ()), ("negotiate", "046", "ISR", "SYR", ())]


def test_the_event_json_carries_the_folded_clause(code):
    (ev,) = code("Israel met Egypt in Cairo to discuss Syria.")
    assert ev.to_json()["folded"] == [{"trigger": "discuss", "cameo": "040", "rule": "restated_root",
                                       "trigger_span": [29, 36]}]
    (ev,) = code("Israel attacked Syria.")
    assert "folded" not in ev.to_json()


def test_the_frames_name_the_fold():
    from annalyst.events.describe import describe_frames

    _, _, records = describe_frames("Israel met Egypt in Cairo to discuss Syria.")
    assert sorted((r.trigger, r.event) for r in records) == [
        ("discuss", "none: the same happening as another event: folded by the restated_root into 'met' "
                    "(docs/events.md \"One event per happening\")"),
        ("met", "040 Israel (ISR) -> Egypt (EGY)")]


HEADER = "# comment\nkind\tname\tkey\tvalue\n"


def test_the_folds_are_data_rows_with_known_relations():
    from annalyst.events.folds import FOLD_ROWS, RELATIONS
    from annalyst.lang import load_ontology

    assert load_ontology().folds() == (("purpose", "realized_purpose", "restated_root"),
                                       ("purpose", "protest_purpose", "protested"),
                                       ("purpose", "*", "same_act"), ("participle", "*", "same_act"),
                                       ("purpose", "repression_purpose", "repressed_by_force"),
                                       ("coordinated", "*", "same_act_and_flags"))
    assert {rel for *_, rel in FOLD_ROWS} == set(RELATIONS)


def test_bad_fold_rows_fail():
    from annalyst.events.folds import check_folds
    from annalyst.lang.ontology import COLUMNS, build
    from annalyst.lang.tables import parse_rows

    ont = build(list(parse_rows(HEADER + "class\tc\t04*\t-\nfold\tpurpose\tc\tsame_act\n", "rules.tsv", COLUMNS)))
    assert ont.folds() == (("purpose", "c", "same_act"),)
    with pytest.raises(ModelError, match="fold adjunct 'clause' is none of purpose, participle"):
        build(list(parse_rows(HEADER + "fold\tclause\t*\tsame_act\n", "rules.tsv", COLUMNS)))
    with pytest.raises(ModelError, match="fold row for 'purpose' names the unknown code class 'nope'"):
        build(list(parse_rows(HEADER + "fold\tpurpose\tnope\tsame_act\n", "rules.tsv", COLUMNS)))
    # the packaged rows name relations this registry lacks: the coder would stop at start-up
    with pytest.raises(ModelError, match="names the unknown relation 'restated_root'"):
        check_folds({"same_act": None})
