from __future__ import annotations

import csv
import json
import random
import re
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable, Optional, Sequence

from annalyst.errors import InputError, ModelError
from annalyst.evaluate.normalise import country_class, country_matches, gold_country, gold_sector
from annalyst.model import Document, Event

SETS = ("codebook", "gsr", "india", "glocon")
HALVES = ("dev", "test")
# The dev/test split's seed.  Fixed for good: changing it moves sentences between the halves, and the
# test half must stay one nobody tuned on (docs/evaluation.md).
SPLIT_SEED = 14
CONTENTIOUS = {"PROTEST", "ASSAULT", "COERCE", "THREATEN", "MOBILIZE"}
# PLOVER 0.5b1 names in the GSR -> the current ontology (PLOVER manual v2.0)
GSR_EVENT_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass
class EvalOptions:
    shared_dir: Path = Path("../shared")
    sets: tuple[str, ...] = SETS
    limit: int = 600  # sentences sampled from each real-news set (0 = all), within the half
    seed: int = 13
    batch_size: int = 64
    half: Optional[str] = None  # "dev" or "test" (see :func:`split_half`); None = the whole sets


@dataclass
class CodebookScore:
    n: int = 0
    coded: int = 0  # sentences with at least one event
    exact: float = 0.0
    three_digit: float = 0.0
    root: float = 0.0


@dataclass
class GsrScore:
    n: int = 0
    event_precision: float = 0.0
    event_recall: float = 0.0
    event_f1: float = 0.0
    source_country: float = 0.0
    target_country: float = 0.0
    source_sector: float = 0.0
    target_sector: float = 0.0
    triple_precision: float = 0.0
    triple_recall: float = 0.0
    triple_f1: float = 0.0


@dataclass
class SentenceScore:
    name: str
    n: int = 0
    positives: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0


@dataclass
class SplitSize:
    """How many units (documents, or records where a set has none) and items a half holds."""

    name: str
    unit: str
    units: int
    items: int


@dataclass(frozen=True)
class Goal:
    """A goal an issue set on a real-news metric: the metric that carries it and its floors."""

    metric: str  # a SentenceScore name
    recall: float
    precision: float
    issue: str

    def verdict(self, score: SentenceScore) -> dict:
        met = score.recall >= self.recall and score.precision >= self.precision
        return {"issue": self.issue, "metric": self.metric, "recall_floor": self.recall,
                "precision_floor": self.precision, "precision": round(score.precision, 3),
                "recall": round(score.recall, 3), "met": met}


# GLOCON's positive label is any contentious politics event (protest, riot, attack ...: docs/evaluation.md),
# so issue 14's GLOCON goal is read on glocon-contentious; glocon-protest counts PROTEST only, whose recall
# on that label stays near 0.5 even for a perfect coder.
GOALS = (Goal("glocon-contentious", recall=0.70, precision=0.85, issue="issue 14"),)


@dataclass
class EvalReport:
    codebook: Optional[CodebookScore] = None
    gsr: Optional[GsrScore] = None
    real: list[SentenceScore] = field(default_factory=list)
    seconds: float = 0.0
    half: Optional[str] = None
    split: list[SplitSize] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "half": self.half,
            "split": [asdict(s) for s in self.split],
            "codebook": asdict(self.codebook) if self.codebook else None,
            "gsr": asdict(self.gsr) if self.gsr else None,
            "real_news": [asdict(s) for s in self.real],
            "goals": self.goals(),
            "seconds": round(self.seconds, 1),
        }

    def goals(self) -> list[dict]:
        """The verdict of each goal (``GOALS``) whose metric this report scored."""
        scores = {s.name: s for s in self.real}
        return [g.verdict(scores[g.metric]) for g in GOALS if g.metric in scores]

    def rows(self) -> list[dict[str, str]]:
        """The report as (set, metric, value) rows for a table."""
        out: list[dict[str, str]] = []

        def add(name: str, metric: str, value: float | int) -> None:
            out.append({"set": name, "metric": metric, "value": f"{value:.3f}" if isinstance(value, float) else str(value)})

        if self.codebook:
            c = self.codebook
            for metric in ("n", "coded", "exact", "three_digit", "root"):
                add("cameo-codebook", metric, getattr(c, metric))
        if self.gsr:
            for metric, value in asdict(self.gsr).items():
                add("plover-gsr", metric, value)
        for s in self.real:
            for metric in ("n", "positives", "precision", "recall", "f1"):
                add(s.name, metric, getattr(s, metric))
        return out


