"""MATLAB's measures of spread and standardisation (Statistics and Machine Learning
Toolbox): ``zscore``, ``range``, ``iqr``, ``mad``.

The legacy layer of the family, each routine written as MATLAB's page defines it over
compat's own MATLAB reductions (one implementation of each rule):

* ``zscore``: ``(X - mean(X)) ./ std(X, flag)`` with a zero standard deviation
  replaced by 1 (a constant slice gives zeros), ``[Z, mu, sigma]``;
* ``range``: ``max(X) - min(X)`` (NaN values ignored, as max and min ignore them);
* ``iqr``: ``prctile(X, 75) - prctile(X, 25)`` with MATLAB's prctile (Hyndman & Fan
  definition 5, NaN ignored);
* ``mad``: ``mean(abs(X - mean(X)))`` (flag 0, the default) or ``median(abs(X -
  median(X)))`` (flag 1), NaN values treated as missing.

Each works along the first non-singleton dimension, ``dim``, a vecdim or ``'all'``.
"""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._reduction_args import _data, _options
from compat.matlab.extrema import max as _max, min as _min
from compat.matlab.operators import minus as _minus
from compat.matlab.percentiles import prctile as _prctile
from compat.matlab.reductions import mean as _mean, median as _median, std as _std

__all__ = ["zscore", "range", "iqr", "mad"]


def _dim_args(a: np.ndarray, args) -> list:
    """The dim/vecdim/'all' argument as the reductions take it ([] when omitted)."""
    opts = _options(args, max(a.ndim, 2))
    if opts["axes"] is None:
        return []
    if opts["axes"] == "all":
        return ["all"]
    dims = [ax + 1 for ax in opts["axes"]]
    return [dims[0] if len(dims) == 1 else dims]


def _flag(args, message: str) -> tuple[int | None, list]:
    """A leading 0/1 flag (``[]`` for the default) and the remaining arguments."""
    args = list(args)
    if args and not isinstance(args[0], str):
        given = args.pop(0)
        if is_omitted(given):
            return None, args
        f = np.asarray(given).reshape(-1)
        if f.size != 1 or f[0] not in (0, 1):
            raise CompatValueError(message)
        return int(f[0]), args
    return None, args


@matlab_function("zscore", nargout=3)
def zscore(X, *args, nargout=1):
    """Standardised z-scores, as MATLAB's ``zscore``.

    MATLAB call forms::

        Z = zscore(X)                   ->  zscore(X)
        Z = zscore(X, flag)             ->  zscore(X, 1)     (std normalised by n)
        Z = zscore(X, flag, dim)        ->  zscore(X, 0, 2)
        Z = zscore(X, flag, 'all') / vecdim
        [Z, mu, sigma] = zscore(X)      ->  Z, mu, sigma = zscore(X, nargout=3)

    ``Z = (X - mu) ./ sigma`` with ``mu = mean(X, dim)`` and ``sigma = std(X, flag,
    dim)`` (flag 0, the default, normalises by n - 1), a zero sigma replaced by 1 so a
    constant slice gives zeros (MATLAB's page); ``mu`` and ``sigma`` (the unreplaced
    standard deviations) keep the reduced dimension. NaN propagates as in mean/std.
    Differences from ``scipy.stats.zscore``: scipy's ``ddof`` default is 0 (MATLAB's
    flag 1), its axis 0 is MATLAB's first dimension even for a row vector, and a
    constant slice gives NaN there. Source: MATLAB's zscore reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.zscore([1.0, 2.0, 3.0])
    array([-1.,  0.,  1.])
    >>> Z, mu, sigma = matlab.zscore([[1.0, 5.0], [3.0, 5.0]], nargout=3)
    >>> Z
    array([[-0.70710678,  0.        ],
           [ 0.70710678,  0.        ]])
    >>> sigma
    array([[1.41421356, 0.        ]])
    """
    flag, rest = _flag(args, "FLAG must be 0 or 1.")
    x = _data(X, integer_ok=False, logical_ok=False, complex_ok=False)
    dims = _dim_args(x, rest)
    if x.size == 0 and x.ndim == 2 and x.shape == (0, 0):
        out = (x.copy(), np.zeros((0, 0), x.dtype), np.zeros((0, 0), x.dtype))
        return out[:nargout] if nargout > 1 else out[0]
    mu = _mean(x, *dims)
    sigma = _std(x, 0 if flag is None else flag, *dims)
    mu_b, sigma_b = np.asarray(mu), np.asarray(sigma)
    if x.ndim <= 1:
        mu_b, sigma_b = mu_b.reshape(()), sigma_b.reshape(())
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (x - mu_b) / np.where(sigma_b == 0, np.asarray(1, x.dtype), sigma_b)
    z = np.asarray(z, dtype=x.dtype)
    if nargout == 1:
        return z
    return (z, mu, sigma)[:nargout]


