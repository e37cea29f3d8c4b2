"""MATLAB's bit and divisor functions: ``bitand``, ``bitor``, ``bitxor``, ``bitshift``,
``bitcmp``, ``bitget``, ``bitset``, ``gcd``, ``lcm``, ``factor``, ``primes``, ``isprime``.

The legacy layer of the family: each function reads MATLAB's argument grammar
(``assumedtype``, ``nargout``), applies MATLAB's class rules (an integer class with the
same class or a double; doubles as the bits of ``assumedtype``, default ``'uint64'``)
and value checks with MATLAB's messages, and calls the core
:mod:`compat._core.integer_math`.
"""

from __future__ import annotations

import numpy as np

from compat._core import integer_math as core
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import INT_CLASSES, MIX_MESSAGE, intmax, intmin
from compat._core.matlab_types import matlab_array, matlab_class
from compat._core.results import Result

__all__ = ["bitand", "bitor", "bitxor", "bitshift", "bitcmp", "bitget", "bitset", "gcd",
           "lcm", "factor", "primes", "isprime", "GcdResult"]


class GcdResult(Result):
    """``[G, U, V] = gcd(A, B)``."""

    request_style = "nargout"
    G: np.ndarray
    U: np.ndarray
    V: np.ndarray


_RANGE = "Double inputs must have integer values in the range of ASSUMEDTYPE."

_DOCS = Fragments(
    classes="""
        A, B : array_like
            Arrays of the same size or one a scalar (broadcast): integer classes
            (``np.int8`` ... ``np.uint64``; signed values are their two's-complement
            bits), or double/single/logical holding integer values (Python numbers and
            lists are doubles). An integer class combines with the same class or with
            doubles (whose values must fit that class); two integer classes raise
            TypeError.
        assumedtype : str, optional
            For double inputs, the integer type whose bits they stand for: 'uint64'
            (MATLAB's default), 'uint8' ... 'int64'; negative doubles need a signed
            type. With integer inputs it must name their class.""",
    result="""
        ndarray
            The class of the integer operand, else double (single for single
            inputs), MATLAB's size.""",
    octave="""
        GNU Octave 7.3 treats doubles as 53-bit unsigned integers and has no
        ``assumedtype``: its results differ from MATLAB's beyond 2^53 and for negative
        or non-integer doubles (which MATLAB refuses: "Double inputs must have integer
        values in the range of ASSUMEDTYPE.").""",
    sources="""
        Sources: MATLAB ``{{name}}`` reference page (assumedtype, data types).
        Checked against GNU Octave 7.3 (reference_outputs/matlab/integer_math).""",
)


# ------------------------------------------------------------------ argument reading
def _assumed(assumedtype) -> str | None:
    if assumedtype is None:
        return None
    if not isinstance(assumedtype, str) or assumedtype.lower() not in INT_CLASSES:
        raise CompatValueError(f"ASSUMEDTYPE must be an integer type name ('uint8', ... "
                               f"'int64'), got {assumedtype!r}")
    return assumedtype.lower()


def _input(x, name: str) -> np.ndarray:
    a = matlab_array(x, name)
    if a.dtype.kind == "c":
        raise CompatTypeError(f"{name} must be real (complex values have no bits)")
    return a


def _fit(x: np.ndarray, cls: str) -> np.ndarray:
    """Integer-valued floats inside ``cls``'s range as that numpy type."""
    if x.dtype.kind in "iub":
        v = x
    else:
        with np.errstate(invalid="ignore"):
            ok = np.isfinite(x) & (x == np.trunc(x))
        if not np.all(ok):
            raise CompatValueError(_RANGE)
        v = x
    lo, hi = intmin(cls), intmax(cls)
    if v.size and (np.min(v) < lo or np.max(v) > hi):
        raise CompatValueError(_RANGE)
    if v.dtype.kind == "f":
        # exact: integer-valued doubles in range convert exactly (2^64 - 1 is no double)
        return np.array([int(t) for t in v.ravel()], dtype=object).astype(
            INT_CLASSES[cls]).reshape(v.shape) if cls in ("uint64", "int64") else \
            v.astype(INT_CLASSES[cls])
    return v.astype(INT_CLASSES[cls])


def _check_sizes(*arrays: np.ndarray) -> None:
    """MATLAB's size rule for two operands: the same size or one a scalar (numpy's
    broadcasting)."""
    try:
        np.broadcast_shapes(*(x.shape for x in arrays))
    except ValueError:
        raise CompatValueError("Inputs must be the same size or either one can be a "
                               "scalar.") from None


