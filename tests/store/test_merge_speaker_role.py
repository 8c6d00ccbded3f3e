"""Different speakers by their roles, and a content gate that does not count the names twice (issue 21).

"A Hutton spokesman said the firm is reviewing its options on Stant" is not Hutton's release of the
deal ("Hutton said the acquiring company is paying 35 dlrs ..."): a role noun heading the source
(``merge_lexicon.tsv`` class ``speaker_role``) against another role, or against the body itself
when the sentences share nothing but the names, weighs against one happening
(``speaker_role_differs``).  Across articles, the content gate that
is lowered because the names agree reads the words besides those names."""

from __future__ import annotations

import datetime as dt

from annalyst.store.merge import MergeRule, facts_of, merge_block, pair_features, speaker_role

D = dt.date
RULE = MergeRule()
PUBLISHED = D(1987, 3, 2)
ROLES = RULE.features.speaker_roles


def mention(mid, sentence, source_text, *, kind="unknown", country=None, target=None, doc="wire-1", index=0,
            trigger="said", published=PUBLISHED, target_name=None):
    return {"mention_id": mid, "doc_id": doc, "date": None, "date_precision": None, "date_text": None,
            "source_text": source_text, "source_kind": kind, "source_country": country,
            "source_sector": "GOV" if country else None, "target_text": target, "target_name": target_name, "cameo": "010", "cameo_root": "01",
            "plover_event": None, "sentence": sentence, "trigger": trigger, "span_start": 0,
            "trigger_start": sentence.find(trigger), "sentence_index": index, "published": published,
            "confidence": 0.6, "outlet": "Wire", "title": f"title of {doc}"}


def events(rows):
    return sorted(sorted(ids) for _, ids in merge_block(rows, RULE))


RELEASE = "Hutton said the acquiring company, PC Acquisition Inc, is paying 35 dlrs cash per share for Purolator."
STANT = "A Hutton spokesman said the firm is reviewing its options on Stant."


def test_the_role_heads_the_source_words():
    assert speaker_role("A Hutton spokesman", ROLES) == "spokesman"
    assert speaker_role("the minister", ROLES) == "minister"
    assert speaker_role("Hutton", ROLES) == ""
    assert speaker_role("Finance Minister Dilson Funaro", ROLES) == ""  # a title heading a name: the name heads
    assert speaker_role("he", ROLES) is None and speaker_role(None, ROLES) is None


def test_a_spokesman_is_not_the_body_s_release():
    release, stant = mention("a", RELEASE, "Hutton", index=3), mention("b", STANT, "Hutton spokesman", index=9)
    assert "speaker_role_differs" in pair_features(facts_of(release, RULE), facts_of(stant, RULE), RULE)
    assert events([release, stant]) == [["a"], ["b"]]


def test_two_roles_are_two_speakers():
    minister = mention("a", '"I expect a positive response to that timetable," the minister said.', "minister",
                       kind="state", country="GBR", index=1)
    spokesman = mention("b", '"We are sure reasonable men will find a reasonable solution," said a spokesman.',
                        "spokesman", kind="state", country="GBR", index=9)
    assert "speaker_role_differs" in pair_features(facts_of(minister, RULE), facts_of(spokesman, RULE), RULE)
    assert events([minister, spokesman]) == [["a"], ["b"]]


def test_a_role_against_a_named_person_or_a_pronoun_says_nothing():
    funaro = mention("a", "Funaro said Brazil would not pay its interest.", "Funaro", kind="person", index=1)
    minister = mention("b", "The minister said Brazil would not pay its interest now.", "minister", index=4)
    he = mention("c", "He said Brazil would not pay its interest now.", "he", kind="person", index=5)
    f, m, h = (facts_of(r, RULE) for r in (funaro, minister, he))
    assert "speaker_role_differs" not in pair_features(f, m, RULE)
    assert "speaker_role_differs" not in pair_features(m, h, RULE)


def test_the_subjects_of_one_act_keep_one_happening():
    sentence = "ATPC chairman and Indonesia's Minister Subroto has pledged his country's support for the curb."
    chairman = mention("a", sentence, "chairman", trigger="pledged")
    indonesia = mention("b", sentence, "Indonesia", kind="state", country="IDN", trigger="pledged")
    assert "speaker_role_differs" not in pair_features(facts_of(chairman, RULE), facts_of(indonesia, RULE), RULE)


def test_the_body_and_its_spokesman_telling_one_remark_in_shared_words_are_one_statement():
    declined = mention("a", "TOKYO, April 9 - The Agriculture Ministry declined comment on a local newspaper report "
                            "that Japan will offer a rice concession.", "Ministry", kind="state", country="JPN",
                       trigger="declined")
    spokesman = mention("b", '"We have no idea about the report and cannot comment," a spokesman told Reuters.',
                        "spokesman", kind="state", country="JPN", index=3, trigger="told")
    assert "speaker_role_differs" not in pair_features(facts_of(declined, RULE), facts_of(spokesman, RULE), RULE)
    assert events([declined, spokesman]) == [["a", "b"]]


def test_a_copy_of_one_sentence_still_merges_across_the_roles():
    # two wires, one sentence: one names the body, the other its spokesman; the words tell one remark
    body = mention("a", STANT, "Hutton", doc="wire-1")
    spokesman = mention("b", STANT, "Hutton spokesman", doc="wire-2")
    assert "speaker_role_differs" not in pair_features(facts_of(body, RULE), facts_of(spokesman, RULE), RULE)
    assert events([body, spokesman]) == [["a", "b"]]


def test_the_lowered_content_gate_reads_the_words_besides_the_names():
    talks = mention("b", "Hutton had been in talks with Purolator's adviser, Dillon, Read and Co since late "
                         "December, a Hutton spokesman said.", "Hutton spokesman", doc="wire-2", index=4,
                    published=D(1987, 3, 1), target="Hutton")
    stant = mention("a", STANT, "Hutton spokesman", index=9, target="firm", target_name="Hutton")
    features = pair_features(facts_of(stant, RULE), facts_of(talks, RULE), RULE)
    # both sides the same by name, so the gate is lowered; the two share the names' words (a third of
    # the shorter sentence's) and nothing else
    assert {"same_source_name", "same_target_name"} <= set(features)
    assert features["text_overlap"] >= RULE.min_text_overlap_named and "content_apart" in features
    assert events([stant, talks]) == [["a"], ["b"]]


def test_of_an_act_other_than_a_remark_the_spokesman_is_the_body_s_voice():
    # "A spokeswoman for Royal Mail said: 'We are investigating'" is Royal Mail's investigation
    body = mention("a", "Royal Mail says it is investigating the problem with the delivery route.", "Royal Mail",
                   trigger="investigating", index=2)
    voice = mention("b", 'A spokeswoman for Royal Mail said: "We are investigating a problem with the delivery route."',
                    "spokeswoman", trigger="investigating", index=7)
    for row in (body, voice):
        row.update(cameo="090", cameo_root="09", plover_event="INVESTIGATE")
    assert "speaker_role_differs" not in pair_features(facts_of(body, RULE), facts_of(voice, RULE), RULE)
    assert events([body, voice]) == [["a", "b"]]
