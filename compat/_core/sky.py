"""Angles on the sky as the IDL Astronomy Library computes them (GCIRC, CIRRANGE).

Python-shaped helpers for :mod:`compat.idl.astro_utils`: double-precision arithmetic in
the order the Library's ``.pro`` files write it, with IDL's rule for two array operands
(the result is as long as the shorter one, a scalar spreads:
:func:`compat._core.idl_array_ops.binary_operands`), so that the bits agree with the
Library run in IDL/GDL.
"""

from __future__ import annotations

import numpy as np

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
    formed left to right as the ``.pro`` writes it."""
    mul, add, sub = np.multiply, np.add, np.subtract
    deldec2 = idl_binary(sub, dc2, dc1) / 2.0
    delra2 = idl_binary(sub, ra2, ra1) / 2.0
    sd = np.sin(deldec2)
    sr = np.sin(delra2)
    term = idl_binary(mul, np.cos(dc1), np.cos(dc2))
    term = idl_binary(mul, term, sr)
    term = idl_binary(mul, term, sr)
    sindis = np.sqrt(idl_binary(add, sd * sd, term))
    return 2.0 * np.arcsin(sindis)


def wrap_angle(angle: np.ndarray, period: float) -> np.ndarray:
    """cirrange.pro's range reduction (float64): ``angle MOD period`` (C's ``fmod``: the
    sign of the dividend, so -0.0 stays -0.0), then ``+ period`` where the remainder is
    negative (so a tiny negative angle gives ``period`` itself, as the Library does)."""
    a = np.fmod(angle, period)
    return np.where(a < 0.0, a + period, a)
