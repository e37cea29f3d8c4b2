"""MATLAB ``interp2``: interpolation of gridded 2-D data (meshgrid layout)."""

from __future__ import annotations

import warnings

import numpy as np

from compat._core.errors import CompatWarning, matlab_error
from compat._core.interpolation import Interpolant1D, _is_uniform, parse_method
from compat._core.legacy import matlab_function

__all__ = ["interp2"]

_NAME = "interp2"
_METHODS = ("linear", "nearest", "cubic", "spline", "makima")
_EXTRAPOLATING = ("spline", "makima")
# Largest (queries x grid rows) block evaluated at once by the separable methods.
_BLOCK = 1 << 21


@matlab_function("interp2")
def interp2(*args, method=None, extrapval=None):
    """Interpolation for 2-D gridded data in meshgrid format, as MATLAB's ``interp2``.

    MATLAB call forms::

        Vq = interp2(X, Y, V, Xq, Yq)                      ->  interp2(X, Y, V, Xq, Yq)
        Vq = interp2(V, Xq, Yq)                            (X = 1:n, Y = 1:m)
        Vq = interp2(V)  /  interp2(V, k)                  (refine k times, default 1)
        Vq = interp2(___, method)                          ->  interp2(X, Y, V, Xq, Yq, 'spline')
        Vq = interp2(___, method, extrapval)               ->  interp2(V, Xq, Yq, 'linear', 0)

    Parameters
    ----------
    X, Y : array_like
        Grid: vectors with ``length(X) == size(V, 2)`` and ``length(Y) == size(V, 1)``
        (strictly monotonic; descending grids are flipped, with ``V``), or matrices
        of the size of ``V`` in meshgrid format (``X`` constant down columns, ``Y``
        along rows).
    V : array_like
        The m-by-n sample values ``V(i, j)`` at ``(X(j), Y(i))``.
    Xq, Yq : array_like
        Query points: arrays of the same size (pointwise; the result has that size),
        or a row and a column vector (a grid: the result is
        ``length(Yq)``-by-``length(Xq)``).
    k : int
        ``interp2(V, k)`` inserts ``2^k - 1`` points between samples in each
        direction: the result is ``(2^k*(m-1)+1)``-by-``(2^k*(n-1)+1)``.
    method : str
        'linear' (default, bilinear), 'nearest' (ties go to the upper neighbour),
        'cubic' (cubic convolution, Keys' kernel with MATLAB 5's end conditions, on
        uniformly spaced grids; otherwise MATLAB warns "The 'cubic' method requires
        the grid to have a uniform spacing. Switching method from 'cubic' to 'spline'
        because this condition is not met." and so does compat, as a
        :class:`compat.CompatWarning`; also for fewer than 3 points per direction), 'spline'
        (tensor-product not-a-knot spline), 'makima' (modified Akima applied along X
        first, then along Y -- compat's order: MATLAB does not document it, and makima
        is nonlinear so the order matters at rounding level and beyond).
    extrapval : scalar
        Value for queries outside the grid. Default: NaN for 'linear', 'nearest' and
        'cubic'; 'spline' and 'makima' extrapolate.

    Returns
    -------
    ndarray
        Single if ``V`` or a grid/query input is single; complex if ``V`` is.
        Inputs are never modified.

    Notes
    -----
    ``scipy.interpolate.interp2d`` is gone; ``RegularGridInterpolator((y, x), V)`` takes
    the axes in (row, column) order -- the opposite of interp2's ``(X, Y)`` argument
    order, a classic porting bug -- raises out of bounds by default, and its
    'cubic'/'quintic' are splines of other boundary conditions than MATLAB's 'cubic'
    (convolution) and 'spline' (not-a-knot).

    GNU Octave 7.3 differs from MATLAB: its 'cubic' is a bicubic pchip (MATLAB's is
    cubic convolution), its default fill value is ``NA``, and its 'spline' accepts grid
    queries only. The spline of separable evaluation is the same in either order (it
    is linear in ``V``), so compat agrees with Octave's 'spline' to rounding.

    Sources: MATLAB ``interp2`` reference page (call forms, refinement sizes, methods,
    extrapolation defaults, grid-vector queries), Keys (1981), MATLAB ``spline`` and
    ``makima`` pages.

    Examples
    --------
    >>> from compat.matlab import interp2
    >>> V = [[1, 2], [3, 4]]
    >>> interp2(V, 1.5, 1.5)
    np.float64(2.5)
    >>> interp2(V, 1)
    array([[1. , 1.5, 2. ],
           [2. , 2.5, 3. ],
           [3. , 3.5, 4. ]])
    >>> interp2(V, [0.5, 1.5], [1, 1])          # NaN outside the grid
    array([nan, 1.5])
    """
    data, method, extrapval = _split(args, method, extrapval)
    method = parse_method(_NAME, method, allowed=_METHODS)
    refine = None
    if len(data) == 5:
        X, Y, V, Xq, Yq = data
    elif len(data) == 3:
        V, Xq, Yq = data
        X = Y = None
    elif len(data) in (1, 2):
        V = data[0]
        refine = data[1] if len(data) == 2 else 1
        X = Y = Xq = Yq = None
    else:
        raise matlab_error(_NAME, f"expected interp2(X, Y, V, Xq, Yq), interp2(V, Xq, Yq) "
                           f"or interp2(V, k), got {len(data)} numeric arguments",
                           TypeError)
    Va = np.asarray(V)
    if Va.dtype.kind not in "biufc":
        raise matlab_error(_NAME, f"V must be numeric, got {Va.dtype}", TypeError)
    if Va.ndim != 2:
        raise matlab_error(_NAME, f"V must be a 2-D matrix, got {Va.ndim} dimensions")
    m, n = Va.shape
    if m < 2 or n < 2:
        raise matlab_error(_NAME, "Interpolation requires at least two sample points in "
                           "each dimension.")
    singles = [Va]
    if X is None:
        x = np.arange(1.0, n + 1)
        y = np.arange(1.0, m + 1)
    else:
        x, y = _grid(X, Y, m, n)
        singles += [np.asarray(X), np.asarray(Y)]
    if refine is not None:
        k = np.asarray(refine)
        if k.size != 1 or k.dtype.kind not in "biuf" or not np.isfinite(k) or \
                k < 0 or k != np.floor(k):
            raise matlab_error(_NAME, f"the refinement factor k must be a nonnegative "
                               f"integer, got {refine!r}")
        if int(k) == 0:
            out = np.array(Va, dtype=np.result_type(Va.dtype, np.float64)
                           if Va.dtype.kind in "biu" else Va.dtype, copy=True)
            return out
        # 1:1/2^k:n (the step is a power of two, so every point is exact)
        step = 0.5 ** int(k)
        xq = np.arange((n - 1) * 2**int(k) + 1) * step + 1
        yq = np.arange((m - 1) * 2**int(k) + 1) * step + 1
        grid, out_shape = True, (yq.size, xq.size)
    else:
        xq, yq, grid, out_shape = _queries(Xq, Yq)
        singles += [np.asarray(Xq), np.asarray(Yq)]
    # sort descending grids
    v = Va
    if x[0] > x[-1]:
        x, v = x[::-1], v[:, ::-1]
    if y[0] > y[-1]:
        y, v = y[::-1], v[::-1, :]
    for g, what in ((x, "X"), (y, "Y")):
        if not np.isfinite(g).all() or not (np.diff(g) > 0).all():
            raise matlab_error(_NAME, f"{what} must be strictly monotonic with finite, "
                               f"distinct values")
    work = np.complex128 if v.dtype.kind == "c" else np.float64
    v = np.asarray(v, dtype=work)
    if method == "cubic":
        if x.size >= 3 and y.size >= 3 and _is_uniform(x) and _is_uniform(y):
            method1 = "v5cubic"
        else:
            warnings.warn("The 'cubic' method requires the grid to have a uniform "
                          "spacing. Switching method from 'cubic' to 'spline' because "
                          "this condition is not met.", CompatWarning, stacklevel=2)
            method1 = "spline"
    else:
        method1 = method
    if grid:
        out = _grid_eval(x, y, v, xq, yq, method1)
    else:
        out = _point_eval(x, y, v, xq, yq, method1)
    if extrapval is not None or method not in _EXTRAPOLATING:
        fill = np.nan if extrapval is None else _fill(extrapval)
        if grid:
            outside = ((xq < x[0]) | (xq > x[-1]))[None, :] | \
                ((yq < y[0]) | (yq > y[-1]))[:, None]
        else:
            outside = (xq < x[0]) | (xq > x[-1]) | (yq < y[0]) | (yq > y[-1])
        if outside.any():
            if isinstance(fill, complex) and out.dtype.kind != "c":
                out = out.astype(np.complex128)
            out[outside] = fill
    out = out.reshape(out_shape)
    if any(a.dtype in (np.float32, np.complex64) for a in singles):
        out = out.astype(np.complex64 if out.dtype.kind == "c" else np.float32)
    return out[()] if out.ndim == 0 else out


