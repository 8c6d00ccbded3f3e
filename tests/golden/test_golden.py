"""Golden corpus: real news sentences with the exact set of events an analyst codes from them.

The sentences come from the two judged sets (``../shared/eval/news-audit-1`` and
``bench/data/judged-1``), where the judge's ``should_be`` is unambiguous on its own, and from their
recall lists.  Each case in ``cases.jsonl`` is coded alone, as ``annalyst code --all`` would code a
one-sentence document published on the article's date, and **every** event the coder produces, flagged
or not, must pair one-to-one with an expected event: nothing missing, nothing extra (an empty list means
"no event at all").  An expected event gives

* ``source`` / ``target``: ``"CCC"`` (the actor's country, or the start of its code for bodies such as
  ``UNO`` or ``WBK``), ``"CCC/SEC"`` (and its sector), ``null`` (a source of unknown country; no target at
  all), or a list of these that are all right;
* ``root``: the CAMEO roots that are right; ``asserted``: whether the event is asserted (no negated,
  hypothetical or disputed flag);
* or ``{"any_of": [...]}``: several codings that are each right.

Cases today's coder gets wrong carry ``xfail`` (its reason); they run as ``xfail(strict=True)``, so the
fix that makes one pass fails the suite until the mark is removed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

CASES = [json.loads(line) for line in (Path(__file__).parent / "cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def _params() -> list:
    return [pytest.param(case, id=case["id"],
                         marks=[pytest.mark.xfail(strict=True, reason=case["xfail"])] if case["xfail"] else [])
            for case in CASES]


@pytest.fixture(scope="module")
def coded() -> dict[str, list]:
    """Every case coded once, as its own document, by the full default pipeline."""
    from annalyst.api import code_documents
    from annalyst.model import Document
    from annalyst.pipeline.default import PipelineOptions

    docs = [Document(doc_id=c["id"], source="<golden>", raw=c["text"],
                     published=dt.date.fromisoformat(c["published"]) if c["published"] else None) for c in CASES]
    # no deduplication: two cases with similar wording are still two documents to code
    return {doc.doc_id: list(doc.events) for doc in code_documents(docs, PipelineOptions(dedup=False))}


def _actor_matches(spec, actor, role: str) -> bool:
    if isinstance(spec, list):
        return any(_actor_matches(s, actor, role) for s in spec)
    if spec is None:
        return actor is None if role == "target" else (actor.country is None and actor.code is None)
    if actor is None:
        return False
    country, _, sector = spec.partition("/")
    if actor.country != country and not (actor.code or "").startswith(country):
        return False
    return not sector or actor.sector == sector


def _item_matches(item: dict, ev) -> bool:
    if "any_of" in item:
        return any(_item_matches(alt, ev) for alt in item["any_of"])
    return (_actor_matches(item["source"], ev.source, "source") and _actor_matches(item["target"], ev.target, "target")
            and ev.cameo[:2] in item["root"] and ev.asserted == item["asserted"])


def _one_to_one(expected: list[dict], produced: list) -> bool:
    """A perfect matching between expected and produced events (Kuhn's augmenting paths)."""
    if len(expected) != len(produced):
        return False
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for k, ev in enumerate(produced):
            if k not in seen and _item_matches(expected[i], ev):
                seen.add(k)
                if k not in owner or assign(owner[k], seen):
                    owner[k] = i
                    return True
        return False

    return all(assign(i, set()) for i in range(len(expected)))


def _show(ev) -> str:
    tgt = ev.target
    return (f"{ev.source.country}/{ev.source.sector} ({ev.source.text!r}) {ev.cameo} "
            f"{(tgt.country, tgt.sector, tgt.text) if tgt else None} flags={ev.flags} trigger={ev.trigger!r}")


@pytest.mark.slow
@pytest.mark.parametrize("case", _params())
def test_golden_sentence(case, coded):
    produced = coded[case["id"]]
    assert _one_to_one(case["expected"], produced), (
        f"{case['checks']}\nexpected {json.dumps(case['expected'])}\nproduced:\n  "
        + "\n  ".join(_show(e) for e in produced))


def test_cases_are_well_formed():
    """Every case names where it comes from and what it checks, and its expectations use only the
    documented fields (a typo would make a case pass or fail for the wrong reason)."""
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)) and len(CASES) >= 25
    for case in CASES:
        assert set(case) == {"id", "from", "published", "text", "expected", "checks", "xfail"}, case["id"]
        assert case["from"].startswith(("news-audit-1", "judged-1")) and case["checks"], case["id"]
        for item in case["expected"]:
            for alt in item.get("any_of", [item]):
                assert set(alt) == {"source", "target", "root", "asserted"}, case["id"]
                assert all(len(r) == 2 and r.isdigit() for r in alt["root"]), case["id"]


def test_matching_is_exact():
    """The comparison itself: an extra, a missing or a duplicated event fails; flags count."""
    from annalyst.model import ActorRef, Event

    def ev(src, tgt, cameo, flags=()):
        e = Event(doc_id="d", sentence_index=0, text="s", span=(0, 1), source=ActorRef("a", country=src),
                  target=ActorRef("b", country=tgt) if tgt else None, cameo=cameo)
        for f in flags:
            e.add_flag(f)
        return e

    want = [{"source": "USA", "target": "COL", "root": ["05"], "asserted": True}]
    assert _one_to_one(want, [ev("USA", "COL", "057")])
    assert not _one_to_one(want, [ev("USA", "COL", "057"), ev("USA", "COL", "057")])  # duplicate
    assert not _one_to_one(want, [])  # missing
    assert not _one_to_one(want, [ev("USA", "COL", "057", flags=("hypothetical",))])  # flag
    assert not _one_to_one(want, [ev("USA", None, "057")])  # no target
    assert _one_to_one([], [])
