"""The ``annalyst`` command: a thin layer over importable library functions.

Every module in this package that defines ``register(subparsers)`` adds its commands, so each
command group lives beside the others without a central list to edit.  Only this layer prints
or chooses an exit code; the library never does.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from typing import Optional, Sequence

from annalyst import __version__
from annalyst.errors import AnnalystError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annalyst",
        description="Turn raw news into dated, attributed, de-duplicated event data (CAMEO/PLOVER).",
    )
    parser.add_argument("--version", action="version", version=f"annalyst {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def command_names() -> list[str]:
    """Every registered command (the README test checks each one is documented)."""
    parser = build_parser()
    for action in parser._actions:  # argparse keeps subparsers here; there is no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    return []


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except AnnalystError as err:
        if getattr(args, "json_errors", False):
            print(json.dumps(err.to_json()), file=sys.stderr)
        else:
            print(f"annalyst: error {err.code}: {err.cause}", file=sys.stderr)
            if err.fix:
                print(f"  fix: {err.fix}", file=sys.stderr)
        return getattr(err, "exit_status", 1)  # a bad filter value is a usage error: 2
    except BrokenPipeError:  # `annalyst events | head` is normal use
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
