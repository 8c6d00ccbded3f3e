"""The report's images (matplotlib, Agg backend): the timeline and the actor network.

They draw the same things as the web UI: events by date and Goldstein score coloured by
QuadClass, events per period stacked by QuadClass, and dyads as edges weighted by event count
and coloured by mean Goldstein.  Colours match ``serve/static/style.css``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Sequence

import matplotlib

matplotlib.use("Agg")  # files only: no display, no GUI toolkit

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.colors import LinearSegmentedColormap, Normalize  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402

from annalyst.report.layout import force_layout  # noqa: E402

QUAD_COLORS = {1: "#4c9f70", 2: "#1f6f8b", 3: "#e0a030", 4: "#c0392b"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD_KEYS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
GOLDSTEIN_CMAP = LinearSegmentedColormap.from_list("goldstein", ["#c82828", "#969696", "#1e8c3c"])
DPI = 110


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    events: int
    goldstein_mean: Optional[float]


def _date(value: Any) -> Optional[dt.date]:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", color="#5f6b76", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def timeline_png(events: Sequence[dict[str, Any]], periods: Sequence[dict[str, Any]], period: str, out: Path) -> Path:
    """Top: each dated event at (date, Goldstein) coloured by QuadClass.  Bottom: events per period."""
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 6.2), dpi=DPI, sharex=True,
                                      gridspec_kw={"height_ratios": [3, 2]})
    dated = [(d, e) for e in events if (d := _date(e.get("date"))) is not None]
    if dated:
        stacked: Counter[tuple[dt.date, float]] = Counter()
        for quad in (1, 2, 3, 4):
            xs, ys = [], []
            for day, ev in dated:
                if (ev.get("quad_class") or 0) != quad:
                    continue
                score = float(ev.get("goldstein") or 0.0)
                # events on the same day with the same score stack upward, as in the UI
                ys.append(score + 0.6 * stacked[(day, score)])
                stacked[(day, score)] += 1
                xs.append(day)
            if xs:
                top.scatter(xs, ys, s=36, color=QUAD_COLORS[quad], edgecolors="white", linewidths=0.6,
                            label=QUAD_NAMES[quad], zorder=3)
        top.axhline(0, color="#b8c0c8", linewidth=0.8)
        top.set_ylim(-10.8, 11.5)
        top.set_ylabel("Goldstein")
        top.legend(loc="upper left", fontsize=8, ncol=4, frameon=False)
    else:
        _empty(top, "no dated events")
    top.grid(axis="y", color="#eef0f2")
    top.set_title("Events over time", loc="left", fontsize=11)

    if periods:
        starts = [_date(p["period"]) for p in periods]
        width = {"day": 0.8, "week": 5.6, "month": 24, "year": 300}[period]
        base = np.zeros(len(periods))
        for quad in (1, 2, 3, 4):
            counts = np.array([p.get(QUAD_KEYS[quad]) or 0 for p in periods], dtype=float)
            bottom.bar(starts, counts, width=width, bottom=base, color=QUAD_COLORS[quad], align="edge")
            base += counts
        bottom.set_ylabel(f"events per {period}")
        bottom.yaxis.get_major_locator().set_params(integer=True)
    else:
        _empty(bottom, "no dated events")
    bottom.grid(axis="y", color="#eef0f2")
    if dated or periods:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
        bottom.xaxis.set_major_locator(locator)
        bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for ax in (top, bottom):
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out


NO_ACTOR = frozenset({"?", "-"})
"""The store's dyad keys for an unresolved source (``?``) and a missing target (``-``): not actors."""


def edges_from_dyads(dyads: Sequence[dict[str, Any]]) -> list[Edge]:
    """Dyads between two known actors (events without a target or with an unresolved source are left out)."""
    return [Edge(str(d["source"]), str(d["target"]), int(d.get("events") or 0), d.get("goldstein_mean"))
            for d in dyads if str(d["source"]) not in NO_ACTOR and str(d["target"]) not in NO_ACTOR]


def network_png(edges: Sequence[Edge], out: Path) -> Path:
    """Actors as nodes, dyads as arrows: width ~ event count, colour = mean Goldstein."""
    fig, ax = plt.subplots(figsize=(10, 6.5), dpi=DPI)
    ax.set_title("Actor network (source → target)", loc="left", fontsize=11)
    ax.set_axis_off()
    if not edges:
        _empty(ax, "no dyads")
        fig.savefig(out, format="png")
        plt.close(fig)
        return out
    names = sorted({e.source for e in edges} | {e.target for e in edges})
    index = {name: i for i, name in enumerate(names)}
    pos = force_layout(len(names), [(index[e.source], index[e.target]) for e in edges])
    weight = Counter()
    for e in edges:
        weight[e.source] += e.events
        weight[e.target] += e.events
    max_count = max(e.events for e in edges) or 1
    max_weight = max(weight.values()) or 1
    norm = Normalize(vmin=-10, vmax=10)
    sizes = {n: 300 + 1500 * np.sqrt(weight[n] / max_weight) for n in names}
    for e in edges:
        a, b = pos[index[e.source]], pos[index[e.target]]
        colour = GOLDSTEIN_CMAP(norm(e.goldstein_mean if e.goldstein_mean is not None else 0.0))
        width = 1.2 + 5 * np.sqrt(e.events / max_count)
        if e.source == e.target:  # domestic events: a small loop above the node
            patch = FancyArrowPatch((a[0] - 0.02, a[1] + 0.03), (a[0] + 0.02, a[1] + 0.03),
                                    connectionstyle="arc3,rad=-2.5", arrowstyle="-|>", mutation_scale=12,
                                    linewidth=width, color=colour, zorder=1)
        else:  # a slight arc keeps A→B and B→A apart
            patch = FancyArrowPatch(tuple(a), tuple(b), connectionstyle="arc3,rad=0.12", arrowstyle="-|>", mutation_scale=14,
                                    linewidth=width, color=colour, alpha=0.9, zorder=1,
                                    shrinkA=np.sqrt(sizes[e.source]) / 2 + 2, shrinkB=np.sqrt(sizes[e.target]) / 2 + 2)
        ax.add_patch(patch)
    ax.scatter(pos[:, 0], pos[:, 1], s=[sizes[n] for n in names], color="white", edgecolors="#1d232a",
               linewidths=1.4, zorder=2)
    for name in names:
        x, y = pos[index[name]]
        ax.annotate(name, (x, y), xytext=(0, np.sqrt(sizes[name]) / 2 + 4), textcoords="offset points",
                    ha="center", va="bottom", fontsize=9, fontweight="bold", zorder=3)
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.02, 1.08)
    bar = fig.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=GOLDSTEIN_CMAP), ax=ax, fraction=0.03, pad=0.01)
    bar.set_label("mean Goldstein")
    fig.tight_layout()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out
