"""MATLAB ``colon`` (``a:b``, ``a:d:b``) computed the way MATLAB computes it."""

from __future__ import annotations

import warnings

import numpy as np

from compat._core.errors import CompatWarning, matlab_error
from compat._core.legacy import matlab_function

__all__ = ["colon"]

_NAME = "colon"


@matlab_function("colon")
def colon(a, d, b=None):
    """Regularly spaced row vector, as MATLAB's colon operator ``a:d:b``.

    MATLAB call forms::

        x = j:k          x = colon(j, k)      ->  colon(j, k)
        x = j:i:k        x = colon(j, i, k)   ->  colon(j, i, k)

    The result is a 1xN row (a 2-D array of shape ``(1, N)``, as MATLAB has it).

    How MATLAB builds ``a:d:b`` (double or single) -- not by ``a + k*d`` for all k:

    1. Number of intervals ``n = round((b-a)/d)`` (round half up), then with the
       tolerance ``tol = 2*eps(class)*max(|a|, |b|)``: if ``|a + n*d - b| < tol`` the
       last point *is* ``b``; otherwise, if ``a + n*d`` overshoots ``b``, one interval
       fewer (last point ``a + (n-1)*d``), else the last point is ``a + n*d``.
    2. The first half of the elements is computed forward from ``a`` as ``a + k*d``,
       the second half backward from the last point ``c`` as ``c - k*d``; when the
       number of intervals is even the middle element is ``(a + c)/2``. So the vector
       is symmetric about its midpoint and both ends are exact: ``2.0:0.2:2.4`` ends
       at exactly ``2.4``, and ``0:0.1:0.3`` differs from the first four elements of
       ``0:0.1:0.4`` in the last two bits-wise (as MATLAB prints). A one-element
       result is ``a`` (even when ``b`` is within the tolerance of it), as in the
       generated ``eml_float_colon``.

    Special cases (MATLAB documentation and ``colonop``): ``d == 0``, ``a < b`` with
    ``d < 0`` or ``a > b`` with ``d > 0`` give an empty 1x0; a NaN or Inf operand gives
    ``NaN`` (1x1) -- except an infinite step between finite ends, which gives ``a``
    alone (``n = round(finite/Inf) = 0``) -- and an empty operand gives 1x0.
    Non-scalar operands use their first element (MATLAB: ``j(1):i(1):k(1)``);
    complex operands use their real parts with MATLAB's warning "Colon operands must
    be real scalars." (:class:`compat.CompatWarning`).

    Parameters
    ----------
    a, d, b : scalar or array_like
        ``colon(a, b)`` is ``a:1:b``. Python ints/floats and numpy scalars are double;
        numpy float32 is MATLAB single; numpy integer and bool arrays are MATLAB
        integer classes and logical; one-character strings are MATLAB char.

    Returns
    -------
    ndarray, shape (1, N)
        Class rules (MATLAB): any integer operand -> that integer class (all integer
        operands must have the same class; the others must be double); else any
        single -> single; char with char -> char (a Python str is returned);
        logical -> double.

    Raises
    ------
    TypeError
        ``"colon: Colon operands must be all the same type, or mixed with real double
        scalars."`` for two different integer classes, or an integer class with
        single.
    ValueError
        For a range too long to allocate (more than 2**31 - 1 elements here).

    Notes
    -----
    ``numpy.arange(2.0, 2.4, 0.2)`` gives ``[2.0, 2.2]`` (the end point is excluded by
    design and the count comes from ``ceil((stop-start)/step)`` without tolerance),
    and ``numpy.arange(2.0, 2.6, 0.2)`` gives four points ending near 2.6. Both
    ``numpy.arange`` and GNU Octave compute every element as ``a + k*d``, so their
    last elements are often one ulp away from MATLAB's (which lands on ``b``), and
    their second halves differ from MATLAB's in the last bits: neither is an oracle
    for MATLAB's colon.

    Integer classes: MATLAB's documentation is silent on how a double step mixes with
    an integer class; compat converts every operand to the integer class first
    (MATLAB's round-half-away and saturation rules; the step is rounded but not
    saturated, so ``uint8(5):-1:1`` counts down) and counts exactly in integers,
    which agrees with MATLAB whenever the operands are whole numbers.

    Sources: MathWorks technical solution 1-4FLI96 "How does the colon operator
    work?" (the ``colonop`` demonstration: first half forward, second half backward,
    midpoint, ``tol = 2*eps*max(abs(a),abs(b))``, non-finite -> NaN); the same
    algorithm in the C code MATLAB Coder generates for colon (``eml_float_colon``:
    ``n = floor((b-a)/d + 0.5)``, tolerance ``4.44e-16*max(|a|,|b|)``); the MATLAB
    ``colon`` reference page (empty results, ``fix``, first elements of
    non-scalars); MATLAB Answers "Floating Point Accuracy and COLON" (2012), which
    prints ``x - y(1:end-1) = 1.0e-16 * [0 0 -0.2776 -0.5551]`` for ``x = 0:0.1:0.3``,
    ``y = 0:0.1:0.4``.

    Examples
    --------
    User story 4:

    >>> from compat.matlab import colon
    >>> colon(2.0, 0.2, 2.4)
    array([[2. , 2.2, 2.4]])
    >>> colon(2.0, 0.2, 2.4)[0, -1] == 2.4
    np.True_
    >>> colon(1, 5)
    array([[1., 2., 3., 4., 5.]])
    >>> colon(10, -2, 0)
    array([[10.,  8.,  6.,  4.,  2.,  0.]])
    >>> colon(1, 0).shape
    (1, 0)
    >>> x = colon(0, 0.1, 0.3); y = colon(0, 0.1, 0.4)
    >>> (x - y[:, :4]) * 1e16        # MATLAB prints 1.0e-16 * [0 0 -0.2776 -0.5551]
    array([[ 0.        ,  0.        , -0.27755576, -0.55511151]])
    """
    if b is None:
        a, d, b = a, 1.0, d
    ops = [_operand(v) for v in (a, d, b)]
    if any(op is None for op in ops):
        return np.zeros((1, 0))
    kinds = [op.dtype for op in ops]
    ints = {k for k in kinds if k.kind in "iu"}
    if len(ints) > 1 or (ints and any(k == np.float32 for k in kinds)):
        raise matlab_error(_NAME, "Colon operands must be all the same type, or mixed "
                           "with real double scalars.", TypeError)
    if ints:
        return _integer_colon(ints.pop(), *ops)
    if all(k.kind == "U" for k in (kinds[0], kinds[2])) and kinds[1].kind in "fbU":
        lo, hi = ord(str(ops[0])), ord(str(ops[2]))
        step = ops[1]
        step = ord(str(step)) if step.dtype.kind == "U" else float(step)
        codes = _float_colon(float(lo), float(step), float(hi), np.float64)
        return "".join(chr(int(c)) for c in codes[0])
    if any(k.kind == "U" for k in kinds):
        ops = [np.float64(ord(str(op))) if op.dtype.kind == "U" else op for op in ops]
    dtype = np.float32 if any(op.dtype == np.float32 for op in ops) else np.float64
    av, dv, bv = (dtype(op) for op in ops)
    return _float_colon(av, dv, bv, dtype)


