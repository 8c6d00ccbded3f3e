"""Incremental merging: a write re-merges only the linked components its mentions touch.

``merge.cluster`` sweeps a block's mentions in canonical order; a mention only ever joins an event
through a member it is ``merge.linked`` to.  So the sweep of a block is the union of the sweeps of
its *linked components* (mentions connected by links, directly or through others), and adding
mentions changes only the components they link into.  ``BlockIndex`` keeps, for one block, every
stored mention's merge facts, its date interval as arrays and the postings of its content words
(to find a new mention's links without comparing it with the whole block in Python), the linked
components and the stored events.  ``MergeCache`` keeps the indexes of the blocks recently written,
within a bound on the mentions held.

A write (``plan``) then merges, per block, the new mentions together with the components they link
into (and the components of mentions deleted by a re-ingest), with the same ``cluster`` as a full
re-merge; the events whose members did not change are left as they are.  The result is the one a
full re-merge of the block gives, whatever the order the documents came in (docs/store.md,
"Incremental merging").
"""

from __future__ import annotations

from array import array
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

import numpy as np

from annalyst.store.merge import (
    SUMMARY_FIELDS,
    MentionFacts,
    MergeRule,
    cluster,
    content_gate_floor,
    copy_key,
    linked,
)

_NO_DAY = np.iinfo(np.int32).min // 2  # an undated mention's interval (it links to its article only)


class _Rows:
    """A growing array of row numbers (one content word's postings): 4 bytes a row, read by numpy
    without a copy."""

    __slots__ = ("rows",)

    def __init__(self) -> None:
        self.rows = array("i")

    def append(self, row: int) -> None:
        self.rows.append(row)

    def view(self) -> np.ndarray:
        return np.frombuffer(self.rows, dtype=np.int32)


