"""Site furniture told by its context, not its words: a short line that is not prose and shares
nothing with the article goes when enough of its surroundings say it is furniture.

``clean/interface.py`` needs interface vocabulary; furniture in other words ("Contact the
newsroom", "Editors' picks", "Lies auch") has none, but it sits where furniture sits.  A
*candidate* is a kept line of at most ``MAX_WORDS`` words that does not end a sentence (or is a
short question or a call of up to ``CALL_WORDS`` words ending "?" or "!": "Congratulations!",
unless the article asks or exclaims on another line itself, as readers' comments do), is not quoted, is not a table row (two numbers or more), an address or code,
and none of whose names or longer words appears on another line of the article (month and
weekday names, ``calendar_words``, tie nothing: every dated article has them).  "The
article" is its own lines: prose, tables and list runs ("Drama - Featherboy" next to another
item), and the short lines tied to them; not the other furniture-shaped lines, so a menu's items
("Contact Us", "Follow Us") no longer vouch for each other.  A name of under
``interface.MIN_LINK_LETTERS`` letters ties only where the article writes it capitalised too
(a menu's "News" is not the article's "news").  A short line that speaks to the reader or as the
site ("you", "our", "we") outside any quotation and without a reporting verb ("said") is a
candidate even as a sentence (a site's prompt or pitch: "Stay up-to-date on our work."), unless
the article itself talks so on ``VOICED_ARTICLE_LINES`` other lines.  Its evidence, one point each:

- **outside the article**: before the first or after the last line of prose (a line of at least
  ``PROSE_WORDS`` words, or a sentence of at least ``PROSE_SENTENCE_WORDS``; a line without a
  full stop only from ``UNENDED_PROSE_WORDS``); a text without prose (a table, a list) gives no
  point; below the prose a candidate may have up to ``TAIL_MAX_WORDS`` words (another story's
  headline; it needs one more piece of evidence), elsewhere ``MAX_WORDS``;
- **in a footer**: below the prose stand ``FOOTER_LINES`` candidates without figures or junk
  lines or more (a single short closing line is the article's; short lines with figures are a
  table's, "16th PREM", "WINNERS (once)");
- **beside junk**: the line just before or after it was removed as junk (spam, boilerplate,
  another language, a digest), so runs of furniture go together (re-checked ``PASSES`` times);
- **in a run**: the line just before or after it is a candidate too, and neither holds a digit
  (a link list or a menu; short lines with figures are a table's); another story's headline (a
  candidate of more than ``MAX_WORDS`` words that does not run on, ``_runs_on_words``, ``_runs_on``)
  is such a neighbour too (a widget and a teaser put in a paragraph's block);
- **repeated on the site**: the line was on ``SITE_REPEAT_PAGES`` other pages of its site;
- **repeated on the page**: the same line stands in another block of the text too, not near a
  table row (a table repeats its column heads; ``_near_table_rows``) (a site's
  banner shown above the article and again inside it; an article says a thing once, and its
  headline repeated below it is front matter, not a candidate);
- **interface vocabulary**: at least one point from ``data/interface_words.tsv``;
- **amid the prose**: it stands alone or in a run of at most ``AMID_RUN_LINES`` candidates and
  junk lines between two prose lines, the one before ends a sentence (one running on is
  continued by the line), it holds no figure and no function word of the article's language (a
  language without a function-word list gets no point), and no line of a longer run is shaped
  as a list item ("Drama - Featherboy": a list of the article's): the line interrupts the running text and is no clause (a
  teaser, a widget, a label dropped between two paragraphs; "Why it matters" stays);
- **inside a paragraph's block**: a prose line shares its block (no blank line in between), in
  a text whose paragraphs are parted by blank lines: a paragraph holds sentences, and a short
  non-sentence line in it was put there;
- **bare, amid the prose**: such a line of at most ``BARE_WORDS`` words ("Crossword", "Funds &
  ETFs", a name alone) scores one point more;
- **a bare label above the prose**: at most ``HEAD_BARE_WORDS`` words, none of them a function
  word of the article's language ("Contact", "Power Rankings"), and no short line with figures
  beside it (a table's "Year");
- **under the headline in its block** (``UNDER_HEADLINE_POINTS``): above the prose, in the block
  just over the first prose line, after that block's first line when that line is headline-shaped
  (``frontmatter.looks_like_title``), and not a date line or byline (``parse_date_line``): a
  headline is one line, and a line put in its block tied to nothing is not its deck; such a
  line is judged up to ``TAIL_MAX_WORDS`` words (another story's headline), and a stamp there
  without a full date ("July 2018", "Nov 15") is judged too;
- **a date or time stamp below the start of the prose** (``interface.is_stamp``): a comment's,
  a teaser's or a page's stamp; the article's own date line stands above it (a match's time,
  "1945 GMT", in a block of its own above the prose is front matter and stays);
- **title case amid the prose** (``title_cased``): every word but the article language's
  function words capitalised, at least ``TITLE_CASE_WORDS`` words, no figure, not a list's item,
  not near a table row (a table's column heads): a menu item's or another story's headline's
  shape ("Terms of Use", "Doubts About Gaza War Are Beginning to Creep In"), where the article's
  own lines are sentences; such a line of more than ``MAX_WORDS`` words is judged amid the prose
  too, with no more point needed than a short one (its shape answers the doubt a long unended
  line raises there: the article's closing note is no headline);
- **a teaser amid the prose**: a line with function words alone or in a short run between two
  paragraphs (as above) that names at least ``TEASER_NAMES`` people or things (``_named``; not a line in brackets, a note),
  none of them the article's (the line must be tied to nothing to go), and whose sentence does not run on
  into the next line of its block (hard-wrapped wire copy, ``_runs_on``): another story's headline; two points ("Why it matters" names nothing and stays);
- **a long line amid the prose**: a line of more than ``MAX_WORDS`` words (up to
  ``TAIL_MAX_WORDS``) that ends no sentence, is a block of its own and does not run on (no
  closing comma or function word) interrupts the prose as a short line does and is judged amid
  it with one more piece of evidence needed ("Hit the track today with Mario Kart Tour for
  iPhone, Android, and iPad" between two paragraphs), unless it is a teaser (as above: its names
  are another story's, so it is no closing note of the article's, and its two points suffice);
- **a sidebar**: a line with function words in a run of at least ``SIDEBAR_LINES`` short lines,
  each a block of its own, between two paragraphs ("What We Do", "Terms and rules"; a lone
  "Why it matters" between two paragraphs stays);
- **another language**: a line that the identifier gives another language with
  ``MIN_FOREIGN_PROB`` and the article's at most ``MAX_ARTICLE_PROB`` (one word alone: at most
  ``ONE_WORD_MAX_ARTICLE_PROB``, and ``ONE_WORD_MIN_LETTERS`` letters): "Weitere Themen", "Abnehmen": too unsure for
  ``clean/foreign.py`` to remove alone.

A short sentence (under ``PROSE_WORDS`` words), a block of its own between two junk or
furniture-shaped lines outside any paragraph's block, a clause without figures, not quoted or
reported and tied to nothing (``_sandwiched_sentences``), is a candidate too, judged as a long
line: a site's pitch in a sidebar ("Need years of free web page data to help change the world.")
no longer counts as the article's prose.

A line of any shape, even a sentence ("Content is available under Creative Commons ... unless
otherwise noted."), that the site printed on ``SITE_REPEAT_PAGES`` other pages (``SiteLines``
remembers lines of up to ``interface.REMEMBERED_WORDS`` words) and that ties to nothing in the article
(``Links``) is the site's, not the article's: an article's sentence is printed on one page.  It
goes as ``boilerplate:furniture`` unless it is quoted, a piece of a cut sentence, or speaks for
someone ("said").  A sentence of more than ``MAX_WORDS`` words stays when the page is the
site's copy of a story printed before (``_copied_story``: ``COPIED_SENTENCES`` of its other
sentences repeated on the site too); a notice repeats alone.

A short line the site printed on ``SITE_WIDE_PAGES`` other pages (its every page: the site's
frame) counts a second point for its repetition.

``MIN_EVIDENCE`` points remove the line as ``boilerplate:furniture``; a headline-shaped line
above the prose needs one more (unless a headline-shaped line tied to the article stands above it,
``_headline_above``: a page has one headline, and a second one under it is another story's teaser), and a date or time stamp above it is front matter, not furniture.  A line with the article's
own words stays whatever its place: a headline, a subheading on the topic, a table row.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional, Protocol, Sequence

from annalyst.clean import frontmatter, interface, language, tunables
from annalyst.clean.patterns import tokens

# the counts and shares below are data: data/furniture_thresholds.tsv (``tunable``; each row says what it bounds)
THRESHOLDS_FILE = "furniture_thresholds.tsv"


def tunable(name: str):
    """One setting of ``data/furniture_thresholds.tsv``; an unknown name stops the cleaner at start-up."""
    return tunables.value(THRESHOLDS_FILE, name)


MAX_WORDS = tunable("max_words")
SHORT_QUESTION_WORDS = tunable("short_question_words")
CALL_WORDS = MAX_WORDS  # a longer question or exclamation ("Congratulations!") is a call up to this length
PROSE_WORDS = tunable("prose_words")
PROSE_SENTENCE_WORDS = tunable("prose_sentence_words")
MIN_EVIDENCE = tunable("min_evidence")
PASSES = tunable("passes")
SITE_REPEAT_PAGES = interface.SITE_REPEAT_PAGES  # seen on so many other pages of its site: site furniture
RUN_SENTENCE_PAGES = tunable("run_sentence_pages")
SITE_WIDE_PAGES = tunable("site_wide_pages")
COPIED_SENTENCES = tunable("copied_sentences")
MAX_NUMBERS = tunable("max_numbers")
MIN_LANGUAGE_WORDS = tunable("min_language_words")
ONE_WORD_MAX_ARTICLE_PROB = language.threshold("furniture.one_word_max_article_prob")  # one word alone: the article's language nearly ruled out
ONE_WORD_MIN_LETTERS = tunable("one_word_min_letters")
MIN_FOREIGN_PROB = language.threshold("furniture.min_foreign_prob")
MAX_ARTICLE_PROB = language.MAX_ARTICLE_PROB
TABLE_LABEL_WORDS = tunable("table_label_words")
TABLE_ROW_REACH = tunable("table_row_reach")
FIGURE_REACH = tunable("figure_reach")
INTRODUCTION_WORDS = tunable("introduction_words")
BARE_WORDS = tunable("bare_words")
HEAD_BARE_WORDS = tunable("head_bare_words")
TAIL_MAX_WORDS = tunable("tail_max_words")
UNENDED_PROSE_WORDS = tunable("unended_prose_words")
SIDEBAR_LINES = tunable("sidebar_lines")
AMID_RUN_LINES = tunable("amid_run_lines")
FOOTER_LINES = tunable("footer_lines")
TITLE_WORDS = tunable("title_words")
PROMPT_MIN_WORDS = tunable("prompt_min_words")
PROMPT_MAX_WORDS = tunable("prompt_max_words")
VOICED_ARTICLE_LINES = tunable("voiced_article_lines")
HARD_WRAP_MIN_CHARS = tunable("hard_wrap_min_chars")
WRAP_WIDTH_SHARE = tunable("wrap_width_share")
SENTENCE_RUNS_ON = (".", "!", "?", ":", ";", '"', "”", "’", "'")  # a line ending so ends its sentence
TEASER_NAMES = tunable("teaser_names")
UNDER_HEADLINE_POINTS = tunable("under_headline_points")
TITLE_CASE_WORDS = tunable("title_case_words")
OUTWEIGH_POINTS = tunable("outweigh_points")

_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
# an address or a line of code is the article's data, as its tables are: kept like the rest of the
# cleaner keeps them ("http://amzn.to/2hYHawj", "set-option -s set-clipboard off"); a semicolon is code's
# only where no space follows it ("x=1;y=2", "&amp;"): prose sets one between two clauses ("I made a mistake; I lost")
_NOT_WORDS = re.compile(r"://|\bwww\.|\S@\S|[{}=$<>]|;(?=\S)|(?:^|\s)--?[a-z]")


def code_or_address(text: str) -> bool:
    """The line holds an address or code ("$ pyenv install <version>", "http://..."): data, not words."""
    return _NOT_WORDS.search(text) is not None


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")  # the words ``interface.content_words`` takes
REASON = "boilerplate:furniture"
# reasons that mark a neighbour as junk (front matter, titles and bios are the article's own)
FOREIGN_REASON = "foreign-line:"
JUNK_REASONS = ("spam:", "boilerplate:", "digest:", FOREIGN_REASON)

_SENTENCE_END = re.compile(r"[.!?。！？．।۔؟][\"'”’)\]」』）]*$")  # the full stops of every script
_NUMBER = re.compile(r"\d[\d,.:]*")
# figures joined into one fact: a score or a result ("Ireland 19-13 England", "won 4-2"), a period
# ("1986/87"), a ratio or a split ("3-FOR-2", "1-IN-5", "9-7/8"): a line holding one is the
# article's data even alone, as a table's row is
_JOINED_FIGURES = re.compile(r"\d(?:\s?[-–/]\s?|-[A-Za-z]{1,4}-)\d")
_OPENING_QUOTES = "\"'“‘«„「『‹"
_ENUMERATED = re.compile(r"\s*\d{1,3}[.)]\s")  # "4. Stay hydrated": a numbered item or heading
_LIST_ITEM = re.compile(r"\s[-–—:|]\s|:\s|^\s*(?:[-*•·–—]|\d{1,2}[.)])\s")  # "Category - winner", "Label: value", a bullet


class _Line(Protocol):
    no: int
    text: str
    block: int
    reason: Optional[str]

    @property
    def kept(self) -> bool: ...


def _is_junk(line: _Line) -> bool:
    return line.reason is not None and line.reason.startswith(JUNK_REASONS)


def is_prose(text: str) -> bool:
    """A line of the article's running text: long, or a sentence of several words (words split
    at white space: this runs on every line, and ``str.split`` is the cheapest count; a line not
    in ASCII counts a script written without spaces a word per two characters)."""
    n = len(text.split())
    if n < PROSE_WORDS and not text.isascii():
        n = max(n, language.word_count(_LETTERS.findall(text)))
    return n >= PROSE_WORDS or (n >= PROSE_SENTENCE_WORDS and _SENTENCE_END.search(text.rstrip()) is not None)


def table_row(text: str) -> bool:
    """Two numbers or more in a line that is not prose ("Shr 12 cts vs 10 cts")."""
    return len(_NUMBER.findall(text)) > MAX_NUMBERS and not is_prose(text)


def _introduces(text: str, n_words: int, own_words: frozenset[str]) -> bool:
    """A clause ending with a colon ("The offer was described as follows:") introduces what
    follows: the article's sentence, whatever follows it.  A date or time stamp, or a line parted
    by a bar, is a page's label row, no clause ("January 13, 2020 at 08:45 AM | categories:")."""
    return (text.endswith(":") and n_words >= INTRODUCTION_WORDS and "|" not in text and not interface.is_stamp(text)
            and any(word.lower() in own_words for word in _LETTERS.findall(text)))


