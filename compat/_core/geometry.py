"""Vectors, phase and coordinates: the core of MATLAB's ``cross``, ``dot``, ``angle``,
``unwrap``, ``cart2pol``, ``pol2cart``, ``cart2sph`` and ``sph2cart``.

Python-shaped: numpy axes, keyword options; the legacy layer
(:mod:`compat.matlab.geometry`) reads MATLAB's grammar (``dim``, ``tol``, ``[]``,
``nargout``) and orientation rules.

The formulas are MATLAB's (its reference pages and ``.m`` files describe them):
coordinates through ``hypot`` and ``atan2`` (not ``sqrt(x.^2 + y.^2)``, which overflows
for large values and differs in the last bit), and ``unwrap``'s correction built from
``mod(dp + pi, 2*pi) - pi`` with MATLAB's ``mod`` (``a - floor(a./m).*m``).
"""

from __future__ import annotations

import numpy as np

__all__ = ["cross", "dot", "unwrap", "cart2pol", "pol2cart", "cart2sph", "sph2cart"]


def cross(a: np.ndarray, b: np.ndarray, axis: int) -> np.ndarray:
    """The cross product of 3-vectors along ``axis`` (both the same shape)."""
    a1, a2, a3 = (np.take(a, i, axis=axis) for i in range(3))
    b1, b2, b3 = (np.take(b, i, axis=axis) for i in range(3))
    return np.stack([a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1], axis=axis)


def dot(a: np.ndarray, b: np.ndarray, axis: int) -> np.ndarray:
    """``sum(conj(a) .* b)`` along ``axis``, keeping it (size 1)."""
    return np.sum(np.conj(a) * b, axis=axis, keepdims=True)


def _mod(x: np.ndarray, m: float) -> np.ndarray:
    """MATLAB's ``mod(x, m)`` for positive ``m``: ``x - floor(x/m)*m``."""
    return x - np.floor(x / m) * m


def unwrap(p: np.ndarray, axis: int, tol: float = np.pi) -> np.ndarray:
    """Phase ``p`` with jumps of at least ``tol`` along ``axis`` replaced by their
    complement modulo ``2*pi`` (MATLAB's algorithm; ``tol`` below pi counts as pi)."""
    tol = max(float(tol), np.pi)
    if p.shape[axis] < 2:
        return p.copy()
    dp = np.diff(p, axis=axis)
    dps = _mod(dp + np.pi, 2 * np.pi) - np.pi
    dps = np.where((dps == -np.pi) & (dp > 0), np.pi, dps)
    corr = dps - dp
    corr = np.where(np.abs(dp) < tol, 0, corr)
    out = p.copy()
    tail = [slice(None)] * p.ndim
    tail[axis] = slice(1, None)
    out[tuple(tail)] += np.cumsum(corr, axis=axis).astype(p.dtype)
    return out


def cart2pol(x, y):
    """``(theta, rho)``: ``atan2(y, x)`` and ``hypot(x, y)``."""
    return np.arctan2(y, x), np.hypot(x, y)


def pol2cart(theta, rho):
    """``(x, y)``: ``rho.*cos(theta)``, ``rho.*sin(theta)``."""
    return rho * np.cos(theta), rho * np.sin(theta)


def cart2sph(x, y, z):
    """``(azimuth, elevation, r)`` as MATLAB computes them through ``hypot``."""
    hxy = np.hypot(x, y)
    return np.arctan2(y, x), np.arctan2(z, hxy), np.hypot(hxy, z)


def sph2cart(azimuth, elevation, r):
    """``(x, y, z)``: ``r.*cos(elevation)`` projected by ``azimuth``, and
    ``r.*sin(elevation)``."""
    rcos = r * np.cos(elevation)
    return rcos * np.cos(azimuth), rcos * np.sin(azimuth), r * np.sin(elevation)
