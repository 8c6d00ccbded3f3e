"""Event de-duplication: which mentions report the same happening.

The rule (docs/store.md, "De-duplication"):

1. **Block.**  Only mentions with the same *block key* can merge: the same event family (PLOVER
   event, else CAMEO root), the same mood (asserted, negated or hypothetical: a denial is not the
   happening it denies) and the same period (the month of the article's publication, else of the
   event's date).  The actors are *not* in the key: one report may resolve
   an actor ("Wang Liqun", CHN GOV) that another leaves unresolved ("Wang") or codes with another
   sector, and two reports may name no actor at all.  The block bounds the work of a write
   (``annalyst.store.blocks`` merges incrementally, by linked components).
2. **Pair features.**  Within a block, two mentions are compared by the features and weights of
   ``data/merge_features.tsv``: a *veto* (no date, dates apart, different places, different named
   actors or countries on one side, different named speakers, different casualty figures, too few
   shared content words across articles) keeps them apart; otherwise the weights of what agrees
   (same article, same dyad, same actor by name or by code, shared content words, same trigger, day
   and place) are summed and the pair merges when the sum reaches the file's threshold.  In a
   *symmetric* family (``data/merge_lexicon.tsv``: A meets B, B hosts A) the dyad is compared in
   both directions.
3. **Date window.**  Each mention's date is an interval that widens with its precision: a day is
   itself, a month or year is the whole month or year, a date that fell back to the publication
   date is the ``publication_lookback_days`` before publication (news reports what already
   happened).  Two day-level mentions (day or publication precision) are compatible when their
   intervals are at most ``window_days`` apart; a month or year must overlap the other.
   Within one article, a mention whose date fell back to publication is compatible with any
   dated mention of that article (``same_document_fallback``: the text refers back to the
   happening it dated earlier).  A mention with no date at all is never merged.
4. **Order independence.**  Within a block the mentions are sorted canonically (most precise
   date first, then earliest, then the earlier sentence, then mention id) and swept once: each
   joins the first event it ``joins`` (dated within the window of the event's *anchor*, its first
   mention; linked to a member; vetoed by none), else it starts a new event.  The result
   depends only on the set of mentions, never on ingest order, and an event never spans more
   than one window from its anchor (no chaining of daily strikes into one).

The event takes its date, dyad and provenance from the anchor, its CAMEO code from the most
frequent code among its mentions, and its id from the anchor mention's id, so a single-mention
event has the coder's ``Event.event_id``.  Conflicting details stay on the mentions.  Versions of
one story (``annalyst.store.versions``) count once in the event's article count and confidence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any, Collection, Iterable, Mapping, Optional, Sequence

from annalyst.clean.dateline import parse_dateline
from annalyst.dates.step import plausible_publication
from annalyst.errors import StoreError
from annalyst.lang.bundle import load_bundle
from annalyst.store.versions import story_key

PRECISION_RANK = {"day": 0, "publication": 1, "week": 2, "month": 3, "year": 4}
_UNDATED_RANK = 9


@dataclass(frozen=True, eq=False)
class MergeFeatures:
    """The pair features' kinds and weights and the merge threshold (``data/merge_features.tsv``)."""

    weights: dict[str, float]
    vetoes: frozenset[str]  # keep two mentions apart: checked against every member of an event
    gates: frozenset[str]  # keep a link from forming: checked on the pair that links
    threshold: float
    casualty_stems: frozenset[str]
    symmetric_families: frozenset[str]
    topic_target_families: frozenset[str]
    # families of what an actor says (statement, appeal, intent): blocked together, so one
    # speaker's remarks coded with different codes can be one event (merge_lexicon.tsv ``remarks``)
    remarks_families: frozenset[str] = frozenset()
    # compatible codes (``data/merge_code_groups.tsv``): code prefix -> the group its mentions block in
    code_groups: tuple[tuple[str, str], ...] = ()
    # reporting verbs (merge_lexicon.tsv ``reporting``): a statement whose act is one of them is
    # dated when it was said, not by a date of what it reports
    reporting_stems: frozenset[str] = frozenset()
    # nouns of a person who speaks or acts for a body (merge_lexicon.tsv ``speaker_role``): "a Hutton
    # spokesman" is not Hutton's own release, "the minister" not "a spokesman"
    speaker_roles: frozenset[str] = frozenset()
    # the content gates' thresholds (rows of kind ``overlap``): the share of content words two
    # sentences must share, by what else agrees; the defaults of ``MergeRule``'s ``min_text_overlap*``
    overlaps: Mapping[str, float] = field(default_factory=dict)


def _data_rows(name: str) -> list[list[str]]:
    """Rows of ``data/<name>`` (tab-separated; comment lines and the header skipped)."""
    text = resources.files("annalyst.store").joinpath(f"data/{name}").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


_FEATURE_KINDS = ("veto", "gate", "weight", "threshold", "overlap")
# the content gates' thresholds merge_features.tsv must give (``MergeRule``'s fields of these names)
OVERLAP_PARAMETERS = ("min_text_overlap", "min_text_overlap_named", "min_text_overlap_one_named",
                      "min_text_overlap_acts")


@lru_cache(maxsize=1)
def load_features() -> MergeFeatures:
    """The merge rule's features, weights and threshold, and its word lists, checked."""
    weights: dict[str, float] = {}
    vetoes: set[str] = set()
    gates: set[str] = set()
    threshold: Optional[float] = None
    overlaps: dict[str, float] = {}
    for row in _data_rows("merge_features.tsv"):
        if len(row) != 4 or row[1] not in _FEATURE_KINDS:
            raise StoreError(f"merge_features.tsv: bad row {row!r}",
                             "each row is feature<TAB>veto|gate|weight|threshold<TAB>number<TAB>meaning",
                             code="store.merge_features")
        name, kind, value = row[0], row[1], float(row[2])
        if kind == "veto":
            vetoes.add(name)
        elif kind == "gate":
            gates.add(name)
        elif kind == "threshold":
            threshold = value
        elif kind == "overlap":
            overlaps[name] = value
        else:
            weights[name] = value
    if threshold is None:
        raise StoreError("merge_features.tsv has no threshold row", "add 'threshold<TAB>threshold<TAB>3.0<TAB>...'",
                         code="store.merge_features")
    if set(overlaps) != set(OVERLAP_PARAMETERS) or not all(0.0 <= v <= 1.0 for v in overlaps.values()):
        raise StoreError(f"merge_features.tsv: overlap rows {sorted(overlaps)}",
                         f"give one overlap row (a share in 0..1) for each of {', '.join(OVERLAP_PARAMETERS)}",
                         code="store.merge_features")
    lexicon = _data_rows("merge_lexicon.tsv")
    groups = _code_group_rows()
    return MergeFeatures(weights=weights, vetoes=frozenset(vetoes), gates=frozenset(gates), threshold=threshold,
                         casualty_stems=frozenset(e for e, c in lexicon if c == "casualty"),
                         symmetric_families=frozenset(e for e, c in lexicon if c == "symmetric"),
                         topic_target_families=frozenset(e for e, c in lexicon if c == "topic_target"),
                         remarks_families=frozenset(e for e, c in lexicon if c == "remarks"),
                         code_groups=groups,
                         reporting_stems=frozenset(e for e, c in lexicon if c == "reporting"),
                         speaker_roles=frozenset(e for e, c in lexicon if c == "speaker_role"),
                         overlaps=overlaps)


def _overlap(name: str):
    """A ``MergeRule`` default read from merge_features.tsv's ``overlap`` rows."""
    return field(default_factory=lambda: load_features().overlaps[name])


_CODE_PREFIX = re.compile(r"\d{2,4}")
_GROUP_NAME = re.compile(r"[A-Z][A-Z_]*")  # a PLOVER event: the family the group blocks in