# a period: two dates joined by a dash, a bar or "to" ("29 November 2018 | 20 January 2019", an exhibition's
# run); a page's stamp has one date, or words and times beside its dates ("Updated November 19, 2019 | 9:32pm")
_PERIOD_SEPARATOR = re.compile(r"\s+(?:[|–—-]|to|until)\s+", re.IGNORECASE)
_DATE_PART = re.compile(r"(?:\d{1,2}\s+([^\W\d_]+)\.?|([^\W\d_]+)\.?\s+\d{1,2},?)\s+\d{4}")


def _period(text: str) -> bool:
    """The line is a period, two full dates (day, month name, year) and a separator alone: the
    article's data (an event's run, a term), as a table's row is, not a page's stamp."""
    parts = _PERIOD_SEPARATOR.split(text.strip())
    if len(parts) != 2:
        return False
    for part in parts:
        match = _DATE_PART.fullmatch(part.strip())
        if match is None or (match.group(1) or match.group(2)).lower() not in calendar_words():
            return False
    return True


def _shaped_like_furniture(text: str, own_words: frozenset[str], max_words: int = MAX_WORDS,
                           in_table: bool = True) -> bool:
    """``in_table``: a line with two figures is a table's row, the article's data, only among other
    rows (``_table_rows``) or when its figures are joined into one fact (``_JOINED_FIGURES``: a
    score, a period); alone it is a headline or a label with figures like any other line ("The 50
    Best Nonfiction Books of the Past 25 Years")."""
    if text.count(" ") > 2 * max_words:
        return False  # most lines: far too long, known without a word count
    stripped = text.strip()
    n = language.word_count(_LETTERS.findall(stripped))  # Japanese: about a word per two characters
    if not 1 <= n <= max_words or stripped[:1] in _OPENING_QUOTES \
            or (in_table or _JOINED_FIGURES.search(stripped)) and table_row(stripped) and not interface.is_stamp(stripped):
        return False  # a date's figures ("Nov 19, 2019 6:39 PM") make no table row
    if _introduces(stripped, n, own_words) or _NOT_WORDS.search(stripped) or _period(stripped):
        return False
    if stripped.endswith(("?", "!")):
        return n <= CALL_WORDS  # a prompt's or a teaser's call (``_without_article_calls``)
    return _SENTENCE_END.search(stripped) is None or stripped.endswith(("...", "…"))


