"""IDL's summary statistics: TOTAL, MEAN, STDDEV, VARIANCE, MOMENT, MIN and MAX, with IDL's
accumulation order and result types (FLOAT sums of FLOAT data, /DOUBLE, /NAN,
DIMENSION)."""

from __future__ import annotations

import builtins

import numpy as np

from compat._core.args import idl_dimension, idl_reduction_axis
from compat._core.running_sums import missing_to_zero, residual_sums, sequential_sum
from compat._core.errors import CompatValueError
from compat._core.libm import cabs
from compat._core.idl_types import accumulation, float_type, idl_array, index_type
from compat._core.docs import Fragments
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["total", "mean", "stddev", "variance", "moment", "min", "max", "standardize"]


# ------------------------------------------------------------------------------- TOTAL
def _summands(a, *, double=False, integer=False, nan=False, preserve_type=False):
    """``(elements, accumulator dtype)`` of TOTAL: the elements as TOTAL adds them
    (missing values zeroed with /NAN, floats truncated to LONG64 with /INTEGER).
    ``double`` as :func:`_double_keyword` reads TOTAL's keyword (``"zero"``, an explicit
    DOUBLE=0, accumulates as when it is absent: :func:`_total` rounds the result)."""
    if nan:
        a = missing_to_zero(a)
    return accumulation(a, double=bool(double) and double != "zero", integer=integer,
                        preserve_type=preserve_type)


def _double_keyword(double):
    """TOTAL's DOUBLE keyword: absent (None) is False (not set), an explicit false value
    (``DOUBLE=0``) is ``"zero"``, anything else True (/DOUBLE)."""
    if double is None:
        return False
    return True if double else "zero"


def _single(out, double, integer, preserve_type):
    """An explicit DOUBLE=0 makes a DOUBLE (DCOMPLEX) total FLOAT (COMPLEX): the sum
    as without the keyword, rounded once (GDL 1.0.1: TOTAL([2d^24, 1, 1, 1], DOUBLE=0)
    prints 16777220, not the FLOAT running total's 16777216)."""
    if double != "zero" or integer or preserve_type:
        return out
    single = np.complex64 if out.dtype.kind == "c" else np.float32
    return out.astype(single)


def _total(a, axis, *, cumulative=False, double=False, integer=False, nan=False,
           preserve_type=False):
    """TOTAL on a validated array ``a`` along numpy ``axis`` (None: all elements)."""
    a, acc = _summands(a, double=double, integer=integer, nan=nan,
                       preserve_type=preserve_type)
    out = sequential_sum(a, axis, acc, cumulative)
    if cumulative and axis is None:
        out = out.reshape(a.shape)
    out = _single(out, double, integer, preserve_type)
    return out[()] if out.ndim == 0 else out


