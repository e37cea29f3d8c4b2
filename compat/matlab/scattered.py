"""MATLAB's interpolation of scattered 2-D data: ``griddata`` ('linear', 'nearest',
'v4').

The legacy layer of the family: reads MATLAB's argument forms (sample coordinates and
values of any shape, query arrays or query grid vectors, the method) and interpolates:
'linear' on the Delaunay triangulation of the samples (barycentric weights inside each
triangle, NaN outside the convex hull), 'nearest' (the nearest sample, NaN outside the
hull), 'v4' (Sandwell's biharmonic spline, the formula of MATLAB's ``griddata.m``:
Green's function ``d^2 (log d - 1)``, weights solved from the samples). Repeated sample
points are merged with the mean of their values, as MATLAB does.

Where it cannot match MATLAB: the Delaunay triangulation is unique only when no four
samples lie on a circle; for cocircular samples (a regular grid given as scattered
points, for example) MATLAB and Qhull (scipy, Octave) may split a cell along different
diagonals, and 'linear' then differs inside those cells. 'natural' (natural neighbour)
and 'cubic' (MATLAB's triangulation-based cubic) are not reproduced and raise, as are
the 3-D forms.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["griddata"]

_METHODS = ("linear", "nearest", "v4")


def _merge_duplicates(x, y, v):
    pts = np.column_stack([x, y])
    uniq, inverse, counts = np.unique(pts, axis=0, return_inverse=True, return_counts=True)
    if uniq.shape[0] == pts.shape[0]:
        return x, y, v
    sums = np.zeros(uniq.shape[0], dtype=v.dtype)
    np.add.at(sums, inverse.ravel(), v)
    return uniq[:, 0], uniq[:, 1], sums / counts


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


@matlab_function("griddata")
def griddata(x, y, v, xq, yq, method="linear"):
    """Interpolate 2-D scattered data, as MATLAB's ``griddata`` ('linear', 'nearest',
    'v4').

    MATLAB call forms::

        vq = griddata(x, y, v, xq, yq)            ->  griddata(x, y, v, xq, yq)
        vq = griddata(x, y, v, xq, yq, method)    ->  griddata(x, y, v, xq, yq, 'v4')

    Parameters
    ----------
    x, y, v : array_like
        Sample coordinates and values, any shapes with the same number of elements.
    xq, yq : array_like
        Query points: arrays of one size, or a row vector ``xq`` and a column vector
        ``yq`` (MATLAB then evaluates on their meshgrid).
    method : {'linear', 'nearest', 'v4'}
        'natural' and 'cubic' raise ValueError (not reproduced).

    Returns
    -------
    ndarray
        The size of the query arrays; NaN outside the convex hull of the samples
        ('linear', 'nearest'), values everywhere for 'v4'. (GNU Octave 7.3 returns the
        nearest sample outside the hull for 'nearest'; compat's NaN there is not
        verified against MATLAB.)

    Notes
    -----
    See the module docstring for where 'linear' cannot match MATLAB (cocircular
    samples). ``scipy.interpolate.griddata`` agrees on 'linear' for samples in general
    position but extrapolates 'nearest' outside the hull, has no 'v4', and takes the
    points as one array.

    Sources: MATLAB ``griddata`` reference page and the 'v4' method it cites (D. T.
    Sandwell, "Biharmonic spline interpolation of GEOS-3 and SEASAT altimeter data",
    Geophys. Res. Lett. 14(2), 1987). Checked against GNU Octave 7.3
    (reference_outputs/matlab/scattered).

    Examples
    --------
    >>> from compat.matlab import griddata
    >>> x, y, v = [0, 1, 0, 1, 0.4], [0, 0, 1, 1, 0.3], [0, 1, 1, 2, 0.7]
    >>> griddata(x, y, v, [0.5, 2.0], [0.5, 0.5])          # v = x + y inside the hull
    array([ 1., nan])
    """
    if not isinstance(method, str) or method.lower() not in _METHODS:
        raise CompatValueError(f"method {method!r} is not reproduced by compat; "
                               "'linear', 'nearest' and 'v4' are")
    method = method.lower()
    xs = np.asarray(matlab_array(x, "x", to_float=True), dtype=np.float64).ravel(order="F")
    ys = np.asarray(matlab_array(y, "y", to_float=True), dtype=np.float64).ravel(order="F")
    vs = np.asarray(matlab_array(v, "v", to_float=True)).ravel(order="F")
    if not (xs.size == ys.size == vs.size):
        raise CompatValueError("The lengths of X, Y and V must match.")
    if vs.dtype.kind not in "fc":
        vs = vs.astype(np.float64)
    ok = np.isfinite(xs) & np.isfinite(ys)
    xs, ys, vs = xs[ok], ys[ok], vs[ok]
    xs, ys, vs = _merge_duplicates(xs, ys, vs)
    qx = np.asarray(matlab_array(xq, "xq", to_float=True), dtype=np.float64)
    qy = np.asarray(matlab_array(yq, "yq", to_float=True), dtype=np.float64)
    if qx.ndim == 2 and qy.ndim == 2 and qx.shape[0] == 1 and qy.shape[1] == 1 and \
            qx.shape != qy.shape:
        qx, qy = np.meshgrid(qx.ravel(), qy.ravel())
    try:
        qx, qy = np.broadcast_arrays(qx, qy)
    except ValueError:
        raise CompatValueError("XQ and YQ must be the same size or vectors.") from None
    if method == "v4":
        return _v4(xs, ys, vs, qx, qy)
    if xs.size < 3:
        raise CompatValueError("Interpolation requires at least three distinct points.")
    from scipy.spatial import Delaunay, QhullError
    try:
        tri = Delaunay(np.column_stack([xs, ys]))
    except QhullError:
        raise CompatValueError("The data points are collinear (no triangulation).") \
            from None
    q = np.column_stack([qx.ravel(), qy.ravel()])
    simplex = tri.find_simplex(q)
    inside = simplex >= 0
    out = np.full(q.shape[0], np.nan, dtype=np.result_type(vs.dtype, np.float64))
    if method == "nearest":
        from scipy.spatial import cKDTree
        _, idx = cKDTree(tri.points).query(q[inside])
        out[inside] = vs[idx]
        return out.reshape(qx.shape)
    T = tri.transform[simplex[inside]]
    b = np.einsum("ijk,ik->ij", T[:, :2, :], q[inside] - T[:, 2, :])
    bary = np.column_stack([b, 1 - b.sum(axis=1)])
    verts = tri.simplices[simplex[inside]]
    out[inside] = np.einsum("ij,ij->i", bary, vs[verts])
    return out.reshape(qx.shape)
