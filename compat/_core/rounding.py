"""MATLAB's rounding and remainders: the core of ``round``, ``fix``, ``floor``, ``ceil``,
``mod``, ``rem`` and ``idivide``.

Python-shaped: operands arrive coerced (:func:`compat._core.matlab_integers.operand`)
and options parsed (digits, ``'decimals'``/``'significant'``, the tie breaker, the
rounding of ``idivide``; MATLAB's argument grammar is read by
:mod:`compat.matlab.rounding`). Results keep MATLAB's classes: integer classes stay
(saturating where a double enters), single stays single, logical and char were made
double by the legacy layer.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.half_away import round_half_away
from compat._core.matlab_integers import (INT_CLASSES, convert, divide_exact, intmax,
                                          intmin, integer_class)
from compat._core.matlab_types import float_class, matlab_class

__all__ = ["TieBreaker", "DigitsKind", "Remainder", "Division", "TIES", "round_ties",
           "round_digits", "integral", "remainder", "integer_divide"]

TieBreaker = Literal["fromzero", "tozero", "even", "odd", "plusinf", "minusinf"]
DigitsKind = Literal["decimals", "significant"]
Remainder = Literal["mod", "rem"]
Division = Literal["fix", "round", "floor", "ceil"]

TIES: tuple[TieBreaker, ...] = ("fromzero", "tozero", "even", "odd", "plusinf", "minusinf")


def round_ties(x: np.ndarray, tie: TieBreaker = "fromzero") -> np.ndarray:
    """Round floating ``x`` to integers, ties broken by MATLAB's ``TieBreaker`` name.

    Exact for every finite double/single (no ``floor(x + 0.5)``, which rounds
    0.49999999999999994 up to 1).
    """
    if tie == "fromzero":
        r = round_half_away(x)      # a new array (a numpy scalar for 0-d x)
        if isinstance(r, np.ndarray) and r.dtype == x.dtype:
            return r
        return np.array(r, dtype=x.dtype, ndmin=0)
    with np.errstate(invalid="ignore"):
        t = np.trunc(x)
        f = np.abs(x - t)      # exact: x itself for |x| < 1, Sterbenz for |x| >= 1
        away = f > 0.5
        tie_mask = f == 0.5
        if tie == "fromzero":
            tie_away = np.ones(x.shape, bool)
        elif tie == "tozero":
            tie_away = np.zeros(x.shape, bool)
        elif tie == "even":
            tie_away = np.fmod(t, 2) != 0
        elif tie == "odd":
            tie_away = np.fmod(t, 2) == 0
        elif tie == "plusinf":
            tie_away = x > 0
        else:  # minusinf
            tie_away = x < 0
        step = (away | (tie_mask & tie_away)).astype(x.dtype)
        out = t + np.copysign(step, x)
    return np.where(out == 0, np.copysign(np.zeros((), x.dtype), x), out).astype(x.dtype)


# ------------------------------------------------------------------------------ round
def round_digits(a: np.ndarray, n: int | None = None, kind: DigitsKind = "decimals",
                 tie: TieBreaker = "fromzero") -> np.ndarray:
    """MATLAB's ``round(a)`` (``n`` None) or ``round(a, n, kind)`` with ties broken by
    ``tie``; integer classes are returned unchanged unless ``n < 0`` decimals round
    them (in double, converted back with saturation)."""
    cls = matlab_class(a)
    if cls in INT_CLASSES:
        if n is None or (kind == "decimals" and n >= 0):
            return a.copy()
        return convert(round_digits(a.astype(np.float64), n, kind, tie), cls)
    if a.dtype.kind == "c":
        return round_digits(a.real, n, kind, tie) + 1j * round_digits(a.imag, n, kind, tie)
    if n is None:
        # round_ties never writes to its input and returns a new array (C order for
        # C-ordered input): copy only to make other layouts C-ordered, as before
        return round_ties(a if a.flags.c_contiguous else a.copy(), tie)
    dt = a.dtype
    x = a.astype(np.float64)
    if kind == "decimals":
        y = _round_decimals(x, np.full(x.shape, n, dtype=np.int64), tie)
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            e = np.floor(np.log10(np.abs(x)))
        finite = np.isfinite(e)
        e = np.where(finite, e, 0).astype(np.int64)
        # log10 can round across a power of ten: make 10^e <= |x| < 10^(e+1) hold
        p = _pow10(e)
        e = np.where(finite & (np.abs(x) < p), e - 1, e)
        e = np.where(finite & (np.abs(x) >= _pow10(e + 1)), e + 1, e)
        y = _round_decimals(x, n - 1 - e, tie)
        y = np.where(finite, y, x)
    return y.astype(dt)


def _pow10(k):
    with np.errstate(over="ignore"):
        return np.power(10.0, np.asarray(k, dtype=np.float64))


def _round_decimals(x, d, tie):
    """Round x to d decimals (d an int array broadcast with x)."""
    x, d = np.broadcast_arrays(x, d)
    out = x.copy()
    with np.errstate(over="ignore", invalid="ignore"):
        pos = d > 0
        s = _pow10(np.abs(d))
        scaled = np.where(pos, x * s, x / s)
        # already integral at this scale (|scaled| >= 2^52) or non-finite: unchanged
        keep = ~np.isfinite(scaled) | (np.abs(scaled) >= 2.0 ** 52) | ~np.isfinite(x)
        r = round_ties(np.where(keep, 0.0, scaled), tie)
        res = np.where(pos, r / s, r * s)
        # 10^-d overflowed (d < -308): |x| / Inf is 0 and 0 * Inf NaN; the answer is 0
        res = np.where(~pos & np.isinf(s), np.copysign(0.0, x), res)
    out = np.where(keep, x, res)
    # large negative d: everything rounds to 0 (or a tie at 0.5 * 10^-d)
    return out


# ------------------------------------------------------------------- fix / floor / ceil
_INTEGRAL = {"fix": np.trunc, "floor": np.floor, "ceil": np.ceil}


def integral(a: np.ndarray, how: Literal["fix", "floor", "ceil"]) -> np.ndarray:
    """``a`` rounded to integers towards zero, minus or plus infinity; integer classes
    unchanged, complex parts rounded separately. A new array."""
    if matlab_class(a) in INT_CLASSES:
        return a.copy()
    f = _INTEGRAL[how]
    if a.dtype.kind == "c":
        return (f(a.real) + 1j * f(a.imag)).astype(a.dtype)
    return f(a)


# -------------------------------------------------------------------------- mod / rem
def remainder(A: np.ndarray, M: np.ndarray, kind: Remainder) -> np.ndarray:
    """MATLAB's ``mod`` (``kind='mod'``: the sign of the divisor) or ``rem`` (the sign
    of the dividend) of real operands, with MATLAB's round-off compensation; integer
    classes exact, a double operand with an integer class computed in double and
    converted."""
    if A.dtype.kind == "c" or M.dtype.kind == "c":
        raise CompatTypeError(f"complex inputs are not supported (MATLAB's {kind} is "
                              f"defined for real numbers)")
    try:
        np.broadcast_shapes(A.shape, M.shape)
    except ValueError:
        raise CompatValueError(f"Arrays have incompatible sizes for this operation "
                               f"({A.shape} and {M.shape})") from None
    ca, cm = matlab_class(A), matlab_class(M)
    if ca in INT_CLASSES or cm in INT_CLASSES:
        cls = integer_class(A, M)
        if ca == cm:
            return _int_kernel(kind, A, M)
        if cls in ("int64", "uint64"):
            exact = _wide_remainder(kind, A, M, cls)
            if exact is not None:
                return exact
        return convert(_float_kernel(kind, A.astype(np.float64, copy=False),
                                     M.astype(np.float64, copy=False)), cls)
    dt = float_class(A, M)   # MATLAB's superiorfloat: single if either is single
    return _float_kernel(kind, A.astype(dt, copy=False), M.astype(dt, copy=False))


def _wide_remainder(kind, A, M, cls):
    """int64/uint64 with a double whose elements are all whole numbers or infinite:
    the remainder in exact integers (double has 53 bits: mod(int64(2^53+1), 2) is 1,
    not 0), saturated to the class; None when the double holds NaN or a fraction (the
    double route, with MATLAB's compensation, applies)."""
    A, M = np.broadcast_arrays(A, M)
    for x in (A, M):
        if x.dtype.kind == "f":
            with np.errstate(invalid="ignore"):
                if not np.all(np.isinf(x) | (x == np.trunc(x))):
                    return None
    lo, hi = intmin(cls), intmax(cls)
    dt = INT_CLASSES[cls]
    floats = [x for x in (A, M) if x.dtype.kind == "f"]
    if all(np.all((x >= lo) & (x < 2.0 ** (63 if cls == "int64" else 64))) for x in floats):
        # every double is a whole number of the class: the integer kernel, vectorized
        return _int_kernel(kind, A.astype(dt), M.astype(dt))
    out = np.empty(A.shape, dtype=dt)
    for index in np.ndindex(A.shape):
        a, m = A[index], M[index]
        if not np.isfinite(a):
            r = 0                                    # NaN in double, 0 in the class
        elif np.isinf(m):
            x = int(a)
            if kind == "rem" or x == 0 or (x > 0) == (m > 0):
                r = x                                # mod(x, Inf) = x for x >= 0
            else:
                r = hi if m > 0 else lo              # mod(-1, Inf) = Inf, saturated
        else:
            x, y = int(a), int(m)
            if y == 0:
                r = x if kind == "mod" else 0        # rem(x, 0) is NaN in double: 0
            elif kind == "mod":
                r = x % y                            # Python: the sign of the divisor
            else:
                r = abs(x) % abs(y) * (-1 if x < 0 else 1)
        out[index] = min(max(r, lo), hi)
    return out


def _int_kernel(kind, A, M):
    A, M = np.broadcast_arrays(A, M)
    zero = M == 0
    safe = np.where(zero, 1, M).astype(M.dtype)
    info = np.iinfo(A.dtype)
    if kind == "mod":
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


def _float_kernel(kind, x, y):
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
      (same magnitudes, same single rounding). The signs differ exactly where the sign
      bit of ``q`` is set (q is finite and non-zero there), and the choice between
      ``r'`` and ``|y| - r'`` is made on the bits (``q``'s sign bit spread by an
      arithmetic shift as a mask): no masked or branching loop over random signs.
    """
    dt = x.dtype
    eps = np.finfo(dt).eps
    it = np.nditer([x, y, None], flags=["external_loop", "buffered", "zerosize_ok"],
                   op_flags=[["readonly"], ["readonly"], ["writeonly", "allocate"]],
                   op_dtypes=[dt, dt, dt], buffersize=_BLOCK)
    ax, ay, q, d = (np.empty(_BLOCK, dt) for _ in range(4))
    b1 = np.empty(_BLOCK, bool)
    bits = np.dtype(f"i{dt.itemsize}")          # the same-width signed integer
    shift = 8 * dt.itemsize - 1
    axi, di, qi = ax.view(bits), d.view(bits), q.view(bits)
    with it, np.errstate(invalid="ignore", divide="ignore", over="ignore",
                         under="ignore"):
        out = it.operands[2]
        for xc, yc, oc in it:
            n = xc.shape[0]
            if n == 0:
                continue
            axn, ayn, qn, dn, m1 = ax[:n], ay[:n], q[:n], d[:n], b1[:n]
            np.divide(xc, yc, out=qn)
            np.rint(qn, out=dn)
            np.subtract(qn, dn, out=dn)
            np.abs(dn, out=dn)
            qmax = np.fmax(np.fmax.reduce(qn), -np.fmin.reduce(qn))
            np.greater(dn, eps * qmax, out=m1)     # False for NaN: reference path
            np.abs(xc, out=axn)
            np.abs(yc, out=ayn)
            np.remainder(axn, ayn, out=axn)         # r' = |fmod(x, y)|
            if kind == "mod":
                # axn = |y| - r' where x and y have opposite signs (q < 0), else r'
                np.subtract(ayn, axn, out=dn)
                np.bitwise_xor(di[:n], axi[:n], out=di[:n])
                np.right_shift(qi[:n], shift, out=qi[:n])   # all ones where q < 0
                np.bitwise_and(di[:n], qi[:n], out=di[:n])
                np.bitwise_xor(axi[:n], di[:n], out=axi[:n])
                np.copysign(axn, yc, out=oc)
            else:
                np.copysign(axn, xc, out=oc)
            np.logical_not(m1, out=m1)
            slow = np.flatnonzero(m1)
            if slow.size:
                oc[slow] = _reference_kernel(kind, xc[slow], yc[slow])
    return out


def _reference_kernel(kind, x, y):
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
                src = yc if kind == "mod" else xc
                out.flat[idx] = src[near] * zero       # signed zero of y (mod) / x (rem)
                nz.flat[idx] = False
        if kind == "mod":
            opposite = nz & ((r < 0) != (y < 0))
            np.add(out, y, out=out, where=opposite)
            np.copysign(out, y, out=out, where=~nz)   # exact zeros take the sign of y
        special = ~(np.isfinite(x) & np.isfinite(y)) | (y == 0) | (x == 0)
        if special.any():
            xs, ys = x[special], y[special]
            out[special] = _special(kind, xs, ys, out[special])
    return out


def _special(kind, x, y, out):
    """Non-finite operands, zero divisors and zero dividends (MATLAB's conventions)."""
    if kind == "mod":
        opposite = (x < 0) != (y < 0)
        out = np.where(np.isinf(y) & np.isfinite(x), np.where(opposite, y, x), out)
        out = np.where(x == 0, x.dtype.type(0) / np.where(y == 0, 1, y), out)
        out = np.where(np.isnan(x) | np.isnan(y) | np.isinf(x), np.nan, out)
        return np.where(y == 0, np.where(x == 0, y, x), out)
    out = np.where(np.isinf(y) & np.isfinite(x), x, out)
    return np.where(np.isnan(x) | np.isnan(y) | np.isinf(x), np.nan, out)


# ---------------------------------------------------------------------------- idivide
def integer_divide(A: np.ndarray, B: np.ndarray, rounding: Division = "fix") -> np.ndarray:
    """MATLAB's ``idivide``: ``A ./ B`` rounded by ``rounding`` in the integer class of
    the operands (exact for two integers, in double with a double operand), saturating;
    ``x/0`` is ``intmax``/``intmin`` (0 for ``0/0``)."""
    ca, cb = matlab_class(A), matlab_class(B)
    if ca not in INT_CLASSES and cb not in INT_CLASSES:
        raise CompatTypeError("At least one argument must belong to an integer class.")
    if ca in INT_CLASSES and cb in INT_CLASSES and ca != cb:
        raise CompatTypeError("Integers can only be combined with integers of the same "
                              "class, or scalar doubles.")
    if A.dtype.kind == "c" or B.dtype.kind == "c":
        raise CompatTypeError("complex inputs are not supported")
    try:
        A, B = np.broadcast_arrays(A, B)
    except ValueError:
        raise CompatValueError(f"Arrays have incompatible sizes for this operation "
                               f"({A.shape} and {B.shape})") from None
    cls = ca if ca in INT_CLASSES else cb
    if ca == cb:
        return _exact(A, B, cls, rounding)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = A.astype(np.float64) / B.astype(np.float64)
    rnd = {"fix": np.trunc, "floor": np.floor, "ceil": np.ceil}.get(rounding)
    q = rnd(q) if rnd else q   # 'round': the conversion rounds halves away from zero
    return convert(q, cls)


def _exact(A, B, cls, opt):
    dt = INT_CLASSES[cls]
    if cls in ("int64", "uint64"):
        return divide_exact(A.astype(object), B.astype(object), cls, opt)
    # up to 32 bits: int64 holds every operand and quotient exactly
    x = A.astype(np.int64)
    y = B.astype(np.int64)
    zero = y == 0
    ys = np.where(zero, 1, y)
    qf, r = np.divmod(x, ys)           # floor quotient, remainder with the sign of y
    nz = r != 0
    if opt == "floor":
        q = qf
    elif opt == "ceil":
        q = qf + nz
    elif opt == "fix":
        q = qf + (nz & ((x < 0) != (ys < 0)))
    else:  # round, halves away from zero
        twice = 2 * np.abs(r)
        ay = np.abs(ys)
        up = (twice > ay) | ((twice == ay) & ((x < 0) == (ys < 0)))
        q = qf + (nz & up)
    q = np.where(zero, np.sign(x) * (1 << 62), q)   # beyond every 32-bit limit
    return np.clip(q, intmin(cls), intmax(cls)).astype(dt)
