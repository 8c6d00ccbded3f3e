"""Language of an article and of its single lines (py3langid, which ships its model).

A whole article is easy to identify; a single line is not (a line of Korean names reads as
Vietnamese).  So a line counts as another language only behind guards: enough words, a confident
identifier, the article's language nearly ruled out, few of the article language's function
words, and not a run of capitalised names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from annalyst.clean import tunables

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
MIN_OTHER_SCRIPT_WEIGHT = 6  # two CJK characters (a word) or six letters of an alphabet
# a line with no letter of the article's scripts needs less: one CJK character ("１位", a shop's
# "first place") or three letters of an alphabet is already no line of an English article
MIN_ALONE_SCRIPT_WEIGHT = 3
MIXED_SCRIPT_SHARE = 0.4  # a line this much in another script, outside brackets, is that script's
MIN_ARTICLE_SCRIPT_SHARE = 0.15  # a script this much of an article's letters is one of its own
MIN_LATIN_LETTERS_IN_OTHER_SCRIPT = 8
MIN_VOTE_WORDS = 3  # a line of fewer words is a name, a label or a number: no language vote
# the identifier's thresholds: data/language_thresholds.tsv (``thresholds``)
THRESHOLDS_FILE = "language_thresholds.tsv"


def thresholds() -> dict[str, float]:
    """``data/language_thresholds.tsv``: name → the identifier's threshold (a probability, or a
    ratio of two above 1), read by ``tunables.table`` (a malformed row, a name listed twice or a
    negative value stops the cleaner at start-up)."""
    return {name: float(value) for name, value in tunables.table(THRESHOLDS_FILE).items()}


def threshold(name: str) -> float:
    """One threshold of ``thresholds()``; an unknown name is an error, never a silent default."""
    return float(tunables.value(THRESHOLDS_FILE, name))


MAX_VOTE_ARTICLE_PROB = threshold("line.max_vote_article_prob")
MIN_FOREIGN_PROB = threshold("line.min_foreign_prob")
MAX_ARTICLE_PROB = threshold("line.max_article_prob")
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
    return _words_by_language("function_words.txt")


@lru_cache(maxsize=1)
def common_words() -> dict[str, frozenset[str]]:
    """``data/common_words.txt``: language → the words common in every section of its news
    (``tools/build_common_words.py``): they name no topic, so sharing one ties no line to an article."""
    return _words_by_language("common_words.txt")


def _words_by_language(name: str) -> dict[str, frozenset[str]]:
    """A data file of rows "<iso-639-1>: word word ...": language → its words."""
    table: dict[str, frozenset[str]] = {}
    text = resources.files("annalyst.clean").joinpath(f"data/{name}").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, _, words = line.partition(":")
        table[lang.strip()] = frozenset(words.split())
    return table


UNSPACED_CHARS_PER_WORD = 2  # a Chinese or Japanese word is one to three characters
# the scripts written without spaces between words: kana, CJK ideographs, Hangul, Thai, Lao, Khmer, Myanmar
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")


def word_count(words: list[str]) -> int:
    """How many words the tokens make: a run of characters of a script written without spaces
    (Japanese, Chinese, Thai) counts one word per ``UNSPACED_CHARS_PER_WORD`` of them."""
    if all(word.isascii() for word in words) or not any(_UNSPACED.search(word) for word in words):
        return len(words)  # most lines: words between spaces
    count = 0
    for word in words:
        unspaced = 0 if word.isascii() else len(_UNSPACED.findall(word))
        count += -(-unspaced // UNSPACED_CHARS_PER_WORD) if unspaced else 1
    return count


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
    return a == b or b in _SAME_LANGUAGE.get(a, set()) or a in _SAME_LANGUAGE.get(b, set())


VOTE_SAMPLE_CHARS = 300  # a paragraph's language shows in its first sentences; the rest costs time


def article_language(lines: list[str], seen: Optional[dict[str, tuple[str, float]]] = None) -> Optional[str]:
    """The language most of the text is in, weighting each confident line by its letters.

    A vote over lines (not one call on the whole text) keeps a page with long spam blocks from
    being mistaken for their language when most letters are the article's.  ``seen`` caches
    each line's identification between calls on the same text.  A line with function words of
    one language only (``_sure_language``) votes without the identifier: most of a story's
    sentences, where the identifier was most of the cleaner's time.
    """
    seen = {} if seen is None else seen
    votes: dict[str, int] = {}
    voters = [(line, size) for line in lines if (size := letters(line)) >= MIN_LINE_LETTERS]
    remaining = sum(size for _, size in voters)
    for line, size in voters:
        if _decided(votes, remaining):
            break  # the letters still to count cannot change the winner: spare the identifier
        remaining -= size
        sure = line not in seen and _sure_language(line)
        if sure:
            votes[sure] = votes.get(sure, 0) + size
            continue
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


@lru_cache(maxsize=8192)
def _words(line: str) -> tuple[str, ...]:
    """The line's words, once per line: the article vote and the foreign-line test both need them."""
    return tuple(_TOKEN.findall(line))


