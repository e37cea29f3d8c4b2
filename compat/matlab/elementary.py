"""MATLAB's elementary functions -- ``sqrt``, ``exp``, ``log``, ``log2``, ``log10``,
``log1p``, ``expm1``, ``sin``, ``cos``, ``tan``, ``asin``, ``acos``, ``atan``, ``atan2``,
``sinh``, ``cosh``, ``tanh``, ``asinh``, ``acosh``, ``atanh``, ``sec``, ``csc``, ``cot``,
``abs``, ``sign``, ``real``, ``imag``, ``conj`` -- over :mod:`compat._core.matlab_elementary`.

What differs from numpy's ufuncs (details in the core module):

* complex results where a real argument leaves the real domain (``sqrt(-4)`` is
  ``0+2i``, ``log(-1)`` ``0+3.1416i``, ``asin(2)`` ``1.5708-1.3170i``), the whole array
  complex when one element is; numpy gives NaN (and ``numpy.emath`` takes other
  branches for ``asin``/``acos`` above 1);
* the C library's bits (as GNU Octave calls it), where numpy's SIMD loops differ in the
  last bit for 0.1-45% of arguments; complex arguments by the C library's ``csqrt`` ...
  and Octave 7.3's formulas, bit for bit on every random draw tried;
* MATLAB's classes: single stays single, logical and char compute in double, integer
  classes are refused except by ``abs``, ``sign``, ``real``, ``imag``, ``conj`` (which
  keep them; ``abs`` saturates). Octave 7.3 computes integer arguments in double and
  refuses char: both recorded as divergences, MATLAB's documented classes win;
* a complex argument whose results all have zero imaginary parts gives a real result
  (``sqrt(complex(4, 0))`` is 2): MATLAB drops an all-zero imaginary part (isreal
  reference page), as Octave does.

Sources: the MATLAB reference pages of each function (sqrt's 'IEEE Compliance' for
``sqrt(-0)``); the C library (ISO C 7.12, 7.3); measured bit for bit against GNU Octave
7.3 (golden suite matlab/elementary; tests/test_matlab_elementary.py).
"""

from __future__ import annotations

import numpy as np

from compat._core import matlab_elementary as core
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan",
           "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh",
           "atanh", "sec", "csc", "cot", "abs", "sign", "real", "imag", "conj"]

_DOCS = Fragments(common="""Parameters
----------
X : scalar or array_like
    double or single, real or complex, any shape (N-D, empty); logical and char
    (``str``) compute in double.

Returns
-------
numpy scalar or ndarray
    X's shape, single for single and double otherwise; complex where MATLAB's result is
    (see Notes), real for a complex X whose results have zero imaginary parts.

Raises
------
TypeError
    For integer classes, MATLAB's ``"Check for incorrect argument data type or missing
    argument in call to function '...'."`` (Octave 7.3 computes them in double: a
    recorded divergence).""", example_import=""">>> import numpy as np
>>> from compat import matlab""")


def _float_argument(X, function: str) -> np.ndarray:
    """X as double/single (real or complex): logical and char in double, integer
    classes refused with MATLAB's message."""
    x = matlab_array(X, "X", char="codes")
    if x.dtype.kind in "iu":
        raise core.refuse_integer(function)
    if x.dtype.kind == "b":
        x = x.astype(np.float64)
    return x


def _any_argument(X) -> np.ndarray:
    """X in its class (integers kept), char as double codes."""
    return matlab_array(X, "X", char="codes")


@matlab_function("sqrt")
@_DOCS.fill
def sqrt(X):
    """Square root, complex for negative arguments, as MATLAB's ``sqrt``.

    MATLAB call form::

        B = sqrt(X)   ->  sqrt(-4)   (0 + 2i)

    {{common}}

    Notes
    -----
    Negative elements give ``0 + sqrt(-x) i`` (the whole array complex); ``sqrt(-0)`` is
    ``0`` (MATLAB's reference page, 'IEEE Compliance': IEEE and Octave 7.3 give ``-0``).
    ``numpy.sqrt`` gives NaN for negatives; ``numpy.emath.sqrt`` of an integer array
    computes in double where MATLAB refuses integers.
    Source: MATLAB reference page ``sqrt``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.sqrt([4.0, -4.0])
    array([2.+0.j, 0.+2.j])
    >>> matlab.sqrt(np.float32(2))
    np.float32(1.4142135)
    """
    return core.elementary("sqrt", _float_argument(X, "sqrt"))


