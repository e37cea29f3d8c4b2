"""MATLAB's location tests (Statistics and Machine Learning Toolbox): ``ttest``
(one-sample and paired), ``ttest2`` (two-sample, pooled or Satterthwaite), ``ztest``,
the variance tests ``vartest`` and ``vartest2``
the Wilcoxon rank sum and signed rank tests ``ranksum`` and ``signrank`` and the sign
test ``signtest`` (over :mod:`compat._core.rank_tests`).

The legacy layer of the family: MATLAB's argument grammar -- the positional ``alpha,
tail, dim`` of the older syntax or the name-value pairs ``'Alpha'``, ``'Tail'``,
``'Dim'`` (``ttest2`` also ``'Vartype'``), the tails ``'both'``/``'right'``/``'left'``
or 0/1/-1 -- and the outputs ``[h, p, ci, stats]`` by ``nargout`` (``stats`` a struct
with ``tstat``, ``df``, ``sd``; ``ztest``'s fourth output the z statistic), over
:mod:`compat._core.hypothesis_tests`, whose docstring states the arithmetic. NaNs are
missing values. Checked against GNU Octave 7.3's statistics 1.5.3 (golden suite
``matlab/hypothesis_tests``).
"""

from __future__ import annotations

import numpy as np

from compat._core import hypothesis_tests as core
from compat._core import rank_tests
from compat._core.args import first_nonsingleton, matlab_dim
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.struct import MatlabStruct

__all__ = ["ttest", "ttest2", "ztest", "vartest", "vartest2", "ranksum", "signrank",
           "signtest"]

_TAILS = {"both": "b", "right": "r", "left": "l", 0: "b", 1: "r", -1: "l"}
_TAIL_MESSAGE = "TAIL must be 'both', 'right', or 'left', or 0, 1, or -1."


def _data(value, label: str) -> np.ndarray:
    a = matlab_array(value, label, complex_ok=False, char="error")
    if a.dtype.kind in "iub":
        a = a.astype(np.float64)
    return a.reshape(1, -1) if a.ndim == 1 else a.reshape(1, 1) if a.ndim == 0 else a


def _tail(value) -> str:
    if isinstance(value, str):
        # MATLAB matches a prefix ('r', 'le', ...)
        hits = [k for k in ("both", "right", "left") if value and k.startswith(value.lower())]
        hit = _TAILS[hits[0]] if len(hits) == 1 else None
    elif np.size(value) == 1 and not isinstance(value, bool):
        hit = _TAILS.get(int(np.asarray(value).reshape(())) if
                         float(np.asarray(value).reshape(())).is_integer() else None)
    else:
        hit = None
    if hit is None:
        raise CompatValueError(_TAIL_MESSAGE)
    return hit


def _alpha(value) -> float:
    a = np.asarray(value, dtype=np.float64) if not isinstance(value, str) else None
    if a is None or a.size != 1 or not 0 < float(a.reshape(())) < 1:
        raise CompatValueError("ALPHA must be a scalar between 0 and 1.")
    return float(a.reshape(()))


def _options(function: str, args, name_value, ndim: int, names: tuple) -> dict:
    """``alpha, tail, dim`` (and ``vartype``) from the positional older syntax or the
    name-value pairs, which may follow it."""
    args = list(args)
    given = {}
    positional = list(names)
    if args and not isinstance(args[0], str):
        # MATLAB's older syntax: a numeric (or empty) third argument starts it
        while args and positional:
            given[positional.pop(0)] = args.pop(0)
        if args and not isinstance(args[0], str):
            raise CompatValueError(f"{function}: too many input arguments.")
    if len(args) % 2:
        raise CompatValueError("Wrong number of arguments: name-value pairs must come in "
                               "pairs.")
    for name, value in list(zip(args[::2], args[1::2])) + list(name_value.items()):
        key = name.lower() if isinstance(name, str) else None
        if key not in names:
            raise CompatValueError(f"Invalid parameter name: {name}.")
        given[key] = value
    out = {"alpha": 0.05, "tail": "b", "dim": None, "vartype": "equal"}
    for key, value in given.items():
        if _missing(value):
            continue
        if key == "alpha":
            out["alpha"] = _alpha(value)
        elif key == "tail":
            out["tail"] = _tail(value)
        elif key == "dim":
            out["dim"] = matlab_dim(function, value, ndim)
        else:
            v = value.lower() if isinstance(value, str) else None
            hits = [k for k in ("equal", "unequal") if v and k.startswith(v)]
            if len(hits) != 1:
                raise CompatValueError("VARTYPE must be 'equal' or 'unequal'.")
            out["vartype"] = hits[0]
    return out


