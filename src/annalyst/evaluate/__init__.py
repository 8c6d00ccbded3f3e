"""``annalyst eval``: score the full coder (parse → actors → events) on the dev sets in ``../shared``.

Sets: the CAMEO codebook example sentences, the PLOVER gold-standard records (GSR), and two
real-news checks (IndiaPoliceEvents police arrests/violence, GLOCON protest sentences).
"""

from annalyst.evaluate.run import (
    CodebookScore, EvalOptions, EvalReport, GsrScore, SentenceScore, evaluate, primary_event,
)

__all__ = ["CodebookScore", "EvalOptions", "EvalReport", "GsrScore", "SentenceScore", "evaluate", "primary_event"]
