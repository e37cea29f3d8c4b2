"""MATLAB's sample moments (Statistics and Machine Learning Toolbox): ``skewness``,
``kurtosis``, ``moment``, and the geometric and harmonic means ``geomean``, ``harmmean``
(these three propagate NaN, as their MATLAB code does).

The legacy layer of the family: reads MATLAB's ``(X, flag, dim)`` grammar (``flag`` 1,
the default, for the biased estimator, 0 for the bias-corrected one; ``dim``, a vecdim
or ``'all'``) and evaluates MATLAB's formulas, NaN values being missing data: with
``x0 = x - mean(x, 'omitnan')`` the skewness is ``mean(x0.^3) ./ mean(x0.^2).^1.5`` and
the kurtosis ``mean(x0.^4) ./ mean(x0.^2).^2`` (means over the non-NaN values), the
bias corrections those of MATLAB's pages (NaN for fewer than 3, resp. 4, values).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._reduction_args import _axes, _data, _options, _scalar

__all__ = ["skewness", "kurtosis", "geomean", "harmmean", "moment", "trimmean"]


def _flag_and_axes(A, args):
    a = _data(A, integer_ok=False, logical_ok=False, complex_ok=False)
    args = list(args)
    flag = 1
    if args and not isinstance(args[0], str):
        given = args.pop(0)
        if given is not None and not (isinstance(given, np.ndarray) and given.size == 0) \
                and not (isinstance(given, (list, tuple)) and len(given) == 0):
            f = np.asarray(given).reshape(-1)
            if f.size != 1 or f[0] not in (0, 1):
                raise CompatValueError("FLAG must be 0 or 1.")
            flag = int(f[0])
    opts = _options(args, a.ndim)
    axes = _axes(opts["axes"], a.shape if a.ndim else (1, 1), zero_by_zero=False)
    return a, flag, axes


def _moments(a: np.ndarray, axes):
    """(n, mean(x0^2), x0) over ``axes`` with NaN as missing data, in a's class."""
    with np.errstate(invalid="ignore", divide="ignore"):
        valid = ~np.isnan(a)
        n = np.sum(valid, axis=axes, keepdims=True).astype(a.dtype)
        centre = np.nansum(a, axis=axes, keepdims=True) / n
        x0 = a - centre
        s2 = np.nansum(x0 ** 2, axis=axes, keepdims=True) / n
    return n, s2, x0


def _result(out: np.ndarray, a: np.ndarray):
    """A vector's moment as a scalar; a matrix's keeps its reduced dimensions."""
    return _scalar(out.reshape(())) if a.ndim <= 1 else out


@matlab_function("skewness")
def skewness(X, *args):
    """Sample skewness, as MATLAB's ``skewness``.

    MATLAB call forms::

        y = skewness(X)              ->  skewness(X)          (first non-singleton dim)
        y = skewness(X, flag)        ->  skewness(X, 0)       (bias-corrected)
        y = skewness(X, flag, dim)   ->  skewness(X, 1, 2)
        y = skewness(X, flag, 'all') / vecdim

    ``flag`` 1 (default): ``mean(x0.^3) ./ mean(x0.^2).^1.5`` with ``x0 = x -
    mean(x)``; 0: that times ``sqrt(n*(n-1))/(n-2)`` (NaN for n < 3). NaN values are
    removed (missing data). Differences from ``scipy.stats.skew``: MATLAB's default is
    the biased estimator (scipy's ``bias=True`` too) but it works along the first
    non-singleton dimension (scipy along axis 0 of any array) and skips NaN (scipy's
    default propagates it).

    Examples
    --------
    >>> from compat import matlab
    >>> round(float(matlab.skewness([1, 2, 3, 10])), 12)
    1.018233764909
    >>> round(float(matlab.skewness([1, 2, 3, 10, float('nan')], 0)), 12)
    1.763632614804
    """
    a, flag, axes = _flag_and_axes(X, args)
    n, s2, x0 = _moments(a, axes)
    with np.errstate(invalid="ignore", divide="ignore"):
        m3 = np.nansum(x0 ** 3, axis=axes, keepdims=True) / n
        s = m3 / s2 ** 1.5
        if flag == 0:
            s = np.where(n < 3, np.nan, s * np.sqrt((n - 1) / n) * n / (n - 2))
    return _result(s, a)


