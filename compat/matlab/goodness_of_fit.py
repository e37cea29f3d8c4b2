"""MATLAB's distribution tests (Statistics and Machine Learning Toolbox): the
Kolmogorov-Smirnov tests ``kstest`` and ``kstest2`` and the runs test ``runstest`` (over
:mod:`compat._core.runs_test`; golden suite ``matlab/runs_test``).

The legacy layer of the family: the name-value options ('Alpha', 'CDF', 'Tail') and
the older positional forms (``kstest(x, CDF, alpha, tail)``, ``kstest2(x1, x2, alpha,
tail)``), tails by name ('unequal', 'larger', 'smaller') or as 0/1/-1, NaN ignored, the
outputs ``[h, p, ksstat, cv]`` by ``nargout``, over :mod:`compat._core.goodness_of_fit`,
whose docstring states MATLAB's statistics and p-values. Checked against MATLAB's
kstest.m/kstest2.m steps evaluated in GNU Octave 7.3 (golden suite
``matlab/goodness_of_fit``).
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

from compat._core import goodness_of_fit as core
from compat._core.args import prefix_matches
from compat._core import runs_test as runs
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.struct import MatlabStruct

__all__ = ["kstest", "kstest2", "runstest"]

_TAILS = {"unequal": 0, "larger": 1, "smaller": -1}


def _vector(value, name):
    a = np.asarray(matlab_array(value, name, complex_ok=False, char="error"),
                   dtype=np.float64)
    if a.ndim > 1 and sum(d > 1 for d in a.shape) > 1:
        raise CompatValueError(f"{name} must be a vector.")
    return a.reshape(-1)


def _tail(value):
    if isinstance(value, str):
        found = prefix_matches(value, list(_TAILS))
        if len(found) != 1:
            raise CompatValueError("TAIL must be 'unequal', 'larger', or 'smaller'.")
        return _TAILS[found[0]]
    t = np.asarray(value).reshape(-1)
    if t.size != 1 or t[0] not in (-1, 0, 1):
        raise CompatValueError("TAIL must be 'unequal', 'larger', or 'smaller'.")
    return int(t[0])


def _alpha(value):
    a = np.asarray(value, dtype=np.float64).reshape(-1)
    if a.size != 1 or not (0 < a[0] < 1):
        raise CompatValueError("Significance level ALPHA must be a scalar between 0 and 1.")
    return float(a[0])


def _options(args, names):
    """Name-value pairs or the old positional form (numbers / arrays first)."""
    opts = {}
    args = list(args)
    if args and not isinstance(args[0], str):
        positional = ["cdf", "alpha", "tail"] if "cdf" in names else ["alpha", "tail"]
        for key, value in zip(positional, args):
            if value is not None and not (isinstance(value, (list, np.ndarray)) and
                                          np.size(value) == 0):
                opts[key] = value
        if len(args) > len(positional):
            raise CompatValueError("Too many input arguments.")
        return opts
    if len(args) % 2:
        raise CompatValueError("Wrong number of arguments.")
    for name, value in zip(args[::2], args[1::2]):
        found = prefix_matches(str(name), names)
        if len(found) != 1:
            raise CompatValueError(f"Invalid parameter name: {name}.")
        opts[found[0]] = value
    return opts


def _null_cdf(cdf):
    """The hypothesised cdf at the sample's distinct values (kstest.m's rules)."""
    if cdf is None:
        return lambda v: 0.5 * sp.erfc(-v / np.sqrt(2))      # normcdf(x, 0, 1)
    if callable(cdf):
        return lambda v: np.asarray(cdf(v), dtype=np.float64).reshape(-1)
    table = np.asarray(cdf, dtype=np.float64)
    if table.ndim != 2 or table.shape[1] != 2:
        raise CompatValueError("Hypothesized CDF matrix must have 2 columns.")
    table = table[~np.isnan(table.sum(axis=1))]
    order = np.argsort(table[:, 0], kind="stable")
    xs, ys = table[order, 0], table[order, 1]
    if np.any(np.diff(ys) < 0):
        raise CompatValueError("CDF must define an increasing function of X.")
    dups = np.flatnonzero(np.diff(xs) == 0)
    if dups.size and not np.all(np.diff(ys)[dups] == 0):
        raise CompatValueError("CDF must not have duplicate X values.")
    xs, ys = np.delete(xs, dups), np.delete(ys, dups)

    def at(v):
        if v.size == xs.size and np.array_equal(v, xs):
            return ys
        if v[0] < xs[0] or v[-1] > xs[-1]:
            raise CompatValueError("Hypothesized CDF matrix must span the observations "
                                   "interval in X.")
        return np.interp(v, xs, ys)
    return at


@matlab_function("kstest", nargout=4)
def kstest(x, *args, nargout=1):
    """One-sample Kolmogorov-Smirnov test, as MATLAB's ``kstest``.

    MATLAB call forms::

        h = kstest(x)                                ->  kstest(x)   (standard normal)
        [h, p, ksstat, cv] = kstest(x, 'CDF', [xs F], 'Alpha', 0.01, 'Tail', 'larger')
            ->  kstest(x, 'CDF', table, 'Alpha', 0.01, 'Tail', 'larger', nargout=4)
        [h, p] = kstest(x, CDF, alpha, tail)         (the older positional form)

    ``CDF`` is MATLAB's two-column table ``[x, F(x)]`` (interpolated linearly at the
    data) or, for a probability distribution object, a Python callable returning the
    cdf. ``h`` is true when ``p < alpha``; ``p`` is exact for the two-sided test
    (Marsaglia-Tsang-Wang, as MATLAB) and the Birnbaum-Tingey sum one-sided; ``cv`` is
    MATLAB's critical value (Miller's table or approximation; NaN outside its range).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> h, p, k = matlab.kstest([-1.2, -0.4, 0.1, 0.5, 1.3], nargout=3)
    >>> bool(h), round(p, 6), round(k, 6)
    (False, 0.982882, 0.144578)
    """
    data = _vector(x, "X")
    opts = _options(args, ["alpha", "cdf", "tail"])
    alpha = _alpha(opts["alpha"]) if "alpha" in opts else 0.05
    tail = _tail(opts["tail"]) if "tail" in opts else 0
    if np.all(np.isnan(data)):
        raise CompatValueError("Sample vector X must have at least 1 valid observation.")
    d, p, n = core.one_sample(data, _null_cdf(opts.get("cdf")), tail)
    outs = [np.bool_(p < alpha), p, d, core.critical_value(n, alpha, tail)]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


@matlab_function("kstest2", nargout=3)
def kstest2(x1, x2, *args, nargout=1):
    """Two-sample Kolmogorov-Smirnov test, as MATLAB's ``kstest2``.

    MATLAB call forms::

        h = kstest2(x1, x2)                          ->  kstest2(x1, x2)
        [h, p, ks2stat] = kstest2(x1, x2, 'Alpha', 0.01, 'Tail', 'smaller')
            ->  kstest2(x1, x2, 'Alpha', 0.01, 'Tail', 'smaller', nargout=3)
        [h, p] = kstest2(x1, x2, alpha, tail)        (the older positional form)

    The statistic on the pooled sorted values; MATLAB's asymptotic p-value (the
    Kolmogorov series with the ``sqrt(ne) + 0.12 + 0.11/sqrt(ne)`` correction); ``h`` is
    true when ``alpha >= p``. ``scipy.stats.ks_2samp`` uses the exact distribution for
    small samples by default.

    Examples
    --------
    >>> from compat import matlab
    >>> h, p, k = matlab.kstest2([1.0, 2, 3, 4, 5], [3.5, 4.5, 5.5, 6.5, 7.5], nargout=3)
    >>> bool(h), round(p, 6), round(k, 12)
    (False, 0.208985, 0.6)
    """
    a, b = _vector(x1, "X1"), _vector(x2, "X2")
    opts = _options(args, ["alpha", "tail"])
    alpha = _alpha(opts["alpha"]) if "alpha" in opts else 0.05
    tail = _tail(opts["tail"]) if "tail" in opts else 0
    for name, v in (("X1", a), ("X2", b)):
        if np.all(np.isnan(v)):
            raise CompatValueError(f"Sample vector {name} has no valid observations.")
    d, p = core.two_sample(a, b, tail)
    outs = [np.bool_(alpha >= p), p, d]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


def _choice(value, options, label):
    found = prefix_matches(value, options) if isinstance(value, str) else []
    if len(found) != 1:
        raise CompatValueError(f"runstest: {label} must be " +
                               ", ".join(f"'{o}'" for o in options[:-1]) +
                               f" or '{options[-1]}'.")
    return found[0]


@matlab_function("runstest", nargout=3)
def runstest(x, v=None, *args, nargout=1, **name_value):
    """Run test for randomness, as MATLAB's ``runstest``.

    MATLAB call forms::

        h = runstest(x)                       ->  runstest(x)     (runs about mean(x))
        h = runstest(x, v)                    ->  runstest(x, v)
        h = runstest(x, 'ud')                 ->  runstest(x, 'ud')   (runs up and down)
        [h, p, stats] = runstest(x, v, 'Method', 'approximate', 'Tail', 'left', 'Alpha', a)
            ->  runstest(x, v, 'Method', 'approximate', 'Tail', 'left', 'Alpha', a,
                         nargout=3)

    NaN values are missing; values equal to ``v`` (or to the preceding value for 'ud')
    are dropped, as the reference page says. ``v`` defaults to the mean of ``x`` (the
    page: 'the number of runs of consecutive values above or below the mean of x'; pass
    ``[]`` or None for it). 'Method': 'exact' (the default, except for runs up and down
    of more than 50 values) computes the exact distribution of the number of runs
    (Wald-Wolfowitz counts, or the up-and-down recurrence), 'approximate' the normal
    approximation of the continuity-corrected ``stats.z``; 'Tail' 'both' (default),
    'left' (too few runs: trend or clustering) or 'right' (too many: oscillation);
    ``h`` is true when ``p <= alpha`` (default 0.05). ``stats`` holds ``nruns``, ``n1``
    and ``n0`` (values above/below ``v``; for 'ud' the up and down steps) and ``z``.
    The page example ``runstest(x, median(x))`` on the default stream's ``randn(40,1)``
    gives its printed ``p = 0.8762``. ``statsmodels``' runstest_1samp uses the normal
    approximation only.

    Not published by MathWorks, followed from GNU Octave's statistics package (whose
    newer runstest follows MATLAB's interface): ``n1``/``n0`` for 'ud', ``h`` at ``p ==
    alpha``, and 'exact' requested for more than 50 up/down values (a warning, then the
    approximation). Errors are compat's wording.

    Examples
    --------
    >>> from compat import matlab
    >>> h, p, st = matlab.runstest([45, -60, 1.225, 55.4, -9, 27], nargout=3)
    >>> bool(h), round(p, 12), st.nruns, st.n1, st.n0
    (False, 0.6, 5.0, 3.0, 3.0)
    """
    a = np.asarray(matlab_array(x, "X", complex_ok=False, char="error"), dtype=np.float64)
    if a.ndim > 1 and sum(d > 1 for d in a.shape) > 1:
        raise CompatValueError("runstest: X must be a vector.")
    a = a.reshape(-1)
    a = a[~np.isnan(a)]
    if isinstance(v, str):
        if v.lower() != "ud":
            raise CompatValueError("runstest: V must be a scalar or 'ud'.")
        ref = "ud"
    elif v is None or np.size(v) == 0:
        ref = float(np.mean(a)) if a.size else float("nan")
    else:
        vv = np.asarray(matlab_array(v, "V", complex_ok=False, char="error"),
                        dtype=np.float64).reshape(-1)
        if vv.size != 1:
            raise CompatValueError("runstest: V must be a scalar or 'ud'.")
        ref = float(vv[0])
    if len(args) % 2:
        raise CompatValueError("runstest: name-value arguments must come in pairs.")
    opts = {}
    for name, value in list(zip(args[::2], args[1::2])) + list(name_value.items()):
        found = prefix_matches(str(name), ["alpha", "method", "tail"])
        if len(found) != 1 or not isinstance(name, str):
            raise CompatValueError(f"runstest: invalid parameter name: {name}.")
        opts[found[0]] = value
    alpha = 0.05
    if "alpha" in opts:
        al = np.asarray(opts["alpha"], dtype=np.float64).reshape(-1)
        if al.size != 1 or not (0 < al[0] < 1):
            raise CompatValueError("runstest: ALPHA must be a scalar between 0 and 1.")
        alpha = float(al[0])
    method = (_choice(opts["method"], ["exact", "approximate"], "METHOD")
              if "method" in opts else None)
    tail = _choice(opts["tail"], ["both", "right", "left"], "TAIL") if "tail" in opts \
        else "both"
    if method == "exact" and ref == "ud":
        kept = 1 + int(np.count_nonzero(np.diff(a)))
        if kept > 50:
            legacy_warn("the exact method is not available for runs up and down of more "
                        "than 50 values; using the normal approximation.")
            method = "approximate"
    res = runs.runs_test(a, ref, method=method, tail=tail)
    stats = MatlabStruct(nruns=res["nruns"], n1=float(res["n1"]), n0=float(res["n0"]),
                         z=res["z"])
    outs = [np.bool_(res["p"] <= alpha), res["p"], stats]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])
