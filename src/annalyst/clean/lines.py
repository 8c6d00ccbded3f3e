"""Line-by-line cleaning of plain text: keep the article, explain every line that goes.

Order of the tests, per line: another language (``spam:language:xx``), keyword spam
(``spam:keywords``), site furniture (``boilerplate:<kind>``, ``data/boilerplate.tsv``), link
rows (``boilerplate:navigation``).  Then, on what is left: interface lines by their features
(``boilerplate:interface``), short lines in another language that carry nothing of the article
(``foreign-line:xx``, ``clean/foreign.py``), a related-articles list after its heading, digests, short lines
tied to nothing in the article that stand where furniture stands (``boilerplate:furniture``,
``clean/furniture.py``), front matter at the top (title, date line, byline → metadata), and the
closing author biography (``author-bio`` → metadata).  Paragraphs (blocks of lines between blank lines) stay
paragraphs in the output, separated by one blank line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from annalyst.clean import digest, foreign, frontmatter, furniture, headlines, interface, language
from annalyst.clean.furniture import HARD_WRAP_MIN_CHARS, SENTENCE_RUNS_ON, WRAP_WIDTH_SHARE
from annalyst.clean.normalize import words_of
from annalyst.clean.patterns import junk_reason, spam_terms, tokens
from annalyst.model import RemovedLine

MAX_FRONT_BLOCKS = 6  # front matter sits in the first few blocks, never deeper
MAX_TAIL_BLOCKS = 3  # an author bio is among the last few blocks
MAX_RELATED_ITEM_WORDS = 16
_BULLET = re.compile(r"^(?:[-*•·–—]|\d{1,2}[.)])\s")


@dataclass
class Line:
    no: int
    text: str
    block: int
    reason: Optional[str] = None
    foreign: Optional[str] = None  # the line's language when it is not the article's

    @property
    def kept(self) -> bool:
        return self.reason is None


@dataclass
class CleanedText:
    """The cleaner's result for one text: the article and what it learnt on the way."""

    text: str
    removed: list[RemovedLine] = field(default_factory=list)
    language: Optional[str] = None
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[dt.date] = None
    outlet: Optional[str] = None
    author_bio: Optional[str] = None


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    block = 0
    previous_blank = True
    for no, raw in enumerate(text.split("\n")):
        if not raw.strip():
            previous_blank = True
            continue
        if previous_blank and lines:
            block += 1
        previous_blank = False
        lines.append(Line(no, raw.strip(), block))
    return lines


_OPENING_QUOTES = "\"'“‘«„「『‹"
_CLOSING_QUOTES = "\"'”’»“」』›"
MIN_INTRODUCTION_WORDS = 4


def _quoted(text: str) -> bool:
    """The whole line is inside quotation marks (a quotation, whatever its language)."""
    core = text.strip().rstrip(".,;!?")
    return len(core) > 2 and core[0] in _OPENING_QUOTES and core[-1] in _CLOSING_QUOTES


def _introduced(line: Line, previous: Optional[Line], article_lang: Optional[str] = None) -> bool:
    """The article introduces the line: it is quoted, or the article's line before it ends with a
    colon ("The banner read:", in the article's language: one of its function words), so it is
    what someone said or wrote, not junk."""
    if any(word.lower() in spam_terms() for word in tokens(line.text)):
        return False  # a "quotation" that sells casinos is spam all the same
    if _quoted(line.text):
        return True
    return (previous is not None and previous.kept and previous.text.rstrip().endswith(":")
            and len(tokens(previous.text)) >= MIN_INTRODUCTION_WORDS
            and (article_lang is None or foreign.in_article_language(previous.text, article_lang)))


