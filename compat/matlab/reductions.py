"""MATLAB's reductions: ``sum``, ``prod``, ``mean``, ``cumsum``, ``cumprod``, ``median``,
``mode``, ``var``, ``std`` (``min``/``max`` are in :mod:`compat.matlab.extrema`,
``prctile``/``quantile`` in :mod:`compat.matlab.percentiles`).

The legacy layer of the family: each function reads MATLAB's argument grammar -- a
``dim`` (1-based), a ``vecdim`` vector or ``'all'`` (``[]`` for the default, the first
dimension whose size is not 1, where a 0x0 input is reduced over both of its
dimensions), option strings (nanflag, outtype, direction, ``'linear'``), name-value
pairs, ``nargout`` -- resolves the dimensions to numpy axes and calls the cores
:mod:`compat._core.sums` and :mod:`~compat._core.statistics`; the grammar is shared with
the sibling families in :mod:`compat.matlab._reduction_args`.
"""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.results import Result
from compat._core.statistics import median as _median
from compat._core.statistics import mode as _mode
from compat._core.statistics import variance
from compat._core.sums import cumulative, total
from compat.matlab._reduction_args import _DOCS, _axes, _data, _dim_forms, _options

__all__ = ["sum", "prod", "mean", "cumsum", "cumprod", "median", "mode", "var", "std",
           "ModeResult", "VarResult", "StdResult"]


class ModeResult(Result):
    """``[M, F, C] = mode(...)``: the modes, their frequencies and the cell array of
    all values with that frequency."""

    request_style = "nargout"
    M: np.ndarray
    F: np.ndarray
    C: np.ndarray


class VarResult(Result):
    """``[V, M] = var(...)``: the variance and the mean it used."""

    request_style = "nargout"
    V: np.ndarray
    M: np.ndarray


class StdResult(Result):
    """``[S, M] = std(...)``: the standard deviation and the mean it used."""

    request_style = "nargout"
    S: np.ndarray
    M: np.ndarray


# -------------------------------------------------------------------- sum, prod, mean
def _total(op, A, args):
    a = _data(A)
    opts = _options(args, a.ndim, nanflag=True, outtype=True)
    return total(a, _axes(opts["axes"], a.shape), op, omitnan=bool(opts["omitnan"]),
                 outtype=opts["outtype"] or "default")