def _missing(value) -> bool:
    return not isinstance(value, str) and np.size(value) == 0


def _pad(a: np.ndarray, axis: int) -> np.ndarray:
    """``a`` with trailing singleton dimensions up to ``axis``."""
    while a.ndim <= axis:
        a = a[..., None]
    return a


def _finish(result: core.LocationTest, axis: int, nargout: int, *, stats: str):
    """``h``, ``p``, ``ci`` and the statistics (a struct, or ztest's z) by nargout."""
    outs = [_squeeze_back(result.h), _squeeze_back(result.p)]
    if nargout > 2:
        outs.append(_squeeze_back(np.concatenate([result.low, result.high], axis=axis)))
    if nargout > 3:
        if stats == "z":
            outs.append(_squeeze_back(result.stat))
        elif isinstance(stats, dict):
            outs.append(MatlabStruct({k: _squeeze_back(v) for k, v in stats.items()}))
        else:
            outs.append(MatlabStruct(tstat=_squeeze_back(result.stat),
                                     df=_squeeze_back(result.df),
                                     sd=_squeeze_back(result.sd)))
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


def _squeeze_back(v: np.ndarray):
    """MATLAB trims trailing singleton dimensions; a 1-by-1 result is a scalar."""
    v = np.asarray(v)
    while v.ndim > 2 and v.shape[-1] == 1:
        v = v[..., 0]
    if v.size == 1:
        return v.reshape(())[()]
    return v


def _one_sample_args(rest):
    """``(m_or_y, remaining)`` for ttest: the second argument unless it is a parameter
    name."""
    if rest and not isinstance(rest[0], str):
        return rest[0], rest[1:]
    return 0.0, rest


@matlab_function("ttest", nargout=4)
def ttest(x, *args, nargout=1, **name_value):
    """One-sample and paired-sample t-test, as MATLAB's ``ttest``.

    MATLAB call forms::

        h = ttest(x)                           ->  ttest(x)
        h = ttest(x, m)                        ->  ttest(x, 2.5)
        h = ttest(x, y)                        ->  ttest(x, y)           (paired: x - y)
        [h, p, ci, stats] = ttest(x, m, 'Alpha', 0.01, 'Tail', 'right', 'Dim', 2)
            ->  h, p, ci, stats = ttest(x, m, 'Alpha', 0.01, 'Tail', 'right', 'Dim', 2,
                                        nargout=4)
        h = ttest(x, m, alpha, tail, dim)      ->  ttest(x, m, 0.01, 'left', 1)

    Tests the mean of ``x`` (of ``x - y`` for a ``y`` of ``x``'s size) against ``m``
    (default 0) along ``dim`` (default the first non-singleton dimension), NaNs treated
    as missing: ``h`` is 1 when the null hypothesis is rejected at ``alpha`` (0.05),
    ``p`` the p-value, ``ci`` the confidence interval of the mean (two values along
    ``dim``; one side infinite for a one-sided ``'Tail'``), ``stats`` a struct with
    ``tstat``, ``df`` and ``sd``. Differences from ``scipy.stats.ttest_1samp``: NaN is
    missing data here (scipy propagates it by default), the interval and ``h`` come
    back, and MATLAB's output shapes.

    Examples
    --------
    >>> from compat import matlab
    >>> h, p, ci, stats = matlab.ttest([1.2, 3.4, 2.2, 5.1, 0.3], 1, nargout=4)
    >>> float(h), round(float(p), 4), ci.round(4), round(float(stats.tstat), 4)
    (0.0, 0.1623, array([[0.1028, 4.7772]]), 1.7107)
    """
    data = _data(x, "x")
    rest = list(args)
    m, rest = _one_sample_args(rest)
    m = np.asarray(matlab_array(m, "m", complex_ok=False, char="error"), dtype=np.float64)
    if m.size == 0:
        m = np.float64(0.0)
    elif m.size != 1:
        y = _data(m, "y")
        if y.shape != data.shape:
            raise CompatValueError("The data in a paired t-test must be the same size.")
        data, m = data - y, np.float64(0.0)
    opts = _options("ttest", rest, name_value, data.ndim, ("alpha", "tail", "dim"))
    axis = opts["dim"] if opts["dim"] is not None else first_nonsingleton(data.shape) - 1
    data = _pad(data, axis)
    result = core.one_sample_t(data, m.reshape(()), axis=axis, alpha=opts["alpha"],
                               tail=opts["tail"])
    return _finish(result, axis, nargout, stats="t")


