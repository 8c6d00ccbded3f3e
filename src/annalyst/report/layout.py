"""A deterministic force layout for the actor network (Fruchterman–Reingold, numpy).

The same algorithm as the web UI's (``serve/static/app.js`` ``forceLayout``): nodes start on a
circle, so a report of the same store always looks the same.
"""

from __future__ import annotations

import numpy as np


def force_layout(n_nodes: int, edges: list[tuple[int, int]], *, iterations: int = 300) -> np.ndarray:
    """Positions in the unit square (``n_nodes × 2``) for nodes joined by ``edges`` (index pairs)."""
    if n_nodes == 0:
        return np.zeros((0, 2))
    if n_nodes == 1:
        return np.array([[0.5, 0.5]])
    angles = 2 * np.pi * np.arange(n_nodes) / n_nodes
    pos = 0.5 + 0.3 * np.column_stack([np.cos(angles), np.sin(angles)])
    k = 0.9 / np.sqrt(n_nodes)
    pairs = np.array([(a, b) for a, b in edges if a != b], dtype=int).reshape(-1, 2)
    temp = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 1e-4)
        np.fill_diagonal(dist, np.inf)
        disp = ((k * k / dist)[:, :, None] * delta / dist[:, :, None]).sum(axis=1)
        if len(pairs):
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            length = np.maximum(np.linalg.norm(d, axis=1), 1e-4)
            pull = (length / k)[:, None] * d
            np.add.at(disp, pairs[:, 0], -pull)
            np.add.at(disp, pairs[:, 1], pull)
        disp += (0.5 - pos) * 0.05 / k  # gravity keeps disconnected pieces in view
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        pos = np.clip(pos, 0.05, 0.95)
        temp = max(temp * 0.97, 0.002)
    return pos
