"""The project's own per-event date golds (``bench/data/dates-1``, ``dates-2``) are consistent: every gold event
lies in a sentence of its article, names one happening (article, sentence, trigger, ``nth`` unique), has a date
of the form the scorer reads and a rule of the README, is ``unknown`` exactly when its rule says the text gives no
time, and a ``ref`` event carries its article's dateline date; dates-2 draws no article another set uses and
holds at least 60 dated events in each half."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "bench" / "data"
sys.path.insert(0, str(REPO / "bench"))

import dates_timeml  # noqa: E402

DATED_RULES = {"text", "context", "ref"}
UNDATED_RULES = {"earlier", "future", "hypothetical", "ongoing"}
MONTHS = {m: n for n, m in enumerate(("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
                                      "Nov", "Dec"), start=1)}
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:, [A-Za-z .]+)?, ([A-Z][a-z]+) (\d{1,2}) -")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _dateline_day(article: dict) -> dt.date:
    """The reference date: the dateline's month and day in the corpus date's year."""
    body = article["text"].split("\n\n", 1)[1]
    month, day = DATELINE.match(body).groups()
    return dt.date(int(article["published"][:4]), MONTHS[month[:3] if month[:3] in MONTHS else month], int(day))


@pytest.mark.parametrize("name", dates_timeml.OWN_SETS)
def test_every_gold_event_is_well_formed(name):
    articles = {a["id"]: a for a in _lines(DATA / name / "sample.jsonl")}
    golds = _lines(DATA / name / "gold.jsonl")
    keys = [(g["article"], g["sentence"], g["trigger"], g["nth"]) for g in golds]
    assert len(keys) == len(set(keys))
    for g in golds:
        text = " ".join(articles[g["article"]]["text"].split())
        assert g["sentence"] in text, g
        assert g["rule"] in DATED_RULES | UNDATED_RULES, g
        assert (g["date"] == "unknown") == (g["rule"] in UNDATED_RULES), g
        period = dates_timeml.gold_period(g["date"])
        if g["rule"] == "ref":
            assert period == (_dateline_day(articles[g["article"]]), "day"), g


def test_dates_2_draws_no_article_another_set_uses():
    ids = {a["id"] for a in _lines(DATA / "dates-2" / "sample.jsonl")}
    assert len(ids) == 40
    blind = set((DATA / "dates-2" / "excluded-ids.txt").read_text(encoding="utf-8").split())
    assert not ids & blind
    for other in DATA.glob("*/sample.jsonl"):
        if other.parent.name != "dates-2":
            assert not ids & {a["id"] for a in _lines(other)}, other


def test_dates_2_holds_sixty_dated_events_in_each_half():
    halves = dates_timeml.split([a["id"] for a in _lines(DATA / "dates-2" / "sample.jsonl")])
    dated = {"dev": 0, "test": 0}
    for g in _lines(DATA / "dates-2" / "gold.jsonl"):
        dated[halves[g["article"]]] += g["date"] != "unknown"
    assert min(dated.values()) >= 60, dated
