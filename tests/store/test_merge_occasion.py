"""Issue 21 / issue 14 point 4: one happening, one event, within an article and across reports.

* one remark coded as a statement in one report and as an appeal in another is one event; a
  speaker's remarks on other subjects stay apart;
* two named speakers, or two places, in one article stay two events;
* an article dated nowhere still groups its own restatements;
* a wire dateline (the filing desk) is neither an actor nor the happening's city;
* versions of one story (a re-issue, an update) are compared as one article.

The first test runs the whole pipeline on real BBC sentences (bbc-news politics/012.txt, Tony Blair's
apology to the Guildford Four families, cut to four paragraphs); the others are hand-built rows.
"""

from __future__ import annotations

import datetime as dt

from annalyst.api import code_text
from annalyst.store import EventQuery, Store
from annalyst.store.merge import MergeRule, block_of_row
from store_records import merged_by_block

D = dt.date
RULE = MergeRule()

APOLOGY = (
    "Tony Blair has apologised to two families who suffered one of the UK's biggest miscarriages of justice.\n\n"
    "Mr Blair said: \"I am very sorry that they were subject to such an ordeal and injustice.\" In a statement "
    "recorded for television, Mr Blair said the families deserved to be completely and publicly exonerated.\n\n"
    "However, one of the so-called Guildford Four, Gerry Conlon - who was wrongly convicted of planting the "
    "bombs - said the families were delighted with the apology. He said Mr Blair had spoken with \"such "
    "sincerity\".\n"
)


def _stored_events(text: str) -> set[tuple[str, str, tuple[int, ...]]]:
    """(cameo, source words, sentence indexes of its mentions) of every stored event."""
    doc = code_text(text, published=D(2005, 2, 9), doc_id="bbc-politics-012")
    with Store(":memory:") as store:
        store.write_documents([doc])
        out = set()
        for ev in store.query_events(EventQuery(include_flagged=True, limit=None)):
            mentions = store.get_event(ev["event_id"])["mentions"]
            out.add((ev["cameo"], ev["source"]["text"], tuple(sorted({m["sentence_index"] for m in mentions}))))
        return out


def test_two_speakers_remarks_in_one_article_stay_two_events():
    # Blair's two statements (same dyad, one article) are one event; Conlon's statement (the
    # coder's two subjects of one "said") is another; the apology and the "spoken with" are acts of
    # their own kinds
    assert _stored_events(APOLOGY) == {
        ("055", "Tony Blair", (0,)),
        ("010", "Blair", (1, 2)),
        ("010", "Gerry Conlon", (3,)),
        ("046", "Blair", (4,)),
    }


def remark(mid, sentence, *, source="Funaro", country="BRA", sector="GOV", target=None, cameo="010", doc="d1",
           date=None, precision=None, published=D(1987, 3, 2), title=None, outlet="Reuters", city=None,
           place_country=None, evidence=None, attribution=None, index=0):
    row = {"mention_id": mid, "doc_id": doc, "sentence": sentence, "sentence_index": index,
           "source_text": source, "source_country": country, "source_sector": sector,
           "target_text": target, "target_country": "BRA" if target == "Brazil" else None,
           "cameo": cameo, "cameo_root": cameo[:2],
           "plover_event": "REQUEST" if cameo[:2] in ("02", "10") else None,
           "date": date, "date_precision": precision, "published": published, "title": title, "outlet": outlet,
           "location_country": place_country, "location_city": city, "location_evidence": evidence,
           "attribution_text": attribution, "confidence": 0.5}
    row["block"] = block_of_row(row)
    return row


def groups(rows):
    return sorted(sorted(ids) for _, ids in merged_by_block(rows, RULE))


def test_one_remark_coded_as_a_statement_and_as_an_appeal_is_one_event():
    # two reports of one remark, one coded 010 and the other 020: statements and appeals share a block
    said = "Funaro said official lending agencies should finance debtor nations more quickly."
    rows = [remark("a", said, doc="r1", date=D(1987, 3, 2), precision="day"),
            remark("b", said.replace("said", "urged that"), cameo="020", doc="r2", date=D(1987, 3, 2), precision="day")]
    assert rows[0]["block"] == rows[1]["block"]
    assert groups(rows) == [["a", "b"]]


