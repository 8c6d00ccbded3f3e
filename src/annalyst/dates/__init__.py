"""Per-event dates: explicit and relative expressions, context, publication fallback.

Sets, on each ``Event`` of a document: ``date``, ``date_precision`` (``day`` / ``month`` /
``year`` / ``publication``), ``date_text`` and the ``historical`` flag.  See
``docs/dates-and-locations.md``.
"""

from annalyst.dates.expressions import (
    DateMention,
    ResolvedDate,
    find_date_mentions,
    normalize_expression,
    resolve_expression,
)
from annalyst.dates.step import HISTORICAL_DAYS, DateChoice, DateStep, DocumentDates

__all__ = [
    "HISTORICAL_DAYS",
    "DateChoice",
    "DateMention",
    "DateStep",
    "DocumentDates",
    "ResolvedDate",
    "find_date_mentions",
    "normalize_expression",
    "resolve_expression",
]
