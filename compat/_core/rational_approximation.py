"""Rational approximation by continued fractions (MATLAB's ``rat`` and ``rats``).

:func:`continued_fraction` expands every element at once: the nearest-integer continued
fraction ``x = a0 + 1/(a1 + 1/(a2 + ...))`` (each term ``round(1/frac)`` with MATLAB's
rounding, ties away from zero, so terms may be negative: ``pi`` is
``3 + 1/(7 + 1/(16 + 1/(-294)))``), stopped for each element as soon as its convergent
``n/d`` is within ``tol`` of it. The loop runs over terms (a few dozen at most), never
over elements. :func:`fraction_text` writes the expansion as MATLAB's text and
:func:`rats_layout` places ``n/d`` in MATLAB's fixed-width fields.

The arithmetic follows the MATLAB class: single input is expanded in single precision
(its numerators single, its denominators double, as MATLAB's and Octave's rat return
them).
"""

from __future__ import annotations

import numpy as np

from compat._core.rounding import round_ties

__all__ = ["continued_fraction", "fraction_text", "rats_layout"]


def continued_fraction(y: np.ndarray, tol):
    """The truncated continued fractions of the finite elements of the 1-D array ``y``.

    Returns ``(n, d, terms)``: ``n`` (``y``'s dtype) and ``d`` (float64) with
    ``n/d`` the last convergent (``d`` may be negative: the caller moves the sign), and
    ``terms``, a list of arrays: ``terms[k][i]`` is the (k+1)-th term after the integer
    part of element i, NaN once its expansion has stopped. An element equal to 0 (or
    NaN) is not expanded.
    """
    t = y.dtype.type
    tol = t(tol)
    n = round_ties(y)
    d = np.ones(y.shape, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        frac = y - n
        last_n = np.ones(y.shape, dtype=y.dtype)
        last_d = np.zeros(y.shape, dtype=np.float64)
        terms = []
        while True:
            active = (y != 0) & (np.abs(y - n / d.astype(y.dtype)) >= tol)
            if not active.any():
                break
            flip = t(1) / frac[active]
            step = round_ties(flip)
            term = np.full(y.shape, np.nan)
            term[active] = step
            terms.append(term)
            frac[active] = flip - step
            saved_n, saved_d = n.copy(), d.copy()
            n[active] = n[active] * step + last_n[active]
            d[active] = (d[active].astype(y.dtype) * step + last_d[active].astype(y.dtype))
            last_n, last_d = saved_n, saved_d
    return n, d, terms


def _integer_text(value) -> str:
    return str(int(value))


def fraction_text(x: float, head, terms: list) -> str:
    """MATLAB's ``rat`` text of one element: ``'3 + 1/(7 + 1/(16))'`` -- the integer
    part, then ``' + 1/(' term`` for every further term, closed at the end; ``'0'`` for
    0, ``'Inf'``/``'-Inf'``/``'NaN'`` for non-finite values."""
    if np.isnan(x):
        return "NaN"
    if np.isinf(x):
        return "Inf" if x > 0 else "-Inf"
    if x == 0:
        return "0"
    text = _integer_text(head)
    count = 0
    for term in terms:
        if np.isnan(term):
            break
        text += " + 1/(" + _integer_text(term)
        count += 1
    return text + ")" * count


def rats_layout(n, d, strlen: int) -> str:
    """One element of MATLAB's ``rats``: ``n/d`` in ``strlen + 1`` characters, the
    numerator and slash right-aligned in the first ``fix((strlen-1)/2) + 2`` columns
    (an integer ends where the slash would be) and the denominator left-aligned after
    it; ``'*'`` when it does not fit, ``'0'`` for a zero numerator."""
    lhs = (strlen - 1) // 2
    left_width, right_width = lhs + 2, strlen - 1 - lhs
    if np.isnan(n) or (n == 0 and d == 0):
        left, right = "NaN", ""
    elif d == 0:
        left, right = ("Inf" if n > 0 else "-Inf"), ""
    elif n == 0:
        left, right = "0", ""
    elif d == 1:
        left, right = _integer_text(n), ""
    else:
        left, right = _integer_text(n) + "/", _integer_text(d)
    if len(left) > left_width or len(right) > right_width:
        left, right = "*", ""
    return left.rjust(left_width) + right.ljust(right_width)
