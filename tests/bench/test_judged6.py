"""``bench/data/judged-6``: the seventh judged set (Reuters-21578 wire stories, BBC News stories, GLOCON's South
African wire documents and Times of India articles of IndiaPoliceEvents), its rules kept, its recall articles the
ones its sampler draws, and the scores its README reports."""

from __future__ import annotations

import csv
import json
import re

import pytest

# one rule set and one bench loader for judged-2 .. judged-6
from tests.bench.test_judged3 import _lines, judgements_follow_the_rules, scores_as_judged, supplementary_consistent
from tests.bench.test_news_audit import na  # noqa: F401 (na: a fixture)
from tests.conftest import REPO

JUDGED = REPO / "bench" / "data"
JUDGED_6 = JUDGED / "judged-6"
REJUDGED_6 = JUDGED / "rejudged" / "judged-6" / "judgements.jsonl"


def test_judged_6_is_consistent():
    """Every produced event judged by the rules ('-' exactly where not real, a wrong root is a wrong code, classes
    from judged-3's list, a place for every real event); no article of another set; the BBC stories and GLOCON
    documents undated plain text, the Times of India articles dated March 2002; recall covers the 10 articles the
    sampler draws, and a found gold event points at an event judged real with source, target and root right."""
    sample = _lines(JUDGED_6 / "sample.jsonl")
    ids = [d["id"] for d in sample]
    judged = _lines(JUDGED_6 / "judgements.jsonl")
    recall = _lines(JUDGED_6 / "recall.jsonl")
    assert len(set(ids)) == 25 and len(judged) == 202 and len(recall) == 67
    assert sum(d["id"].startswith("reuters-") for d in sample) == 9
    assert sum(d["id"].startswith("bbc-") for d in sample) == 8
    undated = [d for d in sample if d["id"].startswith(("bbc-", "glocon-"))]
    assert len(undated) == 12 and all(d["published"] is None and d["text"] for d in undated)
    ipe = [d for d in sample if d["id"].startswith("ipe-")]
    assert len(ipe) == 4 and all(d["published"].startswith("2002-03-") and d["text"] for d in ipe)
    for other in ("judged-1", "judged-2", "judged-3", "judged-4", "judged-5"):
        assert not {d["id"] for d in _lines(JUDGED / other / "sample.jsonl")} & set(ids)
    judgements_follow_the_rules(JUDGED_6, ids, judged, recall)  # no web page: JUNK nowhere


def test_judged_6_ipe_articles_are_of_the_eval_test_half_and_no_bench_gold(shared_dir):
    ipe_of_the_test_half_and_no_bench_gold(shared_dir, JUDGED_6)


def ipe_of_the_test_half_and_no_bench_gold(shared_dir, folder, count=4):
    """The ``count`` IndiaPoliceEvents articles come from the TEST half of the split ``annalyst eval`` uses, and no
    bench gold (incidents, incident dates, locations) names them."""
    from annalyst.evaluate.run import load_india, split_half

    if not (shared_dir / "eval" / "india-police-events" / "sents.csv").exists():
        pytest.skip("../shared/eval/india-police-events is not here")
    rows = load_india(shared_dir)
    dev, test = split_half([r[3] for r in rows], "dev"), split_half([r[3] for r in rows], "test")
    docs = [d["id"].removeprefix("ipe-") for d in _lines(folder / "sample.jsonl") if d["id"].startswith("ipe-")]
    assert len(docs) == count and all(d in test and d not in dev for d in docs)
    golds = "\n".join(p.read_text(encoding="utf-8") for p in (
        JUDGED / "locations" / "incidents.tsv", JUDGED / "locations" / "gold.tsv",
        JUDGED / "incident-dates-1" / "gold.jsonl"))
    named = set(re.findall(r"\bipe-(\d+)", golds)) | set(re.findall(r'"doc_id":\s*"?(\d+)', golds))
    assert not named & set(docs)


def test_judged_6_ipe_articles_are_their_sentences_in_order(shared_dir):
    ipe_articles_are_their_sentences_in_order(shared_dir, JUDGED_6)


def ipe_articles_are_their_sentences_in_order(shared_dir, folder):
    """An IndiaPoliceEvents article is rebuilt from its sentences in order (the site's banner line dropped), as
    the corpus gives them, and dated by ``metadata.csv``."""
    corpus = shared_dir / "eval" / "india-police-events"
    if not (corpus / "sents.csv").exists():
        pytest.skip("../shared/eval/india-police-events is not here")
    csv.field_size_limit(1 << 30)
    sample = {d["id"].removeprefix("ipe-"): d for d in _lines(folder / "sample.jsonl") if d["id"].startswith("ipe-")}
    with (corpus / "metadata.csv").open(encoding="utf-8", newline="") as fh:
        dates = {r["doc_id"]: r["date"] for r in csv.DictReader(fh) if r["doc_id"] in sample}
    sents: dict[str, list[tuple[int, str]]] = {}
    with (corpus / "sents.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            text = " ".join(r["sent_text"].split())
            if r["doc_id"] in sample and text and not text.startswith("This story is from "):
                sents.setdefault(r["doc_id"], []).append((int(r["sent_id"]), text))
    for doc, d in sample.items():
        assert d["text"] == " ".join(t for _, t in sorted(sents[doc])) + "\n" and d["published"] == dates[doc]


def test_judged_6_glocon_documents_are_of_the_eval_test_half_and_not_judged_5s(shared_dir):
    glocon_of_the_test_half_and_not_drawn_before(shared_dir, JUDGED_6, ("judged-5",), 4)


def glocon_of_the_test_half_and_not_drawn_before(shared_dir, folder, earlier, count):
    """The set's GLOCON documents are of the eval's test half and none of them an earlier set's."""
    from annalyst.evaluate.run import load_glocon, split_half

    path = shared_dir / "eval" / "glocon-protest" / "document_Sabinet_R.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval/glocon-protest is not here")
    by_id = {json.loads(line)["id"]: json.loads(line)["url"] for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()}
    test = split_half([doc for _, _, doc in load_glocon(shared_dir)], "test")
    docs = [d["id"].removeprefix("glocon-") for d in _lines(folder / "sample.jsonl") if d["id"].startswith("glocon-")]
    assert len(docs) == count and all(by_id[d] in test for d in docs)
    for other in earlier:
        assert not {f"glocon-{d}" for d in docs} & {d["id"] for d in _lines(JUDGED / other / "sample.jsonl")}


def test_judged_6_supplementary_judgements_are_consistent():
    supplementary_consistent(JUDGED_6, REJUDGED_6)


def test_judged_6_scores_the_judged_tree_as_its_readme_says(na):
    scores_as_judged(na, "judged-6", JUDGED_6, 202, 14, EXPECTED)


# annalyst at 643c1ff (the start of session 10), as judged: README "What it showed"
EXPECTED = {"real events": (163, 202), "source right": (90, 163), "target right": (102, 163), "root right": (144, 163),
            "code right": (133, 163), "date right": (151, 163), "flags right": (159, 163), "triple": (56, 202),
            "place carried": (52, 84), "place right": (41, 84), "place country right": (52, 84),
            "false place": (11, 71)}
