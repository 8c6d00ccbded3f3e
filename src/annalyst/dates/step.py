"""``DateStep``: give every event a date, say how exact it is, and flag old ones ``historical``
and future or scheduled ones ``planned``.

Order of evidence for one event (``docs/dates-and-locations.md`` has the long form):

0. the date a "when" clause holding the event modifies ("Thursday, when 133 were arrested"), or the
   day of a noun the clause follows ("the July 25 call when he asked ...");
1. a date expression in the event's own sentence: the one nearest the trigger in the dependency
   tree, skipping expressions that belong to something else (a relative or complement clause, a
   noun they modify, a comparison, a term such as "due May 14", the reporting clause: "..., a
   spokesman said Saturday") and those that open a span ("since 2014", "until May") rather than
   name a point;
1b. in a story without a reference date, a weekday or year-less day of the event's own clause that
   cannot be placed: the event keeps ``date = None`` (``unplaced``), and such a sentence stops the
   carry of step 2;
2. context: a date opening the paragraph or the date of an earlier sentence of the same paragraph
   (paragraphs are separated by blank lines in ``Document.text``), until another date appears; for
   a past event, the article's running time: the last dated sentence of up to ``RUNNING_PARAGRAPHS``
   paragraphs before, a day of the news week, while the text has not moved on (``_running_time``);
2b. the happening named again: the day of a dated mention of the same kind of happening in the
   story ("killed in a clash" ... "killed in the shootout on Monday night"; ``happenings``), also
   for news told in the present perfect when that day is of the news week (``_recent_perfect``);
2c. the speaker's dated speech: a named speaker's later undated reports take the one day the story
   gave his speech ("comments by Wang ... on April 4" ... "Wang said"; ``_speaker_occasion``);
3. the day of the event's reporting clause, precision ``publication`` (it happened by then); a
   report's past week or month, at that precision;
4. the reference date (the wire dateline's date, else the publication date), precision
   ``publication``; for a past event of a story without a dated dateline whose lead reports the
   day before, that day (``_news_day``); with neither, the event keeps ``date = None``.

Relative expressions count from the reference date; a planned event reads them forwards.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Optional

from annalyst.clean.dateline import parse_dateline, story_datelines
from annalyst.dates.happenings import Mention, definite, families_of, family_of, marked_other, mentions_of, \
    noun_only, referent
from annalyst.dates.lexicon import time_words, window, words_of
from annalyst.dates.expressions import ANAPHORIC, DateMention, ResolvedDate, find_date_mentions, \
    normalize_expression, prepare_dateparser, resolve_expression
from annalyst.dates.syntax import anchor_token, clause_verb, main_clause_time, commitment_complement, sequence_offset, fronted_report_time, future_tense, governing_preposition, \
    host_of_stranded_date, medium_of_report, \
    in_other_event_clause, is_daypart, is_reporting, past_governor, past_tense, present_frame, reported_clause_of, reporting_clause_of, \
    reporting_verb_of, scheduled, sentence_root, span_root, time_of_report, tree_distance, when_clause, \
    ends_right_before
from annalyst.lang.ontology import load_ontology
from annalyst.model import DatePrecision, Document, Event
from annalyst.pipeline.base import Step

# The stage's windows (days, paragraphs, sentences, dependency arcs) are tunables, read from
# data/windows.tsv, which says what each bounds; docs/dates-and-locations.md tells the rule of each.
HISTORICAL_DAYS = window("HISTORICAL_DAYS")  # older than this: background, flagged ``historical``
NEAR_FUTURE_DAYS = window("NEAR_FUTURE_DAYS")  # a non-past clause reads a year-less date forwards up to this
CARRY_PRESENT_DAYS = window("CARRY_PRESENT_DAYS")  # an earlier sentence's date carries to a non-past clause
RUNNING_PARAGRAPHS = window("RUNNING_PARAGRAPHS")  # the running time looks this many paragraphs back ...
RUNNING_DAYS = window("RUNNING_DAYS")  # ... for a day of the news week
AHEAD_DAYS = window("AHEAD_DAYS")  # an own date this far after the reference date is ahead (``_dated_ahead``)
# A stand-in reference date, only to learn the shape of an expression a story without a reference date
# cannot place ("on Thursday", "May 14"): any fixed day serves, the date it gives is never used
# (``DocumentDates.unplaced``).
_SHAPE_BASE = dt.date(2001, 1, 1)
LEAD_PARAGRAPHS = window("LEAD_PARAGRAPHS")  # the lead where a story names its news day (``_news_day``) ...
LEAD_SENTENCES = window("LEAD_SENTENCES")  # ... at most this many sentences ...
NEWS_DAY_LAG = window("NEWS_DAY_LAG")  # ... and only this many days before the reference date
MAX_DATE_ARCS = window("MAX_DATE_ARCS")  # a date further below the trigger's clause modifies something else

# Prepositions that open a span of time rather than name the event's moment.
_SPAN_PREPOSITIONS = words_of("span_preposition")
# ... of which those that name when an act ahead begins ("will visit ... from April 29"; ``_starts_plan``).
_START_PREPOSITIONS = words_of("start_preposition")

# Dependency labels of a date that modifies a noun ("the 1982 agreement", "Sunday's vote").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
# Words that put a date into a comparison rather than on the event.
_COMPARISON_WORDS = words_of("comparison")
# Words after which a date is a term of some thing ("a bond due May 14, 1997"), not an event's day.
_TERM_WORDS = words_of("term")
# Subordinators of clauses with a time of their own ("Although the vote was deferred last week, ...").
_NON_TEMPORAL_MARKS = words_of("non_temporal_mark")
# Subordinators of clauses that date the event they modify ("When the UN passed the resolution on
# March 3, North Korea voted against it").
_TEMPORAL_MARKS = words_of("temporal_mark")
# "after", "before": a phrase that places an event relative to another (data/time_words.tsv)
_SEQUENCE_WORDS = words_of("sequence")
# Clauses that are events of their own: a date inside one dates that event.
_EMBEDDED_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "conj", "relcl", "acl", "pcomp"})

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
# A date that opens its paragraph ("July 13, 2022  North Korea has recognized ..."): the date of
# the paragraph's news.  (A wire dateline, "PYONGYANG, July 14, 2022 --", is no event date: it sets
# the reference date, ``reference_date``.)
_DATE_OPENER_PREFIX = re.compile(r"[\s\u00a0]*")

# A publication date outside these years is a broken metadata value (0001-01-01, 9999-12-31), no
# date to count from: the stage ignores it (and says so in ``Document.meta["published_rejected"]``).
PLAUSIBLE_YEARS = (1800, 2100)


def plausible_publication(published: Optional[dt.date]) -> Optional[dt.date]:
    if published is None or not PLAUSIBLE_YEARS[0] <= published.year <= PLAUSIBLE_YEARS[1]:
        return None
    return published


def _dateline(text: str):
    """The story's dateline: the first that opens a line, else one run on after the headline
    ("Agri SA calls for calm COLIGNY, May 8 (ANA) - ..."; ``story_datelines``), the agencies' one-line copy."""
    return parse_dateline(text) or next((line for line in story_datelines(text) if line.run_on), None)


def reference_date(text: str, published: Optional[dt.date]) -> Optional[dt.date]:
    """The date the story was written from: its dateline's date ("PYONGYANG, July 14, 2022 --"),
    else the publication date.  A year-less dateline date needs the publication date to be placed;
    without either the story has none (nothing is made up)."""
    published = plausible_publication(published)
    line = _dateline(text)
    if line is not None and line.date_text:
        readings = [r for r in (resolve_expression(line.date_text, published),
                                resolve_expression(line.date_text, published, future=True)) if r is not None]
        days = [r.date for r in readings if r.precision == DatePrecision.DAY.value]
        if days:
            return min(days, key=lambda d: abs((d - published).days) if published else 0)
    return published


@dataclass(slots=True)
class _Found:
    """A date mention resolved in document order (its past reading, for context)."""

    mention: DateMention
    resolved: ResolvedDate
    root: Any  # the head token of the expression
    sentence: int
    paragraph: int
    dateline: bool  # the date opens its paragraph ("July 13, 2022  North Korea ..."): it dates the paragraph
    # the reporting verb the date stands right after, before its complement's subject ("Funaro said
    # last night Brazil wants ..."): the report's time, whatever the parser hung it on
    report: Any = None


@dataclass(slots=True)
class DateChoice:
    """The date picked for one event and where it came from."""

    date: Optional[dt.date]
    precision: Optional[str]
    text: Optional[str]
    planned: bool = False  # a future or scheduled event, not after-the-fact news (``DateStep``)


def _path_up(token: Any, anchor: Any) -> list[Any]:
    """``token`` and its ancestors below the point where they meet the anchor's spine."""
    stop = {anchor.i, *(a.i for a in anchor.ancestors)}
    path = []
    for node in (token, *token.ancestors):
        if node.i in stop:
            break
        path.append(node)
    return path


def _in_comparison(token: Any, anchor: Any) -> bool:
    """Whether a comparison word lies on the path from ``token`` up to the event anchor."""
    path = _path_up(token, anchor)
    for n, node in enumerate(path):
        if node.lower_ == "after" and n == 1:
            continue  # "after March 3": the date itself bounds the event
        if node.lower_ in _COMPARISON_WORDS or node.lemma_ == "compare":
            return True
    return False


def _in_temporal_clause(token: Any, anchor: Any) -> bool:
    """Whether the date sits in a "when/as/after ..." clause modifying the anchor's spine."""
    return any(node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS
                                            for c in node.children)
               for node in _path_up(token, anchor))


def _in_present_time_clause(token: Any, anchor: Any) -> bool:
    """Whether the date sits in a time clause in the simple present ("... have requested the state government to
    arrange meetings ... after it takes a round of riot-affected areas on thursday"): English tells a time ahead
    that way ("after it takes", "when he arrives"), so its date is ahead of the time of writing and is no day
    of a past act above it (the clause's verb a present form with no auxiliary: "after it has taken" is
    not)."""
    return any(node.dep_ == "advcl" and node.tag_ in ("VBZ", "VBP")
               and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS for c in node.children)
               and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
               for node in _path_up(token, anchor))


def _in_embedded_clause(token: Any, anchor: Any) -> bool:
    """Whether the date sits in a complement or conjoined clause of its own below the anchor's spine.

    A temporal clause ("When the UN debated removing Russia ... on April 7, North Korea voted")
    dates the event it modifies, whatever is embedded inside it.
    """
    if _in_temporal_clause(token, anchor):
        return False
    return any(_own_clause(node) for node in _path_up(token, anchor))


def _own_clause(node: Any) -> bool:
    """A clause with its own time: complements and conjuncts, but not a gerund complement
    ("debated removing Russia ... on April 7" is one event frame; "agreed to meet on Friday" is two)."""
    if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _NON_TEMPORAL_MARKS for c in node.children):
        return True
    if node.dep_ not in _EMBEDDED_CLAUSES or node.pos_ not in ("VERB", "AUX"):
        return False
    return not (node.dep_ == "xcomp" and node.tag_ == "VBG")


