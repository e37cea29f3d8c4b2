"""MATLAB's operators as functions: ``plus``, ``minus``, ``times``, ``rdivide``,
``ldivide``, ``power``, ``mtimes``, ``mpower``, ``uminus``, ``uplus``, the relational
``eq``, ``ne``, ``lt``, ``le``, ``gt``, ``ge`` and the logical ``not``, ``and``, ``or``
(Python keywords: ``not_``, ``and_``, ``or_``), ``xor``.

The legacy layer of the family (the core is :mod:`compat._core.matlab_operators`).
MATLAB code calls these names directly (``eq(a, b)``) and, far more often, passes them
as handles (``bsxfun(@eq, ...)``, ``cellfun(@plus, ...)``, ``arrayfun``); a port passes
``matlab.eq``. Each follows MATLAB's class rules (integer with double gives the integer
class, rounded and saturated; single with double gives single; logical and char give
double), MATLAB's implicit expansion (sizes compared from the first dimension; a 1-D
array is a row), and MATLAB's messages.

How the plain numpy operators differ: ``np.int8(100) + np.int8(100)`` wraps to -56
(MATLAB 127); ``np.int8(-7) / np.int8(2)`` is the float -3.5 (MATLAB -4);
``np.array(True) + True`` stays logical (MATLAB 2); comparisons of ``int64`` with floats
round the integer to double first (``int64(2^53+1) == 2^53`` is true in numpy, false in
MATLAB); ``<`` of complex numbers compares real parts in MATLAB (numpy raises or orders
lexicographically, Octave compares moduli); ``(-8) ** (1/3)`` is NaN for numpy floats
and complex in MATLAB; a 3x4 matrix plus a 3x4x2 array expands in MATLAB and fails in
numpy (numpy aligns dimensions from the last).
"""

from __future__ import annotations

from compat._core import matlab_operators as core
from compat._core.legacy import matlab_function

__all__ = ["plus", "minus", "times", "rdivide", "ldivide", "power", "mtimes", "mpower",
           "uminus", "uplus", "eq", "ne", "lt", "le", "gt", "ge", "not_", "and_", "or_",
           "xor"]

#: MATLAB's names that are Python keywords -> the Python names
__legacy_names__ = {"not": "not_", "and": "and_", "or": "or_"}


@matlab_function("plus")
def plus(A, B):
    """``A + B``, as MATLAB's ``plus``.

    MATLAB call forms::

        C = A + B        ->  C = matlab.plus(A, B)
        C = plus(A, B)   ->  bsxfun(@plus, A, B): matlab.bsxfun(matlab.plus, A, B)

    Parameters
    ----------
    A, B : array_like
        Numeric, logical or char (its character codes) arrays of compatible sizes:
        each dimension equal or 1, compared from the first (MATLAB's implicit
        expansion; a 1-D array is a row).

    Returns
    -------
    ndarray
        The sum in MATLAB's class: an integer class when either operand has one
        (rounded to nearest, saturated; two different integer classes are an error),
        single when either is single, double otherwise (logical and char included).
        int64/uint64 results are exact, also with a fractional double
        (``int64(2^53+1) + 0.5`` is 2^53+2; the double route gives 2^53).

    Raises
    ------
    ValueError
        ``"plus: Arrays have incompatible sizes for this operation."``
    TypeError
        ``"plus: Integers can only be combined with integers of the same class, or
        scalar doubles."``

    Notes
    -----
    Integer with double (every operator of this family; golden suite
    ``matlab/operators``, cases ``int8_nan_chain_answers``, ``int64_*``): the result is
    the exact result converted to the integer class -- rounded to nearest with ties away
    from zero, saturated at intmin/intmax -- so a NaN operand gives 0 (MATLAB Answers
    238372 prints ``nan + int8(1) + int8(-5) + int8(-3)`` as -8), +-Inf and x/0 give
    intmax/intmin, 0*Inf and 0/0 give 0. int64/uint64 are exact beyond 2^53
    (``int64(2^53+1) + 2^60`` is 1161928703861587969, ``intmax('int64') - 0.5`` is
    intmax); a double literal beyond 2^53 is already rounded to a double before it
    meets the integer. GNU Octave 7.3 differs for 64-bit classes only: it leaves
    ``int64(5) + NaN`` at 5 and rounds ties beyond 2^53 to even (recorded divergences).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.plus(np.int8([100, -100]), 100)
    array([127,   0], dtype=int8)
    >>> matlab.plus(True, True), matlab.plus('ab', 1)
    (np.float64(2.0), array([[98., 99.]]))
    >>> matlab.plus(np.ones((2, 1)), np.array([10.0, 20.0]))
    array([[11., 21.],
           [11., 21.]])
    """
    return _scalar(core.elementwise("plus", A, B))