def _split(args, method, extrapval):
    data = list(args)
    first = next((i for i, a in enumerate(data) if isinstance(a, str)), None)
    if first is None:
        return data, method, extrapval
    rest = data[first:]
    data = data[:first]
    if method is not None:
        raise matlab_error(_NAME, "method given twice", TypeError)
    method = rest[0]
    if len(rest) > 2:
        raise matlab_error(_NAME, f"too many arguments after the method: {rest[1:]!r}")
    if len(rest) == 2:
        if extrapval is not None:
            raise matlab_error(_NAME, "extrapval given twice", TypeError)
        extrapval = rest[1]
        if isinstance(extrapval, str):
            raise matlab_error(_NAME, "extrapval must be a numeric scalar ('extrap' is "
                               "not an interp2 option)", TypeError)
    return data, method, extrapval


def _fill(value):
    arr = np.asarray(value)
    if arr.size != 1 or arr.dtype.kind not in "biufc":
        raise matlab_error(_NAME, "extrapval must be a numeric scalar", TypeError)
    return arr.reshape(()).item()


def _is_vec(a):
    return a.ndim <= 1 or (a.ndim == 2 and min(a.shape) == 1)


def _grid(X, Y, m, n):
    Xa = np.asarray(X, dtype=np.float64) if np.asarray(X).dtype.kind in "biuf" else None
    Ya = np.asarray(Y, dtype=np.float64) if np.asarray(Y).dtype.kind in "biuf" else None
    if Xa is None or Ya is None:
        raise matlab_error(_NAME, "X and Y must be real numeric arrays", TypeError)
    if _is_vec(Xa) and _is_vec(Ya) and not (Xa.shape == (m, n) and Ya.shape == (m, n)):
        x, y = Xa.reshape(-1), Ya.reshape(-1)
        if x.size != n or y.size != m:
            raise matlab_error(_NAME, f"the lengths of X ({x.size}) and Y ({y.size}) must "
                               f"match the columns ({n}) and rows ({m}) of V")
        return x, y
    if Xa.shape != (m, n) or Ya.shape != (m, n):
        raise matlab_error(_NAME, f"X and Y must be vectors or matrices of the size of V "
                           f"({m}x{n})")
    x, y = Xa[0, :], Ya[:, 0]
    if not ((Xa == x[None, :]).all() and (Ya == y[:, None]).all()):
        raise matlab_error(_NAME, "Input grid is not a valid MESHGRID.")
    return x.copy(), y.copy()


