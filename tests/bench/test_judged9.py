"""``bench/data/judged-9``: the tenth judged set, session 13's blind set (Reuters-21578 wire stories, BBC News
stories, GLOCON's South African wire documents and Times of India articles of IndiaPoliceEvents, judged-7's
sources, mix and rules, drawn as judged-8 was), its recall articles the ones its sampler draws, and the scores its
README reports."""

from __future__ import annotations

from tests.bench.test_judged3 import scores_as_judged, supplementary_consistent
from tests.bench.test_judged6 import (glocon_of_the_test_half_and_not_drawn_before,
                                      ipe_articles_are_their_sentences_in_order,
                                      ipe_of_the_test_half_and_no_bench_gold)
from tests.bench.test_judged7 import EARLIER_SETS, four_sources_consistent
from tests.bench.test_news_audit import na  # noqa: F401 (na: a fixture)
from tests.conftest import REPO

JUDGED = REPO / "bench" / "data"
JUDGED_9 = JUDGED / "judged-9"
REJUDGED_9 = JUDGED / "rejudged" / "judged-9" / "judgements.jsonl"


def test_judged_9_is_consistent():
    """judged-7's rules and shape (``four_sources_consistent``): every produced event judged, a place for every
    real event, no article of judged-1 … judged-8, recall over the 10 articles the sampler draws per source (every
    one with events to code), a found gold event pointing at an event judged real with source, target and root
    right."""
    four_sources_consistent(JUDGED_9, 195, 67, EARLIER_SETS + ("judged-7", "judged-8"))


def test_judged_9_ipe_and_glocon_are_of_the_eval_test_half_and_drawn_once(shared_dir):
    """The IndiaPoliceEvents articles are of the eval's test half, named by no bench gold and their sentences in
    order; the GLOCON documents are of the test half and none an earlier set's (judged-6's checks)."""
    ipe_of_the_test_half_and_no_bench_gold(shared_dir, JUDGED_9)
    ipe_articles_are_their_sentences_in_order(shared_dir, JUDGED_9)
    glocon_of_the_test_half_and_not_drawn_before(shared_dir, JUDGED_9, ("judged-5", "judged-6", "judged-7",
                                                                        "judged-8"), 4)


def test_judged_9_supplementary_lines_and_start_tree_scores(na):
    """The rejudged file names its tree and judge; the start tree's events, rebuilt from the judgements, score what
    the README reports."""
    supplementary_consistent(JUDGED_9, REJUDGED_9)
    scores_as_judged(na, "judged-9", JUDGED_9, 195, 8, EXPECTED)


# annalyst at d53f68c (the start of session 13), as judged: README "What it showed"
EXPECTED = {"real events": (131, 195), "source right": (77, 131), "target right": (68, 131), "root right": (121, 131),
            "code right": (106, 131), "date right": (122, 131), "flags right": (125, 131), "triple": (35, 195),
            "place carried": (58, 74), "place right": (46, 74), "place country right": (55, 74),
            "false place": (1, 56)}
