"""A language bundle: the words and parser labels the event engine reads by class name.

``lang/<language>/`` holds, for one language and its spaCy model:

* ``words.tsv`` — word classes (``class  word``): pronouns, prepositions that name a target or a
  place, quantity nouns, modal auxiliaries, the nouns of protest and of deployment ...
* ``labels.tsv`` — the parser's label scheme by role (``class  label``): which dependency labels
  break a clause, mark a subject or an object; entity types that are no actors ...
* ``lexicon.tsv`` and ``petrarch_verbs.tsv`` — the predicate lexicon (``events/lexicon.py``).

The engine asks ``BUNDLE.words("target_preps")``; an unknown class name stops it at import with a
``ModelError`` (a typo never silently becomes an empty set).  Another language is another folder
with the same class names and a spaCy model."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from annalyst.errors import ModelError
from annalyst.lang.tables import read_rows

LANG_PACKAGE = "annalyst.lang"
DEFAULT_LANGUAGE = "en"
COLUMNS = ("class", "item")


@dataclass(slots=True)
class Bundle:
    language: str
    word_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    label_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        return frozenset(self.sequence(name))

    def sequence(self, name: str) -> tuple[str, ...]:
        """The class's words in file order (where the engine tries them in turn)."""
        return _known(self.word_classes, name, self.language, "words.tsv")

    def labels(self, name: str) -> frozenset[str]:
        return frozenset(self.label_sequence(name))

    def label_sequence(self, name: str) -> tuple[str, ...]:
        return _known(self.label_classes, name, self.language, "labels.tsv")

    def file(self, name: str) -> tuple[str, ...]:
        """The path of one of the bundle's files, for ``annalyst.lang.tables.read_text``."""
        return (self.language, name)


def _known(table: dict, name: str, language: str, file: str) -> tuple[str, ...]:
    got = table.get(name)
    if got is None:
        raise ModelError(f"The {language!r} language bundle has no class {name!r} in {file}.",
                         f"Add rows of class {name!r} to lang/{language}/{file}, or reinstall annalyst.")
    return got


def _no_space(value: str) -> str | None:
    return "holds a space (one word or label per row)" if " " in value else None


def _classes(language: str, file: str, lower: bool) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for row in read_rows(LANG_PACKAGE, (language, file), COLUMNS, {"class": _no_space, "item": _no_space}):
        name, item = row.values
        item = item.lower() if lower else item
        if item in out.get(name, ()):
            from annalyst.lang.tables import bad_row

            raise bad_row(row.where, f"{item!r} is listed twice in class {name!r}")
        out[name] = out.get(name, ()) + (item,)
    return out


@lru_cache(maxsize=4)
def load_bundle(language: str = DEFAULT_LANGUAGE) -> Bundle:
    """Read and check a language bundle once per process."""
    return Bundle(language, _classes(language, "words.tsv", lower=True), _classes(language, "labels.tsv", lower=False))
