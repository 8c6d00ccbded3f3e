"""Score annalyst against a judged real-news set: every coded event judged by a coder (news-audit-1 rules).

Sets (same JSONL shapes):
  news-audit-1  ../shared/eval/news-audit-1  30 AFP/Xinhua articles, 265 judged events (expert coder)
  judged-1      bench/data/judged-1           this project's own judged BBC/Reuters articles
  judged-2      bench/data/judged-2           international wire news (TimeML platinum 2013, Reuters 1987), with places
  judged-3      bench/data/judged-3           Reuters 1987 wire stories and 2019 news web pages read as HTML, with places
  judged-4      bench/data/judged-4           Reuters 1987, BBC News 2004-5 and news web pages read as HTML, with places
  judged-5      bench/data/judged-5           Reuters 1987, BBC News 2004-5 and GLOCON South African wire documents, with places
  judged-6      bench/data/judged-6           Reuters 1987, BBC News 2004-5, GLOCON documents and Times of India 2002 articles, with places
  judged-7      bench/data/judged-7           the same four sources as judged-6 (session 11's blind set), with places
  judged-8      bench/data/judged-8           the same four sources as judged-6 (session 12's blind set), with places
  judged-9      bench/data/judged-9           the same four sources as judged-6 (session 13's blind set), with places
  judged-10     bench/data/judged-10          the same four sources as judged-6 (session 14's blind set), with places
  judged-11     bench/data/judged-11          Reuters, BBC and IndiaPoliceEvents, no GLOCON left (session 15's blind set), with places
  judged-12     bench/data/judged-12          the same three sources and mix as judged-11 (session 16's blind set), with places
  judged-13     bench/data/judged-13          the same three sources and mix as judged-12 (session 17's blind set), with places

The articles of ``sample.jsonl`` are coded with the current tree exactly as ``annalyst code --all
--format jsonl`` does (the JSONL reader, the default pipeline, deduplication on, flagged events kept),
through the library.  Each produced event is then matched to a judged one:

1. candidates: the judged events of the same article whose sentence and trigger equal the produced
   event's (sentences compared with runs of white space collapsed and the ends stripped; triggers exactly);
2. within one (article, sentence, trigger) group the pairs are taken greedily, best first, by agreement
   on what annalyst said: CAMEO code 8, source code 4, target code 2, date 1 (ties: see below, then file
   order); every judged event is paired at most once.

Supplementary judgements: ``bench/data/rejudged/<set>/judgements.jsonl`` (README there) holds judgements of
events produced by later trees, in the set's line shape plus ``judged_on`` (the commit judged) and ``judge``,
and optionally ``rejudges`` (the set's idx it revises) and ``recall_found`` (gold ids of ``recall.jsonl`` the
event finds).  They are loaded after the set's own (which stay untouched) and matched the same way; ties in
agreement go to the judgement whose every judged field is the produced event's (and that names a source and a
target text exactly where the event does: an uncoded target dropped is told from one kept), then to the newer one.  A set
judgement that a paired supplementary line ``rejudges`` is superseded, not lost.  ``--no-rejudged`` scores with
the set's own judgements only.

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
  ... (default output)   real events and triple among the events ``annalyst code`` and ``events`` show by default:
               the asserted ones, with no negated / hypothetical / disputed / planned flag (``--all`` shows the
               rest, and the audit judges every event as ``code --all`` writes it)
  recall       of the analyst's events in ``recall.jsonl``: those the judge matched to a produced event
               (``annalyst_event``) that the tree still produces with the judged fields unchanged.
               A paired supplementary judgement also finds the gold events of its ``recall_found`` while its
               code, source and target are unchanged, and so does one that ``rejudges`` the line a gold event
               was found by while it judges the event real with source, target and root right, or one of the
               lines a ``partial`` gold event links (``annalyst_events_for_this_happening``) while it judges the
               event so and the event agrees with the gold on root and source and target country.
               Gold events with another produced event of the same article whose root, source country and
               target country agree are counted as ``recall candidates`` (unjudged, not in recall).
  place        only for a set whose judgements carry ``place_should_be`` (judged-2 .. judged-13): over the judged
               real events (root unchanged) whose text gives a place (``{"name", "country"}``): ``place carried`` = the
               produced event has a location; ``place right`` = its country is the gold's and its name (or city,
               or admin-1 name) is the gold name, accents and case aside; ``place country right`` = its country
               is the gold's.  Over those whose text gives none (``"none"``): ``false place`` = a location was
               given anyway.  ``"skip"`` (several places, a sea) is not scored.  The gold place belongs to the
               happening, so it needs no re-judging when the produced event's fields change.

Usage: python bench/news_audit.py [--set news-audit-1|judged-1|...|judged-13] [--shared ../shared] [--articles N]
                                  [--json] [--show-unjudged N] [--dump EVENTS.jsonl] [--unjudged-out PATH]
                                  [--rejudged PATH | --no-rejudged] [--events EVENTS.jsonl]
``--unjudged-out`` writes every event that needs a judge (unjudged, or a field changed) as a judgement line
to fill in; ``--events`` scores a ``--dump`` of an earlier run instead of coding the articles again.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Optional

REPO = Path(__file__).resolve().parents[1]
SETS = {"news-audit-1": ("shared", "eval/news-audit-1"), "judged-1": ("repo", "bench/data/judged-1"),
        "judged-2": ("repo", "bench/data/judged-2"), "judged-3": ("repo", "bench/data/judged-3"),
        "judged-4": ("repo", "bench/data/judged-4"), "judged-5": ("repo", "bench/data/judged-5"),
        "judged-6": ("repo", "bench/data/judged-6"), "judged-7": ("repo", "bench/data/judged-7"),
        "judged-8": ("repo", "bench/data/judged-8"), "judged-9": ("repo", "bench/data/judged-9"),
        "judged-10": ("repo", "bench/data/judged-10"), "judged-11": ("repo", "bench/data/judged-11"),
        "judged-12": ("repo", "bench/data/judged-12"), "judged-13": ("repo", "bench/data/judged-13")}
# supplementary judgements of later trees, kept in the repository beside (never inside) each set
REJUDGED = REPO / "bench" / "data" / "rejudged"
SUPPLEMENT_KEYS = ("judged_on", "judge")
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


def load_judgements(folder: Path, supplement: Optional[Path]) -> list[dict]:
    """The set's own judgements followed by the supplementary ones of ``supplement`` (a judgements.jsonl
    of ``bench/data/rejudged/<set>/``; absent = none).  A supplementary line must name the tree it was
    judged on (``judged_on``) and its ``judge``, and its ``idx`` must not repeat one already loaded."""
    lines = read_jsonl(folder / "judgements.jsonl")
    if supplement is None or not supplement.exists():
        return lines
    seen = {j["idx"] for j in lines}
    for j in read_jsonl(supplement):
        missing = [k for k in SUPPLEMENT_KEYS if not j.get(k)]
        if missing or j["idx"] in seen:
            raise SystemExit(f"news_audit: {supplement} idx {j.get('idx')}: "
                             + (f"no {', '.join(missing)}" if missing else "idx already used")
                             + " (fix: every supplementary line names judged_on and judge and has a new idx)")
        seen.add(j["idx"])
        lines.append(j)
    return lines


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


def code_sample(sample: Path, limit: int = 0, keep: Optional[list] = None) -> list[dict]:
    """Code the articles as ``annalyst code --all --format jsonl`` does; each event JSON gains ``article``
    (the record's id).  ``limit`` keeps the first N articles (0 = all); ``keep`` collects the coded Documents."""
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
        if keep is not None:
            keep.append(doc)
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
        # ties: the judgement whose every judged field is the produced event's, then the newer one (of two
        # supplementary ones, the later line)
        scored = sorted(((-_agreement(said(produced[k]), judged[i]["annalyst"]),
                          -_same_fields(said(produced[k]), judged[i]["annalyst"]), -_newer(judged[i]), -_line_order(judged[i]), n, k, i)
                         for n, (k, i) in enumerate((k, i) for k in ks for i in js)))
        used_k, used_i = set(), set()
        for *_, k, i in scored:
            if k not in used_k and i not in used_i:
                pair[k] = i
                used_k.add(k)
                used_i.add(i)
    matches = [Match(ev, judged[pair[k]] if k in pair else None) for k, ev in enumerate(produced)]
    taken = set(pair.values())
    # a judgement that a paired supplementary one revises (``rejudges``) is superseded, not lost
    superseded = {(judged[i]["article"], judged[i]["rejudges"]) for i in taken if judged[i].get("rejudges") is not None}
    return matches, [j for i, j in enumerate(judged) if i not in taken and (j["article"], j["idx"]) not in superseded]


def _agreement(now: dict, then: dict) -> int:
    return sum(w for name, w in WEIGHTS.items() if _field(now, name) == _field(then, name))


def _same_fields(now: dict, then: dict) -> int:
    # an actor with neither code nor country is still there or not: a dropped unplaced target ("said the project
    # had ...") is told from the judgement that saw it by whether the judged text names one
    return all(_field(now, f) == _field(then, f) for f in set(DEPENDS.values()) | {"cameo"}) \
        and all(bool(now.get(f)) == bool(then.get(f)) for f in ("source_text", "target_text") if f in then)


def _line_order(j: dict) -> int:
    """Between two supplementary judgements equal on every judged field, the one that re-judges the other (a later
    line names the earlier's idx in ``rejudges``; idx numbers grow with each line appended) wins: a re-judgement of
    a supplementary line supersedes it as one of the set's own."""
    return j["idx"] if j.get("judged_on") else 0


def _newer(j: dict) -> int:
    """A supplementary judgement (it names the tree it was judged on) wins a tie against the set's own."""
    return int(bool(j.get("judged_on")))


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
    rejudged: int = 0  # of the matched: paired with a supplementary judgement
    unjudged: int = 0
    lost: int = 0
    shares: dict[str, Share] = field(default_factory=dict)
    recall: Share = field(default_factory=Share)
    recall_candidates: int = 0
    recall_articles: int = 0
    # error classes of the judgements paired with produced events (their classes name the judged fields,
    # so a pairing with a changed field may list an error that is fixed: judge it to be sure)
    error_classes: dict[str, int] = field(default_factory=dict)
    # the store's part (issue 14 point 4, issue 21): the coded articles written to a store, how many
    # events it keeps, and of the produced events judged DUP (the happening coded again) how many it
    # groups with another mention of their article into one event (None: not measured, --events)
    stored_events: Optional[int] = None
    dup_judged: Optional[int] = None
    dup_grouped: Optional[int] = None
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
    report.rejudged = sum(_newer(m.judged) for m in judged_matches)
    counts = Counter(c for m in judged_matches for c in m.judged.get("error_classes") or ())
    report.error_classes = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
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
    report.shares.update(_score_default_output(judged_matches, vs))
    if any("place_should_be" in m.judged for m in judged_matches):
        report.shares.update(_score_places(judged_matches))
    _score_recall(report, recall, matches)
    return report, matches


def _score_default_output(matches: list[Match], vs: list[dict]) -> dict[str, Share]:
    """Real share and triple among the events ``annalyst code`` / ``events`` / exports show by default: the
    asserted ones (no flag of ``ASSERTION_BLOCKING_FLAGS``; ``--all`` adds the rest, which the audit judges too)."""
    from annalyst.model import ASSERTION_BLOCKING_FLAGS

    real, triple = Share(), Share()
    for m, v in zip(matches, vs):
        if set(m.produced.get("flags") or ()) & ASSERTION_BLOCKING_FLAGS:
            continue
        four = [v[k] for k in ("real_event", "source_ok", "target_ok", "root_ok")]
        if v["real_event"] is None or (v["real_event"] == "Y" and None in four):
            real.changed += v["real_event"] is None
            triple.changed += 1
            continue
        real.n += 1
        real.right += v["real_event"] == "Y"
        triple.n += 1
        triple.right += all(x == "Y" for x in four)
    return {"real events (default output)": real, "triple (default output)": triple}


def _plain(name: Optional[str]) -> str:
    """A place name compared without accents or case ("Québec" is "Quebec")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c)).casefold()


def _score_places(judged_matches: list[Match]) -> dict[str, Share]:
    """The place metrics (see the module's docstring) of the judged real events whose root is unchanged."""
    carried, right, country, false = Share(), Share(), Share(), Share()
    for m in judged_matches:
        gold = m.judged.get("place_should_be")
        if verdicts(m)["real_event"] != "Y" or gold in (None, "skip"):
            continue
        loc = m.produced.get("location") or None
        if gold == "none":
            false.n += 1
            false.right += loc is not None
            continue
        names = {_plain((loc or {}).get(k)) for k in ("name", "city", "admin1")} - {""}
        same_country = loc is not None and loc.get("country") == gold["country"]
        for share, ok in ((carried, loc is not None), (right, same_country and _plain(gold["name"]) in names),
                          (country, same_country)):
            share.n += 1
            share.right += ok
    return {"place carried": carried, "place right": right, "place country right": country, "false place": false}


def _score_recall(report: AuditReport, recall: list[dict], matches: list[Match]) -> None:
    unchanged = [m for m in matches
                 if m.judged is not None and all(_field(said(m.produced), f) == _field(m.judged["annalyst"], f)
                                                 for f in ("cameo", "source", "target"))]
    still = {(m.judged["article"], m.judged["idx"]) for m in unchanged}
    # a supplementary judgement names the gold events its produced event finds (``recall_found``); one that
    # re-judges a line a gold event was found by (a place or date re-judged, say) finds it too while it still
    # judges the event real with source, target and root right (the rule ``found`` has in every recall file)
    found_by = {(r["article"], r.get("annalyst_event")): r.get("gold") for r in recall if r["status"] == "found"}
    found_later = {(m.judged["article"], g) for m in unchanged for g in m.judged.get("recall_found") or ()}
    found_later |= {(m.judged["article"], found_by[(m.judged["article"], m.judged["rejudges"])]) for m in unchanged
                    if (m.judged["article"], m.judged.get("rejudges")) in found_by and _right_triple(m.judged)}
    found_later |= _found_by_rejudged_links(recall, unchanged)
    report.recall_articles = len({r["article"] for r in recall})
    for r in recall:
        report.recall.n += 1
        linked = r.get("annalyst_event")
        if (r["status"] == "found" and linked is not None and (r["article"], linked) in still) \
                or (r["article"], r.get("gold")) in found_later:
            report.recall.right += 1
        elif any(_candidate(r, m.produced) for m in matches if m.produced["article"] == r["article"]):
            report.recall_candidates += 1


def _found_by_rejudged_links(recall: list[dict], unchanged: list[Match]) -> set[tuple[str, str]]:
    """The gold events a later tree found where the set's judge linked the happening's events but found none
    (``partial``; a ``found`` row's other linked events count the same way): a supplementary line that ``rejudges`` one of the row's linked events (its
    ``annalyst_events_for_this_happening``) and judges it real with source, target and root right, and whose
    produced event agrees with the row on root and source and target country (``_candidate``).  The last
    condition keeps a linked event that is right for its own sentence but not the row's happening (a statement
    on civility linked to "criticises Labour's language": no target, another root) from finding it."""
    return {(r["article"], r["gold"]) for m in unchanged if _right_triple(m.judged) for r in recall
            if r["article"] == m.judged["article"] and m.judged.get("rejudges") is not None
            and m.judged["rejudges"] in (r.get("annalyst_events_for_this_happening") or ()) and _candidate(r, m.produced)}


def _right_triple(judged: dict) -> bool:
    return judged.get("real_event") == "Y" and all(judged.get(v) == "Y" for v in ("source_ok", "target_ok", "root_ok"))


def _country(actor: Optional[dict]) -> str:
    return str((actor or {}).get("country") or "None")


def _candidate(gold: dict, ev: dict) -> bool:
    """A produced event that may be the gold event: same root, source and target country among the gold's
    (``None`` for an empty one).  Not counted as found: only a judge decides that."""
    return ((ev.get("cameo") or "")[:2] == gold["root"] and _country(ev.get("source")) in gold["source"]
            and _country(ev.get("target")) in gold["target"])


# ----------------------------------------------------------------------------- command line


def skeletons(matches: list[Match], first_idx: int, places: bool = False) -> list[dict]:
    """Judgement lines for the events that need a judge: what annalyst said now, the verdicts empty.  For an
    event whose partner's field changed (``rejudges`` = the set's idx the partner is or revises) the verdicts that still apply are
    filled in from the partner, with its error classes, reason and should_be, for the judge to revise.
    ``places``: the set judges places, so each line gets ``place_should_be`` (the partner's, else empty)."""
    out = []
    for m in matches:
        ev = m.produced
        carried = verdicts(m) if m.judged is not None else None
        # a judged non-event stays one while its root does: its other fields are in no metric
        if carried is not None and (None not in carried.values() or carried["real_event"] == "N"):
            continue
        line = {"idx": first_idx + len(out), "event_id": ev.get("event_id"), "article": ev["article"],
                "sentence": norm_sentence(ev.get("text", "")), "trigger": ev.get("trigger", ""),
                "annalyst": said(ev), **dict.fromkeys(VERDICTS, ""), "error_classes": [], "reason": "",
                "should_be": ""}
        if carried is not None:
            line.update({v: x or "" for v, x in carried.items()},
                        error_classes=list(m.judged.get("error_classes") or []),
                        reason=m.judged.get("reason", ""), should_be=m.judged.get("should_be", ""))
            original = _original(m.judged)
            if original is not None:
                line["rejudges"] = original
        if places:
            line["place_should_be"] = m.judged.get("place_should_be", "") if m.judged is not None else ""
        out.append(line)
    return out


def _original(judged: dict) -> Optional[int]:
    """The set's own idx a new line revises: the partner's own idx when it is the set's judgement, the one the
    partner itself revises when it is a supplementary line (it names ``judged_on``), none when the partner is a
    supplementary line for an event the set never judged (``rejudges`` always names the set's original)."""
    if "judged_on" not in judged:
        return judged["idx"]
    return judged.get("rejudges")


def run(name: str, shared: Path, limit: int = 0, dump: Optional[Path] = None,
        supplement: Optional[Path] = None, events: Optional[Path] = None) -> tuple[AuditReport, list[Match]]:
    folder = set_dir(name, shared)
    sample = folder / "sample.jsonl"
    if not sample.exists():
        raise SystemExit(f"news_audit: {sample} not found (pass --shared PATH, the folder holding eval/)")
    started = time.perf_counter()
    articles = [r["id"] for r in read_jsonl(sample)]
    articles = articles[:limit] if limit else articles
    docs: list = []
    produced = read_jsonl(events) if events is not None else code_sample(sample, limit, keep=docs)
    if events is not None and limit:
        produced = [e for e in produced if e["article"] in set(articles)]
    if dump is not None:
        dump.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in produced), encoding="utf-8")
    report, matches = score(name, produced, load_judgements(folder, supplement),
                            read_jsonl(folder / "recall.jsonl"), articles)
    if events is None:
        score_store(report, matches, docs)
    report.seconds = time.perf_counter() - started
    return report, matches


