"""``annalyst frames``: every predicate's frame in a text, and the event it made (or why none), so a
user can see why an event has its actors.  Library side: ``describe_frames`` returns plain records;
the command prints them (docs/commands/frames.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from annalyst.events import structure as st
from annalyst.events.frames import Candidate, Frame
from annalyst.model import ActorRef

LANG = st.LANG
RECIPIENT_PREPS = LANG.words("recipient_preps")
INSTRUMENT_PREPS = LANG.words("instrument_preps")
PLACE_PREPS = LANG.words("place_preps_frame")
RECIPIENT_SLOT = LANG.labels("recipient_slot")
TIME_ENTITIES = LANG.labels("time_entities")
TIME_SLOT = LANG.labels("time_slot")
CONDITION_CLAUSE = LANG.labels("condition_clause")  # "unless Baghdad accepted"
MARK_LABELS = LANG.labels("mark_labels")
CONDITION_MARKS = LANG.words("condition_marks")


@dataclass(slots=True)
class FrameRecord:
    """One predicate's frame as the command shows it: role -> words, actors -> "text (COUNTRY SECTOR)"."""

    sentence: int
    trigger: str
    lexicon_code: str
    roles: dict[str, str] = field(default_factory=dict)
    filled_by: dict[str, str] = field(default_factory=dict)
    modality: list[str] = field(default_factory=list)
    speaker: str = ""
    event: str = ""  # the event it made: "CODE source -> target", or why none

    def to_json(self) -> dict:
        return {"sentence": self.sentence, "trigger": self.trigger, "lexicon_code": self.lexicon_code,
                "roles": self.roles, "filled_by": self.filled_by, "modality": self.modality,
                "speaker": self.speaker, "event": self.event}


def actor_text(ref: ActorRef) -> str:
    where = " ".join(x for x in (ref.country, ref.sector) if x) or "unresolved"
    return f"{ref.text or '(implied)'} ({where})"


def _np_text(head: Any) -> str:
    """A head word with its noun phrase's own words ("the Israeli army"), as the text has them."""
    toks = sorted(st.np_tokens(head), key=lambda t: t.i)
    return head.doc[toks[0].i:toks[-1].i + 1].text if head.pos_ in st.NOUN_POS else head.text


def _words(toks: list[Any]) -> str:
    return ", ".join(_np_text(t) for t in toks)


def _prep_objects(holders: list[Any], preps: frozenset[str]) -> list[Any]:
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def extra_roles(frame: Frame) -> dict[str, list[Any]]:
    """The frame's recipient, instrument, place and time words, read from the predicate's own
    children (and its event noun's) by the bundle's classes; read for display only, so the coder's
    hot path does not pay for them."""
    pred = frame.pred
    holders = [pred.token] + ([pred.noun] if pred.noun is not None and pred.noun is not pred.token else [])
    recipient = [c for h in holders for c in h.children if c.dep_ in RECIPIENT_SLOT]
    recipient += _prep_objects(holders, RECIPIENT_PREPS)
    place = [g for g in _prep_objects(holders, PLACE_PREPS) if g.ent_type_ not in TIME_ENTITIES]
    time = [c for h in holders for c in h.children if c.dep_ in TIME_SLOT and c.ent_type_ in TIME_ENTITIES]
    time += [g for g in _prep_objects(holders, PLACE_PREPS | frozenset({"on", "since", "until", "after", "before"}))
             if g.ent_type_ in TIME_ENTITIES]
    # the means of the act: a with-phrase of the verb itself that names no party ("ceasefire with
    # Turkey", "talks with X" name a partner)
    instrument = [g for g in _prep_objects(holders[:1], INSTRUMENT_PREPS) if not g.ent_type_ and g.pos_ != "PROPN"]
    return {"recipient": recipient, "instrument": instrument, "place": place, "time": time}


def modality_of(frame: Frame) -> list[str]:
    """The frame's modality in the issue's terms: negated, planned (an announced future act),
    conditional (an if/unless clause under it), reported (a speech verb above it), alleged (a disputed
    or alleged act), hypothetical; plus the mood the coder read (refuse, obligation)."""
    flags = frame.modality
    out = [name for name in ("negated", "hypothetical") if name in flags]
    if frame.mood == "future":
        out.append("planned")
    elif frame.mood:
        out.append(frame.mood)
    tok = frame.pred.token
    if any(c.dep_ in CONDITION_CLAUSE and any(m.dep_ in MARK_LABELS and m.lower_ in CONDITION_MARKS
                                                for m in c.children) for c in tok.children):
        out.append("conditional")
    if frame.speech is not None:
        out.append("reported")
    if "disputed" in flags:
        out.append("alleged")
    return out


