"""MATLAB's interpolation of scattered data: ``griddata`` in 2-D ('linear', 'nearest',
'natural', 'v4') and 3-D ('linear', 'nearest').

The legacy layer of the family: reads MATLAB's argument forms (sample coordinates and
values of any shape, query arrays or query grid vectors, the method, the grid outputs)
and interpolates: 'linear' on the Delaunay triangulation (tetrahedralisation in 3-D) of
the samples (barycentric weights, NaN outside the convex hull), 'nearest' (the nearest
sample, NaN outside the hull), 'natural' (Sibson's natural neighbour interpolation,
:mod:`compat._core.natural_neighbour`, NaN outside the hull), 'v4' (Sandwell's
biharmonic spline, the formula of MATLAB's ``griddata.m``: Green's function
``d^2 (log d - 1)``, weights solved from the samples). Repeated sample points are
merged with the mean of their values, as MATLAB does; before 'v4' also points closer
than ``eps(range/2)^(1/3)`` in each coordinate (MATLAB's ``griddata.m`` merges them with
its ``_mergesimpts``, quoted in MATLAB Answers "How does griddata assess duplicates?",
2022; how it groups chains of near points is not documented: compat merges connected
groups).

Where it cannot match MATLAB: the Delaunay triangulation is unique only when no four
samples lie on a circle (five on a sphere in 3-D); for cocircular samples (a regular
grid given as scattered points, for example) MATLAB and Qhull (scipy, Octave) may split
a cell along different diagonals, and 'linear' then differs inside those cells
('natural' does not depend on the split). Not reproduced: 'cubic', which MATLAB computes
in a compiled routine (``cubicmx``) citing a finite-element cubic triangle (T. Y. Yang,
Finite Element Structural Analysis, 1986, pp. 446-449) with gradient estimates it does
not document -- it is not scipy's Clough-Tocher interpolant, and a look-alike would be
a silent wrong answer; and 3-D 'natural'. Both raise.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.natural_neighbour import natural_neighbour
from compat._core.results import Result

__all__ = ["griddata"]



class GriddataResult(Result):
    """``[Xq, Yq, vq] = griddata(x, y, v, xq, yq)``."""

    request_style = "nargout"
    Xq: np.ndarray
    Yq: np.ndarray
    vq: np.ndarray


_METHODS2 = ("linear", "nearest", "natural", "v4")
_METHODS3 = ("linear", "nearest")


def _merge_duplicates(pts, v):
    """Distinct sample points (rows of ``pts``) and the mean value of each."""
    uniq, inverse, counts = np.unique(pts, axis=0, return_inverse=True, return_counts=True)
    if uniq.shape[0] == pts.shape[0]:
        return pts, v
    sums = np.zeros(uniq.shape[0], dtype=v.dtype)
    np.add.at(sums, inverse.ravel(), v)
    return uniq, sums / counts


def _merge_near(pts, v):
    """MATLAB's merge before 'v4': points closer than ``eps(range/2)^(1/3)`` in every
    coordinate (``range`` that coordinate's) are one point, at their mean, with the
    mean value (connected groups of such pairs)."""
    span = pts.max(axis=0) - pts.min(axis=0)
    tol = np.spacing(0.5 * span) ** (1 / 3)
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree
    pairs = cKDTree(pts / tol).query_pairs(1.0, p=np.inf, output_type="ndarray")
    if pairs.size == 0:
        return pts, v
    n = pts.shape[0]
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    count, label = connected_components(graph, directed=False)
    sizes = np.bincount(label, minlength=count)
    merged = np.column_stack([np.bincount(label, pts[:, k], minlength=count) / sizes
                              for k in range(pts.shape[1])])
    values = np.zeros(count, dtype=v.dtype)
    np.add.at(values, label, v)
    return merged, values / sizes


def _v4(x, y, v, xq, yq):
    xy = x + 1j * y
    d = np.abs(xy[:, None] - xy[None, :])
    with np.errstate(divide="ignore", invalid="ignore"):
        g = d ** 2 * (np.log(d) - 1)
    g[np.diag_indices_from(g)] = 0
    weights = np.linalg.solve(g, v)
    q = (xq + 1j * yq).ravel()
    out = np.empty(q.size, dtype=np.result_type(v.dtype, np.float64))
    for start in range(0, q.size, 2048):       # blocks: memory stays bounded
        dq = np.abs(q[start:start + 2048, None] - xy[None, :])
        with np.errstate(divide="ignore", invalid="ignore"):
            gq = dq ** 2 * (np.log(dq) - 1)
        gq[dq == 0] = 0
        out[start:start + 2048] = gq @ weights
    return out.reshape(xq.shape)


def _column(a, what):
    return np.asarray(matlab_array(a, what, to_float=True, complex_ok=False),
                      dtype=np.float64).ravel(order="F")


def _delaunay(pts):
    from scipy.spatial import Delaunay, QhullError
    try:
        return Delaunay(pts)
    except QhullError:
        raise CompatValueError("The data points are collinear or coplanar (no "
                               "triangulation).") from None


def _simplex_values(pts, vs, q, method):
    """'linear' / 'nearest' on the Delaunay triangulation of ``pts`` (2-D or 3-D)."""
    tri = _delaunay(pts)
    simplex = tri.find_simplex(q)
    inside = simplex >= 0
    out = np.full(q.shape[0], np.nan, dtype=np.result_type(vs.dtype, np.float64))
    if method == "nearest":
        from scipy.spatial import cKDTree
        _, idx = cKDTree(tri.points).query(q[inside])
        out[inside] = vs[idx]
        return out
    d = pts.shape[1]
    T = tri.transform[simplex[inside]]
    b = np.einsum("ijk,ik->ij", T[:, :d, :], q[inside] - T[:, d, :])
    bary = np.column_stack([b, 1 - b.sum(axis=1)])
    out[inside] = np.einsum("ij,ij->i", bary, vs[tri.simplices[simplex[inside]]])
    return out


@matlab_function("griddata", nargout=3)
def griddata(*args, nargout=1):
    """Interpolate 2-D or 3-D scattered data, as MATLAB's ``griddata``.

    MATLAB call forms::

        vq = griddata(x, y, v, xq, yq)               ->  griddata(x, y, v, xq, yq)
        vq = griddata(x, y, z, v, xq, yq, zq)        ->  griddata(x, y, z, v, xq, yq, zq)
        vq = griddata(___, method)                   ->  griddata(x, y, v, xq, yq, 'natural')
        [Xq, Yq, vq] = griddata(x, y, v, xq, yq)     ->  griddata(..., nargout=3)

    Parameters
    ----------
    x, y, z, v : array_like
        Sample coordinates and values, any shapes with the same number of elements.
    xq, yq, zq : array_like
        Query points: arrays of one size; in 2-D also a row vector ``xq`` and a column
        vector ``yq`` (MATLAB then evaluates on their meshgrid).
    method : {'linear', 'nearest', 'natural', 'v4'}
        'natural' and 'v4' in 2-D only here ('v4' is 2-D only in MATLAB too); 'cubic'
        raises ValueError (see the module docstring).
    nargout : {1, 3}
        3 (2-D only): a :class:`GriddataResult` ``(Xq, Yq, vq)`` with the query grid
        MATLAB evaluated on.

    Returns
    -------
    ndarray
        The size of the query arrays; NaN outside the convex hull of the samples
        ('linear', 'nearest', 'natural'), values everywhere for 'v4'. (GNU Octave 7.3
        returns the nearest sample outside the hull for 'nearest'; MATLAB's
        ``griddata`` evaluates through ``TriScatteredInterp``/``scatteredInterpolant``
        without extrapolation, which gives NaN there.)

    Notes
    -----
    See the module docstring for where 'linear' cannot match MATLAB (cocircular
    samples). ``scipy.interpolate.griddata`` agrees on 'linear' for samples in general
    position but extrapolates 'nearest' outside the hull, has no 'natural' or 'v4',
    its 'cubic' is Clough-Tocher (not MATLAB's), and it takes the points as one array.

    Sources: MATLAB ``griddata`` reference page and ``griddata.m`` (R2012a: the methods
    through TriScatteredInterp, duplicate merging, 2-D-only 'cubic' and 'v4'); Sibson
    (1981) for 'natural'; D. T. Sandwell, "Biharmonic spline interpolation of GEOS-3
    and SEASAT altimeter data", Geophys. Res. Lett. 14(2), 1987, for 'v4'. Checked
    against GNU Octave 7.3 (reference_outputs/matlab/scattered; Octave has no
    'natural': it is checked against Voronoi areas clipped half-plane by half-plane).

    Examples
    --------
    >>> from compat.matlab import griddata
    >>> x, y, v = [0, 1, 0, 1, 0.4], [0, 0, 1, 1, 0.3], [0, 1, 1, 2, 0.7]
    >>> griddata(x, y, v, [0.5, 2.0], [0.5, 0.5])          # v = x + y inside the hull
    array([ 1., nan])
    >>> griddata(x, y, v, [0.5, 0.25], [0.5, 0.75], 'natural')   # linear data: exact
    array([1., 1.])
    """
    args = list(args)
    method = "linear"
    if args and isinstance(args[-1], str):
        method = args.pop().lower()
    if len(args) == 5:
        dims, allowed = 2, _METHODS2
    elif len(args) == 7:
        dims, allowed = 3, _METHODS3
    else:
        raise CompatValueError("griddata takes (x, y, v, xq, yq) or (x, y, z, v, xq, yq, "
                               "zq), then the method.")
    if method == "cubic":
        raise CompatValueError("method 'cubic' is not reproduced by compat (MATLAB's "
                               "compiled triangle-based cubic is not documented); use "
                               "'natural', 'linear' or 'v4'")
    if method not in allowed:
        if dims == 3 and method in ("v4", "natural"):
            raise CompatValueError(f"method '{method}' is for 2-D data only in compat "
                                   "('linear' and 'nearest' take 3-D data)")
        raise CompatValueError(f"unknown method {method!r}; 'linear', 'nearest', "
                               "'natural' and 'v4' are accepted")
    if nargout == 3 and dims == 3:
        raise CompatValueError("[Xq, Yq, vq] = griddata(...) is for 2-D data only.")
    names = ("x", "y", "z")[:dims]
    coords = [_column(a, n) for a, n in zip(args[:dims], names)]
    vs = np.asarray(matlab_array(args[dims], "v", to_float=True)).ravel(order="F")
    if any(c.size != vs.size for c in coords):
        raise CompatValueError("The lengths of X, Y" + (", Z" if dims == 3 else "")
                               + " and V must match.")
    if vs.dtype.kind not in "fc":
        vs = vs.astype(np.float64)
    pts = np.column_stack(coords)
    ok = np.isfinite(pts).all(axis=1)
    pts, vs = _merge_duplicates(pts[ok], vs[ok])
    qs = [np.asarray(matlab_array(a, n + "q", to_float=True, complex_ok=False),
                     dtype=np.float64) for a, n in zip(args[dims + 1:], names)]
    if dims == 2:
        qx, qy = qs
        if qx.ndim == 2 and qy.ndim == 2 and qx.shape[0] == 1 and qy.shape[1] == 1 and \
                qx.shape != qy.shape:
            qx, qy = np.meshgrid(qx.ravel(), qy.ravel())
        qs = [qx, qy]
    try:
        qs = list(np.broadcast_arrays(*qs))
    except ValueError:
        raise CompatValueError("The query arrays must be the same size (or vectors).") \
            from None
    shape = qs[0].shape
    if method == "v4":
        if pts.shape[0] > 1:
            pts, vs = _merge_near(pts, vs)
        out = _v4(pts[:, 0], pts[:, 1], vs, qs[0], qs[1])
    else:
        if pts.shape[0] < dims + 1:
            raise CompatValueError(f"Interpolation requires at least {dims + 1} distinct "
                                   "points.")
        q = np.column_stack([a.ravel() for a in qs])
        if method == "natural":
            _delaunay(pts)
            out = natural_neighbour(pts, vs, q).reshape(shape)
        else:
            out = _simplex_values(pts, vs, q, method).reshape(shape)
    if nargout == 3:
        return GriddataResult(Xq=qs[0].copy(), Yq=qs[1].copy(), vq=out)
    return out