_QUOTE_MARKS = re.compile("[\"“”«»„]")


def _voiced(text: str) -> bool:
    """The line speaks to the reader ("you") or as the site ("we", "our")."""
    vocab = interface.vocabulary()
    return any(word.lower() in vocab.reader or word.lower() in vocab.site_voice for word in _WORDS.findall(text))


def prompt_sentence(text: str) -> bool:
    """A short line (a sentence or not) that speaks to the reader or as the site, with no
    quotation mark: a site's prompt or pitch ("We can help you grow the garden of your
    dreams."), not the article's, whose "you" and "we" stand inside quotations."""
    stripped = text.strip()
    if _QUOTE_MARKS.search(stripped) or stripped[:1] in _OPENING_QUOTES:
        return False
    words = _LETTERS.findall(stripped)
    if not PROMPT_MIN_WORDS <= len(words) <= PROMPT_MAX_WORDS or _NOT_WORDS.search(stripped):
        return False
    report = interface.vocabulary().report
    # "We will appeal, he said.": an attributed sentence is someone's words, told without quotation marks
    return _voiced(stripped) and not any(word.lower() in report for word in words)


def _ties(line: _Line, content: dict[int, tuple[set[str], set[str]]], frequency: Counter[str]) -> tuple[int, int]:
    """(ties, shared): how many of the line's names stand on another line of the article, and of
    its longer words on ``interface.TOPIC_LINES`` other lines (a topic word, not a common one like
    "available"); and how many of its names and words stand on another line at all."""
    names, words = content[line.no]
    ties = sum(1 for w in names if frequency[w] > 1) + sum(1 for w in words if frequency[w] > interface.TOPIC_LINES)
    return ties, sum(1 for w in names | words if frequency[w] > 1)


def _line_frequency(lines: Sequence[_Line], wanted: set[str], capitalised: bool = False) -> Counter[str]:
    """On how many lines of the text each of the ``wanted`` words stands (any case, any place;
    ``capitalised``: only where it starts with a capital)."""
    frequency: Counter[str] = Counter()
    if wanted:
        for line in lines:
            frequency.update({word.lower() for word in _WORDS.findall(line.text)
                              if not capitalised or word[0].isupper()} & wanted)
    return frequency


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names and their abbreviations (``annalyst/dates/data/calendar.tsv``)."""
    from annalyst.dates.lexicon import months, weekdays  # imported late: the date stage imports clean/

    return frozenset(months()) | frozenset(weekdays())


def _content(text: str, own_words: frozenset[str], common: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """(names, words) as ``interface.content_words`` gives them, less the article language's
    function words and the calendar's words; a capitalised first word counts as a word ("Seoul
    says...").  Every dated article names a weekday or a month: a stamp ("Wednesday 20 November
    2019 9:22 am") or a teaser that shares only those with it is tied to nothing.

    ``common``: the language's common news words (``language.common_words``), which name no topic
    and tie nothing as words ("Stay current", "Is there still a pulse?").  A capitalised one stays
    a name, even in a line capitalised throughout: a heading's "Conflict of Interest" or a list's
    "David Bowie" ties through it on a real page."""
    names, words = interface.content_words(text)
    first = tokens(text)[:1]
    if first and len(first[0]) >= interface.MIN_LINK_LETTERS:
        words = words | {first[0].lower()}
    ignored = own_words | calendar_words()
    return names - ignored, words - common - ignored


def _beside_tables(lines: Sequence[_Line]) -> set[int]:
    """Lines of a table: in a block with a table row, or a short label just above or below one
    among the kept lines ("Year", "Nine mths": its rows may be split by blank lines); a row
    counts when another stands within ``TABLE_ROW_REACH`` lines of it."""
    kept = [line for line in lines if line.kept]
    rows = _row_flags(kept)
    blocks = {line.block for line, row in zip(kept, rows) if row}
    out = {line.no for line in kept if line.block in blocks}
    for i, line in enumerate(kept):
        beside = (i > 0 and rows[i - 1]) or (i + 1 < len(kept) and rows[i + 1])
        if beside and len(_LETTERS.findall(line.text)) <= TABLE_LABEL_WORDS:
            out.add(line.no)
    return out


def _row_flags(kept: Sequence[_Line]) -> list[bool]:
    """For each kept line, whether it is a table's row: two figures or more (``table_row``, not a
    stamp) with another such line within ``TABLE_ROW_REACH`` kept lines.  A table has rows near
    rows (labels and rows without figures between them): a lone line with two figures among words
    ("More videos (1 of 9)") is none."""
    single = [table_row(line.text) and not interface.is_stamp(line.text) for line in kept]
    return [row and any(single[j] for j in range(max(0, i - TABLE_ROW_REACH), min(len(kept), i + TABLE_ROW_REACH + 1))
                        if j != i)
            for i, row in enumerate(single)]


def _table_rows(lines: Sequence[_Line]) -> set[int]:
    """Line numbers of the kept lines that are a table's rows (``_row_flags``)."""
    kept = [line for line in lines if line.kept]
    return {line.no for line, row in zip(kept, _row_flags(kept)) if row}