def _queries(Xq, Yq):
    Xa, Ya = np.asarray(Xq), np.asarray(Yq)
    for a, what in ((Xa, "Xq"), (Ya, "Yq")):
        if a.dtype.kind not in "biuf":
            raise matlab_error(_NAME, f"{what} must be real numeric", TypeError)
    Xa = Xa.astype(np.float64)
    Ya = Ya.astype(np.float64)
    rowcol = (Xa.ndim == 2 and Ya.ndim == 2 and
              ((Xa.shape[0] == 1 and Ya.shape[1] == 1 and Ya.shape[0] != 1) or
               (Xa.shape[1] == 1 and Ya.shape[0] == 1 and Xa.shape[0] != 1)))
    if rowcol:
        xq, yq = Xa.reshape(-1), Ya.reshape(-1)
        return xq, yq, True, (yq.size, xq.size)
    if Xa.shape != Ya.shape:
        raise matlab_error(_NAME, f"Xq and Yq must be the same size, or a row and a "
                           f"column vector (got {Xa.shape} and {Ya.shape})")
    return Xa.reshape(-1), Ya.reshape(-1), False, Xa.shape


def _grid_eval(x, y, v, xq, yq, method):
    """Separable evaluation on the grid xq (columns) by yq (rows): X first, then Y."""
    Fx = Interpolant1D(x, v.T, method, "extrap", name=_NAME, checked=True)
    W = Fx(xq)                                   # (len(xq), m): along x, every row
    Fy = Interpolant1D(y, W.T, method, "extrap", name=_NAME, checked=True)
    return Fy(yq)                                # (len(yq), len(xq))