@matlab_function("sum", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:sum")
@_DOCS.named(call_forms=_dim_forms("sum", "S", vecdim="[1, 3]",
                                   nan_note=";\n'omitmissing'/'includemissing'"))
def sum(A, *args):  # noqa: A001 - MATLAB's name
    """Sum of array elements, as MATLAB's ``sum``.

    MATLAB call forms::

        {{call_forms}}

    {{dims}}
    A 0x0 input gives 0.

    {{classes}}
    'native' keeps the input class: integer
    sums saturate at intmin/intmax at every step of the accumulation (MATLAB integer
    arithmetic), and a logical 'native' sum is logical (true if any element is true).

    Differences from the naive call: ``numpy.sum(A)`` sums every element instead of
    the columns (``numpy.sum(A, axis=0)`` drops the dimension and, for a row vector,
    returns the row instead of its sum); for integer arrays numpy keeps (and wraps)
    the integer type where MATLAB returns double; and ``numpy.nansum`` is 'omitnan'
    only.

    Sources: MATLAB documentation of ``sum`` (call forms, outtype table, the 0x0 and
    integer-overflow examples: ``sum(int8(1:20))`` is the double 210, with 'native' it
    is int8 127); GNU Octave 7.3 agrees (its documentation: integer, logical and char
    sums are performed in double by default).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import sum
    >>> sum(np.array([[1.0, 3, 2], [4, 2, 5], [6, 1, 4]]))     # MATLAB doc example
    array([[11.,  6., 11.]])
    >>> sum(np.int8(np.arange(1, 21)), 'native')
    np.int8(127)
    >>> sum([1.0, np.nan, 2.0], 'omitnan')
    np.float64(3.0)
    """
    return _total("sum", A, args)


@matlab_function("prod", nan_option="with 'omitnan'")
@_DOCS.named(call_forms=_dim_forms("prod", "B", outtype="2, 'native'"))
def prod(A, *args):
    """Product of array elements, as MATLAB's ``prod``.

    MATLAB call forms::

        {{call_forms}}

    {{dims}}
    A 0x0 input gives 1; 'omitnan' treats NaN as 1.

    {{classes}}
    'native' keeps the class: integer products saturate at every
    step (MATLAB integer arithmetic, ``prod(int32([1:5; 6:10]), 2, 'native')`` is
    ``[120; 30240]``), a logical 'native' product is logical ("all").

    Differences from the naive call: ``numpy.prod(A)`` multiplies every element (not
    the columns) and keeps/wraps integer types (``numpy.prod(np.int8([100, 2]))`` is
    -56; MATLAB gives the double 200 or, with 'native', int8 127).

    Sources: MATLAB documentation of ``prod`` (call forms, outtype, examples); GNU
    Octave 7.3 ``prod`` (same default classes).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import prod
    >>> prod(np.array([[1.0, 3, 2], [4, 2, 5], [6, 1, 4]]))
    array([[24.,  6., 40.]])
    >>> prod(np.int8([100, 2]))
    np.float64(200.0)
    >>> prod(np.int8([100, 2]), 'native')
    np.int8(127)
    """
    return _total("prod", A, args)


@matlab_function("mean", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:mean")
@_DOCS.named(call_forms=_dim_forms("mean", "M"))
def mean(A, *args):
    """Mean of array elements, as MATLAB's ``mean``.

    MATLAB call forms::

        {{call_forms}}

    {{dims}}
    A 0x0 input gives NaN; a mean over an empty dimension is NaN; 'omitnan' divides
    by the number of non-NaN elements (all NaN -> NaN).

    {{classes}}
    'native' returns the integer class of an integer input: the
    mean is computed in double and rounded half away from zero into the class
    (``mean(int8([1 2]), 'native')`` is int8 2). 'native' on logical input is an error
    (a decision of compat: a logical mean is not logical).

    Differences from the naive call: ``numpy.mean(A)`` averages every element instead
    of the columns and drops the reduced dimension; ``numpy.mean`` of an integer array
    is double (as MATLAB's default) but there is no 'native'; ``numpy.nanmean`` is
    'omitnan' and warns on all-NaN slices.

    Sources: MATLAB documentation of ``mean`` (call forms, outtype, nanflag); GNU
    Octave 7.3 ``mean`` agrees on the cases tested.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import mean
    >>> mean(np.array([[0.0, 1, 1], [2, 3, 2], [1, 3, 2], [4, 2, 2]]))   # MATLAB doc
    array([[1.75, 2.25, 1.75]])
    >>> mean(np.array([[0.0, 1, 1], [2, 3, 2]]), 2)
    array([[0.66666667],
           [2.33333333]])
    >>> mean(np.int8([1, 2]), 'native')
    np.int8(2)
    """
    return _total("mean", A, args)


# ------------------------------------------------------------------ cumsum, cumprod
def _cumulative(op, A, args):
    a = _data(A)
    opts = _options(args, a.ndim, nanflag=True, allow_vecdim=False, allow_all=False,
                    extra=("forward", "reverse"))
    if {"forward", "reverse"} <= opts["flags"]:
        raise CompatValueError("give only one of 'forward' and 'reverse'")
    axis = _axes(opts["axes"], a.shape, zero_by_zero=False)[0]
    return cumulative(a, axis, op, reverse="reverse" in opts["flags"],
                      omitnan=bool(opts["omitnan"]))


@matlab_function("cumsum", nan_option="with 'omitnan'")
def cumsum(A, *args):
    """Cumulative sum, as MATLAB's ``cumsum``.

    MATLAB call forms::

        B = cumsum(A)              ->  cumsum(A)
        B = cumsum(A, dim)         ->  cumsum(A, 2)
        B = cumsum(___, direction) ->  cumsum(A, 'reverse')   ('forward' default)
        B = cumsum(___, nanflag)   ->  cumsum(A, 'omitnan')   ('includenan' default;
                                                               NaN counts as 0 when omitted)

    ``B`` has the size of ``A``; the default dim is the first whose size is not 1 (a
    ``dim`` beyond the array's dimensions returns ``A`` in the result class).
    'reverse' accumulates from the end: ``B(i) = sum(A(i:end))``.

    Result class: integer input keeps its class and saturates at every step of the
    accumulation (``cumsum(int8([100 100 -100]))`` is int8 ``[100 127 27]``); logical
    and char give double; single stays single.

    Differences from the naive call: ``numpy.cumsum(A)`` flattens a matrix (row-major)
    unless given ``axis``, and wraps integer overflow (int8 100+100 is -56) where
    MATLAB saturates; numpy has no 'reverse' or 'omitnan' (``numpy.nancumsum`` is
    'omitnan').

    Divergence: GNU Octave 7.3 returns double for integer input (``cumsum(int8([100
    100 -100]))`` is ``[100 200 100]``); MATLAB has integer ``cumsum`` methods
    (``which cumsum -all`` in MATLAB R2010a lists ``@int8/cumsum`` ... ``@uint32``,
    MATLAB Answers 118216) and keeps the class, which compat follows.

    Sources: MATLAB documentation of ``cumsum`` (call forms, 'reverse', nanflag).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cumsum
    >>> cumsum(np.arange(1.0, 6))                      # MATLAB doc: 1 3 6 10 15
    array([ 1.,  3.,  6., 10., 15.])
    >>> cumsum(np.array([[1.0, 4, 7], [2, 5, 8], [3, 6, 9]]), 2)
    array([[ 1.,  5., 12.],
           [ 2.,  7., 15.],
           [ 3.,  9., 18.]])
    >>> cumsum(np.array([[1.0, 4, 7], [2, 5, 8], [3, 6, 9]]), 2, 'reverse')[0]
    array([12., 11.,  7.])
    """
    return _cumulative("sum", A, args)


@matlab_function("cumprod", nan_option="with 'omitnan'")
def cumprod(A, *args):
    """Cumulative product, as MATLAB's ``cumprod``.

    MATLAB call forms::

        B = cumprod(A)              ->  cumprod(A)
        B = cumprod(A, dim)         ->  cumprod(A, 2)
        B = cumprod(___, direction) ->  cumprod(A, 'reverse')
        B = cumprod(___, nanflag)   ->  cumprod(A, 'omitnan')  (NaN counts as 1)

    ``B`` has the size of ``A``; default dim: the first whose size is not 1.

    Result class: integer input keeps its class and saturates at every step; logical
    and char give double; single stays single.

    Differences from the naive call: ``numpy.cumprod(A)`` flattens a matrix unless
    given ``axis`` and wraps integer overflow where MATLAB saturates; no 'reverse' or
    'omitnan'.

    Divergence: GNU Octave 7.3 returns double for integer input; compat keeps the
    integer class as MATLAB does for ``cumsum`` (MATLAB has integer methods of both;
    documentation of ``cumprod``: "Data Types: ... int8 ... uint64").

    Sources: MATLAB documentation of ``cumprod``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cumprod
    >>> cumprod(np.arange(1.0, 6))                     # MATLAB doc: 1 2 6 24 120
    array([  1.,   2.,   6.,  24., 120.])
    >>> cumprod(np.array([[1.0, 4, 7], [2, 5, 8], [3, 6, 9]]), 'reverse')[0]
    array([  6., 120., 504.])
    """
    return _cumulative("prod", A, args)


# ----------------------------------------------------------------------- median, mode
@matlab_function("median", nan_option="with 'omitnan'")
@_DOCS.named(call_forms=_dim_forms("median", "M", outtype="'double'"))
def median(A, *args):
    """Median value, as MATLAB's ``median``.

    MATLAB call forms::

        {{call_forms}}

    {{dims}}
    An even count averages the two middle values. 'includenan' (default): any NaN
    makes the median NaN; 'omitnan': the median of the other values (all NaN ->
    NaN). A 0x0 input gives NaN (0 of the class for integer and logical input).

    Result class ('default'): the input class -- single, integer and logical (the
    mean of the two middle integers is rounded half away from zero:
    ``median(int8([1 2]))`` is int8 2, ``median(int8([-3 -2]))`` is int8 -3,
    ``median(int8([0 -1]))`` int8 -1; the median of logicals is logical, the mean of
    the two middle values being ``a | b``: ``median([true false true false])`` is
    true). 'double' forces double; 'native' is the default's class.

    Notes
    -----
    Logical and integer rules as MATLAB's median.m (MathWorks, Copyright 1984-2024,
    read for its rules: logical data take the sort-and-``meanof`` path, where two
    logicals average to ``a | b``; an empty logical or integer 0x0 input gives 0 of
    its class, ``zeros("like", x)``) and GNU Octave 7.3 (logical result; golden
    suite ``matlab/reductions``, cases ``median_logical_keeps_class`` and
    ``median_integer_half_away``). 'omitnan' drops NaN before the middle is taken
    (all NaN: NaN), as the reference page says; integer and logical data have no NaN.

    Differences from the naive call: ``numpy.median(A)`` flattens the whole array
    without ``axis``; ``numpy.median`` of an integer array returns a float
    (MATLAB keeps the integer class); ``numpy.nanmedian`` is 'omitnan' only.

    Divergence: GNU Octave 7.3 overflows when averaging two large integers:
    ``median(int8([127 127]))`` gives 64 (127+127 saturates to 127, halved); the
    median of equal values is that value, which compat returns (127).

    Sources: MATLAB documentation of ``median`` (call forms, outtype, nanflag, the
    even-count rule, class of integer results).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import median
    >>> median(np.array([[0.0, 1, 1], [2, 3, 2], [1, 3, 2], [4, 2, 2]]))  # MATLAB doc
    array([[1.5, 2.5, 2. ]])
    >>> median(np.int8([1, 2]))
    np.int8(2)
    >>> median(np.array([1.0, np.nan, 3, 4]), 'omitnan')
    np.float64(3.0)
    """
    a = _data(A)
    opts = _options(args, a.ndim, nanflag=True, outtype=True)
    return _median(a, _axes(opts["axes"], a.shape), omitnan=bool(opts["omitnan"]),
                   outtype=opts["outtype"] or "default")


@matlab_function("mode", nan_option="(mode skips NaN)", nargout=3)
@_DOCS.named()
def mode(A, *args, nargout=1):
    """Most frequent value, as MATLAB's ``mode``.

    MATLAB call forms::

        M = mode(A)                ->  mode(A)
        M = mode(A, 'all')         ->  mode(A, 'all')
        M = mode(A, dim)           ->  mode(A, 2)
        M = mode(A, vecdim)        ->  mode(A, [1, 2])
        [M, F] = mode(___)         ->  M, F = mode(A, nargout=2)
        [M, F, C] = mode(___)      ->  M, F, C = mode(A, nargout=3)

    {{dims}}
    ``M`` is the most frequent value along the dimension; among equally frequent
    the smallest (complex: the first in MATLAB's sorted order, by abs
    then angle). NaN values are ignored; a slice with no
    non-NaN value gives NaN (integer/logical: 0) with frequency 0; a 0x0 input gives
    NaN. ``F`` (double) is the number of occurrences of ``M``; ``C`` is MATLAB's cell
    array, here a numpy object array of the shape of ``M`` whose elements are column
    vectors (k x 1) of all values that occur ``F`` times, sorted (for a 1-D input, whose
    ``M`` is a scalar, ``C`` is that column vector itself).

    Result class: ``M`` has the input class.

    Differences from the naive call: ``scipy.stats.mode`` returns the smallest mode too
    but counts NaN as a value (or propagates it) and has no ``C``; ``numpy.unique`` with
    counts works on a flattened array only.

    Divergence: GNU Octave 7.3 returns an empty 1x0 for ``mode([])``; MATLAB's
    documentation: "If A is an empty 0-by-0 matrix, mode(A) returns NaN".

    Sources: MATLAB documentation of ``mode`` (call forms, smallest of equally
    frequent values, NaN ignored, F and C outputs, the 0x0 rule).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import mode
    >>> mode(np.array([[3.0, 3, 1, 4], [0, 0, 1, 1], [0, 1, 2, 4]]))  # MATLAB doc
    array([[0., 0., 1., 4.]])
    >>> M, F = mode(np.array([1.0, 2, 2, 3, 3]), nargout=2)
    >>> M, F
    (np.float64(2.0), np.float64(2.0))
    """
    a = _data(A)
    opts = _options(args, a.ndim)
    M, F, C = _mode(a, _axes(opts["axes"], a.shape), values=nargout == 3)
    return ModeResult.first(nargout, M, F, C)


# --------------------------------------------------------------------------- var, std
def _variance(A, args, nargout, sqrt):
    a = _data(A, integer_ok=False, logical_ok=False)
    args = list(args)
    w = None
    if args and not isinstance(args[0], str):
        w = args.pop(0)
    opts = _options(args, a.ndim, nanflag=True)
    if a.shape == (0, 0) and opts["axes"] is None:
        axes = (0, 1)
    else:
        axes = _axes(opts["axes"], a.shape, zero_by_zero=False)
    weights, norm = None, 0
    if w is not None and not is_omitted(w):
        warr = np.asarray(w, dtype=np.float64) if not isinstance(w, str) else None
        if warr is None or warr.dtype.kind not in "f":
            raise CompatTypeError("weight w must be 0, 1 or a vector of nonnegative weights")
        if warr.size == 1 and float(warr.ravel()[0]) in (0.0, 1.0):
            norm = int(warr.ravel()[0])
        else:
            weights = warr.ravel()
            if np.any(weights < 0) or not np.all(np.isfinite(weights)):
                raise CompatValueError("weights must be nonnegative and finite")
            if opts["axes"] == "all" or opts["vecdim"] or len(axes) != 1:
                raise CompatValueError("a weight vector needs a single dimension dim (not "
                                       "'all' or vecdim)")
    V, mu = variance(a, axes, weights=weights, normalization=norm,
                     omitnan=bool(opts["omitnan"]), sqrt=sqrt)
    return (StdResult if sqrt else VarResult).first(nargout, V, mu)


@matlab_function("var", nargout=2, nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:var")
@_DOCS.named()
def var(A, *args, nargout=1):
    """Variance, as MATLAB's ``var``.

    MATLAB call forms::

        V = var(A)                 ->  var(A)
        V = var(A, w)              ->  var(A, 1)          (w = 0: N-1, 1: N, or weights)
        V = var(A, w, 'all')       ->  var(A, 0, 'all')
        V = var(A, w, dim)         ->  var(A, 0, 2)       ([] for w is the default 0)
        V = var(A, w, vecdim)      ->  var(A, 0, [1, 2])
        V = var(___, nanflag)      ->  var(A, 0, 'omitnan')
        [V, M] = var(___)          ->  V, M = var(A, nargout=2)   (M: the mean used)

    {{dims}}
    Normalisation: ``w = 0`` (default) divides by ``N - 1`` (by ``N`` when ``N = 1``,
    so a scalar has variance 0), ``w = 1`` by ``N``; a weight vector ``w`` (length
    ``size(A, dim)``, nonnegative) gives ``sum(w .* abs(A - mu).^2) / sum(w)`` with the
    weighted mean ``mu = sum(w .* A) / sum(w)``. Weight vectors need a single dim.
    'omitnan' drops NaN values (and their weights). A 0x0 input gives NaN. Complex
    input: ``abs(A - mu).^2``; ``M`` is then complex.

    Result class: single for single, double for double. Integer and logical input is
    an error, as in MATLAB (documented data types: single, double).

    Differences from the naive call: ``numpy.var`` divides by ``N`` by default
    (``ddof=0``; MATLAB's default is ``N - 1``), flattens without ``axis``, has no
    weight vector (``numpy.average`` has, with ``N`` normalisation only) and no mean
    output; ``numpy.var(x, ddof=1)`` of one value is NaN (MATLAB: 0).

    Divergence: GNU Octave 7.3 accepts integer input (``var(int8([1 2 4]))`` is
    2.3333); MATLAB's documentation lists only single and double.

    Sources: MATLAB documentation of ``var`` (call forms, w, weight vector formula,
    nanflag, [V, M] output, scalar and 0x0 rules, examples).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import var
    >>> var(np.array([[4.0, -7, 3], [1, 4, -2], [10, 7, 9]]))         # MATLAB doc
    array([[21.        , 54.33333333, 30.33333333]])
    >>> var(np.array([[5.0, -4, 6], [2, 3, 9], [-1, 1, 2]]), [0.5, 0.25, 0.25])
    array([[6.1875, 9.5   , 6.1875]])
    """
    return _variance(A, args, nargout, sqrt=False)


@matlab_function("std", nargout=2, nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:std")
def std(A, *args, nargout=1):
    """Standard deviation, as MATLAB's ``std``.

    MATLAB call forms::

        S = std(A)                 ->  std(A)
        S = std(A, w)              ->  std(A, 1)          (w = 0: N-1, 1: N, or weights)
        S = std(A, w, 'all')       ->  std(A, 0, 'all')
        S = std(A, w, dim)         ->  std(A, 0, 2)
        S = std(A, w, vecdim)      ->  std(A, 0, [1, 2])
        S = std(___, nanflag)      ->  std(A, 0, 'omitnan')
        [S, M] = std(___)          ->  S, M = std(A, nargout=2)   (M: the mean used)

    ``S = sqrt(var(...))`` with the same rules as :func:`compat.matlab.var`: ``N - 1``
    normalisation by default (``N`` when ``N = 1``), ``w = 1`` for ``N``, weight
    vectors with the weighted mean, 'omitnan', NaN for a 0x0 input.

    Result class: single for single, double for double; integer and logical input is
    an error, as in MATLAB.

    Differences from the naive call: ``numpy.std`` divides by ``N`` (``ddof=0``) where
    MATLAB divides by ``N - 1``, flattens without ``axis`` and has no weights or mean
    output.

    Divergence: GNU Octave 7.3 accepts integer input; MATLAB documents single and
    double only.

    Sources: MATLAB documentation of ``std`` (call forms, weights, nanflag, [S, M]).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import std
    >>> std(np.array([[4.0, -5, 1], [2, 3, 5], [-9, 1, 7]])).round(4)  # MATLAB doc
    array([[7.    , 4.1633, 3.0551]])
    """
    return _variance(A, args, nargout, sqrt=True)


