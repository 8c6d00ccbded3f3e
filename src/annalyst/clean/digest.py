"""Digests and headline lists: a run of headlines is not prose and is not coded.

A news digest ("Top stories", a wire's hourly headline list, a front page's "In the news" box) is
a run of short lines, each a headline: it is short, ends without a full stop and is mostly words
(a results table's rows are mostly numbers).  Coded as prose, the list becomes one "sentence"
of sixty headlines and its verbs become events with the wrong actors.  A run of at least
``MIN_HEADLINES`` such lines is removed with the reason ``digest:headlines`` (the document's
``removed`` lines keep it); a document that is nothing but a digest is then skipped as empty.

Hard-wrapped wire copy (old Reuters bodies cut at ~65 columns) also has many lines without a full
stop; its lines are cut mid-sentence, so many start in lower case and most are close to the wrap
width: a run where lower-case starts are common, or whose lines are nearly all of one length, is
not a digest.
"""

from __future__ import annotations

import re
from typing import Protocol, Sequence

MIN_HEADLINES = 8  # fewer is a short list inside an article (a box of three related links)
MAX_HEADLINE_WORDS = 16
MAX_LOWER_STARTS = 0.1  # share of lines starting in lower case a headline run may have
_TOKEN = re.compile(r"[^\W_]+")
_ENDS_SENTENCE = (".", "!", "?", '"', "”", "'", ":", ";", ",")
_BULLET = re.compile(r"^(?:[-*•·–—]|\d{1,2}[.)])\s")


class _Line(Protocol):
    text: str
    reason: object


MAX_NUMBER_SHARE = 0.25  # a table row ("Shr 22 cts vs 15 cts", "Net 1,234,000 vs 987,000") is numbers


def _headline_shaped(text: str) -> bool:
    words = _TOKEN.findall(text)
    if not 0 < len(words) <= MAX_HEADLINE_WORDS or text.rstrip().endswith(_ENDS_SENTENCE):
        return False
    return sum(1 for w in words if w[0].isdigit()) <= MAX_NUMBER_SHARE * len(words)


def _starts_lower(text: str) -> bool:
    body = _BULLET.sub("", text).lstrip()
    return bool(body) and body[0].islower()


def _one_width(run: Sequence[_Line]) -> bool:
    """Lines nearly all of one length: text cut at a fixed width, not a list of headlines."""
    lengths = sorted(len(line.text) for line in run)
    return lengths[len(lengths) // 4] >= 0.85 * lengths[-1]


def _is_digest(run: Sequence[_Line]) -> bool:
    if len(run) < MIN_HEADLINES:
        return False
    lower = sum(1 for line in run if _starts_lower(line.text))
    return lower <= MAX_LOWER_STARTS * len(run) and not _one_width(run)


def mark_digests(lines: Sequence[_Line]) -> int:
    """Mark every run of headline-shaped kept lines long enough to be a digest; returns the count."""
    marked = 0
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and line.reason is None and _headline_shaped(line.text):
            run.append(line)
            continue
        if line is not None and line.reason is not None:
            continue  # removed furniture between two headlines does not end the list
        if _is_digest(run):
            for item in run:
                item.reason = "digest:headlines"
            marked += len(run)
        run = []
    return marked
