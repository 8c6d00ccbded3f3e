"""annalyst: raw news in, dated and attributed political event data (CAMEO / PLOVER) out."""

__version__ = "0.1.0"
