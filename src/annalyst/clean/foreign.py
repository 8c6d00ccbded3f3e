"""Short lines in another language than the article's, told with the article at hand.

``language.foreign_line`` judges a line alone, so it guards against what misleads the
identifier on a short line: a row of capitalised names ("Mirco Bergamasco, W Pozzebon...") and
one article-language function word.  Those guards let through most menus and prompts of
languages that capitalise their nouns or share short words with English ("Hinterlassen Sie
einen Kommentar", "Wir tun jeden Tag, was wir lieben.").  With the article at hand the guard
can be the one that matters: a line that carries none of the article's entities.

A kept line goes as ``foreign-line:xx`` when

- it has ``MIN_WORDS`` word or more (one word alone: ``ONE_WORD_MIN_LETTERS`` letters) and is no
  quotation, no piece of a hard-wrapped sentence with a function word of the article's language
  or of at most ``WRAPPED_TAIL_WORDS`` words, no short line with figures (a table's), no line the article introduces (a line
  in the article's language ending with a colon: "The banner read:"), no address, code or table
  row (figures, cell bars);
- it holds none of the function words only the article's language has ("the", "of"), or one in
  a line of ``ONE_OWN_WORD_MIN_WORDS`` words or more that the identifier is sure of;
- the identifier gives another language (not a variety of the article's) at least
  ``MIN_PROB`` and the article's language at most ``MAX_ARTICLE_PROB`` (``MAX_ARTICLE_PROB_TWO``
  for a line of two words, where one loan word can sway it; ``ONE_WORD_MIN_PROB`` and
  ``ONE_WORD_MAX_ARTICLE_PROB`` for one word alone); a line of two to ``RATIO_MAX_WORDS`` words,
  not all capitalised (a name), without the article's function words, also goes when the
  identifier spreads its belief over neighbouring languages (at least ``RATIO_MIN_PROB`` for its
  first) but rules the article's out: at most ``RATIO_MAX_ARTICLE_PROB`` and ``RATIO`` times
  less than the first ("Ob Supermarkt oder Pumptrack": German 0.45, English 0.002);
- or, for a line of two to ``RATIO_MAX_WORDS`` words, not in title case (a name) and without
  the article's function words, its grammar votes: it holds two function words of the language
  the identifier names first (at least ``VOTE_MIN_PROB``), or one where the identifier rules the
  article's language out ``VOTE_RATIO`` times more, the article's at most
  ``VOTE_MAX_ARTICLE_PROB`` ("Pressesprecherin des", "Brighton goleó al Manchester United por";
  "Reds sink 10-man Magpies" stays: Danish "man" is an English noun);
- none of its names (capitalised words after the first) appears in the article's prose, and none
  of its longer words in ``interface.TOPIC_LINES`` prose lines: a foreign name, title or slogan
  the article talks about is tied to it and stays.  Only prose counts (long lines, sentences,
  pieces of hard-wrapped sentences), and no language's function words: the menu lines of one foreign site
  share words with each other ("Vorheriger Artikel", "Verwandte Artikel", "Sie"), not with the
  article.

Lines ``language.foreign_line`` already judged foreign and that the article kept (an introduced
or signed quotation) are not judged again.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional, Sequence

from annalyst.clean import furniture, interface, language
from annalyst.clean.patterns import spam_terms

MIN_WORDS = 1
# the identifier's probabilities and ratios: data/language_thresholds.tsv (``language.threshold``)
MIN_PROB = language.threshold("foreign.min_prob")
# one word alone: only a word the identifier is sure of ("Kantonsübersicht" 0.78, English 0.001;
# names and loan words like "Zeitgeist" or "Bundesbank" stay under 0.6)
RATIO_MAX_WORDS = 8
# a line of two words or more with a function word of the language the identifier gives first and
# none of the article's: its grammar is that language's, even when the identifier spreads its belief
VOTE_MIN_PROB = language.threshold("foreign.vote_min_prob")
VOTE_MAX_ARTICLE_PROB = language.threshold("foreign.vote_max_article_prob")
VOTE_RATIO = language.threshold("foreign.vote_ratio")
RATIO_MIN_PROB = language.threshold("foreign.ratio_min_prob")
RATIO_MAX_ARTICLE_PROB = language.threshold("foreign.ratio_max_article_prob")
RATIO = language.threshold("foreign.ratio")
ONE_WORD_MIN_PROB = language.threshold("foreign.one_word_min_prob")
ONE_WORD_MIN_LETTERS = furniture.ONE_WORD_MIN_LETTERS  # a shorter word alone: a name, a label, "Reuter"
WRAPPED_TAIL_WORDS = 2  # "quarters.", "stands down.": the end of a hard-wrapped sentence
MIN_LETTERS_WITH_DIGITS = 12  # a short line with figures is data
ONE_WORD_MAX_ARTICLE_PROB = language.threshold("foreign.one_word_max_article_prob")
# one function word only the article's language has ("of", "was") keeps a short line (a name
# piece: "Oesterreichische Draukraftwerke AG of"); a longer line the identifier is sure of goes
# ("Wir tun jeden Tag, was wir lieben.": German "was" is English "what")
ONE_OWN_WORD_MIN_WORDS = 5
ONE_OWN_WORD_MIN_PROB = language.threshold("foreign.one_own_word_min_prob")
MAX_ARTICLE_PROB = language.threshold("foreign.max_article_prob")
MAX_ARTICLE_PROB_TWO = language.threshold("foreign.max_article_prob_two")
MIN_INTRODUCTION_WORDS = 4
# a short line next to a removed line of language xx ("Contenido Relacionado" by a Spanish teaser)
POOL_MIN_PROB = language.threshold("foreign.pool_min_prob")
POOL_RATIO = language.threshold("foreign.pool_ratio")
POOL_MAX_ARTICLE_PROB = language.threshold("foreign.pool_max_article_prob")
REASON = "foreign-line"
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_DIGIT = re.compile(r"\d")
_OPENING_QUOTES = "\"'“‘«„「『‹"
_CLOSING_QUOTES = "\"'”’»“」』›"


def _quoted(text: str) -> bool:
    core = text.strip().rstrip(".,;!?")
    return len(core) > 2 and core[0] in _OPENING_QUOTES and core[-1] in _CLOSING_QUOTES


def _introduced(previous, line, article_lang: str) -> bool:
    """The article's line before ends with a colon: what follows is what someone said or wrote
    (an introduction in the article's language: "The banner read:", not a foreign menu's "Mehr:")."""
    if previous is None or not previous.kept or not previous.text.rstrip().endswith(":"):
        return False
    if not in_article_language(previous.text, article_lang):
        return False
    if any(word.lower() in spam_terms() for word in _TOKEN.findall(line.text)):
        return False
    return len(_TOKEN.findall(previous.text)) >= MIN_INTRODUCTION_WORDS


def in_article_language(text: str, article_lang: str) -> bool:
    """One of the article language's function words, and not confidently another language."""
    return language.has_function_word(text, article_lang) and foreign_language(text, article_lang) is None


