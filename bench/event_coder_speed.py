"""How much the event coder costs next to the spaCy parse (run from the repository root).

    python bench/event_coder_speed.py [N_DOCS]

Reads N BBC politics articles from ../shared/corpora/bbc-news, parses them, resolves actors,
then times EventStep alone.  Prints seconds per stage and the coder/parse ratio.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from annalyst.actors import ActorStep
from annalyst.events import EventStep
from annalyst.model import Document
from annalyst.parse import ParseStep

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main(n: int = 100) -> None:
    files = sorted((SHARED / "corpora" / "bbc-news").rglob("*.txt"))
    politics = [f for f in files if "politics" in str(f)] or files
    docs = [Document(doc_id=f.name, source=str(f), text=f.read_text(encoding="utf-8", errors="replace"))
            for f in politics[:n]]
    t0 = time.perf_counter()
    docs = ParseStep().process_batch(docs)
    t1 = time.perf_counter()
    docs = ActorStep().process_batch(docs)
    t2 = time.perf_counter()
    docs = EventStep().process_batch(docs)
    t3 = time.perf_counter()
    sents = sum(len(d.sentences) for d in docs)
    events = sum(len(d.events) for d in docs)
    print(f"{len(docs)} docs, {sents} sentences, {events} events")
    print(f"parse {t1 - t0:.2f}s  actors {t2 - t1:.2f}s  events {t3 - t2:.2f}s  "
          f"events/parse = {(t3 - t2) / max(1e-9, t1 - t0):.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