# Verbs whose participle on a happening noun tells it done ("the arrests made on thursday";
# data/time_words.tsv, kind realizing)
_REALIZING = words_of("realizing")
# Arcs of a gerund used as a noun ("two in police firing on monday")
_NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound"})
# Tags of a relative pronoun ("which", "who"); "that" is tagged WDT too
_RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})


def _told_of_trigger_noun(token: Any, anchor: Any) -> bool:
    """Whether the date sits in a clause that tells the trigger noun's own happening: a participle of
    a realizing verb ("the arrests [made by the abids police on thursday]") or a relative clause
    whose subject is the noun ("the police firing [that left one dead and several injured during the
    mahayagna on sunday]", "the attack [which killed 20 on Monday]").  Its date is the event's,
    however deep the parser hung it.  A clause about the noun by someone else ("the attack [which
    the minister condemned on Monday]", "the move [announced on Monday]") has a time of its own."""
    gerund = anchor.tag_ == "VBG" and anchor.dep_ in _NOMINAL_DEPS  # "into the police firing that ..."
    if (anchor.pos_ != "NOUN" and not gerund) or anchor.dep_ == "ROOT":
        return False  # a noun at the root is a headline or a misparsed clause, no event's noun
    path = _path_up(token, anchor)
    if not path:
        return False
    clause = path[-1]
    # the clause hangs on the noun, or follows the noun's phrase and was hung higher ("an inquiry into
    # the police firing [that left one dead ...]": the parser gives it to "inquiry")
    if clause.head.i != anchor.i and not (_dominates(clause.head, anchor) and ends_right_before(anchor, clause)):
        return False
    if clause.dep_ == "acl" and clause.tag_ == "VBN":
        own = clause.lemma_.lower() in _REALIZING
    elif clause.dep_ == "relcl":
        own = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in _RELATIVE_PRONOUN_TAGS for c in clause.children)
    else:
        return False
    # a report or complement inside tells another time ("the raid which police said on Monday ...")
    return own and not any(is_reporting(n) or n.dep_ in ("ccomp", "parataxis", "advcl") for n in path)


# Phrases that make a count a running total up to now ("so far", "till date"; data/time_words.tsv)
_SPAN_ADVERBS = words_of("span_adverb")


def _present_perfect(verb: Any) -> bool:
    """Whether the verb is in the present perfect ("has proposed", "have been arrested"): English puts no
    past day on it ("*has proposed on Wednesday"), so no earlier sentence's day dates it."""
    return verb.tag_ == "VBN" and any(a.dep_ in ("aux", "auxpass") and a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP")
                                      for a in verb.children)


def _past_perfect(anchor: Any) -> bool:
    """Whether the event's clause is in the past perfect ("had been booked", "had fled"): it tells
    something before the time the text is at, so an earlier sentence's date is not its date."""
    verb = clause_verb(anchor)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)


# Adverbs that put a clause at an untold earlier time ("recently", "previously"; data/time_words.tsv)
_UNDATED_PAST = words_of("undated_past")


def _told_earlier(anchor: Any) -> bool:
    """Whether the event's clause says it happened at an untold time before the text's ("the chief
    minister recently expressed concern", "the level announced recently by the bank"): the day of
    another sentence or clause is not its day, so only a date of its own clause dates it."""
    verb = clause_verb(anchor)
    return any(c.dep_ == "advmod" and c.lower_ in _UNDATED_PAST and not any(True for _ in c.children)
               for node in {verb, anchor} for c in node.children)


def _running_total(anchor: Any) -> bool:
    """Whether the event's verb carries a phrase of a running total ("so far 3,976 persons have been
    arrested", "arrested about 150 persons so far"): the count spans the days up to now.  The phrase
    may hang on the count ("so far" on "3,976"), not the verb: any in the verb's own clause counts."""
    verb = clause_verb(anchor)
    return any(" ".join(t.lower_ for t in node.subtree) in _SPAN_ADVERBS
               for node in verb.subtree if node.dep_ in ("advmod", "prep", "npadvmod")
               and (clause_verb_above(node) or node).i == verb.i)


def _in_gapped_conjunct(token: Any, anchor: Any) -> bool:
    """Whether the date sits in a conjunct whose auxiliary English leaves out: "two soldiers were
    killed and five [were] wounded on Monday", "one person was killed and six others [were] injured
    ... on tuesday night" (which the parser reads as a participle on a noun conjoined to the verb or
    its subject).  The conjunct shares the event's auxiliary, and so its time."""
    verb = clause_verb(anchor)
    clauses = [node for node in _path_up(token, anchor) if node.pos_ in ("VERB", "AUX")]
    if len(clauses) != 1 or clauses[0].tag_ != "VBN" or not _has_auxiliary(verb) or _has_auxiliary(clauses[0]):
        return False
    part = clauses[0]
    if part.dep_ == "conj":
        return part.head.i == verb.i
    node = part.head
    if part.dep_ != "acl" or node.dep_ != "conj":
        return False
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.i == verb.i or (node.dep_ in ("nsubj", "nsubjpass") and node.head.i == verb.i)


def _has_auxiliary(verb: Any) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _through_timeless_nouns(token: Any, anchor: Any) -> bool:
    """Whether the date hangs on the event's clause through prepositions and nouns that have no time
    of their own ("was arrested by a joint team of the anti-terrorist squad, the godhra town police and
    the railway police on saturday night": the parser hangs the day on the nearest noun, and a police
    force has no day)."""
    path = _path_up(token, anchor)[1:]
    return bool(path) and all(node.pos_ == "ADP" or (node.pos_ in ("NOUN", "PROPN") and family_of(node) is None
                                                      and node.dep_ in ("pobj", "appos", "conj", "compound"))
                              for node in path)


# Arcs by which a noun is a participant of a clause, or inside a phrase of it ("abducted [by gunmen]")
_PARTICIPANT_ARCS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent", "prep", "dative", "attr"})


def _in_participant_participle(token: Any, anchor: Any) -> bool:
    """Whether the date sits in a present participle without a subject that modifies a participant of
    the event's clause ("King and Weeks were abducted by gunmen [wearing military uniforms in the
    heart of the capital in August 2016]", "attacked a convoy [carrying food aid to the city in May
    2016]"): such a participle tells what went on at the event's time, it has no time of its own,
    and a date the parser hung in it (a sentence-final "in August 2016") is the clause's.  A past
    participle ("the law [passed in 2010]") or a relative clause names an act of its own."""
    path = _path_up(token, anchor)
    clauses = [node for node in path if node.pos_ in ("VERB", "AUX") or node.dep_ in _EMBEDDED_CLAUSES]
    if len(clauses) != 1:
        return False
    participle = clauses[0]
    if participle.dep_ != "acl" or participle.tag_ != "VBG" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in participle.children):
        return False
    above = path[path.index(participle) + 1:]
    return all(node.dep_ in _PARTICIPANT_ARCS for node in above) and participle.head.pos_ in ("NOUN", "PROPN", "PRON")


# Verbs that make their object a plan ("proposed a general strike for July 15"; data/time_words.tsv)
_SCHEDULING_VERBS = words_of("scheduling")
# Verbs of taking part in an occasion ("speaking at a news conference", "addressing a rally"; data/time_words.tsv)
_ATTENDING = words_of("attending")
# Arcs inside an occasion phrase: the occasion noun, its prepositions and modifiers
_OCCASION_ARCS = frozenset({"dobj", "pobj", "prep", "dative", "npadvmod", "compound", "appos", "conj", "cc"})


def _in_occasion_participle(token: Any, anchor: Any) -> bool:
    """Whether the date sits in a present participle without a subject of its own, on the event's clause verb,
    that puts the subject at an occasion ("[Speaking at a news conference on Thursday], Karat said ...",
    "[Addressing a rally in Lahore on Wednesday], Sharif accused ...", "[participating in a meet-the-press
    programme organised by the union of journalists on thursday], karat said"): the act was done there, so
    the occasion's date is the act's, however deep the parser hangs it.  Only a verb of taking part
    (``attending`` rows of data/time_words.tsv: "Referring to the attack on Monday" names another happening),
    and inside it only the occasion's nouns and a realizing participle on them ("organised ... on
    thursday": the occasion held then; "a report published on Monday" is a thing with a day of its own)."""
    path = _path_up(token, anchor)
    if not path:
        return False
    participle = path[-1]
    verb = clause_verb(anchor)
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.head.i != verb.i \
            or participle.lemma_.lower() not in _ATTENDING \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return False
    for node in path[1:-1]:
        if node.pos_ in ("VERB", "AUX"):
            if node.dep_ != "acl" or node.tag_ != "VBN" or node.lemma_.lower() not in _REALIZING:
                return False
        elif node.dep_ not in _OCCASION_ARCS and node.dep_ != "agent":
            return False
    return True


def _named_subject(verb: Optional[Any]) -> Optional[Any]:
    """The head word of a verb's subject when it names someone (not a pronoun), or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return None if subject is None or subject.pos_ == "PRON" or subject.tag_ == "PRP" else subject


def _other_speaker(earlier: Any, anchor: Any, continued: Optional[Any] = None) -> bool:
    """Whether an earlier report and the event's report name different speakers (their subjects' head
    words differ, neither a pronoun): "finance minister domingo cordovez said two days ago ...  ¶
    Emanuel said ecuador was seeking soft loans" — one speaker's time is not another's.  ``continued``:
    the name the earlier report's pronoun subject continues ("..., Emanuel said. ¶ \"...,\" he added in
    a news conference last night. ¶ A central bank spokesman said ...": his night is not the
    spokesman's)."""
    mine = _named_subject(anchor if is_reporting(anchor) else reporting_verb_of(anchor))
    theirs = _named_subject(earlier) or continued
    return mine is not None and theirs is not None and mine.lower_ != theirs.lower_


def _subject_text(verb: Any) -> Optional[str]:
    """The lower-case words of the verb's subject, or None."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subject is None else " ".join(t.lower_ for t in subject.subtree)


def parsed_text(doc: Document) -> str:
    """``doc.parsed.text`` without building a token object per word as ``Doc.text`` does: spaCy
    keeps its input verbatim and ``ParseStep`` parses ``doc.text`` (cut at its length limit), so
    the parse's text is ``doc.text`` up to the end of the last token."""
    if len(doc.parsed) == 0:
        return ""
    last = doc.parsed[-1]
    return doc.text[:last.idx + len(last.text_with_ws)]