@matlab_function("exp")
@_DOCS.fill
def exp(X):
    """Exponential, as MATLAB's ``exp``.

    MATLAB call form::

        Y = exp(X)   ->  exp(1)   (2.7183)

    {{common}}

    Notes
    -----
    The C library's ``exp`` (``expf`` for single); ``numpy.exp`` is another approximation
    (last bit differs for about 5% of DOUBLE arguments).
    Source: MATLAB reference page ``exp``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.exp([0.0, 1.0])
    array([1.        , 2.71828183])
    """
    return core.elementary("exp", _float_argument(X, "exp"))


@matlab_function("log")
@_DOCS.fill
def log(X):
    """Natural logarithm, complex for negative arguments, as MATLAB's ``log``.

    MATLAB call form::

        Y = log(X)   ->  log(-1)   (0 + 3.1416i)

    {{common}}

    Notes
    -----
    Negative elements give ``log(-x) + pi i``; ``log(0)`` is ``-Inf``. ``numpy.log``
    gives NaN for negatives.
    Source: MATLAB reference page ``log``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.log([1.0, -1.0])
    array([0.+0.j        , 0.+3.14159265j])
    """
    return core.elementary("log", _float_argument(X, "log"))


@matlab_function("log2", nargout=2)
@_DOCS.fill
def log2(X, nargout=1):
    """Base-2 logarithm, or the mantissa and exponent, as MATLAB's ``log2``.

    MATLAB call form::

        Y = log2(X)        ->  log2(8)   (3)
        [F, E] = log2(X)   ->  F, E = log2(X, nargout=2)   (X = F .* 2.^E)

    {{common}}

    Notes
    -----
    Negative elements give ``log2(-x) + (pi/log 2) i``. With ``nargout=2`` (real X
    only), ``F`` in X's class with ``0.5 <= abs(F) < 1`` and ``E`` in X's class too (C's
    ``frexp``; ``F = X``, ``E = 0`` for 0, Inf, NaN).
    Source: MATLAB reference page ``log2``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.log2([8.0, 0.5])
    array([ 3., -1.])
    >>> matlab.log2(10.0, nargout=2)
    (np.float64(0.625), np.float64(4.0))
    """
    x = _float_argument(X, "log2")
    if nargout == 2:
        if x.dtype.kind == "c":
            raise CompatValueError("X must be real for [F, E] = log2(X)")
        return core.log2_parts(x)
    return core.elementary("log2", x)


@matlab_function("log10")
@_DOCS.fill
def log10(X):
    """Common logarithm, complex for negative arguments, as MATLAB's ``log10``.

    MATLAB call form::

        Y = log10(X)   ->  log10(-10)   (1 + 1.3644i)

    {{common}}

    Notes
    -----
    Negative elements give ``log10(-x) + (pi/log 10) i``; complex arguments
    ``log(z) / log(10)`` part by part (libstdc++'s ``std::log10``).
    Source: MATLAB reference page ``log10``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.log10(-10.0)
    np.complex128(1+1.3643763538418414j)
    """
    return core.elementary("log10", _float_argument(X, "log10"))


@matlab_function("log1p")
@_DOCS.fill
def log1p(X):
    """``log(1 + x)`` accurate for small x, as MATLAB's ``log1p``.

    MATLAB call form::

        Y = log1p(X)   ->  log1p(1e-10)

    {{common}}

    Notes
    -----
    Elements below -1 give ``log(-(1+x)) + pi i``; complex arguments near 0 use
    ``log1p(|1+z|^2 - 1 ...)`` and ``atan2`` (Octave 7.3's formula, measured bit for bit).
    Source: MATLAB reference page ``log1p``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.log1p(1e-10)
    np.float64(9.999999999500001e-11)
    """
    return core.elementary("log1p", _float_argument(X, "log1p"))