@matlab_function("kurtosis")
def kurtosis(X, *args):
    """Sample kurtosis (not the excess: a normal sample gives about 3), as MATLAB's
    ``kurtosis``.

    MATLAB call forms::

        k = kurtosis(X)              ->  kurtosis(X)
        k = kurtosis(X, flag)        ->  kurtosis(X, 0)       (bias-corrected)
        k = kurtosis(X, flag, dim)   ->  kurtosis(X, 1, 2)
        k = kurtosis(X, flag, 'all') / vecdim

    ``flag`` 1 (default): ``mean(x0.^4) ./ mean(x0.^2).^2``; 0: ``3 + (n+1)*(n-1)/((n-2)*
    (n-3)) * (k - 3*(n-1)/(n+1))`` (NaN for n < 4). NaN values are removed.
    ``scipy.stats.kurtosis`` returns the *excess* kurtosis (``fisher=True``) by default:
    MATLAB's is 3 more.

    Examples
    --------
    >>> from compat import matlab
    >>> round(float(matlab.kurtosis([1, 2, 3, 10])), 12)
    2.2304
    """
    a, flag, axes = _flag_and_axes(X, args)
    n, s2, x0 = _moments(a, axes)
    with np.errstate(invalid="ignore", divide="ignore"):
        m4 = np.nansum(x0 ** 4, axis=axes, keepdims=True) / n
        k = m4 / s2 ** 2
        if flag == 0:
            k = np.where(n < 4, np.nan,
                         3 + (n + 1) * (n - 1) / ((n - 2) * (n - 3)) * (k - 3 * (n - 1) / (n + 1)))
    return _result(k, a)


# ------------------------------------------------ geometric / harmonic means, moments
def _plain_axes(a: np.ndarray, args, routine: str):
    opts = _options(list(args), a.ndim)
    return _axes(opts["axes"], a.shape if a.ndim else (1, 1))


def _count(a: np.ndarray, axes) -> float:
    shape = a.shape if a.ndim else (1,)
    n = 1
    for ax in axes:
        n *= shape[ax] if ax < len(shape) else 1
    return float(n) if n else np.nan


@matlab_function("geomean")
def geomean(X, *args):
    """Geometric mean, as MATLAB's ``geomean``.

    MATLAB call forms::

        m = geomean(X)            first non-singleton dimension
        m = geomean(X, dim)       a dimension, a vecdim or 'all'

    ``exp(sum(log(X), dim) ./ n)`` with ``n`` the number of elements reduced (NaN for
    none): a zero gives 0, NaN propagates. Differences from ``scipy.stats.gmean``:
    MATLAB's default dimension and the refusal of negative or complex data ("X may not
    contain negative values."). Source: MathWorks' geomean.m (facts only); GNU Octave
    7.3's statistics 1.5.3 geomean agrees (golden suite ``matlab/moments``).

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.geomean([1, 2, 4]))
    2.0
    >>> matlab.geomean([[1, 9], [4, 1]], 2).ravel().round(12).tolist()   # exp(log(9)/2)
    [3.0, 2.0]
    """
    a = _data(X, integer_ok=False, logical_ok=False, complex_ok=True)
    if a.dtype.kind == "c" or np.any(a < 0):
        raise CompatValueError("X may not contain negative values.")
    axes = _plain_axes(a, args, "geomean")
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.exp(np.sum(np.log(a), axis=axes, keepdims=True) / a.dtype.type(
            _count(a, axes)))
    return _result(out.astype(a.dtype), a)


@matlab_function("harmmean")
def harmmean(X, *args):
    """Harmonic mean, as MATLAB's ``harmmean``.

    MATLAB call forms::

        m = harmmean(X)           first non-singleton dimension
        m = harmmean(X, dim)      a dimension, a vecdim or 'all'

    ``1 ./ mean(1 ./ X, dim)``: a zero gives 0, NaN propagates, an empty reduction NaN.
    Differences from ``scipy.stats.hmean``: MATLAB's default dimension, and negative
    values are not refused (harmmean.m does not check them). Source: MathWorks'
    harmmean.m (facts only); GNU Octave 7.3's statistics 1.5.3 harmmean agrees on
    positive data (golden suite ``matlab/moments``).

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.harmmean([1, 2, 4]))
    1.7142857142857142
    """
    a = _data(X, integer_ok=False, logical_ok=False, complex_ok=False)
    axes = _plain_axes(a, args, "harmmean")
    with np.errstate(divide="ignore", invalid="ignore"):
        out = 1 / (np.sum(1 / a, axis=axes, keepdims=True) / a.dtype.type(_count(a, axes)))
    return _result(out.astype(a.dtype), a)


@matlab_function("moment")
def moment(X, order, *args):
    """Central moment, as MATLAB's ``moment``.

    MATLAB call forms::

        m = moment(X, order)          first non-singleton dimension
        m = moment(X, order, dim)     a dimension, a vecdim or 'all'

    ``mean((X - mean(X, dim)).^order, dim)``; the first moment is exactly zero (the
    mean of zeros, so NaN for an empty reduction); ``moment([], order)`` is NaN; NaN
    propagates. The second moment is the variance normalised by n. Differences from
    ``scipy.stats.moment``: MATLAB's default dimension. Source: MathWorks' moment.m
    (facts only); GNU Octave 7.3's statistics 1.5.3 moment agrees (golden suite
    ``matlab/moments``).

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.moment([1, 2, 3, 10], 2))
    12.5
    >>> float(matlab.moment([1, 2, 3, 10], 1))
    0.0
    """
    o = np.asarray(order)
    if o.size != 1:
        raise CompatValueError("ORDER must be a scalar.")
    o = float(o.reshape(-1)[0])
    a = _data(X, integer_ok=False, logical_ok=False, complex_ok=False)
    if not args and a.shape == (0, 0):
        return np.float64(np.nan)
    axes = _plain_axes(a, args, "moment")
    n = a.dtype.type(_count(a, axes))
    with np.errstate(divide="ignore", invalid="ignore"):
        if o == 1:
            out = np.sum(np.zeros_like(a), axis=axes, keepdims=True) / n
        else:
            centre = np.sum(a, axis=axes, keepdims=True) / n
            out = np.sum((a - centre) ** o, axis=axes, keepdims=True) / n
    return _result(out.astype(a.dtype), a)


