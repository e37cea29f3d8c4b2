"""IDL's minimum and maximum operators (``<``, ``>``), its clipping of array subscripts
(``a[[-1, 5, 99]]``), ``ISHFT``, and its logical operators in function form
(``LOGICAL_TRUE``, ``LOGICAL_AND``, ``LOGICAL_OR``, ``BOOLEAN``), over
:mod:`compat._core.idl_array_ops`.

The operators are not Python identifiers: they get descriptive names, listed in
``__legacy_names__`` (legacy spelling -> Python name) so that tools find them:

=============  =============================  ======================================
IDL            compat                          numpy's nearest, and the difference
=============  =============================  ======================================
``A > B``      ``idl.greater_of(A, B)``        ``np.maximum``: numpy's type promotion,
                                               broadcasting instead of IDL's shorter-
                                               array rule, complex by real part
``A < B``      ``idl.lesser_of(A, B)``         ``np.minimum`` (same differences)
``A[I]``       ``idl.subscript(A, I)``         ``A[I]``: numpy wraps negative indices
                                               and raises past the end; IDL clips an
                                               array of subscripts into range
=============  =============================  ======================================
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_array_ops as core
from compat._core import idl_power as power_core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_struct import as_structure
from compat._core.idl_types import idl_array, promote
from compat._core.legacy import idl_routine

__all__ = ["greater_of", "lesser_of", "subscript", "ishft", "logical_true", "logical_and",
           "logical_or", "boolean", "power"]

#: legacy spelling -> Python name (IDL's operators)
__legacy_names__ = {">": "greater_of", "<": "lesser_of", "[]": "subscript",
                    "^": "power"}


def _operator_type(a: np.ndarray, b: np.ndarray) -> np.dtype:
    """The result type of ``A < B`` / ``A > B``: IDL's precedence, except that a signed
    and an unsigned integer of one size take the *left* operand's type (IDL Reference
    Guide, "Minimum and Maximum Operators": ``5 < 65535u`` is -1, ``65535u < 5`` is 5)."""
    da, db = a.dtype, b.dtype
    if da.kind in "iu" and db.kind in "iu" and da.kind != db.kind and \
            da.itemsize == db.itemsize and da.itemsize > 1:
        return da
    return promote(da, db)


def _operands(a, b):
    x = idl_array(a, "A")
    y = idl_array(b, "B")
    dtype = _operator_type(x, y)
    with np.errstate(over="ignore", invalid="ignore"):
        x, y = core.binary_operands(x, y, dtype)
    return x, y


def _result(out: np.ndarray):
    out = np.array(out, order="C")
    return out[()] if out.ndim == 0 else out


@idl_routine(">")
def greater_of(a, b):
    """IDL's maximum operator ``A > B``: the larger of A and B, element by element.

    IDL call form::

        Result = A > B                ->  idl.greater_of(A, B)

    Parameters
    ----------
    a, b : scalar or array_like
        Numbers (Python literals typed by IDL's literal rule: ``5`` INT, ``2.5`` DOUBLE).

    Returns
    -------
    numpy scalar or ndarray
        IDL's result type: the operand of higher precedence (BYTE < INT < UINT < LONG <
        ULONG < LONG64 < ULONG64 < FLOAT < DOUBLE < COMPLEX < DCOMPLEX), except that a
        signed and an unsigned integer of one size give the *left* operand's type (the
        other is converted first, wrapping: ``5 > 65535u`` compares 5 with -1). Two
        arrays give an array as long as the shorter one; a scalar spreads.

    Notes
    -----
    Complex operands compare by absolute value (the C library's ``hypot``, as IDL's ABS
    and compat's MAX/MIN/SORT of complex; numpy's ``np.abs`` differs in the last bit for
    about a third of values, e.g. ``exp(5i*pi/4)``, of modulus 1 by ``hypot``); on a tie
    the first is returned. IDL documents the result of a NaN operand as undefined ("can be either NaN or the other
    non-NaN value, depending on the specific hardware"); compat returns NaN, as GDL
    1.0.1 does. Source: IDL Reference Guide, "Minimum and Maximum Operators" (its
    examples are golden cases, reference_outputs/idl/operators).

    ``numpy.maximum(a, b)`` promotes by numpy's rules (``int16`` with ``uint16`` gives
    ``int32``), broadcasts (IDL truncates to the shorter array) and orders complex
    numbers by real part.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.greater_of(np.array([-2.0, 0.5, 3.0], np.float32), 0)
    array([0. , 0.5, 3. ], dtype=float32)
    >>> idl.greater_of([1, 2, 3], [2.5, 0.5])          # the shorter array's length
    array([2.5, 2. ])
    """
    x, y = _operands(a, b)
    return _result(core.greater_of(x, y))


@idl_routine("<")
def lesser_of(a, b):
    """IDL's minimum operator ``A < B``: the smaller of A and B, element by element.

    IDL call form::

        Result = A < B                ->  idl.lesser_of(A, B)

    Parameters
    ----------
    a, b : scalar or array_like
        Numbers (Python literals typed by IDL's literal rule).

    Returns
    -------
    numpy scalar or ndarray
        IDL's result type and length, as for :func:`greater_of` (``5 < 65535u`` is INT
        -1: the left operand's type decides between a signed and an unsigned integer of
        one size).

    Notes
    -----
    Complex operands compare by absolute value (C's ``hypot``, as for
    :func:`greater_of`), the first on a tie; a NaN operand gives NaN (IDL: undefined). ``numpy.minimum`` differs as described for
    :func:`greater_of`. Source: IDL Reference Guide, "Minimum and Maximum Operators".

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.lesser_of(np.arange(5, dtype=np.int16) * 40, 100)   # ARR = ARR < 100
    array([  0,  40,  80, 100, 100], dtype=int16)
    >>> idl.lesser_of(5, np.uint16(65535))                      # IDL prints -1
    np.int16(-1)
    """
    x, y = _operands(a, b)
    return _result(core.lesser_of(x, y))


@idl_routine("^")
def power(a, b):
    """IDL's exponentiation operator ``A ^ B``, element by element, with IDL's result
    type and GDL's bits.

    IDL call form::

        Result = A ^ B                ->  idl.power(A, B)

    Parameters
    ----------
    a, b : scalar or array_like
        Numbers of any IDL numeric type (Python literals typed by IDL's literal rule:
        ``2`` INT, ``2.5`` DOUBLE; any byte order).

    Returns
    -------
    numpy scalar or ndarray
        IDL's result type, the operand of higher precedence (BYTE < INT < UINT < LONG <
        ULONG < LONG64 < ULONG64 < FLOAT < DOUBLE < COMPLEX < DCOMPLEX; COMPLEX with
        DOUBLE gives DCOMPLEX). Two arrays give an array as long as the shorter one; a
        scalar spreads.

    Notes
    -----
    * Integer ^ integer: repeated multiplication in the result type, wrapping as IDL's
      integer arithmetic (``2b ^ 9b`` is 0); a negative exponent gives the truncated
      quotient 1 / A^|B| (``2 ^ (-1)`` is 0, ``(-1) ^ (-3)`` is -1, ``0 ^ (-1)`` is 0, as
      GDL 1.0.1 prints for scalars; for arrays GDL gives 0 for every negative
      exponent); ``A ^ 0`` is 1, also ``0 ^ 0``.
    * FLOAT: the C library's ``powf`` for a real exponent; for an exponent of an
      integer type the DOUBLE ``pow`` of the FLOAT base rounded to FLOAT (GDL calls
      C++'s ``std::pow(float, int)``; ``powf`` differs for a few bases in a thousand).
    * DOUBLE: the C library's ``pow`` for every exponent type.
    * A negative base with a fractional real exponent gives NaN (use a complex exponent
      for the complex root); ``0.0 ^ (-1)`` is Infinity.
    * Complex base, real exponent: ``r^B (cos B*theta + i sin B*theta)`` (C++'s
      ``pow(complex, real)``: the real ``pow`` for a positive real base); integer
      exponent: repeated squaring in the complex type; complex exponent:
      ``exp(B ln A)``, C's ``cpow`` (IDL Reference Guide, "Exponentiation").

    IDL's documentation gives every binary operator the type of the higher-precedence
    operand ("Data Type and Structure of Expressions"); GDL 1.0.1 keeps the *base's*
    type for integer ^ integer (``2b ^ 3`` BYTE, ``2 ^ 3L`` INT), computes integer
    *arrays* through the DOUBLE ``pow`` and a C conversion (an INT or LONG power
    beyond 2^31 gives 0 or -2147483648 where its constant-folded literals wrap), and
    gives COMPLEX for DOUBLE ^ COMPLEX: compat follows the documentation (repeated
    multiplication, the higher type), recorded as divergences in
    reference_outputs/idl/power.

    ``numpy.power``/``**`` promote by numpy's rules (``int16 ** int32`` is int32, an
    integer to a negative integer power raises), broadcast instead of IDL's
    shorter-array rule, and their float loops are not the C library's ``pow``/``powf``
    (``x ** 2`` is the exactly rounded ``x * x``, which glibc's ``pow(x, 2)`` is not for
    about 0.1% of x). Sources: IDL Reference Guide, "Mathematical Operators" and
    "Exponentiation" (repeated multiplication for an integer exponent, ``e^(B ln A)``
    otherwise, ``A^0`` is 1); GDL 1.0.1 for the bits (reference_outputs/idl/power).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.power(2, 3)
    np.int16(8)
    >>> idl.power(np.array([1.5, 2.0], np.float32), 2)       # FLOAT ^ INT: FLOAT
    array([2.25, 4.  ], dtype=float32)
    >>> idl.power([2, 3, 4], [2, -1])                         # shorter length; 3^-1 is 0
    array([4, 0], dtype=int16)
    >>> float(idl.power(-8.0, 1.0 / 3))                       # negative base: NaN
    nan
    """
    x = idl_array(a, "A")
    y = idl_array(b, "B")
    dtype = promote(x.dtype, y.dtype)
    integer_exponent = y.dtype.kind in "iub"
    exponent = "integer" if integer_exponent else "complex" if y.dtype.kind == "c" else "real"
    with np.errstate(over="ignore", invalid="ignore"):
        x, y = core.binary_operands(x, y, dtype)
    x, y = np.asarray(x), np.asarray(y)
    if dtype.kind in "iu":
        out = power_core.integer_power(x, y)
    elif dtype == np.float32:
        out = power_core.float_power(x, y, integer_exponent)
    elif dtype == np.float64:
        out = power_core.double_power(x, y)
    else:
        out = power_core.complex_power(x, y, exponent)
    return _result(out)


@idl_routine("[]")
def subscript(array, index):
    """IDL's subscripting ``Array[Index]`` with a subscript array, out-of-range
    subscripts clipped as IDL clips them.

    IDL call form::

        Result = Array[Index]         ->  idl.subscript(Array, Index)

    Parameters
    ----------
    array : array_like or str array
        Any array (readsav layout). One subscript indexes the elements in IDL's memory
        order (numpy's C order), whatever the array's rank.
    index : int or array_like of int or float
        The subscripts. An *array* of subscripts is clipped: a negative subscript
        becomes 0 and one past the end becomes the last element (``a[[-1, 5, 99]]`` of
        a 10-element array is ``a[[0, 5, 9]]``). A *scalar* out of range is IDL's
        error. Float subscripts are truncated, as IDL converts them to LONG.

    Returns
    -------
    ndarray (the shape of ``index``) or one element for a scalar index.

    Raises
    ------
    ValueError
        ``"[]: Attempt to subscript ARRAY with INDEX is out of range."`` for a scalar
        out of range.

    Notes
    -----
    numpy's ``a[i]`` reads a negative subscript from the end (``a[-1]`` is the last
    element, IDL gives the first) and raises an ``IndexError`` past the end. IDL's
    clipping is disabled by ``COMPILE_OPT STRICTARRSUBS`` (an error instead); a port of
    such code should use numpy indexing. Source: IDL Reference Guide, "Understanding
    Array Subscripts" (subscript arrays out of range are clipped); GDL 1.0.1 agrees
    (reference_outputs/idl/operators).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.arange(10, dtype=np.int16) * 10
    >>> idl.subscript(a, [-1, 5, 99])
    array([ 0, 50, 90], dtype=int16)
    """
    if isinstance(array, (str, np.str_)):
        array = np.array([array])
    a = idl_array(array, "Array", string_ok=True)
    if isinstance(index, (str, bytes)):
        raise CompatTypeError("String expression not allowed in this context: Index.")
    i = idl_array(index, "Index", complex_ok=False)
    if i.dtype.kind == "f":
        if not np.all(np.isfinite(i)):
            raise CompatValueError("Index must be finite")
        i = np.trunc(i)
    i = i.astype(np.int64)
    flat = a.reshape(-1)
    if i.ndim == 0:
        k = int(i)
        if not 0 <= k < flat.size:
            raise CompatValueError(f"Attempt to subscript ARRAY with INDEX ({k}) is out "
                                   "of range.")
        return flat[k]
    return flat[core.clip_subscripts(i, flat.size)]


@idl_routine("ISHFT")
def ishft(p1, p2):
    """Shift the bits of integers, as IDL's ``ISHFT``.

    IDL call form::

        Result = ISHFT(P1, P2)

    Parameters
    ----------
    p1 : integer scalar or array_like
        BYTE, INT, UINT, LONG, ULONG, LONG64 or ULONG64 values.
    p2 : integer scalar or array_like
        Bit counts: positive shifts left, negative shifts right; 0 bits fill the vacated
        positions in both directions (a *logical* right shift, also for signed types:
        ``ISHFT(-16, -2)`` is 16380). A count of the type's width or more gives 0.

    Returns
    -------
    numpy scalar or ndarray of ``p1``'s type
        Two arrays give a result as long as the shorter one (IDL's rule); a scalar
        count applies to every element and a scalar ``p1`` with an array of counts gives
        one result per count.

    Raises
    ------
    TypeError
        ``"ISHFT: ..."`` for floating, complex or string operands.

    Notes
    -----
    ``numpy.left_shift``/``right_shift`` take no negative counts, sign-extend signed
    right shifts (``-16 >> 2`` is -4) and promote the result type. IDL Reference Guide,
    ISHFT: "If P2 is negative, P1 is shifted right with 0 bits filling vacated
    positions". GDL 1.0.1 shifts signed values arithmetically (``ISHFT(-16, -2)`` is
    -4): recorded as a divergence in reference_outputs/idl/operators.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.ishft(np.uint8(1), np.arange(8, dtype=np.uint8))
    array([  1,   2,   4,   8,  16,  32,  64, 128], dtype=uint8)
    >>> idl.ishft(-16, -2)
    np.int16(16380)
    """
    a = idl_array(p1, "P1", complex_ok=False)
    n = idl_array(p2, "P2", complex_ok=False)
    for v, name in ((a, "P1"), (n, "P2")):
        if v.dtype.kind not in "iu":
            raise CompatTypeError(f"Operation illegal with {'FLOAT' if v.dtype.kind == 'f' else v.dtype} "
                                  f"operands: {name} must be an integer type.")
    if a.ndim and n.ndim:
        a, n = core.binary_operands(a, n, None)
    return _result(core.shift_bits(a, n.astype(np.int64)))


_TRUTH_RULE = """A number is true when it is not zero (NaN is not zero; a complex
    number is true when either part is not zero), a string when it is not empty."""


def _truth_of(value, name):
    if isinstance(value, dict):  # an anonymous structure: IDL's error for structures
        value = as_structure(value, name)
    return idl_array(value, name, string_ok=True)


@idl_routine("LOGICAL_TRUE")
def logical_true(arg):
    """1 where an element is true and 0 where it is false, as IDL's ``LOGICAL_TRUE``.

    IDL call form::

        Result = LOGICAL_TRUE(Arg)

    Parameters
    ----------
    arg : scalar or array_like
        Numbers or strings of any IDL type (readsav layout). {truth}

    Returns
    -------
    numpy.uint8 scalar or ndarray of uint8
        IDL's BYTE 1 or 0, the shape of ``arg``.

    Raises
    ------
    TypeError
        ``"LOGICAL_TRUE: Struct expression not allowed in this context: Arg."``

    Notes
    -----
    IDL's *predicate* rule (``IF x THEN``) without COMPILE_OPT LOGICAL_PREDICATE calls odd
    integers true and even ones false; LOGICAL_TRUE does not: 2 is true. Source: IDL
    Reference Guide, LOGICAL_TRUE, LOGICAL_OR ("non-zero (non-NULL for strings and heap
    variables)"); GDL 1.0.1 (reference_outputs/idl/logical).

    ``numpy.logical_not(numpy.logical_not(a))`` gives ``bool``, which indexes as a mask
    where IDL's BYTE result indexes as the subscripts 0 and 1, and it fails on strings.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.logical_true([0, 1, 2, -1])
    array([0, 1, 1, 1], dtype=uint8)
    >>> idl.logical_true(np.array(['', 'no']))
    array([0, 1], dtype=uint8)
    """
    return _result(core.truth(_truth_of(arg, "Arg")))


def _logical_pair(arg1, arg2, combine):
    a, b = core.logical_operands(_truth_of(arg1, "Arg1"), _truth_of(arg2, "Arg2"))
    return _result(combine(a, b).astype(np.uint8))


_PAIR_DOC = """1 where {both} of Arg1 and Arg2 {are} true, else 0, as IDL's ``{upper}``.

    IDL call form::

        Result = {upper}(Arg1, Arg2)

    Parameters
    ----------
    arg1, arg2 : scalar or array_like
        Numbers or strings of any IDL type (readsav layout). {truth}

    Returns
    -------
    numpy.uint8 scalar or ndarray of uint8
        IDL's BYTE 1 or 0: a scalar for two scalars; two arrays give an array as long as
        the shorter one (IDL's rule for operators), a scalar spreads over an array, and a
        one-element array acts as a scalar against a longer array (GDL 1.0.1; IDL's
        documentation is silent).

    Raises
    ------
    TypeError
        ``"{upper}: Struct expression not allowed in this context: Arg1."``

    Notes
    -----
    Unlike IDL's ``{operator}`` operator, both arguments are always evaluated and arrays
    are accepted; unlike the bitwise ``{bitwise}`` operator the result is always 0 or 1.
    Source: IDL Reference Guide, {upper} (its example is a golden case,
    reference_outputs/idl/logical); GDL 1.0.1 for the array shapes.

    ``numpy.{np}`` gives ``bool`` (a mask, where IDL's BYTE result indexes as the
    subscripts 0 and 1), broadcasts instead of truncating to the shorter array, and fails
    on strings.

    Examples
    --------
    >>> from compat import idl
    >>> [int(idl.{name}(2, 4)), int(idl.{name}(2, 0)), int(idl.{name}(0, 4)),
    ...  int(idl.{name}(0, 0))]
    {example}
    >>> idl.{name}([1, 0, 3, 0], [1, 1, 1])
    {array_example}
    """


@idl_routine("LOGICAL_AND")
def logical_and(arg1, arg2):
    return _logical_pair(arg1, arg2, np.logical_and)


@idl_routine("LOGICAL_OR")
def logical_or(arg1, arg2):
    return _logical_pair(arg1, arg2, np.logical_or)


logical_and.__doc__ = _PAIR_DOC.format(
    both="both", are="are", upper="LOGICAL_AND", operator="&&", bitwise="AND",
    np="logical_and", name="logical_and", truth=_TRUTH_RULE, example="[1, 0, 0, 0]",
    array_example="array([1, 0, 1], dtype=uint8)")
logical_or.__doc__ = _PAIR_DOC.format(
    both="either", are="is", upper="LOGICAL_OR", operator="||", bitwise="OR",
    np="logical_or", name="logical_or", truth=_TRUTH_RULE, example="[1, 1, 1, 0]",
    array_example="array([1, 1, 1], dtype=uint8)")
logical_true.__doc__ = logical_true.__doc__.replace("{truth}", _TRUTH_RULE)


@idl_routine("BOOLEAN")
def boolean(expression, *extraction):
    """Convert to IDL 8.4's BOOLEAN (a BYTE 0 or 1), as IDL's ``BOOLEAN`` does.

    IDL call form::

        Result = BOOLEAN(Expression)

    Parameters
    ----------
    expression : scalar or array_like
        Numbers or strings of any IDL type (readsav layout). {truth}

    Returns
    -------
    numpy.uint8 scalar or ndarray of uint8
        1 or 0, the shape of ``expression``. IDL's BOOLEAN is a BYTE variable carrying a
        boolean flag (HELP prints ``BOOLEAN = true (1)``, JSON_SERIALIZE writes ``true``);
        compat returns the BYTE value without the flag (numpy has no flagged byte, and a
        ``bool`` array would index as a mask where IDL's byte indexes as 0 and 1).

    Raises
    ------
    ValueError
        ``"BOOLEAN: ..."`` for the extraction form ``BOOLEAN(Expression, Offset, D1, ...)``
        (not supported: use ``numpy.frombuffer``).
    TypeError
        ``"BOOLEAN: Struct expression not allowed in this context: Expression."``

    Notes
    -----
    BOOLEAN converts by the LOGICAL_PREDICATE rules ("null, empty, or 0 values are
    false, everything else is true"), not by IDL's default predicate rule (odd integers
    true): ``BOOLEAN(2)`` is 1. Sources: IDL Reference Guide, BOOLEAN (IDL 8.4); the
    IDL 8.4 session printed in M. Galloy, "IDL 8.4: Boolean variables" (2014),
    ``print, boolean(indgen(5))`` -> ``0 1 1 1 1`` and ``print, boolean(['', 'yes',
    'no'])`` -> ``0 1 1`` (golden cases, reference_outputs/idl/logical; GDL 1.0.1 has no
    BOOLEAN).

    Examples
    --------
    >>> from compat import idl
    >>> idl.boolean([0, 1, 2, 3, 4])
    array([0, 1, 1, 1, 1], dtype=uint8)
    >>> idl.boolean(['', 'yes', 'no'])
    array([0, 1, 1], dtype=uint8)
    """
    if extraction:
        raise CompatValueError("the extraction form BOOLEAN(Expression, Offset, D1, ...) is "
                               "not supported: use numpy.frombuffer on the raw bytes")
    return _result(core.truth(_truth_of(expression, "Expression")))


boolean.__doc__ = boolean.__doc__.replace("{truth}", _TRUTH_RULE)
