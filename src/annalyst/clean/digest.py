"""Digests and headline lists: a run of headlines is not prose and is not coded.

A news digest ("Top stories", a wire's hourly headline list, a front page's "In the news" box) is
a run of short lines, each a headline: it is short, ends without a full stop and is mostly words
(a results table's rows are mostly numbers).  Coded as prose, the list becomes one "sentence"
of sixty headlines and its verbs become events with the wrong actors.  A run of at least
``MIN_HEADLINES`` such lines is removed with the reason ``digest:headlines`` (the document's
``removed`` lines keep it); a document that is nothing but a digest is then skipped as empty.
An item naming what the article's prose names (a capitalised word of a prose line outside the
run) is the article's own short line that junk headlines beside it drew into the run (a list of
TV programmes with teasers between its items): it stays.

Hard-wrapped wire copy (old Reuters bodies cut at ~65 columns) also has many lines without a full
stop; its lines are cut mid-sentence, so many start in lower case and most are close to the wrap
width: a run where lower-case starts are common, or whose lines are nearly all of one length, is
not a digest.

A web page's own lists are not digests either (trafilatura writes a list item as "- item", a
table row as "| cell | cell |"): a run whose lines are mostly bulleted items (a feature list, a
recipe's ingredients, a list of steps), mostly a table's rows, commands or addresses, a table's
cells repeated (a third of the run's lines are lines it repeats), or lines cut to one template (a tour's
dates "June 9 – City, ST @ Venue", a group table "- England (Group A): 10th appearance": most
lines with the same separators in the same order) is the article's data.  Scripts written
without spaces (Chinese, Japanese, Thai) count about one word per ``language.UNSPACED_CHARS_PER_WORD``
characters, and their sentence ends (。！？) end a sentence: a Japanese article is prose, not a
run of one-"word" headlines.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Protocol, Sequence

from annalyst.clean import furniture, language

MIN_HEADLINES = 8  # fewer is a short list inside an article (a box of three related links)
MAX_HEADLINE_WORDS = 16
MAX_LOWER_STARTS = 0.1  # share of lines starting in lower case a headline run may have
_TOKEN = re.compile(r"[^\W_]+")
_ENDS_SENTENCE = (".", "!", "?", '"', "”", "'", ":", ";", ",",
                  "。", "！", "？", "．", "」", "』", "、", "，", "：", "；", "…", "।", "۔", "؟", "،")
MIN_TABLE_CELLS = 2  # "| Ashford | Damian Green |": cell bars make a table row
MIN_LIST_SHARE = 0.5  # a run this much bulleted (or data) is the page's list (features, steps, rows)
MIN_REPEATED_SHARE = 1 / 3  # a digest names each story once; a flattened table repeats its cells
MIN_TEMPLATE_SHARE = 0.6  # a run this much cut to one template of separators is a schedule or roster
# separators a template is made of (a spaced hyphen or dash is one separator mark)
_SEPARATORS = re.compile(r"\s[-–—]{1,2}\s|[|@:;()/,–—]")
_BULLET = re.compile(r"^(?:[-*•·–—]|\d{1,2}[.)])\s")


class _Line(Protocol):
    text: str
    reason: object


MAX_NUMBER_SHARE = 0.25  # a table row ("Shr 22 cts vs 15 cts", "Net 1,234,000 vs 987,000") is numbers


def _headline_shaped(text: str) -> bool:
    if text.rstrip().endswith(_ENDS_SENTENCE):
        return False  # most lines, told before their words are counted
    words = _TOKEN.findall(text)
    n_words = len(words) if text.isascii() else language.word_count(words)
    if not 0 < n_words <= MAX_HEADLINE_WORDS:
        return False
    return sum(1 for w in words if w[0].isdigit()) <= MAX_NUMBER_SHARE * len(words)


def _starts_lower(text: str) -> bool:
    body = _BULLET.sub("", text).lstrip()
    return bool(body) and body[0].islower()


def _one_width(run: Sequence[_Line]) -> bool:
    """Lines nearly all of one length: text cut at a fixed width, not a list of headlines."""
    lengths = sorted(len(line.text) for line in run)
    return lengths[len(lengths) // 4] >= 0.85 * lengths[-1]


def _data_line(text: str) -> bool:
    """A table's row ("| Ashford | Damian Green |"), a command or an address."""
    return text.count("|") >= MIN_TABLE_CELLS or furniture.code_or_address(text)


def _template(text: str) -> str:
    """The separators of a line in order, after its bullet ("June 9 – Tampa, FL @ Arena": "–,@")."""
    return "".join(mark.strip()[:1] for mark in _SEPARATORS.findall(_BULLET.sub("", text)))


def _page_list(run: Sequence[_Line]) -> bool:
    """Mostly bulleted items, lines repeated within the run (a table's cells read row by row), or
    mostly lines of one template of separators: the article's list."""
    texts = Counter(line.text for line in run)
    if sum(n for n in texts.values() if n > 1) >= MIN_REPEATED_SHARE * len(run):
        return True
    if sum(1 for line in run if _BULLET.match(line.text)) >= MIN_LIST_SHARE * len(run):
        return True
    if sum(1 for line in run if _data_line(line.text)) >= MIN_LIST_SHARE * len(run):
        return True  # table rows, commands, addresses
    templates = Counter(_template(line.text) for line in run)
    templates.pop("", None)
    return bool(templates) and max(templates.values()) >= MIN_TEMPLATE_SHARE * len(run)


def _is_digest(run: Sequence[_Line]) -> bool:
    if len(run) < MIN_HEADLINES:
        return False
    lower = sum(1 for line in run if _starts_lower(line.text))
    return lower <= MAX_LOWER_STARTS * len(run) and not _one_width(run) and not _page_list(run)


def _prose_names(lines: Sequence[_Line], run: Sequence[_Line]) -> set[str]:
    """The names (capitalised words after a line's first) of the kept prose lines outside ``run``."""
    inside = {id(line) for line in run}
    names: set[str] = set()
    for line in lines:
        if line.reason is None and id(line) not in inside and furniture.is_prose(line.text):
            names.update(word for word in _NAME.findall(line.text)[1:] if word[0].isupper())
    return names


_NAME = re.compile(r"[^\W\d_][\w'’-]*")


def mark_digests(lines: Sequence[_Line]) -> int:
    """Mark every run of headline-shaped kept lines long enough to be a digest; returns the count.

    An item that names someone or something the article's prose names (a capitalised word of a
    prose line outside the run) is the article's own short line caught in the run, not another
    story's headline: a digest's stories are not the article's, and its items stay unmarked."""
    marked = 0
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and line.reason is None and _headline_shaped(line.text):
            run.append(line)
            continue
        if line is not None and line.reason is not None:
            continue  # removed furniture between two headlines does not end the list
        if _is_digest(run):
            names = _prose_names(lines, run)
            for item in run:
                if not names.intersection(word for word in _NAME.findall(item.text)[1:] if word[0].isupper()):
                    item.reason = "digest:headlines"
                    marked += 1
        run = []
    return marked
