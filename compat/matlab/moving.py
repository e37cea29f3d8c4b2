"""MATLAB's moving-window statistics: ``movmean``, ``movsum``, ``movmedian``, ``movmax``,
``movmin``, ``movprod``, ``movstd``, ``movvar``, ``movmad``.

The legacy layer of the family: each function parses MATLAB's argument grammar
(``k`` or ``[kb kf]``, ``dim``, ``nanflag``, ``w``, name-value pairs ``Endpoints`` and
``SamplePoints``) and calls the one core, :func:`compat._core.moving.moving`.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.args import first_nonsingleton, is_omitted, matlab_dim, name_value
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.moving import Statistic, moving
from compat.matlab._reduction_args import _NANFLAGS  # the nanflag words of MATLAB

__all__ = ["movmean", "movsum", "movmedian", "movmax", "movmin", "movprod", "movstd",
           "movvar", "movmad"]

# MATLAB's default nanflag: max/min omit NaN (as max/min do), the others include it
# (documented examples: movmax([4 8 NaN -1 ...], 3) -> 8 8 8 -1 ...; movmean -> NaN).
_DEFAULT_OMIT = {"max": True, "min": True}


# ------------------------------------------------------------------ the legacy grammar
def _window(k):
    """``k`` or ``[kb kf]`` as the core's window (a float or a pair)."""
    if isinstance(k, str) or k is None:
        raise CompatTypeError("window length k must be a positive scalar or a "
                              "2-element vector [kb kf]")
    arr = np.asarray(k)
    if arr.dtype.kind not in "iuf":
        raise CompatTypeError("window length k must be numeric")
    flat = arr.astype(np.float64).ravel()
    if flat.size == 1:
        v = float(flat[0])
        if not (math.isfinite(v) and v > 0):
            raise CompatValueError(f"window length must be a finite positive scalar, got "
                                   f"{v!r}")
        return v
    if flat.size == 2:
        if not (np.all(np.isfinite(flat)) and np.all(flat >= 0)):
            raise CompatValueError("window [kb kf] must hold two finite nonnegative "
                                   f"values, got {flat.tolist()!r}")
        return float(flat[0]), float(flat[1])
    raise CompatValueError("window length must be a scalar or a 2-element vector "
                           f"[kb kf], got {flat.size} elements")


def _options(stat, args, dim, nanflag, w, kwargs):
    """(w, dim, omit, endpoints, samplepoints) from MATLAB's trailing arguments."""
    rest = list(args)
    numerics = []
    while rest and not isinstance(rest[0], str):
        numerics.append(rest.pop(0))
    slots = ["w", "dim"] if stat in ("std", "var") else ["dim"]
    if len(numerics) > len(slots):
        raise CompatTypeError(f"too many numeric arguments after k: expected "
                              f"{' and '.join(slots)}")
    given = dict(zip(slots, numerics))
    if "w" in given and w is not None:
        raise CompatTypeError("w given twice (positionally and as w=)")
    if "dim" in given and dim is not None:
        raise CompatTypeError("dim given twice (positionally and as dim=)")
    w = given.get("w") if w is None else w
    dim = given.get("dim") if dim is None else dim
    flags = []
    while rest and isinstance(rest[0], str) and rest[0].lower() in _NANFLAGS:
        flags.append(rest.pop(0))
    if nanflag is not None:
        flags.append(nanflag)
    if len(flags) > 1:
        raise CompatTypeError("nanflag given more than once")
    if flags:
        if not isinstance(flags[0], str) or flags[0].lower() not in _NANFLAGS:
            raise CompatValueError(f"nanflag must be 'includenan' or 'omitnan', got "
                                   f"{flags[0]!r}")
        omit = _NANFLAGS[flags[0].lower()]
    else:
        omit = _DEFAULT_OMIT.get(stat, False)
    opts = name_value(None, rest, kwargs, {"Endpoints": "shrink", "SamplePoints": None})
    if stat in ("std", "var"):  # w: 0 (N-1) or 1 (N); [] is the default 0
        if is_omitted(w):
            w = 0
        wa = np.asarray(w)
        if wa.ndim != 0 or wa.dtype.kind not in "biuf" or float(wa) not in (0.0, 1.0):
            raise CompatValueError(f"normalization w must be 0 or 1, got {w!r}")
        w = int(float(wa))
    return w, (None if is_omitted(dim) else dim), omit, opts["Endpoints"], \
        opts["SamplePoints"]


