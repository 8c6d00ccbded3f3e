"""One event per happening per clause, and the happening reported rather than the reporting verb
(``annalyst.events.happenings``; word classes ``consequence_verbs``, ``killed_verbs``,
``injured_verbs``, ``cardinals``, ``tens``, ``stative_content`` in lang/en/words.tsv).

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations

import pytest

from annalyst.events.happenings import number_value


def events(code, text):
    return sorted(((e.cameo[:2], e.source.country, e.target.country if e.target else None, e.killed, e.injured,
                   e.attribution.text if e.attribution else None) for e in code(text)), key=str)


def test_consequence_participles_fold_into_the_act(code):
    # "killing three and wounding 15": the shooting's outcome, not two more events
    assert events(code, "Israeli troops opened fire on protesters in Syria, killing three and wounding 15.") == [
        ("19", "ISR", "SYR", 3, 15, None)]


def test_coordinated_casualties_are_one_event(code):
    # "were killed and another six were injured": one happening, counted twice
    assert events(code, "Two Israeli policemen were killed and another six were injured.") == [
        ("19", None, "ISR", 2, 6, None)]


def test_a_consequence_coordinated_with_an_act_of_its_root_is_that_act(code):
    # news-audit-1 (AFP): "two villagers were shot and wounded": one shooting, its wounded counted
    assert events(code, "Two villagers were shot and wounded by Israeli troops in Syria.") == [
        ("19", "ISR", None, None, 2, None)]
    # an act of another root keeps its own event: the arrest and the killing are two happenings
    assert events(code, "Three soldiers were arrested and killed by Israeli troops in Syria.") == [
        ("17", "ISR", None, None, None, None), ("19", "ISR", "SYR", 3, None, None)]


def test_a_destruction_participle_folds_without_a_count(code):
    assert events(code, "Israel attacked Syria on Monday, destroying 20 homes.") == [
        ("19", "ISR", "SYR", None, None, None)]


def test_a_killing_with_its_own_agent_stays_its_own_event(code):
    assert events(code, "Iran attacked Syria, and Israeli troops killed five soldiers in Pakistan.") == [
        ("19", "IRN", "SYR", None, None, None), ("19", "ISR", "PAK", 5, None, None)]


@pytest.mark.parametrize("word, value", [("12", 12), ("1,200", 1200), ("two", 2), ("forty", 40),
                                         ("several", None), ("dozens", None)])
def test_number_values(nlp, word, value):
    assert number_value(nlp(word)[0]) == value


def test_a_reported_happening_is_no_statement(code):
    # "X finalized negotiations, Y said": X's act with Y's attribution, no 010 by Y
    assert events(code, "Iran and Germany finalized negotiations on Wednesday, the Iranian minister said.") == [
        ("04", "DEU", "IRN", None, None, "Iranian minister"), ("04", "IRN", "DEU", None, None, "Iranian minister")]
    # a fact reported in the past with no act of the lexicon: no event at all
    assert events(code, "Another blast occurred outside a restaurant in Karachi, Pakistan said.") == []


def test_a_view_stays_a_statement(code):
    assert events(code, "Iran said it believed Germany was wrong.") == [("01", "IRN", None, None, None, None)]


def triggers(code, text):
    return sorted((e.trigger, e.cameo, e.source.country if e.source else None,
                   e.target.country if e.target else None, tuple(sorted(e.flags))) for e in code(text))


def test_a_purpose_of_the_acts_kind_is_the_act(code):
    # judged-5 (Reuters): "met ... to discuss", "fired tear gas to disperse": the purpose clause names what the
    # act was for, one happening, not a second (hypothetical) event
    assert triggers(code, "Israel met Egypt in Cairo to discuss the border.") == [("met", "040", "ISR", "EGY", ())]
    assert triggers(code, "Police fired tear gas to disperse protesters.") == [("fired tear gas", "175", None, None, ())]
    # joint actors meeting each other: still one meeting each way, its purpose folded
    assert triggers(code, "Israel and Iran met in Geneva to discuss the border.") == [
        ("met", "040", "IRN", "ISR", ()), ("met", "040", "ISR", "IRN", ())]


def test_a_purpose_of_another_kind_stays_its_own_event(code):
    # a purpose of another CAMEO code is another happening, kept; a narrated meeting's purpose of protest or talk
    # took place (structure._realized_purpose), so it is asserted
    assert triggers(code, "Israel met Egypt to protest the border closure.") == [
        ("met", "040", "ISR", "EGY", ()), ("protest", "140", "ISR", None, ())]


def test_a_purpose_naming_another_party_stays_its_own_event(code):
    # different objects are different events: the meeting with Egypt, and the talks with Syria (a narrated
    # meeting's purpose of talk took place: structure._realized_purpose)
    assert triggers(code, "Israel met Egypt to negotiate with Syria.") == [
        ("met", "040", "ISR", "EGY", ()), ("negotiate", "046", "ISR", "SYR", ())]
    # ... but a topic is no party: "to discuss Syria" is the meeting with Egypt (folds.py restated_root; Syria
    # as the discussion's target would be the topic taken as target, TGT-ATTACH)
    assert triggers(code, "Israel met Egypt to discuss Syria.") == [("met", "040", "ISR", "EGY", ())]


def test_a_participle_of_the_acts_kind_is_the_act(code):
    # "met X, discussing ...": a participle with no subject of its own, of the act's CAMEO code, tells how the
    # act was done; one happening
    assert triggers(code, "Israel met Egypt on Monday, discussing the border.") == [("met", "040", "ISR", "EGY", ())]
    # a participle of another code is its own happening: the protest and the demand; news-audit-1 (AFP): "used
    # his troops to stop a demonstration (170), even arresting him (173)": the arrest is an act of its own
    assert triggers(code, "Israel protested, demanding that Syria withdraw.") == [
        ("demanding", "105", "ISR", "SYR", ()), ("protested", "140", "ISR", None, ())]


def sides(code, text):
    """(trigger, code, source, target) with each actor its country, or its words when it has none."""
    def side(ref):
        return None if ref is None else (ref.country or ref.text)
    return sorted(((e.trigger, e.cameo, side(e.source), side(e.target)) for e in code(text)), key=str)


def test_a_verb_coordinated_with_an_act_of_its_code_is_that_act(code):
    # judged-5 (Reuters): "expressed support for the attack and praised it": one support, not two
    assert sides(code, "Israel expressed support for the attack and praised it.") == [
        ("expressed support", "051", "ISR", None)]
    # a coordinated clause with its own doer is another happening
    assert sides(code, "Israel praised Egypt, and Iran also praised Egypt.") == [
        ("praised", "051", "IRN", "EGY"), ("praised", "051", "ISR", "EGY")]
    # so is one set against the first ("has said ... but on Wednesday said") ...
    assert sides(code, "Israel has praised Egypt but on Wednesday praised it.") == [
        ("praised", "051", "ISR", "EGY"), ("praised", "051", "ISR", None)]
    # (judged-5, BBC: the parser hangs "but" inside the first conjunct's clause)
    assert sides(code, "Israel has said it does not want war but on Wednesday said Egypt was wrong.") == [
        ("said", "010", "ISR", "EGY"), ("said", "010", "ISR", None)]
    # ... and one with an object of its own ("destroyed a platform ... and also raided a second rig")
    assert sides(code, "US warships destroyed an oil platform and also raided a second Iranian oil rig.") == [
        ("destroyed", "1712", "USA", None), ("raided", "171", "USA", None)]


def test_the_act_an_accusation_accuses_of_is_its_content(code):
    # news-audit-1 (Xinhua): "a Filipino woman accused them of gang raping her": one accusation, the act accused
    # of is what it is about (judged DUP when coded beside it)
    assert sides(code, "Syria accused Israel of arresting three soldiers.") == [("accused", "112", "SYR", "ISR")]
    assert sides(code, "Syria accused Israel of threatening Egypt.") == [("accused", "112", "SYR", "ISR")]
    # an act in a clause of its own is news of its own
    assert sides(code, "Syria accused Israel after Iran killed three soldiers.") == [
        ("accused", "112", "SYR", "ISR"), ("killed", "190", "IRN", None)]


def test_one_predicate_with_a_list_of_objects_is_one_happening(code):
    # news-audit-1 (Xinhua): "Two Turkish soldiers and a village guard were killed", judged-4 (BBC): "urging Lord
    # Chief Justice and Lord Justices Clarke and Rix": a member placed in no country names no side of its own
    # beside a placed one
    assert sides(code, "Israel urged Egypt and the police to stop.") == [("urged", "025", "ISR", "EGY")]
    # unplaced members of different sectors stay one event each, and so do members of different countries
    assert sides(code, "Israel urged the police and the protesters to stop.") == [
        ("urged", "025", "ISR", "police"), ("urged", "025", "ISR", "protesters")]
    assert sides(code, "Israel urged Egypt and Syria to act.") == [
        ("urged", "020", "ISR", "EGY"), ("urged", "020", "ISR", "SYR")]
    # joint doers are not touched: one event per actor, placed or not (judged-1, judged-5 READMEs)
    assert sides(code, "Israel and the police urged Egypt to act.") == [
        ("urged", "020", "ISR", "EGY"), ("urged", "020", "police", "EGY")]


def test_an_object_list_keeps_its_sides_and_a_list_of_places_stays_whole():
    from annalyst.events.frames import Candidate
    from annalyst.events.happenings import one_object_list
    from annalyst.model import ActorRef

    def kept(*targets):
        (cand,) = one_object_list([Candidate(pred=None, sources=[ActorRef("Israel", country="ISR")],
                                             targets=list(targets))])
        return [t.text for t in cand.targets]

    soldiers, village = ActorRef("Turkish soldiers", country="TUR", code="TURMIL"), ActorRef("village", sector="CVL")
    assert kept(soldiers, village) == ["Turkish soldiers"]
    assert kept(ActorRef("children", sector="CVL"), ActorRef("women", sector="CVL"), ActorRef("Rix")) == ["children"]
    assert kept(ActorRef("Clarke"), ActorRef("Rix")) == ["Clarke"]
    # bbc-politics-007: "visits Manchester, Liverpool, Leicester ...": a place each, the unplaced ones too
    places = [ActorRef("Manchester"), ActorRef("Liverpool", country="GBR", sector="CVL", resolved_by="place")]
    assert kept(*places) == ["Manchester", "Liverpool"]


def test_a_statement_inside_the_speakers_own_words_is_that_statement(code):
    # judged-4 (web): '"I can say with confidence that the U.S. ... does not control any actors there," Simpson
    # said': one statement, not the quoted "say" beside it
    assert sides(code, '"I can say with confidence that the US does not control any actors there," Israel said.') == [
        ("said", "010", "ISR", None)]
    assert sides(code, '"We say the talks are over," Israel said.') == [("said", "010", "ISR", None)]
    # another speaker's statement reported is its own event, and the relaying "said" none (session 16: the judges
    # ruled the relay REPORT, judged-9 "Mr Howard said the police had said ID cards could help", judged-10 "Japanese
    # press reports said Prime Minister Nakasone has said he may compromise"; the test expected the relay kept)
    assert sides(code, "Israel said Iran says the talks are over.") == [("says", "010", "IRN", None)]
    assert sides(code, "Israel said that Iran had said the talks were over.") == [("said", "010", "IRN", None)]
    # a relative clause or a coordinated verb inside the content is no one's words: judged-3 (Reuters) "Officials
    # said the talks, which were announced yesterday by Yeutter, ..."; judged-1 "told reporters he was ordering a
    # review ... and said ..."
    assert sides(code, "Israeli officials said the talks, which were announced yesterday by Israel, were being "
                       "held in Cairo.") == [("announced", "010", "ISR", None), ("said", "010", "ISR", None)]
    assert sides(code, "Israel told reporters yesterday it was ordering a review of security and said Iran would "
                       "not be allowed to use a new embassy.") == [
        ("said", "010", "ISR", "IRN"), ("told reporters", "010", "ISR", None)]


def test_an_object_that_is_the_acts_own_doer_is_no_side_beside_the_others(code):
    # judged-2 (Reuters): "The talks between the Letter Carriers Union of Canada and government-owned Canada Post":
    # the union is the doer, its own mention among the objects does not crowd out the other party
    assert sides(code, "The talks between Israel and the police were the first since March.") == [
        ("talks", "040", "ISR", "police")]


def test_a_statement_relaying_another_speakers_statement_is_that_statement(code):
    # the relayed statement is the event, attributed to the relaying speaker, which it keeps as evidence
    events = code("Israel said Iran had said the talks were over.")
    assert [(e.trigger, e.cameo, e.source.country, e.attribution.text if e.attribution else None,
             [(f.trigger, f.rule) for f in e.folded]) for e in events] == [
        ("said", "010", "IRN", "Israel", [("said", "relayed_statement")])]
    # the speaker's own words inside its statement stay one statement (fold_nested_statements), and a statement
    # whose content holds no statement stays
    assert sides(code, '"We say the talks are over," Israel said.') == [("said", "010", "ISR", None)]
    assert sides(code, "Israel said the talks were a failure.") == [("said", "010", "ISR", None)]
    # a statement inside the speaker's own quotation is the speaker's words, not a relay (over-firing, Reuters:
    # '"(The Japanese) have said they are happy we are coming, but they are not going to give us anything," Lyng said')
    assert sides(code, '"Iran has said the talks are over, but it will not leave," Israel said.') == [
        ("said", "010", "IRN", None), ("said", "010", "ISR", "IRN")]
    # a relayed statement with no speaker relays nothing: the relaying statement stays
    assert sides(code, "Israel said it was said the talks were over.") == [("said", "010", "ISR", None)]


def test_the_gerund_of_quoted_as_is_the_quoted_speakers_statement(code):
    # judged-10 (Reuters) "newspapers and news agencies quoted him as saying today he would not foist the tax on
    # the Japanese people": the one quoted speaks, not the outlet (words.tsv gerund_holder_preps "as")
    assert sides(code, "The newspaper quoted Iran as saying the talks were a failure.") == [
        ("saying", "010", "IRN", None)]
    assert sides(code, "The agency quoted Israel as telling reporters that the talks were a failure.") == [
        ("telling reporters", "010", "ISR", None)]
    # the verb passive, its subject is the one quoted, not the by-agent
    assert sides(code, "Iran was quoted by the agency as saying the talks were a failure.") == [
        ("saying", "010", "IRN", None)]
    # over-firing, Reuters: "Hoffmeyer, who was quoted by the daily Politiken as saying": the relative's noun speaks
    assert sides(code, "Iran, which was quoted by the agency as saying the talks were a failure, left.") == [
        ("saying", "010", "IRN", None)]
