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
        patterns.append(BoilerplatePattern(reason, int(max_words), mode, regex))
    return tuple(patterns)


@lru_cache(maxsize=1)
def spam_terms() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_lines("spam_terms.txt"))


@lru_cache(maxsize=1)
def bio_terms() -> tuple[str, ...]:
    return tuple(line.strip().lower() for line in _data_lines("bio_terms.txt"))


def tokens(line: str) -> list[str]:
    return _TOKEN.findall(line)


@lru_cache(maxsize=256)
def patterns_for(n_words: int) -> tuple[BoilerplatePattern, ...]:
    """The patterns, in file order, that a line of ``n_words`` words can match (``max_words``):
    most article lines are longer than almost every pattern allows, so they try only a few."""
    return tuple(p for p in boilerplate_patterns() if n_words <= p.max_words)


def boilerplate_reason(line: str) -> Optional[str]:
    """``boilerplate:<reason>`` when the line is site furniture."""
    n_words = len(tokens(line))
    candidates = patterns_for(n_words)
    if not candidates:
        return None
    core = line.strip(_EDGE_PUNCT)  # once per line, not once per pattern
    for pattern in candidates:
        if pattern.matches(line, n_words, core):
            return f"boilerplate:{pattern.reason}"
    return None


MIN_SPAM_TOKENS = 3
MIN_SPAM_SHARE = 0.4
MAX_SPAM_WORDS = 30


def is_keyword_spam(line: str) -> bool:
    """A short line made mostly of spam keywords (a list of casino terms, not a sentence)."""
    words = [w.lower() for w in tokens(line)]
    if not words or len(words) > MAX_SPAM_WORDS:
        return False
    hits = sum(1 for w in words if w in spam_terms())
    return hits >= MIN_SPAM_TOKENS and hits / len(words) >= MIN_SPAM_SHARE


_SEPARATORS = re.compile(r"\s*(?:\||•|·|»|›|/|\u2022|\u00bb|>)\s*")


def is_navigation(line: str) -> bool:
    """A row of short links ("Home | World | Politics | Business").

    Not a URL (its slashes are not separators) and not a table row ("| Pos | Player |", as
    trafilatura writes tables): both are content.
    """
    stripped = line.strip()
    if "://" in stripped or stripped.startswith("www.") or (stripped.startswith("|") and stripped.endswith("|")):
        return False
    parts = [p for p in _SEPARATORS.split(line) if any(ch.isalpha() for ch in p)]
    if len(parts) < 3:
        return False
    return all(len(tokens(p)) <= 3 for p in parts) and not line.rstrip().endswith((".", "?", "!"))


def bio_term_count(text: str) -> int:
    lowered = " " + re.sub(r"\s+", " ", text.lower()) + " "
    return sum(1 for term in bio_terms() if re.search(r"(?<![\w])" + re.escape(term) + r"(?![\w])", lowered))
