"""MATLAB ``mod``: remainder after division, sign of the divisor, round-off compensated."""

from __future__ import annotations

import numpy as np

from compat._core.matlab_integers import (INT_CLASSES, as_matlab_numeric, class_of,
                                          combine_classes, to_int)
from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["mod"]


@matlab_function("mod")
def mod(a, m):
    """Remainder after division (modulo operation), as MATLAB's ``mod``.

    MATLAB call form::

        b = mod(a, m)    ->  mod(a, m)

    ``mod(a, m) = a - m .* floor(a ./ m)``, with MATLAB's conventions: the result has
    the sign of the divisor ``m`` (or is 0), ``mod(a, 0)`` is ``a``, ``mod(a, a)`` is 0,
    and MATLAB's round-off compensation: **when ``m`` is not an integer and ``a./m``
    is within round-off error of an integer, that integer is used**, so the result is
    exactly 0 (``mod(4*pi, 2*pi)`` is 0, ``mod(2, 2 - eps(2))`` is 0).

    Differences from the naive numpy call: ``numpy.mod``/``numpy.remainder`` also take
    the sign of the divisor, but return NaN for ``mod(a, 0)`` (MATLAB: ``a``), have no
    round-off compensation (``np.mod(4*np.pi, 2*np.pi)`` is 0 by luck but
    ``np.mod(0.3, 0.1)`` is 0.09999999999999998 where MATLAB gives 0), and for integer
    arrays return 0 for division by zero. ``np.fmod`` and Python's ``math.fmod`` take
    the sign of the dividend: that is MATLAB's ``rem``.

    Parameters
    ----------
    a, m : array_like
        Dividend and divisor, broadcast against each other (MATLAB's implicit
        expansion). double, single (the result is single and the compensation uses
        single's eps), integer classes (result of that class; the other operand must
        be the same class or a double), logical or char (as double).

    Returns
    -------
    ndarray (numpy scalar for scalar inputs)
        The remainder, in ``[0, m)`` for ``m > 0`` and ``(m, 0]`` for ``m < 0``.

    Raises
    ------
    TypeError
        ``"mod: Integers can only be combined with integers of the same class, or
        scalar doubles."`` (MATLAB's message) for mixed integer classes; complex input
        (MATLAB's ``mod`` is real only).
    ValueError
        ``"mod: Arrays have incompatible sizes ..."``.

    Notes
    -----
    The algorithm, element by element (``eps`` of the floating class):

    * ``m == 0``: ``a``. Otherwise ``a`` NaN or infinite, or ``m`` NaN: NaN.
    * ``a == 0``: 0 (``+0``/``-0`` following the sign of ``m``).
    * ``m`` infinite: ``a`` if ``a`` and ``m`` have the same sign, else ``m``.
    * otherwise ``r = fmod(a, m)`` (exact); if ``r != 0``, ``m`` is not an integer and
      ``q = |a/m|`` satisfies ``|q - floor(q + 0.5)| <= eps * q``, the result is 0;
      else ``r + m`` when ``r`` and ``m`` have opposite signs, else ``r``.

    This is the rule MATLAB documents ("if m is not an integer and the quotient a./m
    is within roundoff error of an integer, then n is that integer"; example
    ``mod(2, 2 - eps(2))`` = 0, and ``mod(theta, 2*pi)`` giving 0 for
    ``theta = 4*pi``), with the tolerance and the infinite cases as MATLAB Coder
    generates them for ``mod`` (its run-time function ``rt_modd_snf``, designed to
    reproduce MATLAB's results). Integer classes: exact integer ``mod`` (``mod(x,0)``
    is ``x``); with a double operand the result is computed in double and converted to
    the integer class (MATLAB's rule for mixed integer-double arithmetic).

    GNU Octave 7.3 differs: it compensates only when ``|q - round(q)| < eps*|q|``
    (strict, relative to ``round(q)``), so ``mod(2, 2 - eps(2))`` is 4.4409e-16 there
    (MATLAB's documentation prints 0); ``mod(5, Inf)`` is NaN there (MATLAB Coder: 5);
    and Octave converts a double divisor to the integer class first
    (``mod(int8(7), 2.5)`` is 1 there, 2 here).

    Sources: MATLAB documentation of ``mod`` (conventions, compensation, examples
    ``mod(23,5)`` = 3, ``mod([-4 -1 7 9], 3)`` = [2 2 1 0], ``mod([-4 -1 7 9], -3)`` =
    [-1 -1 -2 0], the 2*pi example); MATLAB Coder's generated ``rt_modd_snf``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import mod
    >>> mod([-4, -1, 7, 9], 3)
    array([2., 2., 1., 0.])
    >>> mod([-4, -1, 7, 9], -3)
    array([-1., -1., -2., -0.])
    >>> mod(5, 0)
    np.float64(5.0)
    >>> mod(np.array([0, 3.5, 5.9, 6.2, 9.0, 4*np.pi]), 2*np.pi).round(4).tolist()
    [0.0, 3.5, 5.9, 6.2, 2.7168, 0.0]
    >>> mod(0.3, 0.1), np.mod(0.3, 0.1)
    (np.float64(0.0), np.float64(0.09999999999999998))
    """
    return _mod_or_rem("mod", a, m)


