"""Fit the event confidence model (annalyst/events/confidence.py) on judged events and write its weights.

The judged sets are the tune sets of ``bench/news_audit.py``: ``news-audit-1`` (``../shared/eval/news-audit-1``),
``judged-1`` … ``judged-11`` (``bench/data/``), with their supplementary judgements (``bench/data/rejudged/``).  Their articles are coded with the current tree; each produced event
is matched to its judged one (bench/news_audit.py: same article, sentence and trigger) and labelled 1 when
the judge's triple holds (real event and source, target and CAMEO root right), 0 when it does not, and left
out when a judged field changed since the judgement.  The features are those the coder computes
(``confidence.features``), recorded while it codes, before the fitted probability replaces the structural
score.  Each set is split into a dev half and a test half by article (``annalyst.evaluate.run.split_half``,
its fixed seed); only the halves named by ``--train`` are fitted on.

The model: L2-penalised logistic regression on standardised features (Newton's method, numpy only; the
intercept is not penalised), written back on the raw scale with the fitting command, the date and the
training data as comment lines, so the coder needs no numpy arithmetic at run time.

Only the tune sets (``TUNE_SETS``) are coded; the check and blind sets never are.

Usage: python tools/fit_confidence.py [--train news-audit-1:dev judged-1:dev ...] [--l2 4] [--shared ../shared]
                                      [--out src/annalyst/events/data/confidence_model.tsv] [--check]
``--check`` fits and prints the log loss of every half without writing the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import news_audit  # noqa: E402  (bench/news_audit.py: sets, coding, matching)
from confidence_reliability import triple  # noqa: E402  (the judges' triple as a label)

from annalyst.events import confidence as calibration  # noqa: E402
from annalyst.errors import ModelError  # noqa: E402
from annalyst.evaluate.run import split_half  # noqa: E402

OUT = REPO / "src" / "annalyst" / "events" / "data" / calibration.MODEL_FILE
# the judged sets the model may be fitted (and its penalty chosen) on: the tune sets of bench/news_audit.py.
# The check set (judged-12) and the blind set (judged-13) are never coded here, so nothing about them can leak
# into the weights (bench/confidence_reliability.py reports the check set's numbers)
TUNE_SETS = ("news-audit-1", "judged-1", "judged-2", "judged-3", "judged-4", "judged-5", "judged-6", "judged-7",
             "judged-8", "judged-9", "judged-10", "judged-11")
DEFAULT_TRAIN = [f"{name}:dev" for name in TUNE_SETS]


@dataclass
class Labelled:
    set: str
    article: str
    features: dict[str, float]
    confidence: float  # what the tree says now (the fitted probability when the model is in place)
    right: int


def labelled_events(name: str, shared: Path) -> list[Labelled]:
    """The set's produced events that a judgement labels, with the features the coder saw."""
    from annalyst.api import code_paths
    from annalyst.pipeline.default import PipelineOptions

    folder = news_audit.set_dir(name, shared)
    seen: dict[int, tuple] = {}  # id(event) → (event, features); holding the event keeps its id unique
    real = calibration.calibrated

    def record(ev):
        seen[id(ev)] = (ev, calibration.features(ev))
        try:
            return real(ev)
        except ModelError:  # the first fit: no model yet, the structural score stands in
            return ev.confidence

    calibration.calibrated = record
    try:
        produced, feats = [], []
        for doc in code_paths([str(folder / "sample.jsonl")], PipelineOptions(dedup=True)):
            article = doc.meta.get("record_id") or doc.doc_id
            for ev in doc.events:
                produced.append({"article": article, **ev.to_json()})
                feats.append(seen[id(ev)][1] if id(ev) in seen and seen[id(ev)][0] is ev else None)
    finally:
        calibration.calibrated = real
    # the set's judgements and the supplementary ones that judge what changed since (bench/data/rejudged)
    judged = news_audit.load_judgements(folder, news_audit.REJUDGED / name / "judgements.jsonl")
    matches, _ = news_audit.match_events(produced, judged)
    out = []
    for m, f in zip(matches, feats):
        if m.judged is None or f is None:
            continue
        label = triple(news_audit.verdicts(m))
        if label is not None:
            out.append(Labelled(name, m.produced["article"], f, m.produced["confidence"], label))
    return out


def half(items: list[Labelled], name: str, which: str, shared: Path) -> list[Labelled]:
    """The events of one half of set ``name``, split by its sample's articles."""
    articles = [r["id"] for r in news_audit.read_jsonl(news_audit.set_dir(name, shared) / "sample.jsonl")]
    chosen = split_half(articles, which)
    return [x for x in items if x.set == name and x.article in chosen]


