"""Per-event date accuracy: TimeML gold (../shared/eval/timeml-platinum) and the news-audit verdicts.

**TimeML.**  Each ``.tml`` document's ``<TEXT>`` (tags stripped) is coded by the full pipeline with
its document creation time (``DCT``) as the publication date.  A gold event's day is known when a
TLINK relates one of its instances ``IS_INCLUDED`` / ``DURING`` / ``SIMULTANEOUS`` to a TIMEX3 of
type DATE whose value is a full day ``YYYY-MM-DD`` (the DCT counts: "is included in the creation
time" is a day), or relates it so to another event whose day is known (closed transitively).  An annalyst event is matched to the gold events whose ``<EVENT>`` text overlaps
its ``trigger_span`` (gold offsets are carried into the cleaned text by a character alignment of
the raw and cleaned texts); an event matching no gold event with a known day is not scored.  A
scored event is right when its ``date`` is the gold day and its precision is ``day`` or
``publication`` (a month or year never names the day).  The *story-date baseline* stamps every
scored event with the DCT.  *All gold-dated events* (``score_timeml_all``): the date stage alone,
on an event put on every gold event with a known day (coded or not, its sentence and words, no
actors): ~4x the events, free of what the coder codes.

**news-audit-1.**  The 30 articles of ``sample.jsonl`` are coded with their publication dates and
annalyst's events matched to the judged ones by article, sentence and trigger (several events of
one trigger: the one whose code and actor codes agree most with the judged one; unmatched
judgements are counted, so a coder change that drops an event shows).  A judged real event with a date verdict is right now when its verdict
was ``date_ok = Y`` and the date and precision are unchanged (a ``day`` and a ``publication``
precision on the same date count as the same: both name that day; so do a ``week`` now and the
``month`` the audit's tree wrote a week as, on the same Monday), or when ``should_be`` names a date
(``YYYY-MM-DD`` for a day, ``YYYY-MM`` for a month, a bare year) and the new date is that date.

*Wire incidents*: of those judged events whose CAMEO root is an incident's (14 protest, 15 force
posture, 17 coercion, 18 assault, 19 fight, 20 mass violence), was judged right and is still the
coded root (the incident found with the right type), how many have the right date now.

It also counts the flags the date stage sets: of the events the audit classed ``MODAL`` (a future or
planned event coded as asserted), how many are now not asserted; of the real events judged rightly
asserted (no flags, ``flags_ok = Y``), how many are now ``planned`` (false alarms).

**dates-1, dates-2.**  The project's own golds (``bench/data/dates-1``, ``dates-2``; rules in dates-1's
README, which dates-2 follows): 30 and 40 Reuters-21578 stories with datelines, every coded event given its
day, ISO week, month, year or ``unknown`` by a reader.  Events are matched by article, sentence, trigger and order; reported: day accuracy beside the
story-date baseline, accuracy at the gold's precision, and days made up for events the text leaves
undated.

All sets are split by document into a dev and a test half (``random.Random(SEED)``): tune on
dev, report both.

Usage: python bench/dates_timeml.py [--shared ../shared] [--show-errors] [--only timeml|audit|dates1|dates2|incidents]
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

SEED = 16
# CAMEO roots of wire *incidents* (issue 16's "wire incidents found with the right type"): protest,
# force posture, coercion (arrests, seizures), assault, fighting, mass violence.
INCIDENT_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
_DAY_RELATIONS = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS"})
_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


@dataclass
class GoldDoc:
    doc_id: str
    text: str
    published: dt.date
    events: list[tuple[int, int, str, Optional[dt.date]]] = field(default_factory=list)  # start, end, eid, day


def split(ids: list[str]) -> dict[str, str]:
    """Document id → "dev" / "test": half each, shuffled with the fixed seed."""
    ordered = sorted(ids)
    random.Random(SEED).shuffle(ordered)
    half = len(ordered) // 2
    return {doc_id: ("dev" if n < half else "test") for n, doc_id in enumerate(ordered)}


def load_timeml(path: Path) -> GoldDoc:
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    published = dt.date.fromisoformat(dct.get("value")[:10])
    body = root.find("TEXT")
    pieces: list[str] = [body.text or ""]
    spans: list[tuple[int, int, str]] = []
    pos = len(pieces[0])
    for child in body:
        inner = "".join(child.itertext())
        if child.tag == "EVENT":
            spans.append((pos, pos + len(inner), child.get("eid")))
        pieces.append(inner)
        pos += len(inner)
        pieces.append(child.tail or "")
        pos += len(child.tail or "")
    text = "".join(pieces)
    times = {t.get("tid"): t.get("value") for t in root.iter("TIMEX3") if t.get("type") == "DATE"}
    instance_event = {mi.get("eiid"): mi.get("eventID") for mi in root.iter("MAKEINSTANCE")}
    days: dict[str, dt.date] = {}
    same_time: list[tuple[str, str]] = []  # (event, event it lies within or coincides with)
    for link in root.iter("TLINK"):
        eid = instance_event.get(link.get("eventInstanceID"))
        value = times.get(link.get("relatedToTime"))
        if eid and value and link.get("relType") in _DAY_RELATIONS and _FULL_DAY.match(value):
            days.setdefault(eid, dt.date.fromisoformat(value))
        other = instance_event.get(link.get("relatedToEventInstance"))
        if eid and other and link.get("relType") in _DAY_RELATIONS:
            same_time.append((eid, other))
    # an event within (or simultaneous with) an event of known day has that day too
    changed = True
    while changed:
        changed = False
        for eid, other in same_time:
            if eid not in days and other in days:
                days[eid] = days[other]
                changed = True
    doc = GoldDoc(path.stem, text, published)
    doc.events = [(s, e, eid, days.get(eid)) for s, e, eid in spans]
    return doc


def offset_map(raw: str, cleaned: str) -> list[Optional[int]]:
    """For each character of ``raw`` its offset in ``cleaned`` (None where the cleaner changed it)."""
    mapping: list[Optional[int]] = [None] * (len(raw) + 1)
    matcher = difflib.SequenceMatcher(None, raw, cleaned, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            mapping[a + k] = b + k
    return mapping


def right(date: Optional[dt.date], precision: Optional[str], gold: dt.date) -> bool:
    return date == gold and precision in ("day", "publication")


def score_timeml(shared: Path, show: bool) -> dict[str, dict[str, int]]:
    from annalyst.api import code_documents
    from annalyst.model import Document

    golds = [load_timeml(p) for p in sorted((shared / "eval" / "timeml-platinum").glob("*.tml"))]
    halves = split([g.doc_id for g in golds])
    inputs = [Document(doc_id=g.doc_id, source=g.doc_id, raw=g.text, published=g.published) for g in golds]
    counts = {h: {"scored": 0, "right": 0, "baseline": 0} for h in ("dev", "test")}
    for gold, doc in zip(golds, code_documents(inputs)):
        mapping = offset_map(gold.text, doc.text)
        located = []
        for start, end, eid, day in gold.events:
            if day is None:
                continue
            points = [mapping[k] for k in range(start, end) if mapping[k] is not None]
            if points:
                located.append((min(points), max(points) + 1, eid, day))
        for event in doc.events:
            if event.trigger_span is None:
                continue
            ts, te = event.trigger_span
            hits = [g for g in located if g[0] < te and ts < g[1]]
            if not hits:
                continue
            _tally(counts, halves[gold.doc_id], gold, event, hits[0][3], show)
    return counts


def _tally(counts: dict[str, dict[str, int]], half: str, gold: GoldDoc, event, day: dt.date, show: bool,
           tag: str = "") -> None:
    """Count one scored event: right (``right``) and the story-date baseline; print it when wrong."""
    c = counts[half]
    c["scored"] += 1
    ok = right(event.date, event.date_precision, day)
    c["right"] += ok
    c["baseline"] += day == gold.published
    if show and not ok:
        print(f"  [{tag}{half}] {gold.doc_id} {event.trigger!r}: {event.date} {event.date_precision}"
              f" ({event.date_text!r}) gold {day}\n      {event.text[:200]}")


def score_timeml_all(shared: Path, show: bool) -> dict[str, dict[str, int]]:
    """The date stage alone on every gold event with a known day, coded or not: the document is parsed,
    an event is put on each such gold trigger (its sentence, its words; no actors, code 010) and
    ``DateStep`` dates it as it dates a coded event.  A measure of the time-slot and resolution
    rules over ~4x the events the coder finds, free of what the coder does or does not code."""
    from annalyst.dates import DateStep
    from annalyst.model import ActorRef, Document, Event
    from annalyst.parse import ParseStep

    golds = [load_timeml(p) for p in sorted((shared / "eval" / "timeml-platinum").glob("*.tml"))]
    halves = split([g.doc_id for g in golds])
    parser, step = ParseStep(), DateStep()
    counts = {h: {"scored": 0, "right": 0, "baseline": 0} for h in ("dev", "test")}
    for gold in golds:
        doc = parser.process(Document(doc_id=gold.doc_id, source=gold.doc_id, text=gold.text, published=gold.published))
        dated = []
        for start, end, eid, day in gold.events:
            sent = next((s for s in doc.sentences if s.start <= start < s.end), None)
            if day is None or sent is None:
                continue
            doc.events.append(Event(doc_id=gold.doc_id, sentence_index=sent.index, text=sent.text,
                                    span=(sent.start, sent.end), source=ActorRef("X"), target=None, cameo="010",
                                    trigger=gold.text[start:end], trigger_span=(start, end)))
            dated.append(day)
        for event, day in zip(step.process(doc).events if doc.events else [], dated):
            _tally(counts, halves[gold.doc_id], gold, event, day, show, tag="all ")
    return counts


def should_be_date(text: str) -> Optional[tuple[dt.date, str]]:
    """The date an audit verdict says the event should have, if it names one plainly."""
    m = re.search(r"(?<![~\d])(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?![\d/])", text or "")
    if m is None or text[max(0, m.start() - 1):m.start()] == "~":
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return dt.date(int(year), int(month), int(day)), "day"
    if month:
        return dt.date(int(year), int(month), 1), "month"
    return dt.date(int(year), 1, 1), "year"


def _closest(events: list, judged: dict):
    """Of the events coded from the judged sentence with the judged trigger, the one whose actors and
    code agree most with what was judged (one sentence may give several events)."""
    if not events:
        return None
    return max(events, key=lambda e: ((e.cameo == judged["cameo"]) + (e.source.code == judged["source"])
                                      + ((e.target.code if e.target else None) == judged["target"])))


def score_audit(shared: Path, show: bool) -> dict[str, dict[str, int]]:
    from annalyst.api import code_documents
    from annalyst.model import Document

    folder = shared / "eval" / "news-audit-1"
    articles = [json.loads(line) for line in (folder / "sample.jsonl").read_text(encoding="utf-8").splitlines() if line]
    judged = [json.loads(line) for line in (folder / "judgements.jsonl").read_text(encoding="utf-8").splitlines() if line]
    halves = split([a["id"] for a in articles])
    inputs = [Document(doc_id=a["id"], source=a["id"], raw=a["text"], published=dt.date.fromisoformat(a["published"]))
              for a in articles]
    coded: dict[tuple[str, str, str], list] = {}
    for doc in code_documents(inputs):
        for event in doc.events:
            coded.setdefault((doc.doc_id, " ".join(event.text.split()), event.trigger), []).append(event)
    counts = {h: {"judged": 0, "matched": 0, "right_before": 0, "right": 0, "modal": 0, "modal_flagged": 0,
                  "asserted_ok": 0, "planned_on_asserted": 0, "incidents": 0, "incidents_right": 0}
              for h in ("dev", "test")}
    for row in judged:
        same = coded.get((row["article"], " ".join(row["sentence"].split()), row["trigger"]), [])
        event = _closest(same, row["annalyst"])
        c = counts[halves[row["article"]]]
        if event is not None and "MODAL" in row["error_classes"]:
            c["modal"] += 1  # a future or planned event the audit found coded as asserted
            c["modal_flagged"] += not event.asserted
        if event is not None and row["flags_ok"] == "Y" and not row["annalyst"]["flags"] and row["real_event"] == "Y":
            c["asserted_ok"] += 1  # judged a real, rightly asserted event: "planned" would be a false alarm
            c["planned_on_asserted"] += "planned" in event.flags
        if row["real_event"] != "Y" or row["date_ok"] not in ("Y", "N"):
            continue
        c["judged"] += 1
        c["right_before"] += row["date_ok"] == "Y"
        if event is None:
            continue
        c["matched"] += 1
        now = (event.date.isoformat() if event.date else None, event.date_precision)
        before = (row["annalyst"]["date"], row["annalyst"]["date_precision"])
        if row["date_ok"] == "Y":
            # the same day counts whether read from the text or taken from the report ("day" and
            # "publication" name one day each)
            # (and a week: the audit's tree wrote "last week" as the week's Monday at month precision)
            ok = now == before or (now[0] == before[0] and ({now[1], before[1]} <= {"day", "publication"}
                                                            or (now[1], before[1]) == ("week", "month")))
        else:
            target = should_be_date(row["should_be"])
            ok = target is not None and event.date == target[0] and \
                (target[1] != "day" or event.date_precision in ("day", "publication"))
        c["right"] += ok
        if row["root_ok"] == "Y" and (event.cameo or "")[:2] == row["annalyst"]["cameo"][:2] in INCIDENT_ROOTS:
            c["incidents"] += 1  # an incident found with the right type (its judged root, unchanged)
            c["incidents_right"] += ok
        if show and not ok:
            print(f"  [{halves[row['article']]}] #{row['idx']} {row['trigger']!r}: {now} was {before} "
                  f"({row['date_ok']}; should be {row['should_be'][:60]!r})\n      {row['sentence'][:200]}")
    return counts


def gold_period(value: str) -> Optional[tuple[dt.date, str]]:
    """A dates-1 gold value as (first day, precision): "1987-03-10" day, "1987-W13" week (its
    Monday), "1987-03" month, "1987" year; None for "unknown"."""
    if value == "unknown":
        return None
    if "-W" in value:
        year, week = value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1), "week"
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts), "day"
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), "month"
    return dt.date(parts[0], 1, 1), "year"


def right_at(date: Optional[dt.date], precision: Optional[str], gold: tuple[dt.date, str]) -> bool:
    """Right at the gold's precision: a day by ``right``; a week, month or year at that precision."""
    if gold[1] == "day":
        return right(date, precision, gold[0])
    return date == gold[0] and precision == gold[1]


