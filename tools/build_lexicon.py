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

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO.parent / "shared" / "reference" / "petrarch2-dictionaries" / "CAMEO.2.0.txt"
OUT = REPO / "src" / "annalyst" / "lang" / "en" / "petrarch_verbs.tsv"

CODE = re.compile(r"\[([0-9]{2,4}|---)(?::[0-9]+)?\]")


def clean_word(w: str) -> str:
    w = w.strip().lower().rstrip("_")
    if w.startswith("&"):
        return "@" + w[1:].rstrip("_")
    return w


def convert_pattern(body: str) -> str:
    """'- * {HUMANITARIAN AID} (FOR X)' -> 'humanitarian_aid for x'."""
    body = body.replace("$", " ").replace("+", " ").replace("%", " ")
    pre, _, post = body.partition("*")
    out = []
    for part, prefix in ((pre, "^"), (post, "")):
        for m in re.finditer(r"\{([^}]*)\}|\(([^)]*)\)|(\S+)", part):
            if m.group(1) is not None:
                words = [clean_word(x) for x in m.group(1).split() if x.strip()]
                if words:
                    out.append(prefix + "_".join(words))
            elif m.group(2) is not None:
                # a prepositional phrase: its words in order
                out.extend(prefix + clean_word(x) for x in m.group(2).split() if x.strip())
            else:
                w = clean_word(m.group(3))
                if w and w not in ("-",):
                    out.append(prefix + w)
    return " ".join(w for w in out if w.strip("^@_"))


def main() -> None:
    lines = SRC.read_text(encoding="utf-8", errors="replace").splitlines()
    rows: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    in_sets = True
    current_set = ""
    group = ""
    group_code = "---"
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_sets = False
            continue
        if not line.strip():
            continue
        if in_sets:
            if line.startswith("&"):
                current_set = clean_word(line.strip())
            elif line.startswith("+") and current_set:
                for w in line[1:].split():
                    rows.append(("set", current_set, clean_word(w).replace("_", " ").strip(), "-"))
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            group = m.group(1).lower()
            group_code = m.group(2).split(":")[0]
            continue
        if line.startswith("-"):
            cm = CODE.search(line)
            if not cm or cm.group(1) == "---":
                continue
            pattern = convert_pattern(line[1: cm.start()])
            key = (group, pattern, "p")
            if pattern and key not in seen:
                seen.add(key)
                rows.append(("pattern", group, pattern, cm.group(1)))
            continue
        # a verb line: WORD {forms} [code]
        cm = CODE.search(line)
        code = cm.group(1) if cm else group_code
        head = re.sub(r"\{[^}]*\}", " ", line[: cm.start()] if cm else line).split()
        if not head:
            continue
        word = head[0]
        parts = word.split("_")
        verb_idx = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        verb = parts[verb_idx].lstrip("+").lower()
        if not verb.isalpha():
            continue
        rest = [("^" if i < verb_idx else "") + p.lower().lstrip("+") for i, p in enumerate(parts) if i != verb_idx and p]
        if rest:
            if code != "---" and (group, " ".join(rest), "p") not in seen:
                seen.add((group, " ".join(rest), "p"))
                rows.append(("pattern", verb, " ".join(rest), code))
            continue
        if (group, verb, "v") not in seen:
            seen.add((group, verb, "v"))
            rows.append(("verb", group, verb, code if code != "---" else "-"))
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
