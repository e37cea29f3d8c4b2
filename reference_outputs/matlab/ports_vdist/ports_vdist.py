"""Python port of matmap3d's ``vdist.m`` (Vincenty's inverse geodesic on WGS84), line by line.

Original: geospace-code/matmap3d, ``+matmap3d/vdist.m`` (BSD 2-Clause; Michael Kleder's
File Exchange 8607, after T. Vincenty, Survey Review 23(176), 1975). The port follows the
legacy statements one for one: compat.matlab for the MATLAB library calls whose bits
differ from numpy's (``mod``, ``rad2deg``), and the C library's double functions for the
elementwise ``sin``/``cos``/``tan``/``atan``/``asin``/``atan2`` that MATLAB and Octave
call, through ``math`` (numpy's SIMD loops differ from them in the last bit).
"""

import math
import warnings

import numpy as np

from compat import MatlabWarning, matlab

def _c(name, numpy_f):
    """MATLAB's elementwise ``name``: the C library's double function (``math``, element
    by element) for real input -- numpy's SIMD loops differ from the C library that
    MATLAB and Octave call in the last bit (vdist(3, -30, 4, -29.9) came out 3 ulps off
    with numpy's) -- and numpy's for complex input."""
    real = np.vectorize(getattr(math, name), otypes=[float])

    def f(*args):
        if any(np.iscomplexobj(a) for a in args):
            return numpy_f(*args)
        return real(*(np.asarray(a, dtype=float) for a in args))
    return f


_sin = _c("sin", np.sin)
_cos = _c("cos", np.cos)
_tan = _c("tan", np.tan)
_atan = _c("atan", np.arctan)
_atan2 = _c("atan2", np.arctan2)


def _asin(x):
    """MATLAB's asin: complex outside [-1, 1]; for real x > 1 the conjugate of numpy's
    (MATLAB's asin(2) is pi/2 - 1.317i, np.emath.arcsin(2) pi/2 + 1.317i)."""
    x = np.asarray(x)
    if x.dtype.kind != "c" and not np.any(np.abs(x) > 1):
        return np.vectorize(math.asin, otypes=[float])(x)
    y = np.emath.arcsin(x)
    if y.dtype.kind == "c" and x.dtype.kind != "c":
        y = np.where(x > 1, np.conj(y), y)
    return _narrow(y)


def _narrow(x):
    """MATLAB/Octave store a complex array whose imaginary parts are all zero as real."""
    x = np.asarray(x)
    if x.dtype.kind == "c" and not np.any(x.imag):
        return x.real.copy()
    return x


def _put(target, mask, values):
    """target(mask) = values: complex values make the whole array complex, and an
    array left with zero imaginary parts is real again (MATLAB's indexed assignment)."""
    values = np.asarray(values)
    if values.dtype.kind == "c" and target.dtype.kind != "c":
        target = target.astype(complex)
    target[mask] = values
    return _narrow(target)


def _abs(x):
    """MATLAB's abs: |z| of a complex value is C's hypot (numpy.abs of complex differs
    from it in the last bit for some values)."""
    x = np.asarray(x)
    return np.hypot(x.real, x.imag) if x.dtype.kind == "c" else np.abs(x)


def _istrue(x):
    """MATLAB's truth of an if/while condition: nonempty and every element nonzero."""
    x = np.asarray(x)
    return x.size > 0 and bool(np.all(x))


def _gt(x, y):
    """x > y as MATLAB compares: real parts only (numpy orders complex values
    lexicographically)."""
    return np.real(x) > np.real(y)