class BlockIndex:
    """One block's merge state: facts, intervals and content-word postings by row, linked components, events."""

    def __init__(self, window_days: int) -> None:
        self.window_days = window_days
        self.facts: dict[str, MentionFacts] = {}
        self.row: dict[str, int] = {}  # mention id → its row in the arrays
        self.ids: list[Optional[str]] = []  # row → mention id (None: deleted)
        self.lo = np.empty(0, dtype=np.int32)
        self.hi = np.empty(0, dtype=np.int32)
        self.n_terms = np.empty(0, dtype=np.int32)
        self.postings: dict[str, _Rows] = defaultdict(_Rows)  # content word → rows that have it
        self.by_doc: dict[str, set[str]] = defaultdict(set)
        self.by_copy: dict[tuple, set[str]] = defaultdict(set)
        # mention id → the mentions of other stories it is ``linked`` to: the sweep tries only their
        # events and its own story's (``merge.cluster``); an article's own pairs are not kept (k² of them)
        self.adjacent: dict[str, set[str]] = defaultdict(set)
        self.component: dict[str, int] = {}  # mention id → component number
        self.members: dict[int, set[str]] = {}  # component number → mention ids
        self.event_of: dict[str, str] = {}  # mention id → event id
        self.event_members: dict[str, frozenset[str]] = {}
        # mention id → the columns of its row that an event row is summarized from (SUMMARY_FIELDS,
        # in order): a write re-summarizes the changed events of stored mentions from here, not from
        # a look-up that scans the mentions table (which grows with the store)
        self.rows: dict[str, tuple] = {}
        self._next_component = 0
        self._dead = 0

    def __len__(self) -> int:
        return len(self.facts)

    # -- rows ------------------------------------------------------------------------------

    def add(self, facts: Sequence[MentionFacts]) -> None:
        """Index these mentions (not yet in any component)."""
        if not facts:
            return
        start = len(self.ids)
        lo = np.empty(len(facts), dtype=np.int32)
        hi = np.empty(len(facts), dtype=np.int32)
        for i, f in enumerate(facts):
            self.facts[f.mention_id] = f
            self.row[f.mention_id] = start + i
            self.ids.append(f.mention_id)
            lo[i], hi[i] = (f.interval[0].toordinal(), f.interval[1].toordinal()) if f.interval else (_NO_DAY, _NO_DAY)
            for term in f.terms:
                self.postings[term].append(start + i)
            self.by_doc[f.story].add(f.mention_id)  # versions of one story are one article
            key = copy_key(f)
            if key is not None:
                self.by_copy[key].add(f.mention_id)
        self.lo = np.concatenate([self.lo, lo])
        self.hi = np.concatenate([self.hi, hi])
        self.n_terms = np.concatenate([self.n_terms, np.array([len(f.terms) for f in facts], dtype=np.int32)])

    def keep_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        """Hold these mention rows' summary columns (the rows as stored: the store's join, or a
        written row with the document's values)."""
        for r in rows:
            self.rows[r["mention_id"]] = tuple(r.get(k) for k in SUMMARY_FIELDS)

    def summary_row(self, mid: str) -> Optional[dict[str, Any]]:
        values = self.rows.get(mid)
        return dict(zip(SUMMARY_FIELDS, values)) if values is not None else None

    def remove(self, mention_ids: Iterable[str]) -> None:
        """Forget these mentions (their components must be rebuilt by the caller)."""
        for mid in mention_ids:
            f = self.facts.pop(mid, None)
            if f is None:
                continue
            row = self.row.pop(mid)
            self.ids[row] = None
            self.lo[row] = self.hi[row] = _NO_DAY  # never a candidate again (its postings stay till compaction)
            self.by_doc[f.story].discard(mid)
            if not self.by_doc[f.story]:
                del self.by_doc[f.story]
            key = copy_key(f)
            if key is not None:
                self.by_copy[key].discard(mid)
                if not self.by_copy[key]:
                    del self.by_copy[key]
            self.leave_component(mid)
            for other in self.adjacent.pop(mid, ()):
                self.adjacent[other].discard(mid)
            self.event_of.pop(mid, None)
            self.rows.pop(mid, None)
            self._dead += 1
        if self._dead > 64 and self._dead > len(self.facts):
            self._compact()

    def _compact(self) -> None:
        keep = [i for i, mid in enumerate(self.ids) if mid is not None]
        self.lo, self.hi, self.n_terms = self.lo[keep], self.hi[keep], self.n_terms[keep]
        self.ids = [self.ids[i] for i in keep]
        self.row = {mid: i for i, mid in enumerate(self.ids)}
        self.postings = defaultdict(_Rows)
        for i, mid in enumerate(self.ids):
            for term in self.facts[mid].terms:
                self.postings[term].append(i)
        self._dead = 0

    # -- links and components --------------------------------------------------------------

    def links(self, f: MentionFacts, rule: MergeRule) -> set[str]:
        """The indexed mentions ``f`` is ``linked`` to (itself aside).

        Across articles a link needs dates within the window and, when both sentences have content
        words, their overlap coefficient at the lowest threshold the content gate can have for ``f``
        (``merge.content_gate_floor``): both are computed for the whole block at once (shared words
        counted from the postings, the same division as ``merge.text_overlap``), and only what passes
        gets the exact test.
        """
        out = set(self.by_doc.get(f.story, ()))
        if f.interval is not None and self.ids:
            reach = self.window_days
            mask = (self.lo <= f.interval[1].toordinal() + reach) & (self.hi >= f.interval[0].toordinal() - reach)
            mask &= self.lo != _NO_DAY
            if f.terms:
                rows = [self.postings[t].view() for t in f.terms if t in self.postings]
                shared = np.bincount(np.concatenate(rows), minlength=len(self.ids)) if rows else np.zeros(len(self.ids))
                smaller = np.minimum(self.n_terms, len(f.terms))
                with np.errstate(divide="ignore", invalid="ignore"):
                    mask &= (self.n_terms == 0) | (shared / smaller >= content_gate_floor(rule, f))
            for row in np.flatnonzero(mask):
                mid = self.ids[row]
                if mid is not None and mid not in out and linked(f, self.facts[mid], rule):
                    out.add(mid)
        out.discard(f.mention_id)
        return out

    def leave_component(self, mid: str) -> None:
        number = self.component.pop(mid, None)
        if number is not None:
            self.members[number].discard(mid)
            if not self.members[number]:
                del self.members[number]

    def connect(self, mid: str, links: Iterable[str]) -> None:
        """Record that ``mid`` is linked to each of ``links`` of another story (both ways)."""
        story = self.facts[mid].story
        mine = self.adjacent[mid]
        for other in links:
            if self.facts[other].story != story:
                mine.add(other)
                self.adjacent[other].add(mid)

    def join(self, mention_ids: Iterable[str]) -> None:
        """Make these mentions (and the components they are in) one component."""
        numbers = {self.component[m] for m in mention_ids if m in self.component}
        loose = [m for m in mention_ids if m not in self.component]
        if numbers:
            target = max(numbers, key=lambda n: len(self.members[n]))
        else:
            target = self._next_component
            self._next_component += 1
            self.members[target] = set()
        for n in numbers - {target}:
            for m in self.members.pop(n):
                self.component[m] = target
                self.members[target].add(m)
        for m in loose:
            self.component[m] = target
            self.members[target].add(m)

    def link_all(self, mention_ids: Iterable[str], rule: MergeRule) -> None:
        """Components for these (already indexed) mentions from their links."""
        for mid in mention_ids:
            links = self.links(self.facts[mid], rule)
            self.connect(mid, links)
            self.join([mid, *links])

    def component_of(self, mid: str) -> set[str]:
        return self.members[self.component[mid]]

    # -- events ----------------------------------------------------------------------------

    def set_events(self, groups: Iterable[tuple[str, Iterable[str]]]) -> None:
        for event_id, mention_ids in groups:
            ids = frozenset(mention_ids)
            self.event_members[event_id] = ids
            for m in ids:
                self.event_of[m] = event_id

    def drop_events(self, event_ids: Iterable[str]) -> None:
        for event_id in event_ids:
            for m in self.event_members.pop(event_id, ()):
                if self.event_of.get(m) == event_id:
                    del self.event_of[m]


