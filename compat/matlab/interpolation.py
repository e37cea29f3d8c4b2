"""MATLAB's interpolation family: ``interp1`` (1-D, MATLAB's methods, defaults and shapes)
and ``interp2`` (gridded 2-D data in meshgrid layout).

The legacy layer: it reads MATLAB's argument grammar (``interp1(x, v, xq, method,
extrapolation)`` and ``interp1(v, xq, ...)``, ``[]`` for an omitted method, the
``'pp'`` form; ``interp2(X, Y, V, Xq, Yq, method, extrapval)``, ``interp2(V, k)``,
meshgrid matrices) and shapes the results; the interpolants are
:class:`compat._core.interpolation.Interpolant1D`.
"""

from __future__ import annotations

import numpy as np

from compat._core import tensor_splines
from compat._core.args import is_omitted
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 issue_warning)
from compat._core.interpolation import METHODS, Interpolant1D, is_uniform, parse_method
from compat._core.legacy import matlab_function
from compat._core.matlab_types import float_class, is_vector, matlab_array

__all__ = ["interp1", "interp2", "interp1q"]

# dtype characters of float64 and of the integer classes (read as double)
_FAST_DTYPES = frozenset("dbhilqBHILQ?")
_METHODS2 = ("linear", "nearest", "cubic", "spline", "makima")
_EXTRAPOLATING2 = ("spline", "makima")


