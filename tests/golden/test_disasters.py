"""Disaster check set: real BBC/Reuters sentences about harm done by nature, accidents and illness
(``disasters/README.md`` says how they were chosen).  Each is coded alone by the full default pipeline and
must give exactly its expected events (CAMEO root, source country, target country), and none of them a
violent or protest root."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = [json.loads(line) for line in (Path(__file__).parent / "disasters" / "cases.jsonl")
         .read_text(encoding="utf-8").splitlines() if line.strip()]
# protest (14) and the coercive and violent roots (17-20): none may come from a disaster
VIOLENT_OR_PROTEST = {"14", "17", "18", "19", "20"}


@pytest.fixture(scope="module")
def coded() -> dict[str, list]:
    from annalyst.api import code_documents
    from annalyst.model import Document
    from annalyst.pipeline.default import PipelineOptions

    docs = [Document(doc_id=c["id"], source="<disasters>", raw=c["text"]) for c in CASES]
    return {doc.doc_id: list(doc.events) for doc in code_documents(docs, PipelineOptions(dedup=False))}


def _triples(events: list) -> list[list]:
    return sorted([[e.cameo[:2], e.source.country, e.target.country if e.target else None] for e in events])


def test_the_set_is_the_documented_size_and_names_its_stories():
    assert len(CASES) == 58 and all(c["from"].startswith(("bbc/", "reuters-")) for c in CASES)
    assert not any(root in VIOLENT_OR_PROTEST for c in CASES for root, *_ in c["expected"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_disaster_sentence_gives_exactly_its_events(coded, case):
    assert _triples(coded[case["id"]]) == sorted(case["expected"])


def test_no_disaster_gives_a_violent_or_protest_event(coded):
    hits = {k: [e.cameo for e in evs if e.cameo[:2] in VIOLENT_OR_PROTEST] for k, evs in coded.items()}
    assert {k: v for k, v in hits.items() if v} == {}
