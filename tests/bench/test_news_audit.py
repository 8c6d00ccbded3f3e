"""``bench/news_audit.py``: matching produced events to judged ones, carrying verdicts, and a smoke run."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, SHARED

JUDGED_1 = REPO / "bench" / "data" / "judged-1"
JUDGED_2 = REPO / "bench" / "data" / "judged-2"
REJUDGED = REPO / "bench" / "data" / "rejudged"
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
@pytest.mark.parametrize("name,places", [("judged-1", False), ("judged-2", True), ("judged-3", True)])
def test_smoke_run_on_two_articles(name, places):
    done = subprocess.run([sys.executable, str(REPO / "bench" / "news_audit.py"), "--set", name,
                           "--articles", "2", "--json"], capture_output=True, text=True, timeout=600, check=False,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["set"] == name and report["articles"] == 2 and report["produced"] > 0
    assert report["matched"] + report["unjudged"] == report["produced"]
    metrics = report["metrics"]
    assert set(metrics) == {"real events", "source right", "target right", "root right", "code right",
                            "date right", "flags right", "triple", "real events (default output)",
                            "triple (default output)", "recall"} | (PLACE_METRICS if places else set())
    assert metrics["real events"]["n"] + metrics["real events"]["changed"] == report["matched"]
    assert all(0 <= m["right"] <= m["n"] for m in metrics.values())


def test_unjudged_events_become_judgement_skeletons(na):
    judged = [_judged(0, "a", "S1.", "said", "USAGOV", None, "010")]
    produced = [_produced("a", "S1.", "said", "USAGOV", None, "010"), _produced("a", "S2.", "met", "USA", "IRQ", "040")]
    matches, _ = na.match_events(produced, judged)
    (line,) = na.skeletons(matches, 7)
    assert (line["idx"], line["sentence"], line["trigger"], line["annalyst"]["cameo"]) == (7, "S2.", "met", "040")
    assert all(line[v] == "" for v in VERDICTS) and line["error_classes"] == []


def _write(path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")


def _later(line, rejudges=None, **extra):
    out = {**line, "judged_on": "0" * 40, "judge": "test", **extra}
    if rejudges is not None:
        out["rejudges"] = rejudges
    return out


def test_supplementary_judgements_load_after_the_sets_own(na, tmp_path):
    own = [_judged(0, "a", "S1.", "said", None, None, "010", verdicts="YNYYYYY"),
           _judged(1, "a", "S2.", "met", "USA", "IRQ", "040")]
    later = [_later(_judged(2, "a", "S1.", "said", "USAGOV", None, "010"), rejudges=0)]
    _write(tmp_path / "set" / "judgements.jsonl", own)
    _write(tmp_path / "later.jsonl", later)
    loaded = na.load_judgements(tmp_path / "set", tmp_path / "later.jsonl")
    assert [(j["idx"], j.get("judged_on")) for j in loaded] == [(0, None), (1, None), (2, "0" * 40)]
    assert na.load_judgements(tmp_path / "set", tmp_path / "absent.jsonl") == own
    assert na.load_judgements(tmp_path / "set", None) == own
    _write(tmp_path / "nameless.jsonl", [{**later[0], "judge": ""}])
    with pytest.raises(SystemExit, match="no judge"):
        na.load_judgements(tmp_path / "set", tmp_path / "nameless.jsonl")
    _write(tmp_path / "reused.jsonl", [_later(_judged(1, "a", "S1.", "said", "USAGOV", None, "010"))])
    with pytest.raises(SystemExit, match="idx already used"):
        na.load_judgements(tmp_path / "set", tmp_path / "reused.jsonl")


def test_a_produced_event_pairs_with_the_judgement_of_its_fields(na):
    """The source was resolved after the set was judged: the supplementary judgement of the new source
    wins, the set's is superseded (not lost); a flags-only change, which agreement does not weigh, still
    goes to the judgement with the same flags; with all fields equal the newer judgement wins."""
    own = [_judged(0, "a", "S1.", "said", None, None, "010", verdicts="YNYYYYY"),
           _judged(1, "a", "S2.", "talks", "AZEGOV", None, "040", verdicts="YYYYYYN"),
           _judged(2, "a", "S3.", "met", "USA", "IRQ", "040", verdicts="YNYYYYY")]
    later = [_later(_judged(3, "a", "S1.", "said", "USAGOV", None, "010"), rejudges=0),
             _later({**_judged(4, "a", "S2.", "talks", "AZEGOV", None, "040"),
                     "annalyst": {**own[1]["annalyst"], "flags": ["planned"]}}, rejudges=1),
             _later(_judged(5, "a", "S3.", "met", "USA", "IRQ", "040"), rejudges=2)]
    produced = [_produced("a", "S1.", "said", "USAGOV", None, "010"),
                _produced("a", "S2.", "talks", "AZEGOV", None, "040", flags=["planned"]),
                _produced("a", "S3.", "met", "USA", "IRQ", "040")]
    matches, lost = na.match_events(produced, own + later)
    assert [m.judged["idx"] for m in matches] == [3, 4, 5]
    assert lost == []
    assert na.verdicts(matches[0])["source_ok"] == "Y" and na.verdicts(matches[2])["source_ok"] == "Y"
    report, _ = na.score("t", produced, own + later, [], ["a"])
    assert (report.matched, report.rejudged, report.unjudged, report.lost) == (3, 3, 0, 0)
    assert (report.shares["source right"].right, report.shares["source right"].n) == (3, 3)
    # without the supplement the old judgements pair, with their fields changed
    matches, _ = na.match_events(produced, own)
    assert [m.judged["idx"] for m in matches] == [0, 1, 2]
    assert na.verdicts(matches[0])["source_ok"] is None and na.verdicts(matches[1])["flags_ok"] is None


def test_a_dropped_uncoded_target_pairs_with_the_judgement_that_saw_none(na):
    """An uncoded target (no code, no country) and no target have the same judged field; the judgement whose
    target text is there exactly where the event's is wins the tie, so a later tree that drops the topic
    ("said the project had ...") pairs with the line judging no target, and the older tree with the older line."""
    said_topic = {**_judged(0, "a", "S1.", "said", "GBRGOV", None, "010", verdicts="YYNYYYY")}
    said_topic["annalyst"] = {**said_topic["annalyst"], "source_text": "government", "target_text": "project"}
    said_none = _later({**_judged(1, "a", "S1.", "said", "GBRGOV", None, "010"),
                        "annalyst": {**said_topic["annalyst"], "target_text": None}}, rejudges=0)
    topic = {**_produced("a", "S1.", "said", "GBRGOV", None, "010"), "target": {"text": "project", "code": None}}
    bare = _produced("a", "S1.", "said", "GBRGOV", None, "010")
    for produced, idx, ok in ((topic, 0, "N"), (bare, 1, "Y")):
        matches, _ = na.match_events([produced], [said_topic, said_none])
        assert matches[0].judged["idx"] == idx and na.verdicts(matches[0])["target_ok"] == ok


def test_recall_found_of_a_supplementary_judgement_counts_while_unchanged(na):
    own = [_judged(0, "a", "S1.", "killed", None, None, "183", verdicts="YYNYYYY")]
    later = [_later(_judged(1, "a", "S1.", "killed", None, "PAKCVL", "183"), rejudges=0, recall_found=["g1"])]
    recall = [{"article": "a", "gold": "g1", "status": "partial", "annalyst_event": None, "source": ["None"],
               "target": ["PAK"], "root": "18"},
              {"article": "a", "gold": "g2", "status": "missed", "annalyst_event": None, "source": ["PAK"],
               "target": ["PAK"], "root": "04"}]
    fixed = [_produced("a", "S1.", "killed", None, "PAKCVL", "183")]
    report, _ = na.score("t", fixed, own + later, recall, ["a"])
    assert (report.recall.right, report.recall.n) == (1, 2)
    moved = [_produced("a", "S1.", "killed", None, "PAKMIL", "183")]  # target changed again: not found
    report, _ = na.score("t", moved, own + later, recall, ["a"])
    assert (report.recall.right, report.recall.n) == (0, 2)


def test_a_line_that_re_judges_a_finding_line_finds_its_gold_while_right(na):
    """A gold event found by the set's line 0; a later line re-judges that event (its place, say) and still judges
    it real with source, target and root right: the gold stays found. Judged wrong by the later line, it is not."""
    own = [_judged(0, "a", "S1.", "killed", "PAKMIL", "PAKCVL", "183")]
    recall = [{"article": "a", "gold": "g1", "status": "found", "annalyst_event": 0, "source": ["PAK"],
               "target": ["PAK"], "root": "18"}]
    produced = [_produced("a", "S1.", "killed", "PAKMIL", "PAKCVL", "183")]
    for verdicts, found in (("YYYYYYY", 1), ("YYNYYYY", 0)):
        later = [_later(_judged(1, "a", "S1.", "killed", "PAKMIL", "PAKCVL", "183", verdicts=verdicts), rejudges=0)]
        report, _ = na.score("t", produced, own + later, recall, ["a"])
        assert (report.recall.right, report.recall.n) == (found, 1)


def test_changed_events_become_skeletons_with_the_verdicts_that_still_hold(na):
    judged = [{**_judged(0, "a", "S1.", "said", None, "USA", "010", verdicts="YNYYYYY"),
               "error_classes": ["UNRES"], "reason": "r", "should_be": "USAGOV 010"},
              _judged(1, "a", "S2.", "met", "USA", "IRQ", "040")]
    produced = [_produced("a", "S1.", "said", "USAGOV", "USA", "010"), _produced("a", "S2.", "met", "USA", "IRQ", "040")]
    matches, _ = na.match_events(produced, judged)
    (line,) = na.skeletons(matches, 9)
    assert (line["idx"], line["rejudges"], line["annalyst"]["source"]) == (9, 0, "USAGOV")
    assert [line[v] for v in VERDICTS] == ["Y", "", "Y", "Y", "Y", "Y", "Y"]
    assert (line["error_classes"], line["reason"], line["should_be"]) == (["UNRES"], "r", "USAGOV 010")


def test_skeletons_revise_the_sets_original_not_a_supplementary_line(na):
    """A changed event whose partner is a supplementary line revises what that line revises (the set's own
    judgement), or nothing when the line judged an event the set never had: the consistency test's rule."""
    own = [_judged(0, "a", "S1.", "said", None, "USA", "010")]
    revised = _later(_judged(5, "a", "S1.", "said", "USAGOV", "USA", "010"), rejudges=0)
    new = _later(_judged(6, "a", "S2.", "met", "USA", "IRQ", "040"))
    produced = [_produced("a", "S1.", "said", "USAGOV", "IRQ", "010"), _produced("a", "S2.", "met", "USA", "IRN", "040")]
    matches, _ = na.match_events(produced, own + [revised, new])
    lines = {line["sentence"]: line for line in na.skeletons(matches, 7)}
    assert lines["S1."]["rejudges"] == 0
    assert "rejudges" not in lines["S2."]


