"""The founding article: the junk goes with the right reasons, every paragraph stays, metadata is read."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.clean import clean_document, normalize_text
from annalyst.model import Status
from annalyst.read import iter_documents


@pytest.fixture(scope="module")
def cleaned(example_path):
    (doc,) = iter_documents([str(example_path)])
    raw = doc.raw
    return raw, clean_document(doc)


def test_metadata(cleaned):
    _, doc = cleaned
    assert doc.status is Status.PENDING
    assert doc.title == "DPRK Recognizes Donetsk and Lugansk"
    assert doc.published == dt.date(2022, 7, 18)
    assert doc.author == "Konstantin Asmolov"
    assert doc.outlet == "New Eastern Outlook"
    assert doc.language == "en"
    assert doc.content_hash and len(doc.content_hash) == 40
    assert doc.meta["author_bio"].startswith("Konstantin Asmolov, PhD")


def test_junk_removed_with_reasons(cleaned):
    _, doc = cleaned
    reasons = [r.reason for r in doc.removed]
    assert reasons.count("spam:language:tr") == 2
    assert "boilerplate:download-prompt" in reasons
    assert "author-bio" in reasons
    assert {"front-matter:title", "front-matter:byline"} <= set(reasons)
    for marker in ("siteleri", "Please select digest", "PhD in History", "Author:"):
        assert marker not in doc.text


def test_every_article_paragraph_kept_in_order(cleaned):
    raw, doc = cleaned
    removed = {r.line_no for r in doc.removed}
    expected = [line for no, line in enumerate(normalize_text(raw).split("\n")) if line and no not in removed]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == expected
    assert len(paragraphs) >= 15
    assert paragraphs[0].startswith("July 13, 2022 North Korea has officially recognized")
    assert paragraphs[-1].endswith("Moscow will remember what Pyongyang has done.")


def test_offsets_are_final(cleaned):
    _, doc = cleaned
    assert doc.text == doc.text.strip() and "\n\n\n" not in doc.text
