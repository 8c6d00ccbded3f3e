"""Location harness: do coded events carry the place their text gives, right at the precision stated?

Gold: ``bench/data/locations/gold.tsv`` (its header says how it was judged): for each sentence of a
real event, the place the text gives for it (sentence, or an earlier sentence of its paragraph about
the same happening) at city / admin1 / country level, ``none`` where it gives none, ``skip`` where
it gives several places or a site no gazetteer holds.  Sets: ``audit`` (the 30 articles of
``../shared/eval/news-audit-1``), ``wire``, ``wire2``, ``wire3`` (BBC and Reuters-21578 stories) and
``web`` (news web pages of ``../shared/eval/html-extraction`` read from their HTML, none of judged-3's).  Documents are split
into a dev and a test half by a fixed seed.

Every event the pipeline codes in a gold sentence is scored:
  with place  - gold gives a place: carried (any location), right at the stated precision (a city
                claim names the gold city; an admin1 claim the gold admin-1 unit, or the one the
                gold city lies in; a country claim, and a dateline claim ("only the dateline
                tells"), the gold country), right country;
  none        - gold gives no place: a location that resolves to a place is a false place; an
                unresolved one (its text only: "here" in a story with no dateline) is counted apart.
Incidents (``bench/data/locations/incidents.tsv``): sentences of real incident reports (wire stories,
IndiaPoliceEvents articles) whose story names the incident's town; of all incidents, the share whose
sentence holds an event of the right PLOVER type, and whose right-type event carries the right
country, the right town or city.  Split dev/test by document on their own (the same seed).
Also the share of pipeline time spent in ``LocationStep`` (geoparsing).

Usage:
  python bench/locations.py                       # this tree, both sets, dev and test halves
  python bench/locations.py --tree ../start/src   # another checkout's src/ (e.g. the start tree)
  python bench/locations.py --show 20             # print 20 wrong or missing places
  python bench/locations.py --show 99 --half dev  # ... of the dev half only
  python bench/locations.py --overfire 300        # places of BBC/Reuters events that are actors
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "data" / "locations" / "gold.tsv"
INCIDENTS = ROOT / "bench" / "data" / "locations" / "incidents.tsv"
SEED = 20
PRECISIONS = ("city", "admin1", "country")
# The gold sets judged in the first round, split together (``halves_of``)
FIRST_ROUND = ("audit", "wire")


# --------------------------------------------------------------------------- gold and documents


def load_gold(path: Path = GOLD) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "set":
            continue  # the column header
        set_, doc, sentence, precision, country, name, triggers = (parts + [""] * 7)[:7]
        if precision not in (*PRECISIONS, "none", "skip"):
            raise ValueError(f"{path}: bad precision {precision!r} in {line!r}")
        rows.append({"set": set_, "doc": doc, "sentence": sentence, "precision": precision,
                     "country": country or None, "names": [n for n in name.split("|") if n],
                     "triggers": [t.strip().lower() for t in triggers.split(",") if t.strip()]})
    return rows


def _stories(shared: Path, wanted: set[str]) -> Iterator[dict]:
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import bbc_stories, reuters_stories

    for story in sample_stories(shared):
        if story["id"] in wanted:
            yield story
    yield from ipe_stories(shared, wanted)
    yield from web_stories(shared, wanted)
    for gen in (reuters_stories(shared / "corpora" / "reuters21578"),
                bbc_stories(shared / "corpora" / "bbc-news" / "bbc")):
        for story in gen:
            if story["id"] in wanted:
                yield story


def sample_stories(shared: Path) -> Iterator[dict]:
    for line in (shared / "eval" / "news-audit-1" / "sample.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        yield {"id": record["id"], "title": None, "text": record["text"], "published": record.get("published")}


def ipe_stories(shared: Path, wanted: set[str]) -> Iterator[dict]:
    """IndiaPoliceEvents articles named ``ipe-<doc_id>``: their text and publication date."""
    import csv

    ids = {w[len("ipe-"):] for w in wanted if w.startswith("ipe-")}
    if not ids:
        return
    folder = shared / "eval" / "india-police-events"
    csv.field_size_limit(1 << 30)
    with (folder / "metadata.csv").open(encoding="utf-8", newline="") as fh:
        dates = {r["doc_id"]: r["date"] for r in csv.DictReader(fh) if r["doc_id"] in ids}
    with (folder / "docs.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["doc_id"] in ids:
                yield {"id": f"ipe-{row['doc_id']}", "title": None, "text": row["doc_text"],
                       "published": dates.get(row["doc_id"])}


def web_stories(shared: Path, wanted: set[str]) -> Iterator[dict]:
    """The web pages of ``../shared/eval/html-extraction`` named as judged-3 names them (``zyte-<key>``,
    ``trafilatura-<file stem>``): their HTML, read and cleaned by annalyst itself, and the page's date
    (judged-3's reader: the URL's date, else the page's meta date; trafilatura-eval's own date)."""
    import gzip
    import importlib.util

    if not any(w.startswith(("zyte-", "trafilatura-")) for w in wanted):
        return
    spec = importlib.util.spec_from_file_location("judged3_sample", ROOT / "bench" / "data" / "judged-3" / "make_sample.py")
    sampler = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sampler)
    base = shared / "eval" / "html-extraction"
    for key, item in json.loads((base / "zyte" / "ground-truth.json").read_text(encoding="utf-8")).items():
        if f"zyte-{key[:12]}" in wanted:
            html = gzip.decompress((base / "zyte" / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
            yield {"id": f"zyte-{key[:12]}", "title": None, "html": html, "url": item["url"],
                   "published": sampler.known_date(item["url"], html)}
    for url, item in json.loads((base / "trafilatura-eval" / "evaldata_en.json").read_text(encoding="utf-8")).items():
        ident = f"trafilatura-{Path(item['file']).stem[:40]}"
        if ident in wanted:
            html = (base / "trafilatura-eval" / "html" / item["file"]).read_text(encoding="utf-8", errors="replace")
            yield {"id": ident, "title": None, "html": html, "url": url, "published": item.get("date")}


def load_incidents(path: Path = INCIDENTS) -> list[dict]:
    """The incident gold (its header says how it was judged)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("doc\t"):
            continue
        doc, sentence, types, country, town = (line.split("\t") + [""] * 5)[:5]
        if not (doc and sentence and types and country and town):
            raise ValueError(f"{path}: incomplete line {line!r}")
        rows.append({"doc": doc, "sentence": sentence, "types": set(types.split("|")), "country": country,
                     "towns": [t for t in town.split("|") if t]})
    return rows