def _operand(value):
    """First element of a MATLAB operand as a 0-d array (None if empty)."""
    if isinstance(value, str):
        if len(value) == 0:
            return None
        return np.array(value[0])
    arr = np.asarray(value)
    if arr.size == 0:
        return None
    first = arr.reshape(-1)[0]
    if arr.dtype.kind == "c":
        warnings.warn("Colon operands must be real scalars.", CompatWarning, stacklevel=3)
        return np.array(np.float64(first.real) if arr.dtype == np.complex128
                        else np.float32(first.real))
    if arr.dtype.kind == "b":
        return np.array(float(first))
    if arr.dtype.kind == "f" and arr.dtype != np.float32:
        return np.array(np.float64(first))
    if arr.dtype.kind not in "fiuU":
        raise matlab_error(_NAME, f"operands must be numeric, logical or char, got "
                           f"{arr.dtype}", TypeError)
    if not isinstance(value, np.ndarray) and not isinstance(value, np.generic) and \
            arr.dtype.kind in "iu":
        return np.array(np.float64(first))      # Python ints are MATLAB doubles
    return np.array(first)


def _float_colon(a, d, b, dtype):
    """MATLAB's floating-point colon for scalars of ``dtype`` (float64 or float32)."""
    one = dtype(1)
    if np.isnan(a) or np.isnan(d) or np.isnan(b):
        return np.full((1, 1), np.nan, dtype=dtype)
    if d == 0 or (a < b and d < 0) or (b < a and d > 0):
        return np.zeros((1, 0), dtype=dtype)
    if np.isinf(a) or np.isinf(b):
        return np.full((1, 1), np.nan, dtype=dtype)
    if np.isinf(d):
        return np.full((1, 1), a, dtype=dtype)
    eps = np.finfo(dtype).eps
    with np.errstate(over="ignore", invalid="ignore"):
        ndbl = np.floor((b - a) / d + dtype(0.5))
        last = a + ndbl * d
        cdiff = last - b if d > 0 else b - last
        tol = dtype(2) * eps * max(abs(a), abs(b))
    if abs(cdiff) < tol:
        ndbl = ndbl + one
        last = b
    elif cdiff > 0:
        last = a + (ndbl - one) * d
    else:
        ndbl = ndbl + one
    if not np.isfinite(ndbl) or ndbl > 2**31 - 1:
        raise matlab_error(_NAME, "Maximum variable size allowed by the program is "
                           "exceeded.")
    count = int(ndbl) if ndbl > 0 else 0
    y = np.empty((1, count), dtype=dtype)
    if count == 0:
        return y
    y[0, 0] = a
    if count == 1:
        return y
    y[0, -1] = last
    half = (count - 1) // 2
    if half >= 2:
        kd = np.arange(1, half, dtype=dtype) * d        # k*d for k = 1 .. half-1
        y[0, 1:half] = a + kd
        y[0, count - 2:count - 1 - half:-1] = last - kd
    if 2 * half == count - 1:
        y[0, half] = (a + last) / dtype(2)
    else:
        kd = dtype(half) * d
        y[0, half] = a + kd
        y[0, half + 1] = last - kd
    return y