# ----------------------------------------------------------------------------- the coder under test


def _default_steps() -> list:
    from annalyst.events import EventStep
    from annalyst.parse import ParseStep

    try:
        from annalyst.actors import ActorStep
    except ImportError as exc:  # the actor stage is part of the coder being measured
        raise ModelError(f"The actor stage is not available ({exc}).",
                         "Install annalyst completely; `annalyst eval` scores parse → actors → events.") from exc
    return [ParseStep(), ActorStep(), EventStep()]


def code_sentences(texts: Sequence[str], steps: Optional[list] = None, batch_size: int = 64) -> list[list[Event]]:
    """Code each text as its own document; returns the events per text."""
    from annalyst.pipeline.base import Pipeline

    pipeline = Pipeline(steps if steps is not None else _default_steps())
    docs = [Document(doc_id=f"eval-{i}", source="<eval>", text=t) for i, t in enumerate(texts)]
    out: list[list[Event]] = []
    for doc in pipeline.iter_processed(docs, batch_size=batch_size):
        out.append(list(doc.events))
    return out


def primary_event(events: Sequence[Event]) -> Optional[Event]:
    """The sentence's main event: asserted first, then the most central (``salience``), then the earliest."""
    if not events:
        return None
    return max(events, key=lambda e: (e.asserted, e.source.country is not None, round(e.salience, 2),
                                       -(e.trigger_span or (0, 0))[0]))


# ----------------------------------------------------------------------------- data sets


def _require(path: Path) -> Path:
    if not path.exists():
        raise InputError(f"Evaluation data not found at {path}.",
                         "Run from the repository root with ../shared beside it, or pass --shared PATH.")
    return path


def load_codebook(shared: Path) -> list[tuple[str, str]]:
    path = _require(shared / "reference" / "cameo" / "cameo-codes.csv")
    rows = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for r in csv.DictReader(fh):
            ex = (r.get("example") or "").strip()
            if ex and ex != "NA":
                rows.append((r["code"], ex.replace("\ufffd\ufffd\ufffd", "'").replace("\ufffd", "'")))
    return rows


@dataclass
class GsrRecord:
    """One GSR event, its actors' codes normalised (``annalyst.evaluate.normalise``)."""

    text: str
    event: str
    sources: list[tuple[Optional[str], Optional[str]]]  # (country, sector)
    targets: list[tuple[Optional[str], Optional[str]]]
    # "SRC/TAR" markup: each actor is source and target of the others ("Hungary and Romania agreed"); the
    # GSR then leaves ``target`` empty, and the targets are the sources
    reciprocal: bool = False


def _actors(value) -> list[tuple[Optional[str], Optional[str]]]:
    if not value or not isinstance(value, list):
        return []
    return [(gold_country(a.get("code")), gold_sector(a.get("sector"))) for a in value if isinstance(a, dict)]


def _markup(record: dict) -> str:
    info = record.get("textInfo")
    return info.get("markup", "") if isinstance(info, dict) else ""