def split(docs: list[str]) -> dict[str, str]:
    """doc id → "dev" / "test": a fixed shuffle, first half dev."""
    order = sorted(docs)
    random.Random(SEED).shuffle(order)
    return {d: ("dev" if i < (len(order) + 1) // 2 else "test") for i, d in enumerate(order)}


def halves_of(gold: list[dict]) -> dict[str, str]:
    """Each document's half.  The sets of the first round (``FIRST_ROUND``) share the split they
    were tuned and reported on; a set added later is split on its own, so adding it moves no old
    document from one half to the other."""
    groups: dict[str, set[str]] = defaultdict(set)
    for row in gold:
        groups["first" if row["set"] in FIRST_ROUND else row["set"]].add(row["doc"])
    out: dict[str, str] = {}
    for docs in groups.values():
        out.update(split(sorted(docs)))
    return out


# --------------------------------------------------------------------------- coding (child process)


def emit(stories: list[dict]) -> dict:
    """Code the stories with the annalyst on sys.path; events with their locations, step timings."""
    from annalyst.pipeline.default import PipelineOptions, build_pipeline
    from annalyst.read.records import JsonlFields, json_record

    pipeline = build_pipeline(PipelineOptions(dedup=False)).prepare()
    seconds: dict[str, float] = defaultdict(float)
    mentions: dict[str, int] = defaultdict(int)
    events = []
    for story in stories:
        doc = json_record(story, "bench", story["id"], JsonlFields())
        docs = [doc]
        for step in pipeline.steps:
            start = time.perf_counter()
            docs = step.process_batch(docs)
            seconds[type(step).__name__] += time.perf_counter() - start
        for level, n in (_geoparse(docs[0]) or {}).items():
            mentions[level] += n
        for ev in docs[0].events:
            events.append({"doc": story["id"], "sentence": ev.text, "trigger": ev.trigger, "type": ev.event,
                           "source": ev.source.country if ev.source else None,
                           "target": ev.target.country if ev.target else None,
                           "source_text": ev.source.text if ev.source else None,
                           "target_text": ev.target.text if ev.target else None,
                           "location": ev.location.to_json() if ev.location else None})
    return {"events": events, "seconds": dict(seconds), "mentions": dict(mentions)}


def _geoparse(doc: Any) -> Optional[dict[str, int]]:
    """Place mentions of the article by the precision they resolve to (None on a tree without it)."""
    try:
        from annalyst.geo import DocumentPlaces, load_gazetteer
    except ImportError:
        return None
    if doc.parsed is None or not hasattr(DocumentPlaces, "mentions"):
        return None
    counts: dict[str, int] = defaultdict(int)
    for _, loc in DocumentPlaces(doc, load_gazetteer()).mentions():
        counts[(loc.precision if loc else None) or "none"] += 1
    return counts


def code(stories: list[dict], tree: Optional[str]) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(tree).resolve()) if tree else str(ROOT / "src")
    proc = subprocess.run([sys.executable, __file__, "--emit"], input=json.dumps(stories), env=env,
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"coding failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout)


# --------------------------------------------------------------------------- scoring


class Judge:
    """Compares a location with a gold place (module doc); gold names resolve through the gazetteer."""

    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT / "src"))
        from annalyst.geo.gazetteer import load_gazetteer, normalize_name

        self.gaz = load_gazetteer()
        self.norm = normalize_name

    def gold_admin1(self, gold: dict) -> set[str]:
        codes = set()
        for name in gold["names"]:
            if gold["precision"] == "city":
                place = self.gaz.city(name, within=gold["country"])
                place = place and self.gaz.admin1_place(place.admin1_code)
            else:
                place = self.gaz.region(name, (gold["country"],))
            if place is not None and place.admin1_code:
                codes.add(place.admin1_code)
        return codes

    def right(self, loc: dict, gold: dict) -> bool:
        precision = loc.get("precision") or _old_precision(loc)
        if precision == "dateline":
            # "only the story's dateline tells": a claim on the country the story is filed from
            return loc.get("country") == gold["country"]
        if precision == "city":
            names = {self.norm(n) for n in gold["names"]}
            said = {self.norm(x) for x in (loc.get("city"), loc.get("name"), loc.get("text")) if x}
            return gold["precision"] == "city" and loc.get("country") == gold["country"] and bool(names & said)
        if precision == "admin1":
            return gold["precision"] in ("city", "admin1") and loc.get("admin1_code") in self.gold_admin1(gold)
        if precision == "country":
            return loc.get("country") == gold["country"]
        return False


