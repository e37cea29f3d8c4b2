"""Sibson's natural neighbour interpolation of scattered 2-D data: the core of MATLAB's
``griddata(..., 'natural')`` (and ``scatteredInterpolant``'s 'natural' method).

Python-shaped: sample points ``(n, 2)`` float64, values ``(n,)`` (real or complex),
query points ``(m, 2)``; NaN outside the convex hull of the samples.

The value at ``q`` is ``sum_i w_i v_i / sum_i w_i`` where ``w_i`` is the area the
Voronoi cell of ``q`` would take from the cell of sample ``i`` if ``q`` were inserted
(Sibson 1981). The areas come from the Delaunay triangulation alone, without building
any Voronoi diagram:

1. the *cavity* of ``q`` -- the Delaunay triangles whose circumcircle contains ``q``
   (Bowyer-Watson), found for all queries at once by a breadth-first walk from the
   triangle holding each query;
2. the region ``q`` takes from sample ``a`` is the polygon bounded by the old Voronoi
   edges of ``a`` inside the cavity (between circumcentres of consecutive cavity
   triangles around ``a``), the two old Voronoi edges leading out to the new vertices
   ``cc(q, a, b)`` of the cavity's boundary edges at ``a``, and the new Voronoi edge
   between them. Its area is summed by the shoelace formula edge by edge, with ``q``
   as origin: each interior cavity edge, each boundary edge and each boundary vertex
   adds one cross product to the sample(s) it belongs to. Only circumcentres of real
   triangles and of ``q`` with a boundary edge appear, so a query on a Delaunay edge
   (grid queries on gridded samples) is no special case.

Queries on a sample give its value; a query on the hull boundary (where the new
circumcentres are at infinity) gets the limit, the linear interpolation along the
hull edge. Repeated samples must be merged by the caller.

Reference: R. Sibson, "A brief description of natural neighbour interpolation", in V.
Barnett (ed.), Interpreting Multivariate Data, Wiley 1981, pp. 21-36 (MATLAB's
``griddata`` cites it for 'natural'); D. F. Watson, Contouring, Pergamon 1992 (the
area decomposition over the Delaunay triangles).
"""

from __future__ import annotations

import numpy as np

__all__ = ["natural_neighbour"]


def _circumcentres(a, b, c):
    """Circumcentres of the triangles ``(a, b, c)`` (arrays ``(..., 2)``)."""
    bx, by = b[..., 0] - a[..., 0], b[..., 1] - a[..., 1]
    cx, cy = c[..., 0] - a[..., 0], c[..., 1] - a[..., 1]
    d = 2 * (bx * cy - by * cx)
    b2, c2 = bx * bx + by * by, cx * cx + cy * cy
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.stack([a[..., 0] + (cy * b2 - by * c2) / d,
                         a[..., 1] + (bx * c2 - cx * b2) / d], axis=-1)


def _cross(p, r):
    with np.errstate(invalid="ignore", over="ignore"):
        return p[..., 0] * r[..., 1] - p[..., 1] * r[..., 0]


def _cavities(tri, simplex, q, centres, radius2):
    """(query, triangle) pairs of every query's cavity, sorted by key ``query*nt+t``."""
    nt = tri.simplices.shape[0]
    qi = np.nonzero(simplex >= 0)[0]
    frontier_q, frontier_t = qi, simplex[qi]
    seen = np.sort(frontier_q * nt + frontier_t)
    while frontier_q.size:
        nq = np.repeat(frontier_q, 3)
        nb = tri.neighbors[frontier_t].reshape(-1)
        ok = nb >= 0
        nq, nb = nq[ok], nb[ok]
        d2 = np.sum((q[nq] - centres[nb]) ** 2, axis=1)
        ok = d2 < radius2[nb]
        nq, nb = nq[ok], nb[ok]
        k = np.sort(nq * nt + nb)
        k = k[np.r_[True, k[1:] != k[:-1]]] if k.size else k
        k = k[~_member(k, seen)]
        seen = np.sort(np.concatenate([seen, k]))
        frontier_q, frontier_t = k // nt, k % nt
    return seen // nt, seen % nt, seen


def _member(keys, sorted_keys):
    if sorted_keys.size == 0:
        return np.zeros(keys.shape, bool)
    pos = np.clip(np.searchsorted(sorted_keys, keys), 0, sorted_keys.size - 1)
    return sorted_keys[pos] == keys