def _mark_junk(lines: list[Line], article_lang: Optional[str],
               identified: Optional[dict[str, tuple[str, float]]] = None) -> None:
    """Each line once: another language (unless the article introduces it), else its own text's
    reason (``patterns.junk_reason``: keyword spam, furniture, a row of links, words read once)."""
    scripts = language.scripts_of_article([line.text for line in lines], article_lang)
    previous: Optional[Line] = None
    for line in lines:
        line_before, previous = previous, line
        if article_lang:
            foreign = language.foreign_line(line.text, article_lang, identified, scripts)
            if foreign is not None:
                line.foreign = foreign.language
                if not _introduced(line, line_before, article_lang):
                    line.reason = f"spam:language:{foreign.language}"
                    continue
        line.reason = junk_reason(line.text)


@dataclass
class SiteContext:
    """Where a page comes from, for the repetition feature: its site and the run's memory of it."""

    site: Optional[str]
    lines: interface.SiteLines


MIN_WRAPPED_BLOCK_LINES = 2  # a block must have more lines than this to be judged hard-wrapped as a whole


def wrapped_pieces(lines: list[Line]) -> set[int]:
    """Line numbers of pieces of a sentence cut across lines (hard-wrapped wire copy): a line
    whose next line in the block starts in lower case ("...the elimination" / "of wiring..."),
    both of them, and a line as wide as the long one before it that ends no sentence.  Such a
    line is prose, never a site's furniture or interface, however short."""
    pieces: set[int] = set()
    for previous, line in zip(lines, lines[1:]):
        if previous.block != line.block or _BULLET.match(line.text):
            continue  # a list item starts afresh, whatever the width of the one before
        if line.text[:1].islower():
            pieces.update((previous.no, line.no))
        elif (len(previous.text) >= HARD_WRAP_MIN_CHARS and not previous.text.rstrip().endswith(SENTENCE_RUNS_ON)
              and len(line.text) >= WRAP_WIDTH_SHARE * len(previous.text) and _one_script(previous.text, line.text)):
            pieces.add(line.no)  # cut at the same width as the line before: the sentence goes on
    for block in _blocks_of(lines):
        # two lines are too few to show a wrap width: a long junk line over a short one in a
        # cluster ("Tawaran istimewa untuk pelanggan baru..." / "Click to view full image") is
        # no cut sentence; their pair evidence above (a lower-case start, one width) still counts
        # a cut sentence goes on in its own script: a line in another one put in the block (a CJK
        # shop line under a headline) is none of its pieces and makes no wrapped block of it
        same = _in_first_script(block)
        if len(same) > MIN_WRAPPED_BLOCK_LINES and _hard_wrapped(same):
            pieces.update(line.no for line in same)
    return pieces


WRAP_ACROSS_MAX_CHARS = 100  # a printed line's width: a paragraph split one line a block is cut this short
WRAP_ACROSS_WIDTH_SHARE = 0.75  # and its pieces are of one width


def wrapped_across_blocks(lines: list[Line], own_words: frozenset[str]) -> set[int]:
    """Line numbers of the pieces of a hard-wrapped sentence whose printed lines became a block
    each (a page that set every printed line in its own element: "Veteran Nollywood actress, Kate
    Henshaw, who in 2008, won the" / "Africa Movie Academy Award for Best Actress in a Leading
    Role, has taken" / "to her Instagram page..."): a line of ``HARD_WRAP_MIN_CHARS`` to
    ``WRAP_ACROSS_MAX_CHARS`` characters that runs on (a closing comma or a lower-case function
    word of the article's language), the next line of one width with it ending no sentence either,
    and the line after those going on (in lower case, or of their width).  Three pieces of one
    width make a cut text; two lines ending so may be a strapline over a paragraph."""
    pieces: set[int] = set()
    for first, second, third in zip(lines, lines[1:], lines[2:]):
        if first.block == second.block or not _runs_on_at(first.text, own_words) \
                or second.text.rstrip().endswith(SENTENCE_RUNS_ON) or not _one_width(first.text, second.text):
            continue
        if third.text[:1].islower() or _one_width(second.text, third.text):
            pieces.update((first.no, second.no, third.no))
    return pieces


