"""``bench/data/judged-8``: the ninth judged set, session 12's blind set (Reuters-21578 wire stories, BBC News
stories, GLOCON's South African wire documents and Times of India articles of IndiaPoliceEvents, judged-7's
sources, mix and rules), its recall articles the ones its sampler draws, and the scores its README reports."""

from __future__ import annotations

from tests.bench.test_judged3 import scores_as_judged, supplementary_consistent
from tests.bench.test_judged6 import (glocon_of_the_test_half_and_not_drawn_before,
                                      ipe_articles_are_their_sentences_in_order,
                                      ipe_of_the_test_half_and_no_bench_gold)
from tests.bench.test_judged7 import EARLIER_SETS, four_sources_consistent
from tests.bench.test_news_audit import na  # noqa: F401 (na: a fixture)
from tests.conftest import REPO

JUDGED = REPO / "bench" / "data"
JUDGED_8 = JUDGED / "judged-8"
REJUDGED_8 = JUDGED / "rejudged" / "judged-8" / "judgements.jsonl"


def test_judged_8_is_consistent():
    """judged-7's rules and shape (``four_sources_consistent``): every produced event judged, a place for every
    real event, no article of judged-1 … judged-7, recall over the 10 articles the sampler draws per source (every
    one with events to code), a found gold event pointing at an event judged real with source, target and root
    right."""
    four_sources_consistent(JUDGED_8, 200, 83, EARLIER_SETS + ("judged-7",))


def test_judged_8_ipe_and_glocon_are_of_the_eval_test_half_and_drawn_once(shared_dir):
    """The IndiaPoliceEvents articles are of the eval's test half, named by no bench gold and their sentences in
    order; the GLOCON documents are of the test half and none an earlier set's (judged-6's checks)."""
    ipe_of_the_test_half_and_no_bench_gold(shared_dir, JUDGED_8)
    ipe_articles_are_their_sentences_in_order(shared_dir, JUDGED_8)
    glocon_of_the_test_half_and_not_drawn_before(shared_dir, JUDGED_8, ("judged-5", "judged-6", "judged-7"), 4)


def test_judged_8_supplementary_lines_and_start_tree_scores(na):
    """The rejudged file names its tree and judge; the start tree's events, rebuilt from the judgements, score what
    the README reports."""
    supplementary_consistent(JUDGED_8, REJUDGED_8)
    scores_as_judged(na, "judged-8", JUDGED_8, 200, 13, EXPECTED)


# annalyst at 7eeba4b (the start of session 12), as judged: README "What it showed"
EXPECTED = {"real events": (144, 200), "source right": (71, 144), "target right": (66, 144), "root right": (131, 144),
            "code right": (116, 144), "date right": (140, 144), "flags right": (139, 144), "triple": (37, 200),
            "place carried": (40, 78), "place right": (32, 78), "place country right": (39, 78),
            "false place": (3, 55)}
