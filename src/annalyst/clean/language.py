"""Language of an article and of its single lines (py3langid, which ships its model).

A whole article is easy to identify; a single line is not (a line of Korean names reads as
Vietnamese).  So a line counts as another language only behind guards: enough words, a confident
identifier, the article's language nearly ruled out, few of the article language's function
words, and not a run of capitalised names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

_NON_LETTERS = re.compile(r"[\W\d_]+", re.UNICODE)
# ASCII bytes that are not letters: deleting them from an ASCII text leaves exactly its letters
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)

# Varieties the identifier separates but a reader would not call "another language".
_SAME_LANGUAGE = {
    "en": {"pcm", "sco"},
    "no": {"nb", "nn"},
    "nb": {"no", "nn"},
    "nn": {"no", "nb"},
    "sr": {"hr", "bs", "srl"},
    "hr": {"sr", "bs"},
    "ms": {"id"},
    "id": {"ms"},
}

MIN_LINE_WORDS = 4
MIN_LINE_LETTERS = 20
MIN_OTHER_SCRIPT_LETTERS = 8
MIN_FOREIGN_PROB = 0.80
MAX_ARTICLE_PROB = 0.05
MAX_CAPITALISED_SHARE = 0.6


@dataclass(frozen=True)
class LineLanguage:
    language: str
    probability: float
    article_probability: float


@lru_cache(maxsize=1)
def _identifier():
    from py3langid import langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """``data/function_words.txt``: language → its function words."""
    table: dict[str, frozenset[str]] = {}
    text = resources.files("annalyst.clean").joinpath("data/function_words.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, _, words = line.partition(":")
        table[lang.strip()] = frozenset(words.split())
    return table


def letters(text: str) -> int:
    r"""How many letters (``[^\W\d_]``: word characters but digits and ``_``) the text holds.

    Counted by deleting the rest, not by listing every letter: the count runs on every line of
    every article, and most lines are ASCII, where a byte ``translate`` does it in C."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    return len(_NON_LETTERS.sub("", text))


def identify(text: str) -> tuple[str, float]:
    """The most likely language (ISO 639-1 where it has one) and its probability."""
    lang, prob = _identifier().classify(text)
    return lang, float(prob)


def probability_of(text: str, language: str) -> float:
    for lang, prob in _identifier().rank(text):
        if lang == language:
            return float(prob)
    return 0.0


def same_language(a: str, b: str) -> bool:
    return a == b or b in _SAME_LANGUAGE.get(a, set())


VOTE_SAMPLE_CHARS = 300  # a paragraph's language shows in its first sentences; the rest costs time


def article_language(lines: list[str], seen: Optional[dict[str, tuple[str, float]]] = None) -> Optional[str]:
    """The language most of the text is in, weighting each confident line by its letters.

    A vote over lines (not one call on the whole text) keeps a page with long spam blocks from
    being mistaken for their language when most letters are the article's.  ``seen`` caches
    each line's identification between calls on the same text.
    """
    seen = {} if seen is None else seen
    votes: dict[str, int] = {}
    voters = [(line, size) for line in lines if (size := letters(line)) >= MIN_LINE_LETTERS]
    remaining = sum(size for _, size in voters)
    for line, size in voters:
        if _decided(votes, remaining):
            break  # the letters still to count cannot change the winner: spare the identifier
        remaining -= size
        if line not in seen:
            seen[line] = identify(line[:VOTE_SAMPLE_CHARS])
        lang, prob = seen[line]
        if prob >= 0.5:
            votes[lang] = votes.get(lang, 0) + size
    if votes:
        return max(votes.items(), key=lambda kv: kv[1])[0]
    joined = " ".join(lines)
    if letters(joined) < MIN_LINE_LETTERS:
        return None  # "nginx/1.1.19" or "Putin met Xi": too little to tell, so not a reason to skip
    return identify(joined)[0]


def _decided(votes: dict[str, int], remaining: int) -> bool:
    """Whether the leading language stays strictly ahead even if every remaining letter went to
    its closest rival (strictly: on a tie the vote goes to the language counted first)."""
    if not votes:
        return False
    ranked = sorted(votes.values(), reverse=True)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    return ranked[0] > runner_up + remaining


def _identify_line(line: str, seen: Optional[dict[str, tuple[str, float]]]) -> tuple[str, float]:
    """``identify(line)``, reusing the article vote's answer for a line short enough that the vote
    identified all of it (``seen`` holds ``identify(line[:VOTE_SAMPLE_CHARS])``)."""
    if seen is None or len(line) > VOTE_SAMPLE_CHARS:
        return identify(line)
    if line not in seen:
        seen[line] = identify(line)  # the vote over the kept lines may ask for it again
    return seen[line]


def foreign_line(line: str, article_lang: str,
                 seen: Optional[dict[str, tuple[str, float]]] = None) -> Optional[LineLanguage]:
    """The line's language when it is confidently not the article's, else ``None``.

    ``seen`` is the identifications cache of ``article_language`` for the same text, if any."""
    tokens = _TOKEN.findall(line)
    if not _same_script(line, article_lang):
        # another script (Cyrillic or Chinese in an English article): the script alone is strong
        # evidence, and Chinese or Japanese have no spaces to count words by
        if letters(line) < MIN_OTHER_SCRIPT_LETTERS:
            return None
        lang, prob = _identify_line(line, seen)
        if same_language(article_lang, lang) or prob < MIN_FOREIGN_PROB:
            return None
        return LineLanguage(lang, prob, probability_of(line, article_lang))
    if len(tokens) < MIN_LINE_WORDS or letters(line) < MIN_LINE_LETTERS:
        return None
    # the two word tests come before the (costly) identifier: they only ever keep a line, so
    # asking them first changes no outcome and spares most of an article's lines the classifier
    own_words = function_words().get(article_lang)
    if own_words and sum(1 for t in tokens if t.lower() in own_words) >= 2:
        return None
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    if capitalised / len(tokens) > MAX_CAPITALISED_SHARE:
        return None  # a row of names or a title: the identifier guesses from name spellings
    lang, prob = _identify_line(line, seen)
    if same_language(article_lang, lang) or prob < MIN_FOREIGN_PROB:
        return None
    article_prob = probability_of(line, article_lang)
    if article_prob > MAX_ARTICLE_PROB:
        return None
    return LineLanguage(lang, prob, article_prob)


_NON_LATIN_LANGS = {"ru", "uk", "bg", "mk", "sr", "el", "ar", "fa", "ur", "he", "yi", "hi", "mr", "ne", "bn",
                    "ta", "te", "kn", "ml", "gu", "pa", "th", "lo", "km", "my", "ka", "hy", "am", "zh", "ja",
                    "ko", "si", "kk", "ky", "mn", "be", "tg", "ps", "ug", "bo", "dz"}


_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f]", re.UNICODE)


def _is_latin(text: str) -> bool:
    if text.isascii():
        return True  # every ASCII letter is Latin
    return len(_NON_LATIN_LETTER.findall(text)) <= 0.2 * max(1, letters(text))


def _same_script(line: str, article_lang: str) -> bool:
    return _is_latin(line) == (article_lang not in _NON_LATIN_LANGS)
