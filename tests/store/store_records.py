"""Hand-built pipeline records for store tests (plain dataclasses, no pipeline needed)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from annalyst.model import ActorRef, Attribution, Document, Event, Folded, Location, Status
from annalyst.pipeline.base import Step

ACTORS = {
    "RUS": ActorRef(text="Russia", country="RUS", sector=None, code="RUS", kind="state"),
    "RUSMIL": ActorRef(text="Russian forces", country="RUS", sector="MIL", code="RUSMIL", kind="sector"),
    "UKR": ActorRef(text="Ukraine", country="UKR", code="UKR", kind="state"),
    "PRKGOV": ActorRef(text="Pyongyang", country="PRK", sector="GOV", code="PRKGOV", name="North Korea government"),
    "USA": ActorRef(text="the United States", country="USA", code="USA", kind="state"),
    "UNO": ActorRef(text="the UN", country="UNO", code="UNO", kind="igo"),
}

CODES = {
    "195": dict(goldstein=-10.0, quad_class=4, event="ASSAULT", mode="aerial", cameo_root="19"),
    "190": dict(goldstein=-10.0, quad_class=4, event="ASSAULT", mode=None, cameo_root="19"),
    "111": dict(goldstein=-2.0, quad_class=3, event="ACCUSE", mode=None, cameo_root="11"),
    "054": dict(goldstein=3.5, quad_class=1, event="SUPPORT", mode=None, cameo_root="05"),
    "042": dict(goldstein=1.9, quad_class=1, event="CONSULT", mode=None, cameo_root="04"),
    "040": dict(goldstein=1.0, quad_class=1, event="CONSULT", mode=None, cameo_root="04"),
    "036": dict(goldstein=4.0, quad_class=1, event="AGREE", mode=None, cameo_root="03"),
    "010": dict(goldstein=0.0, quad_class=1, event=None, mode=None, cameo_root="01"),
    "020": dict(goldstein=3.0, quad_class=1, event="REQUEST", mode=None, cameo_root="02"),
}


def actor(key: Optional[str], start: int = 0) -> Optional[ActorRef]:
    if key is None:
        return None
    ref = ACTORS[key]
    return ActorRef(text=ref.text, country=ref.country, sector=ref.sector, code=ref.code, name=ref.name,
                    kind=ref.kind, start=start, end=start + len(ref.text), resolved_by="kb-phrase")


def make_doc(doc_id: str, published: Optional[dt.date], events: list[dict], *, outlet: Optional[str] = "Wire A",
             status: Status = Status.PROCESSED, reason: Optional[str] = None, url: Optional[str] = None,
             title: Optional[str] = None) -> Document:
    """A processed document whose sentences are the given events' sentences, one per line."""
    sentences = [e.get("sentence") or f"Sentence {i} of {doc_id} about {e['cameo']}." for i, e in enumerate(events)]
    text = "\n".join(sentences)
    doc = Document(doc_id=doc_id, source=f"/in/{doc_id}.txt", raw=text, text=text, title=title or f"Title {doc_id}",
                   outlet=outlet, published=published, language="en", url=url or f"https://news.test/{doc_id}",
                   content_hash=f"hash-{doc_id}", status=status, reason=reason)
    offset = 0
    for i, (spec, sentence) in enumerate(zip(events, sentences)):
        span = (offset, offset + len(sentence))
        offset = span[1] + 1
        src = actor(spec["source"], span[0])
        tgt = actor(spec.get("target"), span[0] + 1)
        doc.actors.extend(a for a in (src, tgt) if a)
        code = CODES[spec["cameo"]]
        loc = spec.get("location")
        ev = Event(doc_id=doc_id, sentence_index=i, text=sentence, span=span, source=src, target=tgt,
                   cameo=spec["cameo"], trigger=spec.get("trigger", "struck"), trigger_span=(span[0], span[0] + 3),
                   date=spec.get("date"), date_precision=spec.get("precision", "day" if spec.get("date") else None),
                   date_text=spec.get("date_text"), confidence=spec.get("confidence", 0.6),
                   attribution=Attribution(text=spec["said_by"]) if spec.get("said_by") else None,
                   location=Location(text=loc[0], country=loc[1], city=loc[2] if len(loc) > 2 else None) if loc else None,
                   killed=spec.get("killed"), injured=spec.get("injured"),
                   folded=[Folded(**f) for f in spec.get("folded", [])],
                   **code)
        for flag in spec.get("flags", []):
            ev.add_flag(flag)
        ev.assign_id()
        doc.events.append(ev)
    return doc


class LineCoder(Step):
    """A tiny real coder for runner tests: each raw line ``SRC CAMEO TGT YYYY-MM-DD`` is one event.

    It stands in for clean → events while those stages are built elsewhere; ``delay`` slows each
    record so a test can kill a run half-way.
    """

    name = "line-coder"
    sets = ("text", "events", "actors", "published", "content_hash")

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def process(self, doc: Document) -> Document:
        import hashlib
        import time

        if self.delay:
            time.sleep(self.delay)
        if doc.raw is None or "FAIL" in doc.raw:
            return doc.fail("line-coder: unreadable record")
        doc.text = doc.raw
        doc.content_hash = hashlib.sha1(doc.text.encode()).hexdigest()
        offset = 0
        for i, line in enumerate(doc.text.split("\n")):
            span = (offset, offset + len(line))
            offset = span[1] + 1
            src, cameo, tgt, day = line.split()
            date = dt.date.fromisoformat(day)
            doc.published = doc.published or date
            source, target = actor(src, span[0]), actor(tgt, span[0] + len(src) + len(cameo) + 2)
            doc.actors += [source, target]
            ev = Event(doc_id=doc.doc_id, sentence_index=i, text=line, span=span, source=source, target=target,
                       cameo=cameo, trigger=cameo, date=date, date_precision="day", confidence=0.6, **CODES[cameo])
            ev.assign_id()
            doc.events.append(ev)
        return doc


def line_docs(n: int, *, fail_every: int = 0) -> list[Document]:
    """``n`` deterministic records: strikes on a few days (so some merge across records) and accusations."""
    docs = []
    for i in range(n):
        day = dt.date(2024, 3, 1) + dt.timedelta(days=(i * 3) % 11)
        lines = [f"RUSMIL 195 UKR {day}", f"PRKGOV 111 {'USA' if i % 2 else 'UNO'} {day}"]
        raw = "FAIL" if fail_every and i % fail_every == fail_every - 1 else "\n".join(lines)
        docs.append(Document(doc_id=f"rec{i:03d}", source="/in/batch.jsonl", position=f"line {i + 1}", raw=raw,
                             outlet=f"Wire {i % 3}"))
    return docs


def merged_by_block(rows, rule):
    """The store's events of hand-built mention rows: each block (``row["block"]``) merged apart, as the
    store does; (event row, mention ids) pairs."""
    from annalyst.store.merge import merge_block

    by_block: dict = {}
    for r in rows:
        by_block.setdefault(r["block"], []).append(r)
    return [pair for block_rows in by_block.values() for pair in merge_block(block_rows, rule)]
