"""Loading the CLI does not load pyarrow (memory and start-up of every command).

Every ``annalyst`` command imports all command modules, and with them the export module; pyarrow
(~10 MB resident, more once it converts) is needed only to write Parquet, so the export columns
carry type names and pyarrow is imported when a Parquet file is written.  Checked in a fresh
interpreter.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import annalyst.cli as cli
for info in pkgutil.iter_modules(cli.__path__):
    importlib.import_module("annalyst.cli." + info.name)
import annalyst.serve.queries
print(len(list(pkgutil.iter_modules(cli.__path__))), "pyarrow" in sys.modules)
"""


def test_loading_every_command_module_does_not_import_pyarrow():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    modules, loaded = done.stdout.split()
    assert int(modules) > 5  # the command modules were found and imported
    assert loaded == "False"


def test_arrow_schema_maps_every_named_type():
    import pyarrow as pa

    from annalyst.store.export import ARROW_TYPES, FLAT_COLUMNS, arrow_schema

    schema = arrow_schema([(f"c{i}", kind) for i, kind in enumerate(ARROW_TYPES)])
    assert [str(t) for t in schema.types] == ["string", "date32[day]", "double", "int32", "int64", "bool"]
    assert {kind for _, kind in FLAT_COLUMNS} <= set(ARROW_TYPES)
    assert arrow_schema(FLAT_COLUMNS).field("goldstein").type == pa.float64()