def frame_record(frame: Frame, sentence: int, cand: Optional[Candidate], why_none: str) -> FrameRecord:
    pred = frame.pred
    roles = {"agent": _words(frame.agent_heads), "patient": _words(frame.patient_heads)}
    roles.update({k: _words(v) for k, v in extra_roles(frame).items()})
    roles["agent actors"] = "; ".join(actor_text(r) for r in frame.agent)
    roles["target actors"] = "; ".join(actor_text(r) for r in frame.target)
    if cand is not None and cand.frame is not None and "sense" in cand.frame.filled_by:
        roles["sense"] = cand.frame.filled_by["sense"]
    modality = modality_of(frame)
    if cand is not None:
        code = cand.code or pred.code
        src = "; ".join(actor_text(r) for r in cand.sources)
        tgt = "; ".join(actor_text(r) for r in cand.targets) or "-"
        event = f"{code} {src} -> {tgt}" + (f" [{', '.join(sorted(cand.flags))}]" if cand.flags else "")
    else:
        event = f"none: {why_none}"
    trigger = " ".join(t.text for t in sorted(pred.trigger, key=lambda t: t.i))
    return FrameRecord(sentence=sentence, trigger=trigger, lexicon_code=pred.code,
                       roles={k: v for k, v in roles.items() if v}, filled_by=dict(frame.filled_by),
                       modality=modality, speaker=_words([frame.speech]) + (
                           f" ({'; '.join(actor_text(r) for r in frame.speaker)})" if frame.speaker else "")
                       if frame.speech is not None else "", event=event)


def content_record(cand: Candidate, sentence: int) -> FrameRecord:
    """An event read from what a statement says (blame, a demand of another: ``structure.blame_candidates``,
    ``demand_candidates``), not from a predicate's own frame."""
    pred = cand.pred
    src = "; ".join(actor_text(r) for r in cand.sources)
    tgt = "; ".join(actor_text(r) for r in cand.targets) or "-"
    trigger = " ".join(t.text for t in sorted(pred.trigger, key=lambda t: t.i))
    return FrameRecord(sentence=sentence, trigger=trigger, lexicon_code=pred.code,
                       roles={"agent actors": src, "target actors": tgt},
                       filled_by={"agent": "statement_content", "target": "statement_content"},
                       event=f"{cand.code or pred.code} {src} -> {tgt}")


def why_no_event(frame: Frame, cands: list[Candidate]) -> str:
    if frame.filled_by.get("agent") == "natural_cause":
        return "the agent is a natural force, an accident or an illness"
    if frame.filled_by.get("veto"):
        return f"no happening: the {frame.filled_by['veto']} veto (code_rules.tsv veto rows, events/vetoes.py)"
    if frame.filled_by.get("folded"):
        return f"the same happening as another event: folded by the {frame.filled_by['folded']} " \
               "(docs/events.md \"One event per happening\")"
    if frame.filled_by.get("sense", "").endswith("-> -"):
        return f"a sense that is no political event ({frame.filled_by['sense']})"
    if not frame.agent:
        return "no agent (no filler the code rules allow found one)"
    return "merged into another event or dropped (a reported statement, a folded consequence, a bare 010)"


def describe_frames(text_or_path: str, *, clean: bool = True) -> tuple[str, list[str], list[FrameRecord]]:
    """(source, sentences with a frame, frame records) for a text or a file, through the standard
    clean, parse and actor stages and the event coder (its predicates and frames, one per predicate)."""
    from annalyst.actors import ActorStep
    from annalyst.actors.describe import read_text_arg
    from annalyst.clean import CleanStep
    from annalyst.events import EventStep
    from annalyst.model import Document
    from annalyst.parse import ParseStep

    text, source = read_text_arg(text_or_path)
    doc = Document(doc_id="frames", source=source, raw=text, text=text)
    # a file is cleaned as ``annalyst code`` cleans it; a text given inline is coded as it is
    steps = ([CleanStep()] if clean and source != "<text>" else []) + [ParseStep(), ActorStep()]
    docs = [doc]
    for step in steps:
        docs = step.process_batch(docs)
    doc = docs[0]
    step = EventStep()
    coder = step.coder
    folded = folded_across_sentences(step.process(doc))
    sentences: list[str] = []
    records: list[FrameRecord] = []
    for sent, frames, cands in coder.frames(doc):
        sentences.append(sent.text.strip())
        made = {id(c.frame): c for c in cands if c.frame is not None}
        for frame in frames:
            cand = made.get(id(frame))
            record = frame_record(frame, len(sentences), cand, "" if cand else why_no_event(frame, cands))
            into = folded.get(_trigger_span(frame.pred.trigger)) if cand is not None else None
            if into is not None:
                record.event = f"none: the same happening as {into}, told in another sentence (events/identity.py, " \
                               f"docs/events.md \"One event per happening across sentences\"; coded {record.event})"
            records.append(record)
        records.extend(content_record(c, len(sentences)) for c in cands if c.frame is None)
    return source, sentences, records


def folded_across_sentences(doc: Any) -> dict[tuple[int, int], str]:
    """The trigger spans of the events the document's happening identity step folds (events/identity.py), each
    with the event it was folded into ("'detained' (173) in \"Security forces ... detained ...\""), after the
    date and place stages that step reads."""
    from annalyst.dates import DateStep
    from annalyst.events.identity import RELATION, HappeningStep
    from annalyst.geo import LocationStep

    for step in (DateStep(), LocationStep(), HappeningStep()):
        doc = step.process(doc)
    return {f.trigger_span: f"'{ev.trigger}' ({ev.cameo}) in \"{_opening(ev.text)}\""
            for ev in doc.events for f in ev.folded if f.rule == RELATION and f.trigger_span is not None}


def _opening(text: str, words: int = 8) -> str:
    head = text.split()
    return " ".join(head[:words]) + (" ..." if len(head) > words else "")


def _trigger_span(tokens: list[Any]) -> tuple[int, int]:
    trig = sorted(tokens, key=lambda t: t.i)
    return (trig[0].idx, trig[-1].idx + len(trig[-1].text))
