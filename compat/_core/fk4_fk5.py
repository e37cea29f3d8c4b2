"""FK4 (B1950) <-> FK5 (J2000) conversion as the IDL Astronomy Library's JPRECESS and
BPRECESS compute it (Explanatory Supplement 1992, p. 184; Aoki et al. 1983, A&A 128, 263).

Facts learned from the Library's BSD-licensed jprecess.pro (rev. 2011) and bprecess.pro
(rev. 2011) (github.com/wlandsman/IDLAstro, commit 729b572), written anew in their order
of operations: one star at a time, the 6x6 matrix applied as IDL's ``M # R`` (numpy
``R @ M`` with the matrix rows as the .pro writes them), TOTAL's left-to-right sums, the
C library's ``asin``/``atan2``, and the .pro files' literal types (JPRECESS's ``21.095``
is FLOAT, BPRECESS's first one DOUBLE; the outputs start as ``ra*0.``, so an RA that is
not DOUBLE gives FLOAT radians).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["JPRECESS_M", "BPRECESS_M", "jprecess_star", "bprecess_star"]

JPRECESS_M = np.array([
    [+0.9999256782, +0.0111820610, +0.0048579479, -0.000551, +0.238514, -0.435623],
    [-0.0111820611, +0.9999374784, -0.0000271474, -0.238565, -0.002667, +0.012254],
    [-0.0048579477, -0.0000271765, +0.9999881997, +0.435739, -0.008541, +0.002117],
    [+0.00000242395018, +0.00000002710663, +0.00000001177656, +0.99994704, +0.01118251,
     +0.00485767],
    [-0.00000002710663, +0.00000242397878, -0.00000000006582, -0.01118251, +0.99995883,
     -0.00002714],
    [-0.00000001177656, -0.00000000006587, 0.00000242410173, -0.00485767, -0.00002718,
     1.00000956]])

BPRECESS_M = np.array([
    [+0.9999256795, -0.0111814828, -0.0048590040, -0.000551, -0.238560, +0.435730],
    [+0.0111814828, +0.9999374849, -0.0000271557, +0.238509, -0.002667, -0.008541],
    [+0.0048590039, -0.0000271771, +0.9999881946, -0.435614, +0.012254, +0.002117],
    [-0.00000242389840, +0.00000002710544, +0.00000001177742, +0.99990432, -0.01118145,
     -0.00485852],
    [-0.00000002710544, -0.00000242392702, +0.00000000006585, +0.01118145, +0.99991613,
     -0.00002716],
    [-0.00000001177742, +0.00000000006585, -0.00000242404995, +0.00485852, -0.00002717,
     +0.99996684]])

_A = [1e-6 * v for v in (-1.62557, -0.31919, -0.13843)]
_A_DOT = [1e-3 * v for v in (1.244, -1.579, -0.660)]
_RADEG = 180.0 / math.pi
_SEC_TO_RADIAN = 1.0 / _RADEG / 3600.0
_F21095 = float(np.float32(21.095))


def _total(v) -> float:
    s = v[0]
    for x in v[1:]:
        s = s + x
    return s


def _matvec(m: np.ndarray, r) -> list[float]:
    """IDL's ``M # R`` for the .pro's 6x6 M: out[i] = sum_k M_rows[k][i] * R[k]."""
    out = []
    for i in range(6):
        s = m[0][i] * r[0]
        for k in range(1, 6):
            s = s + m[k][i] * r[k]
        out.append(float(s))
    return out


def _velocity(mu_a, mu_d, sinra, cosra, sindec, cosdec, extra, r0):
    return [-mu_a * sinra * cosdec - mu_d * cosra * sindec + extra * r0[0],
            mu_a * cosra * cosdec - mu_d * sinra * sindec + extra * r0[1],
            mu_d * cosdec + extra * r0[2]]


def jprecess_star(cosra, sinra, cosdec, sindec, mu, rad_vel, parallax, epoch):
    """One star of JPRECESS: (ra radians, dec radians, mu or None, rad_vel, parallax)."""
    a = list(_A)
    if epoch != 1950.0:
        a = [a[k] + _SEC_TO_RADIAN * _A_DOT[k] * (epoch - 1950.0) / 100.0 for k in range(3)]
    r0 = [cosra * cosdec, sinra * cosdec, sindec]
    mu_a, mu_d = (0.0, 0.0) if mu is None else mu
    extra = _F21095 * rad_vel * parallax
    r0_dot = _velocity(mu_a, mu_d, sinra, cosra, sindec, cosdec, 0.0, r0)
    r0_dot = [r0_dot[k] + extra * r0[k] for k in range(3)]
    t0 = _total([r0[k] * a[k] for k in range(3)])
    r1 = [r0[k] - a[k] + t0 * r0[k] for k in range(3)]
    t1 = _total([r0[k] * _A_DOT[k] for k in range(3)])
    r1_dot = [r0_dot[k] - _A_DOT[k] + t1 * r0[k] for k in range(3)]
    big = _matvec(JPRECESS_M, r1 + r1_dot)
    x_dot = y_dot = z_dot = None
    if mu is None:
        t = ((epoch - 1950.0) - 50.00021) / 100.0
        x, y, z = (big[k] + _SEC_TO_RADIAN * big[k + 3] * t for k in range(3))
    else:
        x, y, z = big[0:3]
        x_dot, y_dot, z_dot = big[3:6]
    r2 = x ** 2 + y ** 2 + z ** 2
    rmag = math.sqrt(r2)
    dec = _asin(z / rmag)
    ra = math.atan2(y, x)
    new_mu = None
    if mu is not None:
        new_mu = ((x * y_dot - y * x_dot) / (x ** 2 + y ** 2),
                  (z_dot * (x ** 2 + y ** 2) - z * (x * x_dot + y * y_dot)) /
                  (r2 * math.sqrt(x ** 2 + y ** 2)))
    if parallax > 0.0:
        if x_dot is None:
            raise CompatValueError("Variable is undefined: X_DOT.")
        rad_vel = (x * x_dot + y * y_dot + z * z_dot) / (_F21095 * parallax * rmag)
        parallax = parallax / rmag
    return ra, dec, new_mu, rad_vel, parallax


def bprecess_star(cosra, sinra, cosdec, sindec, mu, rad_vel, parallax, epoch):
    """One star of BPRECESS: (ra radians, dec radians, mu or None, rad_vel, parallax)."""
    a = list(_A)
    r0 = [cosra * cosdec, sinra * cosdec, sindec]
    if mu is not None:
        mu_a, mu_d = mu
        extra = 21.095 * rad_vel * parallax
        r0_dot = _velocity(mu_a, mu_d, sinra, cosra, sindec, cosdec, 0.0, r0)
        r0_dot = [r0_dot[k] + extra * r0[k] for k in range(3)]
    else:
        r0_dot = [0.0, 0.0, 0.0]
    big = _matvec(BPRECESS_M, r0 + r0_dot)
    r1, r1_dot = big[0:3], big[3:6]
    if mu is None:
        r1 = [r1[k] + _SEC_TO_RADIAN * r1_dot[k] * (epoch - 1950.0) / 100.0
              for k in range(3)]
        a = [a[k] + _SEC_TO_RADIAN * _A_DOT[k] * (epoch - 1950.0) / 100.0 for k in range(3)]
    x1, y1, z1 = big[0:3]
    rmag = math.sqrt(x1 ** 2 + y1 ** 2 + z1 ** 2)
    s1 = [v / rmag for v in r1]
    s1_dot = [v / rmag for v in r1_dot]
    s = s1
    for _ in range(3):
        ts = _total([s[k] * a[k] for k in range(3)])
        r = [s1[k] + a[k] - ts * s[k] for k in range(3)]
        s = [v / rmag for v in r]
    x, y, z = r
    r2 = x ** 2 + y ** 2 + z ** 2
    rmag = math.sqrt(r2)
    new_mu = None
    x_dot = y_dot = z_dot = None
    if mu is not None:
        td = _total([s[k] * _A_DOT[k] for k in range(3)])
        x_dot, y_dot, z_dot = (s1_dot[k] + _A_DOT[k] - td * s[k] for k in range(3))
        new_mu = ((x * y_dot - y * x_dot) / (x ** 2 + y ** 2),
                  (z_dot * (x ** 2 + y ** 2) - z * (x * x_dot + y * y_dot)) /
                  (r2 * math.sqrt(x ** 2 + y ** 2)))
    dec = _asin(z / rmag)
    ra = math.atan2(y, x)
    if parallax > 0.0:
        if x_dot is None:
            raise CompatValueError("Variable is undefined: X_DOT.")
        rad_vel = (x * x_dot + y * y_dot + z * z_dot) / (_F21095 * parallax * rmag)
        parallax = parallax / rmag
    return ra, dec, new_mu, rad_vel, parallax


def _asin(v: float) -> float:
    return math.asin(v) if -1.0 <= v <= 1.0 else math.nan