@idl_routine("TOTAL", dask="compat.idl._lazy:total")
def total(array, dimension=None, *, cumulative=False, double=None, integer=False,
          nan=False, preserve_type=False):
    """Sum of the elements of an array, as IDL's ``TOTAL`` computes it.

    IDL call form::

        Result = TOTAL(Array [, Dimension] [, /CUMULATIVE] [, /DOUBLE] [, /INTEGER]
                       [, /NAN] [, /PRESERVE_TYPE])

    Parameters
    ----------
    array : array_like
        Numeric array (readsav layout: numpy shape = IDL dimensions reversed). bool is
        read as BYTE (IDL's relational operators return BYTE).
    dimension : int, optional
        IDL dimension (1 = IDL's first = numpy's last axis) to sum over; the result has
        that dimension removed. Absent or 0: sum of all elements.
    cumulative : bool
        /CUMULATIVE: running totals, same shape as ``array`` (along ``dimension``, or
        over all elements in IDL order).
    double : bool, optional
        /DOUBLE: accumulate in double precision and return DOUBLE (DCOMPLEX). An
        explicit ``double=0`` (IDL's ``DOUBLE=0``, which library code such as
        ts_coef.pro passes on) makes the total of DOUBLE and DCOMPLEX data FLOAT and
        COMPLEX: summed in double precision and rounded once, as GDL 1.0.1 does (IDL's
        page does not say); absent (None) leaves the type rule as it is.
    integer : bool
        /INTEGER: accumulate in LONG64 (ULONG64 for ULONG64 input) and return it; float
        elements are truncated to integers first. Overflow wraps. Takes precedence over
        /DOUBLE.
    nan : bool
        /NAN: NaN and Infinity elements are treated as missing (as zero in the sum).
    preserve_type : bool
        /PRESERVE_TYPE: accumulate in the input's type and return it (BYTE and INT
        totals wrap around). Takes precedence over /DOUBLE and /INTEGER.

    Returns
    -------
    numpy scalar or ndarray
        IDL's result type: FLOAT (float32) for every input except DOUBLE (float64) and
        COMPLEX/DCOMPLEX (unchanged), unless a keyword above says otherwise; LONG64 and
        ULONG64 included (use /DOUBLE or /INTEGER for a total that keeps their digits).

    Raises
    ------
    ValueError
        ``"TOTAL: ..."`` for an empty array or a Dimension beyond the array's rank.
    TypeError
        ``"TOTAL: ..."`` for strings, structures, dtypes with no IDL type, /INTEGER on
        complex input, a non-integer Dimension.

    Notes
    -----
    IDL adds the elements one after the other in the result type, so a FLOAT total of
    many elements rounds (and saturates: ``TOTAL(REPLICATE(1.0, 2e7))`` prints
    1.67772e+07 in IDL and GDL alike). compat reproduces that running total bit for bit
    (:func:`sequential_sum`): this is the order of IDL with one thread; IDL's thread
    pool (arrays above !CPU.TPOOL_MIN_ELTS elements) sums blocks in parallel, so the
    last bits of a large FLOAT total depend on IDL's thread count. Integer input
    (without /INTEGER or /PRESERVE_TYPE) is converted to FLOAT and accumulated in
    FLOAT: IDL documents the FLOAT result but not the accumulation type. This keeps
    the last /CUMULATIVE element equal to the total, as IDL's definition of
    /CUMULATIVE says; GDL 1.0.1 is inconsistent here (its /CUMULATIVE of integer data
    is this float running total bit for bit, but its plain TOTAL of BYTE, INT, UINT,
    LONG and ULONG data accumulates in double and rounds once to FLOAT, so it differs
    wherever a FLOAT partial sum rounds: ``TOTAL([2L^24, REPLICATE(1L, 100)])`` is
    16777316 in GDL, 16777216 here and in GDL's /CUMULATIVE). GDL's source remarks
    that its integer conversion in double was verified; no IDL output at hand
    settles which rule IDL follows.

    LONG64 and ULONG64 input gives FLOAT like every other integer type: IDL's TOTAL
    page lists DOUBLE, COMPLEX and DCOMPLEX as the only types kept, "Otherwise, the
    result is single-precision floating-point". GDL 1.0.1 returns DOUBLE for them
    (suite idl/total, cases ``long64_*`` and ``ulong64_*``, recorded divergent).

    /NAN on COMPLEX/DCOMPLEX input leaves out every element with a non-finite part
    (an element whose FINITE is 0): IDL's page says elements with the value NaN or
    Infinity are treated as missing, and an element of a complex array is the complex
    number. GDL 1.0.1 zeroes only the non-finite part, so ``TOTAL(COMPLEX([1, NaN],
    [NaN, 5]), /NAN)`` is (1, 5) in GDL and (0, 0) here (cases ``complex_nan_*``,
    recorded divergent; no printed IDL output shows the complex case).

    /INTEGER on float input converts every element to LONG64 (truncation) and adds
    the integers ("integer arithmetic", IDL reference). GDL 1.0.1 instead truncates
    its running total after each addition: ``TOTAL([1.7, 2.6, -0.5], /INTEGER)`` is 2
    in GDL, 3 here (1 + 2 + 0).

    Differences from ``numpy.sum(array)``: numpy returns int64 for integer input (IDL:
    FLOAT, summed in float), keeps float32 accumulation pairwise (different rounding
    from IDL's running total, which also changes when numpy's block size changes),
    wraps nothing for BYTE input (IDL's /PRESERVE_TYPE wraps), and ``axis=0`` is IDL's
    *last* dimension, not its first.

    Sources: IDL Reference Guide, TOTAL (keywords, result types, "NaN or Infinity are
    treated as missing data"); behaviour of /INTEGER on float input, of keyword
    precedence and of the running total checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import total
    >>> a = np.arange(6, dtype=np.int16).reshape(2, 3)   # IDL INDGEN(3, 2)
    >>> total(a)
    np.float32(15.0)
    >>> total(a, 1)                                       # sum along IDL's first dim
    array([ 3., 12.], dtype=float32)
    >>> total(np.ones(20_000_000, np.float32))           # IDL's float running total
    np.float32(1.6777216e+07)
    >>> total(np.arange(300) % 256 == 0, preserve_type=True)
    np.uint8(2)
    """
    a = idl_array(array)
    axis = idl_reduction_axis(dimension, a.ndim)
    return _total(a, axis, cumulative=cumulative, double=_double_keyword(double),
                  integer=integer, nan=nan, preserve_type=preserve_type)


