"""CleanStep's two passes over a batch: a site's first pages see the furniture its later pages repeat."""

from __future__ import annotations

from annalyst.clean import CleanStep
from annalyst.clean.interface import SiteLines
from annalyst.model import Document

ARTICLE = [
    "Observers from the United Nations arrived in Geneva on Monday to monitor the ceasefire line.",
    "The mission will report to the Security Council within a month, a spokesman said.",
    "Both governments said they would cooperate with the observers during their visit.",
]
STRAPLINE = "The latest on artificial intelligence, from machine learning to computer vision and more"


def _pages(site: str = "news.example.com") -> list[Document]:
    return [Document(doc_id=f"p{i}", source=f"p{i}", raw="\n\n".join([ARTICLE[0], STRAPLINE, *ARTICLE[1:]]),
                     url=f"https://{site}/story/{i}") for i in range(3)]


def _strapline_reasons(docs: list[Document]) -> list[str | None]:
    for doc in docs:
        assert all(paragraph in doc.text for paragraph in ARTICLE)
    return [next((r.reason for r in doc.removed if r.text == STRAPLINE), None) for doc in docs]


def test_a_batch_sees_the_site_lines_of_its_later_pages():
    step = CleanStep()
    assert _strapline_reasons(step.process_batch(_pages())) == ["boilerplate:furniture"] * 3
    # each page counted once the batch is done, as one by one
    assert step.site_lines.pages_with("news.example.com", STRAPLINE) == 3


def test_one_record_at_a_time_sees_only_the_earlier_pages():
    step = CleanStep()
    assert _strapline_reasons([step.process(doc) for doc in _pages()]) == [None, None, "boilerplate:furniture"]


def test_a_line_on_one_page_of_each_site_is_no_sites_furniture():
    step = CleanStep()
    docs = [doc for site in ("a.example", "b.example", "c.example") for doc in _pages(site)[:1]]
    assert _strapline_reasons(step.process_batch(docs)) == [None, None, None]


def test_expected_pages_count_until_they_arrive():
    memory = SiteLines()
    memory.add_page("s", ["Most read"])
    memory.expect("s", ["Most read", "Sport"])
    memory.expect("s", ["Most read"])
    memory.expect(None, ["Most read"])
    assert (memory.pages_with("s", "most read"), memory.pages_in_run("Most read")) == (3, 4)
    memory.arrive("s", ["Most read", "Sport"])
    assert (memory.pages_with("s", "Most read"), memory.pages_with("s", "Sport")) == (2, 0)
    memory.forget_ahead()
    assert (memory.pages_with("s", "Most read"), memory.pages_in_run("Most read")) == (1, 1)
