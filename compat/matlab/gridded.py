"""MATLAB's N-D gridded interpolation: ``interpn`` (ndgrid layout) and ``interp3``
(meshgrid layout), methods ``'linear'``, ``'nearest'``, ``'cubic'``, ``'spline'``,
``'makima'`` (and ``'pchip'`` for 1-D ``interpn``), ``extrapval`` and the refinement
forms ``interpn(V)``, ``interpn(V, k)``, ``interp3(V, k)``.

The legacy layer of the family: reads MATLAB's argument forms (grid vectors or full
grids, the default grid ``1:size(V,k)``, query arrays or query grid vectors, method,
``extrapval``) and evaluates the interpolant at the query points: multilinear and
nearest-sample directly, the piecewise-cubic methods separably, one dimension at a time
(:mod:`compat._core.tensor_splines`). ``interp3(X, Y, Z, V, ...)`` is ``interpn`` with
the first two dimensions swapped (MATLAB's meshgrid layout: ``X`` varies along the
columns), so its separable methods run along X, then Y, then Z.

Methods, as MATLAB documents them for ``interpn``/``griddedInterpolant``:

* 'cubic': cubic convolution (MATLAB's ``interp1`` 'v5cubic', Keys' kernel with
  ``a = -1/2`` and Keys' end conditions; MathWorks Support, MATLAB Answers 348051: "The
  'cubic' method in 'griddedInterpolant' is the same as 'v5cubic' in 'interp1'"), which
  needs a uniformly spaced grid in each dimension (spacings may differ between
  dimensions). On a grid that is not uniform (or with fewer than 3 points in a
  dimension) compat warns, as MATLAB's ``interp2`` does, and uses 'spline' throughout.
* 'spline': the tensor-product not-a-knot cubic spline.
* 'makima': modified Akima, applied along dimension 1 first, then 2, ... (compat's
  order: MATLAB does not document it, and makima is nonlinear in ``V``).
* 'pchip': "for 1-D only" in MATLAB's ``interpn`` documentation; N-D 'pchip' raises.

Outside the grid: ``extrapval`` if given; else 'spline' and 'makima' extrapolate and
the other methods give NaN.
"""

from __future__ import annotations

import itertools
import numpy as np

from compat._core import tensor_splines
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 issue_warning)
from compat._core.interpolation import is_uniform
from compat._core.legacy import matlab_function
from compat._core.matlab_types import float_class, matlab_array

__all__ = ["interpn", "interp3"]

_METHODS = ("linear", "nearest", "pchip", "cubic", "spline", "makima")
_METHODS3 = ("linear", "nearest", "cubic", "spline", "makima")
_EXTRAPOLATING = ("spline", "makima")
_NONUNIFORM = ("The 'cubic' method requires the grid to have a uniform spacing. Switching "
               "method from 'cubic' to 'spline' because this condition is not met.")


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
    """(query arrays of one shape, grid vectors or None): vectors of different lengths
    are grid vectors (ndgrid)."""
    arrays = [np.asarray(matlab_array(q, f"{what}{k + 1}", to_float=True,
                                      complex_ok=False), dtype=np.float64)
              for k, q in enumerate(qs)]
    vectors = all(a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape) for a in arrays)
    if vectors and len(arrays) > 1 and len({a.size for a in arrays}) > 1:
        flat = [a.ravel() for a in arrays]
        return list(np.meshgrid(*flat, indexing="ij")), flat
    try:
        shape = np.broadcast_shapes(*[a.shape for a in arrays])
    except ValueError:
        raise CompatValueError("Query arrays must be the same size (or grid vectors).") \
            from None
    return [np.broadcast_to(a, shape) for a in arrays], None


