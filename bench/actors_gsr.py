"""Actor resolution accuracy on the PLOVER gold-standard records (../shared/eval/plover-gsr).

For each gold source/target actor (322 records, ~650 actors) the resolver is scored twice:
  phrase   - the actor's text resolved on its own (``Resolver.resolve_text``);
  sentence - the sentence resolved as a whole, taking the mention that overlaps the actor's text.
Country accuracy counts every actor with a gold country code; sector accuracy every actor with a gold
PLOVER sector.  Gold codes are normalised as ``annalyst eval`` does (annalyst.evaluate.normalise: old
CAMEO country codes to ISO, the GSR's IGO/NGO as one class with UNO and EUR, "***" as no sector,
ethnic suffixes such as "CVLalb" cut to the sector).

Usage: python bench/actors_gsr.py [--shared ../shared] [--show-errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

def load_gsr(shared: Path) -> list[dict]:
    path = shared / "eval" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("text")]


def actors_of(record: dict):
    for role in ("source", "target"):
        value = record.get(role)
        if isinstance(value, list):
            for actor in value:
                if actor.get("actorText"):
                    yield role, actor


def locate(sentence: str, actor_text: str) -> tuple[int, int] | None:
    text = actor_text.strip()
    pos = sentence.find(text)
    if pos < 0:
        first = text.replace("...", " ").split()[0] if text.split() else ""
        pos = sentence.find(first) if first else -1
        if pos < 0:
            return None
        return pos, pos + len(first)
    return pos, pos + len(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--show-errors", type=int, default=0, help="print this many errors of each kind")
    args = parser.parse_args(argv)

    from annalyst.actors import Resolver
    from annalyst.evaluate.normalise import country_matches, gold_country, gold_sector
    from annalyst.parse import load_nlp

    records = load_gsr(Path(args.shared))
    nlp = load_nlp()
    resolver = Resolver(nlp=nlp)
    when = dt.date(2000, 1, 1)  # the GSR's placeholder date; its sentences are from around 2000
    scores = {k: Counter() for k in ("phrase", "sentence")}
    errors: dict[str, list[str]] = {k: [] for k in ("phrase", "sentence")}
    started = time.perf_counter()
    parsed = list(nlp.pipe([r["text"] for r in records], batch_size=64))
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    for record, doc in zip(records, parsed):
        refs = resolver.resolve(doc, when)
        for role, actor in actors_of(record):
            gc, gs = gold_country(actor.get("code")), gold_sector(actor.get("sector"))
            phrase_ref = resolver.resolve_text(actor["actorText"].replace("...", " "), when)
            span = locate(record["text"], actor["actorText"])
            sent_ref = None
            if span is not None:
                overlapping = [r for r in refs if r.start is not None and r.start < span[1] and r.end > span[0]]
                if overlapping:
                    sent_ref = max(overlapping, key=lambda r: (r.country is not None, (r.end - r.start)))
            for kind, ref in (("phrase", phrase_ref), ("sentence", sent_ref)):
                s = scores[kind]
                pc = ref.country if ref else None
                ps = ref.sector if ref else None
                if gc:
                    s["country_n"] += 1
                    ok = country_matches(gc, pc)
                    s["country_ok"] += ok
                    if not ok:
                        errors[kind].append(f"country {actor['actorText']!r}: gold {gc} got {pc} ({ref.resolved_by if ref else '-'})")
                if gs:
                    s["sector_n"] += 1
                    ok = gs == ps
                    s["sector_ok"] += ok
                    if not ok:
                        errors[kind].append(f"sector  {actor['actorText']!r}: gold {gs} got {ps}")
    resolve_s = time.perf_counter() - started
    print(f"PLOVER GSR: {len(records)} records; parse {parse_s:.1f}s, resolve {resolve_s:.1f}s")
    for kind, s in scores.items():
        print(f"{kind:9s} country accuracy {s['country_ok'] / max(1, s['country_n']):.3f} ({s['country_ok']}/{s['country_n']})"
              f"   sector accuracy {s['sector_ok'] / max(1, s['sector_n']):.3f} ({s['sector_ok']}/{s['sector_n']})")
    if args.show_errors:
        for kind, errs in errors.items():
            print(f"\n{kind} errors ({len(errs)}):")
            for line in errs[: args.show_errors]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