def _old_precision(loc: dict) -> str:
    """The start tree's locations state no precision: a city if they name one, else the country."""
    if loc.get("city"):
        return "city"
    return "country" if loc.get("country") else "unresolved"


def _claims_place(loc: Optional[dict]) -> bool:
    return loc is not None and (loc.get("precision") or _old_precision(loc)) != "unresolved"


def _find_gold(event: dict, by_doc: dict[str, list[dict]]) -> Optional[dict]:
    text = " ".join(event["sentence"].split())
    rows = [g for g in by_doc.get(event["doc"], []) if " ".join(g["sentence"].split()) in text]
    trigger = (event["trigger"] or "").lower()
    for gold in rows:
        if any(t in trigger for t in gold["triggers"]):
            return gold
    # a row naming triggers holds for those events only
    return next((g for g in rows if not g["triggers"]), None)


def score(events: list[dict], gold: list[dict], halves: dict[str, str], judge: Judge,
          show: int = 0, show_half: Optional[str] = None) -> dict[str, dict]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in gold:
        by_doc[row["doc"]].append(row)
    out: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    shown = 0
    for event in events:
        row = _find_gold(event, by_doc)
        if row is None or row["precision"] == "skip":
            continue
        for key in (f"{row['set']}/{halves[event['doc']]}", f"all/{halves[event['doc']]}"):
            stats = out[key]
            loc = event["location"]
            if row["precision"] == "none":
                # an unresolved location ("here" in a story with no dateline) claims no place
                stats["none"] += 1
                stats["false_place"] += loc is not None and (loc.get("precision") or _old_precision(loc)) != "unresolved"
                stats["kept_text"] += loc is not None and (loc.get("precision") or _old_precision(loc)) == "unresolved"
                continue
            stats["with_place"] += 1
            stats["carried"] += loc is not None
            stats["resolved"] += loc is not None and (loc.get("precision") or _old_precision(loc)) != "unresolved"
            stats["right"] += loc is not None and judge.right(loc, row)
            stats["right_country"] += loc is not None and loc.get("country") == row["country"]
        wrong = _claims_place(event["location"]) if row["precision"] == "none" else \
            not (event["location"] and judge.right(event["location"], row))
        if wrong and shown < show and show_half in (None, halves[event["doc"]]):
            shown += 1
            print(f"  [{event['doc']}] {event['trigger']!r}: gold {row['precision']} {row['country']} "
                  f"{'|'.join(row['names'])}; got {json.dumps(event['location'])}\n      {event['sentence'][:160]}")
    return out