def _runs_on_at(text: str, own_words: frozenset[str]) -> bool:
    """A printed line cut mid-sentence: a closing comma or a lower-case function word ("won the";
    "Contact Us" ends a menu item)."""
    last = tokens(text)[-1:]
    return text.rstrip().endswith(",") or bool(last and last[0][:1].islower() and last[0] in own_words)


def _one_width(a: str, b: str) -> bool:
    """Two printed lines cut at one width: at least ``HARD_WRAP_MIN_CHARS`` and at most
    ``WRAP_ACROSS_MAX_CHARS`` characters, the shorter ``WRAP_ACROSS_WIDTH_SHARE`` of the longer."""
    shorter, longer = sorted((len(a), len(b)))
    return shorter >= HARD_WRAP_MIN_CHARS and longer <= WRAP_ACROSS_MAX_CHARS and shorter >= WRAP_ACROSS_WIDTH_SHARE * longer


def _main_script(text: str) -> Optional[str]:
    weights = language.script_weights(text)
    return max(weights, key=weights.__getitem__) if weights else None


def _one_script(a: str, b: str) -> bool:
    """Both lines written mainly in one script: a cut sentence goes on in its own script, and a
    line under one in another script (a Russian teaser over an English menu line) is none of its pieces."""
    if a.isascii() and b.isascii():
        return True  # most lines: Latin both, known without weighing scripts
    return _main_script(a) in (_main_script(b), None) or _main_script(b) is None


def _in_first_script(block: list[Line]) -> list[Line]:
    """The block's lines written mainly in the script of its first line (all of them when the
    block is in ASCII, as most are)."""
    if all(line.text.isascii() for line in block):
        return block
    script = _main_script(block[0].text)
    return [line for line in block if _main_script(line.text) in (script, None)]


def _mark_interface(lines: list[Line], article_lang: Optional[str], site: Optional[SiteContext],
                    wrapped: set[int] = frozenset()) -> None:
    """Site-interface lines, by their features (``clean/interface.py``); never a piece of a
    hard-wrapped sentence (``wrapped``)."""
    candidates = [line for line in lines if line.kept and line.no not in wrapped and not _quoted(line.text)
                  and interface.is_candidate(line.text, article_lang)]
    if not candidates:
        return  # most articles: no short line with interface words, nothing more to compute
    own_words = language.function_words().get(article_lang or "", frozenset())
    frequency: Counter[str] = Counter()
    words_of: dict[int, tuple[set[str], set[str]]] = {}
    for line in lines:
        names, words = interface.content_words(line.text)
        words_of[line.no] = names - own_words, words - own_words
        frequency.update(names | words - own_words)
    last_block = lines[-1].block
    first_kept = next(line for line in lines if line.kept)
    addressing = [line for line in lines if line.kept and interface.addresses_reader(line.text)]
    for line in candidates:
        names, words = words_of[line.no]
        if line is first_kept and any(frequency[w] > 1 for w in names | words) \
                and frontmatter.looks_like_title(line.text):
            continue  # the headline: "Smart search lets art fans browse" shares the article's words
        lowered = [t.lower() for t in tokens(line.text)]
        features = dict(
            linked_names=sum(1 for w in names if frequency[w] > 1),
            linked_words=sum(1 for w in words if frequency[w] > interface.TOPIC_LINES),
            own_function_words=sum(1 for t in lowered if t in own_words),
            at_edge=line.block < interface.EDGE_BLOCKS or line.block > last_block - interface.EDGE_BLOCKS,
            pages_on_site=_repeated_pages(site, line.text, own_words) if site else 0,
            article_addresses_reader=len([a for a in addressing if a is not line]) >= interface.READER_ADDRESS_LINES,
            article_lang=article_lang,
        )
        if interface.is_interface(line.text, **features):
            line.reason = "boilerplate:interface"


