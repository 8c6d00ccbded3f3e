"""The event store (DuckDB): documents, mentions, de-duplicated events, actors, exports.

``Store`` is the public face (docs/store.md); ``EventQuery`` holds the filters shared by
``annalyst events``, ``annalyst export``, ``annalyst stats`` and the HTTP API.
"""

from annalyst.errors import StoreError
from annalyst.store.export import FORMATS as EXPORT_FORMATS
from annalyst.store.filters import FilterError
from annalyst.store.merge import MergeRule
from annalyst.store.query import PERIODS, SORTS, EventQuery, parse_date
from annalyst.store.schema import SCHEMA_VERSION
from annalyst.store.store import Store

__all__ = ["EXPORT_FORMATS", "EventQuery", "FilterError", "MergeRule", "PERIODS", "SCHEMA_VERSION", "SORTS", "Store", "StoreError",
           "parse_date"]