def score_incidents(events: list[dict], incidents: list[dict], halves: dict[str, str], judge: "Judge",
                    show: int = 0, show_half: Optional[str] = None) -> dict[str, dict]:
    """Per half: incidents with an event of the right type in their sentence, and of all incidents
    those whose right-type event carries the right country, the right town (a city claim or a
    dateline claim naming it; a country or admin-1 claim names no town)."""
    out: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    shown = 0
    for inc in incidents:
        key = " ".join(inc["sentence"].split())
        mine = [e for e in events if e["doc"] == inc["doc"] and key in " ".join(e["sentence"].split())]
        typed = [e for e in mine if e.get("type") in inc["types"]]
        towns = {judge.norm(t) for t in inc["towns"]}
        country = any(e["location"] and e["location"].get("country") == inc["country"] for e in typed)
        town = any(e["location"] and e["location"].get("precision") in ("city", "dateline")
                   and e["location"].get("country") == inc["country"]
                   and towns & {judge.norm(x) for x in (e["location"].get("city"), e["location"].get("name")) if x}
                   for e in typed)
        half = halves[inc["doc"]]
        for k in (f"{'ipe' if inc['doc'].startswith('ipe-') else 'wire'}/{half}", f"all/{half}"):
            stats = out[k]
            stats["incidents"] += 1
            stats["typed"] += bool(typed)
            stats["country"] += country
            stats["town"] += town
        if not town and shown < show and show_half in (None, half):
            shown += 1
            got = [(e["trigger"], e.get("type"), e["location"] and (e["location"].get("name") or e["location"].get("text"),
                                                                      e["location"].get("precision"))) for e in mine]
            print(f"  incident [{inc['doc']}] {'|'.join(sorted(inc['types']))} {inc['country']} "
                  f"{'|'.join(inc['towns'])}: {got}\n      {inc['sentence']}")
    return out


def report_incidents(stats: dict[str, dict]) -> None:
    print("\nincidents: of all incidents, share with a right-type event in the sentence, and with one "
          "that carries the right country / town")
    print(f"  {'set/half':<12} {'incidents':>9} {'typed':>6} {'country':>8} {'town':>6}")
    for key in sorted(stats):
        s = stats[key]
        n = s["incidents"]
        print(f"  {key:<12} {n:>9} {s['typed'] / n:>6.2f} {s['country'] / n:>8.2f} {s['town'] / n:>6.2f}")


def report(label: str, stats: dict[str, dict]) -> None:
    print(f"\n{label}")
    print(f"  {'set/half':<12} {'events w/ place':>15} {'carried':>8} {'right@prec':>10} {'right/all':>9} "
          f"{'country':>8} | {'no-place ev':>11} {'false place':>11} {'unresolved':>10}")
    for key in sorted(stats):
        s = stats[key]
        n, c = s["with_place"], s["carried"]
        pct = lambda a, b: f"{a / b:.2f}" if b else "-"  # noqa: E731
        print(f"  {key:<12} {n:>15} {pct(c, n):>8} {pct(s['right'], c):>10} {pct(s['right'], n):>9} "
              f"{pct(s['right_country'], n):>8} | {s['none']:>11} {pct(s['false_place'], s['none']):>11} "
              f"{pct(s['kept_text'], s['none']):>10}")


