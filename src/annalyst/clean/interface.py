"""Site-interface lines (comment widgets, newsletter pickers, players, paywall prompts, captions)
told from article lines by their features, not by a list of strings.

A line scores points for what interface text has and article text lacks
(``data/interface_words.tsv`` holds the vocabulary):

- an imperative addressed to the reader as its first word ("Choose...", "Tap...", "Load...");
- interface nouns and adjectives (comments, newsletter, app, gallery, trial...), and a count
  next to one ("23 comments", "15 photos");
- the reader addressed as "you"/"your";
- interface shapes: a relative timestamp ("5 minutes ago"), a trailing count "(8)", a pager
  "1 of 12", a loading ellipsis, a prompt ending with a colon, a "most read" list heading;
- no sentence: no closing full stop, question or exclamation mark;
- its position: the first or the last blocks of the page;
- repetition: the same line on other pages of the same site (``SiteLines``).

and loses points for what ties it to the article: words it shares with the rest of the
article (its people, places, topic), and sentence structure (several of the article language's
function words and a closing full stop).  A line of at most ``MAX_WORDS`` words with at least
``THRESHOLD`` points, one of them from the vocabulary, is removed as ``boilerplate:interface``.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from annalyst.errors import ModelError

MAX_WORDS = 12
THRESHOLD = 3
MAX_PROMPT_WORDS = 8
MIN_LEXICAL = 2  # points from the vocabulary: one interface word alone is a headline's ("Gallery unveils...")
MIN_LINK_LETTERS = 5  # shorter words ("news", "size") tie little to an article; names tie at any length
NAME_LINK_PENALTY = 2  # per name shared with the rest of the article (its people, places, bodies)
WORD_LINK_PENALTY = 1  # per topic word: another word on at least TOPIC_LINES other lines
TOPIC_LINES = 2
MAX_LINK_PENALTY = 4
EDGE_BLOCKS = 2
SITE_REPEAT_PAGES = 2
# a line on this many other pages of the run, whatever their site, is repeated furniture too: one more than
# a site needs, as pages of different sites share a line less often by their own making
RUN_REPEAT_PAGES = 3
REMEMBERED_WORDS = 20  # SiteLines remembers lines this long: the longest furniture-shaped line (furniture.TAIL_MAX_WORDS)
READER_ADDRESS_LINES = 3  # an article with this many lines saying "you" talks to its reader itself  # seen on this many other pages of the site: site furniture
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
_LABEL = re.compile(r"^\s*([^\W\d_]+)\s*:\s*\S")
_COUNT = re.compile(r"\b\d[\d,.]*\s+([^\W\d_][\w'-]*)")


@dataclass(frozen=True)
class Vocabulary:
    verbs: dict[str, int]
    words: dict[str, int]
    phrases: tuple[tuple[str, int], ...]
    forms: tuple[tuple[re.Pattern[str], int], ...]
    stamps: tuple[re.Pattern[str], ...] = ()  # the forms that are date or time stamps
    # the languages of the words, verbs and phrases of ``interface_words_intl.tsv``
    languages: dict[str, frozenset[str]] = field(default_factory=dict)
    reader: frozenset[str] = frozenset()  # words addressing the reader ("you")
    site_voice: frozenset[str] = frozenset()  # the site speaking of itself ("our", "we")
    lead: frozenset[str] = frozenset()  # words before a line's imperative ("please", "now")
    report: frozenset[str] = frozenset()  # reporting verbs ("said"): a sentence with one attributes its words
    request: frozenset[str] = frozenset()  # leads that make the imperative a request to the reader ("please")


VOCABULARY_FILES = ("interface_words.tsv", "interface_words_intl.tsv")


def _rows(name: str) -> list[tuple[Optional[str], str, str, str]]:
    """(language or None, kind, weight, item) of a vocabulary file; the intl file has a language
    column first."""
    try:
        text = resources.files("annalyst.clean").joinpath(f"data/{name}").read_text("utf-8")
    except OSError as exc:
        raise ModelError(f"cleaner data file {name} is missing: {exc}",
                         "Reinstall annalyst: the file ships in annalyst/clean/data/.") from exc
    rows = [r for r in text.splitlines() if r.strip() and not r.startswith("#")]
    out: list[tuple[Optional[str], str, str, str]] = []
    for row in rows[1:]:  # the first row names the columns
        if rows[0].startswith("lang\t"):
            lang, kind, weight, item = row.split("\t", 3)
            out.append((lang, kind, weight, item))
        else:
            kind, weight, item = row.split("\t", 2)
            out.append((None, kind, weight, item))
    return out


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """``data/interface_words.tsv`` and ``data/interface_words_intl.tsv`` (see their headers)."""
    verbs: dict[str, int] = {}
    words: dict[str, int] = {}
    phrases: list[tuple[str, int]] = []
    forms: list[tuple[re.Pattern[str], int]] = []
    stamps: list[re.Pattern[str]] = []
    languages: dict[str, set[str]] = {}
    cues: dict[str, set[str]] = {"reader": set(), "site": set(), "lead": set(), "report": set(), "request": set()}
    for name in VOCABULARY_FILES:
        for lang, kind, weight, item in _rows(name):
            if kind in cues:
                cues[kind].add(item)
                continue
            if kind == "verb":
                verbs[item] = max(int(weight), verbs.get(item, 0))
            elif kind == "word" and " " in item:
                phrases.append((f" {item} ", int(weight)))
            elif kind == "word":
                words[item] = max(int(weight), words.get(item, 0))
            elif kind in ("form", "stamp"):
                try:
                    forms.append((re.compile(item, re.IGNORECASE), int(weight)))
                except re.error as exc:
                    raise ModelError(f"bad pattern in {name}: {exc}", "Fix the regular expression.") from exc
                if kind == "stamp":
                    stamps.append(forms[-1][0])
                continue
            else:
                raise ModelError(f"bad kind {kind!r} in {name}", "Use verb, word, form, stamp, reader, site, lead, request or report.")
            if lang is not None:
                languages.setdefault(item, set()).add(lang)
    return Vocabulary(verbs, words, tuple(phrases), tuple(forms), tuple(stamps),
                      {item: frozenset(langs) for item, langs in languages.items()},
                      frozenset(cues["reader"]), frozenset(cues["site"]), frozenset(cues["lead"] | cues["request"]),
                      frozenset(cues["report"]), frozenset(cues["request"]))


def is_stamp(text: str) -> bool:
    """A date or time stamp ("Friday, 25 February", "Updated 14:05"): a ``stamp`` form matches."""
    return any(form.search(text) for form in vocabulary().stamps)


class SiteLines:
    """Which short lines appeared on how many pages of each site, and of the whole run, for one run.

    A line printed on every page of a site (its widgets, its prompts) is furniture; a line of an
    article appears on one page.  The run's count covers texts without a site (a folder of plain
    text, a corpus file) and furniture that sites share (a platform's footer, a syndicated
    widget): a short line on ``RUN_REPEAT_PAGES`` other pages of the run counts as repeated as
    one on ``SITE_REPEAT_PAGES`` pages of its site does (``repeated_pages``).  Bounded:
    ``max_sites`` sites (least recently seen dropped) of at most ``max_lines`` lines each, and
    ``max_run_lines`` lines for the run (when full, the lines seen once are forgotten).

    Two passes over a batch (``expect``, then ``arrive`` as each page's turn comes): the pages of
    the batch still to be cleaned count too, so a site's first pages see the furniture its later
    pages repeat, as its last pages see what the first ones printed.
    """

    def __init__(self, max_sites: int = 2000, max_lines: int = 5000, max_run_lines: int = 200_000) -> None:
        self.max_sites = max_sites
        self.max_lines = max_lines
        self.max_run_lines = max_run_lines
        self._sites: OrderedDict[str, Counter[str]] = OrderedDict()
        self._run: Counter[str] = Counter()
        self._ahead_sites: dict[str, Counter[str]] = {}  # the batch's pages not cleaned yet, per site
        self._ahead_run: Counter[str] = Counter()

    def pages_with(self, site: Optional[str], line: str) -> int:
        """On how many other pages of the site, cleaned earlier or still to come in the batch, the line stood."""
        if site is None:
            return 0
        key = line.lower()
        ahead = self._ahead_sites.get(site)
        done = self._sites.get(site)
        return (done.get(key, 0) if done else 0) + (ahead.get(key, 0) if ahead else 0)

    def pages_in_run(self, line: str) -> int:
        """On how many other pages of the run, of any site or none, the line stood (earlier, or
        still to come in the batch)."""
        key = line.lower()
        return self._run.get(key, 0) + self._ahead_run.get(key, 0)

    def expect(self, site: Optional[str], lines: list[str]) -> None:
        """A page of the batch that will be cleaned later: its lines count for the pages before it."""
        distinct = set(l.lower() for l in lines)
        self._ahead_run.update(distinct)
        if site is not None:
            self._ahead_sites.setdefault(site, Counter()).update(distinct)

    def arrive(self, site: Optional[str], lines: list[str]) -> None:
        """The ``expect``-ed page is being cleaned now: it no longer counts as another page
        (``add_page`` counts it once it is done)."""
        distinct = set(l.lower() for l in lines)
        _withdraw(self._ahead_run, distinct)
        ahead = self._ahead_sites.get(site) if site is not None else None
        if ahead is not None:
            _withdraw(ahead, distinct)
            if not ahead:
                del self._ahead_sites[site]

    def forget_ahead(self) -> None:
        """The batch is done (or a page of it failed before its turn): nothing is still to come."""
        self._ahead_sites.clear()
        self._ahead_run.clear()

    def repeated_pages(self, site: Optional[str], line: str) -> int:
        """The site's count of the line, raised to ``SITE_REPEAT_PAGES`` when the run printed it on
        ``RUN_REPEAT_PAGES`` other pages: what the repetition evidence reads."""
        on_site = self.pages_with(site, line)
        if on_site < SITE_REPEAT_PAGES and self.pages_in_run(line) >= RUN_REPEAT_PAGES:
            return SITE_REPEAT_PAGES
        return on_site

    def add_page(self, site: Optional[str], lines: list[str]) -> None:
        distinct = list(dict.fromkeys(l.lower() for l in lines))  # page order: the first lines win
        self._run.update(distinct)
        if len(self._run) > self.max_run_lines:
            # an article's own lines stand on one page: forgetting them keeps the run's repeated lines
            self._run = Counter({line: n for line, n in self._run.items() if n > 1})
        if site is None:
            return
        counts = self._sites.pop(site, None) or Counter()
        self._sites[site] = counts
        for line in distinct:
            if line in counts or len(counts) < self.max_lines:
                counts[line] += 1
        while len(self._sites) > self.max_sites:
            self._sites.popitem(last=False)


def _withdraw(counts: Counter[str], lines: set[str]) -> None:
    for line in lines:
        left = counts.get(line, 0) - 1
        if left > 0:
            counts[line] = left
        else:
            counts.pop(line, None)


def short_lines(lines: list[str]) -> list[str]:
    """The lines a site's furniture could be (what ``SiteLines`` remembers): up to
    ``REMEMBERED_WORDS`` words, as long as another story's headline or a site's strapline
    ("The latest on artificial intelligence, from machine learning to computer vision and more")."""
    return [line for line in lines if line.count(" ") <= 2 * REMEMBERED_WORDS
            and len(_TOKEN.findall(line)) <= REMEMBERED_WORDS]


def _surely_long(text: str) -> bool:
    """Far more than ``MAX_WORDS`` words, known without a word count (most of an article's lines:
    the count is the cleaner's most repeated work)."""
    return text.count(" ") > 2 * MAX_WORDS


def _base_form(token: str, table: dict[str, int]) -> str:
    """The form the vocabulary lists: "links" → "link", "replies" → "reply" (when listed)."""
    if token in table:
        return token
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if token.endswith(suffix) and token[: -len(suffix)] + replacement in table:
            return token[: -len(suffix)] + replacement
    return token


def _words_of(text: str) -> list[str]:
    """Lower-case words, compounds split ("printer-friendly" → "printer", "friendly")."""
    out = []
    for token in _TOKEN.findall(text):
        low = token.lower()
        vocab = vocabulary()
        out.extend(part for part in low.split("-") if part) if "-" in low and low not in vocab.words \
            and low not in vocab.verbs else out.append(low)
    return out


def addresses_reader(text: str) -> bool:
    reader = vocabulary().reader
    return any(t.lower() in reader for t in _TOKEN.findall(text))


# after a question or an exclamation only: a full stop also ends "Mr." and "U.S."
_SENTENCE_BREAK = re.compile(r"[!?]+[\"'”’)]*\s+(?=\S)")


def _sentence_leads(text: str, tokens: list[str]) -> set[int]:
    """Where the line and each sentence after a "?" or "!" start (after "please", "now"...), as
    token indices: an imperative opens any of a prompt's sentences ("Want more? Sign up...")."""
    starts = [0]
    for match in _SENTENCE_BREAK.finditer(text):
        starts.append(len(_words_of(text[: match.end()])))
    leads = set()
    for start in starts:
        lead = next((i for i in range(start, len(tokens)) if tokens[i] not in vocabulary().lead), None)
        if lead is not None:
            leads.add(lead)
    return leads


def _foreign(item: str, vocab: Vocabulary, article_lang: Optional[str]) -> int:
    """1 when the item is interface vocabulary of a language other than the article's."""
    langs = vocab.languages.get(item)
    return 1 if langs and article_lang and article_lang not in langs else 0


def lexical_points(text: str, article_addresses_reader: bool = False,
                   article_lang: Optional[str] = None) -> tuple[int, int]:
    """(points from the vocabulary, words) of a line: the features that need nothing but the line.
    ``article_lang``: a word of another language's interface vocabulary counts one point more."""
    vocab = vocabulary()
    tokens = [_base_form(t, vocab.words) for t in _words_of(text)]
    leads = _sentence_leads(text, tokens)
    lexical = 0
    for lead in leads:
        points = max(vocab.verbs.get(tokens[lead], 0), vocab.words.get(tokens[lead], 0))
        lexical += points + (_foreign(tokens[lead], vocab, article_lang) if points else 0)
    for i, t in enumerate(tokens):
        if i not in leads and (vocab.words.get(t, 0) or vocab.verbs.get(t, 0) >= 2):
            lexical += 1 + _foreign(t, vocab, article_lang)
    padded = " " + " ".join(tokens) + " "
    lexical += sum(weight + _foreign(phrase.strip(), vocab, article_lang)
                   for phrase, weight in vocab.phrases if phrase in padded)
    lexical += sum(1 for m in _COUNT.finditer(text) if m.group(1).lower() in vocab.words)
    if not article_addresses_reader:  # "you" marks a prompt only in an article that does not say it
        lexical += 1 if any(t in vocab.reader for t in tokens) else 0
    # the stamp forms describe one feature, a date or time standing alone: they count once together
    lexical += sum(weight for form, weight in vocab.forms if form not in vocab.stamps and form.search(text))
    lexical += max((weight for form, weight in vocab.forms if form in vocab.stamps and form.search(text)), default=0)
    label = _LABEL.match(text)
    if label and label.group(1).lower() in vocab.words.keys() | vocab.verbs.keys():
        lexical += 1  # a teaser labelled by the widget it opens: "Video: ...", "Listen: ..."
    return lexical, len(tokens)


def _site_prompt(text: str) -> bool:
    """A sentence in the site's voice that tells the reader to act: a strong interface verb opens
    one of its sentences and the site says "our" or "we" ("Want more stories like this? Sign up
    for our morning email.").  An article's quotation opens with a quotation mark, not a verb."""
    if text.lstrip()[:1] in "\"'“‘«„":
        return False
    vocab = vocabulary()
    tokens = _words_of(text)
    # "Please log in here to leave a comment.": a request opening the line asks the reader, as "our" speaks as the site
    if not any(t in vocab.site_voice for t in tokens) and not (tokens and tokens[0] in vocab.request):
        return False
    return any(vocab.verbs.get(tokens[lead], 0) >= 2 for lead in _sentence_leads(text, tokens))


def interface_score(text: str, *, linked_names: int, linked_words: int, own_function_words: int,
                    at_edge: bool, pages_on_site: int, article_addresses_reader: bool = False,
                    article_lang: Optional[str] = None) -> tuple[int, int]:
    """(points, points from the vocabulary) of a line (see the module docstring)."""
    lexical, n_tokens = lexical_points(text, article_addresses_reader, article_lang)
    points = lexical
    stripped = text.rstrip()
    if not _SENTENCE_END.search(stripped) or _ELLIPSIS_END.search(stripped):
        points += 1
    elif stripped.endswith("?") and n_tokens <= MAX_PROMPT_WORDS and lexical:
        points += 1  # a short question put to the reader ("Was this helpful?") is a prompt
    elif n_tokens >= 6 and own_function_words >= 2 and (article_addresses_reader or not addresses_reader(text)) \
            and not _site_prompt(text):
        points -= 2  # a sentence of the article's language (a prompt to "you" is the site's)
    points += 1 if at_edge else 0
    points += 2 if pages_on_site >= SITE_REPEAT_PAGES else 0
    points -= min(MAX_LINK_PENALTY, NAME_LINK_PENALTY * linked_names + WORD_LINK_PENALTY * linked_words)
    return points, lexical


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], re.Pattern[str]]:
    """Every word that can earn a vocabulary point (with the plural forms ``_base_form`` accepts),
    and one pattern for all the shapes: a line with neither earns no point."""
    vocab = vocabulary()
    words = set(vocab.verbs) | set(vocab.words) | set(vocab.reader)
    words |= {w + "s" for w in vocab.words} | {w + "es" for w in vocab.words}
    words |= {w[:-1] + "ies" for w in vocab.words if w.endswith("y")}
    for phrase, _ in vocab.phrases:
        words |= set(phrase.split())
    shapes = re.compile("|".join(f"(?:{form.pattern})" for form, _ in vocab.forms) + r"|^\s*[^\W\d_]+\s*:",
                        re.IGNORECASE)
    return frozenset(words), shapes


