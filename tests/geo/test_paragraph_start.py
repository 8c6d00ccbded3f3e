"""``_paragraph_start`` from the breaks found once per text equals a scan that stops at the offset."""

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.geo.step import _PARAGRAPH_BREAK, _paragraph_start

_PIECES = ["Police fired", ".", "!", "\"", "'", " ", "\t", "\n", "\n\n", "\u00a0", "a", " \n", ".\n", "\n \n"]


def _scanned(text: str, offset: int) -> int:
    """The definition: the last break that a scan of the text up to ``offset`` finds."""
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, offset)]
    return breaks[-1] if breaks else 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=30))
def test_every_offset_as_the_scan_finds_it(pieces):
    text = "".join(pieces)
    for offset in range(len(text) + 1):
        assert _paragraph_start(text, offset) == _scanned(text, offset)


def test_a_break_across_the_offset_is_read_as_the_scan_reads_it():
    text = "One.\n\n\nTwo."
    # offset 5 lies inside the break "\n\n" (4-6): a scan up to it finds the shorter break "." + "\n" (4-5)
    assert [_paragraph_start(text, k) for k in range(len(text) + 1)] == [_scanned(text, k) for k in range(len(text) + 1)]
    assert (_paragraph_start(text, 5), _paragraph_start(text, 6), _paragraph_start(text, len(text))) == (5, 6, 6)
