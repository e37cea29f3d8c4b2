"""IDL ``MEAN``: TOTAL divided by the number of (finite) elements."""

from __future__ import annotations

import numpy as np

from compat._core.idl_types import float_type, idl_array
from compat.idl.total import _reduce_axis, _total
from compat._core.legacy import idl_routine

__all__ = ["mean"]


def _count(a: np.ndarray, axis, nan: bool, dtype) -> np.ndarray:
    """Number of elements (finite ones with /NAN) per result element, as ``dtype``."""
    if nan and a.dtype.kind in "fc":
        n = np.count_nonzero(np.isfinite(a), axis=axis)
    else:
        n = a.size if axis is None else a.shape[axis]
    real = np.float32 if dtype == np.complex64 else (
        np.float64 if dtype == np.complex128 else dtype)
    return np.asarray(n, dtype=real)


@idl_routine("MEAN")
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
    a = idl_array("mean", x)
    axis = _reduce_axis("mean", dimension, a.ndim)
    s = _total("mean", a, axis, double=double, nan=nan)
    n = _count(a, axis, nan, float_type(a.dtype, double))
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.asarray(s / n)
    return r[()] if r.ndim == 0 else r