def _code_group_rows() -> tuple[tuple[str, str], ...]:
    """The rows of ``data/merge_code_groups.tsv`` as (code prefix, group), longest prefix first, checked."""
    out = []
    for row in _data_rows("merge_code_groups.tsv"):
        if len(row) != 3 or not _CODE_PREFIX.fullmatch(row[0]) or not _GROUP_NAME.fullmatch(row[1]) or not row[2].strip():
            raise StoreError(f"merge_code_groups.tsv: bad row {row!r}",
                             "each row is a CAMEO code or prefix (2-4 digits)<TAB>GROUP (capitals)<TAB>meaning",
                             code="store.merge_features")
        out.append((row[0], row[1]))
    if len({code for code, _ in out}) != len(out):
        raise StoreError("merge_code_groups.tsv lists a code twice", "give each code one group",
                         code="store.merge_features")
    return tuple(sorted(out, key=lambda r: (-len(r[0]), r[0])))


def code_group(cameo: Optional[str], features: Optional[MergeFeatures] = None) -> str:
    """The group of compatible codes ``cameo`` belongs to (its longest listed prefix), else ``""``."""
    if not cameo:
        return ""
    for prefix, group in (features or load_features()).code_groups:
        if cameo.startswith(prefix):
            return group
    return ""


@dataclass(frozen=True)
class MergeRule:
    """The parameters of the merge rule (see the module docstring)."""

    window_days: int = 1  # wires dated on consecutive days (time zones, "overnight") still merge
    publication_lookback_days: int = 2  # how far before publication an undated-in-text event may lie
    # within one article, a mention the text gives no date for refers back to a dated one
    same_document_fallback: bool = True
    # the content gates' thresholds (overlap coefficient over 5-letter stems), from the ``overlap``
    # rows of data/merge_features.tsv, where each is documented: across articles (0.5), lowered when
    # both sides are the same by name on one day (0.25) or one side is (0.35); two codes of one group
    # of compatible codes, or two families of one block family (0.25)
    min_text_overlap: float = _overlap("min_text_overlap")
    min_text_overlap_named: float = _overlap("min_text_overlap_named")
    min_text_overlap_one_named: float = _overlap("min_text_overlap_one_named")
    min_text_overlap_acts: float = _overlap("min_text_overlap_acts")
    # the pair features, their weights and the threshold (data/merge_features.tsv)
    features: MergeFeatures = field(default_factory=load_features)


# The block-key scheme and merge code's meaning: raise by one whenever ``block_key``, ``block_of_row``,
# ``pair_features`` or ``cluster`` group mentions differently for the same parameters and data files,
# so stores merged before are re-merged (``rule_fingerprint``; docs/store.md, "Merge rule fingerprint").
MERGE_SCHEME = 6  # 2: the REMARKS block family; 3: groups of compatible codes, statements dated when said;
# 4: speaker roles, the lowered content gate read besides the names; 5: plans block with asserted reports;
# 6: undated versions of one story by headline (versions.story_key)

# data files that decide how mentions group (besides merge_features.tsv and merge_lexicon.tsv, parsed
# into ``MergeFeatures``): the re-issue markers that make two articles versions of one story
_RULE_FILES = ("merge_features.tsv", "merge_lexicon.tsv", "merge_code_groups.tsv", "version_markers.tsv")