@matlab_function("ttest2", nargout=4)
def ttest2(x, y, *args, nargout=1, **name_value):
    """Two-sample t-test, as MATLAB's ``ttest2``.

    MATLAB call forms::

        h = ttest2(x, y)                                  ->  ttest2(x, y)
        [h, p, ci, stats] = ttest2(x, y, 'Vartype', 'unequal')
            ->  h, p, ci, stats = ttest2(x, y, 'Vartype', 'unequal', nargout=4)
        h = ttest2(x, y, alpha, tail, vartype, dim)       ->  ttest2(x, y, 0.01, 'right')

    Tests ``mean(x) = mean(y)`` along ``dim`` (default: the first non-singleton dimension
    of ``x``; two vectors of different orientation are compared as vectors): pooled
    variances (``'Vartype', 'equal'``, the default) or Satterthwaite's approximation
    (``'unequal'``: ``stats.sd`` then holds both standard deviations). ``ci`` is the
    interval of ``mean(x) - mean(y)``. NaNs are missing values. Differences from
    ``scipy.stats.ttest_ind``: the NaN rule, the interval, ``h``, MATLAB's shapes.

    Examples
    --------
    >>> from compat import matlab
    >>> h, p, ci = matlab.ttest2([1, 2, 3, 4, 5], [2, 4, 6, 7, 9, 11], nargout=3)
    >>> float(h), round(float(p), 6), ci.round(4)
    (0.0, 0.057545, array([[-7.1385,  0.1385]]))
    """
    a, b = _data(x, "x"), _data(y, "y")
    # the older positional order is alpha, tail, vartype, dim
    opts = _options("ttest2", args, name_value, max(a.ndim, b.ndim),
                    ("alpha", "tail", "vartype", "dim"))
    if opts["dim"] is None:
        axis = first_nonsingleton(a.shape) - 1 if a.size != 1 else \
            first_nonsingleton(b.shape) - 1
        if _is_vector(a) and _is_vector(b):
            b = b.reshape(-1, 1) if axis == 0 else b.reshape(1, -1)
    else:
        axis = opts["dim"]
    a, b = _pad(a, axis), _pad(b, axis)
    other_a = a.shape[:axis] + a.shape[axis + 1:]
    other_b = b.shape[:axis] + b.shape[axis + 1:]
    if a.ndim != b.ndim or other_a != other_b:
        raise CompatValueError("The data in a 2-sample t-test must be commensurate.")
    result = core.two_sample_t(a, b, axis=axis, alpha=opts["alpha"], tail=opts["tail"],
                               equal_var=opts["vartype"] == "equal")
    return _finish(result, axis, nargout, stats="t")


def _is_vector(a: np.ndarray) -> bool:
    return a.ndim == 2 and 1 in a.shape


