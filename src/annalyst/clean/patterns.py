"""The cleaner's data files (``clean/data/``), loaded once, and the line tests built on them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from annalyst.errors import ModelError

_DATA = "annalyst.clean"
_EDGE_PUNCT = " \t\"'“”‘’«»()[]{}<>|•·*-–—:;,.!?…»›>#=_/\\"
_TOKEN = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)


@dataclass(frozen=True)
class BoilerplatePattern:
    reason: str
    max_words: int
    mode: str  # line | start | any
    regex: re.Pattern[str]
    # lower-case ASCII strings of which every match on an ASCII line contains one
    # (``required_literals``; empty: no ASCII line matches), or None: an ASCII line holding none
    # of them cannot match, so the regex is not tried on it
    anchors: Optional[tuple[str, ...]] = None

    def matches(self, line: str, n_words: int, core: Optional[str] = None) -> bool:
        """``core`` is ``line`` stripped of edge punctuation, when the caller has it already."""
        if n_words > self.max_words:
            return False
        if core is None:
            core = line.strip(_EDGE_PUNCT)
        if self.mode == "line":
            return self.regex.fullmatch(core) is not None
        if self.mode == "start":
            return self.regex.match(core) is not None
        return self.regex.search(line) is not None


def _data_lines(name: str) -> list[str]:
    try:
        text = resources.files(_DATA).joinpath(f"data/{name}").read_text("utf-8")
    except OSError as exc:
        raise ModelError(f"cleaner data file {name} is missing: {exc}",
                         "Reinstall annalyst: the file ships in annalyst/clean/data/.") from exc
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[BoilerplatePattern, ...]:
    """``data/boilerplate.tsv`` (reason, max_words, mode, pattern; see its header)."""
    patterns = []
    rows = _data_lines("boilerplate.tsv")
    for row in rows[1:]:  # the first row names the columns
        reason, max_words, mode, pattern = row.split("\t", 3)
        try:
            regex = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise ModelError(f"bad pattern in boilerplate.tsv ({reason}): {exc}", "Fix the regular expression.") from exc
        if mode not in ("line", "start", "any"):
            raise ModelError(f"bad mode {mode!r} in boilerplate.tsv", "Use line, start or any.")
        patterns.append(BoilerplatePattern(reason, int(max_words), mode, regex, required_literals(pattern)))
    return tuple(patterns)


@lru_cache(maxsize=1)
def spam_terms() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_lines("spam_terms.txt"))


@lru_cache(maxsize=1)
def bio_terms() -> tuple[str, ...]:
    return tuple(line.strip().lower() for line in _data_lines("bio_terms.txt"))


@lru_cache(maxsize=8192)
def tokens(line: str) -> tuple[str, ...]:
    """The line's words.  Cached: the cleaner's tests ask for the same line's words several times
    (spam, boilerplate, interface, front matter, bio), and a run sees a site's lines again."""
    return tuple(_TOKEN.findall(line))


@lru_cache(maxsize=256)
def patterns_for(n_words: int) -> tuple[BoilerplatePattern, ...]:
    """The patterns, in file order, that a line of ``n_words`` words can match (``max_words``):
    most article lines are longer than almost every pattern allows, so they try only a few."""
    return tuple(p for p in boilerplate_patterns() if n_words <= p.max_words)


@dataclass(frozen=True)
class _Screen:
    """The patterns a line of some length can match, and which of them each anchor admits."""

    patterns: tuple[BoilerplatePattern, ...]  # file order
    always: tuple[int, ...]  # patterns without anchors: tried on every line
    by_anchor: tuple[tuple[str, tuple[int, ...]], ...]

    def admitted(self, lowered_ascii: str) -> list[BoilerplatePattern]:
        """The patterns, in file order, whose anchors the (ASCII, lower-cased) line holds."""
        chosen = set(self.always)
        for ids in [ids for anchor, ids in self.by_anchor if anchor in lowered_ascii]:
            chosen.update(ids)
        return [self.patterns[i] for i in sorted(chosen)]


@lru_cache(maxsize=256)
def _screen_for(n_words: int) -> _Screen:
    patterns = patterns_for(n_words)
    by_anchor: dict[str, list[int]] = {}
    for i, pattern in enumerate(patterns):
        for anchor in pattern.anchors or ():
            by_anchor.setdefault(anchor, []).append(i)
    always = tuple(i for i, p in enumerate(patterns) if p.anchors is None)
    return _Screen(patterns, always, tuple((a, tuple(ids)) for a, ids in by_anchor.items()))


def boilerplate_reason(line: str, n_words: Optional[int] = None) -> Optional[str]:
    """``boilerplate:<reason>`` when the line is site furniture.  ``n_words``: the line's word
    count (``len(tokens(line))``), when the caller has it already."""
    if n_words is None:
        n_words = len(tokens(line))
    candidates = patterns_for(n_words)
    if not candidates:
        return None
    # a short wire-copy line could match ~40 patterns; one substring test per anchor rules most
    # of them out.  Only for ASCII lines: case-blind matching pairs some non-ASCII letters with
    # ASCII ones (the Kelvin sign with "k"), which lower-casing does not
    if line.isascii():
        candidates = _screen_for(n_words).admitted(line.lower())
    core = line.strip(_EDGE_PUNCT)  # once per line, not once per pattern
    for pattern in candidates:
        if pattern.matches(line, n_words, core):
            return f"boilerplate:{pattern.reason}"
    return None


