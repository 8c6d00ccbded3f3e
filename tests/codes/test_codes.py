from __future__ import annotations

import csv

import pytest
from hypothesis import given, strategies as st

from annalyst.codes import all_codes, is_code, lookup
from annalyst.errors import QueryError

CODES = [c.code for c in all_codes()]


def test_table_is_complete():
    assert len(CODES) == 312
    roots = {c[:2] for c in CODES}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


@pytest.mark.parametrize("code,event,quad", [
    ("054", "SUPPORT", 1), ("111", "ACCUSE", 3), ("129", "REJECT", 3), ("161", "SANCTION", 4),
    ("163", "SANCTION", 4), ("173", "COERCE", 4), ("195", "ASSAULT", 4), ("02", "REQUEST", 1),
    ("090", "ACCUSE", 3), ("141", "PROTEST", 4), ("0871", "RETREAT", 2), ("036", "AGREE", 1),
])
def test_known_codes(code, event, quad):
    entry = lookup(code)
    assert entry.event == event and entry.quad_class == quad


def test_modes_from_the_manual():
    assert lookup("195").mode == "aerial"
    assert lookup("193").mode == "firearms"
    assert lookup("173").mode == "arrest"
    assert lookup("183").mode == "explosives"


def test_statements_have_no_plover_event():
    assert lookup("010").event is None and lookup("010").quad_class == 1


def test_unknown_subcode_falls_back_to_parent():
    assert lookup("0549").code == "054"
    with pytest.raises(QueryError):
        lookup("99")
    assert not is_code("99")


@given(st.sampled_from(CODES))
def test_every_code_is_consistent(code):
    entry = lookup(code)
    assert entry.code == code and entry.root == code[:2]
    assert -10 <= entry.goldstein <= 10
    root = int(code[:2])
    assert entry.quad_class == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
    if root >= 2:
        assert entry.event is not None


def test_goldstein_is_the_gdelt_column(shared_dir):
    """docs/codes.md says which public Goldstein table we ship: check every value against it."""
    with open(shared_dir / "reference/cameo/cameo_codes_goldstein.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            expected = float(row["goldstein_gdelt_lookup"] or row["goldstein_icews_csv"])
            assert lookup(row["cameo_code"]).goldstein == pytest.approx(expected), row["cameo_code"]


def test_plover_manual_corrections():
    # CONCEDE: "removing curfews", easing legal restrictions; RETREAT: resignations (mode resign)
    assert lookup("0813").event == "CONCEDE" and lookup("0814").event == "CONCEDE"
    assert lookup("0831").event == "RETREAT" and lookup("0831").mode == "resign"
    assert lookup("192").event == "ASSAULT"
