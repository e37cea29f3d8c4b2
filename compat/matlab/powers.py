"""MATLAB's real roots and powers: ``nthroot``, ``pow2``, ``realsqrt``, ``reallog``,
``realpow``, and ``hypot``.

The legacy layer of the family: reads MATLAB's arguments (``X`` and ``N`` real, double
or single, of compatible sizes) and its messages, and calls the core
:mod:`compat._core.real_roots`.
"""

from __future__ import annotations

import numpy as np

from compat._core import real_roots as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array, result_class

__all__ = ["nthroot", "pow2", "realsqrt", "reallog", "realpow", "hypot"]


@matlab_function("nthroot")
def nthroot(X, N):
    """Real n-th root of real numbers, as MATLAB's ``nthroot``.

    MATLAB call form::

        Y = nthroot(X, N)   ->  nthroot(-27, 3)        (-3)
                                nthroot(-8, [5, 3, -1])

    Parameters
    ----------
    X : array_like
        Real double or single values.
    N : array_like
        Real roots, a scalar or an array of a size compatible with ``X`` (MATLAB's
        implicit expansion: a scalar, or sizes that agree or are 1 in every
        dimension). Where ``X`` is negative, ``N`` must be an odd integer (negative odd
        integers too: ``nthroot(-8, -1)`` is ``-0.125``). A non-integer ``N`` is
        allowed for nonnegative ``X`` (``nthroot(4, 1/2)`` is 16).

    Returns
    -------
    ndarray or numpy float
        The real roots, in the broadcast size; single if either input is single, else
        double. The roots of perfect powers below 2^52 are exact (``nthroot(64, 3)`` is 4, where
        ``64**(1/3)`` is ``3.9999999999999996``): MATLAB takes one Newton step
        ``y - (y^n - x)/(n*y^(n-1))`` after ``sign(x)*abs(x)^(1/n)`` wherever ``x`` is
        non-zero, ``abs(x) < 1/eps`` and ``n`` is finite, and so does compat.

    Raises
    ------
    ValueError
        ``"nthroot: If X is negative, N must be an odd integer."``;
        ``"nthroot: Both X and N must be real."``; incompatible sizes:
        ``"nthroot: Arrays have incompatible sizes for this operation."``.
    TypeError
        Integer, logical or char data (MATLAB's class support is double and single).

    Notes
    -----
    ``np.cbrt`` covers only ``N = 3``; ``x ** (1/n)`` gives NaN (or a complex root) for
    negative ``x`` and is not exact for perfect powers; ``np.sign(x) *
    np.abs(x) ** (1/n)`` is real but still ``3.9999999999999996`` for ``nthroot(64, 3)``.
    GNU Octave 7.3 requires a scalar ``N`` and corrects with another formula
    (``nthroot(27, 3)`` is ``3.0000000000000004`` there): both recorded as Octave
    divergences in reference_outputs/matlab/roots_typecast.

    Sources: MATLAB ``nthroot`` reference page (examples, "If an element in X is
    negative, then the corresponding element in N must be an odd integer") and the
    algorithm of MATLAB's nthroot.m (see :mod:`compat._core.real_roots`).

    Examples
    --------
    >>> from compat.matlab import nthroot
    >>> nthroot(-27, 3)
    np.float64(-3.0)
    >>> nthroot(64, 3)
    np.float64(4.0)
    >>> nthroot(-8, [5, 3, -1])
    array([-1.51571657, -2.        , -0.125     ])
    """
    x = matlab_array(X, "X", integer_ok=False, logical_ok=False)
    n = matlab_array(N, "N", integer_ok=False, logical_ok=False)
    if x.dtype.kind == "c" or n.dtype.kind == "c":
        raise CompatValueError("Both X and N must be real.")
    dtype = result_class(x, n)
    try:
        xb, nb = np.broadcast_arrays(x.astype(dtype, copy=False), n.astype(dtype, copy=False))
    except ValueError:
        raise CompatValueError("Arrays have incompatible sizes for this operation.") \
            from None
    if np.any((xb < 0) & ~core.odd_integer(nb)):
        raise CompatValueError("If X is negative, N must be an odd integer.")
    y = core.real_nth_root(xb, nb)
    if y.ndim == 0:
        return y[()]
    return y