def _endpoints(value):
    if isinstance(value, str):
        key = value.lower()
        if key not in ("shrink", "discard", "fill"):
            raise CompatValueError(f"Endpoints must be 'shrink', 'discard', 'fill' or a "
                                   f"numeric or logical scalar, got '{value}'")
        return key
    arr = np.asarray(value)
    if arr.ndim != 0 or arr.dtype.kind not in "biuf":
        raise CompatTypeError("Endpoints must be 'shrink', 'discard', 'fill' or a "
                              "numeric or logical scalar")
    return float(arr)


def _sample_points(value, n):
    if value is None:
        return None
    if is_omitted(value):
        if n:
            raise CompatTypeError("SamplePoints must be a real numeric vector")
        return None
    spa = np.asarray(value)
    if spa.dtype.kind not in "biuf" or (spa.ndim > 1 and sum(s != 1 for s in spa.shape) > 1):
        raise CompatTypeError("SamplePoints must be a real numeric vector")
    sp = spa.astype(np.float64).ravel()
    if sp.size != n:
        raise CompatValueError(f"SamplePoints must have one point per element along the "
                               f"working dimension ({n}), got {sp.size}")
    if not np.all(np.isfinite(sp)):
        raise CompatValueError("SamplePoints must be finite")
    if np.any(np.diff(sp) <= 0):
        raise CompatValueError("SamplePoints must be sorted (increasing) and contain "
                               "unique points")
    return sp


def _call(stat: Statistic, A, k, args, dim, nanflag, kwargs, w=None):
    """Parse ``movXXX(A, k, ...)`` and run the core."""
    if stat in ("var", "std"):
        a = matlab_array(A, "A", integer_ok=False, logical_ok=False)
    else:
        a = matlab_array(A, "A")
        if a.dtype.kind == "c" and stat in ("max", "min", "median", "mad"):
            raise CompatTypeError("complex input is not supported by compat")
    window = _window(k)
    w, dim, omit, endpoints, samplepoints = _options(stat, args, dim, nanflag, w,
                                                     dict(kwargs))
    endpoints = _endpoints(endpoints)
    work = a.reshape(1) if a.ndim == 0 else a
    axis = first_nonsingleton(work.shape) - 1 if dim is None else \
        matlab_dim(None, dim, work.ndim)
    if axis >= work.ndim:  # a trailing singleton dimension
        work = work.reshape(work.shape + (1,) * (axis + 1 - work.ndim))
    sp = _sample_points(samplepoints, work.shape[axis])
    res = moving(work, window, statistic=stat, axis=axis, omitnan=omit,
                 endpoints=endpoints, sample_points=sp, normalization=w or 0)
    out_n = res.shape[axis]
    if a.ndim == 0:
        return res.reshape(()) if out_n == 1 else res.reshape(out_n)
    if res.ndim > a.ndim and res.shape[a.ndim:] == (1,) * (res.ndim - a.ndim):
        res = res.reshape(res.shape[:a.ndim])
    return res


