"""Is an event's ``confidence`` a probability?  A reliability table on the judged sets.

The articles of each judged set named by ``--sets`` (default: the tune sets ``news-audit-1``,
``judged-1`` … ``judged-11`` and the check set ``judged-12``; never the blind set ``judged-13``) are coded with the current tree as ``annalyst code --all --format jsonl`` does
(bench/news_audit.py), every produced event is matched to its judged one, and labelled right when the
judges' triple holds (real event and source, target and CAMEO root right; events whose judged fields
changed since the judgement are left out).  For each set and each half (dev / test, split by article as
``annalyst.evaluate.run.split_half`` splits; the confidence model is fitted on the dev halves,
tools/fit_confidence.py) it prints:

- the reliability table: confidence bins → events, mean confidence, share right;
- the Brier score (mean squared error of confidence against right = 1 / wrong = 0) and, for scale, the
  Brier score of a constant equal to the half's own share right (a forecaster that knows only the base rate);
- the share right among events with confidence >= 0.8 (the issue's goal: at least 80%), with its count.

Usage: python bench/confidence_reliability.py [--shared ../shared] [--bins 0.2,0.4,0.6,0.8] [--json]
                                              [--sets news-audit-1 judged-1 ... judged-12]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import news_audit  # noqa: E402

# the sets reported by default: the tune sets the model is fitted on (tools/fit_confidence.py, their dev
# halves) and the check set judged-12 (numbers only); the blind set judged-13 is never coded here
DEFAULT_SETS = ("news-audit-1", "judged-1", "judged-2", "judged-3", "judged-4", "judged-5", "judged-6", "judged-7",
                "judged-8", "judged-9", "judged-10", "judged-11", "judged-12")
HIGH = 0.8  # the issue's threshold: events this sure should be right at least this often
TRIPLE = ("real_event", "source_ok", "target_ok", "root_ok")


def triple(v: dict) -> Optional[int]:
    """1 / 0 by the judges' triple; None when a field it needs changed since the judgement."""
    if v["real_event"] == "N":
        return 0
    four = [v[k] for k in TRIPLE]
    if None in four:
        return None
    return int(all(x == "Y" for x in four))


@dataclass
class Bin:
    low: float
    high: float
    n: int = 0
    right: int = 0
    confidence_sum: float = 0.0

    def to_json(self) -> dict:
        return {"low": self.low, "high": self.high, "n": self.n, "right": self.right,
                "mean_confidence": round(self.confidence_sum / self.n, 3) if self.n else None,
                "share_right": round(self.right / self.n, 3) if self.n else None}


@dataclass
class Reliability:
    name: str
    n: int = 0
    right: int = 0
    brier: float = 0.0
    brier_base_rate: float = 0.0
    high_n: int = 0
    high_right: int = 0
    bins: list[Bin] = field(default_factory=list)

    def to_json(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if k != "bins"}
        out["brier"], out["brier_base_rate"] = round(self.brier, 4), round(self.brier_base_rate, 4)
        out["high_share_right"] = round(self.high_right / self.high_n, 3) if self.high_n else None
        out["bins"] = [b.to_json() for b in self.bins]
        return out


def reliability(name: str, pairs: list[tuple[float, int]], edges: list[float]) -> Reliability:
    """``pairs``: (confidence, right) of the labelled events."""
    bounds = [0.0, *edges, 1.0]
    rep = Reliability(name, bins=[Bin(lo, hi) for lo, hi in zip(bounds, bounds[1:])])
    rep.n, rep.right = len(pairs), sum(r for _, r in pairs)
    rate = rep.right / rep.n if rep.n else 0.0
    for conf, right in pairs:
        b = next(b for b in rep.bins if conf < b.high or b is rep.bins[-1])
        b.n, b.right, b.confidence_sum = b.n + 1, b.right + right, b.confidence_sum + conf
        rep.brier += (conf - right) ** 2
        rep.brier_base_rate += (rate - right) ** 2
        if conf >= HIGH:
            rep.high_n, rep.high_right = rep.high_n + 1, rep.high_right + right
    if rep.n:
        rep.brier, rep.brier_base_rate = rep.brier / rep.n, rep.brier_base_rate / rep.n
    return rep


def labelled(name: str, shared: Path) -> list[tuple[str, float, int]]:
    """(article, confidence, right) of the set's produced events that a judgement labels."""
    folder = news_audit.set_dir(name, shared)
    produced = news_audit.code_sample(folder / "sample.jsonl")
    judged = news_audit.load_judgements(folder, news_audit.REJUDGED / name / "judgements.jsonl")
    matches, _ = news_audit.match_events(produced, judged)
    out = []
    for m in matches:
        label = triple(news_audit.verdicts(m)) if m.judged is not None else None
        if label is not None:
            out.append((m.produced["article"], float(m.produced["confidence"]), label))
    return out


def reports(shared: Path, edges: list[float], sets=DEFAULT_SETS) -> list[Reliability]:
    from annalyst.evaluate.run import split_half

    out = []
    for name in sets:
        rows = labelled(name, shared)
        articles = [r["id"] for r in news_audit.read_jsonl(news_audit.set_dir(name, shared) / "sample.jsonl")]
        for which in ("dev", "test"):
            chosen = split_half(articles, which)
            out.append(reliability(f"{name}:{which}", [(c, r) for a, c, r in rows if a in chosen], edges))
        out.append(reliability(f"{name}:all", [(c, r) for _, c, r in rows], edges))
    return out


def render(rep: Reliability) -> str:
    high = f"{rep.high_right}/{rep.high_n} = {rep.high_right / rep.high_n:.3f}" if rep.high_n else "0/0 (none)"
    lines = [f"{rep.name}: {rep.n} events, {rep.right} right; Brier {rep.brier:.4f} (base rate alone "
             f"{rep.brier_base_rate:.4f}); right among confidence >= {HIGH}: {high}",
             f"  {'confidence':<12} {'events':>6} {'mean conf':>9} {'share right':>11}"]
    for b in rep.bins:
        j = b.to_json()
        mean = f"{j['mean_confidence']:.3f}" if b.n else "-"
        share = f"{j['share_right']:.3f}" if b.n else "-"
        lines.append(f"  {f'{b.low:.1f}-{b.high:.1f}':<12} {b.n:>6} {mean:>9} {share:>11}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="the shared data folder (default: ../shared beside the repository)")
    ap.add_argument("--bins", default="0.1,0.2,0.3,0.4,0.6,0.8", help="inner bin edges, comma-separated")
    ap.add_argument("--json", action="store_true", help="print the reports as JSON")
    ap.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS), choices=sorted(news_audit.SETS),
                    help="judged sets to report (default: %(default)s)")
    args = ap.parse_args(argv)
    edges = sorted(float(x) for x in args.bins.split(",") if x.strip())
    reps = reports(args.shared, edges, args.sets)
    if args.json:
        print(json.dumps([r.to_json() for r in reps], indent=2))
    else:
        print("\n\n".join(render(r) for r in reps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
