"""``CleanStep``: raw text or HTML → the article (``Document.text``), its metadata and its language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Optional
from urllib.parse import urlsplit

from annalyst.clean import language
from annalyst.clean.html import HtmlArticle, extract_html
from annalyst.clean.interface import SiteLines, short_lines
from annalyst.clean.lines import CleanedText, SiteContext, clean_text, split_lines
from annalyst.clean.markers import unbracket_company_markers
from annalyst.clean.normalize import content_hash, normalize_text
from annalyst.model import Document
from annalyst.pipeline.base import Step

ARTICLE_LANGUAGES = frozenset({"en"})  # the coder's lexicons are English
# A news article is tens of kilobytes; a text longer than spaCy's limit (parse.MAX_CHARS) is a dump,
# a log or an attack, and cleaning and parsing it would take minutes: it is skipped, not cut.
MAX_TEXT_CHARS = 1_000_000


def _paragraph_per_line(text: str) -> str:
    """trafilatura puts one paragraph per line; make each a paragraph of its own."""
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def site_of(url: Optional[str]) -> Optional[str]:
    """The site a page belongs to (its host without "www."), for repeated-furniture detection."""
    if not url:
        return None
    host = urlsplit(url).hostname
    return host[4:] if host and host.startswith("www.") else host


@dataclass
class Page:
    """What the line cleaner reads of a record: its normalised text and, for a web page, the
    extraction it came from (worked out once, for the batch's look-ahead and for the cleaning)."""

    text: str
    article: Optional[HtmlArticle] = None

    @cached_property
    def short_lines(self) -> list[str]:
        """The lines ``SiteLines`` remembers of the page (its furniture could be one); read once
        for the batch's look-ahead and the page's turn."""
        return short_lines([line.text for line in split_lines(self.text)])


def read_page(doc: Document) -> Optional[Page]:
    """The page of a live record with text or HTML within ``MAX_TEXT_CHARS``; None otherwise."""
    if not doc.alive or doc.raw is not None and len(doc.raw) > MAX_TEXT_CHARS:
        return None
    if doc.raw_html is not None and doc.raw is None:
        article = extract_html(doc.raw_html or "", doc.url)
        return Page(_paragraph_per_line(normalize_text(article.text)), article)
    if doc.raw is not None:
        return Page(unbracket_company_markers(normalize_text(doc.raw)))  # "<Ariadne Australia Ltd> said"
    return None


def _clean_html(doc: Document, article: HtmlArticle, text: str, site_lines: Optional[SiteLines]) -> CleanedText:
    doc.meta["extraction"] = article.method
    title = doc.title or (normalize_text(article.title) if article.title else None)
    site = SiteContext(site_of(doc.url or article.url), site_lines) if site_lines is not None else None
    result = clean_text(text, title=title, author=doc.author or article.author, site=site)
    doc.url = doc.url or article.url
    doc.outlet = doc.outlet or article.outlet or result.outlet
    result.published = article.published or result.published
    return result


def _captured(doc: Document) -> Optional[dt.date]:
    value = doc.meta.get("captured")
    return dt.date.fromisoformat(value) if value else None


def clean_document(doc: Document, *, languages: frozenset[str] = ARTICLE_LANGUAGES,
                   site_lines: Optional[SiteLines] = None, page: Optional[Page] = None) -> Document:
    """Fill ``text``, metadata, ``removed``, ``language`` and ``content_hash``; skip what is not
    an article in one of ``languages`` (reason ``language:xx``) or holds no text (``empty``).

    ``site_lines``: the run's memory of each site's short lines (``CleanStep`` keeps one), so a
    line repeated on a site's pages counts as furniture; ``page``: the record's ``read_page``, when
    the caller has read it already."""
    if not doc.alive:
        return doc
    if doc.raw is not None and len(doc.raw) > MAX_TEXT_CHARS:
        return doc.skip(f"oversize:{len(doc.raw)} chars (limit {MAX_TEXT_CHARS})")
    page = page or read_page(doc)
    if page is None:
        return doc.skip("empty")
    if page.article is not None:
        result = _clean_html(doc, page.article, page.text, site_lines)
    else:
        site = SiteContext(site_of(doc.url), site_lines) if site_lines is not None else None
        result = clean_text(page.text, title=doc.title, author=doc.author, site=site)
    doc.text = result.text
    doc.removed = result.removed
    doc.language = result.language
    doc.title = result.title or doc.title
    doc.author = result.author or doc.author
    doc.outlet = doc.outlet or result.outlet
    if result.author_bio:
        doc.meta["author_bio"] = result.author_bio
    if doc.published is None:
        doc.published = result.published
        if doc.published is None and _captured(doc) is not None:
            doc.published = _captured(doc)  # a crawl date bounds the publication date from above
            doc.meta["published_from"] = "capture"
    doc.content_hash = content_hash(doc.text)
    if not doc.text.strip():
        return doc.skip("empty")
    if doc.language and doc.language not in languages:
        # the identifier separates varieties (Nigerian Pidgin, Scots) that plain English wire
        # copy is often mistaken for; an article in a variety of an accepted language is kept
        variety_of = next((lang for lang in sorted(languages) if language.same_language(lang, doc.language)), None)
        if variety_of is None:
            return doc.skip(f"language:{doc.language}")
        doc.meta["language_detected"] = doc.language
        doc.language = variety_of
    return doc


class CleanStep(Step):
    """Raw input → cleaned article text plus title/author/outlet/published/language/removed."""

    name = "clean"
    sets = ("text", "title", "author", "outlet", "published", "language", "removed", "content_hash")

    def __init__(self, languages: frozenset[str] = ARTICLE_LANGUAGES) -> None:
        self.languages = languages
        self.site_lines = SiteLines()  # one run's memory of each site's repeated lines

    def prepare(self) -> None:
        # the HTML libraries (trafilatura, htmldate) stay lazy: plain-text runs never need them
        from annalyst.clean import interface, language, normalize, patterns

        language._identifier()
        language.function_words()
        language.common_words()
        patterns.boilerplate_patterns()
        patterns.spam_terms()
        patterns.bio_terms()
        interface.vocabulary()
        interface._cues()  # the vocabulary's words and shapes as one set and one pattern
        language.scripts()
        normalize.repair("caf\u00c3\u00a9")  # imports ftfy and builds its tables

    def process(self, doc: Document) -> Document:
        return clean_document(doc, languages=self.languages, site_lines=self.site_lines)

    def process_batch(self, docs: list[Document]) -> list[Document]:
        """Two passes: every page's short lines first (``SiteLines.expect``), then the cleaning, so
        that a site's first pages in the batch see the furniture its later pages repeat."""
        pages = [self._read(doc) for doc in docs]
        for doc, page in zip(docs, pages):
            if page is not None:
                self.site_lines.expect(self._site(doc, page), page.short_lines)
        try:
            return [self.guarded(doc, lambda d, p=page: self._clean(d, p)) for doc, page in zip(docs, pages)]
        finally:
            self.site_lines.forget_ahead()

    def _read(self, doc: Document) -> Optional[Page]:
        try:
            return read_page(doc)
        except Exception:  # the cleaning reads it again and records the failure
            return None

    @staticmethod
    def _site(doc: Document, page: Page) -> Optional[str]:
        return site_of(doc.url or (page.article.url if page.article else None))

    def _clean(self, doc: Document, page: Optional[Page]) -> Document:
        if page is not None:
            self.site_lines.arrive(self._site(doc, page), page.short_lines)
        return clean_document(doc, languages=self.languages, site_lines=self.site_lines, page=page)