# -------------------------------------------------------------------------------- MEAN
def _count(a: np.ndarray, axis, nan: bool, dtype) -> np.ndarray:
    """Number of elements (finite ones with /NAN) per result element, as ``dtype``."""
    if nan and a.dtype.kind in "fc":
        n = np.count_nonzero(np.isfinite(a), axis=axis)
    else:
        n = a.size if axis is None else a.shape[axis]
    real = np.float32 if dtype == np.complex64 else (
        np.float64 if dtype == np.complex128 else dtype)
    return np.asarray(n, dtype=real)


@idl_routine("MEAN", dask="compat.idl._lazy:mean")
def mean(x, *, dimension=None, double=False, nan=False):
    """Arithmetic mean, as IDL's ``MEAN`` computes it.

    IDL call form::

        Result = MEAN(X [, DIMENSION=value] [, /DOUBLE] [, /NAN])

    Parameters
    ----------
    x : array_like
        Numeric array (readsav layout). bool is read as BYTE.
    dimension : int, optional
        IDL dimension (1 = numpy's last axis) to average over; absent or 0: all.
    double : bool
        /DOUBLE: accumulate and return in double precision.
    nan : bool
        /NAN: NaN and Infinity are missing data (left out of sum and count); an
        all-missing slice gives NaN.

    Returns
    -------
    numpy scalar or ndarray
        FLOAT for every type except DOUBLE and complex (IDL's TOTAL result type), DOUBLE
        with /DOUBLE.

    Notes
    -----
    IDL's ``mean.pro`` divides ``TOTAL(X, Dimension, DOUBLE=, NAN=)`` by the number of
    elements (``TOTAL(FINITE(X), Dimension)`` with /NAN); compat does the same with
    IDL's running total (see :func:`compat.idl.total`), so a FLOAT mean rounds as IDL's.

    Differences from ``numpy.mean(x)``: numpy returns float64 for integer and keeps
    pairwise float32 sums (different last bits), treats Infinity as data under
    ``numpy.nanmean`` (IDL's /NAN drops it), and its ``axis`` counts from the other
    end of IDL's dimensions.

    Sources: IDL Reference Guide, MEAN; ``mean.pro`` (TOTAL/N).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import mean
    >>> mean([1, 2, 3, 4])
    np.float32(2.5)
    >>> mean(np.array([1.0, np.nan, np.inf, 3.0]), nan=True)
    np.float64(2.0)
    """
    a = idl_array(x)
    axis = idl_reduction_axis(dimension, a.ndim)
    s = _total(a, axis, double=double, nan=nan)
    n = _count(a, axis, nan, float_type(a.dtype, double))
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.asarray(s / n)
    return r[()] if r.ndim == 0 else r


# STDDEV's and VARIANCE's parameters
_DOCS = Fragments(spread_parameters="""
    Parameters
    ----------
    x : array_like
        Real numeric array of at least 2 elements (readsav layout).
    dimension : int, optional
        IDL dimension (1 = numpy's last axis); absent: all elements.
    double : bool
        /DOUBLE: compute and return DOUBLE.
    nan : bool
        /NAN: NaN and Infinity are missing data.""")


# ------------------------------------------------------------------------------ STDDEV
@idl_routine("STDDEV")
@_DOCS.fill
def stddev(x, *, dimension=None, double=False, nan=False):
    """Sample standard deviation, as IDL's ``STDDEV`` computes it.

    IDL call form::

        Result = STDDEV(X [, DIMENSION=value] [, /DOUBLE] [, /NAN])

    {{spread_parameters}}

    Returns
    -------
    numpy scalar or ndarray
        ``sqrt(VARIANCE(x))`` (N-1 in the variance); FLOAT unless DOUBLE input or
        /DOUBLE.

    Notes
    -----
    IDL computes STDDEV as the square root of MOMENT's variance; compat uses the same
    computation (:func:`compat.idl.moment`). ``numpy.std(x)`` divides by N
    (``ddof=0``), so it is smaller by ``sqrt((N-1)/N)``, and returns float64 for
    float32 input. Without /NAN a NaN or Infinity in X gives NaN, as for VARIANCE (GDL
    1.0.1 leaves them out: see :func:`variance`).

    Source: IDL Reference Guide, STDDEV and MOMENT.

    Examples
    --------
    >>> from compat.idl import stddev
    >>> stddev([1.0, 2.0, 4.0])
    np.float64(1.5275252316519465)
    """
    return _scalar(_moments(x, dimension, double, nan, 2, with_mdev=False)[5])


