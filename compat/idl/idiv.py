"""IDL's ``/`` operator as a function: integer division truncates toward zero."""

from __future__ import annotations

import numpy as np

from compat._core.idl_numeric import (idl_operand, integer_divide_warning,
                                      result_dtype)
from compat._core.legacy import idl_routine

__all__ = ["idiv"]


@idl_routine("IDIV")
def idiv(a, b):
    """``a / b`` with IDL's semantics: truncating integer division, IDL result types.

    IDL form::

        Result = A / B

    Python::

        compat.idl.idiv(a, b)

    IDL has no division *function*; ``idiv`` is compat's name for the ``/`` operator so
    that ported expressions keep IDL's meaning. For integer operands (of IDL's result
    type) the quotient truncates toward zero (``-7 / 2`` is -3); for float or complex
    operands it is ordinary division in IDL's result type (``7 / 2.0`` is FLOAT 3.5).

    Parameters
    ----------
    a, b : array_like
        Numeric operands, broadcast against each other. Python numbers are typed as IDL
        literals (``5`` is INT, ``2.5`` is FLOAT).

    Returns
    -------
    ndarray
        IDL's result type of the pair. Integer results wrap as IDL's do
        (``-32768s / -1s`` is -32768 in INT).

    Warns
    -----
    IntegerDivideByZeroWarning
        Integer division by zero: IDL reports "Program caused arithmetic error: Integer
        divide by 0"; the element is the dividend (GDL 1.0.1 prints ``5/0`` as 5).

    Raises
    ------
    TypeError
        ``"IDIV: ..."`` for strings or non-IDL dtypes.

    Notes
    -----
    Sources: IDL Reference, "Operators" (integer division truncates) and "Math Errors"
    (integer overflow is not detected; integer divide by zero always is). The value of
    an integer division by zero follows GDL 1.0.1; IDL's documentation does not state
    it.

    Differences from ``a // b`` (``numpy.floor_divide``): numpy floors (``-7 // 2`` is
    -4, IDL gives -3). ``a / b`` in numpy always gives float64 for integers, where IDL
    keeps the integer type; numpy's int16/Python-float promotion differs from IDL's.

    Examples
    --------
    >>> from compat import idl
    >>> idl.idiv([-7, 7], [2, -2])
    array([-3, -3], dtype=int16)
    >>> idl.idiv(7, 2.0)            # a Python float is DOUBLE
    array(3.5)
    >>> idl.idiv(7, np.float32(2))
    array(3.5, dtype=float32)
    """
    x = idl_operand("IDIV", "A", a)
    y = idl_operand("IDIV", "B", b)
    dtype = result_dtype(x.dtype, y.dtype)
    x = x.astype(dtype, copy=False)
    y = y.astype(dtype, copy=False)
    try:
        x, y = np.broadcast_arrays(x, y)
    except ValueError:
        raise ValueError(f"IDIV: operands of shapes {x.shape} and {y.shape} do not "
                         "broadcast") from None
    if dtype.kind in "fc":
        with np.errstate(all="ignore"):
            return np.asarray(np.true_divide(x, y), dtype=dtype)
    zero = y == 0
    if np.any(zero):
        integer_divide_warning("IDIV")
    safe = np.where(zero, dtype.type(1), y)
    with np.errstate(all="ignore"):
        if dtype.kind == "u":
            q = x // safe
        else:
            # floor division, then one step toward zero where a remainder of the
            # opposite sign was dropped; INT_MIN // -1 wraps to INT_MIN in numpy
            q = x // safe
            r = x - q * safe
            q = q + ((r != 0) & ((x < 0) != (safe < 0))).astype(dtype)
    return np.asarray(np.where(zero, x, q), dtype=dtype)