@matlab_function("ztest", nargout=4)
def ztest(x, m, sigma, *args, nargout=1, **name_value):
    """z-test of the mean with known standard deviation, as MATLAB's ``ztest``.

    MATLAB call forms::

        h = ztest(x, m, sigma)                          ->  ztest(x, 2, 1.5)
        [h, p, ci, zval] = ztest(x, m, sigma, 'Tail', 'left')
            ->  h, p, ci, zval = ztest(x, m, sigma, 'Tail', 'left', nargout=4)
        h = ztest(x, m, sigma, alpha, tail, dim)        ->  ztest(x, 2, 1.5, 0.01)

    ``zval = (mean(x) - m) / (sigma / sqrt(n))`` along ``dim`` with the normal
    distribution's p-value and interval; NaNs are missing values. ``sigma`` must be a
    positive scalar.

    Examples
    --------
    >>> from compat import matlab
    >>> h, p, ci, z = matlab.ztest([1, 2, 3, 4, 5], 2, 1.5, nargout=4)
    >>> float(h), round(float(p), 4), ci.round(4), round(float(z), 4)
    (0.0, 0.136, array([[1.6852, 4.3148]]), 1.4907)
    """
    data = _data(x, "x")
    mm = np.asarray(matlab_array(m, "m", complex_ok=False, char="error"), dtype=np.float64)
    s = np.asarray(matlab_array(sigma, "sigma", complex_ok=False, char="error"),
                   dtype=np.float64)
    if mm.size != 1:
        raise CompatTypeError("M must be a scalar.")
    if s.size != 1 or not float(s.reshape(())) > 0:
        raise CompatValueError("SIGMA must be a positive scalar.")
    opts = _options("ztest", args, name_value, data.ndim, ("alpha", "tail", "dim"))
    axis = opts["dim"] if opts["dim"] is not None else first_nonsingleton(data.shape) - 1
    data = _pad(data, axis)
    result = core.one_sample_z(data, mm.reshape(()), s.reshape(()), axis=axis,
                               alpha=opts["alpha"], tail=opts["tail"])
    return _finish(result, axis, nargout, stats="z")


@matlab_function("ranksum", nargout=3)
def ranksum(x, y, *args, nargout=1, **name_value):
    """Wilcoxon rank sum test (Mann-Whitney), as MATLAB's ``ranksum``.

    MATLAB call forms::

        p = ranksum(x, y)                          ->  ranksum(x, y)
        [p, h, stats] = ranksum(x, y, 'tail', 'right', 'method', 'exact')
            ->  p, h, stats = ranksum(x, y, 'tail', 'right', 'method', 'exact', nargout=3)
        p = ranksum(x, y, alpha)                   ->  ranksum(x, y, 0.01)

    Note MATLAB's output order: the p-value first. NaNs are removed. The exact
    permutation distribution of the smaller sample's rank sum (mid-ranks for ties) when
    the smaller sample has fewer than 10 values and both fewer than 20 together (or
    'method', 'exact'), else the normal approximation with tie and continuity
    corrections; 'both' doubles the smaller tail. ``stats.ranksum`` is the rank sum of
    ``x``; the approximation adds ``stats.zval``. ``h`` is a logical. Differences from
    ``scipy.stats.mannwhitneyu``: the statistic (rank sum, not U) and MATLAB's rule for
    choosing the exact method.

    Examples
    --------
    >>> from compat import matlab
    >>> x = [0.8, 1.3, 2.1, 2.1, 3.5, 4.0]
    >>> y = [1.1, 2.1, 2.9, 3.3, 5.0, 5.5, 6.2]
    >>> p, h, stats = matlab.ranksum(x, y, nargout=3)
    >>> round(p, 4), h, stats.ranksum
    (0.2308, False, 33.0)
    """
    a = np.asarray(matlab_array(x, "x", complex_ok=False, char="error"), dtype=np.float64)
    b = np.asarray(matlab_array(y, "y", complex_ok=False, char="error"), dtype=np.float64)
    if not (_vector_like(a) and _vector_like(b)):
        raise CompatValueError("RANKSUM requires vector rather than matrix data.")
    a, b = a.reshape(-1), b.reshape(-1)
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if a.size == 0 or b.size == 0:
        raise CompatValueError("No data remaining after removal of NaNs.")
    alpha, tail, method = _rank_options(args, name_value)
    p, stat, z = rank_tests.rank_sum_test(a, b, method=method, tail=tail)
    outs = [float(p), bool(p <= alpha)]
    if nargout > 2:
        outs.append(MatlabStruct(zval=z, ranksum=stat) if z is not None
                    else MatlabStruct(ranksum=stat))
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


def _vector_like(a: np.ndarray) -> bool:
    return a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape)