@matlab_function("pow2")
def pow2(F, E=None):
    """Base-2 power and scaling by powers of two, as MATLAB's ``pow2``.

    MATLAB call forms::

        Y = pow2(E)      ->  pow2([0, 1, 10, -1])     (2.^E)
        Y = pow2(F, E)   ->  pow2(0.5, 3)             (F.*2.^E, exact: 4)

    Parameters
    ----------
    F, E : array_like
        Real double or single values of compatible sizes.

    Returns
    -------
    ndarray or numpy float
        ``2.^E``, or ``F.*2.^E`` computed by adding ``E`` to the exponent of ``F``
        (C's ``ldexp``, what MATLAB documents: "pow2(F,E) ... for integer E ... is
        computed efficiently by adding E to the exponent of F"): exact unless the
        result overflows or becomes subnormal. A non-integer ``E`` gives
        ``F.*2.^E``. Single if an input is single, else double.

    Raises
    ------
    ValueError
        ``"pow2: Arrays have incompatible sizes for this operation."``.
    TypeError
        Integer, logical or char data.

    Notes
    -----
    ``np.ldexp(F, E)`` needs an integer ``E`` array (it raises for float64 ``E``);
    ``F * 2.0**E`` rounds twice for large ``|E|`` where ``ldexp`` rounds once.

    Sources: MATLAB ``pow2`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/ranked_routines).

    Examples
    --------
    >>> from compat.matlab import pow2
    >>> pow2([0, 1, 10, -1])
    array([1.000e+00, 2.000e+00, 1.024e+03, 5.000e-01])
    >>> pow2(0.5, 3)
    np.float64(4.0)
    """
    if E is None:
        e = matlab_array(F, "E", integer_ok=False, logical_ok=False, complex_ok=False)
        out = np.exp2(e)
        return out[()] if out.ndim == 0 else out
    f = matlab_array(F, "F", integer_ok=False, logical_ok=False, complex_ok=False)
    e = matlab_array(E, "E", integer_ok=False, logical_ok=False, complex_ok=False)
    dtype = result_class(f, e)
    try:
        fb, eb = np.broadcast_arrays(f.astype(dtype), e.astype(dtype))
    except ValueError:
        raise CompatValueError("Arrays have incompatible sizes for this operation.") \
            from None
    whole = np.isfinite(eb) & (eb == np.round(eb))
    with np.errstate(over="ignore", invalid="ignore"):
        exps = np.where(whole, np.clip(eb, -2 ** 30, 2 ** 30), 0).astype(np.int64)
        out = np.where(whole, np.ldexp(fb, exps).astype(dtype), fb * np.exp2(eb))
    out = out.astype(dtype)
    return out[()] if out.ndim == 0 else out


# ------------------------------------------------------------- realsqrt/reallog/realpow
def _real_operand(x, name: str) -> np.ndarray:
    return matlab_array(x, name, integer_ok=False, logical_ok=False)


def _refuse_complex(function: str, *values) -> None:
    """MATLAB's ``<Function> produced complex result.`` for complex data (the real-only
    functions refuse complex input and negative operands alike)."""
    if any(v.dtype.kind == "c" for v in values):
        raise CompatValueError(f"{function.capitalize()} produced complex result.")


def _real_result(out: np.ndarray):
    return out[()] if out.ndim == 0 else out


@matlab_function("realsqrt")
def realsqrt(X):
    """Square root of nonnegative real numbers, as MATLAB's ``realsqrt``.

    MATLAB call form::

        Y = realsqrt(X)   ->  realsqrt(X)

    Returns
    -------
    ndarray or numpy float
        ``sqrt(X)`` in X's class (double or single).

    Raises
    ------
    ValueError
        ``"realsqrt: Realsqrt produced complex result."`` for a negative or complex
        element (where ``sqrt`` would return complex roots).

    Notes
    -----
    ``np.sqrt`` returns NaN with a warning for negative floats; MATLAB's ``realsqrt``
    is an error, which a port must keep to stop where the legacy program stopped.

    Sources: MATLAB ``realsqrt`` reference page; the error text as MATLAB prints it
    (realpow's 'Realpow produced complex result.' is quoted in user code). Checked
    against GNU Octave 7.3 (reference_outputs/matlab/real_functions).

    Examples
    --------
    >>> from compat.matlab import realsqrt
    >>> realsqrt([4.0, 2.0, 0.0])
    array([2.        , 1.41421356, 0.        ])
    """
    x = _real_operand(X, "X")
    _refuse_complex("realsqrt", x)
    with np.errstate(invalid="ignore"):
        if np.any(x < 0):
            raise CompatValueError("Realsqrt produced complex result.")
        return _real_result(np.sqrt(x))