def near_table_rows(lines: Sequence[_Line]) -> set[int]:
    """Line numbers of the kept lines within ``TABLE_ROW_REACH`` kept lines of a table's row
    (``_row_flags``: a row among rows), the rows included: a table's rows and labels."""
    kept = [line for line in lines if line.kept]
    flags = _row_flags(kept)
    near: set[int] = set()
    for i in (i for i, row in enumerate(flags) if row):
        near.update(line.no for line in kept[max(0, i - TABLE_ROW_REACH): i + TABLE_ROW_REACH + 1])
    return near


def _list_runs(lines: Sequence[_Line]) -> set[int]:
    """Line numbers of the items of a list: kept lines shaped as list items ("Drama - Featherboy",
    "Year: 2004", a bullet) next to another such line.  Like a table's rows they are the article's
    data, and its other lines may be tied to the article through them."""
    kept = [line for line in lines if line.kept]
    shaped = [_LIST_ITEM.search(line.text) is not None for line in kept]
    return {line.no for i, line in enumerate(kept)
            if shaped[i] and ((i > 0 and shaped[i - 1]) or (i + 1 < len(kept) and shaped[i + 1]))}


def _near_table_rows(lines: Sequence[_Line]) -> set[int]:
    """Line numbers of the kept lines within ``TABLE_ROW_REACH`` kept lines of a table row: a
    table's column heads ("Natl Loan Release Call") are set in title case, as a menu is."""
    kept = [line for line in lines if line.kept]
    rows = [i for i, line in enumerate(kept) if table_row(line.text) and not interface.is_stamp(line.text)]
    near: set[int] = set()
    for i in rows:
        near.update(line.no for line in kept[max(0, i - TABLE_ROW_REACH): i + TABLE_ROW_REACH + 1])
    return near


def _title_shaped(line: _Line, lines: Sequence[_Line]) -> bool:
    """Shaped like a headline (``frontmatter.looks_like_title``), long enough, alone in its block."""
    if len(_LETTERS.findall(line.text)) < TITLE_WORDS or not frontmatter.looks_like_title(line.text):
        return False
    return all(other is line or other.block != line.block or not other.kept for other in lines)


def mark_furniture(lines: Sequence[_Line], article_lang: Optional[str],
                   repeats: Optional[dict[int, int]] = None, wrapped: frozenset[int] | set[int] = frozenset(),
                   site_repeats: Optional[dict[int, int]] = None, run_repeats: Optional[dict[int, int]] = None) -> int:
    """Mark furniture lines (``REASON``); ``run_repeats``: line number → other pages of the whole run
    with the line (``interface.SiteLines.pages_in_run``: a notice that sites share, or a site's own
    on its first pages, ``_site_sentences``); ``repeats``: line number → other pages of the site with
    the line (``interface.SiteLines.repeated_pages``: the run's repeated lines counted too);
    ``site_repeats``: the site's count alone, which a sentence needs (``_site_sentences``: the
    run may hold the same story twice, syndicated or updated; ``repeats`` when not given); ``wrapped``: the line numbers of hard-wrapped paragraphs (old wire copy cut at a
    fixed width: each line a piece of prose, none of them furniture).  Returns how many lines
    were marked."""
    if not lines:
        return 0
    own_words = language.function_words().get(article_lang or "", frozenset())
    rows = _table_rows(lines)
    shaped = [line for line in lines if line.kept and line.no not in wrapped
              and _shaped_like_furniture(line.text, own_words, TAIL_MAX_WORDS, line.no in rows)]
    shaped = _without_article_calls(lines, shaped)
    prompts = [line for line in lines if line.kept and line.no not in wrapped and prompt_sentence(line.text)]
    if prompts and sum(1 for line in lines if line.kept and _voiced(line.text) and not _QUOTE_MARKS.search(line.text)
                       and line not in prompts) >= VOICED_ARTICLE_LINES:
        prompts = []  # the article itself talks to its reader (a guide, a column): its sentences stay
    shaped = sorted(shaped + [line for line in prompts if line not in shaped], key=lambda line: line.no)
    repeated = _site_sentences(lines, repeats if site_repeats is None else site_repeats, wrapped, shaped,
                               run_repeats or {})
    if not shaped and not repeated:
        return 0  # most articles: no short line outside a sentence, nothing more to compute
    in_table = _beside_tables(lines)
    candidates = [line for line in shaped if line.no not in in_table]
    repeated = [line for line in repeated if line.no not in in_table]
    if not candidates and not repeated:
        return 0
    # a line is tied to its article through the article's own lines: not through another short
    # unended line (a menu's "Contact Us" shares "Us" with its "Follow Us") nor a line already junk
    shaped_nos = {line.no for line in shaped if line.no not in in_table} - _list_runs(lines)
    links = Links([line for line in lines if line.kept and line.no not in shaped_nos], own_words,
                  [line for line in shaped if line.no in shaped_nos], lines,
                  language.common_words().get(article_lang or "", frozenset()))
    repeats = repeats or {}
    prompt_nos = {line.no for line in prompts}
    long_lines = {line.no for line in candidates if language.word_count(_LETTERS.findall(line.text)) > MAX_WORDS
                  and line.no not in prompt_nos}  # a prompt is judged as a short line, whatever its length
    sandwiched = _sandwiched_sentences(lines, wrapped, links, {line.no for line in candidates}, own_words)
    if sandwiched:  # judged as a long line: with one more piece of evidence
        candidates = sorted(candidates + sandwiched, key=lambda line: line.no)
        long_lines |= {line.no for line in sandwiched}
    marked = 0
    for line in [line for line in repeated if not links(line)]:  # decided together, before the passes
        line.reason = REASON
        marked += 1
    near_table = _near_table_rows(lines)
    twice = _twice_on_page(lines)
    for _ in range(PASSES):
        newly = _one_pass(lines, candidates, repeats, article_lang, links, wrapped, long_lines, near_table, twice,
                          {line.no for line in sandwiched}, repeats if site_repeats is None else site_repeats)
        marked += newly
        if not newly:
            break
    return marked