def _open_clause(anchor: Any) -> bool:
    """Whether the event's clause can lie ahead without a future marker: a verb in the present, a
    modal or a progressive ("the talks, starting on July 21, would cover ...").  A nominal trigger
    with no verb of its own ("in police firing on wednesday") and a bare past participle ("the two
    terrorists arrested on tuesday") name something done: a weekday there is not read forwards."""
    verb = clause_verb(anchor)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBG" and verb.dep_ in _NOMINAL_DEPS:
        return False  # a gerund used as a noun ("two in police firing on monday")
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN":
        return False
    if verb.tag_ == "VBG":
        # a participle has the time of the clause it sits in: "two were killed in police firing on
        # wednesday" is past, "the talks, starting on July 21, would cover ..." is not
        node = verb.head
        for _ in range(6):
            if node.pos_ in ("VERB", "AUX") and (node.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                                 or any(c.dep_ in ("aux", "auxpass") for c in node.children)):
                return not past_tense(node)
            if node.head.i == node.i:
                break
            node = node.head
    return True


# Qualifiers that put a week, month or year behind the reference date ("last October", "the previous
# month"; data/time_words.tsv, kind qualifier, sense last)
_PAST_QUALIFIERS = frozenset(w for w, sense in time_words().get("qualifier", {}).items() if sense == "last")
_YEAR = re.compile(r"\b\d{4}\b")


def _told_past(text: str) -> bool:
    """Whether a week, month or year expression says itself that it is past: a year written out ("May
    2010", "the 2010 raid") or a qualifier of the past ("last month's vote"); a bare "June" read
    backwards is only a guess (it may be next June)."""
    words = set(text.lower().split())
    return bool(_YEAR.search(text)) or bool(words & _PAST_QUALIFIERS)


# Prepositions after which a dated occasion is the event's own ("said after his meeting on Nov. 16",
# "expressed optimism after briefing leaders early yesterday"; data/time_words.tsv, ``_right_after``)
_OCCASION_AFTER = words_of("occasion_after")


def _right_after(date_root: Any, anchor: Any) -> bool:
    """Whether the date is that of an occasion the event followed right after: in an "after" phrase
    on the event's verb, the date hangs on the phrase's gerund ("expressed optimism [after briefing
    opposition leaders early yesterday]") or, for a reporting verb, on its happening noun ("[After
    his meeting with Bush on Nov. 16], Koizumi said"), by at most a preposition; only for an event in
    the simple past (a present or present perfect one is a state since then).  A statement made
    after a meeting or briefing is news of that day; an arrest after a bombing is not (no noun rule
    for acts)."""
    verb = clause_verb(anchor)
    if not past_tense(verb) or present_frame(verb):
        return False  # "is currently serving a ban after testing positive in 2003": a state since, not then
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OCCASION_AFTER), None)
    if prep is None or not _dominates(prep, date_root):
        return False
    host = date_root.head.head if date_root.dep_ == "pobj" and date_root.head.dep_ == "prep" else date_root.head
    if host.head.i != prep.i:
        return False
    if host.dep_ == "pcomp" and host.tag_ == "VBG":
        return True
    return host.dep_ == "pobj" and family_of(host) is not None and is_reporting(verb)


# Prepositions that put an event at a happening ("killed in the 2010 raid", "won in last June's
# elections"): the happening's own date dates the event.
_OCCASION_PREPOSITIONS = words_of("occasion_preposition")


def _at_occasion(noun: Any, anchor: Any) -> bool:
    """Whether ``noun`` names a happening the anchor's event took place at ("killed [in the raid]"), a
    happening word or the head of a named happening (the parser's EVENT name: "invaded Kuwait during [the
    1990 Gulf War]")."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _OCCASION_PREPOSITIONS
            and prep.head.i == anchor.i and (family_of(noun) is not None or noun.ent_type_ == "EVENT"))


def _of_mentioned_thing(date_root: Any) -> bool:
    """The date belongs to a thing a clause mentions, not to the clause: the noun's own date ("Today's
    hearing", "the July 25 call") or one inside a participle or relative clause modifying a noun ("the
    move announced on Monday", "the elections held on September 28")."""
    if date_root.dep_ in _MODIFIER_DEPS and date_root.head.pos_ in ("NOUN", "PROPN"):
        return True
    verb = clause_verb_above(date_root)
    if verb is None:
        return False
    if verb.dep_ == "acl":  # a participle without a subject of its own ("Times of Zambia reported on
        # Thursday" misparsed as a clause on a noun has one: it is a report, not a mention)
        return verb.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    # a relative clause opened by a relative word ("the elections which were held on ...")
    return verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP", "WRB") or c.lower_ == "that" for c in verb.children)


def clause_verb_above(token: Any) -> Optional[Any]:
    """The nearest verb above a noun (the predicate of the clause it is part of), or None."""
    for node in token.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _on_past_verb(date_root: Any, anchor: Any) -> bool:
    """The date expression hangs from a verb in the past tense other than the event's own ("said on
    Tuesday", "faced criticism on Tuesday over its decision to ..."): it names when that verb's act
    happened, so it reads backwards, whatever the event's open clause below it ("to prevent ...").
    The verb is the first one above the expression's head (through a preposition or a noun)."""
    node = date_root
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.i != anchor.i and past_tense(node)
    return False


def _dominates(head: Any, token: Any) -> bool:
    return token.i == head.i or any(a.i == head.i for a in token.ancestors)


def _relative_clause(anchor: Any) -> Optional[Any]:
    """The finite relative clause the event's verb heads or lies in ("the tax, which Nakasone
    proposes"): a clause with its own time, which a date of the clause around it does not give
    (unless the clause modifies the date itself: "on the same day Poindexter resigned").
    An infinitival one ("a forum to discuss Hong Kong's matters") has no time of its own."""
    node = anchor
    for _ in range(4):
        if node.dep_ == "relcl" and node.pos_ in ("VERB", "AUX"):
            return None if any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) else node
        if node.head.i == node.i or node.dep_ in ("ccomp", "parataxis", "advcl", "conj"):
            return None
        node = node.head
    return None


# Nouns of an act of speech by someone ("comments by X", "X's remarks"; data/time_words.tsv)
_SPEECH = words_of("speech")
# Pronouns that continue a named person as the subject of the next sentence ("Mwape has accused ... ¶ He
# told businessmen yesterday"; data/time_words.tsv)
_SAME_ACTOR_PRONOUNS = words_of("person_pronoun")


def _speaks_then(verb: Any, found: _Found) -> bool:
    """Whether the date is the reporting verb's own time ("Wang said on April 4", "[speaking at a news
    conference on Thursday], Karat said": ``_in_occasion_participle``)."""
    return found.report is not None and found.report.i == verb.i or time_of_report(found.root, verb) \
        or _in_occasion_participle(found.root, verb)


def _speaks(name: Any, found: _Found) -> bool:
    """Whether the name (a word of it) speaks at the date: the subject of a reporting verb whose own
    time the date is ("Wang said on April 4", not "Volker testified about the July 25 call"), or the
    author of a speech noun the date lies under ("comments by Wang Fengchao ... during a visit to Hong
    Kong on April 4", "Wang's remarks on Monday")."""
    node = name
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head  # "Wang" of "Wang Fengchao"
    if node.dep_ == "nsubj" and is_reporting(node.head):
        return _speaks_then(node.head, found)
    if node.dep_ == "poss":
        speech = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "by":
        speech = node.head.head
    else:
        return False
    if speech.lemma_.lower() not in _SPEECH:
        return False
    # the date under the noun, or on the clause the noun is an argument of ("followed similar comments by
    # Wang ... during a visit to Hong Kong on April 4")
    return _dominates(speech, found.root) or (speech.dep_ in ("dobj", "nsubj", "nsubjpass")
                                              and getattr(clause_verb_above(found.root), "i", -1) == speech.head.i)


def _quote_balance(text: str) -> int:
    """How many quotations ``text`` leaves open (curly quotes counted in pairs, a straight one by
    its parity)."""
    return text.count("\u201c") - text.count("\u201d") + text.count('"') % 2