def _bit_operands(A, B, assumedtype):
    """``(a, b, cls, out)``: both operands in the numpy type of ``cls`` and the class
    of the result ('double', 'single' or ``cls``)."""
    a, b = _input(A, "A"), _input(B, "B")
    ca, cb = matlab_class(a), matlab_class(b)
    ia, ib = ca in INT_CLASSES, cb in INT_CLASSES
    assumed = _assumed(assumedtype)
    if ia and ib and ca != cb:
        raise CompatTypeError(MIX_MESSAGE)
    _check_sizes(a, b)
    cls, out = _bit_class(assumed, ca, cb)
    return _fit(a, cls), _fit(b, cls), cls, out


def _bit_class(assumed: str | None, *classes: str) -> tuple[str, str]:
    """``(cls, out)`` for operands of MATLAB ``classes``: the integer class whose bits
    they are and the class of the result. An integer operand's class (``assumed`` must
    name it), else ``assumed`` (default 'uint64') with a single result for a single
    operand, else double."""
    ints = [c for c in classes if c in INT_CLASSES]
    if ints:
        cls = ints[0]
        if assumed is not None and assumed != cls:
            raise CompatValueError(f"ASSUMEDTYPE '{assumed}' does not match the integer "
                                   f"class '{cls}' of the input")
        return cls, cls
    return assumed or "uint64", "single" if "single" in classes else "double"


def _finish(v: np.ndarray, out: str) -> np.ndarray:
    v = np.asarray(v)
    if out == "double":
        v = v.astype(np.float64)
    elif out == "single":
        v = v.astype(np.float32)
    return v[()] if v.ndim == 0 else v  # a scalar input gives a numpy scalar


# -------------------------------------------------------------- bitand / bitor / bitxor
_BITWISE = """Bit-wise {{what}}, as MATLAB's ``{{name}}``.

    MATLAB call forms::

        C = {{name}}(A, B)                ->  {{name}}(A, B)
        C = {{name}}(A, B, assumedtype)   ->  {{name}}(A, B, 'int8')

    Parameters
    ----------
    {{classes}}

    Returns
    -------
    {{result}}

    Notes
    -----
    numpy's ``np.{{numpy}}`` refuses floats and, on integer types of two widths,
    silently promotes; MATLAB refuses non-integer or out-of-range doubles and mixed
    integer classes, and reads doubles as the bits of ``assumedtype``.

    {{octave}}

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import {{name}}
    >>> import numpy as np
    >>> {{name}}(12, 10)
    {{ex1}}
    >>> {{name}}(np.uint8([255, 7]), 3)
    {{ex2}}
    """


def _make_bitwise(op: str, **fragments):
    name = "bit" + op

    def function(A, B, assumedtype=None):
        a, b, _, out = _bit_operands(A, B, assumedtype)
        return _finish(core.bitwise(op, a, b), out)

    function.__name__ = function.__qualname__ = name
    function.__doc__ = _BITWISE
    return matlab_function(name)(_DOCS.named(**fragments)(function))


bitand = _make_bitwise("and", what="AND", numpy="bitwise_and",
                       ex1="np.float64(8.0)", ex2="array([3, 3], dtype=uint8)")
bitor = _make_bitwise("or", what="OR", numpy="bitwise_or",
                      ex1="np.float64(14.0)", ex2="array([255,   7], dtype=uint8)")
bitxor = _make_bitwise("xor", what="XOR", numpy="bitwise_xor",
                       ex1="np.float64(6.0)", ex2="array([252,   4], dtype=uint8)")