# ------------------------------------------------------------- the shared documentation
_DOCS = Fragments(
    call_forms="""
        M = {{name}}(A, k)                  ->  {{name}}(A, 3)
        M = {{name}}(A, [kb kf])            ->  {{name}}(A, [2, 0])
        M = {{name}}(___, dim)              ->  {{name}}(A, 3, 2)
        M = {{name}}(___, nanflag)          ->  {{name}}(A, 3, 'omitnan')
        M = {{name}}(___, Name, Value)      ->  {{name}}(A, 3, 'Endpoints', 'discard')
                                              {{name}}(A, 3, SamplePoints=t)""",
    call_forms_w="""
        M = {{name}}(A, k)                  ->  {{name}}(A, 3)
        M = {{name}}(A, [kb kf])            ->  {{name}}(A, [2, 0])
        M = {{name}}(___, w)                ->  {{name}}(A, 3, 1)
        M = {{name}}(___, w, dim)           ->  {{name}}(A, 3, 0, 2)
        M = {{name}}(___, nanflag)          ->  {{name}}(A, 3, 'omitnan')
        M = {{name}}(___, Name, Value)      ->  {{name}}(A, 3, 'Endpoints', 'fill')""",
    windows="""
        the window around ``A(i)`` along ``dim`` (default: the first dimension whose size
        is not 1; a 1-D array is a vector):

        * ``k`` scalar: odd ``k`` is centred on ``i``; even ``k`` is "centred about the
          current and previous elements": ``k/2`` points back and ``k/2 - 1`` forward.
          In sample-point units (``SamplePoints`` ``t``, default ``1:n``) the window is
          the points with ``t(i) - k/2 <= t(j) < t(i) + k/2``; ``k`` need not be an
          integer.
        * ``[kb kf]``: ``kb`` points back and ``kf`` forward, i.e.
          ``t(i) - kb <= t(j) <= t(i) + kf``.""",
    parameters="""
        A : array_like
            Numeric or logical array, any number of dimensions.
        k : scalar or 2-element vector
            Window length or ``[kb kf]`` (positive / nonnegative, finite).
        *args
            MATLAB's trailing arguments in MATLAB's order: ``dim`` (1-based; ``[]`` for
            the default), ``nanflag`` (``'includenan'``/``'includemissing'`` or
            ``'omitnan'``/``'omitmissing'``, case-insensitive), then name-value pairs.
        dim, nanflag : keyword alternatives to the positional forms.
        nargout : 1
            MATLAB Engine convention; the function has one output.
        **name_value
            ``Endpoints`` (also ``endpoints=``): ``'shrink'`` (default, the window is cut
            at the array ends), ``'discard'`` (only points with a complete window are
            returned: the result is ``kb + kf`` shorter along ``dim``), ``'fill'``
            (missing elements are NaN) or a number (missing elements take that value).
            ``SamplePoints`` (also ``samplepoints=``): increasing, unique, finite sample
            positions, one per element along ``dim``; with non-uniform points only
            ``'shrink'`` is allowed, as in MATLAB.""",
    parameters_w="""
        A : array_like
            double or single, real or complex (integer and logical input is refused, as
            MATLAB refuses it).
        k : scalar or 2-element vector
            Window length or ``[kb kf]``.
        *args
            ``w``, ``dim``, ``nanflag`` and name-value pairs in MATLAB's order.
        w, dim, nanflag : keyword alternatives to the positional forms.
        nargout : 1
            MATLAB Engine convention; the function has one output.
        **name_value
            ``Endpoints``, ``SamplePoints`` as for movmean.""",
    raises="""
        Raises
        ------
        ValueError
            ``"{{name}}: ..."`` for a bad window, unknown option or name, non-increasing
            or wrongly sized sample points, Endpoints other than 'shrink' with
            non-uniform sample points.
        TypeError
            ``"{{name}}: ..."`` for {{refused}} and misplaced arguments.""",
    refused="text or object arrays",
    window_notes="""
        Window rule with sample points: MATLAB documents the window for ``k = 3`` as "the
        time interval between t(i)-1.5 and t(i)+1.5" without saying which ends belong to
        it; compat takes the half-open interval, the only rule under which the default
        sample points reproduce MATLAB's index windows for even ``k`` (a decision of
        compat, see :mod:`compat._core.moving`). Endpoint 'fill' follows MATLAB's wording
        "substitute nonexisting elements with NaN": with 'omitnan' those NaNs are omitted.

        Algorithm: an O(n log k) dyadic decomposition of each window (no running totals,
        no subtraction), so the rounding error is that of a pairwise sum over the window
        itself (:mod:`compat._core.moving`).

        Sources: MATLAB documentation of ``{{name}}`` (call forms, window placement,
        Endpoints, nanflag, SamplePoints, examples); checked against GNU Octave 7.3's
        ``{{name}}`` (which lacks 'omitnan', SamplePoints and single results).""",
    w_description="""
        the window around ``A(i)`` along ``dim``; the windows, ``dim``, ``nanflag``,
        ``Endpoints`` and ``SamplePoints`` are those of :func:`compat.matlab.movmean`
        (see there). ``w = 0`` (default, ``[]`` too) normalises by ``N - 1`` and ``w = 1``
        by ``N``, ``N`` the number of elements in the window (after 'omitnan'); a window
        of one element gives 0, an empty one (all NaN with 'omitnan') NaN; any Inf in
        the window gives NaN (as ``var``). As MATLAB says, ``dim`` can only be given
        after ``w``.""",
    w_returns="""
        ndarray
            Real; single for single input, else double. Shape of ``A`` (shorter along
            ``dim`` for 'discard').""",
    w_naive="""
        Differences from the naive call: ``pandas.Series.rolling(k).var()`` is trailing,
        returns NaN for incomplete windows and uses ``ddof=1`` only; computing
        ``E[x^2] - E[x]^2`` from two moving means (the usual vectorised trick, e.g. with
        ``scipy.ndimage.uniform_filter1d``) cancels catastrophically when the mean is large
        compared with the spread. compat combines per-block (count, mean, M2) with Chan,
        Golub & LeVeque's pairwise update (Am. Stat. 37, 1983) over an O(n log k) dyadic
        decomposition of each window: two-pass accuracy without subtraction of large sums.

        Sources: MATLAB documentation of ``{{name}}`` (call forms, ``w``, examples);
        checked against GNU Octave 7.3's ``{{name}}``.""",
    returns="""
        ndarray
            The shape of ``A`` (shorter along ``dim`` for 'discard'). {{types}}""",
    notes="""
        Differences from the naive call: {{naive}}

        {{window_notes}}""",
)

