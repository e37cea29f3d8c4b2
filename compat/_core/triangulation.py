"""Delaunay triangulation of scattered planar points, linear interpolation on the
triangles onto a regular grid or points, inverse-distance and nearest-neighbour
interpolation (IDL's TRIANGULATE, TRIGRID and GRIDDATA).

Python-shaped: float64 coordinate vectors in, numpy arrays out, options as keywords; the
legacy layer (:mod:`compat.idl.triangulation`) reads IDL's arguments, types the results
and names the errors.

* Triangulation: the Delaunay triangulation of the distinct points (no point inside the
  circumcircle of a triangle), computed by Qhull (``scipy.spatial.Delaunay``) on the
  points with duplicates removed. It is unique unless four or more points lie on a
  common circle; there the choice of diagonals is Qhull's, and IDL's (and GDL's) may be
  the other one -- any Delaunay triangulation is a correct answer (Renka, TOMS 751;
  Lee & Schachter 1980).
* Order: IDL's reference page fixes neither the order of the triangles nor the vertex a
  triangle starts at. compat returns every triangle counter-clockwise (as IDL's
  triangles are: GDL writes them "counterclockwise as IDL does"), starting at its
  smallest vertex index, and the triangles sorted by their three indices. The boundary
  is the convex hull's vertices counter-clockwise (the reference page's order) starting
  at the smallest index; :func:`canonical_triangles` and :func:`canonical_boundary`
  bring any equivalent answer to this form.
* Connectivity: IDL's adjacency list -- ``N + 1`` offsets, then for each node its
  neighbours counter-clockwise; a boundary node's list starts with the node itself,
  then its neighbours from the next boundary node (counter-clockwise along the hull) to
  the previous one, so it is fully determined; an interior node's ring has no natural
  start, compat starts it at its smallest neighbour (:func:`canonical_connectivity`).
* Duplicates: points closer than ``tolerance`` in both coordinates (equal points when
  ``tolerance`` is 0) are one node, represented by the smallest index; each other index
  of the group is a repeat ``(representative, index)``; a repeated point's adjacency
  list is its representative's. A distinct point that Qhull cannot separate from a
  vertex (a few units in the last place away) joins that vertex's node the same way
  (the triangles then use the vertex's coordinates under the smaller index).
* Linear gridding: the grid values inside a triangle ``(1, 2, 3)`` are
  ``(a (z1 - z3) + b (z2 - z3)) / det + z3`` with ``a = (y2 - y3)(x - x3) + (x3 - x2)(y
  - y3)``, ``b = (y3 - y1)(x - x3) + (x1 - x3)(y - y3)`` and ``det = (y2 - y3)(x1 - x3)
  - (x3 - x2)(y3 - y1)`` in double precision (the barycentric form of the plane through
  the three vertices); a grid point is inside when ``a``, ``b`` and ``det - a - b`` all
  lie between 0 and ``det`` (edges included). The triangles are visited in order and a
  later triangle's value replaces an earlier one's on shared edges (GDL 1.0.1's order
  and arithmetic; IDL documents only "double precision for all computations").
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["Triangulation", "merge_duplicates", "delaunay", "canonical_triangles",
           "canonical_boundary", "canonical_connectivity", "canonical_repeats",
           "grid_axis", "linear_grid", "linear_points", "inverse_distance",
           "nearest_neighbour", "CollinearError", "TooFewPointsError"]


class CollinearError(CompatValueError):
    """All the distinct points lie on one line: there is no triangle."""


class TooFewPointsError(CompatValueError):
    """Fewer than three distinct points."""


class Triangulation(NamedTuple):
    """The result of :func:`delaunay` (indices into the caller's point vectors)."""

    triangles: np.ndarray     #: (ntri, 3) int64, counter-clockwise, sorted
    boundary: np.ndarray      #: hull vertices counter-clockwise from the smallest
    connectivity: np.ndarray  #: IDL's adjacency list (offsets, then lists)
    repeats: np.ndarray       #: (nrep, 2) pairs (representative, repeated index)


def merge_duplicates(x: np.ndarray, y: np.ndarray, tolerance: float = 0.0) -> np.ndarray:
    """``rep`` with ``rep[i]`` the smallest index of the points within ``tolerance`` of
    point ``i`` in both coordinates (chains of such points form one group); ``rep[i] ==
    i`` for a point that stands alone."""
    n = x.size
    rep = np.arange(n)
    if tolerance <= 0:
        pts = np.stack([x, y], axis=1)
        # np.unique keeps the first occurrence; +0.0 makes -0.0 and 0.0 one value
        _, first, inverse = np.unique(pts + 0.0, axis=0, return_index=True,
                                      return_inverse=True)
        return first[inverse.reshape(-1)]
    from scipy.spatial import cKDTree
    pairs = cKDTree(np.stack([x, y], axis=1)).query_pairs(tolerance, p=np.inf,
                                                         output_type="ndarray")
    parent = np.arange(n)

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    for i in range(n):
        rep[i] = root(i)
    return rep


def _orient(px, py, tri):
    """Twice the signed area of each triangle (positive: counter-clockwise)."""
    a, b, c = tri[:, 0], tri[:, 1], tri[:, 2]
    return (px[b] - px[a]) * (py[c] - py[a]) - (py[b] - py[a]) * (px[c] - px[a])


def _representatives(x, y, n):
    """Each index mapped to the smallest index of an equal point (identity without
    coordinates)."""
    if x is None:
        return np.arange(n)
    return merge_duplicates(np.asarray(x, np.float64).reshape(-1),
                            np.asarray(y, np.float64).reshape(-1))


def canonical_triangles(triangles, x=None, y=None) -> np.ndarray:
    """Triangles (n, 3) each rotated to start at its smallest index (orientation kept),
    then sorted by their three indices: equal for any two listings of the same
    triangles with the same orientations. With the points' ``x`` and ``y``, an index is
    first replaced by the smallest index of an equal point (IDL keeps one point of each
    repeated group, which one is not documented)."""
    t = np.asarray(triangles).reshape(-1, 3)
    if x is not None:
        t = _representatives(x, y, np.size(x))[t]
    k = np.argmin(t, axis=1)
    rows = np.arange(t.shape[0])[:, None]
    t = t[rows, (k[:, None] + np.arange(3)) % 3]
    t = t[np.lexsort(t.T[::-1])] if t.size else t
    return t.astype(np.asarray(triangles).dtype)


def canonical_boundary(boundary, x=None, y=None) -> np.ndarray:
    """A boundary cycle rotated to start at its smallest index (direction kept); with
    ``x`` and ``y``, repeated points first replaced as in :func:`canonical_triangles`."""
    b = np.asarray(boundary).reshape(-1)
    if x is not None:
        b = _representatives(x, y, np.size(x))[b].astype(b.dtype)
    return np.roll(b, -int(np.argmin(b))) if b.size else b


def canonical_connectivity(connectivity, x=None, y=None) -> np.ndarray:
    """IDL's adjacency list with each interior node's ring rotated to start at its
    smallest neighbour; a boundary node's list (which starts with the node itself, or
    for a repeated point with the point it repeats) is kept. With ``x`` and ``y``,
    repeated points are first replaced as in :func:`canonical_triangles`. Equal for two
    adjacency lists of the same triangulation."""
    c = np.asarray(connectivity).reshape(-1).copy()
    n = int(c[0]) - 1
    rep = _representatives(x, y, n)
    for i in range(n):
        lo, hi = int(c[i]), int(c[i + 1])
        ring = rep[c[lo:hi]]
        if ring.size and ring[0] != rep[i]:  # interior node
            ring = np.roll(ring, -int(np.argmin(ring)))
        c[lo:hi] = ring
    return c


def canonical_repeats(repeats) -> np.ndarray:
    """Repeat pairs each ordered (smaller, larger) and sorted; ``[-1, -1]`` kept."""
    r = np.asarray(repeats).reshape(-1, 2)
    if r.size == 2 and (r < 0).all():
        return r.reshape(-1)
    r = np.sort(r, axis=1)
    return r[np.lexsort(r.T[::-1])]


def delaunay(x: np.ndarray, y: np.ndarray, *, tolerance: float = 0.0) -> Triangulation:
    """The Delaunay triangulation of the points ``(x[i], y[i])`` (float64 vectors) in the
    canonical order of the module docstring. Raises :class:`TooFewPointsError` for fewer
    than 3 distinct points and :class:`CollinearError` when they are all on a line."""
    from scipy.spatial import Delaunay
    from scipy.spatial import QhullError

    n = x.size
    rep = merge_duplicates(x, y, tolerance)
    nodes = np.flatnonzero(rep == np.arange(n))       # representatives, ascending
    if nodes.size < 3:
        raise TooFewPointsError("fewer than 3 distinct points")
    px, py = x[nodes], y[nodes]
    # all on a line: every cross product with the first two distinct points is zero
    # (first two distinct points define the line)
    dx, dy = px - px[0], py - py[0]
    if not np.any(dx[1:] * dy[1] - dy[1:] * dx[1] != 0):
        raise CollinearError("all points on one line")
    # Qhull's precision tests depend on the coordinates' magnitude: triangulate the
    # points divided by their largest magnitude (as GDL does before its triangulation)
    scale = max(np.abs(px).max(), np.abs(py).max())
    pts = np.stack([px, py], axis=1) / (scale if scale > 0 else 1.0)
    try:
        qhull = Delaunay(pts)
    except QhullError as err:  # pragma: no cover - Qhull's own degeneracy
        raise CollinearError(str(err)) from None
    tri = qhull.simplices.astype(np.int64)
    if qhull.coplanar.size:
        # points Qhull cannot tell from a vertex (within its precision) are left out of
        # every triangle: the two become one node, represented by the smaller index
        dropped = qhull.coplanar[:, 0]
        nodes = nodes.copy()
        for c, v in zip(dropped.tolist(), qhull.coplanar[:, 2].tolist()):
            small = min(nodes[c], nodes[v])
            rep[(rep == nodes[c]) | (rep == nodes[v])] = small
            nodes[v] = small
        keep = np.ones(nodes.size, bool)
        keep[dropped] = False
        tri = (np.cumsum(keep) - 1)[tri]
        nodes, px, py = nodes[keep], px[keep], py[keep]
    area = _orient(px, py, tri)
    tri = tri[area != 0]
    area = area[area != 0]
    flip = area < 0
    tri[flip] = tri[flip][:, [0, 2, 1]]
    # boundary: directed edges (counter-clockwise triangles) whose reverse is absent
    edges = np.concatenate([tri[:, [0, 1]], tri[:, [1, 2]], tri[:, [2, 0]]])
    m = nodes.size
    key = edges[:, 0] * m + edges[:, 1]
    rkey = edges[:, 1] * m + edges[:, 0]
    outer = ~np.isin(key, rkey)
    succ = dict(zip(edges[outer, 0].tolist(), edges[outer, 1].tolist()))
    start = min(succ)
    hull = [start]
    while True:
        nxt = succ[hull[-1]]
        if nxt == start:
            break
        hull.append(nxt)
    # neighbours of each node, counter-clockwise by angle
    nb = [set() for _ in range(m)]
    for a, b in edges.tolist():
        nb[a].add(b)
        nb[b].add(a)
    lists = []
    for i in range(m):
        js = np.fromiter(nb[i], dtype=np.int64)
        ang = np.arctan2(py[js] - py[i], px[js] - px[i])
        if i in succ:                                   # boundary node
            a0 = np.arctan2(py[succ[i]] - py[i], px[succ[i]] - px[i])
            order = np.argsort(np.mod(ang - a0, 2 * np.pi), kind="stable")
            ring = js[order]
            if ring[0] != succ[i]:  # pragma: no cover - guards round-off at 2*pi
                ring = np.roll(ring, -int(np.flatnonzero(ring == succ[i])[0]))
            lists.append(np.concatenate([[i], ring]))
        else:
            ring = js[np.argsort(ang, kind="stable")]
            lists.append(np.roll(ring, -int(np.argmin(ring))))
    # back to the caller's indices
    tri_out = canonical_triangles(nodes[tri])
    hull_out = canonical_boundary(nodes[np.asarray(hull)])
    slot = np.empty(n, dtype=np.int64)
    slot[nodes] = np.arange(m)
    offsets = np.empty(n + 1, dtype=np.int64)
    parts = []
    pos = n + 1
    for i in range(n):
        k = slot[rep[i]]
        lst = nodes[lists[k]]
        offsets[i] = pos
        parts.append(lst)
        pos += lst.size
    offsets[n] = pos
    conn = np.concatenate([offsets] + parts)
    later = np.flatnonzero(rep != np.arange(n))
    if later.size:
        repeats = np.stack([rep[later], later], axis=1)
        repeats = repeats[np.lexsort(repeats.T[::-1])]
    else:
        repeats = np.array([-1, -1], dtype=np.int64)
    return Triangulation(tri_out, hull_out, conn, repeats)


def grid_axis(lo: float, extent: float, count: int | None, spacing: float | None):
    """The grid coordinates ``lo + i * inc`` along one axis: ``count`` points spanning
    ``extent`` (``inc = extent / (count - 1)``), or, without a count, points ``spacing``
    apart, ``ceil(extent / spacing) + 1`` of them (GDL 1.0.1's rule: the grid reaches
    or passes the upper limit)."""
    if count is None:
        count = int(np.ceil(extent / spacing)) + 1
        inc = spacing
    else:
        inc = extent / (count - 1) if count > 1 else 0.0
    return np.arange(count, dtype=np.float64) * inc + lo


def linear_grid(x: np.ndarray, y: np.ndarray, z: np.ndarray, triangles: np.ndarray,
                xs: np.ndarray, ys: np.ndarray, out: np.ndarray, *,
                min_value=None, max_value=None) -> np.ndarray:
    """Fill ``out`` (shape ``(ys.size, xs.size)``, float64 or complex128, holding the
    missing or INPUT values) with the linear interpolation of ``z`` on each triangle
    (module docstring), in triangle order; a value outside ``[min_value, max_value]``
    is not written (for complex ``z`` the real and imaginary parts are tested and
    written separately against the parts of the bounds). Returns ``out``."""
    is_complex = np.iscomplexobj(out)
    xs_sorted = bool(np.all(np.diff(xs) >= 0))
    ys_sorted = bool(np.all(np.diff(ys) >= 0))
    for t in triangles:
        i1, i2, i3 = int(t[0]), int(t[1]), int(t[2])
        x1, y1, x2, y2, x3, y3 = x[i1], y[i1], x[i2], y[i2], x[i3], y[i3]
        xmin, xmax = min(x1, x2, x3), max(x1, x2, x3)
        ymin, ymax = min(y1, y2, y3), max(y1, y2, y3)
        if xs_sorted:
            ix = np.arange(np.searchsorted(xs, xmin, "left"),
                           np.searchsorted(xs, xmax, "right"))
        else:
            ix = np.flatnonzero((xs >= xmin) & (xs <= xmax))
        if ys_sorted:
            iy = np.arange(np.searchsorted(ys, ymin, "left"),
                           np.searchsorted(ys, ymax, "right"))
        else:
            iy = np.flatnonzero((ys >= ymin) & (ys <= ymax))
        if ix.size == 0 or iy.size == 0:
            continue
        y23, x32, y31, x13 = y2 - y3, x3 - x2, y3 - y1, x1 - x3
        det = y23 * x13 - x32 * y31
        lo, hi = (det, 0.0) if det < 0 else (0.0, det)
        dx = xs[ix][None, :] - x3
        dy = ys[iy][:, None] - y3
        a = y23 * dx + x32 * dy
        b = y31 * dx + x13 * dy
        c = det - a - b
        inside = ((a >= lo) & (a <= hi) & (b >= lo) & (b <= hi)
                  & (c >= lo) & (c <= hi))
        if not inside.any():
            continue
        rows, cols = np.nonzero(inside)
        a, b = a[rows, cols], b[rows, cols]
        gy, gx = iy[rows], ix[cols]
        for k, (zz, target) in enumerate(((z.real, out.real), (z.imag, out.imag))
                                          if is_complex else ((z, out),)):
            zc = zz[i3]
            zac, zbc = zz[i1] - zc, zz[i2] - zc
            val = (a * zac + b * zbc) / det + zc
            keep = np.ones(val.shape, bool)
            if min_value is not None:
                keep &= ~(val < (np.imag(min_value) if k else np.real(min_value)))
            if max_value is not None:
                keep &= ~(val > (np.imag(max_value) if k else np.real(max_value)))
            target[gy[keep], gx[keep]] = val[keep]
    return out


def linear_points(x: np.ndarray, y: np.ndarray, f: np.ndarray, triangles: np.ndarray,
                  px: np.ndarray, py: np.ndarray, out: np.ndarray) -> np.ndarray:
    """:func:`linear_grid`'s interpolation at scattered points ``(px[k], py[k])``
    (float64 vectors): ``out[k]`` is written where a triangle contains the point (the
    later triangle on shared edges). Returns ``out``."""
    for t in triangles:
        i1, i2, i3 = int(t[0]), int(t[1]), int(t[2])
        x1, y1, x2, y2, x3, y3 = x[i1], y[i1], x[i2], y[i2], x[i3], y[i3]
        k = np.flatnonzero((px >= min(x1, x2, x3)) & (px <= max(x1, x2, x3))
                           & (py >= min(y1, y2, y3)) & (py <= max(y1, y2, y3)))
        if k.size == 0:
            continue
        y23, x32, y31, x13 = y2 - y3, x3 - x2, y3 - y1, x1 - x3
        det = y23 * x13 - x32 * y31
        lo, hi = (det, 0.0) if det < 0 else (0.0, det)
        dx, dy = px[k] - x3, py[k] - y3
        a = y23 * dx + x32 * dy
        b = y31 * dx + x13 * dy
        c = det - a - b
        inside = (a >= lo) & (a <= hi) & (b >= lo) & (b <= hi) & (c >= lo) & (c <= hi)
        zc = f[i3]
        out[k[inside]] = (a[inside] * (f[i1] - zc) + b[inside] * (f[i2] - zc)) / det + zc
    return out


def inverse_distance(x: np.ndarray, y: np.ndarray, f: np.ndarray, px: np.ndarray,
                     py: np.ndarray, *, power: float = 2.0, smoothing: float = 0.0,
                     chunk: int = 4096) -> np.ndarray:
    """Inverse-distance weighted means at the points ``(px[k], py[k])`` over every data
    point: ``sum(w_i f_i) / sum(w_i)`` with ``w_i = 1 / (d_i^2 + s^2)^(power / 2)``,
    ``d_i`` the distance to data point ``i`` and ``s`` the smoothing radius (Shepard's
    weights; the smoothing radius added in quadrature as gridding programs do). Without
    smoothing, an output point on a data point takes that point's value (the first such
    point's). float64 throughout; the sums in data order."""
    out = np.empty(px.size, dtype=np.float64)
    s2 = smoothing * smoothing
    for lo in range(0, px.size, chunk):
        gx = px[lo:lo + chunk, None]
        gy = py[lo:lo + chunk, None]
        dx = x[None, :] - gx
        dy = y[None, :] - gy
        d2 = dx * dx + dy * dy + s2
        hit = d2 == 0
        with np.errstate(divide="ignore"):
            w = 1.0 / d2 ** (power / 2.0)
        w[hit] = 0.0
        val = np.cumsum(w * f[None, :], axis=1)[:, -1] / np.cumsum(w, axis=1)[:, -1]
        on = hit.any(axis=1)
        if on.any():
            val[on] = f[np.argmax(hit[on], axis=1)]
        out[lo:lo + chunk] = val
    return out


def nearest_neighbour(x: np.ndarray, y: np.ndarray, f: np.ndarray, px: np.ndarray,
                      py: np.ndarray, chunk: int = 4096) -> np.ndarray:
    """The value of the nearest data point (squared distances in float64; the first
    data point on a tie) at each ``(px[k], py[k])``."""
    out = np.empty(px.size, dtype=np.float64)
    for lo in range(0, px.size, chunk):
        dx = x[None, :] - px[lo:lo + chunk, None]
        dy = y[None, :] - py[lo:lo + chunk, None]
        out[lo:lo + chunk] = f[np.argmin(dx * dx + dy * dy, axis=1)]
    return out