def score_store(report: AuditReport, matches: list[Match], docs: list) -> None:
    """Write the coded articles to a throwaway store and count, among the produced events judged DUP, those
    the store's merge groups with another mention of the same article (one happening, one event)."""
    from annalyst.store import Store

    with Store(":memory:") as store:
        store.write_documents(docs)
        rows = store.con.execute("SELECT mention_id, event_id, doc_id FROM mentions").fetchall()
        report.stored_events = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
    event_of = {mid: (eid, doc) for mid, eid, doc in rows}
    per_event_doc: Counter = Counter(event_of.values())
    dups = [m for m in matches if m.judged is not None and "DUP" in (m.judged.get("error_classes") or ())]
    report.dup_judged = len(dups)
    report.dup_grouped = sum(per_event_doc[event_of[m.produced["event_id"]]] > 1 for m in dups
                             if m.produced.get("event_id") in event_of)


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
                    help="write the events that need a judge (unjudged, or a judged field changed) as judgement "
                         "lines numbered after the last idx loaded, for a judge to fill in and append to "
                         "bench/data/rejudged/<set>/judgements.jsonl")
    ap.add_argument("--rejudged", type=Path, metavar="PATH",
                    help="supplementary judgements (default: bench/data/rejudged/<set>/judgements.jsonl)")
    ap.add_argument("--no-rejudged", action="store_true", help="score with the set's own judgements only")
    ap.add_argument("--events", type=Path, metavar="EVENTS.jsonl",
                    help="score these produced events (a --dump of an earlier run) instead of coding the sample")
    args = ap.parse_args(argv)
    supplement = None if args.no_rejudged else (args.rejudged or REJUDGED / args.set / "judgements.jsonl")
    report, matches = run(args.set, args.shared, args.articles, args.dump, supplement, args.events)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(f"{report.set}: {report.articles} articles, {report.produced} events produced, {report.matched} "
              f"matched to a judgement ({report.rejudged} supplementary), {report.unjudged} unjudged, {report.lost} judged events no longer "
              f"produced ({report.seconds:.0f}s)")
        width = max(len(r[0]) for r in report.rows())
        print(f"{'metric':<{width}}  value  count")
        for metric, value, count in report.rows():
            print(f"{metric:<{width}}  {value}  {count}")
        print("error classes: " + ", ".join(f"{k} {v}" for k, v in report.error_classes.items()))
        if report.stored_events is not None:
            print(f"store: {report.stored_events} events from {report.produced} produced; DUP-judged events grouped "
                  f"with another mention of their article: {report.dup_grouped}/{report.dup_judged}")
    if args.unjudged_out is not None:
        loaded = load_judgements(set_dir(args.set, args.shared), supplement)
        last = max((j["idx"] for j in loaded), default=-1)
        places = any("place_should_be" in j for j in loaded)
        args.unjudged_out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n"
                                             for line in skeletons(matches, last + 1, places)), encoding="utf-8")
    for m in [m for m in matches if m.judged is None][:args.show_unjudged]:
        a = said(m.produced)
        print(f"unjudged: {m.produced['article']} | {m.produced.get('trigger')!r} | {a['source']} {a['cameo']} "
              f"{a['target']} | {norm_sentence(m.produced.get('text', ''))[:120]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
