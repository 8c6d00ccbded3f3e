"""The merge rule's data files are well formed and name every feature the rule computes."""

from __future__ import annotations

import re
from pathlib import Path

from annalyst.store.merge import _data_rows, load_features
from annalyst.store.versions import _markers

SOURCE = (Path(__file__).resolve().parents[2] / "src" / "annalyst" / "store" / "merge.py").read_text(encoding="utf-8")


def test_every_computed_feature_has_a_row_and_every_row_is_computed():
    computed = set(re.findall(r'out\[(?:f)?"([a-z_{}]+)"\]', SOURCE))
    computed |= set(re.findall(r'return \{"([a-z_]+)": 1\.0\}', SOURCE))
    for a, b in re.findall(r'out\["([a-z_]+)" if \w+ else "([a-z_]+)"\]', SOURCE):
        computed |= {a, b}
    computed = {c for c in computed if "{" not in c} | {f"same_{side}_{what}" for side in ("source", "target")
                                                        for what in ("name", "code")}
    features = load_features()
    listed = set(features.weights) | features.vetoes | features.gates
    assert computed == listed
    assert features.threshold > 0 and not (features.vetoes & features.gates)


def test_rows_have_four_columns_and_a_meaning():
    for row in _data_rows("merge_features.tsv"):
        assert len(row) == 4 and row[3].strip(), row
        float(row[2])
    for entry, kind in _data_rows("merge_lexicon.tsv"):
        assert kind in {"casualty", "symmetric", "topic_target", "remarks", "reporting", "speaker_role"} and entry.strip()
    assert _markers()  # the version markers compile


def test_remarks_families_are_families_of_the_code_table():
    # a remarks row names an event family as merge.event_family spells it: a PLOVER event of the
    # code table, else "cameo" + a CAMEO root
    from annalyst.codes import all_codes
    from annalyst.store.merge import event_family

    families = {event_family(c.event, c.code[:2]) for c in all_codes()}
    remarks = load_features().remarks_families
    assert remarks and remarks <= families


def test_the_content_gates_thresholds_are_the_data_files_overlap_rows():
    from annalyst.store.merge import OVERLAP_PARAMETERS, MergeRule

    rows = {row[0]: float(row[2]) for row in _data_rows("merge_features.tsv") if row[1] == "overlap"}
    assert set(rows) == set(OVERLAP_PARAMETERS)
    rule = MergeRule()
    assert {name: getattr(rule, name) for name in OVERLAP_PARAMETERS} == rows
    assert rows == {"min_text_overlap": 0.5, "min_text_overlap_named": 0.25, "min_text_overlap_one_named": 0.35,
                    "min_text_overlap_acts": 0.25}  # the values measured on merge-1 / merge-2 (docs/store.md)
    assert MergeRule(min_text_overlap=0.6).min_text_overlap == 0.6  # a rule may still be built with its own
