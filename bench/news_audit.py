"""Score annalyst against a judged real-news set: every coded event judged by a coder (news-audit-1 rules).

Sets (same JSONL shapes):
  news-audit-1  ../shared/eval/news-audit-1  30 AFP/Xinhua articles, 265 judged events (expert coder)
  judged-1      bench/data/judged-1           this project's own judged BBC/Reuters articles

The articles of ``sample.jsonl`` are coded with the current tree exactly as ``annalyst code --all
--format jsonl`` does (the JSONL reader, the default pipeline, deduplication on, flagged events kept),
through the library.  Each produced event is then matched to a judged one:

1. candidates: the judged events of the same article whose sentence and trigger equal the produced
   event's (sentences compared with runs of white space collapsed and the ends stripped; triggers exactly);
2. within one (article, sentence, trigger) group the pairs are taken greedily, best first, by agreement
   on what annalyst said: CAMEO code 8, source code 4, target code 2, date 1 (ties: file order);
   every judged event is paired at most once.
A produced event without a partner is **unjudged** (counted, listed with ``--show-unjudged``); a judged
event without a partner is **lost** (the tree no longer produces it).

A verdict carries over from the judged event only where the field it judges is unchanged: real_event and
root_ok while the CAMEO root is the same, code_ok while the code is, source_ok / target_ok while the
actor's code is, date_ok while the date is, flags_ok while the flags are.  Otherwise the field counts as
**changed** (reported per metric): it needs a judge, and it is in no denominator.

Metrics, as the set's README defines them ("Y" is right; "N", "C" (close) are not):
  real events  real_event = Y / events with a real_event verdict
  source, target, root, code, date, flags right   Y / real events with that verdict
  triple       real and source and target and root right / events with all four verdicts
  recall       of the analyst's events in ``recall.jsonl``: those the judge matched to a produced event
               (``annalyst_event``) that the tree still produces with the judged fields unchanged.
               Gold events with another produced event of the same article whose root, source country and
               target country agree are counted as ``recall candidates`` (unjudged, not in recall).

Usage: python bench/news_audit.py [--set news-audit-1|judged-1] [--shared ../shared] [--articles N]
                                  [--json] [--show-unjudged N] [--dump EVENTS.jsonl] [--unjudged-out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Optional

REPO = Path(__file__).resolve().parents[1]
SETS = {"news-audit-1": ("shared", "eval/news-audit-1"), "judged-1": ("repo", "bench/data/judged-1")}
VERDICTS = ("real_event", "source_ok", "target_ok", "root_ok", "code_ok", "date_ok", "flags_ok")
# the judged field each verdict depends on: it carries over only while that field is unchanged
DEPENDS = {"real_event": "root", "root_ok": "root", "code_ok": "cameo", "source_ok": "source",
           "target_ok": "target", "date_ok": "date", "flags_ok": "flags"}
WEIGHTS = {"cameo": 8, "source": 4, "target": 2, "date": 1}


def set_dir(name: str, shared: Path) -> Path:
    where, rel = SETS[name]
    return (shared if where == "shared" else REPO) / rel


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def norm_sentence(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def said(ev: dict) -> dict:
    """What annalyst said about a produced event, in the judgements' ``annalyst`` shape."""
    src, tgt = ev.get("source") or {}, ev.get("target") or {}
    # the judgements write an actor as its code, or its country where it has no code ("PAK")
    return {"source": src.get("code") or src.get("country"), "source_text": src.get("text"),
            "target": tgt.get("code") or tgt.get("country"),
            "target_text": tgt.get("text"), "cameo": ev.get("cameo"), "date": ev.get("date"),
            "date_precision": ev.get("date_precision"), "flags": sorted(ev.get("flags") or [])}


def _field(a: dict, name: str):
    if name == "root":
        return (a.get("cameo") or "")[:2]
    if name == "flags":
        return sorted(a.get("flags") or [])
    return a.get(name)


# ----------------------------------------------------------------------------- coding


