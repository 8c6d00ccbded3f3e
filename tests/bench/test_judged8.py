"""``bench/data/judged-8``: the ninth judged set, session 12's blind set (Reuters-21578 wire stories, BBC News
stories, GLOCON's South African wire documents and Times of India articles of IndiaPoliceEvents, judged-7's
sources, mix and rules), its recall articles the ones its sampler draws, and the scores its README reports."""

from __future__ import annotations

from tests.bench.test_judged3 import _lines, judgements_follow_the_rules, scores_as_judged, supplementary_consistent
from tests.bench.test_judged6 import (glocon_of_the_test_half_and_not_drawn_before,
                                      ipe_articles_are_their_sentences_in_order,
                                      ipe_of_the_test_half_and_no_bench_gold)
from tests.bench.test_news_audit import na  # noqa: F401 (na: a fixture)
from tests.conftest import REPO

JUDGED = REPO / "bench" / "data"
JUDGED_8 = JUDGED / "judged-8"
REJUDGED_8 = JUDGED / "rejudged" / "judged-8" / "judgements.jsonl"


def test_judged_8_is_consistent():
    """Every produced event judged by the rules ('-' exactly where not real, a wrong root is a wrong code, classes
    from judged-3's list, a place for every real event); no article of another set; the BBC stories and GLOCON
    documents undated plain text, the Times of India articles dated March 2002; recall covers the 10 articles the
    sampler draws (4 Reuters, 2 of each other source, every one with an event to code), and a found gold event
    points at an event judged real with source, target and root right."""
    sample = _lines(JUDGED_8 / "sample.jsonl")
    ids = [d["id"] for d in sample]
    judged = _lines(JUDGED_8 / "judgements.jsonl")
    recall = _lines(JUDGED_8 / "recall.jsonl")
    assert len(set(ids)) == 25 and len(judged) == 200 and len(recall) == 83
    assert sum(d["id"].startswith("reuters-") for d in sample) == 9
    assert sum(d["id"].startswith("bbc-") for d in sample) == 8
    undated = [d for d in sample if d["id"].startswith(("bbc-", "glocon-"))]
    assert len(undated) == 12 and all(d["published"] is None and d["text"] for d in undated)
    ipe = [d for d in sample if d["id"].startswith("ipe-")]
    assert len(ipe) == 4 and all(d["published"].startswith("2002-03-") and d["text"] for d in ipe)
    for other in ("judged-1", "judged-2", "judged-3", "judged-4", "judged-5", "judged-6", "judged-7"):
        assert not {d["id"] for d in _lines(JUDGED / other / "sample.jsonl")} & set(ids)
    judgements_follow_the_rules(JUDGED_8, ids, judged, recall)  # no web page: JUNK nowhere
    # the recall articles are drawn per source
    assert {r["article"].split("-")[0] for r in recall} == {"reuters", "bbc", "glocon", "ipe"}


def test_judged_8_ipe_articles_are_of_the_eval_test_half_and_no_bench_gold(shared_dir):
    ipe_of_the_test_half_and_no_bench_gold(shared_dir, JUDGED_8)


def test_judged_8_ipe_articles_are_their_sentences_in_order(shared_dir):
    ipe_articles_are_their_sentences_in_order(shared_dir, JUDGED_8)


def test_judged_8_glocon_documents_are_of_the_eval_test_half_and_not_drawn_before(shared_dir):
    glocon_of_the_test_half_and_not_drawn_before(shared_dir, JUDGED_8, ("judged-5", "judged-6", "judged-7"), 4)


def test_judged_8_supplementary_judgements_are_consistent():
    supplementary_consistent(JUDGED_8, REJUDGED_8)


def test_judged_8_scores_the_judged_tree_as_its_readme_says(na):
    scores_as_judged(na, "judged-8", JUDGED_8, 200, 13, EXPECTED)


# annalyst at 7eeba4b (the start of session 12), as judged: README "What it showed"
EXPECTED = {"real events": (144, 200), "source right": (70, 144), "target right": (65, 144), "root right": (131, 144),
            "code right": (116, 144), "date right": (140, 144), "flags right": (139, 144), "triple": (36, 200),
            "place carried": (40, 78), "place right": (32, 78), "place country right": (39, 78),
            "false place": (3, 55)}
