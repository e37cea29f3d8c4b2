"""Plane geometry of IDL's library: polygon areas (POLY_AREA), the circle through three
points (CIR_3PNT) and the raster pixels inside a polygon (POLYFILLV).

Python-shaped: plain numpy vectors in, numpy values out, options as keywords; the legacy
layer (:mod:`compat.idl.plane_geometry`) reads IDL's arguments and names the errors.

* Area: the shoelace sum ``(1/2) sum_i (x_i y_(i+1) - x_(i+1) y_i)`` over the closed
  polygon, positive for counter-clockwise vertices. The coordinates are first shifted by
  the first vertex (``x - x[0]``, ``y - y[0]``): the area is unchanged and far fewer
  digits cancel for polygons away from the origin (IDL 8's POLY_AREA does this since
  2000, "subtract offsets to improve accuracy"). Computed and returned in the requested
  floating type.
* Circle: the circumcircle of Glassner (ed.), *Graphics Gems* I, p. 22 (the routine IDL
  documents CIR_3PNT to be derived from): with ``d1 = (p3 - p1).(p2 - p1)``, ``d2 = (p3 -
  p2).(p1 - p2)``, ``d3 = (p1 - p3).(p2 - p3)``, ``c1 = d2 d3``, ``c2 = d3 d1``, ``c3 =
  d1 d2`` and ``c = c1 + c2 + c3``, the radius is ``sqrt((d1 + d2)(d2 + d3)(d3 + d1) /
  c) / 2`` and the centre ``((c2 + c3) p1 + (c3 + c1) p2 + (c1 + c2) p3) / (2 c)``;
  ``c`` is zero exactly when the points are collinear.
* Polygon pixels: Rogers' scan-line rule (*Procedural Elements for Computer Graphics*,
  1985, p. 71) as IDL's POLYFILLV page states it: the scan line of row ``k`` passes
  through the pixel centres ``y = k + 0.5``; an edge from ``(x_i, y_i)`` to ``(x_j,
  y_j)`` meets it when ``min(y) <= k + 0.5 < max(y)`` (half-open, so a vertex on a scan
  line is counted once and horizontal edges never); the crossings of a row, sorted, are
  paired (even-odd) and the pixels whose centres ``m + 0.5`` lie in ``[left, right)`` of
  a pair are inside: columns ``ceil(left - 0.5) .. ceil(right - 0.5) - 1``. The
  vertices are taken as integer subscripts (truncated toward zero), and the crossing is
  evaluated in single precision in the order ``(x_i - 0.5) + ((k + 0.5 - y_i) / (y_j -
  y_i)) * (x_j - x_i)`` -- GDL 1.0.1's evaluation, the only executable reference here;
  IDL's page does not say how it rounds. Spans are clipped to columns ``0 .. Sx - 1``
  and rows ``0 .. Sy - 1``.
"""

from __future__ import annotations

import numpy as np

__all__ = ["shoelace_area", "circumcircle", "COLLINEAR", "polygon_runs", "expand_runs"]

#: ``|c|`` below this is "co-linear" (IDL 8's cir_3pnt.pro compares ``abs(c) lt 1e-14``)
COLLINEAR = 1e-14


def shoelace_area(x: np.ndarray, y: np.ndarray, dtype, *, signed: bool):
    """The polygon's area in ``dtype`` (float32 or float64), signed (counter-clockwise
    positive) or its absolute value. ``x`` and ``y`` are equal-length 1-D vectors."""
    xx = x.astype(dtype)
    yy = y.astype(dtype)
    xx = xx - xx[0]
    yy = yy - yy[0]
    terms = xx * np.roll(yy, -1) - yy * np.roll(xx, -1)
    area = terms.sum(dtype=dtype) / dtype.type(2)
    return dtype.type(area if signed else abs(area))


def circumcircle(x: np.ndarray, y: np.ndarray):
    """``(r, x0, y0)`` as float64 of the circle through the three points ``(x[k], y[k])``;
    ``(0.0, 0.0, 0.0)`` when they are collinear (``|c| < COLLINEAR``)."""
    x = x.astype(np.float64)
    y = y.astype(np.float64)
    d1 = (x[2] - x[0]) * (x[1] - x[0]) + (y[2] - y[0]) * (y[1] - y[0])
    d2 = (x[2] - x[1]) * (x[0] - x[1]) + (y[2] - y[1]) * (y[0] - y[1])
    d3 = (x[0] - x[2]) * (x[1] - x[2]) + (y[0] - y[2]) * (y[1] - y[2])
    c1, c2, c3 = d2 * d3, d3 * d1, d1 * d2
    c = c1 + c2 + c3
    if not abs(c) >= COLLINEAR:      # also NaN coordinates
        if np.isnan(c):
            nan = np.float64(np.nan)
            return nan, nan, nan
        zero = np.float64(0.0)
        return zero, zero, zero
    r = np.sqrt((d1 + d2) * (d2 + d3) * (d3 + d1) / c) / 2.0
    weights = np.array([c2 + c3, c3 + c1, c1 + c2]) / (2.0 * c)
    return (np.float64(r), np.float64((weights * x).sum()),
            np.float64((weights * y).sum()))


def polygon_runs(x: np.ndarray, y: np.ndarray, sx: int, sy: int):
    """``(starts, lengths)`` (int64) of the runs of raster pixels inside the polygon, in
    row order and left to right within a row (the scan-line rule of the module
    docstring). The vertices ``x``, ``y`` are already integers (int64)."""
    fx = x.astype(np.float32)
    fy = y.astype(np.float32)
    # edge i joins vertex i-1 (j) to vertex i, as the polygon closes on itself
    fxj, fyj = np.roll(fx, 1), np.roll(fy, 1)
    scan = np.arange(sy, dtype=np.float32)[:, None] + np.float32(0.5)
    yi, yj = fy[None, :], fyj[None, :]
    crosses = ((yi <= scan) & (yj > scan)) | ((yj <= scan) & (yi > scan))
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = (scan - yi) / (yj - yi) * (fxj - fx)[None, :]
        where = np.ceil((fx - np.float32(0.5))[None, :] + slope)
    big = np.iinfo(np.int64).max
    nodes = np.where(crosses, where, 0).astype(np.int64)
    nodes[~crosses] = big
    nodes.sort(axis=1)
    if nodes.shape[1] % 2:
        nodes = np.concatenate([nodes, np.full((sy, 1), big, np.int64)], axis=1)
    left, right = nodes[:, 0::2], nodes[:, 1::2]
    keep = (right != big) & (left < sx) & (right >= 0)
    left = np.maximum(left, 0)
    right = np.minimum(right, sx)
    keep &= right > left
    rows, pairs = np.nonzero(keep)
    starts = left[rows, pairs] + rows.astype(np.int64) * sx
    lengths = right[rows, pairs] - left[rows, pairs]
    return starts, lengths


def expand_runs(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Every subscript of the runs, in order (int64)."""
    total = int(lengths.sum())
    offsets = np.cumsum(lengths) - lengths
    return (np.arange(total, dtype=np.int64) - np.repeat(offsets, lengths)
            + np.repeat(starts, lengths))