def test_one_speakers_remarks_on_other_subjects_stay_apart():
    # whether two remarks of one speaker were one press conference the text does not tell: apart
    rows = [remark("a", "Funaro said Brazil had the world's third-largest trade surplus.", target="Brazil"),
            remark("b", "He urged official lending agencies to finance debtor nations more quickly.", source="He",
                   cameo="0211", index=3)]
    assert groups(rows) == [["a"], ["b"]]


def test_a_statement_and_an_appeal_in_one_article_need_shared_words():
    # the same speaker and the publication fallback of one article are not enough for two kinds of
    # act (gate families_apart): a spokesman's "talks were at Funaro's request" is not Funaro's remark
    dated = remark("a", "Funaro said on Saturday in Washington that Brazil would not have suspended payments.",
                   date=D(1987, 2, 28), precision="day")
    request = remark("b", "The Treasury spokesman pointed out that today's talks had been at Funaro's request.",
                     cameo="020", index=5)
    assert groups([dated, request]) == [["a"], ["b"]]
    restated = remark("c", "Funaro asked that Brazil's suspended payments be discussed in Washington.",
                      cameo="020", index=6)
    assert groups([dated, restated]) == [["a", "c"]]


def test_different_named_speakers_of_one_country_stay_apart():
    # "..., said Zhang Kunmin" and "..., said Kuang Fei": one article, one day, one country, two speakers
    rows = [remark("a", "Output will grow by five pct this year, said Zhang Kunmin.", source="Zhang Kunmin",
                   country="CHN"),
            remark("b", "Output will grow by five pct this year, said Kuang Fei.", source="Kuang Fei", country="CHN",
                   index=1)]
    assert groups(rows) == [["a"], ["b"]]


def test_restatements_of_an_undated_article_merge_within_it_only():
    # an article dated nowhere: the restatement shares the dyad and most words; another article's
    # copy has no date to compare; a same-dyad sentence on another subject is no evidence there
    # (its relative dates, "last week", are unresolved)
    rows = [remark("a", "Ed Balls said he was confident the golden rule would be met.", source="Ed Balls",
                   country="GBR", published=None),
            remark("b", "Mr Balls said he was confident the golden rule on borrowing would be met.",
                   source="Mr Balls", country="GBR", published=None, index=2),
            remark("c", "Mr Balls said he was confident the golden rule would be met.", source="Mr Balls",
                   country="GBR", published=None, doc="d2"),
            remark("d", "Mr Balls said last week there would be no tax rises before the election.",
                   source="Mr Balls", country="GBR", published=None, index=5)]
    assert groups(rows) == [["a", "b"], ["c"], ["d"]]


def test_dateline_city_and_dateline_actor_do_not_split_two_desks():
    # the same launch filed from San Francisco and Los Angeles: the cities are the desks', and the
    # coder's "SAN FRANCISCO" actor is the dateline, not a company
    a = remark("a", "SAN FRANCISCO, March 2 - Apple Computer Inc today introduced two new Macintosh computers.",
               source="SAN FRANCISCO", country=None, sector=None, target="Macintosh", doc="sf",
               date=D(1987, 3, 2), precision="day", place_country="USA", city="San Francisco", evidence="dateline")
    b = remark("b", "LOS ANGELES, March 2 - Apple said it has introduced two new Macintosh computers.",
               source="Apple", country=None, sector=None, target="Macintosh", doc="la", date=D(1987, 3, 2),
               precision="day", place_country="USA", city="Los Angeles", evidence="dateline")
    assert groups([a, b]) == [["a", "b"]]
    # the same two cities read from the sentences are two places: two happenings
    a2, b2 = dict(a, location_evidence="sentence"), dict(b, location_evidence="sentence")
    assert groups([a2, b2]) == [["a"], ["b"]]