@lru_cache(maxsize=1)
def _rule_files_digest() -> str:
    """The rows of the merge data files (comments and blank lines left out: a reworded comment
    changes no grouping, so it must not force a re-merge)."""
    digest = hashlib.sha256()
    for name in _RULE_FILES:
        text = resources.files("annalyst.store").joinpath(f"data/{name}").read_text("utf-8")
        rows = [line.rstrip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
        digest.update(f"{name}\n".encode() + "\n".join(rows).encode() + b"\0")
    return digest.hexdigest()


def _features_json(features: MergeFeatures) -> dict[str, Any]:
    """The features as plain sorted values (a rule built with its own ``MergeFeatures`` is covered too)."""
    return {f.name: sorted(v.items()) if isinstance(v, dict) else sorted(v) if isinstance(v, frozenset) else v
            for f in fields(features) for v in (getattr(features, f.name),)}


def rule_fingerprint(rule: MergeRule) -> str:
    """A stable hash of how ``rule`` groups mentions: its parameters, its features, the merge data
    files and ``MERGE_SCHEME``.  The store keeps it in its meta table; events merged under another
    fingerprint were grouped by another rule (``Store.write_documents`` re-merges them)."""
    params = {f.name: getattr(rule, f.name) for f in fields(rule) if f.name != "features"}
    body = json.dumps({"scheme": MERGE_SCHEME, "params": params, "features": _features_json(rule.features),
                       "files": _rule_files_digest()}, sort_keys=True)
    return f"m{MERGE_SCHEME}-{hashlib.sha256(body.encode()).hexdigest()[:20]}"


_PRONOUNS = frozenset("i you he she it we they me him her us them its his their our".split())
# Words before a name that are no part of it: language data (lang/en/words.tsv), read once.
_DETERMINERS = load_bundle().words("name_determiners")


def is_anonymous(text: str) -> bool:
    """Words that name nobody in particular outside their article: pronouns and common nouns.

    ``it``, ``the country``, ``people``, ``prime minister`` are anonymous; a capitalised name
    (``Goldsmith``, ``BAA``) is not.
    """
    words = text.split()
    if not words:
        return True
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return True
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return not any(ch.isupper() for ch in " ".join(words))


def actor_side(text: Optional[str], country: Optional[str], sector: Optional[str], doc_id: Optional[str] = None) -> str:
    """One side of the dyad key: country+sector when resolved, else the words themselves.

    Unresolved anonymous words (``it``, ``people``) are only the same actor within one article,
    so with ``doc_id`` given their key carries the document.
    """
    if country:
        return f"{country}:{sector or ''}"
    if text:
        words = _strip_determiners(text.lower().split())
        if doc_id is not None and is_anonymous(text):
            return f"?{doc_id}:{words}"
        return "?" + words
    return "-"


def _strip_determiners(words: list[str]) -> str:
    # "The ministers" and "ministers" are one actor: the determiner is spelling, not identity
    while len(words) > 1 and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def event_family(plover_event: Optional[str], cameo_root: Optional[str]) -> str:
    return plover_event.upper() if plover_event else f"cameo{cameo_root or ''}"


def mood(flags: Iterable[str]) -> str:
    flags = set(flags)
    if "negated" in flags:
        return "negated"
    if "hypothetical" in flags:
        return "hypothetical"
    return "asserted"


def block_mood(flags: Iterable[str]) -> str:
    """The mood a mention is blocked by: its ``mood``, except that a *plan* (flag ``planned``, set by
    the date stage for a future or scheduled act, with ``hypothetical`` beside it, neither negated nor
    disputed) meets the asserted reports: "the full ICO council is due to meet this evening" and "a full council
    meeting was set for 1900 hours" tell one meeting, and so do "Apple today will announce" and "Apple
    said it has introduced".  Whether they are one happening is then the pair's to say, dates first: a
    plan for next month is a month-level date, no day-level report meets it.  A conditional ("if the
    banks do not cooperate ... would") is hypothetical without ``planned`` and stays apart, and so does a
    disputed plan ("he denied an earlier report that he planned to make a direct appeal": the plan is a
    claim the report denies, not a happening a report asserts).  Only the
    store's block reads this; the happenings step of one document keeps ``mood`` (events/identity.py)."""
    flags = set(flags)
    if "planned" in flags and not flags & {"negated", "disputed"}:
        return "asserted"
    return mood(flags)


REMARKS = "REMARKS"  # the block family of the ``remarks`` families (merge_lexicon.tsv)


def block_family(family: str, features: Optional["MergeFeatures"] = None, cameo: Optional[str] = None) -> str:
    """The family a mention is blocked by: the family of the group of compatible codes its CAMEO
    code belongs to (``merge_code_groups.tsv``: a meeting coded 036 in one report and 040 in
    another both block in CONSULT), else
    ``REMARKS`` for a family of what an actor says (statement, appeal, intent), so that one
    speaker's remarks coded with two codes meet, else its own."""
    features = features or load_features()
    group = code_group(cameo, features)
    if group:
        return group  # the family the group's codes block in (036 AGREE joins CONSULT)
    return REMARKS if family in features.remarks_families else family


def block_key(family: str, mood_: str, period: str) -> str:
    return f"{family}|{mood_}|{period}"


def period_of(date: Optional[dt.date], precision: Optional[str], published: Optional[dt.date] = None) -> str:
    """The stretch of time a mention's block covers: the month its article was published, else the
    month of its date (the year of a year-level date), ``-`` with neither.

    Reports of one happening are published within days of each other, whatever dates their
    sentences give it (a re-issue shares its original's day; one report says "last week", another
    "on February 26"), so the publication month keeps them in one block; two reports published on
    either side of a month's end are in different blocks and do not merge (docs/store.md).
    """
    if published is not None:
        return f"{published.year}-{published.month:02d}"
    if date is None:
        return "-"
    if precision == "year":
        return f"{date.year}"
    return f"{date.year}-{date.month:02d}"


def block_of_row(row: dict[str, Any]) -> str:
    """The block key of a mention row (store column names)."""
    flags = [f for f in ("negated", "hypothetical", "disputed") if row.get(f)] + [f for f in _flag_list(row) if f == "planned"]
    return block_key(block_family(event_family(row.get("plover_event"), row.get("cameo_root")), None, row.get("cameo")),
                     block_mood(flags),
                     period_of(_as_date(row.get("date")), row.get("date_precision"), _as_date(row.get("published"))))


def _flag_list(row: dict[str, Any]) -> list[str]:
    # the row's ``flags`` column: a list, or its JSON text where a reader gave it as a string
    flags = row.get("flags") or []
    return json.loads(flags) if isinstance(flags, str) else list(flags)


def _as_date(value: Any) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    return dt.date.fromisoformat(str(value)[:10])


def dyad_of_row(row: dict[str, Any], story: Optional[str] = None) -> tuple[str, str]:
    """The dyad key: each side's country+sector, else its lower-cased words (anonymous words per
    article, or per story: "the company" of a re-issue is the original's)."""
    scope = story or row["doc_id"]
    return (actor_side(row.get("source_text"), row.get("source_country"), row.get("source_sector"), scope),
            actor_side(row.get("target_text"), row.get("target_country"), row.get("target_sector"), scope))


def date_interval(date: Optional[dt.date], precision: Optional[str], published: Optional[dt.date],
                  rule: MergeRule) -> Optional[tuple[dt.date, dt.date]]:
    """The days a mention's date may stand for."""
    if date is None:
        if published is None:
            return None
        date, precision = published, "publication"
    if precision == "week":
        return date, date + dt.timedelta(days=6)  # the date is the week's Monday
    if precision == "month":
        last = calendar.monthrange(date.year, date.month)[1]
        return date.replace(day=1), date.replace(day=last)
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if precision == "publication":
        # a publication date near the calendar's start (0001-01-01 in broken metadata) looks back no further
        return date - dt.timedelta(days=min(rule.publication_lookback_days, (date - dt.date.min).days)), date
    return date, date


def interval_gap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two intervals (0 when they overlap)."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


_NO_POSITION = 1 << 30  # a mention without a sentence index sorts after those with one


@dataclass(slots=True)
class MentionFacts:
    """What the merge rule looks at for one mention."""

    mention_id: str
    doc_id: str
    interval: Optional[tuple[dt.date, dt.date]]
    precision_rank: int
    location_country: Optional[str] = None
    location_city: Optional[str] = None
    # the place is only the wire dateline's (where the reporter filed, not always where it happened)
    place_from_dateline: bool = False
    terms: frozenset[str] = frozenset()  # content-word stems of the sentence
    family: str = ""
    dyad: tuple[str, str] = ("-", "-")  # country+sector, else words (see ``actor_side``)
    named: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # stems of a named actor's words
    # whether each side's actor carries the knowledge base's canonical name (``source_name``/``target_name``)
    canonical: tuple[bool, bool] = (False, False)
    # whether each side's canonical name is a state's own name ("Australia" for "Australian police"):
    # such a name says no more than the resolved country of ``codes``
    state_named: tuple[bool, bool] = (False, False)
    countries: tuple[str, str] = ("", "")
    codes: tuple[str, str] = ("", "")  # country:sector of a resolved actor
    speaker: frozenset[str] = frozenset()  # stems of the named speaker the sentence is attributed to
    casualties: frozenset[str] = frozenset()  # casualty figures in the sentence
    numbers: frozenset[str] = frozenset()  # every number in the sentence, dateline aside
    trigger: str = ""
    sentence_index: Optional[int] = None
    target_words: str = ""  # the target as written (lower case, no determiner)
    # the story the article is a version of (``versions.story_key``; the article itself when none):
    # versions of one story (a re-issue, an update) are compared as one article
    story: str = ""
    # the predicate the coder read the act from (its offset, else its word): two objects of one
    # predicate ("17 militiamen and civilians were killed") are one act told with two targets
    act: Optional[Any] = None
    target_is_place: bool = False  # the target stands for a place the sentence names (resolved_by "place")
    code: str = ""  # the coder's CAMEO code
    group: str = ""  # its group of compatible codes (merge_code_groups.tsv), "" when none
    # the source's role (``speaker_role``): a role noun, "" for the body or a named person itself,
    # None when the source says nothing of it (no source, a pronoun)
    role: Optional[str] = None
    source_is_person: bool = False  # the source actor is a person (actor kind ``person``)

    def __post_init__(self) -> None:
        if not self.story:
            self.story = self.doc_id  # no version information: the article is its own story

    def sort_key(self) -> tuple:
        # most precise, earliest, then the earlier sentence (a lede tells the happening best)
        lo = self.interval[0] if self.interval else dt.date.max
        position = self.sentence_index if self.sentence_index is not None else _NO_POSITION
        return (self.precision_rank, lo, position, self.mention_id)


_SAID_REACH = 3  # words after a reporting verb before a date that dates the saying ("said on Saturday")


def content_dated_remark(row: dict[str, Any], features: MergeFeatures) -> bool:
    """A statement whose act is a reporting verb ("the IEA said", "he told reporters") dated by a
    date of what it reports ("... output fell in January, the IEA said"): the saying itself is
    undated in the text, so the merge dates it by publication.  A date next to the verb ("said on
    Saturday", "told reporters yesterday") dates the saying and is kept.  The stored date is not
    changed: the merge only compares the saying's time."""
    date_text, sentence, trigger = row.get("date_text"), row.get("sentence") or "", row.get("trigger")
    if row.get("date") is None or row.get("date_precision") in (None, "publication"):
        return False
    if event_family(row.get("plover_event"), row.get("cameo_root")) not in features.remarks_families:
        return False
    if not trigger or _stem(trigger) not in features.reporting_stems:
        return False
    at = sentence.lower().find(date_text.lower()) if date_text else -1
    offset = (row["trigger_start"] - row["span_start"]) if row.get("trigger_start") is not None and row.get(
        "span_start") is not None else sentence.find(trigger)
    if at < 0 or offset < 0:
        return True  # the date's words are not in the sentence (a date carried from another): not the saying's
    if at >= offset:  # after the verb: "said on Saturday", "told reporters yesterday"
        return len(_WORD.findall(sentence[offset:at])) > _SAID_REACH + 1  # the verb itself counted
    # before the verb, only next to it ("on Friday said", "Yesterday, he said"): "output fell in
    # January, the IEA said" dates the output
    return len(_WORD.findall(sentence[at + len(date_text):offset])) > 1


def facts_of(row: dict[str, Any], rule: MergeRule) -> MentionFacts:
    """Facts from a mention row (store column names; ``published`` from its document)."""
    date, precision = row.get("date"), row.get("date_precision")
    if row.get("published") is not None and content_dated_remark(row, rule.features):
        date, precision = None, None  # the saying is dated by publication (``content_dated_remark``)
    interval = date_interval(date, precision, row.get("published"), rule)
    if interval is None:
        rank = _UNDATED_RANK
    elif date is None:
        rank = PRECISION_RANK["publication"]
    else:
        rank = PRECISION_RANK.get(precision or "day", 0)
    return MentionFacts(
        mention_id=row["mention_id"], doc_id=row["doc_id"], interval=interval, precision_rank=rank,
        location_country=row.get("location_country"), location_city=_norm(row.get("location_city")),
        place_from_dateline=row.get("location_evidence") == "dateline",
        terms=content_terms(row.get("sentence") or ""),
        family=event_family(row.get("plover_event"), row.get("cameo_root")),
        dyad=dyad_of_row(row, story_key(row["doc_id"], row.get("title"), row.get("outlet"), row.get("published"))),
        named=(_named_in_text(row, "source"), _named_in_text(row, "target")),
        canonical=(bool(row.get("source_name")), bool(row.get("target_name"))),
        state_named=(_state_named(row, "source"), _state_named(row, "target")),
        countries=(row.get("source_country") or "", row.get("target_country") or ""),
        codes=(_code(row.get("source_country"), row.get("source_sector")),
               _code(row.get("target_country"), row.get("target_sector"))),
        speaker=name_stems(None, row.get("attribution_text")),
        casualties=casualty_figures(row.get("sentence") or "", rule.features.casualty_stems),
        numbers=sentence_numbers(row.get("sentence") or ""),
        trigger=_stem(row.get("trigger")),
        sentence_index=row.get("sentence_index"),
        target_words=_strip_determiners((row.get("target_text") or "").lower().split()),
        story=story_key(row["doc_id"], row.get("title"), row.get("outlet"), row.get("published")),
        act=row.get("trigger_start") if row.get("trigger_start") is not None else row.get("trigger"),
        target_is_place=row.get("target_resolved_by") == "place",
        code=row.get("cameo") or "",
        group=code_group(row.get("cameo"), rule.features),
        role=speaker_role(row.get("source_text"), rule.features.speaker_roles),
        source_is_person=row.get("source_kind") == "person",
    )


def speaker_role(text: Optional[str], roles: Collection[str]) -> Optional[str]:
    """The role noun that heads the source's words ("A Hutton spokesman" -> ``spokesman``, "the
    minister" -> ``minister``), ``""`` when the words name the body or person itself ("Hutton",
    "Finance Minister Dilson Funaro": a name heads them), None for no words or a pronoun (the
    pronoun's antecedent is not in the row: no evidence either way)."""
    words = _WORD.findall(text or "")
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS):
        return None
    head = _lower(words[-1])
    return head if head in roles else ""


