"""Versions of one story: re-issues, updates and corrections an agency files under one headline.

A wire re-issues a story (a repeat for another desk, a correction, an update with a new paragraph)
under the same headline, or the same headline with a slug ("UPDATE 1-", "(CORRECTED)").  Each version
is a document of its own, and its sentences are mentions of the same happenings; counted as
independent reports they would inflate an event's article count and confidence.  Two documents are
versions of one story when they come from the same outlet, are published the same day (or neither
is dated) and their headlines have the same *stem* (the headline without the markers of ``data/version_markers.tsv``, its
letters and digits only, upper case).  The merge rule joins their mentions on their content; the
story key makes the event count them once (docs/store.md, "Versions of one story").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

_NON_WORD = re.compile(r"[^\w]+|_")


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], ...]:
    text = resources.files("annalyst.store").joinpath("data/version_markers.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern, _meaning in rows[1:])


@lru_cache(maxsize=16384)
def headline_stem(title: str) -> str:
    """The headline without re-issue and update markers, as upper-case words: versions share it."""
    for marker in _markers():
        title = marker.sub(" ", title)
    return " ".join(_NON_WORD.sub(" ", title.upper()).split())


# An undated document is a version of another undated one of its outlet by its headline alone: a
# headline of this many words at least, so that a generic one ("Introduction", "Press release") joins
# nothing.  In the BBC News corpus (2,225 files dated nowhere, no outlet) the 129 headlines that two
# files share are all one story filed twice (98 identical, 31 edited copies: shared words 0.46-1.0).
MIN_UNDATED_STEM_WORDS = 3


def story_key(doc_id: str, title: Optional[str], outlet: Optional[str], published: Any) -> str:
    """The story a document is a version of: outlet, day and headline stem; for a document with no
    publication date, outlet and headline stem (at least ``MIN_UNDATED_STEM_WORDS`` words), with no
    day to tell two stories of one headline apart; the document itself when it has no headline
    (nothing to recognise a version by)."""
    if not title:
        return doc_id
    stem = headline_stem(title)
    if not stem:
        return doc_id
    if published is None:
        return f"{outlet or ''}|undated|{stem}" if len(stem.split()) >= MIN_UNDATED_STEM_WORDS else doc_id
    day = published.isoformat() if isinstance(published, (dt.date, dt.datetime)) else str(published)
    return f"{outlet or ''}|{day[:10]}|{stem}"
