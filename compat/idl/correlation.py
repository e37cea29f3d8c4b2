"""IDL's correlation routines: ``CORRELATE`` (coefficient, covariance, matrices),
``C_CORRELATE`` (cross-correlation at lags) and ``A_CORRELATE`` (autocorrelation at
lags), over :mod:`compat._core.special_functions`.

IDL's definitions (IDL Reference Guide, CORRELATE, C_CORRELATE, A_CORRELATE): the
Pearson coefficient; with /COVARIANCE the sample covariance, divided by N-1 in CORRELATE
but by N in C_CORRELATE and A_CORRELATE; the lagged forms divide the lagged sum of
products of deviations (from the means of the whole series) by the unlagged one, so
they are *not* the Pearson coefficient of the overlapping parts (what ``numpy.corrcoef``
of shifted slices gives). Results are FLOAT unless an argument is DOUBLE or /DOUBLE;
they are computed in double precision and rounded once.
"""

from __future__ import annotations

import numpy as np

from compat._core import special_functions as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["correlate", "c_correlate", "a_correlate"]


def _series(value, name: str) -> np.ndarray:
    return idl_array(value, name, complex_ok=False)


@idl_routine("CORRELATE")
def correlate(x, y=None, *, covariance=False, double=False):
    """The correlation coefficient (or covariance) of two vectors, or the matrix of them
    for the columns of an array, as IDL's ``CORRELATE``.

    IDL call forms::

        Result = CORRELATE(X, Y [, /COVARIANCE] [, /DOUBLE])
        Result = CORRELATE(X [, /COVARIANCE] [, /DOUBLE])     ; X an M-column array

    Parameters
    ----------
    x, y : array_like
        Two vectors of equal length; or ``x`` alone, an array whose M columns (IDL's
        first dimension, numpy's last axis) are the variables and whose N rows are the
        observations.
    covariance : bool
        /COVARIANCE: the sample covariance (divided by N-1) instead of the coefficient.
    double : bool
        /DOUBLE: return DOUBLE.

    Returns
    -------
    numpy scalar (two vectors) or an (M, M) ndarray; FLOAT unless an argument is
    DOUBLE or ``double=True``.

    Notes
    -----
    ``numpy.corrcoef(x, y)[0, 1]`` and ``numpy.cov(x, rowvar=False)`` compute the same
    quantities in float64 (numpy's ``cov`` reads *rows* as variables by default; IDL's
    layout makes the columns the variables). GDL 1.0.1 doubles the off-diagonal and
    diagonal correlation coefficients of the matrix form (its diagonal prints 2.00000):
    recorded as divergent. Source: IDL Reference Guide, CORRELATE; checked against GDL
    1.0.1 (reference_outputs/idl/statistics_special).

    Examples
    --------
    >>> from compat import idl
    >>> idl.correlate([1, 2, 3, 4], [2, 4, 5, 9])
    np.float32(0.9647638)
    >>> idl.correlate([1, 2, 3, 4], [2, 4, 5, 9], covariance=True)
    np.float32(3.6666667)
    """
    a = _series(x, "X")
    if y is None:
        if a.ndim != 2:
            raise CompatValueError("X must be a two-dimensional array when Y is absent.")
        dtype = core.result_type(a, double=double)
        data = a.astype(np.float64)
        if data.shape[0] < 2:
            raise CompatValueError("X must have at least 2 rows (observations).")
        cov = np.cov(data, rowvar=False, ddof=1).reshape(data.shape[1], data.shape[1])
        if covariance:
            return cov.astype(dtype)
        with np.errstate(invalid="ignore", divide="ignore"):
            sd = np.sqrt(np.diag(cov))
            return (cov / np.outer(sd, sd)).astype(dtype)
    b = _series(y, "Y")
    if a.size != b.size:
        raise CompatValueError("X and Y arrays must have the same number of elements.")
    if a.size < 2:
        raise CompatValueError("X and Y must have at least 2 elements.")
    dtype = core.result_type(a, b, double=double)
    dx = a.reshape(-1).astype(np.float64)
    dy = b.reshape(-1).astype(np.float64)
    dx = dx - dx.mean()
    dy = dy - dy.mean()
    s = np.dot(dx, dy)
    with np.errstate(invalid="ignore", divide="ignore"):
        value = s / (dx.size - 1) if covariance else \
            s / np.sqrt(np.dot(dx, dx) * np.dot(dy, dy))
    return dtype.type(value)