def _named_in_text(row: dict[str, Any], side: str) -> frozenset[str]:
    """A side's name stems, empty when the actor's words stand only in the wire dateline that opens
    the sentence ("MIDLAND, MICH., Mar 2 - Dow Chemical Co said"): a filing place the coder took for
    an actor names nobody, and must not stand against the real actor of another report."""
    text, sentence = row.get(f"{side}_text"), row.get("sentence") or ""
    if text and not row.get(f"{side}_name"):
        rest = strip_dateline(sentence)
        if len(rest) < len(sentence) and text in sentence[:len(sentence) - len(rest)] and text not in rest:
            return frozenset()
    return name_stems(row.get(f"{side}_name"), text)


def _state_named(row: dict[str, Any], side: str) -> bool:
    """The side's canonical name is the name of its state (actor kind ``state``): "Australian
    police" named Australia, "the country" named the Philippines."""
    return bool(row.get(f"{side}_name")) and row.get(f"{side}_kind") == "state"


def _joint_key(row: dict[str, Any]) -> tuple:
    return (row["doc_id"], row.get("sentence_index"), row.get("trigger_start") or row.get("trigger"),
            (row.get("target_text") or "").lower(), row.get("cameo"))


def facts_of_rows(rows: Sequence[dict[str, Any]], rule: MergeRule) -> list[MentionFacts]:
    """Facts of a block's mention rows, the subjects of one act taken together: "Funaro and Gros
    are meeting Lawson" is one happening with two named subjects, so each of its mentions carries
    both names (and a copy of the sentence elsewhere that keeps only one still agrees with it)."""
    facts = [facts_of(r, rule) for r in rows]
    joint: dict[tuple, set[str]] = defaultdict(set)
    for row, f in zip(rows, facts):
        if row.get("sentence_index") is not None:
            joint[_joint_key(row)].update(f.named[0])
    for row, f in zip(rows, facts):
        subjects = joint.get(_joint_key(row), set())
        if f.named[0] and len(subjects) > len(f.named[0]):
            f.named = (frozenset(subjects), f.named[1])
    return facts


def _code(country: Optional[str], sector: Optional[str]) -> str:
    return f"{country}:{sector or ''}" if country else ""


def _stem(word: Optional[str]) -> str:
    return _lower(word.strip())[:5] if word else ""


# Function words and reporting verbs: they say nothing about which happening a sentence reports.
_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers him his how i if in into is it its itself just me more most my
no nor not now of off on once only or other our out over own same she should so some such than
that the their them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your said says say saying told
tell according reported report reports added mr mrs ms dr per pct cent
""".split())


# Dates are compared by the window, not as words.
_DATE_WORDS = frozenset("""
january february march april may june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today
yesterday tomorrow week month year last next
""".split())

# A wire dateline ("WILMINGTON, Del., March 2 - ", "KYIV, Ukraine (AP) — ", "GAZA CITY: ") says
# where and when the reporter filed; every story from that desk shares it, so it is no evidence of
# sameness (``annalyst.clean.dateline`` knows its shapes).


# Words are runs of letters and digits (``str.isalnum``: regex word characters without ``_``).
_WORD = re.compile(r"[^\W_]+")
_NOT_CONTENT = _STOPWORDS | _DATE_WORDS


def _lower(word: str) -> str:
    # character by character outside ASCII: a word-level lower() changes a final sigma and
    # may not split where lower-casing a character yields a combining mark
    return word.lower() if word.isascii() else "".join(ch.lower() for ch in word)


@lru_cache(maxsize=4096)  # the content words, the numbers and the tolls of a sentence each need it
def strip_dateline(sentence: str) -> str:
    """The sentence without the wire dateline that opens it, if any."""
    opening = parse_dateline(sentence, within=0)
    return sentence[opening.span[1]:] if opening is not None else sentence


@lru_cache(maxsize=16384)  # a block is re-merged with every batch that touches it: same sentences again
def content_terms(sentence: str) -> frozenset[str]:
    """Stems (first five letters) of the sentence's content words and numbers, dateline aside."""
    sentence = strip_dateline(sentence)
    if sentence.isascii():  # lower-casing ASCII is the same per character and per sentence
        words = _WORD.findall(sentence.lower())
    else:
        words = [_lower(word) for word in _WORD.findall(sentence)]
    terms = set()
    for w in words:
        if w not in _NOT_CONTENT and (len(w) > 2 or w.isdigit()):
            terms.add(w[:5])
    return frozenset(terms)


