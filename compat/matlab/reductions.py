"""MATLAB's reductions: ``sum``, ``prod``, ``mean``, ``cumsum``, ``cumprod``, ``median``,
``mode``, ``var``, ``std``, ``min``, ``max``, ``prctile``, ``quantile``.

The legacy layer of the family: each function reads MATLAB's argument grammar -- a
``dim`` (1-based), a ``vecdim`` vector or ``'all'`` (``[]`` for the default, the first
dimension whose size is not 1, where a 0x0 input is reduced over both of its
dimensions), option strings (nanflag, outtype, direction, ``'linear'``), name-value
pairs, ``nargout`` -- resolves the dimensions to numpy axes and calls the cores
:mod:`compat._core.sums`, :mod:`~compat._core.extrema`,
:mod:`~compat._core.statistics` and :mod:`~compat._core.percentiles`.
"""

from __future__ import annotations

import builtins

import numpy as np

from compat._core.args import first_nonsingleton, is_omitted, matlab_dim, name_value
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.extrema import COMPARISONS, extremum, pairwise
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.percentiles import quantiles
from compat._core.results import Result
from compat._core.statistics import median as _median
from compat._core.statistics import mode as _mode
from compat._core.statistics import variance
from compat._core.sums import OUTTYPES, cumulative, total

__all__ = ["sum", "prod", "mean", "cumsum", "cumprod", "median", "mode", "var", "std",
           "min", "max", "prctile", "quantile", "ModeResult", "VarResult", "StdResult",
           "MinMaxResult"]


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


class MinMaxResult(Result):
    """``[M, I] = min(...)`` / ``max(...)``: the extreme values and their indices."""

    request_style = "nargout"
    M: np.ndarray
    I: np.ndarray  # noqa: E741 - MATLAB's name


# ----------------------------------------------------------------- the legacy grammar
_NANFLAGS = {"includenan": False, "includemissing": False,
             "omitnan": True, "omitmissing": True}


def _dims(value, ndim):
    """A dim scalar or a vecdim vector -> (tuple of axes, is a vector); axes may lie
    beyond ``ndim`` (trailing singletons)."""
    if isinstance(value, (bool, np.bool_)):
        raise CompatValueError(f"dimension argument must be a positive integer scalar or "
                               f"vector, got {value!r}")
    arr = np.asarray(value)
    if arr.dtype.kind not in "iuf":
        raise CompatValueError(f"dimension argument must be a positive integer scalar or "
                               f"vector, got {value!r}")
    flat = arr.ravel()
    if flat.size == 0:
        raise CompatValueError("dimension argument must not be empty")
    axes = [matlab_dim(None, float(d) if arr.dtype.kind == "f" else int(d), ndim)
            for d in flat]
    if len(set(axes)) != len(axes):
        raise CompatValueError(f"vecdim must not repeat a dimension, got "
                               f"{flat.tolist()!r}")
    return tuple(axes), flat.size > 1


