"""Language bundles (``lang/<language>/``: word classes, parser labels, predicate lexicon) and
the language-independent code rules (``codes/data/code_rules.tsv``), read by one checked loader
(``annalyst.lang.tables``).  See ``docs/language-bundle.md``."""

from annalyst.lang.bundle import Bundle, load_bundle
from annalyst.lang.ontology import CodeClass, Ontology, load_ontology

__all__ = ["Bundle", "CodeClass", "Ontology", "load_bundle", "load_ontology"]