def _lags(lag, n: int) -> np.ndarray:
    lags = idl_array(lag, "Lag", complex_ok=False)
    lags = np.trunc(lags).astype(np.int64).reshape(-1)
    if np.any(np.abs(lags) > n - 2):
        raise CompatValueError(f"Lag must be integer valued with |Lag| <= {n - 2} (the "
                               "series has " + str(n) + " elements).")
    return lags


@idl_routine("C_CORRELATE")
def c_correlate(x, y, lag, *, covariance=False, double=False):
    """The cross-correlation (or cross-covariance) of two series at the given lags, as
    IDL's ``C_CORRELATE``.

    IDL call form::

        Result = C_CORRELATE(X, Y, Lag [, /COVARIANCE] [, /DOUBLE])

    Parameters
    ----------
    x, y : array_like
        Two series of N elements (N >= 2).
    lag : int or array_like of int
        Lags L (``|L| <= N - 2``): a positive lag pairs ``x[k]`` with ``y[k + L]``, a
        negative one ``x[k + |L|]`` with ``y[k]``.
    covariance : bool
        /COVARIANCE: the lagged sum of products of deviations divided by N.

    Returns
    -------
    ndarray with one value per lag (a one-element array for a scalar lag, as IDL's
    C_CORRELATE gives), FLOAT unless an argument is DOUBLE or ``double=True``.

    Notes
    -----
    ``sum_k (x[k] - xm)(y[k+L] - ym) / sqrt(sum (x - xm)^2 sum (y - ym)^2)`` with the means
    of the whole series; ``numpy.correlate`` neither removes the means nor normalises.
    Source: IDL Reference Guide, C_CORRELATE; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.c_correlate([1, 2, 3, 4, 6], [2, 4, 5, 9, 3], [-1, 0, 1])
    array([ 0.76388544,  0.25975952, -0.06349677], dtype=float32)
    """
    a = _series(x, "X").reshape(-1).astype(np.float64)
    b = _series(y, "Y").reshape(-1).astype(np.float64)
    if a.size != b.size:
        raise CompatValueError("X and Y arrays must have the same number of elements.")
    if a.size < 2:
        raise CompatValueError("X and Y arrays must contain 2 or more elements.")
    dtype = core.result_type(_series(x, "X"), _series(y, "Y"),
                             double=double)
    lags = _lags(lag, a.size)
    sums = core.lagged_sums(a, b, lags)
    with np.errstate(invalid="ignore", divide="ignore"):
        if covariance:
            out = sums / a.size
        else:
            dx, dy = a - a.mean(), b - b.mean()
            out = sums / np.sqrt(np.dot(dx, dx) * np.dot(dy, dy))
    return out.astype(dtype)


@idl_routine("A_CORRELATE")
def a_correlate(x, lag, *, covariance=False, double=False):
    """The autocorrelation (or autocovariance) of a series at the given lags, as IDL's
    ``A_CORRELATE``.

    IDL call form::

        Result = A_CORRELATE(X, Lag [, /COVARIANCE] [, /DOUBLE])

    Parameters
    ----------
    x : array_like
        A series of N elements (N >= 2).
    lag : int or array_like of int
        Lags (``|L| <= N - 2``; the autocorrelation is symmetric in L).
    covariance : bool
        /COVARIANCE: the lagged sum of products of deviations divided by N.

    Returns
    -------
    ndarray with one value per lag, FLOAT unless DOUBLE input or ``double=True``.

    Notes
    -----
    ``sum_k (x[k] - m)(x[k+|L|] - m) / sum (x - m)^2``: lag 0 gives 1. Source: IDL
    Reference Guide, A_CORRELATE; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.a_correlate([1, 2, 3, 5, 4, 7], [0, 1, 2])
    array([1.        , 0.26666668, 0.16190477], dtype=float32)
    """
    raw = _series(x, "X")
    a = raw.reshape(-1).astype(np.float64)
    if a.size < 2:
        raise CompatValueError("X array must contain 2 or more elements.")
    dtype = core.result_type(raw, double=double)
    lags = np.abs(_lags(lag, a.size))
    sums = core.lagged_sums(a, a, lags)
    with np.errstate(invalid="ignore", divide="ignore"):
        d = a - a.mean()
        out = sums / a.size if covariance else sums / np.dot(d, d)
    return out.astype(dtype)
