"""The argument's class decides the sense of a trigger (issue 14, the audit's LEX / NONEVENT / REPORT):

* an act done to persons or things (release, seize, arrest, expel, abduct, occupy) whose patient is an idea,
  a duty, a chance, a part, a document or a figure is another sense of its verb (veto ``abstract_patient``,
  words ``abstract_patients``);
* taking control of a company is a takeover, not an occupation (veto ``business_patient``);
* a statement whose content only states a figure reports a fact (veto ``reported_figure``);
* "demonstrate" with an object or a content clause shows something; fighting a plan or a tax opposes it
  (sense rows with the any-word class ``*`` and ``@criticizable`` / ``@business``);
* a story about the business of a club (takeover, shares, stake ...) is no game story.

Sentences are real BBC and Reuters-21578 sentences (place names added where the actor layer needs one; the
``code`` fixture resolves only the actors its test document names).
Each test gives the exact event set: what must appear and what must not."""

from __future__ import annotations

import pytest

from annalyst.events.lexicon import build_lexicon
from annalyst.events.senses import check_senses

# the approach turned down and the board's rejection (120), the offer (030)
EXPECTED_TAKEOVER = ["030", "120", "120"]


def events(code, text):
    """The sorted CAMEO codes of the events (the actors are the actor layer's business, tested there)."""
    return sorted(e.cameo for e in code(text))


@pytest.mark.parametrize("text", [
    # bbc business: a duty taken, no arrest
    "Section 404 obliges chief executives to take responsibility for the firm's internal controls by signing "
    "a compliance statement in the annual accounts.",
    # judged-1 (BBC politics): taking part in a strike is no arrest
    "Up to 1.4 million workers could take part in strikes earmarked for 23 March.",
    # bbc entertainment: a film released is no release of persons
    "Sony Pictures released the film in the US.",
    # bbc sport: "takes place ... for"
    "The qualifying round of the men's triple jump in Madrid takes place on Friday with the final scheduled "
    "for Saturday.",
    # bbc tech: a patent held, a step taken
    "This means that the US-based Amazon.com holds a patent for its one-click shopping service.",
])
def test_an_act_on_an_abstract_patient_is_no_event(code, text):
    assert events(code, text) == []


def test_a_report_released_by_a_body_is_no_release(code):
    # news-audit-1: the participle's noun is what it is done to
    assert events(code, "According to the report released by the Forum for Women, Law and Development, crime "
                        "against women in Nepal increased.") == []


def test_acts_on_persons_and_territory_stay(code):
    assert events(code, "Israel released 50 Palestinian prisoners on Monday.") == ["0841"]
    assert events(code, "Police in India arrested five people for fraud.") == ["173"]
    assert events(code, "Rebels seized control of the town of Goma in Congo.") == ["192"]


def test_control_of_a_company_is_a_takeover_not_an_occupation(code):
    # bbc business
    assert events(code, "They took control of the company in January when it avoided bankruptcy.") == []


def test_a_statement_of_a_figure_reports_a_fact(code):
    # judged-1 (Reuters): the railway's count of strikers
    assert events(code, "SATS says that some 13,000 workers are involved in the stoppage, but union leaders put "
                        "the number of strikers closer to 18,000.") == []
    # a statement of an act stays: its content is no figure verb
    assert events(code, "The British government said it would cut aid to Kenya by 50 mln stg.") == \
        ["1311"]
    # a figure deep in a noun's phrase is not what the clause states (reuters-294: a negotiation)
    assert events(code, "International Leisure Group Plc said its Air Europe subsidiary was in advanced negotiations "
                        "with manufacturers and banks for the lease of 10 Boeing Co engines.") == ["010"]


def test_demonstrating_that_is_showing(code):
    # judged-1 (BBC politics)
    assert events(code, "\"You don't hear that because the evidence of people's senses demonstrates that it isn't "
                        "a wasted vote.\"") == []
    assert events(code, "Thousands of students demonstrated against the war in London.") == ["141"]


def test_fighting_a_tax_is_opposing_it(code):
    # judged-1 (Reuters): opposition to a tax, no armed force
    assert events(code, "Opposition parties in Japan have shown rare unity in joining to fight a proposed five pct "
                        "sales tax.") == ["110"]
    assert events(code, "Rebels fought government troops near the border of Sudan.") == ["190"]


