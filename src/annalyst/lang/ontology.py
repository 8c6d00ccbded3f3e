"""The CAMEO ontology's decisions as data: named code classes, code-to-code maps, and the
refinements a code takes from the words around it (``codes/data/code_rules.tsv``).

These rules are the same in every language (CAMEO codes, not words): the event engine asks for
them by name (``ONTOLOGY.codes("violent")``, ``ONTOLOGY.map("threat_for")``) and holds no code
literal of its own.  Cue names in the rules (``topic_policy``, ``weapon_gun``) name word classes
of the language bundle's lexicon (``cue`` rows), so the words stay in ``lang/<language>/``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from annalyst.errors import ModelError
from annalyst.lang.tables import Row, bad_row, read_rows

RULES_PACKAGE = "annalyst.codes"
RULES_PATH = ("data", "code_rules.tsv")
COLUMNS = ("kind", "name", "key", "value")
KINDS = ("class", "code", "map", "list", "refine", "topic", "need", "content", "role", "veto", "fold")
ROLE_SLOTS = ("agent", "target", "coded_target")  # the frame roles a ``role`` row may fill (coded_target:
# the target, once the event's code is settled)
EVERY_CODE = "*"  # a ``role``, ``veto`` or ``fold`` row for every code class
VETO_STAGES = ("frame", "sentence")  # where a ``veto`` row's test runs: on a frame before its actors are
# filled (``structure.build_candidate``), or on the sentence's coded candidates (``events.vetoes``)
FOLD_ADJUNCTS = ("purpose", "participle", "coordinated")  # the clauses a ``fold`` row may fold into the act they
# hang on (``events.folds``): a to-infinitive of purpose, a participle with no subject of its own, a coordinated verb
_PATTERN = re.compile(r"^\d{2,4}\*?$")


@dataclass(frozen=True, slots=True)
class CodeClass:
    """A named set of CAMEO codes: exact codes, and prefixes (``18*``: every code under root 18).

    ``code in klass`` is the test the engine makes; a prefix of n digits is compared with the
    code's first n digits (a two-digit prefix tests the root, as slicing the code did)."""

    name: str
    exact: frozenset[str]
    prefixes: tuple[tuple[int, frozenset[str]], ...]

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, str):
            return False
        if code in self.exact:
            return True
        for n, heads in self.prefixes:
            if code[:n] in heads:
                return True
        return False


