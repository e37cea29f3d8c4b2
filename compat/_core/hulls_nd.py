"""Convex hulls in N dimensions by Qhull (scipy.spatial.ConvexHull), with the options
MATLAB and GNU Octave pass, returned in a canonical order."""

from __future__ import annotations

import numpy as np

__all__ = ["DEFAULT_HULL_OPTIONS", "hull_facets"]


def DEFAULT_HULL_OPTIONS(dimension: int) -> list[str]:
    """MATLAB's default Qhull options for convhulln: Qt, and Qx from 4-D on."""
    return ["Qt"] if dimension <= 3 else ["Qt", "Qx"]


def hull_facets(points: np.ndarray, options: list[str]) -> tuple[np.ndarray, float]:
    """``(facets, volume)``: the 0-based point indices of each facet, each row sorted
    ascending and the rows sorted, and the hull's volume (area in 2-D)."""
    from scipy.spatial import ConvexHull
    hull = ConvexHull(points, qhull_options=" ".join(options) or None)
    facets = np.sort(hull.simplices, axis=1)
    order = np.lexsort(facets.T[::-1])
    return facets[order], float(hull.volume)
