"""Date expressions: find them in a parsed text and resolve them to a calendar date.

Two halves, kept apart so each can be tested on its own:

* ``resolve_expression(text, published, ...)`` turns one expression ("On February 28",
  "last month", "two days earlier") into a ``ResolvedDate`` (date + precision), or ``None``.  It
  needs no parse.  Absolute and publication-relative forms are read as dateparser reads them
  (``languages=["en"]``, past-preferring, relative to the publication date): the plain calendar
  forms and the common relative ones ("last month", "two weeks ago") by arithmetic checked against
  it, the rest by dateparser itself; weekdays and forms anchored on an earlier
  date in the text ("two days earlier", "the next day") are simple arithmetic done here, because
  dateparser cannot anchor on anything but a single base date.
* ``find_date_mentions(parsed)`` finds candidate expressions in a spaCy Doc: its DATE/TIME
  entities (adjacent pieces merged: "July 13" + ", " + "2022"), plus a regular-expression sweep
  for the explicit forms the small model misses.  Guards drop false hits before anything is
  resolved: the modal verb "may" and the verb "march", bare numbers, durations and ordinals
  ("the very first day", "for two years") carry no date cue and are never dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from typing import Any, Optional

from annalyst.model import DatePrecision

from annalyst.dates import lexicon

# Calendar words come from data/calendar.tsv, time-of-day words, aliases and anaphoric phrases from
# data/time_words.tsv (see their headers).
_MONTHS = lexicon.month_names()
_MONTH_ABBR = lexicon.month_abbreviations()
_WEEKDAYS = lexicon.weekdays()
# Month names that are also ordinary English words; they count as months only with a capital
# letter, not tagged as a verb/modal, or next to a day number or year.
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})

_NUMBER_WORDS = {word: int(n) if n else None for word, n in lexicon.time_words()["number"].items()}
_UNITS = ("day", "week", "month", "year")

_MONTH_RE = r"(?:" + "|".join(_MONTHS) + r"|(?:" + "|".join(_MONTH_ABBR) + r")\.?)"
_DAY_RE = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_NUM_RE = r"(?:\d+|" + "|".join(k for k, n in _NUMBER_WORDS.items() if n is not None) + r")"

# Explicit forms the regex sweep adds when spaCy's NER misses them.
_SWEEP_RE = re.compile(
    r"\b(?:"
    rf"{_MONTH_RE}\s+{_DAY_RE}(?:,?\s+{_YEAR_RE})?"  # February 28(, 2022)
    rf"|{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+{_YEAR_RE})?"  # 28 February(, 2022)
    rf"|{_MONTH_RE},?\s+{_YEAR_RE}"  # February 2022
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]{_YEAR_RE}|{_YEAR_RE}-\d\d-\d\d"  # 18.07.2022, 2022-07-18
    r"|yesterday|today|tomorrow|tonight"
    r"|" + "|".join(re.escape(p) for p in sorted({*lexicon.time_words()["anaphoric"], *lexicon.time_words()["alias"]},
                                                  key=len, reverse=True)) +
    r"|(?:(?:last|next|this|past|coming)\s+)?(?:" + "|".join(_WEEKDAYS) + r")"
    rf"|{_NUM_RE}\s+(?:day|week|month|year)s?\s+(?:ago|earlier|later)"
    r"|(?:(?:earlier|later)\s+)?(?:last|next|this)\s+(?:week|month|year)"
    r"|(?:(?:last|next|this|past|previous|coming)\s+)?weekend"
    r")\b",
    re.IGNORECASE,
)
# The same sweep over lower-cased text, without IGNORECASE: 2-3 times faster, and it finds the same
# spans whenever lower-casing keeps every offset and matches as IGNORECASE does, i.e. unless the
# text holds one of the three letters Python's case folding treats apart (see ``sweep_matches``).
_SWEEP_LOWER_RE = re.compile(_SWEEP_RE.pattern)
_CASE_SPECIALS = ("\u0130", "\u0131", "\u017f")  # İ (lower-cases to two characters), ı, ſ (match i, s)

ANAPHORIC = _ANAPHORIC = {phrase: int(days) for phrase, days in lexicon.time_words()["anaphoric"].items()}
_ALIASES = lexicon.time_words()["alias"]
_DAYPARTS = sorted(lexicon.time_words()["daypart"], key=len, reverse=True)
_DAYLEADS = sorted(lexicon.time_words()["daylead"], key=len, reverse=True)
# "the night of 16 december", "before dawn on 30 october", "the early hours of monday": the day
# named after a part of it (the part is dropped, the day kept)
_DAYPART_OF_RE = re.compile(
    r"^(?:(?:" + "|".join(map(re.escape, _DAYLEADS)) + r") )*(?:" + "|".join(map(re.escape, _DAYPARTS))
    + r") (?:of|on) (?=\S)")
_DROP_PREFIXES = tuple(word + " " for word in lexicon.time_words()["drop_prefix"])
_DROP_SUFFIXES = (" local time", " overnight", *(" " + part for part in _DAYPARTS))
# a four-digit clock time before a clock word ("at 1900 hours", "0600 GMT") is a time of day, not a year
_CLOCK_RE = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:"
                       + "|".join(map(re.escape, sorted(lexicon.time_words()["clock_unit"], key=len, reverse=True)))
                       + r")\b")
_RANGE_RE = re.compile(r"(?:from\s+|between\s+)?(.+?)\s+(?:to|until|till|through|and|-|–)\s+(.+)")
_DECADE_RE = re.compile(r"\b\d{2,4}'?s\b")
_ORDINAL_ONLY_RE = re.compile(r"^(?:the\s+)?(?:very\s+)?(?:first|second|third|fourth|fifth|final)\s+(?:day|week|month|year)s?$")
_RELATIVE_CUE_RE = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|ago"
    r"|(?:last|next|this|past|previous|coming)\s+(?:week|month|year|weekend|" + "|".join(_WEEKDAYS) + r"))\b")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A calendar date and how exact it is (``day``, ``week``, ``month`` or ``year``).

    Week-precise dates ("last week", "this week", "two weeks ago") are the week's Monday,
    month-precise ones the 1st of the month, year-precise ones the 1st of January.
    """

    date: dt.date
    precision: str

    @property
    def period_end(self) -> dt.date:
        """The last day the expression can mean (used for the ``historical`` test)."""
        if self.precision == DatePrecision.YEAR.value:
            return dt.date(self.date.year, 12, 31)
        if self.precision == DatePrecision.WEEK.value:
            return self.date + dt.timedelta(days=6)
        if self.precision == DatePrecision.MONTH.value:
            return dt.date(self.date.year, self.date.month, calendar.monthrange(self.date.year, self.date.month)[1])
        return self.date