def _is_vector_pair(a: np.ndarray, b: np.ndarray) -> bool:
    return _is_vector(a) and _is_vector(b)


@matlab_function("vartest", nargout=4)
def vartest(x, v, *args, nargout=1, **name_value):
    """Chi-square variance test, as MATLAB's ``vartest``.

    MATLAB call forms::

        h = vartest(x, v)                              ->  vartest(x, 1.5)
        [h, p, ci, stats] = vartest(x, v, 'Tail', 'right', 'Alpha', 0.1)
            ->  vartest(x, 1.5, 'Tail', 'right', 'Alpha', 0.1, nargout=4)
        h = vartest(x, v, alpha, tail, dim)            ->  vartest(x, 1.5, 0.1, 'left', 1)

    Tests ``var(x) = v`` along ``dim`` with ``chisqstat = (n - 1) var(x) / v`` (NaNs
    missing); ``ci`` the variance's interval, ``stats`` with ``chisqstat`` and ``df``.
    GNU Octave 7.3's vartest reports the lower tail for ``'right'``; this is MATLAB's
    upper tail.

    Examples
    --------
    >>> from compat import matlab
    >>> h, p, ci, stats = matlab.vartest([1.2, 3.4, 2.2, 5.1, 0.3, 2.8], 1.5, nargout=4)
    >>> float(h), round(float(p), 4), ci.round(4), round(float(stats.chisqstat), 4)
    (0.0, 0.1801, array([[ 1.1128, 17.1797]]), 9.52)
    """
    data = _data(x, "x")
    vv = np.asarray(matlab_array(v, "v", complex_ok=False, char="error"), dtype=float)
    if vv.size != 1 or not float(vv.reshape(())) >= 0:
        raise CompatValueError("V must be a non-negative scalar.")
    opts = _options("vartest", list(args), name_value, data.ndim, ("alpha", "tail", "dim"))
    axis = opts["dim"] if opts["dim"] is not None else first_nonsingleton(data.shape) - 1
    data = _pad(data, axis)
    result = core.variance_test(data, float(vv.reshape(())), axis=axis,
                                alpha=opts["alpha"], tail=opts["tail"])
    return _finish(result, axis, nargout,
                   stats={"chisqstat": result.stat, "df": result.df})


@matlab_function("vartest2", nargout=4)
def vartest2(x, y, *args, nargout=1, **name_value):
    """Two-sample F test for equal variances, as MATLAB's ``vartest2``.

    MATLAB call forms::

        h = vartest2(x, y)                              ->  vartest2(x, y)
        [h, p, ci, stats] = vartest2(x, y, 'Tail', 'left')
            ->  vartest2(x, y, 'Tail', 'left', nargout=4)
        h = vartest2(x, y, alpha, tail, dim)            ->  vartest2(x, y, 0.01)

    ``fstat = var(x) / var(y)`` with ``nx - 1`` and ``ny - 1`` degrees of freedom along
    ``dim`` (two vectors compared whatever their orientation), NaNs missing; ``ci`` the
    interval of the variance ratio; ``stats`` with ``fstat``, ``df1``, ``df2``.

    Examples
    --------
    >>> from compat import matlab
    >>> h, p = matlab.vartest2([1.2, 3.4, 2.2, 5.1, 0.3, 2.8],
    ...                        [2, 2.5, 3.1, 2.2, 2.9, 3.3], nargout=2)
    >>> float(h), round(float(p), 6)
    (1.0, 0.021072)
    """
    a, b = _data(x, "x"), _data(y, "y")
    opts = _options("vartest2", list(args), name_value, max(a.ndim, b.ndim),
                    ("alpha", "tail", "dim"))
    if opts["dim"] is None:
        axis = first_nonsingleton(a.shape) - 1 if a.size != 1 else \
            first_nonsingleton(b.shape) - 1
        if _is_vector_pair(a, b):
            b = b.reshape(-1, 1) if axis == 0 else b.reshape(1, -1)
    else:
        axis = opts["dim"]
    a, b = _pad(a, axis), _pad(b, axis)
    if a.ndim != b.ndim or a.shape[:axis] + a.shape[axis + 1:] != \
            b.shape[:axis] + b.shape[axis + 1:]:
        raise CompatValueError("The data in a 2-sample F test must be commensurate.")
    result, df2 = core.variance_ratio_test(a, b, axis=axis, alpha=opts["alpha"],
                                           tail=opts["tail"])
    return _finish(result, axis, nargout,
                   stats={"fstat": result.stat, "df1": result.df, "df2": df2})