def _step_values(grids, V, q, method):
    """Multilinear or nearest-sample values at the flat query arrays ``q``."""
    nq = q[0].size
    lo_idx, frac = [], []
    for g, x in zip(grids, q):
        k = np.clip(np.searchsorted(g, x, side="right") - 1, 0, g.size - 2)
        lo_idx.append(k)
        with np.errstate(invalid="ignore"):
            frac.append((x - g[k]) / (g[k + 1] - g[k]))
    if method == "nearest":
        idx = tuple(np.where(f >= 0.5, k + 1, k) for k, f in zip(lo_idx, frac))
        return V[idx].astype(np.result_type(V.dtype, np.float64))
    acc = np.zeros(nq, dtype=np.result_type(V.dtype, np.float64))
    for corner in itertools.product((0, 1), repeat=len(grids)):
        w = np.ones(nq)
        for c, f in zip(corner, frac):
            w = w * (f if c else 1 - f)
        acc = acc + w * V[tuple(k + c for k, c in zip(lo_idx, corner))]
    return acc


def _cubic_method(grids, method: str) -> str:
    """The 1-D method of the core for MATLAB's N-D ``method`` (cubic: Keys on a
    uniform grid, else spline with MATLAB's warning)."""
    if method != "cubic":
        return method
    if all(g.size >= 3 and is_uniform(g) for g in grids):
        return "v5cubic"
    issue_warning(MatlabWarning(_NONUNIFORM,
                                "MATLAB:griddedInterpolant:CubicUniformOnlyWarnId"))
    return "spline"


def _evaluate(grids, V, queries, method: str, extrapval, vectors=None):
    """Interpolated values at the query arrays (of one shape); ``vectors``: the query
    grid vectors when the queries are their ndgrid (a faster separable path)."""
    shape = queries[0].shape
    q = [np.ascontiguousarray(x).ravel() for x in queries]
    work = np.complex128 if V.dtype.kind == "c" else np.float64
    V = np.asarray(V, dtype=work)
    if method in ("linear", "nearest"):
        out = _step_values(grids, V, q, method)
    else:
        method1 = _cubic_method(grids, method)
        if vectors is not None:
            out = tensor_splines.grid_values(grids, V, vectors, method1).ravel()
        else:
            out = tensor_splines.point_values(grids, V, q, method1)
    if extrapval is None and method in _EXTRAPOLATING:
        bad = np.zeros(out.shape, bool)
        for x in q:
            bad |= np.isnan(x)
        out[bad] = np.nan
        return out.reshape(shape)
    fill = np.nan if extrapval is None else extrapval
    outside = np.zeros(out.shape, bool)
    for g, x in zip(grids, q):
        with np.errstate(invalid="ignore"):
            outside |= ~((x >= g[0]) & (x <= g[-1]))
    if outside.any():
        if isinstance(fill, complex) and out.dtype.kind != "c":
            out = out.astype(np.complex128)
        out[outside] = fill
    return out.reshape(shape)


def _method_and_extrap(rest, allowed=_METHODS):
    method, extrapval = "linear", None
    rest = list(rest)
    if rest and isinstance(rest[0], str):
        given = rest.pop(0)
        method = given.lower()
        if method.startswith("*"):
            method = method[1:]
        if method not in allowed:
            choices = ", ".join(f"'{m}'" for m in allowed)
            raise CompatValueError(f"invalid interpolation method '{given}'; accepted: "
                                   f"{choices}")
    if rest:
        e = np.asarray(rest.pop(0))
        if e.size != 1 or e.dtype.kind not in "iufcb":
            raise CompatValueError("EXTRAPVAL must be a numeric scalar.")
        extrapval = e.reshape(()).item()
        if isinstance(extrapval, bool):
            extrapval = float(extrapval)
    if rest:
        raise CompatValueError("Too many input arguments.")
    return method, extrapval


def _split(args):
    """Numeric arguments and the trailing (method, extrapval)."""
    args = list(args)
    numeric = []
    while args and not isinstance(args[0], str):
        numeric.append(args.pop(0))
    return numeric, args