def text_overlap(a: frozenset[str], b: frozenset[str]) -> Optional[float]:
    """Shared share of the shorter sentence's terms; None when either has none (no evidence)."""
    if not a or not b:
        return None
    return len(a & b) / min(len(a), len(b))


_HONORIFICS = load_bundle().words("identity_titles")


def actor_identity(name: Optional[str], text: Optional[str]) -> str:
    """The actor's canonical name, else its words without determiners and honorifics.

    Anonymous words (``it``, ``the company``) identify nobody across articles: empty.
    """
    if not name and (not text or is_anonymous(text)):
        return ""
    words = (name or text or "").lower().replace(".", "").split()
    while len(words) > 1 and (words[0] in _DETERMINERS or words[0] in _HONORIFICS):
        words = words[1:]
    return " ".join(words)


def name_stems(name: Optional[str], text: Optional[str]) -> frozenset[str]:
    """Stems of a *named* actor's words (canonical name, else words without determiners and
    honorifics); empty for anonymous words (``it``, ``the ministers``), which name nobody across
    articles and say nothing against another name."""
    identity = actor_identity(name, text)
    return frozenset(w[:5] for w in _WORD.findall(identity) if w not in _STOPWORDS) if identity else frozenset()


def _sentence_words(sentence: str) -> list[str]:
    return [_lower(w) for w in _WORD.findall(strip_dateline(sentence))]


_CASUALTY_REACH = 4  # words between a number and the casualty word it counts ("32 miners were killed")


@lru_cache(maxsize=16384)
def sentence_numbers(sentence: str) -> frozenset[str]:
    """The numbers a sentence gives, dateline aside (thousands separators dropped)."""
    return frozenset(w.replace(",", "") for w in _sentence_words(sentence) if w[:1].isdigit())


@lru_cache(maxsize=16384)
def casualty_figures(sentence: str, casualty_stems: frozenset[str]) -> frozenset[str]:
    """Numbers within a few words of a casualty word: "killing 32", "24 dead", "toll rose to 24"."""
    words = _sentence_words(sentence)
    found = set()
    for i, word in enumerate(words):
        if word[:5] in casualty_stems or word in casualty_stems:
            for other in words[max(0, i - _CASUALTY_REACH): i + _CASUALTY_REACH + 1]:
                if other[:1].isdigit():
                    found.add(other.replace(",", ""))
    return frozenset(found)


def _norm(text: Optional[str]) -> Optional[str]:
    return " ".join(text.lower().split()) if text else None


def _location_conflict(a: MentionFacts, b: MentionFacts) -> bool:
    """Different countries, or different cities of the happening.  A city known only from a wire
    dateline is where the story was filed: two desks (San Francisco, Los Angeles) report one launch."""
    if a.location_country and b.location_country and a.location_country != b.location_country:
        return True
    if a.place_from_dateline or b.place_from_dateline:
        return False
    return bool(a.location_city and b.location_city and a.location_city != b.location_city)


def _same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """One name's stems lie within the other's ("Wang" / "Wang Liqun")."""
    return bool(a and b and (a <= b or b <= a))


def _side_features(a: MentionFacts, b: MentionFacts, order: tuple[int, int], features: MergeFeatures) -> dict[str, float]:
    """What the two dyads say, ``b``'s sides taken in ``order`` (reversed for a symmetric family)."""
    out: dict[str, float] = {}
    b_dyad = (b.dyad[order[0]], b.dyad[order[1]])
    if a.dyad == b_dyad:
        out["same_dyad"] = 1.0
    for side, label in ((0, "source"), (1, "target")):
        x_named, y_named = a.named[side], b.named[order[side]]
        x_country, y_country = a.countries[side], b.countries[order[side]]
        # two canonical names of the knowledge base name two actors unless one lies within the
        # other ("Donetsk People's Republic" / "Luhansk People's Republic" share words, not identity)
        canonical = a.canonical[side] and b.canonical[order[side]]
        if x_named and y_named and (not (x_named & y_named) or canonical and not _same_name(x_named, y_named)):
            # the target of a statement is what it is about, not who it was done to: a speaker's
            # remarks at one occasion touch many subjects
            loose = side == 1 and (a.family in features.topic_target_families
                                   or b.family in features.topic_target_families)
            out["topic_differs" if loose else "actor_name_conflict"] = 1.0
        if x_country and y_country and x_country != y_country:
            out["actor_country_conflict"] = 1.0
        if _same_name(x_named, y_named):
            out[f"same_{label}_name"] = 1.0
        if a.codes[side] and a.codes[side] == b.codes[order[side]] and not (
                f"same_{label}_name" in out and a.state_named[side] and b.state_named[order[side]]):
            # a state's own name and its country code are one fact, counted once
            out[f"same_{label}_code"] = 1.0
    return out


def pair_features(anchor: MentionFacts, other: MentionFacts, rule: MergeRule) -> dict[str, float]:
    """The features (name → value) of a pair of mentions of one block; see data/merge_features.tsv."""
    same_doc = anchor.story == other.story  # one article, or versions of one story
    if anchor.interval is None or other.interval is None:
        if not (same_doc and anchor.interval is None and other.interval is None):
            return {"undated": 1.0}  # no date at all: nothing tells two such mentions apart
        # an article with no date anywhere: its sentences share its (unknown) time of writing, but
        # their relative dates ("last week", "this weekend") are unresolved and look alike, so the
        # content gate holds there as across articles (below)
        precise, gap = True, 0
    else:
        precise = max(anchor.precision_rank, other.precision_rank) <= PRECISION_RANK["publication"]
        gap = interval_gap(anchor.interval, other.interval)
    out: dict[str, float] = {}
    if _dates_apart(anchor, other, rule):
        out["date_apart"] = 1.0
    if _location_conflict(anchor, other):
        out["place_conflict"] = 1.0
    elif anchor.location_country and anchor.location_country == other.location_country:
        out["same_place"] = 1.0
    sides, order = _side_features(anchor, other, (0, 1), rule.features), (0, 1)
    symmetric = rule.features.symmetric_families
    if anchor.family in symmetric or (anchor.group and anchor.group == other.group and anchor.group in symmetric):
        swapped = _side_features(anchor, other, (1, 0), rule.features)
        # only when one's source is the other's target by name or code: an empty side matches nothing
        crossed = "same_source_name" in swapped or "same_source_code" in swapped
        if crossed and _score(swapped, rule.features) > _score(sides, rule.features):
            sides, order = swapped, (1, 0)  # A meets B and B hosts A: one happening seen from either side
    out.update(sides)
    if _other_code_of_group(anchor, other) and not _act_confirmed(anchor, other, sides, order, precise, gap, rule):
        out["act_unconfirmed"] = 1.0  # two compatible codes: one happening only when all else agrees
    if anchor.family != other.family:
        out["family_differs"] = 1.0  # two codes of one block family (remarks): weaker than one code
        if (text_overlap(anchor.terms, other.terms) or 0.0) < rule.min_text_overlap_acts:
            # a statement and an appeal are one remark only when they tell it in shared words (the
            # publication fallback of one article and the same speaker alone lumped a spokesman's
            # "talks had been at Funaro's request" with Funaro's own statements)
            out["families_apart"] = 1.0
    if (anchor.doc_id == other.doc_id and anchor.sentence_index is not None
            and anchor.sentence_index == other.sentence_index and not _one_act(anchor, other)
            and anchor.target_words and other.target_words and anchor.target_words != other.target_words):
        # one sentence, two acts with two objects: "approaching governments before talking to the
        # banks"; one predicate's two objects ("militiamen and civilians were killed") are one act,
        # two places of one predicate two happenings
        out["object_differs_in_sentence"] = 1.0
    if anchor.speaker and other.speaker and not (anchor.speaker & other.speaker):
        out["speaker_conflict"] = 1.0
    if _roles_differ(anchor, other, rule.features) and not (anchor.doc_id == other.doc_id and _one_act(anchor, other)):
        # the subjects of one act are one happening ("ATPC chairman and Indonesia's Mining Minister
        # Subroto has pledged ..."): the roles of two subjects of one predicate tell no two speakers
        out["speaker_role_differs"] = 1.0
    if anchor.casualties and other.casualties and not (anchor.casualties & other.casualties):
        out["casualty_conflict"] = 1.0
    if anchor.numbers and other.numbers and not (anchor.numbers & other.numbers):
        out["numbers_differ"] = 1.0
    overlap = text_overlap(anchor.terms, other.terms)
    if overlap is None:
        out["no_text"] = 1.0
    else:
        out["text_overlap"] = overlap
    if same_doc:
        out["same_document"] = 1.0
        if anchor.interval is None and overlap is not None and overlap < rule.min_text_overlap:
            out["content_apart"] = 1.0  # an article dated nowhere: only a restatement in shared words
    else:
        if overlap is not None and _story_overlap(anchor, other, overlap) < _min_overlap(anchor, other, sides, precise,
                                                                                         gap, rule):
            out["content_apart"] = 1.0  # across articles the sentences must tell the same story
        if not precise and not _named_alike(anchor, other):
            out["imprecise_unnamed"] = 1.0  # a month or a year is weak evidence: both actors by name
    if anchor.trigger and anchor.trigger == other.trigger:
        out["same_trigger"] = 1.0
    if gap == 0 and anchor.precision_rank == other.precision_rank == PRECISION_RANK["day"]:
        out["same_day"] = 1.0
    return out