def _rank_options(args, name_value):
    """``(alpha, tail, method)`` of ranksum/signrank: a positional alpha, then the
    name-value pairs 'alpha', 'method', 'tail'."""
    args = list(args)
    alpha = 0.05
    if args and not isinstance(args[0], str):
        alpha = args.pop(0)
    if len(args) % 2:
        raise CompatValueError("Wrong number of arguments: name-value pairs must come in "
                               "pairs.")
    opts = {"alpha": alpha, "method": None, "tail": "both"}
    for name, value in list(zip(args[::2], args[1::2])) + list(name_value.items()):
        key = name.lower() if isinstance(name, str) else ""
        hits = [k for k in opts if key and k.startswith(key)]
        if len(hits) != 1:
            raise CompatValueError(f"Invalid parameter name: {name}.")
        opts[hits[0]] = value
    tail = {"b": "both", "r": "right", "l": "left"}[_tail(opts["tail"])]
    method = opts["method"]
    if method is not None and not (isinstance(method, str) and method == ""):
        key = method.lower() if isinstance(method, str) else ""
        hits = [m for m in ("exact", "approximate") if key and m.startswith(key)]
        if len(hits) != 1:
            raise CompatValueError("METHOD must be 'exact' or 'approximate'.")
        method = hits[0]
    else:
        method = None
    return _alpha(opts["alpha"]), tail, method


@matlab_function("signrank", nargout=3)
def signrank(x, y=None, *args, nargout=1, **name_value):
    """Wilcoxon signed rank test, as MATLAB's ``signrank``.

    MATLAB call forms::

        p = signrank(x)                          ->  signrank(x)
        p = signrank(x, m)                       ->  signrank(x, 2.5)
        [p, h, stats] = signrank(x, y, 'tail', 'left')
            ->  p, h, stats = signrank(x, y, 'tail', 'left', nargout=3)
        p = signrank(x, y, alpha)                ->  signrank(x, y, 0.01)

    The test of a zero median of ``x`` (of ``x - m``, or of the paired ``x - y``): zero
    differences dropped (within ``eps(x) + eps(y)`` for pairs), NaNs removed, the exact
    distribution for ``n <= 15`` nonzero differences (or 'method', 'exact'), else the
    normal approximation with tie correction (no continuity correction for 'both'). Note
    MATLAB's output order, p first; ``stats.signedrank`` is the rank sum of the positive
    differences (``stats.zval`` added by the approximation); ``h`` logical. Differences
    from ``scipy.stats.wilcoxon``: its statistic is the smaller rank sum and its
    continuity correction and method choice differ.

    Examples
    --------
    >>> from compat import matlab
    >>> p, h, stats = matlab.signrank([1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06,
    ...                                1.30], 1.0, nargout=3)
    >>> round(p, 4), h, stats.signedrank
    (0.0117, True, 43.0)
    """
    a = np.asarray(matlab_array(x, "x", complex_ok=False, char="error"), dtype=np.float64)
    one_sample = y is None or (not isinstance(y, str) and np.size(y) == 0)
    if isinstance(y, str):
        args, y, one_sample = (y, *args), None, True
    b = np.zeros_like(a) if one_sample else \
        np.asarray(matlab_array(y, "y", complex_ok=False, char="error"), dtype=np.float64)
    if not one_sample and b.size == 1:
        b = np.full_like(a, float(b.reshape(())))
    if not (_vector_like(a) and _vector_like(b)):
        raise CompatValueError("SIGNRANK requires vector rather than matrix data.")
    if a.size != b.size:
        raise CompatValueError("SIGNRANK requires the data vectors to have the same number "
                               "of elements.")
    a, b = a.reshape(-1), b.reshape(-1)
    d = a - b
    tolerance = np.zeros_like(d) if one_sample else np.spacing(np.abs(a)) + \
        np.spacing(np.abs(b))
    keep = ~np.isnan(d)
    alpha, tail, method = _rank_options(args, name_value)
    p, w, z = rank_tests.signed_rank_test(d[keep], tolerance[keep], method=method,
                                          tail=tail)
    outs = [float(p), bool(p <= alpha)]
    if nargout > 2:
        outs.append(MatlabStruct(zval=z, signedrank=w) if z is not None
                    else MatlabStruct(signedrank=w))
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


