"""``bench/data/judged-3``: the fourth judged set (Reuters-21578 wire stories and 2019 news web pages read as
HTML), its rules kept, its recall articles the ones its sampler draws, and the scores its README reports."""

from __future__ import annotations

import importlib.util
import json

# one rule set and one bench loader for judged-2 and judged-3
from tests.bench.test_news_audit import VERDICTS, _check_place, _check_recall, na  # noqa: F401 (na: a fixture)
from tests.conftest import REPO

JUDGED = REPO / "bench" / "data"
JUDGED_3 = JUDGED / "judged-3"
REJUDGED_3 = JUDGED / "rejudged" / "judged-3" / "judgements.jsonl"
CLASSES = {"UNRES", "LEX", "NONEVENT", "TGT-ATTACH", "DUP", "DATE-REPORT", "GEO-ACTOR", "AGENTLESS", "MODAL",
           "REPORT", "DEFUNCT-STATE", "JUNK"}


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_sampler(folder):
    """A judged set's ``make_sample.py`` as a module (bench/data is no package)."""
    spec = importlib.util.spec_from_file_location(f"{folder.name.replace('-', '_')}_sample", folder / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judgements_follow_the_rules(folder, ids, judged, recall, junk_in=(), eventless=()):
    """The rules every judged set keeps: idx in order, every line about an article of the sample with its
    sentence, trigger and reason, classes from the list, '-' exactly where not real, a wrong root is a wrong code,
    JUNK only on an article read as HTML (ids starting with ``junk_in``) and never real, a place for every real
    event; recall covers the articles the set's sampler draws (but ``eventless``: drawn recall articles in which
    the judge found no event an analyst would code, so they have no recall row) and a found gold event points at
    a right event."""
    assert [j["idx"] for j in judged] == list(range(len(judged)))
    for j in judged:
        assert j["article"] in ids and j["sentence"] and j["trigger"] and j["reason"], j["idx"]
        assert set(j["error_classes"]) <= CLASSES, j["idx"]
        if j["real_event"] == "N":
            assert all(j[v] == "-" for v in VERDICTS[1:]) and j["error_classes"], j["idx"]
        else:
            assert j["real_event"] == "Y" and all(j[v] in ("Y", "N", "C") for v in VERDICTS[1:]), j["idx"]
            assert not (j["root_ok"] == "N" and j["code_ok"] == "Y"), j["idx"]
        if "JUNK" in j["error_classes"]:
            assert j["article"].startswith(junk_in) and j["real_event"] == "N", j["idx"]
        _check_place(j)
    assert not {r["article"] for r in recall} & set(eventless)
    assert sorted({r["article"] for r in recall} | set(eventless)) == load_sampler(folder).recall_articles(ids)
    _check_recall(recall, {j["idx"]: j for j in judged})



def test_judged_3_is_consistent():
    """Every produced event judged by the rules ('-' exactly where not real, a wrong root is a wrong code, classes
    from the README's list, a place for every real event); no article of another set; the web pages are HTML
    (read through annalyst's reader and cleaner); recall covers the 10 articles the sampler draws, and a found
    gold event points at an event judged real with source, target and root right."""
    sample = _lines(JUDGED_3 / "sample.jsonl")
    ids = [d["id"] for d in sample]
    judged = _lines(JUDGED_3 / "judgements.jsonl")
    recall = _lines(JUDGED_3 / "recall.jsonl")
    assert len(set(ids)) == 25 and len(judged) == 247 and len(recall) == 67
    web = [d for d in sample if d["id"].startswith(("zyte-", "trafilatura-"))]
    assert len(web) == 12 and all("html" in d and "text" not in d and d["published"].startswith("2019") for d in web)
    assert sum(d["id"].startswith("reuters-") for d in sample) == 13
    for other in ("judged-1", "judged-2"):
        assert not {d["id"] for d in _lines(JUDGED / other / "sample.jsonl")} & set(ids)
    judgements_follow_the_rules(JUDGED_3, ids, judged, recall, junk_in=("zyte-", "trafilatura-"))


def test_junk_judgements_name_page_junk_only_in_web_pages():
    """JUNK (an event made from page furniture the cleaner kept) can only happen on a page read as HTML, and such
    an event is never real."""
    for j in _lines(JUDGED_3 / "judgements.jsonl"):
        if "JUNK" in j["error_classes"]:
            assert j["article"].startswith("zyte-") and j["real_event"] == "N", j["idx"]


def supplementary_consistent(folder, rejudged):
    """A set's rejudged file (it exists from the start; the lead fills it after re-judging the end tree): what it
    holds names its tree and judge, uses new idx values, and judges the place of every real event."""
    own = {j["idx"] for j in _lines(folder / "judgements.jsonl")}
    ids = {d["id"] for d in _lines(folder / "sample.jsonl")}
    later = _lines(rejudged)
    assert len({j["idx"] for j in later}) == len(later) and not own & {j["idx"] for j in later}
    for j in later:
        assert len(j["judged_on"]) == 40 and j["judge"] and j["article"] in ids and j["reason"], j["idx"]
        _check_place(j)


DEFAULT_OUTPUT = "(default output)"


def scores_as_judged(na, name, folder, events, recall_found, expected):
    """The set's start tree's own events, rebuilt from the judgements, all match and score what its README says."""
    judged = _lines(folder / "judgements.jsonl")
    recall = _lines(folder / "recall.jsonl")
    report, _ = na.score(name, [_as_produced(j) for j in judged], judged, recall,
                         {d["id"] for d in _lines(folder / "sample.jsonl")})
    assert (report.produced, report.matched, report.unjudged, report.lost) == (events, events, 0, 0)
    # the README tables report every event as ``code --all`` writes it; the default-output shares are tested apart
    assert {k: (s.right, s.n) for k, s in report.shares.items() if not k.endswith(DEFAULT_OUTPUT)} == expected
    assert (report.recall.right, report.recall.n) == (recall_found, len(recall))


def test_judged_3_supplementary_judgements_are_consistent():
    supplementary_consistent(JUDGED_3, REJUDGED_3)


def _as_produced(j):
    """The event the judged tree produced, rebuilt from a judgement's ``annalyst`` block."""
    a = j["annalyst"]
    return {"article": j["article"], "text": j["sentence"], "trigger": j["trigger"], "cameo": a["cameo"],
            "date": a["date"], "date_precision": a["date_precision"], "flags": a["flags"],
            "source": {"code": a["source"], "text": a["source_text"]} if a["source"] else None,
            "target": {"code": a["target"], "text": a["target_text"]} if a["target"] else None,
            "location": a["place"]}


def test_judged_3_scores_the_judged_tree_as_its_readme_says(na):
    scores_as_judged(na, "judged-3", JUDGED_3, 247, 17, EXPECTED)


# annalyst at dba0c3c (the start of session 7), as judged: README "What it showed"
EXPECTED = {"real events": (156, 247), "source right": (87, 156), "target right": (75, 156), "root right": (148, 156),
            "code right": (132, 156), "date right": (115, 156), "flags right": (149, 156), "triple": (45, 247),
            "place carried": (27, 65), "place right": (23, 65), "place country right": (23, 65),
            "false place": (21, 90)}
