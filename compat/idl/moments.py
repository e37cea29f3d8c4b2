"""IDL's single-moment routines: ``KURTOSIS``, ``SKEWNESS`` (MOMENT's third and fourth
values, through :func:`compat.idl.moment`) and ``MEANABSDEV`` (the mean absolute
deviation from the mean or, with /MEDIAN, from IDL's median).
"""

from __future__ import annotations

import numpy as np

from compat._core import special_functions as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import float_type, idl_array
from compat._core.legacy import idl_routine
from compat._core.running_sums import sequential_sum
from compat.idl.statistics import moment

# MOMENT's undecorated function: its errors then carry the calling routine's name
_moment = moment.__wrapped__

__all__ = ["kurtosis", "skewness", "meanabsdev"]


@idl_routine("KURTOSIS")
def kurtosis(x, *, dimension=None, double=False, nan=False):
    """The excess kurtosis of a sample, as IDL's ``KURTOSIS``.

    IDL call form::

        Result = KURTOSIS(X [, DIMENSION=value] [, /DOUBLE] [, /NAN])

    Returns
    -------
    numpy scalar (an array with ``dimension``): MOMENT's fourth value,
    ``sum((x-m)^4)/N / var^2 - 3`` with the N-1 variance; FLOAT unless DOUBLE input or
    ``double=True``; NaN for a sample of zero variance.

    Notes
    -----
    ``scipy.stats.kurtosis(x)`` divides by the biased (N) variance and so differs.
    Source: IDL Reference Guide, KURTOSIS (and MOMENT); checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.kurtosis([1, 2, 3, 9])
    np.float32(-1.7614231)
    """
    return _moment(x, dimension=dimension, double=double, nan=nan, kurtosis=True).kurtosis


@idl_routine("SKEWNESS")
def skewness(x, *, dimension=None, double=False, nan=False):
    """The skewness of a sample, as IDL's ``SKEWNESS``.

    IDL call form::

        Result = SKEWNESS(X [, DIMENSION=value] [, /DOUBLE] [, /NAN])

    Returns
    -------
    numpy scalar (an array with ``dimension``): MOMENT's third value,
    ``sum((x-m)^3)/N / sdev^3`` with the N-1 standard deviation; FLOAT unless DOUBLE
    input or ``double=True``.

    Notes
    -----
    ``scipy.stats.skew(x)`` uses the biased standard deviation. Source: IDL Reference
    Guide, SKEWNESS; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.skewness([1, 2, 3, 9])
    np.float32(0.636145)
    """
    return _moment(x, dimension=dimension, double=double, nan=nan,
                   skewness=True).skewness


@idl_routine("MEANABSDEV")
def meanabsdev(x, *, dimension=None, double=False, median=False, nan=False):
    """The mean absolute deviation of a sample, as IDL's ``MEANABSDEV``.

    IDL call form::

        Result = MEANABSDEV(X [, DIMENSION=value] [, /DOUBLE] [, /MEDIAN] [, /NAN])

    Parameters
    ----------
    x : array_like
        Real numbers (readsav layout).
    dimension : int, optional
        IDL dimension (1 = numpy's last axis) to reduce; absent: every element.
    double : bool
        /DOUBLE: compute and return DOUBLE.
    median : bool
        /MEDIAN: deviations from IDL's median (for an even count the upper of the two
        middle values, MEDIAN without /EVEN) instead of the mean.
    nan : bool
        /NAN: NaN and Infinity are missing data.

    Returns
    -------
    numpy scalar or ndarray: ``mean(|x - centre|)``, FLOAT unless DOUBLE input or
    ``double=True``.

    Notes
    -----
    IDL's documentation example: ``MEANABSDEV([1, 1, 1, 2, 5])`` prints 1.20000 (a golden
    case). ``pandas``' ``mad`` (removed in pandas 2) and ``numpy.mean(abs(x - x.mean()))``
    agree with the default form in float64. GDL 1.0.1's MEANABSDEV has no /MEDIAN
    keyword (its goldens are IDL's definition above). Source: IDL Reference Guide,
    MEANABSDEV.

    Examples
    --------
    >>> from compat import idl
    >>> idl.meanabsdev([1, 1, 1, 2, 5])
    np.float32(1.2)
    >>> idl.meanabsdev([1, 1, 1, 2, 5], median=True)
    np.float32(1.0)
    """
    a = idl_array(x, "X", complex_ok=False)
    dtype = float_type(a.dtype, double)
    data = a.astype(dtype)
    if dimension is None or dimension == 0:
        data = data.reshape(-1)
        axis = 0
    else:
        if isinstance(dimension, bool) or not isinstance(dimension, (int, np.integer)) \
                or not 1 <= dimension <= a.ndim:
            raise CompatValueError(f"Illegal keyword value for DIMENSION: {dimension!r}")
        axis = a.ndim - int(dimension)
    finite = np.isfinite(data) if nan else np.ones(data.shape, bool)
    with np.errstate(invalid="ignore", divide="ignore"):
        count = finite.sum(axis=axis).astype(dtype)
        if median:
            centre = core.upper_median(np.where(finite, data, np.nan), axis, True) \
                if nan else core.upper_median(data, axis, False)
            centre = centre.astype(dtype)
        else:
            centre = sequential_sum(np.where(finite, data, 0), axis, dtype) / count
        dev = np.abs(data - np.expand_dims(centre, axis))
        out = sequential_sum(np.where(finite, dev, 0), axis, dtype) / count
    out = np.asarray(out, dtype=dtype)
    return out[()] if out.ndim == 0 else out