def _mod_or_rem(function, a, m):
    scalar = all(np.ndim(v) == 0 and not isinstance(v, np.ndarray) for v in (a, m))
    A = as_matlab_numeric(function, a)
    M = as_matlab_numeric(function, m)
    if A.dtype.kind == "c" or M.dtype.kind == "c":
        raise matlab_error(function, "complex inputs are not supported (MATLAB's "
                           f"{function} is defined for real numbers)", TypeError)
    try:
        np.broadcast_shapes(A.shape, M.shape)
    except ValueError:
        raise matlab_error(function, f"Arrays have incompatible sizes for this operation "
                           f"({A.shape} and {M.shape})") from None
    ca, cm = class_of(A), class_of(M)
    if ca in INT_CLASSES or cm in INT_CLASSES:
        cls = combine_classes(function, A, M)
        if ca == cm:
            out = _int_kernel(function, A, M)
        else:
            out = to_int(function, _float_kernel(function, A.astype(np.float64, copy=False),
                                                 M.astype(np.float64, copy=False)), cls)
    else:
        single = np.float32 in (A.dtype.type, M.dtype.type)
        dt = np.float32 if single else np.float64
        out = _float_kernel(function, A.astype(dt, copy=False), M.astype(dt, copy=False))
    return out[()] if scalar else out


def _int_kernel(function, A, M):
    A, M = np.broadcast_arrays(A, M)
    zero = M == 0
    safe = np.where(zero, 1, M).astype(M.dtype)
    info = np.iinfo(A.dtype)
    if function == "mod":
        with np.errstate(over="ignore"):
            r = np.mod(A, safe)       # sign of the divisor, exact (no overflow for %)
        return np.where(zero, A, r).astype(A.dtype)
    with np.errstate(over="ignore"):
        r = np.fmod(A, safe)          # sign of the dividend
    if info.min < 0:
        r = np.where((A == info.min) & (safe == -1), 0, r)
    # rem(x, 0): computed as if in double, NaN, converted to an integer class: 0
    return np.where(zero, 0, r).astype(A.dtype)


# elements per block of the fast path: a block's work arrays stay in the CPU cache,
# so its ~12 numpy passes cost far less than 12 passes over the whole array
_BLOCK = 16384