def test_a_later_supplementary_line_supersedes_an_earlier_one_equal_on_every_field(na):
    """Two supplementary judgements of the same unchanged event (a re-judgement under a new rule of a line an
    earlier session wrote): the later line (the higher idx) is the one the event pairs with, whatever the order."""
    own = [_judged(0, "a", "S1.", "said", "USAGOV", "CAN", "010", verdicts="YYNYYYY")]
    first = _later(_judged(5, "a", "S1.", "said", "USAGOV", "CAN", "010", verdicts="YYNYYYY"), rejudges=0)
    second = _later(_judged(9, "a", "S1.", "said", "USAGOV", "CAN", "010"), rejudges=0)
    produced = [_produced("a", "S1.", "said", "USAGOV", "CAN", "010")]
    for judged in (own + [first, second], own + [second, first]):
        (match,), _ = na.match_events(produced, judged)
        assert match.judged["idx"] == 9


@pytest.mark.parametrize("name,folder", [("news-audit-1", SHARED / "eval" / "news-audit-1"), ("judged-1", JUDGED_1)])
def test_stored_supplementary_judgements_are_consistent(name, folder):
    """Every stored supplementary line names its tree and judge, has a new idx, full verdicts ('-' exactly
    where not real), revises a set judgement of the same article, sentence and trigger, and finds only gold
    events of its own article."""
    if not folder.exists():
        pytest.skip(f"{folder} not present")
    later = [json.loads(line) for line in (REJUDGED / name / "judgements.jsonl").read_text().splitlines()]
    assert later
    _check_supplement(folder, later)