@lru_cache(maxsize=8192)
def _lowered_words(line: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _words(line))


SURE_VOTE_WORDS = 3  # so many function words of one language that no other language has


@lru_cache(maxsize=1)
def _exclusive_owner() -> dict[str, str]:
    """Each function word that only one language of ``data/function_words.txt`` lists ("the" →
    en); a word that varieties share (Indonesian and Malay "dengan") has no owner."""
    listed: dict[str, list[str]] = {}
    for lang, words in function_words().items():
        for word in words:
            listed.setdefault(word, []).append(lang)
    return {word: langs[0] for word, langs in listed.items() if len(langs) == 1}


def _sure_language(line: str) -> Optional[str]:
    """The line's language without the identifier, when ``SURE_VOTE_WORDS`` different function
    words of that language alone stand in it (most of an article's sentences: "the", "said",
    "would"); ``None`` when not so sure.  The vote asks the identifier only about the rest."""
    owner = _exclusive_owner()
    counts: dict[str, int] = {}
    for word in _lowered_words(line):
        lang = owner.get(word)
        if lang is not None:
            counts[lang] = counts.get(lang, 0) + 1
    sure = [lang for lang, n in counts.items() if n >= SURE_VOTE_WORDS]
    return sure[0] if len(sure) == 1 else None


def _decided(votes: dict[str, int], remaining: int) -> bool:
    """Whether the leading language stays strictly ahead even if every remaining letter went to
    its closest rival (strictly: on a tie the vote goes to the language counted first)."""
    if not votes:
        return False
    ranked = sorted(votes.values(), reverse=True)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    return ranked[0] > runner_up + remaining


def identify_line(line: str, seen: Optional[dict[str, tuple[str, float]]]) -> tuple[str, float]:
    """``identify(line)``, reusing the article vote's answer for a line short enough that the vote
    identified all of it (``seen`` holds ``identify(line[:VOTE_SAMPLE_CHARS])``)."""
    if seen is None or len(line) > VOTE_SAMPLE_CHARS:
        return identify(line)
    if line not in seen:
        seen[line] = identify(line)  # the vote over the kept lines may ask for it again
    return seen[line]


def foreign_line(line: str, article_lang: str,
                 seen: Optional[dict[str, tuple[str, float]]] = None,
                 article_scripts: Optional[frozenset[str]] = None) -> Optional[LineLanguage]:
    """The line's language when it is confidently not the article's, else ``None``.

    ``seen`` is the identifications cache of ``article_language`` for the same text, if any;
    ``article_scripts`` the article's writing systems (``scripts_of_article``), if known."""
    if "://" in line or "@" in line or "www." in line:
        line = _ADDRESS.sub(" ", line)  # URLs and e-mail addresses are in no language
    if article_scripts is None:
        article_scripts = frozenset({"LATIN"}) if article_lang not in _NON_LATIN_LANGS else None
    if not article_scripts or (line.isascii() and "LATIN" in article_scripts):
        return _same_script_line(line, article_lang, seen)  # most lines: no other script to count
    weights = script_weights(line)
    total = sum(weights.values())
    if not total:
        return None
    outside = {k: v for k, v in weights.items() if k not in article_scripts}
    other = sum(outside.values())
    if not other:
        return _same_script_line(line, article_lang, seen) if "LATIN" in article_scripts else None
    script = max(outside.items(), key=lambda kv: kv[1])[0]
    if script == "LATIN":
        # Latin letters in a Chinese or Russian article are mostly names, handles, URLs and code:
        # only a line mostly Latin that the identifier confidently gives another language goes
        return _latin_in_other_script(line, other, total, article_lang, seen)
    # spam mixes scripts ("百家乐 baccarat 真人"): what counts is how much of the line is not in
    # the article's script, unless that part is a gloss in brackets or quotes ("Li Qiang (李强)")
    if other * 2 > total or (other >= MIXED_SCRIPT_SHARE * total and not _glossed(line, article_scripts)):
        least = MIN_ALONE_SCRIPT_WEIGHT if other == total else MIN_OTHER_SCRIPT_WEIGHT
        return _other_script_line(line, script, other, article_lang, seen, least)
    return None