# ------------------------------------------------------------------------- bitshift
@matlab_function("bitshift")
@_DOCS.named()
def bitshift(A, k, assumedtype=None):
    """Shift bits by ``k`` positions, as MATLAB's ``bitshift``.

    MATLAB call forms::

        intout = bitshift(A, k)                ->  bitshift(A, 3)
        intout = bitshift(A, k, assumedtype)   ->  bitshift(A, -1, 'int8')

    Parameters
    ----------
    A : array_like
        Integer class, or double/single/logical with integer values in the range of
        ``assumedtype`` (default 'uint64').
    k : array_like of int
        Positive: shift left (bits leaving the type are lost: ``bitshift(uint8(255),
        1)`` is 254); negative: shift right (arithmetic for signed types, so
        ``bitshift(int8(-8), -1)`` is -4). Broadcast against ``A``.
    assumedtype : str, optional
        As for :func:`bitand`.

    Returns
    -------
    {{result}}

    Notes
    -----
    ``np.left_shift`` on an int8 ``-1`` gives ``-2`` as MATLAB does, but numpy refuses
    floats and its shift by the type's width or more is undefined (platform
    dependent); MATLAB gives 0 there (-1 for a negative value shifted right).

    {{octave}}

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import bitshift
    >>> import numpy as np
    >>> bitshift(1, [1, 2, 3])
    array([2., 4., 8.])
    >>> bitshift(np.uint8(255), 1)
    np.uint8(254)
    >>> bitshift(2.0 ** 52, 1)          # MATLAB's 'uint64' default (Octave: 0)
    np.float64(9007199254740992.0)
    """
    a = _input(A, "A")
    kk = _input(k, "k")
    with np.errstate(invalid="ignore"):
        if kk.dtype.kind == "f" and not np.all(np.isfinite(kk) & (kk == np.trunc(kk))):
            raise CompatValueError("K must be an integer-valued array.")
    _check_sizes(a, kk)
    cls, out = _bit_class(_assumed(assumedtype), matlab_class(a))
    kv = np.clip(kk.astype(np.float64), -128, 128).astype(np.int64)
    return _finish(core.shift(_fit(a, cls), kv), out)


# --------------------------------------------------------------------------- bitcmp
@matlab_function("bitcmp")
@_DOCS.named()
def bitcmp(A, assumedtype=None):
    """Bit-wise complement, as MATLAB's ``bitcmp``.

    MATLAB call forms::

        cmp = bitcmp(A)                ->  bitcmp(A)
        cmp = bitcmp(A, assumedtype)   ->  bitcmp(A, 'int8')

    Parameters
    ----------
    A : array_like
        Integer class, or double/single/logical with integer values in the range of
        ``assumedtype`` (default 'uint64', so ``bitcmp(0)`` is ``2^64 - 1`` as a
        double, 1.8447e+19).
    assumedtype : str, optional
        As for :func:`bitand`. MATLAB's pre-R2014b ``bitcmp(A, n)`` (a number of
        bits) is not accepted (removed from MATLAB).

    Returns
    -------
    {{result}}

    Notes
    -----
    ``np.invert`` of a float is an error and of a Python int is ``-x - 1``.

    {{octave}}

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import bitcmp
    >>> import numpy as np
    >>> bitcmp(np.uint8(10))
    np.uint8(245)
    >>> bitcmp(10, 'int8')
    np.float64(-11.0)
    """
    if assumedtype is not None and not isinstance(assumedtype, str):
        raise CompatValueError("bitcmp(A, N) with a number of bits is not supported "
                               "(removed in MATLAB R2014b); give ASSUMEDTYPE as a type "
                               "name such as 'uint8'")
    a = _input(A, "A")
    cls, out = _bit_class(_assumed(assumedtype), matlab_class(a))
    return _finish(core.complement(_fit(a, cls)), out)


# ------------------------------------------------------------------------ gcd / lcm
def _divisor_operands(A, B, positive: bool):
    """``(a, b, cls)``: Python-int object arrays (broadcast) and the result class."""
    a, b = _input(A, "A"), _input(B, "B")
    ca, cb = matlab_class(a), matlab_class(b)
    ia, ib = ca in INT_CLASSES, cb in INT_CLASSES
    if ia and ib and ca != cb:
        raise CompatTypeError(MIX_MESSAGE)
    _check_sizes(a, b)
    a, b = np.broadcast_arrays(a, b)
    cls = ca if ia else cb if ib else ("single" if "single" in (ca, cb) else "double")
    for x in (a, b):
        if x.dtype.kind == "f":
            with np.errstate(invalid="ignore"):
                ok = np.isfinite(x) & (x == np.trunc(x))
            if not np.all(ok):
                raise CompatValueError("Input arguments must contain only integers."
                                       if not positive else
                                       "Input arguments must contain positive integers.")
        if positive and np.any(x < 1):
            raise CompatValueError("Input arguments must contain positive integers.")
    as_int = [np.array([int(t) for t in x.ravel()], dtype=object).reshape(x.shape)
              for x in (a, b)]
    return as_int[0], as_int[1], cls