def matrix(items: list[Labelled], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    return (np.array([[x.features[n] for n in names] for x in items], dtype=float),
            np.array([x.right for x in items], dtype=float))


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 50) -> tuple[float, np.ndarray]:
    """Penalised logistic regression by Newton's method; returns (intercept, weights) on the raw scale."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0  # a feature constant in the training data gets weight 0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(z.shape[1])
        delta = np.linalg.solve(hess, grad)
        w -= delta
        if np.abs(delta).max() < 1e-8:
            break
    weights = w[1:] / scale
    return float(w[0] - (weights * mean).sum()), weights


def _model(x: np.ndarray, y: np.ndarray, l2: float, names: list[str]) -> calibration.Model:
    intercept, weights = fit(x, y, l2)
    return calibration.Model(intercept, dict(zip(names, weights.tolist())))


def log_loss(items: list[Labelled], model: calibration.Model) -> float:
    eps = 1e-6
    ps = [min(1 - eps, max(eps, model.probability(x.features))) for x in items]
    return -sum(math.log(p) if x.right else math.log(1 - p) for p, x in zip(ps, items)) / max(1, len(items))


def write(path: Path, names: list[str], intercept: float, weights: np.ndarray, command: str, train: list[str],
          counts: str) -> None:
    lines = [
        "# The event confidence model: P(real event and source, target and CAMEO root right) =",
        "#   1 / (1 + exp(-(intercept + sum(weight * feature)))), features as annalyst/events/confidence.py",
        "#   computes them (docs/event-json.md, \"confidence\").",
        f"# Fitted {dt.date.today().isoformat()} by: {command}",
        f"# Training data: the judged events of {', '.join(train)} (split by article, annalyst.evaluate.run",
        "#   split_half's seed), labelled by the judges' triple (bench/news_audit.py matching): " + counts,
        "# Sources: ../shared/eval/news-audit-1 (expert-judged AFP/Xinhua events), bench/data/judged-N and",
        "#   bench/data/rejudged/judged-N (this project's judged BBC/Reuters/GLOCON/IndiaPoliceEvents events).",
        "#   Calibration: python bench/confidence_reliability.py",
        "# Do not edit by hand: refit.",
        "feature\tweight",
        f"intercept\t{intercept:.6f}",
    ]
    lines += [f"{n}\t{w:.6f}" for n, w in zip(names, weights)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", nargs="+", default=DEFAULT_TRAIN,
                    help="SET:HALF (dev, test or all) of a tune set to fit on (default: the tune sets' dev halves)")
    ap.add_argument("--l2", type=float, default=4.0, help="L2 penalty on the standardised weights (default 4)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--sweep", type=float, nargs="*", default=[], metavar="L2",
                    help="also print every half's log loss for these penalties")
    ap.add_argument("--check", action="store_true", help="print the log loss of every half; write nothing")
    args = ap.parse_args(argv)
    names = calibration.feature_names()
    data = {name: labelled_events(name, args.shared) for name in TUNE_SETS}
    halves = {f"{n}:{h}": half(data[n], n, h, args.shared) for n in data for h in ("dev", "test")}
    halves.update({f"{n}:all": data[n] for n in data})
    for spec in args.train:
        if spec not in halves:
            raise SystemExit(f"fit_confidence: unknown --train {spec!r}; choose from {', '.join(sorted(halves))}")
    train = [x for spec in args.train for x in halves[spec]]
    x, y = matrix(train, names)
    for l2 in args.sweep:  # the log loss of every half at other penalties (to choose --l2 on the dev halves)
        print(f"l2={l2:g}: " + "  ".join(f"{spec} {log_loss(halves[spec], _model(x, y, l2, names)):.3f}"
                                         for spec in sorted(halves)))
    model = _model(x, y, args.l2, names)
    intercept, weights = model.intercept, np.array([model.weights[n] for n in names])
    for spec in sorted(halves):
        items = halves[spec]
        print(f"{spec:<18} n={len(items):>4} right={sum(i.right for i in items):>3} "
              f"log loss={log_loss(items, model):.3f}")
    if not args.check:
        counts = f"{len(train)} events, {int(y.sum())} right."
        command = "python tools/fit_confidence.py --train " + " ".join(args.train) + f" --l2 {args.l2:g}"
        write(args.out, names, intercept, weights, command, args.train, counts)
        print(f"wrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