# ------------------------------------------------------------------ interp1
@matlab_function("interp1")
def interp1(*args, method=None, extrapolation=None):
    """1-D data interpolation (table lookup), as MATLAB's ``interp1``.

    MATLAB call forms::

        vq = interp1(x, v, xq)                         ->  interp1(x, v, xq)
        vq = interp1(x, v, xq, method)                 ->  interp1(x, v, xq, 'pchip')
        vq = interp1(x, v, xq, method, extrapolation)  ->  interp1(x, v, xq, 'linear', 'extrap')
                                                           interp1(x, v, xq, 'nearest', 0)
        vq = interp1(v, xq[, method[, extrapolation]])  (x = 1:n)
        pp = interp1(x, v, method, 'pp')               ->  MATLAB's pp struct (a MatlabStruct)

    ``method`` and ``extrapolation`` may also be given as keywords. ``[]``/``None`` in
    the method position means the default (``interp1(x, v, xq, [], 'extrap')``).

    Parameters
    ----------
    x : array_like
        Sample points, a vector of at least 2 distinct finite values. Unsorted points
        are sorted (and ``v`` reordered with them) as MATLAB does; repeated points are
        an error.
    v : array_like
        Sample values: a vector of ``length(x)`` values (any orientation), or an array
        whose first dimension is ``length(x)``; then every column is interpolated.
        NaNs propagate through the arithmetic: for 'linear' and the step methods to
        the neighbouring interval only, for 'pchip'/'makima' to the nearby pieces, for
        'spline' (a global fit) to the whole column.
    xq : array_like
        Query points, any shape. A Python/numpy scalar gives a scalar.
    method : str, optional
        'linear' (default), 'nearest', 'next', 'previous', 'pchip', 'cubic' (the same
        as 'pchip' in current MATLAB), 'v5cubic' (MATLAB 5's cubic convolution; for
        irregular spacing it falls back to 'spline', as MATLAB documents), 'makima',
        'spline'. Case-insensitive.
    extrapolation : 'extrap' or scalar, optional
        Default: 'extrap' for 'pchip', 'cubic', 'spline' and 'makima', NaN outside
        ``[min(x), max(x)]`` for the other methods. A scalar is used as the value
        outside the range.

    Returns
    -------
    ndarray or scalar
        With a vector ``v``: the shape of ``xq`` (a scalar for a scalar ``xq``). With an
        array ``v`` of size ``[n, d1, ..., dk]``: ``[length(xq), d1, ..., dk]`` when
        ``xq`` is a vector (1-D, a row or a column, or a scalar), else
        ``[size(xq), d1, ..., dk]``. Single precision if any of ``x``, ``v``, ``xq``
        is single (MATLAB's mixed-class rule; computed in double, rounded once),
        complex if ``v`` is. For ``'pp'``, MATLAB's pp struct as a
        :class:`compat._core.struct.MatlabStruct` (fields ``form``, ``breaks``,
        ``coefs``, ``pieces``, ``order``, ``dim``; ``'nearest'``, ``'previous'`` and
        ``'next'`` give order-1 pieces with breaks at the midpoints / shifted ends).

    Raises
    ------
    ValueError
        ``"interp1: ..."`` for fewer than two points, repeated or non-finite sample
        points, length mismatch, unknown method or extrapolation option.
    TypeError
        For non-numeric inputs, complex ``x``/``xq``, complex ``v`` with 'pchip' or
        'makima'.

    Notes
    -----
    Differences from the naive calls:

    * ``numpy.interp(xq, x, v)`` clamps to the end values outside the data (MATLAB
      gives NaN), needs sorted ``x`` and handles one column only.
    * ``scipy.interpolate.interp1d(x, v, kind='cubic')`` is an interpolating spline with
      *not-a-knot* conditions only in recent SciPy and raises outside the range;
      ``kind='nearest'`` rounds ties down (MATLAB and compat: up); ``kind='previous'``/
      ``'next'`` agree inside the range. ``PchipInterpolator`` uses different end
      slopes from MATLAB's ``pchip``; ``Akima1DInterpolator`` is the unmodified Akima
      (not ``makima``) unless ``method='makima'`` (SciPy >= 1.13).
    * MATLAB's default for 'pchip'/'spline'/'makima' is to extrapolate, for the others
      NaN; SciPy's defaults differ per class.

    Performance: a scalar ``xq`` with the default method and float64 (or integer)
    vectors ``x``, ``v`` takes a short path (checks that ``x`` is strictly increasing,
    one binary search, the pp formula): a few microseconds. For repeated scalar
    queries of the same data (an ODE right-hand side) build the interpolant once with
    :class:`compat._core.interpolation.Interpolant1D` and call ``F.at(t)`` (well under
    a microsecond). compat does not cache on the identity of ``x``: arrays are
    mutable and ids are re-used, so such a cache could silently return stale values.

    GNU Octave 7.3 differs from MATLAB: its default out-of-range value is ``NA`` (a
    NaN with a special payload; it reads as NaN from .mat files) for *every* method,
    pchip and spline included; it has no 'makima'/'v5cubic'; it accepts repeated
    sample points (jumps) where MATLAB raises; 'previous'/'next' with 'extrap' repeat
    the end samples where compat gives NaN beyond the side with no such sample.

    Sources: MATLAB documentation of ``interp1`` (call forms, methods, extrapolation
    strategy, output sizes, 'v5cubic' falling back to 'spline'), ``pchip``,
    ``makima``, ``spline``, ``mkpp``/``ppval``; Fritsch & Carlson, SIAM J. Numer. Anal.
    17 (1980); Moler, Numerical Computing with MATLAB, ch. 3; Moler, "Makima Piecewise
    Cubic Interpolation" (2019); Keys, IEEE Trans. ASSP 29 (1981) for v5cubic.

    Examples
    --------
    MATLAB documentation-style values (MATLAB Answers 320154 prints
    ``17 100 100 17 NaN``):

    >>> from compat.matlab import interp1
    >>> interp1([1, 2, 4], [17, 100, 17], [1, 2, 3, 4, 5], 'previous')
    array([ 17., 100., 100.,  17.,  nan])
    >>> interp1([1, 2, 3], [10, 20, 30], 2.5)
    np.float64(25.0)
    >>> interp1([1, 2, 3], [10, 20, 30], [0, 4])            # NaN outside
    array([nan, nan])
    >>> interp1([1, 2, 3], [10, 20, 30], [0, 4], 'linear', 'extrap')
    array([ 0., 40.])
    >>> interp1([1, 2, 3], [10, 20, 30], [0, 4], 'pchip')   # pchip extrapolates
    array([ 0., 40.])

    Columns of a matrix are interpolated:

    >>> import numpy as np
    >>> interp1([0, 1], np.array([[0, 10], [1, 20]]), [0.5, 0.25])
    array([[ 0.5 , 15.  ],
           [ 0.25, 12.5 ]])
    """
    if len(args) == 3 and method is None and extrapolation is None:
        tq = type(args[2])
        if tq is float or tq is np.float64 or tq is int:
            result = _scalar_default(args[0], args[1], float(args[2]))
            if result is not None:
                return result
    return _interp1(args, method, extrapolation)


