"""``annalyst stats --remerge``: an old store's block keys and events are recomputed with today's rule."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from annalyst.cli import main  # noqa: E402
from annalyst.store import Store  # noqa: E402
from store_records import make_doc  # noqa: E402

D = dt.date


def test_stats_remerge_recomputes_blocks_and_events(tmp_path, capsys):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_documents([make_doc("a", D(2022, 7, 13), [dict(source="PRKGOV", target="UKR", cameo="054",
                                                                   date=D(2022, 7, 13))]),
                               make_doc("b", D(2022, 7, 14), [dict(source="PRKGOV", target="UKR", cameo="054",
                                                                   date=D(2022, 7, 13))])])
        # a store written by an older rule: blocks keyed by the dyad, each mention its own event
        store.con.execute("UPDATE mentions SET block = 'PRK:GOV>UKR:|SUPPORT|asserted|' || doc_id")
        store.con.execute("DELETE FROM events")
        store._remerge({r[0] for r in store.con.execute("SELECT DISTINCT block FROM mentions").fetchall()})
        assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    assert main(["stats", "--db", str(path), "--remerge"]) == 0
    assert "re-merged: 1 events" in capsys.readouterr().err
    with Store(path, read_only=True) as store:
        blocks = {r[0] for r in store.con.execute("SELECT DISTINCT block FROM mentions").fetchall()}
        assert blocks == {"SUPPORT|asserted|2022-07"}
        assert store.con.execute("SELECT num_mentions, num_articles FROM events").fetchall() == [(2, 2)]