def vdist(lat1, lon1, lat2, lon2, nargout=1):
    """[s, a12, a21] = vdist(lat1, lon1, lat2, lon2): distance (m) and azimuths (deg)."""
    lat1, lon1, lat2, lon2 = (np.array(v, dtype=float, order="F", ndmin=2)
                              for v in (lat1, lon1, lat2, lon2))
    keepsize = lat1.shape
    a = 6378137.0
    b = 6356752.31424518
    lat1tr = lat1.copy()
    lat2tr = lat2.copy()
    lat1 = lat1 * 0.0174532925199433
    lon1 = lon1 * 0.0174532925199433
    lat2 = lat2 * 0.0174532925199433
    lon2 = lon2 * 0.0174532925199433
    kidx = np.abs(np.pi / 2 - np.abs(lat1)) < 1e-10
    if _istrue(matlab.any(kidx)):
        lat1[kidx] = np.sign(lat1[kidx]) * (np.pi / 2 - 1e-10)
    kidx = np.abs(np.pi / 2 - np.abs(lat2)) < 1e-10
    if _istrue(matlab.any(kidx)):
        lat2[kidx] = np.sign(lat2[kidx]) * (np.pi / 2 - 1e-10)
    f = (a - b) / a
    U1 = _atan((1 - f) * _tan(lat1))
    U2 = _atan((1 - f) * _tan(lat2))
    lon1 = matlab.mod(lon1, 2 * np.pi)
    lon2 = matlab.mod(lon2, 2 * np.pi)
    L = np.abs(lon2 - lon1)
    kidx = L > np.pi
    if _istrue(matlab.any(kidx)):
        L[kidx] = 2 * np.pi - L[kidx]
    lam = L.copy()
    lamold = 0 * lat1
    itercount = 0
    notdone = np.ones(lat1.shape, bool)
    alpha = 0 * lat1
    sigma = 0 * lat1
    cos2sigmam = 0 * lat1
    C = 0 * lat1
    sinsigma = 0 * lat1
    cossigma = 0 * lat1
    warninggiven = False
    while _istrue(matlab.any(notdone)):  # columnwise any, as the legacy code
        itercount += 1
        if itercount > 50:
            if not warninggiven:
                warnings.warn(MatlabWarning("Essentially antipodal points encountered. "
                              "Precision may be reduced slightly."))
            lam = _put(lam, notdone, np.pi)
            break
        n = notdone
        lamold = _put(lamold, n, lam[n])
        sinsigma = _put(sinsigma, n, np.sqrt((_cos(U2[n]) * _sin(lam[n])) ** 2
                                             + (_cos(U1[n]) * _sin(U2[n]) - _sin(U1[n])
                                                * _cos(U2[n]) * _cos(lam[n])) ** 2))
        cossigma = _put(cossigma, n, _sin(U1[n]) * _sin(U2[n])
                        + _cos(U1[n]) * _cos(U2[n]) * _cos(lam[n]))
        # eliminate rare imaginary portions at limit of numerical precision:
        sinsigma = _put(sinsigma, n, np.real(sinsigma[n]))
        cossigma = _put(cossigma, n, np.real(cossigma[n]))
        sigma = _put(sigma, n, _atan2(sinsigma[n], cossigma[n]))
        alpha = _put(alpha, n, _asin(_cos(U1[n]) * _cos(U2[n]) * _sin(lam[n])
                                     / _sin(sigma[n])))
        cos2sigmam = _put(cos2sigmam, n, _cos(sigma[n]) - 2 * _sin(U1[n]) * _sin(U2[n])
                          / _cos(alpha[n]) ** 2)
        C = _put(C, n, f / 16 * _cos(alpha[n]) ** 2 * (4 + f * (4 - 3 * _cos(alpha[n]) ** 2)))
        lam = _put(lam, n, L[n] + (1 - C[n]) * f * _sin(alpha[n]) * (
            sigma[n] + C[n] * _sin(sigma[n]) * (
                cos2sigmam[n] + C[n] * _cos(sigma[n]) * (-1 + 2 * cos2sigmam[n] ** 2))))
        if _istrue(matlab.any(_gt(lam[n], np.pi))):
            warnings.warn(MatlabWarning("Essentially antipodal points encountered. "
                          "Precision may be reduced slightly."))
            warninggiven = True
            lamold = _put(lamold, _gt(lam, np.pi), np.pi)
            lam = _put(lam, _gt(lam, np.pi), np.pi)
        notdone = np.abs(lam - lamold) > 1e-12
    u2 = _cos(alpha) ** 2 * (a ** 2 - b ** 2) / b ** 2
    A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)))
    B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)))
    deltasigma = B * _sin(sigma) * (cos2sigmam + B / 4 * (
        _cos(sigma) * (-1 + 2 * cos2sigmam ** 2)
        - B / 6 * cos2sigmam * (-3 + 4 * _sin(sigma) ** 2) * (-3 + 4 * cos2sigmam ** 2)))
    out = [_narrow(b * A * (sigma - deltasigma))]
    if nargout > 1:
        lam = _abs(lam)
        kidx = np.sign(_sin(lon2 - lon1)) * np.sign(_sin(lam)) < 0
        lam[kidx] = -lam[kidx]
        numer = _cos(U2) * _sin(lam)
        denom = _cos(U1) * _sin(U2) - _sin(U1) * _cos(U2) * _cos(lam)
        a12 = _atan2(numer, denom)
        kidx = a12 < 0
        a12[kidx] = a12[kidx] + 2 * np.pi
        a12[lat1tr <= -90] = 0
        a12[lat1tr >= 90] = np.pi
        out.append(matlab.rad2deg(a12))
    if nargout > 2:
        lam = _abs(lam)
        kidx = np.sign(_sin(lon1 - lon2)) * np.sign(_sin(lam)) < 0
        lam[kidx] = -lam[kidx]
        numer = _cos(U1) * _sin(lam)
        denom = _sin(U1) * _cos(U2) - _cos(U1) * _sin(U2) * _cos(lam)
        a21 = _atan2(numer, denom)
        kidx = a21 < 0
        a21[kidx] = a21[kidx] + 2 * np.pi
        a21[lat2tr >= 90] = np.pi
        a21[lat2tr <= -90] = 0
        out.append(matlab.reshape(matlab.rad2deg(a21), keepsize))
    return out[0] if nargout <= 1 else tuple(out)
