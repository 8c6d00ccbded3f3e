"""HTML → article text and metadata, with trafilatura (main text, title, author, site) and htmldate.

trafilatura gives one line per paragraph, heading or list item; each becomes a paragraph of
``Document.text``, and then goes through the same line cleaner as plain text (the founding
example's junk survives HTML extraction just as well).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Optional

MAX_HTML_CHARS = 5_000_000  # larger pages are cut: lxml on tens of MB takes minutes


@dataclass
class HtmlArticle:
    text: str
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[dt.date] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    method: str = "trafilatura"  # or "fallback" (whole-page text, when no main text was found)


def _date(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class _TextCollector(HTMLParser):
    """Collects the text outside script/style/head, one block per line."""

    _HIDDEN = frozenset({"script", "style", "head", "noscript", "template"})
    _BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[no-untyped-def]
        if tag in self._HIDDEN:
            self.hidden_depth += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self.hidden_depth:
            self.hidden_depth -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            self.parts.append(data)


def visible_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)


def publication_date(html: str, url: Optional[str] = None) -> Optional[dt.date]:
    """The original publication date htmldate finds (not the last-modified date)."""
    from htmldate import find_date

    try:
        found = find_date(html, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None
    return _date(found)


def extract_html(html: str, url: Optional[str] = None) -> HtmlArticle:
    """Main text and metadata of a page; an empty ``text`` when the page holds no text at all."""
    import trafilatura

    html = html[:MAX_HTML_CHARS]
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    article = HtmlArticle(text=text or "", method="trafilatura")
    if extracted is not None:
        article.title = extracted.title or None
        article.author = extracted.author or None
        article.outlet = extracted.sitename or None
        article.url = extracted.url or url
        article.published = _date(extracted.date)
    if not article.text.strip():
        # no main text found: take the page's whole text and let the line cleaner drop furniture
        article.text = trafilatura.html2txt(html) or ""
        article.method = "fallback"
    if not article.text.strip():
        # lxml gives up on pathological trees (tens of thousands of nested tags); a streaming
        # parser has no depth limit, so the page's words are not lost
        article.text = visible_text(html)
        article.method = "fallback-stream"
    if article.published is None and article.text.strip():
        article.published = publication_date(html, url)
    return article
