"""Rounding to the nearest integer with halves away from zero: C's ``round``, MATLAB's
``round`` and its conversion to integer classes, IDL's ROUND.

One exact, vectorised implementation for every routine that rounds so. The usual
shortcuts are not exact: ``floor(x + 0.5)`` rounds 0.49999999999999994 up to 1 (the
sum rounds to 1.0) and the odd integers in [2^52, 2^53) to the next even one, and
``numpy.round``/``numpy.rint`` break ties to even (``round(2.5)`` is 3, not 2).

A leaf: imports nothing from compat.
"""

from __future__ import annotations

import numpy as np

__all__ = ["round_half_away"]


def round_half_away(x):
    """``x`` rounded to the nearest integer, ties away from zero, exactly.

    Floating input keeps its dtype (float32 stays float32); the sign of a zero result
    is the sign of ``x``, as C's ``round`` gives it (``-0.3`` and ``-0.0`` give
    ``-0.0``); NaN and +-Inf pass through; values of magnitude >= 2^52 (2^23 for
    float32) are integers already and come back unchanged. Complex input is rounded
    part by part. Integer and boolean input is returned unchanged (the same values and
    dtype). A 0-d input gives a numpy scalar (as a ufunc does), a Python number a
    numpy float64.

    Method: ``numpy.rint`` (ties to even) is exact, so ``d = x - rint(x)`` is exact and
    the ties are exactly the elements with ``|d| = 1/2``; they become
    ``x + copysign(1/2, x)``, exact because a tie is below 2^52 in magnitude.

    Examples
    --------
    >>> import numpy as np
    >>> from compat._core.half_away import round_half_away
    >>> round_half_away(np.array([2.5, -2.5, 0.49999999999999994, -0.3]))
    array([ 3., -3.,  0., -0.])
    >>> np.floor(0.49999999999999994 + 0.5)         # the shortcut it replaces
    np.float64(1.0)
    >>> float(round_half_away(2.0**52 + 1)) == 2.0**52 + 1
    True
    """
    a = np.asarray(x)
    if a.dtype.kind in "biu":
        return a.copy() if a.ndim else a[()]
    if a.dtype.kind == "c":
        out = np.empty(a.shape, a.dtype)
        out.real = round_half_away(a.real)
        out.imag = round_half_away(a.imag)
        return out if out.ndim else out[()]
    if a.dtype.kind != "f":
        raise TypeError(f"round_half_away: numeric input expected, got {a.dtype}")
    if a.size >= 4 * _BLOCK and (a.flags.c_contiguous or a.flags.f_contiguous):
        return _blocked(a)
    out = np.array(np.rint(a), dtype=a.dtype, ndmin=0)
    with np.errstate(invalid="ignore"):
        ties = np.abs(a - out) == 0.5
    if ties.any():
        out[ties] = a[ties] + np.copysign(a.dtype.type(0.5), a[ties])
    return out if out.ndim else out[()]


# elements per block of _blocked: its work arrays stay in the CPU cache
_BLOCK = 16384


def _blocked(a):
    """round_half_away of a large contiguous float array, the same operations per
    element in blocks of _BLOCK elements (one pass over memory instead of five);
    the output has ``a``'s layout, as ``np.rint(a)`` gives it."""
    out = np.empty_like(a)
    flat_a, flat_out = a.ravel(order="K"), out.ravel(order="K")   # views: contiguous
    d = np.empty(_BLOCK, a.dtype)
    ties = np.empty(_BLOCK, bool)
    half = a.dtype.type(0.5)
    with np.errstate(invalid="ignore"):
        for start in range(0, a.size, _BLOCK):
            x = flat_a[start:start + _BLOCK]
            o = flat_out[start:start + _BLOCK]
            n = x.shape[0]
            np.rint(x, out=o)
            np.subtract(x, o, out=d[:n])
            np.abs(d[:n], out=d[:n])
            np.equal(d[:n], half, out=ties[:n])
            if ties[:n].any():
                i = np.flatnonzero(ties[:n])
                o[i] = x[i] + np.copysign(half, x[i])
    return out
