"""Planar polygons and point sets: point-in-polygon with boundary detection over
NaN-separated loops, shoelace areas, Delaunay triangles and convex hulls in MATLAB's
conventions (1-based data is the legacy layer's business; everything here is 0-based).

Point in polygon (MATLAB's ``inpolygon``): the vertices form one or more loops separated
by NaN rows; each loop is closed implicitly. A point is *on* when it lies on an edge
(zero cross product, within the edge's bounding box: exact for exact data), *in* when
it is on or when a horizontal ray from it crosses the edges an odd number of times over
all loops (the even-odd rule, so a loop inside another is a hole and self-intersecting
polygons alternate, as MATLAB's documentation shows for its pentagram).
"""

from __future__ import annotations

import numpy as np

__all__ = ["polygon_edges", "points_in_polygon", "shoelace_area", "delaunay_triangles",
           "convex_hull", "rectangle_intersections"]

#: points per block of the vectorised point-by-edge test (bounds memory at ~8 MB/array)
_BLOCK = 1 << 20


def polygon_edges(xv: np.ndarray, yv: np.ndarray):
    """Edges ``(x1, y1, x2, y2)`` of the NaN-separated loops, each loop closed."""
    xv = np.asarray(xv, dtype=float).ravel()
    yv = np.asarray(yv, dtype=float).ravel()
    gap = np.isnan(xv) | np.isnan(yv)
    starts, ends = [], []
    i, n = 0, xv.size
    while i < n:
        if gap[i]:
            i += 1
            continue
        j = i
        while j < n and not gap[j]:
            j += 1
        idx = np.arange(i, j)
        starts.append(idx)
        ends.append(np.roll(idx, -1))
        i = j
    if not starts:
        empty = np.empty(0)
        return empty, empty, empty, empty
    a = np.concatenate(starts)
    b = np.concatenate(ends)
    return xv[a], yv[a], xv[b], yv[b]