# ---------------------------------------------------------------------------- VARIANCE
@idl_routine("VARIANCE")
@_DOCS.fill
def variance(x, *, dimension=None, double=False, nan=False):
    """Sample variance, as IDL's ``VARIANCE`` computes it.

    IDL call form::

        Result = VARIANCE(X [, DIMENSION=value] [, /DOUBLE] [, /NAN])

    {{spread_parameters}}

    Returns
    -------
    numpy scalar or ndarray
        ``sum((x - mean)^2) / (N - 1)``; FLOAT unless DOUBLE input or /DOUBLE.

    Notes
    -----
    IDL's VARIANCE is the second element of MOMENT(X, MAXMOMENT=2); compat computes it
    the same way (:func:`compat.idl.moment`). ``numpy.var(x)`` divides by N (``ddof=0``)
    and returns float64 for float32 input: both differ from IDL.

    NaN and Infinity are missing data only with /NAN; without it they propagate as in
    any IDL arithmetic, so ``VARIANCE([1., 2., NaN, 4.])`` is NaN (and so is a data
    set holding Infinity: Inf - Inf). With /NAN and fewer than two finite values the
    variance is NaN (N - 1 = 0). GDL 1.0.1's VARIANCE and STDDEV leave NaN and Infinity
    out even without /NAN (2.33333 here) although its MOMENT of the same data is NaN
    (suite idl/moment, ``*_no_kw`` cases, recorded divergent).

    Source: IDL Reference Guide, VARIANCE and MOMENT.

    Examples
    --------
    >>> from compat.idl import variance
    >>> variance([1, 2, 3, 4])
    np.float32(1.6666666)
    """
    return _scalar(_moments(x, dimension, double, nan, 2, with_mdev=False)[1])


# ------------------------------------------------------------------------------ MOMENT
def _moments(x, dimension, double, nan, maxmoment, with_mdev=True):
    """The four moments, MDEV and SDEV as arrays of IDL's result type.

    ``with_mdev=False`` skips the mean absolute deviation (NaN in its place), which STDDEV
    and VARIANCE do not return.

    Returns ``(mean, var, skew, kurt, mdev, sdev)``, each of the result's shape (the
    array's shape without the reduced axis; 0-d without Dimension).
    """
    a = idl_array(x, "X", complex_ok=False)
    if isinstance(maxmoment, bool) or not isinstance(maxmoment, (int, np.integer)) or \
            not 1 <= maxmoment <= 4:
        raise CompatValueError(f"MAXMOMENT must be 1, 2, 3 or 4, got {maxmoment!r}")
    axis = idl_reduction_axis(dimension, a.ndim)
    length = a.size if axis is None else a.shape[axis]
    if length < 2:
        raise CompatValueError("X array must contain 2 or more elements.")
    ft = float_type(a.dtype, double)
    xf = a.astype(ft, copy=False)
    if axis is None:
        xf = xf.reshape(-1)
        axis = 0

    def tot(v):
        return sequential_sum(missing_to_zero(v) if nan else v, axis, ft)

    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        if nan:
            n = np.count_nonzero(np.isfinite(xf), axis=axis).astype(ft)
        else:
            n = ft.type(length)
        mean = tot(xf) / n
        nanv = np.full(np.shape(mean), np.nan, dtype=ft)
        var = skew = kurt = mdev = sdev = nanv
        if maxmoment >= 2:
            s1, s2, s_abs, s3, s4 = residual_sums(xf, mean, axis, ft, skip_missing=nan,
                                                  maxpower=maxmoment, absolute=with_mdev)
            # corrected two-pass variance (Numerical Recipes, sec. 14.1: the second
            # term removes the round-off left in the residuals' sum)
            var = (s2 - s1 * s1 / n) / (n - ft.type(1))
            sdev = np.sqrt(var)
            if with_mdev:
                mdev = s_abs / n
            zero = var == 0
            if maxmoment >= 3:
                skew = np.where(zero, nanv, s3 / n / (sdev * sdev * sdev))
            if maxmoment >= 4:
                kurt = np.where(zero, nanv, s4 / n / (var * var) - ft.type(3))
    return tuple(np.asarray(v, dtype=ft) for v in (mean, var, skew, kurt, mdev, sdev))