def _refinement(k, shape):
    """The grid vectors ``1 : 2^-k : n`` of MATLAB's ``interpn(V, k)`` refinement."""
    kk = np.asarray(k)
    if kk.size != 1 or kk.dtype.kind not in "biuf" or not np.isfinite(kk) or kk < 0 or \
            kk != np.floor(kk):
        raise CompatValueError("The refinement factor k must be a nonnegative integer.")
    step = 0.5 ** int(kk)
    return [np.arange((n - 1) * 2 ** int(kk) + 1) * step + 1 for n in shape]


def _single(out, *inputs):
    if float_class(*inputs) == np.float32:
        return out.astype(np.complex64 if out.dtype.kind == "c" else np.float32)
    return out


def _is_vector(x) -> bool:
    a = np.asarray(x)
    return a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape)


@matlab_function("interpn")
def interpn(*args):
    """Interpolation for 1-D, 2-D, 3-D and N-D gridded data in ndgrid format, as
    MATLAB's ``interpn``.

    MATLAB call forms::

        Vq = interpn(X1, ..., Xn, V, Xq1, ..., Xqn)          ->  interpn(x1, x2, V, q1, q2)
        Vq = interpn(V, Xq1, ..., Xqn)                       (grid 1:size(V, k))
        Vq = interpn(V)  /  interpn(V, k)                    (refine k times, default 1)
        Vq = interpn(___, method)                            ->  interpn(..., 'spline')
        Vq = interpn(___, method, extrapval)                 ->  interpn(..., 'linear', 0)

    Parameters
    ----------
    X1, ..., Xn : array_like
        Grid vectors (strictly increasing), or full ndgrid arrays.
    V : array_like
        Values, ``size(V, k) == numel(Xk)`` (a vector for 1-D interpolation).
    Xq1, ..., Xqn : array_like
        Query points: arrays of one size, or vectors of different lengths taken as
        grid vectors (ndgrid).
    k : int
        ``interpn(V, k)`` evaluates at ``1 : 2^-k : size(V, j)`` in every dimension
        (``2^k - 1`` points between samples).
    method : {'linear', 'nearest', 'cubic', 'spline', 'makima', 'pchip'}
        See the module docstring: 'cubic' is cubic convolution on uniform grids,
        'makima' runs along dimension 1 first, 'pchip' is 1-D only (as MATLAB).
    extrapval : scalar, optional
        The value outside the grid (default NaN; 'spline' and 'makima' extrapolate).

    Returns
    -------
    ndarray
        The size of the query arrays (the ndgrid of query vectors of different
        lengths). 'nearest' takes the upper sample on a tie. Single if ``V``, a grid
        or a query input is single; complex if ``V`` is ('cubic', 'spline', 'linear',
        'nearest').

    Warns
    -----
    CompatWarning
        'cubic' on a grid that is not uniformly spaced: MATLAB's ``interp2`` message,
        and 'spline' is used.

    Notes
    -----
    ``scipy.interpolate.interpn`` takes the points as one tuple, raises outside the
    grid by default (``bounds_error=True``), rounds 'nearest' ties down, and its
    'cubic'/'quintic' are splines with other end conditions than MATLAB's 'spline'
    (not-a-knot) and 'cubic' (Keys' convolution); it has no makima.

    GNU Octave 7.3 has 'spline' but raises for 'pchip' and 'cubic' ("not yet
    implemented") and lacks 'makima'; its default fill value is ``NA``.

    Sources: MATLAB ``interpn`` and ``griddedInterpolant`` reference pages (methods,
    uniform-grid requirement of 'cubic', extrapolation defaults, refinement);
    MathWorks Support, MATLAB Answers 348051 ('cubic' is interp1's 'v5cubic'); Keys,
    IEEE Trans. ASSP 29 (1981). Checked against GNU Octave 7.3 (reference_outputs/
    matlab/gridded: 'linear', 'nearest', 'spline'; 'cubic' against Keys' kernel
    written out in Octave).

    Examples
    --------
    >>> from compat.matlab import interpn
    >>> import numpy as np
    >>> V = np.arange(12.0).reshape(3, 4)          # V(i, j) = 4*(i-1) + (j-1)
    >>> interpn([1, 2, 3], [1, 2, 3, 4], V, [1.5, 3], [2.5, 4.5])
    array([3.5, nan])
    >>> interpn([1, 2, 3], [1, 2, 3, 4], V ** 2, [1.5], [2.5], 'spline')   # exact: cubic
    array([12.25])
    """
    numeric, rest = _split(args)
    method, extrapval = _method_and_extrap(rest)
    if not numeric:
        raise CompatValueError("Not enough input arguments.")
    if len(numeric) <= 2:                        # interpn(V) / interpn(V, k)
        V = np.asarray(matlab_array(numeric[0], "V"))
        if _is_vector(V):
            V = V.reshape(-1)
        grids = [np.arange(1.0, s + 1) for s in V.shape]
        if len(numeric) == 2 and np.asarray(numeric[1]).size > 1 and V.ndim == 1:
            qs = [numeric[1]]                    # interpn(v, xq): 1-D default grid
        else:
            qv = _refinement(numeric[1] if len(numeric) == 2 else 1, V.shape)
            return _finish(grids, V, None, qv, method, extrapval, (V,))
        return _finish(grids, V, qs, None, method, extrapval, (V,) + tuple(qs))

    half = (len(numeric) - 1) // 2
    grid_form = len(numeric) % 2 == 1 and _ndims(numeric[half]) == half and \
        (half > 1 or _is_vector(numeric[0]))
    if grid_form:               # X1..Xn, V, Xq1..Xqn
        n = (len(numeric) - 1) // 2
        V = np.asarray(matlab_array(numeric[n], "V"))
        grid_args = numeric[:n]
        qs = numeric[n + 1:]
    else:                        # V, Xq1..Xqn
        n = len(numeric) - 1
        V = np.asarray(matlab_array(numeric[0], "V"))
        grid_args = None
        qs = numeric[1:]
    if n == 1:
        V = V.reshape(-1)
    elif V.ndim < n:
        V = V.reshape(V.shape + (1,) * (n - V.ndim))
    if V.ndim != n:
        raise CompatValueError(f"V has {V.ndim} dimensions; give {V.ndim} grid "
                               "vectors and query arrays.")
    if grid_args is None:
        grids = [np.arange(1.0, V.shape[k] + 1) for k in range(n)]
        singles = (V,) + tuple(qs)
    else:
        grids = [_grid_vector(g, k, V.shape[k], f"X{k + 1}")
                 for k, g in enumerate(grid_args)]
        singles = (V,) + tuple(grid_args) + tuple(qs)
    return _finish(grids, V, qs, None, method, extrapval, singles)


