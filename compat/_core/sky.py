"""Angles on the sky as the IDL Astronomy Library computes them (GCIRC, CIRRANGE).

Python-shaped helpers for :mod:`compat.idl.astro_utils`: double-precision arithmetic in
the order the Library's ``.pro`` files write it, with IDL's rule for two array operands
(the result is as long as the shorter one, a scalar spreads:
:func:`compat._core.idl_array_ops.binary_operands`), so that the bits agree with the
Library run in IDL/GDL.
"""

from __future__ import annotations

import numpy as np

from compat._core import libm
from compat._core.idl_array_ops import binary_operands

__all__ = ["idl_binary", "haversine", "wrap_angle"]


def idl_binary(op, a, b):
    """``op(a, b)`` on two operands brought to one shape by IDL's rule (no type change)."""
    x, y = binary_operands(a, b, None)
    return op(x, y)


def haversine(ra1: np.ndarray, dc1: np.ndarray, ra2: np.ndarray,
              dc2: np.ndarray) -> np.ndarray:
    """The great-circle distance (radians) between points given in radians (float64), as
    gcirc.pro (IDLAstro 729b572, March 2009 revision) computes it: the haversine formula
    ``2 asin(sqrt(sin^2(ddec/2) + cos dec1 cos dec2 sin^2(dra/2)))``, each product
    formed left to right as the ``.pro`` writes it, and the C library's asin as IDL and
    GDL call it (numpy's arcsin is an ulp apart for about one argument in twelve)."""
    mul, add, sub = np.multiply, np.add, np.subtract
    deldec2 = idl_binary(sub, dc2, dc1) / 2.0
    delra2 = idl_binary(sub, ra2, ra1) / 2.0
    sd = np.sin(deldec2)
    sr = np.sin(delra2)
    term = idl_binary(mul, np.cos(dc1), np.cos(dc2))
    term = idl_binary(mul, term, sr)
    term = idl_binary(mul, term, sr)
    sindis = np.sqrt(idl_binary(add, sd * sd, term))
    return 2.0 * libm.c_asin(sindis)


def wrap_angle(angle: np.ndarray, period: float) -> np.ndarray:
    """cirrange.pro's range reduction (float64): ``angle MOD period`` (C's ``fmod``: the
    sign of the dividend, so -0.0 stays -0.0), then ``+ period`` where the remainder is
    negative (so a tiny negative angle gives ``period`` itself, as the Library does)."""
    a = np.fmod(angle, period)
    return np.where(a < 0.0, a + period, a)


# --------------------------------------------------------------------------- precession
_SEC_TO_RAD = (np.pi / 180.0) / 3600.0


def precession_matrix(t: float, st: float, fk4: bool) -> np.ndarray:
    """premat.pro's 3 x 3 precession matrix (numpy rows = IDL's ``r[*, k]``) for ``t``
    (thousands of years between the equinoxes) and ``st`` (thousands of years from the
    base epoch: 2000 (IAU 1976, Lieske et al. 1977), or 1900 with ``fk4`` (Newcomb)),
    each rotation angle in the order the ``.pro`` writes it."""
    s = _SEC_TO_RAD
    if not fk4:
        a = s * t * (23062.181 + st * (139.656 + 0.0139 * st)
                     + t * (30.188 - 0.344 * st + 17.998 * t))
        b = s * t * t * (79.280 + 0.410 * st + 0.205 * t) + a
        c = s * t * (20043.109 - st * (85.33 + 0.217 * st)
                     + t * (-42.665 - 0.217 * st - 41.833 * t))
    else:
        a = s * t * (23042.53 + st * (139.75 + 0.06 * st)
                     + t * (30.23 - 0.27 * st + 18.0 * t))
        b = s * t * t * (79.27 + 0.66 * st + 0.32 * t) + a
        c = s * t * (20046.85 - st * (85.33 + 0.37 * st)
                     + t * (-42.67 - 0.37 * st - 41.8 * t))
    sina, sinb, sinc = np.sin(a), np.sin(b), np.sin(c)
    cosa, cosb, cosc = np.cos(a), np.cos(b), np.cos(c)
    return np.array([
        [cosa * cosb * cosc - sina * sinb, sina * cosb + cosa * sinb * cosc, cosa * sinc],
        [-cosa * sinb - sina * cosb * cosc, cosa * cosb - sina * sinb * cosc, -sina * sinc],
        [-cosb * sinc, -sinb * sinc, cosc]])


def rotate_columns(r: np.ndarray, x: np.ndarray) -> np.ndarray:
    """IDL's ``r # x`` for direction cosines ``x`` (numpy rows = points, 3 columns):
    component i is ``x0 r[0, i] + x1 r[1, i] + x2 r[2, i]``, summed left to right."""
    return np.stack([x[..., 0] * r[0, i] + x[..., 1] * r[1, i] + x[..., 2] * r[2, i]
                     for i in range(3)], axis=-1)
