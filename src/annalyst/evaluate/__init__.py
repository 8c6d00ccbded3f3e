"""``annalyst eval``: score the full coder (parse → actors → events) on the dev sets in ``../shared``.

Sets: the CAMEO codebook example sentences, the PLOVER gold-standard records (GSR), and two
real-news checks (IndiaPoliceEvents police arrests/violence, GLOCON protest sentences).  Every set is
split once, with a fixed seed and by document, into a dev half (tune on it) and a test half (report it).
"""

from annalyst.evaluate.run import (
    HALVES, CodebookScore, EvalOptions, EvalReport, GsrScore, SentenceScore, evaluate, evaluate_halves, primary_event,
    side_by_side, split_half,
)

__all__ = ["HALVES", "CodebookScore", "EvalOptions", "EvalReport", "GsrScore", "SentenceScore", "evaluate",
           "evaluate_halves", "primary_event", "side_by_side", "split_half"]