class DocumentDates:
    """All date evidence of one parsed document, built once and queried per event."""

    def __init__(self, doc: Document, until: Optional[int] = None) -> None:
        """``until``: a character offset no event to be dated reaches (the end of the last event's
        sentence); dates from there on can date nothing and are not resolved."""
        self.doc = doc
        self.until = until
        self.parsed = doc.parsed
        # the base of every relative expression and the fallback date: the dateline's date, else
        # the publication date (``reference_date``)
        self.published = reference_date(doc.text, doc.published)
        self.dateline_spans = [line.span for line in story_datelines(doc.text)]
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(doc.text)]
        self.sentence_starts = [s.start for s in doc.sentences]
        self.found: list[_Found] = []
        # time expressions of a story without a reference date that name a day it cannot place ("on
        # Thursday"); their resolved date is a stand-in (``_SHAPE_BASE``), never given to an event
        self.unplaced: list[_Found] = []
        self._sentence_dates: dict[tuple[int, bool], Optional[_Found]] = {}
        self._resolve_all()
        # dated mentions of happenings, and the dates a happening noun owns ("denouncing the murder
        # ... on Wednesday": Wednesday is the murder's, not the denouncing's)
        self.mentions, self._owned = mentions_of(self.found)
        # dates the parser hung on a noun that has a time of its own: the clause verb's (``_rehang``)
        self._rehung = self._rehang()
        # token indexes of the trigger being dated (``choose``): a happening noun in it keeps its
        # own date for the event ("to hold talks on Monday"), whatever sentence asks
        self._trigger: set[int] = set()
        # the story's news day (``_news_day``), found on first use: a 1-tuple once looked for
        self._lead_day: Optional[tuple[Optional[dt.date]]] = None
        # each sentence's root token (``_root``), found once: every event of a document asks for the
        # roots of its own and the earlier sentences (~40 look-ups per document, each a span and a walk)
        self._roots: dict[int, Any] = {}

    def paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def sentence_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def _resolve_all(self) -> None:
        last: Optional[dt.date] = None
        last_day: Optional[dt.date] = None  # "that day", "the night before" point at a day
        for mention in find_date_mentions(self.parsed, self.until, text=parsed_text(self.doc)):
            if any(s <= mention.start < e for s, e in self.dateline_spans):
                continue  # the dateline's date is the reference date, not an event's
            anaphoric = normalize_expression(mention.text) in ANAPHORIC
            anchor = last_day if anaphoric else last
            resolved = resolve_expression(mention.text, self.published, anchor=anchor)
            if resolved is None:
                self._keep_unplaced(mention, anchor)
                continue
            root = span_root(self.parsed, mention.start, mention.end)
            if root is None:
                continue
            if anaphoric and self._relative_to_happening(mention):
                continue  # "the day before the son reported him missing": that happening's eve, not the text's
            para = self.paragraph_of(mention.start)
            lead = self.doc.text[self.paragraph_starts[para]:mention.start]
            opener = bool(_DATE_OPENER_PREFIX.fullmatch(lead))
            self.found.append(_Found(mention, resolved, root, self.sentence_of(mention.start), para, opener,
                                     fronted_report_time(root)))
            last = resolved.date
            if resolved.precision == DatePrecision.DAY.value:
                last_day = resolved.date

    def _keep_unplaced(self, mention: DateMention, anchor: Optional[dt.date]) -> None:
        """Keep an expression that names a time only a reference date would place (a weekday, a year-less
        day, "yesterday") in a story that has none: it is still its clause's own time, so an earlier
        sentence's date must not date that clause (``_own_time_unplaced``)."""
        if self.published is not None:
            return
        shape = resolve_expression(mention.text, _SHAPE_BASE, anchor=anchor)
        root = span_root(self.parsed, mention.start, mention.end)
        if shape is None or root is None:
            return
        para = self.paragraph_of(mention.start)
        self.unplaced.append(_Found(mention, shape, root, self.sentence_of(mention.start), para, False,
                                    fronted_report_time(root)))

    def _own_time_unplaced(self, span: tuple[int, int], anchor: Any) -> bool:
        """Whether the event's own clause names a time the story cannot place ("staged a protest at the
        High Court Thursday" in a story without a date): the event's day is unknown, not the day of an
        earlier sentence ("... in May 2005")."""
        paragraph = self.paragraph_of(anchor.idx)
        return any(span[0] <= f.mention.start < span[1] and f.paragraph == paragraph and self._eligible(f, anchor)
                   for f in self.unplaced)

    def _unplaced_sentence_time(self, index: int) -> bool:
        """Whether sentence ``index``'s main clause names a time the story cannot place: another date,
        so an earlier sentence's date is not carried past it."""
        if not self.unplaced:
            return False
        sent = self.doc.sentences[index]
        root = sentence_root(self.parsed, sent.start, sent.end)
        return root is not None and self._own_time_unplaced((sent.start, sent.end), root)

    def _relative_to_happening(self, mention: DateMention) -> bool:
        """Whether an anaphoric expression counts from a happening it names rather than from the
        text's last day: its last word opens a clause or governs a noun phrase ("the day before [the son
        reported him missing]", "the day before [the vote]").  That happening's day is unknown here, so
        the expression dates nothing (a bare "the day before" still counts from the last day)."""
        span = self.parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        last = span[-1]
        return last.dep_ == "mark" or any(c.dep_ in ("pobj", "pcomp") and c.i >= span.end for c in last.children)

    def _rehang(self) -> dict[int, Any]:
        """Dates the parser hung by a preposition on a noun that carries its own date modifier ("marked
        the anniversary of [the 2010 raid] on Tuesday"): a date outside the period of the noun's own
        cannot be the noun's time, so it is the clause's; by the date's start offset -> the verb."""
        modifiers: dict[int, list[_Found]] = {}
        for found in self.found:
            if found.root.dep_ in _MODIFIER_DEPS and found.root.head.pos_ in ("NOUN", "PROPN"):
                modifiers.setdefault(found.root.head.i, []).append(found)
        rehung: dict[int, Any] = {}
        for found in self.found:
            if found.root.dep_ != "pobj" or found.root.head.dep_ != "prep":
                continue
            noun = found.root.head.head
            own = modifiers.get(noun.i, [])
            if not own or any(o.resolved.date <= found.resolved.date <= o.resolved.period_end for o in own):
                continue
            verb = clause_verb_above(noun)
            if verb is not None:
                rehung[found.mention.start] = verb
        return rehung

    def _eligible(self, found: _Found, anchor: Any) -> bool:
        if found.dateline:
            return True
        if self._future_for_past(found.resolved, anchor):
            return False
        if _told_earlier(anchor) and (clause_verb_above(found.root) or found.root).i != clause_verb(anchor).i:
            return False  # "met on Thursday and said the minister had recently expressed concern": not Thursday
        if found.report is not None:
            return found.report.i == anchor.i  # "said last night [Brazil wants ...]": the saying's time
        if self._of_planned_object(found, anchor):
            return False  # "has proposed a general strike for July 15": the strike's day, not the proposal's
        if past_tense(anchor) and _in_present_time_clause(found.root, anchor):
            return False  # "have requested ... to arrange meetings after it takes a round ... on thursday": ahead
        if found.root.dep_ in _MODIFIER_DEPS and found.root.head.i == anchor.i:
            return True  # "the 2010 raid", "last October's elections": the noun's own time
        if found.resolved.precision == DatePrecision.DAY.value and _right_after(found.root, anchor):
            # "said after his meeting with Bush on Nov. 16": the meeting's day ("took a downturn after
            # falling 5.9 pct in 1986": a year is a span, not an occasion)
            return True
        if found.root.dep_ in _MODIFIER_DEPS and _at_occasion(found.root.head, anchor):
            return True  # "won 31% of the vote in last June's elections": then
        rehung = self._rehung.get(found.mention.start)
        if rehung is not None:
            return rehung.i == anchor.i  # "marked the 2010 raid on Tuesday": the marking's Tuesday
        owner = self._owned.get(found.mention.start)
        if owner is not None and owner.i != anchor.i and not {owner.i, anchor.i} <= self._trigger \
                and not _in_occasion_participle(found.root, anchor):
            # "gathered ..., denouncing the murder of X on Wednesday": the murder's day ("addressing a rally
            # on Wednesday, Sharif accused": the rally the act was done at, its day the act's)
            return False
        stranded = host_of_stranded_date(found.root)
        if stranded is not None:
            return stranded.i == anchor.i  # "seized a craft belonging to the navy Friday": seized Friday
        if anchor.pos_ in ("VERB", "AUX") and medium_of_report(found.root, anchor, not is_reporting(anchor)):
            return True  # "said in a statement released late Sunday", "accused ... in a statement published Oct. 25"
        relative = _relative_clause(anchor)
        if relative is not None and not _dominates(relative, found.root) \
                and not found.mention.start <= relative.head.idx < found.mention.end:
            return False  # "a survey three weeks ago showed ... the tax, [which Nakasone proposes]": its own time
        if reporting_clause_of(found.root, anchor):
            return False  # "Y seized Z, a spokesman said Saturday": Saturday dates the report
        if reported_clause_of(found.root, anchor):
            return False  # "X will meet on Monday, Y said": Monday dates the meeting, not the saying
        prep = governing_preposition(found.root)
        if prep is not None and prep.lower_ in _START_PREPOSITIONS and self._starts_plan(prep, anchor):
            return True  # "will make an official visit to the United States from April 29": it begins then
        if prep is not None and (prep.lower_ in _SPAN_PREPOSITIONS or (
                prep.lower_ == "of" and prep.head.i != anchor.i and not is_daypart(prep.head))):
            return False  # "since 2014"; "bonds of 2000" dates the bonds, not the event ("the night of" does)
        if found.root.dep_ in _MODIFIER_DEPS and found.root.head.i != anchor.i:
            return False  # "the 1982 agreement", "Friday's average": the date of that thing
        if (found.root.head.pos_ == "ADJ" and found.root.head.i != anchor.i) or self._term_of_thing(found, anchor):
            return False  # "a bond due October 13, 1997", "payable August 5": a term, not the event
        if _in_comparison(found.root, anchor):
            return False  # "against 6.9 pct a year earlier", "compared with last year"
        if _told_of_trigger_noun(found.root, anchor):
            return True  # "the arrests made by the police on thursday", "the firing that left one dead ... on sunday"
        if _in_gapped_conjunct(found.root, anchor):
            return True  # "one person was killed and six others injured ... on tuesday night"
        if _in_participant_participle(found.root, anchor):
            return True  # "abducted by gunmen [wearing uniforms ... in August 2016]": then
        if _in_occasion_participle(found.root, anchor):
            return True  # "[Speaking at a news conference on Thursday], Karat said": then
        if _in_embedded_clause(found.root, anchor):
            return False  # "X said [Y will meet on Tuesday]": Tuesday dates the meeting, not the saying
        if len(_path_up(found.root, anchor)) > MAX_DATE_ARCS + (1 if _in_temporal_clause(found.root, anchor) else 0) \
                and not (found.resolved.precision == DatePrecision.DAY.value and _through_timeless_nouns(found.root, anchor)):
            return False
        return not in_other_event_clause(found.root, anchor)

    def _of_planned_object(self, found: _Found, anchor: Any) -> bool:
        """Whether the date hangs by a preposition on the object of a scheduling verb that is the event itself
        (``scheduling`` rows of data/time_words.tsv: "The national executive ... has proposed a general strike for
        July 15", "planned a rally for Sunday"): the object names a plan, and the date is when the planned thing
        is to be, not when it was proposed.  Where the trigger holds the object ("planned ... rally"), the event is
        the plan and takes it."""
        prep = found.root.head
        if found.root.dep_ != "pobj" or prep.dep_ != "prep" or anchor.lemma_.lower() not in _SCHEDULING_VERBS:
            return False
        thing = prep.head
        return thing.dep_ == "dobj" and thing.head.i == anchor.i and thing.i not in self._trigger

    @staticmethod
    def _starts_plan(prep: Any, anchor: Any) -> bool:
        """Whether a start preposition ("from April 29") names when the event's act ahead begins: the event's
        own clause is in the future and the preposition hangs on its verb, on the anchor or on the verb's
        object ("will make [an official week-long visit ...] from April 29").  On a past or present clause it
        opens a span ("rose from 1985 levels")."""
        verb = clause_verb(anchor)
        if not future_tense(verb, own_clause=True):
            return False
        host = prep.head
        return host.i in (verb.i, anchor.i) or (host.dep_ in ("dobj", "nsubj", "nsubjpass") and host.head.i == verb.i)

    def _term_of_thing(self, found: _Found, anchor: Any) -> bool:
        """The date follows a word that makes it a term ("due", "payable", "maturing", "ended")."""
        span = self.parsed.char_span(found.mention.start, found.mention.end, alignment_mode="expand")
        if span is None:
            return False
        prev = span[0].nbor(-1) if span[0].i > 0 else None
        while prev is not None and prev.is_space and prev.i > 0:
            prev = prev.nbor(-1)
        return prev is not None and prev.lower_ in _TERM_WORDS and prev.i != anchor.i

    def _future_for_past(self, resolved: ResolvedDate, anchor: Any) -> bool:
        """A date after publication cannot be when a past-tense event happened (an act committed to
        under a past verb is not past: "have pledged to oppose the bill ... next Monday")."""
        return self.published is not None and resolved.date > self.published and past_tense(anchor) \
            and commitment_complement(anchor) is None

    def _in_sentence(self, span: tuple[int, int], anchor: Any) -> Optional[_Found]:
        paragraph = self.paragraph_of(anchor.idx)
        # a sentence the parser ran across a paragraph break keeps the dates of the anchor's paragraph
        candidates = [f for f in self.found
                      if span[0] <= f.mention.start < span[1] and f.paragraph == paragraph and self._eligible(f, anchor)]
        if not candidates:
            return None
        return min(candidates, key=lambda f: (tree_distance(f.root, anchor), f.mention.start))

    def _sentence_date(self, index: int, for_report: bool = False) -> Optional[_Found]:
        """The date a sentence's main clause carries, to date later sentences of its paragraph
        (``for_report``: to date a later report, which takes the time of an earlier report)."""
        if (index, for_report) not in self._sentence_dates:
            sent = self.doc.sentences[index]
            root = sentence_root(self.parsed, sent.start, sent.end)
            if root is not None and is_reporting(root) and not for_report:
                # "Officials said on Tuesday [rebels attacked the town on Monday]": the sentence's
                # news is the reported clause, and the report's own time is not carried
                reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
                root = reported[0] if reported else None
            found = self._in_sentence((sent.start, sent.end), root) if root is not None else None
            if found is not None:
                # carry the reading the sentence's own tense gives ("will be inaugurated on May 8")
                tensed = self._tensed(found, root)
                if tensed is not None:
                    found = _Found(found.mention, tensed, found.root, found.sentence, found.paragraph, found.dateline,
                                   found.report)
            self._sentence_dates[index, for_report] = found
        return self._sentence_dates[index, for_report]

    def _over(self, found: _Found) -> bool:
        """Whether the date's period ended before the reference date ("last week", "on Monday")."""
        return self.published is not None and found.resolved.period_end < self.published

    def _root(self, index: int) -> Any:
        if index not in self._roots:
            sent = self.doc.sentences[index]
            self._roots[index] = sentence_root(self.parsed, sent.start, sent.end)
        return self._roots[index]

    def _present_frame(self, index: int) -> bool:
        """The sentence's main verb is in the present or present perfect, outside quotation marks
        (quoted speech keeps the speaker's time: "...the DPRK government has decided to recognize")."""
        root = self._root(index)
        if root is None or not present_frame(root):
            return False
        return not self._quoted(root)

    def _quoted(self, token: Any) -> bool:
        """Whether a word lies inside a quotation opened before it in its paragraph: in its own sentence
        or in an earlier one the quote runs on from ("he said: \"i want to convey ... only pakistan will
        enjoy this, be happy ... pakistan wants to increase trouble\""), the speaker's words, whose
        present or future is the speaker's time, not the story's now."""
        start = self.paragraph_starts[self.paragraph_of(token.idx)]
        return _quote_balance(self.doc.text[start:token.idx]) > 0

    def _from_context(self, sentence_index: int, position: int, anchor: Any) -> Optional[_Found]:
        if self._sequenced_by_date(anchor):
            return None  # "Police arrested two men after Sunday's bombing": after Sunday, not the story's day
        if _running_total(anchor):
            return None  # "police said so far 3,976 persons have been arrested": many days' arrests
        if _past_perfect(anchor):
            return None  # "Bilal was arrested on saturday night. ... he had earlier been booked for 10 offences"
        if _told_earlier(anchor):
            return None  # "met on Thursday ...\n\nThe chief minister recently expressed concern": not Thursday
        found = self._carried(sentence_index, position, is_reporting(anchor), anchor)
        if found is None or self._future_for_past(found.resolved, anchor):
            return None
        if _present_perfect(clause_verb(anchor)) and found.resolved.precision == DatePrecision.DAY.value \
                and self.published is not None and found.resolved.date < self.published:
            return None  # "... other than those he himself has proposed": a present perfect takes no past day
        if not found.dateline and not past_tense(anchor) and self.published is not None \
                and (self.published - found.resolved.period_end).days > CARRY_PRESENT_DAYS:
            return None  # a clause about now ("is not expected to change") does not inherit an old date
        return found

    def _sequenced_by_date(self, anchor: Any) -> bool:
        """Whether the event's verb is placed "after"/"before" something dated in its own sentence
        ("arrested two men after Sunday's bombing"): its time is told relative to that, so an
        earlier sentence's date does not carry to it."""
        verb = clause_verb(anchor)
        phrases = [c for c in verb.children if c.dep_ in ("prep", "advcl") and (
            c.lower_ in _SEQUENCE_WORDS or any(m.dep_ == "mark" and m.lower_ in _SEQUENCE_WORDS for m in c.children))]
        return any(_dominates(p, f.root) for p in phrases for f in self.found)

    def _carried(self, sentence_index: int, position: int, for_report: bool = False,
                 anchor: Any = None) -> Optional[_Found]:
        paragraph = self.paragraph_of(position)
        # discourse time that ended before the reference date stops at a sentence in the present
        # frame ("Noranda has estimated the damage, and a spokesman said ...": not last week's; "He
        # has visited Kosovo" still takes "this week"); a present report's own reported clause
        # ("The army says [rebels attacked ...]") may take it
        present = anchor is not None and self._present_frame(sentence_index) and not any(
            a.dep_ in ("ccomp", "parataxis") and a.head.i == self._root(sentence_index).i
            for a in (anchor, *anchor.ancestors))
        for index in range(min(sentence_index, len(self.doc.sentences)) - 1, -1, -1):
            if self.doc.sentences[index].end <= self.paragraph_starts[paragraph]:
                break
            found = self._sentence_date(index, for_report)
            if found is not None and for_report and anchor is not None and self._other_speaker_at(index, anchor):
                return None  # "X said on Monday ... Y said ...": X's day is not Y's
            if found is None and self._unplaced_sentence_time(index):
                return None  # "... in May 2005. [Members] staged a protest Thursday. ... He said": not May
            if found is not None and self.paragraph_of(found.mention.start) == paragraph:
                if found.resolved.precision == DatePrecision.YEAR.value:
                    # a year places one sentence's background ("The EU imposed its arms ban on China in
                    # 1989 ..."), not the story's time: "Mr Straw also signed a deal" is not of 1989
                    return None
                return None if present and self._over(found) else found
            present = present or self._present_frame(index)  # "The army says ...": a frame of now
        # a dateline opening the paragraph inside this very sentence ("July 13, 2022  North Korea ...")
        datelines = [f for f in self.found
                     if f.dateline and f.paragraph == paragraph and f.mention.start < position]
        if datelines:
            return datelines[-1]
        return self._running_time(sentence_index, paragraph, for_report, anchor)

    def _running_time(self, sentence_index: int, paragraph: int, for_report: bool,
                      anchor: Any) -> Optional[_Found]:
        """The date the story is still at when a paragraph gives its past event none: the main-clause
        date of the last dated sentence of the ``RUNNING_PARAGRAPHS`` paragraphs before, a day not
        ahead of the reference date.  The text moves on (nothing is carried) at a sentence in the
        present or the future ("China does not accept ...", "Talks will resume ..."), at a sentence
        whose dates belong to something other than its main clause, and at an older day
        (``RUNNING_DAYS``); a date opening its paragraph dates that paragraph only.  A report takes only
        an earlier report's own time ("Murdani told a meeting ... yesterday ...\n\nHowever, he also
        said ...")."""
        if anchor is None or not past_tense(anchor) or self._present_frame(sentence_index) \
                or future_tense(clause_verb(anchor), own_clause=True):
            return None
        if marked_other(anchor) or marked_other(clause_verb(anchor)):
            return None  # "Separately, ministers met ...": the text has moved to another happening
        for index in range(min(sentence_index, len(self.doc.sentences)) - 1, -1, -1):
            para = self.paragraph_of(self.doc.sentences[index].start)
            if para >= paragraph:
                if self._moves_on(index):
                    return None
                continue  # the event's own paragraph: ``_carried`` has read its dates
            if para < paragraph - RUNNING_PARAGRAPHS or self._moves_on(index):
                return None
            dated = [f for f in self.found if f.sentence == index]
            if not dated:
                continue
            found = self._sentence_date(index, for_report)
            if for_report and not is_reporting(self._root(index)):
                return None  # a report takes the time of an earlier report only ("X told ... yesterday")
            if for_report and self._other_speaker_at(index, anchor):
                return None  # ... of the same speaker: Cordovez's "two days ago" is not Emanuel's
            if found is None and not for_report and para == paragraph - 1 \
                    and self._continues_report(self.paragraph_starts[paragraph], sentence_index):
                return self._past_report_period(index)
            return found if found is not None and self._news_week_day(found) else None
        return None

    def _continues_report(self, paragraph_start: int, sentence_index: int) -> bool:
        """Whether the event's paragraph, opening right after the dated report's, carries that report on
        ("Jane's Defence Weekly said last October ...\n\nIt said Britain was expected to offer ...
        France ... were also submitting proposals."): a sentence of it up to the event's is a report whose
        subject is a personal pronoun, the same source speaking on."""
        for between in range(self.sentence_of(paragraph_start), sentence_index + 1):
            root = self._root(between)
            if root is not None and is_reporting(root) and any(
                    c.dep_ == "nsubj" and c.tag_ == "PRP" for c in root.children):
                return True
        return False

    def _past_report_period(self, index: int) -> Optional[_Found]:
        """The own time of the report sentence ``index`` is, when a week or month over before the
        reference date: what it goes on to report happened by then, at that precision (as a reported
        past clause in the report's own sentence, ``_report_time``)."""
        report = self._sentence_date(index, for_report=True)
        root = self._root(index)
        if report is None or root is None or not is_reporting(root) or not self._report_time(report, True) \
                or report.resolved.precision == DatePrecision.DAY.value:
            return None
        return report

    def _news_week_day(self, found: _Found) -> bool:
        """A day-precise date, not a paragraph opener, at most ``RUNNING_DAYS`` before the reference date."""
        if found.dateline or found.resolved.precision != DatePrecision.DAY.value or self.published is None:
            return False
        return 0 <= (self.published - found.resolved.date).days <= RUNNING_DAYS

    def _moves_on(self, index: int) -> bool:
        """A sentence that takes the story to now or ahead: its main verb in the present frame or in the
        future, outside quotation marks (``_quoted``: a quote's tense is the speaker's)."""
        root = self._root(index)
        return root is None or self._present_frame(index) or (future_tense(root, own_clause=True)
                                                               and not self._quoted(root))

    def choose(self, event: Event, said: bool = False, verbal: bool = False) -> DateChoice:
        """``said``: the event's code names what is said, not done (an intent, a threat: "Reagan said
        last week the U.S. would impose tariffs" is a threat made last week); ``verbal``: its code is an act
        of speech (an appeal, an accusation: ``verbal`` codes of code_rules.tsv), which its speaker makes
        where he speaks (``_speaker_occasion``)."""
        anchor = anchor_token(self.parsed, event.span, event.trigger_span)
        found: Optional[_Found] = None
        planned = False
        self._trigger = self._trigger_tokens(event)
        if anchor is not None and said:
            spoken = self._time_of_saying(event, anchor)
            if spoken is not None:
                return spoken
        if anchor is not None:
            planned = future_tense(clause_verb(anchor), own_clause=True) or scheduled(anchor, event.trigger_span)
            sequenced = None if planned else self._sequenced(event, anchor)
            if sequenced is not None:
                return sequenced
            found = self._when_clause(anchor) or self._in_sentence(event.span, anchor) \
                or self._of_described_happening(event.span, anchor)
            complement = commitment_complement(anchor)
            if found is not None and complement is not None:
                committed = self._after_commitment(event, found, complement)
                if committed is not None:
                    return committed
            if found is None and self.unplaced and self._own_time_unplaced(event.span, anchor):
                return DateChoice(None, None, None, planned)
            if found is None and not planned:
                found = self._from_context(event.sentence_index, anchor.idx, anchor)
            earlier = _told_earlier(anchor)  # "recently expressed concern": no other happening's day
            if found is None and not planned and not earlier:
                found = self._coreferent(anchor)
            if found is None and not planned and not earlier:
                found = self._speaker_occasion(anchor, verbal) or self._perfect_dated_next(anchor)
            if found is None and not planned:
                report = self._report_date(event.span, anchor)
                if report is not None:
                    # "Y seized Z, a spokesman said Saturday": it happened by Saturday, day unknown; a
                    # report of last October's dates its reported event in that month
                    precision = DatePrecision.PUBLICATION.value if report.precision == DatePrecision.DAY.value \
                        else report.precision
                    return DateChoice(report.date, precision, None)
        if found is not None:
            resolved = found.resolved
            if anchor is not None and found.sentence == self.sentence_of(anchor.idx):
                resolved = self._tensed(found, anchor, planned) or resolved
            # a plan whose date has passed is no longer ahead ("had planned talks for March 3, 2019")
            planned = planned and resolved.period_end >= (self.published or resolved.date)
            return DateChoice(resolved.date, resolved.precision, found.mention.text,
                              planned or self._dated_ahead(resolved, found, anchor))
        if self.published is not None:
            news_day = self._news_day() if anchor is not None and not planned and self._done_then(anchor) \
                and not _told_earlier(anchor) else None
            return DateChoice(news_day or self.published, DatePrecision.PUBLICATION.value, None, planned)
        return DateChoice(None, None, None, planned)

    def _dated_ahead(self, resolved: ResolvedDate, found: _Found, anchor: Any) -> bool:
        """An event whose own date begins ``AHEAD_DAYS`` or more after the reference date is a plan, whatever
        its clause's mood ("Reagan travels to West Berlin on June 12", "the talks on March 31"), unless the
        text asserts it happened (its own clause in the past or perfect: the date, not the text, is then wrong).
        A dateline's date is the day of writing, never ahead."""
        if self.published is None or found.dateline or resolved.precision == DatePrecision.PUBLICATION.value:
            return False
        if (resolved.date - self.published).days < AHEAD_DAYS:
            return False
        if anchor is None:
            return True
        # only the event's own clause asserts it (a noun its clause's subject or object: "the talks were held
        # on March 31"); a noun in an adjunct of a past clause is not said to have happened ("drew up a plan
        # in time for Nakasone's visit to Washington starting April 29")
        verb = clause_verb(anchor)
        return verb.pos_ not in ("VERB", "AUX") or not past_tense(verb)

    def _news_day(self) -> Optional[dt.date]:
        """The day the story reports, when it is not the reference date: a story with no dated dateline
        (a web page, a newspaper) whose lead (its first ``LEAD_PARAGRAPHS`` paragraphs, ``LEAD_SENTENCES``
        sentences at most) gives its report a day of the news week, the day before the reference date
        (``NEWS_DAY_LAG``), and names no other day of the week ("..., the minister said on Tuesday" on
        Wednesday's page; "X said yesterday"): its undated reports ("Grisham said", "the Interior Ministry said in a statement")
        were made that day, not on the day the page came out.  A wire dateline's date is the day of
        writing, so a story with one has no other news day; a lead naming the reference day itself, or
        two days, has none."""
        if self._lead_day is None:
            self._lead_day = (self._lead_news_day(),)
        return self._lead_day[0]

    def _lead_news_day(self) -> Optional[dt.date]:
        if self.published is None or self._dated_dateline():
            return None
        ends = [len(self.doc.text)]
        if len(self.paragraph_starts) > LEAD_PARAGRAPHS:
            ends.append(self.paragraph_starts[LEAD_PARAGRAPHS])
        units = self._lead_units()
        if len(units) > LEAD_SENTENCES:
            ends.append(units[LEAD_SENTENCES])  # a text without paragraph breaks
        lead_end = min(ends)
        lead = [f for f in self.found
                if f.mention.start < lead_end and not f.dateline and f.resolved.precision == DatePrecision.DAY.value
                and 0 <= (self.published - f.resolved.date).days <= RUNNING_DAYS]
        # a date of a thing the lead mentions ("criticism on Tuesday over the move announced on Monday",
        # "Today's hearing") tells no day of the story's news
        days = {f.resolved.date for f in lead if not _of_mentioned_thing(f.root)}
        if len(days) != 1:
            return None  # "..., Times of Zambia reported on Thursday" ... "Gould said here on Wednesday"
        day = days.pop()
        if (self.published - day).days != NEWS_DAY_LAG \
                or not any(self._main_report_time(f) or self._main_act_time(f) or self._main_clause_occasion(f)
                           for f in lead):
            return None
        return day

    def _lead_units(self) -> list[int]:
        """The start offsets of the sentences a reader counts in a lead: a quotation the parser split
        into sentences ("A great day for Republicans ...! In the end, we will win ...," Trump tweeted
        ... on Tuesday) is one of them, so a sentence that opens inside a quotation left open by the
        sentences before it starts none."""
        units: list[int] = []
        for sent in self.doc.sentences:
            if not units or _quote_balance(self.doc.text[units[-1]:sent.start]) <= 0:
                if len(units) == LEAD_SENTENCES + 1:
                    break
                units.append(sent.start)
        return units

    @staticmethod
    def _main_act_time(found: _Found) -> bool:
        """The date is the time of the act the lead sentence's main clause tells, in the simple past
        ("The United States faced stiff criticism on Tuesday over ...", "Volker and Morrison testified
        before the committee Tuesday"): the story's news happened that day, and so were its undated
        reactions and testimony made.  A date before the main verb of an inverted report ("pleaded
        guilty Thursday, the attorney announced") hangs on the reported clause, not on the root."""
        verb = main_clause_time(found.root)
        # a report's own time is ``_main_report_time``'s to judge (the inverted report above)
        return verb is not None and not is_reporting(verb) and past_tense(verb) and not present_frame(verb)

    @staticmethod
    def _main_clause_occasion(found: _Found) -> bool:
        """The date is the time of a "when/as/after" clause on the lead sentence's main verb in the
        simple past ("In the end, we will win," Trump tweeted [soon after the committee concluded its
        hearings on Tuesday]): the main act followed that occasion right away, so the story's reports
        are of that day.  The date hangs on the clause's verb through prepositions and nouns (the
        happening the clause tells: "concluded its hearings on Tuesday")."""
        node = found.root
        for _ in range(4):
            if node.head.i == node.i:
                return False
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                break
            if node.pos_ not in ("ADP", "NOUN", "PROPN"):
                return False
        else:
            return False
        main = node.head
        # the main verb: the root, or a report the parser hung on a quotation's verb ("we will win," Trump tweeted)
        main_clause = main.dep_ == "ROOT" or (is_reporting(main) and main.head.dep_ == "ROOT")
        # a report after a quotation is often tagged a participle ("... ," Trump tweeted): a bare one is its past
        done = past_tense(main) or (is_reporting(main) and main.tag_ in ("VBD", "VBN") and not _has_auxiliary(main))
        return node.dep_ == "advcl" and main_clause and done and past_tense(node) and not present_frame(main) \
            and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS for c in node.children)

    @staticmethod
    def _main_report_time(found: _Found) -> bool:
        """The date is the time of the report the sentence is ("..., the minister said on Tuesday",
        "Vindman testified Tuesday", "X said yesterday [that ...]"): a reporting verb at the sentence's
        root.  A date of what is reported ("Officials said the rebels attacked the town on Tuesday") is
        the happening's day, and a report inside another clause ("since the minister announced ...
        yesterday") is background: neither is the day the story's reports were made."""
        verb = found.report if found.report is not None else reporting_verb_of(found.root)
        if verb is None or verb.dep_ != "ROOT" or not past_tense(verb) or found.root.i < verb.i:
            # a date before an inverted report is the reported clause's ("pleaded guilty Thursday, the
            # attorney announced"), whatever the parser hung it on
            return False
        return found.report is not None or time_of_report(found.root, verb)

    def _dated_dateline(self) -> bool:
        line = _dateline(self.doc.text)
        return line is not None and bool(line.date_text)

    def _done_then(self, anchor: Any) -> bool:
        """A clause in the simple past outside a present frame ("Grisham said", "was arrested"), the
        tense of something done on the story's day; a present perfect ("has claimed victory") is
        news of the time of writing."""
        return past_tense(anchor) and not present_frame(clause_verb(anchor)) \
            and not self._present_frame(self.sentence_of(anchor.idx))

    def _time_of_saying(self, event: Event, anchor: Any) -> Optional[DateChoice]:
        """The date of the reporting verb whose complement holds a said-not-done event: its own date in
        the sentence, at its precision; None when it has none (the event is then dated as any other)."""
        verb = reporting_verb_of(anchor)
        if verb is None or verb.i == anchor.i:
            return None
        found = self._in_sentence(event.span, verb)
        if found is None or found.sentence != self.sentence_of(verb.idx):
            return None
        return DateChoice(found.resolved.date, found.resolved.precision, found.mention.text)

    def _after_commitment(self, event: Event, found: _Found, complement: Any) -> Optional[DateChoice]:
        """The date of an act committed to ("agreed on Tuesday to hold talks on Friday"): its own date
        (under the infinitive, not the commitment's) read forwards from the commitment's day, else
        from the reference date; a plan while it lies ahead of the reference date.  None when the
        date is not the complement's own."""
        if self.published is None or not _dominates(complement, found.root) \
                or found.sentence != self.sentence_of(complement.idx):
            return None
        own = self._in_sentence(event.span, complement.head)
        base = own.resolved.date if own is not None and own.resolved.precision == DatePrecision.DAY.value \
            else self.published
        forward = resolve_expression(found.mention.text, base, anchor=self._anchor_before(found), future=True)
        if forward is None:
            return None
        if own is None and self._nearer_behind(found, forward, complement):
            forward = found.resolved  # "prosecutors decided to reopen the investigation in May" (November)
        return DateChoice(forward.date, forward.precision, found.mention.text, forward.period_end >= self.published)

    def _sequenced(self, event: Event, anchor: Any) -> Optional[DateChoice]:
        """An event measured from another ("His remarks came a day after Abbas said ..."): the other's
        date (its own in the sentence, else the context's, else the reference date) moved by the
        stretch named, at the other's precision.  None when the clause has a date of its own ("a day
        after the vote on Monday"): that date is the event's."""
        sequence = sequence_offset(anchor)
        if sequence is None:
            return None
        clause, head, n, unit, sign = sequence
        if any(event.span[0] <= f.mention.start < event.span[1] and _dominates(clause, f.root) for f in self.found):
            return None
        found = self._in_sentence(event.span, head) or self._from_context(event.sentence_index, head.idx, head)
        if found is not None:
            base = found.resolved
        elif self.published is not None:
            base = ResolvedDate(self.published, DatePrecision.PUBLICATION.value)
        else:
            return None
        if base.precision not in (DatePrecision.DAY.value, DatePrecision.PUBLICATION.value):
            return None  # "a day after ... last month": no day to count from
        moved = resolve_expression(f"{n} {unit}s {'earlier' if sign > 0 else 'later'}", None, anchor=base.date)
        if moved is None:
            return None
        precision = base.precision if moved.precision == DatePrecision.DAY.value else moved.precision
        return DateChoice(moved.date, precision, found.mention.text if found is not None else None)

    def _of_described_happening(self, span: tuple[int, int], anchor: Any) -> Optional[_Found]:
        """The own date of the happening noun a relative clause holding the event describes ("the
        bombing in March that killed 20 people", "the 2010 raid in which nine were killed"): the
        clause tells what happened in it, so then.  Only a past clause, and only a date of the noun
        itself (a modifier or a phrase under it, not inside the clause)."""
        relative = _relative_clause(anchor)
        if relative is None or not past_tense(anchor) or family_of(relative.head) is None:
            return None
        noun = relative.head
        own = [f for f in self.found
               if span[0] <= f.mention.start < span[1] and f.root.i != noun.i and _dominates(noun, f.root)
               and not _dominates(relative, f.root) and tree_distance(f.root, noun) <= 2
               and self._eligible(f, noun)]
        return min(own, key=lambda f: tree_distance(f.root, noun)) if own else None

    def _trigger_tokens(self, event: Event) -> set[int]:
        if event.trigger_span is None:
            return set()
        span = self.parsed.char_span(event.trigger_span[0], event.trigger_span[1], alignment_mode="expand")
        return {t.i for t in span} if span is not None else set()

    def _coreferent(self, anchor: Any) -> Optional[_Found]:
        """The date of the happening the event names again ("Two soldiers were killed in a clash" ...
        "killed in the shootout on Monday night"): a dated mention of the same happening family over
        by the reference date (``_day_by_reference``).  Only a past event takes it, in a sentence whose main verb is
        not in the present frame: a present perfect ("have been killed since 1984") or a future one
        is about another time."""
        if not past_tense(anchor) or _running_total(anchor):
            return None  # "in all, 51 persons have been arrested so far in the case": not Saturday's arrest
        # a definite happening noun ("Trump's call with Zelenskiy", "the attack") names its happening
        # whatever the tense around it ("The Democrats are alleging that Trump's call ... was irregular")
        named = anchor.pos_ == "NOUN" and definite(anchor)
        if noun_only(anchor) and not named:
            return None  # "a confidential Obama phone call": another call than the July 25 one
        perfect = not named and (present_frame(clause_verb(anchor)) or self._present_frame(self.sentence_of(anchor.idx)))
        if perfect and not self._recent_perfect(anchor):
            return None  # "Many policemen have been forced to move after their homes were attacked"
        usable = [m for m in self.mentions if self._day_by_reference(m)]
        families = families_of([anchor, *(self.parsed[i] for i in self._trigger)])
        mention = referent(usable, families, anchor)
        if mention is None or (perfect and not self._news_week_day(mention.found)):
            return None
        return mention.found

    def _speaker_occasion(self, anchor: Any, verbal: bool = False) -> Optional[_Found]:
        """The day of the occasion a named speaker's undated report was made at, told in another sentence:
        the very next sentence, when it gives that speaker's words an occasion ("... , central bank
        president Emanuel said. ¶ \"...,\" he added in a news conference last night"), else the latest
        earlier sentence that dated the speaker's speech ("The statement followed similar comments by Wang
        Fengchao ... during a visit to Hong Kong on April 4." ... "Wang said these \"back-flow
        immigrants\" would enjoy ..."; "He told an economic planning seminar ... yesterday" after "...,
        Damas Mbogoro said").  The report is in the simple past (its reporting verb's subject is the name,
        last word of it, or a pronoun continuing the name of the sentence before, or the shared subject of
        a conjoined verb: "Osman described the terms as attractive and said ..."), or is what it reports.
        The other sentence must name the speaker (or a pronoun continuing it) as the subject of a reporting
        verb or the author of a speech noun (``speech`` rows: "comments by X", "X's remarks") and give
        exactly one day, not after the reference date.  ``verbal``: the event is an act of speech told by its
        own verb ("karat appealed to the state governments ..." after "participating in a meet-the-press
        programme ... on thursday, karat said ..."), which its speaker makes where he speaks, as a report."""
        verb = anchor if is_reporting(anchor) else reporting_verb_of(anchor)
        if verb is None and verbal and anchor.pos_ == "VERB":
            verb = anchor
        if verb is None or not past_tense(verb) or present_frame(verb) \
                or self._present_frame(self.sentence_of(verb.idx)):
            return None
        node = anchor
        while node.i != verb.i and node.head.i != node.i:
            if node.dep_ in ("nsubj", "nsubjpass", "relcl", "acl"):
                return None  # "Synar, [who asked for the GAO report ...], said": not what he reports
            node = node.head
        here = self.sentence_of(verb.idx)
        if any(f.sentence == here and _speaks_then(verb, f) for f in self.found):
            return None  # "Funaro said on Friday that ...": the report's own time, not another occasion's
        speaker = self._speaker_of(verb, here)
        if speaker is None:
            return None
        for index in (here + 1, *range(here - 1, -1, -1)):
            day = self._one_past_day(index)
            if day is not None and self._speaks_in(index, speaker.lower_, day):
                return day
        return None

    def _perfect_dated_next(self, anchor: Any) -> Optional[_Found]:
        """The day the next sentence gives an act its own sentence tells in the present perfect, done by the same
        named actor ("Bank of Zambia general manager Michael Mwape has accused the International Monetary Fund of
        ignoring social conditions ... ¶ Mwape said in a speech to businessmen in ... Livingstone yesterday that
        ..."; "Prime Minister Bob Hawke has decided against an early election ... ¶ They said Hawke made the
        decision after meeting senior advisers ... last night"): wire copy leads with its news in the present
        perfect, which English puts no past day on, and tells the day right after.  The event's own verb is the
        present perfect, with a named subject and no span on it ("have been killed since 1984", "so far"); the
        next sentence gives exactly one day, of the news week (``_one_past_day``, ``_news_week_day``), under a
        verb whose subject is the same name (its last word) or "he"/"she" (``_SAME_ACTOR_PRONOUNS``)."""
        verb = clause_verb(anchor)
        if not _present_perfect(verb) or _running_total(anchor) \
                or any(c.dep_ == "prep" and c.lower_ in _SPAN_PREPOSITIONS for c in verb.children):
            return None
        # the subject nearest the verb: the parser may make a dateline's town a subject too ("LUSAKA, April 2 - ...")
        subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "PROPN" or not subject.ent_type_:
            return None  # a name, not a capitalised noun ("Talks between the United States and Japan have failed")
        here = self.sentence_of(verb.idx)
        day = self._one_past_day(here + 1)
        if day is None or not self._news_week_day(day):
            return None
        doer = self._doer_at(day.root)
        if doer is None:
            return None
        same = doer.lower_ == subject.lower_ or (doer.lower_ in _SAME_ACTOR_PRONOUNS and subject.ent_type_ == "PERSON")
        return day if same else None

    @staticmethod
    def _doer_at(date_root: Any) -> Optional[Any]:
        """The subject of the clause a date is the time of: the first verb above it with a subject, through
        untensed verbs ("made the decision after meeting senior advisers ... last night"); None at an
        infinitive ("to issue a proclamation on Friday" names a later act, not the clause's time)."""
        for node in date_root.ancestors:
            if node.pos_ not in ("VERB", "AUX"):
                continue
            doer = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if doer is not None:
                return doer
            if any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
                return None
        return None

    def _speaker_of(self, verb: Any, here: int) -> Optional[Any]:
        """The name that speaks by the reporting verb of sentence ``here``: its subject (a conjoined
        verb's shared one), or the name a pronoun subject continues from the sentence before; None
        when no name speaks."""
        while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "Osman described the new terms as very attractive and said ..."
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.tag_ == "PRP" and here > 0:
            speaker = self._named_speaker(here - 1, verb)  # "..., Wang said. The limit would be set ..., he said."
        return speaker if speaker is not None and speaker.pos_ == "PROPN" else None

    def _one_past_day(self, index: int) -> Optional[_Found]:
        """The one date of sentence ``index`` (datelines aside) when it is a day not after the reference date."""
        if not 0 <= index < len(self.doc.sentences):
            return None
        days = [f for f in self.found if f.sentence == index and not f.dateline]
        if len(days) != 1 or days[0].resolved.precision != DatePrecision.DAY.value \
                or (self.published is not None and days[0].resolved.date > self.published):
            return None
        return days[0]

    def _speaks_in(self, index: int, name: str, day: _Found) -> bool:
        """Whether sentence ``index`` has the speaker ``name`` (lower case: wire copy is not always
        capitalised) speak at ``day`` (``_speaks``): by that name, or by a pronoun subject of a reporting verb continuing that name from the sentence before
        ("... Damas Mbogoro said. ¶ He told an economic planning seminar ... yesterday")."""
        sent = self.doc.sentences[index]
        span = self.parsed.char_span(sent.start, sent.end, alignment_mode="expand")
        for token in span or ():
            if token.lower_ == name and _speaks(token, day):
                return True
            if token.tag_ == "PRP" and token.dep_ == "nsubj" and is_reporting(token.head) and index > 0 \
                    and _speaks(token, day):
                before = self._named_speaker(index - 1, token.head, same_paragraph=False)
                if before is not None and before.lower_ == name:
                    return True
        return False

    def _other_speaker_at(self, index: int, anchor: Any) -> bool:
        """``_other_speaker`` for the report of sentence ``index``, its pronoun subject read as the name
        of the sentence before it speaks on."""
        root = self._root(index)
        pronoun = root is not None and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in root.children)
        continued = self._named_speaker(index - 1, root, same_paragraph=False) if pronoun and index > 0 else None
        return _other_speaker(root, anchor, continued)

    def _named_speaker(self, index: int, verb: Any, same_paragraph: bool = True) -> Optional[Any]:
        """The name that speaks in sentence ``index`` (the subject of its reporting verb), which a "he
        said" after it continues; None when there is none or several.  ``same_paragraph``: only in the
        paragraph of ``verb`` (a wire story's one-sentence paragraphs carry a speaker on: not required
        where the pronoun's own sentence is dated as the speaker's)."""
        sent = self.doc.sentences[index]
        if same_paragraph and self.paragraph_of(sent.start) != self.paragraph_of(verb.idx):
            return None
        span = self.parsed.char_span(sent.start, sent.end, alignment_mode="expand")
        names = [t for t in span or () if t.dep_ == "nsubj" and t.pos_ == "PROPN" and is_reporting(t.head)]
        return names[-1] if len(names) == 1 else None

    def _recent_perfect(self, anchor: Any) -> bool:
        """A present perfect that tells the news ("Nigeria and France have signed a bilateral agreement
        ..., government sources said" ... "The accord was signed here yesterday"): the event's own verb,
        a word of a happening family, in the present perfect, no span of time on it ("have been killed
        since 1984"), no present or progressive main clause around it.  Such an event takes the day of the
        same happening named again only when that day is of the news week (``_coreferent``)."""
        verb = clause_verb(anchor)
        if not _present_perfect(verb):
            return False
        if family_of(verb) is None:
            return False  # "The PKK has intensified ... attacks over the past few months": a trend, not the attack
        if any(c.dep_ == "prep" and c.lower_ in _SPAN_PREPOSITIONS for c in verb.children):
            return False
        root = self._root(self.sentence_of(anchor.idx))
        return root is None or root.i == verb.i or not present_frame(root)

    def _day_by_reference(self, mention: Mention) -> bool:
        """A mention that dates a happening by the reference date: a day not ahead of it, or a month,
        week or year wholly over before it ("the raid in May 2010", "the 2010 commando raid": the
        happening is past, so "An Israeli raid on the ship left nine dead" is of May 2010, at the
        mention's precision; "this month's vote" may be still ahead; a month or year only in a past
        clause or as the noun's own modifier), and not in a future or scheduled clause ("Parliament
        will vote on Friday" names no past vote)."""
        resolved = mention.found.resolved
        if self.published is not None and (resolved.date > self.published or (
                resolved.precision != DatePrecision.DAY.value and resolved.period_end >= self.published)):
            return False
        if resolved.precision not in (DatePrecision.DAY.value, DatePrecision.WEEK.value, DatePrecision.MONTH.value,
                                      DatePrecision.YEAR.value):
            return False
        clause = clause_verb(mention.token)
        if resolved.precision != DatePrecision.DAY.value and not (
                (past_tense(clause) or self._own_modifier(mention)) and _told_past(mention.found.mention.text)):
            return False  # "discussions would be held in June": a month read backwards names no past happening
        return not (future_tense(clause, own_clause=True) or scheduled(mention.token))

    @staticmethod
    def _own_modifier(mention: Mention) -> bool:
        """The date modifies the happening noun itself ("the 2010 commando raid", "last month's vote")."""
        root = mention.found.root
        return root.dep_ in _MODIFIER_DEPS and root.head.i == mention.token.i

    def _report_date(self, span: tuple[int, int], anchor: Any) -> Optional[ResolvedDate]:
        """The time of the report of the event in its own sentence ("..., police said Saturday"), when
        it is a day on or before the reference date, or, for a past event, a week or month over before
        it ("Jane's Defence Weekly said last October the Saudi government had approached ..."): the
        event happened by then."""
        paragraph = self.paragraph_of(anchor.idx)
        past = past_tense(anchor)
        reports = [f for f in self.found
                   if span[0] <= f.mention.start < span[1] and f.paragraph == paragraph and self._report_time(f, past)
                   and (reporting_clause_of(f.root, anchor) and self._on_report(f)
                        or f.report is not None and f.report.i != anchor.i and _dominates(f.report, anchor))]
        if not reports:
            return None
        return min(reports, key=lambda f: (tree_distance(f.root, anchor), f.mention.start)).resolved

    def _report_time(self, found: _Found, past: bool) -> bool:
        """A report's time that bounds its reported event: a day not ahead of the reference date; for a
        reported clause in the past ("had approached", not "would impose"), a past week or month."""
        resolved = found.resolved
        if resolved.precision == DatePrecision.DAY.value:
            return self.published is None or resolved.date <= self.published
        return past and resolved.precision in (DatePrecision.WEEK.value, DatePrecision.MONTH.value) \
            and self.published is not None and resolved.period_end < self.published

    @staticmethod
    def _on_report(found: _Found) -> bool:
        verb = reporting_verb_of(found.root)
        return verb is not None and time_of_report(found.root, verb)

    def _when_clause(self, anchor: Any) -> Optional[_Found]:
        """The date a "when" clause holding the event modifies ("Thursday, when 133 people were
        arrested" → Thursday): it names the clause's own time, nearer than any other."""
        clause = when_clause(anchor)
        if clause is None:
            return None
        for found in self.found:
            if found.mention.start <= clause.head.idx < found.mention.end:
                return found
        return self._dated_noun_before(clause)

    def _dated_noun_before(self, clause: Any) -> Optional[_Found]:
        """The day of a noun phrase the "when" clause follows ("Trump's July 25 call [when he asked
        Zelenskiy for ...]", "a July 10 meeting at the White House [when Sondland told ...]"): the
        clause tells what happened at that happening, whatever verb the parser hung it on.  Only a
        day, the noun's own modifier: a year or month names a period, not an occasion ("the 2010 law
        when he spoke").  Where the clause may as well tell when the verb it hangs on happened, it
        does: the noun is that verb's own argument ("praised the May 5 agreement when he spoke"), or
        the verb is past and done by the clause's subject ("He spoke about the May 5 accord when he
        visited Paris"); a past "when" clause cannot time a verb not in the past ("is likely to face
        questions about the July 25 call when he asked ...") and one with another subject tells
        the happening's ("testified about a July 10 meeting when Sondland told ...")."""
        host = clause.head
        if past_tense(host) and _subject_text(host) in (None, _subject_text(clause)):
            return None
        for found in self.found:
            noun = found.root.head
            if found.root.dep_ in _MODIFIER_DEPS and noun.pos_ == "NOUN" and noun.head.i != host.i \
                    and found.resolved.precision == DatePrecision.DAY.value and ends_right_before(noun, clause):
                return found
        return None

    def _tensed(self, found: _Found, anchor: Any, planned: bool = False) -> Optional[ResolvedDate]:
        """Re-read an expression forwards for a future clause or a plan ("planned a demonstration
        on Saturday"), or for a clause not in the past when the forward reading lies within
        ``NEAR_FUTURE_DAYS`` ("talks, starting on April 14, would cover ..." published April 11)."""
        if self.published is None or (past_tense(anchor) and not planned):
            return None
        if not planned and _on_past_verb(found.root, anchor):
            return None  # "..., the minister said on Tuesday, after years of debate over how to prevent it"
        if not planned and not future_tense(clause_verb(anchor), own_clause=True) and not _open_clause(anchor):
            return None  # "the terrorists arrested on tuesday", "police firing on wednesday": done, not ahead
        forward = resolve_expression(found.mention.text, self.published, anchor=self._anchor_before(found),
                                     future=True)
        if forward is None or forward == found.resolved or self._nearer_behind(found, forward, anchor):
            return None
        if planned or (forward.date - self.published).days <= NEAR_FUTURE_DAYS:
            return forward
        return None

    def _nearer_behind(self, found: _Found, forward: ResolvedDate, anchor: Any) -> bool:
        """A month named without its year under a governor in the past ("decided to reopen the
        investigation in May", "was due to be released in September") is the one nearer the reference
        date: its backward reading (``found``) when that is no more months behind than the forward one
        is ahead.  The plan or decision was made before the time of writing, so the month it names may
        be over; a bare month ahead is read forwards as before ("will meet in May")."""
        behind = found.resolved
        if self.published is None or not past_governor(anchor) or _told_past(found.mention.text) \
                or behind.precision != DatePrecision.MONTH.value or forward.precision != DatePrecision.MONTH.value:
            return False
        now = self.published.year * 12 + self.published.month
        back = now - (behind.date.year * 12 + behind.date.month)
        ahead = forward.date.year * 12 + forward.date.month - now
        return 0 <= back <= ahead

    def _anchor_before(self, found: _Found) -> Optional[dt.date]:
        before = [f.resolved.date for f in self.found if f.mention.start < found.mention.start]
        return before[-1] if before else None


