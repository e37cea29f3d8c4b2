"""MATLAB's rounding and remainder functions: ``round``, ``fix``, ``floor``, ``ceil``,
``mod``, ``rem``, ``idivide``.

The legacy layer of the family: each function reads MATLAB's argument grammar (digits,
``'decimals'``/``'significant'``, the ``TieBreaker`` name-value pair, ``idivide``'s
option), coerces its operands with :func:`compat._core.matlab_integers.operand` (the
MATLAB coercer, char as character codes) and calls the core
:mod:`compat._core.rounding`.
"""

from __future__ import annotations

import numpy as np

from compat._core import rounding as core
from compat._core.args import is_omitted, name_value
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import operand

__all__ = ["round", "fix", "floor", "ceil", "mod", "rem", "idivide"]

_DOCS = Fragments(
    x_classes="""
        X : array_like
            double, single, complex (real and imaginary parts rounded separately),
            integer classes ({{integers}}),
            logical or char (taken as double, as MATLAB does). A Python number or list
            is a MATLAB double literal.""",
    same_class="""
        ndarray (numpy scalar for scalar input)
            Same class and shape as ``X`` (single in, single out; integer classes
            unchanged; logical/char in, double out); a new array, ``X`` is not modified.""",
)


def _python_scalars(*inputs) -> bool:
    """All inputs are Python (or numpy) scalars, not arrays: the result is a scalar."""
    return all(np.ndim(v) == 0 and not isinstance(v, np.ndarray) for v in inputs)


def _rounding_operand(X) -> np.ndarray:
    """round/fix/floor/ceil's input: integer classes kept, logical and char as double."""
    a = operand(X)
    return a.astype(np.float64) if a.dtype.kind == "b" else a


# ------------------------------------------------------------------------------ round
@matlab_function("round")
@_DOCS.named(integers="returned unchanged for ``n >= 0``")
def round(X, *args, **kwargs):  # noqa: A001 - MATLAB's name
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
    {{x_classes}}
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
    ``round(112.05 - 110, 1)`` = 2 because the difference is 2.04999999999999716). GNU
    Octave 7.3's ``round`` agrees for one argument; it has no ``n`` argument.

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
    pos = list(args)
    n = None
    kind = "decimals"
    if pos and not isinstance(pos[0], str):
        n = pos.pop(0)
        if is_omitted(n):
            n = None
    if pos and isinstance(pos[0], str) and pos[0].lower() in ("decimals", "significant"):
        if n is None:
            raise CompatValueError(f"'{pos[0]}' needs the number of digits n before it")
        kind = pos.pop(0).lower()
    tie = name_value(None, pos, kwargs, {"TieBreaker": "fromzero"})["TieBreaker"]
    if not isinstance(tie, str) or tie.lower() not in core.TIES:
        raise CompatValueError(f"TieBreaker must be 'fromzero', 'tozero', 'even', 'odd', "
                               f"'plusinf' or 'minusinf'; got {tie!r}")
    a = _rounding_operand(X)
    if n is not None:
        n_arr = np.asarray(n)
        if n_arr.size != 1 or not np.isfinite(n_arr.astype(float)).all() or \
                float(n_arr) != np.trunc(float(n_arr)):
            raise CompatValueError(f"n must be an integer scalar; got {n!r}")
        n = int(n_arr)
        if kind == "significant" and n <= 0:
            raise CompatValueError(f"with 'significant', n must be a positive integer; "
                                   f"got {n}")
    out = core.round_digits(a, n, kind, tie.lower())
    return out[()] if (_python_scalars(X) or np.ndim(out) == 0) else out


# ----------------------------------------------------------------- fix / floor / ceil
_INTEGRAL = """Round {{towards}}, as MATLAB's ``{{name}}``.

    MATLAB call form::

        Y = {{name}}(X)    ->  {{name}}(X)

    Differences from the naive numpy call (``np.{{numpy}}``):
    {{naive}}

    Parameters
    ----------
    {{x_classes}}

    Returns
    -------
    {{same_class}}

    Raises
    ------
    TypeError
        ``"{{name}}: input must be numeric or logical ..."`` for other input.

    Notes
    -----
    Source: MATLAB documentation of ``{{name}}`` ({{source}}; integer classes
    unchanged; complex parts rounded independently). GNU Octave 7.3 agrees.

    Examples
    --------
    >>> from compat.matlab import {{name}}
    >>> {{name}}([-2.5, -0.5, 2.5, 3.7])
    {{example}}
    """