def _options(args, ndim: int, *, nanflag=False, outtype=False, allow_vecdim=True,
             allow_all=True, extra=()) -> dict:
    """MATLAB's trailing reduction arguments: an optional dim (scalar), vecdim (vector)
    or ``'all'``, then option strings -- a nanflag when ``nanflag``, an outtype when
    ``outtype``, any lower-case string in ``extra``.

    Returns a dict: ``axes`` (None = default dim, ``'all'`` or a tuple of axes),
    ``vecdim`` (bool), ``omitnan`` and ``outtype`` (None when not given) and ``flags``
    (the ``extra`` strings given).
    """
    out = {"axes": None, "vecdim": False, "omitnan": None, "outtype": None,
           "flags": set()}
    args = list(args)
    if args and not isinstance(args[0], str):
        value = args.pop(0)
        if not is_omitted(value):
            out["axes"], out["vecdim"] = _dims(value, ndim)
            if out["vecdim"] and not allow_vecdim:
                raise CompatValueError("dimension argument must be a positive integer "
                                       "scalar (vecdim is not supported)")
    for opt in args:
        if not isinstance(opt, str):
            raise CompatTypeError(f"unexpected argument {opt!r}: options must follow the "
                                  f"dimension argument")
        key = opt.lower()
        if key == "all" and allow_all and out["axes"] is None and not out["flags"] \
                and out["omitnan"] is None and out["outtype"] is None:
            out["axes"] = "all"
        elif nanflag and key in _NANFLAGS:
            if out["omitnan"] is not None:
                raise CompatValueError("nanflag given more than once")
            out["omitnan"] = _NANFLAGS[key]
        elif outtype and key in OUTTYPES:
            if out["outtype"] is not None:
                raise CompatValueError("outtype given more than once")
            out["outtype"] = key
        elif key in extra:
            out["flags"].add(key)
        else:
            accepted = (["'all'"] if allow_all else []) + \
                ([f"'{k}'" for k in _NANFLAGS] if nanflag else []) + \
                ([f"'{k}'" for k in OUTTYPES] if outtype else []) + \
                [f"'{k}'" for k in extra]
            raise CompatValueError(f"unknown option '{opt}'; accepted: "
                                   f"{', '.join(accepted)}")
    return out


def _axes(axes, shape, *, zero_by_zero=True) -> tuple:
    """Parsed dims (None/'all'/tuple) as numpy axes for ``shape``: the default is the
    first dimension whose size is not 1 (both dimensions of a 0x0 when
    ``zero_by_zero``); 'all' every dimension."""
    if axes is None:
        if zero_by_zero and tuple(shape) == (0, 0):
            return (0, 1)
        return (first_nonsingleton(shape) - 1,)
    if axes == "all":
        return tuple(range(builtins.max(len(shape), 1)))
    return tuple(axes)


def _data(A, **accepted) -> np.ndarray:
    """The data argument through the MATLAB coercer."""
    return matlab_array(A, "input", **accepted)