@matlab_function("minus")
def minus(A, B):
    """``A - B``, as MATLAB's ``minus`` (classes, expansion and errors as :func:`plus`).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.minus(np.uint8(5), 10)
    np.uint8(0)
    """
    return _scalar(core.elementwise("minus", A, B))


@matlab_function("times")
def times(A, B):
    """``A .* B``, as MATLAB's ``times`` (classes, expansion and errors as :func:`plus`;
    an integer product is rounded and saturated: ``uint8(200) .* 2.5`` is 255).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.times(np.uint8(200), 2.5), matlab.times(np.int8(5), 2.6)
    (np.uint8(255), np.int8(13))
    """
    return _scalar(core.elementwise("times", A, B))


@matlab_function("rdivide")
def rdivide(A, B):
    """``A ./ B``, as MATLAB's ``rdivide``: an integer quotient rounds to nearest
    (halves away from zero), ``x/0`` saturates, ``0/0`` is 0; floats divide by zero
    to Inf/NaN without a warning.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.rdivide(np.int8(-7), np.int8(2)), matlab.rdivide(1, 0)
    (np.int8(-4), np.float64(inf))
    """
    return _scalar(core.elementwise("rdivide", A, B))


@matlab_function("ldivide")
def ldivide(A, B):
    """``A .\\ B`` (``B ./ A``), as MATLAB's ``ldivide``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.ldivide(4, [2, 8])
    array([0.5, 2. ])
    """
    return _scalar(core.elementwise("ldivide", A, B))


@matlab_function("power")
def power(A, B):
    """``A .^ B``, as MATLAB's ``power``.

    A real array whose result has any complex element (a negative base with a
    non-integer exponent) is complex as a whole, those elements being the principal
    value (``(-8).^(1/3)`` is ``1 + 1.7321i``, not ``-2``: ``nthroot`` gives real
    roots). An integer power is computed in double, then rounded and saturated
    (``int8(2).^7`` is 127, ``int8(2).^-1`` is 1, ``int8(0).^-1`` is 127; GNU Octave
    gives 0 for an integer to a negative integer of its class unless the base is
    +-1). int64 and uint64 with integer-valued operands are exact, as MATLAB's 64-bit
    arithmetic (``int64(3).^39`` is 4052555153018976267, which the double ``3^39``
    misses by 11), saturating beyond the class.

    Real double operands give GNU Octave's bits: an array to a scalar exponent 2, 3 or
    -1 is the product ``x.*x``, ``x.*x.*x`` or ``1./x``; a scalar base, an array of
    exponents and every other exponent give the C library's ``pow``. numpy's ``x ** y`` differs from that in the last bit for about 5% of random
    pairs (its float64 power is a SIMD loop on AVX-512 machines) and ``x ** 3`` from
    ``x.*x.*x`` for about a quarter of x (``1.01 ** 3`` is 1.0303010000000001,
    ``1.01 .^ 3`` 1.030301). MATLAB documents no rounding for ``power``; the
    golden values are Octave 7.3's (whose ``.^`` is glibc's ``pow`` with those three
    product cases, source: its ``elem_xpow``). Real single operands likewise: the
    products in single for an array to 2, 3, -1, the double ``pow`` rounded to single
    for another integer scalar, else the C library's ``powf`` (numpy's float32 power
    differs from Octave for about a fifth of random arguments).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.power([1.01, 2.0], 3).tolist(), float(matlab.power(1.01, 3))
    ([1.030301, 8.0], 1.0303010000000001)
    >>> matlab.power(np.int8(2), [7, 8, -1])
    array([127, 127,   1], dtype=int8)
    >>> int(matlab.power(np.int64(3), np.int64(39)))
    4052555153018976267
    >>> z = matlab.power([-8.0, 8.0], 1 / 3)
    >>> z.dtype, np.round(z, 4).tolist()
    (dtype('complex128'), [(1+1.7321j), (2+0j)])
    """
    return _scalar(core.power(A, B))


