"""IDL ``MOMENT``: mean, variance, skewness and kurtosis, with MDEV and SDEV."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_types import float_type, idl_array
from compat._core.least_squares import named_result
from compat.idl.total import _reduce_axis, sequential_sum, missing_to_zero
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["moment"]


def _moments(routine, x, dimension, double, nan, maxmoment):
    """The four moments, MDEV and SDEV as arrays of IDL's result type.

    Returns ``(mean, var, skew, kurt, mdev, sdev)``, each of the result's shape (the
    array's shape without the reduced axis; 0-d without Dimension).
    """
    a = idl_array(routine, x, "X", complex_ok=False)
    if isinstance(maxmoment, bool) or not isinstance(maxmoment, (int, np.integer)) or \
            not 1 <= maxmoment <= 4:
        raise CompatValueError(f"MAXMOMENT must be 1, 2, 3 or 4, got {maxmoment!r}")
    axis = _reduce_axis(routine, dimension, a.ndim)
    length = a.size if axis is None else a.shape[axis]
    if length < 2:
        raise CompatValueError("X array must contain 2 or more elements.")
    ft = float_type(a.dtype, double)
    xf = a.astype(ft)
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
            resid = xf - np.expand_dims(mean, axis)
            r2 = resid * resid
            # corrected two-pass variance (Numerical Recipes, sec. 14.1: the second
            # term removes the round-off left in the residuals' sum)
            s1 = tot(resid)
            var = (tot(r2) - s1 * s1 / n) / (n - ft.type(1))
            sdev = np.sqrt(var)
            mdev = tot(np.abs(resid)) / n
            zero = var == 0
            if maxmoment >= 3:
                skew = np.where(zero, nanv, tot(resid * r2) / n / (sdev * sdev * sdev))
            if maxmoment >= 4:
                kurt = np.where(zero, nanv, tot(r2 * r2) / n / (var * var) - ft.type(3))
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
    m, var, skew, kurt, md, sd = _moments("moment", x, dimension, double, nan, maxmoment)
    result = np.stack([m, var, skew, kurt])
    outputs = {}
    if kurtosis:
        outputs["kurtosis"] = _scalar(kurt)
    if mean:
        outputs["mean"] = _scalar(m)
    if mdev:
        outputs["mdev"] = _scalar(md)
    if sdev:
        outputs["sdev"] = _scalar(sd)
    if skewness:
        outputs["skewness"] = _scalar(skew)
    if variance:
        outputs["variance"] = _scalar(var)
    return named_result(MomentResult, result, outputs)