def code_sample(sample: Path, limit: int = 0) -> list[dict]:
    """Code the articles as ``annalyst code --all --format jsonl`` does; each event JSON gains ``article``
    (the record's id).  ``limit`` keeps the first N articles (0 = all)."""
    from annalyst.api import code_paths
    from annalyst.pipeline.default import PipelineOptions

    path = sample
    if limit:
        import tempfile

        lines = [line for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
        tmp = Path(tempfile.mkdtemp(prefix="news-audit-")) / "sample.jsonl"
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        path = tmp
    out = []
    for doc in code_paths([str(path)], PipelineOptions(dedup=True)):
        article = doc.meta.get("record_id") or doc.doc_id
        for ev in doc.events:
            out.append({"article": article, **ev.to_json()})
    return out


# ----------------------------------------------------------------------------- matching


@dataclass
class Match:
    produced: dict
    judged: Optional[dict]


def match_events(produced: list[dict], judged: list[dict]) -> tuple[list[Match], list[dict]]:
    """Pair produced events with judged ones (see the module's docstring); returns the matches (judged
    None = unjudged) and the judged events left unpaired (lost)."""
    groups: dict[tuple, list[int]] = {}
    for i, j in enumerate(judged):
        groups.setdefault((j["article"], norm_sentence(j["sentence"]), j["trigger"]), []).append(i)
    by_key: dict[tuple, list[int]] = {}
    for k, ev in enumerate(produced):
        by_key.setdefault((ev["article"], norm_sentence(ev.get("text", "")), ev.get("trigger", "")), []).append(k)
    pair: dict[int, int] = {}
    for key, ks in by_key.items():
        js = groups.get(key, [])
        scored = sorted(((-_agreement(said(produced[k]), judged[i]["annalyst"]), n, k, i)
                         for n, (k, i) in enumerate((k, i) for k in ks for i in js)))
        used_k, used_i = set(), set()
        for _, _, k, i in scored:
            if k not in used_k and i not in used_i:
                pair[k] = i
                used_k.add(k)
                used_i.add(i)
    matches = [Match(ev, judged[pair[k]] if k in pair else None) for k, ev in enumerate(produced)]
    taken = set(pair.values())
    return matches, [j for i, j in enumerate(judged) if i not in taken]


def _agreement(now: dict, then: dict) -> int:
    return sum(w for name, w in WEIGHTS.items() if _field(now, name) == _field(then, name))


def verdicts(m: Match) -> dict[str, Optional[str]]:
    """The judged verdicts that still apply to the produced event (None: the field changed, unjudged)."""
    assert m.judged is not None
    now, then = said(m.produced), m.judged["annalyst"]
    return {v: (m.judged[v] if _field(now, DEPENDS[v]) == _field(then, DEPENDS[v]) else None) for v in VERDICTS}


# ----------------------------------------------------------------------------- scoring


@dataclass
class Share:
    right: int = 0
    n: int = 0
    changed: int = 0

    @property
    def value(self) -> float:
        return self.right / self.n if self.n else 0.0


@dataclass
class AuditReport:
    set: str
    articles: int = 0
    produced: int = 0
    matched: int = 0
    unjudged: int = 0
    lost: int = 0
    shares: dict[str, Share] = field(default_factory=dict)
    recall: Share = field(default_factory=Share)
    recall_candidates: int = 0
    recall_articles: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if k not in ("shares", "recall")}
        out["metrics"] = {k: {**asdict(s), "value": round(s.value, 3)} for k, s in self.shares.items()}
        out["metrics"]["recall"] = {**asdict(self.recall), "value": round(self.recall.value, 3)}
        return out

    def rows(self) -> list[tuple[str, str, str]]:
        rows = [(name, f"{s.value:.3f}", f"{s.right}/{s.n}" + (f" ({s.changed} changed)" if s.changed else ""))
                for name, s in self.shares.items()]
        rows.append(("recall", f"{self.recall.value:.3f}", f"{self.recall.right}/{self.recall.n} "
                     f"({self.recall_articles} articles; {self.recall_candidates} unjudged candidates)"))
        return rows


METRICS = (("real events", "real_event", False), ("source right", "source_ok", True),
           ("target right", "target_ok", True), ("root right", "root_ok", True), ("code right", "code_ok", True),
           ("date right", "date_ok", True), ("flags right", "flags_ok", True))


def score(name: str, produced: list[dict], judged: list[dict], recall: list[dict],
          articles: Iterable[str]) -> tuple[AuditReport, list[Match]]:
    articles = set(articles)
    judged = [j for j in judged if j["article"] in articles]
    recall = [r for r in recall if r["article"] in articles]
    matches, lost = match_events(produced, judged)
    report = AuditReport(set=name, articles=len(articles), produced=len(produced), lost=len(lost))
    judged_matches = [m for m in matches if m.judged is not None]
    report.matched, report.unjudged = len(judged_matches), len(matches) - len(judged_matches)
    vs = [verdicts(m) for m in judged_matches]
    for label, key, among_real in METRICS:
        s = Share()
        for v in vs:
            if among_real and v["real_event"] != "Y":
                continue
            if v[key] is None or (among_real and v[key] == "-"):
                s.changed += v[key] is None
                continue
            s.n += 1
            s.right += v[key] == "Y"
        report.shares[label] = s
    triple = Share()
    for v in vs:
        four = [v[k] for k in ("real_event", "source_ok", "target_ok", "root_ok")]
        if v["real_event"] == "N":
            triple.n += 1
        elif None in four:
            triple.changed += 1
        else:
            triple.n += 1
            triple.right += all(x == "Y" for x in four)
    report.shares["triple"] = triple
    _score_recall(report, recall, matches)
    return report, matches


