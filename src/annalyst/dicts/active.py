"""The user resources this process codes with.

The knowledge base (``actors.kb.load_kb``), the resolver (``actors.step.default_resolver``) and the
lexicon (``events.lexicon.load_lexicon``) are loaded once per process and cached; their caches key
on ``active()``, so activating other resources gives other tables and activating the same ones
again costs nothing.  ``build_pipeline`` activates its options' ``dictionaries``, which is how
the resources reach worker processes and Dask workers (they build their steps from the options).
"""

from __future__ import annotations

from annalyst.dicts.files import Resources

_NONE = Resources()
_active: list[Resources] = [_NONE]


def activate(resources: "Resources | None") -> Resources:
    """Code with ``resources`` (None: the package's own data only) from now on in this process."""
    _active[0] = resources or _NONE
    return _active[0]


def active() -> Resources:
    return _active[0]