def _story_overlap(a: MentionFacts, b: MentionFacts, overlap: float) -> float:
    """The overlap the content gate reads: of the words besides the actors' names too, when that is
    lower.  The gate is lowered because the names agree; the names must not then count as the
    shared story as well ("A Hutton spokesman said the firm is reviewing its options on Stant" and
    "Hutton had been in talks with Purolator's adviser ..., a Hutton spokesman said" share only
    the speaker).  Never above ``overlap``: the index's prefilter (``_cannot_link``) stays sound."""
    names = a.named[0] | a.named[1] | b.named[0] | b.named[1]
    besides = text_overlap(a.terms - names, b.terms - names)
    return overlap if besides is None else min(overlap, besides)


def _roles_differ(a: MentionFacts, b: MentionFacts, features: MergeFeatures) -> bool:
    """Two remarks (families of what an actor says, ``remarks`` of merge_lexicon.tsv) by different
    speakers by their roles: two different role nouns ("the minister" / "a spokesman"), or a role
    noun against the body itself where nothing but the names is shared (below).  A role against a named *person* says nothing ("the minister"
    may be the "Funaro" of another sentence).  Of any other act the spokesman is the body's voice:
    "A spokeswoman for Royal Mail said: 'We are investigating'" is Royal Mail's investigation."""
    if a.family not in features.remarks_families or b.family not in features.remarks_families:
        return False
    if a.role is None or b.role is None or a.role == b.role:
        return False
    if a.role and b.role:
        return True
    body = a if not a.role else b
    # the body against its own spokesman: one statement when the two tell it in shared words ("The
    # Agriculture Ministry declined comment on a report" / "'We ... cannot comment,' a spokesman
    # told Reuters"; a lede's "Labour says ..." summarising its spokesperson's quote), two when
    # they share nothing but the body's name (Hutton's release of the deal / "a Hutton spokesman
    # said the firm is reviewing its options on Stant")
    return not body.source_is_person and not _shared_besides_names(a, b)


def _shared_besides_names(a: MentionFacts, b: MentionFacts) -> bool:
    """The two sentences share a content word besides the actors' names."""
    names = a.named[0] | a.named[1] | b.named[0] | b.named[1]
    return bool((a.terms & b.terms) - names)


def _min_overlap(a: MentionFacts, b: MentionFacts, sides: dict[str, float], precise: bool, gap: int,
                 rule: MergeRule) -> float:
    """The content gate's threshold: ``rule.min_text_overlap``, lowered to ``min_text_overlap_named``
    when both sides of both reports are named and the same by name, and the dates are day-level and
    within the window: who did what to whom and when already agree, so differently worded
    sentences ("rejected a substantive role for the IMF" / "rejected a substantial role for the IMF
    in managing its economy, arguing ...") may still tell one happening."""
    if (precise and gap <= rule.window_days and all(a.named) and all(b.named)
            and "same_source_name" in sides and "same_target_name" in sides):
        return min(rule.min_text_overlap, rule.min_text_overlap_named)
    if precise and gap <= rule.window_days and ("same_source_name" in sides or "same_target_name" in sides):
        return min(rule.min_text_overlap, rule.min_text_overlap_one_named)
    return rule.min_text_overlap


def _other_code_of_group(a: MentionFacts, b: MentionFacts) -> bool:
    """Two mentions of one group of compatible codes coded differently (at the CAMEO base code:
    a fourth digit is detail of the same act)."""
    return bool(a.group) and a.group == b.group and a.code[:3] != b.code[:3]


def _act_confirmed(a: MentionFacts, b: MentionFacts, sides: dict[str, float], order: tuple[int, int],
                   precise: bool, gap: int, rule: MergeRule) -> bool:
    """Whether two compatible codes (``_other_code_of_group``) are confirmed as one happening: each
    side of the dyad the same entity (country + sector, or one name within the other) or unknown in
    one of the two, at least one side the same; the same day (one article: its undated sentences
    refer back); and the sentences share ``rule.min_text_overlap_acts`` of their content words
    besides the actors' names.
    Different places, speakers or tolls are vetoes of their own."""
    if not (a.story == b.story or (precise and gap == 0)):
        return False
    agreeing = 0
    for side, label in ((0, "source"), (1, "target")):
        if f"same_{label}_name" in sides or f"same_{label}_code" in sides:
            agreeing += 1
        elif (a.codes[side] or a.named[side]) and (b.codes[order[side]] or b.named[order[side]]):
            return False  # both know this side and it is not the same entity
    # the words besides the actors' names: the names already agree, the rest must tell one act
    names = a.named[0] | a.named[1] | b.named[0] | b.named[1]
    overlap = text_overlap(a.terms - names, b.terms - names)
    return agreeing > 0 and overlap is not None and overlap >= rule.min_text_overlap_acts


def _one_act(a: MentionFacts, b: MentionFacts) -> bool:
    """Two objects of one predicate: one act ("17 militiamen and civilians were killed"), unless the
    objects are places (a visit to Basingstoke and Liverpool is two visits: two places, two happenings)."""
    return a.act is not None and a.act == b.act and not (a.target_is_place or b.target_is_place)


def content_gate_floor(rule: MergeRule, m: Optional[MentionFacts] = None) -> float:
    """The lowest overlap the content gate ever lets ``m`` link with (any mention's, without ``m``):
    what an index may prefilter with.  The gate is lowered only for a mention with a named side and
    a day-level date (``_min_overlap``)."""
    if m is not None and (not (m.named[0] or m.named[1]) or m.precision_rank > PRECISION_RANK["publication"]):
        return rule.min_text_overlap
    return min(rule.min_text_overlap, rule.min_text_overlap_named, rule.min_text_overlap_one_named)


