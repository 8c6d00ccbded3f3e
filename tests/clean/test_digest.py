"""Digests and headline lists are removed with a reason, not coded as prose (issue 21)."""

from annalyst.clean.lines import clean_text
from annalyst.clean.normalize import normalize_text

HEADLINES = ["Pound falls against the dollar", "Floods hit northern Spain", "Minister resigns over expenses row",
             "Court blocks oil pipeline", "Strike shuts ports in Chile", "Rebels seize town in Congo",
             "Storm kills 12 in Philippines", "Apple unveils new phone", "Markets rally on rate hopes",
             "Police arrest three after raid"]
PROSE = "The pound fell on Monday after the bank cut rates. Traders said the move was expected."


def _reasons(text):
    result = clean_text(normalize_text(text))
    return [r.reason for r in result.removed], result.text


def test_a_headline_list_is_removed_and_the_prose_kept():
    reasons, text = _reasons("Headlines at 1200 GMT\n\n" + "\n".join(HEADLINES) + "\n\n" + PROSE)
    assert reasons.count("digest:headlines") == len(HEADLINES) + 1  # the list and its heading
    assert text.endswith(PROSE) and "Floods" not in text


def test_a_digest_alone_leaves_nothing_to_code():
    reasons, text = _reasons("\n".join(HEADLINES))
    assert reasons == ["digest:headlines"] * len(HEADLINES) and text == ""


def test_short_lists_tables_and_hard_wrapped_wire_copy_are_not_digests():
    # three related links inside an article
    reasons, _ = _reasons(PROSE + "\n\n" + "\n".join(HEADLINES[:3]) + "\n\n" + PROSE)
    assert "digest:headlines" not in reasons
    # a results table: rows of numbers
    table = "Shr 22 cts vs 15 cts\nNet 1,234,000 vs 987,000\nRevs 12.3 mln vs 10.1 mln\n" * 3
    assert "digest:headlines" not in _reasons(table)[0]
    # old wire copy cut at a fixed width: lines end without a full stop but run on
    wrapped = ("Brazil's finance minister Dilson Funaro said on Monday that\n"
               "the country would not have suspended interest payments on\n"
               "its commercial bank debt if it had received more financing\n") * 3
    assert "digest:headlines" not in _reasons(wrapped)[0]