def _integral(name: str, **fragments):
    """The MATLAB function ``name`` (fix, floor or ceil), documented and decorated."""
    def integral(X):
        out = core.integral(_rounding_operand(X), name)
        return out[()] if _python_scalars(X) else out

    integral.__name__ = integral.__qualname__ = name
    integral.__module__ = __name__
    integral.__doc__ = _INTEGRAL
    return matlab_function(name)(_DOCS.named(integers="returned unchanged, as MATLAB",
                                             **fragments)(integral))


# floor and ceil differ from numpy's only in classes
_CLASSES_ONLY = ("np.{{numpy}} agrees for floats; the differences are classes: MATLAB keeps\n"
                 "integer classes (numpy too) but turns logical and char into double\n"
                 "(np.{{numpy}}(True) is float16 in numpy 1.x) and compat never returns\n"
                 "float16/longdouble.")

fix = _integral(
    "fix", towards="towards zero", numpy="trunc", source="fix(-2.5) is -2, fix(2.5) is 2",
    naive="np.fix and np.trunc agree for floats, but keep integer and logical dtypes and\n"
          "return -0.0 as MATLAB does; numpy's astype(int) truncates too but changes the\n"
          "class and wraps out-of-range values.",
    example="array([-2., -0.,  2.,  3.])")
floor = _integral(
    "floor", towards="towards minus infinity", numpy="floor", source="floor(-2.5) is -3",
    naive=_CLASSES_ONLY,
    example="array([-3., -1.,  2.,  3.])")
ceil = _integral(
    "ceil", towards="towards plus infinity", numpy="ceil", source="ceil(-2.5) is -2",
    naive=_CLASSES_ONLY,
    example="array([-2., -0.,  3.,  4.])")


