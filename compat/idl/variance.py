"""IDL ``VARIANCE``: the sample variance (N-1), as MOMENT computes it."""

from __future__ import annotations

from compat.idl.moment import _moments, _scalar
from compat._core.legacy import idl_routine

__all__ = ["variance"]


@idl_routine("VARIANCE")
def variance(x, *, dimension=None, double=False, nan=False):
    """Sample variance, as IDL's ``VARIANCE`` computes it.

    IDL call form::

        Result = VARIANCE(X [, DIMENSION=value] [, /DOUBLE] [, /NAN])

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
        ``sum((x - mean)^2) / (N - 1)``; FLOAT unless DOUBLE input or /DOUBLE.

    Notes
    -----
    IDL's VARIANCE is the second element of MOMENT(X, MAXMOMENT=2); compat computes it
    the same way (:func:`compat.idl.moment`). ``numpy.var(x)`` divides by N (``ddof=0``)
    and returns float64 for float32 input: both differ from IDL.

    Source: IDL Reference Guide, VARIANCE and MOMENT.

    Examples
    --------
    >>> from compat.idl import variance
    >>> variance([1, 2, 3, 4])
    np.float32(1.6666666)
    """
    return _scalar(_moments("variance", x, dimension, double, nan, 2)[1])