def _scalar_default(x, v, t):
    """Scalar query, default method: the short path (None -> take the general path).

    Only float64/integer real vectors with strictly increasing x qualify; anything
    else (unsorted, repeated, NaN in x, matrices, single, complex) goes through the
    general path, which sorts or raises as MATLAB does.
    """
    x = np.asarray(x)
    v = np.asarray(v)
    if x.dtype.char not in _FAST_DTYPES or v.dtype.char not in _FAST_DTYPES:
        return None
    n = x.size
    if n < 2 or v.size != n or x.ndim > 2 or v.ndim > 2:
        return None
    if (x.ndim == 2 and x.shape[0] != 1 and x.shape[1] != 1) or \
            (v.ndim == 2 and v.shape[0] != 1 and v.shape[1] != 1):
        return None
    if x.ndim != 1:
        x = x.reshape(-1)
    if not (x[1:] > x[:-1]).all():
        return None
    if not (x[0] <= t <= x[n - 1]):
        return np.float64(np.nan)
    i = int(x.searchsorted(t, "right")) - 1
    if i > n - 2:
        i = n - 2
    if v.ndim != 1:
        v = v.reshape(-1)
    x0 = float(x[i])
    v0 = float(v[i])
    slope = (float(v[i + 1]) - v0) / (float(x[i + 1]) - x0)
    return np.float64(slope * (t - x0) + v0)


def _method_slot(args, k) -> bool:
    """True when ``args[k]`` is ``[]``/``None`` standing for an omitted METHOD.

    ``interp1(x, v, xq, [], 'extrap')`` and ``interp1(v, xq, [], 'extrap')``; but in
    ``interp1(x, v, [])`` or ``interp1(x, v, [], 'pchip')`` the ``[]`` is an empty xq.
    """
    a = args[k]
    if not (a is None or (isinstance(a, (list, tuple)) and len(a) == 0)):
        return False
    if k == 3:
        return True
    if k == 2 and len(args) > 3:
        nxt = args[3]
        return not (isinstance(nxt, str) and nxt.lower().lstrip("*") in METHODS)
    return False


def _extrapolation(value) -> tuple[bool | None, object]:
    """(extrapolate, fill) for interp1's extrapolation argument: ``None`` (MATLAB's
    default for the method), ``'extrap'``, or a numeric scalar fill value."""
    if value is None:
        return None, np.nan
    if isinstance(value, str):
        if value.lower() != "extrap":
            raise CompatValueError(f"invalid extrapolation option '{value}'; use 'extrap' "
                                   "or a scalar value")
        return True, np.nan
    fill = np.asarray(value)
    if fill.size != 1 or fill.dtype.kind not in "biufc":
        raise CompatTypeError("the extrapolation value must be 'extrap' or a numeric "
                              "scalar")
    return False, fill.reshape(()).item()