@dataclass(slots=True)
class Ontology:
    classes: dict[str, CodeClass] = field(default_factory=dict)
    named: dict[str, str] = field(default_factory=dict)
    maps: dict[str, dict[str, str]] = field(default_factory=dict)
    lists: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    refinements: dict[str, dict[str, tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    topics: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    needs: dict[str, dict[str, str]] = field(default_factory=dict)
    content: dict[str, tuple[str, str]] = field(default_factory=dict)
    role_rows: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    veto_rows: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    fold_rows: tuple[tuple[str, str, str], ...] = ()

    def codes(self, name: str) -> CodeClass:
        return _known(self.classes, name, "class")

    def code(self, name: str) -> str:
        return _known(self.named, name, "code")

    def map(self, name: str) -> dict[str, str]:
        return _known(self.maps, name, "map")

    def list(self, name: str) -> dict[str, tuple[str, ...]]:
        return _known(self.lists, name, "list")

    def refine(self, family: str) -> dict[str, tuple[tuple[str, str], ...]]:
        """Per code of the family, its (cue, new code) refinements in file order (first match wins)."""
        return _known(self.refinements, family, "refine")

    def roles(self, slot: str) -> tuple[tuple[str, str], ...]:
        """The (code class or ``*``, filler) pairs that may fill a frame role, in file order: the order
        the role engine tries them in (``events.structure.fill_role``)."""
        return self.role_rows.get(slot, ())

    def vetoes(self, stage: str) -> tuple[tuple[str, str], ...]:
        """The (code class or ``*``, test) pairs of the ``veto`` rows of a stage, in file order: a
        candidate whose code is of the class is no event when the named test holds (``events.vetoes``)."""
        return self.veto_rows.get(stage, ())

    def folds(self) -> tuple[tuple[str, str, str], ...]:
        """The (adjunct kind, code class or ``*``, relation) triples of the ``fold`` rows, in file order: an
        adjunct of the kind, coded in the class, that stands in the named relation to the act it hangs on is
        folded into that act (``events.folds``; the first row that holds decides)."""
        return self.fold_rows

    def need(self, family: str) -> dict[str, str]:
        """Per refined code, the word class the sentence must also hold for it to apply."""
        return self.needs.get(family, {})


def _known(table: dict, name: str, kind: str):
    got = table.get(name)
    if got is None:
        raise ModelError(f"The code rules (codes/{'/'.join(RULES_PATH)}) have no {kind} named {name!r}.",
                         f"Add `{kind}` rows named {name!r} to the rules file, or reinstall annalyst.")
    return got


def _code_check(value: str) -> str | None:
    from annalyst.codes import is_code

    # a 4-digit sub-code the codebook does not list (1214, 1951) stands for its parent, as in
    # ``codes.lookup``; anything else must be the codebook's
    if is_code(value) or (len(value) == 4 and value.isdigit() and is_code(value[:3])):
        return None
    return "not a CAMEO code of the codebook (codes/data/cameo.tsv) nor a sub-code of one"


def _check_row(row: Row) -> None:
    kind, name, key, value = row.values
    if kind not in KINDS:
        raise bad_row(row.where, f"kind {kind!r} is none of {', '.join(KINDS)}")
    codes = {"class": [key.rstrip("*")], "code": [key], "map": [key, value], "list": [key, value],
             "refine": [value], "topic": [name] + ([value[1:]] if value.startswith("=") else []),
             "need": [key], "content": [name], "role": [], "veto": [], "fold": []}[kind]
    if kind == "role" and name not in ROLE_SLOTS:
        raise bad_row(row.where, f"role {name!r} is none of {', '.join(ROLE_SLOTS)}")
    if kind == "veto" and name not in VETO_STAGES:
        raise bad_row(row.where, f"veto stage {name!r} is none of {', '.join(VETO_STAGES)}")
    if kind == "fold" and name not in FOLD_ADJUNCTS:
        raise bad_row(row.where, f"fold adjunct {name!r} is none of {', '.join(FOLD_ADJUNCTS)}")
    if kind == "class" and not _PATTERN.match(key):
        raise bad_row(row.where, f"class member {key!r} is not a code or a code prefix like 18*")
    if kind == "topic" and not value.startswith("=") and not value.isdigit():
        raise bad_row(row.where, f"topic value {value!r} is neither a digit to append nor =CODE")
    if kind == "map" and name == "topic_prefix":
        codes = [key, value]
    for code in codes:
        why = _code_check(code)
        if why:
            raise bad_row(row.where, f"{code!r} is {why}")


def build(rows: list[Row]) -> Ontology:
    ont = Ontology()
    members: dict[str, list[str]] = {}
    for row in rows:
        _check_row(row)
        kind, name, key, value = row.values
        if kind == "class":
            members.setdefault(name, []).append(key)
        elif kind == "code":
            if name in ont.named:
                raise bad_row(row.where, f"code {name!r} is named twice")
            ont.named[name] = key
        elif kind == "map":
            table = ont.maps.setdefault(name, {})
            if key in table:
                raise bad_row(row.where, f"map {name!r} gives {key!r} twice")
            table[key] = value
        elif kind == "list":
            lists = ont.lists.setdefault(name, {})
            lists[key] = lists.get(key, ()) + (value,)
        elif kind == "refine":
            family, _, code = name.partition("/")
            if not code:
                raise bad_row(row.where, f"refine name {name!r} must be FAMILY/CODE")
            why = _code_check(code)
            if why:
                raise bad_row(row.where, f"{code!r} is {why}")
            fam = ont.refinements.setdefault(family, {})
            fam[code] = fam.get(code, ()) + ((key, value),)
        elif kind == "topic":
            ont.topics[name] = ont.topics.get(name, ()) + ((key, value),)
        elif kind == "need":
            ont.needs.setdefault(name, {})[key] = value
        elif kind == "content":
            ont.content[name] = (key, value)
        elif kind == "role":
            ont.role_rows[name] = ont.role_rows.get(name, ()) + ((key, value),)
        elif kind == "veto":
            ont.veto_rows[name] = ont.veto_rows.get(name, ()) + ((key, value),)
        elif kind == "fold":
            ont.fold_rows += ((name, key, value),)
    for name, keys in members.items():
        exact = frozenset(k for k in keys if not k.endswith("*"))
        by_len: dict[int, set[str]] = {}
        for k in keys:
            if k.endswith("*"):
                by_len.setdefault(len(k) - 1, set()).add(k[:-1])
        ont.classes[name] = CodeClass(name, exact, tuple((n, frozenset(s)) for n, s in sorted(by_len.items())))
    folds = {adjunct: tuple((klass, rel) for kind, klass, rel in ont.fold_rows if kind == adjunct)
             for adjunct in FOLD_ADJUNCTS}
    for kind, table in (("role", ont.role_rows), ("veto", ont.veto_rows), ("fold", folds)):
        for slot, rows in table.items():
            for klass, _ in rows:
                if klass != EVERY_CODE and klass not in ont.classes:
                    raise ModelError(f"The code rules' {kind} row for {slot!r} names the unknown code class {klass!r}.",
                                     "Add that class's rows or correct the name in codes/data/code_rules.tsv.")
    for code, (specific, root) in ont.content.items():
        for table in (specific, root):
            if table != "-" and table not in ont.maps:
                raise ModelError(f"The code rules' content row for {code} names the unknown map {table!r}.",
                                 "Add that map's rows or correct the name in codes/data/code_rules.tsv.")
    return ont


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Read and check the packaged code rules once per process."""
    return build(read_rows(RULES_PACKAGE, RULES_PATH, COLUMNS))


ONTOLOGY_COLUMNS = COLUMNS