def _point_eval(x, y, v, xq, yq, method):
    """Scattered queries: bilinear/nearest directly, the others separably per point."""
    out = np.empty(xq.shape, dtype=v.dtype)
    if xq.size == 0:
        return out
    if method in ("linear", "nearest"):
        ix = np.clip(np.searchsorted(x, xq, side="right") - 1, 0, x.size - 2)
        iy = np.clip(np.searchsorted(y, yq, side="right") - 1, 0, y.size - 2)
        if method == "nearest":
            jx = ix + (xq - x[ix] >= x[ix + 1] - xq)
            jy = iy + (yq - y[iy] >= y[iy + 1] - yq)
            out = v[jy, jx]
            out = np.where(np.isnan(xq) | np.isnan(yq), np.nan, out)
            return out
        tx = (xq - x[ix]) / (x[ix + 1] - x[ix])
        ty = (yq - y[iy]) / (y[iy + 1] - y[iy])
        v00, v01 = v[iy, ix], v[iy, ix + 1]
        v10, v11 = v[iy + 1, ix], v[iy + 1, ix + 1]
        r0 = v00 + tx * (v01 - v00)
        r1 = v10 + tx * (v11 - v10)
        return r0 + ty * (r1 - r0)
    # separable: along x for every row at each query's x, then along y for that
    # query's own column of values (a different 1-D problem per query; blocked so
    # the (queries x rows) temporary stays bounded)
    Fx = Interpolant1D(x, v.T, method, "extrap", name=_NAME, checked=True)
    m = y.size
    block = max(1, _BLOCK // m)
    for start in range(0, xq.size, block):
        sl = slice(start, start + block)
        W = Fx(xq[sl])                           # (b, m)
        Fy = Interpolant1D(y, W.T, method, "extrap", name=_NAME, checked=True)
        out[sl] = _diagonal(Fy, yq[sl])
    return out


def _diagonal(F, t):
    """Column k of the multi-column interpolant F evaluated at t[k] (pp methods)."""
    coefs = F.coefs                              # (pieces, order, b)
    idx = np.clip(np.searchsorted(F.x, t, side="right") - 1, 0, coefs.shape[0] - 1)
    s = t - F.x[idx]
    cols = np.arange(t.size)
    r = coefs[idx, 0, cols]
    for k in range(1, coefs.shape[1]):
        r = r * s + coefs[idx, k, cols]
    return r