def _ndims(x) -> int:
    a = np.asarray(x)
    if a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape):
        return 1
    shape = list(a.shape)
    while len(shape) > 2 and shape[-1] == 1:
        shape.pop()
    return len(shape)


def _finish(grids, V, qs, qvectors, method, extrapval, singles):
    """Checks common to interpn and interp3, evaluation, class of the result."""
    if method == "pchip" and len(grids) > 1:
        raise CompatValueError("The 'pchip' method is for 1-D interpolation only; use "
                               "'makima', 'spline' or 'cubic' for gridded data.")
    for k, g in enumerate(grids):
        if g.size < 2:
            raise CompatValueError("Interpolation requires at least two sample points "
                                   "in each dimension.")
    if V.dtype.kind not in "fc":
        V = V.astype(np.float64)
    if V.dtype.kind == "c" and method in ("pchip", "makima"):
        raise CompatTypeError(f"method '{method}' needs real values V")
    if qvectors is not None:
        queries = list(np.meshgrid(*qvectors, indexing="ij"))
    else:
        queries, qvectors = _queries(qs)
    out = _evaluate(grids, V, queries, method, extrapval, qvectors)
    return _single(out, *singles)


@matlab_function("interp3")
def interp3(*args):
    """Interpolation for 3-D gridded data in meshgrid format, as MATLAB's ``interp3``.

    MATLAB call forms::

        Vq = interp3(X, Y, Z, V, Xq, Yq, Zq)        ->  interp3(X, Y, Z, V, Xq, Yq, Zq)
        Vq = interp3(V, Xq, Yq, Zq)                 (X = 1:size(V,2), Y = 1:size(V,1))
        Vq = interp3(V)  /  interp3(V, k)           (refine k times, default 1)
        Vq = interp3(___, method, extrapval)

    Parameters
    ----------
    X, Y, Z : array_like
        Grid vectors or meshgrid arrays: ``X`` runs along the **columns** of ``V``
        (dimension 2), ``Y`` along its rows, ``Z`` along its pages.
    V : array_like
        ``size(V) == [numel(Y), numel(X), numel(Z)]``.
    Xq, Yq, Zq : array_like
        Query points (arrays of one size, or grid vectors of different lengths, taken
        in meshgrid layout: the result is ``numel(Yq)``-by-``numel(Xq)``-by-
        ``numel(Zq)``).
    method : {'linear', 'nearest', 'cubic', 'spline', 'makima'}
        As :func:`interpn`; the separable methods run along X, then Y, then Z.
    extrapval : scalar, optional

    Returns
    -------
    ndarray
        The size of the query arrays.

    Notes
    -----
    The meshgrid layout is the trap: ``V[i, j, k]`` is at ``(X(j), Y(i), Z(k))``;
    ``scipy.interpolate.interpn((x, y, z), V, ...)`` would read it the other way.
    GNU Octave 7.3 raises for 'cubic' and lacks 'makima'.

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
    numeric, rest = _split(args)
    method, extrapval = _method_and_extrap(rest, _METHODS3)
    if len(numeric) in (1, 2):
        V = np.asarray(matlab_array(numeric[0], "V"))
        if V.ndim != 3:
            raise CompatValueError("V must be a 3-D array.")
        Vt = np.swapaxes(V, 0, 1)
        grids = [np.arange(1.0, s + 1) for s in Vt.shape]
        qv = _refinement(numeric[1] if len(numeric) == 2 else 1, Vt.shape)
        out = _finish(grids, Vt, None, qv, method, extrapval, (V,))
        return np.swapaxes(out, 0, 1)
    if len(numeric) == 7:
        X, Y, Z, V, Xq, Yq, Zq = numeric
        V = np.asarray(matlab_array(V, "V"))
        if V.ndim != 3:
            raise CompatValueError("V must be a 3-D array.")
        x = _grid_vector(X, 1, V.shape[1], "X")
        y = _grid_vector(Y, 0, V.shape[0], "Y")
        z = _grid_vector(Z, 2, V.shape[2], "Z")
        singles = (V, X, Y, Z, Xq, Yq, Zq)
    elif len(numeric) == 4:
        V, Xq, Yq, Zq = numeric
        V = np.asarray(matlab_array(V, "V"))
        if V.ndim != 3:
            raise CompatValueError("V must be a 3-D array.")
        y, x, z = (np.arange(1.0, s + 1) for s in V.shape)
        singles = (V, Xq, Yq, Zq)
    else:
        raise CompatValueError("interp3 takes (X, Y, Z, V, Xq, Yq, Zq) or (V, Xq, Yq, Zq), "
                               "then method and extrapval.")
    Vt = np.swapaxes(V, 0, 1)                     # ndgrid layout (X, Y, Z)
    queries, vectors = _queries([Xq, Yq, Zq])
    if vectors is not None:                       # meshgrid of the query vectors
        out = _finish([x, y, z], Vt, None, vectors, method, extrapval, singles)
        return np.swapaxes(out, 0, 1)
    return _finish([x, y, z], Vt, queries, None, method, extrapval, singles)
