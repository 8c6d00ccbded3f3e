"""Front matter and closing matter of a plain-text article: date lines, bylines, titles, bios.

These lines are metadata, not text to code: "18.07.2022 Author: Jane Doe" gives the publication
date and author; the headline becomes the title; a closing "Jane Doe, PhD, senior fellow at ...,
exclusively for the magazine “X”" becomes the author's bio (and names the outlet).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from annalyst.clean.patterns import bio_term_count, tokens

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"

DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\b(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b",
    r"\b(?P<year>\d{4})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})\b",
    r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})\b",  # European dotted: day first
    r"\b(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b",  # slashes: US month first
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORD + r",?\s+(?P<year>\d{4})\b",
    _WEEKDAY + r"(?P<day>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})\b",
))
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)\)?)?",
                   re.IGNORECASE)
_FILLER = {
    "published", "updated", "posted", "on", "at", "last", "modified", "date", "created", "dated", "first",
    "am", "pm", "gmt", "utc", "est", "edt", "et", "bst", "cet", "cest", "msk", "ist", "pst", "pdt", "time",
    "and", "hours", "ago", "today", "yesterday", "issue", "edition", "print",
}

# "By Jane Doe", "Author: Jane Doe", "Written by J. Doe and John Roe", "Reporting by ..."
_NAME_TOKEN = r"(?:[A-Z][\w'’.-]*|(?:de|da|del|der|van|von|bin|al|la|le|du|ibn|el)\b)"
_NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}"
_BYLINE = re.compile(
    rf"(?:^|[\s|•·,;-])(?i:by|authors?|written\s+by|posted\s+by|words\s+by|story\s+by|reporting\s+by|reported\s+by|text)\s*[:\-–—]?\s+"
    rf"(?P<names>{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*)"
)
_CASED_NAME = re.compile(rf"^{_NAME}$")

MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200


@dataclass
class DateLine:
    published: Optional[dt.date]
    author: Optional[str]
    agency: Optional[str] = None

    @property
    def reason(self) -> str:
        return "front-matter:byline" if self.author else "front-matter:date"


def find_dates(line: str) -> list[tuple[int, int, Optional[dt.date]]]:
    """Every date expression in the line: (start, end, date or None if impossible)."""
    found: list[tuple[int, int, Optional[dt.date]]] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(line):
            if any(s <= match.start() < e for s, e, _ in found):
                continue
            found.append((match.start(), match.end(), _to_date(match)))
    return sorted(found)


def _to_date(match: re.Match[str]) -> Optional[dt.date]:
    parts = match.groupdict()
    if parts.get("mon"):
        month_no = int(parts["mon"])
    else:
        month_no = _MONTHS[parts["month"].lower()[:3]]
    day = int(parts["day"])
    if parts.get("mon") and month_no > 12 >= day:  # "18/07/2022": the other order is the only valid one
        month_no, day = day, month_no
    try:
        return dt.date(int(parts["year"]), month_no, day)
    except ValueError:
        return None


def _names(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,|&|\band\b)\s*", text.strip())
    return [p.strip(" .") for p in parts if p.strip(" .") and _CASED_NAME.match(p.strip())]


def parse_date_line(line: str) -> Optional[DateLine]:
    """A line that is only a date and/or a byline (with filler such as "Updated" or "|")."""
    rest = line
    published: Optional[dt.date] = None
    for start, end, date in reversed(find_dates(line)):
        published = published or date
        rest = rest[:start] + " " + rest[end:]
    author: Optional[str] = None
    agency: Optional[str] = None
    tail = ""
    byline = _BYLINE.search(rest)
    if byline:
        names = _names(byline.group("names"))
        if len(names) > 1 and len(names[-1].split()) == 1:
            agency = names.pop()  # "By Jane Doe, Reuters": people have two names, agencies one
        if names:
            author = ", ".join(names)
            rest, tail = rest[: byline.start()], rest[byline.end():]
    if published is None and author is None:
        return None
    if _content_words(rest) or len(_content_words(tail)) > 2:
        # words before a byline make it a headline ("Venus stunned by Farina Elia"); after it,
        # one short tail is the agency ("By Jane Doe, Reuters")
        return None
    return DateLine(published, author, agency)


def _content_words(text: str) -> list[str]:
    return [t for t in tokens(_TIME.sub(" ", text)) if t.lower().strip(".") not in _FILLER]


def looks_like_title(line: str) -> bool:
    """A headline: a few words, no closing full stop, starts with a capital, digit or quote."""
    words = tokens(line)
    if not 2 <= len(words) <= MAX_TITLE_WORDS or len(line) > MAX_TITLE_CHARS:
        return False
    if line.rstrip().endswith((".", ",", ";", ":")) and not line.rstrip().endswith("..."):
        return False
    first = line.lstrip("\"'“‘«([")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return any(ch.islower() for ch in line) or len(words) >= 3


@dataclass
class Bio:
    author: Optional[str]
    outlet: Optional[str]
    known: bool = False  # the bio names the article's known author (or says "About the author")


_BIO_START = re.compile(rf"^(?:(?i:about\s+the\s+authors?)\s*[:\-–—]?\s*)?\(?(?P<name>{_NAME})\s*(?:,|\bis\b|\bwas\b|\bhas\b|[-–—(])")
_BIO_LINK = re.compile(r"\s*(?:,|\(|[-–—]|\bis\s+(?:an?|the|currently|now)\b)")
_ABOUT_AUTHOR = re.compile(r"^(?:about\s+the\s+authors?|the\s+author)\b", re.IGNORECASE)
_OUTLET_QUOTED = re.compile(r"\b(?:for|in|at|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}[\"“«„']\s*(?P<outlet>[^\"”»“']{2,60}?)\s*[\"”»“']")
_OUTLET_PLAIN = re.compile(r"\bexclusively\s+for\s+(?:the\s+)?(?:online\s+|weekly\s+|daily\s+)?(?:magazine|newspaper|journal|website|outlet|portal)?\s*"
                           r"(?P<outlet>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})")
# Verbs that make a closing line an article sentence about someone, not a bio of the writer.
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|announced|stated|declared|reported|noted|added|argued|claimed|insisted|"
    r"denied|warned|urged|called|demanded|critici[sz]ed|condemned|accused|rejected|agreed|signed|met|visited|"
    r"points?\s+out|pointed\s+out|believes?|thinks?|according)\b",
    re.IGNORECASE,
)
MAX_BIO_WORDS = 90
MIN_BIO_TERMS = 3


def parse_bio(line: str, author: Optional[str]) -> Optional[Bio]:
    """A closing author biography: a name, then credentials and affiliation.

    Two signals are needed (the name is the known author and a credential word, or three
    credential words), and the line must not report anything ("said", "told"): those are
    article sentences about someone else.
    """
    line = line.strip(" *_~—–-•>")  # bios are often set off in italics or after a rule
    words = tokens(line)
    if not words or len(words) > MAX_BIO_WORDS or _REPORTING.search(line):
        return None
    about = _ABOUT_AUTHOR.match(line) is not None
    start = _BIO_START.match(line)
    name = None
    if start:
        candidate = start.group("name").strip()
        if _CASED_NAME.match(candidate) and 2 <= len(candidate.split()) <= 5:
            name = candidate
    if name is None and not about:
        return None
    known = bool(author and name and _same_person(author, name))
    if start and not (known or about) and not _BIO_LINK.match(line[start.end("name"):]):
        return None  # "X was director of ..." closes many news stories: only the author's is a bio
    terms = bio_term_count(line)
    if terms < (1 if (known or about) else MIN_BIO_TERMS):
        return None
    return Bio(author=name, outlet=_outlet(line), known=known or about)


def _same_person(a: str, b: str) -> bool:
    last_a = a.split(",")[0].split()[-1].lower()
    return last_a in b.lower()


def _outlet(line: str) -> Optional[str]:
    match = _OUTLET_QUOTED.search(line) or _OUTLET_PLAIN.search(line)
    return match.group("outlet").strip(" .,") if match else None
