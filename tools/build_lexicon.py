"""Convert the PETRARCH2 verb dictionary's facts into annalyst's lexicon format, once.

Run from the repository root:  ``python tools/build_lexicon.py``
Writes ``src/annalyst/lang/en/petrarch_verbs.tsv``.

Source: ../shared/reference/petrarch2-dictionaries/CAMEO.2.0.txt (openeventdata/petrarch2,
MIT, Copyright (c) 2015 Open Event Data Alliance).  Only facts are taken: which verb, with which
object words / prepositions, means which CAMEO code.  The output is annalyst's own format
(documented in docs/events.md and in the output header):

    kind    group   item                        code
    verb    ask     ask                         020     a verb lemma (group = its verb family)
    pattern ask     for @security               0234    words after the verb (in order)
    set     @food   rice                        -       a word class used in patterns

Pattern items: space-separated words that must follow the verb, in order, inside its clause;
``a_b`` = the words "a b" next to each other; ``@name`` = any word of set ``@name``;
``^word`` = a word before the verb (usually in the subject).
"""

from __future__ import annotations

from pathlib import Path

from annalyst.dicts.petrarch import verb_rows

REPO = Path(__file__).resolve().parents[1]
SRC = REPO.parent / "shared" / "reference" / "petrarch2-dictionaries" / "CAMEO.2.0.txt"
OUT = REPO / "src" / "annalyst" / "lang" / "en" / "petrarch_verbs.tsv"


def main() -> None:
    # the conversion is the package's own (``annalyst dict import petrarch --kind verbs`` runs it too)
    rows, _skipped = verb_rows(SRC.read_text(encoding="utf-8", errors="replace").splitlines())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# PETRARCH2 verb-pattern facts in annalyst's lexicon format (see docs/events.md):\n")
        fh.write("#   verb    GROUP  LEMMA    CODE   a verb of family GROUP; CODE when no pattern matches ('-' = none)\n")
        fh.write("#   pattern GROUP  WORDS    CODE   words after the verb, in order (a_b adjacent, @set, ^before)\n")
        fh.write("#   set     @NAME  WORD     -      a word class used in patterns\n")
        fh.write("# Source: ../shared/reference/petrarch2-dictionaries/CAMEO.2.0.txt (openeventdata/petrarch2, MIT,\n")
        fh.write("# (c) 2015 Open Event Data Alliance); converted by tools/build_lexicon.py.  Format: docs/events.md.\n")
        fh.write("kind\tgroup\titem\tcode\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