def test_judged_2_supplementary_judgements_are_consistent():
    """judged-2's rejudged file exists from the start (the lead fills it after merging); what it holds obeys
    the same rules, and a line of a real event judges its place as the set's lines do."""
    later = [json.loads(line) for line in (REJUDGED / "judged-2" / "judgements.jsonl").read_text().splitlines()]
    _check_supplement(JUDGED_2, later)
    for j in later:
        _check_place(j)


def _check_supplement(folder, later):
    own = {j["idx"]: j for j in map(json.loads, (folder / "judgements.jsonl").read_text().splitlines())}
    gold = {(r["article"], r["gold"]) for r in map(json.loads, (folder / "recall.jsonl").read_text().splitlines())}
    sample = {json.loads(line)["id"] for line in (folder / "sample.jsonl").read_text().splitlines()}
    assert len({j["idx"] for j in later}) == len(later) and all(j["idx"] > max(own) for j in later)
    for j in later:
        assert len(j["judged_on"]) == 40 and j["judge"] and j["article"] in sample and j["reason"], j["idx"]
        if j["real_event"] == "N":
            assert all(j[v] == "-" for v in VERDICTS[1:]), j["idx"]
        else:
            assert j["real_event"] == "Y" and all(j[v] in ("Y", "N", "C") for v in VERDICTS[1:]), j["idx"]
            assert not (j["root_ok"] == "N" and j["code_ok"] == "Y"), j["idx"]
        if "rejudges" in j:
            old = own[j["rejudges"]]
            assert (old["article"], old["sentence"], old["trigger"]) == (j["article"], j["sentence"], j["trigger"])
        assert all((j["article"], g) in gold for g in j.get("recall_found", [])), j["idx"]