def _without_article_calls(lines: Sequence[_Line], shaped: list[_Line]) -> list[_Line]:
    """``shaped`` less its calls (an exclamation, a question of more than ``SHORT_QUESTION_WORDS``
    words) when the article asks or exclaims on another line itself (readers' comments, a
    column: "Give us a break...!!!", "Has everyone forgot about the pie maker??" are theirs)."""
    out = shaped
    for mark, shortest in (("!", 1), ("?", SHORT_QUESTION_WORDS + 1)):
        calls = {line.no for line in out if line.text.rstrip().endswith(mark)
                 and language.word_count(_LETTERS.findall(line.text)) >= shortest}
        if calls and any(line.kept and mark in line.text and line.no not in calls for line in lines):
            out = [line for line in out if line.no not in calls]
    return out


def _sandwiched_sentences(lines: Sequence[_Line], wrapped: frozenset[int] | set[int], links: "Links",
                          candidates: set[int], own_words: frozenset[str]) -> list[_Line]:
    """Short sentences (prose only by their full stop: under ``PROSE_WORDS`` words), each a block of
    its own, between two lines that are junk or furniture-shaped, tied to nothing in the article: a
    site's pitch or notice in a sidebar or a footer ("Need years of free web page data to help
    change the world."), which would otherwise count as the article's prose and make the
    furniture around it look like the article's.  Not a quotation, reported speech or a piece of
    a cut sentence, and a clause (a function word of the article's language: a team sheet's "Brady,
    McCormick, Longwell, Browne." is the article's list) without figures (an article's short
    sentence carries its facts: "The payment date is May 15.").  An article's own short sentence follows
    its paragraph, not a menu item."""
    report = interface.vocabulary().report
    # a paragraph's block ending in a junk line is still the paragraph: what follows it may be the article's
    prose_blocks = {line.block for line in lines if line.kept and (line.no in wrapped or _running_text(line.text))}
    out: list[_Line] = []
    for k in range(1, len(lines) - 1):
        above, line, below = lines[k - 1], lines[k], lines[k + 1]
        if not line.kept or line.no in candidates or line.no in wrapped:
            continue
        if above.block == line.block or below.block == line.block \
                or not all(_is_junk(other) or other.no in candidates for other in (above, below)) \
                or above.block in prose_blocks or below.block in prose_blocks:
            continue
        text = line.text.strip()
        if (len(text.split()) >= PROSE_WORDS or not _running_text(text) or text[:1] in _OPENING_QUOTES
                or not _has_function_word(text, own_words) or _DIGIT.search(text)
                or _QUOTE_MARKS.search(text) or any(word.lower() in report for word in _LETTERS.findall(text))
                or links(line)):
            continue
        out.append(line)
    return out


def _twice_on_page(lines: Sequence[_Line]) -> set[int]:
    """Line numbers of the lines whose text stands again in another block of the same text."""
    blocks: dict[str, set[int]] = {}
    for line in lines:
        blocks.setdefault(line.text.strip().lower(), set()).add(line.block)
    return {line.no for line in lines if len(blocks[line.text.strip().lower()]) > 1}


def _site_sentences(lines: Sequence[_Line], repeats: dict[int, int], wrapped: frozenset[int] | set[int],
                    shaped: Sequence[_Line], run_repeats: Optional[dict[int, int]] = None) -> list[_Line]:
    """The kept lines shaped as sentences or as long lines (not ``shaped`` as a short line of at most
    ``MAX_WORDS`` words, which the passes judge with the repetition as one point) that the site
    printed on ``SITE_REPEAT_PAGES`` other pages: not quoted, not a piece of a cut sentence
    (``wrapped``, or the next line going on in lower case) and not reported speech.  A long unended
    line is judged by the passes only in a few places (below the prose, between two paragraphs);
    a site's strapline printed on its every page beside a short paragraph is the site's all the same.
    A sentence of more than ``MAX_WORDS`` words is a paragraph, never taken for its site's repetition.

    ``run_repeats``: a sentence of any length the run printed on ``RUN_SENTENCE_PAGES`` other pages
    (``SiteLines`` remembers lines of up to ``interface.REMEMBERED_WORDS`` words) and that stands
    beside junk or a furniture-shaped line is a notice that sites share ("Content is available under
    Creative Commons ... unless otherwise noted.") or a site's own on its first pages, which its
    site count has not seen yet; an article's sentence printed again (a copy, an update) stands
    among its paragraphs and is tied to them (``Links``, asked before it goes)."""
    run_repeats = run_repeats or {}
    if not repeats and not run_repeats:
        return []
    shaped_nos = {line.no for line in shaped if language.word_count(_LETTERS.findall(line.text)) <= MAX_WORDS}
    beside_nos = {line.no for line in shaped} | {line.no for line in lines if _is_junk(line)}
    report = interface.vocabulary().report
    copied = _copied_story(lines, repeats, wrapped, shaped_nos)
    out = []
    for i, line in enumerate(lines):
        if not line.kept or line.no in shaped_nos or line.no in wrapped:
            continue
        on_site = repeats.get(line.no, 0) >= SITE_REPEAT_PAGES
        in_run = run_repeats.get(line.no, 0) >= RUN_SENTENCE_PAGES and any(
            lines[j].no in beside_nos for j in (i - 1, i + 1) if 0 <= j < len(lines))
        if not on_site and not in_run:
            continue
        stripped = line.text.strip()
        if stripped[:1] in _OPENING_QUOTES or _QUOTE_MARKS.search(stripped):
            continue  # a quotation, even one the site repeats, is someone's words
        if not in_run and _SENTENCE_END.search(stripped) and language.word_count(_LETTERS.findall(stripped)) > MAX_WORDS \
                and copied(line):
            continue  # a paragraph: the site printing it again is the same story again (an update, a copy)
        if i + 1 < len(lines) and lines[i + 1].text[:1].islower():
            continue  # the sentence goes on on the next line
        if any(word.lower() in report for word in _LETTERS.findall(stripped)):
            continue  # "..., he said": reported speech is the article's
        out.append(line)
    return out


def _copied_story(lines: Sequence[_Line], repeats: dict[int, int], wrapped: frozenset[int] | set[int],
                  shaped_nos: set[int]) -> Callable[[_Line], bool]:
    """Whether the page is its site's copy of a story printed before (an update, the same story
    under another URL), judged for one of its repeated sentences: ``COPIED_SENTENCES`` of its other
    sentences are repeated on the site too.  A site's notice repeats alone, or with the site's
    one other notice: the page's story is its own ("Content is available under Creative Commons
    ... unless otherwise noted." under a new story on every page).  A headline is no such sign: a
    site's banner stands where it does."""
    repeated = {line.no for line in lines if line.kept and line.no not in shaped_nos and line.no not in wrapped
                and repeats.get(line.no, 0) >= SITE_REPEAT_PAGES and _SENTENCE_END.search(line.text.strip())}
    return lambda line: len(repeated - {line.no}) >= COPIED_SENTENCES