def natural_neighbour(points: np.ndarray, values: np.ndarray,
                      queries: np.ndarray) -> np.ndarray:
    """Sibson's natural neighbour interpolant of ``values`` at ``points`` (distinct,
    not all collinear), evaluated at ``queries``: NaN outside the convex hull."""
    from scipy.spatial import Delaunay

    tri = Delaunay(points)
    S = tri.simplices.copy()
    N = tri.neighbors.copy()
    P = points
    # counter-clockwise vertex order (the neighbour opposite vertex k moves with it)
    flip = _cross(P[S[:, 1]] - P[S[:, 0]], P[S[:, 2]] - P[S[:, 0]]) < 0
    S[flip, 1], S[flip, 2] = S[flip, 2].copy(), S[flip, 1].copy()
    N[flip, 1], N[flip, 2] = N[flip, 2].copy(), N[flip, 1].copy()
    tri_s, tri_n = S, N

    class _T:                       # the reoriented triangulation
        simplices, neighbors = tri_s, tri_n

    centres = _circumcentres(P[S[:, 0]], P[S[:, 1]], P[S[:, 2]])
    radius2 = np.sum((P[S[:, 0]] - centres) ** 2, axis=1)
    m = queries.shape[0]
    out = np.full(m, np.nan, dtype=np.result_type(values.dtype, np.float64))
    simplex = tri.find_simplex(queries)
    cq, ct, ckeys = _cavities(_T, simplex, queries, centres, radius2)
    nt = S.shape[0]
    parts_q, parts_v, parts_t = [], [], []

    def add(qidx, vertex, term):
        parts_q.append(qidx)
        parts_v.append(vertex)
        parts_t.append(term)

    qpt = queries[cq]
    cT = centres[ct] - qpt                                 # circumcentres, origin q
    b_start, b_end, b_g, b_q = [], [], [], []
    for k in range(3):                 # edge u -> v of the CCW triangle, opposite w
        u, v = S[ct, (k + 1) % 3], S[ct, (k + 2) % 3]
        nb = N[ct, k]
        interior = (nb >= 0) & _member(cq * nt + np.maximum(nb, 0), ckeys)
        # interior edge: the old Voronoi edge C_T -> C_T' (each seen from both sides)
        i = interior
        c_other = centres[nb[i]] - qpt[i]
        term = 0.25 * _cross(cT[i], c_other)
        add(cq[i], v[i], term)
        add(cq[i], u[i], -term)
        # boundary edge: the new Voronoi vertex g = cc(q, u, v)
        b = ~interior
        g = _circumcentres(qpt[b], P[u[b]], P[v[b]]) - qpt[b]
        term = 0.5 * _cross(cT[b], g)
        add(cq[b], v[b], term)
        add(cq[b], u[b], -term)
        b_start.append(u[b])
        b_end.append(v[b])
        b_g.append(g)
        b_q.append(cq[b])
    # the new Voronoi edge of each boundary vertex: from g of the edge ending at it to
    # g of the edge starting at it
    bq = np.concatenate(b_q)
    start, end, g = np.concatenate(b_start), np.concatenate(b_end), np.concatenate(b_g)
    n = P.shape[0]
    o_end = np.argsort(bq * n + end, kind="stable")
    o_start = np.argsort(bq * n + start, kind="stable")
    add(bq[o_end], end[o_end], 0.5 * _cross(g[o_end], g[o_start]))
    aq, av, at = (np.concatenate(x) for x in (parts_q, parts_v, parts_t))
    den = np.bincount(aq, at, minlength=m)
    vals = values[av]
    with np.errstate(invalid="ignore", over="ignore"):
        num = np.bincount(aq, at * vals.real, minlength=m)
        if out.dtype.kind == "c":
            num = num + 1j * np.bincount(aq, at * vals.imag, minlength=m)
    with np.errstate(divide="ignore", invalid="ignore"):
        res = num / den
    inside = simplex >= 0
    out[inside] = res[inside]
    # a query on a sample: its value; on the hull boundary: the limit (linear along
    # the hull edge, which is what the barycentric interpolant gives there)
    bad = inside & ~np.isfinite(res)
    if bad.any():
        T = tri.transform[simplex[bad]]
        bc = np.einsum("ijk,ik->ij", T[:, :2, :], queries[bad] - T[:, 2, :])
        bary = np.column_stack([bc, 1 - bc.sum(axis=1)])
        out[bad] = np.einsum("ij,ij->i", bary, values[tri.simplices[simplex[bad]]])
    return out