def required_literals(pattern: str) -> Optional[tuple[str, ...]]:
    """Lower-case ASCII strings of which every match of ``pattern`` on an ASCII line contains at
    least one, read from the parsed regular expression; None when it has no such literal (always
    tried); an empty tuple when no ASCII line can match it (the anchors serve ASCII lines only)."""
    from re import _parser

    found = _required(list(_parser.parse(pattern)))
    if found is _NEVER:
        return ()
    return tuple(sorted(found)) if found else None


# ``_required``'s answer for a sequence no ASCII line can match: it needs a character ("©") that
# case-blind matching pairs with no ASCII one
_NEVER: frozenset[str] = frozenset({"\x00never"})


@lru_cache(maxsize=256)
def _ascii_partner(code: int) -> bool:
    """Whether case-blind matching pairs the non-ASCII character with an ASCII one (the Kelvin
    sign with "k", the long s with "s")."""
    single = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return any(single.fullmatch(chr(c)) for c in range(128))


def _required(seq: list) -> Optional[frozenset[str]]:
    """The most selective set of literals one of which every match of ``seq`` contains, or
    ``_NEVER`` when no ASCII line matches ``seq``."""
    from re import _constants as c

    choices: list[frozenset[str]] = []
    run = ""
    for op, av in seq:
        if op is c.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if op is c.LITERAL and not _ascii_partner(av):
            return _NEVER
        if op is c.AT:  # zero width: the text around it is contiguous
            continue
        if op is c.BRANCH:
            alternatives = av[1]
            each = [_required(alt) for alt in alternatives]
            possible = [alt for alt, found in zip(alternatives, each) if found is not _NEVER]
            if not possible:
                return _NEVER
            if run:  # "s(?:ubscribe|ign)": the parser factors out a common prefix
                choices.append(frozenset(run + _leading(alt) for alt in possible))
            found = [f for f in each if f is not _NEVER]
            if all(found):
                choices.append(frozenset().union(*found))
        elif op is c.SUBPATTERN:
            inner = _required(list(av[3]))
            if inner is _NEVER:
                return _NEVER
            if inner:
                choices.append(inner)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            inner = _required(list(av[2]))
            if inner is _NEVER:
                return _NEVER
            if inner:
                choices.append(inner)
        if run:
            choices.append(frozenset({run}))
        run = ""
    if run:
        choices.append(frozenset({run}))
    return max(choices, key=lambda ch: (min(map(len, ch)), -len(ch)), default=None)


def _leading(seq: list) -> str:
    """The ASCII literal text every match of ``seq`` starts with."""
    from re import _constants as c

    out = ""
    for op, av in seq:
        if op is c.LITERAL and av < 128:
            out += chr(av).lower()
        elif op is not c.AT:
            break
    return out


MIN_SPAM_TOKENS = 3
MIN_SPAM_SHARE = 0.4
MAX_SPAM_WORDS = 30


def is_keyword_spam(line: str, words: Optional[tuple[str, ...]] = None) -> bool:
    """A short line made mostly of spam keywords (a list of casino terms, not a sentence).
    ``words``: the line's ``tokens``, when the caller has them already."""
    if words is None:
        words = tokens(line)
    if not words or len(words) > MAX_SPAM_WORDS:
        return False  # decided before lower-casing: most article lines are longer than this
    terms = spam_terms()
    hits = sum(1 for w in words if w.lower() in terms)
    return hits >= MIN_SPAM_TOKENS and hits / len(words) >= MIN_SPAM_SHARE


def junk_reason(line: str) -> Optional[str]:
    """The line's reason by its own text alone, one pass: keyword spam (``spam:keywords``), site
    furniture (``boilerplate:<kind>``), then a row of links (``boilerplate:navigation``).  The
    words are read once and shared by the three tests; a line too long for every one of them is
    decided by its length."""
    words = tokens(line)
    if is_keyword_spam(line, words):
        return "spam:keywords"
    reason = boilerplate_reason(line, len(words))
    if reason is None and is_navigation(line):
        reason = "boilerplate:navigation"
    return reason


_SEPARATORS = re.compile(r"\s*(?:\||•|·|»|›|/|\u2022|\u00bb|>)\s*")
_SEPARATOR_CHARS = "|•·»›/>"  # every character ``_SEPARATORS`` splits at
MIN_NAVIGATION_PARTS = 3


def is_navigation(line: str) -> bool:
    """A row of short links ("Home | World | Politics | Business").

    Not a URL (its slashes are not separators) and not a table row ("| Pos | Player |", as
    trafilatura writes tables): both are content.
    """
    if sum(line.count(ch) for ch in _SEPARATOR_CHARS) < MIN_NAVIGATION_PARTS - 1:
        return False  # three parts need two separators: most lines have none
    stripped = line.strip()
    if "://" in stripped or stripped.startswith("www.") or (stripped.startswith("|") and stripped.endswith("|")):
        return False
    parts = [p for p in _SEPARATORS.split(line) if any(ch.isalpha() for ch in p)]
    if len(parts) < MIN_NAVIGATION_PARTS:
        return False
    return all(len(tokens(p)) <= 3 for p in parts) and not line.rstrip().endswith((".", "?", "!"))


def bio_term_count(text: str) -> int:
    lowered = " " + re.sub(r"\s+", " ", text.lower()) + " "
    return sum(1 for term in bio_terms() if re.search(r"(?<![\w])" + re.escape(term) + r"(?![\w])", lowered))