def _other_language(text: str, article_lang: Optional[str]) -> bool:
    """The identifier, asked only about a candidate with other evidence: not the article's language."""
    words = _LETTERS.findall(text)
    n_words = len(words)
    if article_lang is None or n_words < MIN_LANGUAGE_WORDS or n_words == 1 and len(words[0]) < ONE_WORD_MIN_LETTERS:
        return False
    lang, prob = language.identify(text)
    if language.same_language(article_lang, lang) or prob < MIN_FOREIGN_PROB:
        return False
    ceiling = ONE_WORD_MAX_ARTICLE_PROB if n_words == 1 else MAX_ARTICLE_PROB
    return language.probability_of(text, article_lang) <= ceiling


def _running_text(text: str) -> bool:
    """Prose (``is_prose``) that is not a headline: a long line without a full stop counts only
    from ``UNENDED_PROSE_WORDS`` words ("Climate change activists urge Los Angeles not to build a
    gas plant in Utah" is another story's headline below the article, not its text)."""
    if not is_prose(text):
        return False
    return _SENTENCE_END.search(text.rstrip()) is not None or len(text.split()) >= UNENDED_PROSE_WORDS


def _has_function_word(text: str, own_words: frozenset[str]) -> bool:
    """A function word of the article's language: a clause ("Why it matters"), not a label."""
    return any(w.lower() in own_words for w in _LETTERS.findall(text))


def title_cased(text: str, own_words: frozenset[str]) -> bool:
    """Set in title case, as headlines and menu items are and sentences are not: at least
    ``TITLE_CASE_WORDS`` words, every one that is not a function word of the article's language
    capitalised ("Doubts About Gaza War Are Beginning to Creep In", "Corrections and
    Clarifications"), not in capitals throughout (a table's or a shouted heading), and at least
    one lower-case letter.  A language without a function-word list gives no such shape."""
    if not own_words:
        return False
    words = _LETTERS.findall(text)
    content = [w for w in words if w.lower() not in own_words]
    if len(content) < TITLE_CASE_WORDS or not any(c.islower() for c in text):
        return False
    return all(w[0].isupper() for w in content) and not all(w.isupper() for w in content)


def _bare(text: str, most: int = BARE_WORDS) -> bool:
    """At most ``most`` words: a label or a name."""
    return 1 <= language.word_count(_LETTERS.findall(text)) <= most


class Links:
    """Whether a line is tied to its article (``_ties``), worked out only for the lines whose
    evidence would remove them: most short lines (headlines) never need it.  ``lines`` are the
    article's own lines: the kept lines that are not furniture-shaped (prose, tables)."""

    def __init__(self, lines: Sequence[_Line], own_words: frozenset[str], shaped: Sequence[_Line] = (),
                 all_lines: Sequence[_Line] = (), common: frozenset[str] = frozenset()) -> None:
        self.lines = lines
        self.all_lines = all_lines
        self.index = {line.no: i for i, line in enumerate(all_lines)}
        self.own_words = own_words
        self.common = common  # the language's common news words: they tie nothing (``_content``)
        self.shaped = shaped  # the furniture-shaped lines: tied through one of them that is tied itself
        self.shaped_nos = {line.no for line in shaped}
        self.known: dict[int, bool] = {}
        self.direct: dict[int, tuple[int, int]] = {}  # line number → (ties, shared) with the article's lines (``_ties``)

    def __call__(self, line: _Line) -> bool:
        """Tied to the article's own lines, or sharing a name or a longer word with a short line
        that is (an item of the article's list whose sibling names the article's subject); a
        menu's items share words only with each other."""
        if line.no not in self.known:
            self.known[line.no] = self._direct(line) or any(
                other.no != line.no and self._direct(other) and self._shares(line, other) for other in self.shaped)
        return self.known[line.no]

    def _in_menu(self, line: _Line) -> bool:
        i = self.index.get(line.no)
        if i is None:
            return False
        return any(0 <= j < len(self.all_lines) and (_is_junk(self.all_lines[j]) or self.all_lines[j].no in self.shaped_nos)
                   for j in (i - 1, i + 1))

    def _shares(self, line: _Line, other: _Line) -> bool:
        names, words = _content(line.text, self.own_words, self.common)
        other_names, other_words = _content(other.text, self.own_words, self.common)
        return bool((names | words) & (other_names | other_words))

    def _direct(self, line: _Line) -> bool:
        if line.no not in self.direct:
            names, words = _content(line.text, self.own_words, self.common)
            # the line itself counts once, as it did when it stood among ``lines``; its own copy
            # elsewhere on the page (a banner shown twice) is no tie to the article
            others = [line] + [other for other in self.lines if other.no != line.no and other.text != line.text]
            frequency = _line_frequency(others, words - names)
            # a short name on a line among other short lines or junk (a menu) ties only where the
            # article writes it capitalised too ("News" is not the article's "news"); a heading
            # alone between paragraphs ties in any case ("Finding a Fix" over "a fix")
            short = {name for name in names if len(name) < interface.MIN_LINK_LETTERS} if self._in_menu(line) else set()
            frequency.update(_line_frequency(others, short, capitalised=True))
            frequency.update(_line_frequency(others, names - short))
            self.direct[line.no] = _ties(line, {line.no: (names, words)}, frequency)
        return self.direct[line.no][0] > 0

    def by_one_word(self, line: _Line) -> bool:
        """Tied to the article's own lines through one name or topic word, sharing no other word
        with them, and not through a sibling line: the weakest tie ("Member Services" to an
        article on services; "Geneva Vienna" shares two of the article's names)."""
        return self._direct(line) and self.direct[line.no] == (1, 1)