def _in_class(v: np.ndarray, cls: str) -> np.ndarray:
    if cls in INT_CLASSES:
        lo, hi = intmin(cls), intmax(cls)
        flat = [min(max(int(t), lo), hi) for t in v.ravel()]
        return np.array(flat, dtype=INT_CLASSES[cls]).reshape(v.shape)
    return np.array([float(t) for t in v.ravel()],
                    dtype=np.float32 if cls == "single" else np.float64).reshape(v.shape)


@matlab_function("gcd", nargout=3)
@_DOCS.named()
def gcd(A, B, *, nargout=1):
    """Greatest common divisor, as MATLAB's ``gcd``.

    MATLAB call forms::

        G = gcd(A, B)              ->  gcd(A, B)
        [G, U, V] = gcd(A, B)      ->  G, U, V = gcd(A, B, nargout=3)

    Parameters
    ----------
    A, B : array_like
        Integer values (any numeric class; an integer class combines with the same
        class or with doubles), the same size or one a scalar. Negative values are
        allowed; ``gcd(0, 0)`` is 0.
    nargout : {1, 3}

    Returns
    -------
    G : ndarray
        The nonnegative greatest common divisors, in the class of the integer operand
        (else single if either is single, else double).
    U, V : ndarray
        Bézout coefficients with ``G = A.*U + B.*V``, from the extended Euclidean
        algorithm (the coefficients MATLAB and Octave return). ``nargout=3`` returns a
        :class:`GcdResult`.

    Notes
    -----
    ``np.gcd`` refuses floats, has no Bézout coefficients and promotes mixed integer
    types.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import gcd
    >>> gcd([[-5, 17], [10, 0]], [[-15, 3], [100, 0]])   # documentation example
    array([[ 5.,  1.],
           [10.,  0.]])
    >>> G, U, V = gcd(12, 18, nargout=3)
    >>> G, U, V
    (np.float64(6.0), np.float64(-1.0), np.float64(1.0))
    """
    a, b, cls = _divisor_operands(A, B, positive=False)
    g, u, v = core.gcd_bezout(a, b)
    outs = [_in_class(np.asarray(x, dtype=object), cls) for x in (g, u, v)]
    outs = [x[()] if x.ndim == 0 else x for x in outs]
    return GcdResult.first(nargout, *outs)


