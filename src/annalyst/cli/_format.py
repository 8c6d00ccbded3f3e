"""Shared output helpers for CLI commands (tables, JSON lines, CSV)."""

from __future__ import annotations

import csv
import json
import shutil
import sys
from typing import Any, Iterable, Optional, Sequence, TextIO

EVENT_COLUMNS = ("date", "source", "cameo", "event", "target", "flags", "text")


def actor_label(actor: Optional[dict]) -> str:
    if not actor:
        return "-"
    code = actor.get("code") or actor.get("country") or "?"
    return f"{code} ({actor.get('text', '')})"


def event_row(ev: dict[str, Any]) -> dict[str, str]:
    date = ev.get("date") or "-"
    if ev.get("date_precision") and ev.get("date_precision") != "day":
        date = f"{date}~{ev['date_precision'][0]}"
    return {
        "date": date,
        "source": actor_label(ev.get("source")),
        "cameo": ev.get("cameo") or "",
        "event": "/".join(x for x in (ev.get("event"), ev.get("mode")) if x),
        "target": actor_label(ev.get("target")),
        "flags": ",".join(ev.get("flags") or []),
        "text": ev.get("text") or "",
    }


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: Optional[TextIO] = None,
                max_width: Optional[int] = None) -> None:
    """A plain aligned table; the last column is cut to the terminal width."""
    out = out or sys.stdout
    if not rows:
        print("(no rows)", file=out)
        return
    width = max_width or shutil.get_terminal_size((160, 20)).columns
    cells = [[_one_line(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    fixed = sum(min(w, 40) + 2 for w in widths[:-1])
    widths = [min(w, 40) for w in widths[:-1]] + [max(20, width - fixed)]

    def line(values: Sequence[str]) -> str:
        parts = [v if len(v) <= w else v[: w - 1] + "…" for v, w in zip(values, widths)]
        return "  ".join(p.ljust(w) for p, w in zip(parts, widths)).rstrip()

    print(line(columns), file=out)
    print(line(["-" * w for w in widths]), file=out)
    for row in cells:
        print(line(row), file=out)


def _one_line(value: Any) -> str:
    """A cell on one line: line breaks and tabs inside a sentence or a name become spaces, so a
    row of the table is always one line of text."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def print_jsonl(objs: Iterable[dict[str, Any]], out: Optional[TextIO] = None) -> None:
    out = out or sys.stdout
    for obj in objs:
        out.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def print_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: Optional[TextIO] = None) -> None:
    out = out or sys.stdout
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v) for k, v in row.items()})