def points_in_polygon(xq: np.ndarray, yq: np.ndarray, xv, yv):
    """``(in, on)`` boolean arrays of the query points' shape."""
    x1, y1, x2, y2 = polygon_edges(xv, yv)
    shape = np.shape(xq)
    px = np.asarray(xq, dtype=float).ravel()
    py = np.asarray(yq, dtype=float).ravel()
    inside = np.zeros(px.size, dtype=bool)
    on = np.zeros(px.size, dtype=bool)
    if x1.size == 0 or px.size == 0:
        return inside.reshape(shape), on.reshape(shape)
    step = max(1, _BLOCK // x1.size)
    for s in range(0, px.size, step):
        X = px[s:s + step, None]
        Y = py[s:s + step, None]
        with np.errstate(invalid="ignore", divide="ignore"):
            cross = (x2 - x1) * (Y - y1) - (y2 - y1) * (X - x1)
            within = ((X >= np.minimum(x1, x2)) & (X <= np.maximum(x1, x2))
                      & (Y >= np.minimum(y1, y2)) & (Y <= np.maximum(y1, y2)))
            on_edge = (cross == 0) & within
            straddle = (y1 > Y) != (y2 > Y)
            xcross = x1 + (Y - y1) * (x2 - x1) / (y2 - y1)
            hits = straddle & (X < xcross)
        on[s:s + step] = on_edge.any(axis=1)
        inside[s:s + step] = (np.count_nonzero(hits, axis=1) % 2 == 1) | on[s:s + step]
    return inside.reshape(shape), on.reshape(shape)


def shoelace_area(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """MATLAB's polyarea along axis 0: ``abs(sum((x[next] - x) * (y[next] + y))) / 2``."""
    xn = np.roll(x, -1, axis=0)
    yn = np.roll(y, -1, axis=0)
    return np.abs(np.sum((xn - x) * (yn + y), axis=0)) / 2


def _unique_points(points: np.ndarray):
    """Distinct points (first occurrence kept) and the map back."""
    _, first, inverse = np.unique(points, axis=0, return_index=True, return_inverse=True)
    order = np.sort(first)
    return order, inverse.ravel()


def delaunay_triangles(x: np.ndarray, y: np.ndarray):
    """``(triangles, duplicates)``: counter-clockwise triangles as 0-based indices into
    the original points (duplicates refer to their first occurrence), each starting at
    its smallest index;
    ``duplicates`` is whether any point repeated. Collinear input gives ``(0, 3)``."""
    from scipy.spatial import Delaunay, QhullError

    pts = np.column_stack([np.ravel(x), np.ravel(y)]).astype(float)
    keep, _ = _unique_points(pts)
    duplicates = keep.size < pts.shape[0]
    sub = pts[keep]
    if sub.shape[0] < 3:
        return np.empty((0, 3), dtype=np.intp), duplicates
    try:
        tri = Delaunay(sub, qhull_options="Qbb Qc Qz Q12 Qt").simplices
    except QhullError:
        return np.empty((0, 3), dtype=np.intp), duplicates
    t = keep[tri]
    p = pts
    area2 = ((p[t[:, 1], 0] - p[t[:, 0], 0]) * (p[t[:, 2], 1] - p[t[:, 0], 1])
             - (p[t[:, 1], 1] - p[t[:, 0], 1]) * (p[t[:, 2], 0] - p[t[:, 0], 0]))
    t = t[area2 != 0]
    clockwise = area2[area2 != 0] < 0
    t[clockwise] = t[clockwise][:, [0, 2, 1]]
    # each triangle from its smallest index (a rotation keeps it counter-clockwise)
    first = np.argmin(t, axis=1)
    t = t[np.arange(t.shape[0])[:, None], (first[:, None] + np.arange(3)) % 3]
    return t, duplicates


def convex_hull(x: np.ndarray, y: np.ndarray, simplify: bool = True):
    """``(indices, area)``: the hull's vertices counter-clockwise as 0-based indices into
    the points, closed (the first repeated at the end), starting from the
    lowest-indexed hull vertex; collinear boundary points dropped when ``simplify``."""
    pts = np.column_stack([np.ravel(x), np.ravel(y)]).astype(float)
    keep, _ = _unique_points(pts)
    sub = pts[keep]
    # Andrew's monotone chain on the distinct points (exact orientation tests)
    order = np.lexsort((sub[:, 1], sub[:, 0]))

    def turn(o, a, b):
        return ((sub[a, 0] - sub[o, 0]) * (sub[b, 1] - sub[o, 1])
                - (sub[a, 1] - sub[o, 1]) * (sub[b, 0] - sub[o, 0]))

    def chain(indices):
        out = []
        for i in indices:
            while len(out) >= 2 and (turn(out[-2], out[-1], i) <= 0 if simplify
                                     else turn(out[-2], out[-1], i) < 0):
                out.pop()
            out.append(i)
        return out

    lower = chain(order)
    upper = chain(order[::-1])
    hull = lower[:-1] + upper[:-1]
    if len(hull) < 3:
        raise ValueError("collinear")
    idx = keep[np.array(hull)]
    start = int(np.argmin(idx))
    idx = np.roll(idx, -start)
    ring = np.append(idx, idx[0])
    area = float(shoelace_area(pts[ring[:-1], 0], pts[ring[:-1], 1]))
    return ring, area


def rectangle_intersections(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Areas of intersection of every rectangle of ``a`` (n-by-4 rows ``[x, y, w, h]``)
    with every rectangle of ``b`` (m-by-4): the n-by-m matrix ``max(0, min(xa + wa,
    xb + wb) - max(xa, xb)) * max(0, min(ya + ha, yb + hb) - max(ya, yb))`` in the
    arrays' common dtype. A negative width or height makes an empty rectangle (area 0
    with anything); NaN coordinates give NaN.
    """
    left_a, bottom_a = a[:, 0:1], a[:, 1:2]
    right_a, top_a = left_a + a[:, 2:3], bottom_a + a[:, 3:4]
    left_b, bottom_b = b[:, 0][None, :], b[:, 1][None, :]
    right_b, top_b = left_b + b[:, 2][None, :], bottom_b + b[:, 3][None, :]
    width = np.minimum(right_a, right_b) - np.maximum(left_a, left_b)
    height = np.minimum(top_a, top_b) - np.maximum(bottom_a, bottom_b)
    zero = np.zeros((), dtype=width.dtype)
    width = np.where(width < 0, zero, width)
    height = np.where(height < 0, zero, height)
    return width * height