def foreign_language(text: str, article_lang: str,
                     seen: Optional[dict[str, tuple[str, float]]] = None) -> Optional[str]:
    """The line's language when the identifier confidently gives another than the article's and
    the article's words do not make it a sentence of its own; else ``None``."""
    words = _candidate_words(text, article_lang)
    return None if words is None else _identified(text, article_lang, words, seen)


def _candidate_words(text: str, article_lang: str) -> Optional[tuple[int, int, bool]]:
    """(words, the article language's exclusive function words among them, whether any of its
    function words is there) of a line that could be in another language; ``None`` for most
    article lines (the cheap test: no identifier)."""
    exclusive = language.exclusive_function_words(article_lang)
    lowered = text.lower()
    if len(exclusive.intersection(lowered.split())) > 1:
        return None  # most article lines, told without tokenising: "the", "said" between spaces
    words = _TOKEN.findall(lowered)
    if len(words) < MIN_WORDS or len(words) == 1 and len(words[0]) < ONE_WORD_MIN_LETTERS:
        return None
    own = len(exclusive.intersection(words))
    if own > 1 or own and len(words) < ONE_OWN_WORD_MIN_WORDS:
        return None
    return len(words), own, bool(language.own_function_words(article_lang).intersection(words))


def _identified(text: str, article_lang: str, counts: tuple[int, int, bool],
                seen: Optional[dict[str, tuple[str, float]]]) -> Optional[str]:
    n_words, own, has_own = counts
    lang, prob = language.identify_line(text, seen)
    floor = ONE_WORD_MIN_PROB if n_words == 1 else ONE_OWN_WORD_MIN_PROB if own else MIN_PROB
    if language.same_language(article_lang, lang):
        return None
    if prob < floor and 2 <= n_words <= RATIO_MAX_WORDS and not has_own and prob >= VOTE_MIN_PROB and not text.istitle() \
            and _voted(text, lang, prob, language.probability_of(text, article_lang)):
        # the line's grammar votes: a function word of the language the identifier names and none
        # of the article's ("Pressesprecherin des", "goleó al Manchester United por")
        return lang
    if prob < floor:
        # a short line spreads the identifier's belief over neighbours (German, Luxembourgish,
        # Dutch): what counts then is how far it rules out the article's language
        if own or not 2 <= n_words <= RATIO_MAX_WORDS or prob < RATIO_MIN_PROB or text.istitle():
            return None  # ("Udo Dirkschneider", "Machiko Suzuki.": a name, whatever its spelling)
        article_prob = language.probability_of(text, article_lang)
        return lang if article_prob <= RATIO_MAX_ARTICLE_PROB and prob >= RATIO * article_prob else None
    ceiling = ONE_WORD_MAX_ARTICLE_PROB if n_words == 1 else MAX_ARTICLE_PROB_TWO if n_words == 2 \
        else MAX_ARTICLE_PROB
    if language.probability_of(text, article_lang) > ceiling:
        return None
    return lang


