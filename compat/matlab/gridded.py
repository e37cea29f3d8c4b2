"""MATLAB's N-D gridded interpolation: ``interpn`` (ndgrid layout) and ``interp3``
(meshgrid layout), methods ``'linear'`` and ``'nearest'``.

The legacy layer of the family: reads MATLAB's argument forms (grid vectors or full
grids, the default grid ``1:size(V,k)``, query arrays or query grid vectors, method,
``extrapval``) and evaluates the multilinear or nearest-sample interpolant at the query
points. ``interp3(X, Y, Z, V, ...)`` is ``interpn`` with the first two dimensions
swapped (MATLAB's meshgrid layout: ``X`` varies along the columns).

Not reproduced: the ``'cubic'``, ``'spline'``, ``'pchip'`` and ``'makima'`` methods of
N-D interpolation (MATLAB applies its 1-D rules dimension by dimension, in an order its
documentation does not give, which matters for the nonlinear pchip/makima slopes) and
the refinement forms ``interpn(V, k)``; they raise ValueError.
"""

from __future__ import annotations

import itertools

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["interpn", "interp3"]

_METHODS = ("linear", "nearest")


def _grid_vector(g, axis: int, n: int, what: str) -> np.ndarray:
    """A grid vector from a vector or from a full ndgrid array (its values along
    ``axis``)."""
    a = np.asarray(matlab_array(g, what, to_float=True), dtype=np.float64)
    if a.ndim > 1 and sum(s > 1 for s in a.shape) > 1:
        index = [0] * a.ndim
        index[axis] = slice(None)
        a = a[tuple(index)]
    v = a.ravel()
    if v.size != n:
        raise CompatValueError(f"{what} must have {n} points, the size of V along "
                               f"dimension {axis + 1}.")
    if v.size < 2:
        raise CompatValueError("Interpolation requires at least two sample points in "
                               "each dimension.")
    if not np.all(np.diff(v) > 0):
        raise CompatValueError("The grid vectors must be strictly monotonic increasing.")
    return v


def _queries(qs, what="Xq"):
    arrays = [np.asarray(matlab_array(q, f"{what}{k + 1}", to_float=True),
                         dtype=np.float64) for k, q in enumerate(qs)]
    vectors = all(a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape) for a in arrays)
    if vectors and len({a.size for a in arrays}) > 1:
        return list(np.meshgrid(*[a.ravel() for a in arrays], indexing="ij"))
    try:
        shape = np.broadcast_shapes(*[a.shape for a in arrays])
    except ValueError:
        raise CompatValueError("Query arrays must be the same size (or grid vectors).") \
            from None
    return [np.broadcast_to(a, shape) for a in arrays]


def _evaluate(grids, V, queries, method: str, extrapval: float):
    shape = queries[0].shape
    q = [x.ravel() for x in queries]
    nq = q[0].size
    out_dtype = np.result_type(V.dtype, np.float64)
    inside = np.ones(nq, bool)
    lo_idx, frac = [], []
    for g, x in zip(grids, q):
        with np.errstate(invalid="ignore"):
            inside &= (x >= g[0]) & (x <= g[-1])
        k = np.clip(np.searchsorted(g, x, side="right") - 1, 0, g.size - 2)
        lo_idx.append(k)
        with np.errstate(invalid="ignore"):
            frac.append((x - g[k]) / (g[k + 1] - g[k]))
    out = np.empty(nq, dtype=out_dtype)
    if method == "nearest":
        idx = tuple(np.where(f >= 0.5, k + 1, k) for k, f in zip(lo_idx, frac))
        out[:] = V[idx]
    else:
        acc = np.zeros(nq, dtype=out_dtype)
        for corner in itertools.product((0, 1), repeat=len(grids)):
            w = np.ones(nq)
            for c, f in zip(corner, frac):
                w = w * (f if c else 1 - f)
            acc = acc + w * V[tuple(k + c for k, c in zip(lo_idx, corner))]
        out[:] = acc
    out[~inside] = extrapval
    return out.reshape(shape)