def _interp1(args, method, extrapolation):
    data = []
    rest = []
    for k, a in enumerate(args):
        if isinstance(a, str) or _method_slot(args, k):
            rest = list(args[k:])
            break
        data.append(a)
    if rest and isinstance(rest[-1], str) and rest[-1].lower() == "pp":
        if len(data) != 2 or len(rest) > 2 or extrapolation is not None:
            raise CompatValueError("the pp form is interp1(x, v, method, 'pp')")
        meth = parse_method(rest[0] if len(rest) == 2 else method)
        return Interpolant1D(data[0], data[1], meth, extrapolate=True).pp()
    if len(rest) > 2:
        raise CompatValueError(f"too many arguments after the data: {rest!r}")
    if rest:
        given = rest[0]
        if isinstance(given, str) and given.lower() == "extrap" and len(rest) == 1:
            rest = [None, "extrap"]
            given = None
        if not is_omitted(given):
            if method is not None:
                raise CompatTypeError("method given twice (positionally and as method=)")
            method = given
        if len(rest) == 2:
            if extrapolation is not None:
                raise CompatTypeError("extrapolation given twice")
            extrapolation = rest[1]
    if len(data) == 2:
        v, xq = data
        varr = matlab_array(v, "V")
        n = varr.size if is_vector(varr) else varr.shape[0]
        x = np.arange(1, n + 1, dtype=np.float64)
    elif len(data) == 3:
        x, v, xq = data
        varr = matlab_array(v, "V")
    else:
        raise CompatTypeError(f"expected interp1(x, v, xq, ...) or interp1(v, xq, ...), "
                              f"got {len(data)} numeric arguments")
    xarr = matlab_array(x, "X")
    xq_arr = matlab_array(xq, "Xq", complex_ok=False)
    if extrapolation is not None and not isinstance(extrapolation, str) and \
            is_omitted(extrapolation):
        extrapolation = None
    method = parse_method(method)
    extrapolate, fill = _extrapolation(extrapolation)
    F = Interpolant1D(xarr, varr, method, extrapolate=extrapolate, fill=fill)
    vals = F(xq_arr)
    if not F.tail:
        out = vals.reshape(xq_arr.shape)
    elif is_vector(xq_arr):
        out = vals.reshape((xq_arr.size,) + F.tail)
    else:
        out = vals.reshape(xq_arr.shape + F.tail)
    if float_class(xarr, varr, xq_arr) == np.float32:
        out = out.astype(np.complex64 if out.dtype.kind == "c" else np.float32)
    if out.ndim == 0:
        return out[()]
    return out


# ------------------------------------------------------------------ interp2
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
        :class:`compat.MatlabWarning`
        ``MATLAB:griddedInterpolant:CubicUniformOnlyWarnId``; also for fewer than 3
        points per direction), 'spline'
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
    method = parse_method(method, allowed=_METHODS2)
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
        raise CompatTypeError(f"expected interp2(X, Y, V, Xq, Yq), interp2(V, Xq, Yq) or "
                              f"interp2(V, k), got {len(data)} numeric arguments")
    Va = matlab_array(V, "V")
    if Va.ndim != 2:
        raise CompatValueError(f"V must be a 2-D matrix, got {Va.ndim} dimensions")
    m, n = Va.shape
    if m < 2 or n < 2:
        raise CompatValueError("Interpolation requires at least two sample points in each "
                               "dimension.")
    singles = [Va]
    if X is None:
        x = np.arange(1.0, n + 1)
        y = np.arange(1.0, m + 1)
    else:
        x, y, X, Y = _grid(X, Y, m, n)
        singles += [X, Y]
    if refine is not None:
        k = np.asarray(refine)
        if k.size != 1 or k.dtype.kind not in "biuf" or not np.isfinite(k) or \
                k < 0 or k != np.floor(k):
            raise CompatValueError(f"the refinement factor k must be a nonnegative integer, "
                                   f"got {refine!r}")
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
        xq, yq, grid, out_shape, Xq, Yq = _queries(Xq, Yq)
        singles += [Xq, Yq]
    # sort descending grids
    v = Va
    if x[0] > x[-1]:
        x, v = x[::-1], v[:, ::-1]
    if y[0] > y[-1]:
        y, v = y[::-1], v[::-1, :]
    for g, what in ((x, "X"), (y, "Y")):
        if not np.isfinite(g).all() or not (np.diff(g) > 0).all():
            raise CompatValueError(f"{what} must be strictly monotonic with finite, distinct "
                                   f"values")
    work = np.complex128 if v.dtype.kind == "c" else np.float64
    v = np.asarray(v, dtype=work)
    if method == "cubic":
        if x.size >= 3 and y.size >= 3 and is_uniform(x) and is_uniform(y):
            method1 = "v5cubic"
        else:
            issue_warning(MatlabWarning(
                "The 'cubic' method requires the grid to have a uniform spacing. Switching "
                "method from 'cubic' to 'spline' because this condition is not met.",
                "MATLAB:griddedInterpolant:CubicUniformOnlyWarnId"))
            method1 = "spline"
    else:
        method1 = method
    if grid:
        out = _grid_eval(x, y, v, xq, yq, method1)
    else:
        out = _point_eval(x, y, v, xq, yq, method1)
    if extrapval is not None or method not in _EXTRAPOLATING2:
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
    if float_class(*singles) == np.float32:
        out = out.astype(np.complex64 if out.dtype.kind == "c" else np.float32)
    return out[()] if out.ndim == 0 else out