def _dates_apart(a: MentionFacts, b: MentionFacts, rule: MergeRule) -> bool:
    """No date, or dates further apart than the window allows.  The window absorbs reporting lag
    between day-level dates; months and years must overlap (otherwise "2003" and "2004" would touch
    at New Year); within one article a sentence without its own date refers back to the happening
    the article dated."""
    if a.interval is None or b.interval is None:
        # an article dated nowhere: its sentences share its unknown time; nothing else compares
        return not (a.interval is None and b.interval is None and a.story == b.story)
    undated = PRECISION_RANK["publication"] in (a.precision_rank, b.precision_rank)
    if rule.same_document_fallback and undated and a.story == b.story:
        return False
    precise = max(a.precision_rank, b.precision_rank) <= PRECISION_RANK["publication"]
    return interval_gap(a.interval, b.interval) > (rule.window_days if precise else 0)


def _named_alike(a: MentionFacts, b: MentionFacts) -> bool:
    """Each side the same actor by name or unnamed in both, and at least one side named."""
    sides = [_same_name(x, y) for x, y in zip(a.named, b.named)]
    return any(sides) and all(same or not (x or y) for same, x, y in zip(sides, a.named, b.named))


def _score(features: dict[str, float], weights: MergeFeatures) -> float:
    """The summed weight of the features; minus infinity when a veto or a gate fires."""
    if any(name in weights.vetoes or name in weights.gates for name in features):
        return float("-inf")
    return sum(weights.weights.get(name, 0.0) * value for name, value in features.items())


def pair_score(anchor: MentionFacts, other: MentionFacts, rule: MergeRule) -> float:
    return _score(pair_features(anchor, other, rule), rule.features)


def compatible(anchor: MentionFacts, other: MentionFacts, rule: MergeRule) -> bool:
    """The pair may link: no veto, no gate, and the weights reach the threshold."""
    return pair_score(anchor, other, rule) >= rule.features.threshold


def vetoed(a: MentionFacts, b: MentionFacts, rule: MergeRule) -> bool:
    """Something says the two report different happenings (a veto of data/merge_features.tsv)."""
    return any(name in rule.features.vetoes for name in pair_features(a, b, rule))


def joins(group: Sequence[MentionFacts], m: MentionFacts, rule: MergeRule) -> bool:
    """A mention joins an event when its date is within the window of the event's anchor, it is
    compatible with at least one member (single link on evidence: the same story told by a member
    it shares words and actors with), and no veto stands between it and any member (complete
    link on counter-evidence: it names no other speaker, place or toll than any of them)."""
    anchor = group[0]
    if _dates_apart(anchor, m, rule):
        return False  # no chaining: an event spans at most one window from its anchor
    # first a member it links to (most members of most candidate events share too few words to
    # link: a cheap test skips them), then no veto against any member
    if not any(not _cannot_link(member, m, rule) and compatible(member, m, rule) for member in group):
        return False
    return not any(vetoed(member, m, rule) for member in group)


def _cannot_link(a: MentionFacts, b: MentionFacts, rule: MergeRule) -> bool:
    """A quick sufficient test that the pair's content gate fires (the same test as ``pair_features``)."""
    if a.story == b.story or not a.terms or not b.terms:
        return False
    return text_overlap(a.terms, b.terms) < max(content_gate_floor(rule, a), content_gate_floor(rule, b))


def _copy_key(m: MentionFacts) -> tuple:
    """What two copies of one sentence share: its words, who (the target as written too: one sentence's
    two objects resolved to one country are two mentions, not copies), when and where (not the article)."""
    return (m.terms, m.named, m.codes, m.countries, m.speaker, m.trigger, m.interval, m.precision_rank,
            m.location_country, m.location_city, m.target_words)


def copy_key(m: MentionFacts) -> Optional[tuple]:
    """The key ``copy_units`` groups copies by; None for a mention that is a unit of its own."""
    return _copy_key(m) if m.terms and m.interval is not None else None


def linked(a: MentionFacts, b: MentionFacts, rule: MergeRule) -> bool:
    """Whether the sweep of ``cluster`` can ever let one of the two depend on the other: the same
    article, copies of one sentence (one unit), or a pair that is ``compatible`` either way round.

    ``cluster`` puts a mention in an event only through a compatible member, so the mentions that
    are not linked, directly or through others, never meet: the sweep of a block is the union of
    the sweeps of its linked components (docs/store.md, "Incremental merging").  Same-article
    mentions are linked whatever their facts, because ``facts_of_rows`` reads an article's
    mentions together.
    """
    if a.story == b.story:
        return True
    if a.interval is None or b.interval is None:
        return False
    if _dates_apart(a, b, rule) or _cannot_link(a, b, rule):
        return False  # never so for copies: one date, the same words
    key = copy_key(a)
    if key is not None and key == copy_key(b):
        return True
    return compatible(a, b, rule) or compatible(b, a, rule)


def components(mentions: Sequence[MentionFacts], rule: MergeRule) -> list[list[MentionFacts]]:
    """The mentions split into linked components (``linked``), by every pair: a reference for tests
    and for small sets; ``annalyst.store.blocks`` finds the links of large blocks by index."""
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(mentions):
        for j in range(i):
            if root(i) != root(j) and linked(a, mentions[j], rule):
                parent[root(i)] = root(j)
    out: dict[int, list[MentionFacts]] = defaultdict(list)
    for i, m in enumerate(mentions):
        out[root(i)].append(m)
    return list(out.values())


def copy_units(mentions: Sequence[MentionFacts]) -> list[list[MentionFacts]]:
    """The mentions as units of copies: one sentence repeated in several articles (a re-issue, an
    update, a syndicated copy) with the same actors, date and place is one unit; every other mention
    is a unit of its own.  Units come in canonical order, each unit's members too."""
    units: dict[tuple, list[MentionFacts]] = defaultdict(list)
    for m in sorted(mentions, key=MentionFacts.sort_key):
        key = _copy_key(m) if m.terms and m.interval is not None else ("", m.mention_id)
        units[key].append(m)
    return sorted(units.values(), key=lambda unit: unit[0].sort_key())


def cluster(mentions: Sequence[MentionFacts], rule: MergeRule,
            neighbours: Optional[Mapping[str, Collection[str]]] = None) -> list[list[MentionFacts]]:
    """Group one block's mentions into events; the anchor is each group's first element.

    A unit joins the first event it ``joins`` (its first mention decides).  The copies of one
    sentence (``copy_units``) move together: the unit's first mention decides
    where all of them go, so a re-issued story's sentences land in the same events as the
    original's even where merges inside each article pre-empt one another.  Same result as trying
    every earlier group in creation order, but only the groups that can be compatible are tried:
    anchors whose interval lies within the window (found by bisection, anchors of one precision
    being created in date order) and anchors from the same article.

    ``neighbours`` (mention id → the mentions of *other* stories it is ``linked`` to, as
    ``blocks.BlockIndex`` keeps them) narrows the groups tried to those holding a neighbour of the
    unit's first mention or a mention of its own story: a mention joins only through a member it is
    compatible with, and a compatible pair is linked (same-story pairs always are), so no other
    group can take it and the result is the same.  Without it a long-lived linked component
    (daily statements chained across a month) makes every write try every anchor of the window.
    """
    groups: list[list[MentionFacts]] = []
    group_of: dict[str, int] = {}  # mention id → its group (with ``neighbours``)
    story_groups: dict[str, set[int]] = defaultdict(set)  # story → the dated groups holding its mentions
    anchors_by_rank: dict[int, tuple[list[dt.date], list[int]]] = {}
    longest: dict[int, int] = {}  # the longest anchor interval per precision, in days
    by_doc: dict[str, list[int]] = defaultdict(list)
    undated_by_doc: dict[str, list[int]] = defaultdict(list)  # events of articles dated nowhere
    for unit in copy_units(mentions):
        m = unit[0]
        if m.interval is None:
            # an undated mention joins only events of its own article anchored by an undated one
            for index in undated_by_doc.get(m.story, ()):
                if joins(groups[index], m, rule):
                    groups[index].extend(unit)
                    break
            else:
                undated_by_doc[m.story].append(len(groups))
                groups.append(list(unit))
            continue
        if neighbours is not None:
            candidates = {group_of[n] for n in neighbours.get(m.mention_id, ()) if n in group_of}
            candidates |= story_groups.get(m.story, set())
        else:
            candidates = set(by_doc.get(m.story, ()))
            reach = dt.timedelta(days=rule.window_days)
            for rank, (los, indexes) in anchors_by_rank.items():
                first = bisect_left(los, m.interval[0] - reach - dt.timedelta(days=longest[rank]))
                last = bisect_right(los, m.interval[1] + reach)
                candidates.update(indexes[first:last])
        for index in sorted(candidates):
            if joins(groups[index], m, rule) and not _copy_vetoed(groups[index], unit, rule):
                groups[index].extend(unit)
                _place(unit, index, group_of, story_groups)
                break
        else:
            index = len(groups)
            groups.append(list(unit))
            _place(unit, index, group_of, story_groups)
            los, indexes = anchors_by_rank.setdefault(m.precision_rank, ([], []))
            los.append(m.interval[0])
            indexes.append(index)
            longest[m.precision_rank] = max(longest.get(m.precision_rank, 0), (m.interval[1] - m.interval[0]).days)
            by_doc[m.story].append(index)
    return groups