def _voted(text: str, lang: str, prob: float, article_prob: float) -> bool:
    """The line's function words vote for ``lang`` (or one of its varieties): two of them, or one
    where the identifier rules the article's language out ``VOTE_RATIO`` times more than ``lang``
    (one such word may be a noun of the article's language too: "man" in "Reds sink 10-man
    Magpies")."""
    if article_prob > VOTE_MAX_ARTICLE_PROB:
        return False
    words = set(_TOKEN.findall(text.lower()))
    found = set().union(*(words & table for other, table in language.function_words().items()
                          if language.same_language(lang, other)))
    return len(found) >= 2 or (len(found) == 1 and prob >= VOTE_RATIO * article_prob)


class _ProseWords:
    """On how many of the article's prose lines each word stands (lower-cased), worked out only
    when the first line needs it: most articles have no short foreign line."""

    def __init__(self, lines: Sequence, wrapped: frozenset[int] | set[int]) -> None:
        self.lines = lines
        self.wrapped = wrapped
        self._counts: Optional[Counter[str]] = None

    def linked(self, line) -> bool:
        if self._counts is None:
            self._counts = Counter()
            for other in self.lines:
                if other.kept and (other.no in self.wrapped or furniture.is_prose(other.text)):
                    self._counts.update({w.lower() for w in _TOKEN.findall(other.text)})
        names, words = interface.content_words(line.text)
        every = language.all_function_words()
        own = 1 if line.no in self.wrapped or furniture.is_prose(line.text) else 0  # a prose line counts its own words
        return (any(self._counts[w] > own for w in names - every)
                or any(self._counts[w] - own >= interface.TOPIC_LINES for w in words - every))


def mark_foreign_lines(lines: Sequence, article_lang: Optional[str], wrapped: frozenset[int] | set[int] = frozenset(),
                       seen: Optional[dict[str, tuple[str, float]]] = None) -> int:
    """Mark the kept lines in another language that carry nothing of the article; returns how many.
    ``seen``: the article vote's identifications (``language.article_language``)."""
    if not article_lang:
        return 0
    prose = _ProseWords(lines, wrapped)
    tables = furniture.near_table_rows(lines)
    decided = []
    previous = None
    for line in lines:
        line_before, previous = previous, line
        if not line.kept or getattr(line, "foreign", None):
            continue
        counts = _judgeable(line, line_before, article_lang, wrapped, line.no in tables)
        if counts is None:
            continue
        lang = _identified(line.text, article_lang, counts, seen)
        if lang is not None and not prose.linked(line):
            decided.append((line, lang))
    for line, lang in decided:
        _mark(line, lang)
    return len(decided) + _pool_runs(lines, article_lang, wrapped, prose, seen, tables)