PLACE_METRICS = {"place carried", "place right", "place country right", "false place"}


def _check_recall(recall, by_idx):
    """Each gold event found, partial or missed, with its annalyst events in its article; a found one points
    at an event judged real with source, target and root right."""
    for r in recall:
        assert r["status"] in ("found", "partial", "missed") and len(r["root"]) == 2
        assert all(by_idx[i]["article"] == r["article"] for i in r["annalyst_events_for_this_happening"])
        assert (r["status"] == "found") == (r["annalyst_event"] is not None)
        assert (r["status"] == "missed") == (not r["annalyst_events_for_this_happening"])
        if r["status"] == "found":
            j = by_idx[r["annalyst_event"]]
            assert [j[v] for v in ("real_event", "source_ok", "target_ok", "root_ok")] == ["Y"] * 4, r["gold"]


def _check_place(j):
    """A real event's place is a {name, country} the text gives, "none" or "skip"; a non-event has none."""
    place = j["place_should_be"]
    if j["real_event"] != "Y":
        assert place is None, j["idx"]
    elif isinstance(place, dict):
        assert set(place) == {"name", "country"} and place["name"] and len(place["country"]) == 3, j["idx"]
    else:
        assert place in ("none", "skip"), j["idx"]


def test_judged_2_is_consistent():
    """judged-2 obeys judged-1's rules, judges every real event's place, and lists recall for the 10 articles
    its make_sample.py draws (found = an event of the article judged real with source, target and root right)."""
    spec = importlib.util.spec_from_file_location("judged_2_sample", JUDGED_2 / "make_sample.py")
    make_sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_sample)
    sample = [json.loads(line)["id"] for line in (JUDGED_2 / "sample.jsonl").read_text().splitlines()]
    judged = [json.loads(line) for line in (JUDGED_2 / "judgements.jsonl").read_text().splitlines()]
    recall = [json.loads(line) for line in (JUDGED_2 / "recall.jsonl").read_text().splitlines()]
    assert len(set(sample)) == 25 and len(judged) == 179 and len(recall) == 48
    assert [j["idx"] for j in judged] == list(range(len(judged)))
    # no article of another set is judged again
    judged_1 = {json.loads(line)["id"] for line in (JUDGED_1 / "sample.jsonl").read_text().splitlines()}
    assert not judged_1 & set(sample)
    by_idx = {j["idx"]: j for j in judged}
    for j in judged:
        assert j["article"] in sample and j["sentence"] and j["trigger"] and j["reason"], j["idx"]
        if j["real_event"] == "N":
            assert all(j[v] == "-" for v in VERDICTS[1:]), j["idx"]
        else:
            assert j["real_event"] == "Y" and all(j[v] in ("Y", "N", "C") for v in VERDICTS[1:]), j["idx"]
            assert not (j["root_ok"] == "N" and j["code_ok"] == "Y"), j["idx"]
        _check_place(j)
    assert sorted({r["article"] for r in recall}) == make_sample.recall_articles(sample)
    _check_recall(recall, by_idx)