# movstd and movvar: the normalization ``w`` in the grammar, their own parameters and
# notes in the one template
_W = {"call_forms": "{{call_forms_w}}", "windows": "{{w_description}}",
      "parameters": "{{parameters_w}}", "returns": "{{w_returns}}", "notes": "{{w_naive}}",
      "refused": "text, object, integer or logical arrays"}

_TEMPLATE = """{{title}}, as MATLAB's ``{{name}}``.

    MATLAB call forms::

        {{call_forms}}

    Each ``M(i)`` is {{what}} of {{windows}}

    Parameters
    ----------
    {{parameters}}

    Returns
    -------
    {{returns}}

    {{raises}}

    Notes
    -----
    {{notes}}

    Examples
    --------
    {{examples}}
    """


def _documented(**fragments):
    """Decorator: the family docstring filled with the function's own fragments."""
    def document(function):
        docs = _DOCS(name=function.__name__, **fragments)
        function.__doc__ = docs.render(_TEMPLATE)
        return function
    return document


_INT_DOUBLE = ("logical and integer inputs give double (as Octave 7.3; MATLAB R2025b "
               "behaviour per an independent re-implementation's recorded checks), single "
               "gives single.")


# ----------------------------------------------------------------------- the functions
@matlab_function("movmean", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:movmean")
@_documented(title="Moving mean",
             what="the mean ``sum(A(window))/numel(window)``", types="Types: " + _INT_DOUBLE,
             naive="``scipy.ndimage.uniform_filter1d(A, k)`` pads the edges (mode 'reflect' "
             "by default) instead of shrinking the window, centres an even ``k`` one element "
             "the other way, spreads a NaN over every window it touches in an unspecified "
             "way, and a ``cumsum``-difference running mean loses accuracy along the line; "
             "``pandas.Series.rolling(k, center=True, min_periods=1).mean()`` centres even "
             "windows forward.",
             examples="""
                 >>> from compat.matlab import movmean
                 >>> movmean([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3)      # MATLAB doc example
                 array([ 6.        ,  6.        ,  4.33333333,  1.        , -2.        ,
                        -2.        , -0.33333333,  2.        ,  4.        ,  4.5       ])
                 >>> movmean([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], [2, 0])
                 array([ 4.        ,  6.        ,  6.        ,  4.33333333,  1.        ,
                        -2.        , -2.        , -0.33333333,  2.        ,  4.        ])
                 >>> movmean([1, 2, 3, 4, 5, 6], 3, 'Endpoints', 'discard')
                 array([2., 3., 4., 5.])""")
def movmean(A, k, *args, dim=None, nanflag=None, nargout=1, **name_value):
    return _call("mean", A, k, args, dim, nanflag, name_value)


@matlab_function("movsum", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:movsum")
@_documented(title="Moving sum", what="the sum ``sum(A(window))``",
             types="Types: logical and integer inputs give double (not saturated integers; "
             "as Octave 7.3 and, per an independent re-implementation's recorded checks, "
             "MATLAB R2025b), single gives single.",
             naive="``numpy.convolve(A, ones(k), 'same')`` zero-pads (right for 'shrink' "
             "sums) but centres an even ``k`` the other way; "
             "``scipy.ndimage.uniform_filter1d(A, k) * k`` pads with reflected values "
             "instead; a ``cumsum`` difference has an error that grows along the line and is "
             "ruined by one huge value anywhere before the window.",
             examples="""
                 >>> from compat.matlab import movsum
                 >>> movsum([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3)       # MATLAB doc example
                 array([12., 18., 13.,  3., -6., -6., -1.,  6., 12.,  9.])
                 >>> import numpy as np
                 >>> movsum([4, 8, np.nan, -1, -2, -3, np.nan, 3, 4, 5], 3, 'omitnan')
                 array([12., 12.,  7., -3., -6., -5.,  0.,  7., 12.,  9.])""")
def movsum(A, k, *args, dim=None, nanflag=None, nargout=1, **name_value):
    return _call("sum", A, k, args, dim, nanflag, name_value)


@matlab_function("movmedian", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:movmedian")
@_documented(title="Moving median",
             what="the median ``median(A(window))``",
             types="Types: integer inputs keep their class, a median of two integers rounded "
             "half away from zero (MATLAB R2025b behaviour per an independent "
             "re-implementation's recorded checks; Octave 7.3 agrees on the values); "
             "logical gives double; single gives single.",
             naive="``scipy.ndimage.median_filter(A, k)`` pads the edges (mode 'reflect') "
             "instead of shrinking the window, for even ``k`` returns one of the two middle "
             "values (MATLAB averages them) and centres the window the other way, and gives "
             "undefined results around NaN; ``scipy.signal.medfilt`` zero-pads and requires "
             "odd ``k``.",
             examples="""
                 >>> from compat.matlab import movmedian
                 >>> movmedian([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3)     # MATLAB doc example
                 array([ 6. ,  6. ,  6. , -1. , -2. , -2. , -1. ,  3. ,  4. ,  4.5])""")
def movmedian(A, k, *args, dim=None, nanflag=None, nargout=1, **name_value):
    return _call("median", A, k, args, dim, nanflag, name_value)


@matlab_function("movmax", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:movmax")
@_documented(title="Moving maximum", what="the maximum ``max(A(window))``",
             types="Types: the class of A is kept (integers and logical stay so); NaN is "
             "omitted by default ('omitnan'), 'includenan' makes any window holding a NaN "
             "give NaN.",
             naive="``scipy.ndimage.maximum_filter1d(A, k)`` pads with the edge value (same "
             "result for 'shrink'), but centres even ``k`` the other way and its NaN "
             "behaviour is undefined; MATLAB's movmax omits NaN by default (like max).",
             examples="""
                 >>> from compat.matlab import movmax
                 >>> import numpy as np
                 >>> movmax([4, 8, np.nan, -1, -2, -3, np.nan, 3, 4, 5], 3)    # MATLAB doc example
                 array([ 8.,  8.,  8., -1., -1., -2.,  3.,  4.,  5.,  5.])""")
def movmax(A, k, *args, dim=None, nanflag=None, nargout=1, **name_value):
    return _call("max", A, k, args, dim, nanflag, name_value)


@matlab_function("movmin", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:movmin")
@_documented(title="Moving minimum", what="the minimum ``min(A(window))``",
             types="Types: the class of A is kept (integers and logical stay so); NaN is "
             "omitted by default ('omitnan').",
             naive="``scipy.ndimage.minimum_filter1d(A, k)`` pads with the edge value (same "
             "result for 'shrink'), but centres even ``k`` the other way and its NaN "
             "behaviour is undefined; MATLAB's movmin omits NaN by default (like min).",
             examples="""
                 >>> from compat.matlab import movmin
                 >>> movmin([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3)
                 array([ 4.,  4., -1., -2., -3., -3., -3., -1.,  3.,  4.])""")
def movmin(A, k, *args, dim=None, nanflag=None, nargout=1, **name_value):
    return _call("min", A, k, args, dim, nanflag, name_value)


@matlab_function("movprod", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:movprod")
@_documented(title="Moving product",
             what="the product ``prod(A(window))``",
             types="Types: logical and integer inputs give double (as Octave 7.3 and, per an "
             "independent re-implementation's recorded checks, MATLAB R2025b), single gives "
             "single. 'omitnan' treats NaN as 1, so an all-NaN window gives 1 (prod of an "
             "empty set).",
             naive="numpy has no moving product; ``exp(uniform_filter1d(log(A)))`` fails for "
             "zeros and negative values and loses accuracy; products of padded windows need "
             "the identity 1 at shrunk ends.",
             examples="""
                 >>> from compat.matlab import movprod
                 >>> movprod([1, 2, 3, 4, 5], 3)
                 array([ 2.,  6., 24., 60., 20.])""")
def movprod(A, k, *args, dim=None, nanflag=None, nargout=1, **name_value):
    return _call("prod", A, k, args, dim, nanflag, name_value)


@matlab_function("movstd", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:movstd")
@_documented(**_W, title="Moving standard deviation",
             what="the standard deviation",
             examples="""
                 >>> from compat.matlab import movstd
                 >>> movstd([1, 2, 3, 4, 5, 6], 3)
                 array([0.70710678, 1.        , 1.        , 1.        , 1.        ,
                        0.70710678])""")
def movstd(A, k, *args, w=None, dim=None, nanflag=None, nargout=1, **name_value):
    return _call("std", A, k, args, dim, nanflag, name_value, w=w)


@matlab_function("movvar", nan_option="with 'omitnan'",
                 dask="compat.matlab._lazy:movvar")
@_documented(**_W, title="Moving variance", what="the variance",
             examples="""
                 >>> from compat.matlab import movvar
                 >>> movvar([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3)     # MATLAB doc example
                 array([ 8.        ,  4.        , 22.33333333, 19.        ,  1.        ,
                         1.        ,  9.33333333,  7.        ,  1.        ,  0.5       ])
                 >>> movvar([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3, 1)[:3]   # normalised by N
                 array([ 4.        ,  2.66666667, 14.88888889])""")
def movvar(A, k, *args, w=None, dim=None, nanflag=None, nargout=1, **name_value):
    return _call("var", A, k, args, dim, nanflag, name_value, w=w)


@matlab_function("movmad", nan_option="with 'omitnan'")
@_documented(title="Moving median absolute deviation",
             what="the median absolute deviation ``median(abs(w - median(w)))`` of the "
             "values ``w = A(window)`` (not scaled by 1.4826)",
             types="Types: single gives single; double, logical and integer inputs give "
             "double (compat's choice for integers and logical, which MATLAB's page does "
             "not print). GNU Octave 7.3's movmad computes the *mean* absolute deviation "
             "(its mad's default): every Octave capture of movmad is a recorded divergence, "
             "the goldens run MATLAB's definition through Octave's movfun.",
             naive="``scipy.stats.median_abs_deviation`` has no moving form; "
             "``medfilt1(abs(A - medfilt1(A, k)), k)`` takes each deviation from its own "
             "window's median instead of the median of the window being measured, and "
             "medfilt1 zero-pads.",
             examples="""
                 >>> from compat.matlab import movmad
                 >>> movmad([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3)
                 array([2. , 2. , 2. , 1. , 1. , 1. , 2. , 1. , 1. , 0.5])""")
def movmad(A, k, *args, dim=None, nanflag=None, nargout=1, **name_value):
    return _call("mad", A, k, args, dim, nanflag, name_value)