@dataclass(slots=True)
class DateMention:
    """A date expression found in ``Document.text`` (character offsets into it)."""

    text: str
    start: int
    end: int
    anaphoric: bool = False  # resolved against an earlier date in the text, not the publication date


# --- resolving one expression -------------------------------------------------------------


@lru_cache(maxsize=16384)
def normalize_expression(text: str) -> str:
    """Lower-case core of an expression: prepositions, qualifiers and time of day stripped."""
    core = text.replace("\u00a0", " ").replace("’", "'").lower()
    core = re.sub(r"\b(\d{2,4})'s\b", r"\1s", core)  # "the 1990's" is a decade, not a possessive
    core = re.sub(r"'s\b", "", core)
    core = re.sub(r"\bmid-", "", core)
    core = _CLOCK_RE.sub(" ", core)
    core = re.sub(r"\s+", " ", core).strip(" ,.;:-–—()\"'")
    # a year range names its first year: "2021-22", "1986/87" → "2021", "1986"
    core = re.sub(rf"\b({_YEAR_RE})\s*[-–/]\s*(?:\d\d|{_YEAR_RE})$", r"\1", core)
    # a day range names its first day: "march 25-27" → "march 25"
    core = re.sub(r"(?<![\d./-])\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\b(?![:./-]\d)",
                  r"\1", core)
    changed = True
    while changed:
        changed = False
        if core in _ALIASES:
            core = _ALIASES[core]
        daypart = _DAYPART_OF_RE.match(core)
        if daypart and core not in _ANAPHORIC:
            core = core[daypart.end():]
            changed = True
        for prefix in _DROP_PREFIXES:
            if core.startswith(prefix) and core not in _ANAPHORIC:
                core = core[len(prefix):].strip()
                core = _ALIASES.get(core, core)
                changed = True
        for suffix in _DROP_SUFFIXES:
            if core.endswith(suffix) and core not in _ANAPHORIC and core not in _ALIASES:
                core = core[: -len(suffix)].strip()
                changed = True
    return core