# the project's own per-event date golds (bench/data/<name>, README there), one annotation rule for all
OWN_SETS = ("dates-1", "dates-2")


def score_own(name: str, show: bool) -> dict[str, dict[str, int]]:
    """One of the project's own per-event date golds on Reuters stories with datelines (``OWN_SETS``)."""
    from annalyst.api import code_documents
    from annalyst.model import Document

    folder = Path(__file__).resolve().parent / "data" / name
    articles = [json.loads(line) for line in (folder / "sample.jsonl").read_text(encoding="utf-8").splitlines() if line]
    golds = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    halves = split([a["id"] for a in articles])
    inputs = [Document(doc_id=a["id"], source=a["id"], raw=a["text"], published=dt.date.fromisoformat(a["published"]))
              for a in articles]
    published = {a["id"]: dt.date.fromisoformat(a["published"]) for a in articles}
    coded: dict[tuple[str, str, str, int], object] = {}
    for doc in code_documents(inputs):
        seen: dict[tuple[str, str, str], int] = {}
        for event in doc.events:
            key = (doc.doc_id, " ".join(event.text.split()), event.trigger)
            nth = seen.get(key, 0)
            seen[key] = nth + 1
            coded[(*key, nth)] = event
    counts = {h: {"gold": 0, "matched": 0, "day": 0, "day_right": 0, "baseline": 0, "known": 0, "known_right": 0,
                  "unknown": 0, "made_up": 0} for h in ("dev", "test")}
    for g in golds:
        c = counts[halves[g["article"]]]
        c["gold"] += 1
        event = coded.get((g["article"], g["sentence"], g["trigger"], g["nth"]))
        if event is None:
            continue  # the tree no longer codes this event (counted: gold - matched)
        c["matched"] += 1
        gold = gold_period(g["date"])
        if gold is None:
            c["unknown"] += 1
            c["made_up"] += event.date_precision == "day"
            if show and event.date_precision == "day":
                print(f"  [{halves[g['article']]}] {g['article']} {g['trigger']!r}: {event.date} day "
                      f"({event.date_text!r}) gold unknown ({g['rule']}), a day made up\n      {g['sentence'][:200]}")
            continue
        ok = right_at(event.date, event.date_precision, gold)
        c["known"] += 1
        c["known_right"] += ok
        if gold[1] == "day":
            c["day"] += 1
            c["day_right"] += ok
            c["baseline"] += gold[0] == published[g["article"]]
        if show and not ok:
            print(f"  [{halves[g['article']]}] {g['article']} {g['trigger']!r}: {event.date} {event.date_precision}"
                  f" ({event.date_text!r}) gold {g['date']} ({g['rule']})\n      {g['sentence'][:200]}")
    return counts