def test_the_any_word_class_is_a_known_class():
    lex = build_lexicon([("kind group item code\nverb x demonstrate 141\nsense demonstrate - content * -\n",
                          "lexicon.tsv", 2)])
    check_senses(lex)
    (sense,) = lex.senses["demonstrate"]
    assert (sense.role, sense.arg_class, sense.code) == ("content", "*", "-")


def test_a_club_takeover_story_is_no_game_story(code):
    # bbc business 242 (a Q&A on the Manchester United takeover): by its words (football, club, team, board ...)
    # a story of games, but its business words (takeover, bid, share, debt) make it one about the club's owners
    text = ("The battle for control of Manchester United has taken another turn after the club confirmed it had "
            "received a fresh takeover approach from US business tycoon Malcolm Glazer. Reports have put the offer "
            "at 300p per share. The approach by the 76-year-old owner of the Tampa Bay Buccaneers American football "
            "team is reportedly being led by his two sons. A previous approach to the United board by Mr Glazer in "
            "October last year was turned down. Mr Glazer's previous offer involved borrowing large amounts of money "
            "to finance any takeover, which left the club with debt levels the league champions' board rejected.")
    assert events(code, text) == EXPECTED_TAKEOVER


def test_a_game_story_stays_one(code):
    # bbc sport: a game story with no business words stays no event
    assert events(code, "Arsenal beat Chelsea in the league. The striker scored twice and the coach praised the "
                        "midfielder after the match.") == []


def test_naming_a_minister_is_no_event(code):
    # judged-1 (Reuters): a cabinet reshuffle
    assert events(code, "Iraqi President Saddam Hussein carried out his first major government shakeup in five years "
                        "tonight, naming a new oil minister in shuffling three posts.") == []
    # naming a body to investigate stays an investigation
    assert events(code, "The Senate committee named a panel to investigate the Iran arms deal.") == ["090"]


def test_asking_not_to_be_identified_is_no_appeal(code):
    # judged-1 (Reuters): the source's anonymity
    assert events(code, "A close aide to Nakasone, who asked not to be identified, said he sees the sales tax having "
                        "little impact on the local elections.") == []
    assert events(code, "Britain asked Iran to release the sailors.") == ["0253"]


def test_holding_out_for_a_demand_is_no_detention(code):
    # news-audit-1 (AFP): only the admission stays
    assert events(code, "Palestinian premier Ismail Haniya admitted his Hamas movement was holding out for key "
                        "cabinet posts.") == ["015"]


def test_met_with_a_reaction_is_no_meeting(code):
    # bbc entertainment: only the proposal stays
    assert events(code, "The proposal by Britain was met with protests by the National Council for Adoption, which "
                        "said it exploits sensitive emotions.") == ["030"]
    assert events(code, "The Israeli prime minister met the Egyptian president in Cairo on Monday.") == ["040"]


def test_a_part_of_a_place_and_a_relative_with_an_auxiliary_keep_their_patient(code):
    # PLOVER GSR (dev half): the part's whole is what is captured
    assert events(code, "Burmese troops have captured part of a Karen guerrilla stronghold on the Thai border after "
                        "five days of fighting, Thai police here said on Monday.") == ["192"]
    # a participle with an auxiliary is no reduced relative: the reports are not what was arrested
    assert events(code, "There were reports from Delhi that some militants linked to the attack had been arrested.") \
        == ["173"]


def test_demonstrating_in_a_city_stays_a_protest(code):
    # CAMEO codebook example (dev half): "in the city" is no object of "demonstrated"
    assert events(code, "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday calling for "
                        "independence from Iraq, witnesses said.") == ["0244", "1414"]


def test_when_asked_is_no_appeal(code):
    # news-audit-1 (AFP): Schieffer was asked; only his statement stays
    assert events(code, "When asked about the US role in influencing Japan's foreign policy in Asia, Schieffer said "
                        "Washington has no direct role in these affairs.") == ["010"]
    assert events(code, "Iran was asked by the United Nations to release the sailors.") == ["0253"]
