"""IDL ``FIX``: conversion to INT (16-bit), or to any numeric type with TYPE=."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_numeric import DTYPE_OF_CODE, idl_operand, to_idl_type
from compat._core.legacy import idl_routine

__all__ = ["fix"]


@idl_routine("FIX")
def fix(expression, *, type=None, print=False):  # noqa: A002 - IDL keyword names
    """Convert to IDL INT (int16), truncating toward zero, as IDL's ``FIX`` does.

    IDL call form::

        Result = FIX(Expression [, /PRINT] [, TYPE=typecode])

    Python::

        compat.idl.fix(expression, *, type=None, print=False)

    Parameters
    ----------
    expression : array_like
        Numeric data, any shape. Python numbers are typed as IDL literals.
    type : int, optional
        IDL type code of the result: 1 BYTE, 2 INT (default), 3 LONG, 4 FLOAT,
        5 DOUBLE, 6 COMPLEX, 9 DCOMPLEX, 12 UINT, 13 ULONG, 14 LONG64, 15 ULONG64.
        FIX then behaves as the conversion function of that type (BYTE, LONG, ...).
    print : bool
        IDL's /PRINT only changes string<->byte conversions; accepted and without effect
        here (strings are not supported).

    Returns
    -------
    ndarray
        The converted values: floats are truncated toward zero; a value outside the
        target integer range keeps only its least-significant bits (IDL: ``FIX(33000)``
        prints -32536; ``FIX(40000.0)`` is -25536); complex input converts its real
        part.

    Raises
    ------
    ValueError
        ``"FIX: ..."`` for a type code that is not a numeric IDL type.
    TypeError
        ``"FIX: ..."`` for strings or non-IDL dtypes.

    Notes
    -----
    Float to INT/UINT/BYTE goes through IDL's 32-bit conversion and keeps the low bits,
    so a float beyond +-2^31 (or NaN) gives 0 (x86-64 integer indefinite 0x80000000;
    GDL 1.0.1: ``fix(3e9)`` is 0, ``fix(70000.5d)`` is 4464). The extraction form
    ``FIX(Expression, Offset, D1, ...)`` (reinterpreting raw bytes) is not provided:
    use ``numpy.frombuffer``. Sources: IDL Reference Guide, FIX; "Type Conversion
    Functions" (silent truncation to the least-significant bits).

    Differences from ``numpy.int16(x)`` / ``x.astype(numpy.int16)``: for floats outside
    the int16 range numpy's result is platform-dependent (and warns), where IDL wraps
    through a 32-bit integer; ``numpy.fix`` is a different function altogether (rounds
    toward zero but keeps floats).

    Examples
    --------
    >>> from compat import idl
    >>> idl.fix([2.2, 3.0, 4.5, 5.7])
    array([2, 3, 4, 5], dtype=int16)
    >>> idl.fix(33000)
    array(-32536, dtype=int16)
    """
    code = 2 if type is None else type
    if isinstance(code, bool) or not isinstance(code, (int, np.integer)):
        raise CompatTypeError(f"TYPE must be an integer type code, not {code!r}")
    if int(code) not in DTYPE_OF_CODE:
        raise CompatValueError(f"TYPE={code} is not a numeric IDL type code (1-6, 9, 12-15)")
    a = idl_operand("FIX", "Expression", expression)
    return to_idl_type("FIX", a, DTYPE_OF_CODE[int(code)])
