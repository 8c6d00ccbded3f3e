"""Wire company markers: Reuters writes a company it codes in angle brackets.

"<Ariadne Australia Ltd> said ...", "Tesco Plc <TSCO.L> is issuing ...", "its <Air Europe>
subsidiary".  Kept as they come, the brackets are words to spaCy: a ``<`` opens a new sentence
(the dateline before it is cut off the lead: "SYDNEY, March 2 - " becomes a sentence of its own),
and ``Ltd>`` ends up inside the company's name.  The marker is read by its shape, not by any name:

* a ticker (capitals, digits, dots, no space: ``<TSCO.L>``, ``<IBM>``) right after a name is that
  name's symbol in apposition: it becomes ``(TSCO.L)``, as a reader would write it;
* anything else (a name, or a ticker that is itself the subject) loses its brackets.

Only plain text is rewritten (HTML is extracted to text, where such brackets do not occur).
"""

from __future__ import annotations

import re

# "<Ariadne Australia Ltd>", "<AMCO\nInsurance Co>", "<BAC.N>": a capital, then up to 80 characters
# of a name on at most two lines (no bracket, no blank line, no sentence end inside)
_MARKER = re.compile(r"<(?P<name>[A-Z][A-Za-z0-9.,&'/\- ]{0,80}(?:\n[A-Za-z0-9.,&'/\- ]{1,80})?)>")
_TICKER = re.compile(r"[A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,3})?")
# what ends a name before a ticker: a letter, a digit, a dot or a closing quote, then white space
_AFTER_NAME = re.compile(r"[A-Za-z0-9.'\u2019)][ \t]*\n?[ \t]*$")


def _rewrite(m: re.Match, text: str) -> str:
    name = m.group("name")
    if _TICKER.fullmatch(name) and _AFTER_NAME.search(text[max(0, m.start() - 4):m.start()]):
        return f"({name})"
    return name


def unbracket_company_markers(text: str) -> str:
    """``text`` with each wire company marker read as prose (see the module's docstring)."""
    if "<" not in text:
        return text
    return _MARKER.sub(lambda m: _rewrite(m, text), text)