def _latin_in_other_script(line: str, other: float, total: float, article_lang: str,
                           seen: Optional[dict[str, tuple[str, float]]]) -> Optional[LineLanguage]:
    if other * 2 <= total or other < MIN_LATIN_LETTERS_IN_OTHER_SCRIPT:
        return None
    lang, prob = identify_line(line, seen)
    if same_language(article_lang, lang) or prob < MIN_FOREIGN_PROB:
        return None
    return LineLanguage(lang, prob, 0.0)


_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|@\w+")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|“[^”]*”|\"[^\"]*\"|«[^»]*»|「[^」]*」")


def _glossed(line: str, article_scripts: frozenset[str]) -> bool:
    """All of the line outside the article's scripts sits in brackets or quotes."""
    rest = _BRACKETED.sub(" ", line)
    return not any(k not in article_scripts for k in script_weights(rest))


def _other_script_line(line: str, script: str, weight: float, article_lang: str,
                       seen: Optional[dict[str, tuple[str, float]]],
                       least: float = MIN_OTHER_SCRIPT_WEIGHT) -> Optional[LineLanguage]:
    """A line mostly in another writing system (Chinese, Thai, Arabic in an English article): the
    script alone is the evidence, so even a line of four characters without spaces counts.  The
    identifier only names the language; where it answers the article's language or is unsure,
    the script's usual language is reported (``data/scripts.tsv``).  ``least``: the weight the
    other script needs (less for a line with no letter of the article's scripts)."""
    if weight < least:
        return None
    lang, prob = identify_line(line, seen)
    if same_language(article_lang, lang) or prob < 0.5:
        lang = scripts().get(script, (1.0, None))[1] or lang
    return LineLanguage(lang, prob, 0.0)


def _ambiguous_pair(found: set[str], article_lang: str) -> bool:
    """Whether the article-language function words found are all shared with one other language."""
    if found & _exclusive_function_words(article_lang):
        return False  # "the", "said": no other language has them
    return any(found <= words for _, words in _other_function_words(article_lang))


@lru_cache(maxsize=64)
def _own_function_words(article_lang: str) -> frozenset[str]:
    """The function words of the article's language and of its varieties."""
    table = function_words()
    return frozenset().union(*(words for lang, words in table.items() if same_language(article_lang, lang)))