class DateStep(Step):
    """Sets ``date``, ``date_precision``, ``date_text`` and the ``historical`` flag of each event."""

    name = "dates"
    sets = ("events.date", "events.date_precision", "events.date_text", "events.flags", "meta.published_rejected")

    def __init__(self, historical_days: int = HISTORICAL_DAYS) -> None:
        self.historical_days = historical_days
        # intent and threat codes already say the act lies ahead (code_rules.tsv)
        self._future_in_meaning = load_ontology().codes("future_in_meaning")
        # statements, appeals, accusations ...: acts of speech, made where their speaker speaks
        self._verbal = load_ontology().codes("verbal")

    def prepare(self) -> None:
        """dateparser's import and English set-up, done now rather than on the first record that
        needs it (the stage's other tables are compiled when its modules are imported)."""
        prepare_dateparser()

    def process(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        if doc.published is not None and plausible_publication(doc.published) is None:
            doc.meta["published_rejected"] = (f"publication date {doc.published.isoformat()} is outside the years "
                                              f"{PLAUSIBLE_YEARS[0]}-{PLAUSIBLE_YEARS[1]}: events are dated from "
                                              "the text and the dateline only")
        if doc.parsed is None:
            # nothing to read dates from: every event is dated by the reference date
            reference = reference_date(doc.text, doc.published)
            choices = [DateChoice(reference, DatePrecision.PUBLICATION.value if reference else None, None)
                       for _ in doc.events]
        else:
            # every date an event can take lies before the end of the sentence after its own (its own
            # sentence, earlier ones, datelines, and the next one, which may name the occasion of a
            # speaker's words: ``_speaker_occasion``), so resolving stops there
            last = max(event.span[1] for event in doc.events)
            dates = DocumentDates(doc, until=next((s.end for s in doc.sentences if s.start >= last), last))
            reference = dates.published
            choices = [dates.choose(event, said=event.cameo in self._future_in_meaning, verbal=event.cameo in self._verbal)
                       for event in doc.events]
        for event, choice in zip(doc.events, choices):
            event.date, event.date_precision, event.date_text = choice.date, choice.precision, choice.text
            if self.is_historical(choice, reference):
                event.add_flag("historical")
            if choice.planned and event.cameo not in self._future_in_meaning:
                # ahead of the story: not news of something that happened, so never asserted
                # (``hypothetical`` keeps it out of every asserted-only view and merge)
                event.add_flag("planned")
                event.add_flag("hypothetical")
        return doc

    def is_historical(self, choice: DateChoice, published: Optional[dt.date]) -> bool:
        if choice.date is None or published is None or choice.precision == DatePrecision.PUBLICATION.value:
            return False
        end = ResolvedDate(choice.date, choice.precision or DatePrecision.DAY.value).period_end
        return (published - end).days > self.historical_days