# -------------------------------------------------------------------------- mod / rem
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
    the integer class (MATLAB's rule for mixed integer-double arithmetic), except that
    int64/uint64 with a whole-number or infinite double are exact
    (``mod(int64(2^53+1), 2)`` is 1; through double it would be 0).

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
    out = core.remainder(operand(a), operand(m), "mod")
    return out[()] if _python_scalars(a, m) else out


@matlab_function("rem")
def rem(a, b):
    """Remainder after division, as MATLAB's ``rem``.

    MATLAB call form::

        r = rem(a, b)    ->  rem(a, b)

    ``rem(a, b) = a - b .* fix(a ./ b)``, with MATLAB's conventions: the result has the
    sign of the dividend ``a`` (or is 0), ``rem(a, 0)`` is NaN, ``rem(a, a)`` is 0 and,
    as in ``mod``, **when ``b`` is not an integer and ``a./b`` is within round-off error
    of an integer, the result is exactly 0** (``rem(2, 2 - eps(2))`` is 0).

    Differences from the naive numpy call: ``np.fmod`` (and ``math.fmod``) has the
    right sign convention and ``np.fmod(a, 0)`` is NaN too, but it has no round-off
    compensation (``np.fmod(0.3, 0.1)`` is 0.09999999999999998, MATLAB's ``rem`` gives
    0) and gives NaN for ``rem(a, Inf)`` where MATLAB returns ``a``.
    ``np.remainder``/``%`` take the sign of the divisor: that is ``mod``.

    Parameters
    ----------
    a, b : array_like
        Dividend and divisor, broadcast against each other. double, single (single
        result, single's eps), integer classes (result of that class; the other operand
        the same class or a double), logical or char (as double).

    Returns
    -------
    ndarray (numpy scalar for scalar inputs)

    Raises
    ------
    TypeError
        Mixed integer classes (MATLAB's message "Integers can only be combined with
        integers of the same class, or scalar doubles."), complex input.
    ValueError
        Incompatible sizes.

    Notes
    -----
    Element by element: NaN if ``a`` is NaN or infinite or ``b`` is NaN; ``a`` if ``b``
    is infinite; 0 (with the sign of ``a``) if ``b`` is not an integer and ``q = |a/b|``
    satisfies ``|q - floor(q + 0.5)| <= eps * q``; else ``fmod(a, b)`` (exact; NaN for
    ``b == 0``). This is MATLAB's documented rule with the tolerance and special cases
    of MATLAB Coder's run-time function ``rt_remd_snf`` for ``rem``. Integer classes:
    exact ``fmod`` (``rem(intmin, -1)`` is 0); ``rem(x, 0)`` for integers is 0 in
    compat (the NaN of the double computation converted to an integer class; MATLAB's
    documentation does not state this case and GNU Octave returns ``x``).

    GNU Octave 7.3 differs for ``rem(2, 2 - eps(2))`` (4.4409e-16 there; MATLAB's
    documentation prints 0) and ``rem(5, Inf)`` (NaN there, 5 here as MATLAB Coder).

    Sources: MATLAB documentation of ``rem`` (conventions; the ``2 - eps(2)``
    example; ``rem(-4, 3)`` and friends); MATLAB Coder's generated ``rt_remd_snf``.

    Examples
    --------
    >>> from compat.matlab import rem
    >>> rem([-4, -1, 7, 9], 3)
    array([-1., -1.,  1.,  0.])
    >>> rem(5, 0)
    np.float64(nan)
    >>> rem(2, 2 - 4.440892098500626e-16)
    np.float64(0.0)
    """
    out = core.remainder(operand(a), operand(b), "rem")
    return out[()] if _python_scalars(a, b) else out


# ---------------------------------------------------------------------------- idivide
@matlab_function("idivide")
def idivide(a, b, opt="fix"):
    """Integer division with rounding option, as MATLAB's ``idivide``.

    MATLAB call forms::

        C = idivide(A, B)           ->  idivide(A, B)            ('fix')
        C = idivide(A, B, opt)      ->  idivide(A, B, 'floor')

    ``opt`` is ``'fix'`` (default: towards zero), ``'round'`` (nearest, halves away
    from zero: the same as MATLAB's ``A ./ B`` on integers), ``'floor'`` or
    ``'ceil'``.

    Differences from the naive numpy call: ``np.floor_divide``/``//`` on integer arrays
    always floors (``-7 // 2`` is -4; MATLAB's default ``idivide(int32(-7),
    int32(2))`` is -3), returns 0 for division by zero (MATLAB: ``intmax``/``intmin``,
    0 for ``0/0``) and wraps ``intmin // -1`` (MATLAB saturates to ``intmax``).
    ``np.trunc(a / b)`` goes through float64 and is inexact for 64-bit integers.

    Parameters
    ----------
    A, B : array_like
        At least one must be of an integer class; the other of the same integer class
        or a double (or single/logical) -- MATLAB's documentation says a scalar double;
        compat accepts double arrays too. Broadcast against each other.
    opt : {'fix', 'round', 'floor', 'ceil'}, optional
        Case-insensitive. Default 'fix'.

    Returns
    -------
    ndarray (numpy scalar for scalar inputs) of the integer class.

    Raises
    ------
    TypeError
        ``"idivide: At least one argument must belong to an integer class."`` (MATLAB's
        message); mixed integer classes (MATLAB's "Integers can only be combined with
        integers of the same class, or scalar doubles.").
    ValueError
        Unknown ``opt``; incompatible sizes.

    Notes
    -----
    Integer by integer: computed exactly (numpy integer arithmetic for up to 32 bits
    via exact doubles, Python integers for 64-bit classes), then rounded by ``opt``
    and saturated: ``x/0`` is ``intmax`` for ``x > 0``, ``intmin`` for ``x < 0``, 0 for
    ``0/0``. With a double operand compat computes ``opt(A ./ B)`` in double precision
    and converts the result to the integer class with saturation (MATLAB's rule for
    mixed integer-double arithmetic; exact for classes up to 32 bits).

    Sources: MATLAB documentation of ``idivide`` (the four options, default 'fix', the
    integer-class requirement). GNU Octave 7.3 agrees on integer inputs (its default
    is 'fix' too), checked by the live differential tests.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import idivide
    >>> a = np.int32([-3, 3, 4]); b = np.int32(2)
    >>> idivide(a, b)
    array([-1,  1,  2], dtype=int32)
    >>> idivide(a, b, 'round')
    array([-2,  2,  2], dtype=int32)
    >>> idivide(a, b, 'floor')
    array([-2,  1,  2], dtype=int32)
    >>> idivide(a, b, 'ceil')
    array([-1,  2,  2], dtype=int32)
    """
    if not isinstance(opt, str) or opt.lower() not in ("fix", "round", "floor", "ceil"):
        raise CompatValueError(f"opt must be 'fix', 'round', 'floor' or 'ceil'; got "
                               f"{opt!r}")
    out = core.integer_divide(operand(a), operand(b), opt.lower())
    return out[()] if _python_scalars(a, b) else out