@matlab_function("mtimes")
def mtimes(A, B):
    """``A * B``, as MATLAB's ``mtimes``: the matrix product, or ``times`` when either
    operand is a scalar.

    Integer matrices need a scalar operand (MATLAB's "MTIMES (*) is not fully
    supported for integer classes. At least one argument must be scalar."); inner
    dimensions that disagree raise MATLAB's "Incorrect dimensions for matrix
    multiplication. ..." message. The product of two matrices is BLAS's, as numpy's
    ``@`` (MATLAB also calls BLAS: the last bits may differ between BLAS builds).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.mtimes([[1, 2], [3, 4]], [[5], [6]])
    array([[17.],
           [39.]])
    >>> matlab.mtimes(np.int8([[1, 2], [3, 4]]), np.int8(2))
    array([[2, 4],
           [6, 8]], dtype=int8)
    """
    return _scalar(core.mtimes(A, B))


@matlab_function("mpower")
def mpower(A, B):
    """``A ^ B``, as MATLAB's ``mpower``: a square matrix to a scalar power, or a scalar
    to a square-matrix power.

    An integer power is repeated squaring (a negative one inverts the matrix first,
    with ``inv``'s singular-matrix result); any other power, and a scalar raised to a
    matrix, goes through the eigenvalue decomposition ``V * D.^p / V``, real when the
    result has no imaginary part. Two scalars: :func:`power`.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.mpower([[1, 2], [3, 4]], 2)
    array([[ 7., 10.],
           [15., 22.]])
    >>> matlab.mpower([[4.0, 0], [0, 9]], 0.5)
    array([[2., 0.],
           [0., 3.]])
    """
    return _scalar(core.mpower(A, B))


@matlab_function("uminus")
def uminus(A):
    """``-A``, as MATLAB's ``uminus``: integers saturate (``-int8(-128)`` is 127,
    unsigned values give 0), logical and char give double.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.uminus(np.int8([-128, 5])), matlab.uminus('a')
    (array([127,  -5], dtype=int8), array([[-97.]]))
    """
    return _scalar(core.uminus(A))


@matlab_function("uplus")
def uplus(A):
    """``+A``, as MATLAB's ``uplus``: the value unchanged, logical and char as double
    (``+true`` is 1, ``+'a'`` is 97).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.uplus(True)
    np.float64(1.0)
    """
    return _scalar(core.uplus(A))


_RELATION_DOC = """``A {symbol} B``, as MATLAB's ``{name}``: a logical array.

    MATLAB call forms::

        TF = A {symbol} B        ->  TF = matlab.{name}(A, B)
        bsxfun(@{name}, A, B)    ->  matlab.bsxfun(matlab.{name}, A, B)

    Parameters
    ----------
    A, B : array_like
        Numeric, logical or char arrays (text compares by character codes) of
        compatible sizes (MATLAB's implicit expansion, as :func:`plus`).

    Returns
    -------
    ndarray of bool
        Element by element. {complex_rule} Integers of any class compare exactly with
        each other and with doubles (``int64(2^53 + 1) == 2^53`` is false, where numpy
        converts the integer to double first); NaN is unequal to everything.

    Raises
    ------
    ValueError
        ``"{name}: Arrays have incompatible sizes for this operation."``

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.{name}([1, 2, 3], 2)
    {example}
    """