def has_date_cue(core: str) -> bool:
    """Whether a normalized expression names a point in time at all (not a bare number or a duration)."""
    if core in _ANAPHORIC or _RELATIVE_CUE_RE.search(core) or _WEEKEND_RE.fullmatch(core):
        return True
    if not core or _DECADE_RE.search(core) or _ORDINAL_ONLY_RE.match(core):
        return False
    words = re.findall(r"[a-z]+\.?|\d+", core)
    for word in words:
        bare = word.rstrip(".")
        if bare in _MONTHS or bare in _WEEKDAYS:
            return True
        if bare in _MONTH_ABBR and (word.endswith(".") or re.search(rf"\b{bare}\.?\s+\d", core)):
            return True
        if re.fullmatch(_YEAR_RE, bare):
            return True
    return bool(re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d\d-\d\d", core)) or bool(_offset_expression(core))


def _offset_expression(core: str) -> Optional[tuple[int, str, int]]:
    """"two days earlier" → (2, "day", -1); "a week later" → (1, "week", +1)."""
    m = re.fullmatch(r"(\d+|[a-z]+)\s+(day|week|month|year)s?\s+(earlier|later|before|after|previously)", core)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS.get(m.group(1))
    if n is None:
        return None
    return n, m.group(2), (1 if m.group(3) in ("later", "after") else -1)


def _shift(base: dt.date, n: int, unit: str, sign: int) -> ResolvedDate:
    if unit == "day":
        return ResolvedDate(base + dt.timedelta(days=sign * n), DatePrecision.DAY.value)
    if unit == "week":
        return ResolvedDate(base + dt.timedelta(days=sign * 7 * n), DatePrecision.DAY.value)
    if unit == "month":
        months = base.year * 12 + (base.month - 1) + sign * n
        return ResolvedDate(dt.date(months // 12, months % 12 + 1, 1), DatePrecision.MONTH.value)
    return ResolvedDate(dt.date(base.year + sign * n, 1, 1), DatePrecision.YEAR.value)


# "the weekend", "last weekend", "this weekend", "next weekend" (after "the", "at", "during" are stripped)
_WEEKEND_RE = re.compile(r"(?:(last|next|this|past|previous|coming)\s+)?weekend")
_SATURDAY = 5  # ``datetime.date.weekday``: a weekend is Saturday and Sunday, the end of an ISO week


def _weekend(core: str, published: dt.date, future: bool) -> Optional[ResolvedDate]:
    """A weekend is the ISO week it ends (its Monday, precision ``week``: dates-2's golds read "the weekend"
    so, and no day is made up where the text gives two): a past one is the weekend just over, or the one under
    way on a Saturday or Sunday ("raised their bids over the weekend" on a Monday: the Saturday and Sunday
    before); a future one ("will leave this weekend", a planned clause) or "next"/"coming" the weekend ahead;
    "last weekend" written on a weekend is the one before it."""
    m = _WEEKEND_RE.fullmatch(core)
    if not m:
        return None
    qualifier = m.group(1)
    on_weekend = published.weekday() >= _SATURDAY
    since_saturday = (published.weekday() - _SATURDAY) % 7  # 0 on a Saturday, 1 on a Sunday, 2 on a Monday ...
    if qualifier in ("next", "coming") or (future and qualifier in (None, "this")):
        ahead = qualifier in ("next", "coming") and on_weekend
        saturday = published - dt.timedelta(days=since_saturday) + dt.timedelta(days=7 if ahead or not on_weekend else 0)
    else:
        before = qualifier in ("last", "past", "previous") and on_weekend
        saturday = published - dt.timedelta(days=since_saturday + (7 if before else 0))
    return ResolvedDate(saturday - dt.timedelta(days=_SATURDAY), DatePrecision.WEEK.value)


def _weekday(core: str, published: dt.date, future: bool) -> Optional[ResolvedDate]:
    m = re.fullmatch(r"(?:(last|next|this|past|previous|coming)\s+)?(" + "|".join(_WEEKDAYS) + r")", core)
    if not m:
        return None
    target = _WEEKDAYS.index(m.group(2))
    qualifier = m.group(1)
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if qualifier in ("next", "coming") or (future and qualifier is None):
        # a weekday named for a future event is the next one (the same day counts as "today")
        days = ahead if (ahead or qualifier is None) else 7
        return ResolvedDate(published + dt.timedelta(days=days), DatePrecision.DAY.value)
    if qualifier in ("last", "past", "previous"):
        return ResolvedDate(published - dt.timedelta(days=back or 7), DatePrecision.DAY.value)
    # wire convention: "Monday" in a story published on a Monday means that day
    return ResolvedDate(published - dt.timedelta(days=back), DatePrecision.DAY.value)


# One expression of each shape the stage still hands dateparser: a relative phrase, a date among
# other words, a pair of months.  The first use of each loads part of dateparser's English set-up
# (the locale, its word-splitting and relative-phrase expressions, the freshness parser's).
_WARM_UP_EXPRESSIONS = ("2 days ago", "week ended february 22", "march/april")


@lru_cache(maxsize=1)
def prepare_dateparser() -> None:
    """Import dateparser and do its one-off set-up for English with ``_dateparse``'s settings,
    so that the first expression that reaches it does not pay for it.  Idempotent (cached)."""
    for core in _WARM_UP_EXPRESSIONS:
        _dateparse.__wrapped__(core, dt.date(2000, 1, 1), "past")


@lru_cache(maxsize=8192)
def _dateparse(core: str, base: dt.date, prefer: str) -> Optional[tuple[dt.date, str]]:
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12, 0),
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": False,
        },
    )
    data = parser.get_date_data(core)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _from_period(day: dt.date, period: str) -> ResolvedDate:
    if period == "year":
        return ResolvedDate(dt.date(day.year, 1, 1), DatePrecision.YEAR.value)
    if period == "month":
        return ResolvedDate(dt.date(day.year, day.month, 1), DatePrecision.MONTH.value)
    if period == "week":
        return ResolvedDate(day - dt.timedelta(days=day.weekday()), DatePrecision.WEEK.value)
    return ResolvedDate(day, DatePrecision.DAY.value)