@matlab_function("signtest", nargout=3)
def signtest(x, y=None, *args, nargout=1, **name_value):
    """Sign test for a zero median, as MATLAB's ``signtest``.

    MATLAB call forms::

        p = signtest(x)                          ->  signtest(x)
        p = signtest(x, m)                       ->  signtest(x, 2.5)
        p = signtest(x, y)                       ->  signtest(x, y)
        [p, h, stats] = signtest(x, y, 'Tail', 'left', 'Method', 'approximate')
            ->  p, h, stats = signtest(x, y, 'Tail', 'left', 'Method', 'approximate',
                                       nargout=3)
        p = signtest(x, m, alpha)                ->  signtest(x, 0, 0.01)

    The test that ``x`` (``x - m``, or the paired ``x - y``) has a zero median, from the
    numbers ``npos`` and ``nneg`` of positive and negative differences; differences
    that are zero or NaN are omitted (MATLAB's page). ``'Method'``: ``'exact'`` (the
    binomial(n, 1/2) tails, the default for fewer than 100 nonzero differences) or
    ``'approximate'`` (the normal approximation with a continuity correction of one
    count difference, see :mod:`compat._core.rank_tests`); ``'Tail'``: ``'both'``,
    ``'right'`` (median above m), ``'left'``; ``'Alpha'`` (default 0.05). Note MATLAB's
    output order, p first; ``h`` is logical, ``p <= alpha`` (MATLAB's signtest.m, quoted
    in MATLAB Answers 490591; Octave 7.3's statistics 1.5.3 uses ``p < alpha``);
    ``stats`` has ``zval`` (NaN for the exact method) and ``sign`` (``npos``, the
    number of positive differences, whatever the tail: the reference page prints
    ``sign: 17`` for 17 positive and 8 negative values). No nonzero difference gives
    ``p = 1``. Differences from ``scipy.stats.binomtest``: its two-sided p sums the
    outcomes no more likely than the observed one rather than doubling a tail, and it
    has no normal approximation.

    Examples
    --------
    >>> from compat import matlab
    >>> p, h, stats = matlab.signtest([-2, -1, 0, 2, 1, 3, 1], 0, nargout=3)
    >>> p, h, stats.sign                       # 2 binocdf(2, 6, 1/2)
    (0.6875, False, 4.0)
    >>> round(matlab.signtest([-2, -1, 0, 2, 1, 3, 1], 'method', 'approximate'), 6)
    0.683091
    """
    a = np.asarray(matlab_array(x, "x", complex_ok=False, char="error"), dtype=np.float64)
    one_sample = y is None or (not isinstance(y, str) and np.size(y) == 0)
    if isinstance(y, str):
        args, y, one_sample = (y, *args), None, True
    if not _vector_like(a):
        raise CompatValueError("SIGNTEST requires vector rather than matrix data.")
    b = np.zeros_like(a) if one_sample else \
        np.asarray(matlab_array(y, "y", complex_ok=False, char="error"), dtype=np.float64)
    if not one_sample and b.size == 1:
        b = np.full_like(a, float(b.reshape(())))
    if not _vector_like(b):
        raise CompatValueError("SIGNTEST requires vector rather than matrix data.")
    if a.size != b.size:
        raise CompatValueError("SIGNTEST requires the data vectors to have the same number "
                               "of elements.")
    alpha, tail, method = _rank_options(args, name_value)
    p, npos, z = rank_tests.sign_test(a.reshape(-1) - b.reshape(-1), method=method,
                                      tail=tail)
    outs = [float(p), bool(p <= alpha)]
    if nargout > 2:
        outs.append(MatlabStruct(zval=z, sign=float(npos)))
    return outs[0] if nargout == 1 else tuple(outs[:nargout])
