"""A name and the abbreviation bracketed after it: "the Liberal Democratic Party (LDP)", "the South African
Democratic Teachers Union (Sadtu)", "Congress of SA Trade Unions (Cosatu)".

The long form is found as Schwartz & Hearst do ("A simple algorithm for identifying abbreviation definitions
in biomedical text", PSB 2003): the abbreviation's letters are read from its end, each found in the words
before the bracket from their end, the first letter at the start of a word; the long form is the shortest run
of words that spells it, at most min(letters + 5, 2 x letters) words.  No word list: an abbreviation counts
by its letters alone, in any case ("Sadtu", "Cosatu", "LDP").
"""

from __future__ import annotations

from typing import Optional, Sequence

MIN_LETTERS, MAX_LETTERS = 2, 10


def abbreviation(word: str) -> bool:
    """A word that may abbreviate a name: 2 to 10 letters (hyphens and "&" between them allowed), opening with
    a capital ("LDP", "Sadtu", "Ecomog")."""
    letters = [c for c in word if c.isalpha()]
    return MIN_LETTERS <= len(letters) <= MAX_LETTERS and word[:1].isupper() \
        and all(c.isalpha() or c in "-&" for c in word)


def long_form_start(short: str, words: Sequence[str]) -> Optional[int]:
    """The index in ``words`` (the words right before the bracket, in order) of the first word of the long form
    that ``short`` abbreviates, or None where no run of them spells it (Schwartz & Hearst 2003)."""
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) < MIN_LETTERS:
        return None
    window = min(len(letters) + 5, 2 * len(letters))
    base = max(0, len(words) - window)  # the caller's index of the window's first word
    for k in range(len(words) - 1, base - 1, -1):
        # first the run whose words' initials spell it ("American Soybean Association (ASA)"), which the
        # letter-by-letter reading below would cut to "Association" (its "a", "s", "a")
        if words[k][:1].isupper() and "".join(w[0].lower() for w in words[k:] if w[:1].isupper()) == "".join(letters):
            return k
    text = " ".join(w.lower() for w in words[base:])
    s, i = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        # the abbreviation's first letter must open a word of the long form
        while i >= 0 and (text[i] != c or (s == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return base + text[:i + 1].count(" ")
