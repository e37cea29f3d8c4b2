"""IDL ``STDDEV``: square root of the sample variance (N-1)."""

from __future__ import annotations

from compat.idl.moment import _moments, _scalar
from compat._core.legacy import idl_routine

__all__ = ["stddev"]


@idl_routine("STDDEV")
def stddev(x, *, dimension=None, double=False, nan=False):
    """Sample standard deviation, as IDL's ``STDDEV`` computes it.

    IDL call form::

        Result = STDDEV(X [, DIMENSION=value] [, /DOUBLE] [, /NAN])

    Parameters
    ----------
    x : array_like
        Real numeric array of at least 2 elements (readsav layout).
    dimension : int, optional
        IDL dimension (1 = numpy's last axis); absent: all elements.
    double : bool
        /DOUBLE: compute and return DOUBLE.
    nan : bool
        /NAN: NaN and Infinity are missing data.

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
    float32 input.

    Source: IDL Reference Guide, STDDEV and MOMENT.

    Examples
    --------
    >>> from compat.idl import stddev
    >>> stddev([1.0, 2.0, 4.0])
    np.float64(1.5275252316519465)
    """
    return _scalar(_moments("stddev", x, dimension, double, nan, 2)[5])