# --------------------------------------------------------------------------- over-firing


def overfire(shared: Path, n: int, tree: Optional[str]) -> None:
    """On N BBC + Reuters stories: how many located events take a place that is also the event's
    actor ("Pyongyang said" → Pyongyang), and how evidence is spread."""
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import bbc_stories, reuters_stories

    stories = []
    for gen in (reuters_stories(shared / "corpora" / "reuters21578"), bbc_stories(shared / "corpora" / "bbc-news" / "bbc")):
        for i, story in enumerate(gen):
            if i >= n // 2:
                break
            stories.append(story)
    result = code(stories, tree)
    events = result["events"]
    located = [e for e in events if e["location"]]
    print(f"{len(stories)} stories, {len(events)} events, {len(located)} located")
    by_evidence: dict[str, int] = defaultdict(int)
    by_precision: dict[str, int] = defaultdict(int)
    for e in located:
        by_evidence[e["location"].get("evidence") or "-"] += 1
        by_precision[e["location"].get("precision") or _old_precision(e["location"])] += 1
    print("  evidence:", dict(by_evidence), " precision:", dict(by_precision))
    actor_place = [e for e in located if e["location"].get("text") and any(
        e["location"]["text"].lower() in (t or "").lower() for t in (e["source_text"], e["target_text"]))]
    print(f"  located events whose place is also their source or target's words: {len(actor_place)}")
    for e in actor_place[:10]:
        print(f"    [{e['doc']}] {e['location']['text']!r} in {e['source_text']!r} / {e['target_text']!r}: "
              f"{e['sentence'][:140]}")
    rng = random.Random(SEED)
    for e in rng.sample(located, min(25, len(located))):
        loc = e["location"]
        print(f"  [{e['doc']}] {e['trigger']!r} → {loc.get('text')!r} {loc.get('precision')} {loc.get('evidence')}"
              f"\n      {e['sentence'][:170]}")
    _timing(result["seconds"], result.get("mentions"))


def _timing(seconds: dict[str, float], mentions: Optional[dict[str, int]] = None) -> None:
    if mentions:
        print(f"  geoparse: {sum(mentions.values())} place mentions (GPE/LOC entities and locative phrases) "
              f"by the precision they resolve to: {dict(sorted(mentions.items()))}")
    total = sum(seconds.values())
    geo = seconds.get("LocationStep", 0.0)
    print(f"  time: pipeline {total:.1f} s, LocationStep {geo:.2f} s = {geo / total:.1%} of the run" if total else "")


# --------------------------------------------------------------------------- main


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--tree", help="src/ folder of the annalyst to measure (default: this tree's)")
    parser.add_argument("--show", type=int, default=0, help="print this many wrong or missing places")
    parser.add_argument("--half", choices=("dev", "test"),
                        help="--show lists errors of this half only (read the dev half's, never tune on the test's)")
    parser.add_argument("--overfire", type=int, default=0, help="read the located events of N BBC/Reuters stories")
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.emit:
        json.dump(emit(json.loads(sys.stdin.read())), sys.stdout)
        return 0
    shared = Path(args.shared)
    if args.overfire:
        overfire(shared, args.overfire, args.tree)
        return 0
    gold = load_gold()
    incidents = load_incidents()
    docs = {row["doc"] for row in gold} | {row["doc"] for row in incidents}
    stories = list(_stories(shared, docs))
    missing = docs - {s["id"] for s in stories}
    if missing:
        raise SystemExit(f"gold names documents not found: {sorted(missing)}")
    result = code(stories, args.tree)
    judge = Judge()
    stats = score(result["events"], gold, halves_of(gold), judge, args.show, args.half)
    report(f"tree: {args.tree or 'this tree'}  ({len(stories)} documents, {len(result['events'])} events)", stats)
    report_incidents(score_incidents(result["events"], incidents, split(sorted({i["doc"] for i in incidents})),
                                     judge, args.show, args.half))
    _timing(result["seconds"], result.get("mentions"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