_MONTH_NUMBERS = {**{name: n for n, name in enumerate(_MONTHS, 1)},
                  "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                  "oct": 10, "nov": 11, "dec": 12}
_M = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_D = r"[1-9]|[12]\d|3[01]"
# The plain calendar forms resolved without dateparser; each was checked against dateparser
# (``_dateparse``) on a grid of 32,256 cases (every month name and abbreviation, days 1-31,
# twelve publication dates including leap days and year ends, both preferences): same answer in
# all cases that ``_calendar`` answers (it leaves a day that is not in the base's years, such
# as a year-less February 29, to dateparser).  tests/dates samples the same comparison.
_PLAIN_DATE_RE = re.compile(
    rf"(?P<m1>{_M}) (?P<d1>{_D})(?:th)?|(?P<d2>{_D}) (?P<m2>{_M})"
    rf"|(?P<m3>{_M}) (?P<d3>{_D}), (?P<y3>{_YEAR_RE})|(?P<d4>{_D}) (?P<m4>{_M}) (?P<y4>{_YEAR_RE})"
    rf"|(?P<m5>{_M}),? (?P<y5>{_YEAR_RE})|(?P<y6>{_YEAR_RE})")


def _day(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _calendar(core: str, base: dt.date, prefer: str) -> Optional[tuple[Optional[ResolvedDate]]]:
    """A plain calendar form resolved directly, as dateparser would (a one-tuple: the date, or
    None for a day that does not exist); ``None`` when ``core`` is not such a form."""
    m = _PLAIN_DATE_RE.fullmatch(core)
    if m is None:
        return None
    g = m.groupdict()
    if g["y6"]:
        return (ResolvedDate(dt.date(int(g["y6"]), 1, 1), DatePrecision.YEAR.value),)
    if g["y5"]:
        return (ResolvedDate(dt.date(int(g["y5"]), _MONTH_NUMBERS[g["m5"]], 1), DatePrecision.MONTH.value),)
    month = _MONTH_NUMBERS[g["m1"] or g["m2"] or g["m3"] or g["m4"]]
    day = int(g["d1"] or g["d2"] or g["d3"] or g["d4"])
    year = g["y3"] or g["y4"]
    if year:
        found = _day(int(year), month, day)
        return (ResolvedDate(found, DatePrecision.DAY.value) if found else None,)
    # no year: the nearest one on the preferred side of the base (its noon: the same day is past)
    for candidate_year in ((base.year, base.year - 1) if prefer == "past" else (base.year, base.year + 1)):
        found = _day(candidate_year, month, day)
        if found is not None and (found <= base if prefer == "past" else found > base):
            return (ResolvedDate(found, DatePrecision.DAY.value),)
    return None  # February 29 away from a leap year: dateparser's own search


# qualifier words and the sense each is read in (time_words.tsv kind qualifier: "previous" is "last")
_QUALIFIER_SENSES = lexicon.time_words()["qualifier"]
_QUALIFIERS = tuple(_QUALIFIER_SENSES)
_AGO_NUMBERS = {word: n for word, n in _NUMBER_WORDS.items() if n is not None}
# The common publication-relative forms resolved without dateparser, as ``_dateparse`` answers
# them (same date and period, whichever preference): each was checked against it on a grid of
# 1,507,492 cases (the 106 named forms on every day of 1987 and 2019-2024; "N units ago", singular
# and plural, for N = 1-99 and every number word on every day of 2020, and for N = 1-12 and the
# number words on every day of 2022-2023; both preferences): the same date and period in all
# 1,507,082 cases answered here (410 left to dateparser, below).  tests/dates samples the same
# comparison.  What dateparser does with them, and so what this does:
# * "today"/"tonight"/"yesterday"/"tomorrow": that day;
# * "this/last/next week|month|year": one unit from the base (months by calendar month; the day
#   of a month or year is the 1st of the base's month, PREFER_DAY_OF_MONTH = "first");
# * a month name alone: the base's year if that month is not after the base's (past), or is
#   after it (future); else the year before (past) or after (future).  Not "february" from the
#   29th-31st of a month: dateparser then tries the base's day in February and, in a leap year,
#   may jump to another leap year ("february" on 2020-01-30 is 2016-02); that stays with it;
# * "N days/weeks/months/years ago" (N a numeral up to 99 or a number word): N units back,
#   whatever the preference;
# * "previous/past/coming week|month|year" and a month after any qualifier ("last december"):
#   no date (dateparser returns none).
_RELATIVE_RE = re.compile(
    r"(?P<word>today|tonight|yesterday|tomorrow)"
    rf"|(?P<which>{'|'.join(_QUALIFIERS)}) (?P<unit>week|month|year)"
    rf"|(?:(?P<qualifier>{'|'.join(_QUALIFIERS)}) )?(?P<month>{'|'.join(_MONTHS)})"
    rf"|(?P<n>[1-9]\d?|{'|'.join(_AGO_NUMBERS)}) (?P<ago>day|week|month|year)s? ago")
_WORD_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_STEPS = {"this": 0, "last": -1, "next": 1}


def _months_from(base: dt.date, months: int) -> dt.date:
    """The 1st of the month ``months`` calendar months from the base's."""
    index = base.year * 12 + base.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _moved(base: dt.date, n: int, unit: str) -> tuple[dt.date, str]:
    """``n`` units from ``base`` as dateparser reports it: the date and its period."""
    if unit == "day":
        return base + dt.timedelta(days=n), "day"
    if unit == "week":
        return base + dt.timedelta(days=7 * n), "week"
    if unit == "month":
        return _months_from(base, n), "month"
    return dt.date(base.year + n, base.month, 1), "year"


def _relative(core: str, base: dt.date, prefer: str) -> Optional[tuple[Optional[tuple[dt.date, str]]]]:
    """A common publication-relative form resolved directly, as ``_dateparse`` would (a one-tuple:
    its answer, which may be None); ``None`` when ``core`` is not such a form."""
    m = _RELATIVE_RE.fullmatch(core)
    if m is None:
        return None
    if m["word"]:
        return ((base + dt.timedelta(days=_WORD_DAYS[m["word"]]), "day"),)
    if m["which"]:
        step = _STEPS.get(m["which"])
        return (_moved(base, step, m["unit"]) if step is not None else None,)
    if m["month"]:
        if m["qualifier"]:
            return (None,)
        month = _MONTHS.index(m["month"]) + 1
        if month == 2 and base.day >= 29:
            return None  # dateparser may try the base's day in February and move to a leap year
        if prefer == "past":
            year = base.year if month <= base.month else base.year - 1
        else:
            year = base.year if month > base.month else base.year + 1
        return ((dt.date(year, month, 1), "month"),)
    n = int(m["n"]) if m["n"].isdigit() else _AGO_NUMBERS[m["n"]]
    try:
        return (_moved(base, -n, m["ago"]),)
    except (ValueError, OverflowError):
        return None  # before the year 1: left to dateparser


def _calendar_date(core: str, base: dt.date, prefer: str) -> Optional[ResolvedDate]:
    """``core`` as a calendar date relative to ``base``: plain calendar and common relative forms
    directly, the rest by dateparser."""
    direct = _calendar(core, base, prefer)
    if direct is not None:
        return direct[0]
    relative = _relative(core, base, prefer)
    parsed = relative[0] if relative is not None else _dateparse(core, base, prefer)
    return _from_period(*parsed) if parsed is not None else None


_QUALIFIED_MONTH_RE = re.compile(rf"(?P<qualifier>{'|'.join(_QUALIFIERS)}) (?P<month>{'|'.join(_MONTHS)})")
# How many years from the base's a qualified month lies, by whether the month named comes before,
# is, or comes after the base's month ("last October" written in May 2011 is October 2010, written
# in November 2011 it is October 2011; "this October" is always the base's year).
_QUALIFIED_YEARS = {"last": (0, -1, -1), "next": (1, 1, 0), "this": (0, 0, 0)}


def _qualified_month(core: str, base: dt.date) -> Optional[ResolvedDate]:
    """"last October", "next March", "this May": the month of that name before, after or in the
    base's year, month precision.  dateparser reads none of them (it returns no date), so this is
    the stage's own reading: "last" is the latest such month before the base's month, "next" the
    first after it."""
    m = _QUALIFIED_MONTH_RE.fullmatch(core)
    if m is None:
        return None
    qualifier = _QUALIFIER_SENSES[m["qualifier"]]
    month = _MONTHS.index(m["month"]) + 1
    before, same, after = _QUALIFIED_YEARS[qualifier]
    shift = before if month < base.month else same if month == base.month else after
    return ResolvedDate(dt.date(base.year + shift, month, 1), DatePrecision.MONTH.value)


def _has_year(core: str) -> bool:
    return bool(re.search(rf"\b{_YEAR_RE}\b", core))


def resolve_expression(
    text: str,
    published: Optional[dt.date],
    *,
    anchor: Optional[dt.date] = None,
    future: bool = False,
) -> Optional[ResolvedDate]:
    """Resolve one date expression, or return ``None`` when it is no date (or cannot be placed).

    ``published`` is the base for relative forms ("yesterday", "Wednesday", "last month") and for
    year-less dates (they take the year that puts them on or before it; on or after it when
    ``future``).  ``anchor`` is the date named last before the expression, the base for
    "two days earlier" and "the next day" (publication date when there is none).  Without a
    publication date only expressions that carry their own year resolve.  A result outside the
    calendar (a base at its edges: "tomorrow" from 9999-12-31) is no date, never an error.
    """
    try:
        return _resolve(text, published, anchor=anchor, future=future)
    except (ValueError, OverflowError):
        return None


def _resolve(
    text: str,
    published: Optional[dt.date],
    *,
    anchor: Optional[dt.date] = None,
    future: bool = False,
) -> Optional[ResolvedDate]:
    core = normalize_expression(text)
    span = _RANGE_RE.fullmatch(core)
    if span is not None and has_date_cue(normalize_expression(span.group(1))):
        core = normalize_expression(span.group(1))  # "from march 30 to april 4": the start
    if not has_date_cue(core):
        return None
    if core in _ANAPHORIC:
        if anchor is None:
            return None
        return ResolvedDate(anchor + dt.timedelta(days=_ANAPHORIC[core]), DatePrecision.DAY.value)
    offset = _offset_expression(core)
    if offset is not None:
        base = anchor or published
        return _shift(base, *offset) if base is not None else None
    if published is None:
        if not _has_year(core):
            return None
        base = dt.date(2000, 1, 1)  # irrelevant: the expression names its own year
    else:
        base = published
        day = _weekday(core, published, future) or _weekend(core, published, future)
        if day is not None:
            return day
    resolved = _qualified_month(core, base)
    if resolved is None:
        resolved = _calendar_date(core, base, "past")
    if future and resolved is not None and resolved.period_end < base and not _QUALIFIED_MONTH_RE.fullmatch(core):
        # forwards only when the past reading lies before the base ("June 29" on June 29 is that day)
        resolved = _calendar_date(core, base, "future")
    if resolved is None:
        return None
    if resolved.date.year < 1000 or (published is not None and resolved.date.year > published.year + 50):
        return None
    years = {int(y) for y in re.findall(rf"\b{_YEAR_RE}\b", core)}
    if not years and published is not None and abs(resolved.date.year - published.year) > 1:
        return None  # the parser read a year into something that named none ("25-27" as 1927)
    if years and resolved.date.year not in years:
        return None  # nor may it drop the year the text names ("a year by 1990")
    return resolved


# --- finding expressions in a parsed text --------------------------------------------------


def _is_false_month(tokens: Any) -> bool:
    """A lone "may"/"march" used as a verb or modal ("Russia may respond", "they march")."""
    has_digit = any(t.like_num for t in tokens)
    for tok in tokens:
        if tok.lower_ in _AMBIGUOUS_MONTHS:
            if tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX"):
                return True
            if tok.is_lower and not has_digit:
                return True
    return False


def sweep_matches(text: str, until: Optional[int] = None) -> list[tuple[int, int]]:
    """Spans of ``_SWEEP_RE`` in ``text``, by the faster lower-case sweep when that is exact; with
    ``until``, only those starting before that offset (the sweep stops there: the matches before it
    are those of the whole text's sweep, which reads left to right)."""
    lowered = text.lower()
    if len(lowered) == len(text) and not any(c in text for c in _CASE_SPECIALS):
        found = _SWEEP_LOWER_RE.finditer(lowered)
    else:
        found = _SWEEP_RE.finditer(text)
    if until is None:
        return [m.span() for m in found]
    return [m.span() for m in takewhile(lambda m: m.start() < until, found)]


def _event_years(ent: Any) -> list[tuple[int, int]]:
    """The year a named happening carries ("the 1967 Six-Day War", "the 2003 Iraq war"): the NER
    takes the whole name as an EVENT, so the year is no DATE of its own; it is the happening's
    time (an event "in the 1967 war" takes it: ``DocumentDates._eligible``, occasion prepositions)."""
    return [(token.idx, token.idx + len(token.text)) for token in ent
            if re.fullmatch(_YEAR_RE, token.text) and token.dep_ in ("nummod", "compound", "amod")]


def find_date_mentions(parsed: Any, until: Optional[int] = None, text: Optional[str] = None) -> list[DateMention]:
    """Date expressions in a spaCy Doc, in text order, guarded against false hits; with
    ``until``, only those starting before that character offset (found as in the whole text).
    ``text``: the Doc's text when the caller holds it already (``Doc.text`` makes a token object
    of every word to join their texts)."""
    text = parsed.text if text is None else text
    spans: list[tuple[int, int]] = []
    for ent in parsed.ents:
        if ent.label_ == "EVENT":
            spans.extend(_event_years(ent))
            continue
        if ent.label_ not in ("DATE", "TIME"):
            continue
        # "July 13" + ", " + "2022" come out as two entities: one expression
        # ("Tuesday" + " " + "night" too); across a comma only when the second piece is a date on
        # its own: "Wednesday, three days after ..." is two
        gap = text[spans[-1][1]:ent.start_char] if spans else None
        if gap is not None and re.fullmatch(r"[,\s]*", gap) \
                and ("," not in gap or has_date_cue(normalize_expression(ent.text))):
            spans[-1] = (spans[-1][0], ent.end_char)
        else:
            spans.append((ent.start_char, ent.end_char))
    # a sweep match from ``until`` on can only widen or add spans that start there too, which are dropped
    for m_start, m_end in sweep_matches(text, until):
        overlapping = [(s, e) for s, e in spans if s < m_end and m_start < e]
        if not overlapping:
            spans.append((m_start, m_end))
        elif len(overlapping) == 1 and m_start <= overlapping[0][0] and m_end >= overlapping[0][1] \
                and (m_start, m_end) != overlapping[0]:
            # the NER cut an explicit date short ("July 13" of "July 13, 2022", "December" of
            # "16 December"): take the whole
            spans[spans.index(overlapping[0])] = (m_start, m_end)
    mentions: list[DateMention] = []
    for start, end in sorted(spans):
        if until is not None and start >= until:
            break
        expr = text[start:end]
        if re.match(r"'?s\b", text[end:end + 2]) and re.search(r"\d0$", expr):
            continue  # "the 1950" + "'s": a decade
        core = normalize_expression(expr)
        if not has_date_cue(core):
            continue
        tokens = parsed.char_span(start, end, alignment_mode="expand")
        if tokens is None or _is_false_month(tokens):
            continue
        mentions.append(DateMention(text=expr, start=start, end=end,
                                    anaphoric=core in _ANAPHORIC or _offset_expression(core) is not None))
    return mentions
