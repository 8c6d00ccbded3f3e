"""The de-duplication rule on hand-built mentions (pure functions, no database)."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.store.merge import (
    MergeRule,
    MentionFacts,
    actor_side,
    block_key,
    cluster,
    compatible,
    date_interval,
    event_family,
    facts_of,
    interval_gap,
    merge_block,
    mood,
    noisy_or,
)

D = dt.date
RULE = MergeRule()


def mention(mid, date, precision="day", *, doc=None, published=None, country=None, city=None, cameo="195", conf=0.6,
            outlet="Wire"):
    return {"mention_id": mid, "doc_id": doc or f"doc-{mid}", "date": date, "date_precision": precision,
            "source_text": "Russian forces", "target_text": "Ukraine",
            "published": published, "location_country": country, "location_city": city, "cameo": cameo,
            "cameo_root": cameo[:2], "confidence": conf, "outlet": outlet, "block": "b"}


def groups(rows, rule=RULE):
    return sorted(sorted(ids) for _, ids in merge_block(rows, rule))


def test_two_wires_same_strike_on_consecutive_days_merge():
    rows = [mention("a", D(2024, 3, 1), published=D(2024, 3, 1), outlet="Reuters"),
            mention("b", D(2024, 3, 2), published=D(2024, 3, 2), outlet="AP")]
    (event, ids), = merge_block(rows, RULE)
    assert sorted(ids) == ["a", "b"]
    assert event["num_mentions"] == 2 and event["num_articles"] == 2 and event["num_sources"] == 2
    assert event["date"] == D(2024, 3, 1) and event["first_seen"] == D(2024, 3, 1)


def test_same_dyad_two_strikes_a_week_apart_do_not_merge():
    rows = [mention("a", D(2024, 3, 1)), mention("b", D(2024, 3, 8))]
    assert groups(rows) == [["a"], ["b"]]


def test_two_days_apart_exceed_the_day_window():
    assert groups([mention("a", D(2024, 3, 1)), mention("b", D(2024, 3, 3))]) == [["a"], ["b"]]
    assert groups([mention("a", D(2024, 3, 1)), mention("b", D(2024, 3, 3))], MergeRule(window_days=2)) == [["a", "b"]]


def test_window_widens_with_precision():
    # a month-precision report covers any day of that month; a year report any day of the year
    assert groups([mention("a", D(2024, 3, 20)), mention("m", D(2024, 3, 1), "month")]) == [["a", "m"]]
    assert groups([mention("a", D(2024, 4, 20)), mention("m", D(2024, 3, 1), "month")]) == [["a"], ["m"]]
    assert groups([mention("a", D(2024, 11, 5)), mention("y", D(2024, 1, 1), "year")]) == [["a", "y"]]
    # a publication-date fallback reaches back publication_lookback_days (+ the window)
    assert groups([mention("a", D(2024, 3, 1)), mention("p", D(2024, 3, 4), "publication")]) == [["a", "p"]]
    assert groups([mention("a", D(2024, 3, 1)), mention("p", D(2024, 3, 6), "publication")]) == [["a"], ["p"]]


def test_missing_date_falls_back_to_publication():
    rows = [mention("a", D(2024, 3, 1)), mention("p", None, None, published=D(2024, 3, 3))]
    assert groups(rows) == [["a", "p"]]


def test_mentions_without_any_date_merge_only_within_their_article():
    # an article dated nowhere (no publication date, no date in the text): its sentences share its
    # unknown time of writing, so the same dyad there is one happening; across articles, or with a
    # dated sentence, nothing tells when, and nothing merges
    rows = [mention("a", None, None, doc="x"), mention("b", None, None, doc="x"), mention("c", None, None, doc="y"),
            mention("d", D(2024, 3, 1), doc="x")]
    assert groups(rows) == [["a", "b"], ["c"], ["d"]]


def test_imprecise_dates_across_articles_need_the_same_named_actors():
    def named(mid, doc, source, precision="year"):
        return {**mention(mid, D(2001, 1, 1), precision, doc=doc), "source_text": source, "source_name": None}

    assert groups([named("a", "x", "Mr Brown"), named("b", "y", "Brown")]) == [["a", "b"]]
    assert groups([named("a", "x", "Mr Brown"), named("b", "y", "Mr Blunkett")]) == [["a"], ["b"]]
    # different named speakers are different happenings, in one article as across articles (issue 21)
    assert groups([named("a", "x", "Mr Brown"), named("b", "x", "Mr Blunkett")]) == [["a"], ["b"]]
    day = [named("a", "x", "Mr Brown", "day"), named("b", "y", "Mr Blunkett", "day")]
    assert groups(day) == [["a"], ["b"]]
    day = [named("a", "x", "Mr Brown", "day"), named("b", "y", "Gordon Brown", "day")]
    assert groups(day) == [["a", "b"]]  # one name within the other: "Wang" / "Wang Liqun"


def test_across_articles_one_side_must_be_the_same_actor_by_name():
    def said(mid, doc, source, target=None):
        return {**mention(mid, D(1987, 3, 2), doc=doc, cameo="010"), "source_text": source, "target_text": target}

    # two US companies "said" something the same day: same USA dyad, different actors
    assert groups([said("a", "x", "Xerox"), said("b", "y", "Delta Air Lines Inc")]) == [["a"], ["b"]]
    assert groups([said("a", "x", "Apple"), said("b", "y", "Apple")]) == [["a", "b"]]
    assert groups([said("a", "x", "Russian troops", "Ukraine"), said("b", "y", "Russia's army", "Ukraine")]) == [["a", "b"]]
    assert groups([said("a", "x", "Xerox"), said("b", "x", "Delta Air Lines Inc")]) == [["a"], ["b"]]  # one article too
    # a pronoun resolved by coreference names nobody in particular across articles
    assert groups([said("a", "x", "it"), said("b", "y", "it")]) == [["a"], ["b"]]


def test_conflicting_locations_do_not_merge():
    rows = [mention("a", D(2024, 3, 1), country="UKR", city="Kharkiv"),
            mention("b", D(2024, 3, 1), country="UKR", city="Odesa"),
            mention("c", D(2024, 3, 1), country="SYR"),
            mention("d", D(2024, 3, 1))]  # no location: compatible with the anchor
    assert groups(rows) == [["a", "d"], ["b"], ["c"]]


def test_no_chaining_of_daily_strikes():
    rows = [mention(f"m{i}", D(2024, 3, 1) + dt.timedelta(days=i)) for i in range(6)]
    result = groups(rows)
    assert len(result) == 3  # pairs of consecutive days, not one six-day event
    for ids in result:
        assert len(ids) <= 2


def test_event_code_is_the_most_frequent_and_conflicts_stay_on_mentions():
    # 190 and 195 are compatible codes (merge_code_groups.tsv): one strike when actors, day and words agree
    said = "Russian forces shelled Kharkiv overnight."
    rows = [{**mention("a", D(2024, 3, 1), cameo="190"), "sentence": said},
            {**mention("b", D(2024, 3, 1), cameo="195"), "sentence": said},
            {**mention("c", D(2024, 3, 2), cameo="195"), "sentence": said}]
    (event, ids), = merge_block(rows, RULE)
    assert event["cameo"] == "195"  # two articles against one
    assert event["event_id"] == "a"  # the anchor: most precise, earliest, smallest id


def test_block_key_separates_families_moods_and_periods_not_dyads():
    assert actor_side("Russian forces", "RUS", "MIL") == "RUS:MIL"
    assert actor_side("Some Gunmen", None, None) == "?some gunmen"
    assert event_family("ASSAULT", "19") == "ASSAULT" and event_family(None, "19") == "cameo19"
    assert mood(["negated"]) == "negated" and mood(["hypothetical"]) == "hypothetical"
    assert mood(["disputed", "historical"]) == "asserted"
    keys = {block_key("ASSAULT", "asserted", "2024-03"), block_key("ASSAULT", "negated", "2024-03"),
            block_key("ASSAULT", "asserted", "2024-04"), block_key("COERCE", "asserted", "2024-03")}
    assert len(keys) == 4
    from annalyst.store.merge import block_of_row, period_of

    # the actors are not in the key: one report resolves an actor another leaves unresolved
    resolved = {"doc_id": "x", "source_text": "Wang Liqun", "source_country": "CHN", "source_sector": "GOV",
                "plover_event": "CONSULT", "date": D(2024, 3, 1), "date_precision": "day"}
    unresolved = {**resolved, "doc_id": "y", "source_text": "Wang", "source_country": None, "source_sector": None,
                  "date": D(2024, 3, 2), "date_precision": "publication"}
    assert block_of_row(resolved) == block_of_row(unresolved) == "CONSULT|asserted|2024-03"
    assert period_of(D(2024, 3, 31), "day") == period_of(D(2024, 3, 1), "month") == "2024-03"
    assert period_of(D(2024, 3, 1), "year") == "2024"
    assert period_of(None, None) == "-"


def test_intervals_and_gaps():
    assert date_interval(D(2024, 2, 10), "month", None, RULE) == (D(2024, 2, 1), D(2024, 2, 29))
    assert date_interval(None, None, None, RULE) is None
    assert interval_gap((D(2024, 1, 1), D(2024, 1, 5)), (D(2024, 1, 3), D(2024, 1, 9))) == 0
    assert interval_gap((D(2024, 1, 1), D(2024, 1, 1)), (D(2024, 1, 8), D(2024, 1, 8))) == 7


def test_confidence_grows_with_independent_articles_not_repeats():
    one = merge_block([mention("a", D(2024, 3, 1), conf=0.5)], RULE)[0][0]["confidence"]
    same_doc = merge_block([mention("a", D(2024, 3, 1), doc="x", conf=0.5),
                            mention("b", D(2024, 3, 1), doc="x", conf=0.5)], RULE)[0][0]["confidence"]
    two_docs = merge_block([mention("a", D(2024, 3, 1), conf=0.5), mention("b", D(2024, 3, 1), conf=0.5)],
                           RULE)[0][0]["confidence"]
    assert one == same_doc == 0.5 and two_docs == 0.75
    assert noisy_or([]) == 0.0


_precisions = st.sampled_from(["day", "day", "publication", "week", "month", "year", None])


@st.composite
def mention_sets(draw):
    n = draw(st.integers(min_value=1, max_value=25))
    rows = []
    for i in range(n):
        precision = draw(_precisions)
        date = None if precision is None else D(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 90)))
        row = mention(f"m{i:02d}", date, precision, doc=f"d{draw(st.integers(0, 5))}",
                      published=D(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 90))),
                      country=draw(st.sampled_from([None, None, "UKR", "RUS"])))
        row["source_text"] = draw(st.sampled_from(["Russian forces", "Russian forces", "Mr Brown", "it"]))
        # compatible codes of one group (merge_code_groups.tsv) as well as one code
        row["cameo"] = draw(st.sampled_from(["195", "195", "190", "193"]))
        # repeated sentences make copy units (a re-issue's sentence in several articles)
        row["sentence"] = draw(st.sampled_from([None, "Russian forces shelled Kharkiv overnight.",
                                                "Russian forces shelled Kharkiv overnight.", "Talks resumed in Geneva."]))
        rows.append(row)
    return rows


@settings(max_examples=60, deadline=None)
@given(mention_sets(), st.randoms(use_true_random=False))
def test_merge_is_order_independent_and_partitions(rows, rnd: random.Random):
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    first = merge_block(rows, RULE)
    second = merge_block(shuffled, RULE)
    assert sorted(sorted(ids) for _, ids in first) == sorted(sorted(ids) for _, ids in second)
    assert sorted(e["event_id"] for e, _ in first) == sorted(e["event_id"] for e, _ in second)
    all_ids = [m for _, ids in first for m in ids]
    assert sorted(all_ids) == sorted(r["mention_id"] for r in rows)  # each mention in exactly one event
    for event, ids in first:
        assert event["num_mentions"] == len(ids) and event["event_id"] == ids[0]


@settings(max_examples=40, deadline=None)
@given(mention_sets())
def test_every_member_links_to_another_and_no_two_members_are_vetoed(rows):
    from annalyst.store.merge import _copy_key, vetoed

    facts = [facts_of(r, RULE) for r in rows]
    for group in cluster(facts, RULE):
        anchor = group[0]
        for m in group[1:]:
            # each member links to another member, or is a copy of one
            assert any(compatible(o, m, RULE) or compatible(m, o, RULE) or (o.terms and _copy_key(o) == _copy_key(m))
                       for o in group if o is not m)
            assert anchor.interval and m.interval
            copy_in_anchor_article = any(o.doc_id == anchor.doc_id and o.terms and _copy_key(o) == _copy_key(m)
                                         for o in group)
            if anchor.doc_id != m.doc_id and not copy_in_anchor_article:
                # across articles the date window from the anchor holds (no chaining of daily strikes)
                assert interval_gap(anchor.interval, m.interval) <= RULE.window_days
        # complete link on counter-evidence: no veto between any two members that are not copies
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                assert not vetoed(a, b, RULE) or (a.terms and _copy_key(a) == _copy_key(b))


def test_facts_rank_precise_dates_first():
    day = facts_of(mention("a", D(2024, 3, 1)), RULE)
    pub = facts_of(mention("b", None, None, published=D(2024, 3, 1)), RULE)
    year = facts_of(mention("c", D(2024, 1, 1), "year"), RULE)
    undated = facts_of(mention("d", None, None), RULE)
    order = sorted([undated, year, pub, day], key=MentionFacts.sort_key)
    assert [f.mention_id for f in order] == ["a", "b", "c", "d"]


def test_undated_repeat_in_the_same_article_refers_back_to_the_dated_mention():
    rows = [mention("a", D(2022, 7, 13), doc="x"), mention("b", D(2022, 7, 18), "publication", doc="x"),
            mention("c", D(2022, 7, 18), "publication", doc="y")]  # another article: the window applies
    assert groups(rows) == [["a", "b"], ["c"]]
    assert groups(rows, MergeRule(same_document_fallback=False)) == [["a"], ["b", "c"]]


def test_adjacent_months_and_years_do_not_touch():
    assert groups([mention("a", D(2003, 1, 1), "year"), mention("b", D(2004, 1, 1), "year")]) == [["a"], ["b"]]
    assert groups([mention("a", D(2004, 5, 1), "month"), mention("b", D(2004, 6, 1), "month")]) == [["a"], ["b"]]
    assert groups([mention("a", D(2004, 5, 31)), mention("b", D(2004, 6, 1), "month")]) == [["a"], ["b"]]


def test_anonymous_unresolved_actors_are_keyed_per_article():
    from annalyst.store.merge import dyad_of_row, is_anonymous

    assert is_anonymous("it") and is_anonymous("It") and is_anonymous("the prime minister") and is_anonymous("people")
    assert not is_anonymous("Goldsmith") and not is_anonymous("BAA") and not is_anonymous("the Kremlin")
    row = {"source_text": "people", "source_country": None, "target_text": "Goldsmith", "target_country": None,
           "plover_event": "ACCUSE", "cameo_root": "11"}
    a, b = dyad_of_row({**row, "doc_id": "x"}), dyad_of_row({**row, "doc_id": "y"})
    assert a != b and a == ("?x:people", "?goldsmith")
    named = {**row, "source_text": "Blunkett"}
    assert dyad_of_row({**named, "doc_id": "x"}) == dyad_of_row({**named, "doc_id": "y"})
    # a determiner is spelling, not identity
    assert dyad_of_row({**row, "doc_id": "x", "source_text": "The people"})[0] == "?x:people"


def _cluster_by_trying_every_group(mentions, rule):
    """The rule as stated: each unit of copies joins the first group its first mention joins and no
    member vetoes any of its copies (complete link held for copies too), in creation order."""
    from annalyst.store.merge import _copy_vetoed, copy_units, joins

    groups = []
    for unit in copy_units(mentions):
        for group in groups:
            if joins(group, unit[0], rule) and not _copy_vetoed(group, unit, rule):
                group.extend(unit)
                break
        else:
            groups.append(list(unit))
    return groups


@settings(max_examples=80, deadline=None)
@given(mention_sets())
def test_indexed_cluster_equals_the_plain_sweep(rows):
    facts = [facts_of(r, RULE) for r in rows]
    fast = [[m.mention_id for m in g] for g in cluster(facts, RULE)]
    plain = [[m.mention_id for m in g] for g in _cluster_by_trying_every_group(facts, RULE)]
    assert fast == plain


def test_a_large_block_places_every_mention_once():
    # (its speed is bench/merge_growth.py's to measure, not a timed unit test's)
    rows = [mention(f"m{i:05d}", D(2020, 1, 1) + dt.timedelta(days=i % 700), doc=f"d{i % 900}") for i in range(6000)]
    result = merge_block(rows, RULE)
    placed = [m for _, ids in result for m in ids]
    assert sorted(placed) == sorted(r["mention_id"] for r in rows)


def test_across_articles_the_sentences_must_tell_the_same_story():
    from annalyst.store.merge import content_terms, text_overlap

    def report(mid, doc, sentence):
        return {**mention(mid, D(1987, 3, 2), doc=doc, cameo="010"), "source_text": "Calif.", "sentence": sentence}

    same = [report("a", "x", "Russian missiles struck a power plant in Kharkiv overnight, officials said."),
            report("b", "y", "A Russian missile strike hit the Kharkiv power plant, the governor said.")]
    assert groups(same) == [["a", "b"]]
    different = [report("a", "x", "Tandem Computers Inc said Telaction selected its NonStop computers."),
                 report("b", "y", "ILC Technology Inc said its vice president of finance was removed.")]
    assert groups(different) == [["a"], ["b"]]
    assert groups(different, MergeRule(min_text_overlap=0.0)) == [["a", "b"]]
    assert text_overlap(content_terms("the said of"), content_terms("Kharkiv")) is None
    # a shared wire dateline and date are no evidence of the same story
    assert content_terms("WILMINGTON, Del., March 2 - Columbia Gas System Inc formed a pipeline unit.") == \
        content_terms("Columbia Gas System Inc formed a pipeline unit.")
    dateline = [report("a", "x", "WILMINGTON, Del., March 2 - Columbia Gas System Inc formed a pipeline unit."),
                report("b", "y", "WILMINGTON, Del., March 2 - Mercantile Stores Co Inc had February sales of 113 mln dlrs.")]
    assert groups(dateline) == [["a"], ["b"]]


def _said(mid, doc, sentence_index, source, target, sentence, *, cameo="040", date=D(1987, 3, 2), trigger="meeting"):
    return {**mention(mid, date, doc=doc, cameo=cameo), "source_text": source, "target_text": target,
            "sentence": sentence, "sentence_index": sentence_index, "trigger": trigger, "plover_event": "CONSULT"}


def test_different_named_speakers_places_and_tolls_keep_one_article_apart():
    # issue 21: "..., said Zhang Kunmin" and "..., said Kuang Fei" are two happenings
    rows = [_said("a", "x", 3, "Zhang Kunmin", None, "Prices will rise, said Zhang Kunmin.", cameo="010", trigger="said"),
            _said("b", "x", 5, "Kuang Fei", None, "Prices will rise, said Kuang Fei.", cameo="010", trigger="said")]
    assert groups(rows) == [["a"], ["b"]]
    # two mine blasts in two provinces: 32 and 24 dead
    blast = "A gas blast at a coal mine in {} province killed {} miners, Xinhua said."
    rows = [{**mention("a", D(2005, 3, 1), doc="x", cameo="190"), "sentence_index": 1,
             "sentence": blast.format("Shanxi", 32)},
            {**mention("b", D(2005, 3, 1), doc="x", cameo="190"), "sentence_index": 4,
             "sentence": blast.format("Hunan", 24)}]
    assert groups(rows) == [["a"], ["b"]]
    from annalyst.store.merge import casualty_figures, load_features

    stems = load_features().casualty_stems
    assert casualty_figures(blast.format("Hunan", 24), stems) == frozenset({"24"})
    assert casualty_figures("Russian missiles hit 3 towns.", stems) == frozenset()
    # the same toll in a re-issue merges
    rows[1] = {**rows[1], "doc_id": "y", "sentence": blast.format("Shanxi", 32)}
    assert groups(rows) == [["a", "b"]]


def test_without_a_named_actor_identical_content_on_one_day_merges_and_case_does_not_matter():
    sentence = "{} agreed that the tariff on imported steel would be cut by half from April."
    rows = [{**mention("a", D(2005, 3, 1), doc="x", cameo="057"), "source_text": "Ministers", "target_text": None,
             "sentence": sentence.format("Ministers")},
            {**mention("b", D(2005, 3, 1), doc="y", cameo="057"), "source_text": "The ministers", "target_text": None,
             "sentence": sentence.format("The ministers")}]
    assert groups(rows) == [["a", "b"]]
    # "it" in two articles with half the words in common is not enough
    rows[1] = {**rows[1], "source_text": "it", "sentence": "It agreed that the tariff on cars would rise in May."}
    assert groups(rows) == [["a"], ["b"]]


def test_a_meets_b_and_b_hosts_a_are_one_event():
    rows = [_said("a", "x", 1, "Wang Liqun", "Nigel Lawson", "Wang Liqun met Nigel Lawson in London on Monday."),
            _said("b", "y", 2, "Lawson", "Wang", "Lawson hosted Wang in London on Monday for talks.", trigger="hosted")]
    rows[0].update(source_country="CHN", source_sector="GOV")  # resolved in one report only
    assert groups(rows) == [["a", "b"]]
    # not in a family where direction matters
    accuse = [{**r, "plover_event": "ACCUSE", "cameo": "112"} for r in rows]
    assert groups(accuse) == [["a"], ["b"]]


def test_conjoined_subjects_of_one_act_are_one_happening_and_two_objects_are_two():
    s = "Funaro and Gros are today meeting Lawson and Howe."
    rows = [_said("f", "x", 2, "Funaro", "Lawson", s), _said("g", "x", 2, "Gros", "Lawson", s),
            _said("h", "x", 2, "Funaro", "Howe", s),
            _said("c", "y", 2, "Gros", "Lawson", s)]  # a re-issue that kept only Gros
    assert groups(rows) == [["c", "f", "g"], ["h"]]
