"""``--dict PATH`` and ``--config FILE``: the user dictionaries options several commands share."""

from __future__ import annotations

import argparse
from typing import Optional


def add_dict_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("user dictionaries (docs/dictionaries.md)")
    g.add_argument("--dict", action="append", default=[], metavar="PATH", dest="dicts",
                   help="a user dictionary (actors, agents or verbs TSV) layered over the package's; repeatable")
    g.add_argument("--config", metavar="FILE", default=None,
                   help="an annalyst.toml with a [dictionaries] table (default: ./annalyst.toml if present)")


def dict_resources(args: argparse.Namespace) -> Optional[object]:
    """The validated resources of the options, made active in this process (None: package data only)."""
    from annalyst.dicts import activate, load_resources

    resources = load_resources(getattr(args, "dicts", ()), getattr(args, "config", None))
    activate(resources)
    return resources
