"""Text repair before anything looks at the words: mojibake, HTML entities, Unicode forms, spaces."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import ftfy

# Space characters other than the plain space (NBSP, thin space, ideographic space...).  Scraped
# text glues a dateline to its sentence with an NBSP ("July 13, 2022\xa0 North Korea"); the
# date resolver and the tokenizer expect a plain space.
_ODD_SPACES = re.compile(r"[^\S\n]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_WORD = re.compile(r"\w+", re.UNICODE)

_FTFY = ftfy.TextFixerConfig(unescape_html=True, normalization="NFC", explain=False)
# A segment of printable ASCII without "&" (plus tabs and line breaks) is one ftfy leaves as it is:
# no mojibake, entity, terminal escape, control character or width/ligature/quote form to fix
_PLAIN_ASCII = re.compile(r"[\t\n\x20-\x25\x27-\x7e]*")


def repair(text: str) -> str:
    """``ftfy.fix_text(text, _FTFY)``, segment by segment as ftfy itself goes (a segment is a line
    with its line break), calling ftfy only on the segments it could change: in wire copy most
    lines are plain ASCII, and ftfy's per-line set-up was a fifth of the cleaning time."""
    if _PLAIN_ASCII.fullmatch(text):
        return text
    out, pos = [], 0
    while pos < len(text):
        end = text.find("\n", pos) + 1 or len(text)
        segment = text[pos:end]
        out.append(segment if _PLAIN_ASCII.fullmatch(segment) else ftfy.fix_text(segment, _FTFY))
        pos = end
    return "".join(out)


def normalize_text(text: str) -> str:
    """Repair encoding (ftfy), decode HTML entities, NFC, unify line breaks and spaces.

    Line structure is kept (same number of lines, so removed lines keep their line numbers);
    runs of spaces inside a line become one space and lines lose trailing spaces.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = repair(text)
    text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = [_ODD_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def content_hash(text: str) -> str:
    """The hash exact-duplicate detection uses: case, punctuation and spacing do not count."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.casefold())
