"""IDL ``BYTSCL``: linear scaling of an array into bytes 0..TOP."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_numeric import idl_operand, to_idl_type
from compat._core.legacy import idl_routine

__all__ = ["bytscl"]

_R = "BYTSCL"


def _limit(name, value, dtype):
    v = idl_operand(_R, name, value)
    if v.size != 1 or v.dtype.kind == "c":
        raise CompatTypeError(f"{name.upper()} must be a real scalar")
    # IDL: "MAX is converted to the data type of the input array"
    return to_idl_type(_R, v.reshape(()), dtype)[()]


@idl_routine("BYTSCL")
def bytscl(array, *, min=None, max=None, top=255, nan=False):  # noqa: A002
    """Scale ``array`` linearly into bytes ``0..top``, as IDL's ``BYTSCL`` does.

    IDL call form::

        Result = BYTSCL(Array [, MAX=value] [, MIN=value] [, /NAN] [, TOP=value])

    Python::

        compat.idl.bytscl(array, *, min=None, max=None, top=255, nan=False)

    Parameters
    ----------
    array : array_like
        Integer or float data, any shape (readsav layout; the result has the same shape).
    min, max : number, optional
        Data values mapped to 0 and ``top``; converted to the array's type first (IDL's
        note: "MAX is converted to the data type of the input array"). Defaults: the
        array's minimum and maximum (NaN ignored; with ``nan`` also Infinity).
    top : int
        Largest value of the result, 0..255 (default 255).
    nan : bool
        IDL's /NAN: NaN and Infinity are missing data (result 0, not part of MIN/MAX).

    Returns
    -------
    ndarray of uint8
        ``x <= min`` gives 0, ``x >= max`` gives ``top``; in between, for float data
        ``floor((top + 0.9999) * (x - min) / (max - min))``; for integer data IDL's
        integer formula ``((top + 1) * (x - min) - 1) / (max - min)`` (integer
        division), evaluated for ``max - min < 2^22`` in IDL's documented fixed-point
        form ``((x - min) * scale - 1) >> 22`` with
        ``scale = 2^22 * (top + 1) / (max - min)`` (integer division). NaN gives 0.

    Raises
    ------
    ValueError
        ``"BYTSCL: ..."`` for an empty array or TOP outside 0..255.
    TypeError
        ``"BYTSCL: ..."`` for strings, complex data or non-IDL dtypes.

    Notes
    -----
    Source: IDL Reference Guide, BYTSCL (both formulas and the "Note on Integer
    Computation" with the 2^22 fixed-point scale). The current page prints the integer
    formula as ``(Top + 1) * (x - Min - 1)/(Max - Min)``, the IDL 6 page as
    ``((Top + 1)*x - 1)/(Max - Min)``; the fixed-point note ("(x - Min) * Scale - 1")
    fixes the reading used here. The float formula is evaluated in float64 (IDL does not
    document the precision; only values within rounding of a byte boundary could
    differ).

    GDL 1.0.1 differs from IDL in two documented points: it does not convert MIN/MAX to
    the array's type (``bytscl(indgen(10), min=0.5, max=8.5)``) and evaluates the
    integer formula exactly in double precision instead of IDL's 2^22 fixed-point scale
    (different bytes for integer ranges above 2048, e.g. ``max - min = 3000``).

    Differences from ``numpy.interp``/``(x - min) / (max - min) * 255`` followed by
    ``astype(uint8)``: IDL multiplies by ``top + 0.9999`` (not ``top``) and truncates,
    so the 256 byte values get (nearly) equal shares of the range; integer data use a
    different, integer formula; NaN maps to 0 instead of numpy's undefined cast.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.bytscl(np.arange(10, dtype=np.float32))
    array([  0,  28,  56,  85, 113, 142, 170, 199, 227, 255], dtype=uint8)
    >>> idl.bytscl(np.arange(10, dtype=np.int16), top=100)
    array([  0,  11,  22,  33,  44,  56,  67,  78,  89, 100], dtype=uint8)
    """
    a = idl_operand(_R, "Array", array)
    if a.dtype.kind == "c":
        raise CompatTypeError("complex data are not supported")
    if a.size == 0:
        raise CompatValueError("Array is empty")
    t = idl_operand(_R, "top", top)
    if t.size != 1 or t.dtype.kind not in "iuf" or not 0 <= float(t) <= 255:
        raise CompatValueError(f"TOP must be a number in 0..255, not {top!r}")
    top_i = int(float(t))
    dtype = a.dtype
    is_float = dtype.kind == "f"
    if min is None or max is None:
        if is_float:
            lo, hi = a.min(), a.max()  # fast path: no NaN (and no Inf with /NAN)
            if not (np.isfinite(lo) and np.isfinite(hi)) if nan else (np.isnan(lo)
                                                                       or np.isnan(hi)):
                good = a[np.isfinite(a)] if nan else a[~np.isnan(a)]
                if good.size == 0:
                    raise CompatValueError("Array has no valid values")
                lo, hi = good.min(), good.max()
        else:
            lo, hi = a.min(), a.max()
    lo = _limit("min", min, dtype) if min is not None else lo
    hi = _limit("max", max, dtype) if max is not None else hi

    if is_float:
        # in place on one float64 copy, in the formula's order of operations:
        # floor((top + 0.9999) * (x - min) / (max - min)), then clip to [0, top]
        # (x <= min gives <= 0, x >= max gives >= top + 0.9999 - rounding, i.e. top)
        t = a.astype(np.float64)
        with np.errstate(all="ignore"):
            t -= float(lo)
            t *= top_i + 0.9999
            t /= float(hi) - float(lo)
            np.floor(t, out=t)
            np.clip(t, 0, top_i, out=t)
        np.nan_to_num(t, copy=False, nan=0.0)
        if nan:
            t[np.isinf(a)] = 0.0
        return t.astype(np.uint8)
    x = a.astype(np.int64)
    lo_i, hi_i = int(lo), int(hi)
    rng = hi_i - lo_i
    d = x - lo_i
    if 0 < rng < 2 ** 22:
        scale = (2 ** 22 * (top_i + 1)) // rng
        v = (d * scale - 1) >> 22
    elif rng > 0:
        v = ((top_i + 1) * d - 1) // rng
    else:
        v = np.zeros_like(d)
    v = np.where(x <= lo_i, 0, np.where(x >= hi_i, top_i, v))
    return np.clip(v, 0, top_i).astype(np.uint8)
