"""Keep only the article: HTML extraction, encoding repair, junk-line removal, language, duplicates.

Public: ``CleanStep`` and ``DedupStep`` (pipeline steps), ``clean_document(doc)``,
``clean_text(text)`` (plain text → `CleanedText`), ``extract_html(html)``, ``content_hash(text)``,
``normalize_text(text)``.  Data files and removal reasons: ``docs/reading-and-cleaning.md``.
"""

from annalyst.clean.dedup import DedupStep
from annalyst.clean.html import HtmlArticle, extract_html
from annalyst.clean.lines import CleanedText, clean_text
from annalyst.clean.normalize import content_hash, normalize_text
from annalyst.clean.step import ARTICLE_LANGUAGES, CleanStep, clean_document

__all__ = ["ARTICLE_LANGUAGES", "CleanStep", "CleanedText", "DedupStep", "HtmlArticle", "clean_document",
           "clean_text", "content_hash", "extract_html", "normalize_text"]