def _repeated_pages(site: SiteContext, text: str, own_words: frozenset[str]) -> int:
    """The pages the repetition evidence reads (``interface.SiteLines.repeated_pages``): the run's
    count only for a label, a line without a function word of the article's language ("Headline
    News", "Most Viewed News": a platform's furniture on many sites); a clause ("Why it matters",
    "What happens next") recurs across outlets as their articles' own headings, and needs its own
    site's repetition."""
    on_site = site.lines.pages_with(site.site, text)
    if on_site >= interface.SITE_REPEAT_PAGES or site.lines.pages_in_run(text) < interface.RUN_REPEAT_PAGES:
        return on_site  # most lines: nothing more to ask (the run's count alone is rarely reached)
    if any(word.lower() in own_words for word in tokens(text)):
        return on_site
    return site.lines.repeated_pages(site.site, text)


_ATTRIBUTION = re.compile(r"^\s*[—–-]\s*\S.*(?:@\w+|\b(?:19|20)\d{2}\b)")


def _keep_attributed_quotes(lines: list[Line]) -> None:
    """Foreign lines followed by an attribution ("— Name (@handle) January 24, 2020", as an
    embedded post or an epigraph is signed) are a quotation: they stay, unless they sell spam."""
    run: list[Line] = []
    for line in lines:
        foreign = bool(line.foreign) and line.reason == f"spam:language:{line.foreign}"
        signature = _ATTRIBUTION.match(line.text) is not None and (line.kept or foreign)
        if run and signature:
            for quoted in run + [line]:  # the signature may be in the quotation's script too
                if not any(word.lower() in spam_terms() for word in tokens(quoted.text)):
                    quoted.reason = None
            run = []
        elif foreign:
            run.append(line)
        else:
            run = []


def _mark_uninvited_foreign(lines: list[Line]) -> None:
    """A foreign line kept because the line before introduced it ("The banner read:") goes after
    all when that line turned out to be junk itself (a newsletter prompt ending with a colon)."""
    for previous, line in zip(lines, lines[1:]):
        if line.foreign and line.kept and not _quoted(line.text) and not previous.kept:
            line.reason = f"spam:language:{line.foreign}"


_NUMBER = re.compile(r"\d[\d,.]*")


def _headline_like(text: str) -> bool:
    """A list item that could be a linked headline: it does not end a sentence or run on (a colon,
    a dash), and is not a table row ("Pharmaceutical 49.8 mln vs 39.0 mln": two numbers)."""
    stripped = text.rstrip()
    if stripped.endswith((".", "?", "!", '"', "”", ":", "-", "–", ",")):
        return False
    return len(_NUMBER.findall(stripped)) < 2


def _mark_related_lists(lines: list[Line]) -> None:
    """After a "Related articles" heading, the short headline lines that follow are the list."""
    in_list = False
    for line in lines:
        # only a list heading ("Related stories", "Most read") announces a list; "Read more:"
        # announces one link, often followed by article text
        if line.reason == "boilerplate:related" and len(tokens(line.text)) <= 6:
            in_list = True
            continue
        if not in_list:
            continue
        if line.reason is not None:
            continue
        n_words = len(tokens(line.text))
        if n_words <= MAX_RELATED_ITEM_WORDS and _headline_like(line.text):
            line.reason = "boilerplate:related"
        else:
            in_list = False


def _blocks_of(lines: list[Line]) -> list[list[Line]]:
    blocks: dict[int, list[Line]] = {}
    for line in lines:
        if line.kept:
            blocks.setdefault(line.block, []).append(line)
    return [blocks[k] for k in sorted(blocks)]


MAX_TITLE_SUFFIX_WORDS = 5  # "Headline | Example Times": a page title often carries the site name