def test_versions_of_one_story_are_compared_as_one_article():
    # a re-issue under the same headline adds a sentence; the speaker's remarks of the two versions
    # are one occasion (across two unrelated stories they would need shared words)
    title = "Study group urges increased U.S. oil reserves"
    rows = [remark("a", "A study group said the United States should increase its oil reserve.", source="study group",
                   country="USA", sector="NGO", doc="v1", title=title),
            remark("b", "The group also called for new research for oil exploration.", source="group",
                   country="USA", sector="NGO", doc="v2", title="UPDATE 1-" + title, cameo="020", index=3)]
    assert groups(rows) == [["a", "b"]]
    other = [dict(rows[0]), dict(rows[1], title="Exxon posts higher quarterly profit")]
    assert groups(other) == [["a"], ["b"]]


def test_named_actors_on_both_sides_lower_the_wording_gate_on_one_day():
    # "rejected a substantive role for the IMF" / "rejected a substantial role for the IMF in
    # managing its economy, arguing ...": both sides named alike, the same day
    base = dict(source="Brazil", country="BRA", sector=None, target="International Monetary Fund", cameo="1211",
                date=D(1987, 3, 2), precision="day")
    a = remark("a", "Although Brazil has rejected a substantive role for the International Monetary Fund in its "
                    "economic policies, talks with creditor governments went well.", doc="x", **base)
    b = remark("b", "Brazil has rejected a substantial role for the International Monetary Fund in managing its "
                    "economy, arguing that austerity programmes would bring recession.", doc="y", **base)
    for r in (a, b):
        r["plover_event"] = "REJECT"
        r["block"] = block_of_row(r)
    assert groups([a, b]) == [["a", "b"]]
    # the same wording with another target is not lowered: the sentences share too few words
    c = dict(b, target_text="World Bank", sentence="Brazil has rejected a substantial role for the World Bank "
             "in managing its economy, arguing that austerity programmes would bring recession.")
    assert groups([a, c]) == [["a"], ["b"]]


def _object(mid, target, *, trigger_start, trigger="killed", resolved_by=None, cameo="190", sentence=None,
            name=None):
    row = {"mention_id": mid, "doc_id": "somalia", "sentence_index": 0, "trigger_start": trigger_start,
           "trigger": trigger, "target_name": name,
           "sentence": sentence or "At least 17 militiamen and civilians were killed and 26 other people wounded "
                                   "during heavy factional fighting in the Somali capital.",
           "source_text": None, "target_text": target, "target_resolved_by": resolved_by, "cameo": cameo,
           "cameo_root": cameo[:2], "plover_event": "ASSAULT" if cameo[:2] in ("18", "19") else "CONSULT",
           "date": None, "date_precision": None, "published": D(1997, 4, 28), "confidence": 0.5}
    row["block"] = block_of_row(row)
    return row


def test_two_objects_of_one_predicate_are_one_act_two_places_two_happenings():
    # the coder's two events for "militiamen and civilians were killed" (one predicate) are one
    # killing; two predicates with two objects in one sentence stay two
    assert groups([_object("a", "militiamen", trigger_start=40), _object("b", "civilians", trigger_start=40)]) == \
        [["a", "b"]]
    assert groups([_object("a", "militiamen", trigger_start=40),
                   _object("b", "civilians", trigger_start=70, trigger="wounded")]) == [["a"], ["b"]]
    # "visits Basingstoke and Liverpool": the objects are places (both resolved to the United Kingdom),
    # one visit each
    visits = "Mr Kennedy is accelerating election preparations this week as he visits Basingstoke and Liverpool."
    assert groups([_object("a", "Basingstoke", trigger_start=60, trigger="visits", resolved_by="place", cameo="042",
                           sentence=visits, name="United Kingdom"),
                   _object("b", "Liverpool", trigger_start=60, trigger="visits", resolved_by="place", cameo="042",
                           sentence=visits, name="United Kingdom")]) == [["a"], ["b"]]
