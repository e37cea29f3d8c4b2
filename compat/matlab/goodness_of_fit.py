"""MATLAB's distribution tests (Statistics and Machine Learning Toolbox): the
Kolmogorov-Smirnov tests ``kstest`` and ``kstest2``, the runs test ``runstest`` (over
:mod:`compat._core.runs_test`; golden suite ``matlab/runs_test``) and the chi-square
goodness-of-fit test ``chi2gof`` (over :mod:`compat._core.chi_square_gof`; golden suite
``matlab/chi_square_gof``) and the Jarque-Bera test ``jbtest`` (over
:mod:`compat._core.normality_tests`; golden suite ``matlab/jarque_bera``).

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

from compat._core import goodness_of_fit as core
from compat._core.args import by_value, prefix_matches
from compat._core import chi_square_gof as chi2core
from compat._core import normal_distribution as normal
from compat._core import normality_tests
from compat._core import runs_test as runs
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.struct import MatlabStruct

__all__ = ["kstest", "kstest2", "runstest", "chi2gof", "jbtest"]

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


def _alpha(value, routine=None):
    """The significance level, a scalar in (0, 1); ``routine`` names the message."""
    a = np.asarray(value, dtype=np.float64).reshape(-1)
    if a.size != 1 or not (0 < a[0] < 1):
        raise CompatValueError(f"{routine}: ALPHA must be a scalar between 0 and 1."
                               if routine else
                               "Significance level ALPHA must be a scalar between 0 and 1.")
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
        return normal.standard_cdf                    # normcdf(x, 0, 1)
    if callable(cdf):
        cdf = by_value(cdf)                           # x by value, as MATLAB
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
    alpha = _alpha(opts["alpha"], "runstest") if "alpha" in opts else 0.05
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


_CHI2_NAMES = ["nbins", "ctrs", "edges", "cdf", "expected", "nparams", "emin",
               "frequency", "alpha"]


def _chi2_count(value, label, minimum):
    v = np.asarray(value, dtype=np.float64).reshape(-1) if not isinstance(value, str) \
        else np.array([np.nan])
    if v.size != 1 or not (v[0] >= minimum and float(v[0]).is_integer()):
        raise CompatValueError(f"chi2gof: {label} must be a nonnegative integer"
                               if minimum == 0 else
                               f"chi2gof: {label} must be a positive integer.")
    return int(v[0])


@matlab_function("chi2gof", nargout=3)
def chi2gof(x, *args, nargout=1, **name_value):
    """Chi-square goodness-of-fit test, as MATLAB's ``chi2gof``.

    MATLAB call forms::

        h = chi2gof(x)                        ->  chi2gof(x)   (normal, mean/std fitted)
        [h, p, stats] = chi2gof(x, 'NBins', 6, 'CDF', {@normcdf, 0, 1}, 'EMin', 3)
            ->  chi2gof(x, 'NBins', 6, 'CDF', [normcdf, 0, 1], 'EMin', 3, nargout=3)
        [h, p] = chi2gof(bins, 'Ctrs', bins, 'Frequency', obs, 'Expected', e, 'NParams', 1)

    Options (name-value, names case-insensitive and abbreviable): 'NBins' (default 10),
    'Ctrs' or 'Edges' (at most one of the three); 'CDF' a callable ``F(x)``, or a list
    ``[F, p1, p2, ...]`` (MATLAB's cell ``{@cdf, p1, ...}``, ``F(x, p1, ...)``), or
    'Expected' counts (not both); 'NParams' (default: the number of listed CDF
    parameters, 2 for the default fitted normal, else 0), 'EMin' (default 5),
    'Frequency', 'Alpha' (default 0.05). ``h`` is true when ``p <= alpha``; ``stats``
    holds ``chi2stat``, ``df``, ``edges``, ``O`` and ``E`` (after pooling the tail bins
    whose expected counts are below EMin). With ``df <= 0``, ``p`` is NaN and ``df`` 0.
    ``scipy.stats.chisquare`` takes counts only: no binning, pooling or fitted normal.
    Probability distribution objects are passed as callables. Errors are compat's
    wording. With 'Frequency' and the default fitted normal, sigma is
    ``sqrt(sum((x.*freq - mu).^2)/(sum(freq) - 1))`` as GNU Octave's port of chi2gof.m
    computes it (not a frequency-weighted standard deviation; MATLAB's page is silent).
    A handle with parameters inside it (MATLAB's ``@(z) normcdf(z, 0, 1)``) is any
    Python callable here.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> bins = np.arange(6.0)
    >>> obs = [15, 35, 20, 18, 8, 4]
    >>> n = sum(obs)
    >>> lam = float(np.dot(bins, obs)) / n
    >>> from scipy.stats import poisson
    >>> expected = n * poisson.pmf(bins, lam)
    >>> h, p, st = matlab.chi2gof(bins, 'Ctrs', bins, 'Frequency', obs,
    ...                           'Expected', expected, 'NParams', 1, nargout=3)
    >>> bool(h), round(p, 4), st.df
    (False, 0.3287, 3.0)
    """
    data = _vector(x, "X")
    if len(args) % 2:
        raise CompatValueError("chi2gof: name-value arguments must come in pairs.")
    opts = {}
    for name, value in list(zip(args[::2], args[1::2])) + list(name_value.items()):
        found = prefix_matches(str(name), _CHI2_NAMES) if isinstance(name, str) else []
        if len(found) != 1:
            raise CompatValueError(f"chi2gof: invalid parameter name: {name}.")
        opts[found[0]] = value
    if sum(k in opts for k in ("nbins", "ctrs", "edges")) > 1:
        raise CompatValueError("chi2gof: specify at most one of NBins, Ctrs and Edges.")
    if "cdf" in opts and "expected" in opts:
        raise CompatValueError("chi2gof: specify CDF or Expected, not both.")
    freq = np.ones_like(data)
    if "frequency" in opts:
        freq = _vector(opts["frequency"], "Frequency")
        if freq.size != data.size:
            raise CompatValueError("chi2gof: X and Frequency must have the same length.")
        if np.any(freq < 0):
            raise CompatValueError("chi2gof: Frequency must not be negative.")
    emin = _chi2_count(opts["emin"], "EMin", 0) if "emin" in opts else 5
    nparams = _chi2_count(opts["nparams"], "NParams", 0) if "nparams" in opts else None
    alpha = _alpha(opts["alpha"], "chi2gof") if "alpha" in opts else 0.05
    expected = _vector(opts["expected"], "Expected") if "expected" in opts else None
    drop = np.isnan(data) | np.isnan(freq)
    data, freq = data[~drop], freq[~drop]
    if "ctrs" in opts:
        observed, edges = chi2core.bin_counts(data, freq,
                                              ctrs=_vector(opts["ctrs"], "Ctrs"))
    elif "edges" in opts:
        observed, edges = chi2core.bin_counts(data, freq,
                                              edges=_vector(opts["edges"], "Edges"))
    else:
        nbins = (_chi2_count(opts["nbins"], "NBins", 1) if "nbins" in opts else
                 expected.size if expected is not None else 10)
        observed, edges = chi2core.bin_counts(data, freq, nbins=nbins)
    if expected is not None:
        if expected.size != observed.size:
            raise CompatValueError("chi2gof: the Expected counts vector has the wrong "
                                   "size.")
        if np.any(expected < 0):
            raise CompatValueError("chi2gof: the Expected counts must not be negative.")
        nparams = 0 if nparams is None else nparams
    else:
        cdf = opts.get("cdf")
        if cdf is None:
            total = float(np.sum(freq))
            mu = float(np.sum(data * freq)) / total
            sigma = float(np.sqrt(np.sum((data * freq - mu) ** 2) / (total - 1)))
            # chi2gof.m's default: @normcdf with the sample's mean and std
            func, params = (lambda v, m, s: normal.cdf(v, m, s, np.dtype(np.float64))), \
                [mu, sigma]
            nparams = 2 if nparams is None else nparams
        elif callable(cdf):
            func, params = cdf, []
            nparams = 0 if nparams is None else nparams
        elif isinstance(cdf, (list, tuple)) and cdf and callable(cdf[0]):
            func, params = cdf[0], list(cdf[1:])
            nparams = len(params) if nparams is None else nparams
        else:
            raise CompatValueError("chi2gof: CDF must be a callable or a list [callable, "
                                   "parameters...].")
        f = np.asarray(by_value(func)(edges[1:-1], *params),    # by value: a view of edges
                       dtype=np.float64).reshape(-1)
        if f.size != observed.size - 1:
            raise CompatValueError("chi2gof: the CDF returned the wrong number of values.")
        expected = float(np.sum(observed)) * np.diff(np.concatenate([[0.0], f, [1.0]]))
    if np.any(expected < emin):
        expected, observed, edges = chi2core.pool_bins(expected, observed, edges, emin)
    res = chi2core.chi_square_test(observed, expected, nparams, alpha)
    stats = MatlabStruct(chi2stat=res["chi2stat"], df=float(res["df"]),
                         edges=edges.reshape(1, -1), O=observed.reshape(1, -1),
                         E=np.asarray(expected, dtype=np.float64).reshape(1, -1))
    outs = [np.bool_(res["h"]), res["p"], stats]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


@matlab_function("jbtest", nargout=4)
def jbtest(x, alpha=None, mctol=None, *, nargout=1):
    """Jarque-Bera test of composite normality, as MATLAB's ``jbtest`` -- the statistic
    exactly, the p-value and critical value from the chi-square limit (see below).

    MATLAB call forms::

        h = jbtest(x)                         ->  jbtest(x)
        [h, p, jbstat, critval] = jbtest(x, alpha)
            ->  jbtest(x, alpha, nargout=4)

    ``jbstat = n/6 (s^2 + (k - 3)^2/4)`` with the biased sample skewness ``s`` and
    kurtosis ``k`` (the reference page's formula), NaN values removed. MATLAB's ``p``
    and ``critval`` for ``n <= 2000`` interpolate a table of Monte-Carlo critical values
    that MathWorks does not publish (the page: 'a table of critical values computed
    using Monte-Carlo simulation for sample sizes less than 2000 and significance
    levels between 0.001 and 0.50'), clamping ``p`` to that range; compat does not have
    the table and returns the chi-square(2) limit the page names for larger samples:
    ``p = exp(-jbstat/2)``, ``critval = -2 log(alpha)`` (unclamped), ``h = jbstat >
    critval``. For ``n <= 2000`` these are NOT MATLAB's values (the limit is
    conservative for small samples: MATLAB's critical value at n = 20, alpha = 0.05 is
    below 5.99), so compat warns (CompatWarning) whenever it returns them there.
    ``mctol`` (MATLAB's Monte-Carlo p-value, drawn from MATLAB's random stream by an
    unpublished simulation) is not supported. ``scipy.stats.jarque_bera`` gives the same
    statistic and the chi-square p-value.

    Errors (compat's wording): X not a vector, fewer than 2 values, alpha outside
    (0, 1), mctol given.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> x = np.random.default_rng(0).normal(size=3000)
    >>> h, p, jb, cv = matlab.jbtest(x, 0.05, nargout=4)
    >>> bool(h), round(cv, 4)
    (False, 5.9915)
    """
    a = np.asarray(matlab_array(x, "X", complex_ok=False, char="error"), dtype=np.float64)
    if a.ndim > 1 and sum(d > 1 for d in a.shape) > 1:
        raise CompatValueError("jbtest: X must be a vector.")
    a = a.reshape(-1)
    a = a[~np.isnan(a)]
    if a.size < 2:
        raise CompatValueError("jbtest: X must have at least two non-NaN values.")
    if alpha is None or (not isinstance(alpha, str) and np.size(alpha) == 0):
        level = 0.05
    else:
        level = _alpha(alpha, "jbtest")
    if mctol is not None and np.size(mctol) > 0:
        raise CompatValueError("jbtest: MCTOL (MATLAB's Monte-Carlo p-value) is not "
                               "supported by compat.")
    jb = normality_tests.jarque_bera(a)
    p, crit = normality_tests.chi2_limit(jb, level)
    if a.size <= 2000:
        legacy_warn(f"p, critval and h from the chi-square(2) limit for n = {a.size}; "
                    "MATLAB interpolates its unpublished Monte-Carlo table for n <= 2000 "
                    "and returns other values.")
    outs = [np.bool_(jb > crit), p, jb, crit]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])