def _same_text(line: str, title: str) -> bool:
    """The line is the title, or the title without (or with) a short site-name suffix."""
    a, b = words_of(line), words_of(title)
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return (len(shorter) >= 3 and longer[: len(shorter)] == shorter
            and len(longer) - len(shorter) <= MAX_TITLE_SUFFIX_WORDS)


def _mark_front_matter(lines: list[Line], result: CleanedText) -> None:
    """Title, date line and byline at the top: taken as metadata until the body starts.

    The last block is never a headline: a text of one short line ("Iran threatened Israel") is
    all body.
    """
    blocks = _blocks_of(lines)
    for index, block in enumerate(blocks):
        if index >= MAX_FRONT_BLOCKS:
            return
        body_started = False
        for line in block:
            date_line = frontmatter.parse_date_line(line.text)
            if date_line is not None:
                line.reason = date_line.reason
                result.published = result.published or date_line.published
                result.author = result.author or date_line.author
                result.outlet = result.outlet or date_line.agency
                continue
            if result.title and _same_text(line.text, result.title):
                line.reason = "front-matter:title"
                continue
            if (result.title is None and index < len(blocks) - 1 and _alone_in_block(line, block)
                    and frontmatter.looks_like_title(line.text) and not _is_sentence(line.text)):
                line.reason = "front-matter:title"
                result.title = line.text
                continue
            body_started = True
            break
        if body_started:
            return


def _alone_in_block(line: Line, block: list[Line]) -> bool:
    """A headline stands alone: its block holds nothing else but date lines and bylines.

    (A short first line of a hard-wrapped paragraph is not a headline.)
    """
    return all(other is line or frontmatter.parse_date_line(other.text) is not None for other in block)


def _is_sentence(text: str) -> bool:
    return len(tokens(text)) > frontmatter.MAX_TITLE_WORDS or text.rstrip().endswith(".")


def _mark_bio(lines: list[Line], result: CleanedText) -> None:
    """The closing biography: one of the last blocks, shaped "Name, credentials..."."""
    blocks = _blocks_of(lines)
    tail = blocks[-MAX_TAIL_BLOCKS:] if len(blocks) > 1 else []
    for distance, block in enumerate(reversed(tail)):
        text = " ".join(line.text for line in block)
        bio = frontmatter.parse_bio(text, result.author)
        # an unsigned bio must be the very last block; the known author's may precede a sign-off
        if bio is None or (distance > 0 and not bio.known):
            continue
        for line in block:
            line.reason = "author-bio"
        result.author_bio = text
        result.author = result.author or bio.author
        result.outlet = result.outlet or bio.outlet
        return


def _hard_wrapped(block: list[Line]) -> bool:
    """Lines cut at a fixed width (old wire copy) rather than one line per paragraph or item."""
    if len(block) < 2:
        return False
    body = block[:-1]
    if any(_BULLET.match(line.text) for line in block):
        return False  # a list: one item per line
    if sum(1 for line in body if line.text.endswith((".", "!", "?", ":", '"', "”"))) * 2 > len(body):
        return False  # lines that end sentences are one sentence or paragraph each, not cut text
    longest = max(len(line.text) for line in body)
    return longest >= HARD_WRAP_MIN_CHARS and all(len(line.text) >= 0.6 * longest for line in body)


def assemble(lines: list[Line]) -> str:
    paragraphs = []
    for block in _blocks_of(lines):
        joiner = " " if _hard_wrapped(block) else "\n"
        paragraphs.append(joiner.join(line.text for line in block))
    return "\n\n".join(paragraphs)


MIN_PROSE_VOTE_LETTERS = 60  # one sentence of a dozen words: enough prose to tell its language


