"""Compatible codes (issue 21): one happening coded with two codes of one group of
merge_code_groups.tsv is one event when actors, day, place and wording confirm it; the event takes
the code most articles gave (ties: the more specific) and every mention keeps its own."""

from __future__ import annotations

import datetime as dt

from annalyst.store.merge import (
    MergeRule,
    _code_group_rows,
    best_supported,
    block_of_row,
    code_group,
    code_specificity,
    facts_of,
    load_features,
    merge_block,
    pair_features,
)

D = dt.date
RULE = MergeRule()
PLOVER = {"036": "AGREE", "030": "AGREE", "040": "CONSULT", "042": "CONSULT", "190": "ASSAULT", "182": "ASSAULT",
          "175": "ASSAULT", "173": "COERCE"}


def row(mid, cameo, sentence, *, source="Funaro", target="Lawson", date=D(1987, 3, 2), doc=None,
        source_country=None, target_country=None, city=None):
    return {"mention_id": mid, "doc_id": doc or f"doc-{mid}", "date": date, "date_precision": "day",
            "source_text": source, "target_text": target, "source_country": source_country,
            "target_country": target_country, "location_city": city, "cameo": cameo, "cameo_root": cameo[:2],
            "sentence": sentence, "confidence": 0.6, "outlet": "Wire", "published": date}


def groups(rows, rule=RULE):
    return sorted(sorted(ids) for _, ids in merge_block(rows, rule))


WILL_MEET = "Funaro will meet Chancellor Lawson in London to discuss Brazil's debt moratorium."
TALKS = "Funaro held talks with Chancellor Lawson in London on Brazil's debt moratorium."


def test_every_listed_code_is_a_code_of_the_table_and_groups_are_named():
    from annalyst.codes import all_codes

    codes = {c.code for c in all_codes()}
    rows = _code_group_rows()
    assert rows and all(any(code.startswith(prefix) for code in codes) for prefix, _ in rows)
    # a group is named by the event family its codes block in (a PLOVER event of the code table)
    assert {g for _, g in rows} <= {c.event for c in all_codes()}
    assert "CONSULT" in load_features().symmetric_families


def test_longest_prefix_decides_the_group_and_unlisted_codes_keep_their_family():
    assert code_group("036") == code_group("040") == code_group("043") == "CONSULT"
    assert code_group("190") == code_group("1831") == "ASSAULT"
    assert code_group("173") == code_group("175") == "COERCE"
    assert code_group("030") == code_group("010") == code_group("181") == code_group(None) == ""
    codes = ("036", "040", "042", "030", "190", "182", "175", "173")
    blocks = {c: block_of_row({**row("a", c, TALKS), "plover_event": PLOVER[c]}).split("|")[0] for c in codes}
    # 036 (AGREE) joins CONSULT, 175 (ASSAULT) joins COERCE; 182, outside the group, stays with 190
    assert blocks == {"036": "CONSULT", "040": "CONSULT", "042": "CONSULT", "030": "AGREE", "190": "ASSAULT",
                      "182": "ASSAULT", "175": "COERCE", "173": "COERCE"}


def test_a_meeting_coded_036_and_040_with_the_same_actors_and_day_is_one_event():
    rows = [row("a", "036", WILL_MEET), row("b", "040", TALKS)]
    assert groups(rows) == [["a", "b"]]


def test_the_host_side_of_the_same_meeting_merges_with_the_visit():
    # 042 make a visit (Funaro > Lawson) and 043 host a visit (Lawson > Funaro): one meeting
    host = "Chancellor Lawson hosted Funaro in London for talks on Brazil's debt moratorium."
    rows = [row("a", "042", TALKS), row("b", "043", host, source="Lawson", target="Funaro")]
    assert groups(rows) == [["a", "b"]]


def test_compatible_codes_stay_apart_when_a_side_is_another_entity():
    rows = [row("a", "036", WILL_MEET), row("b", "040", TALKS, target="Howe")]
    assert groups(rows) == [["a"], ["b"]]
    countries = [row("a", "190", "Troops clashed with rebels near the border on Monday.", source="Troops",
                     target="rebels", source_country="SDN", target_country="SDN"),
                 row("b", "193", "Troops clashed with rebels near the border on Monday.", source="Troops",
                     target="rebels", source_country="TCD", target_country="SDN")]
    assert groups(countries) == [["a"], ["b"]]


def test_compatible_codes_need_one_known_side_one_day_and_shared_words():
    unnamed = [row("a", "036", WILL_MEET, source="they", target=None), row("b", "040", TALKS, source="they", target=None)]
    assert groups(unnamed) == [["a"], ["b"]]  # neither side known in both: nothing confirms it
    one_unknown = [row("a", "036", WILL_MEET), row("b", "040", TALKS, target=None)]
    assert groups(one_unknown) == [["a", "b"]]
    next_day = [row("a", "036", WILL_MEET), row("b", "040", TALKS, date=D(1987, 3, 3))]
    assert groups(next_day) == [["a"], ["b"]]  # one code would merge across the day window; two codes not
    assert groups([row("a", "040", WILL_MEET), row("b", "040", TALKS, date=D(1987, 3, 3))]) == [["a", "b"]]
    other_words = [row("a", "036", WILL_MEET), row("b", "040", "Funaro and Lawson dined at Lancaster House.")]
    features = pair_features(facts_of(other_words[0], RULE), facts_of(other_words[1], RULE), RULE)
    assert "act_unconfirmed" in features
    assert groups(other_words) == [["a"], ["b"]]


def test_codes_of_two_groups_never_merge():
    rows = [row("a", "040", TALKS), row("b", "190", TALKS)]
    assert block_of_row(rows[0]) != block_of_row(rows[1])


def test_the_event_takes_the_code_most_articles_gave_ties_by_specificity():
    said = "Troops clashed with rebels near the border on Monday, the army said."
    three = [row("a", "190", said, source="Troops", target="rebels"),
             row("b", "193", said, source="Troops", target="rebels"),
             row("c", "193", said, source="Troops", target="rebels", doc="doc-b")]  # one article twice
    (event, ids), = merge_block(three, RULE)
    assert sorted(ids) == ["a", "b", "c"]
    assert event["cameo"] == "193"  # one article each: the more specific code
    assert code_specificity("193") > code_specificity("190") and code_specificity("1831") > code_specificity("183")
    more = three + [row("d", "190", said, source="Troops", target="rebels")]
    assert best_supported(more)["cameo"] == "190"  # two articles against one


def test_every_mention_keeps_its_code_and_the_event_lists_them(tmp_path):
    from store_records import make_doc

    from annalyst.store import Store
    from annalyst.store.export import flat_row

    day = D(2024, 3, 1)
    will = "Russia will meet Ukraine in Geneva to discuss the grain corridor."
    talks = "Russia held talks with Ukraine in Geneva on the grain corridor."
    docs = [make_doc(name, day, [{"source": "RUS", "target": "UKR", "cameo": code, "date": day, "sentence": text}])
            for name, code, text in (("a", "036", will), ("b", "040", talks), ("c", "040", talks))]
    with Store(tmp_path / "s.duckdb") as store:
        store.write_documents(docs)
        (event,) = store.query_events()
        assert event["cameo"] == "040" and event["mention_codes"] == ["036", "040"]  # two articles against one
        assert sorted(m["cameo"] for m in store.query_mentions()) == ["036", "040", "040"]
        (flat,) = [flat_row(r) for r in store.event_rows(with_document=True)]
        assert flat["mention_codes"] == "036;040"