def is_candidate(text: str, article_lang: Optional[str] = None) -> bool:
    """Whether a line could be an interface line at all (short, enough vocabulary): the cheap
    test that spares the article's other lines the rest."""
    if _surely_long(text):
        return False
    words = _TOKEN.findall(text)
    if len(words) > MAX_WORDS:
        return False
    cue_words, shapes = _cues()
    if not any(w.lower() in cue_words or any(part in cue_words for part in w.lower().split("-")) for w in words) \
            and not shapes.search(text):
        return False
    return lexical_points(text, article_lang=article_lang)[0] >= MIN_LEXICAL


def content_words(text: str) -> tuple[set[str], set[str]]:
    """(names, words) that could tie a line to its article: names are capitalised after the first
    word, any length ("US", "Fed"); words have ``MIN_LINK_LETTERS`` letters or more and are not
    interface vocabulary.  Lower-cased; the caller removes the article language's function words."""
    vocab = vocabulary()
    names: set[str] = set()
    words: set[str] = set()
    for i, word in enumerate(_TOKEN.findall(text)):
        low = word.lower()
        if i > 0 and word[:1].isupper() and len(word) >= 2:
            names.add(low)
        elif len(low) >= MIN_LINK_LETTERS and low not in vocab.words and low not in vocab.verbs:
            words.add(low)
    return names, words


def is_interface(text: str, **features) -> bool:
    if len(_TOKEN.findall(text)) > MAX_WORDS:
        return False
    points, lexical = interface_score(text, **features)
    return lexical >= MIN_LEXICAL and points >= THRESHOLD