@dataclass
class _Span:
    """Where the article's prose stands in one pass: what the positional evidence needs."""

    lines: Sequence[_Line]
    prose: set[int]  # indices of the prose lines
    first: Optional[int]
    last: Optional[int]
    footer: bool  # ``FOOTER_LINES`` candidates or junk lines below the prose
    paragraphed: bool  # blank lines part the paragraphs (a text of one block is a line a paragraph)
    own_words: frozenset[str]
    short: set[int] = frozenset()  # line numbers of the candidates of at most ``MAX_WORDS`` words
    prose_blocks: set[int] = frozenset()  # the blocks that hold a prose line
    figured: set[int] = frozenset()  # line numbers of a table's short lines with figures (``_figured_lines``)

    def between_prose(self, i: int) -> bool:
        """The line stands in a run of candidates and junk lines (``AMID_RUN_LINES`` at most)
        between two prose lines, the one before ending a sentence: the run interrupts the text."""
        return self.amid_run(i) > 0

    def amid_run(self, i: int) -> int:
        """The length of the run that ``between_prose`` finds, 0 when there is none."""
        before, after = i - 1, i + 1
        while before >= 0 and before not in self.prose and self._interrupting(self.lines[before]):
            before -= 1
        while after < len(self.lines) and after not in self.prose and self._interrupting(self.lines[after]):
            after += 1
        run = self.lines[before + 1:after]
        if len(run) > 1 and any(_LIST_ITEM.search(line.text) for line in run):
            return False  # items of a list ("Drama - Featherboy", "Year: 2004"): the article's
        between = (before in self.prose and after in self.prose and len(run) <= AMID_RUN_LINES
                   and _SENTENCE_END.search(self.lines[before].text.rstrip()) is not None)
        return len(run) if between else 0

    def _interrupting(self, line: _Line) -> bool:
        return _is_junk(line) or line.no in self.short and line.no not in self.figured

    @classmethod
    def of(cls, lines: Sequence[_Line], candidates: list[_Line], wrapped: frozenset[int] | set[int],
           own_words: frozenset[str], long_lines: set[int], sandwiched: set[int] = frozenset()) -> "_Span":
        numbers = {line.no for line in candidates}
        prose = [i for i, line in enumerate(lines) if line.kept and line.no not in sandwiched
                 and (line.no in wrapped or _running_text(line.text))]
        first, last = (prose[0], prose[-1]) if prose else (None, None)
        footer = last is not None and sum(
            1 for line in lines[last + 1:]
            if line.no in numbers and not _DIGIT.search(line.text) or _is_junk(line)) >= FOOTER_LINES
        # a long unended line that is a block of its own interrupts the prose as a short one does
        # (another story's headline dropped between two paragraphs); in a paragraph's block it is a piece of it,
        # and one ending with a function word or a comma runs on ("... by the mediators of the United Nations as")
        alone = {line.no for line in _alone_in_blocks(lines)
                 if line.no in long_lines and not _runs_on_words(line.text, own_words)} | sandwiched
        return cls(lines, set(prose), first, last, footer, lines[-1].block > lines[0].block, own_words,
                   numbers - long_lines | alone, {lines[i].block for i in prose},
                   _figured_lines(lines) | _figured_above(lines, first))

    def above(self, i: int) -> bool:
        return self.first is not None and i < self.first

    def below(self, i: int) -> bool:
        return self.last is not None and i > self.last


def _place_evidence(line: _Line, i: int, span: _Span) -> int:
    """Points for where the line stands: outside the prose, in a footer, a bare label above the
    prose, amid the prose, inside a paragraph's block, a stamp below the start of the prose."""
    lines, own_words = span.lines, span.own_words
    evidence = 1 if span.above(i) or span.below(i) else 0
    evidence += 1 if span.below(i) and span.footer else 0
    neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    clause = not own_words or _has_function_word(line.text, own_words)
    if span.above(i) and not clause and _bare(line.text, HEAD_BARE_WORDS) \
            and not any(not is_prose(other.text) and _DIGIT.search(other.text) for other in neighbours):
        evidence += 1  # a label over the article; beside a short line with figures, a table's ("Year")
    run = span.amid_run(i) if line.no not in span.figured else 0
    amid = 0
    if run and not clause:
        amid = 2 if _bare(line.text) else 1  # after a sentence that runs on, a piece of it
    elif run >= SIDEBAR_LINES and all(lines[j].block != line.block for j in (i - 1, i + 1) if 0 <= j < len(lines)):
        amid = 1  # one of several short lines, each a block, between two paragraphs: a sidebar
    if run and _named(line.text, own_words) and not _runs_on(lines, i):
        amid = 2  # a line about other people and things dropped between two paragraphs: a teaser
    evidence += amid
    if span.paragraphed and line.block in span.prose_blocks:
        evidence += 1  # anywhere in a paragraph's block: a run of two put above a paragraph goes together
    if span.first is not None and i > span.first and interface.is_stamp(line.text):
        evidence += 1
    if _under_headline(lines, i, span):
        evidence += UNDER_HEADLINE_POINTS
    return evidence


def _figured_lines(lines: Sequence[_Line]) -> set[int]:
    """Line numbers of the kept short lines with figures within ``FIGURE_REACH`` kept lines of another: a
    table's rows and labels ("Net loss 186,000" over "11 mths", "16th PREM" over "WINNERS (once)").
    They make no run, no interruption of the prose and no title case; a lone line with figures
    among lines without ("PlayStation 5", "Night Mode (iPhone 11)" between two paragraphs) is
    judged as any other short line."""
    kept = [line for line in lines if line.kept]
    digits = [_DIGIT.search(line.text) is not None and not is_prose(line.text) for line in kept]
    # a numbered heading ("4. Stay hydrated", "15) Seek help") is an item of the article's own list,
    # however far apart its items stand
    return {line.no for i, line in enumerate(kept)
            if digits[i] and (_ENUMERATED.match(line.text) or any(
                digits[j] for j in range(max(0, i - FIGURE_REACH), min(len(kept), i + FIGURE_REACH + 1)) if j != i))}


def _figured_above(lines: Sequence[_Line], first: Optional[int]) -> set[int]:
    """Line numbers of the lines with figures above the first prose line: the article's headline
    and front matter carry its figures ("GROSSMAN'S INC (GROS) 4TH QTR LOSS"), lone or not."""
    if first is None:
        return set()
    return {line.no for line in lines[:first] if _DIGIT.search(line.text)}


def _runs_on_words(text: str, own_words: frozenset[str]) -> bool:
    """The line ends with a comma, a dash or a function word of the article's language: its sentence goes on."""
    stripped = text.rstrip()
    words = _LETTERS.findall(stripped)
    return stripped.endswith((",", "-", "–", "—", ";", ":")) or not words or words[-1].lower() in own_words


def _alone_in_blocks(lines: Sequence[_Line]) -> list[_Line]:
    """The lines that are a block of their own."""
    sizes = Counter(line.block for line in lines)
    return [line for line in lines if sizes[line.block] == 1]


def _runs_on(lines: Sequence[_Line], i: int) -> bool:
    """The line's sentence goes on in the next line of its block, cut at the same width (hard-wrapped
    wire copy: "BELFAST - Mourners clashed with police at an Irish" / "Republican Army funeral in
    ..."): the opening of a paragraph, not a teaser dropped above it (``lines.wrapped_pieces`` marks
    the pieces after such a line, not the line itself when the next one starts in capitals)."""
    if i + 1 >= len(lines) or lines[i + 1].block != lines[i].block:
        return False
    text = lines[i].text.rstrip()
    return (len(text.strip()) >= HARD_WRAP_MIN_CHARS and not text.endswith(SENTENCE_RUNS_ON)
            and len(lines[i + 1].text) >= WRAP_WIDTH_SHARE * len(lines[i].text))


