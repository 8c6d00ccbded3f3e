"""Writing to the store does not import pandas (issue #14: peak memory).

Building an Arrow table from Python rows imports pandas (~43 MB, ~0.3 CPU s once per process);
the store binds typed column lists instead (``store._rows_select``).  Checked in a fresh
interpreter, after every write path: inserts, the incremental merge's event assignment, and
``remerge_all``'s block keys.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

STORE_TESTS = Path(__file__).resolve().parent

SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {store_tests!r})
    from annalyst.pipeline.base import Pipeline
    from annalyst.pipeline.run import ingest_documents
    from annalyst.store import Store
    from store_records import LineCoder, line_docs

    before = "pandas" in sys.modules  # something imported before the store wrote anything
    with Store(sys.argv[1]) as store:
        ingest_documents(line_docs(8), store, Pipeline([LineCoder()]), batch_size=3)
        ingest_documents(line_docs(12), store, Pipeline([LineCoder()]), batch_size=5)  # merges into stored blocks
        store.remerge_all()
        print(store.overview()["events"])
    print(before, "pandas" in sys.modules)
""")


def test_ingest_and_remerge_do_not_import_pandas(tmp_path):
    script = tmp_path / "ingest.py"
    script.write_text(SCRIPT.format(store_tests=str(STORE_TESTS)))
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "s.duckdb")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    events, flags = done.stdout.split("\n", 1)
    assert int(events) > 0  # the writes happened
    assert flags.split() == ["False", "False"]