def _scalar(v):
    return v[()] if v.ndim == 0 else v


class MomentResult(Result):
    """MOMENT's result and the output arguments and keywords requested."""

    result: object
    kurtosis: object
    mean: object
    mdev: object
    sdev: object
    skewness: object
    variance: object


@idl_routine("MOMENT")
def moment(x, *, dimension=None, double=False, kurtosis=False, maxmoment=4, mean=False,
           mdev=False, nan=False, sdev=False, skewness=False, variance=False):
    """Mean, variance, skewness and kurtosis, as IDL's ``MOMENT`` computes them.

    IDL call form::

        Result = MOMENT(X [, DIMENSION=value] [, /DOUBLE] [, KURTOSIS=variable]
                        [, MAXMOMENT={1 | 2 | 3 | 4}] [, MEAN=variable]
                        [, MDEV=variable] [, /NAN] [, SDEV=variable]
                        [, SKEWNESS=variable] [, VARIANCE=variable])

    Output keywords are requested with ``name=True`` (``moment(x, sdev=True)`` returns
    a named tuple with fields ``result`` and ``sdev``).

    Parameters
    ----------
    x : array_like
        Real numeric array of at least 2 elements (readsav layout).
    dimension : int, optional
        IDL dimension (1 = numpy's last axis) along which to compute; absent: all.
    double : bool
        /DOUBLE: compute and return in double precision.
    maxmoment : int
        1: mean only; 2: mean and variance; 3: also skewness; 4 (default): all. The
        moments not computed are NaN (so are SDEV and MDEV when ``maxmoment`` is 1).
    nan : bool
        /NAN: NaN and Infinity are missing data.
    kurtosis, mean, mdev, sdev, skewness, variance : bool
        Request the output keywords.

    Returns
    -------
    ndarray
        ``[mean, variance, skewness, kurtosis]``: shape (4,), or with ``dimension`` the
        array's shape without that dimension plus a last IDL dimension of 4 (numpy shape
        ``(4,) + rest``: ``result[0]`` is the mean array). FLOAT unless DOUBLE input or
        /DOUBLE.

    Notes
    -----
    Definitions (IDL Reference Guide, MOMENT): variance ``sum((x-m)^2)/(N-1)``,
    skewness ``sum((x-m)^3)/N / sdev^3``, kurtosis ``sum((x-m)^4)/N / var^2 - 3``
    (excess kurtosis: 0 for a normal distribution), MDEV the mean absolute deviation
    ``sum(|x-m|)/N``, SDEV ``sqrt(variance)``. With /NAN, N counts the finite values
    of each slice. Sums are IDL's running totals in the result type (see
    :func:`compat.idl.total`); the variance uses the corrected two-pass formula
    (Numerical Recipes, sec. 14.1), equal to the definition up to rounding.

    Decisions where IDL's documentation is silent: zero variance gives NaN skewness
    and kurtosis (GDL 1.0.1 does the same); fewer than 2 elements along the reduced
    dimension is IDL's error "X array must contain 2 or more elements." (GDL 1.0.1
    instead returns the value and NaNs).

    Differences from ``scipy.stats.describe`` / ``scipy.stats.kurtosis``: scipy's
    default skewness/kurtosis use the biased variance (divide by N), IDL divides the
    central moments by powers of the N-1 variance; ``numpy.var`` defaults to N
    (``ddof=0``) where IDL uses N-1; float32 input gives float64 in numpy's sums.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import moment
    >>> r = moment(np.array([1.0, 2.0, 4.0, 7.0], np.float32), mdev=True, sdev=True)
    >>> np.round(r.result, 5)
    array([ 3.5    ,  7.     ,  0.32397, -2.00893], dtype=float32)
    >>> float(r.mdev), round(float(r.sdev), 5)
    (2.0, 2.64575)
    """
    m, var, skew, kurt, md, sd = _moments(x, dimension, double, nan, maxmoment)
    result = np.stack([m, var, skew, kurt])
    return named_result(MomentResult, result, requested(
        kurtosis=(kurtosis, _scalar(kurt)), mean=(mean, _scalar(m)),
        mdev=(mdev, _scalar(md)), sdev=(sdev, _scalar(sd)),
        skewness=(skewness, _scalar(skew)), variance=(variance, _scalar(var))))


