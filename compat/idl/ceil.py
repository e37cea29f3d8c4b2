"""IDL ``CEIL``: smallest integer >= X, as LONG (LONG64 with /L64)."""

from __future__ import annotations

import numpy as np

from compat._core.idl_numeric import to_integer_result
from compat._core.legacy import idl_routine

__all__ = ["ceil"]


@idl_routine("CEIL")
def ceil(x, *, l64=False):
    """The smallest integer not less than ``x``, as IDL's ``CEIL`` returns it.

    IDL call form::

        Result = CEIL(X [, /L64])

    Python::

        compat.idl.ceil(x, *, l64=False)

    Parameters
    ----------
    x : array_like
        Integer or float data, any shape. Python numbers are typed as IDL literals.
    l64 : bool
        IDL's /L64: LONG64 (int64) result instead of LONG (int32).

    Returns
    -------
    ndarray
        Float input: int32 (int64 with ``l64``). Integer input: the same values and type
        (IDL: "If X is an integer type, Result has the same value and type as X").

    Raises
    ------
    TypeError
        ``"CEIL: ..."`` for strings, complex values or non-IDL dtypes.

    Notes
    -----
    Out-of-range values, NaN and Inf give -2147483648 (-2^63 with /L64): IDL's x86-64
    float-to-integer conversion (see :mod:`compat._core.idl_numeric`). Source: IDL
    Reference Guide, CEIL.

    Differences from ``numpy.ceil(x)``: numpy returns floats of the input type (float32
    for FLOAT), so ``a[idl_ceil(x)]``-style indexing and integer arithmetic that follow
    in ported code break; ``numpy.ceil(x).astype(int)`` gives int64 and numpy's
    platform-dependent result for NaN/overflow instead of IDL's LONG.

    Examples
    --------
    >>> from compat import idl
    >>> idl.ceil([-1.5, 2.7, 3.0])
    array([-1,  3,  3], dtype=int32)
    """
    return to_integer_result("CEIL", x, np.ceil, l64)