def _language_voters(lines: list[Line], wrapped: set[int]) -> list[str]:
    """The lines that vote on the article's language: its prose (long lines, sentences, pieces
    of hard-wrapped sentences) when there is enough of it.

    A short story under a page of furniture in another language (menus, teasers, a footer)
    has fewer letters than the furniture; its sentences, not the short lines around them, are
    the article.  The pieces of a hard-wrapped paragraph vote together (``_voting_texts``)."""
    prose = [text for text, joined in _voting_texts(lines, wrapped) if joined or furniture.is_prose(text)]
    if sum(language.letters(text) for text in prose) >= MIN_PROSE_VOTE_LETTERS:
        return prose
    return [line.text for line in lines]


def _voting_texts(lines: list[Line], wrapped: set[int]) -> list[tuple[str, bool]]:
    """(text, joined) per line, the pieces of a hard-wrapped paragraph joined into one text
    (``joined``): they vote as the paragraph they are, whose function words decide it at once
    (``language._sure_language``) where a piece of eight words would need the identifier."""
    texts: list[tuple[str, bool]] = []
    pieces: list[Line] = []
    for line in lines:
        if pieces and (line.no not in wrapped or line.block != pieces[-1].block):
            texts.append((" ".join(piece.text for piece in pieces), True))
            pieces = []
        if line.no in wrapped:
            pieces.append(line)
        else:
            texts.append((line.text, False))
    if pieces:
        texts.append((" ".join(piece.text for piece in pieces), True))
    return texts


def clean_text(text: str, *, title: Optional[str] = None, author: Optional[str] = None,
               front_matter: bool = True, site: Optional[SiteContext] = None) -> CleanedText:
    """Clean normalised text.  ``title``/``author`` are what the container already knows.

    ``front_matter=False`` skips title/date/byline detection (HTML extraction has done it).
    ``site``: the page's site and the run's memory of its lines (repeated furniture); the page's
    short lines are added to it.
    """
    lines = split_lines(text)
    wrapped = wrapped_pieces(lines)
    identified: dict[str, tuple[str, float]] = {}
    article_lang = language.article_language(_language_voters(lines, wrapped), identified)
    result = CleanedText(text="", language=article_lang, title=title, author=author)
    wrapped |= wrapped_across_blocks(lines, language.function_words().get(article_lang or "", frozenset()))
    _mark_junk(lines, article_lang, identified)
    _keep_attributed_quotes(lines)
    _mark_interface(lines, article_lang, site, wrapped)
    foreign.mark_foreign_lines(lines, article_lang, wrapped, identified)  # short foreign lines tied to nothing
    _mark_uninvited_foreign(lines)
    _mark_related_lists(lines)
    digest.mark_digests(lines)  # a run of headlines is not prose (issue 21)
    headlines.mark_headline_lines(lines)  # one linked headline between paragraphs ("SEE MORE: ...")
    own_words = language.function_words().get(article_lang or "", frozenset())
    on_site = {line.no: site.lines.pages_with(site.site, line.text) for line in lines} if site else None
    repeats = {line.no: _repeated_pages(site, line.text, own_words) for line in lines} if site else None
    in_run = {line.no: site.lines.pages_in_run(line.text) for line in lines} if site else None
    furniture.mark_furniture(lines, article_lang, repeats, wrapped, on_site, in_run)  # by its place, its neighbours, its site
    if site is not None:
        site.lines.add_page(site.site, interface.short_lines([line.text for line in lines]))
    if front_matter:
        _mark_front_matter(lines, result)
    elif title:
        _drop_repeated_title(lines, title)
    _mark_bio(lines, result)
    result.text = assemble(lines)
    result.removed = [RemovedLine(line.text, line.reason, line.no) for line in lines if line.reason]
    kept = [line for line in lines if line.kept]
    if kept:
        # the article's language from what was kept (the spam vote no longer counts)
        voters = [text for text, _ in _voting_texts(kept, wrapped)]
        result.language = language.article_language(voters, identified) or article_lang
    return result


def _drop_repeated_title(lines: list[Line], title: str) -> None:
    for line in lines[:3]:
        if line.kept and _same_text(line.text, title):
            line.reason = "front-matter:title"
            return