# ------------------------------------------------------------------------- MIN and MAX
def _arg_extreme(key: np.ndarray, axis: int, smallest: bool, nan: bool) -> np.ndarray:
    """Subscript along ``axis`` of IDL's extreme of ``key`` (first one on ties).

    IDL scans left to right from the first element, replacing the current extreme
    only by a strictly smaller (larger) value. Without /NAN a NaN never replaces it
    (comparisons with NaN are false), but a NaN *first* element is never replaced: the
    result is then NaN at subscript 0. With /NAN, NaN and Infinity are skipped; an
    all-missing slice gives subscript 0 (and value NaN, see :func:`extremes`).
    """
    if key.dtype.kind != "f":
        return np.argmin(key, axis=axis) if smallest else np.argmax(key, axis=axis)
    fill = np.inf if smallest else -np.inf
    bad = ~np.isfinite(key) if nan else np.isnan(key)
    filled = np.where(bad, key.dtype.type(fill), key)
    idx = np.argmin(filled, axis=axis) if smallest else np.argmax(filled, axis=axis)
    first_bad = np.take(bad, 0, axis=axis)
    if nan:
        # all missing -> 0; otherwise argmin/argmax of the filled array is the first
        # finite extreme unless every finite value equals the fill (impossible: fill
        # is +-Inf and finite values are finite)
        return np.where(np.all(bad, axis=axis), 0, idx)
    # a NaN first element stays the extreme; if the fill value is the extreme and the
    # first element is finite, the first element equals it and argmin picked 0 already
    return np.where(first_bad, 0, idx)


def extremes(array, dimension, nan: bool, absolute: bool, want: tuple):
    """IDL MIN/MAX on one array: ``{('min'|'max'): (values, flat subscripts)}``.

    ``want`` lists which of 'min', 'max' to compute. Values are of the input type
    (the original signed values under /ABSOLUTE); subscripts are flat IDL (= numpy C)
    order into the whole array, LONG (LONG64 for arrays of 2**31 or more elements).
    """
    a = idl_array(array)
    if dimension is None or (not isinstance(dimension, bool) and
                             isinstance(dimension, (int, np.integer)) and dimension == 0):
        axis = None
        flat = a.reshape(-1)
        work_axis = 0
    else:
        axis = idl_dimension(dimension, builtins.max(a.ndim, 1))
        flat = a.reshape(1) if a.ndim == 0 else a
        work_axis = axis
    if absolute and flat.dtype.kind in "ifc":
        key = cabs(flat)  # /ABSOLUTE: the modulus (C's hypot for complex)
    elif flat.dtype.kind == "c":
        # MIN/MAX compare only the real parts of complex values unless /ABSOLUTE (IDL's
        # MIN and MAX pages: "For complex input, MAX by default only compares the real
        # component of each value"; GDL 1.0.1 agrees); under /NAN a value with either
        # part NaN or infinite is missing (GDL: MAX([1, NaN+1i, 2+NaN*i, 0.5], /NAN) = 1)
        key = flat.real
        if nan:
            key = np.where(np.isfinite(flat), key, key.dtype.type(np.nan))
    else:
        key = flat
    itype = index_type(a.size)
    out = {}
    for which in want:
        sub = _arg_extreme(key, work_axis, which == "min", nan)
        value = np.take_along_axis(flat, np.expand_dims(sub, work_axis),
                                   axis=work_axis).squeeze(work_axis)
        if nan and flat.dtype.kind in "fc":
            missing = np.all(~np.isfinite(key), axis=work_axis)
            if np.any(missing):
                value = np.where(missing, flat.dtype.type(np.nan), value)
        if axis is not None and flat.ndim > 1:
            grid = list(np.indices(sub.shape, sparse=True))
            grid.insert(axis, sub)
            sub = np.ravel_multi_index(tuple(grid), flat.shape)
        sub = np.asarray(sub).astype(itype)
        value = np.asarray(value, dtype=a.dtype)
        out[which] = (value[()] if value.ndim == 0 else value,
                      sub[()] if sub.ndim == 0 else sub)
    return out


class MinResult(Result):
    """MIN's result and the output arguments and keywords requested."""

    result: object
    min_subscript: object
    max: object
    subscript_max: object


class MaxResult(Result):
    """MAX's result and the output arguments and keywords requested."""

    result: object
    max_subscript: object
    min: object
    subscript_min: object


