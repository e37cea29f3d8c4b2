"""MATLAB ``round``: round half away from zero, to decimals or significant digits."""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout, is_omitted, name_value
from compat._core.errors import matlab_error
from compat._core.matlab_integers import (INT_CLASSES, class_of, numeric_for_rounding,
                                          round_ties, to_int)
from compat._core.legacy import matlab_function

__all__ = ["round"]


@matlab_function("round")
def round(X, *args, nargout=1, **kwargs):  # noqa: A001 - MATLAB's name
    """Round to the nearest integer (or decimal/significant digit), as MATLAB's ``round``.

    MATLAB call forms::

        Y = round(X)                          ->  round(X)
        Y = round(X, n)                       ->  round(X, 2)      (n decimals)
        Y = round(X, n, 'significant')        ->  round(X, 3, 'significant')
        Y = round(X, n, 'decimals')           ->  round(X, -2, 'decimals')
        Y = round(..., 'TieBreaker', 'even')  ->  round(X, TieBreaker='even')

    Differences from the naive numpy call: ``numpy.round``/``numpy.around``/``rint``
    round halves to **even** (``np.round(2.5)`` is 2.0, ``np.round(-0.5)`` is -0.0);
    MATLAB rounds halves **away from zero** (``round(2.5)`` is 3, ``round(-2.5)`` is
    -3). ``np.floor(x + 0.5)`` is wrong too: it rounds -2.5 to -2 and
    0.49999999999999994 to 1. ``np.round(x, 2)`` also rounds ties to even and has no
    'significant' mode.

    Parameters
    ----------
    X : array_like
        double, single, complex (real and imaginary parts rounded separately),
        integer classes (returned unchanged for ``n >= 0``), logical or char (taken as
        double).
    n : int, optional
        Digits: with 'decimals' (default) the number of digits right of the decimal
        point (negative: left of it, ``round(1234, -2)`` is 1200); with
        'significant' the number of significant digits (positive).
    type : {'decimals', 'significant'}, optional
    TieBreaker : {'fromzero', 'tozero', 'even', 'odd', 'plusinf', 'minusinf'}
        MATLAB name-value pair (R2022a and later): how exact halves are broken.
        Default 'fromzero'.

    Returns
    -------
    ndarray (or numpy scalar for scalar input)
        Same class as ``X`` (single in, single out; integer classes unchanged;
        logical/char in, double out), same shape. ``X`` is not modified.

    Notes
    -----
    ``round(X, n)`` with decimals computes ``round(X .* 10^n) ./ 10^n`` for ``n > 0``
    and ``round(X ./ 10^-n) .* 10^-n`` for ``n < 0`` (so that the scale is an exact
    integer): the result is the double nearest to the decimal-rounded value whenever
    the scaled value is exact. As in any binary arithmetic, a decimal "half" that is
    not representable is not a tie: ``round(1.005, 2)`` is 1 because the double 1.005 is
    1.00499999999999989... (MATLAB's documentation does not give its algorithm for
    ``n``; this one reproduces its printed examples). Values too large to have a
    fractional part at that scale are returned unchanged. 'significant' uses
    ``n - floor(log10(abs(x))) - 1`` decimals per element (with the exponent
    corrected where ``log10`` rounds across a power of ten). Single inputs are
    rounded in double and converted back (exact for ``round(X)``). Integer inputs with
    ``n < 0`` are rounded in double and converted back with saturation.

    Sources: MATLAB documentation of ``round`` (halves away from zero; ``n``,
    'significant'/'decimals', TieBreaker; examples ``round(pi, 3)`` = 3.1420,
    ``round(863178137, -2)`` = 863178100, ``round(3132, 2, 'significant')`` = 3100, and
    ``round(112.05 - 110, 1)`` = 2 because the difference is 2.04999999999999716). GNU Octave 7.3's ``round`` agrees for one
    argument; it has no ``n`` argument.

    Examples
    --------
    >>> from compat.matlab import round
    >>> round([2.5, -2.5, 0.5, -0.5, 1.4])
    array([ 3., -3.,  1., -1.,  1.])
    >>> round(3.14159, 3)
    np.float64(3.142)
    >>> round(863178137, -2)
    np.float64(863178100.0)
    >>> round([3132, 1.345, 120.44], 2, 'significant').tolist()
    [3100.0, 1.3, 120.0]
    >>> round(2.5, TieBreaker='even')
    np.float64(2.0)
    """
    check_nargout("round", nargout, 1)
    pos = list(args)
    n = None
    kind = "decimals"
    if pos and not isinstance(pos[0], str):
        n = pos.pop(0)
        if is_omitted(n):
            n = None
    if pos and isinstance(pos[0], str) and pos[0].lower() in ("decimals", "significant"):
        if n is None:
            raise matlab_error("round", f"'{pos[0]}' needs the number of digits n "
                               "before it")
        kind = pos.pop(0).lower()
    opts = name_value("round", pos, kwargs, {"TieBreaker": "fromzero"})
    tie = opts["TieBreaker"]
    if not isinstance(tie, str) or tie.lower() not in ("fromzero", "tozero", "even",
                                                       "odd", "plusinf", "minusinf"):
        raise matlab_error("round", f"TieBreaker must be 'fromzero', 'tozero', 'even', "
                           f"'odd', 'plusinf' or 'minusinf'; got {tie!r}")
    tie = tie.lower()

    a = numeric_for_rounding("round", X)
    scalar = np.ndim(X) == 0 and not isinstance(X, np.ndarray)
    if n is not None:
        n_arr = np.asarray(n)
        if n_arr.size != 1 or not np.isfinite(n_arr.astype(float)).all() or \
                float(n_arr) != np.trunc(float(n_arr)):
            raise matlab_error("round", f"n must be an integer scalar; got {n!r}")
        n = int(n_arr)
        if kind == "significant" and n <= 0:
            raise matlab_error("round", f"with 'significant', n must be a positive "
                               f"integer; got {n}")
    out = _round(a, n, kind, tie)
    return out[()] if (scalar or np.ndim(out) == 0) else out


def _round(a, n, kind, tie):
    cls = class_of(a)
    if cls in INT_CLASSES:
        if n is None or (kind == "decimals" and n >= 0):
            return a.copy()
        return to_int("round", _round(a.astype(np.float64), n, kind, tie), cls)
    if a.dtype.kind == "c":
        return _round(a.real, n, kind, tie) + 1j * _round(a.imag, n, kind, tie)
    if n is None:
        return round_ties(a.copy(), tie)
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
