"""Hand-built events for the tests of the stages after the coder (dates, places): they need an event at a known
word of a parsed text without running the coder, so that what they assert depends on their own stage only."""

from __future__ import annotations

from typing import Optional

from annalyst.model import ActorRef, Document, Event


def event_at(doc: Document, trigger: str, *, source: Optional[ActorRef], cameo: str = "010",
             target: Optional[ActorRef] = None, occurrence: int = 0, **more) -> Event:
    """Append to the parsed ``doc`` an event whose trigger is the ``occurrence``-th match of ``trigger`` in its
    text, set in the sentence that holds it, and return it; ``more`` sets any other Event field (flags, ...)."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(trigger, start + 1)
    sent = next(s for s in doc.sentences if s.start <= start < s.end)
    event = Event(doc_id=doc.doc_id, sentence_index=sent.index, text=sent.text, span=(sent.start, sent.end),
                  source=source, target=target, cameo=cameo, trigger=trigger,
                  trigger_span=(start, start + len(trigger)), **more)
    doc.events.append(event)
    return event