# MIN's and MAX's docstring: one text, each routine's words filled in
_EXTREME_DOC = """{{word_capital}} of an array and its subscript, as IDL's ``{{upper}}`` returns them.

    IDL call form::

        Result = {{upper}}(Array [, {{capital}}_Subscript] [, /ABSOLUTE] [, DIMENSION=value]
                     [, {{other_upper}}=variable] [, /NAN] [, SUBSCRIPT_{{other_upper}}=variable])

    Output argument and keywords are requested with ``name=True``:
    ``r = {{name}}(a, {{name}}_subscript=True, {{other}}=True)`` gives ``r.result``, ``r.{{name}}_subscript``, ``r.{{other}}``.

    Parameters
    ----------
    array : array_like
        Numeric array (readsav layout); bool is read as BYTE; complex values are
        compared by their real parts (IDL's MIN/MAX pages), by modulus with /ABSOLUTE.
        (IDL's ``<`` and ``>`` operators compare complex values by modulus instead.)
    {{name}}_subscript : bool
        Request {{capital}}_Subscript: the flat subscript of the {{word}} in IDL order (= numpy
        C order: ``np.unravel_index(s, array.shape)``), the first one on ties. With
        DIMENSION, subscripts into the whole array, one per result element.
    absolute : bool
        /ABSOLUTE: compare absolute values; the result is still the original (signed)
        element. No effect on unsigned types.
    dimension : int, optional
        IDL dimension (1 = numpy's last axis) to reduce; the result has it removed.
    {{other}} : bool
        Request {{other_upper}}: the {{otherword}} value (computed with the same /NAN and /ABSOLUTE).
    nan : bool
        /NAN: NaN and Infinity are missing data. An all-missing array (slice) gives NaN
        and subscript 0.
    subscript_{{other}} : bool
        Request SUBSCRIPT_{{other_upper}}, the subscript of the {{otherword}}.

    Returns
    -------
    numpy scalar or ndarray (of the input type), or the named tuple.

    Notes
    -----
    IDL scans from the first element and replaces the {{word}} only by a strictly
    {{beyond}} value, so without /NAN a NaN in the first position is the result (with
    subscript 0) while NaNs elsewhere are passed over; IDL's reference warns that
    NaNs without /NAN give "an invalid result". compat reproduces this scan (GDL 1.0.1
    behaves the same).

    Differences from ``numpy.{{name}}``/``numpy.arg{{name}}``: numpy returns NaN whenever any
    element is NaN (``numpy.nan{{name}}`` ignores NaN but keeps Infinity, which IDL's /NAN
    drops), its axis numbering runs the other way, ``arg{{name}}`` along an axis gives
    positions along that axis where IDL gives subscripts into the whole array, and
    there is no /ABSOLUTE returning the signed value.

    Sources: IDL Reference Guide, MIN and MAX (keywords, "NaN or Infinity are treated
    as missing data", subscripts of the first occurrence); scan order checked against
    GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import {{name}}
    {{example}}
    """


def _extreme_doc(function):
    """Fill MIN's or MAX's docstring from :data:`_EXTREME_DOC` (named by ``function``)."""
    name = function.__name__
    other = "max" if name == "min" else "min"
    word, otherword = ("minimum", "maximum") if name == "min" else ("maximum", "minimum")
    function.__doc__ = Fragments(
        name=name, upper=name.upper(), capital=name.capitalize(), other=other,
        other_upper=other.upper(), word=word, word_capital=word.capitalize(),
        otherword=otherword,
        beyond="smaller" if name == "min" else "larger",
        example=function.__doc__).render(_EXTREME_DOC)
    return function


def _extreme(which, array, dimension, nan, absolute, subscript, other, other_subscript,
             result_type):
    """MIN (``which`` 'min') or MAX: the extreme, and the outputs requested."""
    o = "max" if which == "min" else "min"
    res = extremes(array, dimension, nan, absolute,
                   (which, o) if (other or other_subscript) else (which,))
    return named_result(result_type, res[which][0], requested(**{
        f"{which}_subscript": (subscript, lambda: res[which][1]),
        o: (other, lambda: res[o][0]),
        f"subscript_{o}": (other_subscript, lambda: res[o][1])}))


@idl_routine("MIN", output_arguments=('min_subscript',))
@_extreme_doc
def min(array, *, min_subscript=False, absolute=False, dimension=None, max=False,  # noqa: A001,A002
        nan=False, subscript_max=False):
    """
    >>> r = min(np.array([[3, 1, 4], [1, 5, 9]]), min_subscript=True, max=True)
    >>> int(r.result), int(r.min_subscript), int(r.max)
    (1, 1, 9)
    >>> float(min(np.array([3.0, -5.0, 2.0]), absolute=True))
    2.0
    """
    return _extreme("min", array, dimension, nan, absolute, min_subscript, max,
                    subscript_max, MinResult)


