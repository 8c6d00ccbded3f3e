"""HTML main-text extraction: annalyst's cleaner vs trafilatura called alone (same settings).

Usage: python bench/html_extraction.py [--shared ../shared] [--limit N] [--only zyte|trafilatura-eval]

zyte (181 pages, human article bodies): token precision / recall / F1 (bag of lower-cased word
tokens, averaged over pages, and pooled over all tokens).
trafilatura-eval (200 English pages): share of "must contain" snippets found, share of "must not
contain" snippets absent, and publication-date accuracy on the pages that carry a date.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from annalyst.clean import clean_document
from annalyst.clean.html import extract_html
from annalyst.model import Document

REPO = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter:
    return Counter(_WORD.findall(text.lower()))


def trafilatura_alone(html: str, url: Optional[str]) -> tuple[str, Optional[str]]:
    """trafilatura with the settings annalyst passes it, and nothing else."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=True,
                                      include_images=False, include_links=False,
                                      date_extraction_params={"original_date": True, "extensive_search": True})
    if doc is None:
        return "", None
    return doc.text or "", doc.date


def annalyst(html: str, url: Optional[str]) -> tuple[str, Optional[str]]:
    doc = clean_document(Document(doc_id="bench", source="bench", raw_html=html, url=url))
    return doc.text, doc.published.isoformat() if doc.published else None


def extraction_only(html: str, url: Optional[str]) -> tuple[str, Optional[str]]:
    """annalyst's extraction step before line cleaning (to see what the line cleaner adds)."""
    art = extract_html(html, url)
    return art.text, art.published.isoformat() if art.published else None


SYSTEMS: dict[str, Callable[[str, Optional[str]], tuple[str, Optional[str]]]] = {
    "trafilatura alone": trafilatura_alone,
    "annalyst": annalyst,
}


@dataclass
class PRF:
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    pooled: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, predicted: str, truth: str) -> None:
        pred, gold = tokens(predicted), tokens(truth)
        overlap = sum((pred & gold).values())
        p = overlap / sum(pred.values()) if pred else 0.0
        r = overlap / sum(gold.values()) if gold else 0.0
        self.precision.append(p)
        self.recall.append(r)
        self.f1.append(2 * p * r / (p + r) if p + r else 0.0)
        self.pooled.update(overlap=overlap, predicted=sum(pred.values()), gold=sum(gold.values()))

    def row(self) -> str:
        n = len(self.f1) or 1
        mp, mr, mf = sum(self.precision) / n, sum(self.recall) / n, sum(self.f1) / n
        pp = self.pooled["overlap"] / max(1, self.pooled["predicted"])
        pr = self.pooled["overlap"] / max(1, self.pooled["gold"])
        pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
        return f"P {mp:.3f}  R {mr:.3f}  F1 {mf:.3f}  | pooled P {pp:.3f} R {pr:.3f} F1 {pf:.3f}  ({self.seconds:.0f}s)"


def bench_zyte(root: Path, limit: Optional[int], systems) -> dict[str, PRF]:
    truth = json.loads((root / "ground-truth.json").read_text("utf-8"))
    items = sorted(truth.items())[:limit]
    results = {name: PRF() for name in systems}
    for key, item in items:
        html = gzip.open(root / "html" / f"{key}.html.gz").read().decode("utf-8", "replace")
        for name, system in systems.items():
            started = time.perf_counter()
            text, _ = system(html, item.get("url"))
            results[name].seconds += time.perf_counter() - started
            results[name].add(text, item["articleBody"])
    return results


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@dataclass
class SnippetScore:
    with_found: int = 0
    with_total: int = 0
    without_absent: int = 0
    without_total: int = 0
    dates_right: int = 0
    dates_total: int = 0

    def row(self) -> str:
        return (f"must-contain found {self.with_found}/{self.with_total} ({self.with_found / max(1, self.with_total):.3f})  "
                f"must-not-contain absent {self.without_absent}/{self.without_total} "
                f"({self.without_absent / max(1, self.without_total):.3f})  "
                f"date accuracy {self.dates_right}/{self.dates_total} ({self.dates_right / max(1, self.dates_total):.3f})")


def bench_trafilatura_eval(root: Path, limit: Optional[int], systems) -> dict[str, SnippetScore]:
    data = json.loads((root / "evaldata_en.json").read_text("utf-8"))
    items = sorted(data.items())[:limit]
    results = {name: SnippetScore() for name in systems}
    for url, item in items:
        path = root / "html" / item["file"]
        if not path.exists():
            continue
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        from annalyst.read.records import html_charset
        from annalyst.read.sniff import decode_bytes

        html = decode_bytes(raw, html_charset(raw))
        for name, system in systems.items():
            text, date = system(html, url)
            normal = _normal(text)
            score = results[name]
            for snippet in item.get("with", []):
                score.with_total += 1
                score.with_found += _normal(snippet) in normal
            for snippet in item.get("without", []):
                score.without_total += 1
                score.without_absent += _normal(snippet) not in normal
            if item.get("date"):
                score.dates_total += 1
                score.dates_right += (date or "")[:10] == item["date"][:10]
    return results


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--only", choices=("zyte", "trafilatura-eval"), default=None)
    parser.add_argument("--with-extraction-only", action="store_true",
                        help="also score annalyst's extraction before line cleaning")
    args = parser.parse_args(argv)
    systems = dict(SYSTEMS)
    if args.with_extraction_only:
        systems["annalyst extraction only"] = extraction_only
    base = args.shared / "eval" / "html-extraction"
    if args.only in (None, "zyte"):
        print(f"zyte ({base / 'zyte'}): token-level scores, mean over pages | pooled")
        for name, prf in bench_zyte(base / "zyte", args.limit, systems).items():
            print(f"  {name:<26}{prf.row()}")
    if args.only in (None, "trafilatura-eval"):
        print(f"trafilatura-eval ({base / 'trafilatura-eval'}):")
        for name, score in bench_trafilatura_eval(base / "trafilatura-eval", args.limit, systems).items():
            print(f"  {name:<26}{score.row()}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
