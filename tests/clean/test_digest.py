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


def test_a_pages_own_lists_are_not_digests():
    # trafilatura writes list items as "- item": a feature list inside the article
    features = ["- GPS", "- Optical heart sensor", "- Digital Crown", "- Swim proof", "- Aluminum case",
                "- Electrical heart sensor", "- ECG app", "- Fall detection", "- Larger display"]
    assert "digest:headlines" not in _reasons(PROSE + "\n\n" + "\n".join(features) + "\n\n" + PROSE)[0]
    # a schedule cut to one template of separators ("–", ",", "@")
    dates = [f"June {d} – {city}, {st} @ {venue} Arena" for d, city, st, venue in
             [(9, "Tampa", "FL", "Coral"), (10, "Atlanta", "GA", "Ameris"), (14, "Nashville", "TN", "Bridgestone"),
              (17, "Charlotte", "NC", "PNC"), (19, "Raleigh", "NC", "Coastal"), (20, "Bristow", "VA", "Jiffy"),
              (23, "Camden", "NJ", "Pavilion"), (24, "Holmdel", "NJ", "Bank"), (26, "Wantagh", "NY", "Beach")]]
    assert "digest:headlines" not in _reasons(PROSE + "\n\n" + "\n".join(dates) + "\n\n" + PROSE)[0]
    # a table's rows, and commands
    rows = [f"| {seat} | {name} |" for seat, name in zip("ABCDEFGHI", HEADLINES)]
    assert "digest:headlines" not in _reasons(PROSE + "\n\n" + "\n".join(rows) + "\n\n" + PROSE)[0]
    commands = [f"$ pyenv install 3.{minor}" for minor in range(9)]
    assert "digest:headlines" not in _reasons(PROSE + "\n\n" + "\n".join(commands) + "\n\n" + PROSE)[0]


def test_a_japanese_article_is_prose_not_one_word_headlines():
    sentences = ["先日、不正に改造したスマートフォンを販売したとして男性が逮捕されました。",
                 "報道によると、今回販売されたのは改造した端末です。", "もちろん、会社は改造を認めていません。",
                 "ではなぜ、改造した端末を販売すると権利の侵害になるのでしょうか。",
                 "通常、正規の商品をそのまま転売する場合は侵害にはなりません。",
                 "しかし、商品に改造を加えて販売した場合は侵害と判断される場合があります。",
                 "また、その他にも、", "商品を小分けにして販売するような行為は、", "侵害と判断される場合があります。"]
    reasons, text = _reasons("\n".join(sentences))
    assert "digest:headlines" not in reasons and "逮捕" in text


def test_a_headline_list_with_bullets_here_and_there_is_still_a_digest():
    lines = HEADLINES[:6] + ["- " + h for h in HEADLINES[6:]]  # 4 of 10 bulleted: under half
    reasons, _ = _reasons(PROSE + "\n\n" + "\n".join(lines) + "\n\n" + PROSE)
    assert reasons.count("digest:headlines") == len(lines)
