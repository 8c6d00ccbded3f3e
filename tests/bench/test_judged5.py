"""``bench/data/judged-5``: the sixth judged set (Reuters-21578 wire stories, BBC News stories and GLOCON's South
African wire documents), its rules kept, its recall articles the ones its sampler draws, and the scores its README
reports."""

from __future__ import annotations

import json

import pytest

# one rule set and one bench loader for judged-2 .. judged-5
from tests.bench.test_judged3 import _lines, judgements_follow_the_rules, scores_as_judged, supplementary_consistent
from tests.bench.test_news_audit import na  # noqa: F401 (na: a fixture)
from tests.conftest import REPO

JUDGED = REPO / "bench" / "data"
JUDGED_5 = JUDGED / "judged-5"
REJUDGED_5 = JUDGED / "rejudged" / "judged-5" / "judgements.jsonl"


def test_judged_5_is_consistent():
    """Every produced event judged by the rules ('-' exactly where not real, a wrong root is a wrong code, classes
    from judged-3's list, a place for every real event); no article of another set; the BBC stories and GLOCON
    documents undated plain text; recall covers the 10 articles the sampler draws, and a found gold event points
    at an event judged real with source, target and root right."""
    sample = _lines(JUDGED_5 / "sample.jsonl")
    ids = [d["id"] for d in sample]
    judged = _lines(JUDGED_5 / "judgements.jsonl")
    recall = _lines(JUDGED_5 / "recall.jsonl")
    assert len(set(ids)) == 25 and len(judged) == 191 and len(recall) == 60
    assert sum(d["id"].startswith("reuters-") for d in sample) == 11
    undated = [d for d in sample if d["id"].startswith(("bbc-", "glocon-"))]
    assert len(undated) == 14 and all(d["published"] is None and d["text"] for d in undated)
    assert sum(d["id"].startswith("glocon-") for d in sample) == 5
    for other in ("judged-1", "judged-2", "judged-3", "judged-4"):
        assert not {d["id"] for d in _lines(JUDGED / other / "sample.jsonl")} & set(ids)
    judgements_follow_the_rules(JUDGED_5, ids, judged, recall)  # no web page: JUNK nowhere


def test_judged_5_glocon_documents_are_of_the_eval_test_half(shared_dir):
    """The GLOCON documents come from the TEST half of the split ``annalyst eval`` uses, never its dev half."""
    from annalyst.evaluate.run import load_glocon, split_half

    shared = shared_dir
    path = shared / "eval" / "glocon-protest" / "document_Sabinet_R.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval/glocon-protest is not here")
    by_id = {json.loads(line)["id"]: json.loads(line)["url"] for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()}
    dev = split_half([doc for _, _, doc in load_glocon(shared)], "dev")
    test = split_half([doc for _, _, doc in load_glocon(shared)], "test")
    docs = [d["id"].removeprefix("glocon-") for d in _lines(JUDGED_5 / "sample.jsonl") if d["id"].startswith("glocon-")]
    assert len(docs) == 5 and all(by_id[d] in test and by_id[d] not in dev for d in docs)


def test_judged_5_supplementary_judgements_are_consistent():
    supplementary_consistent(JUDGED_5, REJUDGED_5)


def test_judged_5_scores_the_judged_tree_as_its_readme_says(na):
    scores_as_judged(na, "judged-5", JUDGED_5, 191, 16, EXPECTED)


# annalyst at 06c9f62 (the start of session 9), as judged: README "What it showed"
EXPECTED = {"real events": (126, 191), "source right": (68, 126), "target right": (68, 126), "root right": (110, 126),
            "code right": (99, 126), "date right": (123, 126), "flags right": (119, 126), "triple": (36, 191),
            "place carried": (27, 45), "place right": (18, 45), "place country right": (23, 45),
            "false place": (4, 75)}
