"""Merge harness: how many of the store's merges are right, and how many reports of one happening
are merged, on a judged set of real wire and BBC stories (``bench/data/merge-1``, see its README).

The judged set lists *items*, one (article, sentence) each, grouped by the happening they report.
The harness ingests the set's articles with the standard pipeline into a store (``--db``: reused
when it exists, so a rule change is measured with ``--remerge`` and no re-parse), finds each item's
mentions (the mentions of that article whose sentence begins with the judged text) and the events
they were merged into, and scores every pair of coded items of a half:

* a pair is *merged* when the two items share an event, *judged same* when one group holds both;
* pairwise precision = judged-same merged pairs / merged pairs (how many merges were right);
* pairwise recall = judged-same merged pairs / judged-same pairs, overall, across articles, and
  for independently worded pairs (different articles, content-word Jaccard < 0.8);
* groups merged = groups reported in two or more articles whose items all share one event;
* B-cubed precision and recall over the items (each item's event cluster: the items it shares an
  event with, itself included);
* merges across halves (a dev item and a test item): no half scores them, so they are counted apart.

The set is split into a dev and a test half *by group* with a fixed seed (``--half``).

    python bench/merge_judged.py --db /tmp/merge1.duckdb               # both halves
    python bench/merge_judged.py --db /tmp/merge1.duckdb --remerge --show-merges --half dev
    python bench/merge_judged.py --dump --db /tmp/merge1.duckdb         # coded mentions, for judging
    python bench/merge_judged.py --db /tmp/merge1.duckdb --half dev --causes   # splits counted by cause
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_ingest import BBC, reuters_documents  # noqa: E402  (the bench's Reuters adapter)

from annalyst.model import Document  # noqa: E402
from annalyst.pipeline.default import PipelineOptions, build_pipeline  # noqa: E402
from annalyst.pipeline.run import ingest_documents  # noqa: E402
from annalyst.store import Store  # noqa: E402
from annalyst.store.merge import block_family, content_terms, event_family  # noqa: E402

DATA_ROOT = Path(__file__).resolve().parent / "data"
SETS = ("merge-1", "merge-2")  # merge-1: split by group; merge-2: split by day (documents.tsv ``half``)
SPLIT_SEED = "merge-1"
INDEPENDENT_BELOW = 0.8  # content-word Jaccard under which two sentences are worded independently


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def half_of(group: str) -> str:
    """dev or test, by a hash of the group id with the fixed seed (stable across runs and machines)."""
    digest = hashlib.sha256(f"{SPLIT_SEED}:{group}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def item_half(item: dict[str, str], doc_halves: dict[str, str]) -> str:
    """An item's half: its article's day's (a set whose documents.tsv has a ``half`` column: split
    by day, so a happening and its reports fall in one half), else its group's (``half_of``)."""
    return doc_halves.get(item["doc"]) or half_of(item["group"])


def set_documents(refs: set[str]) -> Iterator[tuple[str, Document]]:
    """The set's articles: ``reuters:NEWID`` from Reuters-21578, ``bbc:section/file`` from BBC News."""
    wanted = {r.split(":", 1)[1] for r in refs if r.startswith("reuters:")}
    for doc in reuters_documents():
        newid = (doc.position or "").replace("NEWID ", "")
        if newid in wanted:
            yield f"reuters:{newid}", doc
    from annalyst.read import iter_documents

    for ref in sorted(r for r in refs if r.startswith("bbc:")):
        for doc in iter_documents([str(BBC / ref.split(":", 1)[1])]):
            yield ref, doc


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def ingest(db: str, refs: set[str]) -> dict[str, str]:
    """Ingest the set's articles (stored ones are skipped); returns doc_id → ref."""
    docs = list(set_documents(refs))
    options = PipelineOptions(batch_size=16)
    with Store(db) as store:
        ingest_documents((d for _, d in docs), store, build_pipeline(options), batch_size=16)
    return {d.doc_id: ref for ref, d in docs}