def _split(args, method, extrapval):
    """(numeric arguments, method, extrapval) of interp2's argument list."""
    data = list(args)
    first = next((i for i, a in enumerate(data) if isinstance(a, str)), None)
    if first is None:
        return data, method, extrapval
    rest = data[first:]
    data = data[:first]
    if method is not None:
        raise CompatTypeError("method given twice")
    method = rest[0]
    if len(rest) > 2:
        raise CompatValueError(f"too many arguments after the method: {rest[1:]!r}")
    if len(rest) == 2:
        if extrapval is not None:
            raise CompatTypeError("extrapval given twice")
        extrapval = rest[1]
        if isinstance(extrapval, str):
            raise CompatTypeError("extrapval must be a numeric scalar ('extrap' is not an "
                                  "interp2 option)")
    return data, method, extrapval


def _fill(value):
    arr = np.asarray(value)
    if arr.size != 1 or arr.dtype.kind not in "biufc":
        raise CompatTypeError("extrapval must be a numeric scalar")
    return arr.reshape(()).item()


def _real(value, name: str) -> np.ndarray:
    return matlab_array(value, name, complex_ok=False)


def _grid(X, Y, m, n):
    """(x, y, X, Y): the grid vectors of interp2's X and Y (vectors or meshgrid
    matrices), and X and Y as the coercer read them."""
    X, Y = _real(X, "X"), _real(Y, "Y")
    Xa, Ya = X.astype(np.float64), Y.astype(np.float64)
    if is_vector(Xa) and is_vector(Ya) and not (Xa.shape == (m, n) and Ya.shape == (m, n)):
        x, y = Xa.reshape(-1), Ya.reshape(-1)
        if x.size != n or y.size != m:
            raise CompatValueError(f"the lengths of X ({x.size}) and Y ({y.size}) must "
                                   f"match the columns ({n}) and rows ({m}) of V")
        return x, y, X, Y
    if Xa.shape != (m, n) or Ya.shape != (m, n):
        raise CompatValueError(f"X and Y must be vectors or matrices of the size of V "
                               f"({m}x{n})")
    x, y = Xa[0, :], Ya[:, 0]
    if not ((Xa == x[None, :]).all() and (Ya == y[:, None]).all()):
        raise CompatValueError("Input grid is not a valid MESHGRID.")
    return x.copy(), y.copy(), X, Y


