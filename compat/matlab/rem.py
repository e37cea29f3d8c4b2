"""MATLAB ``rem``: remainder after division, sign of the dividend, round-off compensated."""

from __future__ import annotations

from compat.matlab.mod import _mod_or_rem
from compat._core.legacy import matlab_function

__all__ = ["rem"]


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
    return _mod_or_rem("rem", a, b)