def _as_produced(j, location):
    """The event the judged tree produced, rebuilt from a judgement's ``annalyst`` block."""
    a = j["annalyst"]
    return {"article": j["article"], "text": j["sentence"], "trigger": j["trigger"], "cameo": a["cameo"],
            "date": a["date"], "date_precision": a["date_precision"], "flags": a["flags"],
            "source": {"code": a["source"], "text": a["source_text"]} if a["source"] else None,
            "target": {"code": a["target"], "text": a["target_text"]} if a["target"] else None,
            "location": location}


def test_judged_2_scores_the_judged_tree_as_its_readme_says(na):
    """The judged tree's own events, rebuilt from the judgements, all match and score the README's numbers."""
    judged = [json.loads(line) for line in (JUDGED_2 / "judgements.jsonl").read_text().splitlines()]
    recall = [json.loads(line) for line in (JUDGED_2 / "recall.jsonl").read_text().splitlines()]
    produced = [_as_produced(j, j["annalyst"]["place"]) for j in judged]
    report, _ = na.score("judged-2", produced, judged, recall, {j["article"] for j in judged})
    assert (report.produced, report.matched, report.unjudged, report.lost) == (179, 179, 0, 0)
    got = {k: (s.right, s.n) for k, s in report.shares.items() if not k.endswith("(default output)")}
    assert got == {"real events": (135, 179), "source right": (102, 135), "target right": (66, 135),
                   "root right": (111, 135), "code right": (95, 135), "date right": (111, 135),
                   "flags right": (134, 135), "triple": (52, 179), "place carried": (56, 77),
                   "place right": (53, 77), "place country right": (55, 77), "false place": (11, 56)}
    assert (report.recall.right, report.recall.n) == (9, 48)