def _float_kernel(function, x, y):
    """``_reference_kernel`` with a fast path for the common elements.

    Python loop over blocks of ``_BLOCK`` elements (np.nditer handles broadcasting and
    layout; the output is allocated as the ufunc ``np.fmod(x, y)`` would be). Per block:

    * ``r' = np.remainder(|x|, |y|)``: for finite positive operands numpy's remainder
      is C ``fmod`` (exact) with no sign fix-up, and it runs faster than ``np.fmod``;
      ``fmod(x, y) = copysign(r', x)``.
    * ``q = x / y`` (the quotient the reference computes) and ``d = |q - rint(q)|``.
      An element can need the compensation only if ``d <= eps * |q| <= eps * max|q|``
      (rint(q) is the integer nearest q, so d is at most the reference's
      ``|q - floor(q + 0.5)|``; rounding is monotonic). Zero, infinite or NaN operands
      make q zero, infinite or NaN, so d is 0 or NaN; an exact multiple (r' = 0) makes
      q an integer, d = 0. All of them fail ``d > eps * max|q|`` and go, by
      np.flatnonzero, to ``_reference_kernel``, which gives them their exact values.
    * every other element has finite non-zero operands, r' != 0 and no compensation:
      rem is ``copysign(r', x)``; mod is ``copysign(r', y)`` when x and y have the same
      sign, else ``copysign(|y| - r', y)``, which is the reference's ``fmod(x, y) + y``
      (same magnitudes, same single rounding).
    """
    dt = x.dtype
    eps = np.finfo(dt).eps
    it = np.nditer([x, y, None], flags=["external_loop", "buffered", "zerosize_ok"],
                   op_flags=[["readonly"], ["readonly"], ["writeonly", "allocate"]],
                   op_dtypes=[dt, dt, dt], buffersize=_BLOCK)
    ax, ay, q, d = (np.empty(_BLOCK, dt) for _ in range(4))
    b1, b2 = np.empty(_BLOCK, bool), np.empty(_BLOCK, bool)
    with it, np.errstate(invalid="ignore", divide="ignore", over="ignore",
                         under="ignore"):
        out = it.operands[2]
        for xc, yc, oc in it:
            n = xc.shape[0]
            if n == 0:
                continue
            axn, ayn, qn, dn, m1, m2 = ax[:n], ay[:n], q[:n], d[:n], b1[:n], b2[:n]
            np.divide(xc, yc, out=qn)
            np.rint(qn, out=dn)
            np.subtract(qn, dn, out=dn)
            np.abs(dn, out=dn)
            qmax = np.fmax(np.fmax.reduce(qn), -np.fmin.reduce(qn))
            np.greater(dn, eps * qmax, out=m1)     # False for NaN: reference path
            np.abs(xc, out=axn)
            np.abs(yc, out=ayn)
            np.remainder(axn, ayn, out=axn)         # r' = |fmod(x, y)|
            if function == "mod":
                np.signbit(xc, out=m2)
                np.not_equal(m2, np.signbit(yc), out=m2)
                np.subtract(ayn, axn, out=axn, where=m2)
                np.copysign(axn, yc, out=oc)
            else:
                np.copysign(axn, xc, out=oc)
            np.logical_not(m1, out=m1)
            slow = np.flatnonzero(m1)
            if slow.size:
                oc[slow] = _reference_kernel(function, xc[slow], yc[slow])
    return out


def _reference_kernel(function, x, y):
    """The element-by-element rule of the Notes, in whole-array passes. Used on the
    elements the fast path of ``_float_kernel`` hands over (and defines its results)."""
    x, y = np.broadcast_arrays(x, y)
    eps = np.finfo(x.dtype).eps
    zero = x.dtype.type(0)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        r = np.fmod(x, y)                      # exact; sign of x; NaN for y == 0
        out = np.array(r, dtype=x.dtype, ndmin=0)
        nz = r != 0
        # round-off compensation, only where y is not an integer (rare in practice)
        cand = nz & (y != np.floor(y))
        if cand.any():
            xc, yc = x[cand], y[cand]
            q = np.abs(xc / yc)
            near = (np.abs(q - np.floor(q + x.dtype.type(0.5))) <= eps * q) & np.isfinite(yc)
            if near.any():
                idx = np.flatnonzero(cand)[near]
                src = yc if function == "mod" else xc
                out.flat[idx] = src[near] * zero       # signed zero of y (mod) / x (rem)
                nz.flat[idx] = False
        if function == "mod":
            opposite = nz & ((r < 0) != (y < 0))
            np.add(out, y, out=out, where=opposite)
            np.copysign(out, y, out=out, where=~nz)   # exact zeros take the sign of y
        special = ~(np.isfinite(x) & np.isfinite(y)) | (y == 0) | (x == 0)
        if special.any():
            xs, ys = x[special], y[special]
            out[special] = _special(function, xs, ys, out[special])
    return out


def _special(function, x, y, out):
    """Non-finite operands, zero divisors and zero dividends (MATLAB's conventions)."""
    if function == "mod":
        opposite = (x < 0) != (y < 0)
        out = np.where(np.isinf(y) & np.isfinite(x), np.where(opposite, y, x), out)
        out = np.where(x == 0, x.dtype.type(0) / np.where(y == 0, 1, y), out)
        out = np.where(np.isnan(x) | np.isnan(y) | np.isinf(x), np.nan, out)
        return np.where(y == 0, np.where(x == 0, y, x), out)
    out = np.where(np.isinf(y) & np.isfinite(x), x, out)
    return np.where(np.isnan(x) | np.isnan(y) | np.isinf(x), np.nan, out)
