"""CAMEO codes and what they map to: name, Goldstein, QuadClass, PLOVER event/mode/context.

The table is package data (``codes/data/cameo.tsv``), generated once by ``tools/build_codes.py``
from the public reference tables (sources in the file header and ``docs/codes.md``).
"""

from annalyst.codes.table import CameoCode, all_codes, is_code, lookup, plover_event

__all__ = ["CameoCode", "all_codes", "is_code", "lookup", "plover_event"]