def _trim_column(x: np.ndarray, n: int, percent: float, flag: str) -> float:
    """trimmean.m's trimming of the ``n`` sorted non-NaN values at the start of ``x``."""
    k = n * percent / 200
    if flag == "weighted":
        k0 = int(np.floor(k))
        f = 1 + k0 - k
        if n > 0 and (k0 < n / 2 or f > 0):
            middle = np.sum(x[k0 + 1:n - k0 - 1])
            return (middle + f * x[k0] + f * x[n - k0 - 1]) / (max(0, n - 2 * k0 - 2) + 2 * f)
        return np.nan
    if flag == "round":                 # round(k - eps(k)): halves go down
        k0 = int(np.floor(k - np.spacing(k) + 0.5))
    else:
        k0 = int(np.floor(k))
    if n > 0 and k0 < n / 2:
        kept = x[k0:n - k0]
        return np.sum(kept) / kept.size
    return np.nan


@matlab_function("trimmean")
def trimmean(X, percent, *args):
    """Trimmed mean, as MATLAB's ``trimmean``.

    MATLAB call forms::

        m = trimmean(X, percent)              k = n*percent/200 values cut at each end
        m = trimmean(X, percent, flag)        'round' (default), 'floor', 'weighted'
        m = trimmean(X, percent, flag, dim)   a dimension, a vecdim or 'all'
        m = trimmean(X, percent, dim)         (flag and dim in either order)

    NaN values are missing data (removed per column). 'round' rounds k to the nearest
    integer, halves down; 'floor' rounds down; 'weighted' gives the (k0+1)-th values
    from each end the weight 1 - (k - k0). A column left without values gives NaN.

    Notes
    -----
    Differences from ``scipy.stats.trim_mean(x, percent/200)``: MATLAB's percent is the
    total trimmed (half at each end), its rounding of k (scipy truncates), the weighted
    option, NaN removal and the default dimension. Source: MathWorks' trimmean.m
    (R2018, facts only; its help says 'weight', its code accepts 'weighted'). GNU Octave
    7.3's statistics 1.5.3 trimmean is another function (one value for a matrix, no
    flags), so golden suite ``matlab/moments`` evaluates trimmean.m's rules in Octave.
    MATLAB warns when every value of a column was trimmed; compat returns the NaN
    without that warning.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.trimmean([1, 2, 3, 4, 100], 40))     # k = 1: mean of 2, 3, 4
    3.0
    >>> float(matlab.trimmean([1, 2, 3, 4, 100], 30, 'weighted'))   # k = 0.75: 1 and 100 weigh 0.25
    9.785714285714286
    """
    p = np.asarray(percent)
    if p.size != 1 or not 0 <= float(p.reshape(-1)[0]) < 100:
        raise CompatValueError("PERCENT must be a scalar between 0 and 100.")
    percent = float(p.reshape(-1)[0])
    rest = list(args)
    flag, dim = "round", None
    for value in rest[:2]:
        if isinstance(value, str) and value.lower() not in ("all",) and \
                not ("all".startswith(value.lower()) and value):
            flag = value.lower() or "round"
        else:
            dim = value
    if len(rest) > 2:
        raise CompatValueError("Too many input arguments.")
    if flag not in ("round", "floor", "weighted"):
        raise CompatValueError("FLAG must be 'round', 'floor' or 'weighted'.")
    a = _data(X, integer_ok=True, logical_ok=True, complex_ok=False)
    if dim is None and a.shape == (0, 0):
        return np.float64(np.nan)
    a = a.astype(np.float32 if a.dtype == np.float32 else np.float64)
    axes = _plain_axes(a, [] if dim is None else [dim], "trimmean")
    shape = a.shape if a.ndim else (1,)
    axes = tuple(ax for ax in axes if ax < len(shape))
    others = [ax for ax in range(len(shape)) if ax not in axes]
    moved = np.transpose(a.reshape(shape), list(axes) + others)
    rows = int(np.prod([shape[ax] for ax in axes])) if axes else 1
    columns = moved.reshape(rows, -1)
    ordered = np.sort(columns, axis=0)
    out = np.empty(columns.shape[1], dtype=a.dtype)
    for j in range(columns.shape[1]):
        n = int(np.count_nonzero(~np.isnan(ordered[:, j])))
        out[j] = _trim_column(ordered[:, j], n, percent, flag)
    kept = [1 if ax in axes else shape[ax] for ax in range(len(shape))]
    return _result(out.reshape([shape[ax] for ax in others]).reshape(kept), a)
