"""IDL ``ROUND``: nearest integer, halves away from zero, as LONG (LONG64 with /L64)."""

from __future__ import annotations

from compat._core.idl_numeric import round_half_away, to_integer_result
from compat._core.legacy import idl_routine

__all__ = ["round"]


@idl_routine("ROUND")
def round(x, *, l64=False):  # noqa: A001 - the IDL name
    """Round to the nearest integer, as IDL's ``ROUND`` does.

    IDL call form::

        Result = ROUND(X [, /L64])

    Python::

        compat.idl.round(x, *, l64=False)

    Parameters
    ----------
    x : array_like
        Integer or float data, any shape (readsav layout). Python numbers are typed as
        IDL literals (see :func:`compat._core.idl_numeric.idl_operand`).
    l64 : bool
        IDL's /L64: the result is LONG64 (int64) instead of LONG (int32).

    Returns
    -------
    ndarray
        Float input: int32 (int64 with ``l64``), each value rounded half away from zero
        (``ROUND(2.5)`` is 3, ``ROUND(-2.5)`` is -3). Integer input: the same values and
        type (int64 with ``l64``), as IDL documents for integer arguments.

    Raises
    ------
    TypeError
        ``"ROUND: ..."`` for strings, complex values or dtypes that are not IDL types.

    Notes
    -----
    Values outside the LONG range (or NaN/Inf) without /L64 give -2147483648, the x86-64
    conversion result IDL inherits (IDL's CHECK_MATH documents such conversions as an
    operand error; GDL 1.0.1 prints ``round(3e9)`` as -2147483648); with /L64 the limit
    is +-2^63 and the invalid value -2^63. Source: IDL Reference Guide, ROUND ("the
    integer closest to its argument", "L64: useful when a floating-point number contains
    a value too large to be represented in a 32-bit integer").

    Differences from ``numpy.round(x)`` / ``numpy.rint``: numpy rounds halves to
    *even* (``numpy.round(2.5)`` is 2.0, IDL gives 3) and returns floats of the input
    type, not LONG. ``numpy.trunc(x + 0.5)`` is also wrong: for 0.49999997 the sum
    rounds up to 1.0 (IDL gives 0) and for negative halves it rounds toward zero.

    Examples
    --------
    >>> from compat import idl
    >>> idl.round([2.5, -2.5, 0.49999997, 1.5])
    array([ 3, -3,  0,  2], dtype=int32)
    >>> idl.round(3e9, l64=True)
    array(3000000000)
    """
    return to_integer_result("ROUND", x, round_half_away, l64)