@matlab_function("expm1")
@_DOCS.fill
def expm1(X):
    """``exp(x) - 1`` accurate for small x, as MATLAB's ``expm1``.

    MATLAB call form::

        Y = expm1(X)   ->  expm1(1e-10)

    {{common}}

    Notes
    -----
    The C library's ``expm1``; complex arguments with ``|z| < 1`` by ``expm1`` and
    sines of the parts (Octave 7.3's formula, measured bit for bit).
    Source: MATLAB reference page ``expm1``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.expm1(1e-10)
    np.float64(1.00000000005e-10)
    """
    return core.elementary("expm1", _float_argument(X, "expm1"))


@matlab_function("sin")
@_DOCS.fill
def sin(X):
    """Sine of radians, as MATLAB's ``sin``.

    MATLAB call form::

        Y = sin(X)   ->  sin(pi/6)

    {{common}}

    Notes
    -----
    The C library's ``sin``/``sinf``; ``numpy.sin`` of single differs in the last bit for
    about 15% of values.
    Source: MATLAB reference page ``sin``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.sin(np.float32(0.5))
    np.float32(0.47942555)
    """
    return core.elementary("sin", _float_argument(X, "sin"))


@matlab_function("cos")
@_DOCS.fill
def cos(X):
    """Cosine of radians, as MATLAB's ``cos``.

    MATLAB call form::

        Y = cos(X)   ->  cos(pi)

    {{common}}

    Notes
    -----
    The C library's ``cos``/``cosf``.
    Source: MATLAB reference page ``cos``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.cos(0.0)
    np.float64(1.0)
    """
    return core.elementary("cos", _float_argument(X, "cos"))


@matlab_function("tan")
@_DOCS.fill
def tan(X):
    """Tangent of radians, as MATLAB's ``tan``.

    MATLAB call form::

        Y = tan(X)   ->  tan(pi/4)

    {{common}}

    Notes
    -----
    The C library's ``tan``/``tanf``; ``numpy.tan`` differs for about 0.5% of DOUBLE
    arguments.
    Source: MATLAB reference page ``tan``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.tan(1.0)
    np.float64(1.5574077246549023)
    """
    return core.elementary("tan", _float_argument(X, "tan"))


@matlab_function("asin")
@_DOCS.fill
def asin(X):
    """Inverse sine, complex outside [-1, 1], as MATLAB's ``asin``.

    MATLAB call form::

        Y = asin(X)   ->  asin(2)   (1.5708 - 1.3170i)

    {{common}}

    Notes
    -----
    Elements with ``|x| > 1`` give C's ``casin(x + 0i)``, conjugated for ``x > 1``
    (MATLAB's branch: ``asin(2)`` is ``1.5708 - 1.3170i``; ``numpy.emath.arcsin(2)`` has
    ``+1.3170i``).
    Source: MATLAB reference page ``asin``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.asin(2.0)
    np.complex128(1.5707963267948966-1.3169578969248166j)
    """
    return core.elementary("asin", _float_argument(X, "asin"))


@matlab_function("acos")
@_DOCS.fill
def acos(X):
    """Inverse cosine, complex outside [-1, 1], as MATLAB's ``acos``.

    MATLAB call form::

        Y = acos(X)   ->  acos(2)   (0 + 1.3170i)

    {{common}}

    Notes
    -----
    Elements with ``|x| > 1`` give C's ``cacos(x + 0i)``, conjugated for ``x > 1``
    (``acos(2)`` is ``0 + 1.3170i``; ``numpy.emath.arccos(2)`` has ``-1.3170i``).
    Source: MATLAB reference page ``acos``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.acos(2.0)
    np.complex128(1.3169578969248166j)
    """
    return core.elementary("acos", _float_argument(X, "acos"))