@lru_cache(maxsize=64)
def _other_function_words(article_lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((lang, words) for lang, words in function_words().items() if not same_language(article_lang, lang))


@lru_cache(maxsize=1)
def all_function_words() -> frozenset[str]:
    """Every language's function words together (``data/function_words.txt``)."""
    return frozenset().union(*function_words().values())


def own_function_words(article_lang: str) -> frozenset[str]:
    """The function words of the language and of its varieties."""
    return _own_function_words(article_lang)


def has_function_word(text: str, article_lang: str) -> bool:
    """Whether the text holds one of the function words of the language (or of its varieties)."""
    own = _own_function_words(article_lang)
    lowered = text.lower()
    return bool(own.intersection(lowered.split())) or bool(own.intersection(_TOKEN.findall(lowered)))


def exclusive_function_words(article_lang: str) -> frozenset[str]:
    """The article language's function words that no other language of the table has ("the", "said")."""
    return _exclusive_function_words(article_lang)


@lru_cache(maxsize=64)
def _exclusive_function_words(article_lang: str) -> frozenset[str]:
    others = frozenset().union(*(words for _, words in _other_function_words(article_lang)))
    return _own_function_words(article_lang) - others


def _unshared(own_found: set[str], lowered: set[str], article_lang: str) -> set[str]:
    """The article language's function words found, less those that are also function words of
    a language with two function words of its own in the line: in "Mag-sign up na at kumuha ng
    libreng bonus", Tagalog's "at" is not English's."""
    rivals = [words for _, words in _other_function_words(article_lang) if len((lowered - own_found) & words) >= 2]
    return own_found - frozenset().union(*rivals) if rivals else own_found


def _function_word_counts(tokens: set[str], article_lang: str) -> dict[str, int]:
    """Other languages' function words among ``tokens``, per language."""
    counts: dict[str, int] = {}
    for lang, words in _other_function_words(article_lang):
        n = len(tokens & words)
        if n:
            counts[lang] = n
    return counts


def _same_script_line(line: str, article_lang: str,
                      seen: Optional[dict[str, tuple[str, float]]]) -> Optional[LineLanguage]:
    """A line in the article's script: its words vote.

    Two tests, cheapest first.  The article language's function words keep a line (two of them
    make a sentence of it).  Then another language's function words: two of them, more than the
    article's, make the line that language unless the identifier is sure it is the article's;
    one of them, with none of the article's, does when the identifier agrees.  This catches short
    lines in languages whose spam borrows English words ("situs judi slot online", Tagalog "ng",
    Malay "dan"), where the identifier alone hesitates.  Failing both, the identifier decides
    alone, behind strict guards (enough words, confident, the article language ruled out)."""
    tokens = _words(line)
    if len(tokens) < MIN_VOTE_WORDS:
        return None
    own_words = _own_function_words(article_lang)
    lowered = _lowered_words(line)
    own_found = lowered & own_words
    if len(own_found & _exclusive_function_words(article_lang)) >= 2:
        return None  # most article lines: "the", "said"... no other language has them
    if len(_unshared(own_found, lowered, article_lang)) >= 2 and not _ambiguous_pair(own_found, article_lang):
        return None
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    if capitalised / len(tokens) > MAX_CAPITALISED_SHARE:
        return None  # a row of names or a title: the identifier guesses from name spellings
    counts = _function_word_counts(lowered - own_found, article_lang)
    other, other_count = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    # a word that is a function word of both languages ("at" in English and Tagalog, "to" in
    # English and Polish) votes for neither
    own = len(own_found - function_words().get(other, frozenset())) if other else len(own_found)
    if other is not None and (other_count >= 2 and other_count > own
                              or other_count == 1 and own == 0 and len(tokens) >= MIN_LINE_WORDS
                              and letters(line) >= MIN_LINE_LETTERS):
        article_prob = probability_of(line, article_lang)
        if article_prob <= MAX_VOTE_ARTICLE_PROB:
            lang, prob = identify_line(line, seen)
            agrees = lang == other or same_language(other, lang)
            return LineLanguage(lang if agrees else other, prob, article_prob)
    if own or len(tokens) < MIN_LINE_WORDS or letters(line) < MIN_LINE_LETTERS:
        return None
    lang, prob = identify_line(line, seen)
    if same_language(article_lang, lang):
        return None
    if prob < MIN_FOREIGN_PROB:
        # the identifier splits its belief between close varieties (Indonesian and Malay,
        # Bokmål and Nynorsk): what counts is the family's share
        prob = family_probability(line, lang)
        if prob < MIN_FOREIGN_PROB:
            return None
    article_prob = probability_of(line, article_lang)
    if article_prob > MAX_ARTICLE_PROB:
        return None
    return LineLanguage(lang, prob, article_prob)


def family_probability(text: str, language: str) -> float:
    """The probability of ``language`` and of its varieties together."""
    return float(sum(prob for lang, prob in _identifier().rank(text) if same_language(language, lang)))


@lru_cache(maxsize=1)
def scripts() -> dict[str, tuple[float, Optional[str]]]:
    """``data/scripts.tsv``: script → (weight of one letter, the language reported for it)."""
    table: dict[str, tuple[float, Optional[str]]] = {}
    text = resources.files("annalyst.clean").joinpath("data/scripts.tsv").read_text("utf-8")
    rows = [r for r in text.splitlines() if r.strip() and not r.startswith("#")]
    for row in rows[1:]:  # the first row names the columns
        script, weight, lang = row.split("\t")
        table[script] = (float(weight), lang or None)
    return table


@lru_cache(maxsize=8192)
def _script_of_char(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


def script_weights(text: str) -> dict[str, float]:
    """Letters per writing system, each weighted as ``data/scripts.tsv`` says (CJK characters ×3)."""
    if text.isascii():
        n = letters(text)
        return {"LATIN": float(n)} if n else {}
    table = scripts()
    weights: dict[str, float] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        script = "LATIN" if ch < "\u0080" else _script_of_char(ch)
        weights[script] = weights.get(script, 0.0) + table.get(script, (1.0, None))[0]
    return weights


def scripts_of_article(lines: list[str], article_lang: Optional[str]) -> Optional[frozenset[str]]:
    """The article's writing systems: Latin for a Latin-script language; else every script that
    holds at least ``MIN_ARTICLE_SCRIPT_SHARE`` of its letters (Japanese: Han and both kana)."""
    if article_lang is None:
        return None
    if article_lang not in _NON_LATIN_LANGS:
        return frozenset({"LATIN"})
    totals: dict[str, float] = {}
    for line in lines:
        for script, weight in script_weights(line).items():
            totals[script] = totals.get(script, 0.0) + weight
    whole = sum(totals.values())
    if not whole:
        return None
    return frozenset(k for k, v in totals.items() if v >= MIN_ARTICLE_SCRIPT_SHARE * whole)


_NON_LATIN_LANGS = {"ru", "uk", "bg", "mk", "sr", "el", "ar", "fa", "ur", "he", "yi", "hi", "mr", "ne", "bn",
                    "ta", "te", "kn", "ml", "gu", "pa", "th", "lo", "km", "my", "ka", "hy", "am", "zh", "ja",
                    "ko", "si", "kk", "ky", "mn", "be", "tg", "ps", "ug", "bo", "dz"}
