"""IDL's ``MOD`` operator as a function: remainder with the sign of the dividend."""

from __future__ import annotations

import numpy as np

from compat._core.idl_numeric import (check_real_or_int, idl_operand,
                                      integer_divide_warning, result_dtype)
from compat._core.legacy import idl_routine

__all__ = ["mod"]


@idl_routine("MOD")
def mod(a, b):
    """``a MOD b``: the remainder of ``a / b`` with the sign of ``a``, as IDL computes it.

    IDL form::

        Result = A MOD B

    Python::

        compat.idl.mod(a, b)

    Parameters
    ----------
    a, b : array_like
        Integer or float operands, broadcast against each other (IDL takes the shorter
        array's length for two arrays; compat requires broadcastable shapes). Python
        numbers are typed as IDL literals (``5`` is INT, ``2.5`` is FLOAT; see
        :func:`compat._core.idl_numeric.idl_operand`).

    Returns
    -------
    ndarray
        Of IDL's result type for the pair (the higher of the two types: ``7s MOD 3L`` is
        LONG, ``7b MOD 3s`` INT, ``7 MOD 3.0`` FLOAT). Floats: C ``fmod`` (``-7.5 MOD 2``
        is -1.5, ``x MOD 0.0`` is NaN). Integers: C ``%`` (``-7 MOD 3`` is -1,
        ``7 MOD -3`` is 1).

    Warns
    -----
    IntegerDivideByZeroWarning
        Integer ``MOD 0``: IDL reports "Program caused arithmetic error: Integer divide
        by 0"; the element is 0 (GDL 1.0.1 prints ``5 MOD 0`` as 0).

    Raises
    ------
    TypeError
        ``"MOD: ..."`` for strings, complex operands or non-IDL dtypes.

    Notes
    -----
    Sources: IDL Reference, "Operators" (MOD: "the remainder ... has the same sign as
    the dividend") and "Math Errors" (integer divide by zero is always detected). The
    value of an integer ``MOD 0`` is the one GDL 1.0.1 produces; IDL's documentation
    does not state it.

    Differences from ``numpy.mod(a, b)`` / ``a % b``: numpy's remainder takes the sign
    of the *divisor* (``numpy.mod(-7, 3)`` is 2, IDL gives -1), and numpy's type
    promotion differs (numpy: int16 with float32 gives float32 but int32 with float32
    gives float64; IDL: FLOAT).
    ``numpy.fmod`` has IDL's sign but numpy's promotion.

    Examples
    --------
    >>> from compat import idl
    >>> idl.mod([-7, 7, -7], [3, -3, -3])
    array([-1,  1, -1], dtype=int16)
    >>> idl.mod(-7.5, 2)            # a Python float is DOUBLE
    array(-1.5)
    >>> idl.mod(np.float32(-7.5), 2)
    array(-1.5, dtype=float32)
    """
    x = idl_operand("MOD", "A", a)
    y = idl_operand("MOD", "B", b)
    check_real_or_int("MOD", "A", x)
    check_real_or_int("MOD", "B", y)
    dtype = result_dtype(x.dtype, y.dtype)
    x = x.astype(dtype, copy=False)
    y = y.astype(dtype, copy=False)
    try:
        x, y = np.broadcast_arrays(x, y)
    except ValueError:
        raise ValueError(f"MOD: operands of shapes {x.shape} and {y.shape} do not "
                         "broadcast") from None
    if dtype.kind == "f":
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.asarray(np.fmod(x, y), dtype=dtype)
    zero = y == 0
    if np.any(zero):
        integer_divide_warning("MOD")
    safe = np.where(zero, dtype.type(1), y)
    with np.errstate(all="ignore"):
        r = np.fmod(x, safe)
    r = np.where(zero, dtype.type(0), r)
    return r.astype(dtype, copy=False)
