"""IDL's rounding, integer arithmetic and byte scaling: ROUND, FIX, FLOOR, CEIL, MOD, IDIV
(integer division) and BYTSCL, with IDL's result types, wrap-around and integer
division by zero rules (the core in :mod:`compat._core.idl_numeric`)."""

from __future__ import annotations

import numpy as np

from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_format import convert_text
from compat._core.byte_scaling import byte_scale
from compat._core.half_away import round_half_away
from compat._core.idl_numeric import (integer_divide_warning, to_idl_type,
                                      to_integer_result)
from compat._core.idl_types import DTYPE_OF_CODE, idl_array, promote
from compat._core.legacy import idl_routine

__all__ = ["round", "fix", "floor", "ceil", "mod", "idiv", "bytscl"]


# ------------------------------------------------------------------------------- ROUND
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
        Integer or float data, any shape (readsav layout). Python numbers and lists are
        typed as IDL literals (``5`` INT, ``2.5`` DOUBLE; see
        :func:`compat._core.idl_types.idl_literal`).
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
    return to_integer_result(x, round_half_away, l64)


# --------------------------------------------------------------------------------- FIX
@idl_routine("FIX")
def fix(expression, *, type=None, print=False):  # noqa: A002 - IDL keyword names
    """Convert to IDL INT (int16), truncating toward zero, as IDL's ``FIX`` does.

    IDL call form::

        Result = FIX(Expression [, /PRINT] [, TYPE=typecode])

    Python::

        compat.idl.fix(expression, *, type=None, print=False)

    Parameters
    ----------
    expression : array_like or str
        Numeric data, any shape. Python numbers are typed as IDL literals. Text is read
        as IDL reads it (leading blanks skipped, the leading integer converted:
        ``FIX('  12abc')`` is 12, ``FIX('12.7')`` 12; a string without a number gives
        0 and IDL's "Type conversion error" as a warning), see
        :func:`compat._core.idl_format.text_to_type`.
    type : int, optional
        IDL type code of the result: 1 BYTE, 2 INT (default), 3 LONG, 4 FLOAT,
        5 DOUBLE, 6 COMPLEX, 9 DCOMPLEX, 12 UINT, 13 ULONG, 14 LONG64, 15 ULONG64.
        FIX then behaves as the conversion function of that type (BYTE, LONG, ...).
    print : bool
        IDL's /PRINT: with TYPE=1, text is read as numbers instead of giving its
        character codes.

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
        ``"FIX: ..."`` for non-IDL dtypes.

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
    a = idl_array(expression, "Expression", string_ok=True, empty_ok=True)
    if a.dtype.kind == "U":
        # text: IDL's string conversion (compat._core.idl_format.convert_text)
        return convert_text(a, DTYPE_OF_CODE[int(code)], print)
    return to_idl_type(a, DTYPE_OF_CODE[int(code)])


# --------------------------------------------------------------------------- FLOOR/CEIL
_FLOOR_CEIL = Fragments(forms="""
    IDL call form::

        Result = {{upper}}(X [, /L64])

    Python::

        compat.idl.{{name}}(x, *, l64=False)

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
        ``"{{upper}}: ..."`` for strings, complex values or non-IDL dtypes.

    Notes
    -----
    Out-of-range values, NaN and Inf give -2147483648 (-2^63 with /L64): IDL's x86-64
    float-to-integer conversion (see :mod:`compat._core.idl_numeric`). Source: IDL
    Reference Guide, {{upper}}.

    Differences from ``numpy.{{name}}(x)``: numpy returns floats of the input type (float32
    for FLOAT), so ``a[idl_{{name}}(x)]``-style indexing and integer arithmetic that follow
    in ported code break; ``numpy.{{name}}(x).astype(int)`` gives int64 and numpy's
    platform-dependent result for NaN/overflow instead of IDL's LONG.

    Examples
    --------
    >>> from compat import idl
    >>> idl.{{name}}([-1.5, 2.7, 3.0])
    {{printed}}""")


def _documented(printed: str):
    """FLOOR's and CEIL's shared docstring sections, named after the function; its
    example prints ``printed``."""
    def document(function):
        return _FLOOR_CEIL.named(upper=function.__name__.upper(), printed=printed)(function)
    return document


@idl_routine("FLOOR")
@_documented("array([-2,  2,  3], dtype=int32)")
def floor(x, *, l64=False):
    """The largest integer not greater than ``x``, as IDL's ``FLOOR`` returns it.

    {{forms}}
    """
    return to_integer_result(x, np.floor, l64)


@idl_routine("CEIL")
@_documented("array([-1,  3,  3], dtype=int32)")
def ceil(x, *, l64=False):
    """The smallest integer not less than ``x``, as IDL's ``CEIL`` returns it.

    {{forms}}
    """
    return to_integer_result(x, np.ceil, l64)


# ---------------------------------------------------------------------------- MOD, IDIV
def _operands(a, b, *, complex_ok=True):
    """``(x, y, dtype)``: the operands A and B converted to IDL's result type of the pair
    (:func:`compat._core.idl_types.promote`) and broadcast against each other."""
    x = idl_array(a, "A", complex_ok=complex_ok, empty_ok=True)
    y = idl_array(b, "B", complex_ok=complex_ok, empty_ok=True)
    dtype = promote(x.dtype, y.dtype)
    try:
        x, y = np.broadcast_arrays(x.astype(dtype, copy=False), y.astype(dtype, copy=False))
    except ValueError:
        raise CompatValueError(f"operands of shapes {x.shape} and {y.shape} do not "
                               "broadcast") from None
    return x, y, dtype


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
        numbers are typed as IDL literals (``5`` is INT, ``2.5`` is DOUBLE; see
        :func:`compat._core.idl_types.idl_literal`).

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
    x, y, dtype = _operands(a, b, complex_ok=False)
    if dtype.kind == "f":
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.asarray(np.fmod(x, y), dtype=dtype)
    zero = y == 0
    if np.any(zero):
        integer_divide_warning()
    safe = np.where(zero, dtype.type(1), y)
    with np.errstate(all="ignore"):
        r = np.fmod(x, safe)
    r = np.where(zero, dtype.type(0), r)
    return r.astype(dtype, copy=False)


# -------------------------------------------------------------------------------- IDIV
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
        literals (``5`` is INT, ``2.5`` is DOUBLE, ``np.float32(2.5)`` FLOAT).

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
    x, y, dtype = _operands(a, b)
    if dtype.kind in "fc":
        with np.errstate(all="ignore"):
            return np.asarray(np.true_divide(x, y), dtype=dtype)
    zero = y == 0
    if np.any(zero):
        integer_divide_warning()
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


# ------------------------------------------------------------------------------ BYTSCL
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
    a = idl_array(array, "Array", complex_ok=False)
    t = idl_array(top, "TOP", complex_ok=False, scalar=True)
    if not 0 <= float(t) <= 255:
        raise CompatValueError(f"TOP must be a number in 0..255, not {top!r}")
    return byte_scale(a, min, max, int(float(t)), nan)
