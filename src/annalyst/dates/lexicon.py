"""The date stage's word lists, read once from ``data/`` (each file documents its columns and sources).

* ``calendar.tsv`` — month names and abbreviations, weekdays;
* ``time_words.tsv`` — times of day, anaphoric expressions ("the same day", "the night before"),
  reporting and scheduling verbs, event nouns (see its header);
* ``happenings.tsv`` — nouns and verbs of happening families, read by ``annalyst.dates.happenings``;
* ``windows.tsv`` — the stage's tunable windows (days, paragraphs, sentences, arcs), read by ``step.py``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def data_rows(name: str) -> list[list[str]]:
    """The rows of ``data/<name>`` (tab-separated), comment lines and the header line skipped."""
    text = resources.files("annalyst.dates").joinpath(f"data/{name}").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month name or abbreviation (lower case, no full stop) → month number."""
    return {word: int(number) for word, kind, number in data_rows("calendar.tsv") if kind == "month"}


@lru_cache(maxsize=1)
def month_names() -> tuple[str, ...]:
    """The twelve full month names, January first."""
    full = {}
    for word, number in months().items():
        if len(word) > len(full.get(number, "")):
            full[number] = word
    return tuple(full[n] for n in range(1, 13))


@lru_cache(maxsize=1)
def month_abbreviations() -> tuple[str, ...]:
    names = set(month_names())
    return tuple(word for word in months() if word not in names)


@lru_cache(maxsize=1)
def weekdays() -> tuple[str, ...]:
    """Monday first (``datetime.date.weekday`` order)."""
    days = {int(number): word for word, kind, number in data_rows("calendar.tsv") if kind == "weekday"}
    return tuple(days[n] for n in range(7))


@lru_cache(maxsize=1)
def time_words() -> dict[str, dict[str, str]]:
    """``time_words.tsv`` by kind: {kind: {word: value}}."""
    table: dict[str, dict[str, str]] = {}
    for row in data_rows("time_words.tsv"):
        word, kind, value = (row + ["", ""])[:3]
        table.setdefault(kind, {})[word] = value
    return table


def words_of(kind: str) -> frozenset[str]:
    return frozenset(time_words().get(kind, {}))


@lru_cache(maxsize=1)
def windows() -> dict[str, int]:
    """``windows.tsv``: name → the window a rule of the stage looks across (a whole number, 0 or more).  A row
    without three columns, a value that is no such number or a name listed twice stops the stage at import."""
    table: dict[str, int] = {}
    for number, row in enumerate(data_rows("windows.tsv"), start=2):  # the first row names the columns
        if len(row) != 3 or not row[1].isdigit():
            raise ValueError(f"windows.tsv row {number}: {row!r} is not name, whole number, meaning")
        if row[0] in table:
            raise ValueError(f"windows.tsv row {number}: {row[0]!r} listed twice")
        table[row[0]] = int(row[1])
    return table


def window(name: str) -> int:
    """One window of ``windows()``; a name the file lacks raises ``KeyError``, never a silent default."""
    return windows()[name]