@matlab_function("lcm")
@_DOCS.named()
def lcm(A, B):
    """Least common multiple, as MATLAB's ``lcm``.

    MATLAB call form::

        L = lcm(A, B)   ->  lcm(A, B)

    Parameters
    ----------
    A, B : array_like
        Positive integer values (MATLAB: "real, positive integer values"), the same
        size or one a scalar; an integer class combines with the same class or with
        doubles.

    Returns
    -------
    ndarray
        The least common multiples in the class of the integer operand (saturated to
        it), else single/double.

    Notes
    -----
    MATLAB refuses zero and negative values ("Input arguments must contain positive
    integers."); GNU Octave 7.3 accepts them (``lcm(-4, 6)`` is -12 there) and
    ``np.lcm`` returns a nonnegative result. ``np.lcm`` also wraps around on integer
    overflow where MATLAB saturates, and refuses floats.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import lcm
    >>> import numpy as np
    >>> lcm([[5, 17], [10, 60]], 45)                      # documentation example
    array([[ 45., 765.],
           [ 90., 180.]])
    >>> lcm(np.uint16([255, 511, 15]), np.uint16([15, 127, 1023]))
    array([  255, 64897,  5115], dtype=uint16)
    """
    a, b, cls = _divisor_operands(A, B, positive=True)
    g = core.gcd_only(a, b)
    out = _in_class(np.asarray(a * b // g, dtype=object), cls)
    return out[()] if out.ndim == 0 else out


# ------------------------------------------------------------------------- primes
def _whole_scalar(n, message: str) -> int:
    a = np.asarray(n)
    if a.size != 1 or a.dtype.kind not in "biuf":
        raise CompatValueError(message)
    v = a.reshape(-1)[0]
    if a.dtype.kind == "f" and (not np.isfinite(v) or v != np.floor(v)):
        raise CompatValueError(message)
    if v < 0:
        raise CompatValueError(message)
    return int(v)


def _number_class(n) -> np.dtype:
    a = np.asarray(n)
    if a.dtype.kind in "iu" and (isinstance(n, (np.ndarray, np.generic))):
        return a.dtype
    if a.dtype == np.float32:
        return a.dtype
    return np.dtype(np.float64)


@matlab_function("factor")
def factor(n):
    """Prime factors, as MATLAB's ``factor``.

    MATLAB call form::

        f = factor(n)   ->  factor(60)     ([2 2 3 5])

    Parameters
    ----------
    n : int
        A real nonnegative integer scalar: double up to ``flintmax`` (exact), single,
        or an integer class (``uint64`` exactly, beyond ``flintmax``).

    Returns
    -------
    ndarray
        The prime factors with multiplicity in ascending order, a 1-D row in the class
        of ``n`` (``factor(uint8(60))`` is uint8). ``factor(0)`` is 0 and ``factor(1)``
        is 1, as MATLAB returns them (numbers below 4 come back as themselves).

    Raises
    ------
    ValueError
        A negative, non-integer, non-scalar or non-finite ``n``: ``"factor: Q must be a
        real non-negative integer"`` (GNU Octave's text; MATLAB's is not published in
        its documentation); a double above ``flintmax``: ``"factor: Maximum value of n
        is flintmax."``.

    Notes
    -----
    ``sympy.factorint`` gives a dict of multiplicities, not MATLAB's row of repeated
    factors; there is no numpy call.

    Sources: MATLAB ``factor`` reference page (``factor(200)`` is ``[2 2 2 5 5]``, the
    class of the input kept); checked against GNU Octave 7.3
    (reference_outputs/matlab/ranked_routines).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import factor
    >>> factor(200)
    array([2., 2., 2., 5., 5.])
    >>> factor(np.uint8(60))
    array([2, 2, 3, 5], dtype=uint8)
    """
    value = _whole_scalar(n, "Q must be a real non-negative integer")
    dtype = _number_class(n)
    if dtype.kind == "f" and value > 2 ** 53:
        raise CompatValueError("Maximum value of n is flintmax.")
    return np.array(core.prime_factors(value), dtype=dtype)


@matlab_function("primes")
def primes(n):
    """Prime numbers less than or equal to ``n``, as MATLAB's ``primes``.

    MATLAB call form::

        p = primes(n)   ->  primes(20)     ([2 3 5 7 11 13 17 19])

    Parameters
    ----------
    n : real scalar
        The bound (not necessarily an integer: ``primes(20.5)`` is ``primes(20)``).

    Returns
    -------
    ndarray
        A 1-D row of the primes ``<= n`` in the class of ``n`` (double for a Python
        number); empty (``1 x 0``) below 2.

    Raises
    ------
    ValueError
        A non-scalar, complex or NaN ``n``: ``"primes: N must be a real scalar"``.

    Notes
    -----
    Computed by the sieve of Eratosthenes, as MATLAB's primes.m does; numpy has no
    primes function (``sympy.primerange`` is the nearest).

    Sources: MATLAB ``primes`` reference page; checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import primes
    >>> primes(20)
    array([ 2.,  3.,  5.,  7., 11., 13., 17., 19.])
    """
    a = np.asarray(n)
    if a.size != 1 or a.dtype.kind not in "biuf" or (a.dtype.kind == "f" and
                                                     np.isnan(a.reshape(-1)[0])):
        raise CompatValueError("N must be a real scalar")
    v = a.reshape(-1)[0]
    bound = -1 if v < 2 else int(np.floor(float(v)))
    if bound > 2 ** 32:
        raise CompatValueError("N is too large: the primes would not fit in memory")
    return core.prime_sieve(bound).astype(_number_class(n))


# ------------------------------------------------------------------ bitget / bitset
def _bit_positions(bit, cls: str, a: np.ndarray) -> np.ndarray:
    """The bit positions (1 = least significant) as int64, checked against the width of
    ``cls`` and broadcast-compatible with ``a``."""
    b = _input(bit, "bit")
    width = np.dtype(INT_CLASSES[cls]).itemsize * 8
    with np.errstate(invalid="ignore"):
        ok = (b == np.trunc(b)) & (b >= 1) & (b <= width) if b.dtype.kind == "f" else \
            (b >= 1) & (b <= width)
    if not np.all(ok):
        raise CompatValueError(f"BIT must be an integer between 1 and {width} for the "
                               f"{cls} bits of A.")
    _check_sizes(a, b)
    return b.astype(np.int64)


@matlab_function("bitget")
@_DOCS.named()
def bitget(A, bit, assumedtype=None):
    """Bit at position ``bit``, as MATLAB's ``bitget``.

    MATLAB call forms::

        b = bitget(A, bit)                ->  bitget(A, 3)
        b = bitget(A, bit, assumedtype)   ->  bitget(-1, 8, 'int8')

    Parameters
    ----------
    A : array_like
        Integer class, or double/single/logical with integer values in the range of
        ``assumedtype`` (default 'uint64'); signed values are their two's-complement
        bits.
    bit : array_like of int
        Positions from 1 (the least significant) to the width of the type (8 for
        int8/uint8 ... 64), broadcast against ``A``.
    assumedtype : str, optional
        As for :func:`bitand`.

    Returns
    -------
    {{result}}
        Each element 0 or 1.

    {{octave}}

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import bitget
    >>> bitget(np.uint8(255), [8, 7, 1])
    array([1, 1, 1], dtype=uint8)
    >>> bitget(5, [1, 2, 3])
    array([1., 0., 1.])
    """
    a = _input(A, "A")
    cls, out = _bit_class(_assumed(assumedtype), matlab_class(a))
    positions = _bit_positions(bit, cls, a)
    return _finish(core.bit_get(_fit(a, cls), positions), out)


@matlab_function("bitset")
@_DOCS.named()
def bitset(A, bit, V=1, assumedtype=None):
    """``A`` with the bit at position ``bit`` set to ``V``, as MATLAB's ``bitset``.

    MATLAB call forms::

        C = bitset(A, bit)                  ->  bitset(A, 3)          (set to 1)
        C = bitset(A, bit, V)               ->  bitset(A, 3, 0)       (clear)
        C = bitset(A, bit, V, assumedtype)  ->  bitset(5, 8, 1, 'int8')

    Parameters
    ----------
    A : array_like
        As for :func:`bitget`.
    bit : array_like of int
        Positions from 1 to the width of the type, broadcast against ``A``.
    V : array_like, default 1
        The new bit: zero clears it, anything else (MATLAB: 1 or true) sets it.
    assumedtype : str, optional
        As for :func:`bitand`. Setting the top bit of a signed type makes the value
        negative (``bitset(int8(5), 8)`` is -123).

    Returns
    -------
    {{result}}

    {{octave}}

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import bitset
    >>> bitset(np.uint8(8), 1)
    np.uint8(9)
    >>> bitset(np.int8(5), 8)
    np.int8(-123)
    >>> bitset(15, [1, 2], 0)
    array([14., 13.])
    """
    a = _input(A, "A")
    cls, out = _bit_class(_assumed(assumedtype), matlab_class(a))
    positions = _bit_positions(bit, cls, a)
    value = _input(V, "V")
    if value.dtype.kind == "f" and np.any(np.isnan(value)):
        raise CompatValueError("V must be 0 or 1 (NaN cannot be a bit).")
    _check_sizes(a, positions, value)
    return _finish(core.bit_set(_fit(a, cls), positions, value), out)


# --------------------------------------------------------------------------- isprime
@matlab_function("isprime")
def isprime(X):
    """True for the prime elements of ``X``, as MATLAB's ``isprime``.

    MATLAB call form::

        tf = isprime(X)   ->  isprime([2 3 4 5 97])

    Parameters
    ----------
    X : array_like
        Non-negative integer values: an integer class, or double/single/logical with
        integer values (doubles up to flintmax are exact integers; larger doubles are
        tested as the integers they hold).

    Returns
    -------
    ndarray of bool
        The shape of ``X`` (a numpy bool for a scalar).

    Raises
    ------
    ValueError
        ``"isprime: All entries of X must be nonnegative integers."`` (MATLAB's
        message) for negative, fractional, NaN or Inf values.

    Notes
    -----
    Exact for every 64-bit integer (a sieve below 2^20, deterministic Miller-Rabin
    above); ``sympy.isprime`` is the nearest Python call, numpy has none.

    Sources: MATLAB ``isprime`` reference page; checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import isprime
    >>> isprime([2, 3, 4, 5, 97, 1])
    array([ True,  True, False,  True,  True, False])
    """
    x = _input(X, "X")
    if x.dtype.kind == "f":
        with np.errstate(invalid="ignore"):
            ok = np.isfinite(x) & (x == np.trunc(x)) & (x >= 0)
    else:
        ok = x >= 0
    if not np.all(ok):
        raise CompatValueError("All entries of X must be nonnegative integers.")
    values = x.astype(np.uint64) if x.dtype.kind in "fb" else x
    out = core.is_prime(values)
    return out[()] if out.ndim == 0 else out
