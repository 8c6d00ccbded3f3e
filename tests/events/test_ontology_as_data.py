"""The event engine reads its ontology as data: no CAMEO code literal in its Python, and its
modules import without a cycle (``frames`` holds what ``coder`` and ``structure`` share)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import annalyst.events as events_pkg
from annalyst.events import coder, structure
from annalyst.lang import load_ontology

EVENTS = Path(events_pkg.__file__).parent
# the structure gate's pattern: a quoted CAMEO code or root ("010", "18", "1823")
CODE_LITERAL = re.compile(r"[\"'](0[0-9]{1,3}|1[0-9]{1,3}|20[0-9]{0,2})[\"']")


def test_no_cameo_code_literal_in_the_event_engine():
    found = {p.name: CODE_LITERAL.findall(p.read_text(encoding="utf-8")) for p in sorted(EVENTS.glob("*.py"))}
    assert {name: hits for name, hits in found.items() if hits} == {}


def _imports(module) -> set[str]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_structure_does_not_import_the_coder():
    assert "annalyst.events.coder" not in _imports(structure)
    assert "annalyst.events.frames" in _imports(structure) and "annalyst.events.frames" in _imports(coder)


def test_the_engine_reads_the_rules_it_was_given():
    ont = load_ontology()
    assert structure.THREAT_FOR is ont.map("threat_for")
    assert coder.KIND_OF_GENERIC is ont.list("generic_kinds")
    assert set(coder.WEAPON_CODES) == {"180", "190", "1823", "183"}


# a tuple of parser labels written in the engine's Python: ``dep_ in ("dobj", "obj")``, the same through a
# local name (``dep = t.dep_`` ... ``dep in ("ccomp", ...)``), ``label_ids("nsubj", ...)`` (labels by role live in
# lang/<language>/labels.tsv)
LABEL_TUPLE = re.compile(r"(?:dep_|pos_|tag_|\b(?:dep|pos|tag|label))\s+(?:not\s+)?in\s+\(\s*[\"']|label_ids\(\s*[\"']")


def test_no_inline_label_tuple_in_the_event_engine():
    found = {p.name: LABEL_TUPLE.findall(p.read_text(encoding="utf-8")) for p in sorted(EVENTS.glob("*.py"))}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_label_roles_are_read_from_the_bundle():
    from annalyst.lang import load_bundle
    lang = load_bundle("en")
    assert structure.PATIENT == lang.labels("patient") and {"dobj", "nsubjpass"} <= structure.PATIENT
    assert structure.OBJECT == lang.labels("object") == coder.OBJECT