def _scalar(value):
    """A 0-d array as a numpy scalar (as the 1-D reductions give)."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        return value[()]
    return value


# ------------------------------------------------------------- the shared documentation
def _call_forms(name: str, out: str, *rows) -> str:
    """The aligned MATLAB call-forms block: ``rows`` of (MATLAB arguments, Python
    arguments, note)."""
    left = [f"{out} = {name}({m})" for m, _, _ in rows]
    width = builtins.max(len(s) for s in left) + 1
    lines = []
    for text, (_, py, note) in zip(left, rows):
        line = f"{text:<{width}}->  {name}({py})"
        lines.append(f"{line:<{width + 28}}{note}".rstrip() if note else line)
    return "\n".join(lines)


def _dim_forms(name, out, vecdim="[1, 2]", outtype="'native'", nan_note=""):
    return _call_forms(
        name, out, ("A", "A", ""), ("A, 'all'", "A, 'all'", ""), ("A, dim", "A, 2", ""),
        ("A, vecdim", f"A, {vecdim}", ""),
        ("___, outtype", f"A, {outtype}", "('default'/'double'/'native')"),
        ("___, nanflag", "A, 'omitnan'", "('includenan' default" + nan_note + ")"))


_DOCS = Fragments(
    dims="""
        ``dim`` is MATLAB's (1-based); the default is the first dimension whose size is
        not 1 (a 1-D array is a vector: the result is a numpy scalar); a ``dim`` beyond
        the array's dimensions returns the data itself (MATLAB's trailing singletons);
        ``'all'`` reduces every dimension and ``vecdim`` the listed ones (``[]`` stands
        for the default). An N-D result keeps the reduced dimensions with size 1, as
        MATLAB.""",
    classes="""
        Result class: double for double, integer, logical and char input ('default' and
        'double'); single for single ('default').""",
)


# -------------------------------------------------------------------- sum, prod, mean
def _total(op, A, args):
    a = _data(A)
    opts = _options(args, a.ndim, nanflag=True, outtype=True)
    return total(a, _axes(opts["axes"], a.shape), op, omitnan=bool(opts["omitnan"]),
                 outtype=opts["outtype"] or "default")


@matlab_function("sum", nan_option="with 'omitnan'")
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


@matlab_function("mean", nan_option="with 'omitnan'")
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
    NaN). A 0x0 input gives NaN.

    Result class ('default'): the input class for single and integer input (the mean
    of the two middle integers is rounded half away from zero: ``median(int8([1 2]))``
    is int8 2, ``median(int8([-3 -2]))`` is int8 -3); double for double and logical.
    'double' forces double; 'native' keeps the class (logical: true when the median
    is >= 0.5, a decision of compat).

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


@matlab_function("mode", nargout=3)
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


@matlab_function("var", nargout=2, nan_option="with 'omitnan'")
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


@matlab_function("std", nargout=2, nan_option="with 'omitnan'")
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


# --------------------------------------------------------------------------- min, max
_MINMAX = """{{title}} elements, as MATLAB's ``{{name}}``.

    MATLAB call forms::

        M = {{name}}(A)                        ->  {{name}}(A)
        M = {{name}}(A, [], 'all')             ->  {{name}}(A, [], 'all')
        M = {{name}}(A, [], dim)               ->  {{name}}(A, [], 2)
        M = {{name}}(A, [], vecdim)            ->  {{name}}(A, [], [1, 2])
        M = {{name}}(___, missingflag)         ->  {{name}}(A, [], 'includenan')
                                                  ('omitnan' default)
        [M, I] = {{name}}(___)                 ->  M, I = {{name}}(A, nargout=2)
        [M, I] = {{name}}(A, [], ___, 'linear')->  {{name}}(A, [], 2, 'linear', nargout=2)
        C = {{name}}(A, B)                     ->  {{name}}(A, B)
        C = {{name}}(A, B, missingflag)        ->  {{name}}(A, B, 'includenan')
        ___ = {{name}}(___, 'ComparisonMethod', method)   ('auto', 'abs', 'real';
                                                      also comparisonmethod='abs')

    Reduction form: along the first dimension whose size is not 1 (1-D input gives a
    numpy scalar). ``I`` is MATLAB's 1-based index (double) of the first {{extreme}}
    along the dimension; with 'all' or 'linear' it is the 1-based column-major linear
    index into ``A``. NaN is ignored unless 'includenan'; an all-NaN slice gives NaN
    and the index of its first NaN. ``{{name}}([])`` is ``[]`` (0x0).

    Two-array form: elementwise {{extreme}} with implicit expansion; NaN is ignored
    unless 'includenan'. Result class: an integer class if either input is integer (a
    double operand is rounded into it); single if either is single; logical for two
    logicals; otherwise double.

    Complex values compare by ``abs`` and, for equal magnitude, by ``angle``
    ('auto'/'abs'); 'real' compares real parts, then imaginary parts. Real values
    with 'abs' compare by magnitude (ties by angle: {{ties}}).

    Differences from the naive call: ``numpy.{{name}}``/``numpy.{{extreme}}`` propagate
    NaN (``numpy.{{name}}([1, nan])`` is nan; MATLAB's ``{{name}}([1 NaN])`` is 1);
    ``numpy.arg{{name}}`` is 0-based and flattens without ``axis``; numpy orders complex
    numbers by real part, MATLAB by magnitude; ``numpy.nan{{name}}`` warns and has no
    index output.

    Sources: MATLAB documentation of ``{{name}}`` (call forms, missingflag, 'linear',
    ComparisonMethod, index output, integer/single class rules); checked against GNU
    Octave 7.3 (NaN rules, complex ordering, indices).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import {{name}}
    >>> {{name}}(np.array([[2.0, 8, 4], [7, 3, 9]]))                   # MATLAB doc example
    {{example_matrix}}
    >>> M, I = {{name}}(np.array([[3.0, np.nan, 5], [7, 1, np.nan]]), nargout=2)
    >>> M, I
    {{example_index}}
    >>> {{name}}(np.int8(5), 7.6)
    {{example_int}}
    """


def _extremum(which, A, args, nargout, kwargs):
    """``min``/``max``: the reduction form ``(A, [], dim|'all'|vecdim, nanflag,
    'linear')`` with an index output, and the two-array form ``(A, B, nanflag)``."""
    args = list(args)
    pos = []
    i = 0
    while i < len(args):  # a trailing name-value 'ComparisonMethod'
        a = args[i]
        if isinstance(a, str) and a.lower() == "comparisonmethod":
            if i + 1 >= len(args):
                raise CompatValueError("'ComparisonMethod' needs a value")
            kwargs = dict(kwargs)
            kwargs["ComparisonMethod"] = args[i + 1]
            i += 2
            continue
        pos.append(a)
        i += 1
    method = name_value(None, [], kwargs, {"ComparisonMethod": "auto"})["ComparisonMethod"]
    if not isinstance(method, str) or method.lower() not in COMPARISONS:
        raise CompatValueError(f"ComparisonMethod must be 'auto', 'abs' or 'real', got "
                               f"{method!r}")
    method = method.lower()
    a = _data(A)
    if pos and isinstance(pos[0], str):
        raise CompatTypeError(f"options need the form {which}(A, [], ...); got "
                              f"{which}(A, {pos[0]!r})")
    if not pos or is_omitted(pos[0]):
        return _reduce(which, a, pos[1:], nargout, method)
    if nargout > 1:
        raise CompatValueError(f"{which.upper()} with two matrices to compare and two "
                               f"output arguments is not supported")
    b = _data(pos[0])
    opts = _options(pos[1:], 0, nanflag=True, allow_all=False)
    omit = True if opts["omitnan"] is None else opts["omitnan"]
    return _scalar(pairwise(a, b, which, omitnan=omit, comparison=method))


def _reduce(which, a, args, nargout, method):
    opts = _options(args, a.ndim, nanflag=True, extra=("linear",))
    omit = True if opts["omitnan"] is None else opts["omitnan"]
    linear = "linear" in opts["flags"]
    if a.size == 0 and opts["axes"] is None and a.shape == (0, 0):
        return MinMaxResult.first(nargout, np.empty((0, 0), dtype=a.dtype),
                                  np.empty((0, 0)))
    if nargout == 2 and opts["vecdim"] and not linear:
        raise CompatValueError("two outputs with vecdim need the 'linear' option")
    index = None if nargout == 1 else \
        "linear" if linear or opts["axes"] == "all" else "dim"
    M, I = extremum(a, _axes(opts["axes"], a.shape, zero_by_zero=False), which,
                    omitnan=omit, comparison=method, index=index)
    return MinMaxResult.first(nargout, _scalar(M), _scalar(I))


def _minmax(which: str, **fragments):
    """The MATLAB function ``which`` (min or max), documented and decorated."""
    def extreme(A, *args, nargout=1, **name_value):
        return _extremum(which, A, args, nargout, name_value)

    extreme.__name__ = extreme.__qualname__ = which
    extreme.__module__ = __name__
    extreme.__doc__ = _MINMAX
    return matlab_function(which, nargout=2, nan_option="with 'omitnan'")(
        _DOCS.named(**fragments)(extreme))


min = _minmax(  # noqa: A001 - MATLAB's name
    "min", title="Minimum", extreme="minimum", ties="a positive value is smaller",
    example_matrix="array([[2., 3., 4.]])",
    example_index="(array([[3., 1., 5.]]), array([[1., 2., 1.]]))",
    example_int="np.int8(5)")
max = _minmax(  # noqa: A001 - MATLAB's name
    "max", title="Maximum", extreme="maximum", ties="a negative value is larger",
    example_matrix="array([[7., 8., 9.]])",
    example_index="(array([[7., 1., 5.]]), array([[2., 2., 1.]]))",
    example_int="np.int8(8)")


# ------------------------------------------------------------------ prctile, quantile
def _quantile(A, p, args, kwargs, scale):
    """prctile (``scale`` 100) and quantile (1): MATLAB's 'exact' method."""
    a = _data(A, complex_ok=False, integer_ok=False, logical_ok=False)
    args = list(args)
    pos = []
    while args and not (isinstance(args[0], str) and args[0].lower() == "method"):
        pos.append(args.pop(0))
    method = name_value(None, args, kwargs, {"Method": "exact"})["Method"]
    if not isinstance(method, str) or method.lower() not in ("exact", "approximate"):
        raise CompatValueError(f"Method must be 'exact' or 'approximate', got {method!r}")
    if method.lower() == "approximate":
        raise CompatValueError("Method 'approximate' (MATLAB's t-digest approximation) is "
                               "not reproduced; use 'exact'")
    if isinstance(p, str) or is_omitted(p):
        raise CompatTypeError("p must be a numeric scalar or vector")
    parr = np.asarray(p, dtype=np.float64)
    if parr.ndim > 1 and np.sum([s != 1 for s in parr.shape]) > 1:
        raise CompatValueError("p must be a scalar or a vector")
    pv = parr.ravel()
    if scale == 1.0 and pv.size == 1 and pv[0] > 1 and pv[0] == int(pv[0]):
        N = int(pv[0])
        pv = np.arange(1, N + 1) / (N + 1)
    elif np.any(~np.isfinite(pv)) or np.any(pv < 0) or np.any(pv > scale):
        raise CompatValueError(f"p must hold values between 0 and {scale:g}")
    opts = _options(pos, a.ndim)
    if a.shape == (0, 0) and opts["axes"] is None:
        axes = (0, 1)
    elif opts["axes"] == "all":
        axes = tuple(range(a.ndim))
    else:
        axes = _axes(opts["axes"], a.shape, zero_by_zero=False)
    return quantiles(a, pv / scale, axes, column=opts["axes"] == "all" and a.ndim >= 2)


@matlab_function("prctile")
def prctile(A, p, *args, **name_value):
    """Percentiles, as MATLAB's ``prctile``.

    MATLAB call forms::

        P = prctile(A, p)                    ->  prctile(A, [25, 50, 75])
        P = prctile(A, p, 'all')             ->  prctile(A, 50, 'all')
        P = prctile(A, p, dim)               ->  prctile(A, 50, 2)
        P = prctile(A, p, vecdim)            ->  prctile(A, 50, [1, 2])
        P = prctile(___, 'Method', method)   ->  prctile(A, 50, Method='exact')

    MATLAB's method ('exact', the default): the ``n`` sorted non-NaN values of each
    slice are the ``100*(i-0.5)/n`` percentiles, ``i = 1..n``; other percentiles are
    linearly interpolated; below ``100*0.5/n`` the result is the minimum, above
    ``100*(n-0.5)/n`` the maximum. NaN values are ignored (an all-NaN slice gives NaN).
    This is Hyndman & Fan's definition 5 (numpy's ``method='hazen'``).

    ``p`` holds percentages in [0, 100]. Shape: the result has the size of ``A`` with
    the operating dimension (default: the first whose size is not 1) replaced by
    ``numel(p)``; with vecdim the first listed dimension gets ``numel(p)`` and the
    others 1; with 'all' the result is a ``numel(p)``-by-1 column. A 1-D input gives a
    1-D result (a numpy scalar for a scalar ``p``). Single input gives single.
    'Method', 'approximate' (MATLAB's t-digest approximation for tall/large data) is
    not reproduced: an error says so.

    Differences from the naive call: ``numpy.percentile``'s default method is
    ``'linear'`` (the sorted values at ``100*(i-1)/(n-1)``), which differs from
    MATLAB's at every percentile that is not 50 of an odd count
    (``numpy.percentile([1,2,3,4,5], 20)`` is 1.8, MATLAB's ``prctile`` 1.5); numpy
    flattens without ``axis`` and propagates NaN.

    Divergence / decision: for a vector ``A`` MATLAB's documentation says only that the
    result has ``length(p)`` elements; compat orients it along ``A``'s dimension (as
    for matrices), GNU Octave 7.3 orients it like ``p``. Integer and logical input is
    an error (MATLAB documents single and double).

    Sources: MATLAB documentation of ``prctile`` and "Quantiles and Percentiles"
    (Statistics and Machine Learning Toolbox: the (i-0.5)/n assignment, linear
    interpolation, clamping), MATLAB Answers 1861198 (printed
    ``prctile(1:5, [0 10:20:90 100])`` = 1 1 2 3 4 5 5 and ``prctile(1:5, 20:20:100)``
    = 1.5 2.5 3.5 4.5 5); Hyndman & Fan, "Sample quantiles in statistical packages",
    Am. Stat. 50 (1996), definition 5.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import prctile
    >>> prctile(np.array([1.0, 2, 3, 4, 5]), [0, 10, 30, 50, 70, 90, 100])
    array([1., 1., 2., 3., 4., 5., 5.])
    >>> prctile(np.arange(1.0, 10), [25, 50, 75])      # MATLAB Answers 1619220
    array([2.75, 5.  , 7.25])
    """
    return _quantile(A, p, args, name_value, 100.0)


@matlab_function("quantile")
def quantile(A, p, *args, **name_value):
    """Quantiles, as MATLAB's ``quantile``.

    MATLAB call forms::

        Q = quantile(A, p)                   ->  quantile(A, [0.25, 0.5])
        Q = quantile(A, n)                   ->  quantile(A, 3)   (n integer > 1: the
                                                 quantiles at (1:n)/(n+1))
        Q = quantile(A, p, 'all')            ->  quantile(A, 0.5, 'all')
        Q = quantile(A, p, dim)              ->  quantile(A, 0.5, 2)
        Q = quantile(A, p, vecdim)           ->  quantile(A, 0.5, [1, 2])
        Q = quantile(___, 'Method', method)  ->  quantile(A, 0.5, Method='exact')

    The same method and shapes as :func:`compat.matlab.prctile` with probabilities
    in [0, 1]: the sorted non-NaN values are the ``(i-0.5)/n`` quantiles, linear
    interpolation between them, clamping to the minimum/maximum outside; NaN ignored.

    Differences from the naive call: ``numpy.quantile``'s default ``'linear'`` method
    puts the sorted values at ``(i-1)/(n-1)`` (``numpy.quantile([1,2,3,4,5], 0.2)`` is
    1.8, MATLAB 1.5); numpy has no ``n`` form.

    Divergence: GNU Octave 7.3 has no ``quantile(A, n)`` form (``quantile(1:5, 3)``
    returns Inf there: 3 is taken as a probability); MATLAB documents
    ``quantile(A, n)`` for an integer ``n > 1``. Octave orients the result of a vector
    input like ``p``; compat along the vector (see prctile).

    Sources: MATLAB documentation of ``quantile`` (call forms, the ``n`` form) and
    "Quantiles and Percentiles" (method); Hyndman & Fan (1996), definition 5.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import quantile
    >>> quantile(np.array([2.0, 10, 5, 9, 13]), [0.1, 0.3, 0.5, 0.7, 0.9])
    array([ 2.,  5.,  9., 10., 13.])
    >>> quantile(np.array([1.0, 2, 3, 4, 5]), 3)
    array([1.75, 3.  , 4.25])
    """
    return _quantile(A, p, args, name_value, 1.0)