def _place(unit: Sequence[MentionFacts], index: int, group_of: dict[str, int],
           story_groups: dict[str, set[int]]) -> None:
    """Record that the unit's mentions are in group ``index`` (the candidates of later units)."""
    for x in unit:
        group_of[x.mention_id] = index
        story_groups[x.story].add(index)


def _copy_vetoed(group: Sequence[MentionFacts], unit: Sequence[MentionFacts], rule: MergeRule) -> bool:
    """A copy of the unit's first sentence in another article may be vetoed where the first is not
    (a date the first's article lets an undated sentence share, another article does not): the unit
    moves only when no veto stands between any of its copies and any member (complete link)."""
    return any(vetoed(member, copy, rule) for copy in unit[1:] for member in group)


def noisy_or(confidences: Iterable[float]) -> float:
    """Independent reports make an event more certain: 1 - prod(1 - c)."""
    miss = 1.0
    for c in confidences:
        miss *= 1.0 - min(max(float(c), 0.0), 1.0)
    return round(1.0 - miss, 4)


_EVENT_FROM_ANCHOR = (
    "date", "date_precision", "source_text", "source_country", "source_sector", "source_code", "source_name",
    "source_kind", "target_text", "target_country", "target_sector", "target_code", "target_name", "target_kind",
    "negated", "hypothetical", "doc_id", "sentence_index", "sentence", "span_start", "span_end", "trigger",
    "attribution_text", "attribution_country", "block",
    # schema v4: the anchor's document entities and evidence (the event's doc_id is the anchor's)
    "source_entity", "source_resolved_by", "target_entity", "target_resolved_by",
)
_CODE_FIELDS = ("cameo", "cameo_root", "goldstein", "quad_class", "plover_event", "mode", "context")
_LOCATION_FIELDS = ("location_text", "location_country", "location_city", "location_lat", "location_lon",
                    "location_name", "location_admin1", "location_admin1_code", "location_geonames_id",
                    "location_feature_class", "location_precision", "location_evidence")

# every column of a mention row that ``summarize`` reads: what the write path keeps of a stored
# mention in memory (``blocks.BlockIndex.rows``) so that re-summarizing a changed event reads no table
SUMMARY_FIELDS = tuple(dict.fromkeys(
    ("mention_id", *_EVENT_FROM_ANCHOR, *_CODE_FIELDS, *_LOCATION_FIELDS, "killed", "injured", "disputed",
     "historical", "confidence", "published", "outlet", "title")))


def code_specificity(cameo: Optional[str]) -> tuple[int, int]:
    """How specific a CAMEO code is: more digits, then a code other than its base's general ``...0``
    (193 "fight with small arms" says more than 190 "use military force")."""
    code = cameo or ""
    return len(code), 0 if code.endswith("0") else 1


def best_supported(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The mention whose code the event takes: the code reported by the most articles (versions of one
    story count once), ties by specificity (``code_specificity``), then the earliest in canonical
    order.  Every mention keeps its own code (docs/store.md, "Compatible codes")."""
    stories: dict[Optional[str], set[str]] = defaultdict(set)
    for r in rows:
        stories[r.get("cameo")].add(story_key(r["doc_id"], r.get("title"), r.get("outlet"), r.get("published")))
    best = max(stories, key=lambda code: (len(stories[code]), code_specificity(code)))
    return next(r for r in rows if r.get("cameo") == best)


def summarize(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The event row for one group of mention rows (anchor first, as ``cluster`` orders them)."""
    anchor = rows[0]
    event = {k: anchor.get(k) for k in _EVENT_FROM_ANCHOR}
    event["event_id"] = anchor["mention_id"]
    if event["date"] is None and plausible_publication(_as_date(anchor.get("published"))) is not None:
        # a metadata date the date stage rejected (0001-01-01) dates nothing here either
        event["date"], event["date_precision"] = anchor["published"], "publication"
    coded = anchor if len(rows) == 1 else best_supported(rows)
    event.update({k: coded.get(k) for k in _CODE_FIELDS})
    located = [r for r in rows if r.get("location_country") or r.get("location_text")]
    located.sort(key=lambda r: 0 if r.get("location_city") else 1)  # the most specific place wins
    event.update({k: (located[0].get(k) if located else None) for k in _LOCATION_FIELDS})
    # casualty counts: reports with different figures are never merged (merge_features.tsv), so the
    # first report that counts them speaks for the event
    for field in ("killed", "injured"):
        event[field] = next((r.get(field) for r in rows if r.get(field) is not None), None)
    # a detail that only some reports give is kept on those mentions, not on the event
    event["disputed"] = all(bool(r.get("disputed")) for r in rows)
    event["historical"] = all(bool(r.get("historical")) for r in rows)
    # a plan and its asserted report block together (``block_mood``): the event is asserted when one is
    event["hypothetical"] = all(bool(r.get("hypothetical")) for r in rows)
    event["flags"] = [f for f in ("negated", "hypothetical", "disputed", "historical") if event.get(f)]
    # versions of one story (a re-issue, an update) are one report: one count, one confidence
    per_article: dict[str, float] = {}
    for r in rows:
        story = story_key(r["doc_id"], r.get("title"), r.get("outlet"), r.get("published"))
        per_article[story] = max(per_article.get(story, 0.0), float(r.get("confidence") or 0.0))
    event["confidence"] = noisy_or(per_article.values())
    published = [r["published"] for r in rows if r.get("published") is not None]
    event["first_seen"] = min(published) if published else None
    event["last_seen"] = max(published) if published else None
    event["num_mentions"] = len(rows)
    event["num_articles"] = len(per_article)
    event["num_sources"] = max(1, len({r.get("outlet") or "" for r in rows}))
    return event


def merge_block(rows: Sequence[dict[str, Any]], rule: MergeRule) -> list[tuple[dict[str, Any], list[str]]]:
    """Events of one block: (event row, its mention ids) pairs."""
    if len(rows) == 1:  # most blocks: one mention is one event, whatever its facts say
        return [(summarize(rows), [rows[0]["mention_id"]])]
    by_id = {r["mention_id"]: r for r in rows}
    out = []
    for group in cluster(facts_of_rows(rows, rule), rule):
        group_rows = [by_id[m.mention_id] for m in group]
        out.append((summarize(group_rows), [m.mention_id for m in group]))
    return out