@matlab_function("atan")
@_DOCS.fill
def atan(X):
    """Inverse tangent, as MATLAB's ``atan``.

    MATLAB call form::

        Y = atan(X)   ->  atan(1)

    {{common}}

    Notes
    -----
    The C library's ``atan``/``atanf``.
    Source: MATLAB reference page ``atan``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.atan(1.0)
    np.float64(0.7853981633974483)
    """
    return core.elementary("atan", _float_argument(X, "atan"))


@matlab_function("sinh")
@_DOCS.fill
def sinh(X):
    """Hyperbolic sine, as MATLAB's ``sinh``.

    MATLAB call form::

        Y = sinh(X)

    {{common}}

    Notes
    -----
    The C library's ``sinh``/``sinhf``.
    Source: MATLAB reference page ``sinh``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.sinh(1.0)
    np.float64(1.1752011936438014)
    """
    return core.elementary("sinh", _float_argument(X, "sinh"))


@matlab_function("cosh")
@_DOCS.fill
def cosh(X):
    """Hyperbolic cosine, as MATLAB's ``cosh``.

    MATLAB call form::

        Y = cosh(X)

    {{common}}

    Notes
    -----
    The C library's ``cosh``/``coshf``.
    Source: MATLAB reference page ``cosh``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.cosh(1.0)
    np.float64(1.5430806348152437)
    """
    return core.elementary("cosh", _float_argument(X, "cosh"))


@matlab_function("tanh")
@_DOCS.fill
def tanh(X):
    """Hyperbolic tangent, as MATLAB's ``tanh``.

    MATLAB call form::

        Y = tanh(X)

    {{common}}

    Notes
    -----
    The C library's ``tanh``/``tanhf``.
    Source: MATLAB reference page ``tanh``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.tanh(1.0)
    np.float64(0.7615941559557649)
    """
    return core.elementary("tanh", _float_argument(X, "tanh"))


@matlab_function("asinh")
@_DOCS.fill
def asinh(X):
    """Inverse hyperbolic sine, as MATLAB's ``asinh``.

    MATLAB call form::

        Y = asinh(X)

    {{common}}

    Notes
    -----
    The C library's ``asinh``/``asinhf``.
    Source: MATLAB reference page ``asinh``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.asinh(1.0)
    np.float64(0.881373587019543)
    """
    return core.elementary("asinh", _float_argument(X, "asinh"))


@matlab_function("acosh")
@_DOCS.fill
def acosh(X):
    """Inverse hyperbolic cosine, complex below 1, as MATLAB's ``acosh``.

    MATLAB call form::

        Y = acosh(X)   ->  acosh(0.5)   (0 + 1.0472i)

    {{common}}

    Notes
    -----
    Elements below 1 give C's ``cacosh(x + 0i)``; ``numpy.arccosh`` gives NaN.
    Source: MATLAB reference page ``acosh``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.acosh(0.5)
    np.complex128(1.0471975511965976j)
    """
    return core.elementary("acosh", _float_argument(X, "acosh"))


@matlab_function("atanh")
@_DOCS.fill
def atanh(X):
    """Inverse hyperbolic tangent, complex outside [-1, 1], as MATLAB's ``atanh``.

    MATLAB call form::

        Y = atanh(X)   ->  atanh(2)   (0.5493 + 1.5708i)

    {{common}}

    Notes
    -----
    Elements with ``|x| > 1`` give C's ``catanh(x + 0i)``; ``numpy.arctanh`` gives NaN.
    Source: MATLAB reference page ``atanh``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.atanh(2.0)
    np.complex128(0.5493061443340549+1.5707963267948966j)
    """
    return core.elementary("atanh", _float_argument(X, "atanh"))