# The CAMEO roots that code each IndiaPoliceEvents label "with the right type": an arrest is a
# coercion (17: 173 arrest, detain); a killing by the police is coercion (175 violent repression),
# assault, fighting or mass violence (news-audit-1 rules: 19x/175 for troops firing on crowds).
LABEL_ROOTS = {"ARREST": frozenset({"17"}), "KILL": frozenset({"17", "18", "19", "20"})}


def score_incidents(shared: Path, show: bool) -> dict[str, dict[str, int]]:
    """Wire-incident dates on IndiaPoliceEvents sentences whose text gives the day
    (bench/data/incident-dates-1, README there): of the incidents annalyst finds with the right type
    in the gold sentence, those dated the gold day (at precision day or publication)."""
    import csv
    from annalyst.api import code_documents
    from annalyst.model import Document

    csv.field_size_limit(1 << 30)
    golds = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "incident-dates-1" /
                                           "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    folder = shared / "eval" / "india-police-events"
    wanted = {g["doc_id"] for g in golds}
    with (folder / "metadata.csv").open(encoding="utf-8", newline="") as fh:
        meta = {r["doc_id"]: r for r in csv.DictReader(fh) if r["doc_id"] in wanted}
    with (folder / "sents.csv").open(encoding="utf-8", newline="") as fh:
        sentences = {(r["doc_id"], int(r["sent_id"])): r["sent_text"] for r in csv.DictReader(fh) if r["doc_id"] in wanted}
    halves = split(sorted(wanted, key=int))
    inputs = [Document(doc_id=d, source=d, raw=meta[d]["full_text"], published=dt.date.fromisoformat(meta[d]["date"]))
              for d in sorted(wanted, key=int)]
    coded = {doc.doc_id: doc.events for doc in code_documents(inputs)}
    counts = {h: {"gold": 0, "found": 0, "right": 0, "baseline": 0} for h in ("dev", "test")}
    for g in golds:
        c = counts[halves[g["doc_id"]]]
        c["gold"] += 1
        key = " ".join(sentences[g["doc_id"], g["sent_id"]].split())[:60]
        found = [e for e in coded.get(g["doc_id"], []) if key[:40] in " ".join(e.text.split())
                 and (e.cameo or "")[:2] in LABEL_ROOTS[g["label"]]]
        if not found:
            continue  # not found with the right type: not scored (the measure is conditional)
        c["found"] += 1
        gold = dt.date.fromisoformat(g["date"])
        ok = any(right(e.date, e.date_precision, gold) for e in found)
        c["right"] += ok
        c["baseline"] += gold == dt.date.fromisoformat(meta[g["doc_id"]]["date"])
        if show and not ok:
            print(f"  [{halves[g['doc_id']]}] ipe {g['doc_id']}/{g['sent_id']} "
                  f"{[(e.trigger, str(e.date), e.date_precision, e.date_text) for e in found]} gold {g['date']}"
                  f"\n      {key}")
    return counts


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--show-errors", action="store_true", help="print every wrong date")
    parser.add_argument("--only", choices=("timeml", "audit", "dates1", "dates2", "incidents"),
                        help="score one set only (dates1, dates2: bench/data/dates-1, dates-2)")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    for name in OWN_SETS:
        if args.only not in (None, name.replace("-", "")):
            continue
        for half, c in score_own(name, args.show_errors).items():
            print(f"{name} {half}: day accuracy {_ratio(c['day_right'], c['day'])}; story-date baseline "
                  f"{_ratio(c['baseline'], c['day'])}; known accuracy (day/week/month/year) "
                  f"{_ratio(c['known_right'], c['known'])}; made-up days on unknown dates "
                  f"{_ratio(c['made_up'], c['unknown'])}; {c['matched']} of {c['gold']} gold events matched")
    if args.only in (None, "incidents"):
        for half, c in score_incidents(shared, args.show_errors).items():
            print(f"incident-dates-1 {half}: of {c['gold']} incidents, {c['found']} found with the right type; "
                  f"date right {_ratio(c['right'], c['found'])}; story-date baseline {_ratio(c['baseline'], c['found'])}")
    if args.only in (None, "timeml"):
        timeml = score_timeml(shared, args.show_errors)
        for half, c in timeml.items():
            print(f"timeml {half}: day accuracy {_ratio(c['right'], c['scored'])}; "
                  f"story-date baseline {_ratio(c['baseline'], c['scored'])}")
        for half, c in score_timeml_all(shared, args.show_errors).items():
            print(f"timeml all gold-dated events {half}: date stage day accuracy {_ratio(c['right'], c['scored'])}; "
                  f"story-date baseline {_ratio(c['baseline'], c['scored'])}")
    if args.only in (None, "audit"):
        audit = score_audit(shared, args.show_errors)
        for half, c in audit.items():
            print(f"news-audit {half}: date right {_ratio(c['right'], c['judged'])} (at the audit: "
                  f"{_ratio(c['right_before'], c['judged'])}; {c['matched']} of {c['judged']} judged events matched); "
                  f"MODAL errors now not asserted {_ratio(c['modal_flagged'], c['modal'])}; "
                  f"rightly asserted events now planned {_ratio(c['planned_on_asserted'], c['asserted_ok'])}; "
                  f"incidents (roots {','.join(sorted(INCIDENT_ROOTS))}) found with the right type: date right "
                  f"{_ratio(c['incidents_right'], c['incidents'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
