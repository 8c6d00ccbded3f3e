"""Headline-shaped lines inside a web page's body: links to other stories, not the article.

A page's body often carries a teaser for another story between its paragraphs ("SEE MORE: Hong
Kong protests: 800 students under siege in university", "MORE: Black-led group strikes deal to
revitalize Oakland Coliseum site") or a related story's headline set in capitals ("CO-FOUNDER
'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM").  Coded as prose, its verbs
become events of this article.  A line is such a link (reason ``boilerplate:headline``) when, by its
shape alone:

* it is a paragraph of its own, not the page's first line (the title, read as front matter) and not
  the opening of a hard-wrapped wire block;
* it has ``MIN_WORDS``..``MAX_WORDS`` words, ends without a sentence end (a full stop, a question
  or exclamation mark, a quotation mark, a colon) and holds fewer than two numbers (a table row);
* and it points elsewhere: an upper-case label and a colon before a headline ("MORE:", "WATCH:",
  "RELATED:" -- any upper-case label of two letters or more, no list of them), or it is set in
  capitals throughout and is as long as a sentence (``MIN_CAPS_WORDS``).

A section heading in title or sentence case ("Harry and Meghan felt 'trapped' in the family") is the
article's own and is kept; the parse stage keeps it a sentence of its own (a paragraph never runs on).
"""

from __future__ import annotations

import re
from typing import Protocol, Sequence

from annalyst.clean.patterns import tokens

REASON = "boilerplate:headline"
MIN_WORDS = 4
MAX_WORDS = 18
# a line in capitals needs this many words to be a headline (a sentence's length): a shorter one is a
# section heading set in capitals ("MAKING SPICED HONEY PEAR JAM"), the article's own
MIN_CAPS_WORDS = 8
_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019", ":", ";", ",", "\u2026")
_NUMBER = re.compile(r"\d[\d,.]*")
# "SEE MORE: <headline>": an upper-case label of one to three words, a colon, then the linked headline
# (two letters at least: "Q:" and "A:" open an interview's questions and answers)
_LABEL = re.compile(r"(?P<label>[A-Z][A-Z'\u2019&]+(?:[ ][A-Z][A-Z'\u2019&]*){0,2})[ ]?:[ \t]+(?P<rest>\S.*)")


class _Line(Protocol):
    no: int
    text: str
    block: int
    reason: object


def headline_shaped(text: str) -> bool:
    """``text`` (one line) is a link to another story by its shape (see the module's docstring)."""
    line = text.strip()
    if not line or line.endswith(_ENDS) or len(_NUMBER.findall(line)) >= 2:
        return False
    if not MIN_WORDS <= len(tokens(line)) <= MAX_WORDS:
        return False
    label = _LABEL.fullmatch(line)
    if label is not None and len(tokens(label.group("rest"))) >= MIN_WORDS - 1:
        return True
    letters = [c for c in line if c.isalpha()]
    return len(tokens(line)) >= MIN_CAPS_WORDS and bool(letters) and all(c.isupper() for c in letters)


def mark_headline_lines(lines: Sequence[_Line]) -> None:
    """Mark each kept line that is a paragraph of its own and headline-shaped, after the first."""
    kept = [line for line in lines if line.reason is None]
    per_block: dict[int, int] = {}
    for line in kept:
        per_block[line.block] = per_block.get(line.block, 0) + 1
    for line in kept[1:]:
        if per_block[line.block] == 1 and headline_shaped(line.text):
            line.reason = REASON