def _queries(Xq, Yq):
    """(xq, yq, grid, output shape, Xq, Yq): the query points of interp2 (a row and a
    column form a grid), and Xq, Yq as the coercer read them."""
    Xq, Yq = _real(Xq, "Xq"), _real(Yq, "Yq")
    Xa = Xq.astype(np.float64)
    Ya = Yq.astype(np.float64)
    rowcol = (Xa.ndim == 2 and Ya.ndim == 2 and
              ((Xa.shape[0] == 1 and Ya.shape[1] == 1 and Ya.shape[0] != 1) or
               (Xa.shape[1] == 1 and Ya.shape[0] == 1 and Xa.shape[0] != 1)))
    if rowcol:
        xq, yq = Xa.reshape(-1), Ya.reshape(-1)
        return xq, yq, True, (yq.size, xq.size), Xq, Yq
    if Xa.shape != Ya.shape:
        raise CompatValueError(f"Xq and Yq must be the same size, or a row and a column "
                               f"vector (got {Xa.shape} and {Ya.shape})")
    return Xa.reshape(-1), Ya.reshape(-1), False, Xa.shape, Xq, Yq


def _grid_eval(x, y, v, xq, yq, method):
    """Separable evaluation on the grid xq (columns) by yq (rows): X first, then Y
    (:mod:`compat._core.tensor_splines`, with V in ndgrid layout (X, Y))."""
    return tensor_splines.grid_values([x, y], v.T, [xq, yq], method).T


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
    return tensor_splines.point_values([x, y], v.T, [xq, yq], method)


# --------------------------------------------------------------------------- interp1q
@matlab_function("interp1q")
def interp1q(x, Y, xi):
    """Quick 1-D linear interpolation, as MATLAB's ``interp1q`` (removed from current
    MATLAB; older code calls it).

    MATLAB call form::

        yi = interp1q(x, Y, xi)

    Parameters
    ----------
    x : array_like
        Increasing sample points (a column vector in MATLAB; any vector here).
    Y : array_like
        Values: a vector of ``len(x)`` values, or a matrix with ``len(x)`` rows
        (each column interpolated).
    xi : array_like
        Query points.

    Returns
    -------
    numpy.ndarray
        ``len(xi)``-by-``size(Y, 2)`` (a column for a vector Y): ``Y(r) + (Y(r+1) -
        Y(r)) .* u`` with ``r`` the last sample at or below ``xi`` (the last interval
        for ``xi == x(end)``) and ``u = (xi - x(r)) / (x(r+1) - x(r))``; NaN outside
        ``[x(1), x(end)]`` and for NaN queries; MATLAB's class of the three inputs.

    Notes
    -----
    MATLAB does not check that x increases ("for interp1q to work properly, x must be
    a monotonically increasing column vector"): neither does compat. ``numpy.interp``
    extrapolates with the end values instead of NaN, takes one vector of values and
    computes ``xi`` at a knot by another formula. Sources: MATLAB documentation of
    ``interp1q`` (R2022b and earlier); goldens: the definition computed in Octave 7.3,
    which has no interp1q (reference_outputs/matlab/interp1).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.interp1q(np.array([1.0, 2, 3]), np.array([10.0, 20, 40]),
    ...                 np.array([0.5, 1.5, 3.0, 2.25]))
    array([[nan],
           [15.],
           [40.],
           [25.]])
    """
    xs = matlab_array(x, "x", to_float=True).reshape(-1)
    values = matlab_array(Y, "Y", to_float=True)
    queries = matlab_array(xi, "xi", to_float=True).reshape(-1)
    table = values.reshape(-1, 1) if values.ndim <= 1 else values
    if table.ndim != 2 or table.shape[0] != xs.size:
        raise CompatValueError("Y must be a column vector or a matrix with length(x) rows.")
    dtype = float_class(xs, values, queries)
    xs, table, queries = xs.astype(dtype), table.astype(dtype), queries.astype(dtype)
    n = xs.size
    out = np.full((queries.size, table.shape[1]), np.nan, dtype=dtype)
    if n >= 2 and queries.size:
        r = np.searchsorted(xs, queries, side="right")     # samples <= xi (1-based r)
        r[queries == xs[-1]] = n - 1
        inside = (r > 0) & (r < n)
        k = r[inside] - 1
        xk = xs[k]
        u = (queries[inside] - xk) / (xs[k + 1] - xk)
        low = table[k]
        out[inside] = low + (table[k + 1] - low) * u[:, None]
    return out