def _to_int(value, dtype):
    """MATLAB conversion of a scalar to an integer class: round half away, saturate."""
    info = np.iinfo(dtype)
    if value.dtype.kind in "iu":
        return int(value)
    v = float(value)
    if np.isnan(v):
        return 0
    r = np.floor(abs(v) + 0.5) * np.sign(v)
    return int(min(max(r, info.min), info.max))


def _integer_colon(dtype, a, d, b):
    """Integer-class colon: exact integer counting, saturated into the class."""
    for op in (a, d, b):
        if op.dtype.kind == "f" and np.isnan(op):
            return np.zeros((1, 1), dtype=dtype)       # NaN converts to 0 in MATLAB
    av, bv = _to_int(a, dtype), _to_int(b, dtype)
    # the step is not saturated: uint8(5):-1:1 counts down (a double step may be
    # negative for an unsigned class)
    dv = int(d) if d.dtype.kind in "iu" else int(np.floor(abs(float(d)) + 0.5) *
                                                np.sign(float(d)))
    if dv == 0 or (av < bv and dv < 0) or (bv < av and dv > 0):
        return np.zeros((1, 0), dtype=dtype)
    count = (bv - av) // dv + 1
    if count > 2**31 - 1:
        raise matlab_error(_NAME, "Maximum variable size allowed by the program is "
                           "exceeded.")
    values = av + dv * np.arange(count, dtype=np.int64)
    return values.astype(dtype).reshape(1, -1)