def _score_recall(report: AuditReport, recall: list[dict], matches: list[Match]) -> None:
    still = {(m.judged["article"], m.judged["idx"]) for m in matches
             if m.judged is not None and all(_field(said(m.produced), f) == _field(m.judged["annalyst"], f)
                                             for f in ("cameo", "source", "target"))}
    report.recall_articles = len({r["article"] for r in recall})
    for r in recall:
        report.recall.n += 1
        linked = r.get("annalyst_event")
        if r["status"] == "found" and linked is not None and (r["article"], linked) in still:
            report.recall.right += 1
        elif any(_candidate(r, m.produced) for m in matches if m.produced["article"] == r["article"]):
            report.recall_candidates += 1


def _country(actor: Optional[dict]) -> str:
    return str((actor or {}).get("country") or "None")


def _candidate(gold: dict, ev: dict) -> bool:
    """A produced event that may be the gold event: same root, source and target country among the gold's
    (``None`` for an empty one).  Not counted as found: only a judge decides that."""
    return ((ev.get("cameo") or "")[:2] == gold["root"] and _country(ev.get("source")) in gold["source"]
            and _country(ev.get("target")) in gold["target"])


# ----------------------------------------------------------------------------- command line


def skeletons(matches: list[Match], first_idx: int) -> list[dict]:
    """Judgement lines for the unjudged events: what annalyst said, the verdicts left empty."""
    out = []
    for m in (m for m in matches if m.judged is None):
        ev = m.produced
        out.append({"idx": first_idx + len(out), "event_id": ev.get("event_id"), "article": ev["article"],
                    "sentence": norm_sentence(ev.get("text", "")), "trigger": ev.get("trigger", ""),
                    "annalyst": said(ev), **dict.fromkeys(VERDICTS, ""), "error_classes": [], "reason": "",
                    "should_be": ""})
    return out


def run(name: str, shared: Path, limit: int = 0, dump: Optional[Path] = None) -> tuple[AuditReport, list[Match]]:
    folder = set_dir(name, shared)
    sample = folder / "sample.jsonl"
    if not sample.exists():
        raise SystemExit(f"news_audit: {sample} not found (pass --shared PATH, the folder holding eval/)")
    started = time.perf_counter()
    articles = [r["id"] for r in read_jsonl(sample)]
    articles = articles[:limit] if limit else articles
    produced = code_sample(sample, limit)
    if dump is not None:
        dump.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in produced), encoding="utf-8")
    report, matches = score(name, produced, read_jsonl(folder / "judgements.jsonl"),
                            read_jsonl(folder / "recall.jsonl"), articles)
    report.seconds = time.perf_counter() - started
    return report, matches


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="news-audit-1", choices=sorted(SETS))
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="the shared data folder (default: ../shared beside the repository)")
    ap.add_argument("--articles", type=int, default=0, help="score only the first N articles (0 = all)")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--show-unjudged", type=int, default=0, metavar="N", help="list N unjudged produced events")
    ap.add_argument("--dump", type=Path, help="write the produced events (with their article) as JSONL")
    ap.add_argument("--unjudged-out", type=Path, metavar="PATH",
                    help="write the unjudged events as judgement lines with empty verdicts, numbered after the "
                         "set's last idx, for a judge to fill in and append to judgements.jsonl")
    args = ap.parse_args(argv)
    report, matches = run(args.set, args.shared, args.articles, args.dump)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(f"{report.set}: {report.articles} articles, {report.produced} events produced, {report.matched} "
              f"matched to a judgement, {report.unjudged} unjudged, {report.lost} judged events no longer "
              f"produced ({report.seconds:.0f}s)")
        width = max(len(r[0]) for r in report.rows())
        print(f"{'metric':<{width}}  value  count")
        for metric, value, count in report.rows():
            print(f"{metric:<{width}}  {value}  {count}")
    if args.unjudged_out is not None:
        last = max((j["idx"] for j in read_jsonl(set_dir(args.set, args.shared) / "judgements.jsonl")), default=-1)
        args.unjudged_out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n"
                                             for line in skeletons(matches, last + 1)), encoding="utf-8")
    for m in [m for m in matches if m.judged is None][:args.show_unjudged]:
        a = said(m.produced)
        print(f"unjudged: {m.produced['article']} | {m.produced.get('trigger')!r} | {a['source']} {a['cameo']} "
              f"{a['target']} | {norm_sentence(m.produced.get('text', ''))[:120]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