@matlab_function("sec")
@_DOCS.fill
def sec(X):
    """Secant of radians, ``1 ./ cos(X)``, as MATLAB's ``sec``.

    MATLAB call form::

        Y = sec(X)

    {{common}}

    Notes
    -----
    ``1 ./ cos(x)``; for complex X the reciprocal is C's complex division (libgcc's
    ``__divdc3``), which numpy's ``1 / z`` (Smith's method) is not.
    Source: MATLAB reference page ``sec``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.sec(0.0)
    np.float64(1.0)
    """
    return core.elementary("sec", _float_argument(X, "sec"))


@matlab_function("csc")
@_DOCS.fill
def csc(X):
    """Cosecant of radians, ``1 ./ sin(X)``, as MATLAB's ``csc``.

    MATLAB call form::

        Y = csc(X)

    {{common}}

    Notes
    -----
    ``1 ./ sin(x)`` (``csc(0)`` is Inf); complex reciprocals as for ``sec``.
    Source: MATLAB reference page ``csc``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.csc(0.0)
    np.float64(inf)
    """
    return core.elementary("csc", _float_argument(X, "csc"))


@matlab_function("cot")
@_DOCS.fill
def cot(X):
    """Cotangent of radians, ``1 ./ tan(X)``, as MATLAB's ``cot``.

    MATLAB call form::

        Y = cot(X)

    {{common}}

    Notes
    -----
    ``1 ./ tan(x)``; complex reciprocals as for ``sec``.
    Source: MATLAB reference page ``cot``; checked bit for bit against GNU Octave 7.3
    (golden suite matlab/elementary).

    Examples
    --------
    {{example_import}}
    >>> matlab.cot(1.0)
    np.float64(0.6420926159343306)
    """
    return core.elementary("cot", _float_argument(X, "cot"))


@matlab_function("atan2")
def atan2(Y, X):
    """Four-quadrant inverse tangent, as MATLAB's ``atan2``.

    MATLAB call form::

        P = atan2(Y, X)   ->  atan2(1, -1)   (2.3562)

    Parameters
    ----------
    Y, X : scalar or array_like
        Real double or single (logical and char in double), of compatible sizes
        (implicit expansion).

    Returns
    -------
    numpy scalar or ndarray
        Angles in [-pi, pi]; single if either argument is single, else double.

    Raises
    ------
    ValueError
        ``"atan2: Arrays have incompatible sizes for this operation."``; complex
        arguments (``"Input arguments must be real."``).
    TypeError
        For integer classes (MATLAB's "Check for incorrect argument data type ...").

    Notes
    -----
    The C library's ``atan2`` (``atan2f`` for single); ``numpy.arctan2`` differs in the
    last bit for about 3% of DOUBLE arguments. Source: MATLAB reference page ``atan2``;
    checked bit for bit against GNU Octave 7.3 (golden suite matlab/elementary).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.atan2(1.0, -1.0)
    np.float64(2.356194490192345)
    >>> matlab.atan2([1.0, -1.0], 0.0)
    array([ 1.57079633, -1.57079633])
    """
    y, x = _float_argument(Y, "atan2"), _float_argument(X, "atan2")
    if y.dtype.kind == "c" or x.dtype.kind == "c":
        raise CompatValueError("Input arguments must be real.")
    try:
        np.broadcast_shapes(y.shape, x.shape)
    except ValueError:
        raise core.sizes_error() from None
    return core.atan2(y, x)


@matlab_function("abs")
def abs(X):  # noqa: A001 - MATLAB's name
    """Absolute value and complex magnitude, as MATLAB's ``abs``.

    MATLAB call form::

        Y = abs(X)   ->  abs(-3)   (3);  abs(3 + 4i)   (5)

    Parameters
    ----------
    X : scalar or array_like
        Any numeric class, logical or char, real or complex, any shape.

    Returns
    -------
    numpy scalar or ndarray
        Real, in X's class (integer classes kept; logical and char give double; complex
        gives the magnitudes in double or single).

    Notes
    -----
    Integer classes saturate: ``abs(int8(-128))`` is 127 (numpy's ``abs`` wraps to
    -128). Complex magnitudes are the C library's ``hypot`` of the parts
    (:func:`compat._core.libm.cabs`), which numpy 2's complex ``abs`` is not for about a
    third of values. Source: MATLAB reference page ``abs``; checked against GNU Octave
    7.3 (golden suite matlab/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.abs(np.array([-128, 5], dtype=np.int8))
    array([127,   5], dtype=int8)
    >>> matlab.abs(3 + 4j)
    np.float64(5.0)
    """
    x = _any_argument(X)
    if x.dtype.kind == "b":
        x = x.astype(np.float64)
    return core.absolute(x)


