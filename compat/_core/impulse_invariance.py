"""The impulse-invariant map of an analog filter to a digital one (MATLAB's
``impinvar``): the digital impulse response is ``T*h(nT)``, ``h`` the analog one.

MATLAB's documentation describes the partial-fraction route (residues ``r`` of
``b/a``, poles ``p`` mapped to ``exp(p/fs)``, the transfer function rebuilt from
``r/fs`` and those poles). compat computes the same filter without the residues:
the digital denominator is ``poly(exp(p*T))``, and since ``h(nT) = C*expm(A*T)^n*B``
for any realisation ``(A, B, C)`` of ``b/a``, the numerator is the first ``N``
coefficients of ``az * T*h(nT)`` (``N`` poles). Repeated poles need no special formula
this way.

MATLAB's ``tol`` decides which poles are repeated ("the default is 0.001, or 0.1% of a
pole's magnitude", MATLAB's ``impinvar`` page): poles that close are one multiple pole,
so the filter converted is ``b(s) / (a(1) * prod (s - p_group)^m)``, not quite ``b/a``.
compat groups as ``mpoles`` does (largest magnitude first, every remaining pole within
``tol*|p0|`` of the group's first pole ``p0`` joins it) and puts each group at its mean,
as GNU Octave 7.3's ``residue`` does before impinvar maps the poles; the mean is
Octave's choice (MATLAB's page does not say which point of the group it uses).
"""

from __future__ import annotations

import numpy as np
import scipy.linalg

from compat._core.errors import CompatValueError
from compat._core.filter_design import tf2ss

__all__ = ["impulse_invariant"]


def repeated_poles_merged(poles: np.ndarray, tol: float) -> tuple[np.ndarray, bool]:
    """``poles`` with each group of poles closer than ``tol`` (relative, MATLAB's
    ``mpoles`` rule) replaced by the group's mean; and whether any group merged."""
    order = np.argsort(-np.abs(poles), kind="stable")
    p = poles[order]
    nonzero = np.abs(p)[(np.abs(p) > 0) & np.isfinite(p)]
    out = p.copy()
    free = np.ones(p.size, bool)
    merged = False
    for n in range(p.size):
        if not free[n]:
            continue
        scale = abs(p[n]) if p[n] != 0 else (nonzero.mean() if nonzero.size else 1.0)
        group = free & (np.abs(p - p[n]) < tol * scale)
        free &= ~group
        if group.sum() > 1:
            out[group] = p[group].mean()
            merged = True
    result = np.empty_like(out)
    result[order] = out
    return result, merged


def impulse_invariant(b: np.ndarray, a: np.ndarray, fs: float, tol: float = 1e-3):
    """``(bz, az)`` in powers of ``z^-1`` for the analog ``b(s)/a(s)`` (descending
    powers), sample rate ``fs``; poles closer than ``tol`` (relative) are one repeated
    pole at their mean."""
    b = np.trim_zeros(np.asarray(b, float), "f")
    a = np.trim_zeros(np.asarray(a, float), "f")
    if a.size == 0:
        raise CompatValueError("The denominator must not be all zero.")
    if b.size == 0:
        b = np.zeros(1)
    if b.size >= a.size:
        raise CompatValueError("The numerator's order must be less than the "
                               "denominator's (a strictly proper analog filter).")
    T = 1.0 / fs
    n = a.size - 1
    poles, merged = repeated_poles_merged(np.roots(a), tol)
    if merged:  # the denominator MATLAB converts: the groups made exact multiple poles
        a = a[0] * np.real(np.poly(poles))
    A, B, C, _ = tf2ss(np.r_[np.zeros(a.size - b.size), b] / a[0], a / a[0])
    step = scipy.linalg.expm(A * T)
    state = B[:, 0].astype(float)
    h = np.empty(n)
    for k in range(n):  # n samples of the analog impulse response
        h[k] = float(C[0] @ state)
        state = step @ state
    az = np.poly(np.exp(poles * T))
    az = az.real if np.all(np.abs(az.imag) <= 1e-12 * np.abs(az).max()) else az
    bz = T * np.convolve(az, h)[:n]
    return bz, az