def stored_mentions(db: str, refs_by_doc: dict[str, str]) -> list[dict[str, Any]]:
    with Store(db, read_only=True) as store:
        cur = store.con.execute("SELECT m.*, d.published, d.outlet, d.title FROM mentions m JOIN documents d USING (doc_id)")
        cols = [c[0] for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    for row in rows:
        row["ref"] = refs_by_doc.get(row["doc_id"])
    return [r for r in rows if r["ref"]]


def item_mentions(items: list[dict[str, str]], mentions: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Each item's events: those of its article's mentions whose sentence begins with its text (and,
    where the item names one, whose ``source>target|cameo`` is its mention)."""
    by_ref: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_ref[m["ref"]].append(m)
    out = []
    for item in items:
        prefix, wanted = _norm(item["sentence"]), item.get("mention") or ""
        out.append([m for m in by_ref[item["doc"]] if _norm(m["sentence"] or "").startswith(prefix)
                    and (not wanted or f"{m['source_text']}>{m['target_text']}|{m['cameo']}" == wanted)])
    return out


def _family(m: dict[str, Any]) -> str:
    # the block family: a group of compatible codes (merge_code_groups.tsv) counts as one kind of act
    return block_family(event_family(m.get("plover_event"), (m.get("cameo") or "")[:2]), None, m.get("cameo"))


def _jaccard(a: str, b: str) -> float:
    x, y = content_terms(a), content_terms(b)
    return len(x & y) / len(x | y) if x | y else 1.0


def score(items: list[dict[str, str]], found: list[list[dict[str, Any]]]) -> dict[str, Any]:
    events = [{m["event_id"] for m in ms} for ms in found]
    families = [{_family(m) for m in ms} for ms in found]
    coded = [i for i, ev in enumerate(events) if ev]
    counts = defaultdict(int)
    for i, j in itertools.combinations(coded, 2):
        same = items[i]["group"] == items[j]["group"]
        merged = bool(events[i] & events[j])
        across = items[i]["doc"] != items[j]["doc"]
        independent = across and _jaccard(items[i]["sentence"], items[j]["sentence"]) < INDEPENDENT_BELOW
        counts["merged"] += merged
        counts["merged_right"] += merged and same
        counts["same"] += same
        same_act = bool(families[i] & families[j])  # the coder gave both the same kind of act
        for scope, applies in (("across", across), ("independent", independent), ("same_act", same_act),
                               ("same_act_across", same_act and across),
                               ("same_act_independent", same_act and independent)):
            counts[f"same_{scope}"] += same and applies
            counts[f"merged_right_{scope}"] += same and merged and applies
    by_group: dict[str, list[int]] = defaultdict(list)
    for i in coded:
        by_group[items[i]["group"]].append(i)
    multi = [g for g, members in by_group.items() if len({items[i]["doc"] for i in members}) > 1]
    whole = [g for g in multi if set.intersection(*(events[i] for i in by_group[g]))]
    # groups in several articles whose items the coder gave one kind of act: what the merge can join
    one_act = [g for g in multi if set.intersection(*(families[i] for i in by_group[g]))]
    whole_one_act = [g for g in one_act if g in whole]
    b_p = b_r = 0.0
    for i in coded:
        cluster = {j for j in coded if events[i] & events[j]}
        group = set(by_group[items[i]["group"]])
        b_p += len(cluster & group) / len(cluster)
        b_r += len(cluster & group) / len(group)

    def ratio(a: int, b: int) -> Optional[float]:
        return round(a / b, 3) if b else None

    return {
        "items": len(items), "coded_items": len(coded), "groups": len(by_group),
        "merged_pairs": counts["merged"], "merged_right": counts["merged_right"],
        "pairwise_precision": ratio(counts["merged_right"], counts["merged"]),
        "pairwise_recall": ratio(counts["merged_right"], counts["same"]),
        "recall_across_articles": ratio(counts["merged_right_across"], counts["same_across"]),
        "recall_independent_wording": ratio(counts["merged_right_independent"], counts["same_independent"]),
        "independent_pairs": counts["same_independent"],
        # the merge's own share: pairs the coder gave the same kind of act (the merge never joins two acts)
        "same_act_pairs": counts["same_same_act"],
        "recall_same_act": ratio(counts["merged_right_same_act"], counts["same_same_act"]),
        "recall_same_act_across": ratio(counts["merged_right_same_act_across"], counts["same_same_act_across"]),
        "recall_same_act_independent": ratio(counts["merged_right_same_act_independent"],
                                             counts["same_same_act_independent"]),
        "groups_in_several_articles": len(multi), "groups_merged": len(whole),
        "groups_merged_share": ratio(len(whole), len(multi)),
        "groups_one_act": len(one_act), "groups_one_act_merged": len(whole_one_act),
        "bcubed_precision": round(b_p / len(coded), 3) if coded else None,
        "bcubed_recall": round(b_r / len(coded), 3) if coded else None,
    }


def cross_half_merges(items: list[dict[str, str]], found: list[list[dict[str, Any]]], halves: list[str]) -> dict[str, int]:
    """Merged pairs whose two items lie in different halves: neither half's score sees them, yet a
    set split by group makes every one of them a merge of two happenings (a dev change that links
    a dev group to a test group is a wrong merge, however both halves read)."""
    events = [{m["event_id"] for m in ms} for ms in found]
    out = {"merged": 0, "merged_right": 0}
    for i, j in itertools.combinations(range(len(items)), 2):
        if halves[i] != halves[j] and events[i] & events[j]:
            out["merged"] += 1
            out["merged_right"] += items[i]["group"] == items[j]["group"]
    return out


def show_merges(items: list[dict[str, str]], found: list[list[dict[str, Any]]]) -> None:
    """Every merged pair of items and every judged-same pair left split, for reading by hand."""
    events = [{m["event_id"] for m in ms} for ms in found]
    families = [{_family(m) for m in ms} for ms in found]
    coded = [i for i, ev in enumerate(events) if ev]
    for i, j in itertools.combinations(coded, 2):
        same = items[i]["group"] == items[j]["group"]
        merged = bool(events[i] & events[j])
        if merged or same:
            verdict = "RIGHT" if merged and same else ("WRONG" if merged else "SPLIT")
            if verdict == "SPLIT" and not families[i] & families[j]:
                verdict = "SPLIT-ACTS"  # the coder gave two kinds of act: not the merge's to join
            print(f"{verdict} [{items[i]['group']}|{items[j]['group']}]")
            from annalyst.store.merge import MergeRule, facts_of, pair_features

            rule = MergeRule()
            features = pair_features(facts_of(found[i][0], rule), facts_of(found[j][0], rule), rule)
            print("   " + " ".join(f"{k}={v:.2f}" if k == "text_overlap" else k for k, v in sorted(features.items())))
            for k in (i, j):
                m = found[k][0]
                print(f"   {items[k]['doc']} {m['source_text']}>{m['target_text']}|{m['cameo']} {m['date']}~"
                      f"{m['date_precision']}: {items[k]['sentence'][:90]}")


def split_cause(a: dict[str, Any], b: dict[str, Any], block_rows: list[dict[str, Any]], rule: Any) -> str:
    """Why two mentions judged to report one happening are in two events, read off the rule:

    * ``block: family|mood|period differs``: they never meet (the block key);
    * ``veto: X`` / ``gate: X``: the pair's own features keep them apart (merge_features.tsv);
    * ``below threshold``: nothing vetoes, but the weights do not reach the threshold;
    * ``sweep: ...``: the pair could link, the sweep kept them apart (``merge.joins``): the mention
      falls outside the window of the other's event anchor, a member of that event vetoes it
      (complete link), or it joined an earlier event first.
    """
    from annalyst.store.merge import _dates_apart, compatible, facts_of_rows, cluster, pair_features

    ka, kb = a["block"].split("|"), b["block"].split("|")
    if ka != kb:
        which = next(name for name, x, y in zip(("family", "mood", "period"), ka, kb) if x != y)
        field = ("family", "mood", "period").index(which)
        return f"block: {which} differs ({'/'.join(sorted((ka[field], kb[field])))})"
    facts = {f.mention_id: f for f in facts_of_rows(block_rows, rule)}
    fa, fb = facts[a["mention_id"]], facts[b["mention_id"]]
    features = {**pair_features(fa, fb, rule), **pair_features(fb, fa, rule)}
    for kind, names in (("veto", rule.features.vetoes), ("gate", rule.features.gates)):
        fired = sorted(k for k in features if k in names)
        if fired:
            return f"{kind}: {'+'.join(fired)}"
    if not (compatible(fa, fb, rule) or compatible(fb, fa, rule)):
        return "below threshold"
    groups = cluster(list(facts.values()), rule)
    group_of = {m.mention_id: g for g in groups for m in g}
    first, later = sorted((fa, fb), key=lambda m: m.sort_key())
    event = group_of[first.mention_id]
    if _dates_apart(event[0], later, rule):
        return "sweep: outside the window of the event's anchor"
    if any(name in rule.features.vetoes for m in event for name in pair_features(m, later, rule)):
        return "sweep: another member of the event vetoes it"
    return "sweep: joined an earlier event first"


def split_causes(items: list[dict[str, str]], found: list[list[dict[str, Any]]],
                 mentions: list[dict[str, Any]]) -> dict[str, int]:
    """Every judged-same pair of items left split, counted by ``split_cause`` (of the two items'
    mentions, the pair that shares a block if any): the splits read by cause, not one by one."""
    from annalyst.store.merge import MergeRule

    rule = MergeRule()
    by_block: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_block[m["block"]].append(m)
    counts: dict[str, int] = defaultdict(int)
    coded = [i for i, ms in enumerate(found) if ms]
    for i, j in itertools.combinations(coded, 2):
        if items[i]["group"] != items[j]["group"] or {m["event_id"] for m in found[i]} & {m["event_id"] for m in found[j]}:
            continue
        pairs = sorted(itertools.product(found[i], found[j]), key=lambda p: p[0]["block"] != p[1]["block"])
        a, b = pairs[0]
        counts[split_cause(a, b, by_block[a["block"]], rule)] += 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def dump(mentions: list[dict[str, Any]]) -> None:
    """Coded mentions per article, in reading order: the raw material of a judgement."""
    for m in sorted(mentions, key=lambda m: (m["ref"], m["sentence_index"] or 0, m["mention_id"])):
        print(f"{m['ref']}\t{m['event_id'][:8]}\t{m['cameo']}\t{m['source_text']}>{m['target_text']}\t"
              f"{m['date']}~{m['date_precision']}\t{' '.join((m['sentence'] or '').split())[:160]}")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=None, help="store to ingest into / reuse (default: a new file under /tmp)")
    ap.add_argument("--half", choices=("dev", "test", "all"), default=None, help="one half (default: dev and test)")
    ap.add_argument("--remerge", action="store_true", help="re-merge the stored mentions with today's rule first")
    ap.add_argument("--show-merges", action="store_true", help="print merged and split judged pairs")
    ap.add_argument("--dump", action="store_true", help="print every coded mention of the set's articles")
    ap.add_argument("--causes", action="store_true", help="count the judged-same pairs left split by cause (split_cause)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--set", choices=SETS, default="merge-1", help="the judged set (bench/data/<set>)")
    args = ap.parse_args(argv)

    data = DATA_ROOT / args.set
    documents = read_tsv(data / "documents.tsv")
    doc_halves = {r["doc"]: r["half"] for r in documents if r.get("half")}
    judged = data / "judged.tsv"
    items = read_tsv(judged) if judged.exists() else []  # none yet: --dump the coded mentions to judge
    refs = {i["doc"] for i in items} | {r["doc"] for r in documents}
    db = args.db or f"/tmp/annalyst-{args.set}-{int(time.time())}.duckdb"
    started = time.perf_counter()
    refs_by_doc = ingest(db, refs)
    ingest_seconds = time.perf_counter() - started
    if args.remerge:
        with Store(db) as store:
            store.remerge_all()
    mentions = stored_mentions(db, refs_by_doc)
    if args.dump:
        dump(mentions)
        return 0
    halves = [args.half] if args.half else ["dev", "test"]
    report: dict[str, Any] = {"db": db, "articles": len(refs_by_doc), "mentions": len(mentions),
                              "ingest_seconds": round(ingest_seconds, 1)}
    for half in halves:
        chosen = [i for i in items if half == "all" or item_half(i, doc_halves) == half]
        found = item_mentions(chosen, mentions)
        report[half] = score(chosen, found)
        if args.causes:
            report[half]["split_causes"] = split_causes(chosen, found, mentions)
        if args.show_merges:
            print(f"== {half}")
            show_merges(chosen, found)
    if not args.half:
        found_all = item_mentions(items, mentions)
        report["across_halves"] = cross_half_merges(items, found_all, [item_half(i, doc_halves) for i in items])
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{report['articles']} articles, {report['mentions']} mentions ({db})")
        for half in halves:
            r = report[half]
            print(f"{half}: {r['coded_items']}/{r['items']} items coded in {r['groups']} groups; merges right "
                  f"{r['merged_right']}/{r['merged_pairs']} (P {r['pairwise_precision']}), pairwise R "
                  f"{r['pairwise_recall']} (across articles {r['recall_across_articles']}, independently worded "
                  f"{r['recall_independent_wording']} of {r['independent_pairs']} pairs); groups merged "
                  f"{r['groups_merged']}/{r['groups_in_several_articles']}; B-cubed P {r['bcubed_precision']} "
                  f"R {r['bcubed_recall']}\n   same act: pairwise R {r['recall_same_act']} of {r['same_act_pairs']} pairs "
                  f"(across articles {r['recall_same_act_across']}, independently worded "
                  f"{r['recall_same_act_independent']}); groups merged {r['groups_one_act_merged']}/{r['groups_one_act']}")
            for cause, n in r.get("split_causes", {}).items():
                print(f"   split {n:>4}  {cause}")
        if "across_halves" in report:
            x = report["across_halves"]
            print(f"across halves: merges right {x['merged_right']}/{x['merged']} (pairs of a dev and a test item)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
