"""Grouping complex numbers into conjugate pairs: the core of MATLAB's ``cplxpair``.

Along each vector (MathWorks' cplxpair reference page; the steps as GNU Octave's
cplxpair.m takes them, checked against it): the values are sorted by real part (a stable
sort); a value whose imaginary part is at most ``tol`` times its magnitude is real (its
imaginary part dropped); the real values go after the complex ones, in increasing order.
Walking the complex values in that order, each is paired with the remaining value nearest
its conjugate; a pair farther apart than ``tol`` times the value's magnitude, or a value
left without a partner, is an error. Each pair is written as the exact conjugates
``(conj(w), w)`` of its member ``w`` with positive imaginary part (so the negative
imaginary part comes first): "The complex conjugate pairs are forced to be exact complex
conjugates" (the reference page).
"""

from __future__ import annotations

import numpy as np

__all__ = ["pair_vector", "UNPAIRED"]

#: MATLAB's message (the reference page's Diagnostics)
UNPAIRED = "Complex numbers can't be paired."


class _Unpaired(ValueError):
    pass


def pair_vector(z: np.ndarray, tol: float) -> np.ndarray:
    """One vector's pairs then reals (complex dtype of ``z``); raises :class:`_Unpaired`."""
    order = np.argsort(z.real, kind="stable")
    z = z[order].copy()
    tiny = np.finfo(z.real.dtype).tiny
    is_real = np.abs(z.imag) / (np.abs(z) + tiny) <= tol
    z[is_real] = z[is_real].real
    cplx = list(z[~is_real])
    reals = z[is_real]
    out = []
    while cplx:
        w = cplx.pop(0)
        if not cplx:
            raise _Unpaired(UNPAIRED)
        dist = np.abs(np.array(cplx) - np.conj(w))
        j = int(np.argmin(dist))
        if dist[j] >= tol * abs(w):
            raise _Unpaired(UNPAIRED)
        partner = cplx.pop(j)
        pos = w if w.imag > 0 else partner
        out += [np.conj(pos), pos]
    return np.concatenate([np.array(out, dtype=z.dtype), reals])