def test_places_score_carried_right_and_false(na):
    """A place is right when country and name agree (accents and case aside); a location where the text gives
    none is a false place; 'skip' and non-events are not scored; a changed root takes the event out."""
    def judged(idx, place, real="Y"):
        return {**_judged(idx, "a", f"S{idx}.", "met", "USA", "IRQ", "040", verdicts=real + "YYYYYY"),
                "place_should_be": place}

    def loc(name, country):
        return {"name": name, "country": country, "city": None, "admin1": None}

    gold = [judged(0, {"name": "Quebec", "country": "CAN"}), judged(1, {"name": "Athens", "country": "GRC"}),
            judged(2, {"name": "Amman", "country": "JOR"}), judged(3, "none"), judged(4, "none"),
            judged(5, "skip"), judged(6, {"name": "Oslo", "country": "NOR"})]
    produced = [{**_produced("a", f"S{i}.", "met", "USA", "IRQ", "040"), "location": place}
                for i, place in enumerate([loc("Québec", "CAN"), loc("Greece", "GRC"), None, loc("Gaza", "PSE"),
                                           None, loc("Aegean", None), loc("Oslo", "NOR")])]
    produced[6]["cameo"] = "190"  # root changed: the happening needs a judge again, its place is not scored
    report, _ = na.score("t", produced, gold, [], ["a"])
    got = {k: (s.right, s.n) for k, s in report.shares.items() if k in PLACE_METRICS}
    assert got == {"place carried": (2, 3), "place right": (1, 3), "place country right": (2, 3),
                   "false place": (1, 2)}
    assert not PLACE_METRICS & set(na.score("t", produced, [{k: v for k, v in j.items() if k != "place_should_be"}
                                                            for j in gold], [], ["a"])[0].shares)


def test_default_output_shares_count_the_asserted_events_only(na):
    """"real events (default output)" and "triple (default output)" score the events ``annalyst code`` shows without
    ``--all``: a negated, planned, hypothetical or disputed event is in neither denominator."""
    # judged-2's start tree flagged some events, so the two denominators differ from the --all ones
    judged = [json.loads(line) for line in (JUDGED_2 / "judgements.jsonl").read_text().splitlines()]
    recall = [json.loads(line) for line in (JUDGED_2 / "recall.jsonl").read_text().splitlines()]
    produced = [_as_produced(j, j["annalyst"]["place"]) for j in judged]
    report, _ = na.score("judged-2", produced, judged, recall, {j["article"] for j in judged})
    real, triple = report.shares["real events (default output)"], report.shares["triple (default output)"]
    flagged = [j for j in judged if {"negated", "hypothetical", "disputed", "planned"} & set(j["annalyst"]["flags"])]
    assert flagged and real.n == triple.n == 179 - len(flagged)
    assert real.right == sum(j["real_event"] == "Y" for j in judged if j not in flagged)
    assert triple.right == sum(all(j[k] == "Y" for k in ("real_event", "source_ok", "target_ok", "root_ok"))
                               for j in judged if j not in flagged)


def test_a_line_that_re_judges_a_partial_rows_linked_event_finds_it_while_right_and_agreeing(na):
    """A gold event the set's judge linked to line 0 but did not find (``partial``: the prime minister coded
    elite); a later tree codes the government and a line re-judging 0 judges it right: the gold is found.  A
    row whose linked line is re-judged right for its own sentence but whose root or countries the event does not
    share (a statement on civility linked to a criticism of Labour) is not; nor is a re-judge judged wrong."""
    own = [_judged(0, "a", "S1.", "urged", "GBRELI", "GBRGOV", "022", verdicts="YNYYCYY"),
           _judged(1, "a", "S2.", "said", "GBRPTY", None, "010")]
    recall = [{"article": "a", "gold": "g1", "status": "partial", "annalyst_event": None, "source": ["GBR"],
               "target": ["GBR"], "root": "02", "annalyst_events_for_this_happening": [0]},
              {"article": "a", "gold": "g2", "status": "partial", "annalyst_event": None, "source": ["GBR"],
               "target": ["GBR"], "root": "11", "annalyst_events_for_this_happening": [1]}]
    produced = [_produced("a", "S1.", "urged", "GBRGOV", "GBRGOV", "022"),
                _produced("a", "S2.", "said", "GBRCON", None, "010")]
    for verdicts, found in (("YYYYCYY", 1), ("YYNYCYY", 0)):
        later = [_later(_judged(2, "a", "S1.", "urged", "GBRGOV", "GBRGOV", "022", verdicts=verdicts), rejudges=0),
                 _later(_judged(3, "a", "S2.", "said", "GBRCON", None, "010"), rejudges=1)]
        report, _ = na.score("t", produced, own + later, recall, ["a"])
        assert (report.recall.right, report.recall.n) == (found, 2)
