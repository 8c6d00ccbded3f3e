"""``bench/news_audit.py``: matching produced events to judged ones, carrying verdicts, and a smoke run."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

JUDGED_1 = REPO / "bench" / "data" / "judged-1"
VERDICTS = ("real_event", "source_ok", "target_ok", "root_ok", "code_ok", "date_ok", "flags_ok")


@pytest.fixture(scope="module")
def na():
    spec = importlib.util.spec_from_file_location("news_audit", REPO / "bench" / "news_audit.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["news_audit"] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def _produced(article, sentence, trigger, source, target, cameo, date="2005-01-01", flags=()):
    return {"article": article, "text": sentence, "trigger": trigger, "cameo": cameo, "date": date,
            "source": {"text": "s", "code": source, "country": (source or "")[:3] or None},
            "target": {"text": "t", "code": target, "country": target[:3]} if target else None,
            "flags": list(flags)}


def _judged(idx, article, sentence, trigger, source, target, cameo, verdicts="YYYYYYY", date="2005-01-01"):
    v = dict(zip(VERDICTS, verdicts))
    return {"idx": idx, "article": article, "sentence": sentence, "trigger": trigger,
            "annalyst": {"source": source, "target": target, "cameo": cameo, "date": date, "flags": []}, **v}


def test_matching_pairs_by_sentence_trigger_then_agreement(na):
    sent = "He has visited Kosovo and Serbia."
    judged = [_judged(0, "a", sent, "visited", "UNOGOV", "KOS", "042"),
              _judged(1, "a", sent, "visited", "UNOGOV", "SRB", "042", verdicts="YYNYYYY"),
              _judged(2, "a", "Another sentence.", "said", None, None, "010")]
    produced = [_produced("a", "He has visited  Kosovo and Serbia.\n\n", "visited", "UNOGOV", "SRB", "042"),
                _produced("a", sent, "visited", "UNOGOV", "KOS", "042"),
                _produced("a", sent, "met", "UNOGOV", "KOS", "040"),  # another trigger: unjudged
                _produced("b", sent, "visited", "UNOGOV", "KOS", "042")]  # another article: unjudged
    matches, lost = na.match_events(produced, judged)
    assert [m.judged["idx"] if m.judged else None for m in matches] == [1, 0, None, None]
    assert [j["idx"] for j in lost] == [2]


def test_verdicts_carry_over_only_for_unchanged_fields(na):
    j = _judged(0, "a", "S.", "said", None, "USA", "010", verdicts="YNYYYYY")
    same = na.Match(_produced("a", "S.", "said", None, "USA", "010"), j)
    assert na.verdicts(same) == dict(zip(VERDICTS, "YNYYYYY"))
    fixed_source = na.Match(_produced("a", "S.", "said", "USAGOV", "USA", "012"), j)
    v = na.verdicts(fixed_source)
    assert v["source_ok"] is None and v["code_ok"] is None  # changed: a judge must look again
    assert (v["real_event"], v["root_ok"], v["target_ok"]) == ("Y", "Y", "Y")  # same root, same target


def test_score_counts_as_the_readme_defines(na):
    judged = [_judged(0, "a", "S1.", "said", "USAGOV", None, "010"),
              _judged(1, "a", "S2.", "attacked", None, "IRQ", "190", verdicts="YNYYYYY"),
              {**_judged(2, "a", "S3.", "trade", "USA", None, "061"), **dict.fromkeys(VERDICTS[1:], "-"),
               "real_event": "N"}]
    produced = [_produced("a", "S1.", "said", "USAGOV", None, "010"),
                _produced("a", "S2.", "attacked", None, "IRQ", "190"),
                _produced("a", "S3.", "trade", "USA", None, "061"),
                _produced("a", "S4.", "met", "USA", "IRQ", "040")]
    recall = [{"article": "a", "status": "found", "annalyst_event": 0, "source": ["USA"], "target": ["None"],
               "root": "01"},
              {"article": "a", "status": "missed", "annalyst_event": None, "source": ["USA"], "target": ["IRQ"],
               "root": "04"}]
    report, _ = na.score("t", produced, judged, recall, ["a"])
    assert (report.produced, report.matched, report.unjudged, report.lost) == (4, 3, 1, 0)
    assert (report.shares["real events"].right, report.shares["real events"].n) == (2, 3)
    assert (report.shares["source right"].right, report.shares["source right"].n) == (1, 2)
    assert (report.shares["triple"].right, report.shares["triple"].n) == (1, 3)
    assert (report.recall.right, report.recall.n, report.recall_candidates) == (1, 2, 1)


def test_judged_1_is_consistent():
    """The stored judgements obey the README's rules: one verdict set per produced event, '-' exactly
    where the event is not real, a wrong root is a wrong code, recall links point into the article."""
    sample = {json.loads(line)["id"] for line in (JUDGED_1 / "sample.jsonl").read_text().splitlines()}
    judged = [json.loads(line) for line in (JUDGED_1 / "judgements.jsonl").read_text().splitlines()]
    recall = [json.loads(line) for line in (JUDGED_1 / "recall.jsonl").read_text().splitlines()]
    assert len(sample) == 24 and len(judged) == 151 and len(recall) == 45
    assert [j["idx"] for j in judged] == list(range(len(judged)))
    by_idx = {j["idx"]: j for j in judged}
    for j in judged:
        assert j["article"] in sample and j["sentence"] and j["trigger"] and j["reason"] is not None
        if j["real_event"] == "N":
            assert all(j[v] == "-" for v in VERDICTS[1:6]), j["idx"]
        else:
            assert j["real_event"] == "Y" and all(j[v] in ("Y", "N", "C") for v in VERDICTS[1:]), j["idx"]
            assert not (j["root_ok"] == "N" and j["code_ok"] == "Y"), j["idx"]
    for r in recall:
        assert r["status"] in ("found", "partial", "missed") and len(r["root"]) == 2
        assert all(by_idx[i]["article"] == r["article"] for i in r["annalyst_events_for_this_happening"])
        assert (r["status"] == "found") == (r["annalyst_event"] is not None)
        assert (r["status"] == "missed") == (not r["annalyst_events_for_this_happening"])
    assert len({r["article"] for r in recall}) == 10


@pytest.mark.slow
def test_smoke_run_on_two_articles():
    done = subprocess.run([sys.executable, str(REPO / "bench" / "news_audit.py"), "--set", "judged-1",
                           "--articles", "2", "--json"], capture_output=True, text=True, timeout=600, check=False,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["set"] == "judged-1" and report["articles"] == 2 and report["produced"] > 0
    assert report["matched"] + report["unjudged"] == report["produced"]
    metrics = report["metrics"]
    assert set(metrics) == {"real events", "source right", "target right", "root right", "code right",
                            "date right", "flags right", "triple", "recall"}
    assert metrics["real events"]["n"] + metrics["real events"]["changed"] == report["matched"]
    assert all(0 <= m["right"] <= m["n"] for m in metrics.values())


def test_unjudged_events_become_judgement_skeletons(na):
    judged = [_judged(0, "a", "S1.", "said", "USAGOV", None, "010")]
    produced = [_produced("a", "S1.", "said", "USAGOV", None, "010"), _produced("a", "S2.", "met", "USA", "IRQ", "040")]
    matches, _ = na.match_events(produced, judged)
    (line,) = na.skeletons(matches, 7)
    assert (line["idx"], line["sentence"], line["trigger"], line["annalyst"]["cameo"]) == (7, "S2.", "met", "040")
    assert all(line[v] == "" for v in VERDICTS) and line["error_classes"] == []