@matlab_function("sign")
def sign(X):
    """Sign function (signum), as MATLAB's ``sign``.

    MATLAB call form::

        Y = sign(X)   ->  sign([-2 0 3])   ([-1 0 1])

    Parameters
    ----------
    X : scalar or array_like
        Any numeric class or logical, real or complex, any shape (char in double).

    Returns
    -------
    numpy scalar or ndarray
        -1, 0 or 1 in X's class (integer classes kept, logical gives double; NaN for
        NaN; ``sign(-0)`` is 0); ``z ./ abs(z)`` for complex (0 for 0).

    Notes
    -----
    ``numpy.sign`` of complex is the sign of the real part (numpy 1) or ``z/|z|`` with
    numpy's magnitude (numpy 2); MATLAB's is ``z ./ abs(z)`` with the C library's
    ``hypot`` magnitude, each part divided by it. Source: MATLAB reference page
    ``sign``; checked against GNU Octave 7.3 (golden suite matlab/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.sign([-2.0, 0.0, 3.0])
    array([-1.,  0.,  1.])
    >>> matlab.sign(np.int8(-7))
    np.int8(-1)
    """
    x = _any_argument(X)
    if x.dtype.kind == "b":
        x = x.astype(np.float64)
    return core.sign(x)


_PARTS = Fragments(part_common="""Parameters
----------
X : scalar or array_like
    Any numeric class, logical or char, real or complex, any shape.

Returns
-------
numpy scalar or ndarray
    X's class (integers kept; logical and char give double), X's shape.""")


@matlab_function("real")
@_PARTS.fill
def real(X):
    """Real part, as MATLAB's ``real``.

    MATLAB call form::

        X = real(Z)   ->  real(2 + 3i)   (2)

    {{part_common}}

    Notes
    -----
    As ``numpy.real``, but in MATLAB's classes (logical and char give double) and a
    copy. Source: MATLAB reference page ``real``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.real(2 + 3j)
    np.float64(2.0)
    """
    x = _any_argument(X)
    if x.dtype.kind == "b":
        x = x.astype(np.float64)
    return core.part("real", x)


@matlab_function("imag")
@_PARTS.fill
def imag(X):
    """Imaginary part, as MATLAB's ``imag``.

    MATLAB call form::

        Y = imag(Z)   ->  imag(2 + 3i)   (3)

    {{part_common}}

    Notes
    -----
    Real data gives zeros of its class. Source: MATLAB reference page ``imag``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.imag(2 + 3j)
    np.float64(3.0)
    """
    x = _any_argument(X)
    if x.dtype.kind == "b":
        x = x.astype(np.float64)
    return core.part("imag", x)


@matlab_function("conj")
@_PARTS.fill
def conj(X):
    """Complex conjugate, as MATLAB's ``conj``.

    MATLAB call form::

        Zc = conj(Z)   ->  conj(2 + 3i)   (2 - 3i)

    {{part_common}}

    Notes
    -----
    A complex Z whose imaginary parts are all zero gives a real result (MATLAB drops an
    all-zero imaginary part; Octave 7.3 too). Source: MATLAB reference page ``conj``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.conj(2 + 3j)
    np.complex128(2-3j)
    """
    x = _any_argument(X)
    if x.dtype.kind == "b":
        x = x.astype(np.float64)
    out = core.part("conj", x)
    if np.iscomplexobj(out) and np.size(out) and not np.any(np.imag(out)):
        out = np.real(out).copy()
        return out[()] if out.ndim == 0 else out
    return out