@matlab_function("range")
def range(X, *args):  # noqa: A001 - MATLAB's name
    """Range of values (maximum minus minimum), as MATLAB's ``range``.

    MATLAB call forms::

        y = range(X)            ->  range(X)
        y = range(X, dim)       ->  range(X, 2)
        y = range(X, 'all')     ->  range(X, 'all')   (and vecdim)

    ``max(X, [], dim) - min(X, [], dim)`` as MATLAB's page defines it: NaN values are
    ignored (max and min ignore them), integer classes subtract with MATLAB's
    saturation (``range(int8([-100 100]))`` is 127), the class of X. Differences from
    ``numpy.ptp``: ptp propagates NaN, wraps around in integer classes and flattens or
    uses axis 0 instead of MATLAB's first non-singleton dimension.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> float(matlab.range([4.0, float('nan'), -1.0, 7.0]))
    8.0
    >>> matlab.range([[1, 5], [4, 2]])
    array([[3., 3.]])
    >>> matlab.range(np.array([-100, 100], dtype=np.int8))
    np.int8(127)
    """
    x = _data(X, complex_ok=False)
    dims = _dim_args(x, args)
    return _minus(_max(x, [], *dims), _min(x, [], *dims))


@matlab_function("iqr")
def iqr(X, *args):
    """Interquartile range, as MATLAB's ``iqr``.

    MATLAB call forms::

        r = iqr(X)              ->  iqr(X)
        r = iqr(X, dim)         ->  iqr(X, 2)
        r = iqr(X, 'all')       ->  iqr(X, 'all')   (and vecdim)

    MATLAB's definition (its page: "the difference between the 75th and the 25th
    percentiles of the data", computed with prctile): ``prctile(X, 75) -
    prctile(X, 25)``, prctile's method being Hyndman & Fan's definition 5 (the sorted
    values at ``100*(i-0.5)/n``, linear in between, clamped at the ends) with NaN
    ignored. ``scipy.stats.iqr`` and ``numpy.percentile`` default to definition 7
    (``(i-1)/(n-1)``), giving other values for most samples; GNU Octave 7.3's iqr.m
    (an empirical inverse CDF) differs from MATLAB as well.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.iqr([1.0, 2.0, 3.0, 4.0]))
    2.0
    >>> float(matlab.iqr([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]))
    3.5
    """
    x = _data(X, integer_ok=False, logical_ok=False, complex_ok=False)
    dims = _dim_args(x, args)
    return _minus(_prctile(x, 75, *dims), _prctile(x, 25, *dims))


@matlab_function("mad")
def mad(X, *args):
    """Mean or median absolute deviation, as MATLAB's ``mad``.

    MATLAB call forms::

        y = mad(X)              ->  mad(X)           (mean absolute deviation)
        y = mad(X, flag)        ->  mad(X, 1)        (median absolute deviation)
        y = mad(X, flag, dim)   ->  mad(X, 0, 2)
        y = mad(X, flag, 'all') / vecdim

    flag 0 (default): ``mean(abs(X - mean(X)))``; flag 1: ``median(abs(X -
    median(X)))``; NaN values are missing data (MATLAB's page: "mad treats NaNs as
    missing values and removes them"). Unscaled: ``scipy.stats.median_abs_deviation``
    is flag 1 with ``scale=1.0`` (its default), but it has no mean form and propagates
    NaN by default.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.mad([1.0, 2.0, 3.0, 10.0]))
    3.0
    >>> float(matlab.mad([1.0, 2.0, 3.0, 10.0, float('nan')], 1))
    1.0
    """
    flag, rest = _flag(args, "FLAG must be 0 or 1.")
    x = _data(X, integer_ok=False, logical_ok=False, complex_ok=False)
    dims = _dim_args(x, rest)
    centre_of = _median if flag == 1 else _mean
    centre = np.asarray(centre_of(x, *dims, "omitnan"))
    if x.ndim <= 1:
        centre = centre.reshape(())
    return centre_of(np.abs(x - centre), *dims, "omitnan")
