"""The language bundle and the code rules: what the engine reads, and how a bad row fails."""

from __future__ import annotations

import pytest

from annalyst.errors import ModelError
from annalyst.events.lexicon import build_lexicon
from annalyst.lang import load_bundle, load_ontology
from annalyst.lang.bundle import Bundle
from annalyst.lang.ontology import COLUMNS, CodeClass, build
from annalyst.lang.tables import parse_rows

HEADER = "# comment\nkind\tname\tkey\tvalue\n"


def rules(text: str):
    return build(list(parse_rows(HEADER + text, "rules.tsv", COLUMNS)))


def test_packaged_bundle_and_rules_load():
    lang, ont = load_bundle("en"), load_ontology()
    assert lang.words("protest_nouns") >= {"protest", "rally", "march", "strike"}
    assert "nsubj" in lang.labels("subj") and lang.label_sequence("subj")[0] == "nsubj"
    assert ont.map("threat_root")["18"] == "1383"
    assert ont.code("statement") == "010"


def test_code_class_prefixes_and_exact_codes():
    klass = rules("class\tc\t18*\t-\nclass\tc\t175*\t-\nclass\tc\t016\t-\n").codes("c")
    assert isinstance(klass, CodeClass)
    assert {code for code in ("18", "183", "1831", "175", "1751", "016") if code in klass} == \
        {"18", "183", "1831", "175", "1751", "016"}
    assert [code for code in ("17", "173", "19", "190", "0161", "01", "") if code in klass] == []


def test_ordered_rows_keep_file_order():
    ont = rules("list\tkinds\t020\t024\nlist\tkinds\t020\t021\nrefine\tweapon/190\tweapon_gun\t193\n"
                "refine\tweapon/190\tweapon_bomb\t183\ntopic\t024\ttopic_policy\t2\ntopic\t024\ttopic_regime\t=0244\n")
    assert ont.list("kinds") == {"020": ("024", "021")}
    assert ont.refine("weapon") == {"190": (("weapon_gun", "193"), ("weapon_bomb", "183"))}
    assert ont.topics == {"024": (("topic_policy", "2"), ("topic_regime", "=0244"))}


@pytest.mark.parametrize("row, why", [
    ("map\tm\t190\n", "3 tab-separated values"),
    ("map\tm\t190\t\n", "value column is empty"),
    ("mapp\tm\t190\t186\n", "kind 'mapp'"),
    ("map\tm\t190\t999\n", "'999' is not a CAMEO code"),
    ("class\tc\t1x*\t-\n", "not a code or a code prefix"),
    ("topic\t024\ttopic_policy\tx\n", "neither a digit"),
    ("map\tm\t190\t186\nmap\tm\t190\t185\n", "gives '190' twice"),
    ("refine\tweapon\tweapon_gun\t193\n", "must be FAMILY/CODE"),
])
def test_a_bad_rule_row_fails_with_file_and_line(row, why):
    with pytest.raises(ModelError) as err:
        rules(row)
    assert why in str(err.value)
    assert f"rules.tsv:{2 + row.count(chr(10))}" in str(err.value)  # the offending line (after the header)


def test_a_bad_header_fails():
    with pytest.raises(ModelError, match=r"rules.tsv:1: the header must be"):
        list(parse_rows("kind\tname\tkey\n", "rules.tsv", COLUMNS))


def test_unknown_names_fail_loudly():
    ont, lang = rules("code\tstatement\t010\t-\n"), Bundle("xx", {"a": ("b",)}, {})
    with pytest.raises(ModelError, match="no class named 'violent'"):
        ont.codes("violent")
    with pytest.raises(ModelError, match="no class 'nope' in words.tsv"):
        lang.words("nope")
    with pytest.raises(ModelError, match="names the unknown map 'nope'"):
        rules("content\t020\tnope\t-\n")


def test_a_lexicon_line_of_unknown_kind_fails_with_file_and_line():
    text = "# lexicon\nkind group item code\nverb state say 010\nverbb state declare 010\n"
    with pytest.raises(ModelError, match=r"lexicon.tsv:4: kind 'verbb'"):
        build_lexicon([(text, "lexicon.tsv", 2)])
    lex = build_lexicon([(text.replace("verbb", "verb"), "lexicon.tsv", 2)])
    assert {k: v.code for k, v in lex.verbs.items()} == {"say": "010", "declare": "010"}