_ORDER_RULE = ("Complex operands compare by their real parts only, as MATLAB documents "
               "(Octave 7.3 compares moduli instead).")
_EQUALITY_RULE = "Complex operands compare both parts."


def _relation(name: str, symbol: str, example: str):
    @matlab_function(name)
    def relation(A, B):
        return _scalar(core.relational(name, A, B))
    relation.__name__ = relation.__qualname__ = name
    relation.__wrapped__.__name__ = relation.__wrapped__.__qualname__ = name
    relation.__doc__ = _RELATION_DOC.format(
        name=name, symbol=symbol, example=example,
        complex_rule=_EQUALITY_RULE if name in ("eq", "ne") else _ORDER_RULE)
    return relation


eq = _relation("eq", "==", "array([False,  True, False])")
ne = _relation("ne", "~=", "array([ True, False,  True])")
lt = _relation("lt", "<", "array([ True, False, False])")
le = _relation("le", "<=", "array([ True,  True, False])")
gt = _relation("gt", ">", "array([False, False,  True])")
ge = _relation("ge", ">=", "array([False,  True,  True])")


_LOGICAL_DOC = """``{expression}``, as MATLAB's ``{name}``: a logical array.

    MATLAB call forms::

        TF = {expression}        ->  TF = matlab.{python}({arguments})
        {name}({arguments})      ->  matlab.{python}({arguments})
        if {name}(...)           ->  if matlab.{python}(...).all() (MATLAB's if needs all true)

    Numbers are true when non-zero (a complex number when either part is), text by its
    character codes; {operands} MATLAB's implicit expansion applies (as :func:`plus`).
    NaN cannot be converted to a logical value: MATLAB's error
    "{name}: NaN's cannot be converted to logicals.". {extra}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.{python}({example_call})
    {example_result}
    """


@matlab_function("not")
def not_(A):
    return _scalar(core.logical_not(A))


@matlab_function("and")
def and_(A, B):
    return _scalar(core.logical("and", A, B))


@matlab_function("or")
def or_(A, B):
    return _scalar(core.logical("or", A, B))


@matlab_function("xor")
def xor(A, B):
    return _scalar(core.logical("xor", A, B))


_BINARY_EXTRA = ("Exactly two operands, as MATLAB's reference page gives the function "
                 "(Octave 7.3 also takes more and combines them).")
not_.__doc__ = _LOGICAL_DOC.format(
    expression="~A", name="not", python="not_", arguments="A", operands="",
    extra="Python's ``not`` keyword cannot be the name: ``matlab.not_``; real MATLAB "
          "code writes ``if not(exist(name))``.",
    example_call="[0, 1, 2, -0.5]", example_result="array([ True, False, False, False])")
and_.__doc__ = _LOGICAL_DOC.format(
    expression="A & B", name="and", python="and_", arguments="A, B",
    operands="sizes compatible, ", extra=_BINARY_EXTRA,
    example_call="[1, 0, 1], [1, 1, 0]", example_result="array([ True, False, False])")
or_.__doc__ = _LOGICAL_DOC.format(
    expression="A | B", name="or", python="or_", arguments="A, B",
    operands="sizes compatible, ", extra=_BINARY_EXTRA,
    example_call="[0, 0, 1], [0, 1, 0]", example_result="array([False,  True,  True])")
xor.__doc__ = _LOGICAL_DOC.format(
    expression="xor(A, B)", name="xor", python="xor", arguments="A, B",
    operands="sizes compatible, ", extra=_BINARY_EXTRA,
    example_call="[1, 0, 1], 1", example_result="array([False,  True, False])")


def _scalar(out):
    """A 0-d result as a numpy scalar (MATLAB's 1x1), arrays as they are."""
    return out[()] if getattr(out, "ndim", 1) == 0 else out