@matlab_function("reallog")
def reallog(X):
    """Natural logarithm of nonnegative real numbers, as MATLAB's ``reallog``.

    MATLAB call form::

        Y = reallog(X)   ->  reallog(X)

    Returns
    -------
    ndarray or numpy float
        ``log(X)`` in X's class; ``reallog(0)`` is ``-Inf``.

    Raises
    ------
    ValueError
        ``"reallog: Reallog produced complex result."`` for a negative or complex
        element.

    Notes
    -----
    ``np.log`` returns NaN with a warning for negative floats (and ``-inf`` with a
    divide warning at 0); MATLAB's ``reallog`` errors on the negative values.

    Sources: MATLAB ``reallog`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import reallog
    >>> reallog([1.0, 0.0])
    array([  0., -inf])
    """
    x = _real_operand(X, "X")
    _refuse_complex("reallog", x)
    with np.errstate(invalid="ignore", divide="ignore"):
        if np.any(x < 0):
            raise CompatValueError("Reallog produced complex result.")
        return _real_result(np.log(x))


@matlab_function("realpow")
def realpow(X, Y):
    """Array power with real results only, as MATLAB's ``realpow``.

    MATLAB call form::

        Z = realpow(X, Y)   ->  realpow(X, Y)

    Returns
    -------
    ndarray or numpy float
        ``X.^Y`` element by element (sizes compatible as for ``.^``); single if an
        input is single, else double.

    Raises
    ------
    ValueError
        ``"realpow: Realpow produced complex result."`` where ``X.^Y`` is complex (a
        negative base with a non-integer exponent, or complex data);
        ``"realpow: Arrays have incompatible sizes for this operation."``.

    Notes
    -----
    ``np.power`` returns NaN for a negative float base with a fractional exponent
    (and refuses negative integer powers of integer arrays); MATLAB's ``realpow``
    errors.

    Sources: MATLAB ``realpow`` reference page; the message as MATLAB prints it ('Error
    using realpow. Realpow produced complex result.'). Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import realpow
    >>> realpow([2.0, -2.0], [0.5, 3.0])
    array([ 1.41421356, -8.        ])
    """
    x, y = _real_operand(X, "X"), _real_operand(Y, "Y")
    _refuse_complex("realpow", x, y)
    dtype = result_class(x, y)
    try:
        xb, yb = np.broadcast_arrays(x.astype(dtype), y.astype(dtype))
    except ValueError:
        raise CompatValueError("Arrays have incompatible sizes for this operation.") \
            from None
    with np.errstate(invalid="ignore"):
        if np.any((xb < 0) & np.isfinite(yb) & (yb != np.round(yb))):
            raise CompatValueError("Realpow produced complex result.")
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        return _real_result(np.power(xb, yb).astype(dtype))


@matlab_function("hypot")
def hypot(A, B):
    """Square root of the sum of squares without overflow, as MATLAB's ``hypot``.

    MATLAB call form::

        C = hypot(A, B)   ->  hypot(3e200, 4e200)      (5e200, where sqrt(a^2+b^2) is Inf)

    ``sqrt(abs(A).^2 + abs(B).^2)`` computed by the C library's ``hypot`` (no overflow or
    underflow in the squares), with implicit expansion; complex arguments use their
    magnitudes; ``hypot(Inf, NaN)`` is Inf. The result is single if either argument is
    single, else double; integer arguments are refused as MATLAB does ("Inputs must be
    floats, namely single or double").

    Examples
    --------
    >>> from compat import matlab
    >>> round(float(matlab.hypot(3e200, 4e200)) / 1e200, 12)   # no overflow
    5.0
    >>> matlab.hypot([[3, 5]], [[4, 12]])
    array([[ 5., 13.]])
    """
    a = matlab_array(A, "A", integer_ok=True, logical_ok=True)
    b = matlab_array(B, "B", integer_ok=True, logical_ok=True)
    for v in (a, b):
        if v.dtype.kind in "iub":
            raise CompatTypeError("Inputs must be floats, namely single or double.")
    dtype = np.float32 if np.float32 in (a.dtype, b.dtype) or np.complex64 in \
        (a.dtype, b.dtype) else np.float64
    x = np.abs(a) if a.dtype.kind == "c" else a
    y = np.abs(b) if b.dtype.kind == "c" else b
    try:
        out = np.hypot(x.astype(dtype), y.astype(dtype))
    except ValueError:
        raise CompatValueError("Arrays have incompatible sizes for this operation.") \
            from None
    return _real_result(np.asarray(out))