def _method_and_extrap(rest):
    method, extrapval = "linear", np.nan
    rest = list(rest)
    if rest and isinstance(rest[0], str):
        method = rest.pop(0).lower()
        if method.startswith("*"):
            method = method[1:]
        if method not in _METHODS:
            raise CompatValueError(f"method '{method}' is not reproduced by compat for N-D "
                                   "gridded data; 'linear' and 'nearest' are")
    if rest:
        e = np.asarray(rest.pop(0))
        if e.size != 1 or e.dtype.kind not in "iufb":
            raise CompatValueError("EXTRAPVAL must be a numeric scalar.")
        extrapval = float(e)
    if rest:
        raise CompatValueError("Too many input arguments.")
    return method, extrapval


def _split(args, ndim_v):
    """Numeric arguments and the trailing (method, extrapval)."""
    args = list(args)
    numeric = []
    while args and not isinstance(args[0], str):
        numeric.append(args.pop(0))
    if args:
        return numeric, args
    return numeric, []


@matlab_function("interpn")
def interpn(*args):
    """Interpolation for N-D gridded data in ndgrid format, as MATLAB's ``interpn``
    ('linear' and 'nearest').

    MATLAB call forms::

        Vq = interpn(X1, ..., Xn, V, Xq1, ..., Xqn)          ->  interpn(x1, x2, V, q1, q2)
        Vq = interpn(V, Xq1, ..., Xqn)                       (grid 1:size(V, k))
        Vq = interpn(___, method)                            ->  'linear' or 'nearest'
        Vq = interpn(___, method, extrapval)                 ->  interpn(..., 'linear', 0)

    Parameters
    ----------
    X1, ..., Xn : array_like
        Grid vectors (strictly increasing), or full ndgrid arrays.
    V : array_like
        Values, ``size(V, k) == numel(Xk)``.
    Xq1, ..., Xqn : array_like
        Query points: arrays of one size, or vectors of different lengths taken as
        grid vectors (ndgrid).
    method : {'linear', 'nearest'}
        The other MATLAB methods raise ValueError (see the module docstring).
    extrapval : float, optional
        The value outside the grid (default NaN).

    Returns
    -------
    ndarray
        The size of the query arrays. 'nearest' takes the upper sample on a tie.

    Notes
    -----
    ``scipy.interpolate.interpn`` takes the points as one tuple and raises outside the
    grid by default (``bounds_error=True``); its 'nearest' rounds ties down.

    Sources: MATLAB ``interpn`` reference page. Checked against GNU Octave 7.3
    (reference_outputs/matlab/gridded).

    Examples
    --------
    >>> from compat.matlab import interpn
    >>> import numpy as np
    >>> V = np.arange(12.0).reshape(3, 4)          # V(i, j) = 4*(i-1) + (j-1)
    >>> interpn([1, 2, 3], [1, 2, 3, 4], V, [1.5, 3], [2.5, 4.5])
    array([3.5, nan])
    """
    numeric, rest = _split(args, None)
    if len(numeric) < 2:
        raise CompatValueError("interpn(V, k) refinement and interpn(V) are not "
                               "reproduced; give query points")
    method, extrapval = _method_and_extrap(rest)

    def ndims(x):
        a = np.asarray(x)
        if a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape):
            return 1
        shape = list(a.shape)
        while len(shape) > 2 and shape[-1] == 1:
            shape.pop()
        return len(shape)
    grid_form = len(numeric) % 2 == 1 and \
        ndims(numeric[(len(numeric) - 1) // 2]) == (len(numeric) - 1) // 2
    if grid_form:               # X1..Xn, V, Xq1..Xqn
        n = (len(numeric) - 1) // 2
        V = np.asarray(matlab_array(numeric[n], "V"))
        grid_args = numeric[:n]
        qs = numeric[n + 1:]
    else:                        # V, Xq1..Xqn
        n = len(numeric) - 1
        V = np.asarray(matlab_array(numeric[0], "V"))
        grid_args = [np.arange(1.0, (V.shape[k] if k < V.ndim else 1) + 1)
                     for k in range(n)]
        qs = numeric[1:]
    if V.dtype.kind not in "fc":
        V = V.astype(np.float64)
    if V.ndim > n or (V.ndim < n and any(True for _ in range(n - V.ndim))):
        V = V.reshape(V.shape + (1,) * (n - V.ndim)) if V.ndim < n else V
        if V.ndim != n:
            raise CompatValueError(f"V has {V.ndim} dimensions; give {V.ndim} grid "
                                   "vectors and query arrays.")
    grids = [_grid_vector(g, k, V.shape[k], f"X{k + 1}") for k, g in enumerate(grid_args)]
    return _evaluate(grids, V, _queries(qs), method, extrapval)


@matlab_function("interp3")
def interp3(*args):
    """Interpolation for 3-D gridded data in meshgrid format, as MATLAB's ``interp3``
    ('linear' and 'nearest').

    MATLAB call forms::

        Vq = interp3(X, Y, Z, V, Xq, Yq, Zq)        ->  interp3(X, Y, Z, V, Xq, Yq, Zq)
        Vq = interp3(V, Xq, Yq, Zq)                 (X = 1:size(V,2), Y = 1:size(V,1))
        Vq = interp3(___, method, extrapval)

    Parameters
    ----------
    X, Y, Z : array_like
        Grid vectors or meshgrid arrays: ``X`` runs along the **columns** of ``V``
        (dimension 2), ``Y`` along its rows, ``Z`` along its pages.
    V : array_like
        ``size(V) == [numel(Y), numel(X), numel(Z)]``.
    Xq, Yq, Zq : array_like
        Query points.
    method : {'linear', 'nearest'}
    extrapval : float, optional

    Returns
    -------
    ndarray
        The size of the query arrays.

    Notes
    -----
    The meshgrid layout is the trap: ``V[i, j, k]`` is at ``(X(j), Y(i), Z(k))``;
    ``scipy.interpolate.interpn((x, y, z), V, ...)`` would read it the other way.

    Sources: MATLAB ``interp3`` reference page. Checked against GNU Octave 7.3
    (reference_outputs/matlab/gridded).

    Examples
    --------
    >>> from compat.matlab import interp3
    >>> import numpy as np
    >>> V = np.zeros((2, 3, 2)); V[:, :, 1] = 6.0; V[1, 2, 1] = 12.0
    >>> float(interp3(V, 3.0, 2.0, 1.5))     # x = 3 (column), y = 2 (row), halfway in z
    6.0
    """
    numeric, rest = _split(args, None)
    method, extrapval = _method_and_extrap(rest)
    if len(numeric) == 7:
        X, Y, Z, V, Xq, Yq, Zq = numeric
        V = np.asarray(matlab_array(V, "V"))
        if V.ndim != 3:
            raise CompatValueError("V must be a 3-D array.")
        x = _grid_vector(X, 1, V.shape[1], "X")
        y = _grid_vector(Y, 0, V.shape[0], "Y")
        z = _grid_vector(Z, 2, V.shape[2], "Z")
    elif len(numeric) == 4:
        V, Xq, Yq, Zq = numeric
        V = np.asarray(matlab_array(V, "V"))
        if V.ndim != 3:
            raise CompatValueError("V must be a 3-D array.")
        y, x, z = (np.arange(1.0, s + 1) for s in V.shape)
    else:
        raise CompatValueError("interp3 takes (X, Y, Z, V, Xq, Yq, Zq) or (V, Xq, Yq, Zq), "
                               "then method and extrapval.")
    if V.dtype.kind not in "fc":
        V = V.astype(np.float64)
    yq, xq, zq = _queries([Yq, Xq, Zq])
    return _evaluate([y, x, z], V, [yq, xq, zq], method, extrapval)