@idl_routine("MAX", output_arguments=('max_subscript',))
@_extreme_doc
def max(array, *, max_subscript=False, absolute=False, dimension=None, min=False,  # noqa: A001,A002
        nan=False, subscript_min=False):
    """
    >>> r = max(np.array([3.0, -5.0, 2.0]), max_subscript=True, absolute=True, min=True)
    >>> float(r.result), int(r.max_subscript), float(r.min)
    (-5.0, 1, 2.0)
    """
    return _extreme("max", array, dimension, nan, absolute, max_subscript, min,
                    subscript_min, MaxResult)


# -------------------------------------------------------------------------- STANDARDIZE
class StandardizeResult(Result):
    """STANDARDIZE's result and the MEAN and STDDEV requested."""

    result: object
    mean: object
    stddev: object


@idl_routine("STANDARDIZE")
def standardize(a, *, double=None, mean=False, stddev=False):  # noqa: F811
    """Standardized variables (each column: mean 0, variance 1), as IDL's library
    routine ``STANDARDIZE``.

    IDL call form::

        Result = STANDARDIZE(A [, /DOUBLE] [, MEAN=variable] [, STDDEV=variable])

    Parameters
    ----------
    a : array_like
        IDL's m-column, n-row FLOAT or DOUBLE array of m variables and n observations:
        numpy shape ``(n, m)``, each numpy column one variable.
    double : bool, optional
        /DOUBLE: compute and return DOUBLE; ``DOUBLE=0`` (``False``): FLOAT. Not
        given: DOUBLE for DOUBLE input (standardize.pro's default).
    mean, stddev : bool
        Request MEAN and STDDEV (IDL 8.3): the m column means and standard deviations.

    Returns
    -------
    numpy.ndarray or StandardizeResult(result[, mean][, stddev])
        ``(a - mean) * (1/stddev)`` per column, with ``stddev`` the sample standard
        deviation (divisor n - 1); FLOAT or DOUBLE as above.

    Raises
    ------
    ValueError
        standardize.pro's ``"STANDARDIZE: Input array must be float or double."`` (any
        other type, integers included) and ``"STANDARDIZE: Input array must be
        two-dimensional."``.

    Notes
    -----
    IDL 8's standardize.pro, step for step: the means are ``TOTAL(A, 2)/n`` (a running
    sum, in DOUBLE when DOUBLE), the deviations ``A - mean``, the standard deviations
    ``SQRT(TOTAL(dev^2, 2)/(n - 1))``, and the result the deviations times ``1./stddev``
    (a multiplication by the reciprocal, not a division), converted to FLOAT unless
    DOUBLE. ``scipy.stats.zscore`` divides by the population deviation (``ddof=0``) and
    works along numpy's first axis by default. GDL 1.0.1's standardize.pro accepts
    integer arrays, returns FLOAT for DOUBLE input without /DOUBLE, divides instead of
    multiplying by the reciprocal, and has no MEAN or STDDEV.
    Source: IDL Reference Guide, STANDARDIZE, and IDL 8.0's lib/standardize.pro.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 60.0]], dtype=np.float32)
    >>> r, m, s = idl.standardize(a, mean=True, stddev=True)
    >>> r
    array([[-1.        , -0.7559289 ],
           [ 0.        , -0.37796444],
           [ 1.        ,  1.1338934 ]], dtype=float32)
    >>> m, s
    (array([ 2., 30.], dtype=float32), array([ 1.      , 26.457514], dtype=float32))
    """
    x = idl_array(a, "A", complex_ok=False)
    if x.dtype not in (np.dtype(np.float32), np.dtype(np.float64)):
        raise CompatValueError("Input array must be float or double.")
    if x.ndim != 2:
        raise CompatValueError("Input array must be two-dimensional.")
    dbl = x.dtype == np.float64 if double is None else bool(double)
    acc = np.dtype(np.float64 if (dbl or x.dtype == np.float64) else np.float32)
    n = x.shape[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        means = sequential_sum(x, 0, acc) / acc.type(n)
        dev = x - means
        dacc = np.dtype(np.float64 if (dbl or dev.dtype == np.float64) else np.float32)
        sd = np.sqrt(sequential_sum(dev * dev, 0, dacc) / dacc.type(n - 1))
        result = dev * (sd.dtype.type(1.0) / sd)
    out = np.dtype(np.float64 if dbl else np.float32)
    outputs = {}
    if mean:
        outputs["mean"] = means.astype(out)
    if stddev:
        outputs["stddev"] = sd.astype(out)
    return named_result(StandardizeResult, result.astype(out), outputs)