def load_gsr(shared: Path) -> list[GsrRecord]:
    path = _require(shared / "eval" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt")
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in data:
        ev = r.get("event")
        if not ev or ev == "DOCUMENT" or not r.get("text"):
            continue
        sources, targets = _actors(r.get("source")), _actors(r.get("target"))
        reciprocal = "SRC/TAR" in _markup(r) and len(sources) > 1 and not targets
        if reciprocal:
            targets = list(sources)
        out.append(GsrRecord(r["text"], GSR_EVENT_NAMES.get(ev, ev), sources, targets, reciprocal))
    return out


def load_india(shared: Path) -> list[tuple[str, bool, bool, str]]:
    """(sentence, police arrest, police killing/force, article id)."""
    path = _require(shared / "eval" / "india-police-events" / "sents.csv")
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for r in csv.DictReader(fh):
            text = (r.get("sent_text") or "").strip()
            if not text or text.startswith("This story is from"):
                continue
            out.append((text, r["ARREST"] == "1", r["KILL"] == "1" or r["FORCE"] == "1", r["doc_id"]))
    return out


def load_glocon(shared: Path) -> list[tuple[str, bool, str]]:
    """(sentence, contentious-event label, source document)."""
    path = _require(shared / "eval" / "glocon-protest" / "sentence_Sabinet.jsonl")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append((re.sub(r"\s+", " ", r["sentence"]).strip(), int(r["label"]) == 1, r["url"]))
    return out


# ----------------------------------------------------------------------------- dev / test halves

# What a set is split by: its documents where it has them, so no article has sentences in both halves
# (a coder tuned on one sentence of an article has seen its actors and style).  The codebook has one
# example per CAMEO code, the GSR edited single sentences: they are split by record, the GSR by the
# sentence's text (6 sentences carry two records each; both go to the same half).
SPLIT_UNITS = {
    "codebook": ("CAMEO code", lambda row: row[0]),
    "gsr": ("sentence", lambda rec: rec.text),
    "india": ("article", lambda row: row[3]),
    "glocon": ("document", lambda row: row[2]),
}


def split_half(keys: Sequence[str], half: str, seed: int = SPLIT_SEED) -> set[str]:
    """The units of one half: the distinct keys, sorted, shuffled with ``seed``; the first half of them
    (rounded up) is ``dev``, the rest ``test``.  Sorting first makes the split independent of file order."""
    if half not in HALVES:
        raise InputError(f"Unknown half {half!r}.", f"Choose from {', '.join(HALVES)} (or both on the command line).")
    units = sorted(set(keys))
    random.Random(seed).shuffle(units)
    cut = (len(units) + 1) // 2
    return set(units[:cut] if half == "dev" else units[cut:])


def take_half(name: str, items: list, half: Optional[str], report: Optional["EvalReport"] = None) -> list:
    """The items of ``half`` of set ``name`` (all of them when ``half`` is None), in file order."""
    unit, key = SPLIT_UNITS[name]
    if half is not None:
        chosen = split_half([key(x) for x in items], half)
        items = [x for x in items if key(x) in chosen]
    if report is not None:
        report.split.append(SplitSize(name, unit, len({key(x) for x in items}), len(items)))
    return items


def _sample(items: list, limit: int, seed: int, key: Callable, balanced: bool = False) -> list:
    """A fixed-seed sample: positives and negatives in their original proportion, or half and
    half (``balanced``) where positives are too rare to measure recall on a small sample."""
    if not limit or len(items) <= limit:
        return items
    rng = random.Random(seed)
    pos = [x for x in items if key(x)]
    neg = [x for x in items if not key(x)]
    n_pos = limit // 2 if balanced else max(1, round(limit * len(pos) / len(items)))
    return rng.sample(pos, min(n_pos, len(pos))) + rng.sample(neg, min(limit - n_pos, len(neg)))


# ----------------------------------------------------------------------------- scoring


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_codebook(rows: list[tuple[str, str]], coded: list[list[Event]]) -> CodebookScore:
    score = CodebookScore(n=len(rows))
    exact = three = root = 0
    for (gold, _), events in zip(rows, coded):
        ev = primary_event(events)
        if ev is None:
            continue
        score.coded += 1
        exact += ev.cameo == gold
        three += ev.cameo[:3] == gold[:3]
        root += ev.cameo[:2] == gold[:2]
    n = max(1, len(rows))
    score.exact, score.three_digit, score.root = exact / n, three / n, root / n
    return score


def _country(ref) -> Optional[str]:
    return ref.country if ref is not None else None


def gsr_event(record: GsrRecord, events: Sequence[Event]) -> Optional[Event]:
    """The predicted event whose actors are compared with the gold record's.

    A GSR record codes one event of its sentence.  When the coder found an event of that type, its actors
    are the ones to compare (another event of the sentence has other actors: "X said Y attacked Z");
    otherwise the sentence's primary event stands for the sentence.
    """
    same = [e for e in events if e.event == record.event]
    return primary_event(same) or primary_event(events)


def gold_triples(record: GsrRecord) -> set[tuple[Optional[str], Optional[str], str]]:
    """(source country, target country, event) triples of a record, countries as comparison classes.

    Compound actors give one triple per combination; a reciprocal record ("Hungary and Romania agreed")
    one per ordered pair of distinct actors; a record without a target one triple with target ``None``.
    """
    sources = {country_class(c) for c, _ in record.sources if c} or {None}
    targets = {country_class(c) for c, _ in record.targets if c} or {None}
    pairs = {(s, t) for s in sources for t in targets}
    if record.reciprocal:
        pairs = {(s, t) for s, t in pairs if s != t} or pairs
    return {(s, t, record.event) for s, t in pairs}


def _any_country(gold: list[tuple[Optional[str], Optional[str]]], predicted: Optional[str]) -> bool:
    return any(country_matches(c, predicted) for c, _ in gold if c)


def _any_sector(gold: list[tuple[Optional[str], Optional[str]]], predicted: Optional[str]) -> bool:
    return predicted is not None and any(sec == predicted for _, sec in gold if sec)


def score_gsr(records: list[GsrRecord], coded: list[list[Event]]) -> GsrScore:
    """Event P/R/F1 compare each sentence's primary event with the gold event; actor accuracies the
    actors of :func:`gsr_event` with the gold actors (any of a compound); triples all predicted events
    of the primary event's type with :func:`gold_triples`.  Codes are normalised first (see
    ``annalyst.evaluate.normalise`` and docs/actors.md, "Scoring")."""
    s = GsrScore(n=len(records))
    tp = fp = fn = 0
    ttp = tfp = tfn = 0
    src_c = src_n = tgt_c = tgt_n = srs_c = srs_n = trs_c = trs_n = 0
    for rec, events in zip(records, coded):
        ev = primary_event(events)
        if ev is None or ev.event is None:
            fn += 1
        elif ev.event == rec.event:
            tp += 1
        else:
            fp += 1
            fn += 1
        compared = gsr_event(rec, events)
        src = compared.source if compared is not None else None
        tgt = compared.target if compared is not None else None
        if any(c for c, _ in rec.sources):
            src_n += 1
            src_c += _any_country(rec.sources, _country(src))
        if any(sec for _, sec in rec.sources):
            srs_n += 1
            srs_c += _any_sector(rec.sources, src.sector if src else None)
        if any(c for c, _ in rec.targets):
            tgt_n += 1
            tgt_c += _any_country(rec.targets, _country(tgt))
        if any(sec for _, sec in rec.targets):
            trs_n += 1
            trs_c += _any_sector(rec.targets, tgt.sector if tgt else None)
        gold = gold_triples(rec)
        pred = set()
        if ev is not None and ev.event:
            pred = {(country_class(e.source.country), country_class(_country(e.target)), e.event) for e in events
                    if e.event == ev.event and e.asserted == ev.asserted}
        ttp += len(gold & pred)
        tfp += len(pred - gold)
        tfn += len(gold - pred)
    s.event_precision, s.event_recall, s.event_f1 = _prf(tp, fp, fn)
    s.triple_precision, s.triple_recall, s.triple_f1 = _prf(ttp, tfp, tfn)
    s.source_country = src_c / max(1, src_n)
    s.target_country = tgt_c / max(1, tgt_n)
    s.source_sector = srs_c / max(1, srs_n)
    s.target_sector = trs_c / max(1, trs_n)
    return s


def score_sentences(name: str, gold: list[bool], predicted: list[bool]) -> SentenceScore:
    tp = sum(g and p for g, p in zip(gold, predicted))
    fp = sum(p and not g for g, p in zip(gold, predicted))
    fn = sum(g and not p for g, p in zip(gold, predicted))
    p, r, f = _prf(tp, fp, fn)
    return SentenceScore(name=name, n=len(gold), positives=sum(gold), precision=p, recall=r, f1=f)


def glocon_protest(events: Sequence[Event]) -> bool:
    """Does the coder report a protest (PLOVER PROTEST, CAMEO 14x) in the sentence?  One reported as
    planned or called counts (GLOCON labels announced marches), one denied does not ("residents had
    not demonstrated", "no major protests": GLOCON 0, and CAMEO codes no denied event)."""
    return any(e.event == "PROTEST" and "negated" not in e.flags for e in events)


def _police(ev: Event) -> bool:
    text = (ev.source.text or "").lower()
    return ev.source.sector in ("COP", "POL", "SEC") or any(w in text for w in ("police", "cop", "constable", "inspector"))


def evaluate(options: Optional[EvalOptions] = None, *, steps: Optional[list] = None,
             on_progress: Optional[Callable[[str], None]] = None) -> EvalReport:
    """Score the coder on the chosen dev sets.  ``steps`` replaces parse→actors→events (tests)."""
    options = options or EvalOptions()
    shared = Path(options.shared_dir)
    if not shared.is_dir():
        raise InputError(f"The shared data folder {shared} does not exist.",
                         "Run from the repository root with ../shared beside it, or pass --shared PATH.")
    unknown = set(options.sets) - set(SETS)
    if unknown:
        raise InputError(f"Unknown evaluation set(s): {', '.join(sorted(unknown))}.", f"Choose from {', '.join(SETS)}.")
    if options.half is not None and options.half not in HALVES:
        raise InputError(f"Unknown half {options.half!r}.", f"Choose from {', '.join(HALVES)}.")
    steps = steps if steps is not None else _default_steps()
    report = EvalReport(half=options.half)
    started = time.perf_counter()

    def note(msg: str) -> None:
        if on_progress is not None:
            on_progress(f"{options.half} half: {msg}" if options.half else msg)

    if "codebook" in options.sets:
        rows = take_half("codebook", load_codebook(shared), options.half, report)
        note(f"codebook: {len(rows)} sentences")
        report.codebook = score_codebook(rows, code_sentences([t for _, t in rows], steps, options.batch_size))
    if "gsr" in options.sets:
        recs = take_half("gsr", load_gsr(shared), options.half, report)
        note(f"plover-gsr: {len(recs)} records")
        report.gsr = score_gsr(recs, code_sentences([r.text for r in recs], steps, options.batch_size))
    if "india" in options.sets:
        rows_i = _sample(take_half("india", load_india(shared), options.half, report), options.limit,
                         options.seed, key=lambda x: x[1] or x[2], balanced=True)
        note(f"india-police-events: {len(rows_i)} sentences")
        coded = code_sentences([t for t, _, _, _ in rows_i], steps, options.batch_size)
        arrests = [any(e.asserted and e.cameo.startswith("173") and _police(e) for e in evs) for evs in coded]
        force = [any(e.asserted and e.event == "ASSAULT" and _police(e) or
                     e.asserted and e.cameo.startswith("175") and _police(e) for e in evs) for evs in coded]
        report.real.append(score_sentences("india-police-arrest", [a for _, a, _, _ in rows_i], arrests))
        report.real.append(score_sentences("india-police-kill-force", [k for _, _, k, _ in rows_i], force))
    if "glocon" in options.sets:
        rows_g = _sample(take_half("glocon", load_glocon(shared), options.half, report), options.limit,
                         options.seed, key=lambda x: x[1])
        note(f"glocon-protest: {len(rows_g)} sentences")
        coded = code_sentences([t for t, _, _ in rows_g], steps, options.batch_size)
        protest = [glocon_protest(evs) for evs in coded]
        report.real.append(score_sentences("glocon-protest", [g for _, g, _ in rows_g], protest))
        # GLOCON's positive label is any contentious event (protest, riot, attack, kidnapping ...)
        contentious = [any(e.asserted and e.event in CONTENTIOUS for e in evs) for evs in coded]
        report.real.append(score_sentences("glocon-contentious", [g for _, g, _ in rows_g], contentious))
    report.seconds = time.perf_counter() - started
    return report


def evaluate_halves(options: Optional[EvalOptions] = None, halves: Sequence[str] = HALVES, *,
                    steps: Optional[list] = None,
                    on_progress: Optional[Callable[[str], None]] = None) -> dict[str, EvalReport]:
    """:func:`evaluate` on each of ``halves`` with the same options and coder: ``{half: report}``."""
    options = options or EvalOptions()
    steps = steps if steps is not None else _default_steps()
    return {h: evaluate(replace(options, half=h), steps=steps, on_progress=on_progress) for h in halves}


def side_by_side(reports: dict[str, EvalReport]) -> list[dict[str, str]]:
    """Rows (set, metric, one column per half) of several reports of the same sets."""
    merged: dict[tuple[str, str], dict[str, str]] = {}
    for half, report in reports.items():
        for row in report.rows():
            key = (row["set"], row["metric"])
            merged.setdefault(key, {"set": row["set"], "metric": row["metric"]})[half] = row["value"]
    return list(merged.values())