def _mark(line, lang: str) -> None:
    line.foreign = lang
    line.reason = f"{REASON}:{lang}"


def _judgeable(line, line_before, article_lang: str, wrapped, in_table: bool = True) -> Optional[tuple[int, int, bool]]:
    """``_candidate_words`` of a line that could be another language's, ``None`` for a line the
    article owns whatever the identifier says (a piece of a wrapped sentence, a table's row, a
    quotation, an address, a line the article introduces).  ``in_table``: the line stands within
    ``furniture.TABLE_ROW_REACH`` lines of a table's row (``furniture.near_table_rows``); figures
    make a line the article's data only there: alone, "Besuche 2010: 5.909.435" or "Resolução
    Consema nº 014/12" is judged by its words like any other line."""
    text = line.text
    counts = _candidate_words(text, article_lang)
    if counts is None:
        return None  # most lines: a sentence of the article's language, or too short to tell
    if line.no in wrapped and (counts[0] <= WRAPPED_TAIL_WORDS or counts[2]):
        return None  # a piece of a hard-wrapped sentence of the article (most of old wire copy)
    if in_table and _DIGIT.search(text) and language.letters(text) < MIN_LETTERS_WITH_DIGITS:
        return None  # a table's row or label ("FIJI nil 25,190", "12 mths"): the article's data
    if _quoted(text) or furniture.code_or_address(text) or in_table and furniture.table_row(text) or text.count("|") > 1 \
            or _introduced(line_before, line, article_lang):
        return None
    return counts


def _removed_foreign(line) -> Optional[str]:
    """The language of a line removed as another language's (not a kept quotation)."""
    return line.foreign if getattr(line, "foreign", None) and not line.kept else None


def _pool_runs(lines: Sequence, article_lang: str, wrapped, prose: "_ProseWords",
               seen: Optional[dict[str, tuple[str, float]]], tables: frozenset[int] | set[int] = frozenset()) -> int:
    """Short lines pooled with their neighbours: a line next to a line removed as language ``xx``
    is judged with the looser bar of ``_pooled`` (the identifier, unsure on so few words, still
    names ``xx`` first and rules the article's language out), and goes as ``xx`` when it names
    nothing of the article's prose.  A foreign site's menu comes as a run of one language
    ("Contenido Relacionado" under a Spanish teaser): alone, a title-case pair reads as a name and
    is given the benefit of the doubt; in the run it is the run's language.  Repeated until the
    runs stop growing; a kept (introduced or signed) quotation is no run."""
    marked = 0
    grown = True
    while grown:
        grown = False
        for i, line in enumerate(lines):
            if not line.kept or getattr(line, "foreign", None):
                continue
            neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            run_langs = {_removed_foreign(other) for other in neighbours} - {None}
            if not run_langs:
                continue  # most lines: no removed foreign line beside them
            counts = _judgeable(line, lines[i - 1] if i else None, article_lang, wrapped, line.no in tables)
            if counts is None:
                continue
            lang = _pooled(line.text, article_lang, run_langs, seen)
            if lang is not None and not prose.linked(line):
                _mark(line, lang)
                marked += 1
                grown = True
    return marked


def _pooled(text: str, article_lang: str, run_langs: set[str],
            seen: Optional[dict[str, tuple[str, float]]]) -> Optional[str]:
    """The language of a line next to removed lines of ``run_langs``, when the identifier's
    first answer is one of them (or a variety of one) with ``POOL_MIN_PROB`` (with its
    varieties) and ``POOL_RATIO`` times the article's language, the article's at most
    ``POOL_MAX_ARTICLE_PROB``."""
    article_prob = language.probability_of(text, article_lang)
    if article_prob > POOL_MAX_ARTICLE_PROB:
        return None
    lang, _ = language.identify_line(text, seen)
    if language.same_language(article_lang, lang) or not any(language.same_language(lang, other) for other in run_langs):
        return None
    prob = language.family_probability(text, lang)
    return lang if prob >= POOL_MIN_PROB and prob >= POOL_RATIO * article_prob else None
