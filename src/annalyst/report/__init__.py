"""``annalyst report``: a static HTML report (timeline and network as PNG images) for sending as files.

The report reads the store through ``Store``'s public methods only, with the same
``EventQuery`` filters as ``annalyst events``, and writes ``index.html``, ``timeline.png`` and
``network.png`` into one folder.  The page is rendered by Jinja2 with autoescaping, so article
text and actor names are always shown as text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Union

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from annalyst import __version__
from annalyst.errors import InputError
from annalyst.report.charts import edges_from_dyads, network_png, timeline_png
from annalyst.store import EventQuery, Store

MAX_CHART_EVENTS = 5000
"""Events drawn on the timeline image, latest first (the per-period bars count every event)."""

MAX_DYADS = 60
"""Dyads drawn on the network image, most events first."""

DEFAULT_TABLE_ROWS = 200


@dataclass(frozen=True, slots=True)
class ReportResult:
    index: Path
    images: tuple[Path, ...]
    events: int  # events matching the filters
    listed: int  # events in the page's table


def choose_period(first: Optional[dt.date], last: Optional[dt.date]) -> str:
    """A bar width that gives a readable number of bars for the span of the data."""
    if first is None or last is None:
        return "month"
    days = (last - first).days
    if days <= 45:
        return "day"
    if days <= 400:
        return "week"
    if days <= 12 * 365:
        return "month"
    return "year"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=PackageLoader("annalyst.report", "data"), autoescape=select_autoescape(default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _actor_label(actor: Optional[dict[str, Any]]) -> str:
    if not actor:
        return "—"
    code = actor.get("code") or actor.get("country") or "?"
    text = actor.get("text") or ""
    return f"{code} ({text})" if text and text != code else code


def _active_filters(q: EventQuery) -> list[tuple[str, str]]:
    skip = {"limit", "offset", "sort"}
    out = []
    for f in dataclasses.fields(q):
        value = getattr(q, f.name)
        if f.name in skip or value in (None, False, ""):
            continue
        out.append((f.name, value.isoformat() if isinstance(value, dt.date) else str(value)))
    return out


def build_report(db_path: Union[str, Path], out_dir: Union[str, Path], query: Optional[EventQuery] = None, *,
                 title: Optional[str] = None, period: Optional[str] = None) -> ReportResult:
    """Write ``index.html``, ``timeline.png`` and ``network.png`` for the events matching ``query``.

    ``query.limit`` bounds the table of events (default 200); the images use every matching
    event up to ``MAX_CHART_EVENTS``.  ``period`` (day/week/month/year) defaults to one that
    suits the span of the dates.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} exists and is not a folder", "give --out a folder (it is created if missing)")
    q = query or EventQuery(limit=DEFAULT_TABLE_ROWS)
    table_rows = q.limit if q.limit is not None else DEFAULT_TABLE_ROWS
    with Store(db_path, read_only=True) as store:
        total = store.count_events(q)
        chart_events = store.query_events(dataclasses.replace(q, limit=MAX_CHART_EVENTS, offset=0, sort="-date"))
        listed = store.query_events(dataclasses.replace(q, limit=table_rows))
        dates = [d for e in chart_events if (d := e.get("date"))]
        chosen = period or choose_period(dt.date.fromisoformat(min(dates)) if dates else None,
                                         dt.date.fromisoformat(max(dates)) if dates else None)
        periods = store.timeline(dataclasses.replace(q, limit=None, offset=0), period=chosen)
        dyads = store.dyads(dataclasses.replace(q, limit=None, offset=0), limit=MAX_DYADS)
    out.mkdir(parents=True, exist_ok=True)
    timeline = timeline_png(chart_events, periods, chosen, out / "timeline.png")
    network = network_png(edges_from_dyads(dyads), out / "network.png")
    rows = [{**ev, "source_label": _actor_label(ev.get("source")), "target_label": _actor_label(ev.get("target"))}
            for ev in listed]
    html = _environment().get_template("report.html.j2").render(
        title=title or "annalyst report", generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"), version=__version__,
        db_name=Path(db_path).name, filters=_active_filters(q), total=total, shown=len(rows), period=chosen,
        timeline_png=timeline.name, network_png=network.name, dyads=dyads, events=rows)
    index = out / "index.html"
    index.write_text(html, encoding="utf-8")
    return ReportResult(index=index, images=(timeline, network), events=total, listed=len(rows))


__all__ = ["ReportResult", "build_report", "choose_period"]