def _named(text: str, own_words: frozenset[str]) -> bool:
    """At least ``TEASER_NAMES`` names (capitalised words; the first word too, unless it is a
    function word of the article's language: "Why it matters" names nothing), in a line that is
    not in capitals throughout (a wire table's heading): a headline about someone.  Whether one
    of the names is the article's is ``Links``' question, asked before anything is removed."""
    if not own_words or text.isupper() or text.lstrip()[:1] in "([{":
        # a language without a function-word list cannot tell a name from a first word; a line in
        # brackets is a note of the article's ("(via Geeks Are Sexy)"), no headline
        return False
    words = _WORDS.findall(text)
    names = {w.lower() for w in words[1:] if w[:1].isupper() and len(w) >= 2}
    if words and words[0][:1].isupper() and words[0].lower() not in own_words:
        names.add(words[0].lower())
    return len(names) >= TEASER_NAMES


def _under_headline(lines: Sequence[_Line], i: int, span: _Span) -> bool:
    """The line stands in the block just above the first prose line, after that block's first
    line, which is shaped as a headline; it is no date line or byline (front matter)."""
    if span.first is None or i >= span.first or i == 0:
        return False
    block = lines[i].block
    if block != lines[span.first].block - 1 or lines[i - 1].block != block:
        return False
    head = next(line for line in lines if line.block == block)
    return (head is not lines[i] and head.kept and frontmatter.looks_like_title(head.text)
            and frontmatter.parse_date_line(lines[i].text) is None)


def _headline_above(lines: Sequence[_Line], i: int, links: Links) -> bool:
    """A kept line above line ``i`` is shaped as a headline (``frontmatter.looks_like_title``) and tied to the
    article: the page's headline.  A page has one; a second headline-shaped line under it tied to
    nothing is another story's (a teaser put under the title), not the article's."""
    return any(lines[j].kept and frontmatter.looks_like_title(lines[j].text) and links(lines[j]) for j in range(i))


def _outweighed(line: _Line, surplus: int, links: Links, own_words: frozenset[str]) -> bool:
    """A label tied to its page by one word is outweighed by evidence ``OUTWEIGH_POINTS`` past what
    it needs: a menu item or a section label that shares a word with the story ("Member Services"
    on a page about services, "Apple" under an Apple story).  Only a label: a line with a function
    word of the article's language is a phrase, and one tied by a name is the article's heading
    ("Observers in Geneva", said twice); a language without a function-word list cannot tell."""
    return (surplus >= OUTWEIGH_POINTS and bool(own_words) and not _has_function_word(line.text, own_words)
            and links.by_one_word(line))


def _one_pass(lines: Sequence[_Line], candidates: list[_Line], repeats: dict[int, int],
              article_lang: Optional[str], links: Links, wrapped: frozenset[int] | set[int],
              long_lines: set[int] = frozenset(), near_table: set[int] = frozenset(),
              twice: set[int] = frozenset(), sandwiched: set[int] = frozenset(),
              site_repeats: Optional[dict[int, int]] = None) -> int:
    site_repeats = repeats if site_repeats is None else site_repeats
    span = _Span.of(lines, candidates, wrapped, language.function_words().get(article_lang or "", frozenset()),
                    long_lines, sandwiched)
    index = {line.no: i for i, line in enumerate(lines)}
    # runs are of words only: a run of short lines with figures is a table ("Net loss 186,000")
    runnable = {line.no for line in candidates if line.no not in span.figured and line.no not in long_lines}
    # another story's headline (a long unended line that does not run on) is an item of a teaser run too
    teasers = {line.no for line in candidates if line.no in long_lines and line.no not in sandwiched
               and not _runs_on_words(line.text, span.own_words) and not _runs_on(lines, index[line.no])}
    runnable |= teasers
    # a short line removed for its language (``clean/foreign.py``) was one of the run's candidates
    runnable |= {line.no for line in lines if line.reason and line.reason.startswith(FOREIGN_REASON)
                 and not _DIGIT.search(line.text) and _shaped_like_furniture(line.text, frozenset())}
    listed = _list_runs(lines)  # a list's items are the article's data, whatever their case
    decided: list[_Line] = []
    for line in candidates:
        if not line.kept:
            continue
        i = index[line.no]
        under_headline = _under_headline(lines, i, span)
        if span.above(i) and interface.is_stamp(line.text) \
                and (not under_headline or frontmatter.parse_date_line(line.text) is not None):
            # a date above the article is its date line, or a match's or an event's time ("Tuesday, 1 March",
            # "1945 GMT"), front matter; a stamp without a full date put in the headline's block is not
            continue
        if i + 1 < len(lines) and lines[i + 1].kept and (lines[i + 1].text[:1].islower() or lines[i + 1].text[:1] in ".,;:"):
            continue  # the next line goes on with its sentence: a piece of a cut sentence ("Jamaican", "News Letter" / ". 'We want...")
        needed = MIN_EVIDENCE
        if span.above(i) and _title_shaped(line, lines) and site_repeats.get(line.no, 0) < SITE_REPEAT_PAGES \
                and not _headline_above(lines, i, links):
            # the headline, which need not share a word with the article; a headline names one
            # story, and a line the site printed on its other pages is its banner or teaser
            needed += 1
        # amid the prose only: below it stand the article's own name lines ("P O'Brien (New Zealand)")
        titled = (not span.above(i) and not span.below(i) and line.no not in listed and line.no not in near_table
                  and line.no not in span.figured
                  and title_cased(line.text, span.own_words))  # with figures: a table's label
        if line.no in long_lines:
            between = line.no in span.short and span.amid_run(i)  # a block of its own between two paragraphs
            if not span.below(i) and not titled and not under_headline and not between:
                continue  # a long line not ending a sentence is a footer's, or another story's headline
            if not titled and not (between and _named(line.text, span.own_words) and not _runs_on(lines, i)):
                # set in title case amid the prose it is another story's headline, no closing note; so is a
                # line about other people and things between two paragraphs (a teaser, ``_place_evidence``)
                needed += 1  # it may be the article's closing note: one more piece of evidence
        evidence = _place_evidence(line, i, span)
        if titled:
            evidence += 1  # a headline's or a menu's shape amid the article, whose own lines are sentences
        neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(_is_junk(other) for other in neighbours):
            evidence += 1
        if site_repeats.get(line.no, 0) >= SITE_WIDE_PAGES:
            evidence += 1  # on so many of its site's pages: the site's frame, whatever stands around it
        if repeats.get(line.no, 0) >= SITE_REPEAT_PAGES or line.no in twice and line.no not in near_table:
            evidence += 1  # printed on the site's other pages, or twice on this one (a table repeats its heads)
        if evidence < needed and line.no in runnable \
                and any(other.no in runnable and not links(other) for other in neighbours):
            evidence += 1  # a run of short lines tied to nothing: a link list, a menu
        if evidence < needed and interface.lexical_points(line.text, article_lang=article_lang)[0] >= 1:
            evidence += 1
        if evidence and evidence < needed and _other_language(line.text, article_lang):
            evidence += 1
        if evidence >= needed and (not links(line) or _outweighed(line, evidence - needed, links, span.own_words)):
            decided.append(line)
    for line in decided:  # decided together: a pass does not feed on its own marks
        line.reason = REASON
    return len(decided)