@dataclass
class BlockChange:
    """What a write changes in one block: the groups that are new or changed, the stored events they
    replace, and the stored mentions whose event changes."""

    block: str
    groups: list[list[MentionFacts]] = field(default_factory=list)  # anchor first
    dropped_events: set[str] = field(default_factory=set)
    moved: dict[str, str] = field(default_factory=dict)  # stored mention id → its new event id
    merged_mentions: int = 0  # how many mentions were swept again (the cost of the write)


def plan_block(index: BlockIndex, new: Sequence[MentionFacts], deleted: Iterable[str], rule: MergeRule,
               block: str) -> BlockChange:
    """Merge ``new`` into the block, ``deleted`` gone; update ``index`` and return what changed.

    The mentions swept again are the new ones and every stored mention of a component that a new
    mention links into or a deleted mention was in: a union of whole linked components of the
    block after the write, so their sweep is the full re-merge's sweep restricted to them.
    """
    deleted = [m for m in deleted if m in index.facts]
    new_ids = {f.mention_id for f in new}
    touched: set[str] = set()
    for mid in deleted:
        touched |= index.component_of(mid)
    old_events = {index.event_of[m] for m in touched if m in index.event_of}
    index.remove(deleted)
    index.add(new)
    new_links = {f.mention_id: index.links(f, rule) for f in new}
    for links in new_links.values():
        for mid in links - new_ids:
            touched |= index.component_of(mid)
    stored = touched - set(deleted) - new_ids
    old_events |= {index.event_of[m] for m in stored if m in index.event_of}
    old_members = {e: index.event_members[e] for e in old_events}
    if deleted:  # a component may split when a mention leaves it: link its rest afresh
        for mid in stored:
            index.leave_component(mid)
        index.link_all(stored, rule)
    for mid, links in new_links.items():
        index.connect(mid, links)
        index.join([mid, *links])
    swept = [index.facts[m] for m in stored] + list(new)
    change = BlockChange(block=block, dropped_events=set(), merged_mentions=len(swept))
    kept: set[str] = set()
    for group in cluster(swept, rule, index.adjacent):
        ids = frozenset(m.mention_id for m in group)
        event_id = group[0].mention_id
        if old_members.get(event_id) == ids and not ids & new_ids:
            kept.add(event_id)  # the same members (none rewritten): the stored event stands
            continue
        change.groups.append(group)
        for m in ids - new_ids:
            if index.event_of.get(m) != event_id:
                change.moved[m] = event_id
    change.dropped_events = old_events - kept
    index.drop_events(change.dropped_events)
    index.set_events((g[0].mention_id, [m.mention_id for m in g]) for g in change.groups)
    return change


