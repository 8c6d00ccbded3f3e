"""A prompt written as a sentence in the site's voice is interface, not an article sentence."""

from __future__ import annotations

from annalyst.clean import clean_text, interface

ARTICLE = [
    "The foreign ministers of both countries met in Geneva on Monday to discuss a ceasefire along the border.",
    "Observers from the United Nations will monitor the line of contact, officials said after the meeting.",
    "The talks are expected to resume next week in Vienna, according to a statement from the mediators.",
    "Both governments have accused each other of violating an earlier truce agreed in the spring.",
    "Diplomats said the two sides had agreed to exchange prisoners before the next round of talks.",
]


def _removed(middle: list[str]) -> list[tuple[str, str]]:
    result = clean_text("\n\n".join(ARTICLE[:3] + middle + ARTICLE[3:]))
    return [(r.text, r.reason) for r in result.removed]


def test_a_sentence_telling_the_reader_to_act_for_the_site_is_a_prompt():
    assert interface._site_prompt("Want more stories like this? Sign up for our morning email.")
    assert not interface._site_prompt('"Share our pain," he said on Monday.')  # a quotation
    assert not interface._site_prompt("Sign the treaty, the ministers urged on Monday.")  # no site voice
    prompt = "Want more stories like this? Sign up for our morning email."  # mid-article: no edge point
    assert _removed([prompt]) == [(prompt, "boilerplate:interface")]


def test_article_sentences_with_we_and_our_stay():
    assert _removed(["We will share our findings with the committee next month, the minister said.",
                     "Our talks were useful, said the envoy, who will return to Geneva in May."]) == []


def test_the_cue_words_are_read_from_the_vocabulary_file():
    """reader / site / lead rows of data/interface_words.tsv (cues, weight 0), not Python sets."""
    from annalyst.clean.interface import _rows, vocabulary

    vocab = vocabulary()
    assert {"you", "your"} <= vocab.reader and {"our", "we"} <= vocab.site_voice and {"please", "now"} <= vocab.lead
    assert all(weight == "0" for _, kind, weight, _ in _rows("interface_words.tsv") if kind in ("reader", "site", "lead", "report", "request"))
    assert vocab.request == {"please"}
    assert not (vocab.reader | vocab.site_voice | vocab.lead) & set(vocab.words)  # a cue is no point


def test_a_request_opening_an_imperative_is_a_prompt_without_the_sites_voice():
    prompt = "Please log in here to leave a comment."
    assert interface._site_prompt(prompt)
    assert not interface._site_prompt("Now share prices are expected to rise again.")  # "now" is a lead, no request
    assert _removed([prompt]) == [(prompt, "boilerplate:interface")]
    assert _removed(['"Please share this appeal," the police said.']) == []
