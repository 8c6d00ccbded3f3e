"""``bench/data/judged-7``: the eighth judged set, session 11's blind set (Reuters-21578 wire stories, BBC News
stories, GLOCON's South African wire documents and Times of India articles of IndiaPoliceEvents, judged-6's
sources and rules), its recall articles the ones its sampler draws, and the scores its README reports."""

from __future__ import annotations

from tests.bench.test_judged3 import _lines, judgements_follow_the_rules, scores_as_judged, supplementary_consistent
from tests.bench.test_judged6 import (glocon_of_the_test_half_and_not_drawn_before,
                                      ipe_articles_are_their_sentences_in_order,
                                      ipe_of_the_test_half_and_no_bench_gold)
from tests.bench.test_news_audit import na  # noqa: F401 (na: a fixture)
from tests.conftest import REPO

JUDGED = REPO / "bench" / "data"
JUDGED_7 = JUDGED / "judged-7"
REJUDGED_7 = JUDGED / "rejudged" / "judged-7" / "judgements.jsonl"
# a recall article the sampler drew in which the judge found no event an analyst would code (README "Recall")
EVENTLESS = ("reuters-3451",)


def test_judged_7_is_consistent():
    """Every produced event judged by the rules ('-' exactly where not real, a wrong root is a wrong code, classes
    from judged-3's list, a place for every real event); no article of another set; the BBC stories and GLOCON
    documents undated plain text, the Times of India articles dated March 2002; recall covers the 10 articles the
    sampler draws (4 Reuters, 2 of each other source; one without an event to code), and a found gold event
    points at an event judged real with source, target and root right."""
    four_sources_consistent(JUDGED_7, 210, 78, EARLIER_SETS, EVENTLESS)


# the sets drawn before judged-7: none of their articles is drawn again
EARLIER_SETS = ("judged-1", "judged-2", "judged-3", "judged-4", "judged-5", "judged-6")


# judged-7's mix of the three sources that never ran short (GLOCON's count is ``glocon``): a later set whose pools
# ran short draws another (``sampling.Mix``) and passes it
MIX = {"reuters": 9, "bbc": 8, "ipe": 4}


def four_sources_consistent(folder, events, recall_rows, earlier, eventless=(), glocon=4, mix=None):
    """judged-7's shape (also judged-8's): 25 articles, 9 Reuters, 8 BBC and 4 GLOCON undated, 4 Times of India
    dated March 2002, none of an ``earlier`` set; ``events`` judgements and ``recall_rows`` recall rows by the rules,
    the recall articles drawn per source (``eventless``: drawn recall articles without an event to code).
    ``glocon``: the GLOCON documents the draw found left (fewer than 4 are taken whole, judged-7's ``draw()``);
    ``mix``: the Reuters, BBC and IndiaPoliceEvents articles drawn (``MIX`` unless the set names its own)."""
    mix = {**MIX, **(mix or {})}
    sample = _lines(folder / "sample.jsonl")
    ids = [d["id"] for d in sample]
    judged = _lines(folder / "judgements.jsonl")
    recall = _lines(folder / "recall.jsonl")
    assert len(set(ids)) == sum(mix.values()) + glocon and len(judged) == events and len(recall) == recall_rows
    assert sum(d["id"].startswith("reuters-") for d in sample) == mix["reuters"]
    assert sum(d["id"].startswith("bbc-") for d in sample) == mix["bbc"]
    assert sum(d["id"].startswith("glocon-") for d in sample) == glocon
    undated = [d for d in sample if d["id"].startswith(("bbc-", "glocon-"))]
    assert len(undated) == mix["bbc"] + glocon and all(d["published"] is None and d["text"] for d in undated)
    ipe = [d for d in sample if d["id"].startswith("ipe-")]
    assert len(ipe) == mix["ipe"] and all(d["published"].startswith("2002-03-") and d["text"] for d in ipe)
    for other in earlier:
        assert not {d["id"] for d in _lines(JUDGED / other / "sample.jsonl")} & set(ids)
    judgements_follow_the_rules(folder, ids, judged, recall, eventless=eventless)  # no web page: JUNK nowhere
    # the recall articles are drawn per source, from every source the sample holds
    drawn = {a.split("-")[0] for a in {r["article"] for r in recall} | set(eventless)}
    assert drawn == {source for source, n in {**mix, "glocon": glocon}.items() if n}


def test_judged_7_ipe_articles_are_of_the_eval_test_half_and_no_bench_gold(shared_dir):
    ipe_of_the_test_half_and_no_bench_gold(shared_dir, JUDGED_7)


def test_judged_7_ipe_articles_are_their_sentences_in_order(shared_dir):
    ipe_articles_are_their_sentences_in_order(shared_dir, JUDGED_7)


def test_judged_7_glocon_documents_are_of_the_eval_test_half_and_not_drawn_before(shared_dir):
    glocon_of_the_test_half_and_not_drawn_before(shared_dir, JUDGED_7, ("judged-5", "judged-6"), 4)


def test_judged_7_supplementary_judgements_are_consistent():
    supplementary_consistent(JUDGED_7, REJUDGED_7)


def test_judged_7_scores_the_judged_tree_as_its_readme_says(na):
    scores_as_judged(na, "judged-7", JUDGED_7, 210, 9, EXPECTED)


# annalyst at 0ca2d98 (the start of session 11), as judged: README "What it showed"
EXPECTED = {"real events": (171, 210), "source right": (77, 171), "target right": (95, 171), "root right": (157, 171),
            "code right": (143, 171), "date right": (156, 171), "flags right": (165, 171), "triple": (39, 210),
            "place carried": (53, 87), "place right": (45, 87), "place country right": (52, 87),
            "false place": (7, 78)}