class MergeCache:
    """The ``BlockIndex`` of the blocks recently written, holding at most ``max_mentions`` mentions
    (the least recently written blocks go first; a block not held is read back from the store)."""

    def __init__(self, rule: MergeRule, max_mentions: int = 100_000) -> None:
        self.rule = rule
        self.max_mentions = max_mentions
        self.generation: Optional[int] = None  # the store's merge generation the indexes reflect
        self._blocks: "OrderedDict[str, BlockIndex]" = OrderedDict()

    def clear(self) -> None:
        self._blocks.clear()
        self.generation = None

    def missing(self, blocks: Iterable[str]) -> list[str]:
        return sorted(b for b in set(blocks) if b not in self._blocks)

    def get(self, block: str) -> BlockIndex:
        self._blocks.move_to_end(block)
        return self._blocks[block]

    def load(self, block: str, facts: Sequence[MentionFacts], events: dict[str, Optional[str]],
             rows: Sequence[dict[str, Any]] = ()) -> BlockIndex:
        """Index a block read back from the store: its mentions' facts, each one's stored event and
        their rows' summary columns."""
        index = BlockIndex(self.rule.window_days)
        index.add(facts)
        index.keep_rows(rows)
        index.link_all([f.mention_id for f in facts], self.rule)
        groups: dict[str, list[str]] = defaultdict(list)
        for mid, event_id in events.items():
            if event_id is not None:
                groups[event_id].append(mid)
        index.set_events(groups.items())
        self._blocks[block] = index
        return index

    def trim(self) -> None:
        """Drop the least recently written blocks beyond the bound."""
        held = sum(len(i) for i in self._blocks.values())
        while held > self.max_mentions and len(self._blocks) > 1:
            _, index = self._blocks.popitem(last=False)
            held -= len(index)


def group_rows(change: BlockChange, rows_by_id: dict[str, dict[str, Any]]) -> list[tuple[list[dict[str, Any]], str]]:
    """Each changed group's rows in the group's order, with its event id."""
    return [([rows_by_id[m.mention_id] for m in group], group[0].mention_id) for group in change.groups]


def held_rows(cache: MergeCache, changes: Sequence[BlockChange], ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The summary rows of these stored mentions that the changed blocks' indexes hold."""
    wanted = set(ids)
    out: dict[str, dict[str, Any]] = {}
    for change in changes:
        index = cache.get(change.block)
        for group in change.groups:
            for m in group:
                if m.mention_id in wanted and m.mention_id not in out:
                    row = index.summary_row(m.mention_id)
                    if row is not None:
                        out[m.mention_id] = row
    return out


def stored_needed(changes: Sequence[BlockChange], new_ids: set[str]) -> list[str]:
    """The stored mentions whose rows the changed groups' event rows need."""
    return sorted({m.mention_id for c in changes for g in c.groups for m in g} - new_ids)
