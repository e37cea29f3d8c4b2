"""MATLAB ``interp1``: 1-D interpolation with MATLAB's methods, defaults and shapes."""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import matlab_error
from compat._core.interpolation import METHODS, Interpolant1D
from compat._core.legacy import matlab_function

__all__ = ["interp1"]

_NAME = "interp1"
# dtype characters of float64 and of the integer classes (read as double)
_FAST_DTYPES = frozenset("dbhilqBHILQ?")


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


def _is_vector(a: np.ndarray) -> bool:
    return a.ndim <= 1 or (a.ndim == 2 and min(a.shape) == 1)


def _numeric(a, what):
    arr = np.asarray(a)
    if arr.dtype.kind not in "biufc":
        raise matlab_error(_NAME, f"{what} must be numeric, got {arr.dtype}", TypeError)
    return arr


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
            raise matlab_error(_NAME, "the pp form is interp1(x, v, method, 'pp')")
        meth = rest[0] if len(rest) == 2 else method
        F = Interpolant1D(data[0], data[1], meth, "extrap", name=_NAME)
        return F.pp()
    if len(rest) > 2:
        raise matlab_error(_NAME, f"too many arguments after the data: {rest!r}")
    if rest:
        given = rest[0]
        if isinstance(given, str) and given.lower() == "extrap" and len(rest) == 1:
            rest = [None, "extrap"]
            given = None
        if not is_omitted(given):
            if method is not None:
                raise matlab_error(_NAME, "method given twice (positionally and as "
                                   "method=)", TypeError)
            method = given
        if len(rest) == 2:
            if extrapolation is not None:
                raise matlab_error(_NAME, "extrapolation given twice", TypeError)
            extrapolation = rest[1]
    if len(data) == 2:
        v, xq = data
        varr = _numeric(v, "V")
        n = varr.size if _is_vector(varr) else varr.shape[0]
        x = np.arange(1, n + 1, dtype=np.float64)
    elif len(data) == 3:
        x, v, xq = data
        varr = _numeric(v, "V")
    else:
        raise matlab_error(_NAME, f"expected interp1(x, v, xq, ...) or interp1(v, xq, "
                           f"...), got {len(data)} numeric arguments", TypeError)
    xarr = _numeric(x, "X")
    xq_arr = _numeric(xq, "Xq")
    if xq_arr.dtype.kind == "c":
        raise matlab_error(_NAME, "Xq must be real", TypeError)
    if extrapolation is not None and not isinstance(extrapolation, str) and \
            is_omitted(extrapolation):
        extrapolation = None
    F = Interpolant1D(xarr, varr, method, extrapolation, name=_NAME)
    vals = F(xq_arr)
    if not F.tail:
        out = vals.reshape(xq_arr.shape)
    elif _is_vector(xq_arr):
        out = vals.reshape((xq_arr.size,) + F.tail)
    else:
        out = vals.reshape(xq_arr.shape + F.tail)
    single = any(a.dtype in (np.float32, np.complex64) for a in (xarr, varr, xq_arr))
    if single:
        out = out.astype(np.complex64 if out.dtype.kind == "c" else np.float32)
    if out.ndim == 0:
        return out[()]
    return out
