"""The judged sets drawn by judged-7's sampler (``draw()``) from its four sources — Reuters-21578 wire stories, BBC
News stories, GLOCON's South African wire documents and Times of India articles of IndiaPoliceEvents — one row per
set: judged-8 (session 12's blind set), judged-9 (session 13's), judged-10 (session 14's), judged-11 (session 15's,
with no GLOCON document left and its own mix), judged-12 (session 16's, judged-11's mix) and judged-13 (session 17's,
judged-12's mix).  Each is held to judged-7's rules and shape, its
IPE and GLOCON documents to the eval's test half (drawn once), its supplementary lines to their tree and judge, and
its start tree's scores, rebuilt from the judgements, to what its README reports ("What it showed").  A new set of
the same draw adds one row."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.bench.test_judged3 import scores_as_judged, supplementary_consistent
from tests.bench.test_judged6 import (glocon_of_the_test_half_and_not_drawn_before,
                                      ipe_articles_are_their_sentences_in_order,
                                      ipe_of_the_test_half_and_no_bench_gold)
from tests.bench.test_judged7 import EARLIER_SETS, MIX, four_sources_consistent
from tests.bench.test_news_audit import na  # noqa: F401 (na: a fixture)
from tests.conftest import REPO

JUDGED = REPO / "bench" / "data"


@dataclass(frozen=True)
class JudgedSet:
    name: str
    events: int  # events the start tree produced, every one judged
    gold: int  # the recall articles' gold events
    found: int  # of them found by the start tree
    earlier: tuple[str, ...]  # sets none of whose articles it may hold
    glocon_earlier: tuple[str, ...]  # sets whose GLOCON documents it may not draw again
    expected: dict  # the start tree's scores as judged: README "What it showed"
    glocon: int = 4  # GLOCON documents drawn: fewer where fewer were left (judged-7's draw() takes them whole)
    eventless: tuple[str, ...] = ()  # drawn recall articles with no event an analyst would code (no recall row)
    mix: dict | None = None  # Reuters/BBC/IPE articles drawn, where not judged-7's 9/8/4 (``MIX``)

    @property
    def folder(self):
        return JUDGED / self.name

    @property
    def rejudged(self):
        return JUDGED / "rejudged" / self.name / "judgements.jsonl"


SETS = [
    # annalyst at 7eeba4b (the start of session 12)
    JudgedSet("judged-8", 200, 83, 13, EARLIER_SETS + ("judged-7",), ("judged-5", "judged-6", "judged-7"),
              {"real events": (144, 200), "source right": (71, 144), "target right": (66, 144),
               "root right": (131, 144), "code right": (116, 144), "date right": (140, 144),
               "flags right": (139, 144), "triple": (37, 200), "place carried": (40, 78), "place right": (32, 78),
               "place country right": (39, 78), "false place": (3, 55)}),
    # annalyst at d53f68c (the start of session 13)
    JudgedSet("judged-9", 195, 67, 8, EARLIER_SETS + ("judged-7", "judged-8"),
              ("judged-5", "judged-6", "judged-7", "judged-8"),
              {"real events": (131, 195), "source right": (77, 131), "target right": (68, 131),
               "root right": (121, 131), "code right": (106, 131), "date right": (122, 131),
               "flags right": (125, 131), "triple": (35, 195), "place carried": (58, 74), "place right": (46, 74),
               "place country right": (55, 74), "false place": (1, 56)}),
    # annalyst at 3caa133 (the start of session 14); only 3 GLOCON documents were left to draw
    JudgedSet("judged-10", 159, 58, 19, EARLIER_SETS + ("judged-7", "judged-8", "judged-9"),
              ("judged-5", "judged-6", "judged-7", "judged-8", "judged-9"),
              {"real events": (125, 159), "source right": (74, 125), "target right": (87, 125),
               "root right": (112, 125), "code right": (105, 125), "date right": (120, 125),
               "flags right": (120, 125), "triple": (55, 159), "place carried": (34, 59), "place right": (29, 59),
               "place country right": (32, 59), "false place": (5, 62)},
              glocon=3, eventless=("glocon-5dc271f06c767a0017f2c360", "ipe-1053")),
    # annalyst at ccc6ec7 (the start of session 15); no GLOCON document left: 10 Reuters, 9 BBC, 5 IPE
    JudgedSet("judged-11", 147, 81, 21, EARLIER_SETS + ("judged-7", "judged-8", "judged-9", "judged-10"),
              ("judged-5", "judged-6", "judged-7", "judged-8", "judged-9", "judged-10"),
              {"real events": (123, 147), "source right": (82, 123), "target right": (90, 123),
               "root right": (114, 123), "code right": (104, 123), "date right": (116, 123),
               "flags right": (120, 123), "triple": (61, 147), "place carried": (35, 55), "place right": (21, 55),
               "place country right": (29, 55), "false place": (12, 67)},
              glocon=0, mix={"reuters": 10, "bbc": 9, "ipe": 5}),
    # annalyst at c5891b3 (the start of session 16); judged-11's mix: 10 Reuters, 9 BBC, 5 IPE, no GLOCON
    JudgedSet("judged-12", 169, 92, 28, EARLIER_SETS + ("judged-7", "judged-8", "judged-9", "judged-10", "judged-11"),
              ("judged-5", "judged-6", "judged-7", "judged-8", "judged-9", "judged-10", "judged-11"),
              {"real events": (134, 169), "source right": (106, 134), "target right": (94, 134),
               "root right": (122, 134), "code right": (118, 134), "date right": (130, 134),
               "flags right": (124, 134), "triple": (65, 169), "place carried": (53, 73), "place right": (47, 73),
               "place country right": (48, 73), "false place": (11, 58)},
              glocon=0, mix={"reuters": 10, "bbc": 9, "ipe": 5}),
    # annalyst at bffe9c4 (the start of session 17); judged-12's mix; one drawn recall article holds no event to code
    JudgedSet("judged-13", 175, 52, 13,
              EARLIER_SETS + ("judged-7", "judged-8", "judged-9", "judged-10", "judged-11", "judged-12"),
              ("judged-5", "judged-6", "judged-7", "judged-8", "judged-9", "judged-10", "judged-11", "judged-12"),
              {"real events": (126, 175), "source right": (89, 126), "target right": (63, 126),
               "root right": (112, 126), "code right": (102, 126), "date right": (113, 126),
               "flags right": (120, 126), "triple": (45, 175), "place carried": (42, 62), "place right": (31, 62),
               "place country right": (42, 62), "false place": (9, 61)},
              glocon=0, eventless=("reuters-5221",), mix={"reuters": 10, "bbc": 9, "ipe": 5}),
]
IDS = [s.name for s in SETS]


@pytest.mark.parametrize("judged", SETS, ids=IDS)
def test_the_set_is_consistent(judged: JudgedSet):
    """judged-7's rules and shape (``four_sources_consistent``): every produced event judged, a place for every
    real event, no article of an earlier set, recall over the 10 articles the sampler draws per source (but those
    with no event to code, ``eventless``), a found gold event pointing at an event judged real with source, target and root right."""
    four_sources_consistent(judged.folder, judged.events, judged.gold, judged.earlier, judged.eventless, judged.glocon,
                            judged.mix)


@pytest.mark.parametrize("judged", SETS, ids=IDS)
def test_ipe_and_glocon_are_of_the_eval_test_half_and_drawn_once(judged: JudgedSet, shared_dir):
    """The IndiaPoliceEvents articles are of the eval's test half, named by no bench gold and their sentences in
    order; the GLOCON documents are of the test half and none an earlier set's (judged-6's checks)."""
    ipe_of_the_test_half_and_no_bench_gold(shared_dir, judged.folder, (judged.mix or MIX)["ipe"])
    ipe_articles_are_their_sentences_in_order(shared_dir, judged.folder)
    glocon_of_the_test_half_and_not_drawn_before(shared_dir, judged.folder, judged.glocon_earlier, judged.glocon)


@pytest.mark.parametrize("judged", SETS, ids=IDS)
def test_supplementary_lines_and_start_tree_scores(judged: JudgedSet, na):
    """The rejudged file names its tree and judge; the start tree's events, rebuilt from the judgements, score what
    the README reports."""
    supplementary_consistent(judged.folder, judged.rejudged)
    scores_as_judged(na, judged.name, judged.folder, judged.events, judged.found, judged.expected)
