"""``bench/data/judged-4``: the fifth judged set (Reuters-21578 wire stories, BBC News stories and news web pages
read as HTML), its rules kept, its recall articles the ones its sampler draws, and the scores its README reports."""

from __future__ import annotations

# one rule set and one bench loader for judged-2, judged-3 and judged-4
from tests.bench.test_judged3 import (_lines, judgements_follow_the_rules, scores_as_judged,
                                      supplementary_consistent)
from tests.bench.test_news_audit import na  # noqa: F401 (na: a fixture)
from tests.conftest import REPO

JUDGED = REPO / "bench" / "data"
JUDGED_4 = JUDGED / "judged-4"
REJUDGED_4 = JUDGED / "rejudged" / "judged-4" / "judgements.jsonl"
WEB = ("zyte-", "trafilatura-")



def test_judged_4_is_consistent():
    """Every produced event judged by the rules ('-' exactly where not real, a wrong root is a wrong code, classes
    from judged-3's list, a place for every real event); no article of another set; the web pages are HTML
    (read through annalyst's reader and cleaner), the BBC stories undated; recall covers the 10 articles the
    sampler draws, and a found gold event points at an event judged real with source, target and root right."""
    sample = _lines(JUDGED_4 / "sample.jsonl")
    ids = [d["id"] for d in sample]
    judged = _lines(JUDGED_4 / "judgements.jsonl")
    recall = _lines(JUDGED_4 / "recall.jsonl")
    assert len(set(ids)) == 25 and len(judged) == 273 and len(recall) == 54
    web = [d for d in sample if d["id"].startswith(WEB)]
    assert len(web) == 5 and all("html" in d and "text" not in d and d["published"] for d in web)
    assert sum(d["id"].startswith("reuters-") for d in sample) == 11
    bbc = [d for d in sample if d["id"].startswith("bbc-")]
    assert len(bbc) == 9 and all(d["published"] is None for d in bbc)
    for other in ("judged-1", "judged-2", "judged-3"):
        assert not {d["id"] for d in _lines(JUDGED / other / "sample.jsonl")} & set(ids)
    assert not {d["url"] for d in web} & {d.get("url") for d in _lines(JUDGED / "judged-3" / "sample.jsonl")}
    judgements_follow_the_rules(JUDGED_4, ids, judged, recall, junk_in=WEB)


def test_judged_4_supplementary_judgements_are_consistent():
    supplementary_consistent(JUDGED_4, REJUDGED_4)


def test_judged_4_scores_the_judged_tree_as_its_readme_says(na):
    scores_as_judged(na, "judged-4", JUDGED_4, 273, 5, EXPECTED)


# annalyst at b0e6d74 (the start of session 8), as judged: README "What it showed"
EXPECTED = {"real events": (164, 273), "source right": (91, 164), "target right": (83, 164), "root right": (138, 164),
            "code right": (111, 164), "date right": (133, 164), "flags right": (154, 164), "triple": (46, 273),
            "place carried": (31, 50), "place right": (26, 50), "place country right": (28, 50),
            "false place": (13, 114)}
